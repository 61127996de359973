"""Downloadable data: ``facts.json`` (+ its schema) and one CSV per fact kind.

CSV layout (documented on the data page): UTF-8 with a byte-order mark, RFC 4180 quoting,
CRLF line ends, one row per fact and source sentence (a fact reported by three sources has three
rows with the same id; a fact without a source has one row with empty source columns). Text
cells that begin with ``= + - @`` (or a tab / carriage return) are prefixed with an apostrophe so
spreadsheet programs show them instead of evaluating them (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from generator.extract.serialize import facts_to_json
from generator.models import (
    EntityRef,
    Event,
    FactSet,
    Provenance,
    Quote,
    Source,
    TreatyProvision,
    TroopEstimate,
)

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "data" / "facts.schema.json"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SOURCE_COLUMNS = ("source_id", "source_title", "sentence_start", "sentence_end", "sentence")


def csv_cell(value: object) -> str:
    """One CSV cell: None -> "", booleans as true/false, risky text prefixed with "'"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def facts_json(facts: FactSet) -> str:
    """Deterministic JSON of the fact set: the extractor's serializer, the one writer of facts.json."""
    return facts_to_json(facts)


def _entity_cells(entity: EntityRef) -> list[object]:
    return [entity.id, entity.name_ar, entity.name_en, entity.linked, entity.country]


def _per_source(
    facts: Sequence[Any], cells: Callable[[Any], list[object]], titles: Mapping[str, str]
) -> list[list[object]]:
    rows = []
    for fact in sorted(facts, key=lambda f: f.id):
        ordered: list[Provenance] = sorted(fact.sources, key=lambda p: (p.file, p.start))
        provenances: list[Provenance | None] = [*ordered] or [None]
        for p in provenances:
            tail: list[object] = (
                [p.file, titles.get(p.file), p.start, p.end, p.sentence]
                if p
                else [None] * len(SOURCE_COLUMNS)
            )
            rows.append(cells(fact) + tail)
    return rows


def csv_files(facts: FactSet, translations: Mapping[str, str]) -> dict[str, bytes]:
    titles = {s.id: s.meta.title for s in facts.sources}
    entity = ("id", "name_ar", "name_en", "linked", "country")

    def quote_cells(q: Quote) -> list[object]:
        return [q.id, *_entity_cells(q.speaker), q.kind, q.text, translations.get(q.id), q.date]

    def estimate_cells(t: TroopEstimate) -> list[object]:
        return [t.id, t.value, t.low, t.high, t.qualifier, *_entity_cells(t.claimant), t.status, t.location,
                t.as_of, t.previous]  # fmt: skip

    def event_cells(e: Event) -> list[object]:
        return [e.id, e.type, e.date, e.date_precision, e.date_end, e.date_flag, e.title_ar, e.title_en,
                "; ".join(e.actors), e.place, e.historical]  # fmt: skip

    def provision_cells(p: TreatyProvision) -> list[object]:
        return [p.id, p.topic, p.article, p.text]

    quote_header = ["id", *(f"speaker_{c}" for c in entity), "kind", "text", "translation_en", "date"]
    estimate_header = ["id", "value", "low", "high", "qualifier", *(f"claimant_{c}" for c in entity)]
    estimate_header += ["status", "location", "as_of", "previous"]
    event_header = ["id", "type", "date", "date_precision", "date_end", "date_flag", "title_ar", "title_en"]
    event_header += ["actors", "place", "historical"]
    tables = {
        "quotes.csv": (quote_header, _per_source(facts.quotes, quote_cells, titles)),
        "troop_estimates.csv": (estimate_header, _per_source(facts.troop_estimates, estimate_cells, titles)),
        "events.csv": (event_header, _per_source(facts.events, event_cells, titles)),
        "treaty_provisions.csv": (
            ["id", "topic", "article", "text"],
            _per_source(facts.treaty_provisions, provision_cells, titles),
        ),
    }
    result = {name: to_csv([*header, *SOURCE_COLUMNS], rows) for name, (header, rows) in tables.items()}
    source_rows = [_source_row(s) for s in sorted(facts.sources, key=lambda s: s.id)]
    result["sources.csv"] = to_csv(SOURCES_CSV_COLUMNS, source_rows)
    return result


SOURCES_CSV_COLUMNS = ("id", "file", "title", "published", "outlet", "author", "url", "language", "reproduce",
                       "sha256", "word_count")  # fmt: skip


def _source_row(source: Source) -> list[object]:
    """One row of sources.csv (the columns of ``SOURCES_CSV_COLUMNS``)."""
    meta = source.meta
    published = meta.published.isoformat() if meta.published else None
    return [source.id, source.file, meta.title, published, meta.outlet, meta.author, meta.url, meta.language,
            meta.reproduce, source.sha256, source.word_count]  # fmt: skip


def data_files(facts: FactSet, translations: Mapping[str, str]) -> dict[str, bytes]:
    """Every downloadable file by name (``troop-chart.<lang>.json`` is written by the troops page)."""
    files = {"facts.json": facts_json(facts).encode("utf-8")}
    if SCHEMA_FILE.is_file():
        files["facts.schema.json"] = SCHEMA_FILE.read_bytes()
    files.update(csv_files(facts, translations))
    return dict(sorted(files.items()))
