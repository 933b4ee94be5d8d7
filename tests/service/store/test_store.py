"""ClaimStore on SQLite and PostgreSQL: storing, idempotence, deletion, related claims, search, reviews."""

from __future__ import annotations

import pytest

from service.store.claimreview import ReviewRecord
from service.store.errors import ArticleNotFound, ClaimNotFound, EmbedderMissing
from service.store.store import ClaimStore
from tests.service.store.articles import article

GROWTH = "The economy grew by 3 percent last year"


def test_add_analysis_stores_the_article_and_its_claims_with_offsets(store):
    text, analysis = article(("Bruno Le Maire", GROWTH), (None, "Taxes will not rise next year"))
    article_id, created = store.add_analysis(text, analysis, source="wire/a.txt", title="Growth")
    assert created
    claims = store.claims_of(article_id)
    assert [c.text for c in claims] == [GROWTH, "Taxes will not rise next year"]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert (claim.source, claim.title, claim.language, claim.type) == ("wire/a.txt", "Growth", "en", "direct")
    assert claims[0].speaker == "Bruno Le Maire" and claims[1].speaker is None
    assert store.get_claim(claims[0].id) == claims[0]


def test_the_same_text_again_returns_the_same_article_without_duplicates(store):
    text, analysis = article(("Bruno Le Maire", GROWTH))
    first = store.add_analysis(text, analysis)
    again = store.add_analysis(text, analysis, source="elsewhere.txt")
    assert first == (first[0], True) and again == (first[0], False)
    assert store.counts() == {"articles": 1, "claims": 1, "reviews": 0}


def test_deleting_an_article_removes_its_claims_from_lookups_related_and_search(store):
    keep_text, keep = article(("Bruno Le Maire", GROWTH))
    gone_text, gone = article(("Emmanuel Macron", GROWTH), lead="Another report.")
    keep_id, _ = store.add_analysis(keep_text, keep)
    gone_id, _ = store.add_analysis(gone_text, gone)
    kept_claim = store.claims_of(keep_id)[0]
    gone_claim = store.claims_of(gone_id)[0]
    assert [r.claim.id for r in store.related(kept_claim.id)] == [gone_claim.id]

    assert store.delete_article(gone_id) == 1
    assert store.claims_of(gone_id) == []
    with pytest.raises(ClaimNotFound):
        store.get_claim(gone_claim.id)
    assert store.related(kept_claim.id) == []
    assert gone_claim.id not in {hit.claim.id for hit in store.search(q=GROWTH)}
    assert gone_claim.id not in {hit.claim.id for hit in store.search(speaker="macron")}
    assert store.counts()["claims"] == 1
    with pytest.raises(ArticleNotFound):
        store.delete_article(gone_id)


def test_related_claims_are_labelled_and_never_from_the_same_article(store):
    base_id, _ = store.add_analysis(*article(("Bruno Le Maire", GROWTH), ("Bruno Le Maire", GROWTH + " indeed")))
    same_words_other_speaker, _ = store.add_analysis(*article(("Olaf Scholz", GROWTH)))
    other_figure, _ = store.add_analysis(*article(("Bruno Le Maire", "The economy grew by 5 percent last year")))
    same_speaker_again, _ = store.add_analysis(*article(("Bruno Le Maire", GROWTH), lead="Repeat."))
    store.add_analysis(*article(("Someone Else", "Football scores were high on Sunday")))

    query = store.claims_of(base_id)[0]
    related = store.related(query.id, k=5)
    labels = {r.claim.article_id: r.label for r in related}
    assert base_id not in labels
    assert labels == {
        same_words_other_speaker: "misattributed",
        other_figure: "conflicting",
        same_speaker_again: "corroborating",
    }
    similarities = [r.similarity for r in related]
    assert similarities == sorted(similarities, reverse=True) and all(0 < s <= 1 for s in similarities)
    assert len(store.related(query.id, k=1)) == 1


def test_related_to_text_finds_stored_claims_for_a_claim_not_stored(store):
    stored_id, _ = store.add_analysis(*article(("Bruno Le Maire", GROWTH)))
    related = store.related_to_text(GROWTH, "en", speaker="Olaf Scholz")
    assert [(r.claim.article_id, r.label) for r in related] == [(stored_id, "misattributed")]
    assert store.related_to_text(GROWTH, "en", exclude_article=stored_id) == []


