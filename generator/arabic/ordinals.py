"""Arabic ordinal day words ("الرابع من ديسمبر", "الحادي والعشرين من مارس"), folded like the
text they are matched against (hamza/alef forms unified)."""

from __future__ import annotations

_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_COMPOUND_UNITS = ["الحادي", *_UNITS[1:]]


def _ordinal_days() -> dict[str, int]:
    days = {name: day for day, name in enumerate(_UNITS, 1)}
    days |= {"العاشر": 10, "العشرين": 20, "الثلاثين": 30, "الحادي والثلاثين": 31}
    days |= {f"{name} عشر": day + 10 for day, name in enumerate(_COMPOUND_UNITS, 1)}
    days |= {f"{name} والعشرين": day + 20 for day, name in enumerate(_COMPOUND_UNITS, 1)}
    return days


ORDINAL_DAYS: dict[str, int] = _ordinal_days()
