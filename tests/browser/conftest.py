"""Browser-test fixtures: build the site once, serve it like GitHub Pages, drive Chromium.

Fixtures (agreed names, see the project layout notes):
  built_site  session  Path of a site built from ``seeds/`` into a temporary directory
  site_url    session  "http://127.0.0.1:<port>/" serving ``built_site`` with gzip
  page        function a Playwright page in /usr/bin/chromium (headless)
  requests_seen        every URL the ``page`` requested (tests assert none leave 127.0.0.1)
  console_errors       console errors and uncaught page errors seen by ``page``
  site_pages   session  every page URL listed in the built sitemap.xml (local addresses)

A missing Chromium is a test FAILURE with instructions, never a skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.evaluate.static_server import SiteServer, make_server, serving

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def build_site(destination: Path, site_url: str) -> Path:
    """Build the whole site from seeds/ into ``destination`` with ``site_url`` as its address."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    use_generator = os.environ.get("SITE_TEST_BUILD", "generator") != "mkdocs"
    if use_generator and (PROJECT_ROOT / "generator" / "build.py").is_file():
        command = [sys.executable, "-m", "generator", "build", "--site", str(destination), "--strict"]
    else:  # SITE_TEST_BUILD=mkdocs: plain MkDocs over the pages already in docs/ (shell work)
        sys.path.insert(0, str(PROJECT_ROOT))
        from generator.site_assets import copy_vendor_assets

        copy_vendor_assets(PROJECT_ROOT, PROJECT_ROOT / "docs")
        mkdocs = Path(sys.executable).with_name("mkdocs")
        command = [str(mkdocs), "build", "--strict", "-d", str(destination)]
    result = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.fail(f"site build failed ({' '.join(command)}):\n{result.stdout}\n{result.stderr}")
    return destination


@pytest.fixture(scope="session")
def _site_server() -> Iterator[SiteServer]:
    server = make_server()
    yield server
    server.server_close()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, _site_server: SiteServer) -> Path:
    port = _site_server.server_address[1]
    site = build_site(tmp_path_factory.mktemp("site") / "site", f"http://127.0.0.1:{port}/")
    _site_server.site_root = site
    return site


@pytest.fixture(scope="session")
def site_url(built_site: Path, _site_server: SiteServer) -> Iterator[str]:
    with serving(_site_server) as url:
        yield url


@pytest.fixture(scope="session")
def _browser() -> Iterator[Any]:
    if not CHROMIUM.is_file() and shutil.which(str(CHROMIUM)) is None:
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install it with `apt-get install -y chromium` "
            "(or set CHROMIUM_PATH). Browser tests never skip."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def requests_seen() -> list[str]:
    return []


@pytest.fixture
def console_errors() -> list[str]:
    return []


@pytest.fixture
def page(_browser: Any, site_url: str, requests_seen: list[str], console_errors: list[str]) -> Iterator[Any]:
    context = _browser.new_context(viewport={"width": 1400, "height": 900}, service_workers="block")

    def keep_local(route: Any) -> None:
        if route.request.url.startswith(site_url):
            route.continue_()
        else:
            route.abort()  # recorded by the request listener; never leaves the machine

    context.route("**/*", keep_local)
    browser_page = context.new_page()
    browser_page.on("request", lambda request: requests_seen.append(request.url))
    browser_page.on(
        "console", lambda message: console_errors.append(message.text) if message.type == "error" else None
    )
    browser_page.on("pageerror", lambda error: console_errors.append(f"uncaught: {error}"))
    yield browser_page
    context.close()


def external_requests(urls: list[str], site_url: str) -> list[str]:
    """The URLs that would have left the local site (data: and blob: URLs stay in the page)."""
    return [url for url in urls if not url.startswith((site_url, "data:", "blob:"))]


@pytest.fixture(scope="session")
def site_pages(built_site: Path, site_url: str) -> list[str]:
    """Every page of the built site, from sitemap.xml (built with SITE_URL = the local server)."""
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    root = ElementTree.parse(built_site / "sitemap.xml").getroot()
    urls = sorted({(loc.text or "").strip() for loc in root.iter(f"{namespace}loc") if loc.text})
    assert urls, "sitemap.xml lists no pages"
    assert all(url.startswith(site_url) for url in urls), f"sitemap not built for {site_url}: {urls[:3]}"
    return urls
