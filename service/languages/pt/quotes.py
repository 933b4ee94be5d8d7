"""Portuguese cue verbs, source markers and speaker vocabulary (European and Brazilian news)."""

from service.languages import common
from service.stages.quotes.lexicon import build

_PRETERITE = """disse afirmou declarou explicou garantiu assegurou indicou acrescentou adiantou
advertiu alertou sublinhou salientou destacou frisou comentou anunciou informou reconheceu apontou
precisou insistiu considerou defendeu criticou denunciou confirmou negou admitiu reiterou respondeu
escreveu lembrou recordou prometeu pediu exigiu lamentou revelou sustentou avançou referiu observou
contou relatou ressaltou argumentou estimou reagiu completou emendou desabafou ponderou avaliou
concluiu disparou brincou disseram afirmaram declararam explicaram
garantiram indicaram acrescentaram alertaram anunciaram informaram denunciaram defenderam
consideraram criticaram confirmaram negaram admitiram pediram
esclareceu enfatizou realçou vincou rebateu retrucou ironizou detalhou desmentiu pontuou reforçou
justificou analisou reclamou assinalou avisou confessou
esclareceram enfatizaram realçaram rebateram desmentiram acusou acusaram""".split()
_PRESENT = """diz afirma declara explica garante assegura indica acrescenta adianta adverte alerta
sublinha salienta destaca frisa comenta anuncia informa reconhece aponta insiste considera defende
critica denuncia confirma nega admite reitera responde escreve lembra recorda revela sustenta refere
observa conta relata ressalta argumenta acredita acreditam pensa teme espera dizem afirmam garantem
consideram defendem completa emenda desabafa pondera avalia conclui
esclarece enfatiza realça vinca rebate retruca ironiza detalha desmente pontua reforça justifica
analisa reclama assinala avisa confessa lamenta promete estima acusa acusam""".split()
_PARTICIPLE = """dito afirmado declarado explicado garantido assegurado indicado acrescentado
alertado sublinhado salientado destacado comentado anunciado informado reconhecido apontado
considerado defendido criticado denunciado confirmado negado admitido reiterado respondido escrito
lembrado revelado
esclarecido enfatizado realçado rebatido retrucado ironizado desmentido reforçado justificado
analisado reclamado assinalado avisado confessado""".split()

# Reported only with 'que' (belief cues, not bare): without it these take an object that is no speech
# ('garantiu o acesso', 'lembrou a lesão', 'pediu calma').
_OBJECT_VERBS = {"garantiu", "garante", "garantem", "garantiram", "assegurou", "assegura", "lembrou",
                 "lembra", "recordou", "recorda", "contou", "conta", "pediu", "pediram", "defendeu",
                 "defende", "defendem", "defenderam", "reconheceu", "reconhece", "prometeu",
                 "acreditam", "pensa", "teme", "espera",
                 "pontuou", "pontua", "reforçou", "reforça", "reforçado", "justificou", "justifica",
                 "justificado", "analisou", "analisa", "analisado", "reclamou", "reclama", "reclamado",
                 "assinalou", "assinala", "assinalado", "avisou", "avisa", "avisado", "confessou",
                 "confessa", "confessado", "promete"}

