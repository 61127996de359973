"""The closed vocabularies of the fact model (statuses, qualifiers, measures...) are declared once,
as ``Literal`` types in generator/models.py; the corrections file and the published JSON Schema
must list exactly those values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import models
from generator.curate import corrections
from generator.yamlfile import Enum

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "generator" / "data" / "facts.schema.json").read_text(
        encoding="utf-8"
    )
)
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
    assert allowed["type"] == models.EVENT_TYPES
