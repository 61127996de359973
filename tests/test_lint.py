"""The code base stays ruff-clean and type-checks (the same checks as `make lint`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


LINTED = ("generator", "tests", "docs/overrides/hooks")


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([str(BIN / "ruff"), "check", *LINTED], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_code_is_ruff_formatted() -> None:
    result = subprocess.run(
        [str(BIN / "ruff"), "format", "--check", *LINTED], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, "run `make format`:\n" + result.stdout[-3000:]


def test_mypy_finds_nothing() -> None:
    result = subprocess.run([str(BIN / "mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
