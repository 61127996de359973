"""Cut scraping junk from a decoded source while keeping an exact map back to the original.

The cleaned text has LF line endings, lines trimmed of surrounding whitespace, at most one blank
line in a row, and no junk lines (see ``generator/data/junk_patterns.yml``). Every cleaned
character maps to the original character it came from; a newline maps to the LF of its original
line break (to the CR when the break was a lone CR).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.arabic.normalize import fold_line
from generator.ingest.junk import JunkLexicon, JunkRule
from generator.models import OffsetMap, Removal

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_EDGE_INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\ufeff"
_SENTENCE_END = re.compile(r"[.!…۔][\"'”»)\]]*$")
_NUMBERED = re.compile(r"^\(?\d{1,2}[.)-](?:\s|$)")  # "1. عنوان", or a bare "1." whose title is lost


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the first character of the line in the original text
    end: int  # offset just past the line content (before the line break)
    newline_at: int | None  # original offset the cleaned "\n" maps to (None for the last line)
    text: str

    @property
    def is_blank(self) -> bool:
        return not self.text.strip(" \t\f\v\u00a0" + _EDGE_INVISIBLES).strip()


@dataclass(frozen=True, slots=True)
class CleanResult:
    text: str
    offset_map: OffsetMap
    removals: tuple[Removal, ...]


def split_lines(text: str) -> list[Line]:
    """Lines of ``text`` with original offsets; CRLF, CR and LF all end a line."""
    lines = []
    position = 0
    for match in _LINE_BREAK.finditer(text):
        newline_at = match.end() - 1  # the LF of CRLF, else the single break character
        lines.append(Line(position, match.start(), newline_at, text[position : match.start()]))
        position = match.end()
    if position < len(text):
        lines.append(Line(position, len(text), None, text[position:]))
    return lines


def word_count(text: str) -> int:
    """Words in ``text``: whitespace-separated tokens holding at least one letter or digit."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def is_link_title(text: str, lexicon: JunkLexicon) -> bool:
    """True for a line shaped like a related-article link: short, or a short bullet, not prose."""
    body = text.strip()
    bulleted = (bool(body) and body[0] in lexicon.bullet_chars) or bool(_NUMBERED.match(body))
    if bulleted:
        return word_count(body) <= lexicon.bullet_max_words
    return word_count(body) <= lexicon.title_max_words and not _SENTENCE_END.search(body)


class _Classified:
    """Per-line decisions: which whole lines are cut, and why."""

    def __init__(self, lines: list[Line], lexicon: JunkLexicon):
        self.lines = lines
        self.lexicon = lexicon
        self.rules: list[JunkRule | None] = [
            None if line.is_blank else lexicon.line_rule(fold_line(line.text)) for line in lines
        ]
        self.cut: list[bool] = [rule is not None and rule.position == "anywhere" for rule in self.rules]
        self.removals: list[Removal] = []

    def cut_line(self, index: int, reason: str) -> None:
        line = self.lines[index]
        self.cut[index] = True
        self.removals.append(Removal(line.start, line.end, reason, line.text))

    def apply(self, original: str) -> None:
        block_start = self.cut_trailing_related_block(original)
        for index, rule in enumerate(self.rules):
            if index < block_start and rule is not None and rule.position == "anywhere":
                self.cut_line(index, rule.reason)
        self.cut_trailing_lines(block_start)

    def cut_trailing_related_block(self, original: str) -> int:
        """Cut a related-articles header plus the link titles that run to the end; return its index."""
        suffix_start = len(self.lines)
        for index in range(len(self.lines) - 1, -1, -1):
            line = self.lines[index]
            if not (line.is_blank or self.rules[index] is not None or is_link_title(line.text, self.lexicon)):
                break
            suffix_start = index
        header = next(
            (i for i in range(suffix_start, len(self.lines)) if (r := self.rules[i]) and r.related_header),
            None,
        )
        if header is None:
            return len(self.lines)
        last = max(i for i in range(header, len(self.lines)) if not self.lines[i].is_blank)
        start, end = self.lines[header].start, self.lines[last].end
        reason = f"related-articles block (from {self.rules[header].reason})"  # type: ignore[union-attr]
        self.removals.append(Removal(start, end, reason, original[start:end]))
        for index in range(header, len(self.lines)):
            self.cut[index] = True
        return header

    def cut_trailing_lines(self, stop: int) -> None:
        """Cut "trailing" junk (e.g. a bare source label) when only blanks or junk follow it."""
        for index in range(stop - 1, -1, -1):
            rule = self.rules[index]
            if self.lines[index].is_blank or self.cut[index]:
                continue
            if rule is None or rule.position != "trailing":
                return
            self.cut_line(index, rule.reason)


