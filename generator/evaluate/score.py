"""Score the extractor against gold annotations: precision/recall/F1 per kind plus field accuracy.

Run ``python -m generator.evaluate.score [--gold DIR] [--seeds DIR] [--details]``.

Unit of scoring: one *mention* = one fact in one sentence (a merged fact reported by three
sources counts three times). A gold item matches a mention in the sentence containing its
``at`` substring when: quotes — the speaker matches and the words overlap (token F1 ≥ 0.5);
troop figures — value (or low/high) equal; events — type among the gold types; provisions — same
topic. Mentions matching an ``optional`` gold item are neither counted right nor wrong. Only
sources with a gold file count towards precision.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.arabic.normalize import fold
from generator.evaluate.gold import KINDS, GoldItem, gold_sources, load_gold, norm_space
from generator.models import EntityRef, FactSet, Provenance

ROOT = Path(__file__).resolve().parents[2]
QUOTE_F1_THRESHOLD = 0.5
_WORD_RE = re.compile(r"\w+")


@dataclass(slots=True)
class Mention:
    kind: str
    fact: Any
    provenance: Provenance
    sentence: str  # whitespace-normalised


@dataclass(slots=True)
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    checks: Counter[str] = field(default_factory=Counter)  # "<field>:ok" / "<field>:total"
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    field_errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        total = self.checks[f"{name}:total"]
        return self.checks[f"{name}:ok"] / total if total else None


def tokens(text: str) -> list[str]:
    return _WORD_RE.findall(fold(text).lower())


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def entity_matches(ref: EntityRef, alternatives: Sequence[Any]) -> bool:
    name_ar = fold(ref.name_ar)
    name_en = (ref.name_en or "").lower()
    for alt in alternatives:
        if alt is None:
            continue
        alt = str(alt)
        if alt == ref.id or (fold(alt) and fold(alt) in name_ar):
            return True
        if len(alt) > 3 and alt.lower() in name_en:
            return True
        if ref.id and len(alt) > 3 and alt.lower() in ref.id:
            return True
    return False


def _mentions(facts: FactSet) -> list[Mention]:
    found = []
    for kind in KINDS:
        for fact in getattr(facts, kind):
            for prov in fact.sources:
                found.append(Mention(kind, fact, prov, norm_space(prov.sentence)))
    return found


def _quote_score(item: GoldItem, mention: Mention) -> float:
    if not entity_matches(mention.fact.speaker, item.alternatives("speaker")):
        return 0.0
    f1 = token_f1(mention.fact.text, str(item.fields.get("words", "")))
    return f1 if f1 >= QUOTE_F1_THRESHOLD else 0.0


def _troop_score(item: GoldItem, mention: Mention) -> float:
    fact = mention.fact
    if "value" in item.fields:
        return 1.0 if fact.value == item.fields["value"] else 0.0
    return 1.0 if (fact.low, fact.high) == (item.fields.get("low"), item.fields.get("high")) else 0.0


def _event_score(item: GoldItem, mention: Mention) -> float:
    if mention.fact.type not in item.alternatives("type"):
        return 0.0
    return 1.0 + (0.5 if mention.fact.date in item.alternatives("date") else 0.0)


def _provision_score(item: GoldItem, mention: Mention) -> float:
    return 1.0 if mention.fact.topic == item.fields.get("topic") else 0.0


_SCORERS = {
    "quotes": _quote_score, "troop_estimates": _troop_score, "events": _event_score,
    "treaty_provisions": _provision_score,
}  # fmt: skip


def _field_checks(item: GoldItem, mention: Mention, score: KindScore) -> None:
    fact = mention.fact

    def _check(score: KindScore, name: str, ok: bool) -> None:
        score.checks[f"{name}:total"] += 1
        score.checks[f"{name}:ok"] += int(ok)
        if not ok:
            score.field_errors.append(f"{name}: got {_describe(mention)} || gold {item.fields}")

    if item.kind == "troop_estimates":
        _check(score, "qualifier", fact.qualifier in item.alternatives("qualifier"))
        if "claimant" in item.fields:
            _check(score, "claimant", entity_matches(fact.claimant, item.alternatives("claimant")))
        if "status" in item.fields:
            _check(score, "status", fact.status in item.alternatives("status"))
        _check(score, "previous", fact.previous == bool(item.fields.get("previous", False)))
    elif item.kind == "events":
        _check(score, "date", fact.date in item.alternatives("date"))
        if "historical" in item.fields:
            _check(score, "historical", fact.historical == bool(item.fields["historical"]))
    elif item.kind == "treaty_provisions" and "article" in item.fields:
        _check(score, "article", fact.article == item.fields["article"])
    elif item.kind == "quotes" and "kind" in item.fields:
        _check(score, "kind", fact.kind == item.fields["kind"])


def _describe(mention: Mention) -> str:
    fact = mention.fact
    what = {
        "quotes": lambda: f"{fact.speaker.id or fact.speaker.name_ar}: {fact.text[:70]}",
        "troop_estimates": lambda: (
            f"{fact.value or (fact.low, fact.high)} {fact.qualifier} by {fact.claimant.name_ar}"
        ),
        "events": lambda: f"{fact.type} {fact.date} {fact.actors}",
        "treaty_provisions": lambda: f"{fact.topic} art={fact.article}",
    }[mention.kind]()
    return f"{mention.provenance.file}: {what} || {mention.sentence[:60]}"


def score_facts(facts: FactSet, items: list[GoldItem], scored_sources: set[str]) -> dict[str, KindScore]:
    mentions = [m for m in _mentions(facts) if m.provenance.file in scored_sources]
    used: set[int] = set()
    scores = {kind: KindScore() for kind in KINDS}
    ordered = sorted(range(len(items)), key=lambda i: items[i].optional)
    for index in ordered:
        item = items[index]
        best, best_score = None, 0.0
        for m_index, mention in enumerate(mentions):
            if m_index in used or mention.kind != item.kind or mention.provenance.file != item.source:
                continue
            if item.at not in mention.sentence:
                continue
            value = _SCORERS[item.kind](item, mention)
            if value > best_score:
                best, best_score = m_index, value
        score = scores[item.kind]
        if best is not None:
            used.add(best)
            if not item.optional:
                score.tp += 1
                _field_checks(item, mentions[best], score)
        elif not item.optional:
            score.fn += 1
            score.misses.append(f"{item.source}: {item.fields} || {item.at}")
    for m_index, mention in enumerate(mentions):
        if m_index not in used:
            scores[mention.kind].fp += 1
            scores[mention.kind].false_positives.append(_describe(mention))
    return scores


def run(gold_dir: Path, seeds_dir: Path) -> dict[str, KindScore]:
    from generator.extract import extract_facts
    from generator.ingest import ingest_sources

    sources = ingest_sources(seeds_dir).sources
    texts = {s.id: s.original_text for s in sources}
    items = load_gold(gold_dir, texts)
    facts = extract_facts(sources)
    failures = [str(d) for d in facts.diagnostics if d.level == "error"]
    if failures:  # a source whose extraction crashed would silently lower recall
        raise RuntimeError("extraction failed:\n" + "\n".join(failures))
    return score_facts(facts, items, gold_sources(gold_dir) & set(texts))


def format_report(title: str, scores: dict[str, KindScore], *, details: bool = False) -> str:
    lines = [title, f"{'kind':<18} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn   field accuracy"]
    for kind, score in scores.items():
        fields = []
        for name in ("date", "historical", "qualifier", "claimant", "status", "previous", "article", "kind"):
            value = score.accuracy(name)
            if value is not None:
                fields.append(f"{name}={value:.2f}")
        lines.append(
            f"{kind:<18} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
            f"{score.tp:4d}{score.fp:4d}{score.fn:4d}   {' '.join(fields)}"
        )
        if details:
            lines.extend(f"    MISS {m}" for m in score.misses)
            lines.extend(f"    FP   {m}" for m in score.false_positives)
            lines.extend(f"    FIELD {m}" for m in score.field_errors)
    dates = scores["events"].accuracy("date")
    lines.append(f"event date accuracy: {'n/a' if dates is None else f'{dates:.3f}'}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--details", action="store_true", help="list missed gold items and false positives")
    args = parser.parse_args(argv)
    scores = run(args.gold, args.seeds)
    print(format_report(f"gold={args.gold} seeds={args.seeds}", scores, details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
