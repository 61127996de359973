"""Corrections for every fact: every field of a kind, reasons required, "did you mean" for ids and
claimants, quotes matched without vowel marks (closest passage on a mismatch), evidence checks on
added facts, schema-shaped ids, aliases after merges and YAML slips in one plain sentence."""

from __future__ import annotations

import re

import pytest
from test_curate import ARTICLE, FACTS, curate, editorial_dir

from generator.curate import apply_editorial, load_editorial
from generator.curate.checks import find_quote, quote_carries
from generator.errors import ConfigError


def test_every_entry_needs_a_reason(tmp_path):
    with pytest.raises(ConfigError, match="needs 'reason:'") as caught:
        load_editorial(editorial_dir(tmp_path, "corrections:\n  - hide: q-open\n"))
    assert caught.value.line == 2


def test_correct_changes_any_field_of_an_event(tmp_path):
    facts, notes = curate(
        tmp_path,
        """\
        corrections:
          - correct: e-sign
            set:
              type: meeting
              title_en: Leaders meet in Pyongyang
              title_ar: لقاء الزعيمين في بيونغ يانغ
              actors: [vladimir-putin, kim-jong-un]
              place: pyongyang
              date: 2024-06
              date_precision: month
            reason: the article describes a meeting
        """,
    )
    event = next(e for e in facts.events if e.id == "e-sign")
    assert (event.type, event.title_en, event.place, event.date, event.date_precision) == (
        "meeting", "Leaders meet in Pyongyang", "pyongyang", "2024-06", "month",
    )  # fmt: skip
    assert event.actors == ("vladimir-putin", "kim-jong-un")
    assert "corrected e-sign" in notes[0].message


def test_correct_measure_and_relay_of_a_troop_figure(tmp_path):
    facts, _ = curate(
        tmp_path,
        """\
        corrections:
          - correct: t-3000
            set: {measure: casualties, via: yonhap, previous: true}
            reason: the figure counts casualties, relayed by Yonhap
        """,
    )
    estimate = facts.troop_estimates[0]
    assert estimate.measure == "casualties" and estimate.previous is True
    assert estimate.via is not None and estimate.via.id == "yonhap"


def test_a_misspelt_claimant_id_fails_with_a_suggestion(tmp_path):
    with pytest.raises(ConfigError) as caught:
        curate(
            tmp_path,
            """\
            corrections:
              - correct: t-3000
                set: {claimant: nis}
                reason: typo test
            """,
        )
    assert "did you mean 'south-korea-nis'" in str(caught.value) and caught.value.line == 3


def test_a_misspelt_event_type_is_rejected_with_the_valid_ones(tmp_path):
    with pytest.raises(ConfigError, match="signing"):
        curate(
            tmp_path,
            """\
            corrections:
              - correct: e-sign
                set: {type: signin}
                reason: typo test
            """,
        )


def test_quotes_match_without_vowel_marks_and_tatweel() -> None:
    text = "وقّع الزعيمان المعاهدة في بيونغ يانغ."
    assert find_quote(text, "وقع الزعيمـان المعاهدة") == (0, len("وقّع الزعيمان المعاهدة"))
    assert find_quote("وقع الزعيمان", "وَقَّعَ الزعيمان") == (0, len("وقع الزعيمان"))
    assert find_quote(text, "وقع الرئيسان المعاهدة") is None


def test_a_quote_not_in_the_source_shows_the_closest_passage(tmp_path):
    with pytest.raises(ConfigError) as caught:
        curate(
            tmp_path,
            """\
            corrections:
              - add: quote
                source: 001_article
                quote: قال الوزير إن المعاهدة مغلقة
                fields: {speaker: رودينكو}
                reason: test
            """,
        )
    message = str(caught.value)
    assert "closest passage" in message and "قال الوزير إن المعاهدة" in message and "'مغلقة'" in message


def test_an_added_figure_must_be_in_its_quote_and_the_quote_a_clause(tmp_path):
    entry = """\
        corrections:
          - add: troop_estimate
            source: 001_article
            quote: {quote}
            fields: {{claimant: pentagon, value: {value}}}
            reason: test
        """
    with pytest.raises(ConfigError, match="must contain the figure"):
        curate(tmp_path / "a", entry.format(quote="عدد الجنود بنحو 3000 جندي", value=4000))
    with pytest.raises(ConfigError, match="at least a clause"):
        curate(tmp_path / "b", entry.format(quote="3000", value=3000))
    facts, _ = curate(tmp_path / "c", entry.format(quote="عدد الجنود بنحو 3000 جندي", value=3000))
    added = [e for e in facts.troop_estimates if e.id != "t-3000"]
    assert re.fullmatch(r"t-[0-9a-f]{12}", added[0].id)  # the pattern of facts.schema.json
    assert quote_carries("نحو 12 ألف جندي", values=[12000])


def test_a_merged_id_still_reaches_its_fact(tmp_path):
    facts, notes = curate(
        tmp_path,
        """\
        corrections:
          - merge: [e-sign, e-sign-dup]
            reason: one signing
          - correct: e-sign-dup
            set: {title_en: The treaty is signed}
            reason: a clearer title
        """,
    )
    assert [e.title_en for e in facts.events] == ["The treaty is signed"]
    assert not [n for n in notes if n.level == "warning"]


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("corrections:\n  - hide: q-open\n    reason: broken: here\n", "double quotes"),
        ("corrections:\n  - hide: q-open\n   reason: x\n", "indented"),
        ('corrections:\n  - hide: q-open\n    reason: "never closed\n', "not closed"),
    ],
)
def test_yaml_slips_are_one_plain_sentence_with_line_and_fix(tmp_path, text, fix):
    with pytest.raises(ConfigError) as caught:
        load_editorial(editorial_dir(tmp_path, text))
    message = str(caught.value)
    assert "corrections.yml:" in message and "cannot be read" in message and fix in message
    assert message.count("\n") == 0 and caught.value.line is not None
    assert FACTS  # the fixture module stays importable for the other tests


def test_shipped_corrections_all_give_reasons():
    from pathlib import Path

    corrections = load_editorial(Path(__file__).resolve().parents[1] / "docs" / "editorial").corrections
    assert all((c.reason or "").strip() for c in corrections)
    assert ARTICLE


def test_a_correction_survives_a_new_source_that_merges_its_event(tmp_path):
    """An editor hid an event when one article reported it; a second article reporting the same
    event merges with it and changes its id, and the correction still applies (through aliases)."""
    from datetime import date

    from generator.evaluate.corpus import make_source
    from generator.extract import extract_facts

    first = make_source("a", "ووقع بوتين وكيم المعاهدة في بيونغ يانغ في 19 يونيو 2024.", date(2024, 6, 20))
    second = make_source("b", "وقعت موسكو وبيونغ يانغ على المعاهدة في يونيو الماضي.", date(2024, 11, 18))
    (signing,) = [e for e in extract_facts([first]).events if e.type == "signing"]
    grown = extract_facts([first, second])
    merged = [e for e in grown.events if e.type == "signing"]
    assert len(merged) == 1 and len(merged[0].sources) == 2
    assert signing.id in merged[0].aliases or signing.id == merged[0].id
    folder = editorial_dir(tmp_path, f"corrections:\n  - hide: {signing.id}\n    reason: an editor's call\n")
    corrected, notes = apply_editorial(grown, load_editorial(folder))
    assert [e for e in corrected.events if e.type == "signing"] == []
    assert not [n for n in notes if n.level == "warning"]
