"""The page and its static files, served by the API app (no browser needed)."""

from __future__ import annotations

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
    [("/static/app.js", "javascript"), ("/static/style.css", "text/css"), ("/static/index.html", "text/html")],
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


def test_script_builds_markup_with_dom_nodes_only():
    # Article text is untrusted: rendering it through innerHTML would let it inject markup.
    script = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script.replace("never innerHTML", "")
    assert "insertAdjacentHTML" not in script and "document.write" not in script
