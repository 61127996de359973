"""Troop figures: numbers of North Korean military personnel sent to or present in Russia.

A number counts only when a troop noun follows it within a few words, no other unit noun
("عاما", "ألوية", "قواعد") counts it instead, and the sentence or its paragraph mentions North
Korea. Precision matters more than recall: anything doubtful is dropped."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from generator.arabic.dates import CLAUSE_BREAK
from generator.arabic.gazetteer import Entity, Gazetteer
from generator.arabic.normalize import fold
from generator.arabic.numbers import NumberMatch
from generator.extract.document import Document, Sentence, sentence_numbers
from generator.extract.events import SINCE_REACH
from generator.extract.ids import stable_id
from generator.extract.lexicon import speech_lexicon, troop_lexicon
from generator.extract.merge import merge_provenance
from generator.extract.prefilter import PrefilteredPattern, lexicon_alternation
from generator.extract.quotes import TRAILING_SOURCE, Attribution, statement_date
from generator.extract.speakers import (
    DESCRIBED_SOURCES,
    RELATIVE_PRONOUNS,
    SpeakerState,
    bare_vague,
    entities_in,
    first_speaker,
    named_unlinked,
    not_a_name,
    phrase_speaker,
    resolve_anaphor,
    speaker_key,
    titles_in,
    titles_of_name,
    unlinked,
)
from generator.models import UNATTRIBUTED_ID, EntityRef, TroopEstimate

_PUNCT = " \t،,:؛;.()[]\"“”«»'-–"
NOUN_WINDOW_WORDS = 3
QUALIFIER_WINDOW = 32
AFTER_WORDS = 6
PHRASE_MIN = 100  # smallest figure accepted without a troop noun right after it
OTHER_BELLIGERENTS = ("ru", "ua")
_OTHER_ARMY_RE = re.compile(r"(?<!\w)(?:ال)?(?:روس|روسي|الروسي|اوكراني|الاوكراني|الاوكرانيه|الروسيه)(?!\w)")
STATUS_BEFORE = 90
STATUS_AFTER = 110
PREVIOUS_WINDOW = 60
_COUNT_RE = re.compile(r"(?<!\w)(?:ال)?عدد(?:هم)?(?!\w)")
# "بلغ عدد القتلى الكوريين الشماليين نحو 4 آلاف": the count of the dead, wounded or captives
# ... and "تكبدت خسائر بشرية تقدر بـ4700": losses estimated at a number
_COUNT_OF_CASUALTIES_RE = re.compile(
    r"(?<!\w)(?:ال)?عدد\s+(?:ال)?(?:قتلي|جرحي|اسري|مصابين|ضحايا)(?!\w)"
    r"|(?<!\w)(?:ال)?خساير(?:\s+(?:ال)?بشريه)?\s+(?:تقدر|قدرت|بلغت|تبلغ|وصلت)(?!\w)"
)
_OPENER_RE = re.compile(r"^[^،:]{0,25}،\s*")  # "في المقابل، " / "وفي سول، "
_CLAUSE_PUNCT = ("،", "؛", ":", ".", ",")
_PARENTHETICAL_RE = re.compile(r"[،,]\s*(?:من\s+)?(?:بينهم|منهم|بينها)(?!\w)")
_HEADLINE_CLAIM = re.compile(r"^\s*(?P<who>[^:،]{2,40}):")


def _integral(value: float | int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value)


def _is_troop_noun(word: str, nouns: frozenset[str]) -> bool:
    if word in nouns or (word[:1] in "وبل" and word[1:] in nouns):
        return True
    return word.startswith(_noun_stems(nouns))  # "قواتها", "جنودها"


@functools.lru_cache(maxsize=4)
def _noun_stems(nouns: frozenset[str]) -> tuple[str, ...]:
    """The nouns a longer word may start with (a str.startswith test, not a regex per word)."""
    return tuple(sorted((n for n in nouns if len(n) >= 4), key=lambda n: (-len(n), n)))


def _has_troop_noun(folded: str, end: int, *, implied: bool) -> bool:
    """A troop noun among the next few words, before any other unit noun; with ``implied``
    (the previous sentence gave a troop figure) "نحو ألف آخرين" counts too."""
    lex = troop_lexicon()
    words = [w.strip(_PUNCT) for w in folded[end:].split()[:NOUN_WINDOW_WORDS]]
    for index, word in enumerate(words):
        if word in lex.unit_nouns:
            return False
        if (
            index == 0
            and word in lex.part_noun_heads
            and any(" ".join(words[:n]) in lex.part_nouns for n in (2, 3))
        ):
            return True  # a noun of two or three words ("1000 خبير متفجرات", "5000 عامل بناء عسكري")
        if _is_troop_noun(word, lex.troop_nouns):
            # "4700 جندي سوفيتي", "جندي كوري جنوبي": another army's soldiers
            following = words[index + 1 : index + 3]
            return not (
                following
                and (following[0] in lex.foreign_troop_adjectives or following[-1] in ("جنوبي", "جنوبيا"))
            )
        if implied and index == 0 and word in lex.implied_nouns:
            return True
        if index == 0 and not _may_precede_troop_noun(word):
            return False  # "أكثر من 100 مصطلح عسكري": the number counts terms, not soldiers
    return False


def _may_precede_troop_noun(word: str) -> bool:
    """Words that may stand between a number and its troop noun ("من الجنود", "كوري شمالي")."""
    lex = troop_lexicon()
    return (
        not word.isalpha()
        or word in ("من", "الف", "الاف")
        or word.startswith(("كوري", "الكوري"))
        or word in lex.casualty_nouns
        or word in lex.part_nouns
        or word in lex.implied_nouns
        or word in lex.count_fillers
    )


def _excluded(folded: str, start: int) -> bool:
    before = " ".join(folded[max(0, start - 40) : start].split())
    return any(phrase in before for phrase in troop_lexicon().exclude_before)


_QUOTE_MARKS = "\"“”«»'‘’"
_QUOTE_MARK = f"[{_QUOTE_MARKS}]"
_QUOTED_NAME_END = re.compile('\\s*["”»″]')  # the number closes a quotation at once
_QUOTED_NAME_START = re.compile('["“«](?:[^\\s"“”«»]+\\s+){1,2}$')  # a name of one or two words before it


@functools.lru_cache(maxsize=64)
def _ending_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``phrases`` as the last word(s) of a text, glued و/ب allowed."""
    alternatives = "|".join(re.escape(phrase) for phrase in phrases)
    return re.compile(rf"(?:^|[\s،,]|[وب]|{_QUOTE_MARK})(?:{alternatives})$")


# a qualifier verb, then "العدد …" as its subject (no comma), right before the number
_COUNT_SUBJECT_BEFORE = re.compile(
    r"(?<!\w)(?:قد\s+)?(?P<verb>يتجاوز|تجاوز|يفوق|يتخطي)\s+(?:ال)?(?:عدد|اجمالي)\S*(?:\s+[^\s،,.:؛]+){0,7}\s+$"
)
COUNT_SUBJECT_CHARS = 90


