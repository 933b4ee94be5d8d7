"""Several writers and readers on one store: threads, processes, and processes seeing each other's writes."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor

from service.store.store import ClaimStore
from tests.conftest import FakeEmbedder
from tests.service.store.articles import article
from tests.service.store.fakes import numbered_article, write_articles

CLAIMS_PER_ARTICLE = 3


def test_threads_writing_at_once_lose_nothing_and_share_ids_for_the_same_text(store):
    # Eight threads, 30 articles each; every article is written by two threads.
    plans = [[(t * 15 + i) % 120 for i in range(30)] for t in range(8)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda numbers: [store.add_analysis(*numbered_article(n)) for n in numbers], plans))
    ids: dict[int, set[int]] = {}
    for numbers, outcomes in zip(plans, results):
        for n, (article_id, _created) in zip(numbers, outcomes):
            ids.setdefault(n, set()).add(article_id)
    assert all(len(found) == 1 for found in ids.values()) and len(ids) == 120
    assert sum(created for outcomes in results for _, created in outcomes) == 120
    assert store.counts() == {"articles": 120, "claims": 120 * CLAIMS_PER_ARTICLE, "reviews": 0}


def test_two_processes_writing_at_once_lose_nothing(store_url):
    ClaimStore.open(store_url, FakeEmbedder()).close()
    context = multiprocessing.get_context("spawn")
    # Half of each process's articles are the other's too.
    plans = [list(range(0, 60)), list(range(30, 90))]
    with context.Pool(2) as pool:
        results = pool.starmap(write_articles, [(store_url, numbers) for numbers in plans])
    by_number = {}
    for numbers, ids in zip(plans, results):
        for n, article_id in zip(numbers, ids):
            assert by_number.setdefault(n, article_id) == article_id
    with ClaimStore.open(store_url, FakeEmbedder()) as store:
        assert store.counts() == {"articles": 90, "claims": 90 * CLAIMS_PER_ARTICLE, "reviews": 0}


def test_a_store_sees_writes_and_deletes_made_through_another_one(store_url):
    with ClaimStore.open(store_url, FakeEmbedder()) as mine, ClaimStore.open(store_url, FakeEmbedder()) as theirs:
        my_id, _ = mine.add_analysis(*article(("Bruno Le Maire", "The economy grew by 3 percent last year")))
        my_claim = mine.claims_of(my_id)[0]
        assert mine.related(my_claim.id) == []

        their_id, _ = theirs.add_analysis(*article(("Olaf Scholz", "The economy grew by 3 percent last year")))
        assert [r.claim.article_id for r in mine.related(my_claim.id)] == [their_id]
        assert {h.claim.article_id for h in mine.search(q="economy grew")} == {my_id, their_id}

        theirs.delete_article(their_id)
        assert mine.related(my_claim.id) == []
        assert {h.claim.article_id for h in mine.search(q="economy grew")} == {my_id}
        assert len(mine._claims) == 1  # the vector left the other store's index too, not only its results
