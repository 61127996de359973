"""Arabic ordinal day words ("الرابع من ديسمبر", "الحادي والعشرين من مارس"), folded like the
text they are matched against (hamza/alef forms unified); the words are in
generator/data/numbers.yml (``ordinal_days``)."""

from __future__ import annotations

from generator.arabic.number_words import number_words


def _ordinal_days() -> dict[str, int]:
    words = number_words().ordinal_days
    compound = [words.compound_first, *words.units[1:]]
    days = {name: day for day, name in enumerate(words.units, 1)}
    days |= dict(words.whole)
    days |= {f"{name} {words.teen}": day + 10 for day, name in enumerate(compound, 1)}
    days |= {f"{name} {words.twenties}": day + 20 for day, name in enumerate(compound, 1)}
    return days


ORDINAL_DAYS: dict[str, int] = _ordinal_days()
