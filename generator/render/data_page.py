"""Context for the open-data page: what each file holds, how the CSVs are laid out, counts."""

from __future__ import annotations

from collections.abc import Sequence

from generator.render.links import DATA_DIR, Linker
from generator.render.page_context import Download, base_context
from generator.render.site import Site, href

MD_PATH = "explainer/data.md"


def data_context(site: Site, file_names: Sequence[str]) -> dict[str, object]:
    context = base_context(site, "data", MD_PATH)
    linker = context["linker"]
    assert isinstance(linker, Linker)
    facts = site.facts
    files = [
        Download(name, site.label("data_file", name), href(linker.static(f"{DATA_DIR}/{name}")))
        for name in file_names
        if not name.startswith("troop-chart")
    ]
    translated = sum(1 for q in facts.quotes if (site.translations.get(q.id) or "").strip())
    counts = [
        site.n("count_sources", len(facts.sources)),
        site.n("count_quotes", len(facts.quotes)),
        site.n("count_estimates", len(facts.troop_estimates)),
        site.n("count_events", len(facts.events)),
        site.n("count_provisions", len(facts.treaty_provisions)),
    ]
    context.update(
        files=files,
        counts=counts,
        coverage=site.t("translation_coverage", done=translated, total=len(facts.quotes)),
    )
    return context
