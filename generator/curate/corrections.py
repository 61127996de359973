"""Author corrections to the extracted facts (``docs/editorial/corrections.yml``).

The file holds one list, ``corrections:``; each entry does exactly one thing:

* ``hide: <fact id>`` drops a fact;
* ``correct: <fact id>`` with ``set: {field: value}`` changes any field of the fact's kind (for an
  event: type, date, date_precision, date_end, title_ar, title_en, actors, place, historical);
* ``merge: [<keep id>, <other id>, ...]`` keeps the first fact and gives it every source of the
  others, which are dropped;
* ``add: quote | troop_estimate | event | treaty_provision`` with ``fields:`` adds a fact, which
  must cite its evidence: ``source: <source id>`` + ``quote: <exact text of that source>``, or
  ``url:`` + ``quote:``.

Every entry needs ``reason:``. Entries apply in file order. A mistake (missing citation, a quote
not in its source, a misspelt gazetteer id) is a :class:`~generator.errors.ConfigError` naming the
file and line, with "did you mean" suggestions, so the build stops. A fact id that no longer
exists (new sources merged the fact into another, or an earlier entry removed it) is resolved
through aliases (ids merged into a fact) when it can be, and otherwise is a warning naming the
entry, which is skipped: corrections survive new sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from generator.arabic.gazetteer import load_gazetteer
from generator.curate.checks import did_you_mean, looks_like_id, plain_yaml_error
from generator.errors import ConfigError
from generator.extract.lexicon import event_types
from generator.models import (
    MEASURES,
    PRECISIONS,
    QUALIFIERS,
    QUOTE_KINDS,
    STATUSES,
    Diagnostic,
    EntityRef,
    FactSet,
)
from generator.yamlfile import Any_, Bool, Enum, Int, ListOf, Nullable, Record, Str, YamlDocument, load_yaml

CORRECTIONS_FILE = "corrections.yml"
COLLECTIONS = ("quotes", "troop_estimates", "events", "treaty_provisions")
KIND_COLLECTION = {
    "quote": "quotes", "troop_estimate": "troop_estimates", "event": "events",
    "treaty_provision": "treaty_provisions",
}  # fmt: skip
COUNT = Nullable(Int(minimum=0))
# An event's type: one the templates declare, or "historical" (background events).
EVENT_TYPES = (*event_types(), "historical")

# ``set:`` key -> dataclass field, per collection; keys missing here do not apply to that kind.
CORRECTABLE: Mapping[str, Mapping[str, str]] = {
    "quotes": {"speaker": "speaker", "date": "date", "text": "text", "kind": "kind", "via": "via"},
    "troop_estimates": {
        "speaker": "claimant", "claimant": "claimant", "value": "value", "low": "low", "high": "high",
        "date": "as_of", "as_of": "as_of", "status": "status", "qualifier": "qualifier",
        "location": "location", "previous": "previous", "measure": "measure", "via": "via",
    },
    "events": {
        "type": "type", "date": "date", "date_precision": "date_precision", "date_end": "date_end",
        "title_ar": "title_ar", "title_en": "title_en", "actors": "actors", "place": "place",
        "historical": "historical",
    },
    "treaty_provisions": {"topic": "topic", "article": "article", "text": "text"},
}  # fmt: skip
ENTITY_KEYS = frozenset({"speaker", "claimant", "via"})
DATE_KEYS = frozenset({"date", "as_of", "date_end"})

SET_SPEC = Record({
    "speaker": Any_(), "claimant": Any_(), "via": Nullable(Any_()), "value": COUNT, "low": COUNT,
    "high": COUNT, "date": Nullable(Any_()), "as_of": Nullable(Any_()), "status": Enum(STATUSES),
    "qualifier": Enum(QUALIFIERS), "location": Nullable(Str()), "previous": Bool(),
    "measure": Enum(MEASURES), "text": Str(), "kind": Enum(QUOTE_KINDS),
    "type": Enum(EVENT_TYPES), "date_precision": Nullable(Enum(PRECISIONS)), "date_end": Nullable(Any_()),
    "title_ar": Str(), "title_en": Str(), "actors": ListOf(Str()), "place": Nullable(Str()),
    "historical": Bool(), "topic": Str(), "article": Nullable(Int(minimum=1)),
})  # fmt: skip
FIELDS_SPEC = Record({
    "speaker": Any_(), "claimant": Any_(), "via": Nullable(Any_()), "text": Str(),
    "kind": Enum(QUOTE_KINDS),
    "date": Nullable(Any_()), "as_of": Nullable(Any_()), "value": COUNT, "low": COUNT, "high": COUNT,
    "qualifier": Enum(QUALIFIERS), "status": Enum(STATUSES), "location": Nullable(Str()),
    "previous": Bool(), "type": Str(), "date_precision": Enum(PRECISIONS), "measure": Enum(MEASURES),
    "date_end": Nullable(Any_()), "title_ar": Str(), "title_en": Str(), "actors": ListOf(Str()),
    "place": Nullable(Str()), "historical": Bool(), "topic": Str(), "article": Nullable(Int(minimum=1)),
})  # fmt: skip
ENTRY_SPEC = Record({
    "hide": Str(), "correct": Str(), "merge": ListOf(Str()), "add": Enum(tuple(KIND_COLLECTION)),
    "reason": Str(), "set": SET_SPEC, "fields": FIELDS_SPEC, "id": Str(),
    "source": Str(), "url": Str(pattern=r"https?://\S+", hint="an http(s) address"), "quote": Str(),
})  # fmt: skip
SCHEMA = Nullable(Record({"corrections": Nullable(ListOf(ENTRY_SPEC))}))
ACTIONS = ("hide", "correct", "merge", "add")


@dataclass(frozen=True)
class Correction:
    """One entry of the corrections file; ``lines`` gives the line of each of its keys."""

    action: str
    file: str
    line: int | None
    entry: Mapping[str, Any]
    lines: Mapping[str, int] = field(default_factory=dict)

    @property
    def reason(self) -> str | None:
        return self.entry.get("reason")

    def error(self, message: str, key: str | None = None) -> ConfigError:
        line = self.lines.get(key, self.line) if key else self.line
        return ConfigError(self.file, f"{self.action} entry: {message}", line=line)

    def warning(self, message: str) -> Diagnostic:
        return Diagnostic("warning", self.file, f"{self.action} entry skipped: {message}", line=self.line)


class MissingFact(Exception):
    """A correction names a fact that is not (or no longer) in the fact set."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def load_corrections(path: Path, display_name: str | None = None) -> tuple[Correction, ...]:
    """Read and check the corrections file (a missing file means no corrections)."""
    name = display_name or str(path)
    if not path.exists():
        return ()
    try:
        document = load_yaml(path, SCHEMA, display_name=name)
    except ConfigError as error:
        raise plain_yaml_error(error) from error
    entries = (document.data or {}).get("corrections") or []
    corrections = []
    for index, entry in enumerate(entries):
        lines = _entry_lines(document, index, entry)
        line = document.line("corrections", index)
        actions = [a for a in ACTIONS if a in entry]
        if len(actions) != 1:
            raise ConfigError(name, "each entry needs exactly one of: " + ", ".join(ACTIONS), line=line)
        correction = Correction(actions[0], name, line, entry, lines)
        _check_entry(correction)
        corrections.append(correction)
    return tuple(corrections)


