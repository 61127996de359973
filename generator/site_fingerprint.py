"""Skip MkDocs when nothing it reads has changed since the last successful build.

Generated pages are written only when their content changes, so a rebuild with the same seeds
leaves every file under ``docs/`` with the same size and modification time. The fingerprint
covers those (path, size, mtime) of every file MkDocs reads under ``docs/``, the bytes of
``mkdocs.yml`` and of the MkDocs hook, the ``SITE_URL`` override, the strict flag and the
versions of MkDocs, Material and mkdocs-static-i18n. It is stored under ``.cache/`` (never in
the published site) and only after a build that wrote the site with no broken link.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib import metadata
from pathlib import Path

PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-static-i18n")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def site_fingerprint(project_root: Path, docs_dir: Path, *, strict: bool) -> str:
    digest = hashlib.sha256()
    for name in ("mkdocs.yml", "generator/mkdocs_hook.py"):
        path = project_root / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    settings = {
        "site_url": os.environ.get("SITE_URL", ""),
        "strict": strict,
        "versions": [_version(p) for p in PACKAGES],
    }
    digest.update(json.dumps(settings, sort_keys=True).encode())
    for path in sorted(docs_dir.rglob("*")):
        if path.is_file():
            stat = path.stat()
            line = f"{path.relative_to(docs_dir).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n"
            digest.update(line.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _record(project_root: Path, site_dir: Path) -> Path:
    key = hashlib.sha256(str(site_dir.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return project_root / ".cache" / "site" / f"{key}.json"


def unchanged_since_last_build(project_root: Path, site_dir: Path, fingerprint: str) -> bool:
    """True when ``site_dir`` was built from exactly this fingerprint (and is still there)."""
    record = _record(project_root, site_dir)
    if not (site_dir / "sitemap.xml").is_file() or not record.is_file():
        return False
    try:
        stored = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    site_stat = (site_dir / "sitemap.xml").stat().st_mtime_ns
    return bool(stored.get("fingerprint") == fingerprint and stored.get("sitemap_mtime") == site_stat)


def remember_build(project_root: Path, site_dir: Path, fingerprint: str) -> None:
    record = _record(project_root, site_dir)
    record.parent.mkdir(parents=True, exist_ok=True)
    sitemap = (site_dir / "sitemap.xml").stat().st_mtime_ns
    record.write_text(json.dumps({"fingerprint": fingerprint, "sitemap_mtime": sitemap}), encoding="utf-8")


def forget_build(project_root: Path, site_dir: Path) -> None:
    _record(project_root, site_dir).unlink(missing_ok=True)
