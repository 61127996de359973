"""Context for the sources index and the per-source pages with sentence anchors.

Every sentence the site cites (each Provenance ``(file, start)``) gets the element id
``s-<start>`` on its source's page, in both reproduce modes: ``full`` shows the whole cleaned
text, one ``<p id="p-<n>">`` per paragraph and one ``<span id="s-<start>">`` per sentence;
``excerpts`` shows the lead paragraph and every cited sentence. A cited sentence whose
boundaries do not match the segmentation still gets its own anchored excerpt.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from generator.arabic.segment import split_sentences
from generator.models import Event, FactSet, Provenance, Quote, Source, TreatyProvision, TroopEstimate
from generator.render import formatting
from generator.render.escape import format_inert, inert, plain_title, safe_url
from generator.render.links import Linker, ListPage, sentence_anchor, source_page_path
from generator.render.page_context import base_context, event_title
from generator.render.site import FACT_PAGE, Site, fact_anchor, href, in_language
from generator.render.troops import figure_text

INDEX_PATH = "explainer/sources/index.md"
LEAD_MIN_WORDS = 20
_PARAGRAPH_RE = re.compile(r"[^\n\r\u2028\u2029]+")


@dataclass(frozen=True, slots=True)
class SentenceView:
    anchor: str
    text: Markup
    cited: bool


@dataclass(frozen=True, slots=True)
class ParagraphView:
    anchor: Markup
    sentences: Sequence[SentenceView]


@dataclass(frozen=True, slots=True)
class FactLink:
    text: Markup
    href: Markup
    sentence_href: Markup


@dataclass(frozen=True, slots=True)
class FactGroup:
    label: str
    items: Sequence[FactLink]


def paragraphs(source: Source, site_lang: str, cited: set[int]) -> list[ParagraphView]:
    """The cleaned text as paragraphs of anchored sentences (anchors use original offsets).

    One pass over lines and sentences together (both in text order), so the time grows linearly
    with the length of the source: a sentence belongs to the line that wholly contains it.
    """
    text = source.cleaned_text
    spans = sorted(split_sentences(text))
    result = []
    next_span = 0
    for number, line in enumerate(_PARAGRAPH_RE.finditer(text), start=1):
        while next_span < len(spans) and spans[next_span][0] < line.start():
            next_span += 1  # starts before this line: it crossed a line break, so no line has it
        sentences = []
        while next_span < len(spans) and spans[next_span][0] < line.end():
            start, end = spans[next_span]
            next_span += 1
            if end > line.end():
                continue
            original_start, _ = source.offset_map.span_to_original(start, end)
            sentences.append(
                SentenceView(
                    sentence_anchor(original_start),
                    in_language(text[start:end], site_lang, source.meta.language),
                    original_start in cited,
                )
            )
        if sentences:
            result.append(ParagraphView(Markup(f"p-{number}"), sentences))
    return result


def _lead(paragraph_views: Sequence[ParagraphView], source: Source) -> ParagraphView | None:
    title = " ".join(source.meta.title.split())
    candidates = [p for p in paragraph_views if " ".join(str(s.text) for s in p.sentences) != title]
    for paragraph in candidates:
        words = sum(len(str(s.text).split()) for s in paragraph.sentences)
        if words >= LEAD_MIN_WORDS:
            return paragraph
    return None


def provenances_by_source(facts: FactSet) -> dict[str, list[Provenance]]:
    """Every distinct cited sentence, by source id, in text order."""
    found: dict[str, dict[int, Provenance]] = defaultdict(dict)
    groups: tuple[Sequence[Quote | TroopEstimate | Event | TreatyProvision], ...] = (
        facts.quotes,
        facts.troop_estimates,
        facts.events,
        facts.treaty_provisions,
    )
    for provenance in (p for group in groups for fact in group for p in fact.sources):
        found[provenance.file].setdefault(provenance.start, provenance)
    return {file: [by_start[k] for k in sorted(by_start)] for file, by_start in found.items()}


BySource = dict[str, dict[str, list[tuple[Any, int]]]]
_FACTS_BY_SOURCE: dict[int, tuple[FactSet, BySource]] = {}


def facts_by_source(facts: FactSet) -> BySource:
    """source id -> fact kind -> (fact, start of its first sentence in that source), facts sorted
    by id: one pass over the fact set, reused by every source page (scanning every fact for each
    source was quadratic)."""
    cached = _FACTS_BY_SOURCE.get(id(facts))
    if cached is not None and cached[0] is facts:
        return cached[1]
    index: BySource = defaultdict(lambda: defaultdict(list))
    kinds: tuple[tuple[str, Sequence[Any]], ...] = (
        ("quotes", facts.quotes), ("troop_estimates", facts.troop_estimates),
        ("events", facts.events), ("treaty_provisions", facts.treaty_provisions),
    )  # fmt: skip
    for kind, items in kinds:
        for fact in sorted(items, key=lambda f: f.id):
            first: dict[str, int] = {}
            for p in fact.sources:
                first[p.file] = min(first.get(p.file, p.start), p.start)
            for file, start in first.items():
                index[file][kind].append((fact, start))
    _FACTS_BY_SOURCE.clear()  # one fact set at a time
    _FACTS_BY_SOURCE[id(facts)] = (facts, index)
    return index


def _fact_groups(site: Site, linker: Linker, source_id: str) -> list[FactGroup]:
    facts = site.facts
    mine_by_kind = facts_by_source(facts).get(source_id, {})

    def quote_words(quote: Quote) -> Markup:
        translation = site.translations.get(quote.id) if site.lang == "en" else None
        if translation and translation.strip():
            return in_language(translation, site.lang, "en")
        return site.fact_text(quote.text, quote.sources)

    def pair(first: Markup, second: Markup) -> Markup:
        return format_inert("{first}: {second}", first=first, second=second)

    kinds: list[tuple[str, Sequence[Any], Callable[[Any], Markup]]] = [
        ("quotes", facts.quotes, lambda q: pair(site.name(q.speaker), quote_words(q))),
        ("troop_estimates", facts.troop_estimates,
         lambda t: pair(site.name(t.claimant), inert(figure_text(t, site.lang)))),
        ("events", facts.events, lambda e: event_title(site, e)),
        ("treaty_provisions", facts.treaty_provisions, lambda p: inert(site.label("topic", p.topic))),
    ]  # fmt: skip
    groups = []
    for kind, _items, describe in kinds:
        links = []
        for fact, first_start in mine_by_kind.get(kind, ()):
            links.append(FactLink(
                text=describe(fact),
                href=href(linker.page(site.fact_pages.get(fact.id, FACT_PAGE[kind]),  # type: ignore[attr-defined]
                                     fact_anchor(kind, fact.id))),  # type: ignore[attr-defined]
                sentence_href=href(f"#{sentence_anchor(first_start)}"),
            ))  # fmt: skip
        if links:
            groups.append(FactGroup(site.label("fact_kind", kind), links))
    return groups


def source_page_inputs(site: Site, source: Source, cited: Sequence[Provenance]) -> tuple[object, ...]:
    """Everything a source page shows, cheap to compute (not the paragraphs, which follow from the
    source's text and the cited sentences): the key of its rendering cache."""
    linker = site.linker(source_page_path(source.id))
    cleaned = hashlib.sha256(source.cleaned_text.encode("utf-8", "surrogatepass")).hexdigest()
    meta = source_meta(site, linker, source)
    return (
        site.lang, site.directory_urls, source.id, source.sha256, cleaned, source.meta,
        source.removals, tuple(cited), site.source_title(source), meta, site.outlet(meta.outlet),
        site.title_pending(meta.file), _fact_groups(site, linker, source.id),
    )  # fmt: skip


def source_context(site: Site, source: Source, cited: Sequence[Provenance]) -> dict[str, object]:
    md_path = source_page_path(source.id)
    page = site.text.pages["source"]
    description = page.description.format(title=plain_title(source.meta.title))
    context = base_context(site, "source", md_path, title=source.meta.title, description=description)
    linker = context["linker"]
    assert isinstance(linker, Linker)
    cited_starts = {p.start for p in cited}
    views = paragraphs(source, site.lang, cited_starts)
    full = source.meta.reproduce == "full"
    shown = views if full else [p for p in [_lead(views, source)] if p is not None]
    anchored = {s.anchor for p in shown for s in p.sentences}
    excerpts = [
        SentenceView(sentence_anchor(p.start), in_language(p.sentence, site.lang, source.meta.language), True)
        for p in cited
        if sentence_anchor(p.start) not in anchored
    ]
    context.update(
        source=source,
        heading=site.source_title(source),
        meta=source_meta(site, linker, source),
        full=full,
        paragraphs=shown,
        excerpts=excerpts,
        fact_groups=_fact_groups(site, linker, source.id),
        index_href=href(linker.page(INDEX_PATH)),
        # the article's sentences are indexed where readers look for them (statements, timeline)
        search_exclude=True,
    )
    return context


@dataclass(frozen=True, slots=True)
class SourceMetaView:
    number: int
    title: Markup
    page_href: Markup
    iso: str | None
    date_text: str
    outlet: str
    author: str
    language: str
    words: str
    url: str | None
    file: str


def source_meta(site: Site, linker: Linker, source: Source) -> SourceMetaView:
    meta = source.meta
    published = meta.published.isoformat() if meta.published else None
    return SourceMetaView(
        number=site.source_number(source.id),
        title=site.source_title(source),
        page_href=href(linker.page(source_page_path(source.id))),
        iso=published,
        date_text=site.date(published),
        outlet=meta.outlet or site.t("none"),
        author=meta.author or site.t("none"),
        language=site.label("language", meta.language),
        words=formatting.format_number(source.word_count, site.lang),
        url=safe_url(meta.url),
        file=source.file,
    )


# Above this many sources the list is cut into pages of this many: the first on the sources page,
# the others at explainer/source-list/<n>.md (outside sources/, where every name is a source's).
SOURCES_PER_PAGE = 100
LIST_DIR = "explainer/source-list"


def _list_path(number: int) -> str:
    return INDEX_PATH if number == 1 else f"{LIST_DIR}/{number}.md"


def sources_index_context(site: Site) -> dict[str, object]:
    """The whole list on the sources page (small sites)."""
    return sources_index_pages(site)[INDEX_PATH]


def sources_index_pages(site: Site, per_page: int | None = None) -> dict[str, dict[str, object]]:
    """Contexts of the sources list by page path: the sources page, and past ``per_page``
    sources one more page per ``per_page`` of them, all linked to each other in order."""
    size = SOURCES_PER_PAGE if per_page is None else per_page
    ordered = sorted(site.facts.sources, key=lambda s: s.id)
    chunks = [ordered[i : i + size] for i in range(0, len(ordered), size)] or [[]]
    pages: dict[str, dict[str, object]] = {}
    for number, chunk in enumerate(chunks, start=1):
        md_path = _list_path(number)
        context = base_context(site, "sources", md_path)
        linker = context["linker"]
        assert isinstance(linker, Linker)
        first = (number - 1) * size + 1
        links = []
        for n in range(1, len(chunks) + 1 if len(chunks) > 1 else 1):
            # the last page's range is left open: it would change with every new source, and
            # with it every page of the list
            last = "" if n == len(chunks) else str(n * size)
            label = f"{(n - 1) * size + 1}–{last}"
            links.append(ListPage(label, href(linker.page(_list_path(n))), n == number))
        if number > 1:
            title = f"{site.text.pages['sources'].title}: {first}–{first + len(chunk) - 1}"
            context.update(page_title=plain_title(title), heading=in_language(title, site.lang),
                           search_exclude=True)  # fmt: skip
        context.update(sources=[source_meta(site, linker, s) for s in chunk], list_pages=links)
        pages[md_path] = context
    return pages
