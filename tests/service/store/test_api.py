"""The claim store over HTTP, through TestClient with the lifespan: analyze with store, lookups, search, deletes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.config import Settings
from service.store.errors import StoreEncoderMismatch
from service.store.store import ClaimStore
from tests.service.store.fakes import OtherEmbedder

REVIEWS = Path(__file__).resolve().parents[2] / "fixtures" / "claimreview" / "good"
PARIS = (
    "PARIS (Reuters) - Finance minister Bruno Le Maire said on Monday: \"The economy grew by 3 percent last "
    "year.\" He added that taxes would not rise."
)
BERLIN = "BERLIN (Reuters) - Chancellor Olaf Scholz said on Tuesday: \"The economy grew by 3 percent last year.\""
WHALES = (
    "BOSTON (AP) - State senator Tom Hollis said on Friday: \"Offshore wind turbines have killed more than 200 "
    "whales on the US east coast since 2023.\""
)


@pytest.fixture
def client(store_url, fake_models):
    app = create_app(Settings(store_url=store_url), models_factory=lambda _s: fake_models)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def storeless(fake_models):
    with TestClient(create_app(Settings(), models_factory=lambda _s: fake_models)) as test_client:
        yield test_client


def _store(client, text: str, **extra) -> dict:
    response = client.post("/v1/analyze", json={"text": text, "store": True, **extra})
    assert response.status_code == 200, response.text
    return response.json()


def test_analyze_without_store_keeps_the_contract_and_stores_nothing(client):
    body = client.post("/v1/analyze", json={"text": PARIS}).json()
    assert body["article_id"] is None and body["claims"]
    assert all(c["id"] is None and c["related"] == [] and c["reviews"] == [] for c in body["claims"])
    assert client.get("/v1/claims/search").json() == {"results": []}


def test_analyze_with_store_returns_ids_and_each_claims_related_claims(client):
    first = _store(client, PARIS, source="https://news.example/paris")
    assert first["article_id"] and all(c["id"] for c in first["claims"])
    assert all(c["related"] == [] for c in first["claims"])

    second = _store(client, BERLIN)
    growth = second["claims"][0]
    assert [(r["label"], r["claim"]["speaker_name"], r["claim"]["source"]) for r in growth["related"]] == [
        ("misattributed", "Bruno Le Maire", "https://news.example/paris")
    ]
    assert _store(client, PARIS)["article_id"] == first["article_id"]  # the same text is the same article


def test_claim_lookup_related_and_errors(client):
    claim_id = _store(client, PARIS)["claims"][0]["id"]
    _store(client, BERLIN)
    claim = client.get(f"/v1/claims/{claim_id}").json()
    assert claim["claim"]["speaker_name"] == "Bruno Le Maire" and claim["reviews"] == []
    assert PARIS[claim["claim"]["start"] : claim["claim"]["end"]] == claim["claim"]["text"]
    related = client.get(f"/v1/claims/{claim_id}/related", params={"k": 3}).json()
    assert [r["claim"]["speaker_name"] for r in related["related"]] == ["Olaf Scholz"]

    missing = client.get("/v1/claims/987654")
    assert missing.status_code == 404
    error = {"code": "claim_not_found", "message": "no stored claim with id 987654", "details": {"claim_id": 987654}}
    assert missing.json() == {"error": error}
    assert client.get("/v1/claims/987654/related").status_code == 404
    for bad in ("abc", "0", str(2**70)):
        assert client.get(f"/v1/claims/{bad}").status_code == 422
    assert client.get(f"/v1/claims/{claim_id}/related", params={"k": 0}).status_code == 422


def test_search_by_text_speaker_language_and_time(client):
    _store(client, PARIS)
    _store(client, BERLIN)
    by_speaker = client.get("/v1/claims/search", params={"speaker": "SCHOLZ"}).json()["results"]
    assert [r["claim"]["speaker_name"] for r in by_speaker] == ["Olaf Scholz"]
    by_text = client.get("/v1/claims/search", params={"q": "economy grew", "limit": 1}).json()["results"]
    assert len(by_text) == 1 and "economy grew" in by_text[0]["claim"]["text"] and by_text[0]["similarity"] > 0
    assert client.get("/v1/claims/search", params={"language": "fr"}).json() == {"results": []}
    assert len(client.get("/v1/claims/search", params={"since": "2000-01-01"}).json()["results"]) == 3
    assert client.get("/v1/claims/search", params={"since": "2999-01-01T00:00:00Z"}).json() == {"results": []}
    assert client.get("/v1/claims/search", params={"since": "last week"}).status_code == 422
    assert client.get("/v1/claims/search", params={"limit": 1000}).status_code == 422


def test_delete_article_removes_its_claims(client):
    paris = _store(client, PARIS)
    berlin = _store(client, BERLIN)
    response = client.delete(f"/v1/articles/{berlin['article_id']}")
    assert response.json() == {"article_id": berlin["article_id"], "claims_deleted": 1}
    assert client.get(f"/v1/claims/{berlin['claims'][0]['id']}").status_code == 404
    assert client.get(f"/v1/claims/{paris['claims'][0]['id']}/related").json()["related"] == []
    again = client.delete(f"/v1/articles/{berlin['article_id']}")
    assert again.status_code == 404 and again.json()["error"]["code"] == "article_not_found"


def test_uploaded_reviews_are_deduplicated_and_attached_to_matching_claims(client):
    feed = json.loads((REVIEWS / "en_single.json").read_text())
    assert client.post("/v1/reviews", json=feed).json() == {"received": 1, "imported": 1}
    assert client.post("/v1/reviews", json=[feed]).json() == {"received": 1, "imported": 0}
    claim = _store(client, WHALES)["claims"][0]
    assert [(r["rating"], r["publisher"], r["url"]) for r in claim["reviews"]] == [
        ("False", "Example FactCheck", "https://factcheck.example.org/2024/02/wind-turbines-whales")
    ]
    assert client.get(f"/v1/claims/{claim['id']}").json()["reviews"][0]["claimant"] == "Tom Hollis"
    not_reviews = client.post("/v1/reviews", json={"@type": "NewsArticle", "headline": "x"})
    assert not_reviews.status_code == 422 and not_reviews.json()["error"]["code"] == "invalid_reviews"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", "/v1/analyze", {"text": PARIS, "store": True}),
        ("get", "/v1/claims/1", None),
        ("get", "/v1/claims/1/related", None),
        ("get", "/v1/claims/search", None),
        ("delete", "/v1/articles/1", None),
        ("post", "/v1/reviews", {"@type": "ClaimReview", "claimReviewed": "x"}),
    ],
)
def test_without_a_store_every_store_request_is_a_409_with_a_code(storeless, method, path, body):
    response = storeless.request(method.upper(), path, json=body)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "store_not_configured"
    assert "WIRECHECK_STORE_URL" in response.json()["error"]["message"]


def test_a_store_built_with_another_encoder_stops_start_up(store_url, fake_models):
    ClaimStore.open(store_url, OtherEmbedder()).close()
    app = create_app(Settings(store_url=store_url), models_factory=lambda _s: fake_models)
    with pytest.raises(StoreEncoderMismatch), TestClient(app):
        pass


def test_any_json_uploaded_as_reviews_is_a_clear_answer_never_a_server_error(client):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    finite = st.floats(allow_nan=False, allow_infinity=False)
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), finite, st.text(max_size=20))
    values = st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["@type", "claimReviewed", "reviewRating", "url", "author", "x"]), inner),
        max_leaves=10,
    )
    review_like = st.fixed_dictionaries(
        {"@type": st.sampled_from(["ClaimReview", ["ClaimReview"], "schema:ClaimReview"])},
        optional={"claimReviewed": values, "reviewRating": values, "url": values, "author": values},
    )

    @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(body=st.one_of(values, review_like, st.lists(review_like, max_size=3)))
    def upload(body):
        response = client.post("/v1/reviews", json=body)
        assert response.status_code in (200, 422), response.text
        assert set(response.json()) in ({"received", "imported"}, {"error"})

    upload()
