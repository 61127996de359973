"""The languages of a large site are rendered in forked processes: the pages, data files and
diagnostics are the same as from one process (small thresholds stand in for a large corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.render as render
from generator.curate import load_editorial
from generator.extract import extract_facts
from generator.ingest import ingest_sources
from generator.render.page_cache import PageCache

ROOT = Path(__file__).resolve().parents[1]


def test_languages_rendered_in_parallel_give_the_same_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = extract_facts(ingest_sources(ROOT / "seeds").sources)
    editorial = load_editorial(ROOT / "docs" / "editorial")
    serial = render.render_site_files(facts, editorial, ROOT / "docs" / "editorial")
    monkeypatch.setattr(render, "PARALLEL_MIN_SOURCES", 0)
    monkeypatch.setattr(render.os, "sched_getaffinity", lambda _pid: {0, 1})
    cache = PageCache(tmp_path / "cache", tmp_path / "docs")
    parallel = render.render_site_files(facts, editorial, ROOT / "docs" / "editorial", cache=cache)
    assert parallel == serial
    english = {page for page in cache.current if page.endswith(".en.md")}
    assert english and len(cache.current) == 2 * len(english)  # the worker's cache entries came back
