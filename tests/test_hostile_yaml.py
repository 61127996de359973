"""Hostile YAML (issue 8, item 3 and the YAML half of items 6 and 10): every file the build reads
(sidecars, editorial files, data) is refused with a clear ConfigError naming file and line when
it is too large, an alias bomb, too deeply nested, of an exotic type, or hides bidi controls."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from hostile_project import fixture_path

from generator.errors import ConfigError
from generator.ingest import ingest_sources
from generator.yamlfile import MAX_YAML_BYTES, Any_, DictOf, IsoDate, Record, Str, load_yaml, load_yaml_text

SIDECAR = Record({"title": Str(), "published": IsoDate()})


def _refused(path: Path, schema: object = None) -> ConfigError:
    started = time.perf_counter()
    with pytest.raises(ConfigError) as raised:
        load_yaml(path, schema)  # type: ignore[arg-type]
    assert time.perf_counter() - started < 2, "refusing a hostile file must be immediate"
    return raised.value


def test_alias_bomb(tmp_path: Path) -> None:
    error = _refused(fixture_path("alias_bomb.yml"), DictOf(Any_()))
    assert "aliases" in str(error) and error.line is not None


def test_alias_bomb_corrections(tmp_path: Path) -> None:
    """The 'any value' fields of corrections.yml (set.speaker) were expanded by str(): 3.6 GB."""
    error = _refused(fixture_path("alias_bomb_corrections.yml"))
    assert "aliases" in str(error) and "alias_bomb_corrections.yml:" in str(error)


def test_alias_expansion_under_the_alias_count_limit() -> None:
    levels = ["a: &a0 [x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 8)}]" for n in range(1, 7)]  # 48 aliases, 8^6
    levels[0] = levels[0].replace("a: &a0", "a0: &a0")
    with pytest.raises(ConfigError, match="expand to more than"):
        load_yaml_text("\n".join(levels) + "\n", "bomb.yml", DictOf(Any_()))


def test_deep_nesting_600(tmp_path: Path) -> None:
    error = _refused(fixture_path("deep_nesting_600.yml"), DictOf(Any_()))
    assert "nested more than" in str(error) and error.line == 1


def test_oversized_sidecar_40_mb(tmp_path: Path) -> None:
    big = tmp_path / "big.meta.yml"
    with big.open("wb") as handle:
        handle.write(b"title: x\n")
        handle.truncate(40_000_000)
    error = _refused(big, SIDECAR)
    assert "too large" in str(error) and str(MAX_YAML_BYTES) in str(error)


@pytest.mark.parametrize("tag", ["!!set {a, b}", "!!binary aGVsbG8=", "!!omap [a: 1]", "!!python/name:os.x"])
def test_exotic_yaml_types(tag: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_yaml_text(f"title: {tag}\n", "x.yml", DictOf(Any_()))
    assert raised.value.line == 1


def test_timestamp_in_any_value_is_refused() -> None:
    with pytest.raises(ConfigError, match="timestamp"):
        load_yaml_text("date: 2024-01-01T10:00:00Z\n", "x.yml", DictOf(Any_()))


@pytest.mark.parametrize(
    "fixture", ["sidecar_timestamp.meta.yml", "sidecar_year_0001.meta.yml", "sidecar_year_9999.meta.yml"]
)
def test_sidecar_dates_are_plausible_calendar_dates(tmp_path: Path, fixture: str) -> None:
    """A timestamp made a TypeError (and dropped the article's facts); year 1 / 9999 OverflowError."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "article.txt").write_text("موسكو\n\nقال بيسكوف إن الكرملين لا يعلق.\n", encoding="utf-8")
    (seeds / "article.meta.yml").write_bytes(fixture_path(fixture).read_bytes())
    result = ingest_sources(seeds)
    (source,) = result.sources
    assert source.meta.published is None  # the bad sidecar is ignored, the source still builds
    errors = [d for d in result.diagnostics if d.level == "error"]
    assert len(errors) == 1 and errors[0].file == "seeds/article.meta.yml" and errors[0].line == 1
    assert "published" in errors[0].message and "YYYY-MM-DD" in errors[0].message


def test_valid_sidecar_date_still_reads() -> None:
    document = load_yaml_text("title: x\npublished: 2024-10-24\n", "x.yml", SIDECAR)
    assert document.data["published"] == date(2024, 10, 24)


def test_yaml_bidi_override() -> None:
    with pytest.raises(ConfigError, match="U\\+202E") as raised:
        load_yaml(fixture_path("yaml_bidi_override.yml"), SIDECAR)
    assert raised.value.line == 1


def test_yaml_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "corrections.yml"
    link.symlink_to("/etc/passwd")
    with pytest.raises(ConfigError, match="symbolic link"):
        load_yaml(link)


def test_real_data_and_editorial_files_pass_the_limits() -> None:
    root = Path(__file__).resolve().parents[1]
    files = [*(root / "generator" / "data").glob("*.yml"), *(root / "docs" / "editorial").glob("*.yml")]
    for path in sorted(files):
        assert load_yaml(path).data is not None, path
