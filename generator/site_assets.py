"""Copy the self-hosted front-end assets from ``node_modules/`` into ``docs/assets/vendor/``.

The site must not make a single request to another host, so the fonts, the partial Plotly
bundle (for the lazily loaded interactive chart) are served from the site
itself. They come from the npm packages pinned in ``package.json`` / ``package-lock.json``
(install them with ``npm ci``). ``docs/assets/vendor/`` is gitignored and rewritten here.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.errors import GeneratorError

VENDOR_DIR = "assets/vendor"
"""Destination folder, relative to ``docs_dir``."""

PLOTLY_BUNDLE = f"{VENDOR_DIR}/plotly/plotly-basic.min.js"
"""docs-relative path of the Plotly partial bundle (bar, pie, scatter), for the chart page."""

FONT_FAMILY = "IBM Plex Sans Arabic"
FONT_PACKAGE = "@fontsource/ibm-plex-sans-arabic"
FONT_FILE = "ibm-plex-sans-arabic-arabic-400-normal.woff2"
# Only the Arabic face at one weight is self-hosted (bold is synthesised and Latin text uses the
# reader's system font), cut down to the code points Arabic news text uses, to keep every page
# under its 120 KB budget: the full Arabic file is 42 KB, this subset about 26 KB.
FONT_UNICODES = (
    "U+0600-065F",  # Arabic letters, punctuation (، ؛ ؟) and diacritics
    "U+0660-0669",  # Eastern Arabic digits
    "U+066A-06D5",  # ٪ ٫ ٬, tatweel-adjacent forms, Persian/Urdu letters seen in scraped text (پ چ ک ی)
    "U+200C-200F",  # zero-width joiners and direction marks
)
PLOTLY_PACKAGE = "plotly.js-basic-dist-min"
PLOTLY_VERSION_PREFIX = "4.1."


@dataclass(frozen=True)
class VendorFile:
    """One file to copy: package name, path inside the package, docs-relative destination."""

    package: str
    source: str
    destination: str
    transform: Callable[[bytes], bytes] | None = None


def subset_font(woff2: bytes) -> bytes:
    """The font cut down to FONT_UNICODES, keeping every OpenType layout feature (shaping)."""
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    font = subset.load_font(io.BytesIO(woff2), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(",".join(FONT_UNICODES)))
    subsetter.subset(font)
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return out.getvalue()


def vendor_files() -> tuple[VendorFile, ...]:
    """Every file the site needs from node_modules, with licence texts next to them."""
    return (
        VendorFile(FONT_PACKAGE, f"files/{FONT_FILE}", f"{VENDOR_DIR}/fonts/{FONT_FILE}", subset_font),
        VendorFile(FONT_PACKAGE, "LICENSE", f"{VENDOR_DIR}/fonts/LICENSE-OFL-1.1.txt"),
        VendorFile(PLOTLY_PACKAGE, "plotly-basic.min.js", PLOTLY_BUNDLE),
        VendorFile(PLOTLY_PACKAGE, "LICENSE", f"{VENDOR_DIR}/plotly/LICENSE.txt"),
    )


def _missing_error(node_modules: Path, missing: list[str]) -> GeneratorError:
    listed = ", ".join(missing)
    return GeneratorError(
        f"{node_modules}: missing front-end assets ({listed}). "
        "Run `npm ci` in the project root to install the packages pinned in package-lock.json."
    )


def _check_plotly_version(node_modules: Path) -> None:
    manifest = node_modules / PLOTLY_PACKAGE / "package.json"
    try:
        version = str(json.loads(manifest.read_text(encoding="utf-8")).get("version", ""))
    except (OSError, ValueError) as error:
        raise GeneratorError(
            f"{manifest}: cannot read the package version ({error}); run `npm ci`"
        ) from error
    if not version.startswith(PLOTLY_VERSION_PREFIX):
        raise GeneratorError(
            f"{manifest}: found {PLOTLY_PACKAGE} {version}, the site needs {PLOTLY_VERSION_PREFIX}x "
            "(the version plotly.py's figure JSON targets); run `npm ci`"
        )


def _write_if_changed(content: bytes, destination: Path) -> bool:
    if destination.is_file() and destination.read_bytes() == content:
        return False
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(destination.name + ".tmp")
    temporary.write_bytes(content)
    temporary.replace(destination)
    return True


def copy_vendor_assets(project_root: Path, docs_dir: Path) -> list[str]:
    """Copy the font and the Plotly partial bundle into ``docs_dir/assets/vendor/``.

    Files whose content is already identical are left untouched (their modification time
    too). Returns the docs-relative POSIX paths of the files actually written, sorted; an
    empty list means everything was up to date. Raises GeneratorError naming every missing
    file, and telling the user to run ``npm ci``, when ``node_modules`` lacks any of them.
    """
    node_modules = Path(project_root) / "node_modules"
    files = vendor_files()
    missing = [
        f"{item.package}/{item.source}"
        for item in files
        if not (node_modules / item.package / item.source).is_file()
    ]
    if missing:
        raise _missing_error(node_modules, missing)
    _check_plotly_version(node_modules)
    cache_dir = Path(project_root) / ".cache" / "vendor"
    written = [
        item.destination
        for item in files
        if _write_if_changed(
            _vendor_bytes(node_modules / item.package / item.source, item.transform, cache_dir),
            Path(docs_dir) / item.destination,
        )
    ]
    return sorted(written)


def _vendor_bytes(source: Path, transform: Callable[[bytes], bytes] | None, cache_dir: Path) -> bytes:
    """The file's bytes, transformed when asked (cached by the input's hash: subsetting is slow)."""
    content = source.read_bytes()
    if transform is None:
        return content
    key = hashlib.sha256(content + repr(FONT_UNICODES).encode()).hexdigest()
    cached = cache_dir / f"{key}{source.suffix}"
    if cached.is_file():
        return cached.read_bytes()
    result = transform(content)
    cache_dir.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(result)
    return result
