"""Per-source view used by every extractor: sentences (original offsets), their folded text with
an offset map, and the entities and dates found in each sentence."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from generator.arabic.gazetteer import EntityMatch, Gazetteer
from generator.arabic.normalize import NormalizedText, normalize_with_offsets
from generator.arabic.segment import split_sentences
from generator.models import Provenance, Source

_PARAGRAPH_BREAK = re.compile(r"\n")
MAX_SENTENCE_CHARS = 4000  # longer "sentences" (unpunctuated dumps) are cut into windows


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # offsets into Source.original_text
    end: int
    text: str  # original_text[start:end]
    paragraph: int
    norm: NormalizedText
    entities: list[EntityMatch]
    dates: list[Any] = field(default_factory=list)  # generator.arabic.dates.DateMatch (sentence offsets)
    titles: list[Any] | None = None  # gazetteer TitleMatch list, filled on first use
    quotes: list[tuple[int, int]] | None = None  # quoted regions (folded offsets), filled on first use
    # (folded start, folded end, match) of ``entities`` / ``titles``, filled on first use
    folded_entities: list[tuple[int, int, EntityMatch]] | None = None
    folded_titles: list[tuple[int, int, Any]] | None = None
    _orig_of_norm: list[int] = field(default_factory=list, repr=False)

    @property
    def folded(self) -> str:
        return self.norm.text

    def to_text(self, norm_offset: int) -> int:
        """Sentence-text offset of a folded-text offset."""
        if len(self.norm.text) == len(self.text):  # nothing removed: offsets are shared
            return min(max(norm_offset, 0), len(self.text))
        if not self._orig_of_norm:
            self._orig_of_norm = self.norm.original_offsets()
        return self._orig_of_norm[min(max(norm_offset, 0), len(self._orig_of_norm) - 1)]

    def to_norm(self, text_offset: int) -> int:
        """Folded-text offset of a sentence-text offset (first folded char at or after it)."""
        if len(self.norm.text) == len(self.text):
            return min(max(text_offset, 0), len(self.text))
        self.to_text(0)
        return bisect.bisect_left(self._orig_of_norm, text_offset)

    def span_text(self, norm_start: int, norm_end: int) -> str:
        """Original wording of a folded span."""
        return self.text[self.to_text(norm_start) : self.to_text(norm_end)]

    def provenance(self, source_id: str) -> Provenance:
        return Provenance(file=source_id, start=self.start, end=self.end, sentence=self.text)


@dataclass(slots=True)
class Document:
    source: Source
    published: date | None
    gazetteer: Gazetteer
    sentences: list[Sentence]
    paragraphs: dict[int, str]  # paragraph index → folded text of the paragraph


def _sentence_spans(source: Source) -> list[tuple[int, int]]:
    spans = []
    for clean_start, clean_end in split_sentences(source.cleaned_text):
        start, end = source.offset_map.span_to_original(clean_start, clean_end)
        start, end = max(0, start), min(len(source.original_text), end)
        while start < end and source.original_text[start].isspace():
            start += 1
        while end > start and source.original_text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        for piece in range(start, end, MAX_SENTENCE_CHARS):
            spans.append((piece, min(end, piece + MAX_SENTENCE_CHARS)))
    spans.sort()
    kept: list[tuple[int, int]] = []
    for start, end in spans:  # defensive: never return overlapping spans
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def _find_dates(text: str, published: date | None, norm: NormalizedText) -> list[Any]:
    try:
        from generator.arabic.dates import find_dates
    except ImportError:  # the dates module is written by another helper
        return []
    return list(find_dates(text, published, norm))


def build_document(source: Source, gazetteer: Gazetteer) -> Document:
    original = source.original_text
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(original)]
    published = source.meta.published
    sentences = []
    for index, (start, end) in enumerate(_sentence_spans(source)):
        text = original[start:end]
        norm = normalize_with_offsets(text)
        sentences.append(
            Sentence(
                index=index,
                start=start,
                end=end,
                text=text,
                paragraph=bisect.bisect_left(breaks, start),
                norm=norm,
                entities=gazetteer.find(text, norm),
                dates=_find_dates(text, published, norm),
            )
        )
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.folded)
    return Document(source, published, gazetteer, sentences, {k: " ".join(v) for k, v in paragraphs.items()})


def normalized(text: str) -> NormalizedText:
    return normalize_with_offsets(text)
