"""The HTTP contract, through TestClient with the lifespan running."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.config import Settings


@pytest.fixture
def client(fake_models):
    app = create_app(Settings(max_body_bytes=20_000), models_factory=lambda _s: fake_models)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def real_client(real_models):
    app = create_app(Settings(), models_factory=lambda _s: real_models)
    with TestClient(app) as test_client:
        yield test_client


def _assert_offsets(text: str, analysis: dict) -> None:
    for claim in analysis["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["quote"]
        speaker = claim["speaker"]
        if speaker and speaker["start"] is not None:
            assert text[speaker["start"] : speaker["end"]] == speaker["mention"]
    for artifact in analysis["artifacts"]:
        assert text[artifact["start"] : artifact["end"]] == artifact["surface"]
    for sentence in analysis["summary"]["sentences"]:
        for span in sentence["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"]
    for check in analysis["checks"]:
        for span in check["spans"]:
            assert 0 <= span["start"] <= span["end"] <= len(text)


def test_seed_analysis_has_all_five_sections_with_round_trip_offsets(real_client, seed_text):
    response = real_client.post("/v1/analyze", json={"text": seed_text})
    assert response.status_code == 200
    body = response.json()
    assert body["language"] == "en"
    assert body["summary"]["text"] and body["summary"]["sentences"]
    assert body["claims"] and body["artifacts"] and body["checks"]
    _assert_offsets(seed_text, body)


@pytest.mark.parametrize(
    ("route", "key"),
    [("/v1/summarize", "summary"), ("/v1/claims", "claims"), ("/v1/artifacts", "artifacts")],
)
def test_single_stage_routes(client, seed_text, route, key):
    response = client.post(route, json={"text": seed_text[:3000]})
    assert response.status_code == 200, response.text
    assert key in response.json() and response.json()["language"] == "en"


def test_normalize_returns_text_and_edits_in_both_coordinates(client):
    text = "Shares of Bitdance fell. Tik Tok said nothing."
    response = client.post("/v1/normalize", json={"text": text, "min_confidence": 0.0})
    assert response.status_code == 200
    body = response.json()
    for edit in body["edits"]:
        assert text[edit["start"] : edit["end"]] == edit["before"]
        assert body["text"][edit["new_start"] : edit["new_end"]] == edit["after"]
    assert "Tik Tok" not in body["text"]


def test_health_ready_models_and_openapi(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200
    names = {backend["name"] for backend in client.get("/v1/models").json()["backends"]}
    assert {"extractive", "use", "spacy-en"} <= names
    assert "/v1/analyze" in client.get("/openapi.json").json()["paths"]


def test_not_ready_before_lifespan(fake_models):
    app = create_app(Settings(), models_factory=lambda _s: fake_models)
    bare = TestClient(app)  # no context manager: the lifespan has not run
    assert bare.get("/readyz").status_code == 503
    response = bare.post("/v1/analyze", json={"text": "Some text here."})
    assert response.status_code == 503 and response.headers["retry-after"]


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_is_422_with_a_clear_message(client, text):
    response = client.post("/v1/analyze", json={"text": text})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "empty_text"
    assert "empty" in response.json()["error"]["message"]


def test_missing_field_is_422_without_echoing_input(client):
    response = client.post("/v1/analyze", json={"title": "secret-title-value"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
    assert "secret-title-value" not in response.text


@pytest.mark.parametrize(
    ("body", "content_type"),
    [(b"this is not json", "application/json"), (b"\x00\xff\xfe\x89PNG\x00", "application/octet-stream"),
     (b'{"text": "unterminated', "application/json")],
)
def test_non_json_and_binary_bodies_are_4xx(client, body, content_type):
    response = client.post("/v1/analyze", content=body, headers={"content-type": content_type})
    assert 400 <= response.status_code < 500
    assert "error" in response.json()


@pytest.mark.parametrize(
    ("content_type", "declared"),
    [("application/json; charset=latin-1", "charset=latin-1, which is not supported"), ("application/json", "")],
)
def test_a_body_not_in_utf8_is_415_saying_the_body_must_be_utf8_json(client, content_type, declared):
    body = '{"text": "Le ministre a déclaré mardi."}'.encode("latin-1")
    response = client.post("/v1/analyze", content=body, headers={"content-type": content_type})
    assert response.status_code == 415
    error = response.json()["error"]
    assert error["code"] == "unsupported_encoding"
    assert error["message"].startswith("the body must be JSON encoded as UTF-8; it is not valid UTF-8")
    assert declared in error["message"]


def test_a_utf8_body_is_read_whatever_charset_its_content_type_declares(client):
    body = '{"text": "Le ministre a déclaré mardi que les négociations reprendraient."}'.encode()
    response = client.post("/v1/claims", content=body, headers={"content-type": "application/json; charset=latin-1"})
    assert response.status_code == 200 and response.json()["language"] == "fr"


def test_body_over_the_limit_is_413(client):
    response = client.post("/v1/analyze", json={"text": "word " * 10_000})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "body_too_large"


def test_streamed_body_over_the_limit_is_413(client):
    def chunks():
        for _ in range(50):
            yield b"x" * 1000

    response = client.post("/v1/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_unknown_language_is_analysed_with_a_warning(client):
    text = ("Ministeri sanoi tiistaina, että neuvottelut jatkuvat ensi viikolla Helsingissä. "
            "“Emme anna periksi”, hän sanoi.")
    response = client.post("/v1/analyze", json={"text": text})
    assert response.status_code == 200
    body = response.json()
    assert body["language"] == "fi"
    assert any("no rules" in warning for warning in body["warnings"])


def test_html_entities_get_a_warning_and_offsets_stay_those_of_the_text_sent(client):
    text = "&quot;We will not back down,&quot; said the minister on Monday. The talks had failed."
    response = client.post("/v1/analyze", json={"text": text})
    assert response.status_code == 200
    body = response.json()
    assert any("2 HTML character reference(s) (&quot;)" in warning for warning in body["warnings"])
    _assert_offsets(text, body)


def test_min_words_over_max_words_is_422_naming_both(client):
    options = {"min_words": 500, "max_words": 10}
    response = client.post("/v1/summarize", json={"text": "The minister resigned on Monday.", "options": options})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert [(d["loc"], "min_words must not be more than max_words" in d["msg"]) for d in error["details"]] == [
        (["body", "options"], True)
    ]


@pytest.mark.parametrize(
    ("hint", "language", "shown"),
    [("fr_FR", "fr", None), ("fr-FR", "fr", None), ("xx", "xx", "'xx'"), ("english", "und", "'english'"),
     ("y" * 10_000, "und", "'" + "y" * 23 + "…'")],
)
def test_language_hints_are_normalised_or_warned_about_like_an_unknown_code(client, hint, language, shown):
    text = "Le ministre a déclaré mardi que les négociations reprendraient."
    response = client.post("/v1/claims", json={"text": text, "language": hint})
    assert response.status_code == 200
    body = response.json()
    assert body["language"] == language
    no_rules = [warning for warning in body["warnings"] if "which wirecheck has no rules for" in warning]
    assert [shown in warning for warning in no_rules] == ([True] if shown else [])
    assert "y" * 24 not in response.text


def test_unknown_option_is_422(client):
    response = client.post("/v1/analyze", json={"text": "Some text.", "options": {"colour": "red"}})
    assert response.status_code == 422
