"""Check every internal link of a built site: the target file exists and so does its #anchor.

MkDocs ``--strict`` checks only Markdown links; the generated pages write most links as raw
HTML, so a bad file name could give dozens of 404s without a word. ``check_site`` reads every
``*.html`` file under the site folder, resolves each relative ``href``/``src`` (and absolute
ones under the site's own path) like a static web server would, and returns one Diagnostic per
broken link. External links (with a scheme or ``//host``) are not fetched.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Callable
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.filenames import shown
from generator.models import Diagnostic

_LINK_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src"}
_UNSAFE_SCHEMES = ("javascript", "vbscript", "data")


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, int]] = []  # (url, line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(str(values[name]))
        wanted = _LINK_ATTRIBUTES.get(tag)
        url = values.get(wanted) if wanted else None
        if url is not None:
            self.links.append((url, self.getpos()[0]))


# A start tag and its attributes; comments and the contents of <script>/<style> are not markup.
_VALUE = r"(?:\"[^\"]*\"|'[^']*'|[^\s>]+)"
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s\"'>/=]+(?:\s*=\s*" + _VALUE + r")?)*)\s*/?>")
_ATTRIBUTE = re.compile(r"([^\s\"'>/=]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?")
_NOT_MARKUP = re.compile(r"<!--.*?-->|(<(?:script|style)\b[^>]*>).*?(</(?:script|style)\s*>)", re.S | re.I)


def _blank(match: re.Match[str]) -> str:
    """A comment, or a script's contents, as the same number of lines (line numbers stay right)."""
    lines = "\n" * match.group(0).count("\n")
    return f"{match.group(1)}{lines}{match.group(2)}" if match.group(1) else lines


def _attributes(text: str) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for name, double, single, bare in _ATTRIBUTE.findall(text):
        given = f"{name}=" in text or f"{name} =" in text
        value = double or single or bare
        found.append((name.lower(), unescape(value) if (value or given) else None))
    return found


class _FastPage(_PageParser):
    """The ids and links of a page found with regular expressions (a site's HTML is some hundred
    MB at archive size, and ``HTMLParser`` took most of the link check): quoted or bare attribute
    values, character references decoded, comments and script/style contents skipped."""

    line = 1

    def feed_text(self, text: str) -> None:
        text = _NOT_MARKUP.sub(_blank, text)
        counted = 0
        for match in _TAG.finditer(text):
            tag = match.group(1).lower()
            attributes = match.group(2)
            if tag not in _LINK_ATTRIBUTES and "id" not in attributes:
                continue
            self.line += text.count("\n", counted, match.start())
            counted = match.start()
            self.handle_starttag(tag, _attributes(attributes))

    def getpos(self) -> tuple[int, int]:
        return self.line, 0


def _parse(path: Path) -> _PageParser:
    parser = _FastPage()
    parser.feed_text(path.read_text(encoding="utf-8", errors="replace"))
    return parser


@functools.lru_cache(maxsize=65536)
def _target_file(site: Path, path: str) -> Path | None:
    """The file a static server would send for the site-relative ``path``."""
    candidate = site / path.lstrip("/")
    if path.endswith("/") or path == "":
        candidate = candidate / "index.html"
    if candidate.is_file():
        return candidate
    if (candidate / "index.html").is_file():
        return candidate / "index.html"
    return None


def check_site(site: Path, base_path: str = "/") -> list[Diagnostic]:
    """Broken internal links of the site built in ``site`` (served under ``base_path``)."""
    site = site.resolve()
    _target_file.cache_clear()  # the folder may have changed since the last check
    parsed: dict[Path, _PageParser] = {}

    def page(path: Path) -> _PageParser:
        if path not in parsed:
            parsed[path] = _parse(path)
        return parsed[path]

    problems: list[Diagnostic] = []
    for html in sorted(site.rglob("*.html")):
        here = "/" + html.relative_to(site).as_posix()
        for url, line in page(html).links:
            problem = _check_link(site, base_path, here, url.strip(), page)
            if problem:
                file = shown(html.relative_to(site).as_posix())
                problems.append(Diagnostic("error", file, f"{problem}: {shown(url)[:200]}", line=line))
    return problems


def _check_link(
    site: Path, base_path: str, here: str, url: str, page: Callable[[Path], _PageParser]
) -> str | None:
    parts = urlsplit(url)
    if parts.scheme.lower() in _UNSAFE_SCHEMES:
        return "unsafe link"
    if parts.scheme or parts.netloc:
        return None  # external: not checked here
    if not parts.path:
        target = site / here.lstrip("/")
    else:
        path = unquote(parts.path)
        if path.startswith("/"):
            if not path.startswith(base_path):
                return "broken link (outside the site)"
            path = "/" + path[len(base_path) :]
        else:
            path = posixpath.join(posixpath.dirname(here), path)
        normal = posixpath.normpath(path) + ("/" if path.endswith("/") else "")
        if normal.startswith(".."):
            return "broken link (outside the site)"
        found = _target_file(site, normal)
        if found is None:
            return "broken link (no such page or file)"
        target = found
    fragment = unquote(parts.fragment)
    if fragment and target.suffix == ".html" and fragment not in page(target).ids:
        return f"broken link (no element with id '{shown(fragment)}')"
    return None
