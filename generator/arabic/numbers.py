"""Find and parse numbers written in Arabic news text: digits, words, mixtures and ranges.

Handles Western and Eastern Arabic digits, thousands separators (``1,500`` ``1.500`` ``١٬٥٠٠`` ``1،500``),
decimals (``3.5``), number words (``ثلاثة``, ``أحد عشر``, ``خمسة وعشرون``, ``ثلاثمائة``,
``ألفان``, ``عشرة آلاف``, ``ألف وخمسمائة``, ``مليون``), digits with a scale word (``12 ألف``),
attached و/ب/ل/ف/ك, and ranges (``10-12 ألف``, ``10و12 ألف``, ``من 10 إلى 12 ألفا``,
``بين 10 و12 ألفا``) where the scale of the second number also applies to the first.

Years and other numbers are returned with their raw value; callers decide what they mean. Bare
``أحد``/``إحدى`` ("one of") and vague plurals (``آلاف``, ``عشرات``) are not numbers.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from generator.arabic.normalize import NormalizedText, reuse_or_normalize
from generator.arabic.number_words import number_words
from generator.arabic.tokens import TOKEN_RE, matches_at, word_positions

Number = int | float


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number mention; for a range ``value`` is None and ``low``/``high`` bound it."""

    start: int  # offsets into the text given to find_numbers()
    end: int
    value: Number | None
    low: Number
    high: Number
    parts: tuple[NumberMatch, ...] = ()  # the two ends of a range, each with its own span

    @property
    def is_range(self) -> bool:
        return self.value is None


# Number words (generator/data/numbers.yml), as "a|b" alternations of folded forms.
_WORDS = number_words()
_UNIT_STEMS = {value: "|".join(forms) for value, forms in _WORDS.units.items()}
_TEEN_FIRST = {value: "|".join(forms) for value, forms in _WORDS.teen_first.items()} | {
    k: v for k, v in _UNIT_STEMS.items() if k > 2
}
_TENS = {value: "|".join(forms) for value, forms in _WORDS.tens.items()}
_HUNDRED_FIRST = {value: "|".join(forms) for value, forms in _WORDS.hundred_first.items()}
_HUNDRED = "|".join(_WORDS.hundred)
_TWO_HUNDRED = "|".join(_WORDS.two_hundred)
# (scale, multiplier): multiplier 0 marks a plural that needs a number before it.
_SCALES = dict(_WORDS.scales)

_WORD_TABLE: dict[str, tuple[str, int]] = {}


def _register(kind: str, value: int, forms: str) -> None:
    for form in forms.split("|"):
        _WORD_TABLE[form] = (kind, value)


for _value, _forms in _UNIT_STEMS.items():
    _register("unit", _value, _forms)
_register("ten", 10, "|".join(_WORDS.ten))
for _value, _forms in _TENS.items():
    _register("tens", _value, _forms)
_register("hundred", 100, _HUNDRED)
_register("hundred", 200, _TWO_HUNDRED)


def _alternation(forms: list[str]) -> str:
    return "|".join(sorted(forms, key=len, reverse=True))


