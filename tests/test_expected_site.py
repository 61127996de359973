"""The site built from a small fixture corpus equals the saved expected site in tests/expected/
(as Pelican's functional tests do): a change to a template, a label or the extractor shows up
here as a diff to review. After a deliberate change, `make update-expected` rewrites the expected
files (and only it does); commit them with the change.

The corpus (tests/fixtures/expected_corpus/) is one Arabic seed and one English note with their
own corrections and translations; page text and the treaty summary are the project's own.
Saved: every HTML page and data file of the built site, and the sorted list of its paths
(vendored assets left out). The sitemap is left out (it carries the build date).
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest
from site_build import SiteBuild, build_project_site

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "expected_corpus"
EXPECTED = ROOT / "tests" / "expected"
SITE_URL = "https://example.org/expected/"
LISTING = "files.txt"
MAX_DIFF_LINES = 60


def _saved(site: Path) -> dict[str, bytes]:
    """The files of ``site`` that are compared, by relative path."""
    kept = {}
    for path in sorted(site.rglob("*")):
        relative = path.relative_to(site).as_posix()
        if path.is_file() and (
            path.suffix == ".html" or relative.startswith(("explainer/data/", "en/explainer/data/"))
        ):
            kept[relative] = path.read_bytes()
    kept[LISTING] = _listing(site).encode("utf-8")
    return kept


def _listing(site: Path) -> str:
    paths = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    return "".join(f"{p}\n" for p in paths if not p.startswith("assets/") and not p.startswith("sitemap.xml"))


@pytest.fixture(scope="module")
def expected_build(tmp_path_factory: pytest.TempPathFactory) -> SiteBuild:
    return build_project_site(tmp_path_factory.mktemp("expected") / "project", SITE_URL, CORPUS)


def _diff(name: str, expected: bytes, actual: bytes) -> list[str]:
    lines = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(),
        actual.decode("utf-8", "replace").splitlines(),
        f"expected/{name}",
        f"built/{name}",
        lineterm="",
    )
    return list(lines)[:MAX_DIFF_LINES]


def test_the_fixture_corpus_builds_the_expected_site(
    expected_build: SiteBuild, request: pytest.FixtureRequest
) -> None:
    built = _saved(expected_build.site)
    if request.config.getoption("--update-expected"):
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for name, content in built.items():
            (EXPECTED / name).parent.mkdir(parents=True, exist_ok=True)
            (EXPECTED / name).write_bytes(content)
        return
    assert EXPECTED.is_dir(), "no expected site: run `make update-expected` and commit tests/expected/"
    expected = {
        p.relative_to(EXPECTED).as_posix(): p.read_bytes() for p in sorted(EXPECTED.rglob("*")) if p.is_file()
    }
    report = []
    for name in sorted(expected.keys() | built.keys()):
        if name not in built:
            report.append(f"missing from the built site: {name}")
        elif name not in expected:
            report.append(f"new in the built site: {name}")
        elif built[name] != expected[name]:
            report.extend(_diff(name, expected[name], built[name]))
    assert not report, (
        "the built site differs from tests/expected/ (if the change is intended, run "
        "`make update-expected` and commit the diff):\n" + "\n".join(report[:400])
    )
