"""The number words of the language, from ``generator/data/numbers.yml``: cardinals for
:mod:`generator.arabic.numbers` and ordinal days for :mod:`generator.arabic.ordinals`."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.yamlfile import DictOf, Int, ListOf, Record, Str, load_yaml

NUMBERS_FILE = Path(__file__).resolve().parent.parent / "data" / "numbers.yml"

_NUMBER = Str(pattern=r"[1-9]\d*", hint="a whole number")
_FORMS = ListOf(Str())
_SCALE_KEYS = ("one", "two", "plural")
_TOP_KEYS = ("units", "teen_first", "ten", "tens", "hundred_first", "hundred", "two_hundred", "scales")
_SCHEMA = Record(
    {
        "units": DictOf(_FORMS, key=_NUMBER),
        "teen_first": DictOf(_FORMS, key=_NUMBER),
        "ten": _FORMS,
        "tens": DictOf(_FORMS, key=_NUMBER),
        "hundred_first": DictOf(_FORMS, key=_NUMBER),
        "hundred": _FORMS,
        "two_hundred": _FORMS,
        "scales": DictOf(
            Record(
                {"one": _FORMS, "two": _FORMS, "plural": _FORMS}, required=frozenset({"one", "two", "plural"})
            ),
            key=_NUMBER,
        ),
        "ordinal_days": Record(
            {
                "units": _FORMS,
                "compound_first": Str(),
                "teen": Str(),
                "twenties": Str(),
                "whole": DictOf(Int(minimum=1, maximum=31)),
            },
            required=frozenset({"units", "compound_first", "teen", "twenties", "whole"}),
        ),
    },
    required=frozenset(
        {
            "units",
            "teen_first",
            "ten",
            "tens",
            "hundred_first",
            "hundred",
            "two_hundred",
            "scales",
            "ordinal_days",
        }
    ),
)


@dataclass(frozen=True, slots=True)
class OrdinalDays:
    units: tuple[str, ...]  # 1st-9th
    compound_first: str  # "first" inside 11th and 21st
    teen: str  # added for 11th-19th
    twenties: str  # added for 21st-29th
    whole: Mapping[str, int]  # 10th, 20th, 30th, 31st


@dataclass(frozen=True, slots=True)
class NumberWords:
    """Folded spellings by value (each tuple in the file's order)."""

    units: Mapping[int, tuple[str, ...]]
    teen_first: Mapping[int, tuple[str, ...]]
    ten: tuple[str, ...]
    tens: Mapping[int, tuple[str, ...]]
    hundred_first: Mapping[int, tuple[str, ...]]
    hundred: tuple[str, ...]
    two_hundred: tuple[str, ...]
    scales: Mapping[str, tuple[int, int]]  # form -> (scale, multiplier); multiplier 0: a plural
    ordinal_days: OrdinalDays


def _by_number(mapping: Mapping[Any, list[str]]) -> dict[int, tuple[str, ...]]:
    return {int(number): tuple(forms) for number, forms in mapping.items()}


def read_number_words(path: Path = NUMBERS_FILE) -> NumberWords:
    data = load_yaml(path, _SCHEMA, display_name="generator/data/numbers.yml").data
    scales: dict[str, tuple[int, int]] = {}
    for scale, forms in data["scales"].items():
        for kind, multiplier in (("one", 1), ("two", 2), ("plural", 0)):
            scales.update({form: (int(scale), multiplier) for form in forms[kind]})
    ordinals = data["ordinal_days"]
    return NumberWords(
        units=_by_number(data["units"]),
        teen_first=_by_number(data["teen_first"]),
        ten=tuple(data["ten"]),
        tens=_by_number(data["tens"]),
        hundred_first=_by_number(data["hundred_first"]),
        hundred=tuple(data["hundred"]),
        two_hundred=tuple(data["two_hundred"]),
        scales=scales,
        ordinal_days=OrdinalDays(
            tuple(ordinals["units"]),
            ordinals["compound_first"],
            ordinals["teen"],
            ordinals["twenties"],
            dict(ordinals["whole"]),
        ),
    )


@functools.cache
def number_words() -> NumberWords:
    """The project's number words (read once)."""
    return read_number_words()
