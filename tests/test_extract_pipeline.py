"""The whole extraction stage on the seeds: provenance, determinism, stable ids, JSON, caching."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

import generator.extract as extract
from generator.evaluate.corpus import make_source
from generator.extract import cache, extract_facts
from generator.extract.serialize import facts_from_json, facts_to_json
from generator.ingest import ingest_sources
from generator.models import FactSet, Source

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "generator" / "data" / "facts.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_sources() -> tuple[Source, ...]:
    return ingest_sources(ROOT / "seeds").sources


@pytest.fixture(scope="module")
def seed_facts(seed_sources: tuple[Source, ...]) -> FactSet:
    return extract_facts(seed_sources)


def all_facts(facts: FactSet) -> list:
    return [*facts.quotes, *facts.troop_estimates, *facts.events, *facts.treaty_provisions]


def test_every_fact_points_at_a_whole_sentence_of_its_source(seed_sources, seed_facts) -> None:
    texts = {s.id: s.original_text for s in seed_sources}
    assert (
        seed_facts.quotes
        and seed_facts.troop_estimates
        and seed_facts.events
        and seed_facts.treaty_provisions
    )
    for fact in all_facts(seed_facts):
        assert fact.sources
        for prov in fact.sources:
            assert texts[prov.file][prov.start : prov.end] == prov.sentence
            assert prov.sentence == prov.sentence.strip()


def test_facts_are_deterministic_whatever_the_source_order(seed_sources, seed_facts) -> None:
    again = extract_facts(tuple(reversed(seed_sources)))
    assert facts_to_json(again) == facts_to_json(seed_facts)


def test_ids_are_unique_and_stable_when_an_unrelated_source_is_added(seed_sources, seed_facts) -> None:
    ids = [f.id for f in all_facts(seed_facts)]
    assert len(ids) == len(set(ids))
    extra = make_source(
        "zzz_unrelated", "وقال وزير الخارجية الصيني وانغ يي إن بكين تدعو إلى الحوار.", date(2024, 12, 1)
    )
    bigger = extract_facts((*seed_sources, extra))
    assert set(ids) <= {f.id for f in all_facts(bigger)}


def test_merged_fact_lists_every_source(seed_facts) -> None:
    signing = [e for e in seed_facts.events if e.type == "signing" and e.date == "2024-06-19"]
    assert len(signing) == 1 and len({p.file for p in signing[0].sources}) >= 2


def test_json_matches_schema_and_round_trips(seed_sources, seed_facts) -> None:
    text = facts_to_json(seed_facts)
    document = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(document, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert [s["id"] for s in document["sources"]] == sorted(s.id for s in seed_sources)
    assert text == json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n"  # sorted keys
    back = facts_from_json(text, seed_facts.sources)
    assert facts_to_json(back) == text
    assert back.quotes == seed_facts.quotes and back.events == seed_facts.events


def test_cache_re_extracts_only_new_or_changed_sources(seed_sources, tmp_path, monkeypatch) -> None:
    calls: list[str] = []
    real = extract.extract_source

    def counting(source, gazetteer=None):
        calls.append(source.id)
        return real(source, gazetteer)

    monkeypatch.setattr(extract, "extract_source", counting)
    first = extract_facts(seed_sources, cache_dir=tmp_path)
    assert sorted(calls) == sorted(s.id for s in seed_sources)
    calls.clear()
    new = make_source("zzz_new", "وقال بيسكوف إن الكرملين لا يعلق على التقارير.", date(2024, 12, 1))
    second = extract_facts((*seed_sources, new), cache_dir=tmp_path)
    assert calls == ["zzz_new"]
    assert set(facts_to_json(first).splitlines()) <= set(facts_to_json(second).splitlines()) | {""}
    calls.clear()
    changed = make_source("zzz_new", "وقال بيسكوف إن الكرملين يتابع التقارير باهتمام.", date(2024, 12, 1))
    extract_facts((*seed_sources, changed), cache_dir=tmp_path)
    assert calls == ["zzz_new"]
    prefix = cache.cache_path(tmp_path, changed).name.split(".")[0]  # named from a hash of the id
    assert len(list(tmp_path.glob(f"{prefix}.*.json"))) == 1  # the stale entry was replaced


def test_cached_and_fresh_results_are_identical(seed_sources, seed_facts, tmp_path) -> None:
    extract_facts(seed_sources, cache_dir=tmp_path)
    assert facts_to_json(extract_facts(seed_sources, cache_dir=tmp_path)) == facts_to_json(seed_facts)