def test_search_filters_by_speaker_without_accents_or_case_and_by_language_and_time(store):
    store.add_analysis(*article(("Jean-Luc Mélenchon", "Les salaires doivent augmenter"), language="fr"))
    store.add_analysis(*article(("Bruno Le Maire", GROWTH)))
    store.add_analysis(*article(("Olaf Scholz", "Wir schaffen das"), language="de"))

    assert [h.claim.speaker for h in store.search(speaker="MELENCHON")] == ["Jean-Luc Mélenchon"]
    assert [h.claim.speaker for h in store.search(speaker="le ma")] == ["Bruno Le Maire"]
    assert store.search(speaker="100%_") == []  # LIKE wildcards in the input are plain characters
    assert [h.claim.language for h in store.search(language="de")] == ["de"]
    newest_first = [h.claim.speaker for h in store.search()]
    assert newest_first == ["Olaf Scholz", "Bruno Le Maire", "Jean-Luc Mélenchon"]
    assert all(h.similarity is None for h in store.search())
    assert len(store.search(since="2000-01-01")) == 3 and store.search(since="2999-01-01") == []
    assert len(store.search(limit=2)) == 2


def test_search_by_text_ranks_by_similarity_and_keeps_the_filters(store):
    store.add_analysis(*article(("Bruno Le Maire", GROWTH)))
    store.add_analysis(*article(("Olaf Scholz", "The economy grew by 5 percent this year")))
    store.add_analysis(*article(("Someone Else", "Football scores were high on Sunday")))
    hits = store.search(q="economy grew 3 percent")
    assert hits[0].claim.text == GROWTH and hits[0].similarity > hits[-1].similarity
    assert [h.claim.speaker for h in store.search(q="economy grew", speaker="scholz")] == ["Olaf Scholz"]


def test_reviews_are_imported_once_and_matched_to_claims(store):
    review = ReviewRecord(
        claim_reviewed=GROWTH, rating="False", rating_value=0.0, publisher="Example FactCheck",
        url="https://factcheck.example.org/growth", date_published="2024-02-14", language="en",
        claimant="Bruno Le Maire",
    )
    unrelated = ReviewRecord("Whales are fish", "False", 0.0, "Example FactCheck", None, None, "en", None)
    assert store.import_reviews([review, unrelated, review]) == 2
    assert store.import_reviews([review]) == 0
    article_id, _ = store.add_analysis(*article(("Bruno Le Maire", GROWTH)))
    matches = store.reviews_for(store.claims_of(article_id)[0])
    assert [(m.review.url, m.review.rating, m.review.publisher) for m in matches] == [
        ("https://factcheck.example.org/growth", "False", "Example FactCheck")
    ]
    assert matches[0].similarity == pytest.approx(1.0)


def test_a_review_does_not_rate_a_claim_with_another_figure_or_polarity(store):
    # A fact-check of "3 percent" settles neither "5 percent" nor its denial, however close the words.
    store.import_reviews([ReviewRecord(GROWTH, "False", 0.0, "Checker", "https://c.example/g", None, "en", None)])
    article_id, _ = store.add_analysis(*article(
        ("Bruno Le Maire", GROWTH), ("Olaf Scholz", "The economy grew by 5 percent last year"),
        ("Someone Else", "The economy did not grow by 3 percent last year"),
    ))
    same, other_figure, denial = store.claims_of(article_id)
    assert [m.review.url for m in store.reviews_for(same)] == ["https://c.example/g"]
    assert store.reviews_for(other_figure) == [] and store.reviews_for(denial) == []
    assert store.reviews_for(same.id) == store.reviews_for(same)


def test_matches_for_article_gives_each_claim_its_related_claims_and_reviews(store):
    store.import_reviews([ReviewRecord(GROWTH, "False", 0.0, "Checker", "https://c.example/1", None, "en", None)])
    store.add_analysis(*article(("Olaf Scholz", GROWTH)))
    article_id, _ = store.add_analysis(*article(("Bruno Le Maire", GROWTH), (None, "Football scores were high")))
    matches = store.matches_for_article(article_id)
    assert [m.claim.position for m in matches] == [0, 1]
    assert [r.label for r in matches[0].related] == ["misattributed"] and len(matches[0].reviews) == 1
    assert matches[1].related == [] and matches[1].reviews == []


def test_nul_characters_are_stored_as_replacement_characters(store):
    text, analysis = article(("Bruno Le Maire", "Growth\x00 was strong"))
    article_id, _ = store.add_analysis(text, analysis, title="A\x00title")
    claim = store.claims_of(article_id)[0]
    assert claim.text == "Growth\ufffd was strong" and claim.title == "A\ufffdtitle"


def test_a_store_opened_without_an_embedder_reads_but_cannot_embed(store, store_url):
    article_id, _ = store.add_analysis(*article(("Bruno Le Maire", GROWTH)))
    store.add_analysis(*article(("Olaf Scholz", GROWTH)))
    with ClaimStore.open(store_url) as reader:
        claim_id = reader.claims_of(article_id)[0].id
        assert [r.label for r in reader.related(claim_id)] == ["misattributed"]
        assert len(reader.search(speaker="scholz")) == 1
        with pytest.raises(EmbedderMissing):
            reader.search(q="growth")
