"""Treaty provisions and status facts: what the treaty says or is (treaty_lexicon.yml)."""

from __future__ import annotations

import functools
import re

from generator.arabic.gazetteer import Gazetteer
from generator.extract.document import Document, Sentence, sentence_numbers
from generator.extract.ids import stable_id
from generator.extract.lexicon import TreatyTopicSpec, treaty_lexicon
from generator.extract.prefilter import (
    LiteralIndex,
    gate_literals,
    gate_misses,
    literal_gate,
    misses,
    none_can_match,
)
from generator.extract.quotemarks import sentence_quotes
from generator.models import TreatyProvision

_ARTICLE_DIGITS = re.compile(
    r"(?<!\w)(?:[وبل]?(?:ال)?|لل)ماده\s+(?:رقم\s+)?(?:ال)?[-‐]?\(?(?P<num>\d{1,3})\)?(?!\d)"
)
_CHARTER_AFTER = re.compile(r"^\s*من\s+ميثاق")
# what every article reference holds: "المادة" or "مادتها" (a cheap gate, and where the article is named)
_ARTICLE_WORD = re.compile(r"ماد[هت]")
MAX_TEXT_CHARS = 400
MIN_CLAUSE_WORDS = 6
_CLAUSE_STOP = re.compile(r"[،؛.](?!\.)")
# Topics whose treaty context may come from the previous sentence ("... المعاهدة. وفي حالة وقوع
# هجوم على إحدى الدولتين، يتعهد الطرف الآخر بتقديم الدعم").
CARRIED_CONTEXT_TOPICS = frozenset(
    {
        "mutual_assistance", "no_hostile_alliances", "no_hostile_territory", "validity", "consultations",
        "defence_capabilities", "signing", "ratification", "entry_into_force",
    }
)  # fmt: skip
# A list item ("- في حالة التهديد بالعدوان ...") under a sentence about the treaty ("وتنص الاتفاقية
# على ما يلي:") keeps that context for the whole list.
_LIST_ITEM = re.compile(r"^\s*[-–•*·]\s*")
# "أما المادة 23، فتنص ..." / "وتنص المادة 23 على ...": the sentence is about that article
_LEADING_ARTICLE = re.compile(
    r"^[\s،,]*(?:(?:و?اما|[وف]?تنص|[وف]?تقضي|[وف]?بموجب|ووفق|وفق)\s+)?[وبل]?(?:ال)?ماده(?!\w)"
)
ARTICLE_TOPICS = frozenset(
    {"mutual_assistance", "un_charter_51", "entry_into_force", "consultations", "defence_capabilities"}
)


def treaty_article(folded: str) -> int | None:
    """Number of the first treaty article named ("المادة الرابعة", "المادة 4"), skipping UN Charter
    articles ("المادة 51 من ميثاق الأمم المتحدة")."""
    found: list[tuple[int, int]] = []
    last = treaty_lexicon().article_count
    for match in _ARTICLE_DIGITS.finditer(folded):
        number = int(match.group("num"))
        if not _CHARTER_AFTER.match(folded[match.end() :]) and (last is None or number <= last):
            found.append((match.start(), number))
    ordinals = treaty_lexicon().ordinals
    if _ARTICLE_WORD.search(folded):
        for match in _ordinal_re().finditer(folded):
            if not _CHARTER_AFTER.match(folded[match.end() :]):
                found.append((match.start(), ordinals[" ".join(match.group("word").split())]))
    return min(found)[1] if found else None


@functools.lru_cache(maxsize=1)
def _ordinal_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in treaty_lexicon().ordinals)
    # (also "بل تنص مادتها الرابعة": the treaty's article, with a possessive pronoun)
    return re.compile(rf"(?<!\w)(?:(?:[وبل]?(?:ال)?|لل)ماده|[وبل]?مادت(?:ها|ه))\s+(?P<word>{words})(?!\w)")


