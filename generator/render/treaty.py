"""Context for the treaty page: ratification status, the treaty as the editors' reference
summarises it (``docs/editorial/treaty.yml``) with the sources' sentences as evidence, what it
replaces, and what the sources do not cover.

Each part of the treaty is summarised in the reader's language; the quoted source sentences sit
beneath as evidence (on the English page behind an "Arabic original" disclosure), and a sentence
that two provisions share (Article 4 read as both "mutual assistance" and "UN Charter, Article
51") is shown once. Provisions no reference entry covers are shown with their own wording,
marked "translation pending" on the English page until the translation memory has them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.curate.treaty_ref import ReferenceEntry, entry_for
from generator.models import Event, TreatyProvision
from generator.render import formatting
from generator.render.links import Linker
from generator.render.page_context import EventView, base_context, event_view
from generator.render.site import Site, SourceRef, fact_anchor, href, in_language

TIMELINE_PATH = "explainer/timeline.md"
TREATY_STEPS = ("signing", "ratification", "entry_into_force")
PROMINENT_TOPICS = frozenset({"mutual_assistance"})
PROMINENT_ARTICLES = frozenset({4})
SECTION_TOPICS = frozenset({"replaces", "article_count", *TREATY_STEPS})  # shown in their own sections


# ---------------------------------------------------------------- treaty


@dataclass(frozen=True, slots=True)
class StepView:
    label: str
    events: Sequence[EventView]
    provisions: Sequence[ProvisionView] = ()
    more: int = 0  # further reports of this step, left to the timeline
    more_href: str = ""

    @property
    def reported(self) -> bool:
        return bool(self.events or self.provisions)


@dataclass(frozen=True, slots=True)
class ProvisionView:
    anchor: str
    fact_id: str
    topic_label: str
    text: Markup
    translation: str | None
    refs: Sequence[SourceRef]
    pending: bool = False  # English page, no English for this wording yet
    extra_anchors: Sequence[str] = ()  # other provisions with the same wording, shown once


@dataclass(frozen=True, slots=True)
class ArticleGroup:
    label: str
    prominent: bool
    provisions: Sequence[ProvisionView]  # the evidence: each distinct source sentence once
    summary: Markup | None = None  # the editors' summary in the reader's language
    topic_label: str = ""


def _provision_view(site: Site, linker: Linker, provision: TreatyProvision) -> ProvisionView:
    translation = site.translations.get(provision.id) if site.lang == "en" else None
    source_language = next((s.meta.language for s in site.facts.sources if provision.sources and
                            s.id == provision.sources[0].file), "ar")  # fmt: skip
    return ProvisionView(
        anchor=fact_anchor("treaty_provisions", provision.id),
        fact_id=provision.id,
        topic_label=site.label("topic", provision.topic),
        text=site.fact_text(provision.text, provision.sources),
        translation=translation,
        refs=site.refs(linker, provision.sources),
        pending=site.lang == "en" and source_language != "en" and not translation,
    )


def evidence(site: Site, linker: Linker, provisions: Sequence[TreatyProvision]) -> list[ProvisionView]:
    """One view per distinct wording (whitespace-insensitive): shared wording is shown once, with
    the sources of every provision that has it and an anchor for each of them."""
    by_text: dict[str, list[TreatyProvision]] = defaultdict(list)
    for provision in sorted(provisions, key=lambda p: (p.topic, p.id)):
        by_text[" ".join(provision.text.split())].append(provision)
    views = []
    for same in by_text.values():
        view = _provision_view(site, linker, same[0])
        if len(same) > 1:
            sources = [s for p in same for s in p.sources]
            anchors = [fact_anchor("treaty_provisions", p.id) for p in same[1:]]
            topics = site.t("list_separator").join(dict.fromkeys(site.label("topic", p.topic) for p in same))
            view = ProvisionView(view.anchor, view.fact_id, topics, view.text, view.translation,
                                 site.refs(linker, sources), view.pending, anchors)  # fmt: skip
        views.append(view)
    return views


def _group_label(site: Site, article: int | None) -> str:
    return site.t("article", n=article) if article is not None else site.t("article_unknown")


def _article_groups(site: Site, linker: Linker, reference: Sequence[ReferenceEntry]) -> list[ArticleGroup]:
    """Reference entries with their evidence first (in the reference's order), then provisions no
    entry covers, grouped by article as stated."""
    covered: dict[int, list[TreatyProvision]] = defaultdict(list)
    loose: dict[int | None, list[TreatyProvision]] = defaultdict(list)
    for provision in site.facts.treaty_provisions:
        if provision.article is None and provision.topic in SECTION_TOPICS:
            continue
        entry = entry_for(reference, provision)
        if entry is None:
            loose[provision.article].append(provision)
        else:
            covered[reference.index(entry)].append(provision)
    groups = []
    for index in sorted(covered):
        entry, items = reference[index], covered[index]
        prominent = entry.article in PROMINENT_ARTICLES or any(p.topic in PROMINENT_TOPICS for p in items)
        topics = site.t("list_separator").join(site.label("topic", t) for t in entry.topics)
        summary = in_language(entry.summary(site.lang), site.lang, site.lang)
        views = evidence(site, linker, items)
        groups.append(ArticleGroup(_group_label(site, entry.article), prominent, views, summary, topics))
    for article in sorted(loose, key=lambda a: (a is None, a or 0)):
        items = loose[article]
        prominent = article in PROMINENT_ARTICLES or any(p.topic in PROMINENT_TOPICS for p in items)
        groups.append(ArticleGroup(_group_label(site, article), prominent, evidence(site, linker, items)))
    return sorted(groups, key=lambda g: not g.prominent)  # stable: prominent first


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def article_totals(provisions: Sequence[TreatyProvision]) -> list[int]:
    """Distinct article counts stated by ``article_count`` provisions (first number in each)."""
    totals = set()
    for provision in provisions:
        if provision.topic != "article_count":
            continue
        match = re.search(r"\d+", provision.text.translate(_DIGITS))
        if match and 0 < int(match.group()) < 1000:
            totals.add(int(match.group()))
    return sorted(totals)


def compress_ranges(numbers: Sequence[int]) -> str:
    """[1, 2, 3, 5, 7, 8] -> "1–3, 5, 7–8"."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}{formatting.RANGE_DASH}{b}" for a, b in runs)


