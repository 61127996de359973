"""Compile many Arabic phrases into one fast regex (a trie, so matching cost does not grow with
the number of phrases) that accepts attached prefixes and returns original-text spans.

Phrases are folded with :func:`generator.arabic.normalize.fold` before compiling; a space inside a
phrase matches any run of whitespace or a hyphen. Matching runs over
:func:`~generator.arabic.normalize.normalize_with_offsets` text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.arabic.normalize import NormalizedText, fold

WORD_GAP = r"(?:\s*[-‐–]\s*|\s+)"
_GAP_RE = re.compile(r"[\s\-‐–]+")
# Conjunctions و/ف, then one of the prepositions ب/ل/ك, may be glued to the start of a name.
_PREFIX = "(?:[وف]?[بلك]?)"
_PREFIX_LAM = "(?:[وف]?ل)"  # ل + ال... is written لل... ("للكرملين")


@functools.lru_cache(maxsize=4096)  # called for every phrase hit; surfaces repeat a lot
def phrase_key(text: str) -> str:
    """Key identifying a phrase regardless of spacing, hyphens, hamza forms and marks."""
    return _GAP_RE.sub("", fold(text).lower())


def trie_pattern(phrases: Iterable[str], gap: str = WORD_GAP) -> str:
    """The alternation of ``phrases`` factored as a trie ("اب|ابريل" -> "اب(?:ريل)?"), a space
    matching ``gap``: it matches where the plain alternation does, but the engine tests one branch
    per character instead of every phrase at every position."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie, gap)


def _node_pattern(node: dict[str, dict], gap: str) -> str:
    optional = "" in node
    branches = []
    for char in sorted(key for key in node if key):
        token = gap if char == " " else re.escape(char)
        branches.append(token + _node_pattern(node[char], gap))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


@dataclass(frozen=True, slots=True)
class PhraseHit:
    """A phrase found in text: original span (prefix letters excluded) and the phrase key."""

    start: int
    end: int
    key: str
    norm_end: int  # end offset in the normalised text


class PhraseMatcher:
    """Finds any of a set of phrases, word-boundary aware, allowing attached prefixes."""

    def __init__(self, phrases: Iterable[str], *, allow_prefixes: bool = True) -> None:
        folded = sorted({" ".join(fold(p).lower().split()) for p in phrases if p and p.strip()})
        if not folded:
            self._regex: re.Pattern[str] | None = None
            return
        main = trie_pattern(folded)
        lam_stems = [p[1:] for p in folded if p.startswith("ال") and len(p) > 3]
        if allow_prefixes:
            alternatives = [f"{_PREFIX}(?P<name>{main})"]
            if lam_stems:
                alternatives.append(f"{_PREFIX_LAM}(?P<stem>{trie_pattern(lam_stems)})")
            body = "|".join(alternatives)
        else:
            body = f"(?P<name>{main})"
        self._regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)

    def finditer(self, normalized: NormalizedText) -> list[PhraseHit]:
        """All non-overlapping hits, left to right, longest at each position."""
        if self._regex is None:
            return []
        hits = []
        text = normalized.text
        for match in self._regex.finditer(text):
            group = match.lastgroup or "name"  # "name" or "stem": the only capturing groups
            norm_start, norm_end = match.span(group)
            surface = text[norm_start:norm_end]
            key = phrase_key(surface if group == "name" else "ا" + surface)
            start, end = normalized.span_to_original(norm_start, norm_end)
            hits.append(PhraseHit(start, end, key, norm_end))
        return hits

    def match_at(self, normalized: NormalizedText, pos: int) -> tuple[int, str] | None:
        """If a phrase starts exactly at normalised ``pos``, its normalised end and key."""
        if self._regex is None:
            return None
        match = self._regex.match(normalized.text, pos)
        if match is None:
            return None
        group = "name" if match.group("name") is not None else "stem"
        surface = match.group(group)
        return match.end(), phrase_key(surface if group == "name" else "ا" + surface)
