"""Numbers in digits, words and mixtures, with ranges and original spans."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.arabic.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7),
        ("١٢", 12),
        ("1,500", 1500),
        ("1.500", 1500),
        ("١٬٥٠٠", 1500),
        ("25,000", 25000),
        ("12،000", 12000),
        ("1،500،000", 1_500_000),
        ("ثلاثة", 3),
        ("تسع", 9),
        ("عشرة", 10),
        ("أحد عشر", 11),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("اثني عشر", 12),
        ("سبعة عشر", 17),
        ("عشرون", 20),
        ("ستين", 60),
        ("ثلاثة وأربعون", 43),
        ("مئة", 100),
        ("مائة", 100),
        ("مئتان", 200),
        ("مائتين", 200),
        ("خمسمائة", 500),
        ("تسعمئة", 900),
        ("ألف", 1000),
        ("الف", 1000),
        ("ألفان", 2000),
        ("ألفين", 2000),
        ("أربعة آلاف", 4000),
        ("اربعة الاف", 4000),
        ("ستة آلاف", 6000),
        ("عشرة آلاف", 10000),
        ("ثلاثة عشر ألفا", 13000),
        ("ستة عشر ألف", 16000),
        ("ألف وثلاثمائة", 1300),
        ("خمسة وثلاثون ألفا", 35000),
        ("مليون", 1_000_000),
        ("مليونان", 2_000_000),
        ("ثلاثة ملايين", 3_000_000),
        ("2 مليار", 2_000_000_000),
        ("9 آلاف", 9000),
        ("14 ألفا", 14000),
        ("٧ آلاف", 7000),
        ("2.5 مليون", 2_500_000),
        ("وخمسة آلاف", 5000),
        ("11 ألفًا و500", 11500),  # a remainder in digits after a scale word
        ("ألفين و300", 2300),
        ("مليون و200 ألف", 1_200_000),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_parse_number_rejects_non_numbers_and_extra_text() -> None:
    assert parse_number("مرحبا") is None
    assert parse_number("2.75") is None
    assert parse_number("خمسة جنود") is None
    assert parse_number("") is None


def test_find_numbers_reports_original_spans() -> None:
    text = "أرسلت الدولة نحو ثمانية آلاف جندي و٢٠٠ ضابط"
    found = find_numbers(text)
    assert [(text[m.start : m.end], m.value) for m in found] == [("ثمانية آلاف", 8000), ("٢٠٠", 200)]


def test_an_arabic_comma_followed_by_a_space_separates_a_list_not_thousands() -> None:
    text = "قتل 3، 200 جريح و12،000 جندي"
    assert [m.value for m in find_numbers(text)] == [3, 200, 12000]


def test_diacritics_and_tatweel_inside_number_words() -> None:
    text = "قرابة ثلاثـةِ آلافٍ"
    (match,) = find_numbers(text)
    assert match.value == 3000 and text[match.start : match.end] == "ثلاثـةِ آلافٍ"


@pytest.mark.parametrize(
    ("text", "low", "high", "shown"),
    [
        ("ما بين 6و9 آلاف مقاتل", 6000, 9000, "بين 6و9 آلاف"),
        ("قد يصل إلى 4 و7 آلاف", 4000, 7000, "4 و7 آلاف"),
        ("من 20 إلى 25 ألفا", 20000, 25000, "من 20 إلى 25 ألفا"),
        ("بين 3 و5 آلاف", 3000, 5000, "بين 3 و5 آلاف"),
        ("نحو 15-18 ألف", 15000, 18000, "15-18 ألف"),
        ("بين عشرة وخمسة عشر ألفا", 10000, 15000, "بين عشرة وخمسة عشر ألفا"),
        ("نشر 2 أو 3 آلاف", 2000, 3000, "2 أو 3 آلاف"),
        # both ends carry their scale: the words after the first one count the second
        ("ما يتراوح بين عشرة آلاف واثني عشر ألف جندي", 10000, 12000, "بين عشرة آلاف واثني عشر ألف"),
        ("ما بين 10 آلاف و12 ألف جندي", 10000, 12000, "بين 10 آلاف و12 ألف"),
    ],
)
def test_ranges_share_the_scale_of_the_second_number(text: str, low: int, high: int, shown: str) -> None:
    (match,) = find_numbers(text)
    assert match.is_range and match.value is None
    assert (match.low, match.high) == (low, high)
    assert text[match.start : match.end] == shown
    assert len(match.parts) == 2


def test_two_years_joined_by_wa_stay_separate() -> None:
    assert [m.value for m in find_numbers("إعلانا عامي 1999 و2003")] == [1999, 2003]


def test_a_remainder_without_a_scale_of_its_own_still_adds_up() -> None:
    assert [m.value for m in find_numbers("عشرة آلاف واثنا عشر جنديا")] == [10012]
    assert [m.value for m in find_numbers("عشرة آلاف و 2000 عامل")] == [10000, 2000]


def test_years_are_returned_raw() -> None:
    assert [m.value for m in find_numbers("منذ عام 1994")] == [1994]


def test_vague_words_are_not_numbers() -> None:
    assert find_numbers("أرسلت آلاف الجنود وعشرات الدبابات إلى أحد المواقع") == []


def test_separate_unrelated_number_words_are_not_added() -> None:
    assert [m.value for m in find_numbers("خمسة ستة")] == [5, 6]
    assert [m.value for m in find_numbers("عشرون وخمسة")] == [20, 5]


def test_decimal_value() -> None:
    (match,) = find_numbers("نمو بنسبة 4.2 بالمئة")
    assert match.value == pytest.approx(4.2)


@given(st.text())
def test_find_numbers_never_raises_and_spans_inside(text: str) -> None:
    for match in find_numbers(text):
        assert 0 <= match.start < match.end <= len(text)
        assert match.low <= match.high


@given(st.text(alphabet=st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩.,٬- وألفآلاثةعشرمينبل"))))
def test_find_numbers_never_raises_on_number_like_text(text: str) -> None:
    for match in find_numbers(text):
        assert 0 <= match.start < match.end <= len(text)
