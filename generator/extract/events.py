"""Dated events: a date expression with an event trigger word near it (event_templates.yml)."""

from __future__ import annotations

import dataclasses
import functools
import re
from datetime import date as calendar_date
from datetime import timedelta
from typing import Any

from generator.arabic.dates import SCHEDULED, DateMatch
from generator.arabic.gazetteer import Entity, Gazetteer
from generator.arabic.tokens import past_spaces
from generator.extract.document import Document, Sentence
from generator.extract.ids import stable_id
from generator.extract.lexicon import (
    EventLexicon,
    EventTypeSpec,
    event_lexicon,
    speech_lexicon,
    troop_lexicon,
)
from generator.extract.prefilter import (
    LiteralIndex,
    PrefilteredPattern,
    gate_literals,
    literal_gate,
    misses,
)
from generator.extract.provisions import about_another_treaty
from generator.extract.quotemarks import inside, sentence_quotes
from generator.extract.speakers import (
    RELATIVE_PRONOUNS,
    entities_in,
    names_after,
    namesake_name,
    resolve_title,
    side_no_list_knows,
    subject_end,
    titles_in,
)
from generator.models import Event, Provenance

_CAUSE = re.compile(r"(?<!\w)(?:بسبب|جراء)(?!\w)")  # "… بسبب مخاوف من أن …": why, a clause apart
_CLAUSE_SPLIT = re.compile(rf"[،,.؛:]|{_CAUSE.pattern}")
HISTORICAL_NOUN_WINDOW = 60
MAX_TYPES_PER_DATE = 2
_DIGIT = re.compile(r"\d")
UNREACHABLE = 10**6  # the weight of a trigger that can never own a date
AFTER_DATE_WEIGHT = 3  # a trigger usually comes before its date ("صادق المجلس في 24 أكتوبر")
_SIGNED_ON = re.compile(
    r"(?<!\w)(?:ال(?:موقعه|مبرمه)|التي\s+(?:تم\s+)?(?:توقيعها|وقعت|ابرمت|وقعها|ابرمها))(?!\w)"
)
AFTER_CLAUSE_REACH = 30  # a trigger this close after "بعد أن" is the earlier act
_AFTER_CLAUSE = re.compile(
    r"(?<!\w)(?:بعد|عقب|قبل)\s+(?:ان|ختام|اختتام|انتهاء|نهايه)(?!\w)"
)  # another, earlier act
# "منذ توليه السلطة في عام 2011": "since" an act of its own, whose year it is (not "منذ عام 2000")
SINCE_REACH = 50  # characters a "منذ …" before a date may stand back (also for troop figures' as-of dates)
# (and "بعد/قبل" + a verbal noun of someone's: "أول زيارة خارجية لكيم بعد وصوله إلى السلطة في عام 2011")
_SINCE_ANOTHER = re.compile(
    r"(?<!\w)(?:منذ\s+(?!(?:عام|العام|سنه|شهر|مطلع|اواخر|اوايل|نهايه|بدايه)(?!\w))"
    r"|(?:بعد|قبل)\s+(?=\w+(?:ه|ها|هم|هما)\s))[^\d،,.]{2,45}$"
)
# "بعد توقيع …": the act named next is another one, earlier or later, with its own date
_BEFORE_OR_AFTER = re.compile(r"(?<!\w)(?:بعد|عقب|قبل|منذ)\s+$")
# "وفي أعقاب اللقاء …، صرح متحدث … اليوم الثلاثاء": an act named only as the time of another one
_TIME_OF_ANOTHER = re.compile(r"(?<![^\Wوف])(?:في\s+اعقاب|اعقاب|عقب|بعد|اثر|قبيل|قبل)\s+$")
_DURING_BEFORE = re.compile(r"(?<!\w)(?:خلال|اثناء)\s+$")
_DURING_OCCASION = re.compile(
    r"(?<!\w)(?:خلال|اثناء|في\s+ختام|علي\s+هامش)\s+(?:ال)?(?:زياره|قمه|لقاء|اجتماع|محادثات)"
)
# "نشر عشرة آلاف جندي في روسيا التي بدأت غزو أوكرانيا في فبراير 2022": the date is the relative clause's
_RELATIVE = re.compile(rf"(?<!\w){RELATIVE_PRONOUNS}(?!\w)")
_ABOUT_BEFORE = re.compile(r"(?<!\w)عن\s+$")  # "أعلنت … عن توقيع": the act a statement is about
_COMPLEMENTIZER = re.compile(r"(?<!\w)(?<!\w-)[بل]?(?:ان|انه|انها|انهم|انهما)(?!\w)")
# "في بيونغ يانغ", "إلى كوريا", "في مطار بيونغ يانغ" (an airport, city or base of the place)
_LOCATIVE = re.compile(
    r"(?:(?<!\w)(?:في|الي|داخل|من)\s+|(?<!\w)[وف]?[بل])"
    r"(?:(?:ال)?(?:مطار|مدينه|عاصمه|قاعده|ميناء)(?:\s+ال\w+(?:يه|ي))?\s+)?[\"«“]?$"
)  # "في العاصمة الصينية بكين"; a name may stand in quotation marks ('في قاعدة "فوستوشني" الفضائية')


# "ذكر رايدر أن هذه القوات، التي وصلت من بيونغ يانغ": a bare "أن" between a person and the trigger
# opens what the person says, with a subject of its own; "قال بوتين إنه وصل" (a pronoun) does not.
# ("بعد أن اختتم زيارته" is a time, not a report)
_BARE_COMPLEMENTIZER = re.compile(r"(?<!\w)(?<!بعد )(?<!قبل )(?<!منذ )(?<!عقب )(?<!رغم )[اإ]?ن(?!\w)")


SPEAKER_REACH = 80  # a speech verb this close before the person (a title between) makes them its subject


def _reports_it(sentence: Sentence, person_start: int, person_end: int, trigger: int) -> bool:
    """Whether the person is the subject of a speech verb ("ذكر رايدر", "رايدر قال") whose bare
    "أن"/"إن" opens the clause of the trigger: the event is what they report, not what they did."""
    folded = sentence.folded
    if person_end >= trigger or _BARE_COMPLEMENTIZER.search(folded, person_end, trigger) is None:
        return False
    verbs = speech_lexicon().verb_matches(folded[max(0, person_start - SPEAKER_REACH) : person_end + 4])
    return bool(verbs)


_FROM = re.compile(r"من\s")
_WAR_IN = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:حرب|حربها|حربه|حربهم)(?:\s+(?!(?:ال)?عالميه)\S+){0,3}\s+(?:في|علي|ضد)\s+$"
)  # (not "الحرب العالمية الثانية في بكين": a named war, then where the event is)


def _clause_bounds(folded: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _CLAUSE_SPLIT.finditer(folded, 0, pos)), default=0)
    match = _CLAUSE_SPLIT.search(folded, pos)
    return start, match.start() if match else len(folded)


# a bracketed aside ("وشركاؤه في آسيا (كوريا الجنوبية واليابان وأستراليا ونيوزيلندا)، بشدة، الجمعة"):
# its length does not part a trigger from its date
_BRACKETED = re.compile(r"\([^()]{1,120}\)")


def _distance(
    name: str, t_start: int, t_end: int, d_start: int, d_end: int, folded: str = ""
) -> tuple[int, bool] | None:
    lex = event_lexicon()
    if t_end <= d_start:
        gap = d_start - t_end
        gap -= sum(len(m.group()) for m in _BRACKETED.finditer(folded, t_end, d_start))
        return (gap, True) if gap <= (lex.types[name].window_before or lex.window_before) else None
    if t_start >= d_end:
        gap = t_start - d_end
        return (gap, False) if gap <= (lex.types[name].window_after or lex.window_after) else None
    return 0, True


def _context(doc: Document, sentence: Sentence) -> str:
    """The title and the sentence before: where a type's ``requires`` may also be met ("تم القبض
    على الرجال" after a sentence on two North Korean soldiers)."""
    nearby = [doc.sentences[0]] if doc.sentences and sentence.index > 0 else []
    if sentence.index > 1:
        nearby.append(doc.sentences[sentence.index - 1])
    return "\n".join(other.folded for other in nearby)


def _trigger_matches(folded: str, context: str = "") -> list[tuple[str, int, int, bool]]:
    """(type, start, end, dated_only) of every event trigger in the sentence that is not
    negated/conditional; ``dated_only`` triggers need a day written after them in their clause.
    A type's ``requires`` is met in the sentence, or with ``requires_nearby`` in its ``context``."""
    found: list[tuple[str, int, int, bool]] = []
    present = _trigger_literals().present(folded)
    if not present and _triggers_gate() is not None:
        return found  # the gate's literals are the index's (see _trigger_literals): none occurs
    required: dict[str, bool] = {}  # several types share one ``requires`` pattern: search it once
    for name, spec in event_lexicon().types.items():
        if misses(spec.gate, present):
            continue
        if spec.requires is not None:
            key = spec.requires.pattern
            if key not in required:
                required[key] = spec.requires.search(folded) is not None
            if not required[key] and not (
                spec.requires_nearby and context and spec.requires.search(context) is not None
            ):
                continue
        patterns = [(p, False) for p in spec.triggers] + [(p, True) for p in spec.dated_triggers]
        for pattern, dated_only in patterns:
            # the type's gate holds every literal of its patterns: ``present`` tells them apart
            known = spec.gate is not None
            matches = pattern.finditer_among(folded, present) if known else pattern.finditer(folded)
            for match in matches:
                if (
                    _negated(spec, folded, match.start())
                    or "في حال" in folded[max(0, match.start() - CONDITION_REACH) : match.start()]
                ):
                    continue
                after = folded[match.end() : match.end() + 70]
                if any(rule.search(after) for rule in spec.not_followed_by):
                    continue
                found.append((name, match.start(), match.end(), dated_only))
    return found


@functools.lru_cache(maxsize=1)
def _triggers_gate() -> re.Pattern[str] | None:
    """One literal gate for every trigger of every type, computed once."""
    types = event_lexicon().types.values()
    return literal_gate(tuple(p for spec in types for p in (*spec.triggers, *spec.dated_triggers)))


@functools.lru_cache(maxsize=1)
def _trigger_literals() -> LiteralIndex:
    """The literals of every type's gate, found in a sentence with one scan. When
    :func:`_triggers_gate` is not None, every pattern has literals: they are the gate's."""
    return LiteralIndex(literal for spec in event_lexicon().types.values() for literal in spec.gate or ())


@functools.lru_cache(maxsize=1)
def _undated_gate() -> re.Pattern[str] | None:
    """One literal gate for the undated triggers of every type, computed once."""
    types = event_lexicon().types.values()
    return literal_gate(tuple(p for spec in types for p in (*spec.undated_triggers, *spec.undated_phrases)))