_TEEN_FIRST_FORMS = [f for v in _TEEN_FIRST.values() for f in v.split("|")]
_HUNDRED_FIRST_FORMS = [f for v in _HUNDRED_FIRST.values() for f in v.split("|")]
_TEEN_RE = r"(?P<teen_first>" + _alternation(_TEEN_FIRST_FORMS) + r")\s+عشره?"
_HUNDREDS_RE = r"(?P<hundred_first>" + _alternation(_HUNDRED_FIRST_FORMS) + r")\s?(?:" + _HUNDRED + ")"
_WORD_RE = "|".join(
    [
        _TEEN_RE,
        _HUNDREDS_RE,
        "(?P<scale>" + _alternation(list(_SCALES)) + ")",
        "(?P<simple>" + _alternation(list(_WORD_TABLE)) + ")",
    ]
)
# "3،000": some outlets group thousands with the Arabic comma (never followed by a space then)
_DIGITS_RE = r"\d{1,3}(?P<sep>[.,،])\d{3}(?:(?P=sep)\d{3})*(?![.,،]?\d)|\d+(?:[.,]\d+)?"
_ATOM_RE = re.compile(
    rf"(?<![A-Za-z\d.,])(?P<digits>{_DIGITS_RE})(?![A-Za-z\d])|(?<!\w)(?P<prefix>[وبلفك]{{0,2}})(?P<word>{_WORD_RE})(?!\w)"
)
_GAP_KINDS = [
    ("space", re.compile(r"^\s*$")),
    ("wa", re.compile(r"^\s*و\s*$")),
    ("dash", re.compile(r"^\s*[-‐–—]\s*$")),
    ("to", re.compile(r"^\s*(?:الي|حتي)\s*$")),
    ("or", re.compile(r"^\s*او\s*$")),
]
# Exact prefilter for _ATOM_RE: a word match's first \w+ token is an attached prefix plus one of
# these forms, so a text with no digit and no such token has no number at all (and a match can
# open only at such a token or at a run of digits: see _atom_matches).
_PREFIX_CHARS = "وبلفك"
_FIRST_TOKEN_FORMS = frozenset(
    [*_WORD_TABLE, *_SCALES, *_TEEN_FIRST_FORMS, *_HUNDRED_FIRST_FORMS]
    + [first + hundred for first in _HUNDRED_FIRST_FORMS for hundred in _HUNDRED.split("|")]
)
# The same forms with up to two attached prefix letters: the tokens _may_have_number looks for.
_PREFIXED_FIRST_TOKENS = frozenset(
    prefix + form
    for form in _FIRST_TOKEN_FORMS
    for prefix in ["", *_PREFIX_CHARS, *(a + b for a in _PREFIX_CHARS for b in _PREFIX_CHARS)]
)
_FORMS_ARE_TOKENS = all(TOKEN_RE.fullmatch(token) for token in _PREFIXED_FIRST_TOKENS)
_DIGIT_RE = re.compile(r"\d")
_DIGIT_RUN_RE = re.compile(r"\d+")  # a digits atom opens a run: no digit may stand before it
_RANGE_OPENER = re.compile(r"(?:^|(?<=\s))[وف]?(?P<kw>من|بين)\s*$")
_TEEN_VALUES = {f: k for k, v in _TEEN_FIRST.items() for f in v.split("|")}
_HUNDRED_VALUES = {f: k for k, v in _HUNDRED_FIRST.items() for f in v.split("|")}


@dataclass(slots=True)
class _Atom:
    start: int  # normalised offsets
    end: int
    kind: str  # digits, unit, ten, teen, tens, hundred, scale
    value: Number
    multiplier: int = 1  # for scales


@dataclass(slots=True)
class _Group:
    start: int
    end: int
    total: Number = 0
    chunk: Number = 0
    last_kind: str = ""
    last_scale: int = 10**13
    top_scale: int = 0
    digit_based: bool = False
    # where the words after the last scale begin, and where that scale ended ("عشرة آلاف واثني
    # عشر": -1 until such words come), so that a scale after them can take them back
    rest_start: int = -1
    scale_end: int = 0

    @property
    def value(self) -> Number:
        return _tidy(self.total + self.chunk)


def _tidy(value: Number) -> Number:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _parse_digits(raw: str) -> Number:
    if re.fullmatch(r"\d{1,3}(?:([.,،])\d{3})(?:\1\d{3})*", raw):
        return int(re.sub(r"[.,،]", "", raw))
    if "." in raw or "," in raw:
        return float(raw.replace(",", "."))
    return int(raw)


