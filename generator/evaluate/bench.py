"""Extraction throughput on one core over a synthetic corpus recombined from the seeds.

Run ``python -m generator.evaluate.bench [--seeds DIR] [--megabytes N] [--seed N] [--stages]``;
``--stages`` adds a second pass that reports the CPU time of each extraction stage.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from generator.arabic.gazetteer import load_gazetteer
from generator.evaluate.corpus import synthetic_corpus
from generator.extract import extract_facts
from generator.extract.document import build_document
from generator.extract.events import document_events
from generator.extract.provisions import document_provisions
from generator.extract.quotes import document_attributions, quotes_from
from generator.extract.troops import troop_estimates
from generator.ingest import ingest_sources
from generator.models import Source

ROOT = Path(__file__).resolve().parents[2]


def run(seeds: Path, megabytes: float, seed: int) -> dict[str, float]:
    corpus = synthetic_corpus(
        ingest_sources(seeds).sources, target_bytes=int(megabytes * 1_000_000), seed=seed
    )
    size = sum(len(s.original_text.encode("utf-8")) for s in corpus)
    extract_facts(corpus[:1])  # warm-up: lexicons, gazetteer and regexes are compiled once
    started = time.process_time()
    wall = time.perf_counter()
    facts = extract_facts(corpus, workers=1)  # one core: a process pool would hide its CPU time
    cpu = time.process_time() - started
    wall = time.perf_counter() - wall
    return {
        "articles": len(corpus), "megabytes": size / 1e6, "cpu_seconds": cpu, "wall_seconds": wall,
        "mb_per_second": size / 1e6 / cpu if cpu else float("inf"),
        "quotes": len(facts.quotes), "troop_estimates": len(facts.troop_estimates),
        "events": len(facts.events), "treaty_provisions": len(facts.treaty_provisions),
    }  # fmt: skip


def stage_seconds(corpus: Sequence[Source]) -> dict[str, float]:
    """CPU seconds spent in each stage of :func:`generator.extract.extract_source` over ``corpus``
    (the same calls in the same order; merging across sources is not included)."""
    gazetteer = load_gazetteer()
    totals: dict[str, float] = {}

    def timed(stage: str, function: Callable[..., Any], *args: Any) -> Any:
        started = time.process_time()
        result = function(*args)
        totals[stage] = totals.get(stage, 0.0) + time.process_time() - started
        return result

    for source in corpus:
        doc = timed("document", build_document, source, gazetteer)
        attributions = timed("attributions", document_attributions, doc)
        timed("quotes", quotes_from, doc, attributions)
        timed("troops", troop_estimates, doc, attributions)
        timed("events", document_events, doc)
        timed("provisions", document_provisions, doc)
    return totals


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=20240619)
    parser.add_argument("--stages", action="store_true", help="also report CPU time per stage")
    args = parser.parse_args(argv)
    result = run(args.seeds, args.megabytes, args.seed)
    print(
        f"extracted {result['megabytes']:.2f} MB in {int(result['articles'])} articles: "
        f"{result['cpu_seconds']:.2f} s CPU ({result['wall_seconds']:.2f} s wall) on one core = "
        f"{result['mb_per_second']:.3f} MB/s; facts after merging: {int(result['quotes'])} quotes, "
        f"{int(result['troop_estimates'])} troop figures, {int(result['events'])} events, "
        f"{int(result['treaty_provisions'])} provisions"
    )
    if args.stages:
        corpus = synthetic_corpus(
            ingest_sources(args.seeds).sources, target_bytes=int(args.megabytes * 1_000_000), seed=args.seed
        )
        stages = stage_seconds(corpus)
        total = sum(stages.values()) or 1.0
        print("per stage (second pass, CPU s): " + ", ".join(
            f"{stage} {seconds:.2f} ({100 * seconds / total:.0f}%)" for stage, seconds in stages.items()
        ))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
