"""Small per-language word lists the checks need: negation, months, weekdays, number words, polarity.

Lists are deliberately short and high-precision; a language without an entry falls back to English
for the closed-class lists (digits, dates in ISO form and quote marks still work everywhere).
"""

from __future__ import annotations

NEGATIONS: dict[str, frozenset[str]] = {
    "en": frozenset("not no never none nobody nothing neither nor without cannot n't".split()),
    "fr": frozenset("ne n' pas jamais aucun aucune personne rien ni sans non".split()),
    "de": frozenset("nicht kein keine keinen keinem keiner keines nie niemals niemand nichts ohne weder".split()),
    "es": frozenset("no nunca jamás ningún ninguna ninguno nadie nada ni sin tampoco".split()),
    "it": frozenset("non mai nessuno nessuna niente nulla né senza".split()),
    "pt": frozenset("não nunca jamais nenhum nenhuma ninguém nada nem sem".split()),
    "nl": frozenset("niet geen nooit niemand niets zonder noch".split()),
}

MONTHS: dict[str, list[str]] = {
    "en": "january february march april may june july august september october november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "januar februar märz april mai juni juli august september oktober november dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
# English abbreviations appear in every language's wire copy.
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                       "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

# Monday first, as datetime.weekday() counts.
WEEKDAYS: dict[str, list[str]] = {
    "en": "monday tuesday wednesday thursday friday saturday sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
}

NUMBER_WORDS: dict[str, dict[str, float]] = {
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
           "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "vingt": 20, "trente": 30, "cent": 100},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
           "neun": 9, "zehn": 10, "zwanzig": 20, "hundert": 100},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "veinte": 20, "cien": 100},
}
# Shares written as words: 'half' for 'a quarter' is a changed figure. Only unambiguous words
# ('tiers' is also 'third parties', 'cuarto' also 'room' and 'fourth'); support checks only, not figures.
FRACTIONS: dict[str, dict[str, float]] = {
    "en": {"half": 0.5, "quarter": 0.25, "two-thirds": 2 / 3, "three-quarters": 0.75},
    "fr": {"moitié": 0.5, "quart": 0.25, "trois-quarts": 0.75, "deux-tiers": 2 / 3},
    "de": {"hälfte": 0.5, "viertel": 0.25, "drittel": 1 / 3, "dreiviertel": 0.75},
    "es": {"mitad": 0.5},
}
SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "mille": 1e3, "milliers": 1e3, "milliard": 1e9, "milliards": 1e9,
    "tausend": 1e3, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9,
    "mil": 1e3, "millón": 1e6, "millones": 1e6, "mln": 1e6, "bn": 1e9,
}

# Predicate polarity on one axis: a state of being available/permitted (+) or not (-).
# Reversers flip a following or preceding negative noun ("the ban will be lifted" is +).
POLARITY: dict[str, dict[str, int]] = {
    "en": {
        "ban": -1, "banned": -1, "bans": -1, "banning": -1, "block": -1, "blocked": -1,
        "close": -1, "closed": -1, "closes": -1, "closing": -1, "shut": -1, "shuts": -1,
        "prohibit": -1, "prohibited": -1, "forbid": -1, "forbidden": -1, "forbids": -1,
        "suspend": -1, "suspended": -1, "halt": -1, "halted": -1, "outlaw": -1, "outlawed": -1,
        "allow": 1, "allowed": 1, "allows": 1, "permit": 1, "permitted": 1, "authorized": 1,
        "open": 1, "opened": 1, "reopen": 1, "reopened": 1, "unblocked": 1, "resume": 1,
        "resumed": 1, "legal": 1, "available": 1,
    },
    "fr": {
        "interdit": -1, "interdite": -1, "interdits": -1, "interdire": -1, "interdiction": -1,
        "bloqué": -1, "bloquée": -1, "fermé": -1, "fermée": -1, "fermer": -1, "fermeture": -1,
        "suspendu": -1, "suspendue": -1, "autorisé": 1, "autorisée": 1, "autoriser": 1,
        "ouvert": 1, "ouverte": 1, "rouvert": 1, "rouverte": 1, "disponible": 1,
    },
    "de": {
        "verboten": -1, "verbot": -1, "verbieten": -1, "gesperrt": -1,
        "geschlossen": -1, "schließen": -1, "blockiert": -1, "erlaubt": 1, "erlauben": 1,
        "geöffnet": 1, "öffnen": 1, "zugelassen": 1, "verfügbar": 1,
    },
    "es": {
        "prohibido": -1, "prohibida": -1, "prohibir": -1, "prohibición": -1, "bloqueado": -1,
        "cerrado": -1, "cerrada": -1, "cerrar": -1, "suspendido": -1, "permitido": 1,
        "permitida": 1, "permitir": 1, "abierto": 1, "abierta": 1, "disponible": 1,
    },
}
REVERSERS: dict[str, frozenset[str]] = {
    "en": frozenset("lift lifted lifts lifting end ended ends remove removed overturn overturned "
                    "revoke revoked rescind rescinded drop dropped".split()),
    "fr": frozenset("levé levée levées lever lève fin supprimé supprimée annulé annulée".split()),
    "de": frozenset("aufgehoben aufheben beendet ende".split()),
    "es": frozenset("levantado levantada levantar fin eliminado eliminada anulado".split()),
}
# Direction words: "rise" vs "fall" on a quantity is the other common contradiction axis.
DIRECTION: dict[str, dict[str, int]] = {
    "en": {"rise": 1, "rose": 1, "risen": 1, "rises": 1, "increase": 1, "increased": 1,
           "grew": 1, "grow": 1, "fall": -1, "fell": -1, "fallen": -1, "falls": -1,
           "decrease": -1, "decreased": -1, "drop": -1, "dropped": -1, "declined": -1},
    "fr": {"hausse": 1, "augmenté": 1, "augmente": 1, "baisse": -1, "diminué": -1, "diminue": -1},
    "de": {"gestiegen": 1, "steigt": 1, "gesunken": -1, "sinkt": -1},
    "es": {"aumentó": 1, "subió": 1, "cayó": -1, "bajó": -1, "disminuyó": -1},
}

