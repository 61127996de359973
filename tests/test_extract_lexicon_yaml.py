"""The extractor's lexicons are read with schemas: an author's slip names file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ConfigError
from generator.extract import lexicon


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "troop_lexicon.yml",
            "measures:\n  kiled: [قتيل]\n",
            r"troop_lexicon.yml:2.*kiled.*one of: deployed",
        ),
        (
            "speech_verbs.yml",
            "verbs:\n  - forms: [قال]\n    complment: [ان]\n",
            r":3.*did you mean 'complements'",
        ),
        (
            "event_templates.yml",
            "types:\n  visit:\n    window_after: soon\n",
            r":3.*window_after.*whole number",
        ),
    ],
)
def test_a_lexicon_slip_names_file_line_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, expected: str
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA_DIR", tmp_path)
    with pytest.raises(ConfigError, match=expected):
        lexicon.read_lexicon(name)
