"""What a claim the content tagger adds must show besides the tagger's say-so.

The tagger tags content and cue runs token by token, with no frame tying them together: alone it tags
narrative next to any verb ('Il titolo ha chiuso in rialzo', 'Il ministero ha avviato un'indagine') or
preposition ('La protesta è nata dopo l'incidente') as claims. Where a language has cue rules, an added
claim's cue must be one of theirs, and the request for anonymity a cue may be followed by is no content.
"""

from __future__ import annotations

from service.contracts import Document
from service.stages.quotes.cues import asks_anonymity, find_cues
from service.stages.quotes.lexicon import get_lexicon, has_cue_rules
from service.stages.quotes.verb_frames import passive_aside_at

# How far before a tagged run the verb of an anonymity request may stand ('chiesto | di | restare anonima').
_REQUEST_LEAD = 2
# Words a request for anonymity takes after its verb ('di restare anonima', 'not to be named').
_REQUEST_WORDS = 4


# Negations and naming stems of a request not to be named, in the languages whose cue rules speak of one.
_NEGATIONS = frozenset({"not", "non", "no", "não", "ne", "nicht", "не"})
_NAMING = ("identif", "nominat", "nombrad", "nomead", "citat", "citad", "named", "nommé", "назва")
# Romance 'of', in no lexicon list since it opens no subject ('del consiglio di | amministrazione').
_OF = frozenset({"de", "di", "do", "da", "dos", "das", "du", "des"})
_ELISION = ("'", "’")


def cut_phrase(doc: Document, start: int, end: int) -> bool:
    """The run opens right after an article or a preposition, or closes on one or on a complementizer: it cuts
    a phrase in two ('disse que o | mercado de trabalho está', "ha rinviato l'|udienza", 'a su llegada | al
    tribunal que'), where a claim's content is a clause or a quote of its own."""
    index = doc.tokens
    lex = get_lexicon(doc.language)
    first, last = index.token_at(start), max(index.token_at(start), index.token_at(end) - 1)
    # Languages without cue rules have no word lists to go by ('de' is 'they' in Swedish).
    inner = lex.determiners | (lex.preps & lex.stop) | (_OF if has_cue_rules(doc.language) else frozenset())
    before = index.tokens[first - 1] if first > 0 else None
    if before is not None and before.is_word and before.end == start and before.text.endswith(_ELISION):
        return True  # "d'|attesa"
    if before is not None and before.is_word and before.sent == index.tokens[first].sent and before.low in inner:
        return True
    closing = index.tokens[last]
    return closing.is_word and closing.low in inner | lex.complementizers


def cue_frames(doc: Document, cue: tuple[int, int], start: int, end: int, claims: list[tuple[int, int]]) -> bool:
    """The cue frames the run: after it, only auxiliaries and adverbs stand between them ('…», ha poi detto',
    not '…, che secondo l'azienda'); before it, no other claim does (the cue is that claim's, not a run past
    it: 'disse que a cidade vive “…” | e decretou …')."""
    if cue[0] >= end:
        lex = get_lexicon(doc.language)
        index = doc.tokens
        between = index.tokens[index.token_at(end):index.token_at(cue[0])]
        return all(not t.is_word or t.low in lex.skip | lex.perfect_aux for t in between)
    return not any(cue[1] <= s and e <= start for s, e in claims)


def rule_cue_spans(doc: Document) -> list[tuple[int, int]] | None:
    """The character spans of the cues the rules find (speech and cognition verbs, source prepositions, colon
    quotes), or None for a language with no cue rules, where the tagger's cues are all there is."""
    if not has_cue_rules(doc.language):
        return None
    tokens = doc.tokens.tokens
    return [(tokens[c.lo].start, tokens[c.hi - 1].end) for c in find_cues(doc.tokens, get_lexicon(doc.language))]


def known_cues(doc: Document, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tagged cues that overlap a cue the rules find, or hold another form of a verb the lexicon lists
    ('destacaron' beside 'destacó'); all of them for a language with no cue rules."""
    known = rule_cue_spans(doc)
    if known is None:
        return cues
    lex = get_lexicon(doc.language)
    verbs = lex.cues
    index = doc.tokens
    out = []
    for cue in cues:
        # The words the cue touches: the tagger may tag part of one ('accusa|to').
        lo, hi = index.token_at(cue[0]), index.token_at(cue[1])
        if lo > 0 and index.tokens[lo - 1].end > cue[0]:
            lo -= 1
        s0, s1 = index.sent_range[index.tokens[lo].sent]
        if any(passive_aside_at(index.tokens, k, k + 1, s0, s1, lex) for k in range(lo, hi)):
            continue  # 'Vito Lorusso, accusato di turbativa d'asta, …': the accused, who says nothing
        words = [t.low for t in index.tokens[index.token_at(cue[0]):index.token_at(cue[1])] if t.is_word]
        if any(s < cue[1] and cue[0] < e for s, e in known) or any(_inflects(w, verbs) for w in words):
            out.append(cue)
    return out


# A verb's forms share all but an ending of a few letters opening with a vowel ('comunic|ato', 'comunic|a',
# 'destac|aron', 'destac|ó'); a stem under five letters is too often another word's ('chi|uso', 'chi|osa'), and
# an ending after a consonant another verb's ('recor|dó', 'recor|tó').
_ENDING, _STEM = 4, 5
_VOWELS = frozenset("aeiouyáéíóúàèìòùâêôãõüаеёиоуыэюя")


def _inflects(word: str, verbs: frozenset[str]) -> bool:
    """``word`` shares its stem with a verb the lexicon lists."""
    if len(word) < _STEM:
        return False
    need = max(_STEM, len(word) - _ENDING)
    return any(v[:need] == word[:need] and _endings_of_one_stem(v, word) for v in verbs)


def _endings_of_one_stem(a: str, b: str) -> bool:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    tails = (a[k:], b[k:])
    return all(len(t) <= _ENDING and (not t or t[0] in _VOWELS) for t in tails)


def inside_anonymity_request(doc: Document, start: int, end: int) -> bool:
    """The run is the request of a source not to be named ('che ha chiesto di restare anonima', 'que pidió el
    anonimato', 'qui a requis l'anonymat'), not what the source said."""
    index = doc.tokens
    first, last = index.token_at(start), max(index.token_at(start), index.token_at(end) - 1)
    sent = index.tokens[first].sent
    for hi in range(max(0, first - _REQUEST_LEAD), first + 1):
        if index.tokens[hi].sent == sent and last < hi + _REQUEST_WORDS + 1 and asks_anonymity(index.tokens, hi):
            return True
    # 'que pediu para não | ser identificado (por medo)', 'di non essere | identificato': a negated naming.
    lead = [t.low for t in index.tokens[max(0, first - _REQUEST_LEAD - 1):first] if t.is_word and t.sent == sent]
    opening = [t.low for t in index.tokens[first:last + 1] if t.is_word][:2]
    return any(w in _NEGATIONS for w in lead + opening[:1]) and any(w.startswith(_NAMING) for w in opening)
