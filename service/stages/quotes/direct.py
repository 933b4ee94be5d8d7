"""Attribution of direct and partial quotes: which cue frames each quote, and who speaks."""

from __future__ import annotations

from service.stages.quotes.cues import Cue
from service.stages.quotes.drafts import Draft
from service.stages.quotes.frames import addressee_after, medium_after, subject_after_addressee
from service.stages.quotes.lexicon import Lexicon
from service.stages.quotes.marks import QuoteSpan
from service.stages.quotes.phrases import (
    inverted_clitic,
    np_after,
    np_before,
    sentence_subject,
    subject_v2,
)
from service.tokens import QUOTE_CHARS, TokenIndex, is_stop_mark

_AFTER_WINDOW = 8  # tokens between a closing mark and a trailing cue ("…,” the ministry said)
_TERM_MAX_WORDS = 5
_LISTED_MAX_WORDS = 12  # a listed title ('“Ein Vater, ein Sohn und ein Geist”'), not a sentence of speech
_FRAME_REACH = 6  # words between a comma and the verb of the frame after an unclosed quote


def attribute_quotes(index: TokenIndex, quotes: list[QuoteSpan], cue_at: dict[int, Cue],
                     lex: Lexicon) -> tuple[list[Draft], set[int]]:
    """Drafts for top-level quotes, and the token ids of the cues they used."""
    drafts: list[Draft] = []
    used: set[int] = set()
    toks = index.tokens
    if not toks:
        return drafts, used
    top = [_before_frame(index, q, cue_at) if q.close_at == q.close_end else q for q in quotes if q.depth == 0]
    for number, quote in enumerate(top):
        open_tok = index.token_at(quote.open_at)
        close_tok = index.token_at(quote.close_at)
        after_tok = index.token_at(quote.close_end)
        if open_tok >= len(toks) or close_tok > len(toks):
            continue
        words = sum(1 for t in toks[open_tok + 1:close_tok] if t.is_word)
        if words == 0:
            continue
        s_open = toks[open_tok].sent
        s_close = toks[min(close_tok, len(toks) - 1)].sent
        prev_close = index.token_at(top[number - 1].close_at) + 1 if number else 0
        next_open = index.token_at(top[number + 1].open_at) if number + 1 < len(top) else len(toks)
        floor = max(_frame_start(index, s_open, open_tok), prev_close)
        ceil = min(_sentence_end(index, s_close, close_tok), next_open)
        draft = Draft(quote.start, quote.end, "direct", s_open)
        preceding = toks[open_tok - 1] if open_tok > floor else None
        # A word before the mark makes it partial; so does an abbreviation's stop inside the
        # sentence ('the U.S. “clearly” needed').
        if preceding is not None and (preceding.is_word or (
                preceding.text == "." and open_tok - 2 >= floor and toks[open_tok - 2].is_word)):
            draft.type = "partial"
        ended = _ends_sentence(index.text, quote.start, quote.end)
        # A stop inside a partial quote ends its sentence ('… songs such as “Dancing in the Dark.” He said …'): a
        # cue after it frames the next sentence.
        stopped = draft.type == "partial" and index.text[quote.start:quote.end].rstrip().endswith(".")
        after = None if stopped else _after_cue(index, after_tok, ceil, cue_at, lex, ended)
        before = _before_cue(index, floor, open_tok, cue_at)
        chosen = None
        if after is not None:
            speaker = _speaker_for(index, after, after_tok, ceil, lex)
            if speaker is not None or before is None:
                chosen, draft.speaker = after, speaker
        if chosen is None and before is not None:
            chosen = before
            draft.speaker = _speaker_for(index, before, floor, open_tok, lex)
            draft.weak = before.is_participle
            if draft.type == "direct" and _clause_between(index, before, open_tok, lex):
                draft.type = "partial"
        if chosen is None and words > _TERM_MAX_WORDS and _opens_sentence(index, open_tok):
            chosen, draft.speaker = _next_sentence_frame(index, quote, s_close, cue_at, lex)
        if chosen is not None:
            draft.cue = chosen
            _frame_extras(index, draft, chosen, lex)
            if draft.speaker is None and chosen.kind != "source":
                draft.inherit = True
        if not lex.cues:
            # No lexicon (e.g. ru, nl): a quote is a direct claim unless it is a capitalised title
            # after a word ('телеканалу «Россия 24»'); the words just before it are the best speaker guess.
            if open_tok > floor and toks[open_tok - 1].is_word and (
                    _title(toks[open_tok + 1:close_tok]) or _short_name(toks, open_tok, words)):
                # A capitalised title after a word, or a short quote opening in capitals ('«Волжские медведи»', whose
                # later words Russian writes in lower case): a name, not a fragment.
                draft.type = "term"
            else:
                draft.speaker = _run_before(index, floor, open_tok)
                draft.inherit = draft.speaker is None
            drafts.append(draft)
            continue
        if chosen is None and drafts and _coordinated(index, drafts[-1], open_tok, lex):
            # 'acusó al Gobierno de “reciclar promesas” y de “mentir a los agricultores”': the second quote shares the
            # first one's frame.
            draft.type, draft.cue, draft.speaker = "partial", drafts[-1].cue, drafts[-1].speaker
            drafts.append(draft)
            continue
        if _is_term(index, draft, words, open_tok, chosen, lex):
            draft.type, draft.speaker, draft.inherit, draft.cue = "term", None, False, None
            draft.medium = draft.addressee = None
        elif chosen is None:
            draft.inherit = True  # a free-standing quote continues the last speaker
        elif draft.type == "direct":
            used.add(chosen.lo)  # a partial quote leaves its cue to the reported clause...
        elif chosen is after and lex.nested == "clause" and _frame_closes(index, chosen, draft, ceil, lex):
            # ...unless the cue trails it: 'Golf clubs are “barely profitable,” he said.' The
            # claim is the clause the quote closes, from the start of its sentence.
            used.add(chosen.lo)
            draft.start = toks[floor].start
        drafts.append(draft)
    return _merge_split(index, drafts, lex.quote_paragraphs), used


