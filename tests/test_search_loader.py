"""The lazy search loader (docs/assets/js/search-lazy.js) wraps two calls of Material's bundle:
the XMLHttpRequest that fetches ``search/search_index.json`` and ``new Worker(...)`` for
``workers/search.*.js``. If a Material update loads either another way, the wrapper would silently
stop deferring the index: these tests fail first."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import material
import pytest

ROOT = Path(__file__).resolve().parents[1]
ASSETS = Path(material.__file__).resolve().parent / "templates" / "assets" / "javascripts"
LOADER = ROOT / "docs" / "assets" / "js" / "search-lazy.js"


def _bundle() -> str:
    bundles = sorted(ASSETS.glob("bundle.*.min.js"))
    assert len(bundles) == 1, bundles
    return bundles[0].read_text(encoding="utf-8")


def test_material_fetches_the_index_with_xmlhttprequest() -> None:
    bundle = _bundle()
    assert 'new URL("search/search_index.json"' in bundle
    # the helper that fetches JSON is built on XMLHttpRequest (not fetch), which the loader wraps
    assert "new XMLHttpRequest" in bundle
    assert not re.search(r"\bfetch\(`?\$?\{?[^)]*search_index", bundle)


def test_material_starts_its_search_worker_with_new_worker() -> None:
    assert "new Worker(" in _bundle()
    workers = sorted((ASSETS / "workers").glob("search.*.min.js"))
    assert len(workers) == 1 and re.search(r"workers/search\.", workers[0].as_posix())


def test_the_loader_matches_what_it_wraps() -> None:
    loader = LOADER.read_text(encoding="utf-8")
    assert "XMLHttpRequest.prototype.open" in loader and "XMLHttpRequest.prototype.send" in loader
    assert "search_index\\.json" in loader and "workers\\/search\\." in loader
    main = (ROOT / "docs" / "overrides" / "main.html").read_text(encoding="utf-8")
    head = main[main.index("{% block extrahead %}") :]
    # a plain script in <head>: it must run before the theme's bundle (no defer, no async)
    assert re.search(r"<script src=\"\{\{ 'assets/js/search-lazy.js' \| url \}\}\"></script>", head)
    assert "XMLHttpRequest" not in main  # no inline copy left behind


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_every_site_script_parses() -> None:
    for script in sorted((ROOT / "docs" / "assets" / "js").glob("*.js")):
        result = subprocess.run(["node", "--check", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script.name}: {result.stderr}"
