"""Shared data preparation for both troop-chart views: points, panels, families, colours, scales.

A ``ChartPoint`` is an estimate placed on the chart: its date (the article's date, marked as
such, when the text gives none), the y value of its marker, the bar ends of a range, the glyph
for "up to" / "more than", its panel (what the figure counts: deployed troops never share an
axis with casualties), its claimant family (claimants of one country merged, the agency still
named), whether it is the latest figure of that family in its panel, and a jitter rank that
nudges estimates sharing a date apart (deterministically, by family and value).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from generator.models import UNATTRIBUTED_ID, EntityRef, TroopEstimate
from generator.render.chart_svg import PALETTE

if TYPE_CHECKING:
    from generator.render.charts import ChartLabels

PARTIAL_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
GLYPH_BY_QUALIFIER = {"up_to": "up_to", "more_than": "more_than", "at_least": "more_than"}
# Panel order: forces present first, then what they lost. Each measure gets its own axis.
MEASURE_ORDER = ("deployed", "officers", "engineers", "casualties", "killed", "wounded", "captured")
VALUE_SIGNS = {"about": "≈", "up_to": "≤", "more_than": ">", "at_least": "≥"}


@dataclass(frozen=True, slots=True)
class ChartPoint:
    estimate: TroopEstimate
    day: date
    y: float
    low: float | None
    high: float | None
    glyph: str | None  # "range", "up_to", "more_than" or None for a plain marker
    claimant_key: str  # the claimant's family (see family_key): one colour per family
    jitter: float = 0.0  # multiple of the per-view jitter step; 0 when alone on its date
    by_article: bool = False  # dated by its article's publication date (the text gives none)
    latest: bool = False  # the newest figure of its family in its panel

    @property
    def measure(self) -> str:
        return self.estimate.measure


@dataclass(frozen=True, slots=True)
class Family:
    """Claimants merged into one source family: a country and the agencies that spoke for it."""

    key: str
    name: str
    members: tuple[str, ...]  # names of the agencies/people inside the family (not the country)

    def legend_label(self, lang: str = "en") -> str:
        separator = "، " if lang == "ar" else ", "
        return f"{self.name}: {separator.join(self.members)}" if self.members else self.name


def claimant_key(claimant: EntityRef) -> str:
    return claimant.id or f"~{claimant.name_ar}"


def family_key(claimant: EntityRef) -> str:
    """Claimants of one country are one family (Seoul, South Korea and the NIS are "kr")."""
    if claimant.id == UNATTRIBUTED_ID:
        return UNATTRIBUTED_ID
    if claimant.country:
        return f"side:{claimant.country}"
    return claimant_key(claimant)


def claimant_name(claimant: EntityRef, lang: str, labels: ChartLabels | None = None) -> str:
    if claimant.id == UNATTRIBUTED_ID and labels is not None:
        return labels.unattributed
    if lang == "en" and claimant.name_en:
        return claimant.name_en
    return claimant.name_ar


def families(estimates: Sequence[TroopEstimate], lang: str, labels: ChartLabels) -> dict[str, Family]:
    """Every claimant family met in ``estimates``, by key, with its members in name order."""
    members: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for estimate in sorted(estimates, key=lambda e: e.id):
        claimant = estimate.claimant
        key = family_key(claimant)
        own = claimant_name(claimant, lang, labels)
        if key == UNATTRIBUTED_ID:
            names[key] = labels.unattributed
        elif claimant.country:
            names[key] = labels.family_names.get(claimant.country, names.get(key, own))
        else:
            names.setdefault(key, own)
        if claimant.kind != "country" and key != UNATTRIBUTED_ID:
            members.setdefault(key, set()).add(own)
        else:
            members.setdefault(key, set())
    found = {}
    for key, name in names.items():
        shown = tuple(sorted(m for m in members.get(key, set()) if m != name))
        found[key] = Family(key, name, shown)
    return found


def plotted_date(as_of: str | None) -> date | None:
    """The date a partial ISO value is drawn at: mid-month for a month, 1 July for a year."""
    match = PARTIAL_ISO.match(as_of or "")
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        return date(int(year), int(month or 7), int(day or (15 if month else 1)))
    except ValueError:
        return None


def article_date(estimate: TroopEstimate, published: Mapping[str, date | None]) -> date | None:
    """The earliest publication date of the articles reporting an undated, current figure.

    An earlier estimate (``previous``) predates its article, so it never takes the article's date.
    """
    if estimate.as_of or estimate.previous:
        return None
    dates = [d for d in (published.get(p.file) for p in estimate.sources) if d is not None]
    return min(dates) if dates else None


def _marker_value(estimate: TroopEstimate) -> float | None:
    if estimate.value is not None:
        return float(estimate.value)
    if estimate.low is not None and estimate.high is not None:
        return (estimate.low + estimate.high) / 2
    if estimate.qualifier in ("more_than", "at_least"):
        return float(estimate.low if estimate.low is not None else estimate.high or 0) or None
    bound = estimate.high if estimate.high is not None else estimate.low
    return float(bound) if bound is not None else None


def _point(estimate: TroopEstimate, published: Mapping[str, date | None]) -> ChartPoint | None:
    day = plotted_date(estimate.as_of)
    by_article = False
    if day is None:
        day = article_date(estimate, published)
        by_article = day is not None
    y = _marker_value(estimate)
    if day is None or y is None:
        return None
    has_range = estimate.low is not None and estimate.high is not None and estimate.low != estimate.high
    glyph = "range" if has_range else GLYPH_BY_QUALIFIER.get(estimate.qualifier)
    low = float(estimate.low) if has_range and estimate.low is not None else None
    high = float(estimate.high) if has_range and estimate.high is not None else None
    key = family_key(estimate.claimant)
    return ChartPoint(estimate, day, y, low, high, glyph, key, by_article=by_article)


def measure_rank(measure: str) -> int:
    return MEASURE_ORDER.index(measure) if measure in MEASURE_ORDER else len(MEASURE_ORDER)


def chart_points(
    estimates: Sequence[TroopEstimate], published: Mapping[str, date | None] | None = None
) -> tuple[list[ChartPoint], list[TroopEstimate]]:
    """Plottable points (sorted, jittered per panel and date, latest marked) and the estimates left out.

    ``published`` maps source ids to their publication dates: a current figure without a date
    of its own is drawn at its article's date, marked as such.
    """
    points: list[ChartPoint] = []
    left_out: list[TroopEstimate] = []
    for estimate in estimates:
        point = _point(estimate, published or {})
        if point is None:
            left_out.append(estimate)
        else:
            points.append(point)
    points.sort(key=lambda p: (measure_rank(p.measure), p.day, p.claimant_key, p.y, p.estimate.id))
    by_slot: dict[tuple[str, date], list[int]] = {}
    newest: dict[tuple[str, str], int] = {}
    for index, point in enumerate(points):
        by_slot.setdefault((point.measure, point.day), []).append(index)
        if not point.estimate.previous:
            slot = (point.measure, point.claimant_key)
            best = newest.get(slot)
            if best is None or (point.day, point.y) >= (points[best].day, points[best].y):
                newest[slot] = index
    for indices in by_slot.values():
        middle = (len(indices) - 1) / 2
        for rank, index in enumerate(indices):
            points[index] = replace(points[index], jitter=rank - middle)
    for index in newest.values():
        points[index] = replace(points[index], latest=True)
    left_out.sort(key=lambda e: (claimant_key(e.claimant), e.id))
    return points, left_out


def panels(points: Sequence[ChartPoint]) -> list[tuple[str, list[ChartPoint]]]:
    """Points grouped by measure, in :data:`MEASURE_ORDER` (unknown measures last, by name)."""
    grouped: dict[str, list[ChartPoint]] = {}
    for point in points:
        grouped.setdefault(point.measure, []).append(point)
    return [(m, grouped[m]) for m in sorted(grouped, key=lambda m: (measure_rank(m), m))]


def y_axis(points: Sequence[ChartPoint]) -> tuple[int, int]:
    """(axis max, tick step) leaving headroom above the highest figure for arrows and labels."""
    largest = max([p.high or p.y for p in points] + [p.y for p in points], default=0.0)
    return nice_axis_max(largest * 1.15, target_ticks=3)


def claimant_colours(points: Sequence[ChartPoint]) -> dict[str, str]:
    """Palette colour per plotted claimant family, assigned in sorted family-key order."""
    keys = sorted({p.claimant_key for p in points})
    return {key: PALETTE[i % len(PALETTE)] for i, key in enumerate(keys)}


def claimants_by_key(estimates: Sequence[TroopEstimate]) -> dict[str, EntityRef]:
    found: dict[str, EntityRef] = {}
    for estimate in sorted(estimates, key=lambda e: e.id):
        found.setdefault(claimant_key(estimate.claimant), estimate.claimant)
    return found


# ---------------------------------------------------------------- text


def format_count(value: float, labels: ChartLabels) -> str:
    return f"{round(value):,}".replace(",", labels.thousands_separator)


def format_partial_date(iso: str | None, labels: ChartLabels) -> str:
    match = PARTIAL_ISO.match(iso or "")
    if not match:
        return labels.no_date
    year, month, day = match.group(1), match.group(2), match.group(3)
    if not month or not 1 <= int(month) <= 12:
        return year
    month_name = labels.month_names[int(month) - 1]
    return f"{int(day)} {month_name} {year}" if day else f"{month_name} {year}"


def figure_phrase(estimate: TroopEstimate, labels: ChartLabels) -> str:
    """Figure as in "about 3,000", "up to 12,000", "10,000–12,000" in the labels' language."""
    values = {
        "value": format_count(estimate.value, labels) if estimate.value is not None else "",
        "low": format_count(estimate.low, labels) if estimate.low is not None else "",
        "high": format_count(estimate.high, labels) if estimate.high is not None else "",
    }
    if estimate.low is not None and estimate.high is not None and estimate.low != estimate.high:
        template = labels.qualifier_formats["range"]
    else:
        template = labels.qualifier_formats.get(estimate.qualifier, "{value}")
        shown = values["value"] or values["high"] or values["low"]
        values = dict.fromkeys(values, shown)
    return template.format(**values)


