"""At phone width (360 px) no page scrolls sideways; wide tables scroll inside their box (fact
tables become cards instead: tests/browser/test_site_cards.py)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}


def test_no_page_scrolls_sideways_at_360px(page: Any, sweep_pages: list[str]) -> None:
    page.set_viewport_size(PHONE)
    too_wide = {}
    for url in sweep_pages:
        page.goto(url)
        widths = page.evaluate(
            "() => ({scroll: document.documentElement.scrollWidth,"
            " client: document.documentElement.clientWidth})"
        )
        if widths["scroll"] > widths["client"]:
            too_wide[url] = widths
    assert too_wide == {}


def test_wide_tables_scroll_inside_their_own_container(page: Any, sweep_pages: list[str]) -> None:
    page.set_viewport_size(PHONE)
    checked = 0
    for url in sweep_pages:
        page.goto(url)
        for table in page.locator(".md-typeset table.card-table").all():  # cards fit the screen instead
            box = table.bounding_box()
            assert box["x"] >= -1 and box["x"] + box["width"] <= PHONE["width"] + 1, (url, box)
            checked += 1
        for table in page.locator(".md-typeset table:not(.card-table)").all():
            container = table.evaluate(
                """t => {
                    let box = t.parentElement;
                    while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) {
                        box = box.parentElement;
                    }
                    return box ? {width: box.getBoundingClientRect().width,
                                  right: box.getBoundingClientRect().right,
                                  left: box.getBoundingClientRect().left} : null;
                }"""
            )
            assert container is not None, f"a table on {url} has no scrolling container"
            assert container["left"] >= -1 and container["right"] <= PHONE["width"] + 1, (url, container)
            checked += 1
    assert checked > 0, "no page has a table to check"
