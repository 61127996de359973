"""Incremental MkDocs builds with MkDocs' own ``dirty`` mode, made safe for this site.

``mkdocs build --dirty`` rebuilds only pages whose Markdown is newer than their HTML; on its own
it would leave the search index with the rebuilt pages only and keep the HTML of deleted pages.
Here it is used only when the site's shell (configuration, theme overrides, assets, hand-written
pages, versions) is exactly the one the previous site was built with, and:

* the previous site is copied into the staging folder with its modification times;
* MkDocs rebuilds the pages whose Markdown is newer than their HTML (Markdown is written only
  when its content changes);
* after the build, HTML of generated pages that no longer exist is deleted, and the search
  index (which MkDocs wrote for the rebuilt pages only) gets back the previous entries of every
  page that was not rebuilt and still exists;
* every build, full or not, writes the index in one canonical order (by page, each page's
  sections in their order): an updated site is byte-identical to a full build.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

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


def prepare(previous_site: Path, staging: Path) -> None:
    """Copy the previous site, modification times included, into ``staging``."""
    shutil.copytree(previous_site, staging, dirs_exist_ok=True)


SEARCH_INDEX = "search/search_index.json"
# One index per language: the default language's pages in SEARCH_INDEX, each other language's in
# "<lang>/search/search_index.json" (docs/assets/js/search-lazy.js asks for the page's own).
OTHER_LANGUAGES = ("en",)


def _language(location: str) -> str:
    first = location.split("/", 1)[0]
    return first if first in OTHER_LANGUAGES and "/" in location else ""


def _index_path(site: Path, lang: str) -> Path:
    return site / lang / SEARCH_INDEX if lang else site / SEARCH_INDEX


def _page_html(location: str) -> str:
    page = location.split("#", 1)[0]
    return f"{page}index.html" if page == "" or page.endswith("/") else page


def canonical_search_index(data: dict[str, Any]) -> str:
    """The index as Material writes it, its entries grouped by page in page order (stable)."""
    docs = sorted(data["docs"], key=lambda entry: entry["location"].split("#", 1)[0])
    return json.dumps({**data, "docs": docs}, separators=(",", ":"), default=str)


def write_search_indexes(site: Path, data: dict[str, Any]) -> None:
    """``data`` (every language's entries) written as one canonical index per language; entry
    locations stay relative to the site root, where Material resolves them."""
    for lang in ("", *OTHER_LANGUAGES):
        docs = [entry for entry in data["docs"] if _language(entry["location"]) == lang]
        path = _index_path(site, lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(canonical_search_index({**data, "docs": docs}), encoding="utf-8")


def read_search_indexes(site: Path) -> dict[str, Any]:
    """Every language's index of ``site`` as one (the inverse of :func:`write_search_indexes`)."""
    data = json.loads((site / SEARCH_INDEX).read_text(encoding="utf-8"))
    for lang in OTHER_LANGUAGES:
        path = _index_path(site, lang)
        if path.is_file():
            data["docs"] += json.loads(path.read_text(encoding="utf-8"))["docs"]
    return data


def split_search_index(site: Path) -> None:
    """After MkDocs (and mkdocs-static-i18n) wrote one index of every language at the site root:
    one index per language, each in a canonical order."""
    path = site / SEARCH_INDEX
    if path.is_file():
        write_search_indexes(site, json.loads(path.read_text(encoding="utf-8")))


def merge_search_index(staging: Path, previous: dict[str, Any], built_since: float) -> None:
    """Previous entries of pages not rebuilt (HTML older than ``built_since``) and still there,
    with the entries MkDocs just wrote for the rebuilt pages."""
    new = read_search_indexes(staging)
    kept = []
    for entry in previous["docs"]:
        html = staging / _page_html(entry["location"])
        if html.is_file() and html.stat().st_mtime < built_since:
            kept.append(entry)
    new["docs"] = kept + new["docs"]
    write_search_indexes(staging, new)


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