@functools.lru_cache(maxsize=1)
def _undated_literals() -> tuple[dict[str, frozenset[str] | None], LiteralIndex]:
    """The literals of each type's gate over its undated patterns (types without them are left
    out; None: not known), and one index over all of them: a sentence is scanned once, and each
    type's gate is then a set test. When :func:`_undated_gate` is not None, every pattern has
    literals: the index's are the gate's."""
    literals = {
        name: gate_literals((*spec.undated_triggers, *spec.undated_phrases))
        for name, spec in event_lexicon().types.items()
        if spec.undated_triggers or spec.undated_phrases
    }
    return literals, LiteralIndex(literal for found in literals.values() for literal in found or ())


ORIGIN_REACH = 40  # characters before a date where an origin word makes it a founding date


def _origin_date(folded: str, d_start: int) -> bool:
    """ "يعود تاريخ إنشائه إلى 10 أكتوبر 1945": when something was founded, not an event's date."""
    before = folded[max(0, d_start - ORIGIN_REACH) : d_start]
    return any(pattern.search(before) for pattern in event_lexicon().origin_words)


def _is_historical(date: Any, published_year: int | None) -> bool:
    if not date.iso or not date.resolved:
        return False
    year = int(str(date.iso)[:4])
    reference = published_year if published_year is not None else 2024
    return year <= reference - event_lexicon().historical_offset


def _historical_treaty(folded: str, d_start: int) -> tuple[int, str, int, int] | None:
    before = folded[max(0, d_start - HISTORICAL_NOUN_WINDOW) : d_start]
    for pattern in event_lexicon().historical_treaty_nouns:
        matches = list(pattern.finditer(before))
        if matches:
            offset = max(0, d_start - HISTORICAL_NOUN_WINDOW)
            last = matches[-1]
            if _SINCE_YEAR.search(before) and not _SIGNED_WORD.search(before, last.end()):
                return None  # "تم العمل على إعداد هذه المعاهدة منذ عام 2022": how long, not when signed
            return d_start - (offset + last.end()), "signing", offset + last.start(), offset + last.end()
    return None


# "منذ عام 2022" right before the year: a time span; "الموقعة" or "توقيع" after the treaty noun dates it
_SINCE_YEAR = re.compile(r"(?<!\w)منذ\s+(?:(?:ال)?عام\s+)?$")
_SIGNED_WORD = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:موقعه|مبرمه|توقيع|ابرام|وقع|وقعت|وقعها|ابرمت)(?!\w)")


def _unique(entities: list[Entity]) -> list[Entity]:
    seen: list[Entity] = []
    for entity in entities:
        if entity not in seen:
            seen.append(entity)
    return seen


# a title that is someone else's relation to the post ("النائب الأول لممثل روسيا", "مستشار الرئيس")
_OF_A_TITLE = re.compile(r"(?<!\w)(?:ال)?(?:نايب|مساعد|مستشار|مبعوث)(?:\s+ال\w+)?\s+ل?$")


def _title_holders(
    sentence: Sentence, gazetteer: Gazetteer, spans: list[tuple[int, int]], *, whole: bool = False
) -> list[Entity]:
    """The people a title in the trigger's clauses (or, ``whole``, in the sentence) names when no
    name is written ("وصلت وزيرة الخارجية الكورية الشمالية إلى موسكو": the minister in office on the
    article's day), so the event is not credited to her state."""
    folded = sentence.folded
    found: list[Entity] = []
    bounds = [(0, len(folded))] if whole else sorted({_clause_bounds(folded, s) for s, _e in spans})
    for start, end in bounds:
        for t_start, t_end, title in titles_in(sentence, gazetteer, start, end):
            if (
                _OF_A_TITLE.search(folded, max(0, t_start - 16), t_start)
                or _spoken_for(folded, t_start)
                or names_after(folded, t_end, end)
                or side_no_list_knows(folded, title, t_end, end)
            ):
                # "النائب الأول لممثل روسيا …", "نائب وزير الخارجية الروسي سيرغي ريابكوف", "المتحدث باسم …"
                continue
            holder = resolve_title(gazetteer, title, sentence.day)
            if holder is not None and holder.id is not None:
                found.append(gazetteer.get(holder.id))
    return _unique(found)


def _is_namesake(sentence: Sentence, start: int, end: int, entity: Entity) -> bool:
    """A short variant ("كيم") that starts another person's name ("وزير الدفاع الكوري الجنوبي كيم
    جونغ هيون"): not that person among an event's actors."""
    return entity.kind == "person" and namesake_name(sentence, start, end, entity) is not None


def _actors_by(
    source: str,
    sentence: Sentence,
    gazetteer: Gazetteer,
    in_clause: list[Entity],
    spans: list[tuple[int, int]],
    *,
    untitled_too: bool = True,
) -> list[Entity]:
    """The actors ``source`` names. ``untitled_too``: besides the people named in the clause, the
    holders of titles no name follows (not for a report, whose words may hold them: "أعلن بوتين أن
    وزير الدفاع …")."""
    if source == "person":
        named = [e for e in in_clause if e.kind == "person"]
        if named and not untitled_too:
            return named
        # "حيث التقى بوزير الدفاع الروسي، سيرغي شويغو" after "إن الزعيم الكوري الشمالي، وصل": the
        # named and the holders of titles no name follows
        return _unique(named + _title_holders(sentence, gazetteer, spans))
    if source in ("country", "institution"):
        return [e for e in in_clause if e.kind == source]
    if source == "sentence_person":
        trigger = spans[0][0]
        return _unique(
            [
                entity
                for e_start, e_end, entity in entities_in(sentence, 0, len(sentence.folded))
                if entity.kind == "person"
                and not _reports_it(sentence, e_start, e_end, trigger)
                and not _is_namesake(sentence, e_start, e_end, entity)
            ]
        ) or _title_holders(sentence, gazetteer, [(0, 0)], whole=True)
    if source == "place_country":
        found = [gazetteer.country_entity(e.country) for e in in_clause if e.kind == "place"]
        return _unique([e for e in found if e is not None])
    if source == "nationality":
        folded = sentence.folded
        clauses = " ".join(folded[s:e] for s, e in sorted({_clause_bounds(folded, p) for p, _ in spans}))
        kp = gazetteer.country_entity("kp")
        return [kp] if kp is not None and troop_lexicon().nk_context.search(clauses) else []
    return []


# where reported words begin: "أن"/"إن" and their forms, or a colon
_SAID_FROM = re.compile(r"(?<!\w)(?<!\w-)[بل]?(?:ان|انه|انها|انهم|انهما|اننا)(?!\w)|:")
# "معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وكوريا الشمالية" (or "… مع كوريا الشمالية"): the
# parties named in a treaty's name
_TREATY_PARTIES = re.compile(
    r"(?<!\w)(?:ال)?(?:معاهده|اتفاقيه|اتفاق)(?:\s+[^\s،,.:؛]+){0,6}?\s+(?:بين|مع)\s+(?P<parties>[^،,.:؛]{2,60})"
)


def _treaty_parties(folded: str) -> list[tuple[int, int]]:
    """Spans of the parties named after "بين" in a treaty's name."""
    return [(m.start("parties"), m.end("parties")) for m in _TREATY_PARTIES.finditer(folded)]


# "وزار سيرغي شويغو بيونغ يانغ": the place right after the visitor is the one visited, and so is
# the place right after the noun ("تعتزم الوزيرة زيارة روسيا")
_VISITED = re.compile(
    r"(?<!\w)[وف]?(?:زار|زارت|يزور|تزور|سيزور|ستزور)\s+(?:[^\s،,.]+\s+){1,9}$|(?<!\w)[وبل]?زياره\s+$"
)


# "وسائل إعلام رسمية في", "مصادر في", "مسؤول في": a place after a source is where it is
_SOURCE_IN = re.compile(
    r"(?<!\w)[وب]?(?:ال)?(?:اعلام|مصادر|مصدر|مسوول|مسوولون|مسوولين|وكاله|صحيفه|صحف)(?:\s+\S+){0,2}\s+في\s+$"
)


def _place(sentence: Sentence, bounds: list[tuple[int, int]], actors: list[Entity]) -> Entity | None:
    """A place or country named after a locative preposition ("في بيونغ يانغ", "إلى كوريا"), never
    one after "من": where someone came from ("سيسافر من بيونج يانج … إلى فلاديفوستوك") or whose
    soldiers they are ("أسر جنديين من كوريا الشمالية") is not where the event took place."""
    folded = sentence.folded
    for match in sentence.entities:
        entity = match.entity
        pos = sentence.to_norm(match.start)
        if entity.kind not in ("place", "country") or (entity in actors and entity.kind != "country"):
            continue  # a country among the actors may still be where they went ("زيارة روسيا")
        if not any(s <= pos < e for s, e in bounds):
            continue
        before = folded[max(0, pos - 90) : pos]
        if _SOURCE_IN.search(before):
            continue  # "كشفت وسائل إعلام رسمية في كوريا الشمالية عبور الزعيم …": where the source is
        locative = _LOCATIVE.search(before[-32:])
        if (locative and _FROM.match(locative.group())) or _WAR_IN.search(before[-50:]):
            continue  # where one came from; where the war is ("لحرب الرئيس الروسي في أوكرانيا")
        if locative or _VISITED.search(before):
            return entity
    return None


