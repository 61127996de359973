"""The timeline in Chromium: a rail on the reading-start side (right in Arabic), readable at 360 px,
and the jump-to-year index working with JavaScript turned off."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

RAIL = """() => {
  const list = document.querySelector('ol.timeline');
  const style = getComputedStyle(list);
  const box = list.getBoundingClientRect();
  const dot = getComputedStyle(list.querySelector('li.timeline-event'), '::before');
  return {rtl: style.direction === 'rtl', right: parseFloat(style.borderRightWidth),
          left: parseFloat(style.borderLeftWidth), dot: dot.content,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          width: box.width};
}"""


@pytest.mark.parametrize(("prefix", "rtl"), [("", True), ("en/", False)])
def test_rail_on_the_reading_start_side_at_360px(page: Any, site_url: str, prefix: str, rtl: bool) -> None:
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(site_url + prefix + "explainer/timeline/")
    found = page.evaluate(RAIL)
    assert found["rtl"] is rtl
    assert (found["right"], found["left"]) == ((3, 0) if rtl else (0, 3)), found
    assert found["dot"] != "none" and found["overflow"] <= 0, found


def test_jump_to_year_works_without_javascript(_browser: Any, site_url: str, built_site: Any) -> None:
    context = _browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 700})
    try:
        page = context.new_page()
        page.goto(site_url + "en/explainer/timeline/")
        link = page.locator("nav.timeline-jump a").last
        target = link.get_attribute("href")
        link.click()
        assert page.url.endswith(target)
        top = page.evaluate(f"document.querySelector('{target}').getBoundingClientRect().top")
        assert 0 <= top < 300
    finally:
        context.close()
