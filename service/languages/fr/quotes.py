"""French cue verbs (incl. inverted '-t-il' forms), source markers and speaker vocabulary."""

from service.languages import common
from service.stages.quotes.lexicon import build

_STEMS = {
    # infinitive stem -> (present 3sg, past participle, passé simple, imparfait)
    "déclar": ("déclare", "déclaré", "déclara", "déclarait"),
    "affirm": ("affirme", "affirmé", "affirma", "affirmait"),
    "indiqu": ("indique", "indiqué", "indiqua", "indiquait"),
    "expliqu": ("explique", "expliqué", "expliqua", "expliquait"),
    "soulign": ("souligne", "souligné", "souligna", "soulignait"),
    "ajout": ("ajoute", "ajouté", "ajouta", "ajoutait"),
    "estim": ("estime", "estimé", "estima", "estimait"),
    "précis": ("précise", "précisé", "précisa", "précisait"),
    "annonc": ("annonce", "annoncé", "annonça", "annonçait"),
    "assur": ("assure", "assuré", "assura", "assurait"),
    "jug": ("juge", "jugé", "jugea", "jugeait"),
    "rappel": ("rappelle", "rappelé", "rappela", "rappelait"),
    "confi": ("confie", "confié", "confia", "confiait"),
    "insist": ("insiste", "insisté", "insista", "insistait"),
    "dénonc": ("dénonce", "dénoncé", "dénonça", "dénonçait"),
    "confirm": ("confirme", "confirmé", "confirma", "confirmait"),
    "averti": ("avertit", "averti", "avertit", "avertissait"),
    "reconn": ("reconnaît", "reconnu", "reconnut", "reconnaissait"),
    "di": ("dit", "dit", "dit", "disait"),
    "écri": ("écrit", "écrit", "écrivit", "écrivait"),
    "estim2": ("considère", "considéré", "considéra", "considérait"),
    "répond": ("répond", "répondu", "répondit", "répondait"),
    "martel": ("martèle", "martelé", "martela", "martelait"),
    "prévien": ("prévient", "prévenu", "prévint", "prévenait"),
    "poursui": ("poursuit", "poursuivi", "poursuivit", "poursuivait"),
    "lanc": ("lance", "lancé", "lança", "lançait"),
    "réag": ("réagit", "réagi", "réagit", "réagissait"),
    "regrett": ("regrette", "regretté", "regretta", "regrettait"),
    "promet": ("promet", "promis", "promit", "promettait"),
    "critiqu": ("critique", "critiqué", "critiqua", "critiquait"),
    "craign": ("craint", "craint", "craignit", "craignait"),
    "pens": ("pense", "pensé", "pensa", "pensait"),
    "cro": ("croit", "cru", "crut", "croyait"),
    "espér": ("espère", "espéré", "espéra", "espérait"),
    "explic2": ("commente", "commenté", "commenta", "commentait"),
    "rapport": ("rapporte", "rapporté", "rapporta", "rapportait"),
    "signal": ("signale", "signalé", "signala", "signalait"),
    "not": ("note", "noté", "nota", "notait"),
    "observ": ("observe", "observé", "observa", "observait"),
    # Verbs of the press's own register ('a-t-il lâché', 'a glissé la maire', 'a tonné le syndicat').
    "lâch": ("lâche", "lâché", "lâcha", "lâchait"),
    "gliss": ("glisse", "glissé", "glissa", "glissait"),
    "tonn": ("tonne", "tonné", "tonna", "tonnait"),
    "assén": ("assène", "asséné", "asséna", "assénait"),
    "ironis": ("ironise", "ironisé", "ironisa", "ironisait"),
    "fustig": ("fustige", "fustigé", "fustigea", "fustigeait"),
    "déplor": ("déplore", "déploré", "déplora", "déplorait"),
    "concéd": ("concède", "concédé", "concéda", "concédait"),
    "soupir": ("soupire", "soupiré", "soupira", "soupirait"),
    "détaill": ("détaille", "détaillé", "détailla", "détaillait"),
    "renchér": ("renchérit", "renchéri", "renchérit", "renchérissait"),
    "conclu": ("conclut", "conclu", "conclut", "concluait"),
    # Speech verbs of news copy missing above ('raconte-t-elle', 'rétorque le maire', 'nuance-t-il').
    "témoign": ("témoigne", "témoigné", "témoigna", "témoignait"),
    "résum": ("résume", "résumé", "résuma", "résumait"),
    "nuanc": ("nuance", "nuancé", "nuança", "nuançait"),
    "admet": ("admet", "admis", "admit", "admettait"),
    "rétorqu": ("rétorque", "rétorqué", "rétorqua", "rétorquait"),
    "suggér": ("suggère", "suggéré", "suggéra", "suggérait"),
    "ni": ("nie", "nié", "nia", "niait"),
    # Verbs that as often take an object that is no speech ('relève le défi', 'soutient le
    # candidat', 'plaide coupable', 'avance la date', 'une réplique de magnitude 5', 'cela inquiète
    # les élus', 'avoue le meurtre'): cues everywhere (the inverted 'relève-t-il' stays bare), but
    # reported only with 'que' (_CLAUSE_ONLY below).
    "racont": ("raconte", "raconté", "raconta", "racontait"),
    "relev": ("relève", "relevé", "releva", "relevait"),
    "souten": ("soutient", "soutenu", "soutint", "soutenait"),
    "plaid": ("plaide", "plaidé", "plaida", "plaidait"),
    "avanc": ("avance", "avancé", "avança", "avançait"),
    "répliqu": ("réplique", "répliqué", "répliqua", "répliquait"),
    "avou": ("avoue", "avoué", "avoua", "avouait"),
    # '« Joyeuses fêtes », a souhaité la mairie', '« … », a accusé l'opposition' (but 'le résultat souhaité',
    # 'le maire, accusé de …': no claim without 'que').
    "souhait": ("souhaite", "souhaité", "souhaita", "souhaitait"),
    "accus": ("accuse", "accusé", "accusa", "accusait"),
    "décri": ("décrit", "décrit", "décrivit", "décrivait"),  # 'décrit des couloirs « remplis de brancards »'
}
_CLAUSE_ONLY = {form for stem in ("racont", "relev", "souten", "plaid", "avanc", "répliqu", "avou", "souhait",
                                  "accus", "décri")
                for form in _STEMS[stem]}
