"""Claims in a script written without spaces between words (Chinese), read over characters.

The token rules walk words, and the token layer cuts a Chinese clause into one run of letters, so
'李明华表示' is one "word" to them and its cue is never seen. Here cues are found inside the text,
the speaker is the phrase between the clause's start and its cue (less the time, place, medium
and addressee phrases that sit there in Chinese word order), and the content runs from the cue to
the sentence's end. Quote marks come from the shared pairing (marks.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from service.contracts import Claim, Document, Speaker
from service.stages.dateline import dateline_span
from service.stages.quotes.marks import QuoteSpan
from service.stages.quotes.worthiness import score

if TYPE_CHECKING:
    from service.stages.quotes.lexicon import Lexicon

# A speaker phrase never crosses these; a clause starts after one.
# Quote marks and brackets too: a stray opener left unpaired ('“李娜说') is not part of the speaker.
_CLAUSE_BREAKS = frozenset("，,；;：:。！？!?、\n“”「」『』（）()\"")
_SENTENCE_ENDS = frozenset("。！？!?\n")
_OPENERS = frozenset("“「『\"")
_CONTENT_EDGE = "，,；;：:。！？!?、 \u3000"
_MIN_CONTENT = 5  # '表示欢迎' reports an attitude, not a statement: a content needs a clause
_MAX_SPEAKER = 40
_SHORT_TERM = 4  # an embedded quote this short names something ('“实体清单”')
_INHERIT_PARAGRAPHS = 3
_BEFORE_WINDOW = 8  # longer than any opener ('也有') the clause test strips
_HOST_LOOKBACK = 8  # frames starting before a quote that may hold it (a sentence has a few)


@dataclass(frozen=True)
class UnspacedRules:
    """The phrases Chinese puts between a speaker and its cue, and around a source."""

    # Patterns (regular-expression alternatives) stripped from the end of a speaker phrase.
    times: tuple[str, ...] = ()
    adverbs: tuple[str, ...] = ()
    # '在 … 上/时/中' (at the press conference, in the statement): the place word ends the phrase.
    adjunct_opener: str = "在"
    adjunct_ends: tuple[str, ...] = ()
    # '对记者' (to reporters): the preposition and the noun that ends the addressee.
    addressee_preps: tuple[str, ...] = ()
    addressee_nouns: tuple[str, ...] = ()
    # '发表声明' (issued a statement): a medium the speaker used; verbs before it are dropped too.
    medium_verbs: tuple[str, ...] = ()
    medium_nouns: tuple[str, ...] = ()
    # '也有专家' (some experts too): existential openers stripped from the phrase's start.
    openers: tuple[str, ...] = ()
    # Words between a name and its office that make the office a group's ('农业农村部一位官员').
    member_words: tuple[str, ...] = ()
    # Nouns after a source ('据路透社报道'): the source's act, not its name.
    source_acts: tuple[str, ...] = ()
    # Cues that give no speaker of their own when nothing precedes them ('据悉', '据了解').
    agentless: tuple[str, ...] = ()
    # Subjects that name no source ('数据显示，…'): their frame is no claim.
    unsourced: tuple[str, ...] = ()
    # Characters of a transliterated foreign name ('安东尼·布林肯').
    name_joiners: str = "·•"
    max_name: int = 4  # characters of a Chinese given and family name after a title


def unspaced_claims(doc: Document, quotes: list[QuoteSpan], lex: Lexicon) -> list[Claim]:
    """Every claim of ``doc``: cue frames, source frames, quotes with a tag, and the quotes left."""
    # A quote whose closing mark never came ran to its paragraph's end (marks.py); here it would hide
    # every cue after it, so the stray mark is read as noise and the frames around it as usual.
    closed = [q for q in quotes if q.depth == 0 and q.close_end > q.close_at]
    return _Reader(doc, closed, lex).claims()


@dataclass
class _Frame:
    start: int
    end: int
    type: str
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    inherit: bool = False


class _Reader:
    def __init__(self, doc: Document, quotes: list[QuoteSpan], lex: Lexicon) -> None:
        self.text, self.doc, self.lex, self.rules = doc.text, doc, lex, lex.unspaced
        self.quotes = quotes
        self.quote_starts = [q.open_at for q in quotes]
        self.cue_pattern = _alternatives(tuple(lex.cues))
        self.stop_pattern = _alternatives(tuple(lex.stop))
        self.source_pattern = _alternatives(tuple(lex.source_preps))
        self.sentence_starts = [s.start for s in doc.sentences]
        self.dateline = dateline_span(self.text)

    # --- finding frames -------------------------------------------------------------------

    def claims(self) -> list[Claim]:
        frames = self._cue_frames() + self._source_frames()
        frames = self._without_outer_sources(frames)
        frames += self._quotes_left(frames)
        frames.sort(key=lambda f: (f.start, -f.end))
        return self._resolve(frames)

    def _cue_frames(self) -> list[_Frame]:
        frames: list[_Frame] = []
        stops = [m.span() for m in self.stop_pattern.finditer(self.text)] if self.lex.stop else []
        stop_starts = [s for s, _ in stops]
        longest = max(map(len, self.lex.stop), default=0)
        taken_until = -1
        for match in self.cue_pattern.finditer(self.text):
            c0, c1 = match.span()
            # A word holding the cue ('小说', '据说') starts at most a few characters before it.
            near = stops[max(0, bisect_left(stop_starts, c0 - longest)):bisect_left(stop_starts, c1)]
            if c0 < taken_until or self._inside_quote(c0) or any(s < c1 and c0 < e for s, e in near):
                continue
            following = self.text[c1:c1 + 1]
            if match.group() in self.lex.bare and following not in "，,：:“「『\"。！？!?\n" and following:
                continue
            speaker = self._speaker_before(c0)
            if speaker is not None and (self.source_pattern.match(self.text, *speaker)
                                        or self.text[speaker[0]:speaker[1]] in self.rules.unsourced):
                continue  # '据介绍，…', '据X透露，…' (a source frame, below, or hearsay); '数据显示，…'
            stop = self._stop_after(c1)
            if stop < len(self.text) and self.text[stop] in "？?":
                continue  # '有记者问：美国商务部宣布…，中方有何回应？' reports nobody's claim
            made = self._content_after(c0, c1, speaker, stop)
            if made:
                frames.extend(made)
                taken_until = max(f.end for f in made)
        return frames

    def _source_frames(self) -> list[_Frame]:
        """'据路透社报道，…' and '根据团队公布的数据，…': the source is between the preposition and
        the comma."""
        frames: list[_Frame] = []
        for match in self.source_pattern.finditer(self.text):
            p0, p1 = match.span()
            if self._inside_quote(p0) or not self._clause_start(p0):
                continue
            comma = _next_of(self.text, p1, "，,：:", _SENTENCE_ENDS)
            if comma is None or comma - p1 > _MAX_SPEAKER:
                continue
            source = self.text[p1:comma]
            if not source or any(source == a or source.startswith(a) for a in self.rules.agentless):
                continue
            s0, s1 = p1, p1 + len(_strip_end(source, self.rules.source_acts))
            if s1 <= s0:
                continue
            start = _skip(self.text, comma + 1)
            end = self._sentence_end(start)
            if end - start >= _MIN_CONTENT:
                frames.append(_Frame(start, end, "indirect", (p0, p1), (s0, s1)))
        return frames

    def _without_outer_sources(self, frames: list[_Frame]) -> list[_Frame]:
        """'据路透社报道，雷蒙多称，…': the speaker named inside the source's content is the one
        who spoke; the source only passed it on."""
        verb_cues = sorted(f.cue[0] for f in frames if f.speaker is not None and f.cue is not None
                           and not self.source_pattern.fullmatch(self.text[f.cue[0]:f.cue[1]]))
        out = []
        for frame in frames:
            cue_text = self.text[frame.cue[0]:frame.cue[1]] if frame.cue else ""
            k = bisect_left(verb_cues, frame.start)
            if self.source_pattern.fullmatch(cue_text) and k < len(verb_cues) and verb_cues[k] < frame.end:
                continue
            out.append(frame)
        return out

    def _quotes_left(self, frames: list[_Frame]) -> list[_Frame]:
        """Quotes no frame took: an embedded fragment is partial (or a term when it only names
        something); a quote standing as a sentence goes on with the last speaker."""
        taken = {(f.start, f.end) for f in frames}
        by_start = sorted(frames, key=lambda f: f.start)
        starts = [f.start for f in by_start]
        out = []
        for quote in self.quotes:
            if (quote.start, quote.end) in taken or quote.end <= quote.start:
                continue
            # The frame whose content holds the quote starts shortly before it: look back a few.
            k = bisect_right(starts, quote.open_at)
            host = next((f for f in reversed(by_start[max(0, k - _HOST_LOOKBACK):k])
                         if quote.close_at < f.end), None)
            body = self.text[quote.start:quote.end]
            if _names_something(body):
                out.append(_Frame(quote.start, quote.end, "term", None, None))
            elif host is not None:
                out.append(_Frame(quote.start, quote.end, "partial", host.cue, host.speaker))
            elif self._clause_start(quote.open_at) and self._ends_sentence(quote):
                out.append(_Frame(quote.start, quote.end, "direct", None, None, inherit=True))
            else:
                out.append(_Frame(quote.start, quote.end, "term", None, None))
        return out

    # --- one frame ----------------------------------------------------------------------------

    def _content_after(self, c0: int, c1: int, speaker: tuple[int, int] | None, stop: int) -> list[_Frame]:
        """The claims a cue at ``c0:c1`` frames; ``stop`` is its sentence's final mark."""
        start = _skip(self.text, c1)
        quote = self._quote_opening_at(start)
        if quote is not None:  # '毛宁说：“…”'
            return [_Frame(quote.start, quote.end, "direct", (c0, c1), speaker)]
        if start < len(self.text) and self.text[start] in _OPENERS:
            start += 1  # an opening mark that pairs with nothing ('表示：“我们不会让步，')
        if start >= len(self.text) or self.text[start] in _SENTENCE_ENDS or self.text[c1:c1 + 1] in "。！？!?":
            tagged = self._quote_closing_before(speaker[0] if speaker else c0)
            if tagged is not None:  # '“…，”吕祥对记者说。'
                return [_Frame(tagged.start, tagged.end, "direct", (c0, c1), speaker)]
            return []
        if speaker is None:
            return []
        end = _trim_end(self.text, start, stop)  # the words skipped after the cue end no sentence
        frames = []
        quote = self._quote_opening_clause(start, end)
        if quote is not None:  # '她回忆说，有一年…，“当时…”': the quote is hers too
            frames.append(_Frame(quote.start, quote.end, "direct", (c0, c1), speaker))
            end = _trim_end(self.text, start, quote.open_at)
        if end - start >= _MIN_CONTENT:
            frames.insert(0, _Frame(start, end, "indirect", (c0, c1), speaker))
        return frames

    def _speaker_before(self, c0: int) -> tuple[int, int] | None:
        p0 = c0
        while p0 > 0 and self.text[p0 - 1] not in _CLAUSE_BREAKS:
            p0 -= 1
        if self.dateline is not None and p0 <= self.dateline[0] and self.dateline[1] <= c0:
            p0 = self.dateline[1]  # '新华社北京11月12日电 国家统计局…': where the story was filed names nobody
        s0, s1 = _strip_phrase(self.text, p0, c0, self.rules)
        if s1 <= s0 or s1 - s0 > _MAX_SPEAKER:
            return None
        return s0, s1

    # --- the text around a frame ------------------------------------------------------------

    def _inside_quote(self, at: int) -> bool:
        k = bisect_right(self.quote_starts, at) - 1
        return k >= 0 and self.quotes[k].open_at < at < self.quotes[k].close_end

    def _quote_opening_at(self, at: int) -> QuoteSpan | None:
        k = bisect_right(self.quote_starts, at) - 1
        return self.quotes[k] if k >= 0 and self.quotes[k].open_at == at else None

    def _quote_closing_before(self, at: int) -> QuoteSpan | None:
        j = at
        while j > 0 and self.text[j - 1] in " \u3000，,":
            j -= 1
        k = bisect_right(self.quote_starts, j) - 1
        return self.quotes[k] if k >= 0 and self.quotes[k].close_end == j else None

    def _quote_opening_clause(self, start: int, end: int) -> QuoteSpan | None:
        """A quote that opens a clause of the content (after a comma or colon), not one inside it."""
        k = bisect_right(self.quote_starts, start)
        while k < len(self.quotes) and self.quotes[k].open_at < end:
            quote = self.quotes[k]
            before = self._before(quote.open_at)
            if before and before[-1] in "，,：:" and not _names_something(self.text[quote.start:quote.end]):
                return quote
            k += 1
        return None

    def _sentence_end(self, start: int) -> int:
        """The end of the content: its sentence's final mark, past any quote it opens."""
        return _trim_end(self.text, start, self._stop_after(start))

    def _ends_sentence(self, quote: QuoteSpan) -> bool:
        """The quote's last words, or the mark after it, end a sentence ('…失败了。”')."""
        return bool(_SENTENCE_ENDS & set(self.text[quote.end - 1:quote.close_end + 1]))

    def _stop_after(self, at: int) -> int:
        """The sentence's final mark from ``at`` on, past any quote (a quote's own '？' is its own)."""
        j = at
        while j < len(self.text) and self.text[j] not in _SENTENCE_ENDS:
            quote = self._quote_opening_at(j)
            j = quote.close_end if quote is not None else j + 1
        return j

    def _clause_start(self, at: int) -> bool:
        before = _strip_end(self._before(at), self.rules.openers)
        return not before or before[-1] in _CLAUSE_BREAKS

    def _before(self, at: int) -> str:
        """A few characters before ``at``, less the spaces right before it (a window, not the whole
        text, so a long article costs no more per frame than a short one)."""
        j = at
        while j > 0 and self.text[j - 1] in " \u3000":
            j -= 1
        return self.text[max(0, j - _BEFORE_WINDOW):j]

    # --- speakers -------------------------------------------------------------------------------

    def _resolve(self, frames: list[_Frame]) -> list[Claim]:
        claims: list[Claim] = []
        last: tuple[Speaker, int] | None = None  # speaker, paragraph
        for frame in frames:
            paragraph = self.doc.sentences[max(0, bisect_right(self.sentence_starts, frame.start) - 1)].paragraph
            speaker = None
            if frame.speaker is not None:
                speaker = self._speaker(frame.speaker, last)
            elif frame.inherit and last is not None and paragraph - last[1] <= _INHERIT_PARAGRAPHS:
                speaker = last[0]
            if frame.type != "term" and speaker is None and frame.inherit:
                continue
            if speaker is not None:
                last = (speaker, paragraph)
            quote = self.text[frame.start:frame.end]
            worth, reasons = (0.0, []) if frame.type == "term" else score(quote, self.lex)
            cue = frame.cue
            claims.append(Claim(
                quote=quote, start=frame.start, end=frame.end, type=frame.type,  # type: ignore[arg-type]
                cue=self.text[cue[0]:cue[1]] if cue else None,
                cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None,
                speaker=speaker if frame.type != "term" else None,
                checkworthiness=worth, reasons=reasons))
        return claims

    def _speaker(self, span: tuple[int, int], last: tuple[Speaker, int] | None) -> Speaker:
        mention = self.text[span[0]:span[1]]
        pronoun = self.lex.pronouns.get(mention)
        if pronoun is not None and last is not None:
            earlier = last[0]
            return Speaker(name=earlier.name, mention=mention, start=span[0], end=span[1], role=earlier.role)
        if mention in self.lex.document_nouns and last is not None:  # '声明呼吁…': the statement's issuer
            return Speaker(name=last[0].name, mention=mention, start=span[0], end=span[1], role=last[0].role)
        name, role = _name_and_role(mention, self.lex)
        return Speaker(name=name, mention=mention, start=span[0], end=span[1], role=role)


