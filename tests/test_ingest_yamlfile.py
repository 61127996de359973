"""The shared YAML loader: typed validation with errors naming file, line, key and what is valid."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.errors import ConfigError
from generator.ingest.junk import load_junk_lexicon
from generator.yamlfile import (
    Bool,
    DictOf,
    Enum,
    Int,
    IsoDate,
    ListOf,
    Nullable,
    Record,
    Str,
    load_yaml,
    load_yaml_text,
)

CORRECTION = Record(
    {"quote": Str(), "field": Enum(("text", "date")), "value": Str(), "approved": Bool()},
    required=frozenset({"quote", "field"}),
)
EDITORIAL = Record(
    {
        "translations": DictOf(Str()),
        "corrections": ListOf(CORRECTION),
        "limit": Int(1, 10),
        "since": Nullable(IsoDate()),
    }
)

GOOD = """\
translations:
  q-putin-1: Putin said the treaty is defensive.
  q-kim-2: "Kim: 'strongest treaty'"
corrections:
  - quote: q-putin-1
    field: date
    value: "2024-06-19"
  - quote: q-kim-2
    field: text
    value: corrected
    approved: true
limit: 3
since: 2024-06-01
"""


def load(text: str):
    return load_yaml_text(text, "docs/editorial/test.yml", EDITORIAL)


def test_valid_document_gives_plain_data_and_lines():
    doc = load(GOOD)
    assert doc.data["translations"]["q-kim-2"] == "Kim: 'strongest treaty'"
    assert doc.data["corrections"][1] == {
        "quote": "q-kim-2",
        "field": "text",
        "value": "corrected",
        "approved": True,
    }
    assert doc.data["since"] == date(2024, 6, 1)
    assert doc.line("corrections", 1) == 8
    assert doc.line("corrections", 1, "approved") == 11
    assert doc.line("translations", "q-kim-2") == 3


def expect_error(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load(text)
    assert str(info.value).startswith("docs/editorial/test.yml:")
    return info.value


def test_unknown_nested_key_names_line_key_and_valid_keys():
    error = expect_error(GOOD.replace("    approved: true", "    aproved: true"))
    assert error.line == 11 and error.key == "aproved"
    assert "did you mean 'approved'" in str(error)
    assert "valid keys: quote, field, value, approved" in str(error)


def test_wrong_enum_value_lists_choices():
    error = expect_error(GOOD.replace("field: text", "field: txt"))
    assert error.line == 9 and "'txt'" in str(error) and "text, date" in str(error)


def test_missing_required_key():
    error = expect_error("corrections:\n  - value: x\n")
    assert error.line == 2 and "quote" in str(error) and "field" in str(error)


def test_int_bounds_and_type():
    assert "<= 10" in str(expect_error("limit: 11\n"))
    assert expect_error("limit: many\n").line == 1
    assert "whole number" in str(expect_error("limit: true\n"))


def test_wrong_container_types():
    assert "list" in str(expect_error("corrections:\n  quote: x\n"))
    assert "mapping" in str(expect_error("translations: [a, b]\n"))


def test_null_only_where_allowed():
    assert load("since: null\n").data == {"since": None}
    assert expect_error("limit: null\n").line == 1


def test_syntax_error_has_line():
    error = expect_error("translations:\n  a: b\n c: d\n")
    assert error.line == 3 and "invalid YAML" in str(error)


def test_unsafe_tags_are_rejected_not_executed():
    error = expect_error("translations:\n  a: !!python/object/apply:os.system ['true']\n")
    assert error.line == 2


def test_empty_file_is_none(tmp_path: Path):
    path = tmp_path / "empty.yml"
    path.write_text("# only a comment\n", encoding="utf-8")
    assert load_yaml(path, EDITORIAL, display_name="x/empty.yml").data is None


def test_file_errors_use_the_display_name(tmp_path: Path):
    path = tmp_path / "bad.yml"
    path.write_bytes(b"limit: 2\nbad: \xff\n")
    with pytest.raises(ConfigError) as info:
        load_yaml(path, EDITORIAL, display_name="docs/editorial/bad.yml")
    assert str(info.value).startswith("docs/editorial/bad.yml:2")


def test_junk_lexicon_with_bad_regex_names_file_and_line(tmp_path: Path):
    path = tmp_path / "junk.yml"
    path.write_text("rules:\n  - reason: broken\n    patterns:\n      - 'ok'\n      - '(unclosed'\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_junk_lexicon(path, display_name="generator/data/junk_patterns.yml")
    assert info.value.line == 5 and "(unclosed" in str(info.value)


def test_junk_lexicon_unknown_rule_key(tmp_path: Path):
    path = tmp_path / "junk.yml"
    path.write_text("rules:\n  - reason: x\n    patterns: [a]\n    where: end\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_junk_lexicon(path)
    assert info.value.line == 4 and "position" in str(info.value)
