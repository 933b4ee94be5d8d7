"""Dutch cue verbs, source markers and speaker vocabulary (Dutch and Flemish news)."""

from service.languages import common
from service.languages.nl.rules import DUTCH_RULES
from service.stages.quotes.lexicon import build

# Past singular and plural, present singular and plural, participle.
_SPEECH = """
zei zeiden zegt zeggen gezegd verklaarde verklaarden verklaart verklaard benadrukte benadrukten
benadrukt stelde stelden stelt gesteld meldde meldden meldt melden gemeld schreef schreven schrijft
geschreven bevestigde bevestigden bevestigt bevestigd ontkende ontkenden ontkent ontkend waarschuwde
waarschuwden waarschuwt gewaarschuwd vertelde vertelden vertelt verteld erkende erkenden erkent erkend
beweerde beweerden beweert beweerd betoogde betoogt betoogd onderstreepte onderstreept verzekerde
verzekert verzekerd beloofde beloofden belooft beloofd antwoordde antwoordden antwoordt geantwoord
reageerde reageerden reageert gereageerd herhaalde herhaalt herhaald concludeerde concludeert
geconcludeerd constateerde constateert geconstateerd opperde oppert suggereerde suggereert
bekritiseerde bekritiseert bekrachtigde preciseerde preciseert verduidelijkte verduidelijkt
riep riepen roept bezwoer bezweert klaagde klaagt
erkende verweet verwijt verweten noemde noemden noemt
beaamde beaamden beaamt beaamd oordeelde oordeelden oordeelt geoordeeld voorspelde voorspelden
voorspelt voorspeld hekelde hekelden hekelt gehekeld beschuldigde beschuldigden beschuldigt
beschuldigd adviseerde adviseerden adviseert geadviseerd verzuchtte verzuchtten verzucht
twitterde twitterden twittert getwitterd tweette tweetten getweet
betoogden onderstreepten verzekerden herhaalden concludeerden constateerden opperden geopperd
suggereerden gesuggereerd bekritiseerden bekrachtigden preciseerden gepreciseerd verduidelijkten
bezwoeren bezworen klaagden geklaagd
""".split()

# Separable verbs of saying: the finite verb cues only with its particle at the clause's end
# ('Hij gaf aan dat …', 'De minister voegde eraan toe dat …', 'kondigde … aan').
_SEPARABLE = {
    **dict.fromkeys(["gaf", "gaven", "geeft", "geven"], "aan toe"),
    **dict.fromkeys(["voegde", "voegden", "voegt"], "toe"),
    **dict.fromkeys(["wees", "wezen", "wijst"], "op"),
    **dict.fromkeys(["kondigde", "kondigden", "kondigt"], "aan"),
    **dict.fromkeys(["deelde", "deelden", "deelt"], "mee"),
    **dict.fromkeys(["legde", "legden", "legt"], "uit"),
    **dict.fromkeys(["merkte", "merkten", "merkt"], "op"),
    **dict.fromkeys(["hield", "hielden", "houdt"], "vol"),
    **dict.fromkeys(["riep", "riepen", "roept"], "op"),
    **dict.fromkeys(["sprak", "spraken", "spreekt"], "uit"),
    **dict.fromkeys(["maakte", "maakten", "maakt"], "bekend duidelijk"),
    **dict.fromkeys(["stelde", "stelden", "stelt"], "vast voor"),
    **dict.fromkeys(["tekende", "tekenden", "tekent"], "aan"),
    **dict.fromkeys(["liet", "lieten", "laat", "laten"], "weten"),
    **dict.fromkeys(["vulde", "vulden", "vult"], "aan"),
    **dict.fromkeys(["drong", "drongen", "dringt"], "aan"),
    **dict.fromkeys(["wierp", "wierpen", "werpt"], "tegen"),
}

# Beliefs: reported only with 'dat' ('vindt dat …'); with an object they report nothing ('vindt
# een oplossing', 'verwacht regen').
_BELIEF = """
vindt vond vonden vinden denkt dacht dachten denken hoopt hoopte hoopten hopen vreest vreesde vreesden
vrezen verwacht verwachtte verwachtten verwachten meent meende meenden menen gelooft geloofde
geloofden geloven twijfelt betwijfelt
eiste eisten eist geëist vroeg vroegen vraagt gevraagd
""".split()

