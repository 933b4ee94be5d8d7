"""Words the checks use whatever the article's language: wire copy mixes them, so these lists do too.

A language's own words for the checks are in its ``checks.py`` (the ``CheckWords`` shape of
``service/stages/checks/lexicon.py``); what is here applies in every language, as it always has.
"""

from __future__ import annotations

# Languages written without spaces between words: without a folder of their own they still get
# figures read character by character.
WRITTEN_WITHOUT_SPACES = frozenset({"zh", "ja"})

# English 'n't' is split off its verb and read as 'not' in every language ("don't" -> "do", "not").
NEGATION_CLITIC = ("n't", "not")
# English month abbreviations appear in every language's wire copy.
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                       "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
# Ordinal endings of a figure ('3rd', '1er', '2e') and of a day in a date ('12th'; '12.' in German).
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th", "er", "e")
DAY_SUFFIXES = ("st", "nd", "rd", "th", "er")
# The word between a day, its month and its year in '12 de noviembre de 2020'.
DATE_JOINERS = ("de",)
# Words that join a weekday and its date as one apposition: 'Sunday, that is, Sept. 20', 'am 20.'.
DATE_APPOSITIONS = ("that is", "i.e.", "namely", "on", "the", "le", "c'est-à-dire", "den", "am", "el", "es decir")
# Scale words multiply the figure before them.
SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "mille": 1e3, "milliers": 1e3, "milliard": 1e9, "milliards": 1e9,
    "tausend": 1e3, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9,
    "mil": 1e3, "millón": 1e6, "millones": 1e6, "mln": 1e6, "bn": 1e9, "trillion": 1e12, "trillions": 1e12,
    "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9, "milhão": 1e6, "milhões": 1e6,
    "miljoen": 1e6, "miljard": 1e9, "млн": 1e6, "млрд": 1e9,
}
# Languages whose word frequencies tell a name from a capitalised function word: names are rare in all
# of them, a function word is common in one.
NAME_FREQUENCY_LANGUAGES = ("en", "fr", "de", "es")

# --- figures: what a number measures, and what makes it a bound, an estimate or no claim at all
PERCENT_WORDS = ("%", "percent", "per cent", "prozent", "pour cent", "por ciento", "por cien")
POINT_WORDS = ("points", "point", "punkte", "puntos")
# A gap between two shares, not a share (a regular expression matched right after the figure).
PERCENTAGE_POINTS = r"(?:percentage )?points?\b|prozentpunkt|puntos? porcentual|points? de pourcentage"
# Words after a figure that name no unit ("1,410 while ...").
FIGURE_FUNCTION_WORDS = frozenset(
    "while and or but in on at of to for with by as the an my his her their its our your this that these "
    "those who which than then when where after before since because if was were has have had is are will "
    "would said says told more less than about some most after tras que qui dont del los las una por para "
    "avec dans pour sur les des une und oder aber mit für von bei dem den der die das eine einer wie".split()
)
RANGE_WORDS = frozenset("between and to or from entre et bis zwischen und y a".split())
# Between a figure and its unit: "60 millones de euros", "40 milioni di euro", "18 millions d'euros".
# "200 new armoured vehicles": 'new' and 'additional' are no unit either.
UNIT_SKIP = frozenset("about around nearly almost some over under more than less of the a an per cent de di new "
                      "additional extra other further nuevos nuevas nouveaux nouvelles neue neuen nuovi nuove novos "
                      "novas".split())
UNIT_ELISIONS = ("d'", "d’")
# Units that measure any subject (money, time, size, people in general): two figures in euros or days
# are about one thing only where the words before them say so. A counted noun ('vehicles', 'salariés',
# 'medici') names its subject itself. Matched on the unit's first five letters, as figures store it.
MEASURE_UNITS = frozenset(
    "euro euros dolla dólar dolar eur usd yuan renmi ruble rublo roubl crown krone kronu peso pesos franc "
    "pound sterl libra rupee yen cent centi frank shill dirha riyal rand naira lira lire zloty forin "
    "рубле евро долла барре barre barri cubic "
    "secon segun sekun minut hour hours heure horas ore stund uren days day jours jour días dias giorn "
    "giorni tage tagen dagen weeks week semai seman setti woche weken month mois meses mesi monat maand "
    "years year ans años anos anni jahre jahr jaar "
    "metre meter metro mètre kilom tonne tonn tons kilo kilog grams gramm miles litre liter litro milli "
    "hecta acres squar "
    "peopl perso mensc pesso mense indiv челов times fois veces volte vezes раз "
    "votes voti voix votos stimm "
    "point points punti punto punkt jähri".split()  # percentage points; German ages ('ein 28jähriger')
)
# English modifiers before the counted noun ("35 randomly selected precincts") are not the unit.
MODIFIER_SUFFIXES = ("ly", "ed", "ing")
# Words just before a number that make it an earlier or compared figure: "the toll rose from 19", "down from 7%".
EARLIER = ("from", "compared with", "compared to", "previously", "contre", "comparé à", "frente a", "frente al",
           "desde", "comparado con", "rispetto a", "rispetto al", "contro", "gegenüber", "verglichen mit")
# Words just before a number that make it a bound or an estimate: "more than 200" agrees with 215.
AT_LEAST = ("more than", "over", "at least", "above", "upwards of", "más de", "al menos", "por lo menos",
            "plus de", "au moins", "mehr als", "mindestens", "über", "knapp über")
AT_MOST = ("less than", "fewer than", "under", "up to", "within", "en moins de", "binnen", "innerhalb von", "below",
           "menos de", "hasta", "moins de", "jusqu'à", "weniger als", "bis zu", "unter", "höchstens")
ABOUT = ("about", "around", "nearly", "almost", "roughly", "some", "approximately", "close to", "environ",
         "près de", "quelque", "presque", "rund", "etwa", "fast", "knapp", "circa", "unos", "unas",
         "cerca de", "casi", "alrededor de", "aproximadamente")
# "If they are Hispanic, the rate is 36 percent": a figure under a condition is not asserted.
CONDITIONALS = frozenset("if unless si wenn falls sofern".split())
# "a 40-year-old": words after a number that make it an age (a regular expression after a space).
AGE_WORDS = r"years? old|años|ans\b|jahre alt"
# Figures read character by character: scale characters ('万' ten thousand), and the characters of
# dates and times ('年' year) that make a number no quantity.
UNSPACED_SCALES = ("万", "亿")
UNSPACED_DATE_UNITS = "年月日号时点"
