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