def value_label(point: ChartPoint, labels: ChartLabels) -> str:
    """The short figure drawn next to a marker: "≈10,000", "≤12,000", "10,000–12,000"; "*" when
    the date is the article's."""
    estimate = point.estimate
    if point.glyph == "range" and point.low is not None and point.high is not None:
        text = f"{format_count(point.low, labels)}–{format_count(point.high, labels)}"
    else:
        text = VALUE_SIGNS.get(estimate.qualifier, "") + format_count(point.y, labels)
    return text + ("*" if point.by_article else "")


# A figure's sentence names at most this many sources ("+N" counts the rest); past this many
# figures the chart's text description says how many it draws and leaves each to the table
# beside it (which the chart names with aria-describedby), so the page stays small.
DESCRIBED_SOURCES = 2
DESCRIBED_POINTS = 40


def describe(
    estimate: TroopEstimate,
    labels: ChartLabels,
    lang: str,
    titles: Mapping[str, str] | None,
    article_day: date | None = None,
) -> str:
    """One sentence about an estimate, for the SVG description and the hover text (``titles``
    None: without its sources)."""
    sources = "، ".join if lang == "ar" else ", ".join
    names = sorted({titles.get(p.file, p.file) for p in estimate.sources}) if titles is not None else []
    source_names = sources(names[:DESCRIBED_SOURCES])
    if len(names) > DESCRIBED_SOURCES:  # the table links every source
        source_names += f" +{len(names) - DESCRIBED_SOURCES}"
    who = claimant_name(estimate.claimant, lang, labels)
    if estimate.via is not None:
        who += f" ({labels.via_word} {claimant_name(estimate.via, lang, labels)})"
    when = format_partial_date(estimate.as_of, labels)
    if article_day is not None:
        when = f"{format_partial_date(article_day.isoformat(), labels)} ({labels.article_date_word})"
    parts = [
        f"{who}: {figure_phrase(estimate, labels)}",
        labels.measure_names.get(estimate.measure, estimate.measure),
        labels.status_names.get(estimate.status, estimate.status),
        when,
    ]
    if estimate.previous:
        parts.append(labels.previous_note)
    if source_names:
        parts.append(f"{labels.source_word}: {source_names}")
    separator = "، " if lang == "ar" else ", "
    return separator.join(parts) + "."


