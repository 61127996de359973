"""Compile many Arabic phrases into one fast regex (a trie, so matching cost does not grow with
the number of phrases) that accepts attached prefixes and returns original-text spans.

Phrases are folded with :func:`generator.arabic.normalize.fold` before compiling; a space inside a
phrase matches any run of whitespace or a hyphen. Matching runs over
:func:`~generator.arabic.normalize.normalize_with_offsets` text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from generator.arabic.normalize import NormalizedText, fold
from generator.arabic.tokens import TOKEN_RE, matches_at, word_positions

# (a full stop too: "سي.إن.إن" is "سي إن إن")
WORD_GAP = r"(?:\s*[-‐–]\s*|\s+|\.(?=\w))"
_GAP_RE = re.compile(r"[\s\-‐–.]+")
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
            self._first_tokens: frozenset[str] | None = None
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
        self._first_tokens = _first_tokens(folded, lam_stems, allow_prefixes)

    def finditer(self, normalized: NormalizedText, words: Collection[str] | None = None) -> list[PhraseHit]:
        """All non-overlapping hits, left to right, longest at each position. ``words``: the
        ``\\w+`` tokens of ``normalized.text`` when the caller has them: the regex is then tried
        only where one of them opens a phrase (the same hits as a scan of every position)."""
        return [PhraseHit(*hit) for hit in self.hit_tuples(normalized, words)]

    def hit_tuples(
        self, normalized: NormalizedText, words: Collection[str] | None = None
    ) -> list[tuple[int, int, str, int]]:
        """:meth:`finditer` as plain ``(start, end, key, norm_end)`` tuples, for callers that read
        every hit of every sentence and keep few of them (a dataclass per hit costs more than
        finding it)."""
        if self._regex is None:
            return []
        hits = []
        text = normalized.text
        for match in self._matches(text, words):
            group = match.lastgroup or "name"  # "name" or "stem": the only capturing groups
            norm_start, norm_end = match.span(group)
            surface = text[norm_start:norm_end]
            key = phrase_key(surface if group == "name" else "ا" + surface)
            start, end = normalized.span_to_original(norm_start, norm_end)
            hits.append((start, end, key, norm_end))
        return hits

    def _matches(self, text: str, words: Collection[str] | None) -> Iterable[re.Match[str]]:
        """``self._regex.finditer(text)``, tried only at the tokens that may open a match when
        ``words`` (the text's tokens) is given and the phrases allow it."""
        assert self._regex is not None
        if words is None or self._first_tokens is None:
            return self._regex.finditer(text)
        starts = self._first_tokens.intersection(words)
        if not starts:
            return ()
        return matches_at(self._regex, text, word_positions(text, starts))

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


_PREFIXES = ("", *"وفبلك", *(conj + prep for conj in "وف" for prep in "بلك"))  # what _PREFIX matches
_PREFIXES_LAM = ("ل", "ول", "فل")  # what _PREFIX_LAM matches


def _first_tokens(folded: list[str], lam_stems: list[str], allow_prefixes: bool) -> frozenset[str] | None:
    """Every ``\\w+`` token that can open a match: a phrase's first token with each prefix the
    pattern lets it carry. None when a phrase does not open with a word character or holds a
    cased one (under ``re.IGNORECASE`` the text's token might then be written otherwise).

    A match opens at a word start ((?<!\\w)); what follows the phrase's first token in the phrase
    (a space, a hyphen, other punctuation) or after the match ((?!\\w)) is not a word character,
    so the text's token there is exactly prefix + that first token."""
    if any(char.lower() != char or char.upper() != char for phrase in folded for char in phrase):
        return None
    openings = [(folded, _PREFIXES if allow_prefixes else ("",))]
    if allow_prefixes:
        openings.append((lam_stems, _PREFIXES_LAM))
    tokens: set[str] = set()
    for phrases, prefixes in openings:
        for phrase in phrases:
            first = TOKEN_RE.match(phrase)
            if first is None:
                return None
            tokens.update(prefix + first.group() for prefix in prefixes)
    return frozenset(tokens)
