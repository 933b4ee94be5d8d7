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


# Claim store: the form's "Store this article" option and each stored claim's related-claims panel.
REVIEWS = ROOT / "tests" / "fixtures" / "claimreview" / "good" / "en_single.json"
GROWTH = "The economy grew by 3 percent last year."
PARIS = (
    f'PARIS (Reuters) - Finance minister Bruno Le Maire said on Monday: "{GROWTH}" He added that taxes would not rise.'
)
LYON = f'LYON (AFP) - Finance minister Bruno Le Maire said on Thursday: "{GROWTH}"'
BERLIN = f'BERLIN (Reuters) - Chancellor Olaf Scholz said on Tuesday: "{GROWTH}"'
WHALES = (
    'BOSTON (AP) - State senator Tom Hollis said on Friday: "Offshore wind turbines have killed more than 200 '
    'whales on the US east coast since 2023."'
)


@pytest.fixture
def store_server_url(real_models, tmp_path):
    """A server with the real models and a fresh SQLite claim store."""
    settings = Settings(store_url=f"sqlite:///{tmp_path}/claims.db")
    with LiveServer(create_app(settings, models_factory=lambda _s: real_models)) as server:
        yield server.url


def _claim_card(page, quote: str):
    return page.locator("#claims li.claim-item").filter(has=page.locator("q", has_text=quote)).first


def test_a_storeless_server_disables_the_store_option_with_a_note(page, live_url):
    page.goto(live_url + "/")
    option = page.locator("#store-option")
    sync_api.expect(option).to_have_attribute("data-support", "missing")
    sync_api.expect(page.locator("#store")).to_be_disabled()
    assert not page.is_checked("#store")
    assert "no claim store" in page.inner_text("#store-note")


def test_when_the_probe_cannot_tell_a_409_analyses_without_storing(page, live_url):
    # The probe gets no answer, so the option stays usable; the server's 409 then turns it off.
    page.route("**/v1/claims/search*", lambda route: route.fulfill(status=503, body="{}"))
    page.goto(live_url + "/")
    sync_api.expect(page.locator("#store-option")).to_have_attribute("data-support", "unknown")
    page.check("#store")
    sync_api.expect(page.locator("#source-field")).to_be_visible()
    _analyse(page, PARIS)
    assert "Not stored: this server has no claim store" in page.inner_text("#status")
    sync_api.expect(page.locator("#store")).to_be_disabled()
    assert page.locator("#claims li").count() >= 1 and page.locator("#claims .related").count() == 0


def test_stored_articles_show_related_claims_labels_and_fact_checks(page, store_server_url, tmp_path):
    store_url = store_server_url
    page.goto(store_url + "/")
    sync_api.expect(page.locator("#store-option")).to_have_attribute("data-support", "available")
    assert not page.is_checked("#store")  # off by default
    reviews = page.request.post(
        store_url + "/v1/reviews",
        data=REVIEWS.read_text(encoding="utf-8"),
        headers={"Content-Type": "application/json"},
    )
    assert reviews.json() == {"received": 1, "imported": 1}

    page.check("#store")
    page.fill("#source", "https://news.example/paris")
    _analyse(page, PARIS)
    assert "Stored as article" in page.inner_text("#status")
    paris = _claim_card(page, GROWTH)
    toggle = paris.locator(".related-toggle")
    sync_api.expect(toggle).to_have_text("Related claims (0)")
    assert toggle.get_attribute("aria-expanded") == "false"
    # Keyboard: the toggle is a button; Enter opens it, Space (below) closes it.
    toggle.focus()
    page.keyboard.press("Enter")
    sync_api.expect(toggle).to_have_attribute("aria-expanded", "true")
    sync_api.expect(paris.locator(".related-body")).to_be_visible()

    # Another desk stores the same words from another speaker, with a source that must never become a link
    # and a title that must stay text.
    hostile_title = '<img src=x onerror="document.body.dataset.pwned=1">Berlin'
    other = page.request.post(
        store_url + "/v1/analyze",
        data={
            "text": BERLIN,
            "store": True,
            "source": "javascript:document.body.dataset.pwned=1",
            "title": hostile_title,
        },
    )
    assert other.ok, other.text()
    paris.locator(".load-related").click()
    sync_api.expect(toggle).to_have_text("Related claims (1)")
    item = paris.locator(".related-item")
    sync_api.expect(item.locator(".label-badge")).to_have_text("misattributed")
    assert item.get_attribute("data-label") == "misattributed"
    assert item.locator(".related-speaker").inner_text() == "Olaf Scholz"
    assert hostile_title in item.inner_text() and "EN" in item.inner_text()
    assert item.locator("a, img").count() == 0
    assert paris.locator(".related-flags").inner_text().split() == ["MISATTRIBUTED"]
    toggle.focus()
    page.keyboard.press("Space")
    sync_api.expect(toggle).to_have_attribute("aria-expanded", "false")
    sync_api.expect(paris.locator(".related-body")).to_be_hidden()

    # A second related article through the form: its panel comes with the analysis itself.
    page.fill("#source", "")
    _analyse(page, LYON)
    lyon = _claim_card(page, GROWTH)
    sync_api.expect(lyon.locator(".related-toggle")).to_have_text("Related claims (2)")
    lyon.locator(".related-toggle").click()
    labels = {row.get_attribute("data-label"): row for row in lyon.locator(".related-item").all()}
    assert set(labels) == {"corroborating", "misattributed"}
    corroborating = labels["corroborating"]
    assert corroborating.locator(".related-speaker").inner_text() == "Bruno Le Maire"
    link = corroborating.locator("a")
    assert link.get_attribute("href") == "https://news.example/paris"
    assert "noopener" in (link.get_attribute("rel") or "")
    assert labels["misattributed"].locator(".related-speaker").inner_text() == "Olaf Scholz"
    _save_screenshot(page, tmp_path, "browser-related.png")

    # A claim a fact-checker reviewed carries the rating and the publisher's link.
    _analyse(page, WHALES)
    whales = _claim_card(page, "Offshore wind turbines")
    sync_api.expect(whales.locator(".review-hint")).to_have_text("fact-checked (1)")
    whales.locator(".related-toggle").click()
    review = whales.locator(".review")
    assert review.locator(".rating").inner_text() == "False"
    publisher = review.locator("a")
    assert publisher.inner_text() == "Example FactCheck"
    assert publisher.get_attribute("href") == "https://factcheck.example.org/2024/02/wind-turbines-whales"
    assert "noopener" in (publisher.get_attribute("rel") or "")
    assert page.evaluate("document.body.dataset.pwned") is None
    _save_screenshot(page, tmp_path, "browser-fact-check.png")
