"""Merge facts read from several sentences/sources into one fact each, with stable ids and a
deterministic order.

Events: two mentions are one event when type and historical flag agree, the dates are compatible
(equal, or one a prefix of the other: "2024-06" ⊂ "2024-06-19"; the more precise date wins) and
the actors overlap by country (or one side names none, or it is a treaty-status event). When two
day-precise dates of what looks like the same event differ by at most a week, the mentions are
kept as separate events and both get ``date_flag = "conflicting-dates"`` so the timeline shows the
disagreement instead of silently picking one.
"""

from __future__ import annotations

import fractions
import itertools
import operator
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date as Date

from generator.arabic.gazetteer import Entity, Gazetteer
from generator.arabic.normalize import fold
from generator.extract.events import render_title
from generator.extract.ids import stable_id
from generator.extract.lexicon import event_lexicon
from generator.extract.speakers import speaker_key
from generator.models import Event, Provenance, Quote, TreatyProvision, TroopEstimate

CONFLICTING_DATES = "conflicting-dates"  # Event.date_flag of two sources that disagree on a date

QUOTE_SIMILARITY = 0.8
CONFLICT_DAYS = 7
TREATY_STATUS_TYPES = frozenset({"signing", "ratification", "entry_into_force", "publication"})
# treaty steps each party takes on its own: one side's and the other's are two events
SEPARATE_PARTY_TYPES = frozenset({"ratification"})
_WORD_RE = re.compile(r"\w+")
_PLACE = operator.attrgetter("file", "start", "end")


def _where(sources: tuple[Provenance, ...]) -> list[tuple[str, int, int]]:
    return [(p.file, p.start, p.end) for p in sources]


def merge_provenance(groups: Iterable[Iterable[Provenance]]) -> tuple[Provenance, ...]:
    # (no Python-level loop over the items: an event merged from many sources merges its growing
    # list again with each new mention)
    items = list(itertools.chain.from_iterable(groups))
    unique = dict(zip(map(_PLACE, items), items, strict=True))  # the last of each place, as before
    return tuple(map(unique.__getitem__, sorted(unique)))


def aliases_of(final_id: str, members: Iterable[Quote | TroopEstimate | Event | TreatyProvision],
               extra: Iterable[str] = ()) -> tuple[str, ...]:  # fmt: skip
    """Every id the members had (and their own aliases) except the merged fact's id."""
    ids = {i for m in members for i in (m.id, *m.aliases)} | set(extra)
    return tuple(sorted(ids - {final_id}))


def merge_quotes(quotes: Iterable[Quote]) -> list[Quote]:
    keyed = [(speaker_key(q.speaker), " ".join(fold(q.text).split()), q) for q in quotes]
    keyed.sort(key=lambda k: (k[0], k[1], _where(k[2].sources)))
    groups: list[list[Quote]] = []
    # per speaker: each group's first word set, its size and the group
    by_speaker: dict[str, list[tuple[set[str], int, list[Quote]]]] = {}
    # QUOTE_SIMILARITY as a ratio of integers: two word sets whose sizes differ by more than it
    # allows cannot reach it (their Jaccard index is at most the smaller size over the larger)
    similarity = fractions.Fraction(str(QUOTE_SIMILARITY))
    numerator, denominator = similarity.numerator, similarity.denominator
    for key, text, quote in keyed:
        words = set(_WORD_RE.findall(text.lower()))
        size = len(words)
        low, high = size * numerator, size * denominator  # the sizes that may reach it
        for group_words, group_size, group in by_speaker.setdefault(key, []) if words else ():
            if (
                group_size
                and low <= group_size * denominator
                and group_size * numerator <= high
                # the size of the union is the two sizes less the common words
                and (common := len(words & group_words)) / (size + group_size - common) >= QUOTE_SIMILARITY
            ):
                group.append(quote)
                break
        else:
            group = [quote]
            groups.append(group)
            by_speaker.setdefault(key, []).append((words, size, group))
    merged = []
    for group in groups:
        first = group[0]
        dates = sorted(q.date for q in group if q.date)
        quote_id = stable_id("q", speaker_key(first.speaker), first.text)
        merged.append(
            replace(
                first,
                id=quote_id,
                aliases=aliases_of(quote_id, group),
                kind="direct" if any(q.kind == "direct" for q in group) else "indirect",
                date=dates[0] if dates else None,
                sources=merge_provenance(q.sources for q in group),
            )
        )
    return sorted(merged, key=lambda q: (q.sources[0].file, q.sources[0].start, q.id))


