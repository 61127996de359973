"""A tiny HTML inspector for the render tests (stdlib html.parser, no extra dependency)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class Probe(HTMLParser):
    elements: list[Element] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    _open: list[Element] = field(default_factory=list)

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if tag not in {"br", "img", "input", "meta", "link", "hr"}:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].tag == tag:
                del self._open[i:]
                break

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        for element in self._open:
            element.text += data

    @property
    def text(self) -> str:
        return "".join(self.texts)

    def find(self, tag: str | None = None, **attrs: str) -> list[Element]:
        return [
            e for e in self.elements
            if (tag is None or e.tag == tag) and all(e.attrs.get(k.rstrip("_").replace("_", "-")) == v
                                                     for k, v in attrs.items())
        ]  # fmt: skip

    def ids(self) -> set[str]:
        return {e.attrs["id"] for e in self.elements if "id" in e.attrs}


def probe(html: str) -> Probe:
    parser = Probe()
    parser.feed(html)
    parser.close()
    return parser
