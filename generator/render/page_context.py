"""Context shared by the page builders: the base context of every page, download links, event views."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.models import Event
from generator.render import formatting
from generator.render.editorial_md import editorial_markdown
from generator.render.escape import plain_title
from generator.render.links import DATA_DIR, Linker
from generator.render.site import Site, SourceRef, fact_anchor, href, in_language
from generator.render.writer import FRONT_MATTER_MARKER

DOWNLOAD_FILES = (
    "facts.json", "quotes.csv", "troop_estimates.csv", "events.csv", "treaty_provisions.csv", "sources.csv",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Download:
    name: str
    label: str
    href: Markup


def base_context(
    site: Site, page_key: str, md_path: str, *, title: str | None = None, description: str | None = None
) -> dict[str, object]:
    """What every generated page shows: front matter, heading, intro, download footer."""
    text = site.text.pages[page_key]
    linker = site.linker(md_path)
    heading = site.english_title(title) if title else text.title
    downloads = [
        Download(name, site.label("data_file", name), href(linker.static(f"{DATA_DIR}/{name}")))
        for name in DOWNLOAD_FILES
    ]
    return {
        "site": site,
        "lang": site.lang,
        "linker": linker,
        "marker": Markup(FRONT_MATTER_MARKER),
        "page_title": plain_title(heading),
        "heading": in_language(heading, site.lang),
        "description": description or text.description,
        "intro": editorial_markdown(text.intro),  # author-owned Markdown, raw HTML stripped
        "downloads": downloads,
        "about_data_href": href(linker.page(FACT_PAGE_DATA)),
        "separator": "، " if site.lang == "ar" else ", ",
        "uses_fact_ids": False,  # the fact pages set it: each fact shows its id with a copy button
        "fact_id_script_href": href(linker.static("assets/js/fact-id.js")),
    }


FACT_PAGE_DATA = "explainer/data.md"


# ---------------------------------------------------------------- timeline


@dataclass(frozen=True, slots=True)
class OtherDate:
    date_text: str
    refs: Sequence[SourceRef]


@dataclass(frozen=True, slots=True)
class EventView:
    anchor: str
    fact_id: str
    iso: str | None
    date_text: str
    type_label: str
    title: Markup
    actors: Sequence[Markup]
    place: Markup | None
    refs: Sequence[SourceRef]
    reported_by: str
    other_dates: Sequence[OtherDate]
    note: str | None


def event_title(site: Site, event: Event) -> Markup:
    """The English title from the translation memory (keyed by event id) when an editor wrote one,
    else the extractor's template title; the Arabic title on the Arabic page."""
    override = site.translations.get(event.id) if site.lang == "en" else None
    if override:
        return in_language(override, site.lang, "en")
    if site.lang == "en" and event.title_en.strip():
        return in_language(event.title_en, site.lang, "en")
    if event.title_ar.strip():
        return in_language(event.title_ar, site.lang, "ar")
    return in_language(event.title_en, site.lang, "en")


def conflict_key(event: Event) -> tuple[str, str]:
    return event.type, " ".join(event.title_en.casefold().split())


def event_view(site: Site, linker: Linker, event: Event, same: Sequence[Event]) -> EventView:
    others = [
        OtherDate(site.date(o.date, o.date_precision, o.date_end), site.refs(linker, o.sources))
        for o in same
        if o.id != event.id and o.date and (o.date, o.date_end) != (event.date, event.date_end)
    ]
    note = None
    if event.date_flag:
        note = site.t("date_note", note=site.label("date_flag", event.date_flag))
    return EventView(
        anchor=fact_anchor("events", event.id),
        fact_id=event.id,
        iso=event.date if formatting.iso_parts(event.date) else None,
        date_text=site.date(event.date, event.date_precision, event.date_end),
        type_label=site.label("event_type", event.type),
        title=event_title(site, event),
        actors=[site.actor(a) for a in event.actors],
        place=site.actor(event.place) if event.place else None,
        refs=site.refs(linker, event.sources),
        reported_by=site.reported_by(event.sources),
        other_dates=others,
        note=note,
    )
