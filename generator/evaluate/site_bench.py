"""Site benchmark: page weight, sideways scrolling, axe-core and Lighthouse for every page type.

Run after a build (``python -m generator build``):

    python -m generator.evaluate.site_bench [--site site] [--no-lighthouse]

Serves ``site/`` gzip-encoded on 127.0.0.1 (like GitHub Pages) and, in Debian's Chromium:
- sums the encoded bytes a phone-sized page loads before the reader interacts (budget 120 KB);
- checks the page does not scroll sideways at 360 px;
- runs axe-core (from node_modules) and counts serious/critical violations;
- runs Lighthouse (npm; installed on demand without saving) for mobile scores.
These are measurements, not tests: they print a table and exit 0 unless --check is given.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.evaluate.static_server import serve_site

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BUDGET_BYTES = 120 * 1024
PAGE_TYPES = [
    "",
    "explainer/timeline/",
    "explainer/treaty/",
    "explainer/statements/",
    "explainer/troops/",
    "explainer/sources/",
    "explainer/data/",
]
LIGHTHOUSE_VERSION = "13.5.0"


@dataclass(slots=True)
class PageReport:
    path: str
    bytes_before_interaction: int = 0
    requests: int = 0
    sideways_scroll: bool = False
    axe_serious: int = 0
    lighthouse: dict[str, int] | None = None


def page_paths(site_dir: Path) -> list[str]:
    first_source = sorted(p.parent.name for p in (site_dir / "explainer" / "sources").glob("*/index.html"))
    types = [*PAGE_TYPES]
    if first_source:
        types.append(f"explainer/sources/{first_source[0]}/")
    return [p for t in types for p in (t, f"en/{t}") if (site_dir / p / "index.html").exists()]


def measure_pages(
    base_url: str, paths: list[str], project_root: Path, verbose: bool = False
) -> list[PageReport]:
    """Each page in a fresh browser context (cold cache), as a first-time reader on a phone."""
    from playwright.sync_api import sync_playwright

    axe_js = project_root / "node_modules" / "axe-core" / "axe.min.js"
    reports = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for path in paths:
            context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2)
            page = context.new_page()
            loaded: list[tuple[int, str]] = []

            def record(request: Any, out: list[tuple[int, str]] = loaded) -> None:
                out.append((_encoded_size(request), request.url))

            page.on("requestfinished", record)
            page.goto(base_url + path, wait_until="networkidle")
            report = PageReport(path, sum(size for size, _ in loaded), len(loaded))
            if verbose:
                for size, url in sorted(loaded, reverse=True):
                    print(f"    {size / 1024:7.1f} KB  {url.removeprefix(base_url)}")
            report.sideways_scroll = page.evaluate(
                "document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"
            )
            if axe_js.exists():
                page.add_script_tag(path=str(axe_js))
                result = page.evaluate("axe.run().then(r => r.violations.map(v => v.impact))")
                report.axe_serious = sum(1 for impact in result if impact in ("serious", "critical"))
            context.close()
            reports.append(report)
        browser.close()
    return reports


def _encoded_size(request: Any) -> int:
    """Bytes on the wire for the response body (gzip-encoded where the server compressed it)."""
    response = request.response()
    length = response.headers.get("content-length") if response else None
    return int(length) if length else request.sizes()["responseBodySize"]


def lighthouse_scores(url: str, project_root: Path) -> dict[str, int] | None:
    binary = project_root / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(
            ["npm", "install", "--no-save", "--no-audit", "--no-fund", f"lighthouse@{LIGHTHOUSE_VERSION}"],
            cwd=project_root,
            check=False,
            capture_output=True,
        )
    if not binary.exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
        subprocess.run(
            [
                str(binary),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={out}",
                f"--chrome-flags={flags}",
                "--only-categories=performance,accessibility,best-practices,seo",
            ],
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            check=False,
            capture_output=True,
        )
        if not out.exists():
            return None
        categories = json.loads(out.read_text(encoding="utf-8"))["categories"]
    return {name: round((cat["score"] or 0) * 100) for name, cat in categories.items()}


def print_table(reports: list[PageReport]) -> None:
    print(f"{'page':44} {'KB gz':>7} {'req':>4} {'<=120KB':>8} {'sideways':>8} {'axe':>4}  lighthouse")
    for r in reports:
        lh = " ".join(f"{k[:4]}={v}" for k, v in (r.lighthouse or {}).items()) or "-"
        print(
            f"{'/' + r.path:44} {r.bytes_before_interaction / 1024:7.1f} {r.requests:4d} "
            f"{'ok' if r.bytes_before_interaction <= BUDGET_BYTES else 'OVER':>8} "
            f"{'YES' if r.sideways_scroll else 'no':>8} {r.axe_serious:4d}  {lh}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("site"))
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 when a budget is missed")
    parser.add_argument("--verbose", action="store_true", help="list every resource each page loads")
    parser.add_argument("--only", help="measure only page paths containing this text")
    args = parser.parse_args(argv)
    project_root = Path.cwd()
    if not (args.site / "index.html").exists():
        print(
            f"error: {args.site}/index.html not found: run `python -m generator build` first", file=sys.stderr
        )
        return 2
    paths = [p for p in page_paths(args.site) if not args.only or args.only in p]
    with serve_site(args.site.resolve()) as base_url:
        reports = measure_pages(base_url, paths, project_root, verbose=args.verbose)
        if not args.no_lighthouse:
            for report in reports:
                report.lighthouse = lighthouse_scores(base_url + report.path, project_root)
    print_table(reports)
    missed = [
        r
        for r in reports
        if r.bytes_before_interaction > BUDGET_BYTES
        or r.sideways_scroll
        or r.axe_serious
        or (
            r.lighthouse
            and (
                r.lighthouse.get("performance", 0) < 95
                or any(v < 100 for k, v in r.lighthouse.items() if k != "performance")
            )
        )
    ]
    print(f"{len(reports)} pages measured, {len(missed)} miss a budget")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
