"""Italian words for the checks; polarity and reversers are still the English ones."""

from dataclasses import replace

from service.languages.en.checks import WORDS as ENGLISH

_UNITS = "uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici " \
         "diciassette diciotto diciannove"
_TENS = "venti trenta quaranta cinquanta sessanta settanta ottanta novanta"

WORDS = replace(
    ENGLISH,
    negations=frozenset("non mai nessuno nessuna niente nulla né senza".split()),
    ever_words=frozenset({"mai"}),
    comparatives=frozenset("più meno migliore migliori peggiore peggiori maggiore maggiori minore minori".split()),
    degree_words=frozenset("così tanto tanta tanti tante tale tali".split()),
    months=tuple("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
                 "dicembre".split()),
    weekdays=tuple("lunedì martedì mercoledì giovedì venerdì sabato domenica".split()),
    spelled_numbers={**{w: n for n, w in enumerate(_UNITS.split(), 1)},
                     **{w: 10 * n for n, w in enumerate(_TENS.split(), 2)}, "cento": 100},
    number_joiners=("",),  # 'ventitré', 'trentotto'
    hundred_words=("cento",),
    hundred_joiners=("",),
    direction={**dict.fromkeys("aumentato aumentata aumentati aumenta salito salita saliti sale cresciuto "
                               "cresciuta cresce".split(), 1),
               **dict.fromkeys("calato calata cala sceso scesa scende diminuito diminuita diminuisce".split(), -1)},
    quantity_concepts={**dict.fromkeys("morti morte morto morta deceduti decedute uccisi uccise vittime".split(),
                                       "dead"),
                       **dict.fromkeys("feriti ferite ferito ferita".split(), "injured"),
                       **dict.fromkeys("inflazione".split(), "inflation")},
    hedges=frozenset("previsto prevista previsti previsioni atteso attesa attese stimato stima precedente "
                     "rispetto confronto contro".split()),
    updates=frozenset("salito salita aumentato aumentata ora adesso rivisto".split()),
    capitalised_months=False,
)
