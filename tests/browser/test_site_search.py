"""Search finds Arabic words on Arabic pages and English words on English pages: each language
has its own index (the Arabic site's at search/, the English site's at en/search/)."""

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


def test_each_language_searches_its_own_index(page: Any, site_url: str, requests_seen: list[str]) -> None:
    page.goto(site_url + "en/explainer/timeline/")
    word = _longest_heading_word(page)
    results = _search(page, word)
    assert results.count() >= 1
    # one snapshot of the list (Material re-renders it while the query is typed in, so reading the
    # items one by one can race with a re-render under load)
    languages = page.eval_on_selector_all(
        ".md-search-result__item[data-result-lang]", "items => items.map(i => i.dataset.resultLang)"
    )
    assert languages and set(languages) == {"en"}
    indexes = [url for url in requests_seen if "search_index.json" in url]
    assert indexes and all(url.endswith("/en/search/search_index.json") for url in indexes)
    requests_seen.clear()
    page.goto(site_url + "explainer/timeline/")
    _search(page, _longest_heading_word(page))
    indexes = [url for url in requests_seen if "search_index.json" in url]
    assert indexes and not [url for url in indexes if "/en/search/" in url]


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
