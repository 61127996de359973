"""Pages split by period (a month, or "background"/"undated") once a page would grow past its
budget: the timeline and "who said what" at archive size.

A period page is ``explainer/<page>/<period>.md``; the page itself (``explainer/<page>.md``)
becomes the index that links to every period, and each period page links back to it and to its
neighbours. Small sites keep one page (below the split threshold nothing changes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from markupsafe import Markup

from generator.render import formatting
from generator.render.links import Linker
from generator.render.site import Site, href

T = TypeVar("T")
UNDATED = "undated"
BACKGROUND = "background"


def month_key(iso: str | None) -> str:
    """``YYYY-MM`` of a date, the year alone for a year-only date, else :data:`UNDATED`."""
    parts = formatting.iso_parts(iso) if iso else None
    if not parts:
        return UNDATED
    year, month, _ = parts
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def period_path(page_md: str, key: str) -> str:
    """``explainer/timeline.md`` + ``2024-06`` -> ``explainer/timeline/2024-06.md``."""
    return f"{page_md[: -len('.md')]}/{key}.md"


PAGE_MARK = "-p"


def paginate(groups: dict[str, list[T]], size: int) -> dict[str, list[T]]:
    """Periods longer than ``size`` cut into pages: ``2024-11``, ``2024-11-p2``, ``2024-11-p3``…"""
    pages: dict[str, list[T]] = {}
    for key, items in groups.items():
        for start in range(0, len(items), size):
            number = start // size + 1
            pages[key if number == 1 else f"{key}{PAGE_MARK}{number}"] = items[start : start + size]
    return pages


def period_label(site: Site, key: str, undated: str | None = None) -> str:
    if PAGE_MARK in key:
        base, number = key.rsplit(PAGE_MARK, 1)
        return f"{period_label(site, base, undated)}, {site.t('table_page', n=number)}"
    if key == UNDATED:
        return undated or site.t("undated")
    if key == BACKGROUND:
        return site.t("background_heading")
    if len(key) == 4:
        return key
    return formatting.format_date(key, site.lang, "month") or key


@dataclass(frozen=True, slots=True)
class PeriodLink:
    key: str
    label: str
    href: Markup
    count: str  # "12 events"
    current: bool = False


@dataclass(frozen=True, slots=True)
class YearGroup:
    label: str
    periods: Sequence[PeriodLink]


def year_groups(links: Sequence[PeriodLink]) -> list[YearGroup]:
    """Period links grouped under their year (background first, undated last, as given)."""
    groups: dict[str, list[PeriodLink]] = {}
    for link in links:
        year = link.key[:4] if link.key[:4].isdigit() else link.key.split(PAGE_MARK)[0]
        groups.setdefault(year, []).append(link)
    return [
        YearGroup(year if year[:4].isdigit() else items[0].label, items) for year, items in groups.items()
    ]


@dataclass(frozen=True, slots=True)
class PeriodNav:
    """What a period page shows around its content: the index, the previous and next period."""

    index_href: Markup
    earlier: PeriodLink | None
    later: PeriodLink | None


def period_nav(linker: Linker, page_md: str, links: Sequence[PeriodLink], key: str) -> PeriodNav:
    """Neighbours in chronological order (``links`` is oldest first)."""
    keys = [link.key for link in links]
    at = keys.index(key)
    earlier = links[at - 1] if at > 0 else None
    later = links[at + 1] if at + 1 < len(links) else None
    return PeriodNav(href(linker.page(page_md)), earlier, later)


def links_from(site: Site, linker: Linker, page_md: str, counts: dict[str, int], count_key: str,
               current: str | None = None, undated: str | None = None) -> list[PeriodLink]:  # fmt: skip
    """One link per period (in the order of ``counts``), as seen from ``linker``'s page."""
    links = []
    for key, n in counts.items():
        target = href(linker.page(period_path(page_md, key)))
        label = period_label(site, key, undated)
        links.append(PeriodLink(key, label, target, site.n(count_key, n), key == current))
    return links
