"""Corruption procedures for the injected-artifact benchmark, kept apart from the detector's logic.

Everything here *makes* artifacts: transliteration-like spelling changes, the ministry/minister
wording MT gives US departments, ways MT garbles agency names, brand splitting and foreign quote
marks. The detector never imports this module.
"""

from __future__ import annotations

import random
import re

from wordfreq import zipf_frequency

# Spelling changes transcription systems (French, German, Spanish, Russian, Arabic...) make to names.
TRANSLITERATION = [
    (r"C(?=[aou])", "K"), (r"c(?=[aou])", "k"), (r"ck", "k"), (r"k", "c"), (r"ll", "l"),
    (r"(?<=[aeiou])l(?=[aeiou])", "ll"),
    (r"y\b", "i"), (r"(?<=[^aeiou])i\b", "y"), (r"ie", "i"), (r"W", "V"), (r"w", "v"), (r"ph", "f"), (r"f", "ph"),
    (r"sh", "ch"), (r"(?<=[a-z])ch", "tch"), (r"J", "Dj"), (r"j", "dj"), (r"oo", "ou"),
    (r"(?<=[^aeiou])u(?=[^aeiou])", "ou"),
    (r"ee", "i"), (r"s\b", "z"), (r"x", "ks"), (r"th", "t"), (r"ss", "s"), (r"tt", "t"), (r"rr", "r"), (r"nn", "n"),
    (r"mm", "m"), (r"(?<=[bcdfgklmnprstvz])\b", "e"), (r"e\b", ""), (r"(?<=[a-z])o(?=[a-z])", "u"), (r"ou", "u"),
    (r"Ch", "Sh"), (r"Q", "K"), (r"q", "k"), (r"v", "w"), (r"(?<=[a-z])ei", "ai"), (r"z", "s"),
]

# US executive departments as English copy names them, and what MT from ministry languages makes of them.
DEPARTMENTS = {
    "foreign": (r"(?:State Department|Department of State)", [
        "Ministry of Foreign Affairs", "Foreign Ministry", "Foreign Affairs Ministry", "Ministry of External Affairs",
    ]),
    "justice": (r"(?:Justice Department|Department of Justice)", ["Ministry of Justice", "Justice Ministry"]),
    "finance": (r"(?:Treasury Department|Department of the Treasury)", ["Ministry of Finance", "Finance Ministry"]),
    "defense": (r"(?:Defense Department|Department of Defense)", [
        "Ministry of Defense", "Defense Ministry", "Ministry of Defence", "Ministry of National Defense",
    ]),
    "commerce": (r"(?:Commerce Department|Department of Commerce)", ["Ministry of Commerce", "Commerce Ministry",
                                                                     "Ministry of Trade", "Trade Ministry"]),
    "energy": (r"(?:Energy Department|Department of Energy)", ["Ministry of Energy", "Energy Ministry"]),
    "education": (r"(?:Education Department|Department of Education)", ["Ministry of Education", "Education Ministry"]),
    "labor": (r"(?:Labor Department|Department of Labor)", ["Ministry of Labor", "Labour Ministry"]),
}
TITLES = {
    r"Secretary of State": ["Foreign Minister", "Minister of Foreign Affairs", "Foreign Affairs Minister"],
    r"Attorney General": ["Justice Minister", "Minister of Justice"],
    r"(?:Treasury Secretary|Secretary of the Treasury)": ["Finance Minister", "Minister of Finance"],
    r"(?:Defense Secretary|Secretary of Defense)": ["Defense Minister", "Minister of Defense"],
    r"Commerce Secretary": ["Commerce Minister", "Trade Minister"],
}
# Held-out MT wordings (French, Spanish, German, Russian, Chinese sources), never used to tune the
# detector: the "heldout" style injects these instead, to show whether the fixes generalise.
DEPARTMENTS_HELDOUT = {
    "foreign": ["Ministry for Foreign Affairs", "Department of Foreign Affairs", "Ministry of Foreign Relations",
                "Ministry of External Relations", "External Affairs Ministry"],
    "justice": ["Ministry for Justice", "Ministry of Law and Justice"],
    "finance": ["Ministry of Economy and Finance", "Ministry of the Economy and Finance", "Ministry of Finances",
                "Treasury Ministry", "Ministry of the Treasury"],
    "defense": ["Ministry of the Armed Forces", "Armed Forces Ministry", "Defence Ministry", "Ministry for Defence"],
    "commerce": ["Ministry of Foreign Trade", "Ministry of Industry and Commerce", "Ministry of Commerce and Industry",
                 "Ministry for Trade"],
    "energy": ["Ministry for Energy", "Ministry of Energy and Mines"],
    "education": ["Ministry of National Education", "Ministry of Public Education"],
    "labor": ["Ministry of Employment", "Ministry of Labour and Employment", "Ministry of Work"],
}
TITLES_HELDOUT = {
    r"Secretary of State": [
        "Minister for Foreign Affairs", "External Affairs Minister", "Minister of External Relations",
    ],
    r"Attorney General": ["Minister for Justice", "Minister of Law and Justice"],
    r"(?:Treasury Secretary|Secretary of the Treasury)": ["Minister of Economy and Finance", "Minister of Finances",
                                                         "Treasury Minister"],
    r"(?:Defense Secretary|Secretary of Defense)": ["Minister of the Armed Forces", "Defence Minister"],
    r"Commerce Secretary": ["Minister of Commerce", "Minister of Foreign Trade"],
}

