"""The pages of `kg serve` in a real browser: uvicorn on 127.0.0.1 (a free port, in a thread),
Debian's Chromium driven by Playwright with tests/browser.py's launch settings.

Each test asserts that the browser asked nothing of any host but 127.0.0.1 and that the page
logged no error. Screenshots go to tests/artifacts/serve-*.png; with KG_DOC_SCREENSHOTS=1 the
three shown in the README are also written to docs/img/serve-{editor,query,network}.png."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from browser import CHROMIUM_ARGS, available, chromium_path

ok, why = available()
if not ok:
    pytest.skip(why, allow_module_level=True)
uvicorn = pytest.importorskip("uvicorn")

from test_web import make_app  # noqa: E402  (kg.serve's app, or the stand-in until it exists)

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
DOC_IMAGES = ROOT / "docs" / "img"
WIDTH, HEIGHT = 1280, 800


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(built, request):
    port = _free_port()
    config = uvicorn.Config(make_app(built), host="127.0.0.1", port=port, log_level="warning",
                            lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, name="kg-serve-e2e", daemon=True)
    thread.start()

    def stop():
        srv.should_exit = True
        thread.join(timeout=15)
    request.addfinalizer(stop)
    deadline = time.monotonic() + 20
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path() or "/usr/bin/chromium",
                                    args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def wait_ready(page, timeout_s: float = 30.0) -> float:
    """Wait for window.kgReady, polling from here: Playwright's wait_for_function evaluates its
    predicate with eval(), which the pages' Content-Security-Policy forbids."""
    start = time.monotonic()
    while not page.evaluate("() => window.kgReady === true"):
        if time.monotonic() - start > timeout_s:
            pytest.fail(f"window.kgReady not set within {timeout_s:.0f} s")
        page.wait_for_timeout(100)
    return time.monotonic() - start


class Watched:
    """A fresh page (own storage) that records every request and every error."""

    def __init__(self, browser, width: int = WIDTH, height: int = HEIGHT):
        self.context = browser.new_context(viewport={"width": width, "height": height},
                                           device_scale_factor=1)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text)
                     if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("response", lambda r: self.errors.append(f"HTTP {r.status}: {r.url}")
                     if r.status >= 400 else None)
        self.page.on("dialog", lambda d: (self.errors.append("dialog: " + d.message),
                                          d.dismiss()))

    def elsewhere(self) -> list[str]:
        out = []
        for url in self.requests:
            parts = urlparse(url)
            if parts.scheme in ("data", "blob", "about"):
                continue
            if parts.hostname != "127.0.0.1":
                out.append(url)
        return out

    def screenshot(self, name: str, doc: str | None = None) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"serve-{name}.png"
        self.page.screenshot(path=str(path))
        if doc and os.environ.get("KG_DOC_SCREENSHOTS"):
            DOC_IMAGES.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, DOC_IMAGES / doc)
        return path

    def check(self) -> None:
        assert self.elsewhere() == [], f"requests left 127.0.0.1: {self.elsewhere()}"
        assert self.errors == [], f"errors in the page: {self.errors}"
        self.context.close()


@pytest.fixture
def watched(chromium):
    w = Watched(chromium)
    yield w
    w.check()


PHONE_WIDTH, PHONE_HEIGHT = 400, 800


@pytest.fixture
def phone(chromium):
    w = Watched(chromium, PHONE_WIDTH, PHONE_HEIGHT)
    yield w
    w.check()


# Elements that stick out of the viewport on the right and are not inside a scroll container
# that itself fits: what a reader on a phone could not see.
CUT_OFF = """() => { const width = document.documentElement.clientWidth, out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= width + 1) continue;
    let a = el.parentElement, inside = false;
    for (; a && a !== document.body; a = a.parentElement) {
      if (/(auto|scroll|hidden)/.test(getComputedStyle(a).overflowX)
          && a.getBoundingClientRect().right <= width + 1) { inside = true; break; } }
    if (!inside) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''));
  }
  return out; }"""

# Screen size in pixels of every node label the network draws at its current zoom.
DRAWN_LABEL_PX = """() => { const n = window.kgNetwork, scale = n.getScale(), px = [];
  for (const id of n.body.nodeIndices) { const node = n.body.nodes[id];
    if (node.options.label && node.labelModule.visible())
      px.push(Math.min(node.labelModule.fontOptions.size * scale,
                       node.options.scaling.label.maxVisible)); }
  return px; }"""