def _qualifier(folded: str, start: int, end: int, is_range: bool) -> str:
    if is_range:
        return "range"
    # 'نحو "5000"', '“حوالي 11 ألف': quotation marks around the number or the phrase
    before = " ".join(folded[max(0, start - QUALIFIER_WINDOW) : start].split()).rstrip(_QUOTE_MARKS + " ")
    for qualifier, phrases in troop_lexicon().qualifiers:
        if _ending_re(phrases).search(before):  # one search for all of a qualifier's phrases
            return qualifier
    counted = _COUNT_SUBJECT_BEFORE.search(folded, max(0, start - COUNT_SUBJECT_CHARS), start)
    if counted is not None:
        # "قد يتجاوز العدد الإجمالي للجنود الكوريين الشماليين في روسيا 40 ألف جندي": the verb, then
        # the count it qualifies as its subject, then the number
        for qualifier, phrases in troop_lexicon().qualifiers:
            if counted.group("verb") in phrases:
                return qualifier
    after = " " + " ".join(w.strip(_PUNCT) for w in folded[end:].split()[:AFTER_WORDS]) + " "
    for qualifier, phrases in troop_lexicon().qualifiers_after:
        if any(f" {phrase} " in after for phrase in phrases):
            return qualifier
    return "exact"


def _status(window: str) -> str:
    window = _replaced_losses().sub(" ", window)  # "لتعويض خسائرها": not the figure's own status
    for status, pattern in troop_lexicon().statuses:
        if pattern.search(window):
            return status
    return "other"


def _clause_bounds(folded: str, start: int, end: int, window_start: int, window_end: int) -> tuple[int, int]:
    """The number's own clause: from the punctuation before it to the punctuation after it,
    past a parenthetical "، بينهم 500 ضابط،" ("...، أن نحو 12 ألف جندي، بينهم ...، يتدربون")."""
    before = max(window_start, start - STATUS_BEFORE, *(folded.rfind(p, 0, start) for p in _CLAUSE_PUNCT))
    after = _next_punct(folded, end)
    if _PARENTHETICAL_RE.match(folded, after):
        after = _next_punct(folded, _next_punct(folded, after + 1) + 1)
    return before, min(window_end, end + STATUS_AFTER, after)


def _clause_window(folded: str, start: int, end: int, window_start: int, window_end: int) -> str:
    before, after = _clause_bounds(folded, start, end, window_start, window_end)
    return folded[before:after]


_PART_MEASURES = ("officers", "engineers")
SMALL_COUNT_MEASURES = ("captured", "killed")
SMALL_FIGURE_MEASURES = ("captured", "killed", "wounded", "officers")  # "تسعة جنود قتلوا", "3 جنرالات"
# "200 كوري شمالي مصاب": people counted by their nationality are soldiers only as casualties or captives
NATIONALS_MEASURES = ("captured", "killed", "wounded", "casualties")
MEASURE_DISTANCE = 60  # a cue farther than this from the number says nothing about it
# "حوالي 1100 جندي ممن شاركوا مؤخراً في القتال ضد القوات الأوكرانية قد سقطوا بين قتيل وجريح": past a
# relative clause on the soldiers, the sentence's predicate still says what the figure counts
MEASURE_DISTANCE_PAST_RELATIVE = 110
_RELATIVE_AFTER_NOUN = re.compile(rf"(?<!\w)(?:ممن|{RELATIVE_PRONOUNS})(?!\w)")
PART_NOUN_CHARS = 70  # officers/engineers only inside the number's own noun phrase


@functools.lru_cache(maxsize=1)
def _qualifier_only() -> re.Pattern[str]:
    """Nothing, or only a qualifier of the lexicon ("ما يقارب", "نحو"), between two points."""
    return re.compile(rf"\s*(?:(?:{_qualifier_alternation()})\s*)?")


