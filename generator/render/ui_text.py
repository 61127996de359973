"""Author-owned page text (``docs/editorial/text.<lang>.yml``): titles, intros, UI strings.

The generator fills only the generated blocks; everything a reader reads around them comes
from these files so authors can reword it without touching code. Every key the templates use
is required: a missing or misspelt key is a ConfigError naming the file, line and key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import ConfigError
from generator.yamlfile import Any_, DictOf, Record, load_yaml

PAGE_KEYS = ("timeline", "treaty", "statements", "troops", "sources", "source", "data")
UI_KEYS = (
    "latest_events", "all_periods", "period_earlier", "period_later", "period_index",
    "events_count", "statements_by_month", "statements_by_speaker",
    "table_page", "table_pages", "summary_more", "more_dates",
    "sources_heading", "reported_by", "downloads_heading", "downloads_intro", "about_data",
    "unlinked_speaker", "translation_pending", "arabic_original", "undated", "none",
    "background_heading", "undated_events_heading", "actors", "place", "also_dated",
    "no_events", "date_note",
    "status_heading", "step_not_reported", "status_more", "provisions_heading", "article", "article_unknown",
    "replaces_heading", "gaps_heading", "articles_covered", "articles_missing",
    "article_count_unknown", "translation_label",
    "col_speaker", "col_statement", "col_date", "col_sources", "filter_speaker", "filter_side",
    "filter_all", "sort_date", "statements_count", "no_statements", "quote_kind_direct",
    "quote_kind_indirect",
    "chart_caption", "show_interactive_chart", "col_claimant", "col_figure", "col_status",
    "col_location", "summary_heading", "claimant_moved", "claimant_single", "conflicts_heading",
    "conflicts_intro", "no_estimates", "earlier_estimate", "table_heading",
    "col_measure", "unattributed", "via", "article_date", "article_date_note", "latest_figure",
    "summary_intro", "jump_to_year", "citation_note", "also_reported_as",
    "list_separator", "evidence_label", "sources_evidence", "fact_id", "copy_id", "copied",
    "col_title", "col_outlet", "col_author", "col_language", "col_words", "col_original",
    "original_link", "source_page_link", "about_source", "full_text_heading", "excerpts_heading",
    "lead_heading", "excerpts_note", "facts_heading", "no_facts", "back_to_sources",
    "files_heading", "csv_note", "counts_heading", "count_sources", "count_quotes",
    "count_estimates", "count_events", "count_provisions", "translation_coverage",
    "schema_link",
)  # fmt: skip
LABEL_GROUPS = (
    "event_type", "status", "qualifier", "side", "language", "fact_kind", "topic",
    "treaty_step", "date_flag", "data_file", "measure",
)  # fmt: skip

OPTIONAL_SECTIONS = ("chart",)  # wording of the troop chart (see charts.ChartLabels.from_mapping)


@dataclass(frozen=True, slots=True)
class PageText:
    title: str
    description: str
    intro: str


@dataclass(frozen=True, slots=True)
class UiText:
    lang: str
    file: str
    pages: Mapping[str, PageText]
    ui: Mapping[str, Any]  # a template string, or a mapping of plural categories to templates
    labels: Mapping[str, Mapping[str, str]]
    extra: Mapping[str, Any]  # optional sections read by other modules, e.g. ``chart`` (ChartLabels)

    def label(self, group: str, key: str | None) -> str | None:
        """The author's label for ``key`` in ``group``; None when there is none."""
        if key is None:
            return None
        return self.labels.get(group, {}).get(key)


def text_file(editorial_dir: Path, lang: str) -> Path:
    return editorial_dir / f"text.{lang}.yml"


def load_ui_text(editorial_dir: Path, lang: str) -> UiText:
    path = text_file(editorial_dir, lang)
    data, line_of = _read(path)
    name = str(path)
    pages = {}
    for key in PAGE_KEYS:
        entry = _require_mapping(data.get("pages", {}), key, name, line_of("pages"), "pages.")
        pages[key] = PageText(
            title=_require_str(entry, "title", name, line_of("pages", key), f"pages.{key}."),
            description=_require_str(entry, "description", name, line_of("pages", key), f"pages.{key}."),
            intro=str(entry.get("intro") or ""),
        )
    ui = data.get("ui") or {}
    for key in UI_KEYS:
        if key not in ui:
            raise ConfigError(name, "missing UI text", line=line_of("ui"), key=f"ui.{key}")
    labels = data.get("labels") or {}
    for group in LABEL_GROUPS:
        _require_mapping(labels, group, name, line_of("labels"), "labels.")
    extra = {key: data[key] for key in OPTIONAL_SECTIONS if isinstance(data.get(key), Mapping)}
    return UiText(lang=lang, file=name, pages=pages, ui=ui, labels=labels, extra=extra)


def _read(path: Path) -> tuple[dict[str, Any], Any]:
    schema = Record(
        {
            "pages": DictOf(DictOf(Any_())),
            "ui": DictOf(Any_()),
            "labels": DictOf(DictOf(Any_())),
            "chart": DictOf(Any_()),
        }
    )
    document = load_yaml(path, schema)
    return dict(document.data or {}), document.line


def _require_mapping(parent: Any, key: str, file: str, line: int | None, prefix: str) -> Mapping[str, Any]:
    value = parent.get(key) if isinstance(parent, Mapping) else None
    if not isinstance(value, Mapping):
        raise ConfigError(file, "missing or not a mapping", line=line, key=prefix + key)
    return value


def _require_str(parent: Mapping[str, Any], key: str, file: str, line: int | None, prefix: str) -> str:
    value = parent.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(file, "missing or empty text", line=line, key=prefix + key)
    return value
