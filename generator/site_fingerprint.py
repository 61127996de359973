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


def site_fingerprint(project_root: Path, docs_dir: Path, *, strict: bool, shell: bool = False) -> str:
    """With ``shell``, everything but the generated pages (``docs/explainer/``): what decides
    whether the previous site can be updated in place (see :mod:`generator.incremental`)."""
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
        if shell and path.relative_to(docs_dir).parts[:1] == ("explainer",):
            continue
        if path.is_file():
            stat = path.stat()
            line = f"{path.relative_to(docs_dir).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n"
            digest.update(line.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _record(project_root: Path, site_dir: Path) -> Path:
    key = hashlib.sha256(str(site_dir.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return project_root / ".cache" / "site" / f"{key}.json"


def _stored(project_root: Path, site_dir: Path) -> dict[str, object]:
    """What the last successful build into ``site_dir`` recorded, if the site is still as built."""
    record = _record(project_root, site_dir)
    if not (site_dir / "sitemap.xml").is_file() or not record.is_file():
        return {}
    try:
        stored = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    built = (site_dir / "sitemap.xml").stat().st_mtime_ns
    if not isinstance(stored, dict) or stored.get("sitemap_mtime") != built:
        return {}
    return stored


def unchanged_since_last_build(project_root: Path, site_dir: Path, fingerprint: str) -> bool:
    """True when ``site_dir`` was built from exactly this fingerprint (and is still there)."""
    return _stored(project_root, site_dir).get("fingerprint") == fingerprint


def same_shell_as_last_build(project_root: Path, site_dir: Path, shell: str) -> bool:
    return _stored(project_root, site_dir).get("shell") == shell


def remember_build(project_root: Path, site_dir: Path, fingerprint: str, shell: str = "") -> None:
    record = _record(project_root, site_dir)
    record.parent.mkdir(parents=True, exist_ok=True)
    sitemap = (site_dir / "sitemap.xml").stat().st_mtime_ns
    stored = {"fingerprint": fingerprint, "shell": shell, "sitemap_mtime": sitemap}
    record.write_text(json.dumps(stored), encoding="utf-8")


def forget_build(project_root: Path, site_dir: Path) -> None:
    _record(project_root, site_dir).unlink(missing_ok=True)