def actors_and_place(
    sentence: Sentence, gazetteer: Gazetteer, spans: list[tuple[int, int]], event_type: str, historical: bool
) -> tuple[list[Entity], Entity | None]:
    """Actors (by the type's ``actor_order``) and place, from the clauses of trigger and date."""
    folded = sentence.folded
    trigger_bounds = sorted({_clause_bounds(folded, s) for s, _e in spans})
    if event_type in _REPORTING_TYPES:
        # "أكدت موسكو اليوم الإثنين أنها ستواصل التعاون مع كوريا الشمالية": who reports stands
        # before the reported words; those named in them are not the report's actors
        said = _SAID_FROM.search(folded, spans[0][1], trigger_bounds[0][1])
        if said is not None:
            trigger_bounds = [(trigger_bounds[0][0], said.start()), *trigger_bounds[1:]]
    else:
        said = None
    past_comma: list[tuple[int, int]] = []  # where a name or title running past the trigger's clause ends
    if said is None:
        # "وأعلن المتحدث باسم الرئيس الروسي، دميتري بيسكوف، أمس …", "اتصالا هاتفيا مع رئيس كوريا
        # الديمقراطية الشعبية، كيم جونغ أون، …": a title's holder named past the comma ending the clause
        extended = [
            _with_name_past_comma(sentence, gazetteer, b) if b[0] <= spans[0][0] < b[1] else b
            for b in trigger_bounds
        ]
        past_comma = [
            (new[1] - 1, new[1]) for old, new in zip(trigger_bounds, extended, strict=True) if new != old
        ]
        trigger_bounds = extended
    set_off = _subject_set_off(sentence, gazetteer, trigger_bounds[0], spans[0][0])
    if set_off is not None:  # "إن الزعيم الكوري الشمالي، وصل إلى …": the subject, then a comma
        trigger_bounds = [(set_off, trigger_bounds[0][1]), *trigger_bounds[1:]]
    elif (
        aside := _date_aside_before(sentence, _clause_bounds(folded, spans[0][0])[0], spans[0][0])
    ) is not None:
        # "أجرى الرئيس الروسي فلاديمير بوتين، يوم أمس، اتصالا هاتفيا": the verb's subject, before its day
        trigger_bounds = sorted({_clause_bounds(folded, aside), *trigger_bounds})
    elif _WHERE_THEN_VERB.fullmatch(folded, trigger_bounds[0][0], spans[0][0]) and trigger_bounds[0][0] > 1:
        # "وصل كيم إلى مطار كنفيتشي، حيث التقى بوزير الدفاع": who arrived met him there
        main = _clause_bounds(folded, trigger_bounds[0][0] - 2)
        set_off = _subject_set_off(sentence, gazetteer, main, past_spaces(folded, *main))
        trigger_bounds = [(main[0] if set_off is None else set_off, main[1]), *trigger_bounds]
    if event_type not in _REPORTING_TYPES and _ends_on_its_day(sentence, trigger_bounds[0], spans[0]):
        # "استقبل الرئيس الروسي فلاديمير بوتين اليوم الأربعاء، زعيم كوريا الشمالية كيم جونج أون": the
        # comma after the day does not end the clause; whom he received follows it
        trigger_bounds[0] = (trigger_bounds[0][0], _clause_bounds(folded, trigger_bounds[0][1] + 1)[1])
    # the clauses from the trigger's to the date's, those between included ("وصل كيم، إلى العاصمة
    # بيونغ يانغ، اليوم الأربعاء، …": where he arrived stands between them)
    bounds = [(trigger_bounds[0][0], trigger_bounds[-1][1])]
    if bounds[-1][1] < len(folded) and said is None and not _CAUSE.match(folded, bounds[-1][1]):
        bounds.append(_clause_bounds(folded, bounds[-1][1] + 1))
    lex = event_lexicon()
    parties = _treaty_parties(folded) if lex.types[event_type].parties_not_actors else []
    named = [
        (e_start, entity)
        for s, e in trigger_bounds
        for e_start, e_end, entity in entities_in(sentence, s, e)
        if not _is_namesake(sentence, e_start, e_end, entity)
        and not any(p_start <= e_start < p_end for p_start, p_end in parties)
        and not _SIDE_TAKEN.search(folded, max(0, e_start - 12), e_start)
        and not _PORTFOLIO.search(folded, max(0, e_start - PORTFOLIO_REACH), e_start)
        and not (entity.kind == "person" and _spoken_for(folded, e_start))
        and not (event_type in _REPORTING_TYPES and _dateline_credit(folded, e_start, spans[0][0]))
    ]
    # "… للاتفاقيات التي تم إبرامها في القمة … التي جمعت كيم وبوتين": a trigger inside a relative
    # clause is not the act of those named before it in the main clause (but "لافروف، الذي زار …": the
    # name the clause opens on is its subject)
    opened_by = _last_relative(folded, trigger_bounds[0][0], spans[0][0])
    if opened_by is not None:
        # nor where the main clause's act was
        bounds[0] = (max(bounds[0][0], opened_by.start()), bounds[0][1])
        named = [
            (start, entity)
            for start, entity in named
            if start >= opened_by.end() or _antecedent(sentence, start, entity, opened_by.start())
        ]
    # "وصل كيم إلى بيونغ يانغ مختتما زيارته إلى روسيا التي عقد خلالها قمة مع بوتين": those named in a
    # relative clause after the trigger tell about something else (kept when no one else is named)
    relative = _RELATIVE.search(folded, spans[0][1], trigger_bounds[0][1])
    own = [(start, entity) for start, entity in named if relative is None or start < relative.start()]
    described = lex.types[event_type].about_the_treaty and _describes_a_thing(folded, spans[0][0])
    if described:  # "أكد لافروف أن المعاهدة الموقعة في 19 يونيو …": the signers come after, if named
        own = named = [(start, entity) for start, entity in named if start > spans[0][0]]
    topic = _TOPIC.search(folded, spans[0][1], bounds[0][1])
    if topic is not None and event_type not in _REPORTING_TYPES:
        # "اجتمع … في واشنطن … وعرض موقف واشنطن إزاء الأسلحة النووية في كوريا الشمالية": those named
        # in what was talked about are no actors
        own = [(start, entity) for start, entity in own if start < topic.start()]
        named = [(start, entity) for start, entity in named if start < topic.start()]
    in_clause = _unique([entity for _start, entity in (own or named)])
    order = lex.types[event_type].actor_order or lex.default_actor_order
    if (
        opened_by is not None
        and folded[: opened_by.start()].rstrip().endswith(("،", ","))  # on a name, not "مقاله الذي نشر"
        and not lex.types[event_type].about_the_treaty
        and not any(e.kind == "person" for e in in_clause)
    ):
        order = ()  # "نظيره الكوري الشمالي ري يونغ هو، الذي زار روسيا": its subject is a name no list knows
    actors: list[Entity] = []
    for source in order:
        if source == "sentence_person" and (
            historical or described or _titled_owner(sentence, gazetteer, spans[0][0])
        ):
            continue
        if source == "place_country" and described:
            continue  # "المعاهدة الموقعة في بيونغ يانغ": where it was signed, not who signed it
        if source == "person" and described:
            actors = [e for e in in_clause if e.kind == "person"]
            if actors:
                break
            continue
        actors = _actors_by(
            source,
            sentence,
            gazetteer,
            in_clause,
            spans + ([(set_off, set_off)] if set_off is not None else []) + past_comma,
            untitled_too=event_type not in _REPORTING_TYPES,
        )
        if actors:
            break
    if event_type not in _REPORTING_TYPES:  # "وصلت القوات …، على ما نقلت وكالة يونهاب": it only told
        relayers = _relayers(sentence)
        actors = [a for a in actors if a.kind != "institution" or a.id not in relayers]
    subject = _subject_body(sentence, gazetteer, spans[0]) if lex.types[event_type].subject_body else None
    if subject is not None and not any(a.kind == "person" for a in actors):
        actors = [subject]  # "عقد مجلس الأمن الدولي جلسة طارئة …": the body that met, not a country
    host = _host(sentence, spans[0][0], lex.types[event_type].host_pronoun)
    if host is not None and host not in actors:
        actors = [host, *actors]
    if topic is not None:  # "… جلسة طارئة لبحث نشر القوات في روسيا": what was discussed, not where
        bounds = [(bounds[0][0], topic.start())]
    sides = _sides_of_the_noun(sentence, gazetteer, spans[0][0])
    if sides and not any(a.kind == "person" for a in actors):
        actors = sides  # "الفيتو الروسي": the adjective says whose act it was
    return actors, _place(sentence, bounds, actors)


_DEFINITE_WORD = re.compile(r"[وف]?(?:[بلك]?ال|لل)\w+")
_BETWEEN_SIDES = re.compile(r"\s*(?:[-–]\s*|و)?")


def _sides_of_the_noun(sentence: Sentence, gazetteer: Gazetteer, trigger_start: int) -> list[Entity]:
    """The countries of the demonyms right after a definite noun trigger ("الفيتو الروسي", "القمة
    الروسية الكورية الشمالية")."""
    folded = sentence.folded
    word = _DEFINITE_WORD.match(folded, trigger_start)
    if word is None:
        return []
    sides: list[Entity] = []
    pos = word.end()
    while pos < len(folded) and folded[pos] == " ":
        demonym = gazetteer.demonym_at(sentence.norm, pos + 1)
        country = gazetteer.country_entity(demonym[0]) if demonym is not None else None
        if demonym is None or country is None:
            break
        sides.append(country)
        pos = demonym[1]
        joined = _BETWEEN_SIDES.match(folded, pos)
        if joined is not None and joined.end() > pos and folded[joined.end() - 1] != " ":
            pos = joined.end() - 1  # "الروسية-الكورية": read on from the joining mark
    return _unique(sides)


_WHERE_THEN_VERB = re.compile(r"\s*حيث\s+")
_CREDIT_THEN_VERB = re.compile(r"[^()]*\)\s*[-–—ـ]+\s*")


def _dateline_credit(folded: str, start: int, trigger: int) -> bool:
    """A name in the brackets of a dateline before the verb ("سيئول، 21 مارس (يونهاب) — أفادت وسائل
    إعلام …"): the agency that filed the story, not the one that reports the news in it."""
    return folded.rfind("(", 0, start) > folded.rfind(")", 0, start) and bool(
        _CREDIT_THEN_VERB.fullmatch(folded, start, trigger)
    )


SUBJECT_SET_OFF_WORDS = 6  # "إن الزعيم الكوري الشمالي، وصل": a subject's words before its comma


def _subject_set_off(
    sentence: Sentence, gazetteer: Gazetteer, clause: tuple[int, int], trigger: int
) -> int | None:
    """Where the subject of a verb that opens its clause starts, when only a comma parts them and
    the clause before holds nothing but that subject (a name or a title, after an optional أن/إن)."""
    folded = sentence.folded
    before = _comma_clause_before(folded, clause[0], trigger)
    if before is None:
        return None
    that = list(_COMPLEMENTIZER.finditer(folded, before[0], clause[0] - 1))
    start = that[-1].end() if that else before[0]  # "وقالت الوكالة إن الزعيم …،": after its "إن"
    start = past_spaces(folded, start, clause[0])
    words = folded[start : clause[0] - 1].split()
    if not 1 <= len(words) <= SUBJECT_SET_OFF_WORDS:
        return None
    opening = start + 2  # (a glued و/ف: "والزعيم")
    named = entities_in(sentence, start, opening) or titles_in(sentence, gazetteer, start, opening)
    return start if named else None


def _comma_clause_before(folded: str, clause_start: int, trigger: int) -> tuple[int, int] | None:
    """The bounds of the clause before the trigger's, when the trigger opens its clause right after
    a comma; else None."""
    if clause_start == 0 or folded[clause_start:trigger].strip() or folded[clause_start - 1] not in "،,":
        return None
    return _clause_bounds(folded, clause_start - 1)


