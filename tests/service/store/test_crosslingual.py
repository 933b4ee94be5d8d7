"""The real multilingual encoder ("use"): a French claim finds its English report, across the store."""

from __future__ import annotations

import pytest

from models.registry import make_backend
from service.store.store import ClaimStore
from tests.service.store.articles import article


@pytest.fixture(scope="module")
def use_embedder():
    return make_backend("use")


def test_a_french_claim_finds_its_english_translation_first(tmp_path, use_embedder):
    with ClaimStore.open(f"sqlite:///{tmp_path}/claims.db", use_embedder) as store:
        english, _ = store.add_analysis(
            *article(("Christine Lagarde", "Inflation will return to two percent by the end of next year"))
        )
        store.add_analysis(*article(
            ("Christine Lagarde", "The central bank will publish its annual report in March"),
            ("Gianni Infantino", "The World Cup final drew a record television audience"),
        ))
        french, _ = store.add_analysis(*article(
            ("Christine Lagarde", "L'inflation reviendra à deux pour cent d'ici la fin de l'année prochaine"),
            language="fr",
        ))
        claim = store.claims_of(french)[0]
        related = store.related(claim.id, k=3)
        assert related and related[0].claim.article_id == english
        assert related[0].label == "corroborating" and related[0].similarity > 0.7
        # The same French claim, not stored, attributed to someone else: misattributed.
        fresh = store.related_to_text(claim.text, "fr", speaker="Olaf Scholz", exclude_article=french)
        assert (fresh[0].claim.article_id, fresh[0].label) == (english, "misattributed")
        hits = store.search(q="inflation retour à 2 %", limit=1)
        assert hits[0].claim.article_id in {english, french}
