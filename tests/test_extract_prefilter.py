"""The regex prefilter must never change an answer: it may only skip texts that cannot match."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract import prefilter
from generator.extract.prefilter import (
    LiteralIndex,
    PrefilteredPattern,
    gate_literals,
    gate_misses,
    literal_alternation,
    literal_gate,
    misses,
)

ROOT = Path(__file__).resolve().parents[1]

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


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=12),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=40),
)
def test_matches_tried_only_near_the_literals_are_the_regex_matches(
    parts: list[str], pos: int, span: int
) -> None:
    text = "".join(parts)
    for source in PATTERNS:
        plain = re.compile(source)
        fast = PrefilteredPattern(plain)
        present = LiteralIndex(fast.literals or ()).present(text)
        assert [m.span() for m in fast.finditer_among(text, present)] == [
            m.span() for m in plain.finditer(text)
        ]
        found, expected = fast.search_among(text, present), plain.search(text)
        assert (found and found.span()) == (expected and expected.span())
        found, expected = fast.search(text, pos, pos + span), plain.search(text, pos, pos + span)
        assert (found and found.span()) == (expected and expected.span())


def test_literal_lead_is_the_widest_optional_opening() -> None:
    assert prefilter.literal_lead(re.compile(PATTERNS[0])) == 1  # (?<!\w), then و or ف
    assert prefilter.literal_lead(re.compile(PATTERNS[1])) == 2  # ال
    assert prefilter.literal_lead(re.compile(r"\s*قال")) is None  # unbounded
    assert prefilter.literal_lead(re.compile(r"\d+")) is None  # no literal


def test_prefilter_skips_texts_without_the_required_words() -> None:
    fast = PrefilteredPattern(re.compile(PATTERNS[0]))
    assert fast.literals, "a speech-verb alternation has required literals"
    assert fast.search("لا شيء هنا") is None
    assert fast.search("وقالت الوزيرة") is not None


_EXTRACT_SEEDS = """
import sys
{block}
from pathlib import Path
from generator.extract import extract_facts
from generator.extract import prefilter
from generator.extract.serialize import facts_to_json
from generator.ingest import ingest_sources
print(prefilter.PARSER_WORKS)
print(facts_to_json(extract_facts(ingest_sources(Path("seeds")).sources)))
"""


def _extract_seeds(block: str) -> list[str]:
    code = _EXTRACT_SEEDS.format(block=block)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.split("\n", 1)


def test_extraction_is_the_same_without_the_private_regex_parser() -> None:
    """``re._parser`` is private and moves between Python versions: without it (or when it
    changes shape) the prefilter names no literals and extraction gives the same facts."""
    works, facts = _extract_seeds("")
    missing, facts_without = _extract_seeds("sys.modules['re._parser'] = None")
    assert (works.strip(), missing.strip()) == ("True", "False")
    assert len(facts) > 10_000 and facts_without == facts


def test_a_parser_of_another_shape_turns_the_prefilter_off(monkeypatch: pytest.MonkeyPatch) -> None:
    class Changed:
        @staticmethod
        def parse(pattern: str, flags: int) -> list[tuple[str, int]]:
            return [("LITERAL", 1)]

    monkeypatch.setattr(prefilter, "_parser", Changed)
    assert prefilter._self_check() is False
    monkeypatch.setattr(prefilter, "PARSER_WORKS", False)
    fast = PrefilteredPattern(re.compile(PATTERNS[0]))
    assert fast.literals is None
    assert fast.search("وقالت الوزيرة") is not None


def test_literal_alternation_finds_exactly_the_texts_holding_a_literal() -> None:
    literals = ["قال", "قالت", "اكد", "ب", "تصريح"]
    gate = literal_alternation(literals)
    for text in ("وقالت الوزارة", "تصريحات", "أكد", "كتب", "وصل الوفد", "", "اكدت"):
        assert (gate.search(text) is not None) == any(lit in text for lit in literals), text


@settings(max_examples=300, deadline=None)
@given(
    literals=st.lists(st.text(alphabet="ابت ", min_size=1, max_size=4), min_size=1, max_size=8),
    text=st.text(alphabet="ابتث ", max_size=40),
)
def test_literal_index_finds_exactly_the_literals_a_text_holds(literals: list[str], text: str) -> None:
    index = LiteralIndex(literal for literal in literals)  # a generator: read only once
    assert index.present(text) == {literal for literal in literals if literal in text}


def test_literal_index_gates_agree_with_the_literal_gate() -> None:
    patterns = tuple(PrefilteredPattern(re.compile(p)) for p in PATTERNS)
    literals = gate_literals(patterns)
    gate = literal_gate(patterns)
    index = LiteralIndex(literals or ())
    for text in ("وقالت الوزارة", "وأضاف", "كتب الوزير", ""):
        assert misses(literals, index.present(text)) == gate_misses(gate, text), text
