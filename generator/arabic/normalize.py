"""Arabic normalisation for MATCHING only; the site always shows the original text.

Two forms are offered:

* :func:`normalize_for_matching` is LENGTH-PRESERVING: every character maps to exactly one
  character, so offsets into the result are offsets into the input. Letter variants are folded
  (أ إ آ ٱ → ا, ى ی → ي, ة → ه, ؤ → و, ئ → ي, ک → ك, ہ → ه), Eastern Arabic / Persian digits
  become ASCII digits, ``٬`` becomes ``,`` and ``٫`` becomes ``.``, a Latin comma in Arabic prose
  becomes ``،``; diacritics, tatweel and zero-width marks are replaced by :data:`FILLER` (a
  tatweel), which a pattern must allow (e.g. ``ـ*``) if it wants to match across it.
* :func:`normalize_with_offsets` folds the same way but DELETES diacritics, tatweel and
  zero-width marks, returning a :class:`NormalizedText` that maps spans back to the original.
  This is what the gazetteer, number and date finders use: write patterns for plain folded
  text (``الف``, ``ابريل``, ``مايه``) and convert match spans with ``span_to_original``.

A standalone hamza ``ء`` is kept as is (``الثلاثاء`` stays ``الثلاثاء``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

FILLER = "\u0640"  # tatweel; stands in for removed marks in the length-preserving form

_LETTER_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    "ئ": "ي",
    "ة": "ه",
    "ۀ": "ه",
    "ہ": "ه",
    "ھ": "ه",
    "ؤ": "و",
    "ک": "ك",
    "ڪ": "ك",
    "٬": ",",
    "٫": ".",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}

# Arabic harakat, Quranic marks, superscript alef, tatweel, and invisible format characters.
_REMOVABLE_CLASS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
    "\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
)
_REMOVABLE_RE = re.compile(f"[{_REMOVABLE_CLASS}]+")
# Spaces some sites type before a comma ("الزعيم الكوري الشمالي ، تحدث بوتين"): deleted with the
# marks by normalize_with_offsets and fold, so that every rule sees "الشمالي،".
_SPACE_BEFORE_COMMA_RE = re.compile("(?<=\\S)[ \t\u00a0\u2007\u202f]+(?=[،,؛])")
_DELETED_RE = re.compile(f"[{_REMOVABLE_CLASS}]+|{_SPACE_BEFORE_COMMA_RE.pattern}")


def _spaced_comma(text: str) -> bool:
    """Whether a space stands before a comma in ``text`` (substring tests first: most have none)."""
    return _SPACED_COMMA_HINT.search(text) is not None and _SPACE_BEFORE_COMMA_RE.search(text) is not None


_SPACED_COMMA_HINT = re.compile("[ \t\u00a0\u2007\u202f][،,؛]")


def _build_tables() -> tuple[list[str | None], list[str | None]]:
    folds = {ord(k): v for k, v in (_LETTER_FOLDS | _DIGITS).items()}
    filler_table: dict[int, str] = dict(folds)
    delete_table: dict[int, str | None] = dict(folds)
    for match in re.finditer(f"[{_REMOVABLE_CLASS}]", "".join(chr(c) for c in range(0x0600, 0x0700))):
        filler_table[ord(match.group())] = FILLER
        delete_table[ord(match.group())] = None
    for code in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF):
        filler_table[code] = FILLER
        delete_table[code] = None
    return _as_sequence(filler_table), _as_sequence(delete_table)


def _as_sequence(table: Mapping[int, str | None]) -> list[str | None]:
    """The same mapping as a list indexed by code point over the whole BMP (characters beyond it
    stay unchanged). ``str.translate`` is about twice as fast with it: with a dict table every
    character left alone costs a failed lookup."""
    sequence: list[str | None] = [chr(code) for code in range(0x10000)]
    for code, replacement in table.items():
        sequence[code] = replacement
    return sequence


_FILLER_TABLE, _DELETE_TABLE = _build_tables()

# ``str.translate`` looks every character up in the table (~30 ns each). Most sentences hold no
# character to change but these common letters: str.replace (a C scan per letter) folds them
# faster. _RARE_FOLDS finds every other character the table changes or deletes (marks, digits,
# other letter forms, format characters); a text holding one is translated as before.
_COMMON = "أإآىةؤئ"
_COMMON_FOLDS = tuple((char, _DELETE_TABLE[ord(char)] or "") for char in _COMMON)
_RARE_FOLDS = re.compile(
    "["
    + "".join(
        f"\\u{code:04x}"
        for code, replacement in enumerate(_DELETE_TABLE)
        if replacement != chr(code) and chr(code) not in _COMMON
    )
    + "]"
)


def _delete_fold(text: str) -> str:
    """``text.translate(_DELETE_TABLE)`` (see _COMMON_FOLDS)."""
    if _RARE_FOLDS.search(text) is not None:
        return text.translate(_DELETE_TABLE)
    return _common_folds(text)


def _common_folds(text: str) -> str:
    """:func:`_delete_fold` of a text in which _RARE_FOLDS finds nothing."""
    for char, replacement in _COMMON_FOLDS:  # (no replacement is itself folded: any order)
        if char in text:
            text = text.replace(char, replacement)
    return text


# A Latin comma written in Arabic prose ("قال الوزير, إن …", as some sites type it) is the Arabic
# comma to every rule; one between digits ("10,000") stays a thousands separator.
_LATIN_COMMA_IN_PROSE = re.compile(r"(?<=[\u0621-\u064a]),|(?<=[\u0621-\u064a] ),|,(?= ?[\u0621-\u064a])")


def _arabic_commas(text: str) -> str:
    """``text`` with each Latin comma of Arabic prose turned into ``،`` (length-preserving)."""
    if "," not in text:
        return text
    return _LATIN_COMMA_IN_PROSE.sub("،", text)


def normalize_for_matching(text: str) -> str:
    """Length-preserving fold of ``text`` (see module docstring); ``len(result) == len(text)``."""
    return _arabic_commas(text.translate(_FILLER_TABLE))


def fold(text: str) -> str:
    """Fold letters and DELETE marks, without offsets: for comparing words and building keys."""
    if "," not in text and "،" not in text and "؛" not in text:  # (most texts folded are words)
        return _delete_fold(text)
    if _spaced_comma(text):
        text = _SPACE_BEFORE_COMMA_RE.sub("", text)
    return _arabic_commas(_delete_fold(text))


_SPACES = re.compile(r"\s+")


def fold_line(text: str) -> str:
    """:func:`fold` with runs of whitespace squeezed to one space and the ends stripped: for
    matching whole lines against lexicons (not length-preserving; never used for offsets)."""
    return _SPACES.sub(" ", fold(text)).strip()


def match_key(text: str) -> str:
    """A comparison key: folded, marks removed, whitespace collapsed, Latin lower-cased."""
    return " ".join(fold(text).lower().split())


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Folded text with removed marks, plus the mapping back to the original string.

    ``_run_positions[k]`` is the normalised offset where the k-th removed run sat and
    ``_removed_upto[k]`` the number of original characters removed up to and including it.
    """

    original: str
    text: str
    _run_positions: tuple[int, ...] = field(repr=False)
    _removed_upto: tuple[int, ...] = field(repr=False)

    def to_original(self, offset: int) -> int:
        """Original offset of the normalised character at ``offset`` (skips marks before it)."""
        k = bisect.bisect_right(self._run_positions, offset) - 1
        return offset + (self._removed_upto[k] if k >= 0 else 0)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of normalised ``[start, end)``; marks after the last letter are included."""
        if not self._run_positions:  # nothing was removed: the offsets are the original's
            return (start, end) if end > start else (start, start)
        if end <= start:
            pos = self.to_original(start)
            return pos, pos
        return self.to_original(start), self.to_original(end)

    def to_normalized(self, original: int) -> int:
        """The normalised offset of the first character at or after ``original``."""
        removed = 0
        for position, removed_upto in zip(self._run_positions, self._removed_upto, strict=True):
            if original < position + removed:  # before this removed run
                break
            if original < position + removed_upto:  # inside it: the character after it
                return position
            removed = removed_upto
        return original - removed

    def original_offsets(self) -> list[int]:
        """``to_original(i)`` for every normalised offset ``i`` in ``0 .. len(text)``."""
        offsets: list[int] = []
        position, removed = 0, 0
        for next_position, next_removed in zip(self._run_positions, self._removed_upto, strict=True):
            offsets.extend(range(position + removed, next_position + removed))
            position, removed = next_position, next_removed
        offsets.extend(range(position + removed, len(self.text) + 1 + removed))
        return offsets


def normalize_with_offsets(text: str) -> NormalizedText:
    """Fold ``text`` and delete marks, keeping a map from normalised to original offsets."""
    spaced_comma = _spaced_comma(text)
    if not spaced_comma and _RARE_FOLDS.search(text) is None:
        # (every removable mark is one of _RARE_FOLDS): nothing removed
        return NormalizedText(text, _arabic_commas(_common_folds(text)), (), ())
    positions: list[int] = []
    removed_upto: list[int] = []
    removed = 0
    for run in _DELETED_RE.finditer(text):
        removed += run.end() - run.start()
        positions.append(run.end() - removed)
        removed_upto.append(removed)
    kept = _SPACE_BEFORE_COMMA_RE.sub("", text) if spaced_comma else text
    folded = _arabic_commas(kept.translate(_DELETE_TABLE))
    return NormalizedText(text, folded, tuple(positions), tuple(removed_upto))


def reuse_or_normalize(text: str, normalized: NormalizedText | None) -> NormalizedText:
    """``normalized`` when it is the normalisation of ``text`` (a caller that already has it saves
    the work), else ``normalize_with_offsets(text)``."""
    if normalized is not None and normalized.original == text:
        return normalized
    return normalize_with_offsets(text)
