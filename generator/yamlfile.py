"""Load small YAML files (sidecars, editorial files, data lexicons) with typed validation.

Every problem is raised as :class:`generator.errors.ConfigError` naming the file and the LINE
(taken from the YAML node marks), so an author can go straight to the mistake.

A schema is built from the spec classes below, e.g.::

    SCHEMA = Record({"title": Str(), "published": Nullable(IsoDate()),
                     "language": Enum(("ar", "en"))})
    doc = load_yaml(Path("seeds/x.meta.yml"), SCHEMA)
    doc.data["title"], doc.line("title")

``Record`` is a mapping with a fixed set of keys (unknown keys are errors that list the valid
keys); ``DictOf`` is a mapping with free-form keys (e.g. quote id -> translation); ``ListOf`` a
sequence.  Validated data is returned as plain Python values (dict, list, str, int, bool, date,
None); ``Record`` results contain only the keys present in the file (callers apply defaults).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ConfigError

PathKey = tuple[str | int, ...]


# ---------------------------------------------------------------- specs


@dataclass(frozen=True)
class Spec:
    """Base class of schema nodes; ``describe`` says what a valid value looks like."""

    def describe(self) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class Any_(Spec):
    def describe(self) -> str:
        return "any value"


@dataclass(frozen=True)
class Str(Spec):
    nonempty: bool = True
    pattern: str | None = None  # full-match regular expression
    hint: str | None = None  # what a value matching ``pattern`` looks like

    def describe(self) -> str:
        if self.hint:
            return self.hint
        return "a non-empty text" if self.nonempty else "a text"


@dataclass(frozen=True)
class Int(Spec):
    minimum: int | None = None
    maximum: int | None = None

    def describe(self) -> str:
        bounds = []
        if self.minimum is not None:
            bounds.append(f">= {self.minimum}")
        if self.maximum is not None:
            bounds.append(f"<= {self.maximum}")
        return "a whole number" + (f" ({', '.join(bounds)})" if bounds else "")


@dataclass(frozen=True)
class Bool(Spec):
    def describe(self) -> str:
        return "true or false"


@dataclass(frozen=True)
class IsoDate(Spec):
    def describe(self) -> str:
        return "a date written YYYY-MM-DD"


@dataclass(frozen=True)
class Enum(Spec):
    choices: tuple[str, ...]

    def describe(self) -> str:
        return "one of: " + ", ".join(self.choices)


@dataclass(frozen=True)
class Nullable(Spec):
    inner: Spec

    def describe(self) -> str:
        return f"{self.inner.describe()} (or null)"


@dataclass(frozen=True)
class ListOf(Spec):
    item: Spec

    def describe(self) -> str:
        return f"a list of {self.item.describe()}"


@dataclass(frozen=True)
class DictOf(Spec):
    value: Spec
    key: Str = field(default_factory=Str)

    def describe(self) -> str:
        return f"a mapping of names to {self.value.describe()}"


@dataclass(frozen=True)
class Record(Spec):
    fields: Mapping[str, Spec]
    required: frozenset[str] = frozenset()

    def describe(self) -> str:
        return "a mapping with keys: " + ", ".join(self.fields)


# ---------------------------------------------------------------- documents


@dataclass(frozen=True)
class YamlDocument:
    """Validated data plus the 1-based line of every mapping key / list item in the file."""

    file: str
    data: Any
    lines: Mapping[PathKey, int]

    def line(self, *path: str | int) -> int | None:
        return self.lines.get(tuple(path))


def load_yaml(path: Path, schema: Spec | None = None, *, display_name: str | None = None) -> YamlDocument:
    """Read and validate ``path``; ``display_name`` is the file name used in error messages."""
    name = display_name or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(name, f"cannot read file: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(name, f"not valid UTF-8 (byte {exc.start})", line=line) from exc
    return load_yaml_text(text, name, schema)


def load_yaml_text(text: str, file: str, schema: Spec | None = None) -> YamlDocument:
    """Parse and validate YAML ``text``; ``file`` is the name used in error messages."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or "invalid YAML"
        if exc.context and exc.context_mark is not None:
            problem = f"{exc.context} starting on line {exc.context_mark.line + 1}: {problem}"
        raise ConfigError(file, f"invalid YAML: {problem}", line=line) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(file, f"invalid YAML: {exc}") from exc
    finally:
        loader.dispose()
    lines: dict[PathKey, int] = {}
    if node is None:
        return YamlDocument(file, None, lines)
    checker = _Validator(file, loader, lines)
    data = checker.check(node, schema or Any_(), ())
    return YamlDocument(file, data, lines)


# ---------------------------------------------------------------- validation

_NULL_TAG = "tag:yaml.org,2002:null"


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 80 else text[:77] + "..."


