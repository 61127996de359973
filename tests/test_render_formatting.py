"""Dates at their known precision and plural forms, in Arabic and English."""

from __future__ import annotations

from generator.render.formatting import format_date, format_date_range, plural_category, pluralize


def test_dates_use_the_precision_known_in_each_language() -> None:
    assert format_date("2024-06-19", "ar") == "19 يونيو 2024"
    assert format_date("2024-06-19", "en") == "19 June 2024"
    assert format_date("2024-10", "ar") == "أكتوبر 2024"
    assert format_date("2024-10", "en") == "October 2024"
    assert format_date("2024", "en") == "2024"
    assert format_date("2024-10-05", "en", "month") == "October 2024"


def test_date_ranges() -> None:
    assert format_date_range("2024-06-19", "2024-06-20", "en") == "19–20 June 2024"
    assert format_date_range("2024-10", "2024-11", "ar") == "أكتوبر 2024 – نوفمبر 2024"


def test_text_that_is_not_a_date_is_returned_unchanged() -> None:
    assert format_date("sometime", "en") == "sometime"
    assert format_date(None, "en") is None


def test_arabic_plural_categories() -> None:
    assert [plural_category("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 103)] == [
        "zero", "one", "two", "few", "few", "many", "many", "other", "few",
    ]  # fmt: skip
    forms = {"one": "مصدر واحد", "two": "مصدران", "few": "{n} مصادر", "other": "{n} مصدر"}
    assert pluralize(forms, "ar", 2) == "مصدران"
    assert pluralize(forms, "ar", 5) == "5 مصادر"
    assert pluralize(forms, "ar", 12) == "12 مصدر"  # no "many" form given: falls back to other
    assert pluralize({"one": "1 source", "other": "{n} sources"}, "en", 3) == "3 sources"
