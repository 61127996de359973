"""No request leaves the site, and no page logs an error (e.g. a missing sitemap.xml)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def _external(urls: list[str], site_url: str) -> list[str]:
    return [url for url in urls if not url.startswith((site_url, "data:", "blob:"))]


def test_no_request_leaves_localhost_on_any_page(
    page: Any, site_url: str, sweep_pages: list[str], requests_seen: list[str], console_errors: list[str]
) -> None:
    missing_page = site_url + "no-such-page/"
    page.goto(missing_page, wait_until="networkidle")
    console_errors.clear()  # the 404 status of the missing page itself is expected
    visited = [missing_page, *sweep_pages]
    for url in sweep_pages:
        page.goto(url, wait_until="networkidle")
    # open the search once too: it loads the index and the lunr language files in a worker
    page.goto(site_url, wait_until="networkidle")
    page.locator(".md-search__input").click()
    page.keyboard.type("2024")
    page.wait_for_timeout(800)
    assert len(requests_seen) > len(visited), "no sub-resources were requested at all"
    assert _external(requests_seen, site_url) == []
    assert any(url.endswith(".woff2") for url in requests_seen), "the self-hosted fonts were not used"
    assert console_errors == [], f"console errors (e.g. a missing sitemap.xml): {console_errors}"
