"""Spanish words for the checks."""

from service.stages.checks.lexicon import CheckWords

WORDS = CheckWords(
    negations=frozenset("no nunca jamás ningún ninguna ninguno nadie nada ni sin tampoco".split()),
    ever_words=frozenset({"jamás", "nunca"}),
    comparatives=frozenset("más menos mejor mejores peor peores mayor mayores menor menores".split()),
    degree_words=frozenset("tan tanto tanta tantos tantas tal tales semejante".split()),
    months=tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
    weekdays=tuple("lunes martes miércoles jueves viernes sábado domingo".split()),
    number_words={"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
                  "nueve": 9, "diez": 10, "veinte": 20, "cien": 100},
    spelled_numbers={**{w: n for n, w in enumerate("dos tres cuatro cinco seis siete ocho nueve diez once doce "
                                                    "trece catorce quince".split(), 2)},
                     **{w: 10 * n for n, w in enumerate("veinte treinta cuarenta cincuenta sesenta setenta ochenta "
                                                        "noventa".split(), 2)},
                     "cien": 100, "uno": 1},
    number_parts={"un": 1, "dieci": 10, "veinti": 20},  # 'dieciséis', 'veintitrés', 'treinta y un'
    number_joiners=("", " y "),
    hundreds={"cien": 100, "ciento": 100, **{stem + end: value for stem, value in (
        ("dosc", 200), ("tresc", 300), ("cuatroc", 400), ("quin", 500), ("seisc", 600), ("setec", 700),
        ("ochoc", 800), ("novec", 900)) for end in ("ientos", "ientas")}},
    fractions={"mitad": 0.5},
    polarity={
        "prohibido": -1, "prohibida": -1, "prohibir": -1, "prohibición": -1, "bloqueado": -1,
        "cerrado": -1, "cerrada": -1, "cerrar": -1, "suspendido": -1, "permitido": 1,
        "permitida": 1, "permitir": 1, "abierto": 1, "abierta": 1, "disponible": 1,
    },
    reversers=frozenset("levantado levantada levantar fin eliminado eliminada anulado".split()),
    direction={"aumentó": 1, "subió": 1, "cayó": -1, "bajó": -1, "disminuyó": -1},
    quantity_concepts={**dict.fromkeys("muertos muerte muertes murieron fallecidos fallecieron víctimas "
                                       "mortales".split(), "dead"),
                       **dict.fromkeys("heridos heridas herido".split(), "injured"),
                       **dict.fromkeys("inflación ipc".split(), "inflation")},
    hedges=frozenset("esperado esperaba previsto prevista previsión frente comparado anterior estimado "
                     "pronóstico".split()),
    updates=frozenset("subió sube ascendió asciende aumentó elevó ahora revisado".split()),
    effective=("en vigor", "se aplicarán", "se aplicará", "entrarán en vigencia", "entrará en vigencia"),
)
