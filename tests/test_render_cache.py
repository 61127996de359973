"""Per-source pages are rendered again only when what feeds them changes, and a page taken from
the cache is byte-identical to a fresh rendering."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import generator.render.page_cache as page_cache
from generator.curate import load_editorial
from generator.extract import extract_facts
from generator.ingest import ingest_sources
from generator.render import render_pages

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def docs(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "docs" / "editorial", tmp_path / "docs" / "editorial")
    return tmp_path / "docs"


def _render(docs: Path, seeds: list[Path], cache: Path | None) -> dict[str, str]:
    stems = {p.stem for p in seeds}
    sources = [s for s in ingest_sources(ROOT / "seeds").sources if s.id in stems]
    facts = extract_facts(sources)
    render_pages(facts, load_editorial(docs / "editorial"), docs, cache_dir=cache)
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted((docs / "explainer" / "sources").glob("*.md"))
            if not p.name.startswith("index.")}  # fmt: skip


def test_cached_pages_equal_fresh_ones_and_only_changed_pages_render(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    cache = tmp_path / "cache"
    _render(docs, seeds[:3], cache)
    hits: list[int] = []
    original_save = page_cache.PageCache.save

    def spy(self: page_cache.PageCache) -> None:
        hits.append(self.hits)
        original_save(self)

    monkeypatch.setattr(page_cache.PageCache, "save", spy)
    cached = _render(docs, seeds[:4], cache)  # one source more
    fresh_docs = tmp_path / "fresh" / "docs"
    shutil.copytree(docs / "editorial", fresh_docs / "editorial")
    fresh = _render(fresh_docs, seeds[:4], None)
    assert cached == fresh
    assert hits and 0 < hits[-1] < len(fresh), "some pages reused, the new source's pages rendered"
    _render(docs, seeds[:4], cache)
    assert hits[-1] == len(fresh), "nothing changed: every source page reused"


def test_an_edited_page_is_rendered_again(docs: Path, tmp_path: Path) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))[:2]
    cache = tmp_path / "cache"
    first = _render(docs, seeds, cache)
    page = next(iter(first))
    (docs / page).write_text(first[page] + "\nedited\n", encoding="utf-8")
    assert _render(docs, seeds, cache)[page] == first[page]


def test_the_troop_chart_is_reused_only_for_the_same_figures(docs: Path, tmp_path: Path) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    cache = tmp_path / "cache"
    _render(docs, seeds[:3], cache)
    assert (cache / "troop-chart.en.json").is_file()
    _render(docs, seeds, cache)  # more figures: drawn again
    cached = (docs / "explainer" / "troops.en.md").read_text(encoding="utf-8")
    _render(docs, seeds, cache)  # same figures: reused
    assert (docs / "explainer" / "troops.en.md").read_text(encoding="utf-8") == cached
    fresh_docs = tmp_path / "fresh" / "docs"
    shutil.copytree(docs / "editorial", fresh_docs / "editorial")
    _render(fresh_docs, seeds, None)
    assert (fresh_docs / "explainer" / "troops.en.md").read_text(encoding="utf-8") == cached
    chart = "explainer/data/troop-chart.en.json"
    assert (fresh_docs / chart).read_bytes() == (docs / chart).read_bytes()
