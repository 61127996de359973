"""Where given ``\\w+`` tokens stand in a text, found without a Python loop over every token.

A finder whose every match opens with a known token (a speech verb, a gazetteer name with its
glued prefix) can intersect those tokens with the sentence's set of tokens, look up the few that
occur with ``str.find`` and try its regex only there, instead of at every position of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TOKEN_RE = re.compile(r"\w+")


def word_positions(text: str, words: Iterable[str]) -> list[int]:
    """Where a whole ``\\w+`` token of ``text`` is one of ``words``, in order: the starts of the
    tokens ``TOKEN_RE.finditer`` would yield among ``words``, found with ``str.find`` (few words
    to look for; no Python loop over every token of the text)."""
    positions = []
    length = len(text)
    for word in words:
        start = text.find(word)
        while start >= 0:
            # no \w character (a letter, digit or "_", as re has it) just before or after the hit
            after = start + len(word)
            if (start == 0 or not ((char := text[start - 1]).isalnum() or char == "_")) and (
                after == length or not ((char := text[after]).isalnum() or char == "_")
            ):
                positions.append(start)
            start = text.find(word, start + 1)
    positions.sort()
    return positions


def matches_at(regex: re.Pattern[str], text: str, positions: Iterable[int]) -> list[re.Match[str]]:
    """``regex.finditer(text)`` when every match can only start at one of ``positions`` (sorted):
    the regex is tried there only, each match resuming after the one before (it must not match
    the empty string)."""
    found: list[re.Match[str]] = []
    end = 0
    for position in positions:
        if position < end:
            continue  # inside the match before: finditer resumes after it
        match = regex.match(text, position)
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def past_spaces(text: str, start: int, end: int) -> int:
    """The first position from ``start`` (before ``end``) that is not a space."""
    return end - len(text[start:end].lstrip())