def _name_and_role(mention: str, lex: Lexicon) -> tuple[str, str | None]:
    """'南京农业大学教授王建国' → ('王建国', '南京农业大学教授'); '农业农村部一位官员' →
    ('农业农村部', '农业农村部一位官员'); an organisation names itself."""
    rules: UnspacedRules = lex.unspaced
    best = None
    for title in lex.person_roles:
        at = mention.rfind(title)
        if at >= 0 and (best is None or at + len(title) > best[1]):
            best = (at, at + len(title))
    if best is None:
        return mention, None
    rest = mention[best[1]:]
    letters = rest.translate({ord(j): None for j in rules.name_joiners})
    if rest and (len(rest) <= rules.max_name or any(j in rest for j in rules.name_joiners)) and letters.isalpha():
        return rest, mention[:best[1]]
    if not rest:
        for word in rules.member_words:
            at = mention.find(word)
            if at > 0:
                return mention[:at], mention
    return mention, mention if not rest else None


def _names_something(body: str) -> bool:
    """A quote that only names or labels something ('旱优88', '实体清单')."""
    body = body.strip()
    latin = sum(ch.isascii() and ch.isalnum() for ch in body)
    return len(body) <= _SHORT_TERM or latin * 2 >= len(body)


def _strip_phrase(text: str, p0: int, p1: int, rules: UnspacedRules) -> tuple[int, int]:
    """The speaker inside the words between a clause's start and its cue."""
    phrase = text[p0:p1]
    while True:
        before = phrase
        phrase = phrase.rstrip(" \u3000")
        phrase = _strip_end(phrase, rules.adverbs)
        phrase = _compiled(rf"(?:{'|'.join(rules.times)})$").sub("", phrase) if rules.times else phrase
        phrase = _strip_adjunct(phrase, rules)
        phrase = _strip_addressee(phrase, rules)
        phrase = _strip_medium(phrase, rules)
        if phrase == before:
            break
    lead = len(phrase) - len(phrase.lstrip(" \u3000"))
    for opener in sorted(rules.openers, key=len, reverse=True):
        if phrase[lead:].startswith(opener) and len(phrase) - lead > len(opener):
            lead += len(opener)
            break
    return p0 + lead, p0 + len(phrase)


