"""Spanish cue verbs, source markers and speaker vocabulary."""

from service.stages.quotes.lexicon import build

_PRETERITE = """dijo afirmó declaró señaló explicó aseguró indicó añadió agregó advirtió sostuvo
manifestó destacó subrayó comentó expresó anunció informó reconoció apuntó precisó insistió
consideró estimó criticó denunció confirmó negó admitió reiteró respondió escribió recordó
prometió pidió exigió alertó lamentó afirmaron dijeron declararon señalaron explicaron
aseguraron indicaron añadieron advirtieron denunciaron anunciaron informaron
relató aclaró matizó puntualizó recalcó resaltó enfatizó aseveró reveló replicó contestó argumentó
detalló opinó ironizó relataron aclararon matizaron puntualizaron recalcaron resaltaron enfatizaron
aseveraron revelaron replicaron contestaron argumentaron detallaron opinaron ironizaron acusó acusaron""".split()
_PRESENT = """dice afirma declara señala explica asegura indica añade agrega advierte sostiene
manifiesta destaca subraya comenta expresa anuncia informa reconoce apunta precisa insiste
considera estima critica denuncia confirma niega admite reitera responde escribe recuerda
cree creen piensa teme espera dicen afirman aseguran
relata aclara matiza puntualiza recalca resalta enfatiza asevera revela replica contesta argumenta
detalla opina ironiza lamenta promete acusa acusan""".split()
_PARTICIPLE = """dicho afirmado declarado señalado explicado asegurado indicado añadido
agregado advertido sostenido manifestado destacado subrayado comentado expresado anunciado
informado reconocido apuntado precisado insistido considerado estimado criticado denunciado
confirmado negado admitido reiterado respondido escrito recordado
relatado aclarado matizado puntualizado recalcado resaltado enfatizado aseverado revelado replicado
contestado argumentado opinado ironizado lamentado""".split()

