"""Curate stage: translation memory and author corrections, from small hand-written YAML files."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.curate import apply_editorial, load_editorial, translation_coverage
from generator.errors import ConfigError
from generator.models import (
    EntityRef,
    Event,
    FactSet,
    OffsetMap,
    Provenance,
    Quote,
    Source,
    SourceMeta,
    TroopEstimate,
)

PROJECT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "وقع الزعيمان المعاهدة في بيونغ يانغ.\n"
    "قال الوزير إن المعاهدة مفتوحة ولا توجد فيها نقاط سرية. وأضاف أن التعاون سيتوسع.\n"
    "وقدرت الاستخبارات عدد الجنود بنحو 3000 جندي.\n"
)
MINISTER = EntityRef("ru_rudenko", "رودينكو", "Andrei Rudenko", True, "person")
NIS = EntityRef("kr_nis", "الاستخبارات الكورية الجنوبية", "South Korean intelligence", True, "institution")


def sentence(text: str, source_id: str = "001_article") -> Provenance:
    start = ARTICLE.index(text)
    return Provenance(source_id, start, start + len(text), text)


def source(source_id: str = "001_article", text: str = ARTICLE) -> Source:
    meta = SourceMeta("عنوان", None, None, None, None, "ar")
    return Source(
        source_id,
        f"seeds/{source_id}.txt",
        text,
        text,
        OffsetMap(((0, 0, len(text)),)),
        (),
        meta,
        "0" * 64,
        len(text.split()),
    )


OPEN_TREATY = sentence("قال الوزير إن المعاهدة مفتوحة ولا توجد فيها نقاط سرية.")
COOPERATION = sentence("وأضاف أن التعاون سيتوسع.")
TROOPS = sentence("وقدرت الاستخبارات عدد الجنود بنحو 3000 جندي.")
SIGNING = sentence("وقع الزعيمان المعاهدة في بيونغ يانغ.")
FACTS = FactSet(
    sources=(source(),),
    quotes=(
        Quote(
            "q-open", MINISTER, "indirect", "المعاهدة مفتوحة ولا توجد فيها نقاط سرية", None, (OPEN_TREATY,)
        ),
        Quote("q-coop", MINISTER, "indirect", "التعاون سيتوسع", None, (COOPERATION,)),
    ),
    troop_estimates=(
        TroopEstimate("t-3000", 3000, None, None, "about", NIS, "arrived", None, "2024-10", False, (TROOPS,)),
    ),
    events=(
        Event(
            "e-sign",
            "signing",
            "2024-06-19",
            "day",
            None,
            "توقيع المعاهدة",
            "Treaty signed",
            (),
            None,
            False,
            (SIGNING,),
        ),
        Event(
            "e-sign-dup",
            "signing",
            "2024-06-19",
            "day",
            None,
            "توقيع",
            "Signing",
            (),
            None,
            False,
            (sentence("وقع الزعيمان المعاهدة", "002_other"),),
        ),
    ),
    treaty_provisions=(),
)


def editorial_dir(tmp_path: Path, corrections: str = "corrections: []\n", translations: str = "{}\n") -> Path:
    folder = tmp_path / "editorial"
    folder.mkdir(parents=True)
    (folder / "corrections.yml").write_text(textwrap.dedent(corrections), encoding="utf-8")
    (folder / "translations.yml").write_text(textwrap.dedent(translations), encoding="utf-8")
    return folder


def curate(tmp_path: Path, corrections: str) -> tuple[FactSet, tuple]:
    return apply_editorial(FACTS, load_editorial(editorial_dir(tmp_path, corrections)))


def test_hide_removes_the_fact_and_reports_why(tmp_path):
    facts, notes = curate(
        tmp_path,
        """\
        corrections:
          - hide: q-coop
            reason: not a statement about the treaty
        """,
    )
    assert [q.id for q in facts.quotes] == ["q-open"]
    assert [q.id for q in FACTS.quotes] == ["q-open", "q-coop"]  # the input is untouched
    assert any("q-coop" in n.message and "not a statement" in n.message and n.line == 2 for n in notes)


def test_correct_changes_the_named_fields_only(tmp_path):
    facts, _ = curate(
        tmp_path,
        """\
        corrections:
          - correct: t-3000
            set:
              value: 3500
              qualifier: more_than
              as_of: 2024-10-23
              status: training
            reason: re-read the article
          - correct: q-open
            set:
              speaker: {name_ar: أندريه رودينكو, name_en: Andrei Rudenko}
              date: 2024-10
            reason: test
        """,
    )
    estimate = facts.troop_estimates[0]
    assert (estimate.value, estimate.qualifier, estimate.as_of, estimate.status) == (
        3500,
        "more_than",
        "2024-10-23",
        "training",
    )
    assert estimate.claimant == NIS and estimate.sources == (TROOPS,)
    quote = facts.quotes[0]
    assert (quote.speaker.name_ar, quote.speaker.name_en, quote.speaker.linked) == (
        "أندريه رودينكو",
        "Andrei Rudenko",
        False,
    )
    assert quote.date == "2024-10" and quote.text == FACTS.quotes[0].text


def test_correct_rejects_a_field_the_fact_does_not_have(tmp_path):
    with pytest.raises(ConfigError) as caught:
        curate(
            tmp_path,
            """\
            corrections:
              - correct: q-open
                set:
                  value: 5
                reason: test
            """,
        )
    assert "corrections.yml:4" in str(caught.value) and "value" in str(caught.value)


def test_merge_keeps_the_first_fact_with_every_source(tmp_path):
    facts, _ = curate(
        tmp_path,
        """\
        corrections:
          - merge: [e-sign, e-sign-dup]
            reason: one signing, two reports
        """,
    )
    assert [e.id for e in facts.events] == ["e-sign"]
    merged = facts.events[0]
    assert merged.title_en == "Treaty signed"
    assert {p.file for p in merged.sources} == {"001_article", "002_other"}


def test_add_with_source_citation_points_at_the_whole_sentence(tmp_path):
    facts, _ = curate(
        tmp_path,
        """\
        corrections:
          - add: troop_estimate
            id: t-added
            source: 001_article
            quote: بنحو 3000 جندي
            fields:
              claimant: {name_ar: البنتاغون, name_en: Pentagon}
              value: 3000
              qualifier: about
              as_of: 2024-10-28
            reason: test
        """,
    )
    added = next(e for e in facts.troop_estimates if e.id == "t-added")
    (provenance,) = added.sources
    assert provenance == TROOPS
    assert ARTICLE[provenance.start : provenance.end] == provenance.sentence
    assert (added.value, added.claimant.name_en, added.as_of) == (3000, "Pentagon", "2024-10-28")
    assert added.status == "other"


def test_add_with_url_citation(tmp_path):
    facts, _ = curate(
        tmp_path,
        """\
        corrections:
          - add: quote
            url: https://example.org/statement
            quote: We will publish the treaty.
            fields:
              speaker: {name_ar: رودينكو, name_en: Andrei Rudenko}
            reason: test
        """,
    )
    added = [q for q in facts.quotes if q.id not in {"q-open", "q-coop"}]
    assert len(added) == 1 and added[0].id.startswith("q-")
    cited = Provenance("https://example.org/statement", 0, 27, "We will publish the treaty.")
    assert added[0].sources == (cited,)


def test_add_without_citation_fails_naming_file_and_entry_line(tmp_path):
    with pytest.raises(ConfigError) as caught:
        curate(
            tmp_path,
            """\
            corrections:
              - hide: q-coop
                reason: test
              - add: event
                fields:
                  type: meeting
                  title_ar: لقاء
                  title_en: Meeting
                reason: test
            """,
        )
    error = caught.value
    assert error.file.endswith("corrections.yml") and error.line == 4
    assert "corrections.yml:4" in str(error) and "cite" in str(error)


def test_add_whose_quote_is_not_in_the_source_fails(tmp_path):
    with pytest.raises(ConfigError) as caught:
        curate(
            tmp_path,
            """\
            corrections:
              - add: quote
                source: 001_article
                quote: كلام لم يرد في المقال
                fields:
                  speaker: رودينكو
                reason: test
            """,
        )
    assert caught.value.line == 4 and "not in source '001_article'" in str(caught.value)


def test_add_citing_an_unknown_source_fails(tmp_path):
    with pytest.raises(ConfigError, match="unknown source '999_missing'"):
        curate(
            tmp_path,
            """\
            corrections:
              - add: quote
                source: 999_missing
                quote: وقع الزعيمان
                fields: {speaker: رودينكو}
                reason: test
            """,
        )


def test_unknown_fact_id_is_a_warning_naming_the_entry_with_a_suggestion(tmp_path):
    facts, notes = curate(
        tmp_path,
        """\
        corrections:
          - hide: q-open
            reason: test
          - correct: t-300
            set: {value: 1}
            reason: test
        """,
    )
    warning = next(n for n in notes if n.level == "warning")
    assert warning.line == 4 and "t-300" in warning.message and "did you mean 't-3000'" in warning.message
    assert "skipped" in warning.message
    assert facts.troop_estimates == FACTS.troop_estimates  # nothing else changed


def test_a_fact_hidden_earlier_is_a_warning_when_corrected_later(tmp_path):
    _, notes = curate(
        tmp_path,
        """\
        corrections:
          - hide: q-open
            reason: test
          - correct: q-open
            set: {date: 2024}
            reason: test
        """,
    )
    warning = next(n for n in notes if n.level == "warning")
    assert "q-open" in warning.message and "line 2" in warning.message


def test_entry_with_two_actions_or_a_misspelt_key_fails(tmp_path):
    with pytest.raises(ConfigError, match="exactly one"):
        load_editorial(editorial_dir(tmp_path, "corrections:\n  - hide: q-open\n    merge: [a, b]\n"))
    with pytest.raises(ConfigError, match="did you mean 'reason'"):
        load_editorial(editorial_dir(tmp_path / "b", "corrections:\n  - hide: q-open\n    reasn: typo\n"))


TRANSLATIONS = """\
    q-open:
      en: The treaty is open and has no secret points.
      ar: المعاهدة مفتوحة ولا توجد فيها نقاط سرية
    q-coop:
      en: ""
    q-gone:
      en: A statement that is no longer in any source.
    """


def test_translations_are_looked_up_by_quote_id(tmp_path):
    editorial = load_editorial(editorial_dir(tmp_path, translations=TRANSLATIONS))
    assert editorial.translations["q-open"] == "The treaty is open and has no secret points."
    assert "q-coop" not in editorial.translations  # an empty entry is a pending translation
    assert editorial.originals["q-open"].startswith("المعاهدة")


def test_stale_translations_are_warnings_with_their_line(tmp_path):
    editorial = load_editorial(editorial_dir(tmp_path, translations=TRANSLATIONS))
    _, diagnostics = apply_editorial(FACTS, editorial)
    warnings = [d for d in diagnostics if d.level == "warning"]
    assert len(warnings) == 1
    assert "q-gone" in warnings[0].message and warnings[0].line == 6
    assert warnings[0].file.endswith("translations.yml")


def test_translation_of_a_hidden_quote_becomes_stale(tmp_path):
    folder = editorial_dir(tmp_path, "corrections:\n  - hide: q-open\n    reason: test\n", TRANSLATIONS)
    _, diagnostics = apply_editorial(FACTS, load_editorial(folder))
    assert {d.message.split("'")[1] for d in diagnostics if d.level == "warning"} == {"q-open", "q-gone"}


def test_translation_coverage_counts_current_quotes(tmp_path):
    editorial = load_editorial(editorial_dir(tmp_path, translations=TRANSLATIONS))
    coverage = translation_coverage(FACTS, editorial)
    assert (coverage["ar"], coverage["en"]) == ((2, 2), (1, 2))


def test_missing_editorial_files_mean_no_changes(tmp_path):
    facts, diagnostics = apply_editorial(FACTS, load_editorial(tmp_path))
    assert facts == FACTS and diagnostics == ()


def test_curation_is_deterministic(tmp_path):
    merge = "corrections:\n  - merge: [e-sign, e-sign-dup]\n    reason: test\n"
    folder = editorial_dir(tmp_path, merge, TRANSLATIONS)
    assert apply_editorial(FACTS, load_editorial(folder)) == apply_editorial(FACTS, load_editorial(folder))


def test_shipped_editorial_files_are_valid():
    editorial = load_editorial(PROJECT / "docs" / "editorial")
    assert all(c.reason for c in editorial.corrections)  # every active correction says why


def test_translation_coverage_is_reported_for_every_kind_of_text(tmp_path):
    memory = "q-open:\n  en: Open.\n'name:مسؤول':\n  en: an official\n'source:gone':\n  en: no such source\n"
    editorial = load_editorial(editorial_dir(tmp_path, translations=memory))
    coverage = translation_coverage(FACTS, editorial)
    kinds = {"en events", "en names", "en outlets", "en provisions", "en roles", "en sources"}
    assert kinds <= set(coverage)
    assert all(done <= total for done, total in coverage.values())
    _, diagnostics = apply_editorial(FACTS, editorial)
    stale = {d.message.split("'")[1] for d in diagnostics if d.level == "warning"}
    assert "source:gone" in stale and "q-open" not in stale


def test_the_shipped_editorial_files_all_apply_to_the_seeds_facts():
    """Every translation and correction in docs/editorial still matches a fact read from seeds/
    (an extractor change that alters a fact's id would leave its English silently unused)."""
    from generator.extract import extract_facts
    from generator.ingest import ingest_sources

    root = Path(__file__).resolve().parents[1]
    facts = extract_facts(ingest_sources(root / "seeds").sources, workers=1)
    _, diagnostics = apply_editorial(facts, load_editorial(root / "docs" / "editorial"))
    assert [d.message for d in diagnostics if d.level in ("warning", "error")] == []
