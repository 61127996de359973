"""Context for the troop-estimates page: chart, accessible table, movement summary, conflicts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from generator.models import Diagnostic, EntityRef, TroopEstimate
from generator.render import labels as fmt
from generator.render.context import Site, SourceRef, fact_anchor, href
from generator.render.escape import inert
from generator.render.links import DATA_DIR, Linker
from generator.render.pages import base_context

MD_PATH = "explainer/troops.md"
QUALIFIER_SIGNS = {"exact": "", "about": "≈ ", "up_to": "≤ ", "more_than": "> ", "at_least": "≥ "}


def chart_json_name(lang: str) -> str:
    return f"troop-chart.{lang}.json"


def chart_json_url(linker: Linker) -> str:
    """Where the figure JSON is served: mkdocs-static-i18n serves ``x.<lang>.json`` as ``x.json``
    in that language's tree, so the same relative link works on both pages."""
    return linker.page(f"{DATA_DIR}/troop-chart.json").rstrip("/")


def figure_text(estimate: TroopEstimate, lang: str) -> str:
    """The figure as stated: "≤ 12,000", "> 10,000", "10,000–12,000", "≈ 10,000"."""

    def num(value: int) -> str:
        return fmt.format_number(value, lang)

    if estimate.qualifier == "range" or (
        estimate.low is not None and estimate.high is not None and estimate.low != estimate.high
    ):
        low = estimate.low if estimate.low is not None else estimate.value
        high = estimate.high if estimate.high is not None else estimate.value
        if low is not None and high is not None:
            return f"{num(low)}{fmt.RANGE_DASH}{num(high)}"
    value = estimate.value
    if value is None:
        value = estimate.high if estimate.qualifier == "up_to" else estimate.low
    if value is None:
        value = estimate.high if estimate.high is not None else estimate.low
    if value is None:
        return "?"
    return f"{QUALIFIER_SIGNS.get(estimate.qualifier, '')}{num(value)}"


def figure_markup(estimate: TroopEstimate, lang: str) -> Markup:
    """The figure isolated left-to-right, so "≤ 12,000" is not mirrored inside Arabic text."""
    return Markup('<span class="figure" dir="ltr">{}</span>').format(inert(figure_text(estimate, lang)))


def sort_value(estimate: TroopEstimate) -> int:
    for value in (estimate.value, estimate.high, estimate.low):
        if value is not None:
            return value
    return 0


def claimant_key(claimant: EntityRef) -> str:
    return claimant.id if claimant.id and claimant.linked else "name:" + " ".join(claimant.name_ar.split())


@dataclass(frozen=True, slots=True)
class EstimateRow:
    anchor: str
    iso: str
    date_text: str
    claimant: Markup
    figure: str
    qualifier_label: str
    sort_value: int
    status: str
    location: Markup | str
    previous: bool
    refs: Sequence[SourceRef]


@dataclass(frozen=True, slots=True)
class ClaimantSummary:
    text: Markup
    refs: Sequence[SourceRef]


@dataclass(frozen=True, slots=True)
class ConflictGroup:
    label: str
    rows: Sequence[EstimateRow]


def _row(site: Site, linker: Linker, estimate: TroopEstimate) -> EstimateRow:
    return EstimateRow(
        anchor=fact_anchor("troop_estimates", estimate.id),
        iso=estimate.as_of if estimate.as_of and fmt.iso_parts(estimate.as_of) else "",
        date_text=site.date(estimate.as_of),
        claimant=site.name(estimate.claimant),
        figure=figure_text(estimate, site.lang),
        qualifier_label=site.label("qualifier", estimate.qualifier),
        sort_value=sort_value(estimate),
        status=site.label("status", estimate.status),
        location=site.actor(estimate.location) if estimate.location else site.t("none"),
        previous=estimate.previous,
        refs=site.refs(linker, estimate.sources),
    )


def _ordered(estimates: Sequence[TroopEstimate]) -> list[TroopEstimate]:
    return sorted(estimates, key=lambda e: (fmt.sort_key_for_iso(e.as_of), claimant_key(e.claimant), e.id))


