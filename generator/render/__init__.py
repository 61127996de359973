"""Render stage: the fact set -> generated Markdown pages (Arabic + English) and open data.

``render_pages`` writes, under ``docs/explainer/``: ``timeline``, ``treaty``, ``statements``,
``troops``, ``data`` (each ``<page>.md`` in Arabic and ``<page>.en.md`` in English),
``sources/index`` and ``sources/<source-id>`` pages, and the downloadable files under
``docs/explainer/data/``. Pages are written through :func:`writer.write_generated`, which never
overwrites a file the generator did not write. Everything is rendered before anything is
written, so a refused file leaves the docs tree untouched.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from generator.arabic.gazetteer import load_gazetteer
from generator.curate.treaty_ref import load_treaty_reference
from generator.errors import OverwriteRefused
from generator.models import Diagnostic, EntityRef, FactSet
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
    pages: dict[str, str] = {}
    figures: dict[str, str] = {}
    diagnostics: list[Diagnostic] = []
    entities = _entities(facts)
    cited = provenances_by_source(facts)
    data = data_files(facts, editorial.translations)
    reference = load_treaty_reference(editorial_dir)
    for lang in LANGUAGES:
        site = Site(lang, load_ui_text(editorial_dir, lang), facts, editorial.translations, entities,
                    directory_urls)  # fmt: skip
        contexts = {
            **{path: ("timeline.md.j2", context) for path, context in timeline_pages(site).items()},
            f"{EXPLAINER}/treaty.md": ("treaty.md.j2", treaty_context(site, reference)),
            **statements_pages(site),
            **troops_pages(site, figures, cache=cache),
            **{path: ("sources_index.md.j2", c) for path, c in sources_index_pages(site).items()},
        }
        version = renderer_version(editorial_dir, lang)
        for source in sorted(facts.sources, key=lambda s: s.id):
            page = _page_file(source_page_path(source.id), lang)
            quoted = cited.get(source.id, [])
            key = page_key(version, *source_page_inputs(site, source, quoted)) if cache else ""
            text = cache.get(page, key) if cache else None
            if text is None:
                text = render_template("source.md.j2", **source_context(site, source, quoted))
                if cache:
                    cache.put(page, key, text)
            pages[page] = text
        contexts[f"{EXPLAINER}/data.md"] = ("data.md.j2", data_context(site, sorted(data)))
        for md_path, (template, context) in contexts.items():
            pages[_page_file(md_path, lang)] = render_template(template, **context)
        diagnostics.extend(d for d in site.diagnostics if d not in diagnostics)
    for lang, figure in sorted(figures.items()):
        data[chart_json_name(lang)] = figure.encode("utf-8")
    return dict(sorted(pages.items())), data, diagnostics


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
    refused = [
        str(docs_dir / name)
        for name in pages
        if (docs_dir / name).exists()
        and not is_generated((docs_dir / name).read_text(encoding="utf-8", errors="replace"))
    ]
    if refused:
        raise OverwriteRefused(
            f"{', '.join(refused)}: refusing to overwrite file(s) the generator did not write "
            "(move them away or add the generated marker)"
        )
    for name, content in pages.items():
        write_generated(docs_dir / name, content)
    for name, payload in data.items():
        write_data_file(docs_dir / DATA_DIR / name, payload)
    keep = {(docs_dir / name).resolve() for name in pages}
    remove_stale_pages(docs_dir / EXPLAINER, keep)
    if cache is not None:
        cache.save()
    written = [*pages, *(f"{DATA_DIR}/{name}" for name in data)]
    return RenderResult(tuple(written), tuple(diagnostics))
