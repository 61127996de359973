"""Cache of the costly part of reading a source (decoding, cleaning, metadata), by content.

The key hashes the file's bytes, its display name and stem, and a version of the code and data
that read it (``generator/ingest``, ``generator/arabic``, the models and ``generator/data``);
sidecars are read every time. One JSON file under ``.cache/`` (never pickle: a cache file
committed by a pull request must not be able to run code in CI); an unreadable, foreign or
malformed file counts as empty.
"""

from __future__ import annotations

import functools
import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any, get_args

from generator.ingest.clean import CleanResult
from generator.models import Diagnostic, Level, OffsetMap, Removal, SourceMeta

# What _read_text returns for one file: (diagnostics, text, cleaned text, metadata)
ReadResult = tuple[list[Diagnostic], str | None, CleanResult | None, SourceMeta | None]

PACKAGE = Path(__file__).resolve().parents[1]


@functools.cache
def code_version() -> str:
    digest = hashlib.sha256()
    files = [*(PACKAGE / "ingest").glob("*.py"), *(PACKAGE / "arabic").glob("*.py"),
             PACKAGE / "models.py", *(PACKAGE / "data").glob("*.yml")]  # fmt: skip
    for path in sorted(files):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def source_key(raw: bytes, file: str, stem: str) -> str:
    digest = hashlib.sha256(code_version().encode())
    for part in (file.encode("utf-8", "surrogatepass"), stem.encode("utf-8", "surrogatepass"), raw):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


class IngestCache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.previous: dict[str, ReadResult] = {}
        self.current: dict[str, ReadResult] = {}
        if path is not None:
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict) and loaded.get("version") == code_version():
                    self.previous = {key: _from_json(value) for key, value in loaded["entries"].items()}
            except (OSError, ValueError, AttributeError, KeyError, TypeError, IndexError):
                self.previous = {}

    def get(self, key: str) -> ReadResult | None:
        found = self.previous.get(key)
        if found is not None:
            self.current[key] = found
        return found

    def put(self, key: str, value: ReadResult) -> None:
        self.current[key] = value

    def save(self) -> None:
        """Keep the entries of this run's sources only (when anything changed)."""
        if self.path is None or self.current.keys() == self.previous.keys():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        entries = {key: _to_json(value) for key, value in sorted(self.current.items())}
        temporary.write_text(json.dumps({"version": code_version(), "entries": entries}), encoding="utf-8")
        temporary.replace(self.path)


def _meta_json(meta: SourceMeta) -> dict[str, Any]:
    fields = {name: getattr(meta, name) for name in SourceMeta.__dataclass_fields__}
    return {**fields, "published": meta.published.isoformat() if meta.published else None}


def _to_json(read: ReadResult) -> dict[str, Any]:
    diagnostics, text, cleaned, meta = read
    cleaned_json = None
    if cleaned is not None:
        cleaned_json = {
            "text": cleaned.text,
            "segments": [list(s) for s in cleaned.offset_map.segments],
            "removals": [[r.start, r.end, r.reason, r.text] for r in cleaned.removals],
        }
    return {
        "diagnostics": [[d.level, d.file, d.message, d.line, d.offset] for d in diagnostics],
        "text": text,
        "cleaned": cleaned_json,
        "meta": None if meta is None else _meta_json(meta),
    }


def _level(value: object) -> Level:
    if value not in get_args(Level):
        raise ValueError(f"not a diagnostic level: {value!r}")
    return value  # type: ignore[return-value]


def _from_json(entry: dict[str, Any]) -> ReadResult:
    diagnostics = [
        Diagnostic(_level(level), str(file), str(message), line, offset)
        for level, file, message, line, offset in entry["diagnostics"]
    ]
    cleaned_raw, meta_raw = entry["cleaned"], entry["meta"]
    cleaned = None
    if cleaned_raw is not None:
        cleaned = CleanResult(
            str(cleaned_raw["text"]),
            OffsetMap(tuple((int(a), int(b), int(c)) for a, b, c in cleaned_raw["segments"])),
            tuple(Removal(int(a), int(b), str(c), str(d)) for a, b, c, d in cleaned_raw["removals"]),
        )
    meta = None
    if meta_raw is not None:
        published = meta_raw["published"]
        meta = SourceMeta(**{**meta_raw, "published": date.fromisoformat(published) if published else None})
    text = entry["text"]
    return diagnostics, None if text is None else str(text), cleaned, meta
