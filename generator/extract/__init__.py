"""Fact extraction stage: statements, troop figures, dated events and treaty provisions, each
linked to the sentence(s) it was read from.

Public API: :func:`extract_facts`, :func:`extract_source`; JSON via
:mod:`generator.extract.serialize`.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.arabic.gazetteer import Gazetteer, load_gazetteer
from generator.extract.cache import load_cached, store_cached
from generator.extract.document import build_document
from generator.extract.events import document_events
from generator.extract.merge import merge_estimates, merge_events, merge_provisions, merge_quotes
from generator.extract.provisions import document_provisions
from generator.extract.quotes import document_attributions, quotes_from
from generator.extract.troops import troop_estimates
from generator.models import Diagnostic, FactSet, Source

__all__ = ["extract_facts", "extract_source"]

# Below this many sources to extract, starting worker processes costs more than it saves.
PARALLEL_MIN_SOURCES = 16
# Objects allocated between two collections of the youngest generation while extracting (Python's
# default is 700): extraction allocates many short-lived matches and tuples and forms few cycles,
# so collecting that often costs about 3% of its CPU time and frees little.
YOUNG_COLLECTION_ALLOCATIONS = 20_000
WORKERS_ENV = "EXPLAINER_EXTRACT_WORKERS"


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


def _extract_or_error(source: Source) -> FactSet | str:
    """One source's facts, or the text of the error that stopped its extraction (picklable)."""
    try:
        return extract_source(source)
    except Exception as exc:
        return f"fact extraction failed: {exc!r}"


def worker_count(pending: int) -> int:
    """Processes for ``pending`` extractions: ``EXPLAINER_EXTRACT_WORKERS`` if set, else one per
    core (1 below :data:`PARALLEL_MIN_SOURCES`)."""
    configured = os.environ.get(WORKERS_ENV, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    if pending < PARALLEL_MIN_SOURCES:
        return 1
    return max(1, min(len(os.sched_getaffinity(0)), pending))


@contextlib.contextmanager
def _fewer_young_collections() -> Iterator[None]:
    """Collect the youngest generation every :data:`YOUNG_COLLECTION_ALLOCATIONS` allocations
    inside the block (the previous thresholds are restored after it)."""
    previous = gc.get_threshold()
    gc.set_threshold(max(previous[0], YOUNG_COLLECTION_ALLOCATIONS), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def extract_each(sources: Sequence[Source], workers: int = 1) -> list[FactSet | str]:
    """:func:`extract_source` over ``sources`` (in order), in ``workers`` processes: a pure map,
    so the results are the same as a serial run whatever the number of workers."""
    with _fewer_young_collections():  # inherited by forked workers
        return _extract_each(sources, workers)


def _extract_each(sources: Sequence[Source], workers: int) -> list[FactSet | str]:
    if workers <= 1 or len(sources) < 2:
        return [_extract_or_error(source) for source in sources]
    # The first source is extracted here: the gazetteer, lexicons and compiled patterns it loads
    # are then inherited by the forked workers instead of being built again in each of them.
    first = _extract_or_error(sources[0])
    rest = sources[1:]
    chunk = max(1, len(rest) // (workers * 4))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return [first, *pool.map(_extract_or_error, rest, chunksize=chunk)]


def extract_facts(
    sources: Sequence[Source], *, cache_dir: Path | None = None, workers: int | None = None
) -> FactSet:
    """Extract and merge the facts of all ``sources``; deterministic whatever their order.

    With ``cache_dir``, each source's facts are cached by content hash (see
    :mod:`generator.extract.cache`), so only new or changed sources are re-extracted. Sources
    not in the cache are extracted over a process pool (``workers``, default
    :func:`worker_count`); the result is identical to a serial run."""
    gazetteer = load_gazetteer()
    ordered = sorted(sources, key=lambda s: s.id)
    found: dict[str, FactSet] = {}
    pending: list[Source] = []
    for source in ordered:
        cached = load_cached(cache_dir, source) if cache_dir is not None else None
        if cached is None:
            pending.append(source)
        else:
            found[source.id] = cached
    diagnostics: list[Diagnostic] = []
    results = extract_each(pending, worker_count(len(pending)) if workers is None else workers)
    for source, result in zip(pending, results, strict=True):
        if isinstance(result, str):
            diagnostics.append(Diagnostic("error", source.file, result))
            continue
        if cache_dir is not None:
            store_cached(cache_dir, source, result)
        found[source.id] = result
    per_source = [found[s.id] for s in ordered if s.id in found]
    return FactSet(
        sources=tuple(ordered),
        quotes=tuple(merge_quotes(q for f in per_source for q in f.quotes)),
        troop_estimates=tuple(merge_estimates(t for f in per_source for t in f.troop_estimates)),
        events=tuple(merge_events((e for f in per_source for e in f.events), gazetteer)),
        treaty_provisions=tuple(merge_provisions(p for f in per_source for p in f.treaty_provisions)),
        diagnostics=tuple(diagnostics),
    )