def _qualifier_alternation() -> str:
    """Every qualifier phrase of the lexicon, longest first, as a regex alternation."""
    phrases = sorted({p for _q, ps in troop_lexicon().qualifiers for p in ps}, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


# a number written in digits or opening with a thousands word ("ما يقارب الألف")
_NUMBER_START = re.compile(r"\d|(?:ال)?(?:الف|الاف)(?!\w)")


def _number_next(folded: str, pos: int) -> bool:
    qualifier = _qualifier_only().match(folded, pos)
    return qualifier is not None and _NUMBER_START.match(folded, qualifier.end()) is not None


KILLED_BEFORE_INJURY = 60  # "مقتل 300 جندي كوري شمالي وإصابة 2700": the killed figure's reach


@functools.cache
def _killed_cue() -> PrefilteredPattern:
    return next(pattern for measure, pattern in troop_lexicon().measures if measure == "killed")


PAIR_GAP = 14  # "قتلوا أو أصيبوا": a killed and a wounded cue this close make casualties
_VAGUE_COUNT = re.compile(r"[\s\"“«]*(?:ال)?(?:الاف|مئات|عشرات)(?!\w)")


def _counted_after(folded: str, cue_end: int) -> bool:
    """A number or a vague count ("آلاف", "مئات") right after a cue: the cue counts those."""
    return _number_next(folded, cue_end) or _VAGUE_COUNT.match(folded, cue_end) is not None


# "جنديين مصابين", "جنود كوريين شماليين جرحى": the troop noun (and its nationality) then a wounded
# participle describing them
_WOUNDED_ADJECTIVE = re.compile(r"\s*(?:\S+\s+){0,3}?(?:ال)?(?:مصاب|مصابا|مصابين|مصابان|جريح|جريحا|جرحي)")


_COUNT_BEFORE_CUE = re.compile(r"(?<!\w)[وب]?(?:\d[\d.,]*|(?:ال)?(?:الاف|مئات|عشرات))\s+$")
_BOTH_KINDS = re.compile(r"\s(?:و|او)\S")  # a casualty cue naming both the dead and the wounded


def _replaces(folded: str, cue_start: int) -> bool:
    """Whether a ``replacing_words`` phrase stands right before a cue ("لتعويض خسائرها")."""
    before = folded[max(0, cue_start - REPLACING_CHARS) : cue_start]
    return _replacing_patterns()[0].search(before) is not None


REPLACING_CHARS = 20  # the longest replacing phrase and its spaces


def _replaced_losses() -> re.Pattern[str]:
    """A ``replacing_words`` phrase and the word after it ("لتعويض خسائرها")."""
    return _replacing_patterns()[1]


@functools.lru_cache(maxsize=1)
def _replacing_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ``replacing_words`` phrases right before a cue, and each with the word after it."""
    words = "|".join(map(re.escape, sorted(troop_lexicon().replacing_words, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{words})\s*$"), re.compile(rf"(?<!\w)(?:{words})\s+\S+")


def _measure(folded: str, start: int, end: int, window_start: int, window_end: int) -> str:
    """What the figure counts: the casualty/capture cue nearest to the number inside its clause,
    or officers/engineers named in its own noun phrase; else "deployed"."""
    before, after = _clause_bounds(folded, start, end, window_start, window_end)
    cues: list[tuple[int, int, int, str]] = []  # (distance, cue start, cue end, measure)
    for measure, pattern in troop_lexicon().measures:
        for match in pattern.finditer(folded, before, after):
            if start <= match.start() < end:
                continue
            if _replaces(folded, match.start()):
                continue  # "أرسلت 3 آلاف جندي لتعويض خسائرها": reinforcements, not losses
            if measure in _PART_MEASURES and (
                match.start() < end or match.start() - end > PART_NOUN_CHARS or match.group().startswith("و")
            ):
                continue  # "ستة آلاف جندي ومهندس": a mixed force stays "deployed"
            distance = start - match.end() if match.end() <= start else match.start() - end
            if distance <= MEASURE_DISTANCE or (
                match.start() >= end
                and distance <= MEASURE_DISTANCE_PAST_RELATIVE
                and _RELATIVE_AFTER_NOUN.search(folded, end, min(end + 40, match.start())) is not None
            ):
                cues.append((distance, match.start(), match.end(), measure))
    # "عدد القتلى … بـ"نحو 600" مع إصابة "آلاف" آخرين": a cue after the figure that has a count of its
    # own (a number or "آلاف"/"مئات") is that count's, not this figure's
    cues = [cue for cue in cues if cue[1] < end or not _counted_after(folded, cue[2])] or cues
    if not cues:
        return "deployed"
    cues.sort(key=lambda cue: (cue[0], cue[1]))
    nearest = cues[0]
    if (
        nearest[3] in ("killed", "wounded")
        and nearest[2] <= start
        and any(c[3] == "casualties" and c[1] >= end and _BOTH_KINDS.search(folded, c[1], c[2]) for c in cues)
    ):
        return "casualties"  # "فقدت نحو 4 آلاف جندي بين قتيل وجريح": the breakdown after it says what
    if (
        nearest[3] == "wounded"
        and nearest[1] >= end
        and _WOUNDED_ADJECTIVE.fullmatch(folded, end, nearest[2])
        and any(cue[3] == "captured" for cue in cues)
    ):
        return "captured"  # "تستجوب جنديين مصابين … تم أسرهما": wounded captives are counted as captives
    if (
        nearest[3] == "casualties"
        and nearest[2] <= start
        and folded[nearest[1] : nearest[2]].lstrip("وبلف") in troop_lexicon().injury_nouns
        and any(
            _NUMBER_START.search(folded, killed.end(), nearest[1])
            for killed in _killed_cue().finditer(
                folded, max(0, nearest[1] - KILLED_BEFORE_INJURY), nearest[1]
            )
        )
    ):
        return "wounded"  # "مقتل 300 جندي وإصابة 2700 آخرين": the killed are the figure before
    pair = {"killed": "wounded", "wounded": "killed"}.get(nearest[3])
    # "وأصيب 2700", "وأصيب ما يقرب من 1000": the verb right before the number, or before its qualifier
    # (a cue after the number is its own: "300 قتيل و2700 جريح")
    own_verb = (
        nearest[2] >= start or _qualifier_only().fullmatch(folded, nearest[2], start) is not None
    ) and window_start > 0
    for _distance, cue_start, cue_end, measure in cues[1:]:
        if measure == pair and not folded[cue_end:window_end].strip() and window_end < len(folded):
            continue  # "قُتلوا وأصيب 2700 آخرون": that cue is the next figure's own
        if measure == pair and own_verb and cue_end <= nearest[1]:
            continue  # ... and for 2700, "قُتلوا" was the figure before it
        if measure == pair and cue_start > end and _number_next(folded, cue_end):
            continue  # "قُتلوا وأصيب ما يقرب من 1000": that cue has its own number
        if measure == pair and cue_start > end and _COUNT_BEFORE_CUE.search(folded, end, cue_start):
            continue  # "بنحو 600 قتيلاً وآلاف الجرحى": the wounded have a count of their own
        if measure == pair and (
            abs(cue_start - nearest[2]) <= PAIR_GAP or abs(nearest[1] - cue_end) <= PAIR_GAP
        ):
            return "casualties"
    return nearest[3]


def _next_punct(folded: str, pos: int) -> int:
    return min([p for p in (folded.find(c, pos) for c in _CLAUSE_PUNCT) if p >= 0], default=len(folded))


def _location(window: str) -> str | None:
    for phrase, location in troop_lexicon().locations:
        if phrase in window:
            return location
    return None


UNATTRIBUTED = EntityRef(
    id=UNATTRIBUTED_ID, name_ar="غير منسوب", name_en="unattributed", linked=False, kind="unknown"
)


def _claimant(
    doc: Document, sentence: Sentence, position: int, attributions: list[Attribution]
) -> tuple[EntityRef, EntityRef | None]:
    """(claimant, relay) of the figure at ``position``: the innermost attribution around it, a
    verb-less "وفقا لـ X", the clause subject, else a claim made in the sentence just before, in
    the same paragraph (scraped pages often run a whole article as one paragraph: a source named
    further back is not this figure's); :data:`UNATTRIBUTED` otherwise."""
    own = [a for a in attributions if a.sentence is sentence]
    around = [a for a in own if a.content_start <= position < a.content_end]
    named = [a for a in around if not bare_vague(a.speaker)]
    if named and len(named) < len(around):  # "وفقا للتقييمات الأوكرانية، تشير التقديرات إلى أن ...":
        around = named  # the assessments named, not the bare "التقديرات"
    if around:
        inner = max(around, key=lambda a: a.content_start)
        estimator = _estimator(doc, sentence, inner.content_start, position)
        return (estimator, None) if estimator is not None else (inner.speaker, inner.via)
    found = _claimant_in_sentence(doc, sentence, position, own)
    if found is not None:
        return found, None
    if troop_lexicon().impersonal_estimates.match(sentence.folded.lstrip(_PUNCT)):
        return UNATTRIBUTED, None  # "ويُقدّر أن كوريا الشمالية نشرت ...": no one named
    following = _source_in_next_sentence(doc, sentence)
    if following is not None:
        return following, None
    closing = _closing_source_ahead(sentence, attributions)
    if closing is not None:
        return closing.speaker, closing.via
    earlier = [
        a for a in attributions
        if a.sentence.paragraph == sentence.paragraph and 0 < sentence.index - a.sentence.index <= 1
    ]  # fmt: skip
    if earlier:
        return earlier[-1].speaker, earlier[-1].via
    owner = _owner_of_claim_pronoun(doc, sentence, position)
    return (owner, None) if owner is not None else (UNATTRIBUTED, None)


OWNER_REACH = 2  # sentences back (same paragraph) where the owner of "إعلانه" may be named


@functools.cache
def _claim_pronoun() -> re.Pattern[str]:
    """ "بعد أيام من إعلانه عن أسر أول جنديين": a claim noun of ``according_to`` with a pronoun."""
    nouns = sorted({p for p in troop_lexicon().according_to if " " not in p}, key=lambda p: (-len(p), p))
    body = "|".join(re.escape(noun) for noun in nouns)
    return re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{body})(?P<pronoun>ه|ها)(?!\w)")


def _owner_of_claim_pronoun(doc: Document, sentence: Sentence, position: int) -> EntityRef | None:
    """The owner of a claim noun with a pronoun before the figure ("إعلانه"، "تقديراتها"): the
    last person named before it ("ها" also a state or body), in this sentence or one of the two
    before it in the paragraph."""
    found = list(_claim_pronoun().finditer(sentence.folded, 0, position))
    if not found:
        return None
    match = found[-1]
    kinds = ("person",) if match.group("pronoun") == "ه" else ("person", "country", "institution")
    named = [e for _s, _e, e in entities_in(sentence, 0, match.start()) if e.kind in kinds]
    for back in range(1, OWNER_REACH + 1):
        if named or sentence.index - back < 0:
            break
        before = doc.sentences[sentence.index - back]
        if before.paragraph != sentence.paragraph:
            break
        named = [m.entity for m in before.entities if m.entity.kind in kinds]
    return named[-1].to_ref() if named else None


_THIS_ACCORDING_TO = re.compile(r"^[\s،,\-•]*[وف]?(?:هذا|ذلك|وهذا|وذلك)\s+(?:بحسب|حسب|وفق|وفقا\s+ل|حسبما)\s*")


CLOSING_SOURCE_REACH = 2  # sentences ahead (same paragraph) whose closing source may tell this one


def _closing_source_ahead(sentence: Sentence, attributions: list[Attribution]) -> Attribution | None:
    """ "قامت القوات الخاصة بتفتيش جثث أكثر من اثني عشر جنديًا. وقد عثروا على …، وفقًا لما نشرته
    القوات": a source that closes a later sentence of the paragraph (its words open that sentence)
    tells the account that leads to it, when no other source comes between."""
    for attribution in attributions:
        ahead = attribution.sentence.index - sentence.index
        if attribution.sentence.paragraph != sentence.paragraph or not 0 < ahead <= CLOSING_SOURCE_REACH:
            continue
        folded = attribution.sentence.folded
        closes = attribution.content_start < attribution.verb_start and not folded[
            : attribution.content_start
        ].strip(_PUNCT)
        return attribution if closes else None
    return None


def _source_in_next_sentence(doc: Document, sentence: Sentence) -> EntityRef | None:
    """ "يتثبت حوالي 11 ألف جندي ... وهذا بحسب رئيس الاستخبارات الأوكرانية، كيريلو بودانوف": the
    next sentence names the source of this one."""
    if sentence.index + 1 >= len(doc.sentences):
        return None
    following = doc.sentences[sentence.index + 1]
    match = _THIS_ACCORDING_TO.match(following.folded)
    if match is None:
        return None
    end = min(len(following.folded), match.end() + 120)
    source = first_speaker(following, doc.gazetteer, match.end(), end)
    return source if source is not None and source.name_ar else None


# "التقرير المعنون شراكة غير متكافئة،": a report or study named where a source's name would stand
_REPORT_NAMED = re.compile(r"\s*(?P<noun>ال\w+)(?:\s+[^\s،,.:]+){0,5}?(?=\s*[،,])")
_STUDY_NOUNS = frozenset({"الدراسه"})  # folded "الدراسة"


def _claimant_in_sentence(
    doc: Document, sentence: Sentence, position: int, own: list[Attribution]
) -> EntityRef | None:
    folded = sentence.folded
    for phrase in troop_lexicon().according_to:
        for match in re.finditer(rf"(?<!\w)[وف]?{re.escape(phrase)}", folded[:position]):
            found = entities_in(sentence, match.end(), match.end() + 40)
            if found and found[0][0] - match.end() <= 2:
                return found[0][2].to_ref()
            titled = titles_in(sentence, doc.gazetteer, match.end(), match.end() + 3)
            if titled and bare_vague(unlinked(CLAUSE_BREAK.split(folded[match.end() : position], 1)[0])):
                return UNATTRIBUTED  # "ووفقًا لتقديرات مختلفة، تكبد …": no one named
            if titled:  # "اتهام المندوب الأوكراني لبيونغ يانغ بالتخطيط لإرسال 11 ألف جندي"
                source = first_speaker(sentence, doc.gazetteer, titled[0][0], titled[0][1])
                if source is not None and source.name_ar:
                    return source
            report = _REPORT_NAMED.match(folded, match.end(), position)
            if report is not None and report.group("noun") in speech_lexicon().report_nouns | _STUDY_NOUNS:
                # "بحسب التقرير المعنون شراكة غير متكافئة، زودت …": the report (or study) itself
                return unlinked(sentence.span_text(report.start(), report.end()).strip())
    headline = _HEADLINE_CLAIM.match(folded)
    if headline and headline.end() <= position:
        found = entities_in(sentence, 0, headline.end())
        if found:
            return found[0][2].to_ref()
    # a figure inside a speaker's own name ("كشفت مذكرات جنديين أُسرا أن …") is not that speaker's claim
    before = [a for a in own if a.verb_start < position and not a.verb_start < position < a.content_start]
    estimator = _estimator(doc, sentence, before[-1].verb_start if before else 0, position)
    if estimator is not None:  # "… من كوريا الشمالية التي يقدر مسؤولون غربيون أنها أرسلت 10 آلاف"
        return estimator
    if before:
        return before[-1].speaker
    trailing = TRAILING_SOURCE.search(folded, position) or _SOURCE_THEN_THAT.search(folded, position)
    if trailing is not None:  # "...، وقُتل أكثر من 6 آلاف جندي، وفقا لمصادر كورية جنوبية."
        source = first_speaker(sentence, doc.gazetteer, trailing.start("who"), trailing.end("who"))
        if source is not None and source.name_ar:
            return source
    publisher = _publisher(doc, sentence, position)
    if publisher is not None:
        return publisher
    # never the outlet or byline ("RT + وكالات"): they report the figure, they do not claim it
    return _clause_subject(doc, sentence, position)


# "نشرت وحدة أوكرانية … يوم الأحد مقطع فيديو يظهر جثث أكثر من 20 جنديا"، "وأظهرت الصور التي
# نشرتها وسائل الإعلام الحكومية … صور 101 جندي"، "مقطع فيديو نشره الرئيس": who published the
# pictures claims what they show
_MEDIA = r"(?:مقطع|مقطعا|مقاطع|فيديو|صور|صورا|صوره|لقطات|تسجيل|تسجيلا)"
_PUBLISHED_MEDIA = re.compile(
    rf"(?<!\w)[وف]?(?:نشرت|نشر|بثت|بث)\s+(?P<who>[^،,.:]{{2,90}}?)\s+{_MEDIA}(?!\w)"
)
_MEDIA_PUBLISHED_BY = re.compile(
    rf"(?<!\w)(?:ال)?{_MEDIA}(?:\s+(?:ال)?فيديو)?\s+(?:(?:التي|الذي)\s+)?(?:نشرتها|نشرها|نشره|نشرته|بثتها|بثها|بثه|بثته)\s+"
    rf"(?P<who>[^،,.:]{{2,60}})"
)  # "مقطع فيديو نشره الرئيس الأوكراني": an indefinite picture takes no relative pronoun


def _publisher(doc: Document, sentence: Sentence, position: int) -> EntityRef | None:
    """The publisher of the video or pictures a figure is seen in, named before the figure."""
    folded = sentence.folded
    for pattern in (_PUBLISHED_MEDIA, _MEDIA_PUBLISHED_BY):
        match = None
        for found in pattern.finditer(folded, 0, position):
            match = found
        if match is None:
            continue
        start, end = match.start("who"), min(match.end("who"), position)
        later = [e_start for e_start, _e, _entity in entities_in(sentence, start + 3, end)]
        end = later[0] if later else end  # "نشرتها وسائل الإعلام الحكومية كيم وهو …": not Kim
        source = first_speaker(sentence, doc.gazetteer, start, end)
        if source is not None and source.name_ar and not not_a_name(source):
            return source
        name = phrase_speaker(sentence, start, end)
        if name:
            return named_unlinked(doc.gazetteer, name, None)
    return None


# "...، وفقًا لما أعلنته وكالة يونهاب أن القوات غادرت البلاد": the source named after the figure,
# followed by more of what it said
_SOURCE_THEN_THAT = re.compile(
    r"[،,]\s*[وف]?(?:وفقا\s*ل|بحسب|حسب)(?:ما\s+\S+\s+)?\s*(?P<who>[^،,.:\"«»“”]{2,70}?)\s+[بل]?(?:ان|انه|انها)(?!\w)"
)
_ESTIMATE_CLAUSE = re.compile(
    r"(?<!\w)[وف]?(?:يقدر|تقدر|قدر|قدرت|يعتقد|تعتقد|يرجح|ترجح)\s+(?P<who>[^،,.:]{2,60}?)\s+"
    r"[بل]?(?:ان|انه|انها|انهم)(?!\w)"
)


def _estimator(doc: Document, sentence: Sentence, start: int, position: int) -> EntityRef | None:
    """The subject of an estimate verb between ``start`` and the figure, inside another speaker's
    statement ("وأضاف أن … كوريا الشمالية التي يقدر مسؤولون غربيون أنها أرسلت …")."""
    found = None
    for match in _ESTIMATE_CLAUSE.finditer(sentence.folded, start, position):
        found = match
    if found is None:
        return None
    source = first_speaker(sentence, doc.gazetteer, found.start("who"), found.end("who"))
    if source is None or not source.name_ar or not_a_name(source):
        return None  # "تُقدّر حالياً بأن الحصيلة نحو 2000": an adverb, not who estimates
    return source


def _clause_subject(doc: Document, sentence: Sentence, position: int) -> EntityRef | None:
    """The subject right after the verb opening the sentence ("تروج الولايات المتحدة لمزاعم عن ...",
    "ورفع الجهاز تقديره ..." with الجهاز resolved to the last institution named before)."""
    opener = _OPENER_RE.match(sentence.folded)
    for start in (0, opener.end()) if opener else (0,):
        subject = _subject_after_verb(doc, sentence, start, position)
        if subject is not None:
            return subject
    return None


def _subject_after_verb(doc: Document, sentence: Sentence, start: int, position: int) -> EntityRef | None:
    folded = sentence.folded
    words = folded[start:position].split()
    if len(words) < 2 or not _claim_verb(words[0].strip(_PUNCT)):
        return None  # "أرسلت كوريا الشمالية 11 ألف جندي": who acted is not who claims the number
    subject_start = folded.index(words[1], start + len(words[0]))
    found = entities_in(sentence, subject_start, subject_start + 2)
    if found:
        return found[0][2].to_ref()
    anaphor = words[1].strip(_PUNCT)
    if anaphor not in speech_lexicon().institution_anaphors:
        return None
    mentioned = [m.entity for other in doc.sentences[: sentence.index] for m in other.entities]
    return resolve_anaphor(anaphor, SpeakerState(mentioned=mentioned))


def _claim_verb(word: str) -> bool:
    """A verb whose subject owns the figure after it: a speech verb or an estimate verb
    ("رفع الجهاز تقديره", "تروج الولايات المتحدة لمزاعم")."""
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return bool(speech_lexicon().verb_re.fullmatch(word)) or bare in troop_lexicon().claim_verbs


def _as_of(sentence: Sentence, start: int, end: int, fallback: str | None) -> str | None:
    for date in sentence.dates:
        d_start = sentence.to_norm(date.start)
        if (
            start <= d_start < end
            and date.iso
            and date.resolved
            and not _SINCE_BEFORE.search(sentence.folded, max(0, d_start - SINCE_REACH), d_start)
        ):
            return str(date.iso)
    return fallback


# "منذ اندلاع الصراع في أوكرانيا في عام 2022": when something began, not when the figure holds
_SINCE_BEFORE = re.compile(r"(?<!\w)منذ(?!\w)[^،,.:؛]*$")
# (a "منذ" up to SINCE_REACH characters before the date, as for events: generator/extract/events.py)


def _words_after(folded: str, end: int, count: int) -> list[str]:
    return [w.strip(_PUNCT) for w in folded[end:].split()[:count]]


def _troop_nouns_in(folded: str) -> list[tuple[str, str]]:
    """(noun, the word after it) for every troop noun of the sentence."""
    nouns = troop_lexicon().troop_nouns
    if not nouns or lexicon_alternation(nouns).search(folded) is None:
        return []  # a troop noun word holds one of the nouns: none is in the sentence (about half)
    words = [w.strip(_PUNCT) for w in folded.split()]
    return [
        (w, words[i + 1] if i + 1 < len(words) else "")
        for i, w in enumerate(words)
        if _is_troop_noun(w, nouns)
    ]


def _foreign(next_word: str) -> bool:
    return next_word in troop_lexicon().foreign_troops


def _ends_phrase(folded: str, end: int) -> bool:
    """The number ends its phrase: punctuation, the end of the sentence or a function word follows."""
    rest = folded[end:].lstrip(" ")
    if not rest or rest[0] in '،,.؛:)("»”':
        return True
    following = _words_after(folded, end, 1)
    return bool(following) and following[0] in troop_lexicon().phrase_enders


def _is_year(number: NumberMatch, sentence: Sentence) -> bool:
    raw = sentence.text[number.start : number.end].strip()
    return raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100


def _foreign_noun_after(after: list[str]) -> bool:
    """The first troop noun after the number belongs to another army ("3000 جندي روسي"); a later
    one does not count ("10 آلاف جندي لدعم القوات الروسية")."""
    nouns = troop_lexicon().troop_nouns
    first = next((i for i, word in enumerate(after[:-1]) if _is_troop_noun(word, nouns)), None)
    return first is not None and _foreign(after[first + 1])


def _casualty_noun_after(folded: str, end: int) -> bool:
    """ "نحو 1100 إصابة": a casualty noun right after the number, in a sentence about troops."""
    lex = troop_lexicon()
    words = _words_after(folded, end, 3)
    if words and words[0] in lex.case_nouns:
        words = words[1:]  # "600 حالة وفاة على الأقل"
    if words and words[0] == "بين":
        words = words[1:]  # "2000 شخص بين قتيل وجريح"
    return bool(words) and (
        words[0] in lex.casualty_nouns or words[0] in lex.part_nouns or words[0] in lex.casualty_verbs
    )


_NATIONALS = re.compile(r"\s*(?:من\s+)?(?:ال)?(?:كوري|كوريا|كوريين)\s+(?:ال)?(?:شمالي|شماليا|شماليين)(?!\w)")


def _nationals_after(folded: str, end: int) -> bool:
    """ "أكثر من 200 كوري شمالي مصاب": the nationality as a noun counts people, who are soldiers
    only when they died, were wounded or captured (NATIONALS_MEASURES)."""
    return _NATIONALS.match(folded, end) is not None


def _not_troops(folded: str, end: int) -> bool:
    """ "5000 عامل": workers are not troops ("5000 عامل بناء عسكري", military builders, are)."""
    words = _words_after(folded, end, 3)
    if not words or words[0] not in troop_lexicon().not_troops:
        return False
    return not any(word.startswith(_MILITARY_ADJECTIVES) for word in words[1:])


_MILITARY_ADJECTIVES = ("عسكري", "العسكري")


_DUAL_TROOPS = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?P<noun>جنديين|جنديان|اسيرين|اسيران|عسكريين اثنين)(?!\w)")


