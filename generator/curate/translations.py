"""Translation memory: English renderings of quotes, keyed by the stable quote id.

``docs/editorial/translations.yml`` maps each quote id (content-derived by the extractor, so it
survives unrelated sources being added) to ``en:`` (the translation shown on English pages) and
an optional ``ar:`` (the Arabic original, kept only so reviewers can read both side by side; it
is never used for matching). An entry with an empty or missing ``en`` is a pending translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.models import Diagnostic, FactSet
from generator.yamlfile import DictOf, Nullable, Record, Str, load_yaml

TRANSLATIONS_FILE = "translations.yml"
ENTRY = Record({"en": Nullable(Str(nonempty=False)), "ar": Nullable(Str(nonempty=False))})
SCHEMA = Nullable(DictOf(Nullable(ENTRY)))


@dataclass(frozen=True)
class TranslationMemory:
    file: str
    english: Mapping[str, str] = field(default_factory=dict)  # quote id -> English (non-empty only)
    originals: Mapping[str, str] = field(default_factory=dict)  # quote id -> Arabic, for reviewers
    lines: Mapping[str, int] = field(default_factory=dict)  # quote id -> line of its entry


def load_translations(path: Path, display_name: str | None = None) -> TranslationMemory:
    """Read the translation memory; a missing file is an empty memory."""
    name = display_name or str(path)
    if not path.exists():
        return TranslationMemory(name)
    document = load_yaml(path, SCHEMA, display_name=name)
    english: dict[str, str] = {}
    originals: dict[str, str] = {}
    lines: dict[str, int] = {}
    for quote_id, entry in sorted((document.data or {}).items()):
        lines[quote_id] = document.line(quote_id) or 0
        entry = entry or {}
        if (entry.get("en") or "").strip():
            english[quote_id] = entry["en"].strip()
        if (entry.get("ar") or "").strip():
            originals[quote_id] = entry["ar"].strip()
    return TranslationMemory(name, english, originals, lines)


def stale_translations(memory: TranslationMemory, facts: FactSet) -> tuple[Diagnostic, ...]:
    """Warnings for translations whose quote id is no longer among the facts."""
    current = {quote.id for quote in facts.quotes}
    return tuple(
        Diagnostic(
            "warning",
            memory.file,
            f"translation for '{quote_id}' matches no current quote (the source sentence changed "
            "or was removed); delete the entry or move the translation to the new id",
            line=memory.lines.get(quote_id) or None,
        )
        for quote_id in sorted(memory.lines)
        if quote_id not in current
    )


def translation_coverage(facts: FactSet, english: Mapping[str, str]) -> dict[str, tuple[int, int]]:
    """``{"ar": (total, total), "en": (translated, total)}`` over the current quotes."""
    total = len(facts.quotes)
    translated = sum(1 for quote in facts.quotes if english.get(quote.id))
    return {"ar": (total, total), "en": (translated, total)}