# Generic words MT leaves in a source language, and the demonyms of agencies' home countries.
AGENCY_WORD = ["Agencia", "Agentur", "Agence", "Agenzia"]
PRESS_WORD = {"Press": ["Presse", "Prensa", "Stampa"], "News": ["Nachrichten", "Noticias"]}
DEMONYM = {"US": "American", "FR": "French", "GB": "British", "DE": "German", "ES": "Spanish", "IT": "Italian",
           "CN": "Chinese", "RU": "Russian", "JP": "Japanese", "KR": "South Korean", "TR": "Turkish"}

# Quote marks of other languages, (opening, closing).
FOREIGN_QUOTES = [("«", "»"), ("« ", " »"), ("«\u00a0", "\u00a0»"), ("„", "“"), ("»", "«")]


def transliterate(name: str, rng: random.Random, changes: int | None = None) -> str:
    """One or two transliteration-like spelling changes to a name (never returns it unchanged)."""
    for _ in range(20):
        out = name
        for _ in range(changes or rng.choice((1, 1, 2))):
            options = [(p, r) for p, r in TRANSLITERATION if re.search(p, out)]
            if not options:
                break
            pattern, repl = rng.choice(options)
            spots = list(re.finditer(pattern, out))
            spot = rng.choice(spots)
            out = out[: spot.start()] + repl + out[spot.end() :]
        if out != name and out[:1].isupper() and len(out) >= 3:
            return out
    return name[:-1] + name[-1] * 2 if len(name) > 3 else name


def split_brand(name: str, rng: random.Random) -> str | None:
    """A one-word brand split in two: at its inner capital ("You Tube") or between two words ("Face book")."""
    inner = [i for i in range(1, len(name)) if name[i].isupper() and name[i - 1].islower()]
    if inner:
        return name[: inner[0]] + " " + name[inner[0] :]
    if len(name) < 6 or not name.isalpha():
        return None
    best = max(range(3, len(name) - 2),
               key=lambda i: min(zipf_frequency(name[:i], "en"), zipf_frequency(name[i:], "en")))
    right = name[best:]
    return name[:best] + " " + (right.capitalize() if rng.random() < 0.5 else right)


def agency_variant(name: str, aliases: list[str], country: str, rng: random.Random) -> str:
    """A garbled agency name: a foreign generic word, a translated word, swapped order, a respelling or a demonym."""
    long_name = next((a for a in aliases if " " in a and not a.lower().startswith("the ")), None)
    procedures = ["prefix", "respell"]
    if long_name and any(w in long_name.split() for w in PRESS_WORD):
        procedures.append("translate")
    if long_name and len(long_name.split()) == 2:
        procedures.append("swap")
    if country in DEMONYM:
        procedures.append("demonym")
    procedure = rng.choice(procedures)
    if procedure == "prefix":
        return f"{rng.choice(AGENCY_WORD)} {name}"
    if procedure == "translate" and long_name:  # (chosen only with a long name)
        words = long_name.split()
        i = next(k for k, w in enumerate(words) if w in PRESS_WORD)
        words[i] = rng.choice(PRESS_WORD[words[i]])
        return " ".join(words)
    if procedure == "swap" and long_name:
        a, b = long_name.split()
        return f"{b} {a}"
    if procedure == "demonym":
        return f"{DEMONYM[country]} {rng.choice(['Press Agency', 'News Agency'])}"
    spelled = long_name or name
    if spelled.isalpha() or " " in spelled:
        return transliterate(spelled, rng)
    return f"{rng.choice(AGENCY_WORD)} {name}"
