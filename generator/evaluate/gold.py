"""Gold annotations: one YAML file per source (see tests/gold/*.yml for the layout)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import ConfigError
from generator.yamlfile import Any_, Bool, ListOf, Nullable, Record, Str, YamlDocument, load_yaml

FLOORS_NAME = "floors.yml"
KINDS = ("quotes", "troop_estimates", "events", "treaty_provisions")
# The fields a gold item may give, per kind (a value or a list of acceptable values), besides
# ``at`` (text of the sentence that carries it) and ``optional``.
ITEM_FIELDS = {
    "quotes": ("speaker", "kind", "words", "via"),
    "troop_estimates": (
        "claimant", "value", "low", "high", "qualifier", "status", "measure", "previous", "via",
    ),
    "events": ("type", "date", "historical"),
    "treaty_provisions": ("topic", "article"),
}  # fmt: skip
GOLD_SCHEMA = Record(
    {
        "source": Str(),
        "url": Nullable(Str()),
        "outlet": Nullable(Str()),
        "query": Nullable(Str()),
        "published": Nullable(Any_()),
        **{
            kind: Nullable(
                ListOf(
                    Record(
                        {"at": Str(), "optional": Bool(), **dict.fromkeys(fields, Any_())},
                        required=frozenset({"at"}),
                    )
                )
            )
            for kind, fields in ITEM_FIELDS.items()
        },
    }
)


@dataclass(frozen=True, slots=True)
class GoldItem:
    kind: str
    source: str
    at: str
    fields: dict[str, Any]
    optional: bool

    def alternatives(self, key: str) -> list[Any]:
        """A field given as one value or a list of acceptable values."""
        value = self.fields.get(key)
        if isinstance(value, list):
            return value
        return [value]


def norm_space(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def load_gold(gold_dir: Path, texts: dict[str, str]) -> list[GoldItem]:
    """Every gold item of every ``*.yml`` in ``gold_dir`` whose source text is known.

    Raises ConfigError when an ``at`` locator is missing or not unique in its source."""
    items: list[GoldItem] = []
    for path in gold_files(gold_dir):
        document = read_gold_file(path)
        raw = document.data or {}
        source = raw.get("source")
        if not source:
            continue
        if source not in texts:
            raise ConfigError(str(path), f"no source text for {source!r}")
        text = norm_space(texts[source])
        for kind in KINDS:
            for index, entry in enumerate(raw.get(kind) or []):
                at = norm_space(str(entry.get("at", "")))
                count = text.count(at) if at else 0
                optional = bool(entry.get("optional"))
                if count == 0 or (count > 1 and not optional):
                    line = document.line(kind, index)
                    raise ConfigError(
                        str(path), f"'at' found {count} times: {at!r}", line=line, key=f"{kind}[{index}]"
                    )
                fields = {k: v for k, v in entry.items() if k not in ("at", "optional")}
                items.append(GoldItem(kind, source, at, fields, optional))
    return items


def gold_sources(gold_dir: Path) -> set[str]:
    found = set()
    for path in gold_files(gold_dir):
        raw = read_gold_file(path).data or {}
        if raw.get("source"):
            found.add(str(raw["source"]))
    return found


def gold_files(gold_dir: Path) -> list[Path]:
    """The gold files of a set (``floors.yml``, the pinned scores, lives beside the seeds' set)."""
    return sorted(path for path in gold_dir.glob("*.yml") if path.name != FLOORS_NAME)


def read_gold_file(path: Path) -> YamlDocument:
    """One gold file through the shared loader: an unknown key or a bad value is an error with
    file, line, key and the valid keys."""
    return load_yaml(path, GOLD_SCHEMA)