def _duals(sentence: Sentence) -> list[NumberMatch]:
    """ "أسر جنديين كوريين شماليين": a dual noun counts two (kept only for captives and the dead)."""
    found: list[NumberMatch] = []
    if "جندي" not in sentence.folded and "اسير" not in sentence.folded and "عسكري" not in sentence.folded:
        return found
    for match in _DUAL_TROOPS.finditer(sentence.folded):
        start = sentence.to_text(match.start("noun"))  # "لجنديين"، "الجنديين": the noun after its prefix
        found.append(NumberMatch(start, start, 2, 2, 2))
    return found


def _candidates(
    sentence: Sentence, *, implied: bool = False, before: Sentence | None = None
) -> list[tuple[NumberMatch, int, int]]:
    """Numbers that count troops: a troop noun follows, or (in a sentence about troop numbers)
    the number ends its phrase, or "آخرين" follows a troop figure. ``before``: the sentence
    before (it may name North Korea)."""
    numbers = sorted(sentence_numbers(sentence) + _duals(sentence), key=lambda n: n.start)
    if not numbers:
        return []
    folded = sentence.folded
    date_spans = [(sentence.to_norm(d.start), sentence.to_norm(d.end)) for d in sentence.dates]
    domestic = [noun for noun, after in _troop_nouns_in(folded) if not _foreign(after)]
    if implied and _COUNT_RE.search(folded):
        domestic.append("العدد")  # "أكد أن العدد لا يتجاوز أحد عشر ألفا" after a troop figure
    # "تكبدت كوريا الشمالية خسائر ... من بينها 600 قتيل": a casualty noun in a sentence naming
    # North Korea counts its soldiers even with no troop noun
    lex = troop_lexicon()
    nk_mentioned = bool(lex.nk_context.search(folded))
    # "وأشار الجهاز إلى أن الخسائر البشرية تشمل 600 قتيل" right after a sentence on North Korea's
    # troops, with no other army's country named: its dead
    named: list[bool] = []  # worked out once, on the first number with a casualty noun after it

    def nk_named() -> bool:
        if not named:
            nk_before = before is not None and bool(lex.nk_context.search(before.folded))
            named.append(
                bool(lex.war_context.search(folded))
                and (nk_mentioned or (nk_before and not _names_other_belligerent(sentence)))
            )
        return named[0]

    if nk_mentioned and ("عدد" in folded or "خساير" in folded) and _COUNT_OF_CASUALTIES_RE.search(folded):
        domestic.append("عدد")
    found: list[tuple[NumberMatch, int, int]] = []
    for number in numbers:
        start, end = sentence.to_norm(number.start), sentence.to_norm(number.end)
        if any(s < end and start < e for s, e in date_spans) or _excluded(folded, start):
            continue
        if (
            _QUOTED_NAME_END.match(folded, end)
            and _QUOTED_NAME_START.search(folded, max(0, start - 30), start)
            and _qualifier(folded, start, end, False) == "exact"  # not 'بـ"نحو 600"'
        ):
            continue  # '"الخليج 365" من بيروت': a number that ends a quoted name counts no one
        if _is_year(number, sentence) and folded[end:].lstrip()[:1] in ("،", ",", ".", "؛", ":", ")"):
            continue  # "وفي خريف 2024، أرسلت أفرادا عسكريين": a year the date reader missed, not a count
        if _foreign_noun_after(_words_after(folded, end, NOUN_WINDOW_WORDS + 1)) or _not_troops(folded, end):
            continue
        if (
            _has_troop_noun(folded, end, implied=implied or bool(found))
            or ((found or implied) and _SUBSET_BEFORE.search(folded, max(0, start - 30), start))
            or (_casualty_noun_after(folded, end) and (bool(domestic) or nk_named()))
            or _nationals_after(folded, end)  # they name North Korea themselves
        ) or (
            domestic
            and not _is_year(number, sentence)
            and (number.high or 0) >= PHRASE_MIN
            and _ends_phrase(folded, end)
        ):
            found.append((number, start, end))
    return found


