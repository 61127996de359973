"""Optional per-source sidecar ``seeds/<stem>.meta.yml`` that overrides metadata read from the text.

Example::

    title: زيارة بوتين إلى كوريا الشمالية
    published: 2024-06-20
    outlet: العربي الجديد
    title_en: Putin's visit to North Korea   # shown on the English site
    outlet_en: Al-Araby Al-Jadeed
    author: null          # null clears a value found in the text
    url: https://example.org/article
    language: ar          # ar | en
    reproduce: excerpts   # full | excerpts
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

from generator.errors import ConfigError
from generator.models import Diagnostic, SourceMeta
from generator.yamlfile import Enum, IsoDate, Nullable, Record, Str, load_yaml

SIDECAR_SUFFIX = ".meta.yml"

SIDECAR_SCHEMA = Record(
    {
        "title": Str(),
        "published": Nullable(IsoDate()),
        "outlet": Nullable(Str()),
        "author": Nullable(Str()),
        "url": Nullable(Str(pattern=r"https?://\S+", hint="an http:// or https:// address")),
        "language": Enum(("ar", "en")),
        "reproduce": Enum(("full", "excerpts")),
        "title_en": Nullable(Str()),
        "outlet_en": Nullable(Str()),
    }
)


def sidecar_path(source_path: Path) -> Path:
    return source_path.with_name(source_path.stem + SIDECAR_SUFFIX)


def load_sidecar(
    path: Path, display_name: str, *, inside: Path | None = None
) -> tuple[dict[str, Any], tuple[Diagnostic, ...]]:
    """Overrides from ``path`` ({} when absent); a malformed sidecar gives an error and no overrides.

    A sidecar that is a symbolic link, device or FIFO, or lies outside ``inside``, is refused.
    """
    if not os.path.lexists(path):
        return {}, ()
    try:
        doc = load_yaml(path, SIDECAR_SCHEMA, display_name=display_name, inside=inside)
    except ConfigError as exc:
        where = exc.file + (f":{exc.line}" if exc.line is not None else "") + ": "
        message = str(exc).removeprefix(where) + "; the sidecar is ignored"
        return {}, (Diagnostic("error", display_name, message, line=exc.line),)
    if doc.data is None:
        return {}, ()
    return dict(doc.data), ()


def apply_overrides(meta: SourceMeta, overrides: dict[str, Any]) -> SourceMeta:
    known = {f.name for f in dataclasses.fields(SourceMeta)}
    return dataclasses.replace(meta, **{k: v for k, v in overrides.items() if k in known})
