"""Hostile input against the whole build (issue 8, items 2, 4, 5, 8, 10, 12, 14 and 15).

One fixture per case, named for it; file fixtures live in ``tests/fixtures/hostile/``.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile_project import SEED, copy_project, fixture_path, run_generator

from generator.build_checks import FACTS_FILE, check_open_data
from generator.curate import Editorial
from generator.extract import extract_facts
from generator.extract.serialize import facts_to_json
from generator.ingest import ingest_sources
from generator.models import FactSet
from generator.render import render_site_files
from generator.render.sources import paragraphs

ROOT = Path(__file__).resolve().parents[1]
EDITORIAL = ROOT / "docs" / "editorial"
BIDI_CONTROLS = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def _facts_from(seed_files: dict[str, bytes], tmp_path: Path) -> tuple[FactSet, list[str]]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, data in seed_files.items():
        (seeds / name).write_bytes(data)
    result = ingest_sources(seeds)
    return extract_facts(result.sources), [str(d) for d in result.diagnostics]


def _front_matter(page: str) -> dict[str, object]:
    assert page.startswith("---\n"), page[:80]
    block = page[4 : page.index("\n---\n", 4)]
    data = yaml.safe_load(block)
    assert isinstance(data, dict)
    return data


# ---------------------------------------------------------------- item 2: linear render time


@pytest.fixture
def many_short_lines(tmp_path: Path) -> tuple[object, object]:
    def source(lines: int) -> object:
        folder = tmp_path / str(lines)
        folder.mkdir()
        text = "\n".join(f"سطر قصير رقم {i}." for i in range(lines))
        (folder / "long.txt").write_text(text, encoding="utf-8")
        (found,) = ingest_sources(folder).sources
        return found

    return source(5_000), source(20_000)


def _lines_run_in(function: Any, *args: object) -> int:
    """How many lines of ``function``'s own body run for ``args`` (a count of work, not a time)."""
    code, count = function.__code__, 0

    def local(frame: Any, event: str, arg: object) -> Any:
        nonlocal count
        count += event == "line"
        return local

    def global_tracer(frame: Any, event: str, arg: object) -> Any:
        return local if frame.f_code is code else None

    sys.settrace(global_tracer)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    return count


def test_many_short_lines(many_short_lines: tuple[object, object]) -> None:
    """20,000 short lines took 128 s (every line x every sentence); now one pass, linear: four times
    the lines runs about four times the loop, never sixteen (counted, not timed)."""
    small, large = many_short_lines
    small_work = _lines_run_in(paragraphs, small, "ar", set())
    large_work = _lines_run_in(paragraphs, large, "ar", set())
    assert paragraphs(large, "ar", set())  # type: ignore[arg-type]
    assert large_work < 5 * small_work, (small_work, large_work)  # linear ~4x, quadratic ~16x


# ---------------------------------------------------------------- item 4: --site


@pytest.fixture(scope="module")
def site_that_would_empty_a_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("site-guard") / "project")
    (project / "notes").mkdir()
    (project / "notes" / "mine.txt").write_text("an author's file", encoding="utf-8")
    return project


@pytest.mark.parametrize("site", ["seeds", ".", "docs/explainer", "generator", "notes", ".."])
def test_site_that_would_empty_a_folder(site_that_would_empty_a_folder: Path, site: str) -> None:
    project = site_that_would_empty_a_folder
    before = _tree(project / "seeds"), _tree(project / "notes")
    result = run_generator(project, "build", "--site", site)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "refusing" in result.stderr or "does not look like a built site" in result.stderr
    assert (_tree(project / "seeds"), _tree(project / "notes")) == before
    assert "[ingest]" not in result.stderr, "nothing is generated before the check"


# ---------------------------------------------------------------- items 5 and 15


