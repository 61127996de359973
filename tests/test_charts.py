"""The troop-estimate chart: static SVG and Plotly figure JSON, built from hand-made estimates."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.models import EntityRef, Provenance, TroopEstimate
from generator.render.charts import ChartLabels, troop_chart_figure_json, troop_chart_svg
from generator.render.ui_text import load_ui_text


def site_labels(lang: str) -> ChartLabels:
    """The chart wording the site uses: built in, with the labels of docs/editorial/text.<lang>.yml."""
    text = load_ui_text(Path(__file__).resolve().parents[1] / "docs" / "editorial", lang)
    return ChartLabels.for_site(lang, text.labels, text.extra.get("chart"))


SVG = "{http://www.w3.org/2000/svg}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

NIS = EntityRef("kr_nis", "الاستخبارات الكورية الجنوبية", "South Korean intelligence", True, "institution")
ZELENSKY = EntityRef("ua_zelensky", "زيلينسكي", "Zelensky", True, "person")
PENTAGON = EntityRef("us_pentagon", "البنتاغون", "Pentagon", True, "institution")
HOSTILE = EntityRef(None, '<script>alert("x")</script> & <a href="https://evil.example">', None, False)
CITED = (Provenance("001_article", 120, 180, "جملة المصدر"),)


def estimate(
    id: str,
    claimant: EntityRef,
    *,
    value: int | None = None,
    low: int | None = None,
    high: int | None = None,
    qualifier: str = "exact",
    status: str = "arrived",
    as_of: str | None = "2024-10-23",
    previous: bool = False,
) -> TroopEstimate:
    return TroopEstimate(
        id,
        value,
        low,
        high,
        qualifier,
        claimant,
        status,
        None,
        as_of,  # type: ignore[arg-type]
        previous,
        CITED,
    )


CONFLICT = [
    estimate("t-nis-10k", NIS, value=10_000),
    estimate("t-zel-12k", ZELENSKY, value=12_000, status="in_kursk"),
]
MIXED = [
    *CONFLICT,
    estimate("t-pent-about", PENTAGON, value=3_000, qualifier="about"),
    estimate("t-nis-upto", NIS, high=12_000, qualifier="up_to", status="possible", as_of="2024-10-18"),
    estimate(
        "t-pent-range",
        PENTAGON,
        low=10_000,
        high=12_000,
        qualifier="range",
        status="training",
        as_of="2024-11-04",
    ),
    estimate("t-zel-more", ZELENSKY, value=11_000, qualifier="more_than", status="fighting", as_of="2024-12"),
    estimate("t-pent-old", PENTAGON, value=1_500, as_of="2024-10", previous=True),
    estimate("t-undated", ZELENSKY, value=500, as_of=None),
]
DATED_IDS = {e.id for e in MIXED if e.as_of}


def svg_root(estimates: list[TroopEstimate], lang: str = "en") -> ET.Element:
    return ET.fromstring(troop_chart_svg(estimates, lang, site_labels(lang)))


def point_groups(root: ET.Element) -> dict[str, ET.Element]:
    return {g.get("data-id", ""): g for g in root.iter(f"{SVG}g") if g.get("class") == "point"}


def marker_centre(group: ET.Element) -> tuple[float, float]:
    marker = next(p for p in group.iter(f"{SVG}path") if p.get("class") == "marker")
    d = marker.get("d", "")
    circle = re.match(r"M(-?[\d.]+),(-?[\d.]+) A([\d.]+),", d)
    if circle:  # "M cx-r,cy A r,r 0 1,0 cx+r,cy ...": an arc's flags are not coordinates
        x, y, r = map(float, circle.groups())
        return x + r, y
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", d)]
    xs, ys = numbers[0::2], numbers[1::2]
    return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2


def y_of_tick(root: ET.Element) -> dict[int, float]:
    """Axis tick value -> y of its gridline (labels sit 4 units below their line)."""
    ticks = {}
    for text in root.iter(f"{SVG}text"):
        if text.get("class") == "tick" and re.fullmatch(r"\d{1,3}(,\d{3})*", text.text or ""):
            ticks[int(text.text.replace(",", ""))] = float(text.get("y", "0")) - 4
    return ticks


def test_svg_is_xml_with_accessible_name_and_description():
    root = svg_root(MIXED)
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby", "").split()
    title = next(root.iter(f"{SVG}title"))
    desc = next(root.iter(f"{SVG}desc"))
    assert (title.get("id"), desc.get("id")) == (title_id, desc_id)
    assert title.text == "Estimates of North Korean troops in Russia"
    # every estimate is described, including the undated one, which is said to be left out
    assert "Zelensky: 500" in desc.text
    assert desc.text.index("not plotted") < desc.text.index("Zelensky: 500")
    assert "Pentagon: 10,000 to 12,000, Troops deployed, in training, 4 November 2024" in desc.text


def test_one_marker_per_dated_estimate_and_none_for_undated():
    root = svg_root(MIXED)
    markers = [p for p in root.iter(f"{SVG}path") if p.get("class") == "marker"]
    assert len(markers) == len(DATED_IDS)
    assert set(point_groups(root)) == DATED_IDS


def test_range_is_a_bar_from_low_to_high_on_the_axis_scale():
    root = svg_root(MIXED)
    group = point_groups(root)["t-pent-range"]
    assert (group.get("data-low"), group.get("data-high")) == ("10000", "12000")
    bar = next(p for p in group.iter(f"{SVG}path") if p.get("class") == "range-bar")
    coordinates = re.findall(r"([\d.]+),([\d.]+)", bar.get("d"))[:2]
    (x1, y_low), (x2, y_high) = [tuple(map(float, pair)) for pair in coordinates]
    ticks = y_of_tick(root)
    zero, top = ticks[0], ticks[max(ticks)]
    per_troop = (zero - top) / max(ticks)
    assert y_low == pytest.approx(zero - 10_000 * per_troop, abs=0.05)
    assert y_high == pytest.approx(zero - 12_000 * per_troop, abs=0.05)
    assert x1 == x2  # vertical
    centre_y = marker_centre(group)[1]
    assert y_high < centre_y < y_low


def test_up_to_and_more_than_have_their_own_glyphs_and_legend_entries():
    root = svg_root(MIXED)
    groups = point_groups(root)
    assert any(p.get("class") == "up-to" for p in groups["t-nis-upto"].iter(f"{SVG}path"))
    assert any(p.get("class") == "more-than" for p in groups["t-zel-more"].iter(f"{SVG}path"))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    legends = ("range (low to high)", "up to (ceiling)", "more than / at least", "earlier estimate (hollow)")
    assert all(legend in texts for legend in legends)
    old = next(p for p in groups["t-pent-old"].iter(f"{SVG}path") if p.get("class") == "marker")
    assert old.get("fill") == "#ffffff"  # earlier estimates are hollow


def test_conflicting_figures_on_the_same_date_are_both_visible():
    root = svg_root(CONFLICT)
    groups = point_groups(root)
    (x_nis, y_nis), (x_zel, y_zel) = marker_centre(groups["t-nis-10k"]), marker_centre(groups["t-zel-12k"])
    assert y_zel < y_nis  # 12,000 drawn higher than 10,000
    assert abs(x_nis - x_zel) >= 5  # nudged apart, not on top of each other
    colours = {
        next(p for p in g.iter(f"{SVG}path") if p.get("class") == "marker").get("fill")
        for g in groups.values()
    }
    assert len(colours) == 2


def test_same_date_same_value_markers_do_not_overlap():
    twins = [estimate("a", NIS, value=10_000), estimate("b", PENTAGON, value=10_000)]
    groups = point_groups(svg_root(twins))
    assert marker_centre(groups["a"])[0] != marker_centre(groups["b"])[0]


def test_hostile_claimant_names_are_escaped():
    hostile = [estimate("evil", HOSTILE, value=100)]
    text = troop_chart_svg(hostile, "en", site_labels("en"))
    root = ET.fromstring(text)  # still well-formed XML
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))
    assert "<script>" not in text
    # shown literally (the legend may wrap a long name over several lines)
    assert HOSTILE.name_ar in " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    figure = troop_chart_figure_json(hostile, "en", site_labels("en"))
    assert "<script>" not in figure and "<a href" not in figure


def test_arabic_chart_has_arabic_labels_marked_rtl_and_axis_on_the_right():
    root = svg_root(MIXED, "ar")
    texts = {t.text: t for t in root.iter(f"{SVG}text")}
    title = texts["تقديرات أعداد الجنود الكوريين الشماليين في"]  # the title wraps on the narrow chart
    assert title.get("direction") == "rtl" and title.get(XML_LANG) == "ar"
    assert texts["روسيا"].get("direction") == "rtl"
    assert "الجنود المنتشرون" in texts and "Troops deployed" not in texts  # the panel's title
    assert "الاستخبارات الكورية الجنوبية" in texts  # claimant from EntityRef.name_ar
    width = float(root.get("viewBox").split()[2])
    ticks = {t.text: t for t in root.iter(f"{SVG}text") if t.get("class") == "tick"}
    tick_xs = [float(ticks[label].get("x")) for label in ("0", "10,000")]
    assert all(x > width / 2 for x in tick_xs)
    english = svg_root(MIXED, "en")
    english_texts = {t.text for t in english.iter(f"{SVG}text")}
    assert "Troops deployed" in english_texts and "South Korean intelligence" in english_texts
    assert not any(re.search("[\u0600-\u06ff]", t or "") for t in english_texts)
    assert all(
        float(t.get("x")) < width / 2
        for t in english.iter(f"{SVG}text")
        if t.text == "10,000" and t.get("class") == "tick"
    )


def test_svg_scales_to_its_container_and_stays_inside_its_viewbox():
    root = svg_root(MIXED, "ar")
    assert root.get("width") == "100%" and root.get("height") is None
    _, _, width, _ = map(float, root.get("viewBox").split())
    for text in root.iter(f"{SVG}text"):
        assert 0 <= float(text.get("x")) <= width


def test_output_is_deterministic_and_independent_of_input_order():
    labels = site_labels("ar")
    first = troop_chart_svg(MIXED, "ar", labels)
    assert first == troop_chart_svg(MIXED, "ar", labels)
    assert first == troop_chart_svg(list(reversed(MIXED)), "ar", labels)
    figure = troop_chart_figure_json(MIXED, "ar", labels)
    assert figure == troop_chart_figure_json(list(reversed(MIXED)), "ar", labels)


def test_no_dated_estimates_still_gives_a_valid_chart():
    root = svg_root([estimate("u", NIS, value=100, as_of=None)])
    assert not point_groups(root)
    assert "No dated estimates to show." in [t.text for t in root.iter(f"{SVG}text")]


def test_figure_json_has_one_point_per_dated_estimate_with_ids():
    figure = json.loads(troop_chart_figure_json(MIXED, "en", site_labels("en")))
    assert all(t["type"] == "scatter" for t in figure["data"])
    traces = [t for t in figure["data"] if "customdata" in t]  # the rest explain marks in the legend
    assert sorted(t["name"] for t in traces) == ["Pentagon", "South Korean intelligence", "Zelensky"]
    ids = [i for t in traces for i in t["customdata"]]
    assert sorted(ids) == sorted(DATED_IDS)
    assert sum(len(t["x"]) for t in traces) == sum(len(t["y"]) for t in traces) == len(DATED_IDS)


def test_figure_json_draws_ranges_and_bounds_as_error_bars():
    figure = json.loads(troop_chart_figure_json(MIXED, "en", site_labels("en")))
    by_id = {i: (t, n) for t in figure["data"] for n, i in enumerate(t.get("customdata", []))}
    trace, n = by_id["t-pent-range"]
    y = trace["y"][n]
    assert (y + trace["error_y"]["array"][n], y - trace["error_y"]["arrayminus"][n]) == (12_000, 10_000)
    trace, n = by_id["t-nis-upto"]
    assert trace["y"][n] == 12_000
    assert trace["error_y"]["arrayminus"][n] > 0 and trace["error_y"]["array"][n] is None
    trace, n = by_id["t-zel-more"]
    assert trace["error_y"]["array"][n] > 0 and trace["error_y"]["arrayminus"][n] is None
    trace, n = by_id["t-pent-about"]
    assert "about 3,000" in trace["hovertext"][n] and "23 October 2024" in trace["hovertext"][n]


def test_figure_json_is_self_contained_with_fixed_margins():
    text = troop_chart_figure_json(
        MIXED, "ar", site_labels("ar"), source_titles={"001_article": "عنوان المقال"}
    )
    assert not re.search(r"https?://", text)
    figure = json.loads(text)
    assert figure["config"]["displaylogo"] is False and figure["config"]["showLink"] is False
    assert figure["config"]["responsive"] is True
    layout = figure["layout"]
    assert "template" not in layout
    assert set(layout["margin"]) >= {"l", "r", "t", "b"} and layout["margin"]["autoexpand"] is False
    assert layout["yaxis"]["side"] == "right" and layout["yaxis"]["automargin"] is False
    assert "IBM Plex Sans Arabic" in layout["font"]["family"]
    hover = " ".join(h for t in figure["data"] for h in t.get("hovertext", []))
    assert "عنوان المقال" in hover and "أكتوبر" in hover


def test_svg_has_no_blank_line_even_with_line_breaks_in_names():
    # a blank line would end the raw-HTML block the SVG sits in on the Markdown page
    broken = EntityRef(None, "اسم\n\n  مكسور", None, False)
    text = troop_chart_svg(
        [estimate("n", broken, value=10), estimate("u", broken, value=5, as_of=None)],
        "ar",
        site_labels("ar"),
    )
    assert "\n\n" not in text and not any(not line.strip() for line in text.splitlines())
    assert "اسم مكسور" in [t.text for t in ET.fromstring(text).iter(f"{SVG}text")]


def test_a_chart_of_many_figures_leaves_each_figure_s_sources_to_the_table():
    from generator.render.chart_data import DESCRIBED_POINTS

    many = [estimate(f"t-{n}", NIS, value=1_000 + n, as_of=f"2024-{1 + n % 12:02d}-01")
            for n in range(DESCRIBED_POINTS + 1)]  # fmt: skip
    root = ET.fromstring(troop_chart_svg(many, "en", site_labels("en"), source_titles={"001_article": "T"}))
    desc = next(root.iter(f"{SVG}desc")).text or ""
    assert f"{DESCRIBED_POINTS + 1} estimates" in desc and "South Korean" not in desc
    tooltips = [t.text or "" for g in point_groups(root).values() for t in g.iter(f"{SVG}title")]
    assert len(tooltips) == DESCRIBED_POINTS + 1 and not [t for t in tooltips if "source:" in t]
    titles = {"001_article": "T"}
    few = ET.fromstring(troop_chart_svg(many[:3], "en", site_labels("en"), source_titles=titles))
    assert "source: T" in (next(few.iter(f"{SVG}desc")).text or "")
