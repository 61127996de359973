"""Context builders shared by the fact pages, and the treaty page (the others have modules)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.models import Event, TreatyProvision
from generator.render import labels as fmt
from generator.render.context import Site, SourceRef, fact_anchor, href, in_language
from generator.render.escape import plain_title
from generator.render.links import DATA_DIR, Linker
from generator.render.writer import FRONT_MATTER_MARKER

DOWNLOAD_FILES = (
    "facts.json", "quotes.csv", "troop_estimates.csv", "events.csv", "treaty_provisions.csv", "sources.csv",
)  # fmt: skip
TREATY_STEPS = ("signing", "ratification", "entry_into_force")
PROMINENT_TOPICS = frozenset({"mutual_assistance"})
PROMINENT_ARTICLES = frozenset({4})
SECTION_TOPICS = frozenset({"replaces", "article_count", *TREATY_STEPS})  # shown in their own sections


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
    heading = title or text.title
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
        "intro": Markup(text.intro),  # author-owned Markdown
        "downloads": downloads,
        "about_data_href": href(linker.page(FACT_PAGE_DATA)),
        "separator": "، " if site.lang == "ar" else ", ",
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
        iso=event.date if fmt.iso_parts(event.date) else None,
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


# ---------------------------------------------------------------- treaty


@dataclass(frozen=True, slots=True)
class StepView:
    label: str
    events: Sequence[EventView]
    provisions: Sequence[ProvisionView] = ()

    @property
    def reported(self) -> bool:
        return bool(self.events or self.provisions)


@dataclass(frozen=True, slots=True)
class ProvisionView:
    anchor: str
    topic_label: str
    text: Markup
    translation: str | None
    refs: Sequence[SourceRef]


@dataclass(frozen=True, slots=True)
class ArticleGroup:
    label: str
    prominent: bool
    provisions: Sequence[ProvisionView]


def _provision_view(site: Site, linker: Linker, provision: TreatyProvision) -> ProvisionView:
    translation = site.translations.get(provision.id) if site.lang == "en" else None
    return ProvisionView(
        anchor=fact_anchor("treaty_provisions", provision.id),
        topic_label=site.label("topic", provision.topic),
        text=site.fact_text(provision.text, provision.sources),
        translation=translation,
        refs=site.refs(linker, provision.sources),
    )


def _article_groups(site: Site, linker: Linker) -> list[ArticleGroup]:
    grouped: dict[int | None, list[TreatyProvision]] = defaultdict(list)
    for provision in site.facts.treaty_provisions:
        if provision.article is None and provision.topic in SECTION_TOPICS:
            continue
        grouped[provision.article].append(provision)
    groups = []
    for article in sorted(grouped, key=lambda a: (a is None, a or 0)):
        items = sorted(grouped[article], key=lambda p: (p.topic, p.id))
        prominent = article in PROMINENT_ARTICLES or any(p.topic in PROMINENT_TOPICS for p in items)
        label = site.t("article", n=article) if article is not None else site.t("article_unknown")
        groups.append(ArticleGroup(label, prominent, [_provision_view(site, linker, p) for p in items]))
    return sorted(groups, key=lambda g: not g.prominent)  # stable: prominent first


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def article_totals(provisions: Sequence[TreatyProvision]) -> list[int]:
    """Distinct article counts stated by ``article_count`` provisions (first number in each)."""
    totals = set()
    for provision in provisions:
        if provision.topic != "article_count":
            continue
        match = re.search(r"\d+", provision.text.translate(_DIGITS))
        if match and 0 < int(match.group()) < 1000:
            totals.add(int(match.group()))
    return sorted(totals)


def compress_ranges(numbers: Sequence[int]) -> str:
    """[1, 2, 3, 5, 7, 8] -> "1–3, 5, 7–8"."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}{fmt.RANGE_DASH}{b}" for a, b in runs)


@dataclass(frozen=True, slots=True)
class GapView:
    text: str
    refs: Sequence[SourceRef] = ()
    anchors: Sequence[Markup] = ()  # ids of the article_count provisions this line shows


def _gaps(site: Site, linker: Linker, steps: Sequence[StepView]) -> list[GapView]:
    """What the sources leave out: undescribed articles, unreported ratification steps."""
    provisions = site.facts.treaty_provisions
    described = sorted({p.article for p in provisions if p.article is not None})
    lines = []
    counting = [
        p for p in sorted(provisions, key=lambda p: p.id) if p.topic == "article_count" and p.article is None
    ]
    if not article_totals(provisions):
        refs = site.refs(linker, [s for p in counting for s in p.sources])
        anchors = [fact_anchor("treaty_provisions", p.id) for p in counting]
        lines.append(GapView(site.n("article_count_unknown", len(described)), refs, anchors))
    for total in article_totals(provisions):
        stating = [p for p in counting if total in article_totals([p])]
        unnumbered = (
            [p for p in counting if not article_totals([p])] if total == article_totals(provisions)[0] else []
        )
        refs = site.refs(linker, [s for p in stating for s in p.sources])
        anchors = [fact_anchor("treaty_provisions", p.id) for p in (*stating, *unnumbered)]
        covered = len([a for a in described if a <= total])
        lines.append(GapView(site.n("articles_covered", covered, total=total), refs, anchors))
        missing = [a for a in range(1, total + 1) if a not in described]
        if missing:
            lines.append(GapView(site.t("articles_missing", articles=compress_ranges(missing))))
    for step in steps:
        if not step.reported:
            lines.append(GapView(f"{step.label}: {site.t('step_not_reported')}"))
    return lines


def treaty_context(site: Site) -> dict[str, object]:
    md_path = "explainer/treaty.md"
    context = base_context(site, "treaty", md_path)
    linker = context["linker"]
    assert isinstance(linker, Linker)
    events = sorted(site.facts.events, key=lambda e: (fmt.sort_key_for_iso(e.date), e.id))
    provisions = sorted(site.facts.treaty_provisions, key=lambda p: p.id)
    steps = [
        StepView(
            site.label("treaty_step", step),
            [event_view(site, linker, e, [e]) for e in events if e.type == step and not e.historical],
            [_provision_view(site, linker, p) for p in provisions if p.topic == step and p.article is None],
        )
        for step in TREATY_STEPS
    ]
    replaces = [
        _provision_view(site, linker, p)
        for p in sorted(site.facts.treaty_provisions, key=lambda p: p.id)
        if p.topic == "replaces"
    ]
    context.update(
        steps=steps, groups=_article_groups(site, linker), replaces=replaces, gaps=_gaps(site, linker, steps)
    )
    return context
