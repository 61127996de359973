"""Render stage: the fact set -> generated Markdown pages (Arabic + English) and open data.

``render_pages`` writes, under ``docs/explainer/``: ``timeline``, ``treaty``, ``statements``,
``troops``, ``data`` (each ``<page>.md`` in Arabic and ``<page>.en.md`` in English),
``sources/index`` and ``sources/<source-id>`` pages, and the downloadable files under
``docs/explainer/data/``. Pages are written through :func:`writer.write_generated`, which never
overwrites a file the generator did not write. Everything is rendered before anything is
written, so a refused file leaves the docs tree untouched.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from generator.arabic.gazetteer import load_gazetteer
from generator.curate.treaty_ref import ReferenceEntry, load_treaty_reference
from generator.errors import OverwriteRefused
from generator.models import Diagnostic, EntityRef, FactSet, Provenance
from generator.render.data_export import data_files
from generator.render.data_page import data_context
from generator.render.jinja_env import render_template
from generator.render.links import DATA_DIR, EXPLAINER, source_page_path
from generator.render.page_cache import PageCache, page_key, renderer_version
from generator.render.site import Site, entity_index
from generator.render.sources import (
    provenances_by_source,
    source_context,
    source_page_inputs,
    sources_index_pages,
)
from generator.render.statements import statements_pages
from generator.render.timeline import timeline_pages
from generator.render.treaty import treaty_context
from generator.render.troops import chart_json_name, troops_pages
from generator.render.ui_text import load_ui_text
from generator.render.writer import is_generated, remove_stale_pages, write_data_file, write_generated

__all__ = ["LANGUAGES", "RenderResult", "render_pages", "render_site_files"]

LANGUAGES = ("ar", "en")


class HasTranslations(Protocol):
    @property
    def translations(self) -> Mapping[str, str]: ...


@dataclass(frozen=True, slots=True)
class RenderResult:
    pages_written: tuple[str, ...]  # docs-relative paths of every generated file, up to date
    diagnostics: tuple[Diagnostic, ...]


def _page_file(md_path: str, lang: str) -> str:
    return md_path if lang == "ar" else md_path[: -len(".md")] + f".{lang}.md"


def _entities(facts: FactSet) -> dict[str, EntityRef]:
    """Names for entity ids: the fact set's own entities, then the gazetteer for event actors."""
    names = entity_index(facts)
    wanted = {a for e in facts.events for a in (*e.actors, e.place or "")}
    wanted |= {t.location for t in facts.troop_estimates if t.location}
    wanted -= set(names) | {""}
    gazetteer = load_gazetteer()
    for entity_id in sorted(wanted):
        try:
            names[entity_id] = gazetteer.get(entity_id).to_ref()
        except KeyError:
            continue
    return names


@dataclass(frozen=True, slots=True)
class _Shared:
    """What every language's pages are rendered from."""

    facts: FactSet
    translations: Mapping[str, str]
    editorial_dir: Path
    directory_urls: bool
    entities: dict[str, EntityRef]
    cited: dict[str, list[Provenance]]
    data_names: tuple[str, ...]
    reference: tuple[ReferenceEntry, ...]


@dataclass(slots=True)
class _Language:
    """One language's pages, its chart figure, diagnostics and the page-cache entries it made."""

    pages: dict[str, str]
    figure: str | None
    diagnostics: list[Diagnostic]
    cached: dict[str, list[str]]


def _render_language(lang: str, shared: _Shared, cache: PageCache | None) -> _Language:
    facts = shared.facts
    site = Site(lang, load_ui_text(shared.editorial_dir, lang), facts, shared.translations,
                shared.entities, shared.directory_urls)  # fmt: skip
    figures: dict[str, str] = {}
    contexts = {
        **{path: ("timeline.md.j2", context) for path, context in timeline_pages(site).items()},
        f"{EXPLAINER}/treaty.md": ("treaty.md.j2", treaty_context(site, shared.reference)),
        **statements_pages(site),
        **troops_pages(site, figures, cache=cache),
        **{path: ("sources_index.md.j2", c) for path, c in sources_index_pages(site).items()},
    }
    pages: dict[str, str] = {}
    version = renderer_version(shared.editorial_dir, lang)
    for source in sorted(facts.sources, key=lambda s: s.id):
        page = _page_file(source_page_path(source.id), lang)
        quoted = shared.cited.get(source.id, [])
        key = page_key(version, *source_page_inputs(site, source, quoted)) if cache else ""
        text = cache.get(page, key) if cache else None
        if text is None:
            text = render_template("source.md.j2", **source_context(site, source, quoted))
            if cache:
                cache.put(page, key, text)
        pages[page] = text
    contexts[f"{EXPLAINER}/data.md"] = ("data.md.j2", data_context(site, sorted(shared.data_names)))
    for md_path, (template, context) in contexts.items():
        pages[_page_file(md_path, lang)] = render_template(template, **context)
    cached = {p: v for p, v in cache.current.items() if p in pages} if cache else {}
    return _Language(pages, figures.get(lang), list(site.diagnostics), cached)


