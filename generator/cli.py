"""Command line: ``python -m generator build|extract|debug-cleaning``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from generator.build import BuildOptions, build
from generator.errors import GeneratorError
from generator.filenames import shown


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Build the bilingual explainer site from the news articles in seeds/.",
    )
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="project root (default: .)")
    commands = parser.add_subparsers(dest="command", required=True)

    build_cmd = commands.add_parser("build", help="regenerate pages from seeds/ and build the site")
    build_cmd.add_argument("--seeds", type=Path, help="folder of source articles (default: seeds/)")
    build_cmd.add_argument("--site", type=Path, help="output folder (default: site/)")
    build_cmd.add_argument(
        "--strict", action="store_true", help="exit non-zero when a source has an error (CI uses this)"
    )

    extract_cmd = commands.add_parser("extract", help="write the whole fact set as one JSON document")
    extract_cmd.add_argument("--seeds", type=Path, help="folder of source articles (default: seeds/)")
    extract_cmd.add_argument("--out", type=Path, help="output file (default: standard output)")

    debug_cmd = commands.add_parser("debug-cleaning", help="list what junk removal cut from each source")
    debug_cmd.add_argument("--seeds", type=Path, help="folder of source articles (default: seeds/)")
    return parser


def _build(args: argparse.Namespace) -> int:
    options = BuildOptions.for_project(
        args.project,
        seeds_dir=args.seeds,
        site_dir=args.site.resolve() if args.site else None,
        strict=args.strict,
    )
    summary = build(options)
    if args.strict and summary.errors:
        print(f"strict: {len(summary.errors)} error(s); failing", file=sys.stderr)
        return 1
    return 0


def _extract(args: argparse.Namespace) -> int:
    from generator.extract import extract_facts
    from generator.extract.serialize import facts_to_json
    from generator.ingest import ingest_sources

    options = BuildOptions.for_project(args.project, seeds_dir=args.seeds)
    ingested = ingest_sources(options.seeds_dir, max_bytes=options.max_source_bytes)
    for diagnostic in ingested.diagnostics:
        print(shown(str(diagnostic)), file=sys.stderr)
    facts = extract_facts(ingested.sources, cache_dir=options.cache_dir)
    document = facts_to_json(facts)
    if args.out:
        args.out.write_text(document, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(document)
    return 0


def _debug_cleaning(args: argparse.Namespace) -> int:
    from generator.ingest import format_removals, ingest_sources

    options = BuildOptions.for_project(args.project, seeds_dir=args.seeds)
    ingested = ingest_sources(options.seeds_dir, max_bytes=options.max_source_bytes)
    for diagnostic in ingested.diagnostics:
        print(shown(str(diagnostic)), file=sys.stderr)
    for source in ingested.sources:
        print("\n".join(shown(line) for line in format_removals(source).splitlines()) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s - %(message)s")
    args = _parser().parse_args(argv)
    handlers = {"build": _build, "extract": _extract, "debug-cleaning": _debug_cleaning}
    try:
        return handlers[args.command](args)
    except GeneratorError as error:
        print(f"error: {shown(str(error))}", file=sys.stderr)
        return 2
