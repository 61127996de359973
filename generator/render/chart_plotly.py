"""The interactive troop chart: a Plotly figure (data, layout, config) serialised as JSON.

Only scatter traces (the self-hosted partial bundle has scatter, bar and pie): one trace per
claimant, marker symbol by status, error bars for ranges and for "up to" / "more than", hover
text with claimant, figure, status, date and sources, estimate ids in ``customdata``. Margins are
fixed (plotly.js automargin misbehaves on rtl pages) and nothing in the JSON points off-site.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from markupsafe import escape

from generator.models import TroopEstimate
from generator.render import chart_svg
from generator.render.chart_data import (
    ChartPoint,
    chart_points,
    claimant_colours,
    claimant_name,
    claimants_by_key,
    figure_phrase,
    format_partial_date,
    month_ticks,
    y_axis,
)
from generator.render.chart_svg import STATUS_SHAPES

if TYPE_CHECKING:
    from generator.render.charts import ChartLabels


def figure_json(
    estimates: Sequence[TroopEstimate],
    lang: str,
    labels: ChartLabels,
    *,
    source_titles: Mapping[str, str] | None = None,
) -> str:
    """Plotly figure JSON (``data``, ``layout``, ``config``) for the lazily loaded interactive chart.

    One scatter trace per claimant; ``customdata`` holds the estimate ids, one point per dated estimate.
    """
    import plotly.graph_objects as go  # slow to import: only when the figure is built

    points, _ = chart_points(estimates)
    colours = claimant_colours(points)
    claimants = claimants_by_key(estimates)
    y_max = y_axis(points)[0]
    arrow = y_max * 0.07  # length of the up-to / more-than bar, in troops
    figure = go.Figure(layout=_plotly_layout(points, y_max, lang, labels))
    days = [p.day for p in points]
    jitter_days = max((max(days) - min(days)).days, 60) * 0.01 if days else 0.0
    for key, colour in colours.items():
        mine = [p for p in points if p.claimant_key == key]
        if mine:
            name = _plotly_text(claimant_name(claimants[key], lang))
            trace = _plotly_trace(mine, name, colour, (jitter_days, arrow), labels, lang, source_titles or {})
            figure.add_trace(trace)
    plotly_json = figure.to_plotly_json()
    plotly_json["layout"].pop("template", None)  # plotly.js defaults, not the Python package's theme
    document = {"data": plotly_json["data"], "layout": plotly_json["layout"], "config": PLOTLY_CONFIG}
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


PLOTLY_CONFIG = {
    "displaylogo": False,
    "showLink": False,
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["lasso2d", "select2d", "toImage"],
}


def _hover_text(estimate: TroopEstimate, labels: ChartLabels, lang: str, titles: Mapping[str, str]) -> str:
    """Hover lines, HTML-escaped: Plotly reads a subset of HTML in hover text, sources are untrusted."""
    lines = [
        f"<b>{_plotly_text(claimant_name(estimate.claimant, lang))}</b>",
        _plotly_text(figure_phrase(estimate, labels)),
        _plotly_text(labels.status_names.get(estimate.status, estimate.status)),
        _plotly_text(format_partial_date(estimate.as_of, labels)),
    ]
    if estimate.previous:
        lines.append(_plotly_text(labels.previous_note))
    for source_id in sorted({p.file for p in estimate.sources}):
        lines.append(_plotly_text(f"{labels.source_word}: {titles.get(source_id, source_id)}"))
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
    points = sorted(points, key=lambda p: p.estimate.previous)  # the legend shows the first point's style
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
        mode="markers",
        name=name,
        marker={
            "color": ["#ffffff" if p.estimate.previous else colour for p in points],
            "size": 12,
            "symbol": [STATUS_SHAPES.get(p.estimate.status, "hexagon") for p in points],
            "line": {
                "color": [colour if p.estimate.previous else "#ffffff" for p in points],
                "width": [2 if p.estimate.previous else 1 for p in points],
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
        hovertext=[_hover_text(p.estimate, labels, lang, titles) for p in points],
        hovertemplate="%{hovertext}<extra></extra>",
    )


def _plotly_layout(
    points: Sequence[ChartPoint], y_max: int, lang: str, labels: ChartLabels
) -> dict[str, Any]:
    rtl = lang == "ar"
    days = [p.day for p in points] or [date(2024, 1, 1)]
    ticks = month_ticks(min(days), max(days), labels.month_short)
    side = {"x": 1 if rtl else 0, "xanchor": "right" if rtl else "left"}
    margin = timedelta(days=5)
    font = {"family": chart_svg.FONT_STACK, "size": 13, "color": chart_svg.TEXT_COLOUR}
    return {
        "font": font,
        "separators": ".,",
        "autosize": True,
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "margin": {"l": 24 if rtl else 72, "r": 72 if rtl else 24, "t": 64, "b": 160, "autoexpand": False},
        "xaxis": {
            "type": "date",
            "tickmode": "array",
            "showgrid": False,
            "automargin": False,
            "tickvals": [d.isoformat() for d, _, _ in ticks],
            "ticktext": [_plotly_text(m) + (f"<br>{y}" if y else "") for _, m, y in ticks],
            "range": [(ticks[0][0] - margin).isoformat(), (ticks[-1][0] + margin).isoformat()],
            "title": {"text": _plotly_text(labels.x_title)},
        },
        "yaxis": {
            "range": [0, y_max],
            "tickformat": ",d",
            "side": "right" if rtl else "left",
            "automargin": False,
            "gridcolor": chart_svg.GRID_COLOUR,
            "zeroline": True,
            "zerolinecolor": chart_svg.AXIS_COLOUR,
        },
        "annotations": [
            {
                "text": f"<b>{_plotly_text(labels.y_title)}</b>",
                "showarrow": False,
                "xref": "paper",
                "yref": "paper",
                "y": 1,
                "yanchor": "bottom",
                "yshift": 6,
                "xshift": 64 if rtl else -64,
                **side,
            }
        ],
        "legend": {"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", **side},
        "hoverlabel": {"font": font, "align": "right" if rtl else "left"},
        "showlegend": True,
    }
