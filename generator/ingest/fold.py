"""Folding of whole lines for lexicon matching (not length-preserving; never used for offsets)."""

from __future__ import annotations

import re

_LETTER_FOLDS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ـ": None,  # tatweel
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u200e": None,
        "\u200f": None,
        "\ufeff": None,
        **{chr(code): None for code in range(0x064B, 0x0660)},  # harakat
        "\u0670": None,  # superscript alef
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Extended (Persian) digits
    }
)

_SPACES = re.compile(r"\s+")


def fold_line(text: str) -> str:
    """Fold ``text`` for matching: unify letter variants and digits, drop marks, squeeze spaces."""
    return _SPACES.sub(" ", text.translate(_LETTER_FOLDS)).strip()