def merge_estimates(estimates: Iterable[TroopEstimate]) -> list[TroopEstimate]:
    groups: dict[tuple, list[TroopEstimate]] = {}
    for estimate in sorted(estimates, key=lambda t: (_where(t.sources), t.id)):
        key = (
            estimate.value,
            estimate.low,
            estimate.high,
            estimate.qualifier,
            speaker_key(estimate.claimant),
            estimate.previous,
            estimate.status,
            estimate.measure,
        )
        groups.setdefault(key, []).append(estimate)
    merged = []
    for group in groups.values():
        first = group[0]
        statuses = [t.status for t in group if t.status != "other"]
        locations = [t.location for t in group if t.location]
        dates = sorted(t.as_of for t in group if t.as_of)
        merged.append(
            replace(
                first,
                aliases=aliases_of(first.id, group),
                status=statuses[0] if statuses else first.status,
                location=locations[0] if locations else None,
                as_of=dates[0] if dates else None,
                sources=merge_provenance(t.sources for t in group),
            )
        )
    return sorted(merged, key=lambda t: (t.as_of or "", t.value or t.low or 0, t.id))


def _actor_entities(event: Event, gazetteer: Gazetteer) -> list[tuple[str, Entity | None]]:
    """Each actor with its gazetteer entity (None for a name as written)."""
    return [(actor, gazetteer.entity(actor)) for actor in event.actors]


def _countries(event: Event, gazetteer: Gazetteer) -> set[str]:
    return {
        actor if entity is None else (entity.country or entity.id)
        for actor, entity in _actor_entities(event, gazetteer)
    }


def _known_countries(event: Event, gazetteer: Gazetteer) -> set[str]:
    """The countries of the event's actors that the gazetteer knows (names as written say none)."""
    return {
        entity.country for _actor, entity in _actor_entities(event, gazetteer) if entity and entity.country
    }


def _compatible(a: str | None, b: str | None) -> bool:
    return a == b or (a is not None and b is not None and (a.startswith(b) or b.startswith(a)))


def _dates_agree(a: Event, b: Event) -> bool:
    """Dates that may name the same day: equal or one more precise; an undated mention agrees with
    a dated one when its month and day match ("19 يونيو الماضي" in an undated article), and with
    another undated one only inside the same article (a bare "الخميس" says nothing across sources)."""
    if a.date is not None and b.date is not None:
        return _compatible(a.date, b.date)
    if a.date is None and b.date is None:
        if a.partial_date and b.partial_date:
            return _compatible(a.partial_date, b.partial_date)
        return bool({p.file for p in a.sources} & {p.file for p in b.sources})
    dated, undated = (a, b) if a.date is not None else (b, a)
    assert dated.date is not None
    if undated.partial_date is not None:
        return _compatible(dated.date[4:], undated.partial_date[1:])
    # "فجر اليوم الخميس" in an article that dates the same event elsewhere ("في الرابع من ديسمبر")
    return bool({p.file for p in a.sources} & {p.file for p in b.sources})


def _same_event(a: Event, b: Event, gazetteer: Gazetteer) -> bool:
    if a.type != b.type or a.historical != b.historical:
        return False
    if a.type in SEPARATE_PARTY_TYPES:
        sides_a, sides_b = _known_countries(a, gazetteer), _known_countries(b, gazetteer)
        if sides_a and sides_b and not sides_a & sides_b:
            return False  # "وقع كيم مرسوم المصادقة" and "وقع بوتين قانون المصادقة": each side ratifies
    if a.type in TREATY_STATUS_TYPES or not a.actors or not b.actors:
        return True
    if _undated_beside_dated(a, b) and _persons_apart(a, b, gazetteer):
        # an undated "خلال اجتماع فولودين مع …" and the dated call between Putin and Kim in the same
        # article: only the article ties them, and no one took part in both
        return False
    if (
        a.type == "meeting"
        and a.date is None
        and b.date is None
        and a.place is not None
        and a.place == b.place
    ):
        return True  # one article's undated meetings in one place ("التقى الوزير الروسي في وونسان …")
    return bool(_countries(a, gazetteer) & _countries(b, gazetteer))


def _undated_beside_dated(a: Event, b: Event) -> bool:
    """One event has a date and the other has none, not even a day and month."""
    undated = a if a.date is None else b
    return (a.date is None) != (b.date is None) and undated.partial_date is None


def _persons_apart(a: Event, b: Event, gazetteer: Gazetteer) -> bool:
    """Both events name people the gazetteer knows, and none of them in both."""
    people = [
        {
            actor
            for actor, entity in _actor_entities(event, gazetteer)
            if entity is not None and entity.kind == "person"
        }
        for event in (a, b)
    ]
    return bool(people[0]) and bool(people[1]) and not people[0] & people[1]


