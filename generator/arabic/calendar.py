"""The calendar words of the language, from ``generator/data/months.yml``: month names in every
Arabic system (Egyptian/Gulf, Levantine, Maghrebi) and in English, how the site writes them, and
the words around dates in header lines. The one table the extractor, ingest and the site share."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from generator.yamlfile import DictOf, ListOf, Record, Str, load_yaml

MONTHS_FILE = Path(__file__).resolve().parent.parent / "data" / "months.yml"

_MONTH = Record(
    {"ar": Str(), "en": Str(), "en_short": Str(), "arabic": ListOf(Str()), "latin": ListOf(Str())},
    required=frozenset({"ar", "en", "en_short", "arabic", "latin"}),
)
_SCHEMA = Record(
    {
        "months": DictOf(_MONTH, key=Str(pattern=r"[1-9]|1[0-2]", hint="a month number 1-12")),
        "ambiguous_months": ListOf(Str()),
        "weekdays": ListOf(Str()),
        "date_prefixes": ListOf(Str()),
        "publication_labels": ListOf(Str()),
        "section_labels": ListOf(Str()),
        "time_suffixes": ListOf(Str()),
        "time_prefixes": ListOf(Str()),
        "hijri_months": ListOf(Str()),
    },
    required=frozenset({"months"}),
)


@dataclass(frozen=True, slots=True)
class Month:
    number: int
    ar: str  # as the Arabic site writes it
    en: str  # as the English site writes it
    en_short: str  # on English chart axes
    arabic: tuple[str, ...]  # every Arabic spelling
    latin: tuple[str, ...]  # English names and abbreviations


@dataclass(frozen=True, slots=True)
class Calendar:
    months: tuple[Month, ...]  # January first
    ambiguous_months: tuple[str, ...]
    weekdays: tuple[str, ...]
    date_prefixes: tuple[str, ...]
    publication_labels: tuple[str, ...]  # prefixes that name the publication date
    section_labels: tuple[str, ...]  # a site section's name may stand before a header date
    time_suffixes: tuple[str, ...]
    time_prefixes: tuple[str, ...]  # words between a date and its time of day ("at", "الساعة")
    hijri_months: tuple[str, ...]

    def month_names(self, lang: str) -> tuple[str, ...]:
        """The twelve month names the site writes in ``lang`` (``ar`` or ``en``)."""
        return tuple(month.ar if lang == "ar" else month.en for month in self.months)


def read_calendar(path: Path = MONTHS_FILE) -> Calendar:
    doc = load_yaml(path, _SCHEMA, display_name="generator/data/months.yml")
    data = doc.data
    by_number = {int(number): entry for number, entry in data["months"].items()}
    months = tuple(
        Month(
            number,
            entry["ar"],
            entry["en"],
            entry["en_short"],
            tuple(entry["arabic"]),
            tuple(entry["latin"]),
        )
        for number, entry in sorted(by_number.items())
    )
    return Calendar(
        months=months,
        ambiguous_months=tuple(data.get("ambiguous_months", ())),
        weekdays=tuple(data.get("weekdays", ())),
        date_prefixes=tuple(data.get("date_prefixes", ())),
        publication_labels=tuple(data.get("publication_labels", ())),
        section_labels=tuple(data.get("section_labels", ())),
        time_suffixes=tuple(data.get("time_suffixes", ())),
        time_prefixes=tuple(data.get("time_prefixes", ())),
        hijri_months=tuple(data.get("hijri_months", ())),
    )


@functools.cache
def calendar() -> Calendar:
    """The project's calendar table (read once)."""
    return read_calendar()
