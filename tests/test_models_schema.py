"""The closed vocabularies of the fact model (statuses, qualifiers, measures...) are declared once,
as ``Literal`` types in generator/models.py; the corrections file and the published JSON Schema
must list exactly those values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import models
from generator.curate import corrections
from generator.extract.lexicon import event_types
from generator.render.ui_text import load_ui_text
from generator.yamlfile import Enum

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "generator" / "data" / "facts.schema.json").read_text(
        encoding="utf-8"
    )
)
EDITORIAL = Path(__file__).resolve().parents[1] / "docs" / "editorial"
IN_SCHEMA = [
    ("entity", "kind", models.ENTITY_KINDS),
    ("source", "language", models.LANGUAGES),
    ("quote", "kind", models.QUOTE_KINDS),
    ("troop_estimate", "qualifier", models.QUALIFIERS),
    ("troop_estimate", "status", models.STATUSES),
    ("troop_estimate", "measure", models.MEASURES),
    ("event", "date_precision", (*models.PRECISIONS, None)),
]


@pytest.mark.parametrize(("definition", "field", "values"), IN_SCHEMA, ids=lambda v: str(v)[:20])
def test_the_json_schema_lists_the_model_values(
    definition: str, field: str, values: tuple[object, ...]
) -> None:
    assert SCHEMA["$defs"][definition]["properties"][field]["enum"] == list(values)


def test_corrections_check_against_the_model_values() -> None:
    fields = corrections.SET_SPEC.fields
    allowed = {name: spec.choices for name, spec in fields.items() if isinstance(spec, Enum)}
    assert allowed["status"] == models.STATUSES
    assert allowed["qualifier"] == models.QUALIFIERS
    assert allowed["measure"] == models.MEASURES
    assert allowed["type"] == (*event_types(), "historical")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_event_type_and_status_has_a_label_in_the_text_files(lang: str) -> None:
    labels = load_ui_text(EDITORIAL, lang).labels
    assert set(event_types()) - set(labels["event_type"]) == set()
    assert set(models.STATUSES) - set(labels["status"]) == set()
    assert set(models.MEASURES) - set(labels["measure"]) == set()