_FORMS = {form for forms in _STEMS.values() for form in forms}
_INVERTED = {f"{form}-{t}{p}" for form in {f[0] for f in _STEMS.values()}
             for t in ("t-", "") for p in ("il", "elle", "on", "ils", "elles")}

LEXICON = build(
    "fr",
    infinitive_openers=["ne", "n'", "n’", "avoir", "être"],
    # Parts of the day after a weekday: 'a déclaré dimanche soir que …' dates the saying.
    time_words=common.TIME_WORDS | {"matin", "midi", "après-midi", "soir", "soirée", "nuit"},
    aside_participle_endings=("é", "ée", "és", "ées"),
    # Verbs of answering and the prepositions after which they name what they answer or how, not what was said
    # ('n'a pas répondu aux sollicitations', 'a réagi par un communiqué').
    answer_cues=["répond", "répondu", "répondit", "répondait", "réagi", "réagit", "réagissait"],
    answer_preps=["à", "au", "aux", "par", "avec", "sur"],
    # Word classes of the generic rules (defaults: service/languages/common.py).
    marks=("«»", "“”", "‹›", '""'),
    cues=_FORMS | _INVERTED,
    phrases=["selon", "d'après", "d’après", "a fait savoir", "a fait valoir"],
    source_preps=["selon", "d'après", "d’après", "de source"],
    belief=["pense", "pensé", "croit", "cru", "espère", "espéré", "craint", "estime",
            "estimé", "considère", "considéré", *_CLAUSE_ONLY],
    bare=(_FORMS | _INVERTED) - _CLAUSE_ONLY,
    complementizers=["que", "qu", "qu'", "qu’", "si", "comment", "pourquoi"],
    # The references label the clause after the complementizer (eval/references/SCHEMA.md).
    content_complementizer=False,
    inverted_compounds=True,
    skip=["a", "ont", "avait", "avaient", "aussi", "également", "encore", "déjà", "ainsi",
          "alors", "ensuite", "hier", "aujourd'hui", "lundi", "mardi", "mercredi", "jeudi",
          "vendredi", "samedi", "dimanche", "ne", "pas", "n'", "lui", "leur", "y", "en",
          "notamment", "récemment", "publiquement", "fermement"],
    stop=["que", "qu", "et", "mais", "car", "quand", "lorsque", "si", "comme", "où", "qui",
          "dont", "lequel", "à", "au", "aux", "dans", "sur", "pour", "par", "avec", "lors",
          "après", "avant", "depuis", "pendant"],
    continuing=["ajoute", "ajouté", "ajouta", "ajoutait", "poursuit", "poursuivi", "poursuivit", "renchérit",
                "conclut"],
    definites=["le", "la", "l'", "l’", "ce", "cet", "cette"],
    determiners=["le", "la", "les", "l", "l'", "l’", "d'", "d’",
                 "un", "une", "des", "du", "de", "son", "sa", "ses",
                 "leur", "leurs", "ce", "cet", "cette", "ces", "plusieurs"],
    preps=["à", "au", "aux", "dans", "sur", "pour", "par", "avec", "lors", "après", "avant",
           "depuis", "pendant", "hier", "ensuite", "puis", "enfin", "alors", "ainsi"],
    pronouns={"il": "m", "elle": "f", "ils": "p", "elles": "p", "on": "p", "nous": "p",
              "je": "s", "a-t-il": "m", "a-t-elle": "f",
              # Stressed forms, the speaker after a source preposition ("Selon lui, …").
              "lui": "m", "eux": "p"},
    female=["elle", "présidente", "directrice", "femme",
            "madame", "mme", "a-t-elle", "sénatrice", "députée", "avocate", "préfète", "chercheuse", "déléguée",
            "gérante", "ambassadrice", "vice-présidente", "élue", "cheffe", "coordinatrice", "conseillère",
            "adjointe"],
    male=["il", "président", "directeur", "homme", "monsieur", "m.", "a-t-il"],
    # 'Me' is an advocate's title (Maître): 'Me Sophie Delattre' is Sophie Delattre.
    titles=["m", "mme", "mlle", "dr", "me"],
    person_roles=["porte-parole", "ministre", "président", "présidente", "directeur", "directrice", "responsable",
                  "responsables", "secrétaire", "chef", "dirigeant", "dirigeants", "expert", "experts", "analyste",
                  "analystes", "avocat", "procureur", "juge", "maire", "député", "sénateur", "ambassadeur", "source",
                  "sources", "témoin", "témoins",
                  # Further roles of news copy (2026-12-07): whom 'la chercheuse', 'l'entraîneur' can mean.
                  "adjoint", "adjointe", "conseiller", "conseillère", "sénatrice", "députée", "avocate", "procureure",
                  "préfet", "préfète", "entraîneur", "sélectionneur", "économiste", "chercheur", "chercheuse",
                  "médecin", "professeur", "professeure", "syndicaliste", "délégué", "déléguée", "gérant", "gérante",
                  "commissaire", "ambassadrice", "vice-président", "vice-présidente", "spécialiste", "spécialistes",
                  "élu", "élue", "cheffe", "coordinateur", "coordinatrice", "rapporteur", "rapporteure"],
    org_nouns={"ministère": "ministère", "gouvernement": "gouvernement",
               "département": "ministère", "agence": "agence", "société": "société",
               "entreprise": "société", "groupe": "société", "police": "police",
               "parti": "parti", "commission": "commission", "tribunal": "tribunal",
               "administration": "administration", "office": "office",
               # Further bodies of news copy (2026-12-07): 'l'agence' is the agency named before.
               "préfecture": "préfecture", "mairie": "mairie", "direction": "direction", "conseil": "conseil",
               "fédération": "fédération", "association": "association", "syndicat": "syndicat",
               "institut": "institut", "université": "université", "parquet": "parquet", "cour": "cour",
               "gendarmerie": "gendarmerie", "région": "région", "observatoire": "observatoire", "ordre": "ordre",
               "chambre": "chambre", "banque": "banque", "union": "union", "confédération": "confédération",
               "collectif": "collectif"},
    media_preps=["à", "au", "sur", "dans", "lors"],
    # A participle cue after 'être' is passive ('doit être lancé dès janvier'): no speaker spoke.
    be_forms=["être", "été", "est", "sont", "était", "étaient", "sera", "seront", "soit", "fut"],
    passive_endings=("é", "ée", "és", "ées", "u", "ue", "us", "ues", "it", "is"),
    agent_preps=["par"],
    months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi",
            "jeudi", "vendredi", "samedi", "dimanche", "hier", "demain", "aujourd'hui"],
    prediction=["sera", "seront", "va", "vont", "devrait", "devraient", "pourrait",
                "prévoit", "prévu", "bientôt", "serait", "aurait"],
    comparison=["plus", "moins", "que", "record", "hausse", "baisse", "double", "moitié",
                "pour cent", "meilleur", "pire"],
)
