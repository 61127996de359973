"""Context for the "who said what" page: one table row per statement.

On the English page, statements and speaker names without an English form show the Arabic with a
visible "translation pending" label and come after the translated ones."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from markupsafe import Markup

from generator.models import Quote
from generator.render import formatting
from generator.render.escape import plain_title
from generator.render.links import Linker
from generator.render.page_context import base_context
from generator.render.periods import (
    UNDATED,
    PeriodLink,
    links_from,
    month_key,
    paginate,
    period_label,
    period_nav,
    period_path,
    year_groups,
)
from generator.render.site import Site, SourceRef, fact_anchor, href, in_language

MD_PATH = "explainer/statements.md"


@dataclass(frozen=True, slots=True)
class StatementRow:
    anchor: str
    fact_id: str
    speaker_key: str  # data-speaker: entity id, or "unlinked-<hash>" of the name as written
    speaker_name: Markup
    speaker_plain: str  # for the filter's option text
    name_pending: bool  # English page, speaker name shown in Arabic (no English form yet)
    linked: bool
    role: str | None
    side_key: str  # data-side: country/side id or ""
    side_name: str
    kind_label: str
    text: Markup  # what the row shows: the translation (English page) or the source's words
    original: Markup | None  # the Arabic original under a <details> when a translation is shown
    pending: bool  # English page without a translation: the Arabic is shown, marked
    iso: str  # data-date ("" when undated)
    date_text: str
    refs: Sequence[SourceRef]


def speaker_key(quote: Quote) -> str:
    if quote.speaker.id and quote.speaker.linked:
        return quote.speaker.id
    digest = hashlib.sha1(" ".join(quote.speaker.name_ar.split()).encode()).hexdigest()[:10]
    return f"unlinked-{digest}"


def _row(site: Site, linker: Linker, quote: Quote) -> StatementRow:
    translation = site.translations.get(quote.id) if site.lang == "en" else None
    translated = bool(translation and translation.strip())
    words = quote.text if quote.text.strip() else site.t("none")  # a cell is never blank
    name = " ".join(site.entity_name(quote.speaker).split())
    name_pending = site.name_pending(quote.speaker)
    if name_pending:
        name = f"{name} ({site.t('translation_pending')})"
    side = quote.speaker.country or ""
    return StatementRow(
        anchor=fact_anchor("quotes", quote.id),
        fact_id=quote.id,
        speaker_key=speaker_key(quote),
        speaker_name=site.name(quote.speaker),
        speaker_plain=name,
        name_pending=name_pending,
        linked=quote.speaker.linked,
        role=site.entity_role(quote.speaker),
        side_key=side,
        side_name=site.side_name(side) if side else site.t("none"),
        kind_label=site.t(f"quote_kind_{quote.kind}"),
        text=in_language(translation, "en")
        if translated and translation
        else site.fact_text(words, quote.sources),
        original=site.fact_text(quote.text, quote.sources) if translated else None,
        pending=site.lang == "en" and not translated,
        iso=quote.date if quote.date and formatting.iso_parts(quote.date) else "",
        date_text=site.date(quote.date),
        refs=site.refs(linker, quote.sources),
    )


# Above this many statements the page is split: an index (by month, by speaker) and one page per
# month, each with its own filters; smaller sites keep one page.
SPLIT_AT = 150
PAGE_ROWS = 50  # a month with more statements is cut into pages of this many


def _page_context(site: Site, md_path: str, quotes: Sequence[Quote]) -> dict[str, object]:
    context = base_context(site, "statements", md_path)
    linker = context["linker"]
    assert isinstance(linker, Linker)
    ordered = sorted(quotes, key=lambda q: (formatting.sort_key_for_iso(q.date), speaker_key(q), q.id))
    # English page: translated statements first, those still in Arabic after them (stable order)
    rows = sorted((_row(site, linker, q) for q in ordered), key=lambda r: r.pending)
    context.update(
        uses_fact_ids=True,
        rows=rows,
        count=site.n("statements_count", len(rows)),
        script_href=href(linker.static("assets/js/statements.js")),
        period_nav=None,
    )
    return context


def statements_context(site: Site) -> dict[str, object]:
    """Every statement on one page."""
    return _page_context(site, MD_PATH, site.facts.quotes)


@dataclass(frozen=True, slots=True)
class SpeakerLink:
    """One speaker on the index: name, number of statements, the months with statements."""

    name: Markup
    count: int
    months: Sequence[PeriodLink]


def _speaker_links(
    site: Site, linker: Linker, quotes: Sequence[Quote], pages_of: dict[str, str]
) -> list[SpeakerLink]:
    order = {key: i for i, key in enumerate(dict.fromkeys(pages_of.values()))}
    by_speaker: dict[str, list[Quote]] = {}
    for quote in quotes:
        by_speaker.setdefault(speaker_key(quote), []).append(quote)
    speakers = []
    for key, said in by_speaker.items():
        months: dict[str, int] = {}
        for quote in said:
            page = pages_of[quote.id]
            months[page] = months.get(page, 0) + 1
        months = dict(sorted(months.items(), key=lambda item: order[item[0]]))
        links = [
            replace(link, href=Markup(f"{link.href}?speaker={key}"))
            for link in links_from(site, linker, MD_PATH, months, "statements_count")
        ]
        speakers.append(SpeakerLink(site.name(said[0].speaker), len(said), links))
    names = {id(s): " ".join(site.entity_name(q[0].speaker).split()) for s, q in
             zip(speakers, by_speaker.values(), strict=True)}  # fmt: skip
    return sorted(speakers, key=lambda s: (-s.count, names[id(s)]))


def statements_pages(site: Site, split_at: int | None = None) -> dict[str, tuple[str, dict[str, object]]]:
    """(template, context) by page path: one page, or (past ``split_at`` statements) an index by
    month and by speaker and one page per month. Fills ``site.fact_pages``."""
    quotes = site.facts.quotes
    if len(quotes) <= (SPLIT_AT if split_at is None else split_at):
        return {MD_PATH: ("statements.md.j2", statements_context(site))}
    by_month: dict[str, list[Quote]] = {}
    for quote in sorted(quotes, key=lambda q: (formatting.sort_key_for_iso(q.date), q.id)):
        by_month.setdefault(month_key(quote.date), []).append(quote)
    by_month = paginate({k: by_month[k] for k in sorted(by_month, key=lambda k: (k == UNDATED, k))},
                        PAGE_ROWS)  # fmt: skip
    keys = list(by_month)
    counts = {key: len(by_month[key]) for key in keys}
    pages: dict[str, tuple[str, dict[str, object]]] = {}
    page_keys: dict[str, str] = {}  # statement id -> its page's key
    for key in keys:
        md_path = period_path(MD_PATH, key)
        context = _page_context(site, md_path, by_month[key])
        linker = context["linker"]
        assert isinstance(linker, Linker)
        label = period_label(site, key)
        title = f"{site.text.pages['statements'].title}: {label}"
        links = links_from(site, linker, MD_PATH, counts, "statements_count", current=key)
        context.update(page_title=plain_title(title), heading=in_language(title, site.lang),
                       period_nav=period_nav(linker, MD_PATH, links, key))  # fmt: skip
        for quote in by_month[key]:
            site.fact_pages[quote.id] = md_path
            page_keys[quote.id] = key
        pages[md_path] = ("statements.md.j2", context)
    index = base_context(site, "statements", MD_PATH)
    linker = index["linker"]
    assert isinstance(linker, Linker)
    index.update(
        count=site.n("statements_count", len(quotes)),
        year_groups=year_groups(links_from(site, linker, MD_PATH, counts, "statements_count")),
        speakers=_speaker_links(site, linker, quotes, page_keys),
    )
    return {MD_PATH: ("statements_index.md.j2", index), **pages}
