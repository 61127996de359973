"""The troop-estimate chart page: static chart at once, interactive Plotly only on request."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

PLOTLY = "plotly-basic.min.js"


def dated_estimate_ids(built_site: Path) -> set[str]:
    """Figures with a date of their own, or current figures whose article is dated (drawn at the
    article's date, marked)."""
    facts = json.loads((built_site / "explainer" / "data" / "facts.json").read_text(encoding="utf-8"))
    published = {source["id"] for source in facts["sources"] if source["published"]}

    def plotted(estimate: dict[str, Any]) -> bool:
        by_article = not estimate["previous"] and any(p["file"] in published for p in estimate["sources"])
        return bool(estimate["as_of"]) or by_article

    return {estimate["id"] for estimate in facts["troop_estimates"] if plotted(estimate)}


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


TEXT_CHECK = """() => {
  const svg = document.querySelector('svg.troop-chart-svg');
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const texts = [...svg.querySelectorAll('text')];
  const boxes = texts.map(t => t.getBoundingClientRect());
  const clashes = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) clashes.push([texts[i].textContent, texts[j].textContent]);
    }
  }
  const smallest = Math.min(...texts.map(t => parseFloat(t.getAttribute('font-size')) * scale));
  return {smallest, clashes, inside: boxes.every(b => b.left >= 0 && b.right <= window.innerWidth)};
}"""


@pytest.mark.parametrize("width", [360, 390, 1280])
@pytest.mark.parametrize("prefix", ["", "en/"])
def test_static_chart_text_is_legible_and_never_overlaps(
    page: Any, site_url: str, prefix: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}{prefix}explainer/troops/")
    found = page.evaluate(TEXT_CHECK)
    assert found["smallest"] >= 12, found
    assert found["clashes"] == [], found
    assert found["inside"], found
