"""Extraction quality against the hand-made gold annotations (tests/gold/), with score floors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.errors import ConfigError
from generator.evaluate.gold import load_gold
from generator.evaluate.score import format_report, run, token_f1

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
FLOORS = yaml.safe_load((GOLD / "floors.yml").read_text(encoding="utf-8"))
SETS = {
    "seeds": (GOLD, ROOT / "seeds"),
    "heldout": (GOLD / "heldout", GOLD / "heldout" / "articles"),
    "unseen": (GOLD / "unseen", GOLD / "unseen" / "sources"),
    "final": (GOLD / "final", GOLD / "final" / "sources"),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_scores_stay_above_floors(name: str) -> None:
    gold_dir, seeds_dir = SETS[name]
    if not seeds_dir.is_dir():
        pytest.skip(f"{seeds_dir} is not there")
    scores = run(gold_dir, seeds_dir)
    report = format_report(name, scores, details=True)
    for kind, floors in FLOORS[name].items():
        score = scores[kind]
        for metric, floor in floors.items():
            value = score.accuracy(metric) if metric == "date" else getattr(score, metric)
            assert value is not None and value >= floor, f"{name} {kind} {metric} {value} < {floor}\n{report}"


def test_every_seed_has_gold() -> None:
    seeds = {p.stem for p in (ROOT / "seeds").glob("*.txt")}
    gold = {p.stem for p in GOLD.glob("*.yml") if p.name != "floors.yml"}
    assert seeds <= gold


def test_gold_locators_must_be_unique(tmp_path: Path) -> None:
    (tmp_path / "x.yml").write_text(
        'source: x\nquotes:\n  - {at: "قال", speaker: [a], words: "b"}\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError):
        load_gold(tmp_path, {"x": "قال أحمد إن ... وقال علي إن ..."})


def test_token_f1() -> None:
    assert token_f1("المعاهدة الجديدة مهمة", "المعاهدة الجديدة مهمة") == 1.0
    assert token_f1("المعاهدة", "اتفاق آخر") == 0.0
    assert 0.5 < token_f1("أن المعاهدة الجديدة مهمة", "المعاهدة الجديدة مهمة جدا") < 1.0