def _wording(sentence: Sentence, pos: int) -> str:
    """The quoted wording around ``pos`` when the treaty is quoted, else the clause holding it
    (joined with the next clause when it is very short)."""
    folded = sentence.folded
    for open_pos, close_pos in sentence_quotes(sentence):
        if open_pos < pos < close_pos and len(folded[open_pos:close_pos].split()) >= MIN_CLAUSE_WORDS:
            return sentence.span_text(open_pos + 1, close_pos).strip()
    stops = [m.start() for m in _CLAUSE_STOP.finditer(folded)]
    start = max((p + 1 for p in stops if p < pos), default=0)
    following = [p for p in stops if p >= pos]
    end = following[0] if following else len(folded)
    if len(folded[start:end].split()) < MIN_CLAUSE_WORDS and len(following) > 1:
        end = following[1]
    text = sentence.span_text(start, end).strip(" ،,.؛")
    return text if len(text) <= MAX_TEXT_CHARS else text[:MAX_TEXT_CHARS].rsplit(" ", 1)[0] + "…"


def _counted(sentence: Sentence, nouns: tuple[str, ...]) -> int | None:
    """Position of a number directly followed by one of ``nouns`` ("ثلاث وعشرين مادة")."""
    folded = sentence.folded
    for number in sentence_numbers(sentence):
        end = sentence.to_norm(number.end)
        following = folded[end:].split()[:1]
        if following and following[0].strip("،,.") in nouns:
            return sentence.to_norm(number.start)
    return None


def _topic_match(folded: str, spec: TreatyTopicSpec, present: set[str]) -> re.Match[str] | None:
    """``present``: the literals of :func:`_topic_literals` that occur in ``folded``."""
    if misses(spec.gate, present):
        return None
    known = spec.gate is not None  # the gate holds every literal of the topic's patterns
    for pattern in spec.strong:
        match = pattern.search_among(folded, present) if known else pattern.search(folded)
        if match:
            return match
    for pattern in spec.patterns:
        for match in pattern.finditer_among(folded, present) if known else pattern.finditer(folded):
            before = folded[max(0, match.start() - 25) : match.start()]
            if any(neg.search(before) for neg in spec.negated_by):
                continue
            after = folded[match.end() : match.end() + 70]
            if any(rule.search(after) for rule in spec.not_followed_by):
                continue
            if spec.requires and not any(req.search(folded) for req in spec.requires):
                return None
            return match
    return None


@functools.lru_cache(maxsize=1)
def _topics_gate() -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """One literal gate for every pattern of every topic, and the counted nouns ("مادة") that
    bypass it: computed once, checked before the per-topic scans."""
    topics = treaty_lexicon().topics.values()
    patterns = tuple(p for spec in topics for p in spec.strong + spec.patterns)
    return literal_gate(patterns), tuple(n for spec in topics for n in spec.counted_nouns)


@functools.lru_cache(maxsize=1)
def _topic_literals() -> LiteralIndex:
    """The literals of every topic's gate, found in a sentence with one scan."""
    return LiteralIndex(literal for spec in treaty_lexicon().topics.values() for literal in spec.gate or ())


@functools.lru_cache(maxsize=1)
def _context_literals() -> LiteralIndex | None:
    """The literals of the treaty-context patterns, found with one scan; None when some pattern
    has none (see :func:`generator.extract.prefilter.gate_literals`)."""
    literals = gate_literals(treaty_lexicon().context)
    return LiteralIndex(literals) if literals is not None else None


def has_treaty_context(folded: str) -> bool:
    patterns = treaty_lexicon().context
    index = _context_literals()
    if index is None:
        return not none_can_match(patterns, folded) and any(pattern.search(folded) for pattern in patterns)
    present = index.present(folded)  # empty: no pattern can match; else each pattern's a set test
    return bool(present) and any(pattern.search_among(folded, present) for pattern in patterns)


