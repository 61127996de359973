"""What a reader sees: direction, language switching, the 404 page, highlighted citations."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1400, "height": 900}


def _box(page: Any, selector: str) -> dict[str, float]:
    locator = page.locator(selector).first
    assert locator.is_visible(), f"{selector} is not visible"
    box = locator.bounding_box()
    assert box is not None, f"{selector} has no layout box"
    return box


def _first_line_edges(page: Any, selector: str) -> dict[str, float]:
    """Left/right of the first rendered line of text in an element, and the element's own edges."""
    return page.eval_on_selector(
        selector,
        """element => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const line = range.getClientRects()[0];
            const own = element.getBoundingClientRect();
            return {lineLeft: line.left, lineRight: line.right, left: own.left, right: own.right};
        }""",
    )


def test_arabic_home_lays_out_right_to_left(page: Any, site_url: str) -> None:
    page.set_viewport_size(DESKTOP)
    page.goto(site_url)
    html = page.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"

    sidebar = _box(page, ".md-sidebar--primary")
    content = _box(page, ".md-content")
    assert sidebar["x"] > content["x"], "the navigation sidebar should sit right of the content"
    assert sidebar["x"] + sidebar["width"] > DESKTOP["width"] / 2

    paragraph = ".md-content .md-typeset > p"
    assert page.eval_on_selector(paragraph, "e => getComputedStyle(e).direction") == "rtl"
    edges = _first_line_edges(page, paragraph)
    assert abs(edges["lineRight"] - edges["right"]) < 2, f"text is not right-aligned: {edges}"


def test_english_home_lays_out_left_to_right(page: Any, site_url: str) -> None:
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + "en/")
    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("en", "ltr")
    sidebar = _box(page, ".md-sidebar--primary")
    content = _box(page, ".md-content")
    assert sidebar["x"] < content["x"], "the navigation sidebar should sit left of the content"
    edges = _first_line_edges(page, ".md-content .md-typeset > p")
    assert abs(edges["lineLeft"] - edges["left"]) < 2, f"text is not left-aligned: {edges}"


def _switch_language(page: Any, target_lang: str) -> None:
    page.locator(".md-header__option .md-select").first.hover()
    link = page.locator(f"a.md-select__link[hreflang='{target_lang}']")
    link.wait_for(state="visible")
    with page.expect_navigation():
        link.click()


def test_language_switcher_keeps_the_reader_on_the_same_page(page: Any, site_url: str) -> None:
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + "explainer/timeline/")
    arabic_heading = page.locator(".md-content h1").first.inner_text()

    _switch_language(page, "en")
    assert page.url == site_url + "en/explainer/timeline/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("html").get_attribute("dir") == "ltr"

    _switch_language(page, "ar")
    assert page.url == site_url + "explainer/timeline/"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".md-content h1").first.inner_text() == arabic_heading


def test_404_page_speaks_both_languages(page: Any, site_url: str) -> None:
    response = page.goto(site_url + "en/no-such-page/")
    assert response is not None and response.status == 404
    for lang, direction, script_sample in (("ar", "rtl", "\u0627"), ("en", "ltr", "e")):
        block = page.locator(f".not-found [lang='{lang}']")
        assert block.is_visible()
        assert block.get_attribute("dir") == direction
        assert block.evaluate("e => getComputedStyle(e).direction") == direction
        assert script_sample in block.inner_text()
    # the stylesheet loaded even though the page is served from a nested, missing path
    assert page.eval_on_selector("body", "e => getComputedStyle(e).fontFamily").startswith('"IBM Plex')


def test_cited_sentence_is_highlighted_when_targeted(page: Any, site_url: str) -> None:
    page.goto(site_url + "explainer/sources/")
    source_links = page.locator(".md-content article a[href]:not(.headerlink)")
    assert source_links.count() > 0, "the sources index lists no source pages"
    source_links.first.click()
    page.wait_for_load_state()
    anchor_id = page.eval_on_selector(".md-content [id^='s-']", "e => e.id")
    plain_background = page.eval_on_selector(f"#{anchor_id}", "e => getComputedStyle(e).backgroundColor")
    page.goto(page.url.split("#")[0] + f"#{anchor_id}")
    style = page.eval_on_selector(
        f"#{anchor_id}",
        "e => ({bg: getComputedStyle(e).backgroundColor, outline: getComputedStyle(e).outlineStyle})",
    )
    assert style["bg"] != plain_background
    assert style["bg"] not in ("rgba(0, 0, 0, 0)", "transparent")
    assert style["outline"] != "none"