def _before_frame(index: TokenIndex, quote: QuoteSpan, cue_at: dict[int, Cue]) -> QuoteSpan:
    """A quote whose closing mark is missing ('« Nous ne céderons pas, a déclaré le ministre.') ran to the end of
    its paragraph; when a comma and a verb cue follow its first words there, the words before the comma are
    the quote and the rest is its frame, as if the mark had been there."""
    toks = index.tokens
    first = index.token_at(quote.start)
    end = index.token_at(quote.end)
    for k in range(first + 1, end):
        if toks[k].sent != toks[first].sent:
            break
        if toks[k].text != ",":
            continue
        # The frame: a few words of subject or auxiliary, then the verb ('a déclaré', 'the minister said').
        for j in range(k + 1, min(end, k + 1 + _FRAME_REACH)):
            cue = cue_at.get(j)
            if cue is not None and cue.kind == "verb":
                comma = toks[k].start
                return QuoteSpan(quote.start, comma, quote.open_at, comma, quote.depth, comma)
            if not toks[j].is_word:
                break
    return quote


def _merge_split(index: TokenIndex, drafts: list[Draft], across_paragraphs: bool) -> list[Draft]:
    """A quote interrupted by its frame is one claim in pieces: '“A,” he said, “B.”' and
    '“A,” said X, who chairs the panel. “B.”' (news and both labelled corpora count one
    utterance). The later piece joins when it names no speaker of its own and opens in the
    frame's sentence or the one right after; with ``across_paragraphs`` also when it opens the
    next paragraph, as wire copy continues a speaker's quote there."""
    out: list[Draft] = []
    prev: Draft | None = None
    for draft in drafts:
        if draft.type == "term":
            # A title in the frame ('on NBC's “Meet the Press.”') interrupts nothing.
            out.append(draft)
            continue
        if prev is not None and _continues(index, prev, draft, across_paragraphs):
            prev.pieces = prev.parts() + [(draft.start, draft.end)]
            prev.end = draft.end
            continue
        out.append(draft)
        prev = draft
    return out


