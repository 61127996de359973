"""The whole pipeline, top to bottom: ingest -> extract -> curate -> render -> assets -> MkDocs.

Every stage finishes before the next starts, so the fact set is complete (merged across
sources) before any page is rendered.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.models import Diagnostic, FactSet

Log = Callable[[str], None]

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


def generate(options: BuildOptions, log: Log = _stderr) -> BuildSummary:
    """Regenerate every generated page and data file under ``docs/`` from ``seeds/``."""
    from generator.curate import apply_editorial, load_editorial, translation_coverage
    from generator.extract import extract_facts
    from generator.ingest import ingest_sources
    from generator.render import render_pages
    from generator.site_assets import copy_vendor_assets

    started = time.perf_counter()
    summary = BuildSummary()
    with _Stage("ingest", log):
        ingested = ingest_sources(options.seeds_dir, max_bytes=options.max_source_bytes)
        summary.sources_read = len(ingested.sources)
        summary.diagnostics.extend(ingested.diagnostics)
        log(f"[ingest] {len(ingested.sources)} sources from {options.seeds_dir}")
    with _Stage("extract", log):
        facts = extract_facts(ingested.sources, cache_dir=options.cache_dir)
        summary.diagnostics.extend(facts.diagnostics)
        log(
            f"[extract] {len(facts.quotes)} statements, {len(facts.troop_estimates)} troop figures, "
            f"{len(facts.events)} events, {len(facts.treaty_provisions)} treaty provisions"
        )
    with _Stage("curate", log):
        editorial = load_editorial(options.docs_dir / "editorial")
        facts, curate_diagnostics = apply_editorial(facts, editorial)
        summary.diagnostics.extend(curate_diagnostics)
        for lang, (done, total) in sorted(translation_coverage(facts, editorial).items()):
            log(f"[curate] translation coverage {lang}: {done}/{total}")
    with _Stage("render", log):
        rendered = render_pages(facts, editorial, options.docs_dir)
        summary.pages_written.extend(rendered.pages_written)
        summary.diagnostics.extend(rendered.diagnostics)
        log(f"[render] {len(rendered.pages_written)} generated files up to date")
    with _Stage("assets", log):
        copied = copy_vendor_assets(options.project_root, options.docs_dir)
        log(f"[assets] {len(copied)} self-hosted assets")
    summary.facts = facts
    summary.seconds = time.perf_counter() - started
    return summary


def run_mkdocs(options: BuildOptions) -> None:
    """Build the site with MkDocs into ``options.site_dir`` (generation already done)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    previous = os.environ.get(SKIP_GENERATE_ENV)
    os.environ[SKIP_GENERATE_ENV] = "1"
    try:
        config = load_config(
            config_file=str(options.project_root / "mkdocs.yml"),
            site_dir=str(options.site_dir),
            strict=options.strict,
        )
        mkdocs_build(config)
    finally:
        if previous is None:
            os.environ.pop(SKIP_GENERATE_ENV, None)
        else:
            os.environ[SKIP_GENERATE_ENV] = previous


def build(options: BuildOptions, log: Log = _stderr) -> BuildSummary:
    started = time.perf_counter()
    summary = generate(options, log)
    for diagnostic in summary.diagnostics:
        log(str(diagnostic))
    with _Stage("mkdocs", log):
        run_mkdocs(options)
        log(f"[mkdocs] site written to {options.site_dir}")
    summary.seconds = time.perf_counter() - started
    log(summary.line())
    return summary
