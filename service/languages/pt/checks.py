"""Portuguese words for the checks; polarity and reversers are still the English ones."""

from dataclasses import replace

from service.languages.en.checks import WORDS as ENGLISH

_UNITS = {"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
          "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15,
          "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19,
          "dezanove": 19}
_TENS = "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa"

WORDS = replace(
    ENGLISH,
    negations=frozenset("não nunca jamais nenhum nenhuma ninguém nada nem sem".split()),
    ever_words=frozenset({"jamais", "nunca"}),
    comparatives=frozenset("mais menos melhor melhores pior piores maior maiores menor menores".split()),
    degree_words=frozenset("tão tanto tanta tantos tantas tal tais".split()),
    months=tuple("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()),
    weekdays=tuple("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split()),
    spelled_numbers={**_UNITS, **{w: 10 * n for n, w in enumerate(_TENS.split(), 2)}, "cem": 100},
    number_parts={"um": 1, "uma": 1},  # 'vinte e um'; alone, 'um' is the article
    number_joiners=(" e ",),  # 'vinte e três'
    hundreds={"cem": 100, "cento": 100, "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300,
              "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500,
              "seiscentos": 600, "seiscentas": 600, "setecentos": 700, "setecentas": 700,
              "oitocentos": 800, "oitocentas": 800, "novecentos": 900, "novecentas": 900},
    hundred_joiners=(" e ",),
    direction={**dict.fromkeys("subiu sobe aumentou aumenta cresceu cresce".split(), 1),
               **dict.fromkeys("caiu cai desceu diminuiu diminui recuou".split(), -1)},
    quantity_concepts={**dict.fromkeys("mortos mortas morreram morte mortes vítimas óbitos falecidos".split(), "dead"),
                       **dict.fromkeys("feridos feridas ferido ferida".split(), "injured"),
                       **dict.fromkeys("inflação ipca".split(), "inflation")},
    hedges=frozenset("esperado esperada previsto prevista previsão estimado estimativa anterior comparado "
                     "contra frente".split()),
    updates=frozenset("subiu aumentou elevou agora atualizado revisado".split()),
    capitalised_months=False,
)