def _continues(index: TokenIndex, prev: Draft, draft: Draft, across_paragraphs: bool) -> bool:
    if prev.type != "direct" or draft.type != "direct":
        return False
    if prev.cue is None and prev.speaker is None and not prev.pieces:
        return False  # nobody to continue
    own_cue = draft.cue is not None and (prev.cue is None or draft.cue.lo != prev.cue.lo)
    if own_cue or (draft.speaker is not None and draft.speaker != prev.speaker):
        return False
    toks = index.tokens
    close = index.token_at(draft.end)
    shared = draft.cue is None or (prev.cue is not None and draft.cue.lo == prev.cue.lo)  # no frame of its own
    ended = shared and _ends_sentence(index.text, draft.start, draft.end)
    if not ended and close < len(toks) and any(
            t.is_word for t in toks[close:index.sent_range[toks[close - 1].sent][1]]):
        # Words after it are a frame of its own ('“…,” Lena Ortiz shot back'); after a piece that ended its
        # sentence they start the next ('« … hôpital. » Yannick Le Bihan a affirmé que …').
        return False
    close_sent = toks[min(index.token_at(prev.end), len(toks)) - 1].sent
    if prev.cue is not None and prev.cue.lo < len(toks) and not prev.pieces:
        # '“Why is he attacking me?” Trump said. “…”': the segmenter may give the frame a
        # sentence of its own; the next piece follows the frame.
        close_sent = max(close_sent, toks[prev.cue.lo].sent)
    open_tok = index.token_at(draft.start)
    if open_tok >= len(toks):
        return False
    open_sent = toks[open_tok].sent
    # ``draft.start`` is inside the opening mark (one or two tokens: “ or '').
    opens_sentence = all(t.text in QUOTE_CHARS or t.text == "'" for t in toks[index.sent_range[open_sent][0]:open_tok])
    para = index.sentences
    if para[open_sent].paragraph != para[close_sent].paragraph:
        return (across_paragraphs and open_sent == close_sent + 1
                and para[open_sent].paragraph == para[close_sent].paragraph + 1
                and opens_sentence)
    return open_sent == close_sent or (open_sent == close_sent + 1 and opens_sentence)


def _next_sentence_frame(index: TokenIndex, quote: QuoteSpan, sent: int, cue_at, lex: Lexicon):
    """'“…” Ms. White said in an interview.' – a quote closing its sentence, attributed by the
    next one in the same paragraph: that sentence's leading subject and cue."""
    toks = index.tokens
    close_tok = index.token_at(quote.close_end)
    if sent + 1 >= len(index.sent_range) or close_tok < index.sent_range[sent][1] - 1:
        return None, None
    if index.sentences[sent + 1].paragraph != index.sentences[sent].paragraph:
        return None, None
    lo, hi = index.sent_range[sent + 1]
    for j in range(lo + 1, min(hi, lo + _AFTER_WINDOW)):
        if toks[j].text in QUOTE_CHARS:
            return None, None
        cue = cue_at.get(j)
        if cue is not None and cue.kind != "source" and not cue.is_participle:
            speaker = np_before(index, cue.lo, lex, lo)
            return (cue, speaker) if speaker is not None else (None, None)
    return None, None


def _run_before(index: TokenIndex, floor: int, open_tok: int) -> tuple[int, int] | None:
    toks = index.tokens
    j = open_tok - 1
    while j >= floor and toks[j].text in ":：,，":
        j -= 1
    if j < floor or not toks[j].is_word:
        return None
    return j, j + 1


def _frame_start(index: TokenIndex, sent: int, open_tok: int) -> int:
    """A quote opening its sentence after 'X said:' (split off by the segmenter) keeps it."""
    start = index.sent_range[sent][0]
    if open_tok == start and sent > 0:
        prev_lo, prev_hi = index.sent_range[sent - 1]
        same_paragraph = index.sentences[sent - 1].paragraph == index.sentences[sent].paragraph
        if same_paragraph and prev_hi > prev_lo and index.tokens[prev_hi - 1].text in ":：":
            return prev_lo
    return start


def _sentence_end(index: TokenIndex, sent: int, close_tok: int) -> int:
    end = index.sent_range[sent][1]
    # pysbd splits '…?” she asked.' after the mark; a lowercase or short 'She said.' next
    # sentence is our tail.
    if (close_tok >= end - 1 and sent + 1 < len(index.sent_range)
            and index.sentences[sent + 1].paragraph == index.sentences[sent].paragraph):
        lo, hi = index.sent_range[sent + 1]
        short = sum(1 for t in index.tokens[lo:hi] if t.is_word) <= 6 and not any(
            t.text in QUOTE_CHARS for t in index.tokens[lo:hi])
        if lo < hi and (index.tokens[lo].text[0].islower() or short):
            return hi
    return end


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """The quoted words end their sentence inside the marks ('… un hôpital. »')."""
    return text[start:end].rstrip()[-1:] in ".!?…"


