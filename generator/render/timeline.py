"""Context for the timeline page: a vertical timeline by year and month, one entry per happening.

Events the extractor read separately but that describe one happening (same day, a shared actor or
place: the 19 June 2024 summit reported as a signing, a visit and a meeting) become one entry: the
most significant type leads, the others are listed as "also reported as", every source is cited
and every merged fact keeps its anchor. Background events come first, undated ones last; a
"jump to year" index links to each year's heading (no script needed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from markupsafe import Markup

from generator.models import Event
from generator.render import formatting
from generator.render.escape import plain_title
from generator.render.icons import event_icon
from generator.render.links import Linker
from generator.render.page_context import (
    EventView,
    OtherDate,
    base_context,
    conflict_key,
    event_title,
    event_view,
)
from generator.render.periods import (
    BACKGROUND,
    UNDATED,
    links_from,
    month_key,
    paginate,
    period_label,
    period_nav,
    period_path,
    year_groups,
)
from generator.render.site import Site, SourceRef, fact_anchor, href, in_language

MD_PATH = "explainer/timeline.md"
# The type that names a merged entry: a signing outranks the visit during which it happened.
TYPE_PRIORITY = (
    "signing", "ratification", "entry_into_force", "veto", "un_statement", "deployment", "arrival",
    "meeting", "visit", "publication", "historical",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Facet:
    """Another report merged into an entry: its type, its own title and where it was read."""

    type_label: str
    title: Markup
    refs: Sequence[SourceRef]


@dataclass(frozen=True, slots=True)
class Entry:
    view: EventView
    type_key: str
    icon: Markup
    merged_anchors: Sequence[str]  # anchors of the other facts merged into this entry
    facets: Sequence[Facet]
    context: Markup | None = None  # the source's sentence, for an entry with no actor or place
    other_dates_total: int = 0  # other dates given for this happening (the page shows a few)


@dataclass(frozen=True, slots=True)
class MonthGroup:
    label: str
    entries: Sequence[Entry]


@dataclass(frozen=True, slots=True)
class Section:
    """A year (or "Background" / "Undated") with its heading anchor and its months."""

    label: str
    anchor: Markup  # [a-z0-9-] only, written into a Markdown heading's attribute list as is
    months: Sequence[MonthGroup]


def _priority(event: Event) -> int:
    return TYPE_PRIORITY.index(event.type) if event.type in TYPE_PRIORITY else len(TYPE_PRIORITY)


def _related(cluster: Sequence[Event], event: Event) -> bool:
    head = cluster[0]
    if head.date != event.date or head.date_precision != "day" or event.date_precision != "day":
        return False
    if head.historical != event.historical:
        return False
    actors = {a for e in cluster for a in e.actors}
    places = {e.place for e in cluster if e.place}
    return bool(actors & set(event.actors)) or (event.place is not None and event.place in places)


def merge_events(events: Sequence[Event]) -> list[list[Event]]:
    """Clusters of events describing one happening, each led by its most significant type."""
    clusters: list[list[Event]] = []
    ordered = sorted(events, key=lambda e: (formatting.sort_key_for_iso(e.date), _priority(e), e.id))
    for event in ordered:
        home = next((c for c in clusters if event.date and _related(c, event)), None)
        if home is None:
            clusters.append([event])
        else:
            home.append(event)
    return [sorted(c, key=lambda e: (_priority(e), e.id)) for c in clusters]


# Other dates of one happening shown on its entry: the first few, then "+N". An event reported by
# hundreds of articles can be dated a hundred ways; listing them all made the page quadratic.
OTHER_DATES_SHOWN = 4


def _date_representatives(events: Sequence[Event]) -> list[Event]:
    """The first event of each distinct (date, end date), in order."""
    seen: dict[tuple[str | None, str | None], Event] = {}
    for event in events:
        seen.setdefault((event.date, event.date_end), event)
    return list(seen.values())


def _other_dates_total(event: Event, representatives: Sequence[Event]) -> int:
    own = (event.date, event.date_end)
    return sum(1 for o in representatives if o.date and (o.date, o.date_end) != own)


def _entry(
    site: Site, linker: Linker, cluster: Sequence[Event], same: dict[tuple[str, str], list[Event]]
) -> Entry:
    lead = cluster[0]
    shown = OTHER_DATES_SHOWN + 1  # one of them may be the event's own date
    views = [event_view(site, linker, e, same[conflict_key(e)][:shown]) for e in cluster]
    view = views[0]
    total = max(_other_dates_total(e, same[conflict_key(e)]) for e in cluster)
    if len(cluster) > 1:
        sources = [p for e in cluster for p in e.sources]
        actors = list(dict.fromkeys(a for e in cluster for a in e.actors))
        place = next((e.place for e in cluster if e.place), None)
        others: dict[str, OtherDate] = {}
        for v in views:
            for other in v.other_dates:
                others.setdefault(other.date_text, other)
        view = replace(
            view,
            actors=[site.actor(a) for a in actors],
            place=site.actor(place) if place else None,
            refs=site.refs(linker, sources),
            reported_by=site.reported_by(sources),
            other_dates=[o for text, o in others.items() if text != view.date_text],
        )
    facets = [
        Facet(site.label("event_type", e.type), event_title(site, e), site.refs(linker, e.sources))
        for e in cluster[1:]
    ]
    anchors = [str(fact_anchor("events", e.id)) for e in cluster[1:]]
    context = None
    if not view.actors and not view.place and lead.sources:
        first = lead.sources[0]
        context = site.fact_text(" ".join(first.sentence.split()), [first])
    total = max(total, len(view.other_dates))
    return Entry(view, lead.type, event_icon(lead.type), anchors, facets, context, total)


def _month_label(site: Site, iso: str) -> str:
    parts = formatting.iso_parts(iso)
    assert parts is not None
    year, month, _ = parts
    if month is None:
        return str(year)
    return formatting.format_date(f"{year}-{month:02d}", site.lang, "month") or iso


def _by_month(site: Site, entries: Sequence[Entry]) -> list[MonthGroup]:
    months: dict[str, list[Entry]] = {}
    for entry in entries:
        label = _month_label(site, entry.view.iso) if entry.view.iso else ""
        months.setdefault(label, []).append(entry)
    return [MonthGroup(label, items) for label, items in months.items()]


Pair = tuple[Event, Entry]
# Above this many entries the timeline is split: an index (latest events, every period) and one
# page per month; smaller timelines stay one page.
SPLIT_AT = 80
LATEST_ON_INDEX = 15
PAGE_ENTRIES = 30  # a month with more entries is cut into pages of this many


Same = dict[tuple[str, str], list[Event]]


def _same_happening(site: Site) -> Same:
    """Events reported as one happening (same type and title), one per distinct date: computed
    once per page set, not once per period page."""
    same: Same = defaultdict(list)
    for event in sorted(site.facts.events, key=lambda e: (formatting.sort_key_for_iso(e.date), e.id)):
        same[conflict_key(event)].append(event)
    return defaultdict(list, {key: _date_representatives(events) for key, events in same.items()})


def _pairs(
    site: Site, linker: Linker, clusters: Sequence[Sequence[Event]], same: Same | None = None
) -> list[Pair]:
    same = _same_happening(site) if same is None else same
    return [(c[0], _entry(site, linker, c, same)) for c in clusters]


def _sections(site: Site, entries: Sequence[Pair]) -> list[Section]:
    """Background first, then one section per year (by month), undated last."""
    sections: list[Section] = []
    background = [entry for lead, entry in entries if lead.historical]
    if background:
        # background entries show their year beside them: no month headings
        sections.append(
            Section(site.t("background_heading"), Markup("tl-background"), [MonthGroup("", background)])
        )
    years: dict[int, list[Entry]] = {}
    for lead, entry in entries:
        parts = formatting.iso_parts(lead.date)
        if not lead.historical and parts:
            years.setdefault(parts[0], []).append(entry)
    for year in sorted(years):
        sections.append(Section(str(year), Markup(f"tl-{year}"), _by_month(site, years[year])))
    undated = [
        entry for lead, entry in entries if not lead.historical and not formatting.iso_parts(lead.date)
    ]
    if undated:
        sections.append(
            Section(site.t("undated_events_heading"), Markup("tl-undated"), [MonthGroup("", undated)])
        )
    return sections


def _page_context(site: Site, md_path: str) -> dict[str, object]:
    context = base_context(site, "timeline", md_path)
    linker = context["linker"]
    assert isinstance(linker, Linker)
    sources_index = linker.page("explainer/sources/index.md")
    link = Markup('<a href="{}">{}</a>').format(href(sources_index), site.text.pages["sources"].title)
    context.update(citation_link=link, uses_fact_ids=True, year_groups=[], period_nav=None)
    return context


def timeline_context(site: Site) -> dict[str, object]:
    """The whole timeline on one page."""
    context = _page_context(site, MD_PATH)
    linker = context["linker"]
    assert isinstance(linker, Linker)
    context.update(sections=_sections(site, _pairs(site, linker, merge_events(site.facts.events))))
    return context


def period_of(lead: Event) -> str:
    return BACKGROUND if lead.historical else month_key(lead.date)


def _period_order(key: str) -> tuple[int, str]:
    return (0, "") if key == BACKGROUND else (2, "") if key == UNDATED else (1, key)


def timeline_pages(site: Site, split_at: int | None = None) -> dict[str, dict[str, object]]:
    """Contexts by page path: one page, or (past ``split_at`` entries) an index and a page per
    month. Fills ``site.fact_pages`` so that links to an event reach the page that shows it."""
    clusters = merge_events(site.facts.events)
    if len(clusters) <= (SPLIT_AT if split_at is None else split_at):
        return {MD_PATH: timeline_context(site)}
    by_period: dict[str, list[list[Event]]] = {}
    for cluster in clusters:
        by_period.setdefault(period_of(cluster[0]), []).append(cluster)
    by_period = paginate({k: by_period[k] for k in sorted(by_period, key=_period_order)}, PAGE_ENTRIES)
    keys = list(by_period)
    counts = {key: len(by_period[key]) for key in keys}
    same = _same_happening(site)
    pages: dict[str, dict[str, object]] = {}
    for key in keys:
        md_path = period_path(MD_PATH, key)
        context = _page_context(site, md_path)
        linker = context["linker"]
        assert isinstance(linker, Linker)
        undated = site.t("undated_events_heading")
        links = links_from(site, linker, MD_PATH, counts, "events_count", current=key, undated=undated)
        label = period_label(site, key, undated)
        title = f"{site.text.pages['timeline'].title}: {label}"
        context.update(
            page_title=plain_title(title), heading=in_language(title, site.lang),
            sections=_sections(site, _pairs(site, linker, by_period[key], same)),
            period_nav=period_nav(linker, MD_PATH, links, key),
        )  # fmt: skip
        for cluster in by_period[key]:
            for event in cluster:
                site.fact_pages[event.id] = md_path
        pages[md_path] = context
    index = _page_context(site, MD_PATH)
    linker = index["linker"]
    assert isinstance(linker, Linker)
    dated = [c for c in clusters if not c[0].historical and formatting.iso_parts(c[0].date)]
    latest = _pairs(site, linker, dated[-LATEST_ON_INDEX:], same)
    months = _by_month(site, [entry for _, entry in latest])
    index.update(
        sections=[Section(site.t("latest_events"), Markup("tl-latest"), months)],
        search_exclude=True,  # the latest events are indexed on their month's page
        year_groups=year_groups(
            links_from(
                site, linker, MD_PATH, counts, "events_count", undated=site.t("undated_events_heading")
            )
        ),
    )
    return {MD_PATH: index, **pages}