def _with_name_past_comma(
    sentence: Sentence, gazetteer: Gazetteer, clause: tuple[int, int]
) -> tuple[int, int]:
    """``clause``, up to the end of the name a title in it goes on to past the comma that ends it
    ("المتحدث باسم الرئيس الروسي، دميتري بيسكوف،")."""
    for start, _end, _title in titles_in(sentence, gazetteer, *clause):
        head = subject_end(sentence, gazetteer, start, len(sentence.folded))
        if head is not None and head > clause[1]:
            return clause[0], head
    return clause


def _date_aside_before(sentence: Sentence, clause_start: int, trigger: int) -> int | None:
    """Where the clause before a day set off by commas starts, when the trigger opens the clause
    right after that day ("أجرى بوتين، يوم أمس، اتصالا هاتفيا": the clause of "أجرى بوتين")."""
    folded = sentence.folded
    aside = _comma_clause_before(folded, clause_start, trigger)
    if aside is None or aside[0] < 2:
        return None
    words = folded[aside[0] : clause_start - 1]
    for date in sentence.dates:
        d_start, d_end = sentence.to_norm(date.start), sentence.to_norm(date.end)
        if aside[0] <= d_start and d_end <= clause_start - 1:
            rest = (words[: d_start - aside[0]] + " " + words[d_end - aside[0] :]).split()
            if all(word in _DAY_WORDS for word in rest):
                return _clause_bounds(folded, aside[0] - 2)[0]
    return None


_DAY_WORDS = frozenset({"يوم", "في", "وذلك"})


