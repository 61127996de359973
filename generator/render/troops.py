"""Context for the troop-estimates page: chart, accessible table, movement summary, conflicts.

Figures are kept apart by what they count (``measure``): troops deployed never sit in one list
or on one axis with casualties. Claimants of one country form a family ("South Korea (NIS)"); a
figure whose text gives no date takes its article's date, marked as such; unattributed figures
say so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from markupsafe import Markup

from generator.models import UNATTRIBUTED_ID, Diagnostic, EntityRef, TroopEstimate
from generator.render import formatting
from generator.render.chart_data import article_date, chart_points, measure_rank
from generator.render.escape import inert, plain_title
from generator.render.links import DATA_DIR, Linker, ListPage
from generator.render.page_context import base_context
from generator.render.site import Site, SourceRef, fact_anchor, href, in_language

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
        return formatting.format_number(value, lang)

    if estimate.qualifier == "range" or (
        estimate.low is not None and estimate.high is not None and estimate.low != estimate.high
    ):
        low = estimate.low if estimate.low is not None else estimate.value
        high = estimate.high if estimate.high is not None else estimate.value
        if low is not None and high is not None:
            return f"{num(low)}{formatting.RANGE_DASH}{num(high)}"
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
    fact_id: str
    iso: str  # the date the row sorts by: its own, or its article's (``by_article``)
    date_text: str
    by_article: bool
    claimant: Markup
    family: Markup  # "South Korea (NIS)": the claimant's family with the agency named
    via: Markup | None
    measure: str
    measure_key: str
    figure: str
    qualifier_label: str
    sort_value: int
    status: str
    location: Markup | str
    previous: bool
    latest: bool
    refs: Sequence[SourceRef]


@dataclass(frozen=True, slots=True)
class MovementSection:
    """Figures of one measure in date order ("How the estimates moved"), undated last."""

    title: str
    rows: Sequence[EstimateRow]


@dataclass(frozen=True, slots=True)
class ConflictGroup:
    label: str
    rows: Sequence[EstimateRow]


def claimant_markup(site: Site, claimant: EntityRef) -> Markup:
    """The claimant's name; an unattributed figure says so ("unattributed"), never a blank."""
    if claimant.id == UNATTRIBUTED_ID:
        return Markup('<span class="unattributed">{}</span>').format(site.t("unattributed"))
    return site.name(claimant)


def family_markup(site: Site, claimant: EntityRef) -> Markup:
    """Claimant family and agency: "South Korea (NIS)"; just "South Korea" for the country itself."""
    own = claimant_markup(site, claimant)
    if claimant.id == UNATTRIBUTED_ID or not claimant.country:
        return own
    family = site.text.label("side", claimant.country)
    if not family or claimant.kind == "country" or site.entity_name(claimant) == family:
        return own
    return Markup("{} ({})").format(inert(family), own)


def article_dates(site: Site) -> dict[str, date | None]:
    return {s.id: s.meta.published for s in site.facts.sources}


def _dating(site: Site, estimate: TroopEstimate) -> tuple[str, str, bool]:
    """(sort ISO, shown date, dated by the article?) of an estimate."""
    if estimate.as_of and formatting.iso_parts(estimate.as_of):
        return estimate.as_of, site.date(estimate.as_of), False
    day = article_date(estimate, article_dates(site))
    if day is None:
        return "", site.date(estimate.as_of), False
    return day.isoformat(), site.t("article_date", date=site.date(day.isoformat())), True


def _row(site: Site, linker: Linker, estimate: TroopEstimate, latest: bool) -> EstimateRow:
    iso, date_text, by_article = _dating(site, estimate)
    return EstimateRow(
        anchor=fact_anchor("troop_estimates", estimate.id),
        fact_id=estimate.id,
        iso=iso,
        date_text=date_text,
        by_article=by_article,
        claimant=claimant_markup(site, estimate.claimant),
        family=family_markup(site, estimate.claimant),
        via=claimant_markup(site, estimate.via) if estimate.via is not None else None,
        measure=site.label("measure", estimate.measure),
        measure_key=estimate.measure,
        figure=figure_text(estimate, site.lang),
        qualifier_label=site.label("qualifier", estimate.qualifier),
        sort_value=sort_value(estimate),
        status=site.label("status", estimate.status),
        location=site.actor(estimate.location) if estimate.location else site.t("none"),
        previous=estimate.previous,
        latest=latest,
        refs=site.refs(linker, estimate.sources),
    )


