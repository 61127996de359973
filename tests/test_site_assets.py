"""copy_vendor_assets: copies what the site needs, only when changed, and explains what is missing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.site_assets import PLOTLY_BUNDLE, copy_vendor_assets, vendor_files

REAL_NODE_MODULES = Path(__file__).resolve().parents[1] / "node_modules"


def _fake_node_modules(root: Path, plotly_version: str = "4.1.1") -> None:
    """Stand-in packages; fonts are the real files (they are parsed and subset)."""
    for item in vendor_files():
        source = root / "node_modules" / item.package / item.source
        source.parent.mkdir(parents=True, exist_ok=True)
        if item.transform is not None:
            source.write_bytes((REAL_NODE_MODULES / item.package / item.source).read_bytes())
        else:
            source.write_bytes(f"{item.package}/{item.source}".encode())
    manifest = root / "node_modules" / "plotly.js-basic-dist-min" / "package.json"
    manifest.write_text(json.dumps({"version": plotly_version}), encoding="utf-8")


def test_copies_font_and_plotly(tmp_path: Path) -> None:
    _fake_node_modules(tmp_path)
    docs = tmp_path / "docs"
    written = copy_vendor_assets(tmp_path, docs)
    assert PLOTLY_BUNDLE in written
    fonts = sorted(p.name for p in (docs / "assets" / "vendor" / "fonts").glob("*.woff2"))
    assert fonts == ["ibm-plex-sans-arabic-arabic-400-normal.woff2"]
    assert (docs / "assets" / "vendor" / "fonts" / "LICENSE-OFL-1.1.txt").is_file()
    assert (docs / PLOTLY_BUNDLE).read_bytes() == b"plotly.js-basic-dist-min/plotly-basic.min.js"


def test_second_run_writes_nothing_and_keeps_mtimes(tmp_path: Path) -> None:
    _fake_node_modules(tmp_path)
    docs = tmp_path / "docs"
    copy_vendor_assets(tmp_path, docs)
    bundle = docs / PLOTLY_BUNDLE
    os.utime(bundle, (1_000_000, 1_000_000))
    assert copy_vendor_assets(tmp_path, docs) == []
    assert bundle.stat().st_mtime == 1_000_000


def test_changed_package_file_is_rewritten(tmp_path: Path) -> None:
    _fake_node_modules(tmp_path)
    docs = tmp_path / "docs"
    copy_vendor_assets(tmp_path, docs)
    (tmp_path / "node_modules" / "plotly.js-basic-dist-min" / "plotly-basic.min.js").write_bytes(b"new")
    assert copy_vendor_assets(tmp_path, docs) == [PLOTLY_BUNDLE]
    assert (docs / PLOTLY_BUNDLE).read_bytes() == b"new"


def test_missing_node_modules_names_the_files_and_says_npm_ci(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as caught:
        copy_vendor_assets(tmp_path, tmp_path / "docs")
    message = str(caught.value)
    assert "npm ci" in message
    assert "plotly.js-basic-dist-min/plotly-basic.min.js" in message
    assert "ibm-plex-sans-arabic-arabic-400-normal.woff2" in message
    assert not (tmp_path / "docs").exists()


def test_wrong_plotly_major_version_is_refused(tmp_path: Path) -> None:
    _fake_node_modules(tmp_path, plotly_version="2.35.2")
    with pytest.raises(GeneratorError, match=r"2\.35\.2.*npm ci"):
        copy_vendor_assets(tmp_path, tmp_path / "docs")


def test_self_hosted_font_is_a_smaller_subset_that_still_covers_arabic_text(tmp_path: Path) -> None:
    from fontTools.ttLib import TTFont

    _fake_node_modules(tmp_path)
    docs = tmp_path / "docs"
    copy_vendor_assets(tmp_path, docs)
    item = next(i for i in vendor_files() if i.transform is not None)
    original = (REAL_NODE_MODULES / item.package / item.source).stat().st_size
    subset = docs / item.destination
    assert subset.stat().st_size < 0.75 * original
    cmap = TTFont(subset).getBestCmap()
    needed = "بيونغ يانغ كوريا الشمالية، ؟ ٢٠٢٤ پچکی"
    assert all(ord(ch) in cmap for ch in needed if not ch.isspace())
    # the same input gives byte-identical output (deterministic builds)
    assert copy_vendor_assets(tmp_path, docs) == []
