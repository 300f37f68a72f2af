"""Screenshots of generated pages in the system's Chromium, driven by Playwright's sync API.

No browser is downloaded: Playwright launches the Chromium from the operating system (Debian's
`chromium` package). `available()` says whether both are present; tests skip otherwise.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    for candidate in (shutil.which("chromium"), shutil.which("chromium-browser"),
                      "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def available() -> tuple[bool, str]:
    """(True, "") when Playwright and a Chromium binary are installed, else (False, why)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False, "playwright is not installed (pip install playwright; no browser download needed)"
    if chromium_path() is None:
        return False, "no chromium binary (apt-get install chromium)"
    return True, ""


def screenshot(html_path: Path, png_path: Path, *, width: int = 1280, height: int = 800,
               timeout_s: float = 30.0, ready: str = "window.kgReady === true",
               then: Callable | None = None) -> dict:
    """Open `html_path` as a file:// URL, wait until `ready` is true (the network page sets
    window.kgReady after its layout settles; timeout 30 s), call `then(page)` if given, save a
    PNG of the viewport and return what happened: seconds to ready, the page's node/edge counts,
    console errors, alert/confirm dialogs, requests to anything but file:/data: (should be none)
    and the result of `then`."""
    import time

    from playwright.sync_api import sync_playwright

    html_path = Path(html_path).resolve()
    png_path = Path(png_path)
    png_path.parent.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    result = None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path() or "/usr/bin/chromium",
                                    args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url)
                    if not r.url.startswith(("file:", "data:", "about:", "blob:")) else None)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            start = time.monotonic()
            page.goto(html_path.as_uri())
            page.wait_for_function(ready, timeout=timeout_s * 1000)
            seconds = time.monotonic() - start
            page.wait_for_timeout(300)  # one more frame after physics is switched off
            counts = page.evaluate("window.kgCounts || null")
            if then is not None:
                result = then(page)
                page.wait_for_timeout(200)
            page.screenshot(path=str(png_path))
        finally:
            browser.close()
    return {"seconds": seconds, "counts": counts, "errors": errors, "requests": requests,
            "dialogs": dialogs, "then": result, "png": png_path}
