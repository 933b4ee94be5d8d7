"""German words for the checks."""

from service.stages.checks.lexicon import CheckWords

WORDS = CheckWords(
    negations=frozenset("nicht kein keine keinen keinem keiner keines nie niemals niemand nichts ohne weder".split()),
    # "so hoch wie nie zuvor" is a record, not a denial.
    ever_words=frozenset({"nie"}),
    comparatives=frozenset({"wie"}),
    degree_words=frozenset("solch solche solchen solcher solches derart".split()),
    months=tuple("januar februar märz april mai juni juli august september oktober november dezember".split()),
    weekdays=tuple("montag dienstag mittwoch donnerstag freitag samstag sonntag".split()),
    number_words={"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
                  "neun": 9, "zehn": 10, "zwanzig": 20, "hundert": 100},
    spelled_numbers={**{w: n for n, w in enumerate("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf "
                                                    "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn "
                                                    "neunzehn".split(), 2)},
                     **{w: 10 * n for n, w in enumerate("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig "
                                                        "neunzig".split(), 2)},
                     "hundert": 100},
    number_parts={"ein": 1},  # 'einundzwanzig'; alone, 'ein' is the article
    number_joiners=("und",),
    hundred_words=("hundert",),
    hundred_joiners=("", "und"),
    fractions={"hälfte": 0.5, "viertel": 0.25, "drittel": 1 / 3, "dreiviertel": 0.75},
    polarity={
        "verboten": -1, "verbot": -1, "verbieten": -1, "gesperrt": -1,
        "geschlossen": -1, "schließen": -1, "blockiert": -1, "erlaubt": 1, "erlauben": 1,
        "geöffnet": 1, "öffnen": 1, "zugelassen": 1, "verfügbar": 1,
    },
    reversers=frozenset("aufgehoben aufheben beendet ende".split()),
    direction={"gestiegen": 1, "steigt": 1, "stieg": 1, "gesunken": -1, "sinkt": -1, "sank": -1},
    quantity_concepts={**dict.fromkeys("tote toten getötet starben gestorben todesopfer".split(), "dead"),
                       "ums leben": "dead",  # 'kamen ums Leben' (died): 'Leben' alone is 'life'
                       **dict.fromkeys("verletzte verletzten verletzt".split(), "injured"),
                       **dict.fromkeys("inflation inflationsrate teuerung teuerungsrate verbraucherpreise".split(),
                                       "inflation")},
    hedges=frozenset("erwartet erwarteten gerechnet prognose prognostiziert vorher zuvor noch gegenüber "
                     "vergleich vorjahr geschätzt".split()),
    updates=frozenset("gestiegen stieg inzwischen mittlerweile korrigiert".split()),
    effective=("in kraft", "gelten ab", "gilt ab"),
    capitalised_months=True,
    capitalised_nouns=True,
)
