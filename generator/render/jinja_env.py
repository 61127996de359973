"""The Jinja2 environment for the Markdown page templates.

Autoescape is on and every ``{{ … }}`` goes through :func:`~generator.render.escape.inert`
(via ``finalize``) unless the value is already :class:`~markupsafe.Markup` (HTML built by the
generator itself, e.g. the chart SVG or an href). So source text is inert even where a template
forgets a filter. Undefined names raise (StrictUndefined); output keeps its trailing newline.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import jinja2
import yaml
from markupsafe import Markup

from generator.render.escape import inert

TEMPLATES_DIR = Path(__file__).parent / "templates"


def yaml_string(value: str) -> Markup:
    """A double-quoted YAML scalar on one line, written by the YAML emitter (which escapes what
    YAML cannot hold raw, e.g. U+FFFF) and read back to check it round-trips."""
    text = " ".join(str(value).split())
    emitted = yaml.safe_dump(text, allow_unicode=True, default_style='"', width=1_000_000).rstrip("\n")
    if "\n" in emitted or yaml.safe_load(emitted) != text:
        raise ValueError(f"front matter value does not round-trip through YAML: {text[:80]!r}")
    return Markup(emitted)


def json_attr(value: object) -> Markup:
    """JSON for an HTML attribute value (HTML-escaped, deterministic key order)."""
    return inert(json.dumps(value, ensure_ascii=False, sort_keys=True))


def inert_join(values: Iterable[object], separator: str = "") -> Markup:
    """Jinja's ``join`` would only HTML-escape plain items; this one makes every item inert."""
    return inert(separator).join(inert(value) for value in values)


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=inert,
    )
    env.filters["inert"] = inert
    env.filters["join"] = inert_join
    env.filters["yaml"] = yaml_string
    env.filters["json_attr"] = json_attr
    return env


def render_template(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)