# "نحو 10 آلاف جندي …، منهم نحو 8 آلاف منتشرين في كورسك": a part of the force just counted
_SUBSET_BEFORE = re.compile(
    r"(?<!\w)(?:من\s+)?(?:منهم|بينهم)\s+(?:(?:ما\s+يقرب\s+من|ما\s+يزيد\s+عن|نحو|حوالي|قرابه|اكثر\s+من)\s+)?$"
)


@functools.cache
def _trailing_qualifier() -> re.Pattern[str]:
    """A qualifier of the lexicon ending the text ("… عددها نحو")."""
    return re.compile(rf"(?<!\w)(?:{_qualifier_alternation()})\s*$")


_THAT_IT = frozenset({"انها", "انه", "انهم", "بانها", "بانه", "بانهم"})


def _another_country(named: Entity | EntityRef) -> bool:
    """A country other than North Korea (a gazetteer entity or a speaker)."""
    return named.kind == "country" and named.country not in (None, "kp")


def _another_armys(sentence: Sentence, start: int, end: int, attributions: list[Attribution]) -> bool:
    """The figure counts another country's troops, named before it: the force whose count it is
    ("القوات الأمريكية … والبالغ عددها 28500 جندي"), or the country that has, sends or withdraws
    them ("لدى الولايات المتحدة 28500 جندي", "الولايات المتحدة سترسل 800 جندي", "قالت الولايات
    المتحدة إنها سترسل 800 جندي"). A figure naming North Korea's troops after it stays."""
    folded = sentence.folded
    lex = troop_lexicon()
    if lex.nk_context.search(" ".join(folded[end:].split()[:4])):
        return False  # "سترسل 800 جندي كوري شمالي"
    window_start = max(0, start - 120)
    before = folded[window_start:start].rstrip(_QUOTE_MARKS + " ")
    qualifier = _trailing_qualifier().search(before)
    if qualifier:
        before = before[: qualifier.start()].rstrip()
    words = before.split()
    if not words:
        return False
    cut = window_start + len(before)  # where the words before the figure (and its qualifier) end
    last = words[-1].strip(_PUNCT)
    last_start = cut - len(words[-1])
    if last in lex.force_counts:
        return _foreign_force_before(sentence, last_start)
    country = _another_country_ending_at(sentence, cut)
    if country is not None:  # "أرسلت الولايات المتحدة 800 جندي"، "لدى الولايات المتحدة 28500 جندي"
        previous = folded[:country].split()
        return bool(previous) and _owner_verb(previous[-1].strip(_PUNCT))
    if not _owner_verb(last):
        return False
    if _another_country_ending_at(sentence, last_start) is not None:  # "الولايات المتحدة سترسل 800 جندي"
        return True
    if len(words) < 2 or words[-2].strip(_PUNCT) not in _THAT_IT:
        return False
    speakers = [a.speaker for a in attributions if a.sentence is sentence and a.verb_start < last_start]
    return bool(speakers) and _another_country(speakers[-1])


