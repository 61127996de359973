"""Cache of the costly part of reading a source (decoding, cleaning, metadata), by content.

The key hashes the file's bytes, its display name and stem, and a version of the code and data
that read it (``generator/ingest``, ``generator/arabic``, the models and ``generator/data``);
sidecars are read every time. One pickle file under ``.cache/``, written by this program only;
an unreadable or foreign file counts as empty.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from pathlib import Path
from typing import Any

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
        self.previous: dict[str, Any] = {}
        self.current: dict[str, Any] = {}
        if path is not None:
            try:
                with path.open("rb") as handle:
                    loaded = pickle.load(handle)
                if isinstance(loaded, dict) and loaded.get("version") == code_version():
                    self.previous = loaded["entries"]
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError):
                self.previous = {}

    def get(self, key: str) -> Any:
        found = self.previous.get(key)
        if found is not None:
            self.current[key] = found
        return found

    def put(self, key: str, value: Any) -> None:
        self.current[key] = value

    def save(self) -> None:
        """Keep the entries of this run's sources only (when anything changed)."""
        if self.path is None or self.current.keys() == self.previous.keys():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        with temporary.open("wb") as handle:
            pickle.dump({"version": code_version(), "entries": self.current}, handle, protocol=5)
        temporary.replace(self.path)