def describe_point(
    point: ChartPoint, labels: ChartLabels, lang: str, titles: Mapping[str, str] | None
) -> str:
    text = describe(point.estimate, labels, lang, titles, point.day if point.by_article else None)
    return f"{text} {labels.latest_note}." if point.latest else text


def description(
    points: Sequence[ChartPoint],
    left_out: Sequence[TroopEstimate],
    labels: ChartLabels,
    lang: str,
    titles: Mapping[str, str],
) -> str:
    lines = [labels.description_intro]
    if len(points) + len(left_out) > DESCRIBED_POINTS:  # the summary and table list each one
        lines.append(labels.description_many.format(n=len(points) + len(left_out)))
        return "\n".join(lines)
    lines += [describe_point(p, labels, lang, titles) for p in points]
    if left_out:
        lines.append(labels.undated_heading)
        lines += [describe(e, labels, lang, titles) for e in left_out]
    # one line per estimate and never a blank line: the SVG sits inside a Markdown raw-HTML block
    return "\n".join(" ".join(line.split()) for line in lines)


def nice_axis_max(largest: float, target_ticks: int = 5) -> tuple[int, int]:
    """``(axis_max, step)`` with a round step (1, 2, 2.5 or 5 times a power of ten)."""
    if largest <= 0:
        return 1000, 250
    rough = largest / target_ticks
    magnitude = 10 ** math.floor(math.log10(rough))
    step = magnitude * 10
    for factor in (1, 2, 2.5, 5, 10):
        if magnitude * factor >= rough:
            step = magnitude * factor
            break
    step = max(1, round(step))
    return int(math.ceil(largest / step) * step), int(step)


def month_ticks(first: date, last: date, month_short: Sequence[str]) -> tuple[tuple[date, str, str], ...]:
    """First-of-month ticks covering [first, last]; the year shows on the first tick and in January."""
    start = first.year * 12 + first.month - 1
    months = last.year * 12 + last.month - start  # months to cover, through the month after ``last``
    step = next(s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= 6 or s == 60)
    ticks: list[tuple[date, str, str]] = []
    for offset in range(0, months + step, step):
        year, month0 = divmod(start + offset, 12)
        show_year = not ticks or month0 < step
        ticks.append((date(year, month0 + 1, 1), month_short[month0], str(year) if show_year else ""))
        if offset >= months:
            break
    return tuple(ticks)