def _atom_from(match: re.Match[str]) -> _Atom | None:
    if match.group("digits") is not None:
        return _Atom(
            match.start("digits"), match.end("digits"), "digits", _parse_digits(match.group("digits"))
        )
    start, end = match.start("word"), match.end("word")
    if match.group("teen_first") is not None:
        return _Atom(start, end, "teen", 10 + _TEEN_VALUES[match.group("teen_first")])
    if match.group("hundred_first") is not None:
        return _Atom(start, end, "hundred", 100 * _HUNDRED_VALUES[match.group("hundred_first")])
    if match.group("scale") is not None:
        scale, multiplier = _SCALES[match.group("scale")]
        return _Atom(start, end, "scale", scale, multiplier)
    word = match.group("simple")
    if word == "ست" and match.group("prefix").endswith("ل"):
        return None  # "لست" is "I am not"
    kind, value = _WORD_TABLE[word]
    return _Atom(start, end, kind, value)


def _gap_kind(text: str) -> str:
    if len(text) > 12:
        return "break"
    for kind, pattern in _GAP_KINDS:
        if pattern.match(text):
            return kind
    return "break"


def _start_group(atom: _Atom) -> _Group | None:
    group = _Group(atom.start, atom.end, last_kind=atom.kind, digit_based=atom.kind == "digits")
    if atom.kind == "scale":
        if atom.multiplier == 0:
            return None  # "آلاف" alone is vague, not a number
        group.total = atom.multiplier * atom.value
        group.last_scale = group.top_scale = int(atom.value)
        group.scale_end = atom.end
    else:
        group.chunk = atom.value
    return group


def _extend(group: _Group, atom: _Atom, gap: str) -> bool:
    """Add ``atom`` to ``group`` when the words form one number; False ends the group."""
    if atom.kind == "scale":
        if gap == "space" and group.chunk and atom.multiplier != 2 and atom.value < group.last_scale:
            group.total += group.chunk * atom.value
        elif gap == "wa" and not group.chunk and atom.multiplier and atom.value < group.last_scale:
            group.total += atom.multiplier * atom.value
        else:
            return False
        group.chunk = 0
        group.last_scale = int(atom.value)
        group.top_scale = max(group.top_scale, int(atom.value))
        group.rest_start = -1
        group.scale_end = atom.end
    else:
        after_scale = not group.chunk and group.total and atom.value < group.last_scale
        if gap != "wa" or ("digits" in (atom.kind, group.last_kind) and not after_scale):
            return False  # but "11 ألفًا و500": a remainder in digits after a scale word
        if after_scale:
            group.chunk = atom.value
            group.rest_start = atom.start
        elif _adds_to_chunk(group, atom):
            group.chunk += atom.value
        else:
            return False
    group.last_kind = atom.kind
    group.end = atom.end
    return True


def _adds_to_chunk(group: _Group, atom: _Atom) -> bool:
    """Units come before tens ("خمسة وعشرون"); anything below 100 may follow hundreds."""
    if group.last_kind == "unit" and atom.kind == "tens":
        return group.chunk % 100 < 10
    return group.last_kind == "hundred" and atom.value < 100


def _may_have_number(text: str, words: Collection[str] | None = None) -> bool:
    """False only when _ATOM_RE cannot match anywhere in ``text`` (much cheaper than scanning).
    ``words``: the ``\\w+`` tokens of ``text`` when the caller already has them."""
    if _DIGIT_RE.search(text):
        return True
    return not _PREFIXED_FIRST_TOKENS.isdisjoint(TOKEN_RE.findall(text) if words is None else words)


def _atom_matches(text: str, words: Collection[str]) -> list[re.Match[str]]:
    """``_ATOM_RE.finditer(text)``, trying the regex only where a match can open: at the start
    of a run of digits, or at a token of :data:`_PREFIXED_FIRST_TOKENS` (``words``: the ``\\w+``
    tokens of ``text``) instead of at every position."""
    if not _FORMS_ARE_TOKENS:
        return list(_ATOM_RE.finditer(text))
    starts = _PREFIXED_FIRST_TOKENS.intersection(words)
    positions = word_positions(text, starts) if starts else []
    positions.extend(match.start() for match in _DIGIT_RUN_RE.finditer(text))
    positions.sort()
    return matches_at(_ATOM_RE, text, positions)


