"""Applying the corrections file: hide, correct and merge entries here, ``add`` entries in
:mod:`generator.curate.additions`; each entry in order, on the table of facts being edited."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.curate.additions import add_fact
from generator.curate.corrections import (
    CORRECTABLE,
    DATE_KEYS,
    ENTITY_KEYS,
    Correction,
    FactTable,
    MissingFact,
    entity,
    partial_iso,
)
from generator.models import Diagnostic, FactSet


def apply_corrections(
    facts: FactSet, corrections: tuple[Correction, ...]
) -> tuple[FactSet, tuple[Diagnostic, ...]]:
    """Apply every correction in order; returns the new fact set and one info line per change."""
    table = FactTable(facts)
    notes = []
    for correction in corrections:
        try:
            if correction.action == "hide":
                message = _hide(table, correction)
            elif correction.action == "correct":
                message = _correct(table, correction)
            elif correction.action == "merge":
                message = _merge(table, correction)
            else:
                message = add_fact(table, correction)
        except MissingFact as missing:
            notes.append(correction.warning(missing.message))
            continue
        if correction.reason:
            message += f" ({correction.reason})"
        notes.append(Diagnostic("info", correction.file, message, line=correction.line))
    return table.result(), tuple(notes)


def _hide(table: FactTable, correction: Correction) -> str:
    named = correction.entry["hide"]
    collection = table.locate(named, correction, "hide")
    fact_id = table.resolve(named)
    del table.items[collection][fact_id]
    table.removed[fact_id] = correction.line
    return f"hid {fact_id}" + (f" (named as {named})" if named != fact_id else "")


def _correct(table: FactTable, correction: Correction) -> str:
    collection = table.locate(correction.entry["correct"], correction, "correct")
    fact_id = table.resolve(correction.entry["correct"])
    targets = CORRECTABLE[collection]
    changes: dict[str, Any] = {}
    for key, value in correction.entry["set"].items():
        if key not in targets:
            allowed = ", ".join(targets) or "nothing"
            raise correction.error(
                f"'{key}' cannot be corrected on {collection} (allowed: {allowed})", f"set.{key}"
            )
        changes[targets[key]] = _set_value(key, value, correction)
    table.items[collection][fact_id] = replace(table.items[collection][fact_id], **changes)
    return f"corrected {fact_id}: " + ", ".join(sorted(changes))


def _set_value(key: str, value: Any, correction: Correction) -> Any:
    where = f"set.{key}"
    if key in ENTITY_KEYS:
        return None if value is None and key == "via" else entity(value, correction, where)
    if key in DATE_KEYS:
        return partial_iso(value, correction, where)
    if key == "actors":
        return tuple(value)
    return value


def _merge(table: FactTable, correction: Correction) -> str:
    named_keep, *named_others = dict.fromkeys(correction.entry["merge"])
    collection = table.locate(named_keep, correction, "merge")
    keep_id = table.resolve(named_keep)
    merged = list(table.items[collection][keep_id].sources)
    other_ids = []
    for named in named_others:
        if table.locate(named, correction, "merge") != collection:
            raise correction.error(f"'{named}' is not the same kind of fact as '{keep_id}'", "merge")
        other_id = table.resolve(named)
        if other_id == keep_id:
            continue
        merged.extend(table.items[collection].pop(other_id).sources)
        table.aliases[other_id] = keep_id  # later entries naming the merged fact still find it
        other_ids.append(other_id)
    sources = tuple(sorted(set(merged), key=lambda p: (p.file, p.start, p.end, p.sentence)))
    table.items[collection][keep_id] = replace(table.items[collection][keep_id], sources=sources)
    return f"merged {', '.join(other_ids)} into {keep_id}"
