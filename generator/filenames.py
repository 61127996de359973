"""File names from ``seeds/`` are untrusted: page slugs for URLs, and escaped names for logs.

``page_slug`` turns a source id (the file stem, kept as-is in the data) into a URL path segment
that is safe and unique: a stem of lower-case ASCII letters, digits, ``_`` and ``-`` is used
unchanged; anything else (``#``, ``?``, ``%``, dots such as ``foo.en`` that mkdocs-static-i18n
would read as a language suffix, Arabic letters, the reserved ``index``) becomes a readable
ASCII part plus a hash of the whole stem, so two different stems never share a page.

``shown`` prints a file name for a terminal or a CI log: control characters (newlines that
could start a ``::error`` workflow command, ANSI escapes) are written as escapes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_PLAIN_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,79}")
_RESERVED_SLUGS = frozenset({"index", "404", "assets", "search", "data"})
_UNSAFE_CHARS = re.compile(r"[^a-z0-9_-]+")
# C0/C1 controls, DEL, line/paragraph separators, bidi controls and other format characters.
_CONTROL = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)


def page_slug(source_id: str) -> str:
    """A safe, unique URL path segment for the page of the source ``source_id``."""
    if _PLAIN_SLUG.fullmatch(source_id) and source_id not in _RESERVED_SLUGS:
        return source_id
    ascii_form = unicodedata.normalize("NFKD", source_id).encode("ascii", "ignore").decode().lower()
    readable = _UNSAFE_CHARS.sub("-", ascii_form).strip("-_")[:40].rstrip("-_")
    digest = hashlib.sha256(source_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{readable or 'source'}-{digest}"


def shown(name: str) -> str:
    """``name`` with every control or invisible format character escaped (``\\n``, ``\\x1b``, ...)."""
    if not _CONTROL.search(name):
        return name
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], name)
