"""The one escaping filter for source-derived text: ``inert``.

Source text is untrusted. It ends up inside Markdown files that MkDocs turns into HTML, so it
must be safe at two levels: HTML (``<script>``, attributes) and Markdown/Jinja syntax
(``[x](javascript:...)``, ``{{ ... }}``, ``|`` breaking tables, ``#`` headings, emphasis).
``inert`` HTML-escapes the text and then writes every character that Markdown or a Markdown
extension could interpret as a numeric character reference, so the browser shows it literally
and no parser on the way sees syntax. Newlines become ``&#10;`` so a value never breaks the
HTML block it sits in. The result is :class:`markupsafe.Markup`, so Jinja's autoescape does not
escape it a second time.
"""

from __future__ import annotations

import hashlib
import re
import string
from urllib.parse import urlsplit

from markupsafe import Markup

# Characters that start links, images, code, headings, tables, attribute lists, emoji,
# critic/mark/tilde/caret/math markup in Markdown and its common extensions, or template syntax
# ({{ }}, {% %}). Emphasis markers (* and _) are left alone: they cannot create links, HTML or
# code, and the templates place source text only inside HTML blocks, where Markdown is not
# applied at all (so "7*7" stays "7*7" in the built page's source as well).
_SYNTAX_CHARS = "[]()\\`{}#|!~^=:+-$%\n\r"
_ESCAPES = {ord(ch): f"&#{ord(ch)};" for ch in _SYNTAX_CHARS} | {
    ord("&"): "&amp;",
    ord("<"): "&lt;",
    ord(">"): "&gt;",
    ord('"'): "&#34;",
    ord("'"): "&#39;",
}
# C0 controls other than tab/newline/carriage return, DEL and C1 controls have no visible
# meaning and are dropped.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SAFE_URL_SCHEMES = frozenset({"http", "https"})


def inert(value: object) -> Markup:
    """Return ``value`` as text that HTML, Markdown and Jinja all show literally."""
    if isinstance(value, Markup):
        return value
    if value is None:
        raise TypeError("inert() got None: the template printed a missing value")
    text = _CONTROL_RE.sub("", str(value))
    return Markup(text.translate(_ESCAPES))  # one pass: no entity is escaped twice


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL without spaces or quotes, else None."""
    if not url:
        return None
    candidate = url.strip()
    if any(ch.isspace() or ch in "\"'<>`" for ch in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_URL_SCHEMES or not parts.netloc:
        return None
    return candidate


def plain_title(value: str, limit: int = 120) -> str:
    """A one-line title safe for front matter and navigation (which themes print unescaped).

    Characters with HTML or Markdown meaning are replaced by spaces; the rest is kept.
    """
    text = _CONTROL_RE.sub("", value)
    text = re.sub(r"[<>&\"'`{}\[\]|*_#\\]", " ", text)
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def css_id(prefix: str, raw_id: str) -> Markup:
    """An HTML id/fragment made of ``prefix`` and ``raw_id`` with only [A-Za-z0-9_-] kept.

    When characters had to be replaced, a short stable hash of ``raw_id`` keeps ids distinct.
    """
    if re.search(r"[^A-Za-z0-9_-]", prefix):
        raise ValueError(f"bad id prefix {prefix!r}")
    cleaned = re.sub(r"[^A-Za-z0-9_-]", "-", raw_id)
    if cleaned != raw_id:
        cleaned = f"{cleaned.strip('-')[:40]}-{hashlib.sha1(raw_id.encode()).hexdigest()[:8]}"
    return Markup(f"{prefix}-{cleaned}")  # only [A-Za-z0-9_-]: nothing to escape


def format_inert(template: str, **values: object) -> Markup:
    """``template.format(**values)`` where the template's text and every value are made inert.

    Values that are already Markup (e.g. a name wrapped in ``<span lang="ar">``) are kept.
    """
    parts = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        parts.append(inert(literal))
        if name is None:
            continue
        value = values[name]
        if not isinstance(value, Markup):
            value = format(value, spec or "") if spec else value
        parts.append(inert(value))
        del conversion  # conversions (!r) are not used in page text
    return Markup("").join(parts)
