"""Scale benchmark: builds the site from generated corpora of N sources and reports, per size,
the full build (cold extraction cache, no previous site), the rebuild with nothing changed, the
rebuild with one new source, the peak memory, each stage's seconds, the largest page of each
type (gzip) and the search index per language (gzip).

Run ``python -m generator.evaluate.scale_bench [--sizes 5,200,1000] [--work DIR]``. Each size is
built in a scratch copy of the project under ``--work`` (default ``/tmp/explainer-scale``), so
the project's own ``docs/`` and ``site/`` are never touched. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from generator.evaluate.scale_corpus import seed_paragraphs, write_article, write_corpus

ROOT = Path(__file__).resolve().parents[2]
_STAGE = re.compile(r"\[(\w+)\] done in ([\d.]+) s")


@dataclass
class Run:
    seconds: float
    peak_mb: float
    stages: dict[str, float] = field(default_factory=dict)

    def cell(self) -> str:
        stages = " ".join(f"{k} {v:.1f}" for k, v in self.stages.items())
        return f"{self.seconds:6.1f} s ({stages})"


def scratch_project(work: Path) -> Path:
    """A project copy: config and hand-written docs copied, code and node_modules linked."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    shutil.copy2(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", work / "docs", ignore=shutil.ignore_patterns("explainer"))
    for name in ("generator", "node_modules"):
        (work / name).symlink_to(ROOT / name)
    vendor_cache = ROOT / ".cache" / "vendor"
    if vendor_cache.is_dir():  # subset fonts: independent of the sources
        shutil.copytree(vendor_cache, work / ".cache" / "vendor")
    return work


def build_once(project: Path, log: Path) -> Run:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "generator", "--project", str(project), "build"]
    started = time.perf_counter()
    with log.open("a", encoding="utf-8") as out:
        out.write(f"\n$ {' '.join(command)}\n")
        out.flush()
        process = subprocess.Popen(command, cwd=project, env=env, stdout=out, stderr=out)
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"build failed ({status}); see {log}")
    text = log.read_text(encoding="utf-8").rsplit("\n$ ", 1)[-1]
    stages = {name: float(value) for name, value in _STAGE.findall(text)}
    return Run(seconds, usage.ru_maxrss / 1024, stages)


def _gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 9, mtime=0))


def page_type(relative: str) -> str:
    parts = [p for p in relative.split("/") if p not in ("en", "index.html")]
    if len(parts) >= 2 and parts[0] == "explainer":
        return parts[1] if len(parts) == 2 else f"{parts[1]}/*"
    return "/".join(parts) or "home"


def largest_pages(site: Path) -> dict[str, tuple[int, str]]:
    """The largest HTML page (gzip bytes) of each page type, both languages together."""
    largest: dict[str, tuple[int, str]] = {}
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        kind = page_type(relative)
        size = _gzip_size(page)
        if size > largest.get(kind, (0, ""))[0]:
            largest[kind] = (size, relative)
    return largest


def search_indexes(site: Path) -> dict[str, tuple[int, int]]:
    """(raw bytes, gzip bytes) of every search index in the site."""
    return {
        index.relative_to(site).as_posix(): (index.stat().st_size, _gzip_size(index))
        for index in sorted(site.rglob("search_index.json"))
    }


def bench_size(count: int, work: Path) -> dict[str, object]:
    project = scratch_project(work / f"n{count}")
    if count <= len(list((ROOT / "seeds").glob("*.txt"))):  # the real seeds
        shutil.copytree(ROOT / "seeds", project / "seeds")
    else:
        write_corpus(ROOT / "seeds", project / "seeds", count)
    log = work / f"n{count}.log"
    log.write_text("", encoding="utf-8")
    full = build_once(project, log)
    unchanged = build_once(project, log)
    write_article(seed_paragraphs(ROOT / "seeds"), project / "seeds", count)
    plus_one = build_once(project, log)
    site = project / "site"
    return {
        "count": count, "full": full, "unchanged": unchanged, "plus_one": plus_one,
        "pages": largest_pages(site), "search": search_indexes(site),
        "html_pages": sum(1 for _ in site.rglob("*.html")),
    }  # fmt: skip