@pytest.fixture(scope="module")
def nul_byte_in_one_seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A project whose site/ was built and whose corrections.yml hides a fact of one seed; then that
    seed got a NUL byte."""
    project = copy_project(tmp_path_factory.mktemp("nul") / "project")
    first = run_generator(project, "build", "--site", "site", "--strict")
    assert first.returncode == 0, first.stderr[-3000:]
    before = _tree(project / "site")
    facts = json.loads((project / "site" / "explainer" / "data" / "facts.json").read_text(encoding="utf-8"))
    cited = next(e["id"] for e in facts["events"] if e["sources"][0]["file"] == SEED.stem)
    with (project / "docs" / "editorial" / "corrections.yml").open("a", encoding="utf-8") as handle:
        handle.write(f"  - hide: {cited}\n    reason: an editor's correction of a fact of this seed\n")
    with (project / "seeds" / SEED.name).open("ab") as handle:
        handle.write(b"\x00")
    return project, before


def test_nul_byte_in_one_seed(nul_byte_in_one_seed: tuple[Path, dict[str, str]]) -> None:
    project, before = nul_byte_in_one_seed
    result = run_generator(project, "build", "--site", "site", "--strict")
    err = result.stderr
    assert result.returncode == 1, err[-3000:]  # strict failure, not a crash or a config error
    binary = err.index(f"seeds/{SEED.name}:")
    assert "binary file (NUL byte" in err[binary : binary + 200]
    assert binary < err.index("[extract]"), "ingest diagnostics are printed as they happen"
    assert "corrections.yml:" in err and f"because seeds/{SEED.name} failed to load" in err
    assert "error: docs/editorial/corrections.yml" not in err
    assert "[links] 0 broken internal link(s)" in err
    # item 15: --strict failed, so site/ is exactly the previous build
    assert _tree(project / "site") == before
    assert not [p for p in (project).iterdir() if p.name.startswith(".site.")], "staging folder removed"


@pytest.mark.slow  # a whole extra build: CI (--run-slow) runs it, the quick default run does not
def test_nul_byte_in_one_seed_non_strict_still_builds(
    nul_byte_in_one_seed: tuple[Path, dict[str, str]],
) -> None:
    project, _ = nul_byte_in_one_seed
    result = run_generator(project, "build", "--site", "site-loose")
    assert result.returncode == 0, result.stderr[-3000:]
    pages = sorted(p.name for p in (project / "site-loose" / "explainer" / "sources").iterdir() if p.is_dir())
    assert SEED.stem not in pages and len(pages) == 4  # the rest of the site still builds


def test_seeds_directory_not_found(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    result = run_generator(project, "build", "--seeds", "/nonexistent", "--site", "site")
    assert result.returncode == 2
    assert "seeds directory not found" in result.stderr
    assert "corrections.yml" not in result.stderr


@pytest.mark.slow  # a whole extra build: CI (--run-slow) runs it, the quick default run does not
def test_font_subsetting_is_quiet(nul_byte_in_one_seed: tuple[Path, dict[str, str]]) -> None:
    """A fresh project subsets the font: fontTools used to print tens of KB of glyph names."""
    project, _ = nul_byte_in_one_seed
    shutil.rmtree(project / ".cache" / "vendor", ignore_errors=True)
    shutil.rmtree(project / "docs" / "assets" / "vendor", ignore_errors=True)
    result = run_generator(project, "build", "--site", "site-fresh")
    assert "[assets]" in result.stderr and "0 self-hosted assets" not in result.stderr
    assert "fontTools" not in result.stderr and "glyph" not in result.stderr.lower()
    assert len(result.stderr) < 20_000, len(result.stderr)


# ---------------------------------------------------------------- item 8: open data vs its schema


@pytest.fixture
def facts_json_breaking_its_schema(tmp_path: Path) -> Path:
    path = tmp_path / "docs" / FACTS_FILE
    path.parent.mkdir(parents=True)
    path.write_text('{"sources": [{"id": 1}], "quotes": "no"}', encoding="utf-8")
    return tmp_path / "docs"


def test_facts_json_breaking_its_schema(facts_json_breaking_its_schema: Path) -> None:
    problems = check_open_data(facts_json_breaking_its_schema)
    assert problems and all(p.level == "error" and p.file == f"docs/{FACTS_FILE}" for p in problems)
    assert any("facts.schema.json" in p.message for p in problems)


def test_open_data_checked_fact_by_fact_finds_the_same_problems(facts_json_breaking_its_schema: Path) -> None:
    path = facts_json_breaking_its_schema / FACTS_FILE
    path.write_text('{"schema_version": 1, "sources": [{"id": 1}], "quotes": [], "troop_estimates": [], '
                    '"events": [], "treaty_provisions": []}', encoding="utf-8")  # fmt: skip
    whole = check_open_data(facts_json_breaking_its_schema)
    passed: set[str] = set()
    assert whole and check_open_data(facts_json_breaking_its_schema, set(), passed) == whole
    assert not passed  # the broken fact is not remembered as valid: it is checked again next time


def test_real_open_data_matches_its_schema(tmp_path: Path) -> None:
    facts, _ = _facts_from({SEED.name: SEED.read_bytes()}, tmp_path)
    _, data, _ = render_site_files(facts, Editorial(), EDITORIAL)
    docs = tmp_path / "docs"
    (docs / FACTS_FILE).parent.mkdir(parents=True)
    (docs / FACTS_FILE).write_bytes(data["facts.json"])
    assert check_open_data(docs) == []
    passed: set[str] = set()
    assert check_open_data(docs, set(), passed) == [] and passed  # fact by fact
    assert check_open_data(docs, passed) == []  # all known: only the top level is checked


# ---------------------------------------------------------------- item 10: bidi controls


@pytest.mark.parametrize("fixture", ["bidi_override_number.txt", "bidi_isolate_sentence.txt"])
def test_bidi_controls_spoofing_text(fixture: str, tmp_path: Path) -> None:
    facts, messages = _facts_from({"article.txt": fixture_path(fixture).read_bytes()}, tmp_path)
    (source,) = facts.sources
    assert not any(ch in source.original_text for ch in BIDI_CONTROLS)
    warning = next(m for m in messages if "invisible formatting character" in m)
    assert warning.startswith("seeds/article.txt:3: warning:") and "U+20" in warning
    pages, data, _ = render_site_files(facts, Editorial(), EDITORIAL)
    for text in [*pages.values(), facts_to_json(facts), data["facts.json"].decode()]:
        assert not any(ch in text for ch in BIDI_CONTROLS)
    if fixture == "bidi_override_number.txt":
        assert "0003 جندي" in source.original_text  # shown in its real order, as facts.json has it


# ---------------------------------------------------------------- item 12: front matter


def test_title_uffff(tmp_path: Path) -> None:
    """A U+FFFF in a title broke that page's front matter, which MkDocs then dropped silently."""
    facts, _ = _facts_from({"article.txt": fixture_path("title_uffff.txt").read_bytes()}, tmp_path)
    (source,) = facts.sources
    assert "\uffff" in source.meta.title
    pages, _, _ = render_site_files(facts, Editorial(), EDITORIAL)
    for name, page in pages.items():
        matter = _front_matter(page)
        assert isinstance(matter.get("title"), str) and matter["title"], name
    source_pages = [p for n, p in pages.items() if n.startswith("explainer/sources/article")]
    assert source_pages and all("\uffff" in str(_front_matter(p)["title"]) for p in source_pages)


# ---------------------------------------------------------------- item 14: intros


@pytest.fixture
def intro_onerror(tmp_path: Path) -> Path:
    editorial = tmp_path / "editorial"
    shutil.copytree(EDITORIAL, editorial)
    text_file = editorial / "text.ar.yml"
    data = yaml.safe_load(text_file.read_text(encoding="utf-8"))
    data["pages"]["timeline"]["intro"] = fixture_path("intro_onerror.md").read_text(encoding="utf-8")
    text_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return editorial


def test_intro_onerror(intro_onerror: Path, tmp_path: Path) -> None:
    facts, _ = _facts_from({SEED.name: SEED.read_bytes()}, tmp_path)
    pages, _, _ = render_site_files(facts, Editorial(), intro_onerror)
    timeline = pages["explainer/timeline.md"]
    assert "مقدمة" in timeline
    # the page's own scripts load from the site's assets; nothing from the intro is markup
    own_scripts = re.findall(r"<script[^>]*>", timeline)
    assert all('src="../../assets/js/' in tag for tag in own_scripts), own_scripts
    for raw in ("<img", "<script>", "onerror=", 'href="javascript'):
        assert raw not in timeline, raw
    assert "&lt;img" in timeline  # shown as text