def _ordered(estimates: Sequence[TroopEstimate]) -> list[TroopEstimate]:
    return sorted(
        estimates, key=lambda e: (formatting.sort_key_for_iso(e.as_of), claimant_key(e.claimant), e.id)
    )


def _by_date(rows: Sequence[EstimateRow]) -> list[EstimateRow]:
    """Dated rows oldest first (by their own or their article's date), undated rows last."""
    return sorted(rows, key=lambda r: (not r.iso, formatting.sort_key_for_iso(r.iso or None), r.fact_id))


def _movement(site: Site, rows: Sequence[EstimateRow]) -> list[MovementSection]:
    """One date-ordered list per measure, in the chart's panel order."""
    by_measure: dict[str, list[EstimateRow]] = defaultdict(list)
    for row in rows:
        by_measure[row.measure_key].append(row)
    ordered = sorted(by_measure, key=lambda m: (measure_rank(m), m))
    return [MovementSection(site.label("measure", m), _by_date(by_measure[m])) for m in ordered]


def _conflicts(
    site: Site, rows: Sequence[EstimateRow], estimates: Sequence[TroopEstimate]
) -> list[ConflictGroup]:
    """Months in which different figures of one measure were published, each with who and when."""
    by_id = {r.fact_id: r for r in rows}
    groups: dict[tuple[str, str], list[EstimateRow]] = defaultdict(list)
    for estimate in _ordered(estimates):
        parts = formatting.iso_parts(estimate.as_of)
        if parts and parts[1]:
            groups[(estimate.measure, f"{parts[0]}-{parts[1]:02d}")].append(by_id[estimate.id])
    found = []
    for measure, month in sorted(groups, key=lambda k: (k[1], measure_rank(k[0]))):
        items = groups[(measure, month)]
        if len({r.figure for r in items}) > 1:
            label = formatting.format_date(month, site.lang, "month") or month
            if len({r.measure_key for r in rows}) > 1:
                label = f"{label}: {site.label('measure', measure)}"
            found.append(ConflictGroup(label, items))
    return found


def chart_markup(
    site: Site, estimates: Sequence[TroopEstimate], cache: Any = None
) -> tuple[Markup | None, str | None]:
    """(static SVG, Plotly figure JSON) from the chart module, or (None, None) when it fails.

    A broken chart must not take the rest of the site down: the page keeps its table and
    summary, and the failure is reported as an error diagnostic (fatal under --strict).
    With ``cache`` (a :class:`~generator.render.page_cache.PageCache`), a chart drawn from the
    same inputs by the previous build is reused (label placement is the costly part).
    """
    try:
        from generator.render import charts
        from generator.render.page_cache import page_key, renderer_version

        labels = chart_labels(site, charts)
        titles = {s.id: site.english_title(s.meta.title) for s in site.facts.sources}
        published = article_dates(site)
        key = ""
        if cache is not None:
            version = renderer_version(cache.docs_dir / "editorial", site.lang)
            key = page_key(version, site.lang, tuple(estimates), labels, sorted(titles.items()),
                           sorted(published.items()))  # fmt: skip
            found = cache.value(f"troop-chart.{site.lang}", key)
            if isinstance(found, list) and len(found) == 2:
                return Markup(found[0]), found[1]
        svg = charts.troop_chart_svg(estimates, site.lang, labels, source_titles=titles, published=published)
        figure = charts.troop_chart_figure_json(
            estimates, site.lang, labels, source_titles=titles, published=published
        )
    except Exception as exc:  # reported as an error diagnostic, never silent
        message = f"troop chart not drawn ({type(exc).__name__}: {exc})"
        site.diagnostics.append(Diagnostic("error", "generator/render/charts.py", message))
        return None, None
    if cache is not None:
        cache.keep_value(f"troop-chart.{site.lang}", key, [svg, figure])
    return Markup(svg), figure  # the chart module escapes every text it draws


def chart_labels(site: Site, charts: Any) -> Any:
    """The chart's wording: built in, then the text file's labels and ``chart:`` section."""
    return charts.ChartLabels.for_site(site.lang, site.text.labels, site.text.extra.get("chart"))


