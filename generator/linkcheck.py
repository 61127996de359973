"""Check every internal link of a built site: the target file exists and so does its #anchor.

MkDocs ``--strict`` checks only Markdown links; the generated pages write most links as raw
HTML, so a bad file name could give dozens of 404s without a word. ``check_site`` reads every
``*.html`` file under the site folder, resolves each relative ``href``/``src`` (and absolute
ones under the site's own path) like a static web server would, and returns one Diagnostic per
broken link. External links (with a scheme or ``//host``) are not fetched.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
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


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser


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
