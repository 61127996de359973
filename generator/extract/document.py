"""Per-source view used by every extractor: sentences (original offsets), their folded text with
an offset map, and the entities and dates found in each sentence."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date

from generator.arabic.dates import DateMatch, find_dates, infer_missing_years
from generator.arabic.gazetteer import EntityMatch, Gazetteer, TitleMatch
from generator.arabic.normalize import NormalizedText, fold, normalize_with_offsets
from generator.arabic.numbers import NumberMatch, find_numbers
from generator.arabic.segment import OPENING_MARKS, cut_off, original_sentence_spans
from generator.arabic.tokens import TOKEN_RE
from generator.models import Provenance, Source

_PARAGRAPH_BREAK = re.compile(r"\n")


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # offsets into Source.original_text
    end: int
    text: str  # original_text[start:end]
    paragraph: int
    norm: NormalizedText
    entities: list[EntityMatch]
    dates: list[DateMatch] = field(default_factory=list)  # sentence offsets
    titles: list[TitleMatch] | None = None  # filled on first use
    quotes: list[tuple[int, int]] | None = None  # quoted regions (folded offsets), filled on first use
    # (folded start, folded end, match) of ``entities`` / ``titles``, filled on first use
    folded_entities: list[tuple[int, int, EntityMatch]] | None = None
    folded_titles: list[tuple[int, int, TitleMatch]] | None = None
    numbers: list[NumberMatch] | None = None  # filled on first use (see sentence_numbers)
    day: date | None = None  # the article's date (printed or stated): who holds a post then
    runs_on: bool = False  # a quotation left open may close at its end (segment.quotation_runs_on)
    words: frozenset[str] | None = None  # filled on first use (see sentence_words)
    # speech-verb matches, filled on first use (see quotes._speech_verbs_of)
    speech_verbs: list[re.Match[str]] | None = field(default=None, repr=False, compare=False)
    _orig_of_norm: list[int] = field(default_factory=list, repr=False)
    _provenance: Provenance | None = field(default=None, repr=False, compare=False)
    _shared_offsets: bool = field(init=False, repr=False)  # nothing removed: offsets are shared
    # ``norm.text``: a plain attribute, not a property (it is read several hundred thousand times)
    folded: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._shared_offsets = len(self.norm.text) == len(self.text)
        self.folded = self.norm.text

    def to_text(self, norm_offset: int) -> int:
        """Sentence-text offset of a folded-text offset."""
        if self._shared_offsets:
            return _clamp(norm_offset, len(self.text))
        if not self._orig_of_norm:
            self._orig_of_norm = self.norm.original_offsets()
        return self._orig_of_norm[_clamp(norm_offset, len(self._orig_of_norm) - 1)]

    def to_norm(self, text_offset: int) -> int:
        """Folded-text offset of a sentence-text offset (first folded char at or after it)."""
        if self._shared_offsets:
            return _clamp(text_offset, len(self.text))
        if not self._orig_of_norm:
            self._orig_of_norm = self.norm.original_offsets()
        return bisect.bisect_left(self._orig_of_norm, text_offset)

    def span_text(self, norm_start: int, norm_end: int) -> str:
        """Original wording of a folded span."""
        return self.text[self.to_text(norm_start) : self.to_text(norm_end)]

    def provenance(self, source_id: str) -> Provenance:
        # one (immutable) Provenance per sentence: several facts of a sentence share it
        made = self._provenance
        if made is None or made.file != source_id:
            made = Provenance(file=source_id, start=self.start, end=self.end, sentence=self.text)
            self._provenance = made
        return made


def sentence_numbers(sentence: Sentence) -> list[NumberMatch]:
    """``find_numbers`` of the sentence, computed once (troop figures and treaty provisions both
    read them); the list is shared: do not modify it."""
    if sentence.numbers is None:
        sentence.numbers = find_numbers(sentence.text, sentence.norm, sentence_words(sentence))
    return sentence.numbers


def sentence_words(sentence: Sentence) -> frozenset[str]:
    """The ``\\w+`` tokens of the folded sentence, computed once (the number reader and the speech
    verb finder both test them)."""
    if sentence.words is None:
        sentence.words = frozenset(TOKEN_RE.findall(sentence.folded))
    return sentence.words


def _clamp(offset: int, upper: int) -> int:
    """``min(max(offset, 0), upper)`` without the two calls (offsets are converted very often)."""
    if offset < 0:
        return 0
    return upper if offset > upper else offset


@dataclass(slots=True)
class Document:
    source: Source
    published: date | None
    gazetteer: Gazetteer
    sentences: list[Sentence]
    paragraphs: dict[int, str]  # paragraph index → folded text of the paragraph
    # provisions.about_another_treaty, once known (read by both provisions and events)
    another_treaty: bool | None = None


def _resolve_bare_names(sentences: list[Sentence]) -> None:
    """A one-word name ("كيم") whose person the article has not named in full is the person last
    named in full with that word first or last ("صرح كيم يونج هيون … وقال كيم:" is the minister,
    not the leader the gazetteer gives "كيم" to, in an article that never names the leader)."""
    last_full: dict[str, EntityMatch] = {}  # folded first/last word of a full name → its match
    named_in_full: set[str] = set()
    for sentence in sentences:
        resolved = []
        for match in sentence.entities:
            words = fold(match.surface).split()
            if match.entity.kind == "person" and len(words) > 1:
                last_full[words[0]] = last_full[words[-1]] = match
                named_in_full.add(match.entity.id)
            elif match.entity.kind == "person" and len(words) == 1 and match.entity.id not in named_in_full:
                earlier = last_full.get(words[0])
                if earlier is not None:
                    match = replace(match, entity=earlier.entity)
            resolved.append(match)
        sentence.entities = resolved


def build_document(source: Source, gazetteer: Gazetteer) -> Document:
    original = source.original_text
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(original)]
    published = source.meta.published
    sentences = []
    earlier_day = None  # the last day told so far: "في اليوم السابق" in a later sentence counts from it
    for index, (start, end) in enumerate(original_sentence_spans(source)):
        text = original[start:end]
        norm = normalize_with_offsets(text)
        words = frozenset(TOKEN_RE.findall(norm.text))  # (see sentence_words)
        sentences.append(
            Sentence(
                index=index,
                start=start,
                end=end,
                text=text,
                paragraph=bisect.bisect_left(breaks, start),
                norm=norm,
                entities=gazetteer.find(text, norm, words),
                dates=list(find_dates(text, published, norm, words, earlier_day)),
                words=words,
            )
        )
        earlier_day = last_day(sentences[-1].dates) or earlier_day
    today = _stated_today(sentences) if published is None else None
    if today is not None:  # "ونشر نصه، اليوم الخميس 20 يونيو 2024،": relative dates count from that day
        earlier_day = None
        for sentence in sentences:
            sentence.dates = list(
                find_dates(sentence.text, today, sentence.norm, sentence.words, earlier_day)
            )
            earlier_day = last_day(sentence.dates) or earlier_day
    elif published is None:  # yearless dates take the year the article's own dates imply
        inferred = infer_missing_years([s.dates for s in sentences], [s.text for s in sentences])
        for sentence, dates in zip(sentences, inferred, strict=True):
            sentence.dates = dates
    _resolve_bare_names(sentences)
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if following is None:
            sentence.runs_on = cut_off(sentence.text)
        else:
            sentence.runs_on = (
                following.paragraph != sentence.paragraph and following.text[:1] in OPENING_MARKS
            )
    day = published or today
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        sentence.day = day
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.folded)
    return Document(source, published, gazetteer, sentences, {k: " ".join(v) for k, v in paragraphs.items()})


def last_day(dates: list[DateMatch]) -> DateMatch | None:
    """The last single day among a sentence's dates (not a range), or None."""
    return next((d for d in reversed(dates) if d.precision == "day" and not d.end_iso), None)


_TODAY_LEAD = re.compile(r"^[وف]?اليوم(?!\w)")


def _stated_today(sentences: list[Sentence]) -> date | None:
    """The day an undated article says it was written: "اليوم" before a full date whose weekday,
    when given, fits it ("اليوم الخميس 20 يونيو 2024"); None when there is none or they disagree."""
    days = {
        match.iso
        for sentence in sentences
        for match in sentence.dates
        if match.precision == "day" and match.iso and match.resolved and not match.relative
        and match.flag is None and _TODAY_LEAD.match(fold(match.text or ""))
    }  # fmt: skip
    return date.fromisoformat(days.pop()) if len(days) == 1 else None


def normalized(text: str) -> NormalizedText:
    return normalize_with_offsets(text)