def _summaries(site: Site, linker: Linker, estimates: Sequence[TroopEstimate]) -> list[ClaimantSummary]:
    """Earliest and latest dated figure of each claimant (never averaged)."""
    by_claimant: dict[str, list[TroopEstimate]] = defaultdict(list)
    for estimate in _ordered(estimates):
        if fmt.iso_parts(estimate.as_of):
            by_claimant[claimant_key(estimate.claimant)].append(estimate)
    result = []
    for key in sorted(by_claimant):
        items = by_claimant[key]
        first, last = items[0], items[-1]
        name = site.name(first.claimant)
        if first is last:
            text = site.tm(
                "claimant_single",
                claimant=name,
                figure=figure_markup(first, site.lang),
                date=site.date(first.as_of),
            )
            refs = site.refs(linker, first.sources)
        else:
            text = site.tm(
                "claimant_moved",
                claimant=name,
                first=figure_markup(first, site.lang),
                first_date=site.date(first.as_of),
                last=figure_markup(last, site.lang),
                last_date=site.date(last.as_of),
            )
            refs = site.refs(linker, first.sources + last.sources)
        result.append(ClaimantSummary(text, refs))
    return result


def _conflicts(
    site: Site, rows: Mapping[str, EstimateRow], estimates: Sequence[TroopEstimate]
) -> list[ConflictGroup]:
    """Months in which different figures were published, each figure with who and when."""
    by_month: dict[str, list[TroopEstimate]] = defaultdict(list)
    for estimate in _ordered(estimates):
        parts = fmt.iso_parts(estimate.as_of)
        if parts and parts[1]:
            by_month[f"{parts[0]}-{parts[1]:02d}"].append(estimate)
    groups = []
    for month in sorted(by_month):
        items = by_month[month]
        if len({figure_text(e, site.lang) for e in items}) > 1:
            label = fmt.format_date(month, site.lang, "month") or month
            groups.append(ConflictGroup(label, [rows[e.id] for e in items]))
    return groups


def chart_markup(site: Site, estimates: Sequence[TroopEstimate]) -> tuple[Markup | None, str | None]:
    """(static SVG, Plotly figure JSON) from the chart module, or (None, None) when it fails.

    A broken chart must not take the rest of the site down: the page keeps its table and
    summary, and the failure is reported as an error diagnostic (fatal under --strict).
    """
    try:
        from generator.render import charts

        labels = chart_labels(site, charts)
        titles = {s.id: s.meta.title for s in site.facts.sources}
        svg = charts.troop_chart_svg(estimates, site.lang, labels, source_titles=titles)
        figure = charts.troop_chart_figure_json(estimates, site.lang, labels, source_titles=titles)
    except Exception as exc:  # reported as an error diagnostic, never silent
        message = f"troop chart not drawn ({type(exc).__name__}: {exc})"
        site.diagnostics.append(Diagnostic("error", "generator/render/charts.py", message))
        return None, None
    return Markup(svg), figure  # the chart module escapes every text it draws


def chart_labels(site: Site, charts: Any) -> Any:
    base = charts.ChartLabels.default(site.lang)
    overrides = site.text.extra.get("chart")
    return charts.ChartLabels.from_mapping(overrides, base) if overrides else base


def troops_context(site: Site, figure_json: dict[str, str]) -> dict[str, object]:
    """Context of the troops page; stores the Plotly figure JSON in ``figure_json[lang]``."""
    context = base_context(site, "troops", MD_PATH)
    linker = context["linker"]
    assert isinstance(linker, Linker)
    estimates = _ordered(site.facts.troop_estimates)
    rows = {e.id: _row(site, linker, e) for e in estimates}
    svg, figure = chart_markup(site, estimates) if estimates else (None, None)
    if figure is not None:
        figure_json[site.lang] = figure
    context.update(
        rows=[rows[e.id] for e in estimates],
        summaries=_summaries(site, linker, estimates),
        conflicts=_conflicts(site, rows, estimates),
        svg=svg,
        figure_href=href(chart_json_url(linker)) if figure is not None else None,
        chart_script_href=href(linker.static("assets/js/troop-chart.js")),
        table_script_href=href(linker.static("assets/js/statements.js")),
    )
    return context