def _final_id(event: Event, gazetteer: Gazetteer) -> str:
    """The id an event gets on the site: its type, date, sides and whether it is history."""
    return stable_id("e", event.type, event.date, sorted(_countries(event, gazetteer)), event.historical)


class _FinalIds:
    """:func:`_final_id` for the events of one merge: a merged event and its mentions mostly share
    type, date, actors and flag, so each such combination is hashed once."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self._ids: dict[tuple[str, str | None, tuple[str, ...], bool], str] = {}

    def __call__(self, event: Event) -> str:
        key = (event.type, event.date, event.actors, event.historical)  # all _final_id reads
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = _final_id(event, self._gazetteer)
        return found


def _combine(a: Event, b: Event, gazetteer: Gazetteer, final_id: _FinalIds) -> Event:
    """``a`` and ``b`` as one event. Its ``sources`` are both lists one after the other, still to be
    merged with :func:`merge_provenance` (merge_events does it once an event has all its mentions:
    the last of each place wins either way, and merging the growing list at every mention cost
    time quadratic in the mentions)."""
    precise = a if len(a.date or "") >= len(b.date or "") else b
    actors = _tidy_actors(set(a.actors) | set(b.actors), gazetteer)
    entities = [e for e in (gazetteer.entity(x) for x in actors) if e is not None]
    place_id = precise.place or a.place or b.place
    place = gazetteer.entity(place_id) if place_id else None
    title_ar, title_en = render_title(a.type, entities, place, a.historical, (precise.date or "")[:4])
    return replace(
        precise,
        actors=actors,
        place=place_id,
        title_ar=title_ar,
        title_en=title_en,
        sources=a.sources + b.sources,
        # the id each part had on its own in an earlier build, so corrections naming it still apply
        aliases=aliases_of(precise.id, (a, b), (final_id(a), final_id(b))),
        date_flag=a.date_flag or b.date_flag,
        partial_date=None if precise.date else _finer(a.partial_date, b.partial_date),
    )


def _finer(a: str | None, b: str | None) -> str | None:
    """The more precise of two partial dates ("--06-19" over "--06")."""
    return max(a or "", b or "", key=len) or None


def _tidy_actors(actors: set[str], gazetteer: Gazetteer) -> tuple[str, ...]:
    """Drop a country when a person of that country is already an actor (Putin + Russia → Putin)."""
    known = {a: e for a in actors if (e := gazetteer.entity(a)) is not None}
    people_countries = {e.country for e in known.values() if e.kind == "person"}
    kept = [
        a
        for a in actors
        if not (a in known and known[a].kind == "country" and known[a].country in people_countries)
    ]
    return tuple(sorted(kept))


def _day(iso: str | None) -> Date | None:
    try:
        return Date.fromisoformat(iso) if iso and len(iso) == 10 else None
    except ValueError:
        return None


def merge_events(events: Iterable[Event], gazetteer: Gazetteer) -> list[Event]:
    ordered = sorted(
        events, key=lambda e: (-len(e.date or ""), e.date or "", e.type, e.actors, _where(e.sources))
    )
    merged: list[Event] = []
    # only events of one type and one historical flag can be the same (see _same_event): each
    # event is compared with those, in the order they were merged (an index, not a scan of all)
    by_kind: dict[tuple[str, bool], list[int]] = {}
    combined: set[int] = set()  # merged events whose sources are still to be merged (see _combine)
    final_id = _FinalIds(gazetteer)
    for event in ordered:
        candidates = by_kind.setdefault((event.type, event.historical), [])
        for index in candidates:
            existing = merged[index]
            if _dates_agree(existing, event) and _same_event(existing, event, gazetteer):
                merged[index] = _combine(existing, event, gazetteer, final_id)
                combined.add(index)
                break
        else:
            candidates.append(len(merged))
            merged.append(event)
    for index in combined:
        merged[index] = replace(merged[index], sources=merge_provenance([merged[index].sources]))
    flagged = _flag_conflicts(_year_from_sentence([_year_from_milestone(e) for e in merged]), gazetteer)
    final = []
    for event in flagged:
        event_id = final_id(event)
        final.append(replace(event, id=event_id, aliases=aliases_of(event_id, (event,))))
    return sorted(final, key=lambda e: (e.date or "9999", e.type, e.id))


YEAR_FROM_MILESTONE = "year-from-milestone"  # Event.date_flag: the year comes from the treaty's milestones


def _year_from_milestone(event: Event) -> Event:
    """ "وقعها بوتين وكيم في 19 يونيو" in an article with no date line: a treaty step whose month
    matches milestones of one year only (event_templates.yml ``milestones``) takes that year;
    anything else stays undated."""
    if event.date is not None or not event.partial_date or event.historical:
        return event
    parts = event.partial_date.lstrip("-").split("-")  # "--06-19" → ["06", "19"], "--06" → ["06"]
    # the month decides (the text gives the day: "صادق مجلس الاتحاد في 8 نوفمبر" is still 2024's)
    milestones = event_lexicon().milestones
    years = {day[:4] for kind, day in milestones if kind == event.type and day[5:7] == parts[0]}
    if len(years) != 1:
        return event
    return _with_year(event, years.pop())


def _with_year(event: Event, year: str) -> Event:
    """The undated event with its partial date ("--06-19", "--06") completed by ``year``."""
    parts = (event.partial_date or "").lstrip("-").split("-")
    return replace(
        event,
        date="-".join([year, *parts]),
        date_precision="day" if len(parts) == 2 else "month",
        partial_date=None,
        date_flag=event.date_flag or YEAR_FROM_MILESTONE,
    )


def _year_from_sentence(events: list[Event]) -> list[Event]:
    """ "وأبرمت روسيا وكوريا الشمالية، خلال زيارة بوتين … يومي 18 و19 حزيران/يونيو الماضي، اتفاقية":
    the visit (or another event that is no treaty step) told in the sentence whose signing took its
    year from the milestones has that year too (one date in the text, one reading)."""
    years: dict[tuple[str, int, str], str] = {}
    for event in events:
        if event.date_flag == YEAR_FROM_MILESTONE and event.date is not None:
            for prov in event.sources:
                years[(prov.file, prov.start, event.date[4:])] = event.date[:4]
    if not years:
        return events
    # a treaty step has milestones of its own: its month is read on them, never borrowed
    steps = {kind for kind, _day in event_lexicon().milestones}
    dated = []
    for event in events:
        year = None
        if event.date is None and event.partial_date and not event.historical and event.type not in steps:
            found = {years.get((p.file, p.start, event.partial_date[1:])) for p in event.sources} - {None}
            year = found.pop() if len(found) == 1 else None
        dated.append(event if year is None else _with_year(event, year))
    return dated


def _repeats(event_type: str) -> bool:
    """Types whose happenings recur (a statement, an act told by its verb): two days for them are
    two happenings, never a conflict."""
    spec = event_lexicon().types.get(event_type)
    return spec is not None and (spec.fallback or spec.opening_act)


def _flag_conflicts(events: list[Event], gazetteer: Gazetteer) -> list[Event]:
    flagged = list(events)
    by_type: dict[str, list[int]] = {}
    for index, event in enumerate(events):
        if not _repeats(event.type):
            by_type.setdefault(event.type, []).append(index)
    for same_type in by_type.values():  # only events of one type can conflict
        for position, i in enumerate(same_type):
            _flag_against(events, flagged, i, same_type[position + 1 :])
    return flagged


def _flag_against(events: list[Event], flagged: list[Event], i: int, later: list[int]) -> None:
    a = events[i]
    for j in later:
        b = events[j]
        day_a, day_b = _day(a.date), _day(b.date)
        if day_a is None or day_b is None or day_a == day_b or a.historical:
            continue
        shared = set(a.actors) & set(b.actors)
        if abs((day_a - day_b).days) <= CONFLICT_DAYS and a.type == b.type and shared:
            flagged[i] = replace(flagged[i], date_flag=CONFLICTING_DATES)
            flagged[j] = replace(flagged[j], date_flag=CONFLICTING_DATES)


def merge_provisions(provisions: Iterable[TreatyProvision]) -> list[TreatyProvision]:
    groups: dict[str, list[TreatyProvision]] = {}
    for provision in provisions:
        groups.setdefault(provision.topic, []).append(provision)
    merged = []
    for topic, group in groups.items():
        articles = sorted(p.article for p in group if p.article is not None)
        # the wording of a mention that names the article (quoted treaty text), else the longest
        ranked = sorted(group, key=lambda p: (p.article is None, -len(p.text), p.text))
        texts = [p.text for p in ranked]
        merged.append(
            TreatyProvision(
                id=stable_id("p", topic),
                topic=topic,
                article=articles[0] if articles else None,
                text=texts[0],
                sources=merge_provenance(p.sources for p in group),
                aliases=aliases_of(stable_id("p", topic), group),
            )
        )
    return sorted(merged, key=lambda p: (p.article is None, p.article or 0, p.topic))