def sentence_provisions(
    doc: Document, sentence: Sentence, *, carried: bool = False, own_context: bool | None = None
) -> list[TreatyProvision]:
    """Provisions read in ``sentence``; ``carried``: the previous sentence was about the treaty;
    ``own_context``: ``has_treaty_context(sentence.folded)`` when the caller already knows it."""
    lex = treaty_lexicon()
    folded = sentence.folded
    if own_context is None:
        own_context = has_treaty_context(folded)
    if not own_context and not carried:
        return []
    found: list[TreatyProvision] = []
    gate, counted = _topics_gate()
    article_word = _ARTICLE_WORD.search(folded)
    article = treaty_article(folded) if article_word else None
    if gate_misses(gate, folded) and not any(n in folded for n in counted) and article is None:
        return found
    present = _topic_literals().present(folded)
    for topic, spec in lex.topics.items():
        if not own_context and topic not in CARRIED_CONTEXT_TOPICS:
            continue
        match = _topic_match(folded, spec, present)
        position = match.start() if match else None
        if position is None and spec.counted_nouns:
            position = _counted(sentence, spec.counted_nouns)
        if position is None and own_context and article in spec.articles and article_word:
            position = article_word.start()  # "تنفيذ المادة الرابعة من معاهدة الشراكة": its topic is known
        if position is None:
            continue
        topic_article = article if topic in ARTICLE_TOPICS or _LEADING_ARTICLE.match(folded) else None
        found.append(
            TreatyProvision(
                id=_topic_id(topic),
                topic=topic,
                article=topic_article,
                text=_wording(sentence, position),
                sources=(sentence.provenance(doc.source.id),),
            )
        )
    return found


@functools.lru_cache(maxsize=64)
def _topic_id(topic: str) -> str:
    """A provision's id is its topic's (a few topics; hashed once each)."""
    return stable_id("p", topic)


def about_another_treaty(doc: Document) -> bool:
    """Whether the article tells of another country's treaty: it names some but not all parties of
    this one (``parties`` in treaty_lexicon.yml, by a country, capital, person, body or demonym of
    that country), and a sentence about a treaty names a country that is no party ("معاهدة الشراكة
    الاستراتيجية الشاملة بين روسيا وإيران", whatever the article later calls "المعاهدة").
    An excerpt that names no party, or no other country, stays this treaty's. Computed once per
    document (``doc.another_treaty``)."""
    if doc.another_treaty is None:
        doc.another_treaty = _names_another_treaty(doc)
    return doc.another_treaty


def _names_another_treaty(doc: Document) -> bool:
    """:func:`about_another_treaty`, computed."""
    parties = set(treaty_lexicon().parties)
    missing = set(parties)
    for sentence in doc.sentences:
        missing.difference_update(match.entity.country for match in sentence.entities)
        missing.difference_update(doc.gazetteer.demonym_sides(sentence.text) if missing else ())
        if not missing:
            return False
    if missing == parties:
        return False
    countries = _country_codes(doc.gazetteer)
    for sentence in doc.sentences:
        if has_treaty_context(sentence.folded):
            named = {match.entity.country for match in sentence.entities}
            named |= doc.gazetteer.demonym_sides(sentence.text)
            if (named & countries) - parties:
                return True
    return False


@functools.lru_cache(maxsize=4)
def _country_codes(gazetteer: Gazetteer) -> frozenset[str]:
    """The codes of the gazetteer's countries (not those of a body such as the United Nations)."""
    return frozenset(e.country for e in gazetteer.entities if e.kind == "country" and e.country)


def document_provisions(doc: Document) -> list[TreatyProvision]:
    found: list[TreatyProvision] = []
    if about_another_treaty(doc):
        return found
    carried = False
    for sentence in doc.sentences:
        own_context = has_treaty_context(sentence.folded)
        found.extend(sentence_provisions(doc, sentence, carried=carried, own_context=own_context))
        carried = own_context or (carried and bool(_LIST_ITEM.match(sentence.text)))
    return found
