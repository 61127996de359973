"""The MkDocs hooks of the site shell (docs/overrides/hooks/site_shell.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

HOOKS = Path(__file__).resolve().parents[1] / "docs" / "overrides" / "hooks" / "site_shell.py"


@pytest.fixture(scope="module")
def hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("site_shell_hooks", HOOKS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_html_tag_gets_the_direction_of_its_language(hooks: ModuleType) -> None:
    assert hooks.add_html_direction('<!doctype html>\n<html lang="ar" class="no-js">\n<body>') == (
        '<!doctype html>\n<html lang="ar" class="no-js" dir="rtl">\n<body>'
    )
    assert '<html lang="en-GB" dir="ltr">' in hooks.add_html_direction('<html lang="en-GB">')


def test_existing_direction_and_pages_without_lang_are_left_alone(hooks: ModuleType) -> None:
    assert hooks.add_html_direction('<html lang="ar" dir="ltr">') == '<html lang="ar" dir="ltr">'
    assert hooks.add_html_direction("<html><body>") == "<html><body>"
    assert hooks.add_html_direction("no markup") == "no markup"


def test_page_outside_nav_takes_its_title_from_the_first_heading(hooks: ModuleType) -> None:
    toc = [SimpleNamespace(level=1, title="مصدر: وكالة الأنباء")]
    page = SimpleNamespace(meta={}, toc=toc)
    hooks.on_page_content("<h1>…</h1>", page=page, config=None, files=None)
    assert page.meta["title"] == "مصدر: وكالة الأنباء"


def test_titles_set_by_the_nav_or_front_matter_win(hooks: ModuleType) -> None:
    toc = [SimpleNamespace(level=1, title="Heading")]
    from_nav = SimpleNamespace(meta={}, toc=toc, title="Nav title")
    hooks.on_page_content("", page=from_nav, config=None, files=None)
    assert "title" not in from_nav.meta
    with_meta = SimpleNamespace(meta={"title": "Mine"}, toc=toc)
    hooks.on_page_content("", page=with_meta, config=None, files=None)
    assert with_meta.meta["title"] == "Mine"
