"""Normalisation folds spelling variants for matching and maps spans back to the original."""

from generator.arabic.normalize import (
    FILLER,
    match_key,
    normalize_for_matching,
    normalize_with_offsets,
)


def test_hamza_alef_forms_fold_to_bare_alef() -> None:
    assert normalize_for_matching("أإآٱ") == "اااا"


def test_alef_maqsura_ta_marbuta_and_hamza_seats_fold() -> None:
    assert normalize_for_matching("زيلينسكى مدينة مؤتمر رئيس") == "زيلينسكي مدينه موتمر رييس"


def test_persian_letters_fold_to_arabic() -> None:
    assert normalize_for_matching("کوریا الشمالیة") == "كوريا الشماليه"


def test_eastern_digits_and_separators_become_ascii() -> None:
    assert normalize_for_matching("١٬٥٠٠ و٣٫٥ و۱۲") == "1,500 و3.5 و12"


def test_latin_comma_of_arabic_prose_folds_to_arabic_comma_but_not_between_digits() -> None:
    text = "قال الوزير, إن 10,000 جندي ,وصلوا"
    assert normalize_for_matching(text) == "قال الوزير، ان 10,000 جندي ،وصلوا"
    assert normalize_with_offsets("قالَ الوزير, إن").text == "قال الوزير، ان"


def test_space_before_a_comma_is_deleted_and_offsets_still_map_back() -> None:
    text = "الزعيم الكوري ، تحدث بوتين"
    normalized = normalize_with_offsets(text)
    assert normalized.text == "الزعيم الكوري، تحدث بوتين"
    start = normalized.text.index("بوتين")
    assert text[slice(*normalized.span_to_original(start, start + 5))] == "بوتين"
    comma = normalized.text.index("،")
    assert text[normalized.to_original(comma)] == "،"


def test_length_preserving_form_replaces_marks_with_filler() -> None:
    text = "قالَ الـرئيسُ"
    folded = normalize_for_matching(text)
    assert len(folded) == len(text)
    assert folded == f"قال{FILLER} ال{FILLER}رييس{FILLER}"


def test_offsets_form_deletes_marks_and_maps_spans_back() -> None:
    text = "وصلَ الوزيـرُ إلى مُوسكو"
    norm = normalize_with_offsets(text)
    assert norm.text == "وصل الوزير الي موسكو"
    start = norm.text.index("الوزير")
    s, e = norm.span_to_original(start, start + len("الوزير"))
    assert text[s:e] == "الوزيـرُ"
    start = norm.text.index("موسكو")
    s, e = norm.span_to_original(start, start + len("موسكو"))
    assert text[s:e] == "مُوسكو"


def test_offsets_identity_when_nothing_removed() -> None:
    norm = normalize_with_offsets("سول وطوكيو")
    assert norm.span_to_original(4, 10) == (4, 10)
    assert norm.to_original(len(norm.text)) == len("سول وطوكيو")


def test_zero_width_marks_are_ignored_for_matching() -> None:
    assert normalize_with_offsets("بيونغ\u200c يانغ\u200f").text == "بيونغ يانغ"


def test_match_key_collapses_spaces_and_case() -> None:
    assert match_key("  إبريل   AFP ") == "ابريل afp"


def test_to_normalized_inverts_the_offset_map_at_every_original_offset() -> None:
    for text in ("أكّدَ الرئيسُ أنَّ", "قالت الوزارة", "ـــا", "ًٌٍَُ", "abc"):
        normalized = normalize_with_offsets(text)
        offsets = normalized.original_offsets()
        for original in range(len(text) + 1):
            expected = next(i for i, o in enumerate(offsets) if o >= original)
            assert normalized.to_normalized(original) == expected, (text, original)