LEXICON = build(
    "nl",
    # Verbs of answering and the prepositions after which they name what they answer or how, not what was said
    # ('reageerde niet op vragen', 'reageerde met verbazing').
    answer_cues=["reageerde", "reageerden", "reageert", "reageren", "gereageerd", "antwoordde", "antwoordden",
                 "antwoordt", "geantwoord"],
    answer_preps=["op", "met", "via", "in"],
    # Word classes of the generic rules (defaults: service/languages/common.py).
    rules=DUTCH_RULES,
    marks=("„”", "“”", "‘’", "''", '""'),
    single_quotes=True,
    verb_second=True,
    cues=set(_SPEECH) | set(_BELIEF),
    separable={k: frozenset(v.split()) for k, v in _SEPARABLE.items()},
    phrases=["liet weten", "lieten weten", "laat weten", "laten weten", "gaf aan", "gaf toe",
             "geeft aan", "gaven aan", "voegde toe", "maakte bekend", "maakte duidelijk", "wees erop",
             "deelde mee", "legde uit", "stelde vast", "hield vol", "merkte op", "voegde eraan toe",
             "voegt eraan toe", "voegden eraan toe", "wijst erop", "wezen erop", "geeft toe",
             "gaat ervan uit", "ging ervan uit", "gaan ervan uit", "sprak van", "spreekt van", "spraken van"],
    # 'naar verluidt' ('reportedly') is left out: it names no source.
    source_preps=["volgens", "naar eigen zeggen", "blijkens"],
    comma_sources=["aldus"],
    self_sources=["naar eigen zeggen"],
    object_cues=["noemde", "noemden", "noemt", "verweet", "verwijt", "meldde", "meldt", "sprak van",
                 "spreekt van", "spraken van"],
    predicatives=["als"],
    belief=_BELIEF,
    bare=set(_SPEECH) - {"riep", "riepen", "roept", "noemde", "noemden", "noemt"},
    complementizers=["dat", "of", "hoe", "waarom", "wanneer"],
    # The marked Dutch articles label the clause after 'dat' (eval/references/SCHEMA.md).
    content_complementizer=False,
    perfect_aux=["heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren"],
    nominative=["hij", "ik", "wij", "we", "zij", "ze"],
    as_frames=["zoals"],
    relative_pronouns=["die", "wie", "welke"],
    name_particles=["van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in"],
    office_links=["van"],
    title_nouns=["rapport", "boek", "film", "nota", "plan", "project", "programma", "campagne", "operatie",
                 "serie", "documentaire", "album", "voorstelling", "tentoonstelling", "wetsvoorstel", "motie",
                 "onderzoek", "actieplan", "manifest"],
    # 'werd bekritiseerd door de oppositie': the agent of a passive cue spoke (rules.py reads the passive).
    agent_preps=["door"],
    skip=["heeft", "hebben", "had", "hadden", "ook", "al", "nog", "eerder", "later", "gisteren",
          "vandaag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
          "maandagavond", "dinsdagavond", "woensdagavond", "donderdagavond", "vrijdagavond",
          "zaterdagavond", "zondagavond", "niet", "wel", "dan", "opnieuw", "inmiddels", "echter",
          "daarom", "bovendien", "publiekelijk", "zelf", "zich", "er"],
    stop=["dat", "en", "maar", "omdat", "want", "als", "toen", "nadat", "voordat", "terwijl", "hoewel",
          "zoals", "waar", "die", "wie", "of", "in", "op", "bij", "met", "tegen", "tijdens", "voor",
          "na", "naar", "over", "sinds", "uit", "door", "vanaf", "aan"],
    # 'die' and 'dat' are left out: far more often they open a clause than point at a noun.
    continuing=["voegde", "voegt", "vulde", "vult", "vervolgde", "vervolgt"],
    definites=["de", "het", "deze", "die"],
    determiners=["de", "het", "een", "zijn", "haar", "hun", "deze", "dit", "enkele",
                 "verschillende", "veel", "twee", "drie"],
    preps=["in", "op", "bij", "met", "tegen", "tijdens", "voor", "na", "naar", "over", "sinds", "uit",
           "door", "vanaf", "aan", "om", "onder", "zonder", "gisteren", "vandaag", "eerder", "later",
           "ook", "daarnaast", "bovendien", "verder", "nu", "daarna", "intussen", "inmiddels"],
    # After these 'volgens' is no source ('de volgende'); an article before a word makes it a noun.
    noun_determiners=["de", "het", "een"],
    conjunctions=common.CONJUNCTIONS | {"en", "maar", "of", "want"},
    date_leads=common.DATE_LEADS | {"op", "afgelopen", "vorige", "deze"},
    # 'Raad van State', 'Bas van Rijswijk', 'Jan de Vries': particles inside names.
    name_glue=common.NAME_GLUE | {"van", "der", "den", "de", "ter", "ten", "het", "voor"},
    name_connectors=common.NAME_CONNECTORS | {"van", "der", "den", "de", "ter", "ten", "voor"},
    pronouns={"hij": "m", "zij": "f", "ze": "f", "hem": "m", "haar": "f", "wij": "p", "we": "p",
              "ik": "s", "zijzelf": "f", "hijzelf": "m"},
    # Words that tell a woman or a man. Roles either may hold ('minister', 'burgemeester', 'wethouder',
    # 'voorzitter') tell neither: the given name does (service/stages/quotes/name_gender.py).
    female=["zij", "ze", "haar", "woordvoerster", "directrice", "mevrouw", "moeder", "dochter", "vrouw",
            "voorzitster", "zangeres", "schaatsster"],
    male=["hij", "hem", "meneer", "vader", "zoon", "man", "woordvoerder", "directeur"],
    titles=["dhr", "mevr", "mw", "mr", "dr", "prof", "ir", "drs", "ing"],
    compound_roles=True,
    person_roles=["woordvoerder", "woordvoerster", "minister", "premier", "burgemeester", "wethouder",
                  "gedeputeerde", "directeur", "directrice", "voorzitter", "voorzitster", "topman",
                  "topvrouw", "advocaat", "advocate", "officier", "rechter", "deskundige", "deskundigen",
                  "expert", "experts", "onderzoeker", "onderzoekers", "hoogleraar", "econoom",
                  "analist", "analisten", "raadslid", "kamerlid", "ooggetuige", "ooggetuigen",
                  "bewoner", "bewoners", "bron", "bronnen", "trainer", "coach", "aanvoerder",
                  "bestuurder", "ceo", "staatssecretaris", "fractievoorzitter", "politie",
                  "brandweer", "arts", "huisarts", "agent", "agenten", "ingewijden", "wetenschapper",
                  # 2026-12-08: 'Eurocommissaris Anna Visser' is Anna Visser.
                  "commissaris"],
    org_nouns={"ministerie": "ministerie", "regering": "regering", "kabinet": "kabinet",
               "gemeente": "gemeente", "provincie": "provincie", "politie": "politie",
               "brandweer": "brandweer", "bedrijf": "bedrijf", "vakbond": "vakbond",
               "rechtbank": "rechtbank", "hof": "rechtbank", "partij": "partij", "bond": "bond",
               "instituut": "instituut", "universiteit": "universiteit", "ziekenhuis": "ziekenhuis",
               "agentschap": "agentschap", "inspectie": "inspectie", "raad": "raad",
               "stichting": "stichting", "vereniging": "vereniging", "bank": "bank",
               "zorgkantoor": "zorgkantoor", "omroep": "omroep", "krant": "krant", "club": "club"},
    media_preps=["tegen", "in", "op", "aan", "bij"],
    # 'schrijft in een reactie dat …', 'zei in een verklaring': the medium between cue and content.
    medium_nouns=common.MEDIUM_NOUNS | {"reactie", "verklaring", "brief", "persbericht", "toelichting",
                                        "gesprek", "interview", "toespraak", "uitzending", "persconferentie",
                                        "raadsbrief", "kamerbrief", "bericht", "column", "podcast",
                                        "programma", "verweerschrift", "rapport", "nieuwsbrief"},
    addressee_preps=["tegen", "aan"],
    coordinators=["en", "maar", "terwijl", "doch"],
    adverbial_openers=["nadat", "toen", "omdat", "als", "wanneer", "terwijl", "hoewel", "voordat",
                       "sinds", "zodra", "doordat", "zodat", "indien", "zoals"],
    clause_openers=["die", "dat", "wat", "waar", "waarin", "waarop", "waardoor", "omdat", "als", "of",
                    "hoewel", "welke"],
    months=["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag", "vandaag", "morgen", "gisteren"],
    prediction=["zal", "zullen", "gaat", "gaan", "wordt", "verwacht", "naar verwachting", "binnenkort",
                "straks", "volgend"],
    comparison=["meer", "minder", "dan", "hoger", "lager", "grootste", "meeste", "verdubbeld", "helft",
                "procent", "record", "gestegen", "gedaald"],
)