def test_sparql_editor_runs_the_first_example(server, watched):
    page = watched.page
    page.goto(server + "/sparql-editor")
    wait_ready(page, 20)
    # the autocompleters that would ask lov.linkeddata.es are off
    completers = page.evaluate("() => Yasgui.Yasqe.defaults.autocompleters")
    assert "class" not in completers and "property" not in completers
    page.locator("button.example").first.click()
    panel = page.locator(".tabPanel.active")
    panel.locator(".yasqe_queryButton").click()
    rows = panel.locator(".yasr table tbody tr")
    rows.first.wait_for(state="visible", timeout=20_000)
    assert rows.count() >= 1
    assert "No data" not in panel.locator(".yasr").inner_text()
    # things are named by their labels (from /labels.json), the IRI stays the link's tooltip
    mou = panel.locator(".yasr table a.iri", has_text="Memorandum of Understanding").first
    mou.wait_for(state="visible", timeout=20_000)
    assert mou.get_attribute("title") == "ragr:mou-nb-gyeonggi-2024"
    # the request went to this server's endpoint
    assert any(u.startswith(server + "/sparql") for u in watched.requests)
    page.wait_for_timeout(300)
    watched.screenshot("editor", "serve-editor.png")


def test_query_form_in_the_browser(server, watched):
    page = watched.page
    page.goto(server + "/queries/who-met")
    page.fill("#p-actor", "Kim Dong-yeon")
    page.get_by_role("button", name="Run").click()
    page.wait_for_selector("#results")
    table = page.locator("#results")
    assert "LionVolt" in table.inner_text()
    assert "TNO APAC" in table.inner_text()
    assert "actor=Kim+Dong-yeon" in page.url
    watched.screenshot("query", "serve-query.png")


def test_find_and_actor_page(server, watched):
    page = watched.page
    page.goto(server + "/")
    page.fill("#kg-q", "kim dong-yeon")
    page.press("#kg-q", "Enter")
    page.wait_for_url("**/find?q=*")
    page.get_by_role("link", name="Kim Dong-yeon").first.click()
    page.wait_for_url("**/actor?iri=*")
    assert page.locator("h1").inner_text() == "Kim Dong-yeon"
    assert "Governor" in page.locator("main").inner_text()
    assert page.locator("blockquote[lang=nl]").count() >= 1
    watched.screenshot("actor")


def test_network_page_draws(server, watched):
    page = watched.page
    page.goto(server + "/network?kind=met")
    wait_ready(page, 30)
    frame = page.frame_locator("#kg-frame")
    canvas = frame.locator("#kg-network canvas")
    canvas.wait_for(state="visible")
    box = canvas.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 200
    counts = page.evaluate("window.kgCounts")
    assert counts and counts["nodes"] > 3
    page.wait_for_timeout(300)
    watched.screenshot("network-all")


def test_network_path_in_the_browser(server, watched):
    page = watched.page
    page.goto(server + "/network")
    page.select_option("select[name=kind]", "organisations")
    page.fill("input[name=from]", "TNO APAC")
    page.fill("input[name=to]", "University of Seoul")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/network?*")
    wait_ready(page, 30)
    steps = page.locator(".path-steps").inner_text()
    assert "Path 1" in steps and "University of Seoul" in steps
    assert "highlighted" in page.frame_locator("#kg-frame").locator("#kg-note").inner_text()
    page.frame_locator("#kg-frame").locator("#kg-network canvas").wait_for(state="visible")
    page.wait_for_timeout(300)
    watched.screenshot("network", "serve-network.png")


@pytest.mark.parametrize("kind", ["met", "actor-event"])
def test_network_fills_a_phone_screen_with_legible_labels(server, phone, kind):
    page = phone.page
    page.goto(server + f"/network?kind={kind}")
    wait_ready(page, 30)
    page.locator("#kg-frame").scroll_into_view_if_needed()
    canvas = page.frame_locator("#kg-frame").locator("#kg-network canvas")
    canvas.wait_for(state="visible")
    assert canvas.bounding_box()["height"] >= 0.6 * PHONE_HEIGHT
    network = page.locator("#kg-frame").element_handle().content_frame()
    drawn = network.evaluate(DRAWN_LABEL_PX)
    assert drawn, "no label is drawn at the default zoom"
    assert min(drawn) >= 11
    assert page.evaluate(CUT_OFF) == []
    phone.screenshot(f"phone-network-{kind}")


@pytest.mark.parametrize("path", ["/queries/who-met?actor=Kim+Dong-yeon", "/queries/companies",
                                  "/timeline?a=Noord-Brabant&b=Gyeonggi", "/ontology",
                                  "/actors"])
def test_pages_fit_a_phone_screen(server, phone, path):
    page = phone.page
    page.goto(server + path)
    page.wait_for_load_state("load")
    assert page.evaluate(CUT_OFF) == []
    phone.screenshot("phone-" + path.strip("/").split("?")[0].replace("/", "-"))
