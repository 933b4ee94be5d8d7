"""The newsroom page in a real browser: Debian's chromium driven by Playwright for Python."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from service.app import create_app
from service.config import Settings

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright for Python (pip install playwright)")
uvicorn = pytest.importorskip("uvicorn")

ROOT = Path(__file__).resolve().parents[3]
SCREENSHOT_DIR = ROOT / "test-output"
# Quiet and offline: no component updates, no sync, and every host name but loopback unresolvable.
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """uvicorn serving an app on a free loopback port, in a thread of the test process."""

    def __init__(self, app) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def live_url(real_models):
    with LiveServer(create_app(Settings(), models_factory=lambda _s: real_models)) as server:
        yield server.url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    yield context.new_page()
    context.close()


def _save_screenshot(page, tmp_path: Path, name: str) -> Path:
    shot = tmp_path / name
    page.screenshot(path=str(shot), full_page=True)
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    # The folder ignores itself, so nothing written there is ever committed.
    (SCREENSHOT_DIR / ".gitignore").write_text("*\n", encoding="utf-8")
    shutil.copyfile(shot, SCREENSHOT_DIR / name)
    return shot


def _analyse(page, text: str) -> None:
    page.fill("#article", text)
    page.click("#analyze")
    page.wait_for_selector("body[data-state=analysed]", timeout=60_000)


def test_seed_is_analysed_with_ross_quotes_and_bitdance_highlighted(page, live_url, seed_text, tmp_path):
    page.goto(live_url + "/")
    _analyse(page, seed_text)

    ross_marks = page.locator('#marked-text mark.claim[data-speaker*="Ross"]')
    ross_quotes = " ".join(ross_marks.all_text_contents())
    assert "As far as TikTok is concerned" in ross_quotes
    assert "the basic Tik Tok will remain unchanged" in ross_quotes
    assert all("Ross" in (mark.get_attribute("title") or "") for mark in ross_marks.all())

    artifacts = page.locator("#marked-text mark.artifact")
    bitdance = [mark for mark in artifacts.all() if mark.text_content() == "Bitdance"]
    assert bitdance, artifacts.all_text_contents()
    suggestion = bitdance[0].get_attribute("data-suggestion")
    assert suggestion and suggestion != "Bitdance"
    assert suggestion in (bitdance[0].get_attribute("title") or "")

    assert page.inner_text("#summary-text").strip()
    assert page.locator("#checks li").count() >= 1
    assert page.locator("#claims li").count() == page.locator("#marked-text mark.claim:not([data-continued])").count()
    # Highlighting never changes the text itself.
    assert page.text_content("#marked-text") == seed_text
    shot = _save_screenshot(page, tmp_path, "browser-seed.png")
    assert shot.stat().st_size > 10_000
    page.locator("#marked-text").screenshot(path=str(SCREENSHOT_DIR / "browser-seed-text.png"))


def test_uploaded_file_fills_the_text_box(page, live_url, seed_text):
    page.goto(live_url + "/")
    page.set_input_files(
        "#upload", files=[{"name": "seed.txt", "mimeType": "text/plain", "buffer": seed_text.encode("utf-8")}]
    )
    # Locator assertions poll without eval(): the page's CSP (default-src 'self') blocks the
    # string predicates of wait_for_function whenever they have to poll.
    sync_api.expect(page.locator("#article")).not_to_have_value("")
    assert page.input_value("#article") == seed_text
    assert "seed.txt" in page.inner_text("#status")


def test_apply_fixes_replaces_the_text_with_the_normalized_one(page, live_url, seed_text):
    page.goto(live_url + "/")
    _analyse(page, seed_text)
    with page.expect_response(lambda response: response.url.endswith("/v1/normalize")) as normalized:
        page.click("#apply-fixes")
    response = normalized.value
    assert response.status == 200
    sync_api.expect(page.locator("#fix-report")).not_to_have_text("")
    page.wait_for_selector("body[data-state=analysed]", timeout=60_000)
    assert page.input_value("#article") == response.json()["text"]


def test_keyed_server_asks_for_the_key_and_then_works(page, fake_models):
    app = create_app(Settings(api_key="s3cret-key"), models_factory=lambda _s: fake_models)
    with LiveServer(app) as server:
        page.goto(server.url + "/")
        page.fill("#article", "The minister said on Tuesday that talks would go on. “We will not give in,” she said.")
        page.click("#analyze")
        sync_api.expect(page.locator("#status")).to_have_attribute("data-kind", "error")
        assert "API key" in page.inner_text("#status")

        page.click(".key-box summary")
        page.fill("#api-key", "s3cret-key")
        page.dispatch_event("#api-key", "change")
        page.click("#analyze")
        page.wait_for_selector("body[data-state=analysed]", timeout=30_000)
        assert page.evaluate("localStorage.getItem('wirecheck.apiKey')") == "s3cret-key"
