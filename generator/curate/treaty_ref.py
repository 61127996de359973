"""The editors' treaty reference (``docs/editorial/treaty.yml``): what each described part of the
treaty says, summarised in both languages, and which extracted provisions are its evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.models import TreatyProvision
from generator.yamlfile import Int, ListOf, Nullable, Record, Str, load_yaml

TREATY_FILE = "treaty.yml"
ENTRY = Record(
    {"article": Nullable(Int()), "topics": ListOf(Str()), "en": Str(), "ar": Str()},
    required=frozenset({"article", "topics", "en", "ar"}),
)
SCHEMA = Nullable(Record({"entries": Nullable(ListOf(ENTRY))}))


@dataclass(frozen=True, slots=True)
class ReferenceEntry:
    article: int | None
    topics: tuple[str, ...]
    en: str
    ar: str
    line: int | None = None

    def summary(self, lang: str) -> str:
        return self.en if lang == "en" else self.ar

    def covers(self, provision: TreatyProvision) -> bool:
        if provision.article is not None and self.article is not None:
            return provision.article == self.article
        return provision.topic in self.topics


def load_treaty_reference(editorial_dir: Path) -> tuple[ReferenceEntry, ...]:
    """The reference entries in file order; a missing file is an empty reference."""
    path = editorial_dir / TREATY_FILE
    if not path.exists():
        return ()
    document = load_yaml(path, SCHEMA)
    entries = (document.data or {}).get("entries") or []
    return tuple(
        ReferenceEntry(e["article"], tuple(e["topics"]), " ".join(e["en"].split()), " ".join(e["ar"].split()),
                       document.line("entries", i))
        for i, e in enumerate(entries)
    )  # fmt: skip


def entry_for(entries: Sequence[ReferenceEntry], provision: TreatyProvision) -> ReferenceEntry | None:
    """The first entry covering ``provision`` (an article match wins over a topic match)."""
    numbered = [e for e in entries if provision.article is not None and e.article == provision.article]
    found = numbered or [e for e in entries if e.covers(provision)]
    return found[0] if found else None
