"""Language-dependent formatting: dates at their known precision, numbers, plural forms.

Arabic pages use the Egyptian/MSA month names (يناير … ديسمبر), which every Arabic reader
knows; English pages use English month names (both from generator/data/months.yml). Digits are
Western Arabic in both languages, as in the sources themselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.arabic.calendar import calendar

MONTHS = {lang: calendar().month_names(lang) for lang in ("ar", "en")}  # generator/data/months.yml
RANGE_DASH = "–"
_ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def iso_parts(iso: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a possibly partial ISO date, or None when it is not one."""
    if not iso:
        return None
    match = _ISO_RE.match(iso.strip())
    if not match:
        return None
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def format_date(iso: str | None, lang: str, precision: str | None = None) -> str | None:
    """``iso`` written for readers of ``lang`` at ``precision`` (default: what the ISO holds).

    "2024-06-19" -> "19 June 2024" / "19 يونيو 2024"; "2024-10" -> "October 2024" / "أكتوبر 2024".
    A text that is not an ISO date is returned unchanged.
    """
    parts = iso_parts(iso)
    if parts is None:
        return iso
    year, month, day = parts
    if precision == "year" or month is None:
        return str(year)
    month_name = MONTHS[lang][month - 1]
    if precision == "month" or day is None:
        return f"{month_name} {year}"
    return f"{day} {month_name} {year}"


def format_date_range(
    start: str | None, end: str | None, lang: str, precision: str | None = None
) -> str | None:
    """A date or a span: "19–20 June 2024", "October – November 2024", "2023 – 2024"."""
    start_parts, end_parts = iso_parts(start), iso_parts(end)
    if start_parts is None or end_parts is None or start == end:
        single = None if precision == "range" else precision
        return format_date(start, lang, single)
    (y1, m1, d1), (y2, m2, d2) = start_parts, end_parts
    if y1 == y2 and m1 == m2 and m1 is not None and d1 and d2:
        return f"{d1}{RANGE_DASH}{d2} {MONTHS[lang][m1 - 1]} {y1}"
    return f"{format_date(start, lang)} {RANGE_DASH} {format_date(end, lang)}"


def format_number(value: int, lang: str) -> str:
    """Digits grouped by thousands: 12,000 (English) / 12٬000 (Arabic thousands separator)."""
    grouped = f"{value:,}"
    return grouped.replace(",", "٬") if lang == "ar" else grouped


def plural_category(lang: str, n: int) -> str:
    """CLDR plural category of ``n`` for ``lang`` (Arabic: zero/one/two/few/many/other)."""
    if lang == "ar":
        if n == 0:
            return "zero"
        if n == 1:
            return "one"
        if n == 2:
            return "two"
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    return "one" if n == 1 else "other"


def pluralize(forms: str | Mapping[str, str], lang: str, n: int, **values: object) -> str:
    """Pick the plural form of ``forms`` for ``n`` and fill ``{n}`` and other named fields.

    ``forms`` is a single template or a mapping of CLDR categories to templates; a missing
    category falls back to ``other``.
    """
    template = forms if isinstance(forms, str) else forms.get(plural_category(lang, n)) or forms["other"]
    return template.format(n=format_number(n, lang) if n >= 1000 else n, **values)


def sort_key_for_iso(iso: str | None) -> tuple[int, str]:
    """Sort key that puts dated items in date order (partial dates first) and undated last."""
    return (0, iso) if iso and iso_parts(iso) else (1, "")
