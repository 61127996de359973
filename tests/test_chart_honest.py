"""An honest troop chart: one panel per measure, values written on the chart, the latest figure of
each claimant family marked, families merged by country, article dates used (and marked) for
figures the text leaves undated, nothing overlapping and no text under 12 px on a phone."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from itertools import combinations, pairwise
from pathlib import Path

from generator.models import UNATTRIBUTED_ID, EntityRef, Provenance, TroopEstimate
from generator.render.chart_draw import FONT, WIDTH, Box, text_box
from generator.render.charts import ChartLabels, troop_chart_figure_json, troop_chart_svg
from generator.render.ui_text import load_ui_text


def site_labels(lang: str) -> ChartLabels:
    """The chart wording the site uses: built in, with the labels of docs/editorial/text.<lang>.yml."""
    text = load_ui_text(Path(__file__).resolve().parents[1] / "docs" / "editorial", lang)
    return ChartLabels.for_site(lang, text.labels, text.extra.get("chart"))


SVG = "{http://www.w3.org/2000/svg}"

NIS = EntityRef("south-korea-nis", "جهاز الاستخبارات الوطني", "NIS", True, "institution", country="kr")
SEOUL = EntityRef("seoul", "سول", "Seoul", True, "place", country="kr")
SOUTH_KOREA = EntityRef("south-korea", "كوريا الجنوبية", "South Korea", True, "country", country="kr")
PENTAGON = EntityRef("us-dod", "البنتاغون", "the Pentagon", True, "institution", country="us")
ZELENSKY = EntityRef("zelensky", "زيلينسكي", "Zelensky", True, "person", country="ua")
YONHAP = EntityRef("yonhap", "يونهاب", "Yonhap", True, "institution", country="kr")
NOBODY = EntityRef(UNATTRIBUTED_ID, "غير منسوب", None, False)


def cited(source: str = "a01") -> tuple[Provenance, ...]:
    return (Provenance(source, 0, 10, "جملة المصدر"),)


def estimate(
    id: str,
    claimant: EntityRef,
    value: int,
    as_of: str | None,
    *,
    measure: str = "deployed",
    qualifier: str = "exact",
    previous: bool = False,
    source: str = "a01",
    via: EntityRef | None = None,
) -> TroopEstimate:
    return TroopEstimate(
        id, value, None, None, qualifier, claimant, "arrived", None, as_of,  # type: ignore[arg-type]
        previous, cited(source), measure, via,  # type: ignore[arg-type]
    )  # fmt: skip


ESTIMATES = [
    estimate("t-seoul", SEOUL, 1_500, "2024-10-08"),
    estimate("t-nis", NIS, 10_000, "2024-10-23", via=YONHAP),
    estimate("t-kr", SOUTH_KOREA, 12_000, "2024-11-18", qualifier="up_to"),
    estimate("t-us", PENTAGON, 11_000, "2024-11-04", qualifier="about"),
    estimate("t-us-old", PENTAGON, 3_000, "2024-10-15", previous=True),
    estimate("t-cas", ZELENSKY, 4_700, "2025-01-12", measure="casualties"),
    estimate("t-killed", NOBODY, 300, "2025-01-12", measure="killed"),
    estimate("t-undated", PENTAGON, 12_000, None, source="a02"),
    estimate("t-undated-old", PENTAGON, 8_000, None, source="a02", previous=True),
    estimate("t-nowhere", ZELENSKY, 11_000, None, source="a03"),
]
PUBLISHED = {"a01": date(2024, 10, 1), "a02": date(2024, 12, 2), "a03": None}


def svg(lang: str = "en", estimates: list[TroopEstimate] = ESTIMATES) -> ET.Element:
    text = troop_chart_svg(estimates, lang, site_labels(lang), published=PUBLISHED)
    return ET.fromstring(text)


def groups(root: ET.Element) -> dict[str, ET.Element]:
    return {g.get("data-id", ""): g for g in root.iter(f"{SVG}g") if g.get("class") == "point"}


def marker_y(group: ET.Element) -> float:
    path = next(p for p in group.iter(f"{SVG}path") if p.get("class") == "marker")
    return float(re.match(r"M-?[\d.]+,(-?[\d.]+)", path.get("d", "")).group(1))  # type: ignore[union-attr]


def value_text(group: ET.Element) -> str | None:
    return next(t.text for t in group.iter(f"{SVG}text") if t.get("class") == "value")


def texts(root: ET.Element) -> list[ET.Element]:
    return list(root.iter(f"{SVG}text"))


def test_deployed_and_casualty_figures_never_share_an_axis() -> None:
    root = svg()
    headings = [t.text for t in texts(root) if t.get("font-weight") == "bold"]
    panels = ["Troops deployed", "Casualties (killed and wounded)", "Killed"]
    assert [h for h in headings if h in panels] == panels  # in this order, each once
    found = groups(root)
    # every casualty marker sits below (after) the whole deployed panel
    deployed_bottom = max(marker_y(found[i]) for i in ("t-seoul", "t-nis", "t-kr", "t-us"))
    assert marker_y(found["t-cas"]) > deployed_bottom + 40
    assert marker_y(found["t-killed"]) > marker_y(found["t-cas"])
    # each panel has its own scale: the 4,700 casualties panel tops out near 5,000, not 15,000
    ticks = [t.text for t in texts(root) if t.get("class") == "tick"]
    assert "15,000" in ticks and "6,000" in ticks and "400" in ticks
    assert "9,000" not in ticks[ticks.index("6,000") :]  # the casualty panel does not run to 15,000


def test_each_point_carries_its_value_and_the_latest_per_family_is_marked() -> None:
    found = groups(svg())
    values = {i: value_text(g) for i, g in found.items()}
    assert values["t-kr"] == "≤12,000" and values["t-us"] == "≈11,000" and values["t-seoul"] == "1,500"
    latest = {i for i, g in found.items() if g.get("data-latest") == "true"}
    # South Korea family (Seoul, NIS, South Korea): the 18 Nov figure; US: the article-dated 2 Dec one
    assert latest == {"t-kr", "t-undated", "t-cas", "t-killed"}
    assert all(list(found[i].iter(f"{SVG}circle")) for i in latest)
    assert "t-us-old" not in latest and "t-undated-old" not in found  # earlier figures never latest


def test_claimants_of_one_country_are_one_family_with_the_agencies_named() -> None:
    root = svg()
    found = groups(root)
    fills = {
        i: next(p for p in g.iter(f"{SVG}path") if p.get("class") == "marker").get("fill")
        for i, g in found.items()
        if i in ("t-seoul", "t-nis", "t-kr")
    }
    assert len(set(fills.values())) == 1
    legend = " ".join(t.text or "" for t in texts(root))
    assert "South Korea: NIS, Seoul" in legend
    assert "unattributed" in legend


def test_undated_figures_take_their_article_date_marked_and_earlier_ones_stay_out() -> None:
    root = svg()
    found = groups(root)
    assert "t-undated" in found and "t-nowhere" not in found and "t-undated-old" not in found
    value = next(t.text for t in found["t-undated"].iter(f"{SVG}text") if t.get("class") == "value")
    assert value == "12,000*"
    assert "2 December 2024 (date of the article)" in (found["t-undated"].find(f"{SVG}title").text or "")
    assert any("* dated by the article" in (t.text or "") for t in texts(root))
    description = root.find(f"{SVG}desc").text or ""
    assert "Zelensky: 11,000" in description.split("not plotted")[1]  # listed, not plotted


def test_relay_is_named_in_the_description() -> None:
    description = svg().find(f"{SVG}desc").text or ""
    assert "NIS (via Yonhap): 10,000" in description


def _boxes(root: ET.Element) -> list[tuple[str, Box]]:
    found = []
    for t in texts(root):
        anchor = t.get("text-anchor", "start")
        rtl = t.get("direction") == "rtl"
        start, end = ("right", "left") if rtl else ("left", "right")
        edge = {"middle": "middle", "start": start, "end": end}[anchor]
        bold = t.get("font-weight") == "bold"
        box = text_box(float(t.get("x", 0)), float(t.get("y", 0)), t.text or "", edge, bold)  # type: ignore[arg-type]
        found.append((t.text or "", box))
    return found


def test_no_two_texts_overlap_in_either_language() -> None:
    for lang in ("ar", "en"):
        boxes = _boxes(svg(lang))
        clashes = [(a, b) for (a, ba), (b, bb) in combinations(boxes, 2) if ba.overlap(bb) > 1.0]
        assert clashes == [], lang


def test_every_text_is_at_least_12px_on_a_360px_phone() -> None:
    column = 328  # Material's text column on a 360 px screen
    for lang in ("ar", "en"):
        root = svg(lang)
        assert float(root.get("viewBox", "").split()[2]) == WIDTH
        sizes = {float(t.get("font-size", "0")) for t in texts(root)}
        assert min(sizes) * column / WIDTH >= 12, (lang, sorted(sizes))
    assert FONT * 328 / WIDTH >= 12


def test_interactive_chart_has_one_axis_per_measure_and_value_labels() -> None:
    figure = json.loads(troop_chart_figure_json(ESTIMATES, "en", site_labels("en"), published=PUBLISHED))
    layout = figure["layout"]
    assert {"yaxis", "yaxis2", "yaxis3"} <= set(layout)
    domains = [layout[k]["domain"] for k in ("yaxis", "yaxis2", "yaxis3")]
    assert all(a[0] > b[1] for a, b in pairwise(domains))  # stacked, apart
    axis_of = {i: t.get("yaxis", "y") for t in figure["data"] for i in t.get("customdata", [])}
    assert axis_of["t-cas"] == "y2" and axis_of["t-killed"] == "y3" and axis_of["t-kr"] == "y"
    texts_by_id = {i: t["text"][n] for t in figure["data"] for n, i in enumerate(t.get("customdata", []))}
    assert texts_by_id["t-seoul"] == "1,500" and texts_by_id["t-kr"] == "<b>≤12,000</b>"
    names = [t["name"] for t in figure["data"]]
    assert "South Korea" in names and "latest figure from each source" in names
    assert len([n for n in names if n == "South Korea"]) == 1 or not all(
        t.get("showlegend", True) for t in figure["data"] if t["name"] == "South Korea"
    )
    annotations = " ".join(a["text"] for a in layout["annotations"])
    assert "Casualties (killed and wounded)" in annotations and "Date of the estimate" in annotations
