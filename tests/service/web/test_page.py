"""The page and its static files, served by the API app (no browser needed)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.config import Settings
from service.routes.web import STATIC_DIR


@pytest.fixture
def client(fake_models):
    with TestClient(create_app(Settings(), models_factory=lambda _s: fake_models)) as test_client:
        yield test_client


def test_index_is_the_page_with_a_strict_content_security_policy(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    for marker in ('id="article"', 'id="analyze"', 'id="apply-fixes"', 'id="upload"', 'src="/static/app.js"'):
        assert marker in response.text


@pytest.mark.parametrize(
    ("path", "media_type"),
    [
        ("/static/app.js", "javascript"),
        ("/static/related.js", "javascript"),
        ("/static/style.css", "text/css"),
        ("/static/index.html", "text/html"),
    ],
)
def test_static_files_are_served_with_their_types(client, path, media_type):
    response = client.get(path)
    assert response.status_code == 200
    assert media_type in response.headers["content-type"]


@pytest.mark.parametrize("path", ["/static/nope.js", "/static/../app.py", "/static/%2e%2e/app.py"])
def test_missing_or_escaping_static_paths_are_404_envelopes(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_page_is_not_part_of_the_api_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert "/" not in paths and "/metrics" not in paths


@pytest.mark.parametrize("name", ["app.js", "related.js"])
def test_scripts_build_markup_with_dom_nodes_only(name):
    # Article and store text is untrusted: rendering it through innerHTML would let it inject markup.
    script = (STATIC_DIR / name).read_text(encoding="utf-8")
    assert "innerHTML" not in script.replace("never innerHTML", "")
    assert "outerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script


SCRIPTS = ("app.js", "related.js")


def test_the_form_offers_storing_off_by_default_with_a_label_and_a_note():
    page = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    store_box = re.search(r"<input[^>]*\bid=\"store\"[^>]*>", page)
    assert store_box and 'type="checkbox"' in store_box[0] and "checked" not in store_box[0]
    assert 'aria-describedby="store-note"' in store_box[0] and 'id="store-note"' in page
    label = re.search(r"<label class=\"check\">(.*?)</label>", page, re.S)
    assert label and 'id="store"' in label[1] and "Store this article" in label[1]
    assert re.search(r'<label id="source-field"[^>]*hidden', page) and 'id="source" type="url"' in page
    assert page.index('src="/static/app.js"') < page.index('src="/static/related.js"')


def test_the_page_loads_nothing_from_elsewhere():
    for name in ("index.html", "style.css", *SCRIPTS):
        source = (STATIC_DIR / name).read_text(encoding="utf-8")
        assert not re.search(r"(src|href)=\"(https?:)?//", source), name
        assert "@import" not in source and "url(http" not in source, name


def test_related_panel_uses_the_store_api_and_safe_links():
    script = (STATIC_DIR / "related.js").read_text(encoding="utf-8")
    for needed in (
        "/v1/claims/search?limit=1",
        "/v1/claims/${id}/related?k=",
        "/v1/claims/${id}`",
        "store_not_configured",
        '"aria-expanded"',
        '"aria-controls"',
        "Related claims (",
        "Load related",
    ):
        assert needed in script, needed
    # One place makes links: from an http(s) URL the URL parser accepted, never from the raw string.
    assert script.count('el("a"') == 1 and 'el("a", { href, rel: "noopener noreferrer"' in script
    assert 'url.protocol === "http:" || url.protocol === "https:" ? url.href : null' in script
    # Every label has its badge colour; misattributed and conflicting are filled, the others tinted.
    style = (STATIC_DIR / "style.css").read_text(encoding="utf-8")
    for label in ("corroborating", "paraphrase", "misattributed", "conflicting"):
        assert f".label-{label}" in style, label
    assert ".label-badge.label-misattributed { background: var(--misattributed); color: #fff; }" in style


def test_the_store_probe_answers_409_without_a_store_and_200_with_one(client, fake_models, tmp_path):
    # The page asks this to decide whether to offer "Store this article"; it must stay cheap and keyed alike.
    missing = client.get("/v1/claims/search?limit=1")
    assert missing.status_code == 409 and missing.json()["error"]["code"] == "store_not_configured"
    settings = Settings(store_url=f"sqlite:///{tmp_path}/claims.db")
    with TestClient(create_app(settings, models_factory=lambda _s: fake_models)) as stored:
        assert stored.get("/v1/claims/search?limit=1").json() == {"results": []}
