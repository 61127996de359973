"""Hostile file names and file types in seeds/ (issue 8, items 1, 6, 7 and 13).

Each case is one fixture named for it. Symbolic links, FIFOs and odd names cannot live in git,
so those fixtures build the hostile seeds folder in a temporary directory.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile_project import DATED_TEXT, copy_project, run_generator

from generator.extract import extract_facts
from generator.filenames import page_slug, shown
from generator.ingest import ingest_sources
from generator.linkcheck import check_site
from generator.render.links import source_page_path

SECRET = "TOP-SECRET-CANARY-7f3a"


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(DATED_TEXT, encoding="utf-8")
    return seeds


def _messages(seeds: Path) -> dict[str, str]:
    result = ingest_sources(seeds)
    assert [s.id for s in result.sources if s.id == "good"] == ["good"], "the good source still loads"
    return {d.file: f"{d.level}: {d.message}" for d in result.diagnostics}


# ---------------------------------------------------------------- item 1: containment


@pytest.fixture
def symlink_to_a_secret(tmp_path: Path) -> Path:
    seeds = _seeds(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    (seeds / "x.txt").symlink_to(secret)
    (seeds / "passwd.txt").symlink_to("/etc/passwd")
    (seeds / "environ.txt").symlink_to("/proc/self/environ")
    return seeds


def test_symlink_to_a_secret(symlink_to_a_secret: Path) -> None:
    result = ingest_sources(symlink_to_a_secret)
    assert [s.id for s in result.sources] == ["good"]
    assert not any(SECRET in s.original_text or "root:" in s.original_text for s in result.sources)
    messages = _messages(symlink_to_a_secret)
    for name in ("x.txt", "passwd.txt", "environ.txt"):
        assert messages[f"seeds/{name}"].startswith("error:") and "symbolic link" in messages[f"seeds/{name}"]


@pytest.fixture
def symlink_sidecar_to_a_secret(tmp_path: Path) -> Path:
    seeds = _seeds(tmp_path)
    secret = tmp_path / "secret.yml"
    secret.write_text(f"title: {SECRET}\n", encoding="utf-8")
    (seeds / "good.meta.yml").symlink_to(secret)
    return seeds


def test_symlink_sidecar_to_a_secret(symlink_sidecar_to_a_secret: Path) -> None:
    result = ingest_sources(symlink_sidecar_to_a_secret)
    (source,) = result.sources
    assert SECRET not in source.meta.title
    assert any(d.level == "error" and "symbolic link" in d.message for d in result.diagnostics)


@pytest.fixture
def fifo_and_device(tmp_path: Path) -> Path:
    seeds = _seeds(tmp_path)
    os.mkfifo(seeds / "pipe.txt")  # reading a FIFO would block the build forever
    (seeds / "zero.txt").symlink_to("/dev/zero")
    return seeds


def test_fifo_and_device(fifo_and_device: Path) -> None:
    messages = _messages(fifo_and_device)
    assert messages["seeds/pipe.txt"].startswith("error:") and "FIFO" in messages["seeds/pipe.txt"]
    assert messages["seeds/zero.txt"].startswith("error:") and "symbolic link" in messages["seeds/zero.txt"]


@pytest.fixture
def seeds_folder_is_a_symlink_elsewhere(tmp_path: Path) -> Path:
    real = _seeds(tmp_path)
    link = tmp_path / "linked-seeds"
    link.symlink_to(real)
    return link


def test_seeds_folder_is_a_symlink_elsewhere(seeds_folder_is_a_symlink_elsewhere: Path) -> None:
    """A seeds folder given as a link is read where it really is (files inside it are contained)."""
    assert [s.id for s in ingest_sources(seeds_folder_is_a_symlink_elsewhere).sources] == ["good"]


def test_editorial_symlink_is_refused_by_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", with_seeds=False)
    (project / "seeds" / "good.txt").write_text(DATED_TEXT, encoding="utf-8")
    corrections = project / "docs" / "editorial" / "corrections.yml"
    corrections.unlink()
    corrections.symlink_to("/etc/passwd")
    result = run_generator(project, "build", "--site", "site")
    assert result.returncode == 2
    assert "corrections.yml: symbolic link" in result.stderr or "is a symbolic link" in result.stderr
    assert "root:" not in result.stderr


# ---------------------------------------------------------------- item 7: names and skipped entries


@pytest.fixture
def names_that_break_pages(tmp_path: Path) -> Path:
    seeds = _seeds(tmp_path)
    for stem in ("index", "foo", "foo.en", "a#b", "what?", "100%", "ملف عربي"):
        text = DATED_TEXT.replace("بيسكوف", f"بيسكوف {len(stem)}")
        (seeds / f"{stem}.txt").write_text(text, encoding="utf-8")
    return seeds


def test_names_that_break_pages(names_that_break_pages: Path) -> None:
    sources = ingest_sources(names_that_break_pages).sources
    ids = sorted(s.id for s in sources)
    assert ids == sorted(["good", "index", "foo", "foo.en", "a#b", "what?", "100%", "ملف عربي"])
    pages = {source_page_path(i) for i in ids}
    assert len(pages) == len(ids), "every source gets its own page"
    assert "explainer/sources/index.md" not in pages  # the Sources index page stays the index
    for page in pages:
        slug = page.rsplit("/", 1)[1].removesuffix(".md")
        assert slug == page_slug(slug) or not slug.isascii()  # plain slugs are stable
        assert all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in slug), slug
        assert "." not in slug, "a dot would look like a language suffix (foo.en -> English of foo)"


@pytest.fixture
def entries_skipped_silently(tmp_path: Path) -> Path:
    seeds = _seeds(tmp_path)
    (seeds / "gone.txt").symlink_to(tmp_path / "does-not-exist")
    (seeds / "folder.txt").mkdir()
    (seeds / "UPPER.TXT").write_text(DATED_TEXT, encoding="utf-8")
    (seeds / ".hidden.txt").write_text(DATED_TEXT, encoding="utf-8")
    (seeds / "notes.md").write_text("notes", encoding="utf-8")
    return seeds


def test_entries_skipped_silently(entries_skipped_silently: Path) -> None:
    messages = _messages(entries_skipped_silently)
    assert "dangling symbolic link" in messages["seeds/gone.txt"]
    assert "folder" in messages["seeds/folder.txt"]
    assert "lower-case .txt" in messages["seeds/UPPER.TXT"] and "UPPER.txt" in messages["seeds/UPPER.TXT"]
    assert "hidden" in messages["seeds/.hidden.txt"]
    assert "not a source" in messages["seeds/notes.md"]


# ---------------------------------------------------------------- items 6 and 13


@pytest.fixture
def long_arabic_file_name(tmp_path: Path) -> Path:
    seeds = _seeds(tmp_path)
    name = "تصريحات المتحدث باسم الكرملين ديمتري بيسكوف حول المعاهدة مع كوريا الشمالية والجنود في كورسك" * 2
    name = name[:125]
    assert len(name) == 125 and len(name.encode()) > 200  # valid here: 250 of the 255 bytes allowed
    (seeds / f"{name[:120]}.txt").write_text(DATED_TEXT, encoding="utf-8")
    return seeds


def test_long_arabic_file_name(long_arabic_file_name: Path, tmp_path: Path) -> None:
    """The extraction cache used the stem in its file name: "File name too long"."""
    sources = ingest_sources(long_arabic_file_name).sources
    cache = tmp_path / "cache"
    extract_facts(sources, cache_dir=cache)
    assert all(len(p.name) < 80 for p in cache.iterdir())
    assert all(len(page_slug(s.id).encode()) < 80 for s in sources)


@pytest.fixture
def names_that_inject_log_lines(tmp_path: Path) -> Path:
    seeds = _seeds(tmp_path)
    (seeds / "x\n::error file=README.md,line=1::pwned.txt").write_bytes(b"\x00binary")
    (seeds / "\x1b[31mred\x1b[0m.txt").write_bytes(b"\x00binary")
    return seeds


@pytest.mark.slow  # a whole extra build: CI (--run-slow) runs it, the quick default run does not
def test_names_that_inject_log_lines(names_that_inject_log_lines: Path, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", with_seeds=False)
    result = run_generator(project, "build", "--seeds", str(names_that_inject_log_lines), "--site", "site")
    output = result.stdout + result.stderr
    assert not any(line.startswith("::") for line in output.splitlines()), "a workflow command was printed"
    assert "\x1b" not in output, "an ANSI escape reached the terminal"
    assert "x\\n::error file=README.md" in output and "\\x1b[31mred" in output
    assert shown("a\nb") == "a\\nb"


# ---------------------------------------------------------------- the link check over a built site


@pytest.fixture(scope="module")
def built_site_with_hostile_names(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    base = tmp_path_factory.mktemp("names")
    project = copy_project(base / "project")  # the real seeds plus hostile names
    seeds = project / "seeds"
    for stem in ("index", "foo", "foo.en", "a#b", "what?", "100%", "ملف"):
        text = DATED_TEXT.replace("بيسكوف", f"بيسكوف ({stem})")
        (seeds / f"{stem}.txt").write_text(text, encoding="utf-8")
    result = run_generator(project, "build", "--site", "site", "--strict")
    return project / "site", result.stdout + result.stderr + f"\nexit {result.returncode}"


@pytest.mark.slow  # a whole extra build: CI (--run-slow) runs it, the quick default run does not
def test_hostile_names_build_strict_without_broken_links(
    built_site_with_hostile_names: tuple[Path, str],
) -> None:
    site, output = built_site_with_hostile_names
    assert output.endswith("exit 0"), output[-3000:]
    assert "[links] 0 broken internal link(s)" in output
    assert check_site(site) == []
    sources_index = (site / "explainer" / "sources" / "index.html").read_text(encoding="utf-8")
    assert "000_048e69a32a57888b/" in sources_index and page_slug("index") in sources_index
    for stem in ("index", "foo", "foo.en", "a#b", "what?", "100%", "ملف"):
        slug = page_slug(stem)
        assert (site / "explainer" / "sources" / slug / "index.html").is_file(), stem
        assert (site / "en" / "explainer" / "sources" / slug / "index.html").is_file(), stem


def test_link_check_finds_broken_links(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a><a href="a/#here">ok</a><a href="missing/">bad</a>'
        '<a href="a/#nowhere">bad</a><a href="javascript:alert(1)">bad</a><a href="https://x.org/">ext</a>',
        encoding="utf-8",
    )
    (tmp_path / "a" / "index.html").write_text('<p id="here">x</p><a href="../">up</a>', encoding="utf-8")
    problems = check_site(tmp_path)
    assert len(problems) == 3, problems
    assert {p.file for p in problems} == {"index.html"}


def test_cached_link_check_rechecks_links_into_changed_or_removed_pages(tmp_path: Path) -> None:
    import os

    site, cache = tmp_path / "site", tmp_path / "links.json"
    (site / "a").mkdir(parents=True)
    (site / "b").mkdir()
    (site / "index.html").write_text('<a href="a/#here">a</a> <a href="b/">b</a>', encoding="utf-8")
    (site / "a" / "index.html").write_text('<p id="here">x</p>', encoding="utf-8")
    (site / "b" / "index.html").write_text('<a href="../a/">a</a>', encoding="utf-8")
    assert check_site(site, cache=cache) == [] and cache.is_file()
    assert check_site(site, cache=cache) == []  # nothing changed: nothing read again
    target = site / "a" / "index.html"
    target.write_text('<p id="elsewhere">x</p>', encoding="utf-8")  # the anchor is gone
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
    problems = check_site(site, cache=cache)
    assert [(p.file, "here" in p.message) for p in problems] == [("index.html", True)]
    assert len(check_site(site, cache=cache)) == 1  # a page with a broken link is checked every time
    target.unlink()
    assert {p.file for p in check_site(site, cache=cache)} == {"index.html", "b/index.html"}
    assert {p.file for p in check_site(site)} == {"index.html", "b/index.html"}  # the same without cache