def _groups(normalized: NormalizedText, words: Collection[str] | None = None) -> list[_Group]:
    text = normalized.text
    if words is None:
        words = TOKEN_RE.findall(text)
    if not _may_have_number(text, words):
        return []
    groups: list[_Group] = []
    current: _Group | None = None
    for match in _atom_matches(text, words):
        atom = _atom_from(match)
        if atom is None:
            continue
        if current is not None and _extend(current, atom, _gap_kind(text[current.end : atom.start])):
            continue
        if current is not None and atom.kind == "scale" and current.rest_start >= 0:
            # "عشرة آلاف واثني عشر ألف": the words after the first scale count the second one
            rest = _Group(current.rest_start, current.end, chunk=current.chunk, last_kind=current.last_kind)
            rest.digit_based = text[rest.start].isdigit()
            if _extend(rest, atom, _gap_kind(text[rest.end : atom.start])):
                current.chunk, current.end, current.rest_start = 0, current.scale_end, -1
                groups.append(current)
                current = rest
                continue
        if current is not None:
            groups.append(current)
        current = _start_group(atom)
    if current is not None:
        groups.append(current)
    return groups


def _single(normalized: NormalizedText, group: _Group) -> NumberMatch:
    start, end = normalized.span_to_original(group.start, group.end)
    value = group.value
    return NumberMatch(start, end, value, value, value)


def _range_of(normalized: NormalizedText, first: _Group, second: _Group) -> NumberMatch | None:
    """A range match when ``first`` and ``second`` are two ends of one range, else None."""
    text = normalized.text
    gap = _gap_kind(text[first.end : second.start])
    opener = _RANGE_OPENER.search(text, max(0, first.start - 8), first.start)
    keyword = opener.group("kw") if opener else None
    scaled_second_only = bool(second.top_scale) and not first.top_scale
    if gap == "dash":
        ok = first.digit_based and second.digit_based
    elif gap == "to":
        ok = True
    elif gap == "wa":
        ok = keyword == "بين" or scaled_second_only
    elif gap == "or":
        ok = scaled_second_only
    else:
        ok = False
    if not ok:
        return None
    low, high = first.value, second.value
    if scaled_second_only and low < 1000 and low * second.top_scale <= high * 1.5:
        low = _tidy(low * second.top_scale)
    low, high = min(low, high), max(low, high)
    start_norm = opener.start("kw") if opener and (keyword == "من" or gap == "wa") else first.start
    start, end = normalized.span_to_original(start_norm, second.end)
    parts = (_single(normalized, first), _single(normalized, second))
    return NumberMatch(start, end, None, low, high, parts)


def find_numbers(
    text: str, normalized: NormalizedText | None = None, words: Collection[str] | None = None
) -> list[NumberMatch]:
    """Every number mention in ``text`` with its span, left to right. ``normalized``:
    ``normalize_with_offsets(text)`` when the caller already has it; ``words``: the ``\\w+``
    tokens of ``normalized.text``, when the caller already has them (only with ``normalized``)."""
    given = normalized
    normalized = reuse_or_normalize(text, normalized)
    groups = _groups(normalized, words if normalized is given else None)  # the words of ``given``
    found: list[NumberMatch] = []
    index = 0
    while index < len(groups):
        if index + 1 < len(groups):
            ranged = _range_of(normalized, groups[index], groups[index + 1])
            if ranged is not None:
                found.append(ranged)
                index += 2
                continue
        found.append(_single(normalized, groups[index]))
        index += 1
    return found


def parse_number(text: str) -> int | None:
    """The integer written by the whole of ``text`` (digits, words or both), else None.

    Returns None for ranges, non-integral decimals and text with anything besides one number.
    """
    stripped = text.strip()
    matches = find_numbers(stripped)
    if len(matches) != 1:
        return None
    match = matches[0]
    value = match.value
    rest = (stripped[: match.start] + stripped[match.end :]).strip()
    if rest not in ("", "و") or not isinstance(value, int):
        return None
    return value
