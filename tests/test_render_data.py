"""Downloadable data: facts.json, CSV per kind (BOM, one row per fact and sentence, injection-safe)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest
from html_probe import probe
from render_fixtures import build_editorial, build_facts, docs_with_editorial, markdown_to_html

from generator.errors import ConfigError
from generator.models import Provenance
from generator.render import render_pages, render_site_files
from generator.render.data_export import csv_cell, csv_files, facts_json
from generator.render.ui_text import load_ui_text

ROOT = Path(__file__).resolve().parents[1]


def read_csv(payload: bytes) -> list[dict[str, str]]:
    assert payload.startswith(b"\xef\xbb\xbf"), "spreadsheets need the BOM to read UTF-8"
    return list(csv.DictReader(io.StringIO(payload.decode("utf-8-sig"), newline="")))


def test_csv_has_one_row_per_fact_and_source_sentence() -> None:
    facts = build_facts()
    extra = Provenance("b02_troops", 0, 10, "تقديرات ج")
    signing = dataclasses.replace(facts.events[0], sources=(*facts.events[0].sources, extra))
    facts = dataclasses.replace(facts, events=(signing, *facts.events[1:]))
    files = csv_files(facts, build_editorial().translations)
    events = read_csv(files["events.csv"])
    signing_rows = [r for r in events if r["id"] == "e-signing"]
    assert len(signing_rows) == 3
    assert {r["source_id"] for r in signing_rows} == {"a01_treaty", "b02_troops"}
    assert all(r["sentence"] for r in signing_rows)
    quotes = read_csv(files["quotes.csv"])
    putin = next(r for r in quotes if r["id"] == "q-putin-mutual")
    assert putin["translation_en"].startswith("The treaty provides")
    assert putin["speaker_name_en"] == "Vladimir Putin" and putin["speaker_linked"] == "true"
    estimates = read_csv(files["troop_estimates.csv"])
    assert {r["qualifier"] for r in estimates} == {"about", "up_to", "more_than", "range"}
    assert len(read_csv(files["sources.csv"])) == 2


def test_cells_that_look_like_formulas_are_neutralised() -> None:
    assert csv_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert csv_cell("+1") == "'+1" and csv_cell("-1") == "'-1" and csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert csv_cell(-5) == "-5" and csv_cell(None) == "" and csv_cell(True) == "true"
    facts = build_facts()
    hostile = dataclasses.replace(facts.quotes[0], text="=cmd|' /C calc'!A0")
    files = csv_files(dataclasses.replace(facts, quotes=(hostile,)), {})
    assert read_csv(files["quotes.csv"])[0]["text"] == "'=cmd|' /C calc'!A0"


def test_facts_json_is_complete_and_deterministic() -> None:
    first, second = facts_json(build_facts()), facts_json(build_facts())
    assert first == second
    data = json.loads(first)
    assert {q["id"] for q in data["quotes"]} == {"q-putin-mutual", "q-us-dod-arrived", "q-hostile"}
    assert len(data["troop_estimates"]) == 4 and len(data["events"]) == 6


def test_data_files_are_written_and_linked_from_the_data_page(tmp_path: Path) -> None:
    docs = docs_with_editorial(tmp_path)
    render_pages(build_facts(), build_editorial(), docs)
    data_dir = docs / "explainer" / "data"
    names = {p.name for p in data_dir.iterdir()}
    assert {"facts.json", "quotes.csv", "troop_estimates.csv", "events.csv", "treaty_provisions.csv"} <= names
    assert {"sources.csv", "troop-chart.ar.json", "troop-chart.en.json"} <= names
    page = probe(markdown_to_html((docs / "explainer" / "data.en.md").read_text(encoding="utf-8")))
    linked = {a.attrs["href"].rsplit("/", 1)[-1] for a in page.find("a") if "download" in a.attrs}
    assert {n for n in names if not n.startswith("troop-chart")} <= linked
    assert "1 of 3 statements have an English translation." in page.text
    assert "apostrophe" in page.text


def test_missing_page_text_names_file_and_key(tmp_path: Path) -> None:
    docs = docs_with_editorial(tmp_path)
    path = docs / "editorial" / "text.en.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  translation_pending:", "  translation_pendin:"),
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as error:
        load_ui_text(docs / "editorial", "en")
    assert "text.en.yml" in str(error.value) and "ui.translation_pending" in str(error.value)


def test_missing_label_falls_back_to_the_key_with_a_warning() -> None:
    facts = build_facts()
    odd = dataclasses.replace(facts.events[0], type="parade")
    _, _, diagnostics = render_site_files(
        dataclasses.replace(facts, events=(odd,)), build_editorial(), ROOT / "docs" / "editorial"
    )
    assert any("parade" in d.message and d.level == "warning" for d in diagnostics)


def test_bad_placeholder_in_page_text_names_file_and_key(tmp_path: Path) -> None:
    docs = docs_with_editorial(tmp_path)
    path = docs / "editorial" / "text.en.yml"
    text = path.read_text(encoding="utf-8").replace('"Article {n}"', '"Article {number}"')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        render_site_files(build_facts(), build_editorial(), docs / "editorial")
    assert (
        "text.en.yml" in str(error.value) and "ui.article" in str(error.value) and "{n}" in str(error.value)
    )
