"""Finds cue words and phrases (said, according to, laut, selon, según …) in one linear pass."""

from __future__ import annotations

from dataclasses import dataclass

from service.languages.common import PARTICIPLE_ENDINGS
from service.stages.quotes.lexicon import Lexicon
from service.tokens import TokenIndex


@dataclass(slots=True)
class Cue:
    lo: int  # token range, hi exclusive
    hi: int
    kind: str  # verb | belief | source (precedes the source) | post (follows the source)
    text: str

    @property
    def is_participle(self) -> bool:
        """The cue's first word is a participle ('saying'); the endings are shared by every
        language (a cue carries no lexicon)."""
        return self.text.split(" ", 1)[0].endswith(PARTICIPLE_ENDINGS)


def _phrase_table(lex: Lexicon) -> dict[str, list[tuple[list[str], str]]]:
    table: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, kind in ([(p, "source") for p in lex.source_preps]
                         + [(p, "post") for p in lex.source_posts]
                         + [(p, "verb") for p in lex.phrases]):
        words = phrase.split()
        table.setdefault(words[0], []).append((words, kind))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


def find_cues(index: TokenIndex, lex: Lexicon) -> list[Cue]:
    """Cue occurrences in token order; multi-word phrases win over their first word."""
    table = _phrase_table(lex)
    tokens = index.tokens
    cues: list[Cue] = []
    i, n = 0, len(tokens)
    while i < n:
        low = tokens[i].low
        matched = False
        for words, kind in table.get(low, ()):
            end = i + len(words)
            if end <= n and all(tokens[i + k].low == w for k, w in enumerate(words)) and (
                tokens[end - 1].sent == tokens[i].sent
            ):
                if kind == "verb" and words[0] in lex.medium_openers:  # 'in a statement'
                    break
                if kind == "source" and lex.verb_second and (
                        end >= n or tokens[end].sent != tokens[i].sent
                        or tokens[end].text in ",.;:!?)"):
                    break  # 'Vorwürfe wurden laut.': the adjective, no source follows
                if kind == "source" and i > 0 and tokens[i - 1].sent == tokens[i].sent and (
                        tokens[i - 1].low in lex.noun_determiners):
                    break  # 'o segundo gol', 'il secondo trimestre': the ordinal, not a source
                cues.append(Cue(i, end, kind, " ".join(words)))
                i, matched = end, True
                break
        if matched:
            continue
        nouns = lex.noun_sources.get(low)
        if nouns:
            # German compounds count too: 'nach Polizeiangaben'.
            hit = next((k for k in range(i + 1, min(n, i + 4))
                        if tokens[k].low.endswith(tuple(nouns))
                        and tokens[k].sent == tokens[i].sent), None)
            if hit is not None:
                cues.append(Cue(i, hit + 1, "source", " ".join(t.low for t in tokens[i:hit + 1])))
                i = hit + 1
                continue
        if low == lex.study_prep and (hit := _study(tokens, i, lex)) is not None:
            cues.append(Cue(i, hit + 1, "source", " ".join(t.low for t in tokens[i:hit + 1])))
            i = hit + 1
            continue
        if low in lex.comma_sources:
            k = i - 1
            while k >= 0 and tokens[k].text in "”“\"»«’":
                k -= 1
            if k >= 0 and tokens[k].text == "," and tokens[k].sent == tokens[i].sent and (
                    _names_next(tokens, i + 1, lex)):
                cues.append(Cue(i, i + 1, "source", low))
            i += 1
            continue
        if (lex.colon_quotes and tokens[i].text == ":" and 0 < i < n - 1
                and tokens[i + 1].text in "„»«\"“" and tokens[i - 1].is_cap
                and not (cues and tokens[cues[-1].lo].sent == tokens[i].sent)
                and _long_quote(tokens, i + 1)):
            # German 'Bundesinnenminister Schäuble: „…“': a colon right before an opening
            # quote mark attributes the quote to the name before it, when no cue word
            # ('sagte: „…“') precedes it in the sentence and the quote is a statement, not a
            # title ('Codename: „Maelstrom“').
            cues.append(Cue(i, i + 1, "verb", ":"))
        elif low in lex.cues and not (
                i + 1 < n and tokens[i + 1].low in lex.compounds.get(low, ())):
            kind = "belief" if low in lex.belief else "verb"
            cues.append(Cue(i, i + 1, kind, low))
        elif low in lex.judgement_cues and _judgement_follows(tokens, i, lex.judgement_word):
            cues.append(Cue(i, i + 1, "verb", low))
        elif low in lex.trailing and _follows_closing_quote(tokens, i):
            cues.append(Cue(i, i + 1, "verb", low))
        elif low in lex.separable and _particle_closes(tokens, i, low, lex):
            cues.append(Cue(i, i + 1, "verb", low))
        i += 1
    return [cue for cue in cues if not asks_anonymity(tokens, cue.hi)]


