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
from generator.render import labels as fmt
from generator.render.context import Site, SourceRef, fact_anchor, href
from generator.render.icons import event_icon
from generator.render.links import Linker
from generator.render.pages import EventView, OtherDate, base_context, conflict_key, event_title, event_view

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
    ordered = sorted(events, key=lambda e: (fmt.sort_key_for_iso(e.date), _priority(e), e.id))
    for event in ordered:
        home = next((c for c in clusters if event.date and _related(c, event)), None)
        if home is None:
            clusters.append([event])
        else:
            home.append(event)
    return [sorted(c, key=lambda e: (_priority(e), e.id)) for c in clusters]


def _entry(
    site: Site, linker: Linker, cluster: Sequence[Event], same: dict[tuple[str, str], list[Event]]
) -> Entry:
    lead = cluster[0]
    views = [event_view(site, linker, e, same[conflict_key(e)]) for e in cluster]
    view = views[0]
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
    return Entry(view, lead.type, event_icon(lead.type), anchors, facets, context)


def _month_label(site: Site, iso: str) -> str:
    parts = fmt.iso_parts(iso)
    assert parts is not None
    year, month, _ = parts
    if month is None:
        return str(year)
    return fmt.format_date(f"{year}-{month:02d}", site.lang, "month") or iso


def _by_month(site: Site, entries: Sequence[Entry]) -> list[MonthGroup]:
    months: dict[str, list[Entry]] = {}
    for entry in entries:
        label = _month_label(site, entry.view.iso) if entry.view.iso else ""
        months.setdefault(label, []).append(entry)
    return [MonthGroup(label, items) for label, items in months.items()]


def timeline_context(site: Site) -> dict[str, object]:
    context = base_context(site, "timeline", MD_PATH)
    linker = context["linker"]
    assert isinstance(linker, Linker)
    same: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in sorted(site.facts.events, key=lambda e: (fmt.sort_key_for_iso(e.date), e.id)):
        same[conflict_key(event)].append(event)
    entries = [(c[0], _entry(site, linker, c, same)) for c in merge_events(site.facts.events)]
    sections: list[Section] = []
    background = [entry for lead, entry in entries if lead.historical]
    if background:
        # background entries show their year beside them: no month headings
        sections.append(
            Section(site.t("background_heading"), Markup("tl-background"), [MonthGroup("", background)])
        )
    years: dict[int, list[Entry]] = {}
    for lead, entry in entries:
        parts = fmt.iso_parts(lead.date)
        if not lead.historical and parts:
            years.setdefault(parts[0], []).append(entry)
    for year in sorted(years):
        sections.append(Section(str(year), Markup(f"tl-{year}"), _by_month(site, years[year])))
    undated = [entry for lead, entry in entries if not lead.historical and not fmt.iso_parts(lead.date)]
    if undated:
        sections.append(
            Section(site.t("undated_events_heading"), Markup("tl-undated"), [MonthGroup("", undated)])
        )
    sources_index = linker.page("explainer/sources/index.md")
    link = Markup('<a href="{}">{}</a>').format(href(sources_index), site.text.pages["sources"].title)
    context.update(sections=sections, citation_link=link, uses_fact_ids=True)
    return context
