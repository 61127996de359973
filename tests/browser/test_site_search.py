"""Search finds Arabic words on Arabic pages and English words on English pages, and labels
results from the other language (the index is shared by both languages)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def _longest_heading_word(page: Any) -> str:
    """Longest word of the page's title heading (without Material's "¶" permalink)."""
    heading = page.eval_on_selector(
        ".md-content h1",
        """h1 => {
            const copy = h1.cloneNode(true);
            copy.querySelectorAll('.headerlink').forEach(link => link.remove());
            return copy.textContent.trim();
        }""",
    )
    return max(heading.split(), key=len)


def _search(page: Any, query: str) -> Any:
    meta = page.locator(".md-search-result__meta")
    initializing = meta.inner_text()  # "Initializing search" until the worker has the index
    page.locator(".md-search__input").click()  # desktop width: the search box sits in the header
    page.wait_for_function(
        "text => document.querySelector('.md-search-result__meta').innerText.trim() !== text.trim()",
        arg=initializing,
        timeout=15_000,
    )
    page.keyboard.type(query)
    page.keyboard.press("End")  # Material searches on key events; Arabic text arrives as insertText
    results = page.locator(".md-search-result__item[data-result-lang]")
    results.first.wait_for(state="visible", timeout=10_000)
    return results


def test_arabic_word_finds_arabic_page(page: Any, site_url: str) -> None:
    page.goto(site_url + "explainer/timeline/")
    word = _longest_heading_word(page)
    results = _search(page, word)
    first_link = results.first.locator("a").first.get_attribute("href")
    assert "/en/" not in first_link, f"{word!r} led to {first_link}"
    assert results.first.get_attribute("lang") == "ar"
    assert results.first.locator(".search-result-language").count() == 0


def test_english_word_finds_english_page(page: Any, site_url: str) -> None:
    page.goto(site_url + "en/explainer/timeline/")
    word = _longest_heading_word(page)
    results = _search(page, word)
    assert "/en/" in results.first.locator("a").first.get_attribute("href")
    assert results.first.get_attribute("lang") == "en"


def test_other_language_results_are_labelled(page: Any, site_url: str) -> None:
    page.goto(site_url + "explainer/timeline/")
    arabic_word = _longest_heading_word(page)
    page.goto(site_url + "en/")
    results = _search(page, arabic_word)
    arabic_results = page.locator(".md-search-result__item[data-result-lang='ar']")
    assert arabic_results.count() > 0
    assert arabic_results.first.get_attribute("dir") == "rtl"
    assert arabic_results.first.locator(".search-result-language").inner_text() == "العربية"
    assert results.count() >= arabic_results.count()


@pytest.mark.parametrize("path", ["", "en/explainer/statements/"])
def test_search_index_loads_only_when_the_reader_reaches_for_search(
    page: Any, site_url: str, requests_seen: list[str], path: str
) -> None:
    page.goto(site_url + path, wait_until="networkidle")
    page.mouse.wheel(0, 600)
    page.wait_for_timeout(300)
    heavy = ("search_index.json", "workers/search", "lunr")
    assert not [url for url in requests_seen if any(part in url for part in heavy)]
    results = _search(page, "Pyongyang" if path.startswith("en/") else "بيونغ")
    assert results.count() >= 1
    assert [url for url in requests_seen if "search_index.json" in url]