# Words that open a sentence without adding content; compression drops them.
CONNECTIVES: dict[str, frozenset[str]] = {
    "en": frozenset("however immediately meanwhile also moreover furthermore besides then "
                    "still indeed and but so yet thus therefore".split()),
    "fr": frozenset("cependant toutefois néanmoins pourtant également aussi et mais ainsi "
                    "donc par ailleurs".split()),
    "de": frozenset("jedoch allerdings außerdem zudem auch und aber dennoch".split()),
    "es": frozenset("sin embargo además también y pero así".split()),
}


def for_language(table: dict, language: str | None):
    """The table's entry for a language, English when it has none."""
    return table.get((language or "en").split("-")[0], table["en"])

# Words that name what a figure counts when the unit word after it does not ("the toll rose to 11").
# Only casualty counts and price inflation: the quantities news most often restates with a new number.
QUANTITY_CONCEPTS: dict[str, dict[str, str]] = {
    "en": {**dict.fromkeys("dead death deaths died killed kills fatalities toll".split(), "dead"),
           **dict.fromkeys("injured injuries wounded hurt".split(), "injured"),
           **dict.fromkeys("inflation".split(), "inflation")},
    "fr": {**dict.fromkeys("morts mort décès décédés tués tuées victimes".split(), "dead"),
           **dict.fromkeys("blessés blessées blessé".split(), "injured"),
           **dict.fromkeys("inflation".split(), "inflation")},
    "de": {**dict.fromkeys("tote toten getötet starben todesopfer".split(), "dead"),
           **dict.fromkeys("verletzte verletzten verletzt".split(), "injured"),
           **dict.fromkeys("inflation inflationsrate teuerung teuerungsrate verbraucherpreise".split(), "inflation")},
    "es": {**dict.fromkeys("muertos muertes murieron fallecidos fallecieron víctimas mortales".split(), "dead"),
           **dict.fromkeys("heridos heridas herido".split(), "injured"),
           **dict.fromkeys("inflación ipc".split(), "inflation")},
}
# A figure said to be expected, earlier or compared with is a second quantity, not a restatement.
HEDGES: dict[str, frozenset[str]] = {
    "en": frozenset("expected forecast forecasts estimate projected previous previously prior compared "
                    "versus against earlier target predicted anticipated".split()),
    "fr": frozenset("attendu attendus attendue prévu prévus prévision prévisions contre comparé "
                    "précédent précédente estimé anticipé".split()),
    "de": frozenset("erwartet erwarteten gerechnet prognose prognostiziert vorher zuvor noch gegenüber "
                    "vergleich vorjahr geschätzt".split()),
    "es": frozenset("esperado esperaba previsto prevista previsión frente comparado anterior estimado "
                    "pronóstico".split()),
}
# A larger figure introduced by one of these is an update ("the toll rose to 15"), not a conflict.
UPDATES: dict[str, frozenset[str]] = {
    "en": frozenset("rose risen climbed climbs rises increased now updated revised".split()),
    "fr": frozenset("passé grimpé augmenté désormais maintenant révisé".split()),
    "de": frozenset("gestiegen stieg inzwischen mittlerweile korrigiert".split()),
    "es": frozenset("subió aumentó elevó ahora revisado".split()),
}
# Phrases saying when a rule starts to apply: two different dates for that in one article disagree.
EFFECTIVE: dict[str, tuple[str, ...]] = {
    "en": ("take effect", "takes effect", "took effect", "come into force", "comes into force",
           "go into effect", "goes into effect", "enter into force", "effective from"),
    "fr": ("en vigueur", "s'appliqueront", "s'appliquera", "s'appliquent", "s’appliqueront", "s’appliquera"),
    "de": ("in kraft", "gelten ab", "gilt ab"),
    "es": ("en vigor", "se aplicarán", "se aplicará", "entrarán en vigencia", "entrará en vigencia"),
}
