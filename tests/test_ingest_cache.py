"""Reading sources with the ingest cache gives the same sources and diagnostics as without it,
and a changed file is read again."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.ingest import ingest_sources

ROOT = Path(__file__).resolve().parents[1]


def test_cached_ingest_is_the_same_and_notices_changes(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / "empty.txt").write_text("  \n", encoding="utf-8")  # a diagnostic, no source
    cache = tmp_path / "ingest.json"
    plain = ingest_sources(seeds)
    assert ingest_sources(seeds, cache_file=cache) == plain and cache.is_file()
    assert ingest_sources(seeds, cache_file=cache) == plain  # from the cache
    first = sorted(seeds.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nسطر جديد في آخر المقال.\n", encoding="utf-8")
    changed = ingest_sources(seeds, cache_file=cache)
    assert changed == ingest_sources(seeds) and changed != plain


def test_the_cache_is_json_and_a_planted_pickle_runs_nothing(tmp_path: Path) -> None:
    """A cache file committed in a pull request must not run code in CI: the cache is plain JSON,
    and a pickle planted in its place (here one that would call os.system) is an empty cache."""
    import json
    import pickle

    from generator.ingest.cache import IngestCache

    cache = tmp_path / "ingest.json"
    ingest_sources(ROOT / "seeds", cache_file=cache)
    assert json.loads(cache.read_text(encoding="utf-8"))["entries"]
    marker = tmp_path / "ran"

    class Planted:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            import os

            return os.system, (f"touch {marker}",)

    cache.write_bytes(pickle.dumps({"version": "x", "entries": Planted()}))
    assert IngestCache(cache).previous == {}
    assert ingest_sources(ROOT / "seeds", cache_file=cache) == ingest_sources(ROOT / "seeds")
    assert not marker.exists()
