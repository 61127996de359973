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

Hostile input is refused before anything is built from it: a file larger than
``MAX_YAML_BYTES``, more than ``MAX_ALIASES`` aliases (an "alias bomb" of a few hundred bytes
would otherwise expand to gigabytes), nesting deeper than ``MAX_DEPTH`` (which would otherwise
end in a RecursionError), invisible bidi controls, and values of any type other than text,
numbers, booleans, null, dates, lists and mappings. Each is a ConfigError with file and line.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ConfigError

PathKey = tuple[str | int, ...]

MAX_YAML_BYTES = 1_000_000  # the largest data file is ~50 KB
MAX_ALIASES = 50  # authors rarely need any; a bomb needs many
MAX_DEPTH = 40  # the deepest real file nests 5 levels
MAX_EXPANDED_NODES = 200_000  # values after aliases are expanded (the largest file has ~5,000)
# Invisible characters that reorder or hide text (bidi embeddings/overrides/isolates and other
# format characters): refused in YAML, where an author can simply delete them.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069\u206a-\u206f\u200b\u2060-\u2064\ufeff\ufff9-\ufffb"
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")


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
class Float(Spec):
    """A number (whole or decimal) within bounds."""

    minimum: float | None = None
    maximum: float | None = None

    def describe(self) -> str:
        low = "" if self.minimum is None else f" >= {self.minimum}"
        high = "" if self.maximum is None else f" <= {self.maximum}"
        return "a number" + (f" ({', '.join(b.strip() for b in (low, high) if b)})" if low or high else "")


@dataclass(frozen=True)
class Bool(Spec):
    def describe(self) -> str:
        return "true or false"


@dataclass(frozen=True)
class IsoDate(Spec):
    """A calendar date (not a timestamp) within a plausible range of years."""

    min_year: int = 1900
    max_year: int = 2100

    def describe(self) -> str:
        return f"a date written YYYY-MM-DD (years {self.min_year}-{self.max_year}, no time)"


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


def load_yaml(
    path: Path, schema: Spec | None = None, *, display_name: str | None = None, inside: Path | None = None
) -> YamlDocument:
    """Read and validate ``path``; ``display_name`` is the file name used in error messages.

    Only a regular file (no symbolic link, device or FIFO) is read, and with ``inside`` only one
    whose real path is inside that folder.
    """
    from generator.safefile import UnsafeFile, read_regular_file

    name = display_name or str(path)
    try:
        raw = read_regular_file(path, max_bytes=MAX_YAML_BYTES, inside=inside)
    except UnsafeFile as exc:
        raise ConfigError(name, exc.reason) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(name, f"not valid UTF-8 (byte {exc.start})", line=line) from exc
    return load_yaml_text(text, name, schema)


def load_yaml_text(text: str, file: str, schema: Spec | None = None) -> YamlDocument:
    """Parse and validate YAML ``text``; ``file`` is the name used in error messages."""
    if len(text) > MAX_YAML_BYTES:
        raise ConfigError(file, f"file too large (over {MAX_YAML_BYTES} characters)")
    bidi = _BIDI_RE.search(text)
    if bidi is not None:
        code = f"U+{ord(bidi.group()):04X}"
        raise ConfigError(file, f"invisible formatting character {code} (it can reorder text); delete it",
                          line=text.count("\n", 0, bidi.start()) + 1)  # fmt: skip
    _check_structure(text, file)
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
    if _expanded_size(node, {}) > MAX_EXPANDED_NODES:
        raise ConfigError(file, f"refused: aliases expand to more than {MAX_EXPANDED_NODES} values",
                          line=node.start_mark.line + 1)  # fmt: skip
    checker = _Validator(file, loader, lines)
    data = checker.check(node, schema or Any_(), ())
    return YamlDocument(file, data, lines)


