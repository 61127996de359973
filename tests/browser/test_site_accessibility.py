"""One sweep over the site's pages (one page per template and language by default, every page
with ``--run-slow``), each page visited once: axe-core (from node_modules, installed by `npm ci`)
finds no serious or critical accessibility problem, no request leaves the site, and no page logs
an error (e.g. a missing sitemap.xml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
RUN_AXE = """async () => {
    const result = await axe.run(document, {resultTypes: ['violations']});
    return result.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => `${v.id} (${v.impact}): ${v.nodes.length}x, e.g. ${v.nodes[0].target.join(' ')}`);
}"""


def _external(urls: list[str], site_url: str) -> list[str]:
    return [url for url in urls if not url.startswith((site_url, "data:", "blob:"))]


def _axe(page: Any, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    return list(page.evaluate(RUN_AXE))


def test_pages_are_accessible_stay_local_and_log_no_error(
    page: Any, site_url: str, sweep_pages: list[str], requests_seen: list[str], console_errors: list[str]
) -> None:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` in the project root")
    axe_source = AXE.read_text(encoding="utf-8")
    missing_page = site_url + "no-such-page/"
    page.goto(missing_page, wait_until="networkidle")
    problems = {"no-such-page/": found} if (found := _axe(page, axe_source)) else {}
    console_errors.clear()  # the 404 status of the missing page itself is expected
    for url in sweep_pages:
        page.goto(url, wait_until="load")  # axe needs the page, not the 500 ms of network quiet
        if found := _axe(page, axe_source):
            problems[url.removeprefix(site_url) or "/"] = found
    # open the search once too: it loads the index and the lunr language files in a worker
    page.goto(site_url, wait_until="networkidle")
    page.locator(".md-search__input").click()
    page.keyboard.type("2024")
    page.wait_for_timeout(800)
    assert problems == {}
    assert len(requests_seen) > len(sweep_pages) + 1, "no sub-resources were requested at all"
    assert _external(requests_seen, site_url) == []
    assert any(url.endswith(".woff2") for url in requests_seen), "the self-hosted fonts were not used"
    assert console_errors == [], f"console errors (e.g. a missing sitemap.xml): {console_errors}"
