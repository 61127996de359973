"""Checks that help an editor fix a corrections entry: "did you mean" suggestions, quote matching
that ignores Arabic vowel marks and tatweel (with the closest passage when nothing matches), the
evidence an added fact's quote must carry, and YAML syntax errors told in one plain sentence."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.errors import ConfigError

# Arabic vowel marks (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel
IGNORABLE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
ID_LIKE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")  # a gazetteer id, never a name as written


def did_you_mean(value: str, choices: Iterable[str], *, cutoff: float = 0.6) -> str:
    """`` (did you mean 'x' or 'y'?)`` for the closest choices, or an empty string."""
    close = difflib.get_close_matches(value, sorted(set(choices)), n=2, cutoff=cutoff)
    if not close:
        return ""
    return " (did you mean " + " or ".join(f"'{c}'" for c in close) + "?)"


def looks_like_id(value: str) -> bool:
    return bool(ID_LIKE.match(value))


# ---------------------------------------------------------------- quotes


@dataclass(frozen=True, slots=True)
class Folded:
    """A text with vowel marks and tatweel removed, and where each kept character came from."""

    text: str
    origin: tuple[int, ...]  # index in the original text of each character of ``text``


def fold(text: str) -> Folded:
    kept, origin = [], []
    for index, char in enumerate(text):
        if not IGNORABLE.match(char):
            kept.append(char)
            origin.append(index)
    return Folded("".join(kept), tuple(origin))


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """``(start, end)`` of ``quote`` in ``text``, ignoring vowel marks, tatweel and runs of spaces."""
    exact = text.find(quote)
    if exact >= 0:
        return exact, exact + len(quote)
    folded = fold(text)
    words = fold(quote).text.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, folded.text)
    if match is None:
        return None
    return folded.origin[match.start()], folded.origin[match.end() - 1] + 1


def closest_passage(text: str, quote: str) -> tuple[str, str]:
    """The passage of ``text`` most like ``quote`` and a short note on where they differ."""
    folded_text, folded_quote = fold(text).text, fold(quote).text
    width = len(folded_quote)
    best, best_ratio = "", -1.0
    step = max(1, width // 4)
    for start in range(0, max(1, len(folded_text) - width + 1), step):
        window = folded_text[start : start + width]
        ratio = difflib.SequenceMatcher(None, window, folded_quote, autojunk=False).ratio()
        if ratio > best_ratio:
            best, best_ratio = window, ratio
    words_quote, words_best = folded_quote.split(), best.split()
    differ = [w for w in words_quote if w not in words_best]
    note = ("words not in the source: " + ", ".join(f"'{w}'" for w in differ[:4])) if differ else ""
    return " ".join(best.split()), note


def quote_carries(quote: str, *, values: Iterable[int | None] = (), words: str | None = None) -> bool:
    """True when an added fact's quote shows its evidence: the figure (digits, with or without
    separators, or "12 ألف" style thousands) or most of the statement's words."""
    plain = fold(quote).text.translate(ARABIC_INDIC)
    digits = re.sub(r"[,٬.\s]", "", plain)
    for value in values:
        if value is None:
            continue
        if str(value) in digits:
            return True
        if value % 1000 == 0 and re.search(rf"\b{value // 1000}\s*(?:ألف|آلاف|الف|الاف)", plain):
            return True
    if words:
        wanted = fold(words).text.split()
        found = sum(1 for w in wanted if w in plain)
        return bool(wanted) and found >= max(1, (len(wanted) + 1) // 2)
    return False


def is_a_clause(quote: str) -> bool:
    """At least three words: a figure or a name alone is not evidence."""
    return len(quote.split()) >= 3


# ---------------------------------------------------------------- YAML syntax

_FIXES = (
    ("mapping values are not allowed", "a value contains ': ' — put the whole value in double quotes"),
    ("could not find expected ':'", "a key has no ':' after it, or the line is indented differently"),
    ("found character '\\t'", "the line is indented with a tab — indent with spaces only"),
    ("found a tab character", "the line is indented with a tab — indent with spaces only"),
    ("expected <block end>", "this line is indented differently from the lines around it"),
    ("did not find expected '-'", "a list item is indented differently from the others"),
    ("did not find expected key", "this line is indented differently from the keys above it"),
    ("found unexpected end of stream", "a quotation mark is not closed"),
    ("while scanning a quoted scalar", "a quotation mark is not closed"),
    ("found undefined alias", "a value starts with '*' — put it in double quotes"),
    ("found character '@'", "a value starts with '@' — put it in double quotes"),
    ("found character '`'", "a value starts with '`' — put it in double quotes"),
)


def plain_yaml_error(error: ConfigError) -> ConfigError:
    """A YAML syntax error as one sentence with file, line and a likely fix (others unchanged)."""
    message = str(error)
    if "invalid YAML" not in message:
        return error
    fix = next((f for needle, f in _FIXES if needle in message), "check the indentation and quotation marks")
    where = f"line {error.line}" if error.line is not None else "this file"
    return ConfigError(
        error.file,
        f"the YAML on {where} cannot be read: {fix} (parser said: {_parser_words(message)})",
        line=error.line,
    )


def _parser_words(message: str) -> str:
    return message.split("invalid YAML: ", 1)[-1]
