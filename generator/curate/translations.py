"""Translation memory: English for every kind of free text an English reader would see.

``docs/editorial/translations.yml`` maps a key to ``en:`` (shown on English pages) and an optional
``ar:`` (the original, kept only so reviewers can read both side by side; never used for
matching). An entry with an empty or missing ``en`` is a pending translation. Keys, by kind:

- statements: the quote id (``q-…``, content-derived, so it survives new sources);
- provisions: the provision id (``p-…``/``tp-…``), unless the treaty reference summarises it;
- events: the event id (``e-…``), to replace the extractor's template title;
- names and roles of speakers/claimants the gazetteer does not know: ``name:<Arabic>``,
  ``role:<Arabic>``;
- sources: ``source:<file stem>`` (the title) and outlets ``outlet:<name as written>``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.models import UNATTRIBUTED_ID, Diagnostic, EntityRef, FactSet
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


def memory_key(kind: str, original: str) -> str:
    """Key of a free text without a fact id: ``name:كيم جونغ أون`` (whitespace collapsed)."""
    return f"{kind}:{' '.join(original.split())}"


def named_in_english(facts: FactSet, translations: Mapping[str, str]) -> FactSet:
    """Speakers, claimants and relays the gazetteer does not know get the English name the
    translation memory gives them (``name:<Arabic>``), so charts, tables and the open data all
    show it. The author's entry wins over a description built from the role ("South Korean
    lawmaker"), which stays the role's English."""

    def english(ref: EntityRef | None) -> EntityRef | None:
        if ref is None or ref.linked or ref.id == UNATTRIBUTED_ID:
            return ref
        name = translations.get(memory_key("name", ref.name_ar))
        return dataclasses.replace(ref, name_en=name) if name else ref

    return dataclasses.replace(
        facts,
        quotes=tuple(
            dataclasses.replace(q, speaker=english(q.speaker) or q.speaker, via=english(q.via))
            for q in facts.quotes
        ),
        troop_estimates=tuple(
            dataclasses.replace(t, claimant=english(t.claimant) or t.claimant, via=english(t.via))
            for t in facts.troop_estimates
        ),
    )


def _speakers(facts: FactSet) -> list[EntityRef]:
    refs = [q.speaker for q in facts.quotes] + [t.claimant for t in facts.troop_estimates]
    refs += [r for r in [*(q.via for q in facts.quotes), *(t.via for t in facts.troop_estimates)] if r]
    return [r for r in refs if r.id != UNATTRIBUTED_ID]


def wanted_keys(facts: FactSet, covered: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Every translation-memory key the English site could use, by kind.

    ``covered`` holds provision ids the treaty reference already summarises (they need no entry).
    """
    arabic_sources = [s for s in facts.sources if s.meta.language != "en"]
    speakers = _speakers(facts)
    return {
        "statements": {q.id for q in facts.quotes},
        "provisions": {p.id for p in facts.treaty_provisions if p.id not in covered},
        "events": {e.id for e in facts.events},
        "names": {memory_key("name", r.name_ar) for r in speakers if not r.name_en and r.name_ar.strip()},
        "roles": {memory_key("role", r.role_ar) for r in speakers if r.role_ar and not r.role_en},
        "sources": {f"source:{s.id}" for s in arabic_sources},
        "outlets": {memory_key("outlet", s.meta.outlet) for s in arabic_sources if s.meta.outlet},
    }


def stale_translations(memory: TranslationMemory, facts: FactSet) -> tuple[Diagnostic, ...]:
    """Warnings for translations whose key matches nothing on the site any more."""
    named = (memory_key("name", r.name_ar) for r in _speakers(facts) if not r.linked and r.name_ar.strip())
    current = set().union(*wanted_keys(facts).values(), (p.id for p in facts.treaty_provisions), named)
    return tuple(
        Diagnostic(
            "warning",
            memory.file,
            f"translation for '{quote_id}' matches no current quote, fact, name or source (the "
            "source sentence changed or was removed); delete the entry or move the translation "
            "to the new id",
            line=memory.lines.get(quote_id) or None,
        )
        for quote_id in sorted(memory.lines)
        if quote_id not in current
    )


def translation_coverage(
    facts: FactSet, english: Mapping[str, str], covered: frozenset[str] = frozenset()
) -> dict[str, tuple[int, int]]:
    """``{"ar": (n, n), "en": (translated, n)}`` over the statements, plus ``"en <kind>"`` for
    every other kind of text (provisions the treaty reference summarises count as translated;
    event titles count as translated when the extractor's English template title exists)."""
    wanted = wanted_keys(facts, covered)
    total = len(facts.quotes)
    result = {"ar": (total, total), "en": (sum(1 for q in facts.quotes if english.get(q.id)), total)}
    templated = {e.id for e in facts.events if e.title_en.strip()}
    for kind, keys in wanted.items():
        if kind == "statements":
            continue
        done = {k for k in keys if english.get(k)} | (templated & keys if kind == "events" else set())
        extra = len([p for p in facts.treaty_provisions if p.id in covered]) if kind == "provisions" else 0
        result[f"en {kind}"] = (len(done) + extra, len(keys) + extra)
    return result
