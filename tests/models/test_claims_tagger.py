"""The content tagger of claims-e5: gold tags, decoding, and the claims it adds beside the rules'."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from models.claims.backend import _claim_type, _cue_for, longest_names, missed_claims  # noqa: E402
from models.claims.docs import make_document  # noqa: E402
from models.claims.features import TokenVectors, feature_dim, word_counts  # noqa: E402
from models.claims.head import SpeakerHead  # noqa: E402
from models.claims.tagger import (  # noqa: E402
    CONTENT,
    CONTENT_IN,
    CUE,
    CUE_IN,
    OUTSIDE,
    runs,
    token_tags,
)
from service.contracts import Claim  # noqa: E402

TEXT = "LISBOA — O ministro Rui Costa disse que o plano custará muito dinheiro. A obra começa em maio."


def _word_vectors(text: str, dim: int = 8) -> TokenVectors:
    import re

    found = list(re.finditer(r"\w+|[^\w\s]", text))
    offsets = np.array([(m.start(), m.end()) for m in found], dtype=np.int64)
    return TokenVectors(offsets, np.random.default_rng(0).normal(size=(len(found), dim)).astype(np.float32))


def _index_of(vectors: TokenVectors, text: str, word: str) -> int:
    start = text.index(word)
    return vectors.starts.index(start)


def test_gold_tags_mark_content_and_cue_tokens():
    vectors = _word_vectors(TEXT)
    start = TEXT.index("o plano")
    quote = {"start": start, "end": TEXT.index(".", start), "type": "indirect",
             "cue": {"start": TEXT.index("disse"), "end": TEXT.index("disse") + 5}}
    tags = token_tags(vectors, [quote])
    assert tags[_index_of(vectors, TEXT, "disse")] == CUE
    assert tags[_index_of(vectors, TEXT, "o plano")] == CONTENT
    assert tags[_index_of(vectors, TEXT, "dinheiro")] == CONTENT_IN
    assert tags[_index_of(vectors, TEXT, "Rui")] == OUTSIDE
    assert CUE_IN not in tags.tolist()  # one-token cue


def test_runs_decode_begin_inside_and_drop_fragments():
    vectors = _word_vectors(TEXT)
    tags = np.full(len(vectors.starts), OUTSIDE)
    first, last = _index_of(vectors, TEXT, "o plano"), _index_of(vectors, TEXT, "dinheiro")
    tags[first + 1:last + 1] = CONTENT_IN  # an inside run with no begin still opens a run
    tags[_index_of(vectors, TEXT, "maio")] = CONTENT  # one word: a fragment
    spans = runs(tags, vectors, CONTENT, CONTENT_IN, 15)
    assert spans == [(TEXT.index("plano"), TEXT.index("dinheiro") + len("dinheiro"))]


def test_claim_type_and_cue_choice():
    text = "«Vamos ganhar», disse Ana. Depois explicou que o clube tem dívidas."
    assert _claim_type(text, 1, 13) == "direct"
    start = text.index("o clube")
    assert _claim_type(text, start, len(text) - 1) == "indirect"
    doc = make_document(text, "pt")
    said, explained = (text.index("disse"), text.index("disse") + 5), (text.index("explicou"), text.index("que"))
    assert _cue_for(doc.tokens, [said, explained], start, len(text) - 1) == explained
    assert _cue_for(doc.tokens, [said], start, len(text) - 1) is None  # another sentence's cue


class _FixedTagger(torch.nn.Module):
    """Tags every token of ``content`` as content and of ``cue`` as cue, whatever the vectors."""

    def __init__(self, vectors: TokenVectors, content: tuple[int, int], cue: tuple[int, int]) -> None:
        super().__init__()
        tags = []
        for a, b in zip(vectors.starts, vectors.ends):
            inside_content = content[0] <= a and b <= content[1]
            inside_cue = cue[0] <= a and b <= cue[1]
            tags.append(CONTENT_IN if inside_content else CUE if inside_cue else OUTSIDE)
        self.logits = torch.nn.functional.one_hot(torch.tensor(tags), 5).float()[None] * 10

    def forward(self, rows):
        return self.logits


def test_missed_claims_add_a_cued_content_the_rules_missed_with_a_speaker():
    doc = make_document(TEXT, "pt")
    vectors = _word_vectors(TEXT)
    content = (TEXT.index("o plano"), TEXT.index("dinheiro") + len("dinheiro"))
    cue = (TEXT.index("disse"), TEXT.index("disse") + 5)
    head = SpeakerHead(feature_dim(vectors.dim)).eval()
    tagger = _FixedTagger(vectors, content, cue)
    args = (vectors, word_counts(TEXT), longest_names(doc))
    added = missed_claims(head, tagger, doc, [], *args)
    assert len(added) == 1
    claim = added[0]
    assert TEXT[claim.start:claim.end] == claim.quote and claim.type == "indirect" and claim.cue == "disse"
    assert claim.speaker is not None and TEXT[claim.speaker.start:claim.speaker.end] == claim.speaker.mention
    # A content run the rules already cover adds nothing.
    rules = Claim(quote=TEXT[content[0]:content[1]], start=content[0], end=content[1], type="indirect")
    assert missed_claims(head, tagger, doc, [rules], *args) == []
    # Nor does a run with no cue in its sentences.
    assert missed_claims(head, _FixedTagger(vectors, content, (0, 0)), doc, [], *args) == []


@pytest.mark.parametrize("text, content, cue", [
    # Narrative beside a verb or preposition the tagger took for a cue.
    ("Le azioni della cartiera hanno chiuso in calo del 3 per cento alla Borsa di Torino.",
     "in calo del 3 per cento alla Borsa di Torino", "chiuso"),
    ("Lo sciopero è cominciato dopo la chiusura del reparto verniciatura di Lecco.",
     "la chiusura del reparto verniciatura di Lecco", "dopo"),
    # A run that opens inside a phrase, after its article.
    ("Il presidente ha detto ai cronisti che la sede della cartiera resterà a Lecco.",
     "sede della cartiera resterà a Lecco", "detto"),
    # The request of a source not to be named, beside the verb of what it did say.
    ("Un funzionario della prefettura, che ha chiesto di restare anonimo, ha detto all'ANSA che la strada riapre.",
     "di restare anonimo", "detto"),
])
def test_missed_claims_need_a_cue_the_rules_know_and_no_anonymity_request(text, content, cue):
    doc = make_document(text, "it")
    vectors = _word_vectors(text)
    head = SpeakerHead(feature_dim(vectors.dim)).eval()
    c0, q0 = text.index(cue), text.index(content)
    tagger = _FixedTagger(vectors, (q0, q0 + len(content)), (c0, c0 + len(cue)))
    assert missed_claims(head, tagger, doc, [], vectors, word_counts(text), longest_names(doc)) == []


def test_missed_claims_keep_what_a_source_that_asked_for_anonymity_said():
    text = "Un funzionario della prefettura, che ha chiesto di restare anonimo, ha detto che la strada riapre domani."
    doc = make_document(text, "it")
    vectors = _word_vectors(text)
    head = SpeakerHead(feature_dim(vectors.dim)).eval()
    content, cue = "la strada riapre domani", "detto"
    c0, q0 = text.index(cue), text.index(content)
    tagger = _FixedTagger(vectors, (q0, q0 + len(content)), (c0, c0 + len(cue)))
    added = missed_claims(head, tagger, doc, [], vectors, word_counts(text), longest_names(doc))
    assert [(c.quote, c.cue) for c in added] == [(content, "detto")]
