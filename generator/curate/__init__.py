"""Curate stage: the editorial layer between extraction and rendering.

Authors own three files in ``docs/editorial/``: ``translations.yml`` (English for every kind of
free text, by stable key), ``corrections.yml`` (hide / correct / merge / add facts) and
``treaty.yml`` (the editors' summary of each part of the treaty the sources describe). ``load_editorial``
reads and checks both; ``apply_editorial`` returns a new fact set (the models are frozen) plus
diagnostics: one info line per correction and a warning per stale translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.curate.apply import apply_corrections
from generator.curate.corrections import CORRECTIONS_FILE, Correction, load_corrections
from generator.curate.translations import (
    TRANSLATIONS_FILE,
    TranslationMemory,
    load_translations,
    named_in_english,
    stale_translations,
)
from generator.curate.translations import translation_coverage as _coverage
from generator.curate.treaty_ref import ReferenceEntry, entry_for, load_treaty_reference
from generator.models import Diagnostic, FactSet

__all__ = ["Editorial", "apply_editorial", "load_editorial", "translation_coverage"]


@dataclass(frozen=True)
class Editorial:
    """Everything authors wrote in ``docs/editorial/`` that changes or adds to the facts."""

    translations: Mapping[str, str] = field(default_factory=dict)  # quote id -> English
    originals: Mapping[str, str] = field(default_factory=dict)  # quote id -> Arabic kept for reviewers
    corrections: tuple[Correction, ...] = ()
    memory: TranslationMemory = field(default_factory=lambda: TranslationMemory(TRANSLATIONS_FILE))
    treaty: tuple[ReferenceEntry, ...] = ()  # the editors' treaty reference (treaty.yml)

    def translation(self, quote_id: str) -> str | None:
        return self.translations.get(quote_id)


def _display_name(path: Path) -> str:
    """``docs/editorial/x.yml`` relative to the working directory when possible (shorter messages)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_editorial(editorial_dir: Path) -> Editorial:
    """Read ``translations.yml`` and ``corrections.yml``; missing files mean nothing to apply."""
    translations_path = editorial_dir / TRANSLATIONS_FILE
    corrections_path = editorial_dir / CORRECTIONS_FILE
    memory = load_translations(translations_path, _display_name(translations_path))
    corrections = load_corrections(corrections_path, _display_name(corrections_path))
    return Editorial(
        memory.english, memory.originals, corrections, memory, load_treaty_reference(editorial_dir)
    )


def apply_editorial(facts: FactSet, editorial: Editorial) -> tuple[FactSet, tuple[Diagnostic, ...]]:
    """Apply the corrections, then report translations that match no remaining quote."""
    corrected, notes = apply_corrections(facts, editorial.corrections)
    return named_in_english(corrected, editorial.translations), notes + stale_translations(
        editorial.memory, corrected
    )


def translation_coverage(facts: FactSet, editorial: Editorial) -> dict[str, tuple[int, int]]:
    """``{lang: (translated, total)}`` over the statements (Arabic is the original, so always
    complete), plus ``"en <kind>"`` for provisions, events, names, roles, sources and outlets."""
    covered = frozenset(p.id for p in facts.treaty_provisions if entry_for(editorial.treaty, p))
    return _coverage(facts, editorial.translations, covered)