LEXICON = build(
    "pt",
    passive_preps=["de", "por", "pelo", "pela", "pelos", "pelas"],
    aside_participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    # Verbs of answering and the prepositions after which they name what they answer or how, not what was said
    # ('não respondeu aos pedidos', 'reagiu com surpresa').
    answer_cues=["respondeu", "responderam", "responde", "respondem", "respondido", "reagiu", "reagiram"],
    answer_preps=["a", "ao", "à", "aos", "às", "com", "em", "por"],
    # Word classes of the generic rules (defaults: service/languages/common.py).
    marks=("“”", "«»", "‘’", '""'),
    cues=set(_PRETERITE + _PRESENT + _PARTICIPLE),
    phrases=["segundo", "de acordo com", "conforme", "na opinião de", "nas palavras de"],
    source_preps=["segundo", "de acordo com", "conforme", "na opinião de", "nas palavras de"],
    belief=["acredita", "considera", "considerou", "estimou", *_OBJECT_VERBS],
    bare=set(_PRETERITE + _PRESENT + _PARTICIPLE) - _OBJECT_VERBS,
    complementizers=["que", "se", "como"],
    # The references label the clause after the complementizer (eval/references/SCHEMA.md).
    content_complementizer=False,
    inverted_compounds=True,
    dialogue_dashes=True,
    skip=["tem", "têm", "tinha", "havia", "também", "ainda", "já", "hoje", "ontem", "não", "se",
          "lhe", "lhes", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
          "sexta-feira", "sábado", "domingo", "recentemente", "publicamente", "posteriormente"],
    # 'a' is the article as often as the preposition ('segundo a organização'): it stops nothing.
    stop=["que", "e", "mas", "porque", "quando", "se", "como", "onde", "quem", "qual", "ao",
          "à", "em", "no", "na", "nos", "nas", "sobre", "para", "por", "pelo", "pela", "com", "após",
          "desde", "durante"],
    # Given names in -a are mostly women's, in -o men's (service/stages/quotes/name_gender.py).
    given_name_genders=(("a", "f"), ("o", "m")),
    continuing=["acrescentou", "acrescenta", "completou", "completa", "prosseguiu", "continuou", "concluiu"],
    definites=["o", "a", "este", "esta", "esse", "essa"],
    determiners=["o", "a", "os", "as", "um", "uma", "uns", "umas", "seu", "sua", "seus", "suas",
                 "este", "esta", "esse", "essa", "vários", "várias"],
    preps=["a", "ao", "à", "em", "no", "na", "sobre", "para", "por", "pelo", "pela", "com", "após",
           "desde", "durante", "ontem", "hoje", "depois", "além", "assim", "então"],
    # After these 'segundo' is the ordinal ('o segundo gol', 'no segundo tempo').
    noun_determiners=["o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das", "no", "na", "nos",
                      "nas", "ao", "pelo", "pela", "num", "numa", "seu", "sua"],
    conjunctions=common.CONJUNCTIONS | {"e", "mas", "nem"},
    # 'afirmou nesta terça-feira que …': words before a day between the cue and its content.
    date_leads=common.DATE_LEADS | {"nesta", "neste", "na", "no", "esta", "este", "última", "último"},
    # 'Confederação Nacional da Indústria', 'Banco do Brasil': the article-preposition glues a name.
    name_glue=common.NAME_GLUE | {"da", "do", "das", "dos"},
    name_connectors=common.NAME_CONNECTORS | {"da", "do", "das", "dos", "e"},
    pronouns={"ele": "m", "ela": "f", "eles": "p", "elas": "p", "nós": "p"},
    female=["ela", "ministra", "diretora", "mulher", "senhora", "sra", "secretária", "deputada",
            "prefeita", "juíza", "advogada", "procuradora", "governadora", "investigadora", "relatora",
            "senadora", "vereadora"],
    male=["ele", "ministro", "diretor", "homem", "senhor", "sr", "secretário", "deputado",
          "prefeito", "juiz", "advogado", "procurador", "governador", "investigador", "relator",
          "senador", "vereador"],
    titles=["sr", "sra", "dr", "dra", "dom", "dona"],
    person_roles=["porta-voz", "ministro", "ministra", "presidente", "diretor", "diretora", "responsável",
                  "responsáveis", "secretário", "secretária", "chefe", "dirigente", "especialista", "especialistas",
                  "analista", "analistas", "advogado", "advogada", "procurador", "procuradora", "juiz", "juíza",
                  "prefeito", "prefeita", "autarca", "deputado", "deputada", "senador", "senadora", "embaixador",
                  "fonte", "fontes", "testemunha", "testemunhas", "economista", "investigador", "investigadora",
                  "professor", "professora", "primeiro-ministro", "governador", "governadora", "vereador",
                  "vereadora", "comandante", "coordenador", "coordenadora", "relator", "relatora", "líder",
                  # Further roles of news copy (2026-12-07): whom 'o treinador', 'a pesquisadora' can mean.
                  "treinador", "treinadora", "vice-presidente", "vice-governador", "delegado", "delegada",
                  "comissário", "inspetor", "coronel", "capitão", "médico", "médica", "pesquisador", "pesquisadora",
                  "meteorologista", "superintendente", "gerente", "sindicalista", "presidenta"],
    collective_nouns=["oposição", "defesa", "acusação", "relatório", "estudo", "documento", "comunicado", "nota",
                      "pesquisa", "sondagem", "sentença", "maioria", "minoria", "bancada", "família", "equipa",
                      "equipe", "clube", "júri"],
    org_nouns={"ministério": "ministério", "governo": "governo", "agência": "agência",
               "empresa": "empresa", "companhia": "empresa", "grupo": "empresa", "polícia": "polícia",
               "partido": "partido", "comissão": "comissão", "tribunal": "tribunal",
               "câmara": "câmara", "associação": "associação", "sindicato": "sindicato",
               "banco": "banco", "instituto": "instituto", "prefeitura": "prefeitura",
               "confederação": "confederação", "federação": "federação", "conselho": "conselho",
               "fundação": "fundação", "universidade": "universidade", "secretaria": "secretaria",
               "autoridade": "autoridade", "tesouro": "tesouro", "procuradoria": "procuradoria",
               "ordem": "ordem", "supremo": "tribunal", "receita": "receita",
               # Further bodies of news copy (2026-12-07).
               "direção": "direção", "coordenação": "coordenação", "observatório": "observatório",
               "consórcio": "consórcio", "união": "união", "defensoria": "defensoria", "departamento": "ministério",
               # Generic words for a body (2026-12-08): no person, like the named ones.
               "organismo": "organismo", "entidade": "entidade", "instituição": "instituição",
               "corporação": "corporação"},
    media_preps=["a", "ao", "à", "em", "na", "no"],
    months=["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro", "segunda-feira", "terça-feira",
            "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo", "hoje", "ontem",
            "amanhã"],
    prediction=["será", "serão", "vai", "vão", "poderá", "poderia", "poderão", "prevê", "previsto",
                "deverá", "deverão", "haverá", "seria"],
    comparison=["mais", "menos", "que", "recorde", "aumento", "queda", "dobro", "metade",
                "por cento", "melhor", "pior"],
)
