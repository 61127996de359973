"""A sidecar may give a source's English title and outlet name; the English pages use them."""

from __future__ import annotations

from pathlib import Path

from generator.curate import Editorial
from generator.extract import extract_facts
from generator.ingest import ingest_sources
from generator.render import render_site_files

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "004_51b6655d17a541df.txt"


def test_sidecar_title_en_and_outlet_en_reach_the_english_pages(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    (seeds / (SEED.stem + ".meta.yml")).write_text(
        "outlet: العربي الجديد\ntitle_en: Belousov meets Kim in Pyongyang\noutlet_en: The New Arab\n",
        encoding="utf-8",
    )
    result = ingest_sources(seeds)
    assert not [d for d in result.diagnostics if d.level == "error"]
    (source,) = result.sources
    assert source.meta.title_en == "Belousov meets Kim in Pyongyang"
    assert source.meta.outlet_en == "The New Arab"
    pages, _, _ = render_site_files(extract_facts(result.sources), Editorial(), ROOT / "docs" / "editorial")
    english = pages["explainer/sources/index.en.md"]
    assert "Belousov meets Kim in Pyongyang" in english and "The New Arab" in english
    arabic = pages["explainer/sources/index.md"]
    assert "Belousov meets Kim in Pyongyang" not in arabic and "العربي الجديد" in arabic


def test_names_from_the_translation_memory_reach_the_facts(tmp_path: Path) -> None:
    """An unlinked claimant named in translations.yml is English in the facts themselves (the chart,
    the tables and facts.json all show it)."""
    from generator.curate import load_editorial

    facts = extract_facts(ingest_sources(ROOT / "seeds").sources)
    editorial = load_editorial(ROOT / "docs" / "editorial")
    from generator.curate import apply_editorial

    curated, _ = apply_editorial(facts, editorial)
    named = {t.claimant.name_ar: t.claimant.name_en for t in curated.troop_estimates if not t.claimant.linked}
    assert named.get("الاستخبارات الأوكرانية والكورية الجنوبية") == "Ukrainian and South Korean intelligence"


def test_an_authors_name_translation_wins_over_a_description_and_is_not_stale() -> None:
    from generator.curate.translations import TranslationMemory, named_in_english, stale_translations

    facts = extract_facts(ingest_sources(ROOT / "seeds").sources)
    described = [q.via for q in facts.quotes if q.via is not None and q.via.name_en and not q.via.linked]
    assert described, "the seeds have a relay described from its role"
    name = described[0].name_ar
    translated = named_in_english(facts, {f"name:{name}": "Russian news agencies (TASS, RIA)"})
    vias = [q.via for q in translated.quotes if q.via is not None and q.via.name_ar == name]
    assert vias and all(v.name_en == "Russian news agencies (TASS, RIA)" for v in vias)
    memory = TranslationMemory("translations.yml", lines={f"name:{name}": 3})
    assert stale_translations(memory, facts) == ()
