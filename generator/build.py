"""The whole pipeline, top to bottom: ingest -> extract -> curate -> render -> assets -> MkDocs
-> link check.

Every stage finishes before the next starts, so the fact set is complete (merged across
sources) before any page is rendered.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from generator import incremental
from generator.build_checks import check_open_data, check_site_dir, curate
from generator.errors import GeneratorError
from generator.filenames import shown
from generator.linkcheck import check_site
from generator.models import Diagnostic, FactSet
from generator.site_fingerprint import (
    forget_build,
    remember_build,
    same_shell_as_last_build,
    site_fingerprint,
    unchanged_since_last_build,
)

Log = Callable[[str], None]
Report = Callable[[Diagnostic], None]

SKIP_GENERATE_ENV = "EXPLAINER_SKIP_GENERATE"
SEEDS_ENV = "EXPLAINER_SEEDS"


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    project_root: Path
    seeds_dir: Path
    docs_dir: Path
    site_dir: Path
    strict: bool = False
    cache_dir: Path | None = None
    max_source_bytes: int = 2_000_000

    @classmethod
    def for_project(cls, project_root: Path, **overrides: object) -> BuildOptions:
        root = project_root.resolve()
        seeds = overrides.pop("seeds_dir", None) or os.environ.get(SEEDS_ENV) or root / "seeds"
        values: dict[str, object] = {
            "project_root": root,
            "seeds_dir": Path(str(seeds)).resolve(),
            "docs_dir": root / "docs",
            "site_dir": root / "site",
            "cache_dir": root / ".cache" / "extract",
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


@dataclass(slots=True)
class BuildSummary:
    sources_read: int = 0
    pages_written: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    seconds: float = 0.0
    facts: FactSet | None = None

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == "warning"]

    def line(self) -> str:
        return (
            f"summary: {self.sources_read} sources read, {len(self.errors)} errors, "
            f"{len(self.warnings)} warnings, {len(self.pages_written)} pages written, "
            f"{self.seconds:.2f} s"
        )


class _Stage:
    """Prints one progress line per stage with its duration."""

    def __init__(self, name: str, log: Log):
        self.name, self.log = name, log

    def __enter__(self) -> _Stage:
        self.started = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.log(f"[{self.name}] done in {time.perf_counter() - self.started:.2f} s")


def _quiet_libraries() -> None:
    """fontTools logs every glyph name at INFO while subsetting (tens of KB): keep its warnings only."""
    for name in ("fontTools", "fontTools.subset", "fontTools.ttLib"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _report_all(log: Log) -> Report:
    return lambda diagnostic: log(shown(str(diagnostic)))


def _failed_sources(diagnostics: list[Diagnostic]) -> list[str]:
    """Display names of the source files that could not be loaded (an error at ingest)."""
    return sorted({d.file for d in diagnostics if d.level == "error" and d.file.endswith(".txt")})


def generate(options: BuildOptions, log: Log = _stderr, report: Report | None = None) -> BuildSummary:
    """Regenerate every generated page and data file under ``docs/`` from ``seeds/``.

    Each stage's diagnostics go to ``report`` as soon as the stage ends (so a later stage's
    failure never hides an earlier stage's cause), and are collected in the summary.
    """
    from generator.curate import load_editorial, translation_coverage
    from generator.extract import extract_facts
    from generator.ingest import ingest_sources
    from generator.render import render_pages
    from generator.site_assets import copy_vendor_assets

    _quiet_libraries()
    started = time.perf_counter()
    summary = BuildSummary()

    def add(diagnostics: Iterable[Diagnostic]) -> None:
        for diagnostic in diagnostics:
            summary.diagnostics.append(diagnostic)
            if report is not None:
                report(diagnostic)

    if not options.seeds_dir.is_dir():
        raise GeneratorError(f"{shown(str(options.seeds_dir))}: seeds directory not found")
    with _Stage("ingest", log):
        ingest_cache = options.cache_dir.parent / "ingest.json" if options.cache_dir is not None else None
        ingested = ingest_sources(
            options.seeds_dir, max_bytes=options.max_source_bytes, cache_file=ingest_cache
        )
        summary.sources_read = len(ingested.sources)
        add(ingested.diagnostics)
        log(f"[ingest] {len(ingested.sources)} sources from {shown(str(options.seeds_dir))}")
    with _Stage("extract", log):
        facts = extract_facts(ingested.sources, cache_dir=options.cache_dir)
        add(facts.diagnostics)
        log(
            f"[extract] {len(facts.quotes)} statements, {len(facts.troop_estimates)} troop figures, "
            f"{len(facts.events)} events, {len(facts.treaty_provisions)} treaty provisions"
        )
    with _Stage("curate", log):
        editorial = load_editorial(options.docs_dir / "editorial")
        facts, curate_diagnostics = curate(facts, editorial, _failed_sources(summary.diagnostics))
        add(curate_diagnostics)
        for lang, (done, total) in sorted(translation_coverage(facts, editorial).items()):
            log(f"[curate] translation coverage {lang}: {done}/{total}")
    with _Stage("render", log):
        render_cache = options.cache_dir.parent / "render" if options.cache_dir is not None else None
        rendered = render_pages(facts, editorial, options.docs_dir, cache_dir=render_cache)
        summary.pages_written.extend(rendered.pages_written)
        add(rendered.diagnostics)
        add(_check_open_data_once(options, render_cache))
        log(f"[render] {len(rendered.pages_written)} generated files up to date")
    with _Stage("assets", log):
        copied = copy_vendor_assets(options.project_root, options.docs_dir)
        log(f"[assets] {len(copied)} self-hosted assets")
    summary.facts = facts
    summary.seconds = time.perf_counter() - started
    return summary


def _check_open_data_once(options: BuildOptions, cache: Path | None) -> list[Diagnostic]:
    """Schema check of facts.json, skipped when the same bytes already passed it; otherwise only
    the facts that did not pass the same schema before are checked (``facts-json-valid.json``)."""
    facts_json = options.docs_dir / "explainer" / "data" / "facts.json"
    if cache is None or not facts_json.is_file():
        return check_open_data(options.docs_dir)
    digest = hashlib.sha256(facts_json.read_bytes()).hexdigest()
    schema = (Path(__file__).resolve().parent / "data" / "facts.schema.json").read_bytes()
    schema_digest = hashlib.sha256(schema).hexdigest()
    record = cache / "facts-json-valid.json"
    try:
        stored = json.loads(record.read_text(encoding="utf-8"))
        assert isinstance(stored, dict) and stored.get("schema") == schema_digest
    except (OSError, ValueError, AssertionError):
        stored = {}
    if stored.get("file") == digest:
        return []
    passed: set[str] = set()
    found = check_open_data(options.docs_dir, set(stored.get("facts", [])), passed)
    record.parent.mkdir(parents=True, exist_ok=True)
    kept = {"schema": schema_digest, "file": None if found else digest, "facts": sorted(passed)}
    record.write_text(json.dumps(kept), encoding="utf-8")
    return found


def run_mkdocs(options: BuildOptions, site_dir: Path | None = None, *, dirty: bool = False) -> str:
    """Build the site with MkDocs into ``site_dir`` (generation already done); returns the base
    path the site is served under (from ``site_url``). ``dirty``: MkDocs' own ``--dirty`` build
    (see :mod:`generator.incremental`, which prepares the folder for it)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    previous = os.environ.get(SKIP_GENERATE_ENV)
    os.environ[SKIP_GENERATE_ENV] = "1"
    argv = list(sys.argv)
    if dirty:  # mkdocs-static-i18n builds the other languages dirty only when it sees the flag
        sys.argv.append("--dirty")
        logging.getLogger("mkdocs.commands.build").addFilter(_dirty_warning)
    try:
        config = load_config(
            config_file=str(options.project_root / "mkdocs.yml"),
            site_dir=str(site_dir or options.site_dir),
            strict=options.strict,
        )
        mkdocs_build(config, dirty=dirty)
        return urlsplit(str(config.get("site_url") or "/")).path or "/"
    finally:
        sys.argv[:] = argv
        logging.getLogger("mkdocs.commands.build").removeFilter(_dirty_warning)
        if previous is None:
            os.environ.pop(SKIP_GENERATE_ENV, None)
        else:
            os.environ[SKIP_GENERATE_ENV] = previous