class _MapBuilder:
    """Accumulates cleaned text and merges contiguous runs into OffsetMap segments."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.segments: list[list[int]] = []
        self.length = 0

    def add(self, text: str, original_start: int) -> None:
        if not text:
            return
        last = self.segments[-1] if self.segments else None
        if last and last[0] + last[2] == self.length and last[1] + last[2] == original_start:
            last[2] += len(text)
        else:
            self.segments.append([self.length, original_start, len(text)])
        self.parts.append(text)
        self.length += len(text)

    def drop_trailing_newlines(self) -> None:
        while self.parts and self.parts[-1] == "\n":
            self.parts.pop()
            self.length -= 1
            self.segments[-1][2] -= 1
            if self.segments[-1][2] == 0:
                self.segments.pop()

    def result(self) -> tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap(tuple((a, b, c) for a, b, c in self.segments))


def _inline_cuts(line: Line, rules: tuple[JunkRule, ...]) -> list[Removal]:
    cuts: list[Removal] = []
    for rule in rules:
        for pattern in rule.patterns:
            for match in pattern.finditer(line.text):
                if match.end() > match.start():
                    start, end = line.start + match.start(), line.start + match.end()
                    cuts.append(Removal(start, end, rule.reason, match.group()))
    cuts.sort(key=lambda cut: (cut.start, -cut.end))
    merged: list[Removal] = []
    for cut in cuts:
        if merged and cut.start < merged[-1].end:
            continue  # overlaps an earlier cut
        merged.append(cut)
    return merged


def _kept_pieces(line: Line, cuts: list[Removal]) -> list[tuple[str, int]]:
    """(text, original_start) pieces of ``line`` outside ``cuts``, trimmed at the line's edges."""
    pieces: list[tuple[str, int]] = []
    position = line.start
    for cut in [*cuts, Removal(line.end, line.end, "", "")]:
        if cut.start > position:
            pieces.append((line.text[position - line.start : cut.start - line.start], position))
        position = cut.end
    whitespace = " \t\f\v\u00a0" + _EDGE_INVISIBLES
    while pieces and not pieces[0][0].strip(whitespace).strip():
        pieces.pop(0)
    while pieces and not pieces[-1][0].strip(whitespace).strip():
        pieces.pop()
    if pieces:
        text, start = pieces[0]
        stripped = text.lstrip(whitespace).lstrip()
        pieces[0] = (stripped, start + len(text) - len(stripped))
        text, start = pieces[-1]
        pieces[-1] = (text.rstrip(whitespace).rstrip(), start)
    return pieces


def clean_text(original: str, lexicon: JunkLexicon) -> CleanResult:
    """Normalise line endings and cut junk; see the module docstring for the guarantees."""
    lines = split_lines(original)
    classified = _Classified(lines, lexicon)
    classified.apply(original)
    removals = list(classified.removals)
    builder = _MapBuilder()
    previous_blank = True  # suppresses leading blank lines
    for index, line in enumerate(lines):
        if classified.cut[index]:
            continue
        cuts = _inline_cuts(line, lexicon.inline_rules)
        removals.extend(cuts)
        pieces = _kept_pieces(line, cuts)
        if not pieces and previous_blank:
            continue
        for text, start in pieces:
            builder.add(text, start)
        if line.newline_at is not None:
            builder.add("\n", line.newline_at)
        previous_blank = not pieces
    builder.drop_trailing_newlines()
    text, offset_map = builder.result()
    removals.sort(key=lambda removal: (removal.start, removal.end))
    return CleanResult(text, offset_map, tuple(removals))
