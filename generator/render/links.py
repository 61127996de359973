"""Relative links between generated pages, to cited sentences and to the data files.

Links inside raw HTML blocks are not rewritten by MkDocs (it only rewrites Markdown links), so
hrefs are written in their built form: with ``use_directory_urls`` (the MkDocs default) the
page ``explainer/sources/x.md`` is served at ``explainer/sources/x/``. English pages are built
under ``en/`` by mkdocs-static-i18n; page links stay inside the reader's language, while links
to static files (downloads, scripts) go to the one copy at the site root.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass

from markupsafe import Markup

from generator.filenames import page_slug
from generator.models import Provenance

EXPLAINER = "explainer"
DATA_DIR = f"{EXPLAINER}/data"
SOURCE_PAGE_DIR = f"{EXPLAINER}/sources"


def sentence_anchor(start: int) -> Markup:
    return Markup(f"s-{int(start)}")


def source_page_path(source_id: str) -> str:
    """Docs-relative path of a source's page (without the language suffix), from a safe slug."""
    return f"{SOURCE_PAGE_DIR}/{page_slug(source_id)}.md"


def page_url(md_path: str, directory_urls: bool = True) -> str:
    """Site-relative URL of the page built from ``md_path`` ("a/b.md" -> "a/b/")."""
    stem = md_path[: -len(".md")] if md_path.endswith(".md") else md_path
    if not directory_urls:
        return f"{stem}.html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/"


@functools.lru_cache(maxsize=131072)
def _relative(target: str, base: str) -> str:
    """``target`` relative to the folder ``base`` (both site-relative); memoised: a large site
    asks for the same few thousand pairs a hundred thousand times."""
    trailing = "/" if target.endswith("/") else ""
    rel = posixpath.relpath(target or ".", base.rstrip("/") or ".")
    if rel == ".":
        return "./"
    return rel + trailing if not rel.endswith("/") else rel


@dataclass(frozen=True, slots=True)
class Linker:
    """Builds hrefs as seen from one generated page (``md_path`` is docs-relative)."""

    md_path: str
    lang: str
    directory_urls: bool = True

    @property
    def _here(self) -> str:
        url = page_url(self.md_path, self.directory_urls)
        return url if url.endswith("/") else posixpath.dirname(url) + "/"

    def _relative(self, target: str, base: str) -> str:
        return _relative(target, base)

    def page(self, md_path: str, anchor: str | None = None) -> str:
        """Link to another generated page in the same language."""
        href = self._relative(page_url(md_path, self.directory_urls), self._here)
        return f"{href}#{anchor}" if anchor else href

    def sentence(self, provenance: Provenance) -> str:
        return self.page(source_page_path(provenance.file), sentence_anchor(provenance.start))

    def static(self, site_path: str) -> str:
        """Link to a file copied once at the site root (English pages live one level down)."""
        base = self._here if self.lang == "ar" else f"{self.lang}/{self._here}"
        return self._relative(site_path, base)


@dataclass(frozen=True, slots=True)
class ListPage:
    """A link in the page list of a long list split into pages ("101–200")."""

    label: str
    href: Markup
    current: bool
