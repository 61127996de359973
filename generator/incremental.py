"""Incremental MkDocs builds with MkDocs' own ``dirty`` mode, made safe for this site.

``mkdocs build --dirty`` rebuilds only pages whose Markdown is newer than their HTML; on its own
it would leave the search index with the rebuilt pages only and keep the HTML of deleted pages.
Here it is used only when the site's shell (configuration, theme overrides, assets, hand-written
pages, versions) is exactly the one the previous site was built with, and:

* the previous site is copied into the staging folder with its modification times;
* the HTML of every page that search indexes is removed from the copy, so MkDocs
  rebuilds all of them and the search index comes out whole and in the same order as a full
  build (the per-source pages, most of the site at archive size, are excluded from search and
  are rebuilt only when their Markdown changed: it is written only when its content changes);
* after the build, HTML of generated pages that no longer exist is deleted.
"""

from __future__ import annotations

import shutil
from pathlib import Path

GENERATED = "explainer"
SEARCH_EXCLUDED = "search:\n  exclude: true\n"


def html_path(md_relative: str) -> str:
    """Where MkDocs (directory URLs) with mkdocs-static-i18n (suffix) writes a page's HTML."""
    stem = md_relative[: -len(".md")]
    prefix = ""
    name = stem.rsplit("/", 1)[-1]
    if "." in name:  # x.en -> en/x
        lang = name.rsplit(".", 1)[1]
        stem = stem[: -len(lang) - 1]
        prefix = f"{lang}/"
    if stem == "index" or stem.endswith("/index"):
        return f"{prefix}{stem}.html"
    return f"{prefix}{stem}/index.html"


def _front_matter(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = handle.read(2048)
    return head.split("\n---", 1)[0] if head.startswith("---") else ""


NOT_PAGES = ("overrides", "editorial")  # exclude_docs in mkdocs.yml


def generated_pages(docs_dir: Path, *, every_page: bool = False) -> dict[str, bool]:
    """HTML path of every generated page (``every_page``: every page) -> whether search indexes it."""
    pages = {}
    found = docs_dir.rglob("*.md") if every_page else (docs_dir / GENERATED).rglob("*.md")
    for md in sorted(found):
        if md.relative_to(docs_dir).parts[0] in NOT_PAGES:
            continue
        relative = md.relative_to(docs_dir).as_posix()
        pages[html_path(relative)] = SEARCH_EXCLUDED not in _front_matter(md) + "\n"
    return pages


def prepare(previous_site: Path, staging: Path, docs_dir: Path) -> None:
    """Copy the previous site into ``staging`` and drop the HTML MkDocs must rebuild."""
    shutil.copytree(previous_site, staging, dirs_exist_ok=True)
    for page, searched in generated_pages(docs_dir, every_page=True).items():
        if searched:
            (staging / page).unlink(missing_ok=True)


def remove_stale(staging: Path, docs_dir: Path) -> list[str]:
    """Delete the HTML of generated pages whose Markdown is gone (and folders left empty)."""
    expected = set(generated_pages(docs_dir))
    removed = []
    for root in (staging / GENERATED, *sorted(staging.glob(f"*/{GENERATED}"))):
        if not root.is_dir():
            continue
        for html in sorted(root.rglob("index.html")):
            relative = html.relative_to(staging).as_posix()
            if relative not in expected:
                html.unlink()
                removed.append(relative)
        for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
    return removed
