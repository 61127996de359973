"""The timeline: a vertical timeline by year and month, one entry per happening (reports of one
summit merged, every source and every fact anchor kept), type as icon and word, actors and place as
labelled fields, citation marks explained and a jump-to-year index (no script)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from html_probe import probe
from render_fixtures import build_editorial, build_facts, markdown_to_html, prov

from generator.models import Event, FactSet
from generator.render import render_site_files
from generator.render.timeline import merge_events

ROOT = Path(__file__).resolve().parents[1]


def facts() -> FactSet:
    base = build_facts()
    treaty = base.sources[0]
    visit = Event(
        "e-visit", "visit", "2024-06-19", "day", None, "زيارة بوتين", "Visit by Vladimir Putin",
        ("putin",), "بيونغ يانغ", False, (prov(treaty, "المادة الرابعة"),),
    )  # fmt: skip
    return dataclasses.replace(base, events=(*base.events, visit))


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    rendered, _, diagnostics = render_site_files(facts(), build_editorial(), ROOT / "docs" / "editorial")
    assert not [d for d in diagnostics if d.level == "error"]
    return rendered


def html(pages: dict[str, str], lang: str) -> str:
    return markdown_to_html(pages["explainer/timeline.md" if lang == "ar" else "explainer/timeline.en.md"])


def test_reports_of_one_happening_are_one_entry_led_by_the_signing() -> None:
    clusters = merge_events(facts().events)
    summit = next(c for c in clusters if "e-signing" in {e.id for e in c})
    assert [e.id for e in summit] == ["e-signing", "e-visit"]
    assert all(len(c) == 1 for c in clusters if c is not summit)  # 18 June is another date: not merged


def test_merged_entry_lists_every_source_and_keeps_every_anchor(pages: dict[str, str]) -> None:
    page = probe(html(pages, "en"))
    entries = [li for li in page.find("li") if "timeline-event" in li.attrs.get("class", "")]
    summit = next(li for li in entries if li.attrs.get("id") == "e-signing")
    assert "e-visit" in page.ids()  # a link to the merged fact still lands on the entry
    assert "Also reported as: Visit: Visit by Vladimir Putin" in " ".join(summit.text.split())
    assert "reported by 1 source" in summit.text  # one article, three sentences
    assert [li.attrs["id"] for li in entries].count("e-visit") == 0


def test_type_is_an_icon_and_a_word_and_fields_are_labelled(pages: dict[str, str]) -> None:
    text = html(pages, "en")
    page = probe(text)
    types = [s for s in page.find("span") if s.attrs.get("class") == "event-type"]
    assert types and all(t.text.strip() for t in types)
    assert text.count('class="event-icon"') == len(types)
    assert 'aria-hidden="true"' in text
    terms = [d.text for d in page.find("dt")]
    assert "Who" in terms and "Where" in terms
    arabic = probe(html(pages, "ar"))
    assert "الأطراف" in [d.text for d in arabic.find("dt")]


def test_citation_marks_are_explained_and_years_can_be_jumped_to(pages: dict[str, str]) -> None:
    for lang in ("ar", "en"):
        page = probe(html(pages, lang))
        nav = next(n for n in page.find("nav") if n.attrs.get("class") == "timeline-jump")
        targets = [a.attrs["href"] for a in page.find("a") if a.attrs.get("href", "").startswith("#tl-")]
        assert targets == ["#tl-background", "#tl-2024", "#tl-undated"], lang
        assert {"tl-background", "tl-2024", "tl-undated"} <= page.ids()
        assert nav.text
        note = next(p for p in page.find("p") if p.attrs.get("class") == "citation-note")
        assert "[3a]" in note.text
    # works without JavaScript: the only script is the optional copy button of the fact ids
    scripts = [s.attrs.get("src", "") for s in probe(html(pages, "en")).find("script")]
    assert all(src.endswith("assets/js/fact-id.js") for src in scripts)


def test_an_entry_without_actor_or_place_shows_its_source_sentence() -> None:
    base = facts()
    treaty = base.sources[0]
    bare = Event(
        "e-bare", "visit", "2000", "year", None, "زيارة", "Visit", (), None, True, (prov(treaty, "23 مادة"),)
    )
    rendered, _, _ = render_site_files(
        dataclasses.replace(base, events=(*base.events, bare)), build_editorial(), ROOT / "docs" / "editorial"
    )
    english = probe(markdown_to_html(rendered["explainer/timeline.en.md"]))
    entry = next(li for li in english.find("li") if li.attrs.get("id") == "e-bare")
    assert "What the sources say" in entry.text and "23 مادة" in entry.text
    named = next(li for li in english.find("li") if li.attrs.get("id") == "e-arrival")
    assert "What the sources say" not in named.text  # it names an actor
    arabic = probe(markdown_to_html(rendered["explainer/timeline.md"]))
    entry = next(li for li in arabic.find("li") if li.attrs.get("id") == "e-bare")
    assert "ما تقوله المصادر" in entry.text
