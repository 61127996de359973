"""The treaty page with the editors' reference (docs/editorial/treaty.yml): the summary in the
reader's language, the sources' sentences beneath as evidence, shared wording shown once."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from html_probe import probe
from render_fixtures import build_editorial, build_facts, markdown_to_html

from generator.curate.treaty_ref import load_treaty_reference
from generator.errors import ConfigError
from generator.models import FactSet
from generator.render import render_site_files

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_4 = "تقديم المساعدة العسكرية فورًا"


def facts() -> FactSet:
    base = build_facts()
    art4 = base.treaty_provisions[0]
    twin = dataclasses.replace(art4, id="tp-un51", topic="un_charter_51")
    loose = dataclasses.replace(art4, id="tp-loose", topic="economy", article=None, text="نص بلا مرجع")
    return dataclasses.replace(base, treaty_provisions=(*base.treaty_provisions, twin, loose))


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    rendered, _, _ = render_site_files(facts(), build_editorial(), ROOT / "docs" / "editorial")
    return rendered


def test_english_page_summarises_in_english_with_the_arabic_one_click_away(pages: dict[str, str]) -> None:
    html = markdown_to_html(pages["explainer/treaty.en.md"])
    page = probe(html)
    key = next(s for s in page.find("section") if "treaty-article-key" in s.attrs.get("class", ""))
    summary = next(p for p in page.find("p") if p.attrs.get("class") == "treaty-summary")
    assert "armed attack" in summary.text and "Article 51" in summary.text
    assert "Article 4" in key.text and "UN Charter, Article 51" in key.text
    evidence = [d for d in page.find("details") if d.attrs.get("class") == "treaty-evidence"]
    assert evidence and ARTICLE_4 in evidence[0].text  # the source sentence is behind the disclosure


def test_a_sentence_two_provisions_share_is_shown_once_with_both_anchors(pages: dict[str, str]) -> None:
    for name in ("explainer/treaty.md", "explainer/treaty.en.md"):
        page = probe(markdown_to_html(pages[name]))
        quoted = [b.text for b in page.find("blockquote") if ARTICLE_4 in b.text]
        assert len(quoted) == 1, name  # (the link tooltips carry it too; only one quote shows it)
        assert {"tp-art4", "tp-un51"} <= page.ids()


def test_arabic_page_shows_the_arabic_summary_and_the_evidence_openly(pages: dict[str, str]) -> None:
    page = probe(markdown_to_html(pages["explainer/treaty.md"]))
    summary = next(p for p in page.find("p") if p.attrs.get("class") == "treaty-summary")
    assert "ميثاق الأمم المتحدة" in summary.text
    assert not [d for d in page.find("details") if d.attrs.get("class") == "treaty-evidence"]


def test_provision_without_a_reference_entry_is_marked_pending_in_english(pages: dict[str, str]) -> None:
    page = probe(markdown_to_html(pages["explainer/treaty.en.md"]))
    loose = next(d for d in page.find("div") if d.attrs.get("id") == "tp-loose")
    assert "translation pending" in loose.text and "نص بلا مرجع" in loose.text


def test_reference_file_mistakes_name_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "treaty.yml").write_text(
        "entries:\n  - article: four\n    topics: []\n    en: x\n    ar: y\n"
    )
    with pytest.raises(ConfigError) as error:
        load_treaty_reference(tmp_path)
    assert "treaty.yml" in str(error.value) and ":2" in str(error.value)
    assert load_treaty_reference(tmp_path / "missing") == ()


def test_a_step_reported_many_times_shows_the_most_reported_and_links_the_rest() -> None:
    from generator.models import Event, Provenance
    from generator.render import treaty

    def signing(n: int, sources: int) -> Event:
        cited = tuple(Provenance(f"{i:03d}_s", 0, 5, "وقعت المعاهدة") for i in range(sources))
        return Event(f"e-sign{n}", "signing", f"2024-06-{10 + n}", "day", None, "توقيع", "Signing",
                     (), None, False, cited)  # fmt: skip

    many = [signing(n, sources) for n, sources in enumerate((1, 3, 1, 2, 4, 1))]
    base = facts()
    rendered, _, _ = render_site_files(dataclasses.replace(base, events=(*base.events, *many)),
                                       build_editorial(), ROOT / "docs" / "editorial")  # fmt: skip
    page = probe(markdown_to_html(rendered["explainer/treaty.en.md"]))
    shown = {i for i in page.ids() if i.startswith("status-")}
    assert {"status-e-sign1", "status-e-sign3", "status-e-sign4"} <= shown  # 3, 2 and 4 sources
    assert not shown & {"status-e-sign0", "status-e-sign2", "status-e-sign5"}
    more = next(d for d in page.find("dd") if d.attrs.get("class") == "status-more")
    others = sum(1 for e in base.events if e.type == "signing" and not e.historical) + 3
    assert f"{others} more reports" in more.text and treaty.STATUS_EVENTS == 3
    assert re.search(r'<dd class="status-more"[^>]*><a href="[^"]*timeline/"', markdown_to_html(
        rendered["explainer/treaty.en.md"]))  # fmt: skip


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_topic_and_date_flag_the_extractor_can_give_has_a_label(lang: str) -> None:
    """A reader never sees a raw key ("defence_capabilities") where a label belongs."""
    from generator.arabic.dates import YEAR_INFERRED
    from generator.extract.lexicon import treaty_lexicon
    from generator.extract.merge import CONFLICTING_DATES, YEAR_FROM_MILESTONE
    from generator.render.ui_text import load_ui_text

    text = load_ui_text(Path(__file__).resolve().parents[1] / "docs" / "editorial", lang)
    missing = [t for t in treaty_lexicon().topics if not text.label("topic", t)]
    missing += [
        f
        for f in ("weekday-mismatch", YEAR_INFERRED, CONFLICTING_DATES, YEAR_FROM_MILESTONE)
        if not text.label("date_flag", f)
    ]
    assert missing == []
