"""The README is the newcomer's contract: its commands must exist and match what CI runs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    commands = re.findall(r"```bash\n\s*(.+?)\n\s*```", README)
    test_command = next(c for c in commands if "pytest" in c)
    ci_script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci_script.splitlines()


def test_readme_has_a_build_command_and_a_preview_instruction() -> None:
    commands = re.findall(r"```bash\n\s*(.+?)\n\s*```", README)
    assert any("python -m generator build" in c and ".ci/setup" in c for c in commands)
    assert "mkdocs serve" in README


def test_every_cli_command_is_documented() -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "generator", "--help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    listed = re.search(r"\{([a-z,-]+)\}", help_text)
    assert listed, help_text
    for command in listed.group(1).split(","):
        assert f"python -m generator {command}" in README, f"README does not document `{command}`"


def test_authors_section_covers_sources_corrections_and_translations() -> None:
    authors = README.split("## For authors", 1)[1].split("\n## ", 1)[0]
    for topic in ("### Add a source", "### Correct an extraction", "### Add a translation"):
        assert topic in authors
    for path in ("docs/editorial/corrections.yml", "docs/editorial/translations.yml", ".meta.yml"):
        assert path in authors
        if not path.startswith("."):
            assert (ROOT / path).exists(), f"README points authors at {path}, which does not exist"