def _another_country_ending_at(sentence: Sentence, position: int) -> int | None:
    """Where the last country other than North Korea named right before ``position`` starts."""
    starts = [
        s
        for s, e, entity in entities_in(sentence, max(0, position - 60), position)
        if _another_country(entity) and not sentence.folded[e:position].strip()
    ]
    return starts[-1] if starts else None


def _owner_verb(word: str) -> bool:
    owner_verbs = troop_lexicon().owner_verbs
    return word in owner_verbs or (word.startswith("و") and word[1:] in owner_verbs)  # "ولدى"


def _foreign_force_before(sentence: Sentence, position: int) -> bool:
    """The last troop noun of the clause before ``position`` names another army: a foreign
    adjective or another country follows it ("القوات الأمريكية", "قوات الولايات المتحدة")."""
    folded = sentence.folded
    clause_start = max(folded.rfind(p, 0, position) for p in ("؛", ":", ".", "(")) + 1
    nouns = troop_lexicon().troop_nouns
    words = list(re.finditer(r"\S+", folded[clause_start:position]))
    for index in range(len(words) - 1, -1, -1):
        if not _is_troop_noun(words[index].group().strip(_PUNCT), nouns):
            continue
        if index + 1 < len(words) and _foreign(words[index + 1].group().strip(_PUNCT)):
            return True
        noun_end = clause_start + words[index].end()
        return any(
            _another_country(entity) and not folded[noun_end:s].strip()
            for s, _e, entity in entities_in(sentence, noun_end, noun_end + 3)
        )
    return False


