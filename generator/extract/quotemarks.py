"""Quotation marks: pair openers and closers of every style (" " “ ” „ « ») in one sentence."""

from __future__ import annotations

import re

from generator.arabic.segment import after_colon
from generator.extract.document import Sentence

_OPENERS = {'"': '"', "“": "”", "„": "”", "«": "»", "”": "”"}
_QUOTE_MARK_RE = re.compile('["“”„«»]')


def quoted_regions(folded: str) -> list[tuple[int, int]]:
    """(open, close) index pairs of quotation marks in one sentence."""
    marks = [(m.start(), m.group()) for m in _QUOTE_MARK_RE.finditer(folded)]
    regions: list[tuple[int, int]] = []
    index = 0
    while index < len(marks):
        position, char = marks[index]
        closer = _OPENERS.get(char)
        if closer is None or char == "”":
            index += 1
            continue
        accepted = (closer, "“") if char == "“" else (closer,)
        close = next((k for k in range(index + 1, len(marks)) if marks[k][1] in accepted), None)
        if close is None:
            index += 1
            continue
        if marks[close][1] == "“" and after_colon(folded, marks[close][0]):
            index = close  # '“لقد حصلنا … وقال X: “لا يمكننا': the first quotation was never closed
            continue
        regions.append((position, marks[close][0]))
        index = close + 1
    return regions


def sentence_quotes(sentence: Sentence) -> list[tuple[int, int]]:
    if sentence.quotes is None:
        sentence.quotes = quoted_regions(sentence.folded)
    return sentence.quotes


def inside(regions: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for start, end in regions:
        if start < pos < end:
            return start, end
    return None
