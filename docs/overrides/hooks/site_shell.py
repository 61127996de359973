"""MkDocs hooks for the site shell: things the Material templates cannot do on their own.

* Material puts ``dir`` on ``<body>`` only; readers' tools (and our tests) expect it on
  ``<html>`` too, next to ``lang``. The direction follows the page's language.
* Generated pages start with an HTML comment (the generated-file marker), so MkDocs does
  not see their first ``# heading`` as the page title and falls back to the file name.
  Pages outside the nav (the per-source pages) would then be titled "000 048e69…".
  The first level-1 heading is used instead, unless the page sets a title itself.

Standalone on purpose (stdlib only): MkDocs loads it by path from ``mkdocs.yml``.
"""

from __future__ import annotations

import re
from typing import Any

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"})
HTML_OPEN_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
DIR_ATTRIBUTE = re.compile(r"\sdir\s*=", re.IGNORECASE)
LANG_ATTRIBUTE = re.compile(r"""\slang\s*=\s*["']([A-Za-z-]+)["']""", re.IGNORECASE)


def direction_for(language: str) -> str:
    """Text direction ("rtl" or "ltr") for a BCP 47 language tag."""
    primary = language.split("-")[0].split("_")[0].lower()
    return "rtl" if primary in RTL_LANGUAGES else "ltr"


def add_html_direction(html: str) -> str:
    """Add ``dir`` to the ``<html>`` tag, derived from its ``lang``; leave it if already set."""
    match = HTML_OPEN_TAG.search(html)
    if match is None:
        return html
    tag = match.group(0)
    lang = LANG_ATTRIBUTE.search(tag)
    if lang is None or DIR_ATTRIBUTE.search(tag):
        return html
    new_tag = tag[:-1].rstrip() + f' dir="{direction_for(lang.group(1))}">'
    return html[: match.start()] + new_tag + html[match.end() :]


def first_level_one_heading(page: Any) -> str | None:
    """Title of the page's first level-1 heading from its table of contents, if any."""
    for item in getattr(page, "toc", None) or ():
        if getattr(item, "level", None) == 1 and item.title:
            return str(item.title)
    return None


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    if "title" not in page.meta and "title" not in vars(page):
        heading = first_level_one_heading(page)
        if heading:
            page.meta["title"] = heading
    return html


def on_post_page(output: str, page: Any, config: Any) -> str:
    return add_html_direction(output)


def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    if template_name.endswith(".html"):
        return add_html_direction(output_content)
    return output_content
