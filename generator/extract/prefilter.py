"""Skip a lexicon regex on texts that cannot match it.

Most lexicon patterns start with ``(?<!\\w)`` and optional prefixes, which stops Python's regex
engine from jumping to candidate positions: it tries the pattern at every character. But every
match must contain one of a few literal strings (the words of the first required part of the
pattern), and a search for those literals alone is far cheaper than the scan.

The literals are read from the parse tree of ``re``'s private parser (``re._parser``), which
moves between Python versions. It is guarded: when the parser is missing, has another shape, or
fails the self-check on a known pattern, no literals are named and every pattern runs unfiltered:
the same answers, only slower.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Any

from generator.arabic.tokens import matches_at

MAX_LITERALS = 48


def _private(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - a Python whose ``re`` is laid out otherwise
        return None


_parser = _private("re._parser")
sre: Any = _private("re._constants")
try:
    _ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
    _REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
except AttributeError:  # pragma: no cover - see the module docstring
    _parser = None


def _prefixes(items: list) -> tuple[set[str], bool] | None:
    """Literal strings one of which starts every match of ``items`` (a parsed sequence), and
    whether they cover the whole sequence; None when a case-insensitive group is met."""
    found = {""}
    for op, arg in items:
        if op is sre.LITERAL:
            found = {prefix + chr(arg) for prefix in found}
            continue
        if op is sre.SUBPATTERN:
            if arg[1] & sre.SRE_FLAG_IGNORECASE:
                return None
            parts = _prefixes(list(arg[3]))
        elif op is sre.BRANCH:
            parts = _branch_prefixes(arg[1])
        else:
            return found, False
        if parts is None:
            return None
        found = {prefix + part for prefix in found for part in parts[0]}
        if len(found) > MAX_LITERALS or not parts[1]:
            return found, False
    return found, True


def _branch_prefixes(alternatives: list) -> tuple[set[str], bool] | None:
    found: set[str] = set()
    complete = True
    for alternative in alternatives:
        parts = _prefixes(list(alternative))
        if parts is None:
            return None
        found |= parts[0]
        complete = complete and parts[1]
    return found, complete


def required_literals(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which occurs in every match of ``regex``, or None when none can be named
    (also whenever the private parser is unavailable or does not behave as expected)."""
    if regex.flags & re.IGNORECASE or not PARSER_WORKS:
        return None
    return _literals_or_none(regex)


def _literals_or_none(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    if _parser is None:
        return None
    try:
        return _parsed_literals(regex)
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):  # pragma: no cover
        return None


def _parsed_literals(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    assert _parser is not None
    items = list(_parser.parse(regex.pattern, regex.flags))
    start = _required_start(items)
    parts = _prefixes(items[start:])
    if parts is None or "" in parts[0] or len(parts[0]) > MAX_LITERALS:
        return None
    return tuple(sorted(parts[0]))


def _required_start(items: list) -> int:
    """Index of the first required part of a parsed pattern: after the zero-width assertions and
    optional parts before it (the required literals are read from there on)."""
    start = 0
    while start < len(items) and (
        items[start][0] in _ZERO_WIDTH or (items[start][0] in _REPEATS and items[start][1][0] == 0)
    ):
        start += 1
    return start


def literal_lead(regex: re.Pattern[str]) -> int | None:
    """The most characters a match of ``regex`` may have before its required literal (the widest
    the optional parts before it can be: 1 for ``(?<!\\w)[وف]?قال``), or None when unbounded or
    unknown. Every match starts at most this far before an occurrence of one of its literals."""
    if required_literals(regex) is None:
        return None
    assert _parser is not None
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
        widest = parsed[: _required_start(list(parsed))].getwidth()[1]
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):  # pragma: no cover
        return None
    return widest if isinstance(widest, int) and 0 <= widest < sre.MAXREPEAT else None


def _self_check() -> bool:
    """The parser reads a known pattern as expected (else it changed shape: use no literals)."""
    known = re.compile(r"(?<!\w)(?:و|ف)?(?:قال|أكد)(?:ت)?\s+\d+")
    return _literals_or_none(known) == ("أكد", "قال")


PARSER_WORKS = _self_check()


def _literal_trie(literals: Iterable[str]) -> dict[str, dict]:
    """``literals`` as a character trie; "" marks where a literal ends."""
    trie: dict[str, dict] = {}
    for literal in sorted(set(literals)):
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def literal_alternation(literals: Iterable[str]) -> re.Pattern[str]:
    """A regex that finds any of ``literals``, factored as a trie ("قال|قالت" -> "قال(?:ت)?"): the
    engine then tests one branch per character instead of every literal at every position."""
    trie = _literal_trie(literals)

    def render(node: dict[str, dict]) -> str:
        if "" in node:
            return ""  # a shorter literal already matches: nothing after it is needed
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(render(trie))


