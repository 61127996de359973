"""Typed models passed between pipeline stages (ingest -> extract -> curate -> render -> build).

Every stage takes and returns these frozen dataclasses; no dicts of dicts cross a stage boundary.
Offsets are character offsets into ``Source.original_text`` (the file as decoded, BOM removed,
line endings untouched) unless a field says otherwise.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

Level = Literal["error", "warning", "info"]
Language = Literal["ar", "en"]
Reproduce = Literal["full", "excerpts"]
DatePrecision = Literal["day", "month", "year", "range"]
# What a troop figure counts. Deployed/present forces never share a series with casualty counts.
Measure = Literal["deployed", "killed", "wounded", "casualties", "captured", "officers", "engineers"]
Status = Literal["possible", "arrived", "training", "in_kursk", "fighting", "casualties", "other"]
Qualifier = Literal["exact", "about", "up_to", "more_than", "at_least", "range"]
QuoteKind = Literal["direct", "indirect"]
EntityKind = Literal["person", "institution", "country", "place", "unknown"]
# The same values as tuples, for validation (corrections) and the JSON Schema (a test checks that
# generator/data/facts.schema.json lists exactly these).
MEASURES: tuple[Measure, ...] = get_args(Measure)
STATUSES: tuple[Status, ...] = get_args(Status)
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)
ENTITY_KINDS: tuple[EntityKind, ...] = get_args(EntityKind)
PRECISIONS: tuple[DatePrecision, ...] = get_args(DatePrecision)
LANGUAGES: tuple[Language, ...] = get_args(Language)
UNATTRIBUTED_ID = "unattributed"  # claimant id of a figure whose paragraph names no source


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A message about one input file, shown to authors in the build output."""

    level: Level
    file: str
    message: str
    line: int | None = None
    offset: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.offset is not None:
            where += f" (byte {self.offset})"
        return f"{where}: {self.level}: {self.message}"


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of scraping junk cut from a source, kept so a wrong cut can be found."""

    start: int  # offsets into original_text
    end: int
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in a cleaned text back to offsets in the original text.

    ``segments`` are ``(clean_start, original_start, length)`` runs of identical characters,
    sorted by ``clean_start``; cleaned characters outside every run (inserted newlines) map to
    the original position of the next run.
    """

    segments: tuple[tuple[int, int, int], ...]
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(s[0] for s in self.segments))

    def to_original(self, clean_offset: int) -> int:
        """Original offset of the character at ``clean_offset`` (or of the end when past it)."""
        if not self.segments:
            return clean_offset
        i = bisect.bisect_right(self._starts, clean_offset) - 1
        if i < 0:
            return self.segments[0][1]
        clean_start, original_start, length = self.segments[i]
        if clean_offset < clean_start + length:
            return original_start + (clean_offset - clean_start)
        if i + 1 < len(self.segments):
            return self.segments[i + 1][1]
        return original_start + length

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the cleaned span ``[start, end)``."""
        if end <= start:
            pos = self.to_original(start)
            return pos, pos
        return self.to_original(start), self.to_original(end - 1) + 1


@dataclass(frozen=True, slots=True)
class SourceMeta:
    title: str
    published: date | None
    outlet: str | None
    author: str | None
    url: str | None
    language: Language
    reproduce: Reproduce = "excerpts"
    title_en: str | None = None  # English title and outlet name from the sidecar, for the English site
    outlet_en: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """One article from ``seeds/``, decoded and cleaned."""

    id: str  # file stem
    file: str  # path as shown to authors, e.g. "seeds/000_x.txt"
    original_text: str
    cleaned_text: str
    offset_map: OffsetMap
    removals: tuple[Removal, ...]
    meta: SourceMeta
    sha256: str
    word_count: int


@dataclass(frozen=True, slots=True)
class IngestResult:
    sources: tuple[Source, ...]
    diagnostics: tuple[Diagnostic, ...]


# ---------------------------------------------------------------- facts


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fact was read: ``original_text[start:end] == sentence`` of ``file``'s source."""

    file: str  # source id (file stem)
    start: int
    end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A person, institution or place; ``id`` is the gazetteer id, or None when unlinked."""

    id: str | None
    name_ar: str
    name_en: str | None
    linked: bool
    kind: EntityKind = "unknown"
    role_ar: str | None = None
    role_en: str | None = None
    country: str | None = None  # gazetteer country/side id, e.g. "ru", "kp", "us", "ua", "kr", "nato"


@dataclass(frozen=True, slots=True)
class Quote:
    id: str  # stable: derived from speaker and normalised words, not from file order
    speaker: EntityRef
    kind: QuoteKind
    text: str  # the attributed words as in the source
    date: str | None  # ISO, possibly partial ("2024-06-19", "2024-06")
    sources: tuple[Provenance, ...]
    via: EntityRef | None = None  # who relayed the words ("نقلت يونهاب عن ..."), when not the speaker
    aliases: tuple[str, ...] = ()  # ids of the facts merged into this one (corrections still find them)


@dataclass(frozen=True, slots=True)
class TroopEstimate:
    id: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    claimant: EntityRef
    status: Status
    location: str | None  # entity id or name as written
    as_of: str | None  # ISO, possibly partial
    previous: bool  # True when the text mentions it as an earlier estimate
    sources: tuple[Provenance, ...]
    measure: Measure = "deployed"
    via: EntityRef | None = None  # who relayed the claim, when not the claimant
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str  # a type of generator/data/event_templates.yml (extract.lexicon.event_types)
    date: str | None
    date_precision: DatePrecision | None
    date_end: str | None
    title_ar: str
    title_en: str
    actors: tuple[str, ...]  # entity ids (or names as written when unlinked)
    place: str | None
    historical: bool
    sources: tuple[Provenance, ...]
    date_flag: str | None = None  # e.g. "weekday-mismatch" when a relative date was corrected
    # "--06-19" / "--06": the day or month the text gives when it gives no year and the article no
    # date line; another source that dates the same event supplies the year when facts are merged
    partial_date: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TreatyProvision:
    id: str
    # mutual_assistance, no_hostile_alliances, no_hostile_territory, article_count, validity,
    # replaces, scope, un_charter_51, ...
    topic: str
    article: int | None
    text: str
    sources: tuple[Provenance, ...]
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FactSet:
    sources: tuple[Source, ...]
    quotes: tuple[Quote, ...]
    troop_estimates: tuple[TroopEstimate, ...]
    events: tuple[Event, ...]
    treaty_provisions: tuple[TreatyProvision, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
