"""Property tests: the extractor never raises on any text, and every span it returns is exact."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.evaluate.corpus import make_source
from generator.extract import extract_facts, extract_source

# Arabic-heavy text with the punctuation, quotes, digits and marks the rules look at.
ARABIC_PIECES = st.sampled_from([
    "قال", "وقال", "وأضاف", "إن", "أن", ":", "«", "»", "“", "”", '"', "،", ".", "\n", " ", "بوتين", "كيم",
    "جندي", "ألف", "آلاف", "حوالي", "3000", "١٢", "كوريا الشمالية", "المادة الرابعة", "المعاهدة", "وقع",
    "يونيو", "حزيران", "19", "2024", "الأربعاء", "أمس", "ـ", "\u064e", "\u0651", "\u00a0", "(", ")", "الذي",
])  # fmt: skip
ARABIC_TEXT = st.lists(ARABIC_PIECES, max_size=60).map("".join)
ANY_TEXT = st.text(max_size=300)


def check_spans(text: str, published: date | None) -> None:
    facts = extract_source(make_source("p", text, published))
    for fact in (*facts.quotes, *facts.troop_estimates, *facts.events, *facts.treaty_provisions):
        for prov in fact.sources:
            assert 0 <= prov.start < prov.end <= len(text)
            assert text[prov.start : prov.end] == prov.sentence


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))))
def test_never_raises_on_any_unicode(text: str, published: date | None) -> None:
    check_spans(text, published)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARABIC_TEXT, st.one_of(st.none(), st.just(date(2024, 6, 20))))
def test_spans_are_exact_on_arabic_like_text(text: str, published: date | None) -> None:
    check_spans(text, published)


@settings(max_examples=30, deadline=None)
@given(st.lists(ARABIC_TEXT, min_size=1, max_size=3))
def test_whole_stage_reports_no_failure(texts: list[str]) -> None:
    sources = [make_source(f"s{i}", text, date(2024, 6, 20)) for i, text in enumerate(texts)]
    assert extract_facts(sources).diagnostics == ()
