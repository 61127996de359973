"""The interactive troop chart: a Plotly figure (data, layout, config) serialised as JSON.

Only scatter traces (the self-hosted partial bundle has scatter, bar and pie): one y axis per
measure (stacked panels sharing the time axis), one trace per claimant family and panel, marker
symbol by status, the value written next to each marker (placed where the static chart places
it), the newest figure of each family outlined in black, error bars for ranges and for "up to" /
"more than", hover text with claimant, figure, status, date and sources, estimate ids in
``customdata``. Margins are fixed (plotly.js automargin misbehaves on rtl pages) and nothing in the
JSON points off-site.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from markupsafe import escape

from generator.models import TroopEstimate
from generator.render import chart_draw, chart_svg
from generator.render.chart_data import (
    ChartPoint,
    chart_points,
    claimant_colours,
    describe_point,
    families,
    format_count,
    month_ticks,
    panels,
    value_label,
    y_axis,
)
from generator.render.chart_draw import Panel, PlotItem, panel_label_positions
from generator.render.chart_svg import STATUS_SHAPES

if TYPE_CHECKING:
    from generator.render.charts import ChartLabels

PANEL_GAP = 0.12  # share of the plot height between two panels (room for the next panel's title)


def figure_json(
    estimates: Sequence[TroopEstimate],
    lang: str,
    labels: ChartLabels,
    *,
    source_titles: Mapping[str, str] | None = None,
    published: Mapping[str, date | None] | None = None,
) -> str:
    """Plotly figure JSON (``data``, ``layout``, ``config``) for the lazily loaded interactive chart."""
    import plotly.graph_objects as go  # slow to import: only when the figure is built

    points, _ = chart_points(estimates, published)
    colours = claimant_colours(points)
    found = families(estimates, lang, labels)
    groups = panels(points)
    days = [p.day for p in points] or [date(2024, 1, 1)]
    ticks = month_ticks(min(days), max(days), labels.month_short)
    x_domain = (ticks[0][0].toordinal(), ticks[-1][0].toordinal())
    figure = go.Figure(layout=_plotly_layout(groups, ticks, lang, labels))
    jitter_days = max((max(days) - min(days)).days, 60) * 0.012
    shown_in_legend: set[str] = set()
    for number, (_measure, mine) in enumerate(groups, start=1):
        y_max = y_axis(mine)[0]
        height = chart_draw.PANEL_HEIGHT if number == 1 else chart_draw.SECOND_PANEL_HEIGHT
        positions = panel_label_positions(lang, x_domain, _label_panel(mine, y_max, labels, height))
        for key, colour in colours.items():
            family_points = [p for p in mine if p.claimant_key == key]
            if not family_points:
                continue
            trace = _plotly_trace(
                family_points,
                _plotly_text(found[key].name),
                colour,
                (jitter_days, y_max * 0.07),
                labels,
                lang,
                source_titles or {},
            )
            trace.update(
                yaxis="y" if number == 1 else f"y{number}",
                legendgroup=f"family-{sorted(colours).index(key)}",
                showlegend=key not in shown_in_legend,
                textposition=[
                    positions.get(p.estimate.id, "top center") for p in _legend_order(family_points)
                ],
            )
            shown_in_legend.add(key)
            figure.add_trace(trace)
    if any(p.latest for p in points):
        figure.add_trace(_latest_legend_trace(labels))
    plotly_json = figure.to_plotly_json()
    plotly_json["layout"].pop("template", None)  # plotly.js defaults, not the Python package's theme
    document = {"data": plotly_json["data"], "layout": plotly_json["layout"], "config": PLOTLY_CONFIG}
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _latest_legend_trace(labels: ChartLabels) -> Any:
    """A legend entry explaining the black outline of the latest figures (it draws no point)."""
    import plotly.graph_objects as go

    return go.Scatter(
        x=[None],
        y=[None],
        mode="markers",
        name=_plotly_text(labels.latest_legend),
        marker={
            "color": "#ffffff",
            "size": 12,
            "symbol": "circle",
            "line": {"color": chart_svg.TEXT_COLOUR, "width": 3},
        },
        hoverinfo="skip",
    )


def _label_panel(points: Sequence[ChartPoint], y_max: int, labels: ChartLabels, height: float) -> Panel:
    """A bare panel for :func:`panel_label_positions` (the static chart's label placement)."""
    items = tuple(
        PlotItem(
            p.estimate.id, p.day.toordinal(), p.jitter, p.y, p.low, p.high, p.glyph, "", "", False, "",
            value_label(p, labels), p.latest,
        )
        for p in points
    )  # fmt: skip
    return Panel("", (), y_max, items, height)


def _legend_order(points: Sequence[ChartPoint]) -> list[ChartPoint]:
    return sorted(points, key=lambda p: p.estimate.previous)  # the legend shows the first point's style


PLOTLY_CONFIG = {
    "displaylogo": False,
    "showLink": False,
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["lasso2d", "select2d", "toImage"],
}


def _hover_text(point: ChartPoint, labels: ChartLabels, lang: str, titles: Mapping[str, str]) -> str:
    """Hover lines, HTML-escaped: Plotly reads a subset of HTML in hover text, sources are untrusted."""
    sentence = describe_point(point, labels, lang, titles)
    separator = "، " if lang == "ar" else ", "
    head, _, rest = sentence.partition(": ")
    lines = [f"<b>{_plotly_text(head)}</b>"] + [_plotly_text(part) for part in rest.split(separator)]
    return "<br>".join(lines)


def _plotly_text(text: str) -> str:
    """Escaped for Plotly's HTML-like text; Arabic wrapped in a right-to-left bidi isolate.

    The Plotly box is laid out ltr (its text positioning breaks under rtl), so Arabic strings
    mixed with numbers need the isolate to keep their right-to-left order.
    """
    escaped = str(escape(text))
    return f"\u2067{escaped}\u2069" if chart_svg.is_arabic(text) else escaped


def _error_bars(point: ChartPoint, arrow: float) -> tuple[float | None, float | None]:
    """(above, below) bar lengths in troops: the range, or a fixed-length bar for up to / more than.

    None (JSON null) draws no bar at all; a zero would still draw a cap across the marker.
    """
    if point.glyph == "range" and point.low is not None and point.high is not None:
        return point.high - point.y, point.y - point.low
    if point.glyph == "up_to":
        return None, arrow
    if point.glyph == "more_than":
        return arrow, None
    return None, None


def _plotly_trace(
    points: Sequence[ChartPoint],
    name: str,
    colour: str,
    steps: tuple[float, float],
    labels: ChartLabels,
    lang: str,
    titles: Mapping[str, str],
) -> Any:
    """One claimant's scatter trace; ``steps`` is (jitter in days, up-to/more-than bar in troops)."""
    import plotly.graph_objects as go

    jitter_days, arrow = steps
    points = _legend_order(points)
    bars = [_error_bars(p, arrow) for p in points]
    x = [
        (datetime(p.day.year, p.day.month, p.day.day) + timedelta(days=p.jitter * jitter_days)).strftime(
            "%Y-%m-%d %H:%M"
        )
        for p in points
    ]
    return go.Scatter(
        x=x,
        y=[p.y for p in points],
        customdata=[p.estimate.id for p in points],
        mode="markers+text",
        name=name,
        text=[_value_text(p, labels) for p in points],
        textfont={"size": 13, "color": chart_svg.TEXT_COLOUR},
        marker={
            "color": ["#ffffff" if p.estimate.previous else colour for p in points],
            "size": 12,
            "symbol": [STATUS_SHAPES.get(p.estimate.status, "hexagon") for p in points],
            "line": {
                "color": [_outline(p, colour) for p in points],
                "width": [3 if p.latest else 2 if p.estimate.previous else 1 for p in points],
            },
        },
        error_y={
            "type": "data",
            "symmetric": False,
            "array": [b[0] for b in bars],
            "arrayminus": [b[1] for b in bars],
            "color": colour,
            "thickness": 2,
            "width": 5,
            "visible": any(b != (None, None) for b in bars),
        },
        hovertext=[_hover_text(p, labels, lang, titles) for p in points],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def _value_text(point: ChartPoint, labels: ChartLabels) -> str:
    text = _plotly_text(value_label(point, labels))
    return f"<b>{text}</b>" if point.latest else text


def _outline(point: ChartPoint, colour: str) -> str:
    if point.latest:
        return chart_svg.TEXT_COLOUR
    return colour if point.estimate.previous else "#ffffff"


def _plotly_layout(
    groups: Sequence[tuple[str, Sequence[ChartPoint]]],
    ticks: Sequence[tuple[date, str, str]],
    lang: str,
    labels: ChartLabels,
) -> dict[str, Any]:
    rtl = lang == "ar"
    side = {"x": 1 if rtl else 0, "xanchor": "right" if rtl else "left"}
    margin = timedelta(days=5)
    font = {"family": chart_draw.FONT_STACK, "size": 13, "color": chart_svg.TEXT_COLOUR}
    count = max(len(groups), 1)
    height = (1 - PANEL_GAP * (count - 1)) / count
    layout: dict[str, Any] = {
        "font": font,
        "separators": ".,",
        "autosize": True,
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "margin": {"l": 16 if rtl else 60, "r": 60 if rtl else 16, "t": 40, "b": 230, "autoexpand": False},
        "xaxis": {
            "type": "date",
            "tickmode": "array",
            "showgrid": False,
            "automargin": False,
            "anchor": f"y{count}" if count > 1 else "y",
            "tickvals": [d.isoformat() for d, _, _ in ticks],
            "ticktext": [_plotly_text(m) + (f"<br>{y}" if y else "") for _, m, y in ticks],
            "range": [(ticks[0][0] - margin).isoformat(), (ticks[-1][0] + margin).isoformat()],
        },
        "annotations": [
            {
                "text": f"<b>{_plotly_text(labels.x_title)}</b>",
                "showarrow": False,
                "xref": "paper",
                "yref": "paper",
                "x": 0.5,
                "xanchor": "center",
                "y": 0,
                "yanchor": "top",
                "yshift": -48,
            }
        ],
        "legend": {"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", **side},
        "hoverlabel": {"font": font, "align": "right" if rtl else "left"},
        "showlegend": True,
    }
    for number, (measure, points) in enumerate(groups, start=1):
        top = 1 - (number - 1) * (height + PANEL_GAP)
        y_max, y_step = y_axis(points)
        name = "yaxis" if number == 1 else f"yaxis{number}"
        layout[name] = {
            "domain": [max(top - height, 0), top],
            "range": [0, y_max],
            "tickmode": "array",
            "tickvals": list(range(0, y_max + 1, y_step)),
            "ticktext": [format_count(v, labels) for v in range(0, y_max + 1, y_step)],
            "side": "right" if rtl else "left",
            "automargin": False,
            "gridcolor": chart_svg.GRID_COLOUR,
            "zeroline": True,
            "zerolinecolor": chart_svg.AXIS_COLOUR,
            "fixedrange": True,
        }
        if number > 1:
            layout[name]["anchor"] = "x"
        layout["annotations"].append(
            {
                "text": f"<b>{_plotly_text(labels.measure_names.get(measure, measure))}</b>",
                "showarrow": False,
                "xref": "paper",
                "yref": "paper",
                "y": top,
                "yanchor": "bottom",
                "yshift": 8,
                **side,
            }
        )
    return layout