def _dirty_warning(record: logging.LogRecord) -> bool:
    """MkDocs warns that a dirty build may leave navigation stale: generator.incremental makes
    sure it does not (same shell, every indexed page rebuilt, deleted pages removed)."""
    return "'dirty' build" not in record.getMessage()


def build(options: BuildOptions, log: Log = _stderr) -> BuildSummary:
    """Generate, build with MkDocs into a temporary folder, check every internal link, and move
    the result into ``options.site_dir`` only when it succeeded (with ``strict``: without errors)."""
    started = time.perf_counter()
    check_site_dir(options)
    report = _report_all(log)
    summary = generate(options, log, report)
    fingerprint = site_fingerprint(options.project_root, options.docs_dir, strict=options.strict)
    if unchanged_since_last_build(options.project_root, options.site_dir, fingerprint):
        log(f"[mkdocs] nothing changed since the last build; {shown(str(options.site_dir))} kept")
    else:
        _build_site(options, summary, report, log, fingerprint)
    summary.seconds = time.perf_counter() - started
    log(summary.line())
    return summary


def _build_site(
    options: BuildOptions, summary: BuildSummary, report: Report, log: Log, fingerprint: str
) -> None:
    """MkDocs into a staging folder, link check, then the staging folder replaces the site."""
    shell = site_fingerprint(options.project_root, options.docs_dir, strict=options.strict, shell=True)
    dirty = not options.strict and same_shell_as_last_build(options.project_root, options.site_dir, shell)
    forget_build(options.project_root, options.site_dir)
    options.site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{options.site_dir.name}.", dir=options.site_dir.parent))
    try:
        with _Stage("mkdocs", log):
            if dirty:
                previous_index = incremental.read_search_indexes(options.site_dir)
                incremental.prepare(options.site_dir, staging)
                log("[mkdocs] same shell as the previous site: pages whose Markdown changed are rebuilt")
            started = time.time() - 1  # file times may be rounded down to the second
            base_path = run_mkdocs(options, staging, dirty=dirty)
            if dirty:
                incremental.remove_stale(staging, options.docs_dir)
                incremental.merge_search_index(staging, previous_index, started)
        with _Stage("links", log):
            links_cache = options.cache_dir.parent / "links.json" if options.cache_dir is not None else None
            broken = check_site(staging, base_path, links_cache)
            for diagnostic in broken:
                summary.diagnostics.append(diagnostic)
                report(diagnostic)
            log(f"[links] {len(broken)} broken internal link(s)")
        if options.strict and summary.errors:
            kept = shown(str(options.site_dir))
            log(f"[mkdocs] strict: {len(summary.errors)} error(s); {kept} left unchanged")
        else:
            _replace_folder(staging, options.site_dir)
            log(f"[mkdocs] site written to {shown(str(options.site_dir))}")
            if not broken:
                remember_build(options.project_root, options.site_dir, fingerprint, shell)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _replace_folder(new: Path, target: Path) -> None:
    """Put ``new`` in the place of ``target`` (two renames on one file system)."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
        target.rename(old / target.name)
    new.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
