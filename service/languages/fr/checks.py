"""French words for the checks."""

from service.stages.checks.lexicon import CheckWords

WORDS = CheckWords(
    negations=frozenset("ne n' pas jamais aucun aucune personne rien ni sans non".split()),
    ever_words=frozenset({"jamais"}),
    comparatives=frozenset("plus moins mieux meilleur meilleure meilleurs meilleures pire pires".split()),
    degree_words=frozenset("aussi autant tant pareil pareille pareils pareilles tel telle tels telles".split()),
    needs_partner=frozenset({"personne"}),
    months=tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    weekdays=tuple("lundi mardi mercredi jeudi vendredi samedi dimanche".split()),
    number_words={"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                  "neuf": 9, "dix": 10, "vingt": 20, "trente": 30, "cent": 100},
    spelled_numbers={**{w: n for n, w in enumerate("deux trois quatre cinq six sept huit neuf dix onze douze "
                                                    "treize quatorze quinze seize".split(), 2)},
                     **{w: 10 * n for n, w in enumerate("vingt trente quarante cinquante soixante".split(), 2)},
                     "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90,
                     "cent": 100},
    number_parts={"un": 1},  # 'vingt-et-un'; alone, 'un' is the article
    number_joiners=("-", "-et-", " et "),
    hundred_words=("cent", "cents"),
    fractions={"moitié": 0.5, "quart": 0.25, "trois-quarts": 0.75, "deux-tiers": 2 / 3},
    polarity={
        "interdit": -1, "interdite": -1, "interdits": -1, "interdire": -1, "interdiction": -1,
        "bloqué": -1, "bloquée": -1, "fermé": -1, "fermée": -1, "fermer": -1, "fermeture": -1,
        "suspendu": -1, "suspendue": -1, "autorisé": 1, "autorisée": 1, "autoriser": 1,
        "ouvert": 1, "ouverte": 1, "rouvert": 1, "rouverte": 1, "disponible": 1,
    },
    reversers=frozenset("levé levée levées lever lève fin supprimé supprimée annulé annulée".split()),
    direction={"hausse": 1, "augmenté": 1, "augmente": 1, "baisse": -1, "diminué": -1, "diminue": -1},
    quantity_concepts={**dict.fromkeys("morts mort décès décédés tués tuées victimes".split(), "dead"),
                       **dict.fromkeys("blessés blessées blessé".split(), "injured"),
                       **dict.fromkeys("inflation".split(), "inflation")},
    hedges=frozenset("attendu attendus attendue prévu prévus prévision prévisions contre comparé "
                     "précédent précédente estimé anticipé".split()),
    updates=frozenset("passé grimpé augmenté alourdi désormais maintenant révisé".split()),
    effective=("en vigueur", "s'appliqueront", "s'appliquera", "s'appliquent", "s’appliqueront", "s’appliquera"),
)
