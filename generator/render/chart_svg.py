"""SVG building blocks for the troop-estimate chart: escaping, text, marker shapes, glyphs, scales.

Everything here is pure string building with fixed number formatting, so the same input gives
byte-identical SVG. Nothing here knows about the pipeline models; ``charts.py`` composes it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Literal
from xml.sax.saxutils import escape

Anchor = Literal["left", "right", "middle"]

ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# Okabe-Ito colours (colour-blind safe); the orange and sky blue are darkened so every colour has
# at least 3:1 contrast against the white chart background (WCAG 1.4.11 non-text contrast).
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#9E6A00",
    "#000000",
    "#2B8CC4",
    "#5D3A9B",
)

# Marker shape per troop-estimate status; the same names are Plotly marker symbols.
STATUS_SHAPES: Mapping[str, str] = {
    "possible": "diamond",
    "arrived": "circle",
    "training": "square",
    "in_kursk": "triangle-up",
    "fighting": "star",
    "casualties": "x",
    "other": "hexagon",
}

TEXT_COLOUR = "#1f1f1f"
GRID_COLOUR = "#d9d9d9"
AXIS_COLOUR = "#6b6b6b"


def num(value: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros ("12", "12.5")."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def esc(text: str) -> str:
    """Escape text for an XML text node or a double-quoted attribute."""
    return escape(text, {'"': "&quot;"})


def element(tag: str, attributes: Mapping[str, object], content: str = "") -> str:
    """One XML element; numeric attribute values go through :func:`num`, others are escaped text."""
    parts = [tag]
    for name, value in attributes.items():
        shown = num(value) if isinstance(value, int | float) else esc(str(value))
        parts.append(f'{name}="{shown}"')
    opening = " ".join(parts)
    if not content:
        return f"<{opening}/>"
    return f"<{opening}>{content}</{tag}>"


def is_arabic(text: str) -> bool:
    return bool(ARABIC_LETTER.search(text))


def text_element(
    x: float,
    y: float,
    content: str,
    *,
    anchor: Anchor,
    size: float = 13,
    weight: str | None = None,
    css_class: str | None = None,
) -> str:
    """A ``<text>``; ``anchor`` says which edge of the rendered text sits at ``x``.

    Text with Arabic letters gets ``direction="rtl"``, ``unicode-bidi="embed"`` and
    ``xml:lang="ar"`` so the browser shapes and orders it; ``text-anchor`` is then chosen so
    the requested edge is honoured in either direction.
    """
    rtl = is_arabic(content)
    if anchor == "middle":
        text_anchor = "middle"
    elif rtl:
        text_anchor = "end" if anchor == "left" else "start"
    else:
        text_anchor = "start" if anchor == "left" else "end"
    attributes: dict[str, str | float] = {"x": x, "y": y, "text-anchor": text_anchor, "font-size": size}
    if rtl:
        attributes.update({"direction": "rtl", "unicode-bidi": "embed", "xml:lang": "ar"})
    else:
        attributes["direction"] = "ltr"
    if weight:
        attributes["font-weight"] = weight
    if css_class:
        attributes["class"] = css_class
    attributes["fill"] = TEXT_COLOUR
    return element("text", attributes, esc(" ".join(content.split())))


def estimate_text_width(text: str, size: float) -> float:
    """Rough rendered width, used only to lay out legend rows and wrap titles."""
    return len(text) * size * (0.47 if is_arabic(text) else 0.56)  # joined Arabic letters run narrower


def wrap_words(text: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by estimated width (never splits a word)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and estimate_text_width(candidate, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


def _polygon(points: Sequence[tuple[float, float]]) -> str:
    return "M" + " L".join(f"{num(x)},{num(y)}" for x, y in points) + " Z"


def _regular(cx: float, cy: float, r: float, sides: int, rotation: float) -> list[tuple[float, float]]:
    return [
        (cx + r * math.cos(angle), cy + r * math.sin(angle))
        for angle in (rotation + 2 * math.pi * i / sides for i in range(sides))
    ]


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + math.pi * i / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def _cross(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    t = r * 0.32  # half the arm thickness
    arm = [(t, 0.0), (r, r - t), (r - t, r), (0.0, t), (-r + t, r), (-r, r - t), (-t, 0.0)]
    arm += [(-r, -r + t), (-r + t, -r), (0.0, -t), (r - t, -r), (r, -r + t)]
    return [(cx + dx, cy + dy) for dx, dy in arm]


def marker_path(shape: str, cx: float, cy: float, r: float) -> str:
    """Path data for a marker ``shape`` (a :data:`STATUS_SHAPES` value) centred on (cx, cy)."""
    if shape == "circle":
        return (
            f"M{num(cx - r)},{num(cy)} A{num(r)},{num(r)} 0 1,0 {num(cx + r)},{num(cy)}"
            f" A{num(r)},{num(r)} 0 1,0 {num(cx - r)},{num(cy)} Z"
        )
    shapes = {
        "square": lambda: _regular(cx, cy, r * 1.2, 4, math.pi / 4),
        "diamond": lambda: _regular(cx, cy, r * 1.3, 4, 0.0),
        "triangle-up": lambda: _regular(cx, cy + r * 0.2, r * 1.3, 3, -math.pi / 2),
        "triangle-down": lambda: _regular(cx, cy - r * 0.2, r * 1.3, 3, math.pi / 2),
        "hexagon": lambda: _regular(cx, cy, r * 1.1, 6, 0.0),
        "star": lambda: _star(cx, cy, r * 1.35),
        "x": lambda: _cross(cx, cy, r * 1.1),
    }
    return _polygon(shapes.get(shape, shapes["hexagon"])())


def marker(
    shape: str, cx: float, cy: float, colour: str, *, hollow: bool, r: float = 5.5, css_class: str = "marker"
) -> str:
    """A status marker; hollow markers (earlier estimates) are white with a coloured outline."""
    attributes: dict[str, str | float] = {"class": css_class, "d": marker_path(shape, cx, cy, r)}
    if hollow:
        attributes.update({"fill": "#ffffff", "stroke": colour, "stroke-width": 2})
    else:
        attributes.update({"fill": colour, "stroke": "#ffffff", "stroke-width": 1})
    return element("path", attributes)


def _stroked(css_class: str, d: str, colour: str) -> str:
    return element("path", {"class": css_class, "d": d, "stroke": colour, "stroke-width": 2, "fill": "none"})


def range_bar(x: float, y_low: float, y_high: float, colour: str) -> str:
    """A vertical bar from the low to the high figure, with short end caps."""
    d = (
        f"M{num(x)},{num(y_low)} L{num(x)},{num(y_high)}"
        f" M{num(x - 4)},{num(y_low)} L{num(x + 4)},{num(y_low)}"
        f" M{num(x - 4)},{num(y_high)} L{num(x + 4)},{num(y_high)}"
    )
    return _stroked("range-bar", d, colour)


def up_to_glyph(x: float, y: float, colour: str, length: float = 16) -> str:
    """Up to": a ceiling cap at the figure and a stem pointing down to lower values."""
    tip = y + length
    d = (
        f"M{num(x - 6)},{num(y)} L{num(x + 6)},{num(y)} M{num(x)},{num(y)} L{num(x)},{num(tip)}"
        f" M{num(x - 4)},{num(tip - 5)} L{num(x)},{num(tip)} L{num(x + 4)},{num(tip - 5)}"
    )
    return _stroked("up-to", d, colour)


def more_than_glyph(x: float, y: float, colour: str, length: float = 16) -> str:
    """More than / at least: a stem from the figure with an arrowhead pointing up."""
    tip = y - length
    d = (
        f"M{num(x)},{num(y)} L{num(x)},{num(tip)}"
        f" M{num(x - 4)},{num(tip + 5)} L{num(x)},{num(tip)} L{num(x + 4)},{num(tip + 5)}"
    )
    return _stroked("more-than", d, colour)


def flow_rows(widths: Sequence[float], available: float, gap: float = 14) -> list[list[int]]:
    """Split items of the given widths into rows no wider than ``available`` (indices per row)."""
    rows: list[list[int]] = [[]]
    used = 0.0
    for index, width in enumerate(widths):
        needed = width if not rows[-1] else used + gap + width
        if rows[-1] and needed > available:
            rows.append([index])
            used = width
        else:
            rows[-1].append(index)
            used = needed
    return [row for row in rows if row]
