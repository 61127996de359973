"""The regex prefilter must never change an answer: it may only skip texts that cannot match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.prefilter import PrefilteredPattern

PATTERNS = [
    r"(?<!\w)(?:و|ف)?(?:قال|أضاف|أكد)(?:ت)?(?!\w)",
    r"(?<!\w)(?:ال)?(?:جندي|جنود|عسكري)(?!\w)",
    r"المادة\s+(?:الرابعة|4)",
    r"(?:ما\s+يصل\s+إلى|حوالي|نحو)\s*\d+",
    r"(?i)kursk",  # case-insensitive: must fall back to the plain pattern
    r"\d+",  # no required literal: plain pattern
]
PIECES = [
    "قال",
    "وأضاف",
    "جنود",
    "الجندي",
    "المادة الرابعة",
    "نحو 300",
    "Kursk",
    "KURSK",
    " ",
    "،",
    "12",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=12))
def test_prefiltered_pattern_answers_exactly_like_the_regex(parts: list[str]) -> None:
    text = "".join(parts)
    for source in PATTERNS:
        plain = re.compile(source)
        fast = PrefilteredPattern(plain)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert bool(fast.search(text)) == bool(plain.search(text))
        assert bool(fast.match(text)) == bool(plain.match(text))
        assert bool(fast.fullmatch(text)) == bool(plain.fullmatch(text))


def test_prefilter_skips_texts_without_the_required_words() -> None:
    fast = PrefilteredPattern(re.compile(PATTERNS[0]))
    assert fast.literals, "a speech-verb alternation has required literals"
    assert fast.search("لا شيء هنا") is None
    assert fast.search("وقالت الوزيرة") is not None
