"""Browser-test fixtures: build the site once, serve it like GitHub Pages, drive Chromium.

Fixtures (agreed names, see the project layout notes):
  built_site  session  Path of the site built once from ``seeds/`` (tests/conftest.py)
  site_url    session  "http://127.0.0.1:<port>/" serving ``built_site`` with gzip
  page        function a Playwright page in /usr/bin/chromium (headless)
  requests_seen        every URL the ``page`` requested (tests assert none leave 127.0.0.1)
  console_errors       console errors and uncaught page errors seen by ``page``
  site_pages   session  every page URL listed in the built sitemap.xml (local addresses)
  sweep_pages          one page per template and language; again with every page under ``slow``

A missing Chromium is a test FAILURE with instructions, never a skip.
"""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from site_build import SiteBuild

from generator.evaluate.static_server import SiteServer, serving

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


@pytest.fixture(scope="session")
def site_url(site_build: SiteBuild, site_server: SiteServer) -> Iterator[str]:
    with serving(site_server) as url:
        assert url == site_build.url
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


def template_of(url: str, site_url: str) -> str:
    """The kind of page at ``url``: its language and first two path segments ("en/explainer/sources/*")."""
    parts = url.removeprefix(site_url).strip("/").split("/")
    lang = parts.pop(0) if parts and parts[0] == "en" else "ar"
    return "/".join([lang, *parts[:2], *(["*"] if len(parts) > 2 else [])])


@pytest.fixture(scope="session")
def template_pages(site_pages: list[str], site_url: str) -> list[str]:
    """One page per template and language (the first in address order)."""
    first: dict[str, str] = {}
    for url in site_pages:
        first.setdefault(template_of(url, site_url), url)
    return sorted(first.values())


@pytest.fixture(params=["one page per template", pytest.param("every page", marks=pytest.mark.slow)])
def sweep_pages(
    request: pytest.FixtureRequest, template_pages: list[str], site_pages: list[str]
) -> list[str]:
    """The pages a sweep over the site visits: a sample by default, all of them with --run-slow."""
    return site_pages if request.param == "every page" else template_pages
