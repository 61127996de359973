"""Check every internal link of a built site: the target file exists and so does its #anchor.

MkDocs ``--strict`` checks only Markdown links; the generated pages write most links as raw
HTML, so a bad file name could give dozens of 404s without a word. ``check_site`` reads every
``*.html`` file under the site folder, resolves each relative ``href``/``src`` (and absolute
ones under the site's own path) like a static web server would, and returns one Diagnostic per
broken link. External links (with a scheme or ``//host``) are not fetched.
"""

from __future__ import annotations

import functools
import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class _Known:
    """A page as the previous check saw it, all its links working: its file stamp, its ids, and
    the files its links reach, each with the anchors they name in it."""

    stamp: tuple[int, int]  # (mtime in ns, size)
    ids: frozenset[str]
    reaches: tuple[tuple[str, tuple[str, ...]], ...]  # (site-relative file, anchors)


_CACHE_VERSION = 3
Reaches = dict[str, set[str]]


def _load(cache: Path | None, base_path: str) -> dict[str, _Known]:
    try:
        data = json.loads(cache.read_text(encoding="utf-8")) if cache else {}
    except (OSError, ValueError):
        return {}
    if data.get("version") != _CACHE_VERSION or data.get("base_path") != base_path:
        return {}
    return {
        page: _Known((v[0], v[1]), frozenset(v[2]), tuple((file, tuple(ids)) for file, ids in v[3]))
        for page, v in data["pages"].items()
    }


def _save(cache: Path, base_path: str, known: dict[str, _Known]) -> None:
    pages = {page: [*k.stamp, sorted(k.ids), k.reaches] for page, k in sorted(known.items())}
    cache.parent.mkdir(parents=True, exist_ok=True)
    temporary = cache.with_suffix(".tmp")
    text = json.dumps({"version": _CACHE_VERSION, "base_path": base_path, "pages": pages}, ensure_ascii=False)
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(cache)


def check_site(site: Path, base_path: str = "/", cache: Path | None = None) -> list[Diagnostic]:
    """Broken internal links of the site built in ``site`` (served under ``base_path``).

    With ``cache`` (a file), a page checked before is not read again while its file is the same
    (modification time and size: a dirty build keeps both) and every file its links reach is
    still there with the anchors they name. Pages with a broken link are never cached: they are
    checked every time."""
    site = site.resolve()
    _target_file.cache_clear()  # the folder may have changed since the last check
    previous = _load(cache, base_path)
    files = {html.relative_to(site).as_posix(): html for html in sorted(site.rglob("*.html"))}
    stamps = {rel: (html.stat().st_mtime_ns, html.stat().st_size) for rel, html in files.items()}
    same = {rel for rel, stamp in stamps.items() if rel in previous and previous[rel].stamp == stamp}
    parsed: dict[Path, _PageParser | _Known] = {}

    def page(path: Path) -> _PageParser | _Known:
        if path not in parsed:
            rel = path.relative_to(site).as_posix()
            parsed[path] = previous[rel] if rel in same else _parse(path)
        return parsed[path]

    @functools.cache
    def exists(rel: str) -> bool:
        return (site / rel).is_file()

    def still_works(reached: tuple[str, tuple[str, ...]]) -> bool:
        target, anchors = reached
        if not exists(target):
            return False
        return not anchors or target in same or set(anchors) <= page(site / target).ids

    known: dict[str, _Known] = {}
    problems: list[Diagnostic] = []
    for rel, html in files.items():
        old = previous.get(rel) if rel in same else None
        if old is not None and all(map(still_works, old.reaches)):
            known[rel] = old
            continue
        found = page(html) if rel not in same else _parse(html)
        assert isinstance(found, _PageParser)  # a page read now, not one remembered
        reaches: Reaches = {}
        broken = []
        for url, line in found.links:
            problem = _check_link(site, base_path, "/" + rel, url.strip(), page, reaches)
            if problem:
                broken.append(Diagnostic("error", shown(rel), f"{problem}: {shown(url)[:200]}", line=line))
        problems.extend(broken)
        if not broken:
            listed = tuple((file, tuple(sorted(anchors))) for file, anchors in sorted(reaches.items()))
            known[rel] = _Known(stamps[rel], frozenset(found.ids), listed)
    if cache is not None:
        _save(cache, base_path, known)
    return problems


def _check_link(
    site: Path,
    base_path: str,
    here: str,
    url: str,
    page: Callable[[Path], _PageParser | _Known],
    reaches: Reaches,
) -> str | None:
    """What is wrong with ``url`` on page ``here`` (None: nothing); adds the file it reaches."""
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
    named = reaches.setdefault(target.relative_to(site).as_posix(), set())
    if fragment and target.suffix == ".html":
        named.add(fragment)
    if fragment and target.suffix == ".html" and fragment not in page(target).ids:
        return f"broken link (no element with id '{shown(fragment)}')"
    return None
