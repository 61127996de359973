"""Context for the "who said what" page: one table row per statement.

On the English page, statements and speaker names without an English form show the Arabic with a
visible "translation pending" label and come after the translated ones."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.models import Quote
from generator.render import labels as fmt
from generator.render.context import Site, SourceRef, fact_anchor, href, in_language
from generator.render.links import Linker
from generator.render.pages import base_context

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
        iso=quote.date if quote.date and fmt.iso_parts(quote.date) else "",
        date_text=site.date(quote.date),
        refs=site.refs(linker, quote.sources),
    )


def statements_context(site: Site) -> dict[str, object]:
    context = base_context(site, "statements", MD_PATH)
    linker = context["linker"]
    assert isinstance(linker, Linker)
    quotes = sorted(
        site.facts.quotes,
        key=lambda q: (fmt.sort_key_for_iso(q.date), speaker_key(q), q.id),
    )
    # English page: translated statements first, those still in Arabic after them (stable order)
    rows = sorted((_row(site, linker, q) for q in quotes), key=lambda r: r.pending)
    context.update(
        uses_fact_ids=True,
        rows=rows,
        count=site.n("statements_count", len(rows)),
        script_href=href(linker.static("assets/js/statements.js")),
    )
    return context
