"""Rebuilds do work in proportion to change: nothing changed -> MkDocs is skipped; a source added
or removed -> MkDocs' dirty build updates the previous site in place, and the result is
byte-identical to a full build from scratch (search index included)."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest
from hostile_project import copy_project, run_generator

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _differences(left: Path, right: Path) -> list[str]:
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name}" for name in cmp.left_only + cmp.right_only + cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return found


@pytest.mark.slow  # a whole extra build: CI (--run-slow) runs it, the quick default run does not
def test_rebuilds_skip_or_update_and_match_a_full_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", with_seeds=False)
    seeds = sorted(SEEDS.glob("*.txt"))
    for seed in seeds[:4]:
        shutil.copy2(seed, project / "seeds" / seed.name)
    first = run_generator(project, "build")
    assert first.returncode == 0, first.stderr[-2000:]
    again = run_generator(project, "build")
    assert "nothing changed since the last build" in again.stderr
    (project / "seeds" / seeds[0].name).unlink()
    shutil.copy2(seeds[4], project / "seeds" / seeds[4].name)
    updated = run_generator(project, "build")
    assert updated.returncode == 0, updated.stderr[-2000:]
    assert "pages whose Markdown changed are rebuilt" in updated.stderr
    fresh = copy_project(tmp_path / "fresh", with_seeds=False)
    for seed in (project / "seeds").iterdir():
        shutil.copy2(seed, fresh / "seeds" / seed.name)
    full = run_generator(fresh, "build")
    assert full.returncode == 0 and "rebuilt" not in full.stderr
    assert _differences(project / "site", fresh / "site") == []


@pytest.mark.slow  # a whole extra build: CI (--run-slow) runs it, the quick default run does not
def test_strict_builds_are_always_full(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    assert run_generator(project, "build").returncode == 0
    (project / "seeds" / sorted((project / "seeds").glob("*.txt"))[0].name).unlink()
    strict = run_generator(project, "build", "--strict")
    assert "rebuilt" not in strict.stderr
