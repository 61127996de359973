"""Author-owned Markdown (page intros) as HTML with raw HTML stripped.

Authors write intros in Markdown (emphasis, links, lists). The text is converted with raw HTML
switched off, then every element is rebuilt from an allow-list: text and attribute values go
through :func:`~generator.render.escape.inert` (so no Markdown, Jinja or snippet syntax
survives into the page), and a link keeps its address only when it is http(s), relative or an
anchor. ``<img onerror=…>`` or ``<script>`` in an intro is therefore shown as text, never run.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown
from markupsafe import Markup

from generator.render.escape import inert

_ALLOWED = frozenset({"p", "em", "strong", "a", "code", "ul", "ol", "li", "br", "blockquote", "h3", "h4"})


def _safe_href(url: str) -> str | None:
    candidate = url.strip()
    try:
        scheme = urlsplit(candidate).scheme.lower()
    except ValueError:
        return None
    if scheme in ("http", "https") or (not scheme and not candidate.startswith("//")):
        return candidate
    return None


class _Rebuild(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ALLOWED:
            return
        href = _safe_href(dict(attrs).get("href") or "") if tag == "a" else None
        self.parts.append(f'<a href="{inert(href)}">' if href else f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in _ALLOWED and tag != "br":
            self.parts.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.parts.append("\n" if data.isspace() else str(inert(data)))


def editorial_markdown(text: str) -> Markup:
    """``text`` (Markdown) as inert HTML; an empty text gives an empty result."""
    if not text.strip():
        return Markup("")
    converter = markdown.Markdown(output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    rebuild = _Rebuild()
    rebuild.feed(converter.convert(text))
    rebuild.close()
    return Markup("".join(rebuild.parts).strip())