def _entry_lines(document: YamlDocument, index: int, entry: Mapping[str, Any]) -> dict[str, int]:
    """Line of each key of entry ``index``, with ``set.x`` / ``fields.x`` for nested keys."""
    lines = {}
    for key, value in entry.items():
        lines[key] = document.line("corrections", index, key) or 0
        if isinstance(value, Mapping):
            for inner in value:
                lines[f"{key}.{inner}"] = document.line("corrections", index, key, inner) or lines[key]
    return lines


def _check_entry(correction: Correction) -> None:
    entry = correction.entry
    allowed = {
        "hide": {"hide", "reason"},
        "correct": {"correct", "set", "reason"},
        "merge": {"merge", "reason"},
        "add": {"add", "fields", "id", "source", "url", "quote", "reason"},
    }[correction.action]
    for key in entry:
        if key not in allowed:
            raise correction.error(f"key '{key}' does not belong in a {correction.action} entry", key)
    if not str(entry.get("reason") or "").strip():
        raise correction.error("needs 'reason:' saying why, so reviewers can check the change")
    if correction.action == "correct" and not entry.get("set"):
        raise correction.error("needs 'set:' with at least one field to change")
    if correction.action == "merge" and len(set(entry["merge"])) < 2:
        raise correction.error("needs a list of at least two different fact ids", "merge")
    if correction.action == "add":
        if not entry.get("fields"):
            raise correction.error("needs 'fields:' describing the new fact")
        if "quote" not in entry or ("source" in entry) == ("url" in entry):
            raise correction.error(
                "an added fact must cite its evidence: 'source: <source id>' or 'url: <address>', "
                "plus 'quote: <exact text from that source>'"
            )


# ---------------------------------------------------------------- values


