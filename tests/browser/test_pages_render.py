"""The generated pages in a real browser: links to sentences, statement filters, direction.

Uses the shared fixtures (tests/browser/conftest.py): ``site_url`` serves a site built from
``seeds/``; ``page`` is a headless Chromium page. Nothing here depends on what the seeds say:
the tests pick rows and links from whatever the page shows.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

FACT_PAGES = ["timeline", "treaty", "statements", "troops", "data", "sources"]
TRANSPARENT = ("rgba(0, 0, 0, 0)", "transparent")


def open_page(page: Any, site_url: str, path: str) -> None:
    response = page.goto(site_url + path, wait_until="load")
    assert response is not None and response.ok, path


@pytest.mark.parametrize(("prefix", "lang", "direction"), [("", "ar", "rtl"), ("en/", "en", "ltr")])
@pytest.mark.parametrize("name", FACT_PAGES)
def test_generated_page_renders_with_its_language_and_direction(
    page: Any, site_url: str, name: str, prefix: str, lang: str, direction: str
) -> None:
    open_page(page, site_url, f"{prefix}explainer/{name}/")
    assert page.evaluate("document.documentElement.lang") == lang
    assert page.evaluate("getComputedStyle(document.body).direction") == direction
    heading = page.locator("article h1").first
    assert heading.is_visible() and heading.inner_text().strip()
    assert page.locator("aside.data-downloads a[download]").count() >= 5


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_statement_source_link_lands_on_its_highlighted_sentence(
    page: Any, site_url: str, prefix: str
) -> None:
    open_page(page, site_url, f"{prefix}explainer/statements/")
    link = page.locator("table[data-statements] a.source-ref").first
    expected_sentence = " ".join(link.get_attribute("title").split())
    link.click()
    page.wait_for_load_state("load")
    fragment = page.evaluate("location.hash")
    assert fragment.startswith("#s-")
    assert "/explainer/sources/" in page.url
    target = page.locator(f"[id='{fragment[1:]}']")
    assert target.count() == 1
    assert target.evaluate("el => el.matches(':target')")
    assert target.evaluate("el => getComputedStyle(el).backgroundColor") not in TRANSPARENT
    assert " ".join(target.inner_text().split()) == expected_sentence
    assert target.is_visible()


def test_filtering_by_speaker_leaves_only_that_speakers_rows(page: Any, site_url: str) -> None:
    open_page(page, site_url, "explainer/statements/")
    speaker_select = page.locator("select[id$='-speaker']")
    speaker_select.wait_for()
    values = [v for v in speaker_select.locator("option").evaluate_all("os => os.map(o => o.value)") if v]
    assert values, "the filter lists the speakers of the table"
    rows = page.locator("table[data-statements] tbody tr")
    total = rows.count()
    chosen = values[-1]
    speaker_select.select_option(chosen)
    visible = page.locator("table[data-statements] tbody tr:not([hidden])")
    assert 0 < visible.count() <= total
    assert set(visible.evaluate_all("rs => rs.map(r => r.dataset.speaker)")) == {chosen}
    speaker_select.select_option("")
    assert page.locator("table[data-statements] tbody tr:not([hidden])").count() == total


def test_filtering_by_side_and_sorting_by_date(page: Any, site_url: str) -> None:
    open_page(page, site_url, "en/explainer/statements/")
    side_select = page.locator("select[id$='-side']")
    side_select.wait_for()
    sides = [v for v in side_select.locator("option").evaluate_all("os => os.map(o => o.value)") if v]
    if sides:
        side_select.select_option(sides[0])
        shown = page.locator("table[data-statements] tbody tr:not([hidden])")
        assert set(shown.evaluate_all("rs => rs.map(r => r.dataset.side)")) == {sides[0]}
        side_select.select_option("")
    page.locator("table[data-statements] th button.sort-button").click()
    dates = page.locator("table[data-statements] tbody tr").evaluate_all("rs => rs.map(r => r.dataset.date)")
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[: len(dated)] == dated  # undated rows last


def test_english_statements_never_show_an_empty_statement(page: Any, site_url: str) -> None:
    open_page(page, site_url, "en/explainer/statements/")
    cells = page.locator("table[data-statements] td.statement")
    assert cells.count() > 0
    for text in cells.evaluate_all("cs => cs.map(c => c.innerText.trim())"):
        assert text
    pending = page.locator("table[data-statements] .translation-pending")
    for i in range(pending.count()):
        cell = pending.nth(i).locator("xpath=ancestor::td[1]")
        assert cell.locator("[lang='ar'][dir='rtl']").count() >= 1