# A cue that asks not to be named frames nothing ('who asked not to be identified', 'qui a souhaité garder
# l'anonymat', 'que pidió mantener el anonimato'); English says it without the word.
_UNNAMED = ("not to be named", "not to be identified", "not to be quoted", "to be named", "to be identified")
_ANONYMOUS = ("anonym", "anonim", "анонимн")
_REQUEST_WORDS = 4


def asks_anonymity(tokens, hi: int) -> bool:
    """The words right after a cue ask for anonymity."""
    sent = tokens[hi - 1].sent if hi > 0 else 0
    words = [t.low for t in tokens[hi:hi + _REQUEST_WORDS + 1] if t.is_word and t.sent == sent]
    return " ".join(words).startswith(_UNNAMED) or any(w.startswith(_ANONYMOUS) for w in words[:_REQUEST_WORDS])


_STUDY_WINDOW = 7  # 'in a Des Moines Register/Bloomberg Politics poll'


def _study(tokens, i: int, lex: Lexicon) -> int | None:
    """The study noun closing 'in a new Fox News poll', or None. A particular study only: a
    name or a word like 'latest' sits in between ('in the polls' vouches for nothing)."""
    sent = tokens[i].sent
    for k in range(i + 2, min(len(tokens), i + _STUDY_WINDOW)):
        tok = tokens[k]
        if tok.sent != sent or not tok.is_word:
            return None
        if tok.low in lex.study_nouns:
            between = tokens[i + 1:k]
            named = any(t.is_cap or t.low in lex.study_modifiers for t in between)
            return k if named else None
    return None


_JUDGEMENT_WINDOW = 7  # 'see the campaign of Donald Trump as …'


def _judgement_follows(tokens, i: int, word: str) -> bool:
    """'as' a few words after the verb's object, within its clause: 'see him as a uniter'."""
    sent = tokens[i].sent
    for k in range(i + 2, min(len(tokens), i + 2 + _JUDGEMENT_WINDOW)):
        tok = tokens[k]
        if tok.sent != sent or not tok.is_word:
            return False
        if tok.low == word:
            return True
    return False


_TRAILING_WINDOW = 6  # '…,'' Mr. Lindsey Graham continued'


def _follows_closing_quote(tokens, i: int) -> bool:
    """'…,” he continued': a quote closed by , . ! or ? a few words back in this sentence."""
    sent = tokens[i].sent
    for k in range(i - 1, max(0, i - _TRAILING_WINDOW) - 1, -1):
        tok = tokens[k]
        if tok.sent != sent:
            return False
        if tok.text in "”\"»'’" and k > 0 and tokens[k - 1].text in ",.!?'":
            return True
    return False


_TITLE_WORDS = 5


def _long_quote(tokens, opener: int) -> bool:
    """More than a title's worth of words before the quote closes."""
    for k in range(opener + 1, min(len(tokens), opener + _TITLE_WORDS + 2)):
        if tokens[k].text in "“”«»\"":
            return False
    return True


def _names_next(tokens, j: int, lex: Lexicon) -> bool:
    """German ', so X': a name, an article or a cue follows ('so Schnappauf', 'so der
    Minister'), not ', so dass …', ', so zum Beispiel …', ', so lange …'."""
    if not lex.verb_second or not lex.capital_nouns:
        return True  # only German capitalises its nouns; Dutch ', aldus fractieleider X' names in lower case
    if j >= len(tokens) or tokens[j].sent != tokens[j - 1].sent:
        return False
    tok = tokens[j]
    return tok.is_word and (tok.is_cap or tok.low in lex.determiners or tok.low in lex.cues)


def _particle_closes(tokens, i: int, form: str, lex: Lexicon) -> bool:
    """The separable particle ends the verb's clause ('geht … aus.', 'gab … an,'), or stands right before the
    content's complementizer where no comma sets it off (Dutch 'laat in een reactie weten dat …'). Where the
    pair needs a word between ('geht von … aus'), one stands there."""
    sent = tokens[i].sent
    for k in range(i + 1, min(len(tokens), i + 40)):
        tok = tokens[k]
        if tok.sent != sent or tok.text in ",;:.!?":
            return False
        if tok.low in lex.separable[form] and (
                k + 1 >= len(tokens) or tokens[k + 1].sent != sent
                or tokens[k + 1].text in ",;:.!?" or tokens[k + 1].low in lex.complementizers):
            needs = lex.separable_needs.get((form, tok.low))
            return needs is None or any(t.low.endswith(needs) for t in tokens[i + 1:k])
    return False