def _after_cue(index, lo, ceil, cue_at, lex, ended: bool = False) -> Cue | None:
    toks = index.tokens
    j, limit = lo, min(ceil, lo + _AFTER_WINDOW)
    while j < limit:
        if toks[j].text in QUOTE_CHARS or toks[j].low in lex.verb_coordinators:
            return None  # '… remained “open to talks” but accused Kyiv …': a new clause, not the quote's tag
        if j > lo and toks[j].low in lex.relative_pronouns and toks[j - 1].text == ",":
            # '“…,” the senator, who declined to be named, told Reuters': the relative clause's verb frames
            # nothing; the window goes on after it.
            end = next((k for k in range(j + 1, ceil) if toks[k].text == ","), None)
            if end is None:
                return None
            limit = min(ceil, limit + end + 1 - j)
            j = end + 1
            continue
        cue = cue_at.get(j)
        if cue is not None:
            if (cue.is_participle and cue.kind != "source") or cue.text in lex.complementizers:
                return None  # ('according to' after a quote is its source, not a participle's clause)
            if ended and cue.hi < ceil and toks[cue.hi].low in lex.complementizers and toks[cue.hi].is_word:
                # '« … hôpital. » Yannick Le Bihan a affirmé que …': after a quote that ended its sentence, a cue
                # with a complementizer frames a clause of its own.
                return None
            return cue
        if is_stop_mark(toks, j) and j > lo:
            return None
        j += 1
    return None


def _clause_between(index: TokenIndex, cue: Cue, open_tok: int, lex: Lexicon) -> bool:
    """'He said he was best placed to win, “like you folks.”': a reported clause between the
    cue and the quote makes the quote part of that clause, not the cue's direct quote."""
    toks = index.tokens
    if toks[open_tok - 1].text == ":":
        return False  # 'explained that access was hard: «…»' introduces a quote of its own
    j = cue.hi
    if cue.text in lex.addressee_cues:
        _, j = addressee_after(index, j, open_tok, lex)
    _, j = medium_after(index, j, open_tok, lex)
    while j < open_tok and not toks[j].is_word:
        j += 1
    if sum(1 for t in toks[j:open_tok] if t.is_word) < _CLAUSE_MIN_WORDS:
        return False
    return toks[j].low in lex.complementizers or toks[j].low in lex.pronouns


_CLAUSE_MIN_WORDS = 3


_COORDINATION_MAX = 3  # tokens between two quotes of one frame: 'and of', 'y de', "et d'"
_LINK_CHARS = 3  # the words there are short function words ('of', 'di', 'to'), not a clause of their own


def _coordinated(index: TokenIndex, prev: Draft, open_tok: int, lex: Lexicon) -> bool:
    """The quote opening at ``open_tok`` is joined by a conjunction to the partial quote before it, in the same
    sentence, with at most a preposition after the conjunction ('… “A” and of “B”')."""
    if prev.type != "partial" or prev.cue is None:
        return False
    toks = index.tokens
    between = toks[index.token_at(prev.end):open_tok]
    words = [t for t in between if t.is_word]
    return (0 < len(between) <= _COORDINATION_MAX + 1 and toks[open_tok].sent == prev.sent
            and all(t.is_word or t.text in QUOTE_CHARS for t in between)
            and bool(words) and words[0].low in lex.conjunctions
            and all(not t.is_cap and len(t.low) <= _LINK_CHARS for t in words))


def _before_cue(index, floor, open_tok, cue_at) -> Cue | None:
    for j in range(open_tok - 1, floor - 1, -1):
        cue = cue_at.get(j)
        if cue is not None:
            return cue
    return None