def partial_iso(value: Any, correction: Correction, key: str) -> str | None:
    """A YAML date / year / "YYYY-MM" / "YYYY-MM-DD" as a partial ISO string."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    parts = text.split("-")
    valid = (
        1 <= len(parts) <= 3 and len(parts[0]) == 4
        and all(p.isdigit() for p in parts) and all(len(p) == 2 for p in parts[1:])
    )  # fmt: skip
    if valid and (len(parts) < 2 or 1 <= int(parts[1]) <= 12):
        if len(parts) < 3:
            return text
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise correction.error(f"'{key}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}", key)


def entity(value: Any, correction: Correction, key: str) -> EntityRef:
    """A speaker/claimant: a gazetteer id, a name as written, or a mapping with name_ar etc.

    A value written like an id (``nis``, ``south-korea-nsi``) that the gazetteer does not know is
    a mistake, not a new claimant: it fails with the closest gazetteer ids.
    """
    if isinstance(value, str) and value.strip():
        found = _gazetteer_entity(value.strip())
        if found is not None:
            return found
        if looks_like_id(value.strip()):
            hint = suggest_id(value.strip(), gazetteer_ids())
            raise correction.error(
                f"'{key}': no gazetteer id '{value.strip()}'{hint}; write a name as in the article, "
                "or add the entity to generator/data/gazetteer.yml",
                key,
            )
        return EntityRef(None, value.strip(), None, False)
    if isinstance(value, Mapping) and isinstance(value.get("name_ar"), str) and value["name_ar"].strip():
        names = {k: value.get(k) for k in ("id", "name_en", "role_ar", "role_en", "country")}
        if any(v is not None and not isinstance(v, str) for v in names.values()):
            raise correction.error(f"'{key}' values must be texts", key)
        kind = value.get("kind", "unknown")
        if kind not in ("person", "institution", "country", "place", "unknown"):
            raise correction.error(f"'{key}.kind' must be one of person, institution, country, place", key)
        return EntityRef(
            names["id"],
            value["name_ar"].strip(),
            names["name_en"],
            bool(names["id"]),
            kind,
            names["role_ar"],
            names["role_en"],
            names["country"],
        )
    raise correction.error(f"'{key}' must be a gazetteer id, a name, or a mapping with 'name_ar'", key)


def suggest_id(value: str, ids: list[str]) -> str:
    """Ids having ``value`` as a part (``nis`` -> ``south-korea-nis``), else the closest spellings."""
    parts = [i for i in ids if value in i.replace("_", "-").split("-")]
    if parts:
        return " (did you mean " + " or ".join(f"'{i}'" for i in sorted(parts)[:3]) + "?)"
    return did_you_mean(value, ids, cutoff=0.5)


def gazetteer_ids() -> list[str]:
    return [e.id for e in load_gazetteer().entities]


def _gazetteer_entity(id_or_name: str) -> EntityRef | None:
    """The linked entity with this gazetteer id, or whose name or variant this is."""
    gazetteer = load_gazetteer()
    try:
        return gazetteer.get(id_or_name).to_ref()
    except KeyError:
        found = gazetteer.lookup(id_or_name)
        return found.to_ref() if found else None


# ---------------------------------------------------------------- applying


class FactTable:
    """The facts being edited, by collection, in their original order."""

    def __init__(self, facts: FactSet):
        self.facts = facts
        self.items: dict[str, dict[str, Any]] = {
            name: {fact.id: fact for fact in getattr(facts, name)} for name in COLLECTIONS
        }
        # old id -> the id it was merged into (by the extractor, through ``aliases``, or by an
        # earlier merge entry), so corrections written before a merge still find their fact
        self.aliases: dict[str, str] = {}
        for name in COLLECTIONS:
            for fact in getattr(facts, name):
                for alias in getattr(fact, "aliases", ()) or ():
                    self.aliases.setdefault(alias, fact.id)
        self.removed: dict[str, int | None] = {}  # id -> line of the entry that hid or merged it

    def resolve(self, fact_id: str) -> str:
        seen = set()
        while fact_id not in self._all() and fact_id in self.aliases and fact_id not in seen:
            seen.add(fact_id)
            fact_id = self.aliases[fact_id]
        return fact_id

    def _all(self) -> set[str]:
        return {i for items in self.items.values() for i in items}

    def locate(self, fact_id: str, correction: Correction, key: str) -> str:
        resolved = self.resolve(fact_id)
        for name in COLLECTIONS:
            if resolved in self.items[name]:
                return name
        if fact_id in self.removed:
            where = f" by the entry on line {self.removed[fact_id]}" if self.removed[fact_id] else ""
            raise MissingFact(f"fact '{fact_id}' was already removed{where}")
        hint = did_you_mean(fact_id, self._all())
        raise MissingFact(
            f"unknown fact id '{fact_id}'{hint}: it is not among the extracted facts (a new source "
            "may have changed or merged it; see explainer/data/facts.json)"
        )

    def result(self) -> FactSet:
        return replace(self.facts, **{name: tuple(self.items[name].values()) for name in COLLECTIONS})
