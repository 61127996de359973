"""The troop-estimate chart page: static chart at once, interactive Plotly only on request."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

PLOTLY = "plotly-basic.min.js"


def dated_estimate_ids(built_site: Path) -> set[str]:
    facts = json.loads((built_site / "explainer" / "data" / "facts.json").read_text(encoding="utf-8"))
    return {estimate["id"] for estimate in facts["troop_estimates"] if estimate["as_of"]}


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_interactive_chart_draws_one_point_per_dated_figure(
    page: Any, site_url: str, built_site: Path, prefix: str, console_errors: list[str]
) -> None:
    expected = dated_estimate_ids(built_site)
    assert expected, "the seeds give dated troop figures; none reached the site"
    page.goto(f"{site_url}{prefix}explainer/troops/", wait_until="networkidle")
    top_of_table = (
        "() => document.querySelector('table[data-troop-estimates]').getBoundingClientRect().top"
        " + window.scrollY"
    )
    top_before = page.evaluate(top_of_table)
    page.click("[data-troop-chart-show]")
    page.wait_for_selector("#troop-chart .scatterlayer .point", timeout=20_000)
    drawn = page.evaluate(
        """() => document.getElementById('troop-chart').data
                 .flatMap(trace => trace.customdata || [])
                 .map(item => Array.isArray(item) ? item[0] : item)"""
    )
    assert sorted(drawn) == sorted(expected)
    assert page.locator("#troop-chart .scatterlayer .point").count() == len(expected)
    assert abs(page.evaluate(top_of_table) - top_before) <= 2, "loading the chart moved the page"
    assert not page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")
    assert console_errors == []


def test_chart_page_loads_plotly_only_when_asked(page: Any, site_url: str, requests_seen: list[str]) -> None:
    page.goto(f"{site_url}explainer/troops/", wait_until="networkidle")
    assert page.locator("svg.troop-chart-svg, .troop-chart-box svg").first.is_visible()
    assert page.locator("table[data-troop-estimates] tbody tr").count() >= 1
    assert not [url for url in requests_seen if PLOTLY in url], "Plotly loaded before the reader asked"
    page.mouse.wheel(0, 400)
    page.wait_for_function("() => !!window.Plotly", timeout=20_000)
    assert [url for url in requests_seen if PLOTLY in url]


@pytest.mark.parametrize("path", ["", "explainer/timeline/", "en/explainer/statements/"])
def test_other_pages_never_load_plotly(page: Any, site_url: str, requests_seen: list[str], path: str) -> None:
    page.goto(site_url + path, wait_until="networkidle")
    page.mouse.wheel(0, 2000)
    page.wait_for_timeout(300)
    assert not [url for url in requests_seen if PLOTLY in url or "troop-chart" in url]
