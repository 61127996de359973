"""Gold annotations: one YAML file per source (see tests/gold/*.yml for the layout)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ConfigError

KINDS = ("quotes", "troop_estimates", "events", "treaty_provisions")


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
    for path in sorted(gold_dir.glob("*.yml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
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
                    raise ConfigError(str(path), f"'at' found {count} times: {at!r}", key=f"{kind}[{index}]")
                fields = {k: v for k, v in entry.items() if k not in ("at", "optional")}
                items.append(GoldItem(kind, source, at, fields, optional))
    return items


def gold_sources(gold_dir: Path) -> set[str]:
    found = set()
    for path in gold_dir.glob("*.yml"):
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if raw.get("source"):
            found.add(str(raw["source"]))
    return found
