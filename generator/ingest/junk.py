"""The scraping-junk lexicon (``generator/data/junk_patterns.yml``), loaded and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.arabic.normalize import fold_line
from generator.errors import ConfigError
from generator.yamlfile import Bool, Enum, Int, ListOf, Record, Str, load_yaml

DEFAULT_LEXICON = Path(__file__).resolve().parent.parent / "data" / "junk_patterns.yml"

_RULE = Record(
    {
        "reason": Str(),
        "patterns": ListOf(Str()),
        "position": Enum(("anywhere", "trailing")),
        "related_header": Bool(),
        "inline": Bool(),
    },
    required=frozenset({"reason", "patterns"}),
)
_SCHEMA = Record(
    {
        "rules": ListOf(_RULE),
        "related_block": Record(
            {"title_max_words": Int(1), "bullet_max_words": Int(1), "bullet_chars": Str()}
        ),
        "credits": Record({"author_labels": ListOf(Str()), "outlet_labels": ListOf(Str())}),
    },
    required=frozenset({"rules"}),
)


@dataclass(frozen=True)
class JunkRule:
    reason: str
    patterns: tuple[re.Pattern[str], ...]
    position: str = "anywhere"  # "anywhere" | "trailing"
    related_header: bool = False
    inline: bool = False

    def matches_line(self, folded: str) -> bool:
        return any(p.fullmatch(folded) for p in self.patterns)


@dataclass(frozen=True)
class JunkLexicon:
    rules: tuple[JunkRule, ...]
    title_max_words: int = 20
    bullet_max_words: int = 30
    bullet_chars: str = "•·▪●◦‣-–—*"
    author_labels: tuple[str, ...] = ()
    outlet_labels: tuple[str, ...] = ()

    def line_rule(self, folded: str) -> JunkRule | None:
        """The first whole-line rule matching the folded line, or None."""
        for rule in self.rules:
            if not rule.inline and rule.matches_line(folded):
                return rule
        return None

    @property
    def inline_rules(self) -> tuple[JunkRule, ...]:
        return tuple(rule for rule in self.rules if rule.inline)


def _compile(pattern: str, *, fold: bool, file: str, line: int | None) -> re.Pattern[str]:
    source = fold_line(pattern) if fold else pattern
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(file, f"invalid regular expression {pattern!r}: {exc}", line=line) from exc


def load_junk_lexicon(path: Path | None = None, *, display_name: str | None = None) -> JunkLexicon:
    """Load and compile a junk lexicon; errors are ConfigError with file and line."""
    lexicon_path = path or DEFAULT_LEXICON
    doc = load_yaml(lexicon_path, _SCHEMA, display_name=display_name or str(lexicon_path))
    rules = []
    for index, raw in enumerate(doc.data["rules"]):
        inline = raw.get("inline", False)
        compiled = tuple(
            _compile(p, fold=not inline, file=doc.file, line=doc.line("rules", index, "patterns", n))
            for n, p in enumerate(raw["patterns"])
        )
        rules.append(
            JunkRule(
                reason=raw["reason"],
                patterns=compiled,
                position=raw.get("position", "anywhere"),
                related_header=raw.get("related_header", False),
                inline=inline,
            )
        )
    block = doc.data.get("related_block", {})
    credits = doc.data.get("credits", {})
    return JunkLexicon(
        rules=tuple(rules),
        title_max_words=block.get("title_max_words", 20),
        bullet_max_words=block.get("bullet_max_words", 30),
        bullet_chars=block.get("bullet_chars", JunkLexicon.bullet_chars),
        author_labels=tuple(fold_line(label) for label in credits.get("author_labels", ())),
        outlet_labels=tuple(fold_line(label) for label in credits.get("outlet_labels", ())),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> JunkLexicon:
    return load_junk_lexicon(display_name="generator/data/junk_patterns.yml")