def _small_count(folded: str, end: int, measure: str) -> bool:
    """A figure under ``min_value`` counts the dead, wounded, captives or officers, with its
    noun right after it ("تسعة جنود", "تسعة من الجنود", "اثنين فقط من الجنود", "ثلاثة جنرالات")."""
    if measure not in SMALL_FIGURE_MEASURES:
        return False
    lex = troop_lexicon()
    words = _words_after(folded, end, 3)
    if words and words[0] == "فقط":  # "أسر اثنين فقط من جنود …"
        words = words[1:]
    if words and words[0] == "من":
        words = words[1:]
    return bool(words) and (
        _is_troop_noun(words[0], lex.troop_nouns)
        or words[0] in lex.part_nouns
        or words[0] in lex.casualty_nouns
        or words[0] in lex.casualty_verbs  # "وكرّم تسعة قتلوا أثناء القتال"
        or _nationals_after(folded, end)  # "مقتل ستة كوريين شماليين"
    )


def _nk_context(doc: Document, sentence: Sentence) -> bool:
    """North Korea named in the sentence, its paragraph, the previous sentence or the title (by the
    lexicon's words; in the sentence, the previous one or the title also by any gazetteer name of
    the country, "جيش جمهورية كوريا الشعبية الديمقراطية")."""
    pattern = troop_lexicon().nk_context
    if pattern.search(sentence.folded) or pattern.search(doc.paragraphs.get(sentence.paragraph, "")):
        return True
    nearby = [doc.sentences[0]] if doc.sentences else []
    if sentence.index > 0:
        nearby.append(doc.sentences[sentence.index - 1])
    if any(pattern.search(other.folded) for other in nearby):
        return True
    return any(_names_north_korea(other) for other in (sentence, *nearby))


def _names_other_belligerent(sentence: Sentence) -> bool:
    """Russia or Ukraine named in the sentence (their losses are not North Korea's)."""
    return any(
        m.entity.kind == "country" and m.entity.country in OTHER_BELLIGERENTS for m in sentence.entities
    ) or bool(_OTHER_ARMY_RE.search(sentence.folded))


def _names_north_korea(sentence: Sentence) -> bool:
    return any(m.entity.kind == "country" and m.entity.country == "kp" for m in sentence.entities)


def _plausible(number: NumberMatch) -> tuple[int | None, int | None, int | None] | None:
    """(value, low, high) when the number can be a troop count, else None."""
    lex = troop_lexicon()
    if number.start == number.end:  # a dual noun ("جنديين"): two, judged by its measure later
        return 2, None, None
    value, low, high = _integral(number.value), _integral(number.low), _integral(number.high)
    if number.is_range:
        if low is None or high is None or low >= high or high > lex.max_value:
            return None
        return None, low, high
    if value is None or not 1 <= value <= lex.max_value:
        return None  # figures under min_value are kept only for SMALL_FIGURE_MEASURES (see below)
    return value, None, None


def _coordinated(folded: str, previous_end: int, start: int) -> bool:
    """A number joined to the one before it by "و" in the same clause ("5 آلاف عامل بناء عسكري
    وألف خبير متفجرات"): both are objects of one verb."""
    between = folded[previous_end:start]
    return not any(mark in between for mark in _CLAUSE_PUNCT) and _AND_BEFORE.search(between) is not None


_AND_BEFORE = re.compile(r"(?:^|\s)و\s*$")  # "… وألف": a glued or a free "و", not a name's last letter


def _windows(folded: str, candidates: list[tuple[NumberMatch, int, int]], index: int) -> tuple[int, int, str]:
    """(start, end) between the neighbouring figures, and the status window inside the clause."""
    _number, start, end = candidates[index]
    window_start = candidates[index - 1][2] if index else 0
    window_end = candidates[index + 1][1] if index + 1 < len(candidates) else len(folded)
    stops = [p for p in (folded.find("،", end), folded.find(".", end)) if p >= 0]
    clause_end = min(stops, default=len(folded))
    status_window = folded[
        max(window_start, start - STATUS_BEFORE) : min(window_end, end + STATUS_AFTER, clause_end)
    ]
    return window_start, window_end, status_window


