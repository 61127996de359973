"""Extraction throughput on one core over a synthetic corpus recombined from the seeds.

Run ``python -m generator.evaluate.bench [--seeds DIR] [--megabytes N] [--seed N]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from generator.evaluate.corpus import synthetic_corpus
from generator.extract import extract_facts
from generator.ingest import ingest_sources

ROOT = Path(__file__).resolve().parents[2]


def run(seeds: Path, megabytes: float, seed: int) -> dict[str, float]:
    corpus = synthetic_corpus(
        ingest_sources(seeds).sources, target_bytes=int(megabytes * 1_000_000), seed=seed
    )
    size = sum(len(s.original_text.encode("utf-8")) for s in corpus)
    extract_facts(corpus[:1])  # warm-up: lexicons, gazetteer and regexes are compiled once
    started = time.process_time()
    wall = time.perf_counter()
    facts = extract_facts(corpus)
    cpu = time.process_time() - started
    wall = time.perf_counter() - wall
    return {
        "articles": len(corpus), "megabytes": size / 1e6, "cpu_seconds": cpu, "wall_seconds": wall,
        "mb_per_second": size / 1e6 / cpu if cpu else float("inf"),
        "quotes": len(facts.quotes), "troop_estimates": len(facts.troop_estimates),
        "events": len(facts.events), "treaty_provisions": len(facts.treaty_provisions),
    }  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=20240619)
    args = parser.parse_args(argv)
    result = run(args.seeds, args.megabytes, args.seed)
    print(
        f"extracted {result['megabytes']:.2f} MB in {int(result['articles'])} articles: "
        f"{result['cpu_seconds']:.2f} s CPU ({result['wall_seconds']:.2f} s wall) on one core = "
        f"{result['mb_per_second']:.3f} MB/s; facts after merging: {int(result['quotes'])} quotes, "
        f"{int(result['troop_estimates'])} troop figures, {int(result['events'])} events, "
        f"{int(result['treaty_provisions'])} provisions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
