"""English words for the checks; also what a language without its own reads."""

from service.stages.checks.lexicon import CheckWords

WORDS = CheckWords(
    negations=frozenset("not no never none nobody nothing neither nor without cannot n't".split()),
    # "never" in a record: "never such"; not "so", which is also "never said so".
    ever_words=frozenset({"never"}),
    degree_words=frozenset({"such"}),
    months=tuple("january february march april may june july august september october november december".split()),
    weekdays=tuple("monday tuesday wednesday thursday friday saturday sunday".split()),
    number_words={"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                  "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
                  "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12},
    spelled_numbers={**{w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve "
                                                    "thirteen fourteen fifteen sixteen seventeen eighteen "
                                                    "nineteen".split(), 1)},
                     **{w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty "
                                                        "ninety".split(), 2)},
                     "hundred": 100, "dozen": 12},
    hundred_words=("hundred",),
    hundred_joiners=(" ", " and ", "-"),
    fractions={"half": 0.5, "quarter": 0.25, "two-thirds": 2 / 3, "three-quarters": 0.75},
    polarity={
        "ban": -1, "banned": -1, "bans": -1, "banning": -1, "block": -1, "blocked": -1,
        "close": -1, "closed": -1, "closes": -1, "closing": -1, "shut": -1, "shuts": -1,
        "prohibit": -1, "prohibited": -1, "forbid": -1, "forbidden": -1, "forbids": -1,
        "suspend": -1, "suspended": -1, "halt": -1, "halted": -1, "outlaw": -1, "outlawed": -1,
        "allow": 1, "allowed": 1, "allows": 1, "permit": 1, "permitted": 1, "authorized": 1,
        "open": 1, "opened": 1, "reopen": 1, "reopened": 1, "unblocked": 1, "resume": 1,
        "resumed": 1, "legal": 1, "available": 1,
    },
    reversers=frozenset("lift lifted lifts lifting end ended ends remove removed overturn overturned "
                        "revoke revoked rescind rescinded drop dropped".split()),
    direction={"rise": 1, "rose": 1, "risen": 1, "rises": 1, "increase": 1, "increased": 1,
               "grew": 1, "grow": 1, "fall": -1, "fell": -1, "fallen": -1, "falls": -1,
               "decrease": -1, "decreased": -1, "drop": -1, "dropped": -1, "declined": -1},
    quantity_concepts={**dict.fromkeys("dead death deaths died killed killing kills fatalities toll".split(), "dead"),
                       **dict.fromkeys("injured injuries wounded hurt".split(), "injured"),
                       **dict.fromkeys("inflation".split(), "inflation")},
    hedges=frozenset("expected forecast forecasts estimate projected previous previously prior compared "
                     "versus against earlier target predicted anticipated".split()),
    updates=frozenset("rose risen climbed climbs rises increased now updated revised".split()),
    effective=("take effect", "takes effect", "took effect", "come into force", "comes into force",
               "go into effect", "goes into effect", "enter into force", "effective from"),
    capitalised_months=True,
)