def _speaker_for(index, cue: Cue, floor: int, ceil: int, lex: Lexicon):
    if inverted_clitic(cue.text, lex):
        return cue.lo, cue.hi  # 'ajoute-t-il': the pronoun is part of the cue
    if cue.kind == "source":
        start = cue.hi
        if start < ceil and cue.text in lex.comma_sources and index.tokens[start].low in lex.cues:
            start += 1  # '„…“, so urteilte Romney': the verb after 'so' stands before its subject
        return np_after(index, start, lex, ceil)
    span = np_before(index, cue.lo, lex, floor)
    inverted = subject_v2(index, cue.lo, cue.hi, span, lex, floor, ceil)
    if inverted is not None:
        return inverted
    if span is None and cue.is_participle:
        s0 = index.sent_range[index.tokens[cue.lo].sent][0]
        return sentence_subject(index, s0, cue.lo, lex)
    if span is None and not cue.is_participle:
        span = np_after(index, cue.hi, lex, ceil)
        if span is not None and cue.text in lex.addressee_cues:
            span = subject_after_addressee(index, span, lex)  # "told France Press" names the addressee only
    return span


def _frame_extras(index: TokenIndex, draft: Draft, cue: Cue, lex: Lexicon) -> None:
    hi = index.sent_range[index.tokens[cue.lo].sent][1]
    after = cue.hi
    if draft.speaker and draft.speaker[0] >= cue.hi:
        after = draft.speaker[1]
    if cue.text in lex.addressee_cues and draft.speaker and draft.speaker[0] > cue.hi:
        draft.addressee = index.surface(cue.hi, draft.speaker[0])[2]  # '“…,” told the journalists the pensioner X'
    elif cue.text in lex.addressee_cues:
        draft.addressee, after = addressee_after(index, after, hi, lex)
    draft.medium, _ = medium_after(index, after, hi, lex)


def _is_term(index, draft: Draft, words: int, open_tok: int, cue: Cue | None, lex) -> bool:
    toks = index.tokens
    prev = toks[open_tok - 1] if open_tok > 0 else None
    if prev is not None and prev.low in lex.label_markers:
        return True  # 'the so-called “deep state”': a label, whatever cue the sentence has
    if lex.short_names and open_tok > 0 and _short_name(toks, open_tok, words):
        return True
    if lex.rules.quoted_phrase(index, draft, open_tok, cue, lex):
        return False
    if prev is not None and prev.low in lex.determiners and prev.low not in lex.complementizers and words <= 8:
        # 'a “reliable technology partner”', 'the “Made in …” brand'; after 'that' as a complementizer the
        # quote is the reported clause's words ('in hopes that “they'll go easier” on him').
        return True
    if prev is not None and prev.low in lex.title_nouns and toks[open_tok + 1].is_cap:
        return True  # 'het rapport ‘Hoosbuien in een warmer Limburg’': the title of what the noun names
    if not lex.verb_second and prev is not None and prev.is_word and (
            _title(toks[open_tok + 1:index.token_at(draft.end)])):
        return True  # 'host of MSNBC's “Morning Joe”': a capitalised title names a show or book
    if lex.verb_second and words <= _NAME_MAX_WORDS and prev is not None and prev.is_word and (
            toks[open_tok + 1].is_cap):
        return True  # 'der „Süddeutschen Zeitung“', 'laut „Reuters“': a quoted name
    if words <= _NAME_MAX_WORDS and prev is not None and prev.is_word and _caseless(toks[open_tok + 1].text) and (
            prev.low not in lex.complementizers and prev.low not in lex.cues):
        # 'مستشفى «الجهراء»', 'منظمة «أنا يقظ»': a script without capitals cannot show a name, but a
        # short quote right after a noun names what the noun is; a quoted fragment follows a cue or 'أن'.
        return True
    if cue is not None and lex.framed_quotes_claim and cue.kind in ("verb", "source", "post"):
        return False
    if cue is None:
        # A quote that is a sentence of its own ('“It's called an election.”') is speech, usually
        # a speaker's next sentence; scare quotes sit inside a sentence, and so do listed titles ('songs such as
        # “Born to Run,” “Thunder Road and the Rest of It” and “Dancing in the Dark”').
        if _whole_sentence(index, open_tok, draft.end):
            return False
        return words <= _TERM_MAX_WORDS or (words <= _LISTED_MAX_WORDS and _listed(index, open_tok, draft.end, lex))
    if prev is not None and prev.text in ":：":
        return False  # 'قال الوزير يوم الثلاثاء: "لن نتراجع"': a colon after the frame introduces the quote
    if words <= 2 and cue.hi < open_tok - 4:
        return True
    return False


