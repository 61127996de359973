"""axe-core (from node_modules, installed by `npm ci`) finds no serious or critical
accessibility problem on a page of any template, in either language (on every page with
``--run-slow``)."""

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


def test_no_serious_accessibility_violations(page: Any, site_url: str, sweep_pages: list[str]) -> None:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` in the project root")
    axe_source = AXE.read_text(encoding="utf-8")
    problems = {}
    for url in [*sweep_pages, site_url + "no-such-page/"]:
        page.goto(url)
        page.add_script_tag(content=axe_source)
        found = page.evaluate(RUN_AXE)
        if found:
            problems[url.removeprefix(site_url) or "/"] = found
    assert problems == {}
