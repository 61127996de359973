"""Pages split by period at archive size: the timeline and "who said what" become an index and one
page per month (long months cut into pages), linked both ways; every fact sits on exactly one
page and the links to it (from source pages, from the speaker index) land there; filters travel
between pages in the query string. Small thresholds stand in for a large corpus."""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

import pytest
from render_fixtures import markdown_to_html

import generator.render.sources as sources
import generator.render.statements as statements
import generator.render.timeline as timeline
import generator.render.troops as troops
from generator.curate import load_editorial
from generator.extract import extract_facts
from generator.ingest import ingest_sources
from generator.render import render_site_files
from generator.render.links import page_url

ROOT = Path(__file__).resolve().parents[1]
HREF = re.compile(r'href="([^"#?]*)(?:\?([^"#]*))?(?:#([^"]*))?"')


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    patch = pytest.MonkeyPatch()
    patch.setattr(timeline, "SPLIT_AT", 0)
    patch.setattr(timeline, "PAGE_ENTRIES", 4)
    patch.setattr(statements, "SPLIT_AT", 0)
    patch.setattr(statements, "PAGE_ROWS", 12)
    patch.setattr(sources, "SOURCES_PER_PAGE", 2)
    patch.setattr(troops, "TABLE_ROWS", 3)
    try:
        facts = extract_facts(ingest_sources(ROOT / "seeds").sources)
        editorial = load_editorial(ROOT / "docs" / "editorial")
        rendered, _, diagnostics = render_site_files(facts, editorial, ROOT / "docs" / "editorial")
    finally:
        patch.undo()
    assert not [d for d in diagnostics if d.level == "error"]
    return rendered


def _period_pages(pages: dict[str, str], page: str, lang: str) -> list[str]:
    suffix = ".md" if lang == "ar" else f".{lang}.md"
    return sorted(p for p in pages if p.startswith(f"explainer/{page}/") and p.endswith(suffix)
                  and (lang != "ar" or p.count(".") == 1))  # fmt: skip


def _md(path: str) -> str:
    """docs path of a page in either language -> the language-neutral .md path."""
    return re.sub(r"\.[a-z]{2}\.md$", ".md", path)


def _links(pages: dict[str, str], path: str) -> list[tuple[str, str, str]]:
    """(target .md path, query, anchor) of each internal page link of ``path``."""
    here = page_url(_md(path))
    urls = {page_url(_md(p)): _md(p) for p in pages}
    found = []
    for target, query, anchor in HREF.findall(pages[path]):
        if not target or "://" in target or target.endswith((".js", ".json", ".csv", ".css")):
            continue
        resolved = posixpath.normpath(posixpath.join(here, target)) + "/"
        if resolved in urls:
            found.append((urls[resolved], query or "", anchor or ""))
    return found


@pytest.mark.parametrize("page", ["timeline", "statements"])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_index_and_period_pages_link_both_ways(pages: dict[str, str], page: str, lang: str) -> None:
    index = f"explainer/{page}.md" if lang == "ar" else f"explainer/{page}.{lang}.md"
    periods = _period_pages(pages, page, lang)
    assert len(periods) >= 3, periods
    assert any("-p2." in p for p in periods), "a long month is cut into pages"
    from_index = {target for target, _, _ in _links(pages, index)}
    assert {_md(p) for p in periods} <= from_index
    for period in periods:
        targets = [target for target, _, _ in _links(pages, period)]
        assert f"explainer/{page}.md" in targets, f"{period} does not link back to the index"

    # neighbours: following "next" from the first page visits every page, and "prev" leads back
    def neighbour(path: str, rel: str) -> str | None:
        found = re.search(rf'rel="{rel}" href="([^"]+)"', pages[path])
        if not found:
            return None
        resolved = posixpath.normpath(posixpath.join(page_url(_md(path)), found.group(1))) + "/"
        return next(p for p in periods if page_url(_md(p)) == resolved)

    first = [p for p in periods if neighbour(p, "prev") is None]
    assert len(first) == 1
    chain = [first[0]]
    while (following := neighbour(chain[-1], "next")) is not None:
        assert neighbour(following, "prev") == chain[-1]
        chain.append(following)
    assert sorted(chain) == periods


@pytest.mark.parametrize("kind,page,prefix", [("events", "timeline", "e-"), ("quotes", "statements", "q-")])
def test_every_fact_is_on_one_period_page_and_source_links_land_there(
    pages: dict[str, str], kind: str, page: str, prefix: str
) -> None:
    where: dict[str, str] = {}
    for period in _period_pages(pages, page, "ar"):
        for fact_id in re.findall(rf'<(?:li|tr) [^>]*id="({prefix}[0-9a-f]+)"', pages[period]):
            assert fact_id not in where, f"{fact_id} on {where.get(fact_id)} and {period}"
            where[fact_id] = _md(period)
    assert where
    checked = 0
    for source_page in (p for p in pages if p.startswith("explainer/sources/") and p.count(".") == 1):
        for target, _, anchor in _links(pages, source_page):
            if anchor.startswith(prefix) and anchor in where:
                assert target == where[anchor], f"{source_page} links {anchor} to {target}"
                checked += 1
    assert checked > 0


def test_speaker_index_opens_month_pages_filtered_to_that_speaker(pages: dict[str, str]) -> None:
    links = [(t, q) for t, q, _ in _links(pages, "explainer/statements.en.md") if q.startswith("speaker=")]
    assert links
    for target, query in links:
        speaker = query.split("=", 1)[1]
        page = html.unescape(pages[target[: -len(".md")] + ".en.md"])
        assert f'data-speaker="{speaker}"' in page, (target, speaker)


def test_period_pages_keep_their_filters_and_script(pages: dict[str, str]) -> None:
    for period in _period_pages(pages, "statements", "en"):
        assert "<table" in markdown_to_html(pages[period]) and "data-statements" in pages[period]
        assert "statements.js" in pages[period]
    script = (ROOT / "docs" / "assets" / "js" / "statements.js").read_text(encoding="utf-8")
    assert "URLSearchParams" in script and ".period-nav a[rel]" in script


def test_small_sites_keep_one_page() -> None:
    facts = extract_facts(ingest_sources(ROOT / "seeds").sources)
    editorial = load_editorial(ROOT / "docs" / "editorial")
    rendered, _, _ = render_site_files(facts, editorial, ROOT / "docs" / "editorial")
    assert not [p for p in rendered if p.startswith(("explainer/timeline/", "explainer/statements/"))]


def test_sources_list_and_troop_table_are_paged_and_linked(pages: dict[str, str]) -> None:
    lists = ["explainer/sources/index.md", "explainer/source-list/2.md", "explainer/source-list/3.md"]
    assert all(p in pages for p in lists) and "explainer/source-list/4.md" not in pages
    for page in lists:
        assert {t for t, _, _ in _links(pages, page)} >= set(lists) - {page}
    tables = sorted(p for p in pages if re.fullmatch(r"explainer/troops(/table-\d+)?\.md", p))
    assert len(tables) >= 2
    where: dict[str, str] = {}
    for page in tables:
        assert {t for t, _, _ in _links(pages, page)} >= set(tables) - {page}
        for fact_id in re.findall(r'<tr id="(t-[0-9a-f]+)"', pages[page]):
            assert fact_id not in where
            where[fact_id] = page
    for source_page in (p for p in pages if p.startswith("explainer/sources/") and p.count(".") == 1):
        for target, _, anchor in _links(pages, source_page):
            if anchor in where:
                assert target == where[anchor]
