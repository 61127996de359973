"""Fact extraction stage: statements, troop figures, dated events and treaty provisions, each
linked to the sentence(s) it was read from.

Public API: :func:`extract_facts`, :func:`extract_source`; JSON via
:mod:`generator.extract.serialize`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.arabic.gazetteer import Gazetteer, load_gazetteer
from generator.extract.cache import load_cached, store_cached
from generator.extract.context import build_document
from generator.extract.events import document_events
from generator.extract.merge import merge_estimates, merge_events, merge_provisions, merge_quotes
from generator.extract.provisions import document_provisions
from generator.extract.quotes import document_attributions, quotes_from
from generator.extract.troops import troop_estimates
from generator.models import Diagnostic, FactSet, Source

__all__ = ["extract_facts", "extract_source"]


def extract_source(source: Source, gazetteer: Gazetteer | None = None) -> FactSet:
    """Facts of one source, not merged with other sources (each fact has one provenance)."""
    gazetteer = gazetteer or load_gazetteer()
    doc = build_document(source, gazetteer)
    attributions = document_attributions(doc)
    return FactSet(
        sources=(),
        quotes=tuple(quotes_from(doc, attributions)),
        troop_estimates=tuple(troop_estimates(doc, attributions)),
        events=tuple(document_events(doc)),
        treaty_provisions=tuple(document_provisions(doc)),
    )


def extract_facts(sources: Sequence[Source], *, cache_dir: Path | None = None) -> FactSet:
    """Extract and merge the facts of all ``sources``; deterministic whatever their order.

    With ``cache_dir``, each source's facts are cached by content hash (see
    :mod:`generator.extract.cache`), so only new or changed sources are re-extracted."""
    gazetteer = load_gazetteer()
    per_source: list[FactSet] = []
    diagnostics: list[Diagnostic] = []
    for source in sorted(sources, key=lambda s: s.id):
        cached = load_cached(cache_dir, source) if cache_dir is not None else None
        if cached is None:
            try:
                cached = extract_source(source, gazetteer)
            except Exception as exc:
                diagnostics.append(Diagnostic("error", source.file, f"fact extraction failed: {exc!r}"))
                continue
            if cache_dir is not None:
                store_cached(cache_dir, source, cached)
        per_source.append(cached)
    return FactSet(
        sources=tuple(sorted(sources, key=lambda s: s.id)),
        quotes=tuple(merge_quotes(q for f in per_source for q in f.quotes)),
        troop_estimates=tuple(merge_estimates(t for f in per_source for t in f.troop_estimates)),
        events=tuple(merge_events((e for f in per_source for e in f.events), gazetteer)),
        treaty_provisions=tuple(merge_provisions(p for f in per_source for p in f.treaty_provisions)),
        diagnostics=tuple(diagnostics),
    )
