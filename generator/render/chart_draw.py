"""Composition of the static troop chart: stacked panels (one per measure) sharing a time axis,
value labels placed so that no two texts overlap, and a legend that wraps on a phone.

The viewBox is narrow (:data:`WIDTH` units) and every text is :data:`FONT` units, so that at the
narrowest phone column (about 328 px for a 360 px screen) no text is drawn below 12 px; wider
screens cap the chart's width in CSS. Pure string building with fixed number formatting: the
same spec gives byte-identical SVG.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from generator.render.chart_svg import (
    AXIS_COLOUR,
    GRID_COLOUR,
    TEXT_COLOUR,
    Anchor,
    element,
    esc,
    estimate_text_width,
    flow_rows,
    marker,
    more_than_glyph,
    num,
    range_bar,
    text_element,
    up_to_glyph,
    wrap_words,
)

WIDTH = 340  # viewBox units; about the width of a 360 px phone's text column
PAD = 10
AXIS_LABEL_WIDTH = 46
PANEL_HEIGHT = 170
SECOND_PANEL_HEIGHT = 120  # panels after the first (losses) hold few figures
X_INSET = 16
JITTER_STEP = 8
FONT = 13  # every text: 13 units stays >= 12 px on a 328 px column
ROW = 20
FONT_STACK = "'IBM Plex Sans Arabic', 'Noto Sans Arabic', Tahoma, Arial, sans-serif"


@dataclass(frozen=True, slots=True)
class PlotItem:
    id: str
    day: float  # date as an ordinal day number
    jitter: float  # multiple of the jitter step, 0 when alone on its date
    y: float
    low: float | None
    high: float | None
    glyph: str | None  # "range", "up_to", "more_than" or None
    colour: str
    shape: str
    hollow: bool
    tooltip: str
    label: str = ""  # the value drawn next to the marker
    latest: bool = False  # newest figure of its family: ringed, label in bold


@dataclass(frozen=True, slots=True)
class LegendEntry:
    kind: str  # "swatch", "shape", "range", "up_to", "more_than", "hollow", "latest"
    label: str
    colour: str = AXIS_COLOUR
    shape: str = "circle"


@dataclass(frozen=True, slots=True)
class Panel:
    title: str  # what the figures count, e.g. "Troops deployed"
    y_ticks: tuple[tuple[int, str], ...]  # (value, formatted label)
    y_max: int
    items: tuple[PlotItem, ...]
    height: float = PANEL_HEIGHT  # plot height in viewBox units (later panels are shorter)


@dataclass(frozen=True, slots=True)
class ChartSpec:
    lang: str
    title: str
    description: str
    x_title: str
    x_domain: tuple[float, float]
    x_ticks: tuple[tuple[float, str, str], ...]  # (day, month label, year label or "")
    panels: tuple[Panel, ...]
    legend: tuple[tuple[str, tuple[LegendEntry, ...]], ...]  # (heading, entries)
    empty_message: str
    notes: tuple[str, ...] = ()  # lines under the legend, e.g. what "*" means


@dataclass(frozen=True, slots=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlap(self, other: Box) -> float:
        width = min(self.x1, other.x1) - max(self.x0, other.x0)
        height = min(self.y1, other.y1) - max(self.y0, other.y0)
        return width * height if width > 0 and height > 0 else 0.0

    def outside(self, bounds: Box) -> float:
        inside = self.overlap(bounds)
        return (self.x1 - self.x0) * (self.y1 - self.y0) - inside


@dataclass(frozen=True, slots=True)
class _Frame:
    """Plot-area geometry of one panel, in viewBox units."""

    left: float
    right: float
    top: float
    bottom: float
    rtl: bool
    x_domain: tuple[float, float]
    y_max: float

    def x(self, day: float, jitter: float = 0.0) -> float:
        first, last = self.x_domain
        share = (day - first) / (last - first) if last > first else 0.5
        return self.left + X_INSET + share * (self.right - self.left - 2 * X_INSET) + jitter * JITTER_STEP

    def y(self, value: float) -> float:
        return self.bottom - value / self.y_max * (self.bottom - self.top)


# ---------------------------------------------------------------- value labels


def text_box(x: float, baseline: float, text: str, anchor: Anchor, bold: bool = False) -> Box:
    width = estimate_text_width(text, FONT) * (1.08 if bold else 1.0)
    x0 = {"left": x, "right": x - width, "middle": x - width / 2}[anchor]
    return Box(x0, baseline - FONT * 0.8, x0 + width, baseline + FONT * 0.25)


def glyph_box(item: PlotItem, x: float, frame: _Frame) -> Box:
    y = frame.y(item.y)
    if item.glyph == "range" and item.low is not None and item.high is not None:
        return Box(x - 5, frame.y(item.high) - 1, x + 5, frame.y(item.low) + 1)
    if item.glyph == "up_to":
        return Box(x - 7, y - 1, x + 7, y + 17)
    if item.glyph == "more_than":
        return Box(x - 5, y - 17, x + 5, y + 1)
    return Box(x, y, x, y)


def _candidates(x: float, y: float) -> list[tuple[float, float, Anchor]]:
    """Label positions around a marker, nearest first: (x, baseline, which edge sits at x)."""
    return [
        (x, y - 11, "middle"),
        (x + 11, y + 4.5, "left"),
        (x - 11, y + 4.5, "right"),
        (x, y + 21, "middle"),
        (x + 11, y - 9, "left"),
        (x - 11, y - 9, "right"),
        (x + 11, y + 17, "left"),
        (x - 11, y + 17, "right"),
        (x, y - 25, "middle"),
        (x, y + 35, "middle"),
        (x, y - 39, "middle"),
        (x, y + 49, "middle"),
    ]


class _Obstacles:
    """Boxes bucketed in a grid of ``cell``-pixel squares, so that the overlap of a candidate
    label is summed over the boxes near it only (all of them made labelling quadratic in the
    number of figures). The sum runs in insertion order: the same float result as over all."""

    def __init__(self, cell: float = 64.0) -> None:
        self.cell = cell
        self.boxes: list[Box] = []
        self.grid: dict[tuple[int, int], list[int]] = {}

    def _cells(self, box: Box) -> list[tuple[int, int]]:
        c = self.cell
        xs = range(int(box.x0 // c), int(box.x1 // c) + 1)
        ys = range(int(box.y0 // c), int(box.y1 // c) + 1)
        return [(x, y) for x in xs for y in ys]

    def append(self, box: Box) -> None:
        index = len(self.boxes)
        self.boxes.append(box)
        for key in self._cells(box):
            self.grid.setdefault(key, []).append(index)

    def overlap(self, box: Box, limit: float = math.inf) -> float:
        """The summed overlap, or as soon as the sum reaches ``limit``, the sum so far (a
        candidate that cannot beat the best one found needs no exact cost)."""
        near = sorted({i for key in self._cells(box) for i in self.grid.get(key, ())})
        total = 0.0
        for i in near:
            total += box.overlap(self.boxes[i])
            if total >= limit:
                break
        return total


def place_labels(items: Sequence[PlotItem], frame: _Frame) -> dict[str, tuple[float, float, Anchor]]:
    """A position for every item's label: the first candidate that overlaps no marker, glyph or
    label already placed and stays in the panel; failing that, the least overlapping one."""
    obstacles = _Obstacles()
    for item in items:
        x, y = frame.x(item.day, item.jitter), frame.y(item.y)
        obstacles.append(Box(x - 8, y - 8, x + 8, y + 8))
        obstacles.append(glyph_box(item, x, frame))
    bounds = Box(frame.left, frame.top - FONT, frame.right, frame.bottom - 1)
    placed: dict[str, tuple[float, float, Anchor]] = {}
    order = sorted(items, key=lambda i: (not i.latest, i.day, i.jitter, i.y, i.id))
    for item in order:
        if not item.label:
            continue
        x, y = frame.x(item.day, item.jitter), frame.y(item.y)
        best: tuple[float, tuple[float, float, Anchor], Box] | None = None
        for cx, cy, anchor in _candidates(x, y):
            box = text_box(cx, cy, item.label, anchor, item.latest)
            outside = 10 * box.outside(bounds)
            cost = obstacles.overlap(box, math.inf if best is None else best[0] - outside) + outside
            if best is None or cost < best[0]:
                best = (cost, (cx, cy, anchor), box)
            if cost == 0:
                break
        assert best is not None
        placed[item.id] = best[1]
        obstacles.append(best[2])
    return placed


# ---------------------------------------------------------------- parts


def _title_block(spec: ChartSpec, rtl: bool) -> tuple[list[str], float]:
    anchor: Anchor = "right" if rtl else "left"
    x = WIDTH - PAD if rtl else PAD
    parts = []
    y = 22.0
    for line in wrap_words(spec.title, 15, WIDTH - 2 * PAD):
        parts.append(text_element(x, y, line, anchor=anchor, size=15, weight="bold"))
        y += 20
    return parts, y


def _axes(spec: ChartSpec, panel: Panel, frame: _Frame) -> list[str]:
    parts = []
    label_anchor: Anchor = "left" if frame.rtl else "right"
    label_x = frame.right + 6 if frame.rtl else frame.left - 6
    for value, label in panel.y_ticks:
        y = frame.y(value)
        colour = AXIS_COLOUR if value == 0 else GRID_COLOUR
        parts.append(
            element("line", {"x1": frame.left, "x2": frame.right, "y1": y, "y2": y, "stroke": colour})
        )
        parts.append(text_element(label_x, y + 4, label, anchor=label_anchor, size=FONT, css_class="tick"))
    for day, month, year in spec.x_ticks:
        x = frame.x(day)
        tick = {"x1": x, "x2": x, "y1": frame.bottom, "y2": frame.bottom + 5, "stroke": AXIS_COLOUR}
        parts.append(element("line", tick))
        parts.append(text_element(x, frame.bottom + 19, month, anchor="middle", size=FONT, css_class="tick"))
        if year:
            parts.append(
                text_element(x, frame.bottom + 34, year, anchor="middle", size=FONT, css_class="tick")
            )
    return parts


def _glyph(item: PlotItem, x: float, frame: _Frame) -> str:
    if item.glyph == "range" and item.low is not None and item.high is not None:
        return range_bar(x, frame.y(item.low), frame.y(item.high), item.colour)
    if item.glyph == "up_to":
        return up_to_glyph(x, frame.y(item.y), item.colour)
    if item.glyph == "more_than":
        return more_than_glyph(x, frame.y(item.y), item.colour)
    return ""


def latest_ring(x: float, y: float) -> str:
    ring = {"class": "latest-ring", "cx": x, "cy": y, "r": 9.5, "fill": "none"}
    return element("circle", {**ring, "stroke": TEXT_COLOUR, "stroke-width": 1.5})


def _points(panel: Panel, frame: _Frame) -> list[str]:
    groups = []
    labels = place_labels(panel.items, frame)
    for item in panel.items:
        x, y = frame.x(item.day, item.jitter), frame.y(item.y)
        content = element("title", {}, esc(" ".join(item.tooltip.split()))) + _glyph(item, x, frame)
        content += marker(item.shape, x, y, item.colour, hollow=item.hollow)
        if item.latest:
            content += latest_ring(x, y)
        if item.id in labels:
            lx, ly, anchor = labels[item.id]
            weight = "bold" if item.latest else None
            content += text_element(
                lx, ly, item.label, anchor=anchor, size=FONT, weight=weight, css_class="value"
            )
        attributes: dict[str, str | float] = {"class": "point", "data-id": item.id}
        if item.low is not None and item.high is not None:
            attributes.update({"data-low": item.low, "data-high": item.high})
        if item.latest:
            attributes["data-latest"] = "true"
        groups.append(element("g", attributes, content))
    return groups


def _panel(spec: ChartSpec, panel: Panel, top: float, rtl: bool) -> tuple[list[str], float]:
    """One panel (heading, axes, points); returns its parts and the y below its tick labels."""
    side: Anchor = "right" if rtl else "left"
    parts = [
        text_element(WIDTH - PAD if rtl else PAD, top, panel.title, anchor=side, size=FONT, weight="bold")
    ]
    if rtl:
        left, right = PAD + 4, WIDTH - PAD - AXIS_LABEL_WIDTH
    else:
        left, right = PAD + AXIS_LABEL_WIDTH, WIDTH - PAD - 4
    plot_top = top + 26
    frame = _Frame(left, right, plot_top, plot_top + panel.height, rtl, spec.x_domain, panel.y_max)
    parts += _axes(spec, panel, frame)
    parts += _points(panel, frame)
    return parts, frame.bottom + 40


def _legend_symbol(entry: LegendEntry, x: float, y: float) -> str:
    if entry.kind == "swatch":
        swatch = {"x": x - 6, "y": y - 6, "width": 12, "height": 12, "rx": 2, "fill": entry.colour}
        return element("rect", swatch)
    if entry.kind == "shape":
        return marker(entry.shape, x, y, entry.colour, hollow=False, r=5, css_class="legend-marker")
    if entry.kind == "range":
        return range_bar(x, y + 7, y - 7, entry.colour)
    if entry.kind == "up_to":
        return up_to_glyph(x, y - 7, entry.colour, length=14)
    if entry.kind == "more_than":
        return more_than_glyph(x, y + 7, entry.colour, length=14)
    if entry.kind == "latest":
        return marker(
            "circle", x, y, AXIS_COLOUR, hollow=False, r=4, css_class="legend-marker"
        ) + latest_ring(x, y)
    return marker("circle", x, y, entry.colour, hollow=True, r=5, css_class="legend-marker")


def _legend(spec: ChartSpec, top: float, rtl: bool) -> tuple[list[str], float]:
    parts: list[str] = []
    y = top
    edge = WIDTH - PAD if rtl else PAD
    side: Anchor = "right" if rtl else "left"
    available = WIDTH - 2 * PAD
    for heading, entries in spec.legend:
        parts.append(text_element(edge, y, heading, anchor=side, size=FONT, weight="bold"))
        y += ROW
        lines = [wrap_words(e.label, FONT, available - 24) for e in entries]
        widths = [24 + max(estimate_text_width(line, FONT) for line in ls) for ls in lines]
        for row in flow_rows(widths, available):
            offset = 0.0
            for index in row:
                entry = entries[index]
                symbol_x = edge - offset - 6 if rtl else edge + offset + 6
                text_x = symbol_x - 13 if rtl else symbol_x + 13
                parts.append(_legend_symbol(entry, symbol_x, y - 4))
                for n, line in enumerate(lines[index]):
                    parts.append(text_element(text_x, y + n * ROW, line, anchor=side, size=FONT))
                offset += widths[index] + 14
            y += ROW * max(len(lines[i]) for i in row)
        y += 4
    for note in spec.notes:
        for line in wrap_words(note, FONT, available):
            parts.append(text_element(edge, y, line, anchor=side, size=FONT))
            y += ROW
    return parts, y


def draw_chart(spec: ChartSpec) -> str:
    """The complete ``<svg>`` for ``spec``; scales to its container's width through the viewBox."""
    rtl = spec.lang == "ar"
    parts, y = _title_block(spec, rtl)
    y += 14
    for panel in spec.panels:
        panel_parts, y = _panel(spec, panel, y, rtl)
        parts += panel_parts
        y += 22
    if spec.panels:
        parts.append(text_element(WIDTH / 2, y, spec.x_title, anchor="middle", size=FONT, weight="bold"))
    else:
        parts.append(text_element(WIDTH / 2, y + 40, spec.empty_message, anchor="middle", size=FONT))
        y += 60
    legend_parts, bottom = _legend(spec, y + 30, rtl)
    height = bottom + 4
    ids = f"troop-chart-title-{spec.lang}", f"troop-chart-desc-{spec.lang}"
    body = "".join(
        [
            element("title", {"id": ids[0]}, esc(" ".join(spec.title.split()))),
            element("desc", {"id": ids[1]}, esc(spec.description)),
            element("rect", {"x": 0, "y": 0, "width": WIDTH, "height": height, "fill": "#ffffff"}),
            *parts,
            *legend_parts,
        ]
    )
    root = {
        "xmlns": "http://www.w3.org/2000/svg",
        "class": "troop-chart-svg",
        "viewBox": f"0 0 {WIDTH} {num(height)}",
        "width": "100%",
        "role": "img",
        "aria-labelledby": " ".join(ids),
        "lang": spec.lang,
        "xml:lang": spec.lang,
        "direction": "rtl" if rtl else "ltr",
        "font-family": FONT_STACK,
    }
    return element("svg", root, body) + "\n"


def panel_label_positions(spec_lang: str, x_domain: tuple[float, float], panel: Panel) -> dict[str, str]:
    """Where each value label sits relative to its marker in the static chart, as a Plotly
    ``textposition`` ("top center", "middle right", ...), so the interactive chart avoids the
    same collisions."""
    rtl = spec_lang == "ar"
    left, right = (
        (PAD + 4, WIDTH - PAD - AXIS_LABEL_WIDTH) if rtl else (PAD + AXIS_LABEL_WIDTH, WIDTH - PAD - 4)
    )
    frame = _Frame(left, right, 0, panel.height, rtl, x_domain, panel.y_max)
    placed = place_labels(panel.items, frame)
    positions = {}
    for item in panel.items:
        if item.id in placed:
            _, baseline, anchor = placed[item.id]
            y = frame.y(item.y)
            vertical = "top" if baseline < y - 5 else "bottom" if baseline > y + 10 else "middle"
            horizontal = {"left": "right", "right": "left", "middle": "center"}[anchor]
            middle = vertical == "middle" and horizontal == "center"
            positions[item.id] = "top center" if middle else f"{vertical} {horizontal}"
    return positions
