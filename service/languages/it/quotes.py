"""Italian cue verbs (passato prossimo, presente, passato remoto, gerundio), source markers and speaker vocabulary."""

from service.languages import common
from service.stages.quotes.lexicon import build

# Speech verbs as Italian news uses them: lemma -> (participle, present 3sg, present 3pl,
# passato remoto 3sg, imperfetto 3sg, gerund). The participle carries the passato prossimo
# ('ha dichiarato'): the auxiliary is skipped between speaker and cue, as French 'a déclaré'.
_VERBS = {
    "dire": ("detto", "dice", "dicono", "disse", "diceva", "dicendo"),
    "dichiarare": ("dichiarato", "dichiara", "dichiarano", "dichiarò", "dichiarava", "dichiarando"),
    "affermare": ("affermato", "afferma", "affermano", "affermò", "affermava", "affermando"),
    "spiegare": ("spiegato", "spiega", "spiegano", "spiegò", "spiegava", "spiegando"),
    "aggiungere": ("aggiunto", "aggiunge", "aggiungono", "aggiunse", "aggiungeva", "aggiungendo"),
    "sottolineare": ("sottolineato", "sottolinea", "sottolineano", "sottolineò", "sottolineava",
                     "sottolineando"),
    "precisare": ("precisato", "precisa", "precisano", "precisò", "precisava", "precisando"),
    "annunciare": ("annunciato", "annuncia", "annunciano", "annunciò", "annunciava", "annunciando"),
    "assicurare": ("assicurato", "assicura", "assicurano", "assicurò", "assicurava", "assicurando"),
    "ribadire": ("ribadito", "ribadisce", "ribadiscono", "ribadì", "ribadiva", "ribadendo"),
    "osservare": ("osservato", "osserva", "osservano", "osservò", "osservava", "osservando"),
    "commentare": ("commentato", "commenta", "commentano", "commentò", "commentava", "commentando"),
    "raccontare": ("raccontato", "racconta", "raccontano", "raccontò", "raccontava", "raccontando"),
    "riferire": ("riferito", "riferisce", "riferiscono", "riferì", "riferiva", "riferendo"),
    "ammettere": ("ammesso", "ammette", "ammettono", "ammise", "ammetteva", "ammettendo"),
    "avvertire": ("avvertito", "avverte", "avvertono", "avvertì", "avvertiva", "avvertendo"),
    "ricordare": ("ricordato", "ricorda", "ricordano", "ricordò", "ricordava", "ricordando"),
    "scrivere": ("scritto", "scrive", "scrivono", "scrisse", "scriveva", "scrivendo"),
    "rispondere": ("risposto", "risponde", "rispondono", "rispose", "rispondeva", "rispondendo"),
    "replicare": ("replicato", "replica", "replicano", "replicò", "replicava", "replicando"),
    "insistere": ("insistito", "insiste", "insistono", "insistette", "insisteva", "insistendo"),
    "sostenere": ("sostenuto", "sostiene", "sostengono", "sostenne", "sosteneva", "sostenendo"),
    "evidenziare": ("evidenziato", "evidenzia", "evidenziano", "evidenziò", "evidenziava",
                    "evidenziando"),
    "rilevare": ("rilevato", "rileva", "rilevano", "rilevò", "rilevava", "rilevando"),
    "garantire": ("garantito", "garantisce", "garantiscono", "garantì", "garantiva", "garantendo"),
    "promettere": ("promesso", "promette", "promettono", "promise", "prometteva", "promettendo"),
    "riconoscere": ("riconosciuto", "riconosce", "riconoscono", "riconobbe", "riconosceva",
                    "riconoscendo"),
    "indicare": ("indicato", "indica", "indicano", "indicò", "indicava", "indicando"),
    "segnalare": ("segnalato", "segnala", "segnalano", "segnalò", "segnalava", "segnalando"),
    "concludere": ("concluso", "conclude", "concludono", "concluse", "concludeva", "concludendo"),
    "lamentare": ("lamentato", "lamenta", "lamentano", "lamentò", "lamentava", "lamentando"),
    "chiarire": ("chiarito", "chiarisce", "chiariscono", "chiarì", "chiariva", "chiarendo"),
    "rivelare": ("rivelato", "rivela", "rivelano", "rivelò", "rivelava", "rivelando"),
    "negare": ("negato", "nega", "negano", "negò", "negava", "negando"),
    "smentire": ("smentito", "smentisce", "smentiscono", "smentì", "smentiva", "smentendo"),
    "accusare": ("accusato", "accusa", "accusano", "accusò", "accusava", "accusando"),
    "criticare": ("criticato", "critica", "criticano", "criticò", "criticava", "criticando"),
    "confidare": ("confidato", "confida", "confidano", "confidò", "confidava", "confidando"),
    "anticipare": ("anticipato", "anticipa", "anticipano", "anticipò", "anticipava",
                   "anticipando"),
    "comunicare": ("comunicato", "comunica", "comunicano", "comunicò", "comunicava",
                   "comunicando"),
}
# Belief verbs: reported only with an explicit 'che' clause ('ritiene che …').
_BELIEF = {
    "pensare": ("pensato", "pensa", "pensano", "pensò", "pensava", "pensando"),
    "credere": ("creduto", "crede", "credono", "credette", "credeva", "credendo"),
    "ritenere": ("ritenuto", "ritiene", "ritengono", "ritenne", "riteneva", "ritenendo"),
    "temere": ("temuto", "teme", "temono", "temette", "temeva", "temendo"),
    "sperare": ("sperato", "spera", "sperano", "sperò", "sperava", "sperando"),
    "considerare": ("considerato", "considera", "considerano", "considerò", "considerava",
                    "considerando"),
}
_SPEECH = {form for forms in _VERBS.values() for form in forms}
_BELIEFS = {form for forms in _BELIEF.values() for form in forms}
# Forms that are as often nouns in news copy ('un comunicato', 'la critica', 'l'accusa',
# 'la replica'): left out so that the noun is never read as a frame.
_NOUN_HOMOGRAPHS = {"comunicato", "critica", "accusa", "replica"}
_FORMS = (_SPEECH | _BELIEFS) - _NOUN_HOMOGRAPHS

_WEEKDAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
# Articulated prepositions: 'a'/'di' fused with the article ('stando al comitato', 'a detta
# della Procura'); elided forms ('all'Istat') are one token and cannot be listed.
_A = ["a", "al", "allo", "alla", "ai", "agli", "alle"]
_DI = ["di", "del", "dello", "della", "dei", "degli", "delle"]

LEXICON = build(
    "it",
    # Word classes of the generic rules (defaults: service/languages/common.py).
    # The shared classes plus their Italian words (wire copy mixes names and phrases of several languages).
    medium_nouns=common.MEDIUM_NOUNS | {"nota", "comunicato", "intervista", "conferenza",
                                        "dichiarazione", "lettera", "messaggio", "video", "post"},
    relative_pronouns=common.RELATIVE_PRONOUNS | {"che"},
    relative_complementizers=common.RELATIVE_COMPLEMENTIZERS | {"che"},
    leading_words=common.LEADING_WORDS | {"e", "ma", "però", "poi", "intanto", "quindi"},
    name_connectors=common.NAME_CONNECTORS | set(_DI) | {"d'", "d’", "e"},
    name_glue=common.NAME_GLUE | set(_DI) | {"d'", "d’"},
    adverb_endings=common.ADVERB_ENDINGS + ("mente",),
    opener_participle_endings=common.OPENER_PARTICIPLE_ENDINGS + ("ando", "endo"),
    gerund_endings=common.GERUND_ENDINGS + ("ando", "endo"),
    plural_endings=common.PLURAL_ENDINGS + ("i",),
    time_words=common.TIME_WORDS | {"ora", "ore", "minuti", "giorno", "giorni", "settimana",
                                    "settimane", "mese", "mesi", "anno", "anni", "mattina",
                                    "pomeriggio", "sera", "serata", "notte"},
    conjunctions=common.CONJUNCTIONS | {"e", "o", "ma", "oppure"},
    asides=common.ASIDES | {"invece", "intanto", "inoltre", "tuttavia", "però", "comunque",
                            "infatti", "quindi", "poi", "anche"},
    marks=("«»", "“”", "‘’", '""'),
    cues=_FORMS,
    phrases=["fatto sapere", "fa sapere", "fanno sapere", "reso noto", "rende noto",
             "rendono noto"],
    # 'secondo' is also the ordinal ('nel secondo trimestre'), which the generic source rule cannot
    # refuse: CONTRIBUTING.md, "What the generic rules do not yet read in Italian".
    source_preps=["secondo"] + [f"stando {a}" for a in _A] + [f"a detta {d}" for d in _DI],
    belief=_BELIEFS,
    bare=_FORMS,
    complementizers=["che", "se", "come", "perché"],
    # The references label the clause after the complementizer (eval/references/SCHEMA.md).
    content_complementizer=False,
    inverted_compounds=True,
    skip=["ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "anche", "poi", "inoltre",
          "già", "ancora", "pure", "invece", "però", "tuttavia", "intanto", "ieri", "oggi",
          "stamani", "stamattina", "stasera", "non", "gli", "ci", "si", "ne", "più",
          "nuovamente", "subito", "sempre", "successivamente", "pubblicamente",
          "recentemente", "così"] + _WEEKDAYS,
    # 'a' and its fused forms stay inside a speaker phrase: roles take them ('l'assessore al
    # Bilancio', 'la capogruppo alla Camera'); after an inverted subject they end it as media_preps.
    stop=["che", "e", "ma", "perché", "quando", "se", "come", "dove", "chi", "cui", "mentre",
          "in", "nel", "nello", "nella", "nei", "negli", "nelle", "su", "sul", "sulla", "sui",
          "per", "con", "da", "dal", "dalla", "dai", "tra", "fra", "dopo", "prima",
          "durante"],
    determiners=["il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "uno", "una", "suo",
                 "sua", "suoi", "sue", "questo", "questa", "questi", "queste", "quel", "quello",
                 "quella", "quei", "quegli", "quelle", "alcuni", "alcune", "diversi", "diverse",
                 "molti", "molte", "vari", "varie", "stesso", "stessa"] + _DI[1:],
    preps=["in", "nel", "nello", "nella", "nei", "negli", "nelle", "su", "sul", "sullo",
           "sulla", "sui", "sugli", "sulle", "per", "con", "da", "dal", "dallo", "dalla", "dai",
           "dagli", "dalle", "tra", "fra", "dopo", "prima", "durante", "oggi", "ieri", "poi",
           "intanto", "quindi", "allora", "così", "inoltre"] + _A,
    pronouns={"lui": "m", "egli": "m", "lei": "f", "ella": "f", "loro": "p", "essi": "p",
              "esse": "p", "noi": "p", "io": "s"},
    female=["lei", "ella", "sindaca", "ministra", "presidentessa", "direttrice", "donna",
            "signora", "dottoressa", "avvocata", "assessora", "segretaria", "senatrice",
            "deputata", "ambasciatrice", "procuratrice", "governatrice", "consigliera"],
    male=["lui", "egli", "sindaco", "ministro", "direttore", "uomo", "signore", "signor",
          "dottore", "avvocato", "assessore", "segretario", "senatore", "deputato",
          "ambasciatore", "procuratore", "governatore", "consigliere"],
    titles=["sig", "sig.ra", "signor", "signora", "dott", "dott.ssa", "prof", "prof.ssa", "avv",
            "on", "ing", "don", "mons"],
    person_roles=["portavoce", "ministro", "ministra", "viceministro", "sottosegretario",
                  "presidente", "presidentessa", "vicepresidente", "premier", "sindaco",
                  "sindaca", "assessore", "assessora", "governatore", "governatrice",
                  "prefetto", "questore", "direttore", "direttrice", "responsabile",
                  "responsabili", "segretario", "segretaria", "capo", "capogruppo", "leader",
                  "dirigente", "dirigenti", "amministratore", "esperto", "esperta", "esperti",
                  "analista", "analisti", "avvocato", "avvocata", "procuratore",
                  "procuratrice", "giudice", "magistrato", "deputato", "deputata", "senatore",
                  "senatrice", "ambasciatore", "ambasciatrice", "consigliere", "consigliera",
                  "comandante", "commissario", "sindacalista", "medico", "primario", "fonte",
                  "fonti", "testimone", "testimoni"],
    org_nouns={"ministero": "ministero", "dicastero": "ministero", "governo": "governo",
               "esecutivo": "governo", "agenzia": "agenzia", "società": "società",
               "azienda": "società", "gruppo": "società", "impresa": "società",
               "polizia": "polizia", "carabinieri": "carabinieri", "partito": "partito",
               "commissione": "commissione", "tribunale": "tribunale", "corte": "tribunale",
               "procura": "procura", "regione": "regione", "comune": "comune",
               "provincia": "provincia", "prefettura": "prefettura", "questura": "questura",
               "amministrazione": "amministrazione", "istituto": "istituto",
               "autorità": "autorità", "sindacato": "sindacato", "associazione": "associazione",
               "comitato": "comitato", "consiglio": "consiglio", "banca": "banca"},
    media_preps=["in", "nel", "nella", "su", "sul", "sulla", "durante"] + _A,
    months=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre", "ieri", "oggi", "domani"]
    + _WEEKDAYS,
    prediction=["sarà", "saranno", "potrebbe", "potrebbero", "dovrebbe", "dovrebbero",
                "prevede", "previsto", "prevista", "presto", "sarebbe", "avrà", "avranno"],
    comparison=["più", "meno", "rispetto", "record", "aumento", "calo", "rialzo", "ribasso",
                "doppio", "metà", "per cento", "migliore", "peggiore"],
)