def troops_context(site: Site, figure_json: dict[str, str], cache: Any = None) -> dict[str, object]:
    """Context of the troops page; stores the Plotly figure JSON in ``figure_json[lang]``."""
    context = base_context(site, "troops", MD_PATH)
    linker = context["linker"]
    assert isinstance(linker, Linker)
    estimates = _ordered(site.facts.troop_estimates)
    points, _ = chart_points(estimates, article_dates(site))
    latest = {p.estimate.id for p in points if p.latest}
    rows = _by_date([_row(site, linker, e, e.id in latest) for e in estimates])
    svg, figure = chart_markup(site, estimates, cache) if estimates else (None, None)
    if figure is not None:
        figure_json[site.lang] = figure
    context.update(
        uses_fact_ids=True,
        rows=rows,
        movement=_movement(site, rows),
        conflicts=_conflicts(site, rows, estimates),
        svg=svg,
        figure_href=href(chart_json_url(linker)) if figure is not None else None,
        chart_script_href=href(linker.static("assets/js/troop-chart.js")),
        table_script_href=href(linker.static("assets/js/statements.js")),
        list_pages=[],
        note_rows=rows,  # the summary's note on article dates looks at every figure
    )
    return context


# Above this many figures the table lists them by page, at explainer/troops/table-<n>.md, and
# the troops page keeps the chart (every figure), the summary and the conflicts, with links to
# the table's pages.
TABLE_ROWS = 40
# With the table by pages, the summary under the chart shows the latest figures of each measure
# and the latest months of conflicting figures; the rest are counted and left to the table.
SUMMARY_ROWS = 8
CONFLICT_MONTHS = 4


def _shortened(main: dict[str, object]) -> None:
    movement = main["movement"]
    conflicts = main["conflicts"]
    assert isinstance(movement, list) and isinstance(conflicts, list)
    left = 0
    sections = []
    for section in movement:
        dated = [r for r in section.rows if r.iso]
        keep = dated[-SUMMARY_ROWS:]
        left += len(section.rows) - len(keep)
        sections.append(MovementSection(section.title, keep))
    left += sum(len(g.rows) for g in conflicts[:-CONFLICT_MONTHS]) if len(conflicts) > CONFLICT_MONTHS else 0
    main.update(movement=sections, conflicts=conflicts[-CONFLICT_MONTHS:], summary_more=left)


def _table_path(number: int) -> str:
    return f"{MD_PATH[: -len('.md')]}/table-{number}.md"


def troops_pages(
    site: Site, figure_json: dict[str, str], per_page: int | None = None, cache: Any = None
) -> dict[str, tuple[str, dict[str, object]]]:
    """(template, context) by page path: the troops page, and, past ``TABLE_ROWS`` figures, the
    table's pages (the troops page then keeps the chart and the summary, and links to them)."""
    size = TABLE_ROWS if per_page is None else per_page
    main = troops_context(site, figure_json, cache)
    rows = main["rows"]
    assert isinstance(rows, list)
    if len(rows) <= size:
        return {MD_PATH: ("troops.md.j2", main)}
    chunks = [rows[i : i + size] for i in range(0, len(rows), size)]
    _shortened(main)
    by_id = {e.id: e for e in site.facts.troop_estimates}
    pages: dict[str, tuple[str, dict[str, object]]] = {MD_PATH: ("troops.md.j2", main)}
    main.update(list_pages=_table_nav(site, site.linker(MD_PATH), len(chunks), 0), table_paged=True)
    for number, chunk in enumerate(chunks, start=1):
        path = _table_path(number)
        context = base_context(site, "troops", path)
        linker = site.linker(path)
        title = f"{site.text.pages['troops'].title}: {site.t('table_page', n=number)}"
        script = href(linker.static("assets/js/statements.js"))
        context.update(page_title=plain_title(title), heading=in_language(title, site.lang),
                       uses_fact_ids=True, table_script_href=script,
                       rows=[_row(site, linker, by_id[row.fact_id], row.latest) for row in chunk],
                       list_pages=_table_nav(site, linker, len(chunks), number))  # fmt: skip
        for row in chunk:
            site.fact_pages[row.fact_id] = path
        pages[path] = ("troops_table.md.j2", context)
    return pages


def _table_nav(site: Site, linker: Linker, count: int, current: int) -> list[ListPage]:
    """The chart page, then every page of the table (``current``: this page's number, 0 for the
    chart page)."""
    chart = ListPage(site.text.pages["troops"].title, href(linker.page(MD_PATH)), current == 0)
    return [chart] + [ListPage(site.t("table_page", n=n), href(linker.page(_table_path(n))), n == current)
                      for n in range(1, count + 1)]  # fmt: skip