def _check_structure(text: str, file: str) -> None:
    """Refuse alias bombs and deep nesting from the event stream (iterative: no recursion)."""
    loader = yaml.SafeLoader(text)
    depth = aliases = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _structure_error(file, event, f"nested more than {MAX_DEPTH} levels deep")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise _structure_error(file, event, f"more than {MAX_ALIASES} aliases (*name)")
    except yaml.YAMLError:
        return  # reported with its line by the real parse below
    finally:
        loader.dispose()


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    """How many values ``node`` stands for once every alias is expanded (depth <= MAX_DEPTH)."""
    known = memo.get(id(node))
    if known is not None:
        return known
    size = 1
    if isinstance(node, yaml.SequenceNode):
        size += sum(_expanded_size(item, memo) for item in node.value)
    elif isinstance(node, yaml.MappingNode):
        size += sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
    memo[id(node)] = size
    return min(size, MAX_EXPANDED_NODES + 1)


def _structure_error(file: str, event: yaml.Event, problem: str) -> ConfigError:
    mark = event.start_mark
    return ConfigError(file, f"refused: {problem}", line=mark.line + 1 if mark is not None else None)


# ---------------------------------------------------------------- validation

_NULL_TAG = "tag:yaml.org,2002:null"
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "str", "timestamp", "seq", "map")
)


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
            value = self.construct(node, spec, key)
            _refuse_timestamps(value, lambda: self.fail(node, "a timestamp is not accepted: "
                                                        "write a date YYYY-MM-DD", key))  # fmt: skip
            return value
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"expected {spec.describe()}, got a {_node_kind(node)}", key)
        return self.check_scalar(node, self.construct(node, spec, key), spec, key)

    def construct(self, node: yaml.Node, spec: Spec, key: str | None) -> Any:
        """The Python value of ``node`` (plain types only); impossible values are ConfigErrors."""
        self._check_tags(node, spec, key)
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, TypeError, OverflowError, yaml.YAMLError) as exc:
            shown = _show(node.value) if isinstance(node, yaml.ScalarNode) else f"a {_node_kind(node)}"
            raise self.fail(node, f"invalid value {shown}: expected {spec.describe()}", key) from exc

    def _check_tags(self, node: yaml.Node, spec: Spec, key: str | None) -> None:
        """Only text, numbers, booleans, null, dates, lists and mappings (no sets, binary, pairs)."""
        pending, seen = [node], set()
        while pending:
            current = pending.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            if current.tag not in _PLAIN_TAGS:
                shown = current.tag.removeprefix("tag:yaml.org,2002:")
                raise self.fail(current, f"values of type '{shown}' are not accepted: "
                                f"expected {spec.describe()}", key)  # fmt: skip
            if isinstance(current, yaml.SequenceNode):
                pending.extend(current.value)
            elif isinstance(current, yaml.MappingNode):
                pending.extend(part for pair in current.value for part in pair)

    def check_scalar(self, node: yaml.Node, value: Any, spec: Spec, key: str | None) -> Any:
        problem = f"invalid value {_show(value)}: expected {spec.describe()}"
        if isinstance(spec, IsoDate):
            return self._to_date(node, value, spec, problem, key)
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
        if isinstance(spec, Float):
            if isinstance(value, bool) or not isinstance(value, int | float):
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

    def _to_date(self, node: yaml.Node, value: Any, spec: IsoDate, problem: str, key: str | None) -> date:
        found: date | None = None
        if isinstance(value, datetime):
            raise self.fail(node, f"{problem} (a timestamp: write the date alone)", key)
        if isinstance(value, date):
            found = value
        elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            try:
                found = date.fromisoformat(value.strip())
            except ValueError:
                found = None
        if found is None or not spec.min_year <= found.year <= spec.max_year:
            raise self.fail(node, problem, key)
        return found

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


def _refuse_timestamps(value: Any, error: Any) -> None:
    """Raise ``error()`` when a date with a time of day hides anywhere in ``value``."""
    pending, seen = [value], set()
    while pending:
        current = pending.pop()
        if isinstance(current, datetime):
            raise error()
        if isinstance(current, list | dict) and id(current) not in seen:
            seen.add(id(current))
            pending.extend(current.values() if isinstance(current, dict) else current)


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return "single value"