@functools.lru_cache(maxsize=16)
def lexicon_alternation(literals: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    """:func:`literal_alternation` of a lexicon's fixed list, built once per list."""
    return literal_alternation(literals)


class PrefilteredPattern:
    """A compiled pattern that answers "no match" at once for texts without its required literals;
    ``search``, ``match``, ``fullmatch`` and ``finditer`` otherwise behave as the pattern's."""

    __slots__ = ("_lead", "_literal_re", "_literal_set", "literals", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.literals = required_literals(regex)
        self._literal_set = frozenset(self.literals or ())
        # A plain alternation of literals: the engine jumps straight to candidate characters.
        self._literal_re = literal_alternation(self.literals) if self.literals else None
        # Most patterns open with a lookbehind, so the engine tries them at every position: a match
        # starts at most ``_lead`` characters before one of the literals, and only there is tried.
        self._lead = literal_lead(regex) if self.literals else None

    def _may_match(self, text: str) -> bool:
        return self._literal_re is None or self._literal_re.search(text) is not None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._literal_re is None:
            return self.regex.search(text, pos, endpos)
        # a match in [pos, endpos) holds one of the literals there, at most _lead after its start
        first = self._literal_re.search(text, pos, endpos)
        if first is None:
            return None
        start = pos if self._lead is None else max(pos, first.start() - self._lead)
        return self.regex.search(text, start, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos) if self._may_match(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos) if self._may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, endpos) if self._may_match(text) else iter(())

    # For a text already scanned with a LiteralIndex over (at least) this pattern's literals, whose
    # ``present`` answer is given: the literal test is a set test, not a second search of the text.

    def _may_match_among(self, present: set[str]) -> bool:
        return self.literals is None or not self._literal_set.isdisjoint(present)

    def search_among(self, text: str, present: set[str]) -> re.Match[str] | None:
        """``search(text)``, given ``present`` (see above)."""
        if not self._may_match_among(present):
            return None
        if self._lead is None:
            return self.regex.search(text)
        for position in self._starts(text, present):
            match = self.regex.match(text, position)
            if match is not None:
                return match
        return None

    def finditer_among(self, text: str, present: set[str]) -> Iterator[re.Match[str]]:
        """``finditer(text)``, given ``present`` (see above)."""
        if not self._may_match_among(present):
            return iter(())
        if self._lead is None:
            return self.regex.finditer(text)
        return iter(matches_at(self.regex, text, self._starts(text, present)))  # never empty: holds a literal

    def _starts(self, text: str, present: set[str]) -> list[int]:
        """Every position where a match may start, in order: from ``_lead`` characters before each
        occurrence of one of the literals (those of ``present``: every one that occurs) to it."""
        assert self._lead is not None
        lead = self._lead
        starts: set[int] = set()
        for literal in self._literal_set.intersection(present):
            found = text.find(literal)
            while found >= 0:
                if lead:
                    starts.update(range(max(0, found - lead), found + 1))
                else:
                    starts.add(found)
                found = text.find(literal, found + 1)
        return sorted(starts)


def gate_literals(patterns: tuple[PrefilteredPattern, ...]) -> frozenset[str] | None:
    """Every literal of every pattern of ``patterns``: where none occurs none of them can match.
    None when some pattern has no known literals (or there are none): nothing can be ruled out."""
    literals: set[str] = set()
    for pattern in patterns:
        if pattern.literals is None:
            return None
        literals.update(pattern.literals)
    return frozenset(literals) if literals else None


@functools.lru_cache(maxsize=256)
def literal_gate(patterns: tuple[PrefilteredPattern, ...]) -> re.Pattern[str] | None:
    """One search standing for the prefilters of all ``patterns`` (see :func:`gate_literals`)."""
    literals = gate_literals(patterns)
    return literal_alternation(literals) if literals else None


class LiteralIndex:
    """Which of many literals occur in a text, found with one scan: for a text checked against
    several literal gates in turn (one per event type or treaty topic), each check is then a set
    test instead of a search of the whole text."""

    __slots__ = ("_longest", "_prefixes")

    def __init__(self, literals: Iterable[str]) -> None:
        literals = set(literals)  # read twice below (``literals`` may be a generator)
        # every literal that is a prefix of a literal (itself included): the literals that start
        # where the longer one does
        self._prefixes = {
            literal: frozenset(other for other in literals if literal.startswith(other))
            for literal in literals
        }
        # the longest literal starting at a position (the trie's optional tails are greedy)
        self._longest = re.compile(trie_alternation(literals)) if literals else None

    def present(self, text: str) -> set[str]:
        """Every literal that occurs in ``text``."""
        found: set[str] = set()
        if self._longest is None:
            return found
        # a search from the character after each hit: literals may overlap ("اتفاق" in "الاتفاقيه");
        # (a findall over a lookahead tries the pattern at every position: slower, though fewer calls)
        match = self._longest.search(text)
        while match is not None:
            found |= self._prefixes[match.group()]
            match = self._longest.search(text, match.start() + 1)
        return found


def trie_alternation(literals: Iterable[str]) -> str:
    """The alternation of ``literals`` factored as a trie whose optional tails are greedy
    ("قال|قالت" -> "قال(?:ت)?"): at a position it matches the longest literal starting there."""
    trie = _literal_trie(literals)

    def render(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


def misses(literals: frozenset[str] | None, present: set[str]) -> bool:
    """:func:`gate_misses` for a gate's literals (:func:`gate_literals`), given the literals
    :meth:`LiteralIndex.present` found in the text (an index over at least ``literals``)."""
    return literals is not None and literals.isdisjoint(present)


def none_can_match(patterns: tuple[PrefilteredPattern, ...], text: str) -> bool:
    """True when the literals show that no pattern of ``patterns`` matches anywhere in ``text``."""
    gate = literal_gate(patterns)
    return gate is not None and gate.search(text) is None


def gate_misses(gate: re.Pattern[str] | None, text: str) -> bool:
    """:func:`none_can_match` with the gate computed once by the caller (:func:`literal_gate`)."""
    return gate is not None and gate.search(text) is None