class _Validator:
    def __init__(self, file: str, loader: yaml.SafeLoader, lines: dict[PathKey, int]):
        self.file = file
        self.loader = loader
        self.lines = lines

    def fail(self, node: yaml.Node, message: str, key: str | None = None) -> ConfigError:
        return ConfigError(self.file, message, line=node.start_mark.line + 1, key=key)

    def check(self, node: yaml.Node, spec: Spec, path: PathKey) -> Any:
        key = str(path[-1]) if path and isinstance(path[-1], str) else None
        if isinstance(spec, Nullable):
            if isinstance(node, yaml.ScalarNode) and node.tag == _NULL_TAG:
                return None
            spec = spec.inner
        if isinstance(spec, Record):
            return self.check_record(node, spec, path)
        if isinstance(spec, DictOf):
            return self.check_dict(node, spec, path)
        if isinstance(spec, ListOf):
            if not isinstance(node, yaml.SequenceNode):
                raise self.fail(node, f"expected {spec.describe()}", key)
            result = []
            for index, item in enumerate(node.value):
                self.lines[(*path, index)] = item.start_mark.line + 1
                result.append(self.check(item, spec.item, (*path, index)))
            return result
        if isinstance(spec, Any_):
            return self.construct(node, spec, key)
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"expected {spec.describe()}, got a {_node_kind(node)}", key)
        return self.check_scalar(node, self.construct(node, spec, key), spec, key)

    def construct(self, node: yaml.Node, spec: Spec, key: str | None) -> Any:
        """The Python value of ``node`` (safe tags only); impossible values are ConfigErrors."""
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, TypeError, OverflowError, yaml.YAMLError) as exc:
            shown = _show(node.value) if isinstance(node, yaml.ScalarNode) else f"a {_node_kind(node)}"
            raise self.fail(node, f"invalid value {shown}: expected {spec.describe()}", key) from exc

    def check_scalar(self, node: yaml.Node, value: Any, spec: Spec, key: str | None) -> Any:
        problem = f"invalid value {_show(value)}: expected {spec.describe()}"
        if isinstance(spec, IsoDate):
            return self._to_date(node, value, problem, key)
        if isinstance(spec, Bool):
            if not isinstance(value, bool):
                raise self.fail(node, problem, key)
            return value
        if isinstance(spec, Int):
            if isinstance(value, bool) or not isinstance(value, int):
                raise self.fail(node, problem, key)
            too_low = spec.minimum is not None and value < spec.minimum
            if too_low or (spec.maximum is not None and value > spec.maximum):
                raise self.fail(node, problem, key)
            return value
        if isinstance(spec, Enum):
            if not isinstance(value, str) or value not in spec.choices:
                raise self.fail(node, problem, key)
            return value
        if isinstance(spec, Str):
            if isinstance(value, bool) or value is None or not isinstance(value, str | int | float):
                raise self.fail(node, problem, key)
            text = value if isinstance(value, str) else node.value
            if spec.nonempty and not text.strip():
                raise self.fail(node, f"empty value: expected {spec.describe()}", key)
            if spec.pattern is not None and not re.fullmatch(spec.pattern, text):
                raise self.fail(node, f"invalid value {_show(text)}: expected {spec.describe()}", key)
            return text
        raise TypeError(f"unknown spec {spec!r}")

    def _to_date(self, node: yaml.Node, value: Any, problem: str, key: str | None) -> date:
        if isinstance(value, date):
            return value
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise self.fail(node, problem, key)

    def mapping_pairs(
        self, node: yaml.Node, spec: Spec, path: PathKey
    ) -> list[tuple[yaml.Node, str, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            key = str(path[-1]) if path and isinstance(path[-1], str) else None
            raise self.fail(node, f"expected {spec.describe()}, got a {_node_kind(node)}", key)
        pairs: list[tuple[yaml.Node, str, yaml.Node]] = []
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, "mapping keys must be plain names")
            name = str(self.construct(key_node, Str(), None))
            if name in seen:
                raise self.fail(key_node, "key appears twice", name)
            seen.add(name)
            self.lines[(*path, name)] = key_node.start_mark.line + 1
            pairs.append((key_node, name, value_node))
        return pairs

    def check_record(self, node: yaml.Node, spec: Record, path: PathKey) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, name, value_node in self.mapping_pairs(node, spec, path):
            if name not in spec.fields:
                valid = ", ".join(spec.fields)
                close = difflib.get_close_matches(name, list(spec.fields), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                raise self.fail(key_node, f"unknown key{hint}; valid keys: {valid}", name)
            result[name] = self.check(value_node, spec.fields[name], (*path, name))
        missing = [name for name in spec.fields if name in spec.required and name not in result]
        if missing:
            raise self.fail(node, "missing required key(s): " + ", ".join(missing))
        return result

    def check_dict(self, node: yaml.Node, spec: DictOf, path: PathKey) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, name, value_node in self.mapping_pairs(node, spec, path):
            self.check_scalar(key_node, name, spec.key, name)
            result[name] = self.check(value_node, spec.value, (*path, name))
        return result


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return "single value"
