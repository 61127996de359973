"""Quotation marks: pair openers and closers of every style (" " “ ” „ « ») in one sentence."""

from __future__ import annotations

import re

from generator.arabic.segment import after_colon, opening_shaped, with_colon_single_quotes
from generator.extract.document import Sentence

_OPENERS = {'"': '"', "“": "”", "„": "”", "«": "»", "”": "”"}
# the marks that may close a quotation opened by a mark, beyond its own closer: '“…“' typed twice,
# '″' after a digit, and "»…«" / "»…»" typed the wrong way round
_CLOSERS_ACCEPTED = {"“": ("”", "“", "″"), '"': ('"', "″"), "»": ("»", "«")}
_QUOTE_MARK_RE = re.compile('["“”„«»″]')  # ″: a closing quote after a digit ('“روسيا 1″')


def quoted_regions(folded: str, runs_on: bool = False) -> list[tuple[int, int]]:
    """(open, close) index pairs of quotation marks in one sentence; with ``runs_on`` (the sentence
    ends a line a quotation may run to the end of: see segment.quotation_runs_on) a last opening
    mark never closed opens a quotation that closes at the sentence's end."""
    marks = [(m.start(), m.group()) for m in _QUOTE_MARK_RE.finditer(folded)]
    regions: list[tuple[int, int]] = []
    index = 0
    while index < len(marks):
        position, char = marks[index]
        closer = _OPENERS.get(char)
        if char == "»" and opening_shaped(folded, position):
            closer = "»"  # '»استدعينا السفير … »': a guillemet typed the wrong way round opens it
        if closer is None or (char == "”" and not after_colon(folded, position)):
            index += 1  # '”' mostly closes; after a colon it opens ('قال X: ” أخمدنا …”')
            continue
        accepted = _CLOSERS_ACCEPTED.get(char, (closer,))
        close = next((k for k in range(index + 1, len(marks)) if marks[k][1] in accepted), None)
        if close is None:
            if runs_on and index == len(marks) - 1 and opening_shaped(folded, position):
                regions.append((position, len(folded)))  # never closed: the quotation runs to the end
            index += 1
            continue
        if marks[close][1] == "“" and after_colon(folded, marks[close][0]):
            index = close  # '“لقد حصلنا … وقال X: “لا يمكننا': the first quotation was never closed
            continue
        regions.append((position, marks[close][0]))
        index = close + 1
    return with_colon_single_quotes(folded, regions)


def sentence_quotes(sentence: Sentence) -> list[tuple[int, int]]:
    if sentence.quotes is None:
        sentence.quotes = quoted_regions(sentence.folded, sentence.runs_on)
    return sentence.quotes


def inside(regions: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for start, end in regions:
        if start < pos < end:
            return start, end
    return None
