"""Generated files never clobber an author's file; unchanged files are not rewritten."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from render_fixtures import build_editorial, build_facts, docs_with_editorial

from generator.errors import OverwriteRefused
from generator.render import render_pages
from generator.render.writer import GENERATED_MARKER, is_generated, remove_stale_pages, write_generated

PAGE = f"---\n# {GENERATED_MARKER}\ntitle: x\n---\n\n# x\n"


def test_refuses_to_overwrite_a_hand_written_file(tmp_path: Path) -> None:
    target = tmp_path / "page.md"
    target.write_bytes(b"# My notes\r\n\xef\xbb\xbf")
    with pytest.raises(OverwriteRefused, match=r"page\.md"):
        write_generated(target, PAGE)
    assert target.read_bytes() == b"# My notes\r\n\xef\xbb\xbf"


def test_overwrites_its_own_files_in_both_marker_forms(tmp_path: Path) -> None:
    for old in (f"{GENERATED_MARKER}\n\n# old\n", PAGE.replace("# x\n", "# old\n")):
        target = tmp_path / "page.md"
        target.write_text(old, encoding="utf-8")
        assert write_generated(target, PAGE) is True
        assert target.read_text(encoding="utf-8") == PAGE


def test_unchanged_content_is_not_rewritten(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "page.md"
    assert write_generated(target, PAGE) is True
    os.utime(target, (1_000_000, 1_000_000))
    assert write_generated(target, PAGE) is False
    assert target.stat().st_mtime == 1_000_000


def test_content_without_marker_is_a_bug(tmp_path: Path) -> None:
    with pytest.raises(OverwriteRefused):
        write_generated(tmp_path / "page.md", "# no marker\n")
    assert not (tmp_path / "page.md").exists()


def test_marker_must_start_the_file() -> None:
    assert is_generated(PAGE)
    assert not is_generated(f"# Notes\n{GENERATED_MARKER}\n")
    assert not is_generated("")


def test_stale_generated_pages_are_removed_but_hand_written_ones_kept(tmp_path: Path) -> None:
    stale, mine, kept = tmp_path / "old.md", tmp_path / "mine.md", tmp_path / "kept.md"
    stale.write_text(PAGE, encoding="utf-8")
    kept.write_text(PAGE, encoding="utf-8")
    mine.write_text("# mine\n", encoding="utf-8")
    assert remove_stale_pages(tmp_path, {kept.resolve()}) == [stale]
    assert mine.exists() and kept.exists()


def test_render_refuses_before_writing_anything(tmp_path: Path) -> None:
    docs = docs_with_editorial(tmp_path)
    squatter = docs / "explainer" / "statements.en.md"
    squatter.parent.mkdir(parents=True)
    squatter.write_text("# my own statements page\n", encoding="utf-8")
    with pytest.raises(OverwriteRefused, match=r"statements\.en\.md"):
        render_pages(build_facts(), build_editorial(), docs)
    assert squatter.read_text(encoding="utf-8") == "# my own statements page\n"
    assert sorted(p.name for p in (docs / "explainer").rglob("*") if p.is_file()) == ["statements.en.md"]