@dataclass(frozen=True, slots=True)
class GapView:
    text: str
    refs: Sequence[SourceRef] = ()
    anchors: Sequence[Markup] = ()  # ids of the article_count provisions this line shows


def _gaps(site: Site, linker: Linker, steps: Sequence[StepView]) -> list[GapView]:
    """What the sources leave out: undescribed articles, unreported ratification steps."""
    provisions = site.facts.treaty_provisions
    described = sorted({p.article for p in provisions if p.article is not None})
    lines = []
    counting = [
        p for p in sorted(provisions, key=lambda p: p.id) if p.topic == "article_count" and p.article is None
    ]
    if not article_totals(provisions):
        refs = site.refs(linker, [s for p in counting for s in p.sources])
        anchors = [fact_anchor("treaty_provisions", p.id) for p in counting]
        lines.append(GapView(site.n("article_count_unknown", len(described)), refs, anchors))
    for total in article_totals(provisions):
        stating = [p for p in counting if total in article_totals([p])]
        unnumbered = (
            [p for p in counting if not article_totals([p])] if total == article_totals(provisions)[0] else []
        )
        refs = site.refs(linker, [s for p in stating for s in p.sources])
        anchors = [fact_anchor("treaty_provisions", p.id) for p in (*stating, *unnumbered)]
        covered = len([a for a in described if a <= total])
        lines.append(GapView(site.n("articles_covered", covered, total=total), refs, anchors))
        missing = [a for a in range(1, total + 1) if a not in described]
        if missing:
            lines.append(GapView(site.t("articles_missing", articles=compress_ranges(missing))))
    for step in steps:
        if not step.reported:
            lines.append(GapView(f"{step.label}: {site.t('step_not_reported')}"))
    return lines


# A step (signing, ratification, entry into force) shows at most this many of the events that
# report it: the most widely reported, in date order. The rest are counted and linked to the
# timeline, which shows each with its sources; a large archive reports the same step many times.
STATUS_EVENTS = 3


def _step(site: Site, linker: Linker, step: str, events: Sequence[Event],
          provisions: Sequence[TreatyProvision]) -> StepView:  # fmt: skip
    reports = [e for e in events if e.type == step and not e.historical]
    shown = sorted(reports, key=lambda e: (-len({s.file for s in e.sources}), e.id))[:STATUS_EVENTS]
    shown = [e for e in reports if e in shown]  # back in date order
    more = len(reports) - len(shown)
    return StepView(
        site.label("treaty_step", step),
        [event_view(site, linker, e, [e]) for e in shown],
        [_provision_view(site, linker, p) for p in provisions if p.topic == step and p.article is None],
        more,
        href(linker.page(TIMELINE_PATH)) if more else "",
    )


def treaty_context(site: Site, reference: Sequence[ReferenceEntry] = ()) -> dict[str, object]:
    md_path = "explainer/treaty.md"
    context = base_context(site, "treaty", md_path)
    linker = context["linker"]
    assert isinstance(linker, Linker)
    events = sorted(site.facts.events, key=lambda e: (formatting.sort_key_for_iso(e.date), e.id))
    provisions = sorted(site.facts.treaty_provisions, key=lambda p: p.id)
    steps = [_step(site, linker, step, events, provisions) for step in TREATY_STEPS]
    replacing = [p for p in site.facts.treaty_provisions if p.topic == "replaces"]
    replaces_entry = next((e for e in reference if "replaces" in e.topics), None)
    replaces_summary = (
        in_language(replaces_entry.summary(site.lang), site.lang, site.lang)
        if replaces_entry and replacing
        else None
    )
    context.update(
        uses_fact_ids=True,
        steps=steps,
        groups=_article_groups(site, linker, reference),
        replaces=evidence(site, linker, replacing),
        replaces_summary=replaces_summary,
        gaps=_gaps(site, linker, steps),
    )
    return context
