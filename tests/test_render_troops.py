"""The troops page with the fields the extractor adds: what a figure counts (measure), who relayed
it (via), unattributed figures, and figures dated only by their article."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from html_probe import probe
from render_fixtures import NIS, UA_OFFICIAL, build_editorial, build_facts, entity, markdown_to_html, prov

from generator.models import UNATTRIBUTED_ID, EntityRef, FactSet, TroopEstimate
from generator.render import render_site_files

ROOT = Path(__file__).resolve().parents[1]
YONHAP = entity("yonhap", "وكالة يونهاب", "Yonhap", "kr", "institution")
NOBODY = EntityRef(UNATTRIBUTED_ID, "", None, False)


def facts() -> FactSet:
    base = build_facts()
    treaty, hostile = base.sources
    cited = (prov(treaty, "23 مادة"),)
    nis = (prov(hostile, "12 ألف"),)
    extra = (
        TroopEstimate(
            "t-cas", 4700, None, None, "about", UA_OFFICIAL, "casualties", None, "2025-01", False, nis,
            measure="casualties",
        ),
        TroopEstimate("t-unattr", 500, None, None, "exact", NOBODY, "other", None, None, False, cited),
        TroopEstimate(
            "t-via", 3000, None, None, "exact", NIS, "arrived", None, "2024-09", False, nis, via=YONHAP
        ),
    )  # fmt: skip
    return dataclasses.replace(base, troop_estimates=base.troop_estimates + extra)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    rendered, _, diagnostics = render_site_files(facts(), build_editorial(), ROOT / "docs" / "editorial")
    assert not [d for d in diagnostics if d.level == "error"], diagnostics
    return rendered


def page(pages: dict[str, str], lang: str) -> str:
    text = pages["explainer/troops.md" if lang == "ar" else "explainer/troops.en.md"]
    return markdown_to_html(re.sub(r"<svg.*?</svg>", "", text, flags=re.S))


def rows(html: str) -> dict[str, str]:
    return {r.attrs["id"]: r.text for r in probe(html).find("tr") if r.attrs.get("id", "").startswith("t-")}


def test_table_names_what_each_figure_counts_and_keeps_every_figure(pages: dict[str, str]) -> None:
    found = rows(page(pages, "en"))
    assert len(found) == 7
    assert "casualties (killed and wounded)" in found["t-cas"]
    assert "troops deployed" in found["t-us-oct"]


def test_unattributed_relay_and_article_date_are_shown(pages: dict[str, str]) -> None:
    found = rows(page(pages, "en"))
    assert "unattributed" in found["t-unattr"]
    assert "19 June 2024 (article date)" in found["t-unattr"]
    assert "via Yonhap" in found["t-via"]
    assert "South Korea (South Korean intelligence)" in found["t-via"]  # family with the agency named
    arabic = rows(page(pages, "ar"))
    assert "غير منسوب" in arabic["t-unattr"] and "تاريخ المقال" in arabic["t-unattr"]
    assert "نقلًا عن" in arabic["t-via"]


def test_movement_is_in_date_order_per_measure(pages: dict[str, str]) -> None:
    html = page(pages, "en")
    headings = [h.text for h in probe(html).find("h3") if h.attrs.get("class") == "movement-measure"]
    assert headings == ["troops deployed", "casualties (killed and wounded)"]
    lists = [o for o in probe(html).find("ol") if o.attrs.get("class") == "troop-moves"]
    assert len(lists) == 2
    items = [li.text for li in probe(html).find("li") if "source-ref" not in li.attrs.get("class", "")]
    deployed = [t for t in items if re.match(r"(\d+ )?(June|September|October|November|undated)", t)]
    order = [
        next(m for m in ("June", "September", "October", "November", "undated") if m in t) for t in deployed
    ]
    assert order == sorted(order, key=["June", "September", "October", "November", "undated"].index)
    assert "latest from this source" in html


def test_fact_anchors_are_the_fact_ids_without_a_doubled_prefix(pages: dict[str, str]) -> None:
    everything = "\n".join(pages.values())
    assert not re.search(r'id="(q|t|e|tp)-\1-', everything)
    assert not re.search(r"#(q|t|e|tp)-\1-", everything)
    assert 'id="t-cas"' in everything and 'id="e-signing"' in everything