def _ends_on_its_day(sentence: Sentence, clause: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether the trigger opens its clause and a day after it ends the clause at a comma with the
    sentence going on ("استقبل … بوتين اليوم الأربعاء، زعيم …")."""
    folded = sentence.folded
    if clause[1] >= len(folded) or folded[clause[1]] not in "،,":
        return False
    if folded[clause[0] : trigger[0]].strip() not in ("", "و", "ف"):
        return False
    trigger_end = trigger[1]
    for date in sentence.dates:
        d_start, d_end = sentence.to_norm(date.start), sentence.to_norm(date.end)
        if date.precision == "day" and trigger_end <= d_start and not folded[d_end : clause[1]].strip():
            return True
    return False


def _last_relative(folded: str, start: int, end: int) -> re.Match[str] | None:
    matches = list(_RELATIVE.finditer(folded, start, end))
    return matches[-1] if matches else None


def _antecedent(sentence: Sentence, start: int, entity: Entity, relative_start: int) -> bool:
    """Whether the entity named at ``start`` ends right before the relative pronoun (its antecedent)."""
    ends = [e_end for e_start, e_end, e in entities_in(sentence, start, start + 1) if e is entity]
    return any(not sentence.folded[e_end:relative_start].strip(" ،,") for e_end in ends)


# "المعاهدة الموقعة"، "التي وقعها …"، "التي تم توقيعها": the act describes a thing named before it
_DESCRIBING_ACT = re.compile(r"(?<!\w)(?:ال(?:موقعه|مبرمه)(?!\w)|ال(?:موقع|مبرم)\s+عليها(?!\w))")
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:التي|الذي|اللذين|اللتين)\s+(?:تم\s+|قد\s+)?$")


def _describes_a_thing(folded: str, trigger_start: int) -> bool:
    """Whether the trigger is a participle or a relative clause describing what was done ("المعاهدة
    الموقعة في 19 يونيو"، "المعاهدة التي وقعها الزعيمان"): those named before it did something else."""
    return bool(
        _DESCRIBING_ACT.match(folded, trigger_start)
        or _RELATIVE_BEFORE.search(folded, max(0, trigger_start - 16), trigger_start)
    )


def _titled_owner(sentence: Sentence, gazetteer: Gazetteer, trigger_start: int) -> bool:
    """A title right after the trigger's word ("خلال زيارة الرئيس الإيراني مسعود بزشكيان إلى موسكو"):
    the act is that person's, named or not, and never that of someone elsewhere in the sentence."""
    word = _WORD_AND_SPACE.match(sentence.folded, trigger_start)
    return word is not None and bool(titles_in(sentence, gazetteer, word.end(), word.end() + 1))


# "قتلوا أثناء القتال إلى جانب روسيا ضد أوكرانيا": the sides of a war, not those who acted
_SIDE_TAKEN = re.compile(r"(?<!\w)(?:ضد|جانب|لصالح)\s+$")
# "المبعوث الأمريكي الخاص لكوريا الشمالية"، "السفير الروسي لدى بيونغ يانغ": the country an envoy is
# for or posted to is his portfolio, not an actor of what he does
_PORTFOLIO = re.compile(
    r"(?<!\w)(?:ال)?(?:مبعوث|ممثل|سفير|مندوب|منسق)\w{0,2}(?:\s+\S+){0,3}?\s+(?:ل|لدي\s+)$"
)
PORTFOLIO_REACH = 60
# "المتحدث باسم الرئيس الروسي، دميتري بيسكوف": the one a spokesman speaks for does not act
_SPOKEN_FOR = re.compile(r"(?<!\w)باسم\s+$")


def _spoken_for(folded: str, start: int) -> bool:
    """Whether "باسم" stands right before ``start``: whom a spokesman speaks for."""
    return _SPOKEN_FOR.search(folded, max(0, start - 8), start) is not None


# what a meeting or call was about: the places named after it are not where it took place
_TOPIC = re.compile(r"(?<!\w)(?:لبحث|لمناقشه|بشان|حول|ازاء|تجاه)(?!\w)")
_FIRST_WORD = re.compile(r"[وف]?\w+\s+")
_WORD_AND_SPACE = re.compile(r"\S+\s+")
_CLAUSE_FIRST_WORD = re.compile(r"\s*[وف]?\w+\s+")  # (past the spaces that open a clause)


def _subject_body(sentence: Sentence, gazetteer: Gazetteer, trigger: tuple[int, int]) -> Entity | None:
    """An institution right after the trigger's first word: the verb's subject ("عقد مجلس الأمن الدولي
    جلسة") or the noun's owner ("اجتماع مجلس الأمن"); a city there speaks for its state ("اعترفت
    بيونغ يانغ بإرسال قوات إلى روسيا": North Korea, not Russia)."""
    folded = sentence.folded
    verb = _FIRST_WORD.match(folded, trigger[0])
    named = entities_in(sentence, verb.end(), verb.end() + 1) if verb is not None else []
    if named and named[0][2].kind == "institution":
        return named[0][2]
    if named and named[0][2].kind == "place":
        return gazetteer.country_entity(named[0][2].country)
    # "وعقدت الجمعية العامة للأمم المتحدة اجتماعا": the verb opening the clause, its subject, the trigger
    verb = _CLAUSE_FIRST_WORD.match(folded, _clause_bounds(folded, trigger[0])[0])
    if verb is None or verb.end() >= trigger[0]:
        return None
    named = entities_in(sentence, verb.end(), verb.end() + 1)
    if not named or named[0][2].kind != "institution" or len(folded[named[0][1] : trigger[0]].split()) > 1:
        return None
    return named[0][2]


# events that are themselves a report: the body relaying a sentence is their actor, and a relay
# clause adds no second report beside them
_REPORTING_TYPES = frozenset({"announcement", "publication", "un_statement", "casualty_report"})
# a relaying phrase or verb right before a name: that body told of the event ("على ما نقلت وكالة
# يونهاب"، "حسبما أفادت وكالة الأنباء المركزية"، "نقلا عن تاس")
_RELAYED_BY = re.compile(
    r"(?:(?<!\w)(?:(?:كما|حسبما|علي\s+ما|وفق\s+ما|بحسب\s+ما|وفقا\s+لما)\s+\S+|نقلا\s+عن|بحسب|حسب|وفقا\s*ل"
    r"|[وف]?(?:نقلت|ذكرت|افادت|اوردت|اعلنت|نشرت|بثت))(?:\s+(?:ال)?(?:وكاله|صحيفه|شبكه|قناه))?"
    r"|\((?:\s*تقرير)?)\s*[\"“«]?\s*$"  # … 'وكالة "يونهاب"', the dateline's "سول (تقرير رويترز)"
)


def _relayers(sentence: Sentence) -> set[str]:
    """Ids of the bodies the sentence names as the ones relaying it."""
    folded = sentence.folded
    found = set()
    for match in sentence.entities:
        start = sentence.to_norm(match.start)
        if _RELAYED_BY.search(folded, max(0, start - 30), start):
            found.add(match.entity.id)
    return found


def _host(sentence: Sentence, trigger: int, host_pronoun: re.Pattern[str] | None) -> Entity | None:
    """The person a trigger's pronoun points back to ("أكد بوتين خلال استقباله وزيرة الخارجية":
    Putin received her): the last person named before the trigger."""
    if host_pronoun is None or host_pronoun.match(sentence.folded, trigger) is None:
        return None
    before = [
        entity
        for e_start, e_end, entity in entities_in(sentence, 0, trigger)
        if entity.kind == "person" and e_end <= trigger and not _is_namesake(sentence, e_start, e_end, entity)
    ]
    return before[-1] if before else None


def render_title(
    event_type: str, actors: list[Entity], place: Entity | None, historical: bool, year: str = ""
) -> tuple[str, str]:
    spec = event_lexicon().types[event_type].templates
    names_ar = " و".join(e.name_ar for e in actors)
    names_en = " and ".join(e.name_en for e in actors)
    if not actors and place is not None and "label_ar_place" in spec:
        key_ar, key_en = "label_ar_place", "label_en_place"
    elif not actors:
        key_ar, key_en = "label_ar", "label_en"
    elif historical and "historical_title_ar" in spec:
        key_ar, key_en = "historical_title_ar", "historical_title_en"
    elif place is not None and "title_ar_place" in spec:
        key_ar, key_en = "title_ar_place", "title_en_place"
    else:
        key_ar, key_en = "title_ar", "title_en"
    values_ar = {"actors": names_ar, "place": place.name_ar if place else "", "year": year}
    values_en = {"actors": names_en, "place": place.name_en if place else "", "year": year}
    title_ar, title_en = spec[key_ar].format(**values_ar), spec[key_en].format(**values_en)
    if not actors and historical and "{year}" not in spec[key_ar]:
        return f"{title_ar} ({year})", f"{title_en} ({year})"  # "Arrival in Vladivostok (2019)"
    return title_ar, title_en


def make_event(
    event_type: str,
    date: DateMatch,
    actors: list[Entity],
    place: Entity | None,
    historical: bool,
    provenance: Provenance,
    flag: str | None = None,
) -> Event:
    iso = date.iso if date.iso and date.resolved else None
    # "Meeting of North Korea in North Korea" (talks in Pyongyang between people no list knows): the
    # place's own country as the only actor adds nothing; the title names the type and place
    titled_by = (
        []
        if place is not None
        and len(actors) == 1
        and actors[0].kind == "country"
        and actors[0].country == place.country
        else actors
    )
    title_ar, title_en = render_title(event_type, titled_by, place, historical, (iso or "")[:4])
    actor_ids = tuple(sorted(e.id for e in actors))
    return Event(
        id=stable_id("e", event_type, iso, list(actor_ids), historical),
        type=event_type,
        date=iso,
        date_precision=date.precision if iso else None,
        date_end=date.end_iso or None,
        title_ar=title_ar,
        title_en=title_en,
        actors=actor_ids,
        place=place.id if place else None,
        historical=historical,
        sources=(provenance,),
        date_flag=flag or date.flag,
        partial_date=None if iso else date.month_day,
    )


# "الذكرى السنوية لانتهاء المعارك"، "الذكرى الـ70 لتوقيع اتفاقية الهدنة": the trigger names the past
# happening a commemoration recalls (its own year may date it; the day of the commemoration does not)
_ANNIVERSARY_OF = re.compile(r"(?<!\w)(?:ال|بال|لل)?ذكري(?:\s+[^\s،,.:]+){0,3}?\s+(?:[لب][^\s،,.:]+\s+)?$")


def _recalled(folded: str, t_start: int) -> bool:
    """Whether the trigger at ``t_start`` (or the word it is part of) follows "الذكرى … ل"."""
    word_start = t_start
    while word_start > 0 and folded[word_start - 1].isalpha():
        word_start -= 1
    return _ANNIVERSARY_OF.search(folded, max(0, word_start - 45), word_start) is not None


_DEFINITE_NOUN = re.compile(r"[وفبل]?ال\w")
_DESCRIBED_NEXT = re.compile(
    r"\w*\s+(?:التي|الذي|اللتين|اللذين|الاولي|الثانيه|الثالثه|السابقه|الاخيره|الماضيه|المقبله|القادمه)(?!\w)"
)  # "الزيارة التي قام بها كيم", "وكانت الزيارة الأولى في 2000": another one, described


def _back_references_dropped(
    folded: str, triggers: list[tuple[str, int, int, bool]]
) -> list[tuple[str, int, int, bool]]:
    """Triggers less those that are a definite noun after a trigger of the same type: "بدأ يوم
    الثلاثاء زيارة للصين …، والغرض من الزيارة … في 12 يونيو" tells one visit, not a second one on
    the later date."""
    nouns = [_bare_noun(folded, trigger[1]) for trigger in triggers]
    kept = []
    for trigger, word in zip(triggers, nouns, strict=True):
        name, t_start = trigger[0], trigger[1]
        earlier = any(
            other[0] == name and other[2] <= t_start and noun == word
            for other, noun in zip(triggers, nouns, strict=True)
        )
        if (
            earlier
            and _DEFINITE_NOUN.match(folded, t_start)
            and not _DESCRIBED_NEXT.match(folded, trigger[2])
        ):
            continue
        kept.append(trigger)
    return kept


def _bare_noun(folded: str, start: int) -> str:
    """The word at ``start`` without a glued conjunction or preposition, "ال" or a final "ة"."""
    found = _WORD_AT.match(folded, start)
    word = found.group() if found is not None else ""
    return _NOUN_PREFIX.sub("", word).removesuffix("ه")


_WORD_AT = re.compile(r"\w*")
_NOUN_PREFIX = re.compile(r"^[وف]?(?:[بل]?ال|لل|[بل])?")  # "وبالزيارة", "للزيارة", "الزيارة"


def _date_candidates(doc: Document, sentence: Sentence) -> list[tuple[int, str, int, Any, bool]]:
    """(distance, type, trigger start, date, historical): each trigger goes to its nearest date
    (ties: the date after it), and may also name a historical year within reach ("أول زيارة
    منذ عام 2000")."""
    folded = sentence.folded
    published_year = doc.published.year if doc.published else None
    # a relative date the article gives no way to resolve ("الخميس" with no date line) still dates
    # an event in the text: the event is kept, undated, rather than lost
    dates = [
        (d, sentence.to_norm(d.start), sentence.to_norm(d.end), _is_historical(d, published_year))
        for d in sentence.dates
        if ((d.iso and d.resolved) or (d.iso is None and d.precision in ("day", "month", "range")))
        and not _origin_date(folded, sentence.to_norm(d.start))
    ]
    if not dates:
        return []
    found = []
    types = event_lexicon().types
    triggers = _back_references_dropped(folded, _trigger_matches(folded, _context(doc, sentence)))
    for name, t_start, t_end, dated_only in triggers:
        # the act of "في أعقاب اللقاء": dated only by a date no other trigger stands before
        time_of_another = _TIME_OF_ANOTHER.search(folded, max(0, t_start - 12), t_start) is not None
        recalled = _recalled(folded, t_start)
        reaches = []
        # per reach: the date stands before a complementizer the trigger follows
        reporter_dates: list[bool] = []
        for date, d_start, d_end, historical in dates:
            # "في 14 و15 كانون الأول" is a report's day; "الأسبوع الماضي" is not
            day_range = date.precision == "range" and bool(_DIGIT.search(date.text or ""))
            dated_finely = not historical and (date.precision in ("day", "month") or day_range)
            if recalled and not historical:
                continue  # "تحيي بيونغ يانغ اليوم الذكرى الـ70 لتوقيع …": today is not the signing's day
            if (types[name].fallback or types[name].min_precision) and not dated_finely:
                continue  # a statement or report is dated by a day or a month, never by "(1950-1953)"
            if dated_only and (
                d_start < t_end
                or date.precision not in _dated_only_precisions(types[name])
                or "،" in folded[t_end:d_start]
                or _RELATIVE.search(folded, t_end, d_start) is not None
            ):
                continue
            if name != "signing" and t_end <= d_start and _SIGNED_ON.search(folded, t_end, d_start):
                # "صدق المجلس على الاتفاقية الموقعة في 19 يونيو": that date is the signing's, and
                # the ratification stays undated
                date = dataclasses.replace(date, iso=None, resolved=False, month_day=None, end_iso=None)
            if d_end <= t_start and _AFTER_CLAUSE.search(folded, d_end, t_start):
                continue  # "وصل كيم، الأربعاء، بعد أن اختتم زيارة": the date is not the earlier act's
            if (
                types[name].fallback
                and t_end <= d_start
                and _long_before(doc, date)
                and _COMPLEMENTIZER.search(folded, 0, d_start) is not None
            ):
                # "قال يوسوف إن أوكرانيا أكدت هويات … وقعوا عقودًا بين يونيو 2023 وفبراير 2024": a
                # time long past in what was said is not when it was said
                continue
            if (
                name in _REPORTING_TYPES
                and _after_publication(doc, date)
                and _COMPLEMENTIZER.search(folded, 0, d_start) is not None
            ):
                # "أعلن زيلينسكي أن روسيا ستنشر قوات … بدءًا من الأحد 27 أكتوبر، … وطالب حلفاءه": a day
                # to come, in what was said, dates no statement of the sentence
                continue
            if (
                t_end <= d_start
                and not (types[name].fallback or types[name].dated_by_statement or types[name].a_report)
                and _REPORTED_BY.search(folded, t_end, d_start)
            ):
                continue  # "الجنود الذين أرسلوا …، وفقًا لما ذكرته شبكة CNN اليوم الأربعاء": the report's day
            if t_end <= d_start and _held_between(folded, t_end, d_start):
                continue  # "غادر … إلى بكين، للمشاركة في عرض عسكري يقام غداً الأربعاء": the parade's day
            if historical and _SINCE_ANOTHER.search(folded, max(t_end, d_start - SINCE_REACH), d_start):
                continue  # "أطول رحلة خارجية لكيم منذ توليه السلطة في أواخر عام 2011": taking power's year
            if t_end <= d_start and any(
                other[0] != name
                and t_end <= other[1]
                and other[2] <= d_start
                and _BEFORE_OR_AFTER.search(folded, max(t_end, other[1] - 8), other[1])
                for other in triggers
            ):
                continue  # "وجاء اجتماع المجلس بعد توقيع … معاهدة في الأسبوع الماضي": the signing's date
            if t_end <= d_start and any(
                t_end <= other[1]
                and other[2] <= d_start
                and _RELATIVE.search(folded, t_end, other[1])
                and "،" not in folded[other[2] : d_start]
                for other in triggers
            ):
                # "وبحث كيم ولافروف خلال المحادثات … للاتفاقيات التي تم إبرامها في القمة … في يونيو":
                # the act of a relative clause between has the date (within that clause), not the talks
                continue
            if time_of_another and any(
                t_end <= other[1] < d_start and types[other[0]].fallback for other in triggers
            ):
                continue  # "عقب اللقاء، صرح متحدث اليوم": the day is the statement's
            reach = _distance(name, t_start, t_end, d_start, d_end, folded)
            if reach is None and d_end <= t_start and _dates_the_sentence(folded, d_start, d_end):
                reach = (t_start - d_end, False)  # "في يوم 15 من آب/ أغسطس، قام القائد …، … بزيارة نصب"
            if reach is None and t_end <= d_start:
                # "تم توقيع الاتفاقية بين … خلال زيارة بوتين إلى بيونغ يانغ يوم الأربعاء": the act took
                # place during the occasion the date is given for
                during = _DURING_OCCASION.search(folded, t_end, d_start)
                if (
                    during is not None
                    and "،" not in folded[t_end:d_start]
                    and not any(t_end <= other[1] < during.start() for other in dates)
                ):
                    reach = _distance(name, during.start(), during.start(), d_start, d_end)
            # "ترأس كيم، يوم الجمعة، مراسم ...": a day set off by commas is this clause's (not "، وصادق")
            set_off = (
                not folded[d_end:t_start].strip(" ،,")
                and folded[:d_start].rstrip().endswith(("،", ","))
                and folded[t_start] not in "وف"
            )
            if (
                reach is not None
                and not reach[1]
                and "،" in folded[d_end:t_start]
                and len(dates) > 1
                and not set_off
            ):
                continue  # "في 19 يونيو، وصادق عليها في 9 نوفمبر": the next clause has its own date
            if reach is not None:
                reaches.append((reach[0], not reach[1], date, historical))
                reporter_dates.append(
                    d_end <= t_start and bool(_COMPLEMENTIZER.search(folded, d_end, t_start))
                )
        if not types[name].fallback and not types[name].dated_by_statement and not all(reporter_dates):
            # "أفادت الوكالة اليوم السبت بأن الحفل أقيم أمس الجمعة": the report's day is not the
            # ceremony's when the reported clause has a day of its own
            reaches = [r for r, reporter in zip(reaches, reporter_dates, strict=True) if not reporter]
        if not reaches:
            continue
        nearest = min(reaches, key=lambda r: (r[0] * (AFTER_DATE_WEIGHT if r[1] else 1), r[1]))
        past = min((r for r in reaches if r[3]), key=lambda r: r[0], default=None)
        for distance, _after, date, historical in reaches:
            # besides the nearest date, the nearest historical year ("أول زيارة منذ عام 2000")
            if (distance, _after, date) == nearest[:3] or (past is not None and date is past[2]):
                found.append((distance, name, t_start, date, historical))
    for date, d_start, _d_end, historical in dates:
        treaty = _historical_treaty(folded, d_start) if historical else None
        between = [other for other in dates if treaty is not None and treaty[3] <= other[1] < d_start]
        if between and folded[between[-1][2] : d_start].strip(" ،,و"):
            treaty = None  # "معاهدة ... عام 1961 وانتهى العمل بها عام 1996" (not "لعامي 2000 و2001")
        if treaty is not None:
            found.append((treaty[0], treaty[1], treaty[2], date, True))
    return sorted(found, key=lambda c: (c[0], c[1], c[2], c[3].start))


STATEMENT_AGE_DAYS = 31  # a statement reported this long before publication is old news, not the report


def _long_before(doc: Document, date: Any) -> bool:
    """Whether a date lies more than a month before the article's publication (never for an
    undated article or an unresolved date)."""
    if doc.published is None or not date.iso:
        return False
    first_day = date.iso if len(date.iso) == 10 else f"{date.iso[:7]}-01" if len(date.iso) == 7 else None
    if first_day is None:
        return False
    return (doc.published - calendar_date.fromisoformat(first_day)).days > STATEMENT_AGE_DAYS


def _after_publication(doc: Document, date: Any) -> bool:
    """Whether a day lies after the article's publication (in what was said: still to come)."""
    return doc.published is not None and bool(date.iso) and date.iso[:10] > doc.published.isoformat()


# "وفقًا لما ذكرته"، "حسبما أفادت": who reported it, and a date after them is the report's
_REPORTED_BY = re.compile(
    r"(?<!\w)(?:[وف]?(?:وفقا|طبقا)\s+لما|[وف]?(?:وفق|حسب|بحسب)\s+ما|[وف]?حسبما)\s+"
    r"(?:ذكر|افاد|اورد|نقل|قال|اعلن|كشف|نشر)\w*(?!\w)"
)
# "يقام"، "تعقد"، "المقرر": a thing named after the trigger is held on the date that follows
_HELD = re.compile(rf"(?<!\w)(?:[وف]?س?[يت](?:قام|عقد|نظم)|{SCHEDULED})(?!\w)")
HELD_AFTER_WORDS = 2  # "القمة المقررة الجمعة", "اجتماع يعقد الاثنين": the trigger is the thing held


def _held_between(folded: str, t_end: int, d_start: int) -> bool:
    """Whether the date after a trigger is the day another thing is held ("للمشاركة في عرض عسكري
    يقام غداً الأربعاء"), not the trigger's own ("القمة المقررة الجمعة")."""
    held = _HELD.search(folded, t_end, d_start)
    return held is not None and len(folded[t_end : held.start()].split()) > HELD_AFTER_WORDS


# "في يوم 15 من آب/ أغسطس،" / "وفي 19 يونيو،": a date that opens the sentence, set off by a comma
_OPENING_DATE_BEFORE = re.compile(r"^\s*(?:date\s+\S+\s+)?[وف]?(?:في\s+)?(?:يوم\s+)?$")
_COMMA_AFTER = re.compile(r"\s*[،,]")


def _dates_the_sentence(folded: str, d_start: int, d_end: int) -> bool:
    """Whether the date opens the sentence and is set off by a comma: it dates the sentence's act,
    however long the subject that comes before the act's word."""
    return bool(_OPENING_DATE_BEFORE.match(folded[:d_start])) and bool(_COMMA_AFTER.match(folded, d_end))


def _dated_only_precisions(spec: EventTypeSpec) -> tuple[str, ...]:
    """The precisions of a date written after a ``dated_triggers`` word that date its event: a day
    or a day range, and also a month for a type reported by the month ("أرسلت 5000 جندي منذ
    سبتمبر")."""
    return ("day", "range", "month") if spec.min_precision == "month" else ("day", "range")


def _nearest_other(candidates: list[tuple[int, str, int, Any, bool]], date: Any, lex: EventLexicon) -> int:
    """Distance of the nearest non-fallback trigger to ``date``."""
    return min((c[0] for c in candidates if c[3] is date and not lex.types[c[1]].fallback), default=10**6)


def _guests(actors: list[Entity], place: Entity | None, spec: EventTypeSpec) -> list[Entity]:
    """ "زيارة بوتين إلى بيونغ يانغ": for a visit or an arrival the host is not an actor (unless
    nobody else travels)."""
    if place is None or not place.country or not spec.guest_actors:
        return actors
    guests = [a for a in actors if a.country != place.country]
    # nobody else travels: a person of the host country may ("زار كيم مصنعا في بيونغ يانغ"), the host
    # state itself may not ("حطت طائرة الرئيس الروسي في مطار بيونغ يانغ" is no arrival of North Korea)
    return guests or [a for a in actors if a.kind == "person"]


# "وفي وقت لاحق، " or a dateline "سيول ـ ا.ف.ب: " before the verb
_OPENING = re.compile(
    r"^[\s\-•]*(?:(?:[^،,:]{0,40}(?:[،,:]|\s[-–ـ]))?\s*(?:[وف]?قد\s+|كما\s+)?"  # "فقد وصل"
    r"|[^،,:]{0,30}\sفقد\s+"  # "ووفق البيان فقد وصل"
    # "…، ففي وقت سابق من هذا الشهر، سافر X إلى بيونج يانج": a clause opened by a time set off by commas
    r"|.*[،,]\s*[وف]?(?:في\s+وقت\s+(?:سابق|لاحق)|قبل\s|منذ\s)[^،,:.]{0,30}[،,]\s*)$"
)
# "أعلن الكرملين أن كيم جونغ أون، سيقوم بزيارة": a future verb opening the reported clause (an
# announced act; a past one reported this way is usually background)
_REPORTED_OPENING = re.compile(r"(?<!\w)[بل]?ان(?!\w)\s*[^،,:.\"“”«»]{3,50}?[،,]?\s*$")
_FUTURE = re.compile(r"[وف]?س[يت]")


def _undated_event(doc: Document, sentence: Sentence, day: DateMatch | None = None) -> Event | None:
    """An event told with no date at all ("ووصل كيم إلى قاعدة فوستوتشني"): a past-tense verb of
    an ``undated_triggers`` list opening the sentence (anywhere outside quoted words for a type whose
    triggers name the treaty, ``undated_without_actor``), or an ``undated_phrases`` phrase anywhere in
    it ("خلال لقائه مع الرئيس الروسي"), with a named actor. It stays undated on the
    page unless another source dates the same happening, or ``day`` is given: the one day the
    sentence tells, out of the trigger's reach ("وصل شويغو …، حسبما أفادت تقارير اليوم الأربعاء")."""
    folded = sentence.folded
    gates, index = _undated_literals()
    present = index.present(folded)
    if not present and _undated_gate() is not None:
        return None  # the gate's literals are the index's (see _undated_literals): none occurs
    for name, spec in event_lexicon().types.items():
        if name not in gates or misses(gates[name], present):
            continue  # this type has no undated pattern, or none of their words is in the sentence
        if spec.requires is not None and not spec.requires.search(folded):
            continue
        known = present if gates[name] is not None else None  # the gate holds the patterns' literals
        patterns = [(p, True) for p in spec.undated_triggers] + [(p, False) for p in spec.undated_phrases]
        for pattern, opening in patterns:
            if opening:
                match = pattern.search(folded) if known is None else pattern.search_among(folded, known)
            else:
                match = _phrase_match(pattern, spec, folded, known)
            if match is not None and not opening and inside(sentence_quotes(sentence), match.start()):
                continue  # 'قال كيم إن "… خلال زيارته لروسيا"': the speaker's words, not the report's
            if match is None or (
                opening
                and not (spec.undated_without_actor and not inside(sentence_quotes(sentence), match.start()))
                and not _OPENING.match(folded[: match.start()])
                and not (
                    _FUTURE.match(folded, match.start())
                    and _REPORTED_OPENING.search(folded, 0, match.start())
                )
            ):
                continue
            if _negated(spec, folded, match.start()):
                continue  # "سيقام حفل": negated or still to come, as for a dated trigger
            after = folded[match.end() : match.end() + 70]
            if any(rule.search(after) for rule in spec.not_followed_by):
                continue
            anchor = day or _unwritten_day(sentence, match.start(), match.end())
            spans = [(match.start(), match.end())]
            actors, place = actors_and_place(sentence, doc.gazetteer, spans, name, False)
            if not actors and not spec.undated_without_actor:
                continue
            actors = _guests(actors, place, spec)
            return make_event(name, anchor, actors, place, False, sentence.provenance(doc.source.id))
    return None


ACT_ACTOR_REACH = 45  # characters from an opening verb to the name of its actor (a title between)
ACT_DATE_REACH = 120  # characters from an opening verb to the day it is told of
_OPENING_WORD = re.compile(r"[\u0621-\u064a]+")
# "وفق ما أفاد مسؤول لوكالة فرانس برس الثلاثاء": a day after these is the report's, not the act's
_RELAYED = re.compile(r"(?<!\w)(?:وفق|وفقا|حسب|حسبما|بحسب|نقلا|كما)(?!\w)")
_BREAK = re.compile(r"[،,:.؛\"“”«»()]")


def _without_conjunction(word: str) -> str:
    """ "وقدمت" → "قدمت": a glued و or ف taken off a word longer than three letters."""
    return word[1:] if word[0] in "وف" and len(word) > 3 else word


def verb_shaped(word: str) -> bool:
    """Whether a folded word opening a sentence can be a past-tense verb ("غادر"، "استعرض"، "وقدمت"),
    not a particle or noun ("وفي"، "جنود"), a verbal noun ("إرسال"، "توقيع"), a participle
    ("مسؤول") or an imperfect ("يلتقي")."""
    not_verbs = event_lexicon().not_opening_verbs
    if word in not_verbs:
        return False
    word = _without_conjunction(word)
    return not (
        word in not_verbs
        or not 3 <= len(word) <= 7
        or word.startswith(("ال", "ي", "سي", "ست", "سن"))
        or (len(word) > 3 and word.endswith(("ه", "ات", "ين", "ون", "يه", "اء")))
        or (len(word) >= 5 and word[0] == "ا" and word[-2] == "ا")  # إرسال، اجتماع، استقبال
        or (word[0] == "ت" and len(word) >= 5 and word[-2] == "ي")  # توقيع، تعزيز
        or (word[0] == "م" and len(word) >= 4)  # مسؤول، متحدث، مبعوث
    )


@functools.lru_cache(maxsize=1)
def _act_type() -> str | None:
    """The lexicon's ``opening_act`` type, if it has one."""
    return next((n for n, spec in event_lexicon().types.items() if spec.opening_act), None)


def _opening_act(doc: Document, sentence: Sentence, day: DateMatch) -> Event | None:
    """ "غادر لافروف البلاد اليوم الأحد": an act no trigger names, told by a past verb that opens
    the sentence with a named actor right after it (titles may stand between) and dated by the one
    day the sentence tells, written after the verb and before any reported clause. It is an event
    of the lexicon's ``opening_act`` type, titled by its actors only."""
    name = _act_type()
    if name is None:
        return None  # (a day still to come, "يوم الأربعاء المقبل", is left out by document_events)
    folded = sentence.folded
    d_start = sentence.to_norm(day.start)
    quoted = sentence_quotes(sentence)
    dates = [(sentence.to_norm(d.start), sentence.to_norm(d.end)) for d in sentence.dates]
    for tried, word in enumerate(_OPENING_WORD.finditer(folded)):
        if tried == 3 or inside(quoted, word.start()):
            return None
        if not _OPENING.match(folded[: word.start()]):
            continue
        if any(s <= word.start() < e for s, e in dates) or entities_in(sentence, word.start(), word.end()):
            continue  # "والاثنين، انضم": the day or a name opens the clause, the verb may follow
        if not verb_shaped(word.group()):
            continue
        named = entities_in(sentence, word.end(), word.end() + ACT_ACTOR_REACH)
        # the subject: a person named within reach ("استعرض زعيم كوريا الشمالية كيم جونغ أون"),
        # else the first institution or country ("زودت كوريا الشمالية روسيا")
        actor = next((n for n in named if n[2].kind == "person"), None) or next(
            (n for n in named if n[2].kind in ("institution", "country")), None
        )
        if actor is None or _BREAK.search(folded, word.end(), actor[0]):
            return None
        if not word.end() <= d_start <= word.end() + ACT_DATE_REACH:
            return None
        between = (word.end(), d_start)
        if (
            _COMPLEMENTIZER.search(folded, *between)
            or _RELAYED.search(folded, *between)
            or inside(quoted, d_start)
        ):
            return None  # the day of a reported clause, of a relayed report or of the quoted words
        # a dated statement ("شدد لافروف اليوم الثلاثاء على") is the who-said-what table's, and an
        # announcement event only when an announcement trigger names it
        said = speech_lexicon().verbs
        if word.group() in said or _without_conjunction(word.group()) in said:
            return None
        # the actors: the subject and those of its kind in its clause ("ذهب بوتين والزعيم كيم")
        clause_end = _clause_bounds(folded, actor[0])[1]
        actors = _unique(
            [actor[2]]
            + [
                e
                # (up to the day when it follows them; "وفي 3 سبتمبر حضر كيم وبوتين": the clause)
                for s, _e, e in entities_in(
                    sentence, actor[0], clause_end if d_start <= actor[0] else min(clause_end, d_start)
                )
                if e.kind == actor[2].kind
            ]
        )
        spans = [(word.start(), word.end()), (d_start, sentence.to_norm(day.end))]
        place = _place(sentence, sorted({_clause_bounds(folded, s) for s, _e in spans}), actors)
        return make_event(name, day, actors, place, False, sentence.provenance(doc.source.id))
    return None


NEGATION_REACH = 50  # characters before a trigger where its type's negations are looked for
CONDITION_REACH = 20  # characters before a trigger where "في حال" makes it a condition


def _negated(spec: EventTypeSpec, folded: str, start: int) -> bool:
    """ "لن يوقع"، "سيقام حفل": the trigger at ``start`` is negated or still to come."""
    before = folded[max(0, start - NEGATION_REACH) : start]
    return any(neg.search(before) for neg in spec.negations)


def _unwritten_day(sentence: Sentence, norm_start: int, norm_end: int) -> DateMatch:
    """The anchor of an event whose day the sentence does not write: it points at the trigger."""
    start, end = sentence.to_text(norm_start), sentence.to_text(norm_end)
    return DateMatch(start, end, None, "day", resolved=False, text="", relative=True)


def _only_day(doc: Document, sentence: Sentence) -> DateMatch | None:
    """The one day the sentence tells (the report's), when every date in it but a historical one
    is that day: the happening's day too. Of several mentions of it, the last one."""
    year = doc.published.year if doc.published else None
    days = {
        d.iso: d
        for d in sentence.dates
        if d.iso and d.resolved and d.precision == "day" and not _is_historical(d, year)
    }
    if len(days) != 1:
        return None
    ((iso, last),) = days.items()
    # (a past era the sentence recalls, "المعارك بين الكوريتين (1950-1953)", is no other day)
    return last if all(d.iso == iso or _is_historical(d, year) for d in sentence.dates) else None


def _phrase_match(
    pattern: PrefilteredPattern, spec: EventTypeSpec, folded: str, present: set[str] | None = None
) -> re.Match[str] | None:
    """The first match of an ``undated_phrases`` pattern that ``undated_phrase_after`` allows.
    ``present``: the literals found in ``folded`` by an index over the pattern's, when known."""
    matches = pattern.finditer(folded) if present is None else pattern.finditer_among(folded, present)
    for match in matches:
        after = spec.undated_phrase_after
        if after is None or after.search(folded[max(0, match.start() - 20) : match.start()]):
            return match
    return None


def sentence_events(doc: Document, sentence: Sentence) -> list[Event]:
    """At most two event types per date; one of each exclusive group (arrival/visit) per date;
    a fallback type (a dated announcement) only when the sentence has no other event."""
    lex = event_lexicon()
    groups = lex.exclusive_groups
    chosen: dict[str, list[str]] = {}
    events: list[Event] = []
    candidates = _date_candidates(doc, sentence)
    every_trigger = list(candidates)  # "التقى كيم وبوتين …، الأربعاء، في لقاء …": one meeting, told twice
    if not candidates:  # a date no trigger reaches ("وصل X …، حسبما أفادت تقارير اليوم الأربعاء")
        undated = _undated_event(doc, sentence, _only_day(doc, sentence))
        return [undated] if undated is not None else _dated_act(doc, sentence)

    def weighted(candidate: tuple[int, str, int, Any, bool]) -> int:
        date_start, date_end = sentence.to_norm(candidate[3].start), sentence.to_norm(candidate[3].end)
        if candidate[2] > date_end and _COMPLEMENTIZER.search(sentence.folded, date_end, candidate[2]):
            return UNREACHABLE  # "أكدت X في أبريل أنها أرسلت": a date never reaches into the reported clause
        if (
            fallback(candidate)
            and candidate[2] < date_start
            and _COMPLEMENTIZER.search(sentence.folded, candidate[2], date_start)
            and any(
                not fallback(c) and candidate[2] < c[2] < date_start and c[3] is candidate[3]
                for c in candidates
            )
        ):
            return UNREACHABLE  # "وقال الجهاز إن أحد الجنود تم أسره يوم الخميس": the capture's day
        if (
            not fallback(candidate)
            and candidate[2] > date_end
            and _ABOUT_BEFORE.search(sentence.folded, max(date_end, candidate[2] - 6), candidate[2])
            and any(fallback(c) and c[2] < date_start and c[3] is candidate[3] for c in candidates)
        ):
            return UNREACHABLE  # "أعلنت وسائل الإعلام اليوم الخميس عن توقيع معاهدة": the day of the news
        quoted = sentence_quotes(sentence)
        if fallback(candidate) and any(candidate[2] < start < date_start < end for start, end in quoted):
            return UNREACHABLE  # 'قالت في بيان "من 26 أكتوبر تقوم الوزيرة بزيارة"': what it says is dated
        return candidate[0] * (AFTER_DATE_WEIGHT if candidate[2] > date_start else 1)

    def fallback(candidate: tuple[int, str, int, Any, bool]) -> bool:
        return lex.types[candidate[1]].fallback

    # a dated statement is kept only when its verb, not the event it reports, owns the date
    # ("وأكدت كوريا الشمالية في أبريل أنها أرسلت جنودا": the acknowledgement is what is dated,
    # not the deployment it reports, which comes after the verb)
    owners: dict[int, tuple[int, str, int, Any, bool]] = {}
    for candidate in sorted(candidates, key=lambda c: (weighted(c), not fallback(c))):
        owners.setdefault(id(candidate[3]), candidate)

    def announced(c: tuple[int, str, int, Any, bool]) -> bool:
        """ "أعلنت الخارجية، اليوم، أن المعاهدة دخلت حيز التنفيذ": the statement dates the event."""
        return lex.types[c[1]].dated_by_statement

    def kept(c: tuple[int, str, int, Any, bool]) -> bool:
        owner = owners[id(c[3])]
        if fallback(c):
            stated = not any(o[3] is c[3] and announced(o) for o in candidates)
            return owner is c and weighted(c) < UNREACHABLE and stated
        # "وقال كيم أمس الجمعة أثناء تفقده الموقع": what was said on a day, during a visit that day
        during = _DURING_BEFORE.search(sentence.folded, max(0, c[2] - 12), c[2]) is not None
        return not fallback(owner) or c[2] < owner[2] or announced(c) or during

    reported = [c for c in candidates if not kept(c) and _reported_act(c, owners[id(c[3])])]
    candidates = [c for c in candidates if kept(c)]
    # the date line and "الثلاثاء" both give the day of "أفادت الوكالة الثلاثاء بمقتل …": one
    # happening, told by its own type, not a second announcement of the same day
    reported_days = {c[3].iso for c in candidates if not fallback(c) and c[3].iso}
    candidates = [c for c in candidates if not (fallback(c) and c[3].iso in reported_days)]
    dated_acts: list[tuple[int, Any]] = []  # (trigger start, date) of the dated acts kept
    for _distance, event_type, t_start, date, historical in candidates:
        taken = chosen.setdefault(str(date.iso) if date.iso else f"at:{date.start}", [])
        if event_type in taken or len(taken) >= MAX_TYPES_PER_DATE:
            continue
        if any(event_type in g and other in g for g in groups for other in taken):
            continue
        taken.append(event_type)
        if not fallback((_distance, event_type, t_start, date, historical)) and not historical:
            dated_acts.append((t_start, date))
        d_start, d_end = sentence.to_norm(date.start), sentence.to_norm(date.end)
        spans = [(t_start, t_start + 1), (d_start, d_end)]
        actors, place = actors_and_place(sentence, doc.gazetteer, spans, event_type, historical)
        opening = [
            (c[2], c[2] + 1)
            for c in every_trigger
            if event_type in _TOLD_TWICE
            and (
                c[1] == event_type
                or (c[1] in _TOLD_TWICE and any(event_type in g and c[1] in g for g in groups))
            )
            and c[3] is date
            and c[2] != t_start
            and _OPENING.match(sentence.folded[: c[2]])
        ]
        if opening:  # the sentence's own verb names who ("التقى كيم وبوتين …، الأربعاء، في لقاء")
            actors, place = actors_and_place(sentence, doc.gazetteer, opening + spans, event_type, historical)
        actors = _guests(actors, place, lex.types[event_type])
        event = make_event(event_type, date, actors, place, historical, sentence.provenance(doc.source.id))
        same = next((e for e in events if e.type == event_type and _same_time(e, event)), None)
        if same is None:
            events.append(event)
        elif len(event.date or "") > len(same.date or ""):  # "إبرامها في يونيو … وقع في 19 يونيو": one
            events[events.index(same)] = event  # signing, told by its most precise date
    told = {e.type for e in events}
    events.extend(_acts_where(doc, sentence, dated_acts, told))
    told = {e.type for e in events}
    for _distance, event_type, t_start, _date, _historical in reported:
        # "أعلنت الرئاسة، يوم الثلاثاء، أن بوتين أجرى محادثة هاتفية مع كيم": the call happened, on a
        # day the sentence does not give (the statement's day is the announcement's)
        if event_type in told or event_type not in REPORTED_ACT_TYPES:
            continue
        spans = [(t_start, t_start + 1)]
        that = [m.end() for m in _COMPLEMENTIZER.finditer(sentence.folded, 0, t_start)]
        if that:  # the reported clause's subject, set off by a comma ("أن الرئيس بوتين، أجرى")
            spans.append((that[-1], that[-1] + 1))
        reported_event = _on_unwritten_day(doc, sentence, event_type, spans, actorless_ok=True)
        if reported_event is not None:
            events.append(reported_event)
            told.add(event_type)
    events.extend(_earlier_acts(doc, sentence, told))
    # "غادر لافروف البلاد اليوم الأحد …، حسبما ذكرت الوكالة": no trigger dates the act
    return events or _dated_act(doc, sentence)


# acts a sentence may name twice for one date ("التقى كيم وبوتين …، الأربعاء، في لقاء نادر"): when
# the verb opening the sentence is one of them, its clause names who took part
_TOLD_TWICE = frozenset({"meeting", "visit", "arrival"})


def _dated_act(doc: Document, sentence: Sentence) -> list[Event]:
    """The act of a sentence with no other event, dated by the one day it tells (see _only_day), or
    by its one unresolved day ("اليوم الأحد" in an article that prints no date: the act stays
    undated then, as the text leaves it)."""
    day = _only_day(doc, sentence)
    if day is None and len(sentence.dates) == 1:
        (only,) = sentence.dates
        day = only if only.iso is None and only.precision == "day" else None
    act = _opening_act(doc, sentence, day) if day is not None else None
    return [act] if act is not None else []


# acts a dated statement reports as its news ("أعلن الكرملين، الثلاثاء، أن بوتين أجرى محادثة"); a
# signing, arrival or deployment in a reported clause is more often background
REPORTED_ACT_TYPES = frozenset({"meeting", "visit"})


def _reported_act(candidate: tuple[int, str, int, Any, bool], owner: tuple[int, str, int, Any, bool]) -> bool:
    """Whether a trigger lost its date to the statement that reports it (it stands after the
    dated statement's verb, in its reported clause)."""
    return event_lexicon().types[owner[1]].fallback and candidate[2] > owner[2] and not candidate[4]


def _earlier_acts(doc: Document, sentence: Sentence, told: set[str]) -> list[Event]:
    """ "وصل كيم إلى بيونغ يانغ، الأربعاء، بعد أن اختتم زيارة إلى روسيا": the act in the after-clause
    happened too, on a day the sentence does not give: an undated event of its own."""
    folded = sentence.folded
    clause = _AFTER_CLAUSE.search(folded)
    if clause is None or not sentence.dates:
        return []
    found: list[Event] = []
    lex = event_lexicon()
    for name, t_start, t_end, dated_only in _trigger_matches(folded):
        spec = lex.types[name]
        if (
            dated_only
            or spec.fallback
            or name in told
            or not 0 <= t_start - clause.end() <= AFTER_CLAUSE_REACH
        ):
            continue
        event = _on_unwritten_day(doc, sentence, name, [(t_start, t_end)])
        if event is not None:
            found.append(event)
            told = told | {name}
    return found


_WHERE = re.compile(r"(?<![^\W،,])حيث\s+(?:\S+\s+)?$")  # "حيث وقع"، "حيث قام بتوقيع"


def _acts_where(
    doc: Document, sentence: Sentence, dated_acts: list[tuple[int, Any]], told: set[str]
) -> list[Event]:
    """ "في يونيو، زار بوتين بيونغ يانغ حيث وقع معاهدة": the act after "حيث" happened on the
    occasion just dated (the nearest dated act before it, with no other date between)."""
    folded = sentence.folded
    if not dated_acts or "حيث" not in folded:
        return []
    found: list[Event] = []
    lex = event_lexicon()
    for name, t_start, t_end, _dated_only in _trigger_matches(folded, _context(doc, sentence)):
        spec = lex.types[name]
        where = _WHERE.search(folded, max(0, t_start - 20), t_start)
        if spec.fallback or name in told or where is None:
            continue
        before = [(start, date) for start, date in dated_acts if start < where.start()]
        if not before:
            continue
        occasion_start, date = max(before, key=lambda act: act[0])
        if any(occasion_start < sentence.to_norm(d.start) < t_start for d in sentence.dates if d is not date):
            continue  # a date of its own between the occasion and the act
        actors, place = actors_and_place(sentence, doc.gazetteer, [(t_start, t_end)], name, False)
        if not actors:
            continue
        found.append(
            make_event(
                name, date, _guests(actors, place, spec), place, False, sentence.provenance(doc.source.id)
            )
        )
        told = told | {name}
    return found


def _on_unwritten_day(
    doc: Document, sentence: Sentence, name: str, spans: list[tuple[int, int]], *, actorless_ok: bool = False
) -> Event | None:
    """An event of type ``name`` at the trigger ``spans[0]`` on a day the sentence does not write,
    with the actors and place of the clauses of ``spans`` (the host of a visit left out); None when
    it names no actor (unless ``actorless_ok`` and the type allows it)."""
    spec = event_lexicon().types[name]
    actors, place = actors_and_place(sentence, doc.gazetteer, spans, name, False)
    if not actors and not (actorless_ok and spec.undated_without_actor):
        return None
    anchor = _unwritten_day(sentence, *spans[0])
    return make_event(
        name, anchor, _guests(actors, place, spec), place, False, sentence.provenance(doc.source.id)
    )


def _same_time(event: Event, other: Event) -> bool:
    """Two mentions of one happening in a sentence: neither is historical, and either date is
    unknown or one holds the other ("يونيو" and "19 يونيو")."""
    if event.historical or other.historical:
        return False
    if event.date is None or other.date is None:
        return True
    return event.date.startswith(other.date) or other.date.startswith(event.date)


# "…، حسبما ذكرت وسائل إعلام كورية شمالية اليوم السبت", "وفق ما أفادت وسائل إعلام رسمية الأحد",
# "وفقًا لما ذكرته الوكالة يوم الإثنين": who reported the sentence's news, and on which day
_RELAY_CLAUSE = re.compile(
    r"(?<!\w)(?:(?:حسبما|وفق\s+ما|وفقا\s+لما|بحسب\s+ما|حسب\s+ما|كما)\s+"
    r"[وف]?(?:ذكر|ذكرت|ذكره|ذكرته|افاد|افادت|افادته|اورد|اوردت|اورده|اوردته|نقل|نقلت|نقله|نقلته"
    r"|اعلن|اعلنت|اعلنه|اعلنته|نشر|نشرت|نشره|نشرته)(?:\s+به)?(?!\w)"
    # "وفقا لوسائل الإعلام الرسمية في بيونغ يانغ الجمعة": a relaying medium with no verb
    r"|(?:وفقا\s*ل|بحسب|حسب)\s*(?=(?:ال)?(?:وسايل|وكاله|وكالات|صحيفه|صحف|التلفزيون|تلفزيون)(?!\w)))"
)
RELAY_DAY_REACH = 90  # characters from the relaying verb to the day it gives


def _relayed_report(doc: Document, sentence: Sentence, told: list[Event]) -> Event | None:
    """The report a relay clause dates ("حسبما ذكرت وسائل إعلام … اليوم السبت"): an announcement by
    the outlet named, on that day (undated when the article gives no date to resolve it), unless
    the sentence already tells an announcement or publication."""
    if not sentence.dates or any(e.date is not None or e.type in _REPORTING_TYPES for e in told):
        return None  # no day to give, or the sentence's news already has its day or is the report
    folded = sentence.folded
    if not any(word in folded for word in ("حسب", "وفق", "كما")):
        return None  # (every relay clause holds one of these: a cheap test before the pattern)
    clause = _RELAY_CLAUSE.search(folded)
    if clause is None:
        return None
    stop = _BREAK.search(folded, clause.end())
    limit = min(stop.start() if stop else len(folded), clause.end() + RELAY_DAY_REACH)
    days = [
        d
        for d in sentence.dates
        if clause.end() <= sentence.to_norm(d.start) < limit and d.precision == "day" and d.relative
    ]
    if len(days) != 1:
        return None
    actors, place = actors_and_place(
        sentence, doc.gazetteer, [(clause.end(), clause.end() + 1)], "announcement", False
    )
    if not actors and not days[0].resolved:
        return None  # neither who reported it nor when: nothing for the timeline
    return make_event("announcement", days[0], actors, place, False, sentence.provenance(doc.source.id))


def document_events(doc: Document) -> list[Event]:
    found: list[Event] = []
    for sentence in doc.sentences:
        events = sentence_events(doc, sentence)
        report = _relayed_report(doc, sentence, events)
        found.extend(events if report is None else [*events, report])
    types = event_lexicon().types
    if any(types[e.type].about_the_treaty for e in found) and about_another_treaty(doc):
        # "دخلت معاهدة الشراكة بين روسيا وإيران حيز التنفيذ": another treaty's steps are not this one's
        found = [e for e in found if not types[e.type].about_the_treaty]
    day = doc.sentences[0].day if doc.sentences else None
    if day is None:
        return found
    # "دفعة جديدة لمباحثات السلام الشهر المقبل": what is still to come is no event on the timeline
    # (ISO text: a month "2025-02" sorts after any day of January and before any day of its own);
    # the day after the date line is not yet to come ("اليوم الخميس" in a piece dated Wednesday)
    today, tomorrow = day.isoformat(), (day + timedelta(days=1)).isoformat()
    return [e for e in found if e.date is None or e.date <= today or e.date == tomorrow]