def report(result: dict[str, object]) -> str:
    full, unchanged, plus_one = result["full"], result["unchanged"], result["plus_one"]
    assert isinstance(full, Run) and isinstance(unchanged, Run) and isinstance(plus_one, Run)
    lines = [
        f"## {result['count']} sources ({result['html_pages']} HTML pages)",
        f"full build       {full.cell()}",
        f"no change        {unchanged.cell()}",
        f"+ one source     {plus_one.cell()}",
        f"peak memory      {max(full.peak_mb, unchanged.peak_mb, plus_one.peak_mb):.0f} MB "
        "(largest single process)",
        "largest page per type (gzip KB):",
    ]
    pages = result["pages"]
    assert isinstance(pages, dict)
    for kind, (size, path) in sorted(pages.items()):
        lines.append(f"  {kind:<22} {size / 1024:7.1f}  {path}")
    search = result["search"]
    assert isinstance(search, dict)
    for path, (raw, packed) in search.items():
        lines.append(f"search index {path}: {raw / 1024:.0f} KB raw, {packed / 1024:.1f} KB gzip")
    return "\n".join(lines)


def browser_check(site: Path, pages: dict[str, tuple[int, str]], lighthouse: bool) -> str:
    """The largest page of each type in a phone-sized browser (site_bench): first-load bytes
    against the 120 KB budget, and Lighthouse mobile scores when asked."""
    from generator.evaluate.site_bench import lighthouse_scores, measure_pages, print_table
    from generator.evaluate.static_server import serve_site

    paths = sorted({p.removesuffix("index.html") for _, p in pages.values() if p.endswith("index.html")})
    with serve_site(site.resolve()) as base_url:
        reports = measure_pages(base_url, paths, ROOT)
        if lighthouse:
            for item in reports:
                item.lighthouse = lighthouse_scores(base_url + item.path, ROOT)
    import contextlib
    import io

    table = io.StringIO()
    with contextlib.redirect_stdout(table):
        print_table(reports)
    return table.getvalue()


# What the MkDocs profile reports: cumulative seconds of these functions (name contains).
PROFILE_PARTS = {
    "markdown (Page.render)": "pages.py:.*\\(render\\)",
    "theme templates (_build_page)": "build.py:.*\\(_build_page\\)",
    "i18n plugin, other languages (on_post_build)": "i18n.*plugin.py:.*\\(on_post_build\\)",
    "search plugin: pages (on_page_context)": "search.*plugin.py:.*\\(on_page_context\\)",
    "search plugin: index (on_post_build)": "search.*plugin.py:.*\\(on_post_build\\)",
    "sitemap/404 (_build_theme_template)": "build.py:.*\\(_build_theme_template\\)",
    "static files (copy_file)": "files.py:.*\\(copy_file\\)",
    "config + plugins load (load_config)": "\\(load_config\\)",
}


def profile_mkdocs(project: Path, out: Path) -> str:
    """Profile one MkDocs build of an already generated ``project`` (cProfile, cumulative)."""
    import cProfile
    import pstats

    from generator.build import BuildOptions, run_mkdocs

    options = BuildOptions.for_project(project, site_dir=out)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    run_mkdocs(options, out)
    profiler.disable()
    total = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    found: dict[str, float] = {}
    for (file, line, name), row in stats.stats.items():  # type: ignore[attr-defined]
        label = f"{file}:{line}({name})"
        for part, pattern in PROFILE_PARTS.items():
            if re.search(pattern, label):
                found[part] = max(found.get(part, 0.0), row[3])
    lines = [f"MkDocs build under cProfile: {total:.1f} s (cumulative seconds; parts overlap)"]
    lines += [f"  {part:<48} {found.get(part, 0.0):7.1f}" for part in PROFILE_PARTS]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5,200,1000", help="comma-separated source counts")
    parser.add_argument("--work", type=Path, default=Path("/tmp/explainer-scale"))
    parser.add_argument(
        "--browser",
        action="store_true",
        help="also load the largest page of each type in Chromium (site_bench)",
    )
    parser.add_argument("--lighthouse", action="store_true", help="with --browser: Lighthouse too")
    parser.add_argument("--profile", type=int, metavar="N",
                        help="instead: generate N sources and profile one MkDocs build")  # fmt: skip
    parser.add_argument("--site", type=Path, help="instead: measure this built site's largest pages")
    args = parser.parse_args(argv)
    if args.site:
        print(browser_check(args.site, largest_pages(args.site), args.lighthouse), flush=True)
        return 0
    if args.profile:
        from generator.build import BuildOptions, generate

        project = scratch_project(args.work / f"profile{args.profile}")
        write_corpus(ROOT / "seeds", project / "seeds", args.profile)
        generate(BuildOptions.for_project(project), log=lambda _line: None)
        print(profile_mkdocs(project, args.work / f"profile{args.profile}-site"), flush=True)
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    for count in (int(n) for n in args.sizes.split(",")):
        result = bench_size(count, args.work)
        print(report(result), flush=True)
        if args.browser:
            pages = result["pages"]
            assert isinstance(pages, dict)
            site = args.work / f"n{count}" / "site"
            print(browser_check(site, pages, args.lighthouse), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