def _short_name(toks, open_tok: int, words: int) -> bool:
    """A quote of a few words opening in capitals right after a word ('«Волжских медведей»', '«Россия 24»')."""
    return words <= _NAME_MAX_WORDS and toks[open_tok - 1].is_word and toks[open_tok + 1].is_cap


def _caseless(word: str) -> bool:
    """A word of a script without letter case (Arabic, Hebrew, Chinese)."""
    return any(ch.isalpha() for ch in word) and word.lower() == word.upper()


def _frame_closes(index: TokenIndex, cue: Cue, draft: Draft, ceil: int, lex: Lexicon) -> bool:
    """'…,” he said on Monday.': nothing but the frame, a time or a place follows the cue, so
    the quote's clause is the claim ('…, host of “Morning Joe,” suggested that …' goes on)."""
    toks = index.tokens
    j = cue.hi
    if draft.speaker is not None and draft.speaker[0] >= cue.hi:
        j = draft.speaker[1]
    return j >= ceil or toks[j].text in ",.;!?" or toks[j].low in lex.preps or toks[j].low in lex.skip


_TITLE_MAX_WORDS = 4
_NAME_MAX_WORDS = 3  # German: a capitalised quote this short after a word names a paper or firm


def _title(inside) -> bool:
    inside = list(inside)
    # American style puts the sentence's stop inside the marks: 'on NBC's “Meet the Press.”'
    stop = bool(inside) and inside[-1].text == "."
    if stop or (inside and inside[-1].text == ","):
        inside = inside[:-1]
    words = [t for t in inside if t.is_word]
    return (1 + stop) <= len(words) <= _TITLE_MAX_WORDS and all(
        t.is_cap for t in words if len(t.text) > 3) and (
        words[0].is_cap and not any(t.text in ".!?" for t in inside))


def _opens_sentence(index: TokenIndex, open_tok: int) -> bool:
    """No word stands before the quote's opening mark in its sentence."""
    toks = index.tokens
    lo = index.sent_range[toks[open_tok].sent][0]
    return not any(t.is_word for t in toks[lo:open_tok])


def _listed(index: TokenIndex, open_tok: int, end: int, lex: Lexicon) -> bool:
    """The quote is one of a list of quotes: a comma or conjunction joins it to another quote, outside the marks
    or inside them ('„A“, „B“ und „C“', '“A,” “B” and “C”'); a stop between them ends a sentence instead."""
    toks = index.tokens
    close = index.token_at(end)
    comma_inside = False
    while close < len(toks) and toks[close].text not in QUOTE_CHARS and not toks[close].is_word:
        comma_inside = toks[close].text == ","  # '“Born to Run,”'
        close += 1
    if close >= len(toks) or toks[close].text not in QUOTE_CHARS:
        return False
    before_inside = open_tok >= 2 and toks[open_tok - 1].text in QUOTE_CHARS and toks[open_tok - 2].text == ","
    return (_mark_across_links(toks, close + 1, 1, comma_inside, lex)
            or _mark_across_links(toks, open_tok - 1, -1, before_inside, lex))


_LIST_LINKS = 2  # ', and' between two listed quotes


def _mark_across_links(toks, k: int, step: int, linked: bool, lex: Lexicon) -> bool:
    """From ``k`` on in direction ``step``, past at most two commas or conjunctions, a quote mark; at least one
    link stands between unless ``linked``."""
    for _ in range(_LIST_LINKS + 1):
        if not 0 <= k < len(toks):
            return False
        if toks[k].text in QUOTE_CHARS:
            return linked
        if toks[k].text != "," and toks[k].low not in lex.conjunctions:
            return False
        linked = True
        k += step
    return False


def _whole_sentence(index: TokenIndex, open_tok: int, end: int) -> bool:
    """The quote opens its sentence and no word follows it there."""
    toks = index.tokens
    lo, hi = index.sent_range[toks[open_tok].sent]
    return open_tok == lo and not any(t.is_word for t in toks[index.token_at(end):hi])
