"""The troop-estimate chart: a static accessible SVG and a Plotly figure for the lazy interactive view.

Both views show every troop estimate that has a date (``as_of``, or else its article's date,
marked "*"): one panel per measure (troops deployed never share an axis with killed, wounded or
casualties), x the date, y the number, colour the claimant family (claimants of one country merged,
the agency named in the legend), marker shape the status, the value written next to each marker
and the newest figure of each family ringed. Ranges are vertical bars between the low and high
figures, "up to" is a marker with a ceiling cap and a stem pointing down, "more than"/"at least" a
marker with an arrow pointing up, and earlier estimates are hollow. Estimates with no date at all
are listed in the text description (and the table beneath) but not plotted.

Arabic layout choice: time still runs left to right (the convention for charts in Arabic
publications too), but the y axis, its title, the chart title and the legend sit on the right,
the RTL-natural reading start; Arabic text elements carry ``direction="rtl"`` and ``xml:lang``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from generator.arabic.calendar import calendar
from generator.models import TroopEstimate
from generator.render import chart_draw
from generator.render.chart_data import (
    DESCRIBED_POINTS,
    ChartPoint,
    Family,
    chart_points,
    claimant_colours,
    describe_point,
    description,
    families,
    format_count,
    month_ticks,
    panels,
    value_label,
    y_axis,
)
from generator.render.chart_draw import ChartSpec, LegendEntry, Panel, PlotItem
from generator.render.chart_svg import STATUS_SHAPES

__all__ = ["ChartLabels", "troop_chart_figure_json", "troop_chart_svg"]

LegendSection = tuple[str, tuple[LegendEntry, ...]]


@dataclass(frozen=True, slots=True)
class ChartLabels:
    """Every word the chart shows, in one language (claimant names come from the facts)."""

    title: str
    x_title: str
    y_title: str
    qualifier_names: Mapping[str, str]  # legend glyphs: range, up_to, more_than, hollow
    qualifier_formats: Mapping[str, str]  # exact/about/up_to/more_than/at_least/range: {value} {low} {high}
    month_names: tuple[str, ...]  # 12 full names, for descriptions
    month_short: tuple[str, ...]  # 12 short names, for axis ticks
    legend_claimants: str
    legend_status: str
    legend_glyphs: str
    description_intro: str
    description_many: str  # {n}: the number of figures, when too many to describe one by one
    undated_heading: str
    previous_note: str
    source_word: str
    no_date: str
    no_dated_estimates: str
    interactive_hint: str = ""  # optional note under the Plotly chart title
    thousands_separator: str = ","
    # TroopEstimate.status -> label: from ``labels.status`` of docs/editorial/text.<lang>.yml
    # (the words the table uses), never written here
    status_names: Mapping[str, str] = field(default_factory=dict)
    measure_names: Mapping[str, str] = field(default_factory=dict)  # panel titles (headings), by measure
    family_names: Mapping[str, str] = field(default_factory=dict)  # claimant family, by country id
    unattributed: str = "unattributed"
    via_word: str = "via"
    latest_note: str = "latest figure from this source"
    latest_legend: str = "latest figure from each source"
    article_date_word: str = "date of the article"
    article_date_note: str = "* dated by the article: the text gives no date of its own."
    legend_marks: str = "Marks"

    @classmethod
    def default(cls, lang: str) -> ChartLabels:
        """Built-in wording for ``ar`` or ``en`` (anything else gets English)."""
        return cls.from_mapping(DEFAULT_LABELS["ar" if lang == "ar" else "en"])

    @classmethod
    def for_site(
        cls, lang: str, labels: Mapping[str, Mapping[str, str]], chart: Mapping[str, object] | None = None
    ) -> ChartLabels:
        """Built-in wording with the text file's ``labels`` of sides and statuses (the words the
        tables use) and its ``chart:`` section on top."""
        from_text = {name: dict(labels[group]) for name, group in _FROM_TEXT.items() if labels.get(group)}
        base = cls.from_mapping(from_text, cls.default(lang))
        return cls.from_mapping(chart, base) if chart else base

    @classmethod
    def from_mapping(cls, values: Mapping[str, object], base: ChartLabels | None = None) -> ChartLabels:
        """Labels from a mapping (e.g. the ``chart:`` section of ``docs/editorial/text.<lang>.yml``).

        Keys missing from ``values`` come from ``base``; nested maps are merged key by key.
        """
        merged: dict[str, object] = {}
        if base is not None:
            merged = {name: getattr(base, name) for name in cls.__dataclass_fields__}
        for name, value in values.items():
            if name not in cls.__dataclass_fields__:
                raise KeyError(f"unknown chart label '{name}'")
            old = merged.get(name)
            if isinstance(value, Mapping) and isinstance(old, Mapping):
                value = {**old, **value}
            merged[name] = tuple(value) if isinstance(value, list) else value
        return cls(**merged)  # type: ignore[arg-type]


# ChartLabels field -> group of ``labels:`` in docs/editorial/text.<lang>.yml it is read from
_FROM_TEXT = {"family_names": "side", "status_names": "status"}
_ARABIC_MONTHS = calendar().month_names("ar")  # generator/data/months.yml

_FAMILY_NAMES_AR = {
    "ru": "روسيا", "kp": "كوريا الشمالية", "us": "الولايات المتحدة", "ua": "أوكرانيا",
    "kr": "كوريا الجنوبية", "nato": "حلف الناتو", "un": "الأمم المتحدة", "cn": "الصين",
    "jp": "اليابان", "eu": "الاتحاد الأوروبي", "gb": "المملكة المتحدة",
}  # fmt: skip
_FAMILY_NAMES_EN = {
    "ru": "Russia", "kp": "North Korea", "us": "United States", "ua": "Ukraine",
    "kr": "South Korea", "nato": "NATO", "un": "United Nations", "cn": "China",
    "jp": "Japan", "eu": "European Union", "gb": "United Kingdom",
}  # fmt: skip

DEFAULT_LABELS: Mapping[str, Mapping[str, object]] = {
    "ar": {
        "title": "تقديرات أعداد الجنود الكوريين الشماليين في روسيا",
        "x_title": "تاريخ التقدير",
        "y_title": "عدد الجنود",
        "qualifier_names": {
            "range": "نطاق بين حدين",
            "up_to": "حتى (حد أعلى)",
            "more_than": "أكثر من / على الأقل",
            "hollow": "تقدير سابق (رمز مفرغ)",
        },
        "qualifier_formats": {
            "exact": "{value}",
            "about": "نحو {value}",
            "up_to": "حتى {value}",
            "more_than": "أكثر من {value}",
            "at_least": "{value} على الأقل",
            "range": "من {low} إلى {high}",
        },
        "month_names": _ARABIC_MONTHS,
        "month_short": _ARABIC_MONTHS,  # Arabic month names have no short forms
        "legend_claimants": "الجهة صاحبة التقدير",
        "legend_status": "الحالة",
        "legend_glyphs": "نوع الرقم",
        "description_intro": "تقديرات أعداد الجنود الكوريين الشماليين في روسيا بحسب الجهة والتاريخ:",
        "description_many": "عدد التقديرات في المخطط: {n}، ويسردها الملخص والجدول أسفله مع مصادرها.",
        "undated_heading": "تقديرات بلا تاريخ، غير معروضة في المخطط:",
        "previous_note": "تقدير سابق",
        "source_word": "المصدر",
        "no_date": "بلا تاريخ",
        "no_dated_estimates": "لا توجد تقديرات مؤرخة لعرضها.",
        "measure_names": {
            "deployed": "الجنود المنتشرون",
            "officers": "الضباط",
            "engineers": "المهندسون والعمال العسكريون",
            "casualties": "الخسائر (قتلى وجرحى)",
            "killed": "القتلى",
            "wounded": "الجرحى",
            "captured": "الأسرى",
        },
        "family_names": _FAMILY_NAMES_AR,
        "unattributed": "غير منسوب",
        "via_word": "نقلًا عن",
        "latest_note": "أحدث رقم من هذه الجهة",
        "latest_legend": "أحدث رقم من كل جهة",
        "article_date_word": "تاريخ المقال",
        "article_date_note": "* التاريخ هو تاريخ نشر المقال: النص لا يذكر تاريخًا للرقم.",
        "legend_marks": "علامات",
        "thousands_separator": ",",
    },
    "en": {
        "title": "Estimates of North Korean troops in Russia",
        "x_title": "Date of the estimate",
        "y_title": "Troops",
        "qualifier_names": {
            "range": "range (low to high)",
            "up_to": "up to (ceiling)",
            "more_than": "more than / at least",
            "hollow": "earlier estimate (hollow)",
        },
        "qualifier_formats": {
            "exact": "{value}",
            "about": "about {value}",
            "up_to": "up to {value}",
            "more_than": "more than {value}",
            "at_least": "at least {value}",
            "range": "{low} to {high}",
        },
        "month_names": calendar().month_names("en"),
        "month_short": tuple(month.en_short for month in calendar().months),
        "legend_claimants": "Who made the estimate",
        "legend_status": "Status",
        "legend_glyphs": "Kind of figure",
        "description_intro": "Estimates of North Korean troops in Russia, by claimant and date:",
        "description_many": "{n} estimates, each listed with its sources in the table below the chart.",
        "undated_heading": "Estimates without a date, not plotted in the chart:",
        "previous_note": "earlier estimate",
        "source_word": "source",
        "no_date": "no date",
        "no_dated_estimates": "No dated estimates to show.",
        "measure_names": {
            "deployed": "Troops deployed",
            "officers": "Officers",
            "engineers": "Engineers and military workers",
            "casualties": "Casualties (killed and wounded)",
            "killed": "Killed",
            "wounded": "Wounded",
            "captured": "Captured",
        },
        "family_names": _FAMILY_NAMES_EN,
        "unattributed": "unattributed",
        "via_word": "via",
        "latest_note": "latest figure from this source",
        "latest_legend": "latest figure from each source",
        "article_date_word": "date of the article",
        "article_date_note": "* dated by the article: the text gives no date for the figure.",
        "legend_marks": "Marks",
    },
}


# ---------------------------------------------------------------- axes and legend


def legend_sections(
    points: Sequence[ChartPoint],
    colours: Mapping[str, str],
    labels: ChartLabels,
    found: Mapping[str, Family],
    lang: str,
) -> tuple[LegendSection, ...]:
    claimant_entries = tuple(
        LegendEntry("swatch", found[key].legend_label(lang), colour) for key, colour in colours.items()
    )
    statuses = sorted({p.estimate.status for p in points}, key=list(STATUS_SHAPES).index)
    status_entries = tuple(
        LegendEntry("shape", labels.status_names.get(s, s), shape=STATUS_SHAPES.get(s, "hexagon"))
        for s in statuses
    )
    glyphs = {p.glyph for p in points if p.glyph} | {"hollow" for p in points if p.estimate.previous}
    glyph_entries = tuple(
        LegendEntry(kind, labels.qualifier_names[kind])
        for kind in ("range", "up_to", "more_than", "hollow")
        if kind in glyphs
    )
    marks = (LegendEntry("latest", labels.latest_legend),) if any(p.latest for p in points) else ()
    sections = (
        (labels.legend_claimants, claimant_entries),
        (labels.legend_status, status_entries),
        (labels.legend_glyphs, glyph_entries + marks),
    )
    return tuple(section for section in sections if section[1])


# ---------------------------------------------------------------- public API


def _panel(
    measure: str,
    points: Sequence[ChartPoint],
    colours: Mapping[str, str],
    labels: ChartLabels,
    lang: str,
    titles: Mapping[str, str] | None,
    height: float = chart_draw.PANEL_HEIGHT,
) -> Panel:
    y_max, y_step = y_axis(points)
    items = tuple(
        PlotItem(
            id=p.estimate.id,
            day=p.day.toordinal(),
            jitter=p.jitter,
            y=p.y,
            low=p.low,
            high=p.high,
            glyph=p.glyph,
            colour=colours[p.claimant_key],
            shape=STATUS_SHAPES.get(p.estimate.status, "hexagon"),
            hollow=p.estimate.previous,
            tooltip=describe_point(p, labels, lang, titles),
            label=value_label(p, labels),
            latest=p.latest,
        )
        for p in points
    )
    ticks = tuple((v, format_count(v, labels)) for v in range(0, y_max + 1, y_step))
    return Panel(labels.measure_names.get(measure, measure), ticks, y_max, items, height)


def _panel_height(number: int) -> float:
    return chart_draw.PANEL_HEIGHT if number == 0 else chart_draw.SECOND_PANEL_HEIGHT


def troop_chart_svg(
    estimates: Sequence[TroopEstimate],
    lang: str,
    labels: ChartLabels,
    *,
    source_titles: Mapping[str, str] | None = None,
    published: Mapping[str, date | None] | None = None,
) -> str:
    """A deterministic, self-contained, accessible SVG of every dated troop estimate.

    ``published`` maps source ids to publication dates (for figures the text leaves undated).
    """
    titles = source_titles or {}
    points, left_out = chart_points(estimates, published)
    colours = claimant_colours(points)
    days = [p.day for p in points] or [date(2024, 1, 1)]
    ticks = month_ticks(min(days), max(days), labels.month_short)
    # past DESCRIBED_POINTS figures a point's tooltip leaves its sources to the table
    point_titles = titles if len(points) <= DESCRIBED_POINTS else None
    spec = ChartSpec(
        lang=lang,
        title=labels.title,
        description=description(points, left_out, labels, lang, titles),
        x_title=labels.x_title,
        x_domain=(ticks[0][0].toordinal(), ticks[-1][0].toordinal()),
        x_ticks=tuple((d.toordinal(), line1, line2) for d, line1, line2 in ticks),
        panels=tuple(
            _panel(m, ps, colours, labels, lang, point_titles, _panel_height(n))
            for n, (m, ps) in enumerate(panels(points))
        ),
        legend=legend_sections(points, colours, labels, families(estimates, lang, labels), lang),
        empty_message=labels.no_dated_estimates,
        notes=(labels.article_date_note,) if any(p.by_article for p in points) else (),
    )
    return chart_draw.draw_chart(spec)


def troop_chart_figure_json(
    estimates: Sequence[TroopEstimate],
    lang: str,
    labels: ChartLabels,
    *,
    source_titles: Mapping[str, str] | None = None,
    published: Mapping[str, date | None] | None = None,
) -> str:
    """Plotly figure JSON (``data``, ``layout``, ``config``) for the lazily loaded interactive chart.

    One panel (y axis) per measure, one scatter trace per claimant family and panel;
    ``customdata`` holds the estimate ids, one point per plotted estimate.
    """
    from generator.render.chart_plotly import figure_json  # imports plotly, which is slow

    return figure_json(estimates, lang, labels, source_titles=source_titles, published=published)
