"""Helpers for the hostile-input tests: fixture files and throwaway project copies."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
SEED = ROOT / "seeds" / "000_048e69a32a57888b.txt"
DATED_TEXT = "20 يونيو 2024\n\nقال بيسكوف إن الكرملين لا يعلق على التقارير عن الجنود.\n"


def fixture_path(name: str) -> Path:
    path = HOSTILE / name
    assert path.is_file(), f"missing fixture {path}"
    return path


def copy_project(destination: Path, *, with_seeds: bool = True) -> Path:
    """A project copy (config, docs without generated pages, generator, optionally the seeds)."""
    destination.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    ignore = shutil.ignore_patterns("explainer", "__pycache__")
    for name in ("docs", "generator"):
        shutil.copytree(ROOT / name, destination / name, ignore=ignore)
    if with_seeds:
        shutil.copytree(ROOT / "seeds", destination / "seeds")
    else:
        (destination / "seeds").mkdir()
    (destination / "node_modules").symlink_to(ROOT / "node_modules")
    return destination


def run_generator(project: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=project, capture_output=True,
                          text=True, timeout=timeout, env=_env())  # fmt: skip


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "http://127.0.0.1:8000/"}
