"""The rendered pages through a real MkDocs build (fixture facts, the project's mkdocs.yml).

Checks what only the built site shows: front matter is read (title, description), the hrefs
written into raw HTML resolve to built files and anchors, the figure JSON lands where the
troops page points, and hostile source text is inert in the final HTML.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from html_probe import probe
from render_fixtures import build_editorial, build_facts

from generator.render import render_pages

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ROOT / "mkdocs.yml").is_file():
        pytest.fail("mkdocs.yml is missing")
    project = tmp_path_factory.mktemp("render-mkdocs")
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("explainer", "vendor"))
    (project / "generator").symlink_to(ROOT / "generator")  # mkdocs.yml's hook; generation is skipped
    render_pages(build_facts(), build_editorial(), project / "docs")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    saved = {key: os.environ.get(key) for key in ("EXPLAINER_SKIP_GENERATE", "NO_MKDOCS_2_WARNING")}
    os.environ.update(EXPLAINER_SKIP_GENERATE="1", NO_MKDOCS_2_WARNING="1")
    try:
        build(load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(project / "site")))
    finally:  # leave the environment as found: other tests run MkDocs with generation on
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return project / "site"


def built(site: Path, url_path: str) -> Path:
    path = site / unquote(url_path.lstrip("/"))
    return path / "index.html" if url_path.endswith("/") or path.is_dir() else path


PAGES = [
    "explainer/timeline/",
    "explainer/treaty/",
    "explainer/statements/",
    "explainer/troops/",
    "explainer/data/",
    "explainer/sources/",
    "explainer/sources/a01_treaty/",
    "explainer/sources/b02_troops/",
]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_title_and_description_come_from_front_matter(site: Path, prefix: str) -> None:
    html = built(site, f"/{prefix}explainer/troops/").read_text(encoding="utf-8")
    expected = "Troop estimates" if prefix else "تقديرات أعداد القوات"
    assert re.search(rf"<title>{expected} - ", html)
    description = re.search(r'<meta name="description" content="([^"]+)"', html)
    assert description and ("never averaged" in description.group(1) or "متوسط" in description.group(1))


@pytest.mark.parametrize("prefix", ["", "en/"])
@pytest.mark.parametrize("page", PAGES)
def test_every_local_link_resolves_to_a_built_file_and_anchor(site: Path, prefix: str, page: str) -> None:
    base = f"http://site/{prefix}{page}"
    html = probe(built(site, f"/{prefix}{page}").read_text(encoding="utf-8"))
    for element in html.find("a") + html.find("script") + html.find("div", id="troop-chart"):
        target = element.attrs.get("href") or element.attrs.get("src") or element.attrs.get("data-figure")
        if not target or (target.startswith(("http://", "https://", "mailto:")) and "site" not in target):
            continue
        url = urlsplit(urljoin(base, target))
        if url.netloc != "site":
            continue
        path = built(site, url.path)
        assert path.is_file(), f"{page}: {target} -> {url.path}"
        if url.fragment and path.suffix == ".html":
            ids = probe(path.read_text(encoding="utf-8")).ids()
            assert unquote(url.fragment) in ids, f"{page}: {target}"


def test_hostile_text_is_inert_in_the_built_html(site: Path) -> None:
    for prefix in ("", "en/"):
        html = built(site, f"/{prefix}explainer/sources/b02_troops/").read_text(encoding="utf-8")
        page = probe(html)
        assert "{{ 7*7 }}" in page.text and "<script>alert(1)</script>" in page.text
        assert not [s for s in page.find("script") if not s.attrs.get("src")] or "alert(1)" not in "".join(
            s.text for s in page.find("script")
        )
        assert not [a for a in page.find("a") if a.attrs.get("href", "").lower().startswith("javascript")]
        assert not page.find("img", src="x")