def _strip_adjunct(phrase: str, rules: UnspacedRules) -> str:
    at = phrase.rfind(rules.adjunct_opener)
    if at > 0 and any(phrase.endswith(end) for end in rules.adjunct_ends):
        return phrase[:at]
    return phrase


def _strip_addressee(phrase: str, rules: UnspacedRules) -> str:
    if not any(phrase.endswith(noun) for noun in rules.addressee_nouns):
        return phrase
    at = max(phrase.rfind(prep) for prep in rules.addressee_preps) if rules.addressee_preps else -1
    return phrase[:at] if at > 0 else phrase


def _strip_medium(phrase: str, rules: UnspacedRules) -> str:
    for noun in rules.medium_nouns:
        if phrase.endswith(noun) or phrase.endswith(noun + "中"):
            stem = phrase[:phrase.rfind(noun)]
            for verb in sorted(rules.medium_verbs, key=len, reverse=True):
                if stem.endswith(verb):
                    stem = stem[:-len(verb)]
                    break
            else:
                if stem.endswith("的"):
                    stem = stem[:-1]
                else:
                    continue  # a bare noun before the cue is the speaker ('声明呼吁'), not its medium
            if stem:
                return stem
    return phrase


def _strip_end(phrase: str, words: tuple[str, ...]) -> str:
    for word in sorted(words, key=len, reverse=True):
        if word and phrase.endswith(word) and len(phrase) > len(word):
            return phrase[:-len(word)]
    return phrase


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in "，,：: \u3000":
        at += 1
    return at


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _CONTENT_EDGE:
        end -= 1
    return end


def _next_of(text: str, at: int, wanted: str, stops: frozenset[str]) -> int | None:
    for j in range(at, min(len(text), at + _MAX_SPEAKER + 1)):
        if text[j] in wanted:
            return j
        if text[j] in stops:
            return None
    return None


@lru_cache(maxsize=32)
def _alternatives(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern of every word, longest first so '回忆说' wins over '说'."""
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered) or r"(?!x)x")


@lru_cache(maxsize=32)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
