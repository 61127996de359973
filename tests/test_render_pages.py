"""Each generated page, in both languages, from the hand-built fixture fact set."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from html_probe import Probe, probe
from render_fixtures import HOSTILE_TEXT, build_editorial, build_facts, docs_with_editorial, markdown_to_html

from generator.render import render_pages, render_site_files
from generator.render.writer import GENERATED_MARKER

ROOT = Path(__file__).resolve().parents[1]
FACT_PAGES = ("timeline", "treaty", "statements", "troops", "data", "sources/index")


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    rendered, _, diagnostics = render_site_files(
        build_facts(), build_editorial(), ROOT / "docs" / "editorial"
    )
    assert not [d for d in diagnostics if d.level == "error"]
    return rendered


def page_name(page: str, lang: str) -> str:
    return f"explainer/{page}.md" if lang == "ar" else f"explainer/{page}.{lang}.md"


def html_of(pages: dict[str, str], page: str, lang: str) -> Probe:
    return probe(markdown_to_html(pages[page_name(page, lang)]))


def front_matter(text: str) -> str:
    assert text.startswith("---\n")
    return text.split("\n---\n", 1)[0]


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("page", [*FACT_PAGES, "sources/a01_treaty", "sources/b02_troops"])
def test_every_page_has_marker_title_description_and_downloads(
    pages: dict[str, str], page: str, lang: str
) -> None:
    text = pages[page_name(page, lang)]
    head = front_matter(text)
    assert head.splitlines()[1] == f"# {GENERATED_MARKER}"
    assert re.search(r'^description: ".{20,}"$', head, re.M)
    assert re.search(r'^title: ".+"$', head, re.M)
    html = probe(markdown_to_html(text))
    base = "http://site/" + ("" if lang == "ar" else "en/") + f"explainer/{page}/".replace("/index/", "/")
    downloads = {urljoin(base, a.attrs["href"]) for a in html.find("a") if "download" in a.attrs}
    assert "http://site/explainer/data/facts.json" in downloads  # one copy, at the site root
    assert "http://site/explainer/data/quotes.csv" in downloads


def test_timeline_dates_in_each_language_at_their_precision(pages: dict[str, str]) -> None:
    arabic, english = html_of(pages, "timeline", "ar").text, html_of(pages, "timeline", "en").text
    assert "19 يونيو 2024" in arabic and "أكتوبر 2024" in arabic and "نوفمبر 2024" in arabic
    assert "19 June 2024" in english and "October 2024" in english
    assert "يونيو" not in english and "June" not in arabic
    assert "North Korea ratifies the treaty" in english
    assert "كوريا الشمالية تصادق على المعاهدة" in arabic


def test_timeline_background_first_and_undated_last(pages: dict[str, str]) -> None:
    text = pages[page_name("timeline", "en")]
    background, friendship = text.index("## Background"), text.index("Friendship treaty")
    year, june, undated = text.index("## 2024"), text.index("June 2024"), text.index("## Undated events")
    assert background < friendship < year < june < undated
    assert text.index("An undated meeting") > undated


def test_timeline_shows_conflicting_dates_of_one_event(pages: dict[str, str]) -> None:
    html = html_of(pages, "timeline", "en")
    signing = next(li for li in html.find("li") if li.attrs.get("id") == "e-signing")
    assert "19 June 2024" in signing.text and "18 June 2024" in signing.text
    assert "reported by 1 source" in signing.text


def test_treaty_status_provisions_and_gaps(pages: dict[str, str]) -> None:
    english = html_of(pages, "treaty", "en")
    assert "North Korea ratifies the treaty" in english.text
    key = [s for s in english.find("section") if "treaty-article-key" in s.attrs.get("class", "")]
    assert len(key) == 1 and "Article 4" in key[0].text and "المساعدة العسكرية" in key[0].text
    gaps = next(u for u in english.find("ul") if u.attrs.get("class") == "treaty-gaps").text
    assert "The treaty has 23 articles; the sources describe 1 of them." in gaps
    assert "1–3, 5–23" in gaps
    assert "In force: No source reports this step." in gaps
    assert "عدد مواد المعاهدة: 23" in html_of(pages, "treaty", "ar").text


def test_statements_table_has_filter_attributes_and_sources(pages: dict[str, str]) -> None:
    html = html_of(pages, "statements", "ar")
    rows = [r for r in html.find("tr") if "data-speaker" in r.attrs]
    assert len(rows) == 3
    putin = next(r for r in rows if r.attrs["data-speaker"] == "putin")
    assert putin.attrs["data-side"] == "ru" and putin.attrs["data-date"] == "2024-06-19"
    assert "فلاديمير بوتين" in putin.text and "19 يونيو 2024" in putin.text
    unlinked = next(r for r in rows if r.attrs["data-speaker"].startswith("unlinked-"))
    assert "لم يُطابَق" in unlinked.text and "<b>*x*</b>" in unlinked.text


def test_english_statements_show_translation_or_marked_arabic_never_blank(pages: dict[str, str]) -> None:
    html = html_of(pages, "statements", "en")
    cells = [c for c in html.find("td") if c.attrs.get("class") == "statement"]
    assert len(cells) == 3 and all(c.text.strip() for c in cells)
    translated = [c for c in cells if "mutual assistance in the event of aggression" in c.text]
    assert translated and "Arabic original" in translated[0].text
    assert "translation pending" not in translated[0].text
    pending = [c for c in cells if "translation pending" in c.text]
    assert len(pending) == 2
    arabic_spans = [s for s in html.find("span") if s.attrs.get("lang") == "ar" and "10 آلاف جندي" in s.text]
    assert arabic_spans and arabic_spans[0].attrs["dir"] == "rtl"


def test_troops_conflicting_figures_shown_side_by_side_never_averaged(pages: dict[str, str]) -> None:
    without_chart = re.sub(r"<svg.*?</svg>", "", pages[page_name("troops", "en")], flags=re.S)
    html = probe(markdown_to_html(without_chart))
    conflict = [d for d in html.find("div") if d.attrs.get("class") == "troop-conflict"]
    assert len(conflict) == 1
    text = conflict[0].text
    assert "November 2024" in text
    assert "≤ 12,000" in text and "> 10,000" in text and "11,500–13,000" in text
    assert "South Korean intelligence" in text and "US Department of Defense" in text
    shown = set(re.findall(r"\d{1,3}(?:,\d{3})+", html.text))
    assert shown == {"10,000", "11,500", "12,000", "13,000"}  # as stated: nothing averaged or invented
    moves = [li.text for li in html.find("li") if "October 2024" in li.text or "November 2024" in li.text]
    moves = [m for m in moves if "latest" in m or "≈" in m]
    assert moves[0].startswith("October 2024") and "≈ 10,000" in moves[0]  # oldest first


def test_troops_table_and_chart_placeholder(pages: dict[str, str]) -> None:
    html = html_of(pages, "troops", "ar")
    rows = [r for r in html.find("tr") if r.attrs.get("id", "").startswith("t-")]
    assert len(rows) == 4
    assert "≤ 12٬000" in html.text and "أكثر من" in [s.attrs.get("title") for s in html.find("span")]
    chart = html.find("div", id="troop-chart")
    assert (
        chart and chart[0].attrs["data-figure"] == "../data/troop-chart.json" and "hidden" in chart[0].attrs
    )
    assert html.find("figure") and html.find("figcaption")
    assert html.find("button", class_="troop-chart-show")


def test_chart_script_only_on_the_troops_page(pages: dict[str, str]) -> None:
    with_chart = [name for name, text in pages.items() if "troop-chart.js" in text]
    assert sorted(with_chart) == ["explainer/troops.en.md", "explainer/troops.md"]


def test_chart_svg_is_embedded_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.render import charts

    monkeypatch.setattr(
        charts, "troop_chart_svg", lambda *a, **k: '<svg class="troop-chart-svg" role="img"></svg>'
    )
    monkeypatch.setattr(charts, "troop_chart_figure_json", lambda *a, **k: '{"data": []}')
    rendered, data, _ = render_site_files(build_facts(), build_editorial(), ROOT / "docs" / "editorial")
    figure = probe(markdown_to_html(rendered["explainer/troops.en.md"])).find("figure")[0]
    assert figure.attrs["class"] == "troop-chart-figure"
    assert '<svg class="troop-chart-svg" role="img"></svg>' in rendered["explainer/troops.en.md"]
    assert data["troop-chart.en.json"] == b'{"data": []}'


def test_sources_index_lists_metadata_and_undated(pages: dict[str, str]) -> None:
    html = html_of(pages, "sources/index", "en")
    rows = [r for r in html.find("tr") if r.attrs.get("id", "").startswith("source-")]
    assert len(rows) == 2
    assert "19 June 2024" in rows[0].text and "وكالة مثال" in rows[0].text and "Arabic" in rows[0].text
    assert "undated" in rows[1].text
    links = [a.attrs["href"] for a in html.find("a")]
    assert "a01_treaty/" in links and "https://news.example/treaty" in links
    assert not [h for h in links if "javascript" in h]  # the hostile source's URL is dropped


def _cited(facts) -> set[tuple[str, int]]:  # type: ignore[no-untyped-def]
    kinds = (facts.quotes, facts.troop_estimates, facts.events, facts.treaty_provisions)
    return {(p.file, p.start) for kind in kinds for fact in kind for p in fact.sources}


@pytest.mark.parametrize("mode", ["as-given", "all-full", "all-excerpts"])
def test_every_provenance_has_its_anchor_in_both_languages(mode: str) -> None:
    import dataclasses

    facts = build_facts()
    if mode != "as-given":
        reproduce = "full" if mode == "all-full" else "excerpts"
        sources = tuple(
            dataclasses.replace(s, meta=dataclasses.replace(s.meta, reproduce=reproduce))
            for s in facts.sources
        )
        facts = dataclasses.replace(facts, sources=sources)
    rendered, _, _ = render_site_files(facts, build_editorial(), ROOT / "docs" / "editorial")
    for lang in ("ar", "en"):
        ids = {
            s.id: probe(markdown_to_html(rendered[page_name(f"sources/{s.id}", lang)])).ids()
            for s in facts.sources
        }
        for file, start in _cited(facts):
            assert f"s-{start}" in ids[file], (mode, lang, file, start)
        for source_ids in ids.values():
            assert len(source_ids) == len(set(source_ids))


def test_every_fact_link_lands_on_an_existing_sentence(pages: dict[str, str]) -> None:
    facts = build_facts()
    anchors = {
        (s.id, lang): probe(markdown_to_html(pages[page_name(f"sources/{s.id}", lang)])).ids()
        for s in facts.sources
        for lang in ("ar", "en")
    }
    sentences = {(p[0], p[1]) for p in _cited(facts)}
    for page in FACT_PAGES[:4]:
        for lang in ("ar", "en"):
            refs = [a for a in html_of(pages, page, lang).find("a") if a.attrs.get("class") == "source-ref"]
            assert refs, page
            for ref in refs:
                match = re.fullmatch(r"\.\./sources/([^/]+)/#(s-(\d+))", ref.attrs["href"])
                assert match, ref.attrs["href"]
                assert match.group(2) in anchors[(match.group(1), lang)]
                assert (match.group(1), int(match.group(3))) in sentences
                assert ref.attrs["title"].strip()


def test_full_source_text_has_paragraph_and_sentence_anchors(pages: dict[str, str]) -> None:
    html = html_of(pages, "sources/b02_troops", "ar")
    assert {"p-1", "p-2", "p-3"} <= html.ids()
    sentence = html.find("span", id="s-146")[0]
    assert sentence.text == "وقدرت الاستخبارات الكورية الجنوبية العدد بما يصل إلى 12 ألف جندي في نوفمبر."
    assert "cited" in sentence.attrs["class"]


def test_excerpt_page_reproduces_only_lead_and_cited_sentences(pages: dict[str, str]) -> None:
    html = html_of(pages, "sources/a01_treaty", "en")
    assert "+ الخط -" not in html.text  # scraping junk removed by ingest stays out
    assert "original article" in html.text
    arabic = [s for s in html.find("span") if s.attrs.get("id") == "s-482"]
    assert arabic and "18 يونيو" in arabic[0].text
    assert html.find("span", lang="ar", dir="rtl")
    facts_links = [a.attrs["href"] for a in html.find("a")]
    assert "../../statements/#q-putin-mutual" in facts_links
    assert "../../treaty/#tp-art4" in facts_links


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_hostile_source_text_is_inert_on_every_page(pages: dict[str, str], lang: str) -> None:
    allowed_scripts = ("assets/js/statements.js", "assets/js/troop-chart.js", "assets/js/fact-id.js")
    for name, text in pages.items():
        if not (name.endswith(f".{lang}.md") or (lang == "ar" and name.count(".") == 1)):
            continue
        html = markdown_to_html(text)
        page = probe(html)
        assert all(s.attrs.get("src", "").endswith(allowed_scripts) for s in page.find("script")), name
        assert not page.find("img") and not page.find("iframe") and not page.find("b"), name
        assert not page.find("em"), name  # "*x*" of the hostile speaker: source text only in HTML blocks
        assert not [a for a in page.find("a") if "javascript:" in a.attrs.get("href", "").lower()], name
        assert "{{" not in html and "{%" not in html, name
    source = html_of(pages, "sources/b02_troops", lang).text
    assert "{{ 7*7 }}" in source and "{% include 'mkdocs.yml' %}" in source
    assert "[x](javascript:alert(1))" in source and "<img src=x onerror=alert(2)>" in source
    assert "<script>alert(1)</script>" in HOSTILE_TEXT and "<script>alert(1)</script>" in source


def test_two_renders_are_byte_identical(tmp_path: Path) -> None:
    trees = []
    for run in ("one", "two"):
        docs = docs_with_editorial(tmp_path / run)
        result = render_pages(build_facts(), build_editorial(), docs)
        assert "explainer/timeline.md" in result.pages_written
        trees.append({p.relative_to(docs): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()})
    assert trees[0] == trees[1]
    assert Path("explainer/data/facts.json") in trees[0]
    assert Path("explainer/sources/b02_troops.en.md") in trees[0]


def test_rerender_does_not_touch_unchanged_files_and_drops_stale_pages(tmp_path: Path) -> None:
    import dataclasses

    docs = docs_with_editorial(tmp_path)
    render_pages(build_facts(), build_editorial(), docs)
    timeline = docs / "explainer" / "timeline.md"
    before = timeline.stat().st_mtime_ns
    facts = build_facts()
    render_pages(dataclasses.replace(facts, sources=facts.sources[:1]), build_editorial(), docs)
    assert timeline.stat().st_mtime_ns == before or timeline.read_text(encoding="utf-8")
    assert not (docs / "explainer" / "sources" / "b02_troops.md").exists()
    assert (docs / "explainer" / "sources" / "a01_treaty.md").exists()


def test_treaty_step_known_only_from_a_provision_is_shown_with_its_wording() -> None:
    import dataclasses

    facts = build_facts()
    in_force = dataclasses.replace(
        facts.treaty_provisions[0], id="tp-force", topic="entry_into_force", article=None
    )
    facts = dataclasses.replace(facts, treaty_provisions=(*facts.treaty_provisions, in_force))
    rendered, _, _ = render_site_files(facts, build_editorial(), ROOT / "docs" / "editorial")
    html = probe(markdown_to_html(rendered[page_name("treaty", "en")]))
    status = html.find("dl", class_="treaty-status")[0].text
    assert "In force" in status and "المساعدة العسكرية" in status
    assert "In force: No source reports this step." not in html.text
    assert {"tp-force", "tp-ratified"} <= html.ids()


def test_statement_without_words_still_fills_its_cell() -> None:
    import dataclasses

    facts = build_facts()
    empty = dataclasses.replace(facts.quotes[1], text="  ")
    rendered, _, _ = render_site_files(
        dataclasses.replace(facts, quotes=(empty,)), build_editorial(), ROOT / "docs" / "editorial"
    )
    for lang in ("ar", "en"):
        cells = probe(markdown_to_html(rendered[page_name("statements", lang)])).find(
            "td", class_="statement"
        )
        assert len(cells) == 1 and "—" in cells[0].text
