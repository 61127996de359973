"""Phones first: below 600 px the statements, troops and sources tables are cards that fit the
screen (nothing scrolls sideways inside them), filters stay usable and the "Arabic original"
disclosure takes the card's full width; checked at 360 and 390 px in both languages."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

PAGES = ["explainer/statements/", "explainer/troops/", "explainer/sources/"]

CARD_CHECK = """() => {
  const table = document.querySelector('table.card-table');
  const rows = [...table.querySelectorAll('tbody tr')].filter(r => !r.hidden);
  const width = document.documentElement.clientWidth;
  const row = rows[0].getBoundingClientRect();
  const cells = [...rows[0].children].map(c => c.getBoundingClientRect());
  const labels = [...rows[0].querySelectorAll('td[data-label]')]
      .map(c => getComputedStyle(c, '::before').content);
  return {
    display: getComputedStyle(rows[0]).display,
    visibleHeaders: [...table.querySelectorAll('thead th')]
        .filter(th => th.getBoundingClientRect().width > 1 && !th.querySelector('button')).length,
    rowLeft: row.left, rowRight: row.right, width,
    tableOverflow: table.scrollWidth - table.clientWidth,
    cellsInside: cells.every(c => c.left >= row.left - 1 && c.right <= row.right + 1),
    labels,
    pageOverflow: document.documentElement.scrollWidth - width,
  };
}"""


@pytest.mark.parametrize("width", [360, 390])
@pytest.mark.parametrize("prefix", ["", "en/"])
@pytest.mark.parametrize("path", PAGES)
def test_fact_tables_are_cards_on_a_phone(
    page: Any, site_url: str, width: int, prefix: str, path: str
) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_url + prefix + path)
    found = page.evaluate(CARD_CHECK)
    assert found["display"] == "flex", found
    assert found["visibleHeaders"] == 0, "column names are hidden on a phone (sort buttons stay)"
    assert found["rowLeft"] >= 0 and found["rowRight"] <= width, found
    assert found["tableOverflow"] <= 1 and found["pageOverflow"] <= 0, found
    assert found["cellsInside"], found
    assert all(label not in ("none", "normal", "") for label in found["labels"]), found


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_statement_filters_and_original_fit_a_390px_phone(page: Any, site_url: str, prefix: str) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(site_url + prefix + "explainer/statements/")
    page.wait_for_selector("[data-statements-filters] select")
    for select in page.locator("[data-statements-filters] select").all():
        box = select.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["height"] >= 24
    details = page.locator("details.statement-original")
    if details.count():
        cell = details.first.evaluate("d => d.closest('td').getBoundingClientRect().width")
        assert details.first.bounding_box()["width"] >= cell * 0.9


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_desktop_keeps_the_tables(page: Any, site_url: str, prefix: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + prefix + "explainer/statements/")
    assert page.evaluate("getComputedStyle(document.querySelector('table.card-table tbody tr')).display") == (
        "table-row"
    )
