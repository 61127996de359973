"""Extraction over a process pool gives exactly the serial result (a pure map per source)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.evaluate.corpus import make_source
from generator.evaluate.scale_corpus import article_text, seed_paragraphs
from generator.extract import extract_each, extract_facts, worker_count
from generator.extract.serialize import facts_to_json

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus():  # type: ignore[no-untyped-def]
    paragraphs = seed_paragraphs(ROOT / "seeds")
    return [make_source(f"s{i:02d}", article_text(paragraphs, i)) for i in range(12)]


def test_pool_and_serial_extraction_are_identical(corpus) -> None:  # type: ignore[no-untyped-def]
    serial = extract_facts(corpus, workers=1)
    pooled = extract_facts(corpus, workers=2)
    assert facts_to_json(pooled) == facts_to_json(serial)
    assert serial.quotes and serial.events


def test_per_source_results_keep_their_order(corpus) -> None:  # type: ignore[no-untyped-def]
    assert extract_each(corpus[:4], workers=2) == extract_each(corpus[:4], workers=1)


def test_worker_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EXPLAINER_EXTRACT_WORKERS", raising=False)
    assert worker_count(3) == 1
    assert worker_count(1000) >= 1
    monkeypatch.setenv("EXPLAINER_EXTRACT_WORKERS", "3")
    assert worker_count(3) == 3