LEXICON = build(
    "es",
    passive_preps=["de", "por"],
    aside_participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    # Verbs of answering and the prepositions after which they name what they answer or how, not what was said
    # ('no respondió a las preguntas', 'respondió con un comunicado').
    answer_cues=["respondió", "respondieron", "responde", "responden", "respondido", "contestó", "contestaron",
                 "contesta", "contestado"],
    answer_preps=["a", "al", "con", "en", "por", "sobre"],
    # Word classes of the generic rules (defaults: service/languages/common.py).
    marks=("«»", "“”", "‘’", '""'),
    cues=set(_PRETERITE + _PRESENT + _PARTICIPLE),
    phrases=["según", "de acuerdo con", "a juicio de", "en palabras de"],
    source_preps=["según", "de acuerdo con", "a juicio de", "en palabras de"],
    belief=["cree", "creen", "piensa", "teme", "espera", "considera", "consideró", "estima",
            "estimó", "opina", "opinó"],
    bare=set(_PRETERITE + _PRESENT + _PARTICIPLE),
    complementizers=["que", "si", "cómo", "por qué"],
    # The references label the clause after the complementizer (eval/references/SCHEMA.md).
    content_complementizer=False,
    inverted_compounds=True,
    dialogue_dashes=True,
    skip=["ha", "han", "había", "habían", "también", "además", "ya", "luego", "ayer", "hoy",
          "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "no",
          "se", "le", "les", "recientemente", "públicamente", "posteriormente"],
    stop=["que", "y", "pero", "porque", "cuando", "si", "como", "donde", "quien", "cual",
          "a", "al", "en", "sobre", "para", "por", "con", "tras", "desde", "durante"],
    # Given names in -a are mostly women's, in -o men's (service/stages/quotes/name_gender.py).
    given_name_genders=(("a", "f"), ("o", "m")),
    continuing=["añadió", "añade", "agregó", "agrega", "prosiguió", "continuó", "concluyó"],
    definites=["el", "la", "este", "esta", "ese", "esa"],
    determiners=["el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este",
                 "esta", "estos", "estas", "varios", "varias"],
    preps=["a", "al", "en", "sobre", "para", "por", "con", "tras", "desde", "durante",
           "ayer", "hoy", "luego", "además", "así", "entonces"],
    pronouns={"él": "m", "ella": "f", "ellos": "p", "ellas": "p", "nosotros": "p"},
    # 'portavoz' is either ('el portavoz', 'la portavoz'): it tells neither.
    female=["ella", "ministra", "presidenta", "directora", "mujer", "señora", "sra", "consejera", "concejala",
            "gobernadora", "alcaldesa", "regidora", "diputada", "senadora", "jefa", "entrenadora", "delegada",
            "vocera", "abogada", "jueza", "investigadora", "coordinadora", "inspectora", "vicepresidenta",
            "embajadora", "profesora", "secretaria"],
    male=["él", "ministro", "presidente", "director", "hombre", "señor", "sr", "consejero", "gobernador",
          "alcalde", "regidor", "diputado", "senador", "entrenador", "delegado", "vocero", "abogado", "juez",
          "investigador", "coordinador", "inspector", "vicepresidente", "embajador", "profesor", "secretario"],
    titles=["sr", "sra", "srta", "dr", "dra", "don", "doña"],
    person_roles=["portavoz", "ministro", "ministra", "presidente", "presidenta", "director", "directora",
                  "responsable", "responsables", "secretario", "jefe", "dirigente", "experto", "expertos", "analista",
                  "analistas", "abogado", "fiscal", "juez", "alcalde", "diputado", "senador", "embajador", "fuente",
                  "fuentes", "testigo", "testigos",
                  # Further roles of news copy (2026-12-07): whom 'la consejera', 'el entrenador' can mean.
                  "consejero", "consejera", "concejal", "concejala", "gobernador", "gobernadora", "alcaldesa",
                  "regidor", "regidora", "edil", "diputada", "senadora", "jefa", "entrenador", "entrenadora",
                  "delegado", "delegada", "vocero", "vocera", "abogada", "jueza", "investigador", "investigadora",
                  "economista", "coordinador", "coordinadora", "gerente", "inspector", "inspectora", "comisario",
                  "comisaria", "especialista", "especialistas", "subsecretario", "subsecretaria", "viceministro",
                  "viceministra", "vicepresidente", "vicepresidenta", "canciller", "embajadora", "intendente",
                  "defensor", "defensora", "profesor", "profesora", "sindicalista", "secretaria"],
    collective_nouns=["oposición", "defensa", "acusación", "informe", "estudio", "documento", "comunicado", "nota",
                      "encuesta", "sondeo", "sentencia", "resolución", "patronal", "mayoría", "minoría", "bancada",
                      "oficialismo", "familia", "equipo", "club", "plantilla", "jurado"],
    org_nouns={"ministerio": "ministerio", "gobierno": "gobierno", "departamento": "ministerio",
               "agencia": "agencia", "empresa": "empresa", "compañía": "empresa",
               "grupo": "empresa", "policía": "policía", "partido": "partido",
               "comisión": "comisión", "tribunal": "tribunal",
               "administración": "administración",
               # Further bodies of news copy (2026-12-07): 'la Fiscalía' is the Fiscalía Anticorrupción named before.
               "fiscalía": "fiscalía", "secretaría": "secretaría", "dirección": "dirección",
               "coordinación": "coordinación", "consejería": "consejería", "ayuntamiento": "ayuntamiento",
               "fundación": "fundación", "asociación": "asociación", "confederación": "confederación",
               "federación": "federación", "sindicato": "sindicato", "instituto": "instituto",
               "universidad": "universidad", "servicio": "servicio", "observatorio": "observatorio",
               "consorcio": "consorcio", "delegación": "delegación", "juzgado": "juzgado", "audiencia": "audiencia",
               "junta": "junta", "diputación": "diputación", "banco": "banco", "organización": "organización",
               "unión": "unión", "cámara": "cámara",
               # Generic words for a body (2026-12-08): no person, like the named ones.
               "organismo": "organismo", "entidad": "entidad", "institución": "institución"},
    media_preps=["a", "en", "al"],
    months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre", "lunes", "martes",
            "miércoles", "jueves", "viernes", "sábado", "domingo", "hoy", "ayer", "mañana"],
    prediction=["será", "serán", "va", "van", "podría", "podrían", "prevé", "previsto",
                "pronto", "habrá", "sería"],
    comparison=["más", "menos", "que", "récord", "aumento", "descenso", "doble", "mitad",
                "por ciento", "mejor", "peor"],
)
