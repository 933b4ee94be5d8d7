"""A learned second opinion on ministry terms the rules leave to another country, or to none.

The rules in ``institutions`` place a "Foreign Ministry" or "Finance Minister" by country cues: a modifier, the
dateline, the sentence, a place frame, each with a fixed precedence. Where those cues point abroad or nowhere, MT
copy about the US still often means a US department, and a reader weighs several weak signals at once: whose story
the article is, whether the country named nearby is its subject or a place mentioned in passing, whether the
minister's name reads American ("Howard Kinsella") or not ("Tomasz Wierzbicki"). This module turns a candidate into
those signals and scores them with a logistic model trained by ``wirecheck train institutions`` on articles this
project wrote (``models/training/institutions``), with calques put in by the injection procedure. Pure Python at
run time: a dict of weights, no torch.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

if TYPE_CHECKING:
    from service.stages.artifacts.institutions import _Context

log = logging.getLogger(__name__)

WEIGHTS_FILE = Path(__file__).resolve().parents[3] / "models" / "weights" / "institutions-v9" / "weights.json"
# The same model with the encoder's reading of the term's sentences (institution_context) as more features: used
# when the caller passes that encoder, and by itself trained beside the plain one.
CONTEXT_WEIGHTS_FILE = WEIGHTS_FILE.with_name("weights-e5.json")
# The context model plus a language model's reading of the term as the US's or the story's other country's
# (institution_reading): used when the caller passes that model too (the llm extra; opt-in, see service/config.py).
READING_WEIGHTS_FILE = WEIGHTS_FILE.with_name("weights-e5-lm.json")
# The feature set the weights were trained for; a file of another version is refused, not misread.
FEATURE_VERSION = 8
# The name right after a title: given name, up to two middle names or initials, surname ("Helen Marquardt",
# "Rocío Santillán", "Chung Dae-ho", "John F. Keri").
_HOLDER = re.compile(r"\s+(?P<given>[A-ZÀ-Þ][^\W\d_]+)(?:\s+(?:[A-Z]\.|[A-ZÀ-Þ][^\W\d_]+)){0,2}"
                     r"\s+(?P<surname>[A-ZÀ-Þ][^\W\d_'’-]+(?:[-'’][^\W\d_]+)?)\b")
# A ministry's named spokesperson ("Trade Ministry spokeswoman Dana Whitlock"): whose the name sounds tells whose the
# ministry is, as a minister's does.
_SPOKESPERSON = re.compile(r"\s+spokes(?:man|woman|person)" + _HOLDER.pattern)
# Languages whose word lists say how English a name is: the margin of its English frequency over the highest of
# these (a reader's sense that "Howard Kinsella" reads American and "Tomasz Wierzbicki" does not). wordfreq's small
# lists: the large ones of these six languages take 1.8 s and 260 MB to load, the small ones 0.15 s and 18 MB, and a
# name rare in all of them (zipf < 3) reads as unknown, which is what it is.
_NAME_LANGUAGES = ("es", "pt", "fr", "de", "it", "pl")
# Romanised Chinese (pinyin), Korean and Japanese names are made of their syllables only ("Gao Hucheng", "Ahn
# Sung-min", "Kurosawa Takeshi"); the European word lists above know none of them. English names rarely are:
# "Howard" and "Kessler" are not, "Mike" is and "Pompeo" is, which is why this is one weak feature among many.
_PINYIN_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_PINYIN_FINAL = (r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui"
                 r"|er|a|o|e|i|u)")
_HANGUL = (r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?"
           r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|oi|a|e|i|o|u)(?:ng|[kntlmp])?")
_KANA = r"(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|j|[kgsztdnhbpmyrwf])?[aeiou]|n)"
# (first syllable, later syllables): only pinyin's first syllable may lack an initial.
_ROMANISED = tuple(re.compile(rf"(?:{first})(?:{syllable})*", re.IGNORECASE) for first, syllable in (
    (f"{_PINYIN_INITIAL}?{_PINYIN_FINAL}", f"{_PINYIN_INITIAL}{_PINYIN_FINAL}"),
    (_HANGUL, _HANGUL),
    (_KANA, _KANA),
))
# How common a given name is in the US (people per 100,000, 1990 census): "Jonathan" 157, "Mohammad" 4, "Sergei" and
# "Javad" none. Word frequency cannot tell these apart, since news English writes "Mohammad" as often as "Jonathan".
US_GIVEN_NAMES = Path(__file__).with_name("us_given_names.tsv")
# Countries whose office holders mostly bear English given names ("Foreign Minister Simon Coveney", "Finance Minister
# Charles Boateng"): near one of them an American-sounding name tells less, so it is a feature of its own there.
_ENGLISH_NAME_COUNTRIES = frozenset({"GB", "IE", "CA", "AU", "NZ", "ZA", "NG", "GH", "KE", "UG", "ZM", "ZW", "LR", "SL",
                                     "JM", "TT", "BS", "BB", "PH", "SG", "FJ", "PG", "GY", "BZ", "AG", "DM", "GD",
                                     "LC", "VC", "KN", "MW", "BW", "LS", "SZ", "NA", "GM", "SB", "MH", "FM"})
_CONGRESS = re.compile(r"\b(?:(?P<word>[\w.’'-]+)\s+)?Congress\b|\b(?:congressional|lawmakers|(?:Senate|House)\s+"
                       r"(?:\w+\s+){0,3}?(?:[Cc]ommittee|hearing|panel|bill|vote)|Sen\.|Rep\.|[DR]-[A-Z][a-z]*\.?)")
# "U.S. lawmakers", "American senators", "the U.S. Senate Foreign Relations Committee": the US qualifies what follows.
_US_BEFORE = re.compile(r"\b(?:U\.S\.|US|American|America['’]s|Washington['’]s)\s+(?:[\w-]+\s+)?$")
_CLAUSE = re.compile(r"[^;:.!?()\"“”]*")
_VISIT = re.compile(r"\b(?:arriv\w*|visit\w*|travel\w*|flew|fly\w*|land\w*|trip|tour\w*|headed|heading)"
                    r"\s+(?:\w+\s+){0,3}?(?:in|to|for)\b")
# What a clause is done to or with ("provide financing to the Philippines", "raised it with Georgian officials").
_ADDRESSED = re.compile(r"\b(?:to|with|for|toward|towards)\s+(?:[\w'’-]+\s+){0,2}$")
# What one side does to the other ("thanked Qatar", "pressed Georgia", "notified Mexico").
_HOST_OBJECT = re.compile(r"\b(?:thank(?:s|ed)?|prais(?:e|es|ed)|urg(?:e|es|ed)|press(?:es|ed)?|called\s+on|calls\s+on"
                          r"|welcom(?:e|es|ed)|criticiz(?:e|es|ed)|accus(?:e|es|ed)|sanction(?:s|ed)?|notif(?:y|ies|ied)"
                          r"|ask(?:s|ed)?|remind(?:s|ed)?|commend(?:s|ed)?|congratulat(?:e|es|ed))\s+(?:the\s+)?$")
# A country cue that modifies the noun after it ("urged Japanese citizens"), not one that is the object ("thanked
# Qatar for").
_MODIFIES_NOUN = re.compile(r"\s+(?!(?:for|to|on|over|in|at|after|as|with|and|or|but)\b)[a-z]")
# How far from a term its clause and the Congress around it are read.
_NEAR = 300
# How far from a term the rules (institutions.py imports this) and the second opinion read its sentence: no news
# sentence is longer, and a text of one endless sentence must not make every term rescan it.
REACH = 2000
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# Ministry names that belong to one country (or very few) in English copy: (pattern, owners).
_OWN_NAMES = ((re.compile(r"\bExternal\s+Affairs\b"), ("IN",)),)


@dataclass
class Candidate:
    """One ministry term the rules did not give to the US, with its features; ``label`` and ``as_written`` are set
    in training."""

    start: int
    end: int
    kind: str
    function: str
    rule_country: str | None
    rule_confidence: float
    features: dict[str, float] = field(default_factory=dict)
    label: bool | None = None
    as_written: bool | None = None  # set in training: a term of the article as written, not of an injected copy
    # Only the models that read the term's sentences judge it (the rules placed it abroad at 0.9, or as the office just
    # named for a foreign country); the plain model neither sees nor learns it.
    context_only: bool = False


@dataclass(frozen=True)
class ArticleFacts:
    """What every candidate of one article asks about the whole article, counted once (a long text with thousands
    of terms would otherwise recount its cues and bodies for each)."""

    cue_counts: Counter
    cues: int
    us_bodies: int
    other_bodies: int
    body_countries: frozenset[str]
    us_body_starts: dict[str, list[int]]  # function -> where the article names that US body, in order
    paragraph_breaks: list[int]  # where each blank line between paragraphs starts, in order
    us_cues_before: list[int]  # US cues among the first i cues (i = 0 .. all): a paragraph's share by bisection

    @classmethod
    def of(cls, ctx: _Context) -> ArticleFacts:
        us_starts: dict[str, list[int]] = {}
        for r in sorted(ctx.institutions, key=lambda r: r.start):
            if r.entry.country == "US" and r.entry.function:
                us_starts.setdefault(r.entry.function, []).append(r.start)
        us_bodies = sum(1 for r in ctx.institutions if r.entry.country == "US")
        return cls(Counter(c.country for c in ctx.cues), len(ctx.cues), us_bodies, len(ctx.institutions) - us_bodies,
                   frozenset(r.entry.country for r in ctx.institutions), us_starts,
                   [m.start() for m in _PARAGRAPH_BREAK.finditer(ctx.text)],
                   list(accumulate((c.country == "US" for c in ctx.cues), initial=0)))


def candidate_features(ctx: _Context, facts: ArticleFacts, start: int, end: int, kind: str, function: str,
                       rule_country: str | None, rule_confidence: float, just_named: bool = False) -> dict[str, float]:
    """Sparse features of the term at start:end: what the rules saw, whose story the article is, where the rules'
    country stands in it, the title holder's name, and the country cues around the term. (The words around it were
    tried as features too: out of fold they added calques found, and on other corpora they added false flags.)"""
    text = ctx.text
    s_start, s_end = ctx._sentence(start)
    p_start = ctx._previous_start(s_start)
    f: dict[str, float] = {f"kind={kind}": 1.0, f"function={function}": 1.0}
    style = ctx._style(rule_country) if rule_country else None
    if rule_country is None:
        f["rule=none"] = 1.0
    elif rule_country == "US":
        f["rule=us_unsure"] = 1.0
    else:
        f[f"rule={style or 'other'}"] = 1.0
        f[f"rule_conf>={0.9 if rule_confidence >= 0.9 else 0.8 if rule_confidence >= 0.8 else 0.6}"] = 1.0
    if just_named:
        # The same office was just named with a foreign country ("Turkey's Foreign Ministry said ... The Foreign
        # Ministry said"): the rules read it as that country's again.
        f["rule_just_named"] = 1.0
    # The article: whose story it is.
    f["us_share"] = ctx.us_share
    f["names_us"] = float(ctx.names_us)
    f[f"leading={_side(ctx, ctx.leading)}"] = 1.0
    f[f"dateline={_side(ctx, ctx.dateline)}"] = 1.0
    f["us_bodies"] = math.log1p(facts.us_bodies)
    f["other_bodies"] = math.log1p(facts.other_bodies)
    same = facts.us_body_starts.get(function, [])
    f["same_us_body_before"] = float(bool(same) and same[0] < start)
    f["same_us_body_after"] = float(bool(same) and same[-1] > end)
    # The same US body named by its own name from the sentence before to the sentence after ("The Ministry of
    # Finance had not responded to the request. A Treasury spokesman declined to comment"): the story is about
    # that body there, whoever else it names.
    n_end = ctx._sentence(s_end)[1]
    k = bisect_left(same, p_start)
    f["same_us_body_near"] = float(k < len(same) and same[k] < n_end)
    f[f"dominant={_side(ctx, ctx.dominant)}"] = ctx.dominant_conf
    # Read once, for the rules' country and for the US below: who acts first in the sentence before and in this one,
    # what the term's verb reports on, and the cues of the last 400 characters.
    first_actors = (ctx._first_actor(p_start, s_start), ctx._first_actor(s_start, start))
    said = ctx.said_about(end)
    recent = ctx._cues_in(max(0, start - 400), start)
    if rule_country is not None and rule_country != "US":
        # How much of the story the rules' country is: its subject, or a country named once in passing.
        named = facts.cue_counts[rule_country]
        f["rule_country_mentions"] = math.log1p(named)
        f["rule_country_share"] = named / max(1, facts.cues)
        f["rule_country_is_dateline"] = float(rule_country == ctx.dateline)
        f["rule_country_acted_on"] = float(rule_country in ctx.acted_on(end))
        f["rule_country_body_named"] = float(rule_country in facts.body_countries)
        # The country acting in the sentence before or in this one ("Ukraine opened an inquiry. The Justice Ministry
        # said"), or what the body speaks about ("the Commerce Ministry said China would retaliate").
        f["rule_country_first_actor"] = float(rule_country in first_actors)
        f["rule_country_said_about"] = float(any(c.country == rule_country for c in said))
        before = [c for c in recent if c.country == rule_country]
        if before:
            f["rule_country_distance"] = math.log1p(start - before[-1].end) / 6
            f["rule_country_person"] = float(before[-1].person)
    # The US acting in this sentence or the one before ("The United States sent the aid on Monday. The Foreign
    # Ministry said"), or what the body speaks about ("the Foreign Ministry said Washington would"), whatever country
    # the rules chose.
    f["us_first_actor"] = float("US" in first_actors)
    f["foreign_first_actor"] = float(any(_foreign(ctx, a) for a in first_actors))
    holder = _HOLDER.match(text, end) if kind == "minister" else _SPOKESPERSON.match(text, end)
    # What the term's verb reports on, past the title holder's name ("Foreign Minister Javad Zarif said Iran would").
    reported = {c.country for c in (ctx.said_about(holder.end()) if holder else said)}
    f["us_said_about"] = float("US" in reported)
    f["foreign_said_about"] = float(any(_foreign(ctx, c) for c in reported))
    f["us_person_before"] = float(any(c.country == "US" and c.person
                                      for c in ctx._cues_in(max(s_start, start - REACH), start)))
    us_before = [c for c in recent if c.country == "US"]
    if us_before:
        f["us_distance"] = math.log1p(start - us_before[-1].end) / 6
    # The paragraph's own balance: a US story's paragraph about a foreign capital, or a foreign story's about the US.
    k = bisect_right(facts.paragraph_breaks, start)
    p_from = facts.paragraph_breaks[k - 1] if k else 0
    after = bisect_left(facts.paragraph_breaks, end)
    p_to = facts.paragraph_breaks[after] if after < len(facts.paragraph_breaks) else len(text)
    first, last = bisect_left(ctx.cue_starts, p_from), bisect_left(ctx.cue_starts, p_to)
    if last > first:
        f["paragraph_us_share"] = (facts.us_cues_before[last] - facts.us_cues_before[first]) / (last - first)
    owners = _owners_of(text[start:end])
    if owners:
        # A body's name only some countries use, in a story that names none of them, is not theirs.
        f["form_owner_named"] = float(any(facts.cue_counts[c] for c in owners))
        f["form_owner_absent"] = 1.0 - f["form_owner_named"]
    # The term's own clause sends its holder or official abroad ("Trade Minister Ellen Ward, who arrived in Lima on
    # Monday", "a Trade Ministry delegation traveling to Hanoi"): a visitor there, so not that country's. (Read within
    # _NEAR characters, like the Congress below: a text of one endless sentence must not make every term scan it.)
    clause = _CLAUSE.match(text, end, min(s_end, end + _NEAR))
    clause_end = clause.end() if clause else end
    visit = _VISIT.search(text, end, clause_end)
    if visit and any(_foreign(ctx, c.country) for c in ctx._cues_in(visit.end(), clause_end)):
        f["visits_foreign"] = 1.0
    # The host (the rules' country or the dateline's) is whom the term's clause addresses ("The Ministry of Foreign
    # Affairs said it would provide $180 million ... to the Philippines" in a Manila story): the other side.
    host = {c for c in (rule_country, ctx.dateline) if c not in (None, "US")}
    host_cues = [c for c in ctx._cues_in(end, clause_end) if c.country in host] if host else []
    if any(_ADDRESSED.search(text, max(end, c.start - 40), c.start) for c in host_cues):
        f["host_addressed"] = 1.0
    # ... or the object of what the term's holder or body does ("Foreign Minister Daniel Whitcombe thanked Qatar for
    # what he called patient diplomacy" in a Doha story).
    if any(_HOST_OBJECT.search(text, max(end, c.start - 30), c.start) and not _MODIFIES_NOUN.match(text, c.end)
           for c in host_cues):
        f["host_object"] = 1.0
    named_after = ctx.foreign_office_named_after(end, function, kind == "minister")
    if named_after is not None:
        f["same_office_named_after"] = 1.0
        f["same_office_named_after_is_rule"] = float(named_after == rule_country)
    # Congress oversees only US departments ("a Senate Armed Services Committee hearing on the Defense Ministry's
    # budget", "the bill would require the Finance Ministry to").
    f["congress_in_sentence"] = float(_congress_in(text, max(s_start, start - _NEAR), min(s_end, end + _NEAR),
                                                   ctx.host_legislature))
    if holder:
        f["holder"] = 1.0
        if kind != "minister":
            f["holder_spokesperson"] = 1.0
        f["holder_given_english"] = _english_margin(holder.group("given"))
        f["holder_surname_english"] = _english_margin(holder.group("surname"))
        f["holder_not_ascii"] = float(not holder.group().isascii())
        f["holder_east_asian"] = float(_romanised(holder.group("given"), holder.group("surname")))
        # (An English-name country in the paragraph or the sentence before, up to the end of this one.)
        around = ctx._cues_in(max(min(p_start, p_from), start - REACH), min(s_end, end + REACH))
        english_nearby = any(c.country in _ENGLISH_NAME_COUNTRIES for c in around)
        f["holder_given_us_near_english" if english_nearby else "holder_given_us"] = _us_given_name(
            holder.group("given"))
    # The neighbourhood: foreign and US country cues in the sentence and the one before (within REACH characters,
    # as the rules read a sentence: an endless one must not make every term list all its cues).
    for name, (a, b) in {"before": (s_start, start), "after": (end, s_end), "previous": (p_start, s_start)}.items():
        cues = ctx._cues_in(max(a, start - REACH), min(b, end + REACH))
        foreign = [c for c in cues if _foreign(ctx, c.country)]
        f[f"foreign_{name}"] = float(bool(foreign))
        f[f"us_{name}"] = float(any(c.country == "US" for c in cues))
        if foreign:
            f[f"foreign_{name}_place"] = float(all(ctx._place(c) for c in foreign))
    return f


def _foreign(ctx: _Context, country: str | None) -> bool:
    """A country other than the US whose bodies are ministries (whose "Foreign Ministry" the term could be)."""
    return country is not None and country != "US" and ctx._style(country) == "ministry"


def _congress_in(text: str, start: int, end: int, host: str | None = None) -> bool:
    """The US legislature named in start:end: "Congress" alone, after a lower-case word or "U.S." (not "the Nigeria
    Labour Congress" or "the Indian National Congress"), a lawmaker's title, a committee or a party-state tag.

    In a story datelined abroad (``host`` "parliament" or "congress", by what the host's legislature is called), the
    lawmakers are the host's unless the copy says American ("Finance Minister Veronica Ciobanu told lawmakers" in
    Chisinau); where the host has a Congress ("BOGOTÁ, Colombia —") its Congress, Senate and House are its own too.
    A lawmaker's "Sen."/"Rep." title and a party-state tag stay American."""
    for m in _CONGRESS.finditer(text, start, end):
        found, word = m.group(), m.group("word")
        if found.endswith("Congress"):
            american = not word or word[0].islower() or word in ("U.S.", "US")
            if american and host == "congress" and word not in ("U.S.", "US"):
                american = bool(_US_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        elif found.startswith(("congressional", "lawmakers")) and host is not None \
                or found.startswith(("Senate", "House")) and host == "congress":
            american = bool(_US_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        else:
            american = True
        if american:
            return True
    return False


def _owners_of(term: str) -> tuple[str, ...]:
    """The countries whose own body is called by this name, when only a few are: "External Affairs" is India's
    foreign ministry (other countries' foreign ministries are "Foreign Affairs"), so in English copy that never
    names India it is a rendering of some other country's body."""
    return next((owners for pattern, owners in _OWN_NAMES if pattern.search(term)), ())


def _romanised(*names: str) -> bool:
    """Every part of every name is a run of one East Asian romanisation's syllables."""
    parts = [p for name in names for p in re.split(r"[-'’]", name) if p]
    return bool(parts) and any(all(pattern.fullmatch(p) for p in parts) for pattern in _ROMANISED)


@lru_cache(maxsize=4096)
def _english_margin(name: str) -> float:
    """How much more frequent the name is in English than in the most frequent of _NAME_LANGUAGES, scaled to
    [-1, 1] (zipf units / 3): "Howard" > 0, "Tomasz" < 0, a name no list knows 0."""
    word = name.lower()
    english = zipf_frequency(word, "en", wordlist="small")
    other = max(zipf_frequency(word, lang, wordlist="small") for lang in _NAME_LANGUAGES)
    return max(-3.0, min(3.0, english - other)) / 3


def _us_given_name(name: str) -> float:
    """How American a given name is, from 0 (no US census name) to 1 (about one person in 300 or more bears it), on
    a log scale: "Helen" 1.0, "Jonathan" 0.88, "Madeline" 0.57, "Mohammad" 0.28. Spelt as written: "José" is not
    the census's "Jose", and US copy often keeps a Latin American minister's accent."""
    per_100k = us_given_names().get(name.capitalize(), 0.0)
    return min(1.0, math.log10(1.0 + per_100k) / 2.5)


def common_us_given_name(word: str, per_100k: float) -> bool:
    """The word, written as a name ("Diane", not "DIANE" or "diane"), is a US given name borne by at least
    ``per_100k`` people in 100,000."""
    return word[:1].isupper() and word[1:].islower() and us_given_names().get(word, 0.0) >= per_100k


@lru_cache(maxsize=1)
def us_given_names() -> dict[str, float]:
    """Given name -> people per 100,000 Americans who bear it (1990 census, vendored beside this module)."""
    names: dict[str, float] = {}
    try:
        text = US_GIVEN_NAMES.read_text(encoding="utf-8")
    except OSError as exc:  # package data beside this module: missing only from a broken install
        raise RuntimeError(f"cannot read {US_GIVEN_NAMES} ({exc}); reinstall wirecheck") from exc
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, per_100k = line.split("\t")
            names[name] = float(per_100k)
    return names


def _side(ctx: _Context, country: str | None) -> str:
    if country is None:
        return "none"
    return "us" if country == "US" else (ctx._style(country) or "other")


@dataclass(frozen=True)
class InstitutionScorer:
    """A logistic model over ``candidate_features``: p(the term is the MT wording of a US department)."""

    version: str
    weights: dict[str, float]
    bias: float
    threshold: float
    # The encoder whose context features (institution_context) the weights read, their dimensions and scale;
    # None for the plain model.
    encoder: str | None = None
    context_dim: int = 0
    context_scale: float = 1.0
    # The language model whose readings (institution_reading) the weights read, and their scale; None for the others.
    reader: str | None = None
    reading_scale: float = 1.0

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def says_us(self, features: dict[str, float]) -> bool:
        return self.probability(features) >= self.threshold

    def to_json(self) -> dict:
        out = {"version": self.version, "feature_version": FEATURE_VERSION, "bias": self.bias,
               "threshold": self.threshold, "weights": self.weights}
        if self.encoder:
            out.update(encoder=self.encoder, context_dim=self.context_dim, context_scale=self.context_scale)
        if self.reader:
            out.update(reader=self.reader, reading_scale=self.reading_scale)
        return out


def read_scorer(path: Path) -> InstitutionScorer:
    """The scorer in ``path``; ValueError naming the file when it is not one of this feature version."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("feature_version") != FEATURE_VERSION:
            raise ValueError(f"feature version {data.get('feature_version')!r}, this code reads {FEATURE_VERSION}")
        return InstitutionScorer(str(data["version"]), {str(k): float(v) for k, v in data["weights"].items()},
                                 float(data["bias"]), float(data["threshold"]), data.get("encoder"),
                                 int(data.get("context_dim", 0)), float(data.get("context_scale", 1.0)),
                                 data.get("reader"), float(data.get("reading_scale", 1.0)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"cannot read the institution scorer {path}: {exc}") from exc


@lru_cache(maxsize=1)
def context_scorer() -> InstitutionScorer | None:
    """The shipped context model (or the file ``WIRECHECK_INSTITUTION_CONTEXT_SCORER`` names), read once; None,
    with one warning, when it is missing or unreadable, or when the second opinion is off: the plain one serves."""
    if os.environ.get("WIRECHECK_INSTITUTION_SCORER", "").strip().lower() == "off":
        return None
    scorer = _scorer_named_by("WIRECHECK_INSTITUTION_CONTEXT_SCORER", CONTEXT_WEIGHTS_FILE,
                              "the plain second opinion")
    if scorer is not None and (not scorer.encoder or scorer.context_dim < 1):
        log.warning("%s names no encoder; institution terms use the plain second opinion",
                    os.environ.get("WIRECHECK_INSTITUTION_CONTEXT_SCORER", "").strip() or CONTEXT_WEIGHTS_FILE)
        return None
    return scorer


@lru_cache(maxsize=1)
def reading_scorer() -> InstitutionScorer | None:
    """The shipped reading model (or the file ``WIRECHECK_INSTITUTION_READING_SCORER`` names), read once; None, with
    one warning, when it is missing or unreadable or names no reader, or when the second opinion is off: the context
    model serves."""
    if os.environ.get("WIRECHECK_INSTITUTION_SCORER", "").strip().lower() == "off":
        return None
    scorer = _scorer_named_by("WIRECHECK_INSTITUTION_READING_SCORER", READING_WEIGHTS_FILE, "the context model")
    if scorer is not None and (not scorer.reader or not scorer.encoder):
        log.warning("%s names no reader or encoder; institution terms use the context model",
                    os.environ.get("WIRECHECK_INSTITUTION_READING_SCORER", "").strip() or READING_WEIGHTS_FILE)
        return None
    return scorer


@lru_cache(maxsize=1)
def default_scorer() -> InstitutionScorer | None:
    """The shipped scorer (or the file ``WIRECHECK_INSTITUTION_SCORER`` names; "off" for the rules alone), read
    once; None, with one warning, when the file is missing or unreadable, since a missing second opinion must never
    stop an analysis."""
    return _scorer_named_by("WIRECHECK_INSTITUTION_SCORER", WEIGHTS_FILE, "the rules alone")


def _scorer_named_by(variable: str, shipped: Path, instead: str) -> InstitutionScorer | None:
    """The scorer in the file the environment ``variable`` names, else ``shipped``; None for "off", and None with
    one warning saying what judges ``instead`` when the file cannot be read."""
    chosen = os.environ.get(variable, "").strip()
    if chosen.lower() == "off":
        return None
    try:
        return read_scorer(Path(chosen) if chosen else shipped)
    except ValueError as exc:
        log.warning("%s; institution terms use %s (reinstall wirecheck or run `wirecheck train institutions`)",
                    exc, instead)
        return None