def _is_previous(folded: str, start: int, end: int, window_start: int, window_end: int) -> bool:
    lex = troop_lexicon()
    if lex.previous.search(folded, max(window_start, start - PREVIOUS_WINDOW), start):
        return True
    return bool(lex.previous_after.search(folded, end, min(window_end, end + 2 * PREVIOUS_WINDOW)))


def sentence_estimates(
    doc: Document, sentence: Sentence, attributions: list[Attribution], *, implied: bool = False
) -> list[TroopEstimate]:
    before = doc.sentences[sentence.index - 1] if sentence.index > 0 else None
    candidates = _candidates(sentence, implied=implied, before=before)
    if not candidates or not (implied or _nk_context(doc, sentence)):
        return []
    folded = sentence.folded
    published = doc.published.isoformat() if doc.published else None
    estimates: list[TroopEstimate] = []
    for index, (number, start, end) in enumerate(candidates):
        figure = _plausible(number)
        if figure is None:
            continue
        if _another_armys(sentence, start, end, attributions):
            continue
        value, low, high = figure
        window_start, window_end, status_window = _windows(folded, candidates, index)
        previous = _is_previous(folded, start, end, window_start, window_end)
        claimant, via = _claimant(doc, sentence, start, attributions)
        owner = next((a for a in attributions if a.sentence is sentence and a.speaker == claimant), None)
        qualifier = _qualifier(folded, start, end, number.is_range)
        status = _status(_clause_window(folded, start, end, window_start, window_end))
        if status == "other":
            status = _status(status_window)
        if status == "other" and estimates:
            status = estimates[-1].status  # "أرسلت 1500 جندي، ليرتفع العدد إلى نحو 3000": same state
        elif estimates and index > 0 and _coordinated(folded, candidates[index - 1][2], start):
            status = estimates[-1].status  # "قرر إرسال 5 آلاف عامل بناء وألف خبير … إلى كورسك": one act
        measure = _measure(folded, start, end, window_start, window_end)
        if number.start == number.end and measure not in SMALL_COUNT_MEASURES:
            continue  # "جنديين" counts captives or the dead, not a force
        if (
            measure not in NATIONALS_MEASURES
            and _nationals_after(folded, end)
            and not _has_troop_noun(folded, end, implied=False)
        ):
            continue  # "15 ألف كوري شمالي في روسيا" may be workers: only the dead, wounded or captured count
        small = value is not None and value < troop_lexicon().min_value
        if small and number.start != number.end and not _small_count(folded, end, measure):
            continue  # "9 جنود" are a force only when they died, were wounded or captured
        id_parts: tuple[object, ...] = (value, low, high, qualifier, speaker_key(claimant), previous, status)
        if measure != "deployed":  # ids of deployment figures stay as they were before measures
            id_parts += (measure,)
        estimates.append(
            TroopEstimate(
                id=stable_id("t", *id_parts),
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,  # type: ignore[arg-type]
                claimant=claimant,
                status=status,  # type: ignore[arg-type]
                location=_location(status_window),
                as_of=_as_of(
                    sentence,
                    window_start,
                    window_end,
                    statement_date(owner, published) if owner else published,
                ),
                previous=previous,
                sources=(sentence.provenance(doc.source.id),),
                measure=measure,  # type: ignore[arg-type]
                via=via,
            )
        )
    return estimates


def troop_estimates(doc: Document, attributions: list[Attribution]) -> list[TroopEstimate]:
    found: list[TroopEstimate] = []
    implied = False
    for sentence in doc.sentences:
        estimates = sentence_estimates(doc, sentence, attributions, implied=implied)
        found.extend(estimates)
        implied = bool(estimates) or (implied and not sentence.folded.strip())
    return one_claim_one_row(found, doc.gazetteer)


def _family(ref: EntityRef, gazetteer: Gazetteer) -> str:
    """A claimant's source family: its country (an agency speaks for its state), else its key."""
    if ref.id == UNATTRIBUTED_ID:
        return UNATTRIBUTED_ID
    if not ref.linked and _described_source(ref, gazetteer):
        return speaker_key(ref)  # "مسؤولون أميركيون كبار" are not the Pentagon spokesman
    if ref.country:
        return ref.country
    if ref.id:
        entity = gazetteer.entity(ref.id)
        return (entity.country if entity is not None else None) or ref.id
    return speaker_key(ref)


def _described_source(ref: EntityRef, gazetteer: Gazetteer) -> bool:
    """An unnamed group described by a generic plural title (officials, sources, reports, media)."""
    titles = titles_of_name(gazetteer, ref.role_ar or ref.name_ar)
    return bool(titles) and titles[0].title.id in DESCRIBED_SOURCES


def _specificity(ref: EntityRef) -> int:
    """Prefer a person over an agency, an agency over its country, and anything over "unattributed"."""
    if ref.id == UNATTRIBUTED_ID:
        return 0
    if ref.kind == "person" and not ref.linked and _described_only(ref):
        return 3  # "نائب في البرلمان الكوري الجنوبي": less than the lawmaker named ("لي سونغ كوين")
    return {"country": 1, "place": 1, "institution": 2, "person": 4}.get(ref.kind, 2)


def _described_only(ref: EntityRef) -> bool:
    """An unlinked person known only by a description that opens with the role ("نائب في …")."""
    role = fold(ref.role_ar or "").removeprefix("ال")
    return bool(role) and fold(ref.name_ar).removeprefix("ال").startswith(role)


def one_claim_one_row(estimates: list[TroopEstimate], gazetteer: Gazetteer) -> list[TroopEstimate]:
    """Within one article, repeated mentions of the same figure for the same measure by the same
    source family ("استخبارات كوريا الجنوبية: 4700" in the headline, "جهاز الاستخبارات الوطني ...
    4700" in the body), or once unattributed, are one claim with several source sentences; the
    most specific claimant is kept. Different claimants stay separate rows."""
    rows: list[TroopEstimate] = []
    for estimate in estimates:
        key = (estimate.value, estimate.low, estimate.high, estimate.measure)
        family = _family(estimate.claimant, gazetteer)
        for index, row in enumerate(rows):
            row_family = _family(row.claimant, gazetteer)
            if (row.value, row.low, row.high, row.measure) != key or row.previous != estimate.previous:
                continue
            if row_family != family and UNATTRIBUTED_ID not in (row_family, family):
                continue
            keep = row if _specificity(row.claimant) >= _specificity(estimate.claimant) else estimate
            qualified = [q for q in (row.qualifier, estimate.qualifier) if q != "exact"]
            rows[index] = replace(
                keep,
                aliases=tuple(sorted({row.id, estimate.id, *row.aliases} - {keep.id})),
                qualifier=qualified[0] if qualified else keep.qualifier,
                sources=merge_provenance((row.sources, estimate.sources)),
                via=keep.via or row.via or estimate.via,
            )
            break
        else:
            rows.append(estimate)
    return rows
