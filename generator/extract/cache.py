"""Per-source extraction cache: a source is re-extracted only when its text, metadata, id or the
extractor itself (code of generator/extract and generator/arabic, data in generator/data) change."""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from generator.extract.serialize import facts_from_dict, facts_to_dict
from generator.models import FactSet, Source

PACKAGE_DIR = Path(__file__).resolve().parent.parent
_VERSIONED = (("extract", "*.py"), ("arabic", "*.py"), ("data", "*.yml"), ("data", "*.json"))


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """Hash of every file whose change can change extraction results."""
    digest = hashlib.sha256()
    for folder, pattern in _VERSIONED:
        for path in sorted((PACKAGE_DIR / folder).glob(pattern)):
            digest.update(f"{folder}/{path.name}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(source: Source) -> str:
    meta = source.meta
    parts = [extractor_version(), source.id, source.original_text, source.cleaned_text,
             meta.published.isoformat() if meta.published else "", meta.outlet or ""]  # fmt: skip
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def _file_prefix(source: Source) -> str:
    """Cache files are named from a hash of the source id: a long or odd file stem is no path."""
    return "s" + hashlib.sha256(source.id.encode("utf-8")).hexdigest()[:16]


def cache_path(cache_dir: Path, source: Source) -> Path:
    return cache_dir / f"{_file_prefix(source)}.{cache_key(source)[:24]}.json"


def load_cached(cache_dir: Path, source: Source) -> FactSet | None:
    path = cache_path(cache_dir, source)
    try:
        return facts_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store_cached(cache_dir: Path, source: Source, facts: FactSet) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    for stale in cache_dir.glob(f"{_file_prefix(source)}.*.json"):
        stale.unlink(missing_ok=True)
    path = cache_path(cache_dir, source)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(facts_to_dict(facts), ensure_ascii=False, sort_keys=True), encoding="utf-8")
    tmp.replace(path)
