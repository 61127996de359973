"""The fact set as one JSON document (schema: generator/data/facts.schema.json), and back."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from generator.models import (
    EntityRef,
    Event,
    FactSet,
    Provenance,
    Quote,
    Source,
    TreatyProvision,
    TroopEstimate,
)

SCHEMA_VERSION = 1


def _provenance(items: Sequence[Provenance]) -> list[dict[str, Any]]:
    return [{"file": p.file, "start": p.start, "end": p.end, "sentence": p.sentence} for p in items]


def _entity(ref: EntityRef) -> dict[str, Any]:
    return asdict(ref)


def source_to_dict(source: Source) -> dict[str, Any]:
    meta = source.meta
    return {
        "id": source.id, "file": source.file, "title": meta.title,
        "published": meta.published.isoformat() if meta.published else None,
        "outlet": meta.outlet, "author": meta.author, "url": meta.url, "language": meta.language,
        "word_count": source.word_count, "sha256": source.sha256,
        "title_en": meta.title_en, "outlet_en": meta.outlet_en,
    }  # fmt: skip


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id, "speaker": _entity(quote.speaker), "kind": quote.kind, "text": quote.text,
        "date": quote.date, "sources": _provenance(quote.sources),
        "via": _entity(quote.via) if quote.via else None, "aliases": list(quote.aliases),
    }  # fmt: skip


def estimate_to_dict(estimate: TroopEstimate) -> dict[str, Any]:
    data = asdict(estimate)
    data["claimant"] = _entity(estimate.claimant)
    data["via"] = _entity(estimate.via) if estimate.via else None
    data["sources"] = _provenance(estimate.sources)
    data["aliases"] = list(estimate.aliases)
    return data


def event_to_dict(event: Event) -> dict[str, Any]:
    data = asdict(event)
    data["actors"] = list(event.actors)
    data["sources"] = _provenance(event.sources)
    data["aliases"] = list(event.aliases)
    return data


def provision_to_dict(provision: TreatyProvision) -> dict[str, Any]:
    data = asdict(provision)
    data["sources"] = _provenance(provision.sources)
    data["aliases"] = list(provision.aliases)
    return data


def facts_to_dict(facts: FactSet) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "sources": [source_to_dict(s) for s in facts.sources],
        "quotes": [quote_to_dict(q) for q in facts.quotes],
        "troop_estimates": [estimate_to_dict(t) for t in facts.troop_estimates],
        "events": [event_to_dict(e) for e in facts.events],
        "treaty_provisions": [provision_to_dict(p) for p in facts.treaty_provisions],
    }


def facts_to_json(facts: FactSet) -> str:
    """Deterministic JSON: sorted keys, UTF-8 text (ensure_ascii=False), trailing newline."""
    return json.dumps(facts_to_dict(facts), ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def _sources_of(items: list[dict[str, Any]]) -> tuple[Provenance, ...]:
    return tuple(
        Provenance(str(p["file"]), int(p["start"]), int(p["end"]), str(p["sentence"])) for p in items
    )


def _ref(data: dict[str, Any]) -> EntityRef:
    return EntityRef(**data)


def quote_from_dict(data: dict[str, Any]) -> Quote:
    return Quote(
        data["id"],
        _ref(data["speaker"]),
        data["kind"],
        data["text"],
        data["date"],
        _sources_of(data["sources"]),
        _ref(data["via"]) if data.get("via") else None,
        tuple(data.get("aliases") or ()),
    )


def estimate_from_dict(data: dict[str, Any]) -> TroopEstimate:
    fields = {
        **data, "claimant": _ref(data["claimant"]), "sources": _sources_of(data["sources"]),
        "via": _ref(data["via"]) if data.get("via") else None,
        "aliases": tuple(data.get("aliases") or ()),
    }  # fmt: skip
    return TroopEstimate(**fields)


def event_from_dict(data: dict[str, Any]) -> Event:
    fields = {
        **data, "actors": tuple(data["actors"]), "sources": _sources_of(data["sources"]),
        "aliases": tuple(data.get("aliases") or ()),
    }  # fmt: skip
    return Event(**fields)


def provision_from_dict(data: dict[str, Any]) -> TreatyProvision:
    return TreatyProvision(
        **{**data, "sources": _sources_of(data["sources"]), "aliases": tuple(data.get("aliases") or ())}
    )


def facts_from_dict(data: dict[str, Any], sources: Sequence[Source] = ()) -> FactSet:
    return FactSet(
        sources=tuple(sources),
        quotes=tuple(quote_from_dict(q) for q in data.get("quotes") or []),
        troop_estimates=tuple(estimate_from_dict(t) for t in data.get("troop_estimates") or []),
        events=tuple(event_from_dict(e) for e in data.get("events") or []),
        treaty_provisions=tuple(provision_from_dict(p) for p in data.get("treaty_provisions") or []),
    )


def facts_from_json(text: str, sources: Sequence[Source] = ()) -> FactSet:
    """Parse :func:`facts_to_json` output. The JSON ``sources`` list holds metadata only, so the
    returned FactSet carries the ``sources`` passed in (empty by default)."""
    return facts_from_dict(json.loads(text), sources)
