"""Cache of rendered per-source pages, keyed by everything that feeds one.

A source page shows the source's text and metadata, the sentences the site cites from it and
links to the facts read in it. Its key hashes those inputs as the page would show them (the fact
links, the metadata line, the title), the source's text hashes, the language, and a version of
the renderer (every file of ``generator/render/`` and the page text of that language). On a hit
the page written by the previous build is reused as it is; adding a source re-renders that
source's two pages (and those whose facts changed), not the other thousand.

The manifest (page -> key) lives under ``.cache/render/``; a page whose file was edited or
removed since is rendered again (its content must still carry the generated marker).
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from generator.render.writer import is_generated

RENDER_DIR = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=4)
def renderer_version(editorial_dir: Path, lang: str) -> str:
    digest = hashlib.sha256()
    files = sorted([*RENDER_DIR.rglob("*.py"), *RENDER_DIR.rglob("*.j2")])
    files.append(editorial_dir / f"text.{lang}.yml")
    for path in files:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()


def page_key(*parts: object) -> str:
    """Hash of the ``repr`` of every input (frozen dataclasses and Markup have stable reprs)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class PageCache:
    def __init__(self, cache_dir: Path, docs_dir: Path) -> None:
        self.manifest_path = cache_dir / "source-pages.json"
        self.docs_dir = docs_dir
        try:
            self.previous: dict[str, list[str]] = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.previous = {}
        self.current: dict[str, list[str]] = {}  # page -> [key, sha256 of the page as written]
        self.hits = 0

    def get(self, page: str, key: str) -> str | None:
        """The page as last written, when it was rendered from ``key`` and is unchanged since."""
        previous = self.previous.get(page)
        if not previous or previous[0] != key:
            return None
        try:
            text = (self.docs_dir / page).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        if not is_generated(text) or _digest(text) != previous[1]:
            return None
        self.current[page] = previous
        self.hits += 1
        return text

    def put(self, page: str, key: str, text: str) -> None:
        self.current[page] = [key, _digest(text)]

    def value(self, name: str, key: str) -> Any:
        """A value stored under ``name`` by the previous build from the same ``key``, else None."""
        try:
            stored = json.loads((self.manifest_path.parent / f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return stored.get("value") if isinstance(stored, dict) and stored.get("key") == key else None

    def keep_value(self, name: str, key: str, value: Any) -> None:
        path = self.manifest_path.parent / f"{name}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"key": key, "value": value}, ensure_ascii=False), encoding="utf-8")

    def save(self) -> None:
        self.manifest_path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(dict(sorted(self.current.items())), indent=0, sort_keys=True)
        temporary = self.manifest_path.with_suffix(".tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(self.manifest_path)
