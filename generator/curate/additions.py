"""``add`` entries of the corrections file: facts an author adds, each with a checked citation.

The citation is ``source:`` (a source id) plus ``quote:`` (text that must appear verbatim in that
source's original text; the provenance is then the whole sentence around it, found the same way
the extractor finds sentences) or ``url:`` plus ``quote:`` for evidence outside ``seeds/`` (then
``Provenance.file`` is the address and ``sentence`` the quote).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from generator.arabic.segment import original_sentence_spans
from generator.curate.checks import closest_passage, find_quote, is_a_clause, quote_carries
from generator.curate.corrections import Correction, FactTable, entity, partial_iso
from generator.models import DatePrecision, Event, Provenance, Quote, Source, TreatyProvision, TroopEstimate

ID_PREFIX = {"quote": "q", "troop_estimate": "t", "event": "e", "treaty_provision": "p"}  # facts.schema.json


def add_fact(table: FactTable, correction: Correction) -> str:
    kind = correction.entry["add"]
    provenance = citation(table, correction)
    check_evidence(correction)
    fact_id = correction.entry.get("id") or _derived_id(correction)
    for name in table.items:
        if fact_id in table.items[name]:
            raise correction.error(f"id '{fact_id}' is already used by another fact", "id")
    fields = correction.entry["fields"]
    builders = {"quote": _quote, "troop_estimate": _estimate, "event": _event, "treaty_provision": _provision}
    fact = builders[kind](fact_id, fields, provenance, correction)
    collection = {"quote": "quotes", "troop_estimate": "troop_estimates", "event": "events"}.get(
        kind, "treaty_provisions"
    )
    table.items[collection][fact_id] = fact
    return f"added {kind} {fact_id}"


def _derived_id(correction: Correction) -> str:
    entry = correction.entry
    key = [entry["add"], entry.get("source") or entry.get("url"), entry["quote"], sorted(entry["fields"])]
    digest = hashlib.sha256(json.dumps(key, ensure_ascii=False, default=str).encode("utf-8")).hexdigest()
    return f"{ID_PREFIX[entry['add']]}-{digest[:12]}"


def citation(table: FactTable, correction: Correction) -> Provenance:
    quote = correction.entry["quote"]
    if "url" in correction.entry:
        return Provenance(correction.entry["url"], 0, len(quote), quote)
    source_id = correction.entry["source"]
    source = next((s for s in table.facts.sources if s.id == source_id), None)
    if source is None:
        known = ", ".join(sorted(s.id for s in table.facts.sources)) or "none"
        raise correction.error(f"unknown source '{source_id}' (known sources: {known})", "source")
    found = find_quote(source.original_text, quote)
    if found is None:
        passage, note = closest_passage(source.original_text, quote)
        differ = f"; {note}" if note else ""
        raise correction.error(
            f"the quote is not in source '{source_id}' (vowel marks and tatweel are ignored); the "
            f'closest passage in {source.file} is "{passage}"{differ}: copy the words from there',
            "quote",
        )
    start, end = sentence_span(source, *found)
    return Provenance(source.id, start, end, source.original_text[start:end])


def check_evidence(correction: Correction) -> None:
    """An added fact's quote must be at least a clause and show the fact: the figure of a troop
    estimate (digits or "12 ألف"), the words of a statement or provision."""
    entry, fields = correction.entry, correction.entry["fields"]
    quote = entry["quote"]
    if not is_a_clause(quote):
        raise correction.error(
            "'quote' must be at least a clause (three words or more) of the article", "quote"
        )
    kind = entry["add"]
    if kind == "troop_estimate":
        values = (fields.get("value"), fields.get("low"), fields.get("high"))
        if not quote_carries(quote, values=values):
            shown = next(v for v in (*values, 0) if v is not None)
            raise correction.error(
                f"'quote' must contain the figure ({shown}, in digits or words) it is evidence for", "quote"
            )
    elif (
        kind in ("quote", "treaty_provision")
        and fields.get("text")
        and not quote_carries(quote, words=fields["text"])
    ):
        raise correction.error("'quote' must contain the words given in fields.text", "quote")


def sentence_span(source: Source, start: int, end: int) -> tuple[int, int]:
    """Original-text span of the sentence(s) covering ``[start, end)``."""
    spans = original_sentence_spans(source)
    covering = [(s, e) for s, e in spans if s < end and e > start]
    if not covering:
        return start, end
    return min(s for s, _ in covering), max(e for _, e in covering)


def _require(fields: dict[str, Any], name: str, kind: str, correction: Correction) -> Any:
    if fields.get(name) in (None, ""):
        raise correction.error(f"fields.{name} is required for an added {kind}", "fields")
    return fields[name]


def _quote(fact_id: str, fields: dict[str, Any], provenance: Provenance, correction: Correction) -> Quote:
    speaker = entity(_require(fields, "speaker", "quote", correction), correction, "fields")
    return Quote(
        id=fact_id,
        speaker=speaker,
        kind=fields.get("kind", "indirect"),
        text=fields.get("text") or correction.entry["quote"],
        date=partial_iso(fields.get("date"), correction, "fields"),
        sources=(provenance,),
        via=entity(fields["via"], correction, "fields") if fields.get("via") else None,
    )


def _estimate(
    fact_id: str, fields: dict[str, Any], provenance: Provenance, correction: Correction
) -> TroopEstimate:
    claimant = fields.get("claimant", fields.get("speaker"))
    if claimant is None:
        raise correction.error("fields.claimant is required for an added troop_estimate", "fields")
    value, low, high = fields.get("value"), fields.get("low"), fields.get("high")
    if value is None and low is None and high is None:
        raise correction.error("an added troop_estimate needs fields.value, .low or .high", "fields")
    default_qualifier = "range" if low is not None and high is not None else "exact"
    return TroopEstimate(
        id=fact_id,
        value=value,
        low=low,
        high=high,
        qualifier=fields.get("qualifier", default_qualifier),
        claimant=entity(claimant, correction, "fields"),
        status=fields.get("status", "other"),
        location=fields.get("location"),
        as_of=partial_iso(fields.get("as_of", fields.get("date")), correction, "fields"),
        previous=fields.get("previous", False),
        sources=(provenance,),
        measure=fields.get("measure", "deployed"),
        via=entity(fields["via"], correction, "fields") if fields.get("via") else None,
    )


def _event(fact_id: str, fields: dict[str, Any], provenance: Provenance, correction: Correction) -> Event:
    when = partial_iso(fields.get("date"), correction, "fields")
    implied: DatePrecision | None = {4: "year", 7: "month", 10: "day"}.get(len(when)) if when else None  # type: ignore[assignment]
    precision: DatePrecision | None = fields.get("date_precision") or implied
    return Event(
        id=fact_id,
        type=_require(fields, "type", "event", correction),
        date=when,
        date_precision=precision,
        date_end=partial_iso(fields.get("date_end"), correction, "fields"),
        title_ar=_require(fields, "title_ar", "event", correction),
        title_en=_require(fields, "title_en", "event", correction),
        actors=tuple(fields.get("actors", ())),
        place=fields.get("place"),
        historical=fields.get("historical", False),
        sources=(provenance,),
    )


def _provision(
    fact_id: str, fields: dict[str, Any], provenance: Provenance, correction: Correction
) -> TreatyProvision:
    return TreatyProvision(
        id=fact_id,
        topic=_require(fields, "topic", "treaty_provision", correction),
        article=fields.get("article"),
        text=fields.get("text") or correction.entry["quote"],
        sources=(provenance,),
    )