_FORKED: tuple[_Shared, PageCache | None] | None = None  # what a forked worker renders from


def _render_forked(lang: str) -> _Language:
    assert _FORKED is not None
    return _render_language(lang, *_FORKED)


def _render_languages(shared: _Shared, cache: PageCache | None) -> list[_Language]:
    """Every language's pages; the languages after the first in forked processes when there
    are cores to spare and the site is large (each language is rendered from the same facts by
    the same code: the pages are the same as in one process)."""
    global _FORKED
    others = LANGUAGES[1:]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    if cores < 2 or len(shared.facts.sources) < PARALLEL_MIN_SOURCES:
        return [_render_language(lang, shared, cache) for lang in LANGUAGES]
    _FORKED = (shared, cache)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(cores - 1, len(others)), mp_context=context) as pool:
            pending = [pool.submit(_render_forked, lang) for lang in others]
            first = _render_language(LANGUAGES[0], shared, cache)
            results = [first, *(job.result() for job in pending)]
    finally:
        _FORKED = None
    if cache is not None:
        for result in results[1:]:
            cache.current.update(result.cached)
    return results


# Below this many sources the languages are rendered in one process (forking costs more).
PARALLEL_MIN_SOURCES = 100


def render_site_files(
    facts: FactSet,
    editorial: HasTranslations,
    editorial_dir: Path,
    *,
    directory_urls: bool = True,
    cache: PageCache | None = None,
) -> tuple[dict[str, str], dict[str, bytes], list[Diagnostic]]:
    """Render everything in memory: (pages by docs-relative path, data files by name, diagnostics).

    With ``cache``, a source page whose inputs are unchanged is taken from the previous build."""
    data = data_files(facts, editorial.translations)
    shared = _Shared(facts, editorial.translations, editorial_dir, directory_urls, _entities(facts),
                     provenances_by_source(facts), tuple(data),
                     tuple(load_treaty_reference(editorial_dir)))  # fmt: skip
    pages: dict[str, str] = {}
    diagnostics: list[Diagnostic] = []
    for lang, result in zip(LANGUAGES, _render_languages(shared, cache), strict=True):
        pages.update(result.pages)
        diagnostics.extend(d for d in result.diagnostics if d not in diagnostics)
        if result.figure is not None:
            data[chart_json_name(lang)] = result.figure.encode("utf-8")
    return dict(sorted(pages.items())), data, diagnostics


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def render_pages(
    facts: FactSet,
    editorial: HasTranslations,
    docs_dir: Path,
    *,
    directory_urls: bool = True,
    cache_dir: Path | None = None,
) -> RenderResult:
    """Render and write every generated page and data file under ``docs_dir/explainer``
    (with ``cache_dir``, unchanged source pages are reused: see :mod:`.page_cache`)."""
    cache = PageCache(cache_dir, docs_dir) if cache_dir is not None else None
    pages, data, diagnostics = render_site_files(facts, editorial, docs_dir / "editorial",
                                                 directory_urls=directory_urls, cache=cache)  # fmt: skip
    existing = {name: _read(docs_dir / name) for name in pages}  # each file read once
    refused = [
        str(docs_dir / name)
        for name, data in existing.items()
        if data is not None and not is_generated(data[:1024].decode("utf-8", errors="replace"))
    ]
    if refused:
        raise OverwriteRefused(
            f"{', '.join(refused)}: refusing to overwrite file(s) the generator did not write "
            "(move them away or add the generated marker)"
        )
    for name, content in pages.items():
        if existing[name] != content.encode("utf-8"):
            write_generated(docs_dir / name, content)
    for name, payload in data.items():
        write_data_file(docs_dir / DATA_DIR / name, payload)
    keep = {(docs_dir / name).resolve() for name in pages}
    remove_stale_pages(docs_dir / EXPLAINER, keep)
    if cache is not None:
        cache.save()
    written = [*pages, *(f"{DATA_DIR}/{name}" for name in data)]
    return RenderResult(tuple(written), tuple(diagnostics))
