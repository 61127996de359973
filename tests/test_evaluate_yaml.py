"""Gold files and the pinned floors are read by the shared YAML loader: a slip names the file,
the line, the key and what would be valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ConfigError
from generator.evaluate.gold import read_gold_file
from generator.evaluate.score import load_floors


def test_a_misspelt_gold_field_names_file_line_key_and_a_suggestion(tmp_path: Path) -> None:
    gold = tmp_path / "x.yml"
    gold.write_text("source: x\nquotes:\n  - at: قال\n    speakr: بوتين\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        read_gold_file(gold)
    message = str(error.value)
    assert "x.yml:4" in message and "speakr" in message and "did you mean 'speaker'" in message


def test_a_floor_for_an_unknown_metric_or_out_of_range_is_an_error(tmp_path: Path) -> None:
    floors = tmp_path / "floors.yml"
    floors.write_text("real:\n  quotes:\n    precison: 0.8\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"floors.yml:3.*precison.*one of: precision"):
        load_floors(floors)
    floors.write_text("real:\n  quotes:\n    precision: 8\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"floors.yml:3"):
        load_floors(floors)


def test_a_quote_kind_given_as_a_list_accepts_any_of_its_kinds(tmp_path: Path) -> None:
    from generator.evaluate.score import run

    sources = tmp_path / "sources"
    sources.mkdir()
    sentence = "وقال الرئيس الروسي فلاديمير بوتين إن التعاون العسكري مع بيونغ يانغ سيتواصل في العام المقبل."
    (sources / "a.txt").write_text("date 2024-06-20\n" + sentence + "\n", encoding="utf-8")
    (tmp_path / "a.yml").write_text(
        'source: a\nquotes:\n  - at: "وقال الرئيس الروسي"\n    speaker: [فلاديمير بوتين]\n'
        '    kind: [direct, indirect]\n    words: "التعاون العسكري مع بيونغ يانغ سيتواصل في العام المقبل"\n',
        encoding="utf-8",
    )
    quotes = run(tmp_path, sources)["quotes"]
    assert (quotes.tp, quotes.fp, quotes.fn) == (1, 0, 0)
    assert (quotes.checks["kind:ok"], quotes.checks["kind:total"]) == (1, 1)  # indirect is one of the list
