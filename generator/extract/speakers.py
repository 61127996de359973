"""Who is speaking: turn the words around a speech verb into an EntityRef (gazetteer entity,
title resolved to its holder, anaphor resolved to an earlier mention, or a name as written)."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from generator.arabic.gazetteer import Entity, EntityMatch, Gazetteer, TitleMatch
from generator.arabic.normalize import fold
from generator.extract.document import Sentence, sentence_words
from generator.extract.lexicon import speech_lexicon
from generator.models import EntityRef

# Days said in a sentence (folded): the words a speaker's name or a statement's subject never holds
DAY_WORDS = "امس|اليوم|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد"
# "عام" alone is a year only before its number: "أمين عام حلف الناتو" is a title
# "العام" is the year only before a word that places it ("العام الماضي"); else "general" ("الأمين العام")
_TIME_WORDS = re.compile(
    rf"(?<!\w)(?:(?:ال)?(?:اسبوع|شهر|سنه|يوم|{DAY_WORDS})|العام(?=\s+(?:الماضي|الحالي|الجاري|المقبل|القادم|المنصرم))"
    rf"|عام(?=\s*\d))(?!\w)"
)
# adverbs that may follow a speaker's name ("أيضا"، "بدوره"); _ADVERBS adds more and the days
_SPEAKER_ADVERBS = "ايضا|كذلك|مجددا|مرارا|بدورها|بدوره"
_ADVERBS = re.compile(
    rf"(?<!\w)(?:سابقا|{_SPEAKER_ADVERBS}|رسميا|علنا|موخرا|(?:ال)?(?:يوم|{DAY_WORDS}))(?!\w)"
)
# "، لصحيفة ..." after an apposition; a detached "لـ" ("مرجع رسمي لـ «الأنباء»": whom he told)
_LAM_WORD = re.compile(r"،\s*ل\w{3,}|\sل\s+(?=\S)")
# an adverb, "دون" or a demonstrative after a speaker named as written ends the name: "موسكو وبيونغ
# يانغ أيضا بعدم توقيع …", "الجيش الروسي دون مزيد من التفاصيل", "ووصف الزعيمان هذه الخطوة بأنها"
# (a quoted word may be part of it: "وكالة "سبوتنيك"")
_NOT_OF_A_NAME = re.compile(rf"\s(?:{_SPEAKER_ADVERBS}|دون|بعدم|هذا|هذه|هذين|هاتين|هولاء|تلك|ذلك)(?!\w)")
_LEADING_PRONOUN = re.compile(r"^\s*(?:به|بها|بهم|له|لها|لهم)\s+")
# an addressee or adjunct after a speaker's name: "النائب لي للصحافيين بعد إحاطة ...", "لي الى أن",
# "جهاز الاستخبارات الأوكراني على تطبيق تلغرام"
_ADJUNCT_WORD = re.compile(
    r"\s(?:بعد|عقب|اثر|خلال|امام|الي|عن|مع|امس|اليوم|عبر)(?!\w)|\s[-–—]|[،,]\s*(?:وفقا|وفق|بحسب|حسب)(?!\w)"
    r"|\sعلي\s+(?:ال)?(?:تطبيق|منصه|موقع|حساب|حسابه|حسابها|قناته|قناتها|صفحته|صفحتها)(?!\w)"
    r"|\sفي\s+وقت(?!\w)"
    r"|\s(?:مشترطا|مشترطه|شريطه|طالبا|طالبه|مفضلا|مفضله|رافضا|رافضه|متحدثا|متحدثه)(?!\w)"
    # "وقال غلادكوف في فيديو عبر قناته": how it was said ("مسؤول في الاستخبارات" is who)
    r"|\sفي\s+(?:تصريح|تصريحات|بيان|حديث|مقابله|كلمه|لقاء|موتمر|اجتماع|جلسه|رساله|منشور|تغريده|تقرير"
    r"|مقطع|فيديو|تدوينه|خطاب|قناته|قناتها|حسابه|حسابها|صفحته|صفحتها|نبا|خبر|نشره|برنامج)"  # "في نبأ عاجل"
    # "وذكرت الوزارة في تحديثها اليومي": in something of theirs (a folded "ة" alone is no pronoun)
    r"|\sفي\s+(?!ال)\w{2,}(?:ها|هما|هم|ته)(?!\w)"
)
# ("وأكد المسئول ما أفادته تقارير": "ما" opens what he confirmed)
_NAME_STOP = frozenset(
    {"في", "من", "علي", "الي", "عن", "مع", "لدي", "و", "او", "ثم", "قد", "كان", "كانت", "ما", "مما", "لما"}
)
_EDGE_PUNCT = " \t،,:؛;.()[]\"“”«»'-–"
NEWS_AGENCY = "news"  # the gazetteer's class of news agencies and media
MAX_NAME_WORDS = 14
TITLE_CHARS = 40  # a known person this close after a verb is its subject, whatever title precedes
_MARKER_WORD = re.compile(r"[بل]?(?:ان|انه|انها|انهم|انهما|اننا|اني)")
_CHAIN_WORDS = frozenset({"", "لدي", "في", "من", "باسم", "ب", "ل", "و"})  # may join a title to its entity


def named_with_noun(noun: str, state: SpeakerState) -> EntityRef | None:
    """The last unlisted speaker or relay whose words hold ``noun`` (folded, with or without ال):
    "الصحيفة" after "ذكرت صحيفة الغارديان"."""
    bare = noun.removeprefix("ال")
    return next(
        (ref for ref in reversed(state.speakers) if not ref.linked and bare in fold(ref.name_ar).split()),
        None,
    )


@dataclass(slots=True)
class SpeakerState:
    """What a source has said so far: the last speaker and entities mentioned, for anaphora."""

    previous: EntityRef | None = None
    mentioned: list[Entity] = field(default_factory=list)
    speakers: list[EntityRef] = field(default_factory=list)  # every speaker and relay so far, in order
    # sentences read so far, scanned for "title + demonym" only when an unlinked speaker needs a side
    seen: list[Sentence] = field(default_factory=list)
    gazetteer: Gazetteer | None = None
    _title_countries: dict[str, str] = field(default_factory=dict)
    _scanned: int = 0
    speaker_titles: dict[str, str] = field(default_factory=dict)  # speaker key → title id of its role
    # the last sentence when it reported no words: the person it is about ("استقبل لافروف ...")
    # may be the subject of a subjectless verb opening the next one (read only then)
    actor_sentence: Sentence | None = None
    # who last spoke in a sentence naming a statement ("وقالت الخارجية الروسية في بيان"): a later
    # "وأضاف البيان" is theirs
    statement_by: EntityRef | None = None

    def title_country(self, title_id: str) -> str | None:
        """The side last named with this title in the article so far ("نائب كوري جنوبي" → kr)."""
        if self.gazetteer is not None:
            for sentence in self.seen[self._scanned :]:
                for _s, title_end, title in titles_in(sentence, self.gazetteer, 0, len(sentence.folded)):
                    country = title.country or _body_side(self.gazetteer, sentence.folded, title_end)
                    if country:
                        self._title_countries[title.title.id] = country
            self._scanned = len(self.seen)
        return self._title_countries.get(title_id)

    def remember(
        self, speaker: EntityRef, via: EntityRef | None = None, sentence: Sentence | None = None
    ) -> None:
        self.previous = speaker
        if sentence is not None and speaker.name_ar and _A_STATEMENT.search(sentence.folded):
            self.statement_by = speaker
        self.speakers.extend(ref for ref in (via, speaker) if ref is not None and ref.name_ar)
        key = speaker_key(speaker)
        if (
            speaker.role_ar
            and not speaker.linked
            and key not in self.speaker_titles
            and self.gazetteer is not None
        ):
            # "مصدر مسؤول في وزارة …" found with its role but no state: a later bare "المصدر" is it
            roles = self.gazetteer.find_titles(speaker.role_ar)
            if roles:
                self.speaker_titles[key] = roles[0].title.id


_A_STATEMENT = re.compile(r"(?<!\w)[وب]?بيان(?:ا|ه|ها|هم)?(?!\w)")  # "في بيان"، "بيان الوزارة"، "بيانا"
_IN_BODY = re.compile(r"\s+في\s+[^،,.:؛]{3,40}")  # "نائب في البرلمان الكوري الجنوبي"


def _body_side(gazetteer: Gazetteer, folded: str, title_end: int) -> str | None:
    """The side of the body a title's holder sits in, named right after the title with "في"."""
    body = _IN_BODY.match(folded, title_end)
    sides = gazetteer.demonym_sides(body.group()) if body is not None else set()
    return sides.pop() if len(sides) == 1 else None


def describe(gazetteer: Gazetteer, title: TitleMatch | None, country: str | None) -> str | None:
    """English description of an unnamed or unlinked speaker from its role and side
    ("South Korean lawmaker"); None when neither is known."""
    side = gazetteer.demonyms_en.get(country or "", "") if country else ""
    role = title.title.title_en if title else ""
    text = " ".join(part for part in (side, role) if part)
    return text or None


def named_unlinked(
    gazetteer: Gazetteer, name: str, title: TitleMatch | None, state: SpeakerState | None = None
) -> EntityRef:
    """An unlinked speaker named as written, with its role and an English description."""
    name = tidy_name(name)
    country = (title.country or side_named_in(gazetteer, name)) if title else None
    if title is not None and country is None and state is not None:
        country = state.title_country(title.title.id)
    description = describe(gazetteer, title, country)
    ref = EntityRef(
        id=None, name_ar=name, name_en=description, linked=False, kind="person" if title else "unknown",
        role_ar=title.surface if title else None, role_en=description, country=country,
    )  # fmt: skip
    if title is not None and state is not None:
        state.speaker_titles[speaker_key(ref)] = title.title.id
    if title is None:
        return _described_institution(gazetteer, ref)
    return ref


def _described_institution(gazetteer: Gazetteer, ref: EntityRef) -> EntityRef:
    """ "جهاز الاستخبارات الداخلية الأوكراني" (no list knows it): an institution, described in English
    from its head noun and the side its adjective names ("Ukrainian service")."""
    words = fold(ref.name_ar).split()
    head = speech_lexicon().institution_head(words[0]) if words else None
    if head is None:
        return ref
    sides = gazetteer.demonym_sides(ref.name_ar)
    country = next(iter(sides)) if len(sides) == 1 else None
    side = gazetteer.demonyms_en.get(country or "", "")
    english = f"{side} {head}".strip()
    return replace(ref, kind="institution", name_en=english, role_en=english, country=country)


@functools.lru_cache(maxsize=2048)
def _entities_of_name(gazetteer: Gazetteer, name: str) -> tuple[EntityMatch, ...]:
    return tuple(gazetteer.find(name))


@functools.lru_cache(maxsize=2048)
def titles_of_name(gazetteer: Gazetteer, name: str) -> tuple[TitleMatch, ...]:
    """The titles in a speaker's name as written (names repeat across an archive: cached)."""
    return tuple(gazetteer.find_titles(name))


# "مصدر مطلع على شؤون بيونج يانج": the country is what the source knows about, not its side
_TOPIC_WORDS = frozenset({"شوون", "بشوون", "ملف", "بملف", "قضايا", "بقضايا", "الشان", "بالشان"})


def side_named_in(gazetteer: Gazetteer, name: str) -> str | None:
    """The side a described speaker belongs to, from a country named in its own words
    ("مسؤولو كوريا الجنوبية", "وسائل الإعلام الرسمية في كوريا الشمالية")."""
    sides = {
        match.entity.country
        for match in _entities_of_name(gazetteer, name)
        if match.entity.kind in ("country", "place")
        and match.entity.country
        and (fold(name[: match.start]).split() or [""])[-1] not in _TOPIC_WORDS
    } or set(gazetteer.demonym_sides(name))  # "نائب في البرلمان الكوري الجنوبي": a side's adjective
    return sides.pop() if len(sides) == 1 else None  # "مصادر من سيول وواشنطن وكييف": no one side


def _refers_back(gazetteer: Gazetteer, title: TitleMatch, earlier: EntityRef) -> bool:
    """A definite title with no name ("المسؤول الأميركي") refers back to the unnamed speaker with that
    title quoted before, when their sides agree (the side may be written inside the earlier name:
    "مسؤول عسكري أميركي كبير")."""
    if not fold(title.surface).startswith("ال"):
        return False
    sides = {earlier.country} if earlier.country else gazetteer.demonym_sides(earlier.name_ar)
    return title.country is None or sides == {title.country}


def earlier_speaker(state: SpeakerState | None, words: list[str], title_id: str | None) -> EntityRef | None:
    """A back-reference to someone already quoted: a bare role ("النائب", "المتحدثة") for the last
    unlinked speaker with that role, or one word of a name ("لي") for the speaker it belongs to."""
    if state is None:
        return None
    for speaker in reversed(state.speakers):
        if speaker.linked:
            continue
        if title_id is not None and not words:
            if title_id == state.speaker_titles.get(speaker_key(speaker)):
                return speaker
            continue
        name_words = [w.strip(_EDGE_PUNCT) for w in fold(speaker.name_ar).split()]
        if words and len(words) == 1 and name_words and words[0] in (name_words[0], name_words[-1]):
            return speaker
    return None


def listed_holder_before(state: SpeakerState, title: TitleMatch) -> EntityRef | None:
    """A bare title ("أوضح نائب وزير الخارجية، أن") for the one listed person quoted before whose role
    in the gazetteer has that title (on the title's side, when it names one); with two such people
    ("الأمين العام" after both the UN's and NATO's) it is no one's."""
    if state.gazetteer is None:
        return None
    holders = {
        speaker_key(ref): ref
        for ref in state.speakers
        if ref.linked and ref.kind == "person" and ref.role_ar
        and (title.country is None or ref.country == title.country)
        and [t.title.id for t in state.gazetteer.find_titles(ref.role_ar)[:1]] == [title.title.id]
    }  # fmt: skip
    return next(iter(holders.values())) if len(holders) == 1 else None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Words attributed in one sentence: folded content span, speaker and kind."""

    sentence: Sentence
    speaker: EntityRef
    kind: str  # direct | indirect
    verb_start: int
    content_start: int
    content_end: int
    claim_only: bool
    via: EntityRef | None = None  # who relayed the words ("نقل مشرع عن وكالة التجسس أن ...")
    introduced_by: Sentence | None = None  # the line "وقال لافروف:" before a quotation on its own line

    @property
    def text(self) -> str:
        return self.sentence.span_text(self.content_start, self.content_end)


def unlinked(name: str, role: str | None = None) -> EntityRef:
    return EntityRef(
        id=None, name_ar=tidy_name(name), name_en=None, linked=False, kind="unknown", role_ar=role
    )


# "إيفستينييفا-خلال اجتماع مجلس الأمن": an adjunct glued to the name by a dash
_GLUED_ADJUNCT = re.compile(r"\s*[-–—]\s*(?=(?:خلال|وفقا|وفقًا|وفق|بحسب|حسب|في|عبر|أمام|امام)(?!\w))")


def tidy_name(name: str) -> str:
    """A speaker's name as written, without an adjunct glued to it by a dash or a trailing adverb
    ("وكالة الاستخبارات أيضاً" → "وكالة الاستخبارات")."""
    glued = _GLUED_ADJUNCT.search(name)
    if glued is not None and glued.start() > 0:
        name = name[: glued.start()]
    for opener, closer in _QUOTE_PAIRS:
        lone = name.count(closer) == 1 if opener == closer else name.count(opener) != name.count(closer)
        if lone:  # '"مركز الاتصالات" الأوكراني' after its opening mark was cut: the other mark goes too
            name = " ".join(name.replace(opener, " ").replace(closer, " ").split())
    words = name.split()
    while len(words) > 1 and _ADVERBS.fullmatch(fold(words[-1]).strip(_EDGE_PUNCT)):
        words.pop()
    if len(words) != len(name.split()) or "\n" in name or "\r" in name or "\t" in name:
        return " ".join(words)  # (a hard-wrapped text's line break inside a name is a space)
    return name


def speaker_key(ref: EntityRef) -> str:
    return ref.id if ref.id else "name:" + " ".join(fold(ref.name_ar).split())


@functools.lru_cache(maxsize=2048)
def _role_title(gazetteer: Gazetteer, role: str) -> TitleMatch | None:
    """The title a gazetteer role opens with ("وزير الدفاع الروسي" → defence minister), if any."""
    titles = gazetteer.find_titles(role)
    return titles[0] if titles and titles[0].start == 0 else None


@functools.lru_cache(maxsize=256)
def _title_holder(gazetteer: Gazetteer, title_id: str, country: str, day: date | None) -> Entity | None:
    """The one person holding ``title_id`` for ``country`` on ``day`` (the article's date; None:
    the gazetteer's present)."""
    holders = _title_holders(gazetteer, title_id, country, day)
    # what each holder's role says after its title and side ("مجلس الاتحاد الروسي", "المنتخب")
    bare = [holder for holder, rest in holders if not rest or rest.startswith("لدي")]
    lexicon = speech_lexicon()
    if len(bare) == 1 and all(
        not r or r.startswith("لدي") or lexicon.institution_head(r.split()[0]) for _, r in holders
    ):
        return bare[0]  # "الرئيس الروسي" is Putin, not "رئيسة مجلس الاتحاد الروسي" (the head of a body)
    # (a lone holder with a bare post was returned above) "الوزير الروسي" is not the one minister the
    # list knows by a portfolio ("وزير الموارد الطبيعية الروسي"): a post named after the title is another
    return None


@functools.lru_cache(maxsize=256)
def _title_holders(
    gazetteer: Gazetteer, title_id: str, country: str, day: date | None
) -> tuple[tuple[Entity, str], ...]:
    """Everyone holding ``title_id`` for ``country`` on ``day``, each with what their role says after
    the title ("لدى كوريا الشمالية")."""
    holders: list[tuple[Entity, str]] = []
    for entity in gazetteer.entities:
        if entity.kind != "person" or entity.country != country:
            continue
        for role in entity.roles_on(day):
            if _FORMER.search(fold(role)):
                continue  # "الزعيم الكوري الشمالي السابق" no longer holds the post
            title = _role_title(gazetteer, role)
            if title is not None and title.title.id == title_id and not title.title.generic:
                holders.append((entity, fold(role[title.end :]).strip()))
                break
    return tuple(holders)


_FORMER = re.compile(r"(?<!\w)(?:ال)?(?:سابق|سابقه|راحل|راحله)(?!\w)")
_POSTED_TO = re.compile(r"^\s*لدي\s+(?P<where>\S+(?:\s+(?:ال)?(?:شماليه|جنوبيه|متحده))?)")


def _same_post(gazetteer: Gazetteer, holder: EntityRef, after_title: str) -> bool:
    """ "سفير روسيا لدى الأمم المتحدة" is not the holder whose role is "سفير روسيا لدى كوريا
    الشمالية": a post named after the title must be the holder's. A capital names its country's post
    ("السفير الروسي لدى بيونغ يانغ")."""
    posted = _POSTED_TO.match(after_title)
    if posted is None:
        return True
    role = fold(holder.role_ar or "")
    if "لدي" not in role or posted.group("where") in role:
        return True
    post_side = _side_posted_to(gazetteer, after_title[posted.start("where") :])
    return post_side is not None and post_side == _side_posted_to(gazetteer, role[role.index("لدي") + 3 :])


def _side_posted_to(gazetteer: Gazetteer, text: str) -> str | None:
    """The country of the country or place that ``text`` opens with."""
    text = text.lstrip()
    return next(
        (
            match.entity.country
            for match in gazetteer.find(text)
            if match.start == 0 and match.entity.kind in ("country", "place")
        ),
        None,
    )


def resolve_posted_title(
    gazetteer: Gazetteer, title: TitleMatch, day: date | None, after_title: str
) -> EntityRef | None:
    """The one holder of ``title`` whose post is the one named after it ("السفير الروسي لدى بيونغ
    يانغ" when the gazetteer lists Russia's ambassadors to both Koreas)."""
    if title.country is None or title.title.generic or _POSTED_TO.match(after_title) is None:
        return None
    posted = [
        ref
        for entity, rest in _title_holders(gazetteer, title.title.id, title.country, day)
        if rest.startswith("لدي") and _same_post(gazetteer, ref := entity.to_ref(), after_title)
    ]
    return posted[0] if len(posted) == 1 else None


def resolve_title(gazetteer: Gazetteer, title: TitleMatch, day: date | None) -> EntityRef | None:
    """The one gazetteer person holding ``title`` for its country ("وزير الدفاع الروسي") on
    ``day``, the date of the article (see :attr:`Sentence.day`)."""
    if title.country is None or title.title.generic:
        return None
    holder = _title_holder(gazetteer, title.title.id, title.country, day)
    return holder.to_ref() if holder else None


_FOLDED_START = operator.itemgetter(0)
_Span = TypeVar("_Span", tuple[int, int, EntityMatch], tuple[int, int, TitleMatch])


def _starting_in(spans: list[_Span], start: int, end: int) -> list[_Span]:
    """The items of ``spans`` (sorted by folded start) whose folded start is in ``[start, end)``."""
    first = bisect.bisect_left(spans, start, key=_FOLDED_START)
    return spans[first : bisect.bisect_left(spans, end, first, key=_FOLDED_START)]


def entities_in(sentence: Sentence, start: int, end: int) -> list[tuple[int, int, Entity]]:
    """Entities whose folded span starts inside ``[start, end)`` (folded offsets)."""
    if sentence.folded_entities is None:
        # the matches come left to right: a stable sort by folded start keeps their order
        sentence.folded_entities = sorted(
            ((sentence.to_norm(m.start), sentence.to_norm(m.end), m) for m in sentence.entities),
            key=_FOLDED_START,
        )
    return [(s, e, m.entity) for s, e, m in _starting_in(sentence.folded_entities, start, end)]


def titles_in(
    sentence: Sentence, gazetteer: Gazetteer, start: int, end: int
) -> list[tuple[int, int, TitleMatch]]:
    if sentence.folded_titles is None:
        sentence.folded_titles = sorted(
            (
                (sentence.to_norm(m.start), sentence.to_norm(m.end), m)
                for m in _sentence_titles(sentence, gazetteer)
            ),
            key=_FOLDED_START,
        )
    return _starting_in(sentence.folded_titles, start, end)


def _sentence_titles(sentence: Sentence, gazetteer: Gazetteer) -> list[TitleMatch]:
    if sentence.titles is None:
        sentence.titles = gazetteer.find_titles(sentence.text, sentence.norm, sentence_words(sentence))
    return sentence.titles


def subject_end(sentence: Sentence, gazetteer: Gazetteer, start: int, end: int) -> int | None:
    """Folded end of the noun phrase (entities/titles chained by spaces, commas or a short gap)
    that begins at ``start``; None when no entity or title begins there."""
    found_entities = entities_in(sentence, start, end)
    entity_spans = [(s, e) for s, e, _ in found_entities]
    # "اتهمت سيول كوريا الشمالية بإرسال …": a second country or place right after one is the object
    territories = {(s, e) for s, e, entity in found_entities if entity.kind in ("country", "place")}
    titles = titles_in(sentence, gazetteer, start, end)
    generic = {(s, e) for s, e, t in titles if t.title.generic}  # "التقارير", "مصادر"
    spans = sorted(entity_spans + [(s, e) for s, e, _ in titles])
    folded = sentence.folded
    pos, found, last_is_title, last_span = start, None, False, (start, start)
    after_title = False  # the last span follows a title ("حاكم مقاطعة كورسك")
    for s, e in spans:
        if e <= pos:
            continue
        if found is not None and (s, e) in generic:
            break  # "نفى بوتين التقارير عن ...": the object, not more of the subject
        gap = folded[pos:s].strip(_EDGE_PUNCT) if s > pos else ""
        if not gap and last_span in territories and (s, e) in territories:
            break
        if found is None and gap:
            break
        if found is not None and any(word.strip(_EDGE_PUNCT) not in _CHAIN_WORDS for word in gap.split()):
            break
        pos = max(pos, e)
        after_title = last_is_title
        found, last_is_title, last_span = pos, (s, e) not in entity_spans, (s, e)
    if found is not None and not last_is_title and after_title and last_span in territories:
        holder = holder_after_place(sentence, found, end)  # "حاكم مقاطعة كورسك الروسي ألكسندر خينشتاين"
        found = holder[1] if holder is not None else found
    if found is not None and last_is_title and _institution_head(folded[start:found]):
        # "اللجنة العسكرية المركزية لحزب العمال الحاكم": an institution no list knows, with its adjectives
        found = _past(_INSTITUTION_NAME, folded, found, end)  # its adjectives and "ل…" owner
    if found is not None and last_is_title:
        found = _past(_TITLE_COMPLEMENT, folded, found, end)  # "رئيس هيئة الأركان للقوات المسلحة الروسية"
    if found is not None and last_is_title and folded[:found].endswith(" باسم"):
        found = _past(_OWNER, folded, found, end)  # "المتحدث باسم وزارة الخارجية الإيرانية": no list knows it
    elif found is not None and last_is_title and not folded[:found].split()[-1].startswith("ال"):
        found = _past(_PLACE_OWNED, folded, found, end)  # "رئيس وزراء ولاية بافاريا الألمانية"
    if (
        found is not None
        and last_is_title
        and any(t_end == found and not t.title.generic and t.country is None for _s, t_end, t in titles)
    ):
        side = _SIDE.match(folded, found, end)  # "نفى وزير الدفاع التركي التقارير": a side no list knows
        found = side.end() if side is not None else found
    if found is not None and last_is_title and folded[:found].split()[-1].startswith("ال"):
        found = _past_name(folded, found, end, sentence)  # "نائب وزير الخارجية الروسي سيرغي ريابكوف"
    if found is not None and last_is_title:
        found = _past_apposed_name(folded, found, end)  # "…، فاليري جيراسيموف،"
    if found is not None:
        found = _past_partners(folded, found, end)  # "الولايات المتحدة وحلفاؤها"
    if found is not None:  # "المخابرات الدفاعية الأوكرانية (DIU)": the name in brackets is the subject's
        opened = folded.rfind("(", start, found) > folded.rfind(")", start, found)
        aside = (_CLOSING_PARENTHESIS if opened else _PARENTHESIS).match(folded, found, end)
        found = aside.end() if aside is not None else found
    return found


# the subject's own name in brackets, an acronym or its name in another language, right after it
_PARENTHESIS = re.compile(r"\s*\([^()،,.:]{1,40}\)")
_CLOSING_PARENTHESIS = re.compile(r"\s*\)")


def _past_partners(folded: str, pos: int, end: int) -> int:
    """The end of "و" + a partner noun (``subject_partners``) right after the subject."""
    match = _NEXT_JOINED_WORD.match(folded, pos, end)
    if match is None or match.group(1) not in speech_lexicon().subject_partners:
        return pos
    return match.end()


_NEXT_JOINED_WORD = re.compile(r"\s+و([^\s،,.:]+)(?:\s+ال[^\s،,.:]+(?:ون|يون|يين|يه|ي)(?!\w))?")  # "الغربيون"


_INSTITUTION_NAME = re.compile(r"(?:\s+ال\w+(?:يه|ي)(?!\w))+(?:\s+ل(?!ل)\w+(?:\s+ال\w+){0,2}(?!\w))?")


def _leading_punct(folded: str, start: int, end: int) -> int:
    """How many spaces and punctuation marks open ``folded[start:end]`` (before its first word)."""
    return len(folded[start:end]) - len(folded[start:end].lstrip(_EDGE_PUNCT))


def _opening_title(
    folded: str, titles: list[tuple[int, int, TitleMatch]], start: int, end: int
) -> tuple[int, int, TitleMatch] | None:
    """The first of ``titles`` (those in ``[start, end)``) when it opens the span: past its spaces
    and punctuation, with at most one letter glued before it ("وقال المتحدث", "لمسؤول")."""
    if titles and titles[0][0] <= start + _leading_punct(folded, start, end) + 1:
        return titles[0]
    return None


def _past(pattern: re.Pattern[str], folded: str, pos: int, end: int) -> int:
    """The end of what ``pattern`` matches right at ``pos`` (within ``end``), else ``pos``."""
    match = pattern.match(folded, pos, end)
    return match.end() if match else pos


def _institution_head(phrase: str) -> bool:
    """Whether the phrase is only an institution's head noun ("اللجنة", "الهيئة")."""
    words = phrase.strip(_EDGE_PUNCT).split()
    return len(words) == 1 and speech_lexicon().institution_head(words[0]) is not None


_TITLE_COMPLEMENT = re.compile(r"\s+لل[^\s،,.:]+(?:\s+ال[^\s،,.:]+)*")
_APPOSED_NAME = re.compile(r"\s*[،,]\s*(?P<name>(?:[^\s،,.:]+\s+){1,2}[^\s،,.:]+)\s*(?=[،,])")


# a definite nisba adjective ("التركي", "الهندية"; two letters at least before the ending: never
# "الذي" or "التي")
_NISBA_ADJECTIVE = r"\s+ال[^\s،,.:]{2,}(?:يه|ي)(?!\w)"
# nisba adjectives right after a title name its side when no list knows them
_SIDE = re.compile(rf"(?:{_NISBA_ADJECTIVE})+")
# whom a spokesperson speaks for, when no list knows it: a noun in the construct state, then a definite
# noun and its nisba adjectives ("وزارة الخارجية الإيرانية", "الحكومة الايرانية", "الجيش التركي")
_OWNER = re.compile(rf"\s+(?:[^\s،,.:]+ه\s+)?ال[^\s،,.:]+(?:{_NISBA_ADJECTIVE})*")


# what an indefinite title in the construct state is of, when no list knows it: a noun with ة and the
# place's name, then its nisba adjectives ("رئيس وزراء ولاية بافاريا الألمانية")
_PLACE_OWNED = re.compile(rf"\s+[^\s،,.:]+ه\s+(?!ال)[^\s،,.:]+(?:{_NISBA_ADJECTIVE})*")


def side_no_list_knows(folded: str, title: TitleMatch, title_end: int, end: int) -> bool:
    """Whether a title with no listed side is followed by nisba adjectives ("الرئيس الإيراني" when no
    list knows Iran's demonyms): it names someone of that side, not the listed holder of the title."""
    return title.country is None and _SIDE.match(folded, title_end, end) is not None


def holder_after_place(sentence: Sentence, pos: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the holder's name after the place an indefinite title governs ("حاكم مقاطعة
    كورسك الروسي ألكسندر خينشتاين،", "رئيس بلدية كييف فيتالي كليتشكو إن"): past the place's side, a
    name set off by commas, or two or three name words that end before a comma, a marker or an adjunct
    (not "أعلن حاكم كورسك فرض حظر التجول": an object)."""
    folded = sentence.folded
    side = _SIDE.match(folded, pos, end)
    at = side.end() if side is not None else pos
    apposed = _APPOSED_NAME.match(folded, at, end)
    if apposed is not None and looks_like_name(apposed.group("name").split()):
        return apposed.start("name"), apposed.end("name")
    if folded[at : at + 1] != " ":
        return None
    name_end = _past_name(folded, at + 1, end, sentence)
    words = sentence.span_text(at + 1, name_end).split()
    after = folded[name_end:end]
    ends_well = (
        after[:1] in ("،", ",", ":")
        or _MARKER_AFTER.match(folded, name_end) is not None
        or _next_word(folded, name_end) in speech_lexicon().adjunct_starts
    )
    known = entities_in(sentence, at + 1, name_end)  # "المسؤولون في كييف روسيا بمحاولة": the accused
    if 2 <= len(words) <= 3 and looks_like_name(words) and ends_well and not known:
        return at + 1, name_end
    return None


def _other_side(
    gazetteer: Gazetteer,
    folded: str,
    titles: list[tuple[int, int, TitleMatch]],
    end: int,
    earlier: EntityRef | None,
) -> bool:
    """Whether the first title has no listed side but nisba adjectives no list knows follow it, naming
    neither the earlier speaker's country nor a word of its name ("السفير الإسباني" is not the Russian
    spokesman quoted before; "الوزيرة الكورية" may be the North Korean minister)."""
    if earlier is None or not titles or titles[0][2].country is not None:
        return False
    side = _SIDE.match(folded, titles[0][1], end)
    if side is None:
        return False
    first = side.group().split()[0]
    return side.group().strip() not in fold(earlier.name_ar) and not any(
        demonym.startswith(first) for demonym in gazetteer.demonyms_of(earlier.country)
    )


def _anaphor_on_side(
    gazetteer: Gazetteer,
    folded: str,
    titles: list[tuple[int, int, TitleMatch]],
    end: int,
    word: str,
    state: SpeakerState,
    country: str | None = None,
) -> EntityRef | None:
    """:func:`resolve_anaphor`, unless the title's side no list knows is not the one referred to
    ("أكد السفير الإسباني" after a Russian speaker: see :func:`_other_side`)."""
    anaphor = resolve_anaphor(word, state, country=country)
    return None if _other_side(gazetteer, folded, titles, end, anaphor) else anaphor


def _past_apposed_name(folded: str, pos: int, end: int) -> int:
    """The end of a personal name set off by commas right after a title ("…، فاليري جيراسيموف،")."""
    match = _APPOSED_NAME.match(folded, pos, end)
    if match is None or not looks_like_name(match.group("name").split()):
        return pos
    return match.end("name")


def _next_word(folded: str, pos: int) -> str:
    """The word starting after any spaces at ``pos`` ("" at the end)."""
    return _FIRST_TOKEN.match(folded, pos).group(1)  # type: ignore[union-attr]


_HAMZA_ALEF_LAM = ("أل", "إل", "آل")  # "ألكسندر", "إلهام": a name's start, though folded it reads "ال"


def _hamza_initial(sentence: Sentence | None, start: int, end: int) -> bool:
    """Whether the word at folded ``[start, end)`` opens with a hamza on its alef ("ألكسندر", "إلهام"):
    a name, though folded it looks definite ("الكسندر")."""
    return sentence is not None and sentence.span_text(start, end).lstrip().startswith(_HAMZA_ALEF_LAM)


def _past_name(folded: str, pos: int, end: int, sentence: Sentence | None = None) -> int:
    """End of up to three name words (no ال, not a function word) right after ``pos``; with the
    ``sentence`` of ``folded``, a word written with a hamza on its alef ("ألكسندر") is a name word."""
    lex = speech_lexicon()
    last = pos
    previous, compound_before = "", False
    for count, match in enumerate(re.finditer(r"\S+", folded[pos:end])):
        word = match.group()
        bare = word.strip(_EDGE_PUNCT)
        # "عبد الله"، "عبد الفتاح"، "أبو الغيط": a name word with ال after "عبد"/"أبو"/"بن"
        compound = count >= 1 and previous in _NAME_PREFIXES and bare.startswith("ال")
        # "الباحث سامي الخطيب إن": an Arabic family name with ال, last before the words (not a
        # nisba adjective, a day or another adjunct; after "عبد الفتاح" it may end in -ي: "السيسي")
        family = (
            count in (1, 2)
            and bare.startswith("ال")
            and (compound_before or count == 1 or not _NISBA_END.search(bare))
            and bare not in lex.adjunct_starts
            and (
                _MARKER_AFTER.match(folded, pos + match.end()) is not None
                # "عبد الفتاح السيسي، الأربعاء،", "قاسم الأعرجي، اليوم الخميس، أن"
                or ((compound_before or count == 1) and word.endswith(("،", ",")))
                # "قاسم الأعرجي في تصريحات صحفية يوم الجمعة إن": where or when it was said
                or _next_word(folded, pos + match.end()) in lex.adjunct_starts
            )
        )
        if (
            count >= 3
            or not bare.replace("-", "").isalpha()
            or (
                bare.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))
                and not (family or compound)
                and not _hamza_initial(sentence, pos + match.start(), pos + match.end())
            )
            or _not_in_names(bare)
            or bare in lex.addressees  # "وقال المصدر لإذاعة محلية إن": whom he spoke to, not his name
        ):
            break
        previous, compound_before = bare, compound
        if bare in lex.adjunct_starts or _MARKER_WORD.fullmatch(bare):
            break
        last = pos + match.start() + len(word.rstrip(_EDGE_PUNCT))
        if word.rstrip(_EDGE_PUNCT) != word:  # "ريابكوف،": the comma ends the name
            break
    return last


def names_after(folded: str, pos: int, end: int) -> bool:
    """Whether a name the gazetteer lacks follows ``pos`` ("نائب وزير الخارجية الروسي سيرغي ريابكوف"):
    then a title before it is that person's, not its holder's in the gazetteer."""
    gap = len(folded[pos:end]) - len(folded[pos:end].lstrip(" "))
    return bool(gap) and _past_name(folded, pos + gap, end) > pos + gap


_TRAILING_PREPOSITION = re.compile(r"\s(?:علي|الي|عن|من|في)\s*$")
_MARKER_AFTER = re.compile(r"\s*(?:[،,:]|(?:[بل]?(?:ان|انه|انها|انهم))(?!\w))")
RELATIVE_PRONOUNS = r"(?:الذي|التي|الذين|اللذين|اللتين)"  # folded
_RELATIVE_CLAUSE = re.compile(rf"\s{RELATIVE_PRONOUNS}(?!\w)")
_NAME_PREFIXES = frozenset({"عبد", "ابو", "بن", "ابن", "بنت", "ام"})  # (folded) "عبد الله", "أبو الغيط"
_NISBA_END = re.compile(r"(?:ي|يه|يون|يين|يان)$")

_FIRST_WORD = re.compile(r"\w+")
_FIRST_TOKEN = re.compile(r"\s*(\S*)")  # (always matches)


def _opens_adjunct_segment(folded_segment: str) -> bool:
    """A comma-set segment opening with a word of ``adjunct_segment_starts`` (speech_verbs.yml)
    says where or when, not who."""
    first = _FIRST_WORD.match(folded_segment.strip())
    return first is not None and first.group() in speech_lexicon().adjunct_segment_starts


def _in_adjunct_segment(folded: str, start: int, pos: int) -> bool:
    """ "وقال جونغ أون، عقب محادثاته مع نظيره الروسي فلاديمير بوتين، إن": a name inside a
    comma-set segment that says when or where (after the subject's segment) is not the subject."""
    comma = max(folded.rfind("،", start, pos), folded.rfind(",", start, pos))
    if comma < 0:
        return False
    # also right after the verb: "وقال، عندما سئل قبل مفاوضاته مع كيم …:" has no subject
    return _opens_adjunct_segment(folded[comma + 1 : pos])


_NOUN_AGENT = re.compile(r"\s*(?:(?:ال)?(?:علني|رسمي|صريح|مباشر|اول|جديد)\s+)+من\s+")


def bare_vague(ref: EntityRef) -> bool:
    """ "التقديرات", "التقارير", "تقديرات مختلفة": an unnamed plural source with no description."""
    words = fold(ref.name_ar).split()
    lex = speech_lexicon()
    return (
        not ref.linked
        and bool(words)
        and words[0] in lex.vague_sources
        and all(word in lex.vague_adjectives for word in words[1:])
    )


def clean_name(text: str) -> str:
    name = text.strip(_EDGE_PUNCT + "ـ—")  # "وقال الأعرجي ــــ في تصريح": a dash of tatweel
    tail = text.rstrip(" ،,:؛;.")
    for opener, closer in _NAME_PAIRS:
        opened = name.count(opener) > name.count(closer) if opener != closer else name.count(opener) % 2 == 1
        if opened and tail.endswith(closer):
            # "جهاز الاستخبارات الأوكراني (إس بي يو)", 'صحيفة "كوميرسانت"': keep the closing mark
            name += closer
    return name


_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ('"', '"'))
_NAME_PAIRS = (("(", ")"), *_QUOTE_PAIRS)


def _not_in_names(word: str) -> bool:
    """A function word or a listed object noun (``not_name_words``): never part of a personal name,
    also with a one-letter preposition before it or a possessive pronoun after it ("لجميع"، "دعمه")."""
    lex = speech_lexicon()
    listed = lex.not_name_words
    if word in _NAME_STOP or word in listed or word in lex.same_words:
        return True
    if len(word) >= 5 and word.endswith(("ها", "هما")):
        return True  # "أكدت وزيرة الخارجية الألمانية تضامن بلادها": a noun with "her/their", no name
    stems = [word[1:]] if len(word) > 3 and word[0] in "لبوفك" else []
    stems += [
        word[: -len(end)] for end in _POSSESSIVE_ENDS if len(word) > len(end) + 2 and word.endswith(end)
    ]
    return any(stem in listed for stem in stems)


_POSSESSIVE_ENDS = ("هما", "هم", "ها", "ه")


def _joined_noun(run: list[str]) -> bool:
    """ "ومنظمة بحثية": a second subject joined by و (a noun and its nisba adjective), not a name."""
    first = fold(run[0]).strip(_EDGE_PUNCT)
    return first.startswith("و") and any(fold(w).strip(_EDGE_PUNCT).endswith("يه") for w in run[1:])


def _name_run(segment: str) -> list[str]:
    """Trailing words of an apposition segment that look like a personal name (no ال, no digits)."""
    run: list[str] = []
    for word in reversed(segment.split()):
        bare = fold(word).strip(_EDGE_PUNCT)
        article = word.strip(_EDGE_PUNCT).startswith(("ال", "وال"))  # not "أل…" (hamza): a name
        bracket = "(" in word or ")" in word  # "(سي آي إيه) بيل بيرنز": an abbreviation before the name
        if not bare or article or bracket or _not_in_names(bare) or not bare.isalpha():
            break
        run.insert(0, word)
    return run


@functools.lru_cache(maxsize=1)
def _addressee_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(speech_lexicon().addressees, key=len, reverse=True))
    return re.compile(rf"\s(?:{words or '(?!)'})(?!\w)")


def looks_like_name(words: list[str]) -> bool:
    """A personal name: no digits or function words, and it does not open with a definite noun
    (a family name may be definite: "نادر السلمان")."""
    bare = [fold(w).strip(_EDGE_PUNCT) for w in words]
    return (
        all(b.replace("-", "").isalpha() for b in bare)
        and (not bare[0].startswith("ال") or words[0].strip(_EDGE_PUNCT).startswith(_HAMZA_ALEF_LAM))
        and not any(_not_in_names(b) for b in bare)
    )


def _ranked_name(segment: str) -> str | None:
    """The personal name after a rank or honorific in ``segment`` ("… اللواء أبتي علاء الدينوف"),
    the name running to the segment's end; None when no rank precedes two to four name words."""
    words = segment.split()
    ranks = speech_lexicon().name_ranks
    for index, word in enumerate(words[:-2]):
        name = words[index + 1 :]
        if fold(word).strip(_EDGE_PUNCT) in ranks and len(name) <= 4 and looks_like_name(name):
            return clean_name(" ".join(name))
    return None


def phrase_speaker(sentence: Sentence, start: int, end: int) -> str | None:
    """A speaker named as written in ``[start, end)``: the personal name of an apposition
    ("الدكتور كولين ألكسندر، خبير ..."), else the whole phrase minus trailing time words."""
    folded = sentence.folded
    cut = end
    for pattern in (_TIME_WORDS, _LAM_WORD, _ADJUNCT_WORD, _addressee_re(), _NOT_OF_A_NAME):
        match = pattern.search(folded, start, cut)
        if match and match.start() > start:
            cut = match.start()
    for said_date in sentence.dates:
        d_start = sentence.to_norm(said_date.start)
        if start < d_start < cut and folded[d_start - 1 : d_start] != "(":
            cut = d_start
    for e_start, _e_end, entity in entities_in(sentence, start + 1, cut):
        before_entity = folded[start:e_start].split()
        if (
            entity.kind != "person"
            and len(before_entity) >= 2
            and before_entity[-1].startswith("ال")  # a definite nisba: "مسؤول أوكراني" may own a body
            and _NISBA_END.search(before_entity[-1])
        ):
            # "أخبر مسؤولو الاستخبارات الأوكرانية الكونغرس أن": a body after the subject's nisba
            # adjective is whom they told, not more of their name
            cut = e_start - 1
            break
        if folded[e_start - 2 : e_start] == " ل":  # "قالت مصادر كورية لرويترز إن": the addressee
            before = folded[: e_start - 2].split()[-1:]
            if before and before[0] in speech_lexicon().owned_by_lam:
                continue  # "وخلص تقييم لمخابرات كوريا الجنوبية إلى": whose assessment it is
            cut = e_start - 2
            break
    relative = _RELATIVE_CLAUSE.search(folded, start + 1, cut)
    if relative is not None:  # "المسؤول الذي تحدث شريطة عدم الكشف عن اسمه": the official
        cut = relative.start()
    trailing = _TRAILING_PREPOSITION.search(folded, start + 1, cut)
    if trailing is not None:  # "وشدد رئيس الدولة على أن": the verb's preposition, not the name
        cut = trailing.start()
    phrase = _LEADING_PRONOUN.sub("", sentence.span_text(start, cut))  # "أدلى به النائب ..."
    segments = [seg for seg in re.split(r"[،,]", phrase) if seg.strip()]
    for segment in segments:
        ranked = _ranked_name(segment)
        if ranked is not None:  # "قائد قوات أخمات الخاصة، اللواء أبتي علاء الدينوف": the general
            return ranked
    first = segments[0].split() if segments else []
    if len(segments) > 1 and 2 <= len(first) <= 4 and looks_like_name(first):
        return clean_name(segments[0])  # "نادر السلمان، الباحث في ...": the name opens the apposition
    if len(segments) == 1:
        words = segments[0].split()
        run = _name_run(segments[0])
        if (
            2 <= len(run) < len(words)
            and (fold(words[-len(run) - 1]).startswith("ال") or words[-len(run) - 1].endswith(")"))
            and not _joined_noun(run)
        ):
            # "رئيس لجنة ... للشؤون الدولية ليونيد سلوتسكي", "رئيس جهاز … (إم آي 6) ريتشارد مور"
            return clean_name(" ".join(run))
    if len(segments) > 1 and first and speech_lexicon().institution_head(fold(first[0])):
        return clean_name(segments[0])  # "جهاز الاستخبارات الداخلية الأوكراني (إس بي يو)، استنادا إلى ...،"
    if len(segments) > 1:
        for segment in segments:
            if _opens_adjunct_segment(fold(segment)):
                continue  # "، عبر قناته على تطبيق تيليجرام،": where it was said, not who
            run = _name_run(segment)
            if len(run) >= 2:
                return clean_name(" ".join(run))
        if len(first) <= MAX_NAME_WORDS:
            return clean_name(segments[0])  # "الحاكم ألكسندر خينشتاين حاكم منطقة كورسك، عبر ...،"
    name = clean_name(phrase)
    if not name or len(name.split()) > MAX_NAME_WORDS:
        return None
    return name


# "، وهو جندي …" / "، وهي طالبة …": an indefinite description set after a short name
_DESCRIBED_AFTER = re.compile(r"\s*[،,]\s*(?:وهو|وهي)\s+(?!ال)\w+")


def namesake_name(sentence: Sentence, start: int, end: int, entity: Entity) -> str | None:
    """The full name when a short gazetteer variant ("كيم") starts another person's name
    ("كيم جونغ غيو" is not "كيم جونغ أون"): the next word continues the entity's name but the
    whole name did not match, or a description of someone else follows it ("قال كيم، وهو جندي
    كوري شمالي سابق": not Kim Jong Un). None when the match is the entity itself."""
    folded = sentence.folded
    name_words = fold(entity.name_ar).split()
    surface_words = folded[start:end].split()
    following = [w.strip(_EDGE_PUNCT) for w in folded[end:].split()[: len(name_words)]]
    if len(surface_words) >= len(name_words) or not following:
        return None
    if _DESCRIBED_AFTER.match(folded, end):
        return clean_name(sentence.span_text(start, end))
    if following[0] != name_words[len(surface_words)]:
        given = speech_lexicon().given_name_words
        if following[0] not in given:
            return None
        # "نظيره كيم هيوك تشول": another Kim, whose given name the list of name words knows
        words = sentence.span_text(start, len(folded)).split()[: len(surface_words) + len(name_words)]
        kept = len(surface_words)
        while kept < len(words) and fold(words[kept]).strip(_EDGE_PUNCT) in given:
            kept += 1
        return clean_name(" ".join(words[:kept]))
    count = len(name_words) - len(surface_words)
    words = sentence.span_text(start, len(folded)).split()[: len(surface_words) + count]
    return clean_name(" ".join(words))


def resolve_anaphor(word: str, state: SpeakerState, *, country: str | None = None) -> EntityRef | None:
    lex = speech_lexicon()
    if word in lex.person_anaphors:
        previous = state.previous
        if (
            previous is not None
            and previous.kind == "person"
            and (country is None or previous.country == country)
        ):
            return previous
        for entity in reversed(state.mentioned):
            if entity.kind == "person" and (country is None or entity.country == country):
                return entity.to_ref()
        # "وقال الرئيس الأمريكي" after a Russian speaker is not him: a side that does not match
        return previous if country is None or (previous is not None and previous.country == country) else None
    if word in lex.institution_anaphors:
        stem = word[2:] if word.startswith("ال") else word
        previous = state.previous
        if previous is not None and stem in fold(previous.name_ar):
            return previous
        for entity in reversed(state.mentioned):
            if entity.kind == "institution" and stem in fold(entity.name_ar):
                return entity.to_ref()
        previous = state.previous
        if previous is not None and (previous.kind == "institution" or stem in fold(previous.name_ar)):
            return previous
    return None


_POSSESSIVE_SUFFIX = re.compile(r"(?:ه|ها|هم|هما)$")


def _possessed_source(word: str) -> bool:
    """Estimates or reports with a possessive pronoun ("تقديراتها", ``possessed_sources`` in
    speech_verbs.yml): the owner is the last speaker."""
    suffix = _POSSESSIVE_SUFFIX.search(word)
    return suffix is not None and word[: suffix.start()] in speech_lexicon().possessed_sources


# Titles that stand for what an owner named right after them says ("تقديرات البنتاغون").
OWNED_TITLES = ("reports",)


# a statement and who issued it, before the issuer: "بيان صادر عن", "بيان مشترك لـ", "تقرير نشرته"
_ISSUED_BY = re.compile(
    r"(?:ال)?(?:بيان|تقرير|رساله)(?:\s+(?:ال)?(?:مشترك|رسمي))?\s+"
    r"(?:(?P<by>(?:صادر|الصادر|صدر|منشور|المنشور|نشر|نشره|نشرته|اصدره|اصدرته)\s+(?:عن|من)?\s*)|(?=ل\w))"
)
# "معلومات من وكالة الاستخبارات", "تقديرات استخباراتية من سول": what a source gave (not "معلومات عن": about)
_INFORMATION_FROM = re.compile(
    r"(?:ال)?(?:معلومات|تقديرات|تقدير|تقارير|بيانات)(?:\s+(?:ال)?\w+(?:يه|ي))?\s+من\s+(?=\S)"
)
# an according-to word opening the words after a verb: the source of the text, not its subject
_ACCORDING_START = re.compile(r"[وف]?(?:وفقا|وفق|بحسب|حسب|نقلا|طبقا|استنادا)$")


def speaker_after_verb(
    sentence: Sentence, gazetteer: Gazetteer, state: SpeakerState, start: int, end: int
) -> EntityRef | None:
    """Speaker named between a verb (ending at ``start``) and its content marker (at ``end``)."""
    folded = sentence.folded
    agent = _NOUN_AGENT.match(folded, start, end)
    if agent is not None:  # "أول اعتراف علني من كوريا الشمالية بأنها": the one who acknowledged
        start = agent.end()
    window = folded[start:end].strip(_EDGE_PUNCT)
    if not window:
        return None
    lead = _leading_punct(folded, start, end)
    issued = _ISSUED_BY.match(folded, start + lead)
    if issued is not None and issued.end() < end:
        # "وقال بيان صادر عن مجلس الدوما إن", "وقال بيان للكرملين إن": the issuer speaks
        issuers = entities_in(sentence, issued.end() - 1, end)
        if issuers:
            return issuers[0][2].to_ref()
        if issued.group("by"):
            return speaker_after_verb(sentence, gazetteer, state, issued.end(), end)
    information = _INFORMATION_FROM.match(folded, start + lead, end)
    if information is not None:  # "كشفت معلومات من وكالة الاستخبارات في سول أن": the agency's
        source = speaker_after_verb(sentence, gazetteer, state, information.end(), end)
        if source is not None and source.name_ar:
            return source
    first_word = window.split()[0].strip(_EDGE_PUNCT)
    first_segment = re.split(r"[،,(]", window)[0].split()
    lex = speech_lexicon()
    if _possessed_source(first_word) and len(first_segment) == 1 and state.previous is not None:
        return state.previous  # "وتشير تقديراتها إلى أن": the estimates of the speaker just named
    if (
        first_word == "البيان"
        and state.statement_by is not None
        and all(w in lex.adverbs for w in first_segment[1:])
    ):
        return state.statement_by  # "وأضاف البيان" after "قالت الخارجية الروسية في بيان": the ministry's
    if first_word in lex.non_speakers or (first_word.startswith("ال") and first_word[2:] in lex.non_speakers):
        if first_word in lex.report_nouns and all(
            w in lex.adverbs or w in lex.same_words for w in first_segment[1:]
        ):
            # "وقالت الصحيفة أيضا إن" after "ذكرت صحيفة الغارديان": the paper already quoted
            paper = named_with_noun(first_word, state)
            if paper is not None:
                return paper
            # "وقال التقرير إن ...": the report of the institution named last (a news agency)
            issuer = next((e for e in reversed(state.mentioned) if e.kind == "institution"), None)
            if issuer is not None:
                return issuer.to_ref()
        return unlinked("")  # sentinel: a document "says" it, not a speaker
    if first_word in lex.adverbs and len(first_segment) > 1 and first_segment[1].startswith("ال"):
        # "وأعلن حينها الرئيسان الروسي والإيراني أن": the subject after the adverb
        skipped = folded.index(first_word, start + lead) + len(first_word)
        return speaker_after_verb(sentence, gazetteer, state, skipped, end)
    if first_word in lex.adjunct_starts or first_word.startswith("لل") or first_word in lex.addressees:
        return None  # "وأضاف في ..." / "قال للصحفيين ..." / "وقال لوسائل إعلام روسية": no subject
    if first_word in lex.adverbs or _ACCORDING_START.match(first_word):
        return None  # "رأى بدلا من ذلك …", "وأضاف، وفقا لنص منشور …: …": how or from where, no subject
    entities = [
        e
        for e in entities_in(sentence, start, end)
        if folded[e[0] - 1 : e[0]] != "ل" and not _in_adjunct_segment(folded, start, e[0])
    ]
    titles = titles_in(sentence, gazetteer, start, end)
    opening = _opening_title(folded, titles, start, end)
    group_end = _group_then_person(opening, entities)
    if group_end is not None:
        return first_speaker(sentence, gazetteer, start, group_end)
    persons = [e for e in entities if e[2].kind == "person"]
    if persons and _title_owner(sentence, gazetteer, titles, start + lead, persons[0]):
        # "مستشار الرئيس الروسي فلاديمير بوتين، يوري أوشاكوف": Putin is whose adviser; the speaker is
        # the next person named, else the phrase itself ("مسؤول في مكتب الرئيس … يون سوك يول")
        owner_end = persons[0][1]
        following = [e for e in persons[1:] if not _title_owner(sentence, gazetteer, titles, owner_end, e)]
        if not following:
            head = opening[2] if opening is not None else None
            if head is not None and head.country is None:  # the side of the one whose adviser it is
                head = replace(head, country=persons[0][2].country)
            name_end = _past_apposed_name(folded, owner_end, end)
            if name_end > owner_end:  # "…، سيرهي نيكيفوروف،": the holder's own name the gazetteer lacks
                name = sentence.span_text(owner_end, name_end).strip(_EDGE_PUNCT)
            else:
                name = sentence.span_text(start + lead, owner_end)
            return named_unlinked(gazetteer, clean_name(name), head, state)
        persons = following
    official = _official_of_a_body(sentence, gazetteer, opening, start, end, persons) if persons else None
    if official is not None:  # "وقال مسؤول كبير في إدارة بايدن إن"
        return official
    for e_start, e_end, entity in persons[:1]:
        state_of = _government_of(gazetteer, first_word, entity)
        if state_of is not None:
            return state_of  # "وقالت إدارة بايدن إن": the US government speaks, not Biden in person
        namesake = namesake_name(sentence, e_start, e_end, entity)
        return unlinked(namesake) if namesake else entity.to_ref()
    named_for = len(first_segment) > 1 and first_segment[1] == "باسم"  # "المتحدث باسم الوزارة": a title
    short = len(first_segment) <= 3
    if (
        (short or _bare_subject(sentence, start + lead, end, first_word))
        and not named_for
        and lex.is_anaphor(first_word)
    ):
        country = titles[0][2].country if titles else None
        anaphor = _anaphor_on_side(gazetteer, folded, titles, end, first_word, state, country)
        if not short and first_word in lex.person_anaphors and anaphor != state.previous:
            anaphor = None  # "وقالت الوزيرة خلال لقائها …" with no speaker before: not whoever was named
        if anaphor is not None:
            return anaphor
    if opening is not None:
        title = titles[0][2]
        title_end = titles[0][1]
        owned = title.title.id in OWNED_TITLES
        owner = [
            e
            for e in entities
            if (owned and titles[0][0] < e[0] <= title_end + 1)
            or (e[0] == titles[0][0] and e[1] >= title_end)
        ]
        if owner and owner[0][2].kind != "person":
            # "تقديرات كوريا الجنوبية": the estimates are Seoul's; "تقديرات استخبارية في سيول": the
            # agency the gazetteer describes by them (its `agencies:`)
            return owner[0][2].to_ref()
        if title.title.id in DESCRIBED_SOURCES:  # "مصادر كورية جنوبية وأوكرانية لرويترز": no name follows
            described = _titled_as_written(sentence, gazetteer, titles[0][0], end, title, state)
            if described is not None:
                return described
        gap = len(folded[title_end:end]) - len(folded[title_end:end].lstrip(" "))
        last = folded[:title_end].split()[-1]
        # "وزير الخارجية الروسي سيرغي ...", "رئيس أوكرانيا فولوديمير ...": a name may follow; not after
        # an indefinite nisba ("مسؤول أمريكي بارز", "قائد روسي يحمل ..."): an adjective or a verb
        definite = last.startswith("ال") or (title.country is not None and not _NISBA_END.search(last))
        name_end = _past_name(folded, title_end + gap, end, sentence) if gap and definite else title_end
        side = _SIDE.match(folded, title_end, end) if definite and not title.title.generic else None
        if name_end <= title_end + gap and side is not None:
            # "وزير الخارجية التركي، هاكان فيدان،", "رئيس الوزراء الهندي ناريندرا مودي": a side no
            # list knows, then the holder's name, right after it or set off by commas
            apposed = _past_apposed_name(folded, side.end(), end)
            spaced = folded[side.end() : side.end() + 1] == " "
            name_after = _past_name(folded, side.end() + 1, end, sentence) if spaced else 0
            if apposed > side.end() or name_after > side.end() + 1:
                gap = len(folded[side.end() : end]) - len(folded[side.end() : end].lstrip(" ،,"))
                title_end, name_end = side.end(), max(apposed, name_after)
        if (
            name_end > title_end + gap
            and folded[title_end + gap] == "ل"
            and any(
                e_start == title_end + gap + 1
                for e_start, _e_end, _entity in entities_in(sentence, title_end, end)
            )
        ):
            name_end = title_end  # "وقال وزير الدفاع الروسي لكيم": whom he spoke to, not his name
        place = next(
            (e for e in entities if e[0] == title_end + gap and e[2].kind in ("place", "country")), None
        )
        holder_span = (
            holder_after_place(sentence, place[1], end) if place is not None and not definite else None
        )
        if holder_span is not None:  # "أعلن حاكم مقاطعة كورسك الروسي ألكسندر خينشتاين، …"
            return named_unlinked(gazetteer, clean_name(sentence.span_text(*holder_span)), title, state)
        if name_end > title_end + gap:  # "النائب لي سيونغ-كوون للصحافيين": a name the gazetteer lacks
            name = clean_name(sentence.span_text(title_end + gap, name_end))
            words = fold(name).split()
            return (
                earlier_speaker(state, words, None)
                if len(words) == 1 and earlier_speaker(state, words, None)
                else named_unlinked(gazetteer, name, title, state)
            )
        # "قائد أوكراني" (a Ukrainian commander) is not the holder of "القائد الأعلى للجيش الأوكراني"
        holder = resolve_title(gazetteer, title, sentence.day) if definite else None
        if holder is not None and _same_post(gazetteer, holder, folded[title_end:end]):
            return holder
        if definite and holder is None:
            posted_holder = resolve_posted_title(gazetteer, title, sentence.day, folded[title_end:end])
            if posted_holder is not None:
                return posted_holder
        anaphor = (
            None
            if named_for
            else _anaphor_on_side(gazetteer, folded, titles, end, first_word, state, title.country)
        )
        if anaphor is not None and len(window.split()) <= 3:
            return anaphor
        earlier = earlier_speaker(state, [], title.title.id)
        # "وقال النائب أيضًا إنه": an adverb after the title is not more of the speaker
        rest = _ADVERBS.sub("", folded[title_end:end]).strip(_EDGE_PUNCT)
        same = bool(rest) and all(word in lex.same_words for word in rest.split())
        if same and (earlier or state.previous) is not None:
            return earlier or state.previous  # "بحسب المصدر ذاته": the one named before, whatever its title
        if earlier is not None and not rest:
            return earlier  # "وقال النائب، للصحافيين، إن": the lawmaker named before
        if earlier is not None and _refers_back(gazetteer, title, earlier):
            return earlier  # "وقال المسؤول الأميركي مشترطا …" after "أعلن مسؤول عسكري أميركي كبير"
        listed = listed_holder_before(state, title) if earlier is None and not rest else None
        if listed is not None:
            return listed
        if not rest or same:
            return named_unlinked(
                gazetteer, clean_name(sentence.span_text(titles[0][0], title_end)), title, state
            )
    quoted = _HEAD_THEN_QUOTE.match(folded, start + lead, end)
    if quoted is not None:  # 'قالت وكالة "تاس" إن', 'ذكرت صحيفة «الغارديان» أن': the outlet named in quotes
        named = [
            e for e in entities if quoted.end() <= e[0] <= quoted.end() + 1 and e[2].kind == "institution"
        ]
        if named:
            return named[0][2].to_ref()
    if entities and entities[0][0] <= start + lead + 1:
        e_start, e_end, entity = entities[0]
        # a capital speaks for its state ("قالت سيول إن"), but only as the whole subject: a place
        # further in ("قال في سيول إن") is where it was said
        if entity.kind != "place" or not _ADVERBS.sub("", folded[e_end:end]).strip(_EDGE_PUNCT):
            return entity.to_ref()  # "وقدّرت سيول سابقاً": still the capital speaking
    anaphor = None if named_for else _anaphor_on_side(gazetteer, folded, titles, end, first_word, state)
    if anaphor is not None and (
        len(window.split()) <= 3
        or (
            _bare_subject(sentence, start + lead, end, first_word)
            and (first_word in lex.institution_anaphors or anaphor == state.previous)
        )
    ):
        return anaphor
    if titles and titles[0][0] > start + lead:
        before_title = sentence.span_text(start + lead, titles[0][0]).split()
        if 2 <= len(before_title) <= 3 and looks_like_name(before_title):
            # "قال فياتشيسلاف جلادكوف حاكم منطقة بيلجورود الروسية اليوم إن": the name, then the post
            return named_unlinked(gazetteer, clean_name(" ".join(before_title)), titles[0][2], state)
    written_name = phrase_speaker(sentence, start + lead, end)
    if written_name is None:
        return None
    words = fold(written_name).split()
    if words and words[0].strip(_EDGE_PUNCT) in lex.not_name_words:
        return None  # "التي تزعم وجود الجيش الكوري الشمالي": what is claimed, not who claims it
    earlier = earlier_speaker(state, words, None) if len(words) == 1 else None
    if earlier is not None:
        return earlier  # "وأشار لي إلى أن": the Lee named before
    return named_unlinked(gazetteer, written_name, titles[0][2] if titles else None, state)


def _bare_subject(sentence: Sentence, start: int, end: int, first_word: str) -> bool:
    """Whether the subject in ``[start, end)`` is its first word alone, the rest being how, where or
    when it spoke ("الوزارة في تحديثها اليومي عبر موقع تويتر")."""
    written = phrase_speaker(sentence, start, end)
    return written is not None and fold(written).strip(_EDGE_PUNCT).split() == [first_word]


# one or two words, then an opening quotation mark or bracket: 'وكالة "تاس"'، "وكالة أنباء (يونهاب)"
_HEAD_THEN_QUOTE = re.compile(r"[^\s«\"“”(]+(?:\s+[^\s«\"“”(]+)?\s*[«\"“(]\s*")


# Heads whose holder's name stands for the state he governs ("إدارة بايدن", "حكومة زيلينسكي").
GOVERNMENT_HEADS = frozenset({"administration", "government"})


def _government_of(gazetteer: Gazetteer, first_word: str, person: Entity) -> EntityRef | None:
    """The state of a person whose administration or government the phrase opening with
    ``first_word`` names, when the gazetteer knows it; None for any other phrase."""
    if speech_lexicon().institution_head(first_word) not in GOVERNMENT_HEADS:
        return None
    state = gazetteer.country_entity(person.country)
    return state.to_ref() if state is not None else None


def _holds(gazetteer: Gazetteer, person: Entity, title_id: str) -> bool:
    """Whether ``person`` holds (or held) a post the gazetteer titles ``title_id``."""
    roles = [post.role_ar for post in person.held] or ([person.role_ar] if person.role_ar else [])
    return any(
        (title := _role_title(gazetteer, role)) is not None and title.title.id == title_id for role in roles
    )


def _title_owner(
    sentence: Sentence,
    gazetteer: Gazetteer,
    titles: list[tuple[int, int, TitleMatch]],
    phrase_start: int,
    person: tuple[int, int, Entity],
) -> bool:
    """Whether ``person`` is named with the post it holds inside a longer noun phrase that starts at
    ``phrase_start``: "مستشار الرئيس الروسي فلاديمير بوتين", "المتحدث باسم الرئيس الأوكراني
    فولوديمير زيلينسكي" name someone else, whose post is defined by that person. A post the person
    does not hold ("نائب وزير الخارجية الروسي أندريه رودينكو") is the person's own title."""
    folded = sentence.folded
    p_start, _p_end, entity = person
    own = next((t for t in titles if p_start - 2 <= t[1] <= p_start and t[0] > phrase_start + 1), None)
    if own is None:
        return False
    head_word = _next_word(folded, phrase_start)
    if speech_lexicon().institution_head(head_word):
        return False  # "مكتب وزير الدفاع الكوري الجنوبي، كيم يونغ هيون": the office speaks for its holder
    before = folded[phrase_start : own[0]]
    if "،" in before or "," in before or before.rstrip().endswith((" و", "و")):
        return False  # "قال، في مؤتمر صحفي، الرئيس …", "قال كيم والرئيس …"
    if not _ADVERBS.sub("", _TIME_WORDS.sub("", before)).strip(_EDGE_PUNCT):
        return False  # "قال أيضا الرئيس الروسي فلاديمير بوتين"
    return _holds(gazetteer, entity, own[2].title.id)


# Generic plural titles that open a described source ("مصادر استخباراتية من كوريا الجنوبية"): the
# source is the whole description, not the country named inside it.
DESCRIBED_SOURCES = ("sources", "reports", "analysts", "officials", "media")
GROUP_TITLES = (*DESCRIBED_SOURCES, "news-agencies", "authorities")  # many speak, no one person


_POSSESSED_WORD = re.compile(r"^\w{2,}(?:ها|هما|هم)$")


def not_a_name(ref: EntityRef) -> bool:
    """A one-word "speaker" no one is called: an adjective or adverb with tanween ("مصابًا",
    "حالياً") or a noun with a possessive pronoun ("قولها")."""
    if ref.linked or len(ref.name_ar.split()) != 1:
        return False
    word = fold(ref.name_ar)
    return "\u064b" in ref.name_ar or bool(_POSSESSED_WORD.match(word)) or word in speech_lexicon().adverbs


def first_speaker(sentence: Sentence, gazetteer: Gazetteer, start: int, end: int) -> EntityRef | None:
    entities = entities_in(sentence, start, end)
    titles = titles_in(sentence, gazetteer, start, end)
    folded = sentence.folded
    opening = _opening_title(folded, titles, start, end)
    described = _described_source(sentence, gazetteer, opening, start, end, entities)
    if described is not None:
        return described
    official = _official_of_a_body(sentence, gazetteer, opening, start, end, entities)
    if official is not None:
        return official
    for e_start, e_end, entity in entities:
        if entity.kind == "person":
            namesake = namesake_name(sentence, e_start, e_end, entity)
            return unlinked(namesake) if namesake else entity.to_ref()
    if titles and (not entities or titles[0][0] <= entities[0][0]):
        after_title = folded[titles[0][1] : end]
        holder = (
            resolve_title(gazetteer, titles[0][2], sentence.day)  # "زعيم كوريا الشمالية يشيد ...": its leader
            if not after_title.strip(_EDGE_PUNCT)
            # "السفير الروسي لدى كوريا الشمالية: …": the holder of the post named after the title
            else resolve_posted_title(gazetteer, titles[0][2], sentence.day, after_title)
        )
        if holder is not None:
            return holder
    lead = _leading_punct(folded, start, end)
    if opening is not None and opening[2].title.id == "official":
        # "مسؤول في وزارة الدفاع الكورية الجنوبية": one of its officials speaks, not the ministry
        official = _titled_as_written(sentence, gazetteer, start, end, opening[2])
        if official is not None:
            return official
    for kinds in (("institution", "country"), ("place",)):  # "ووفقا لسول": a capital speaks for its state
        for e_start, _e, entity in entities:
            if entity.kind == "place" and folded[start + lead : e_start].strip():
                continue  # "اللجنة العسكرية المركزية في بيونغ يانغ": where the speaker is, not who
            if entity.kind in kinds:
                return entity.to_ref()
    if opening is not None and folded[: opening[1]].split()[-1].startswith("ال"):
        title_end = titles[0][1]
        gap = len(folded[title_end:end]) - len(folded[title_end:end].lstrip(" "))
        name_end = _past_name(folded, title_end + gap, end, sentence) if gap else title_end
        if name_end > title_end + gap:  # "مستشار الأمن القومي الكوري الجنوبي تشانغ هو جين"
            return named_unlinked(
                gazetteer, clean_name(sentence.span_text(title_end + gap, name_end)), titles[0][2]
            )
    name = phrase_speaker(sentence, start, end)
    if (
        name
        and opening is not None
        and opening[2].title.id not in GROUP_TITLES
        and fold(name).startswith(fold(titles[0][2].surface))
    ):
        return named_unlinked(gazetteer, name, titles[0][2])  # "نائب في البرلمان الكوري الجنوبي": one person
    return unlinked(name, titles[0][2].surface if titles else None) if name else None


def _group_then_person(
    opening: tuple[int, int, TitleMatch] | None, entities: list[tuple[int, int, Entity]]
) -> int | None:
    """The end of a group of speakers (news agencies, the authorities) opening a span when a person
    is named after it: many speak, so he is not their holder but the verb's object ("وأكدت وكالات
    أنباء روسية وصول لافروف إلى …"). ``opening``: the span's opening title (see :func:`_opening_title`);
    ``entities``: those in the span."""
    if opening is None or opening[2].title.id not in GROUP_TITLES:
        return None
    title_end = opening[1]
    return title_end if any(e[2].kind == "person" and e[0] >= title_end for e in entities) else None


# "مسؤول كبير في إدارة بايدن": a body the official serves in, which a person may name
_SERVING_IN = re.compile(r"(?<!\w)(?:في|لدي|داخل|من)(?!\w)")


def _official_of_a_body(
    sentence: Sentence,
    gazetteer: Gazetteer,
    opening: tuple[int, int, TitleMatch] | None,
    start: int,
    end: int,
    entities: list[tuple[int, int, Entity]],
) -> EntityRef | None:
    """An unnamed official or source in a body that a person's name defines ("مسؤول كبير في إدارة
    بايدن", "مصدر في مكتب زيلينسكي"): the official speaks, not the person (``opening``: the title
    that opens ``[start, end)``, see :func:`_opening_title`)."""
    person = next((e for e in entities if e[2].kind == "person"), None)
    if person is None or opening is None:
        return None
    folded = sentence.folded
    title = opening[2]
    if not (title.title.generic or title.title.id == "official") or title.title.id in GROUP_TITLES:
        return None
    if _SERVING_IN.search(folded, opening[1], person[0]) is None:
        return None
    owner = folded[: person[0]].split()[-1:]
    if not owner or owner[0].startswith("ال") or not owner[0].isalpha():
        return None  # "نائبة مندوبة روسيا الدائمة لدى الأمم المتحدة آنا …": her own name, after her post
    return _titled_as_written(sentence, gazetteer, start, end, title)


def _described_source(
    sentence: Sentence,
    gazetteer: Gazetteer,
    opening: tuple[int, int, TitleMatch] | None,
    start: int,
    end: int,
    entities: list[tuple[int, int, Entity]],
) -> EntityRef | None:
    """ "وفقاً لمصادر استخباراتية من كوريا الجنوبية والغرب": a generic plural title opening the
    phrase, with words of its own after it; "تقديرات البنتاغون" stays the Pentagon's (``opening``:
    the title that opens ``[start, end)``, see :func:`_opening_title`)."""
    folded = sentence.folded
    if opening is None or opening[2].title.id not in DESCRIBED_SOURCES:
        return None
    title_start, title_end, title = opening
    owner_from = title_end + 1
    head = re.match(r"\s*(\w+)\s", folded[title_end:end])
    if head is not None and speech_lexicon().institution_head(head.group(1)):
        owner_from = title_end + head.end()  # "تقديرات خدمة المخابرات الأوكرانية": the service's
    if any(title_start <= e_start <= owner_from for e_start, _e, _entity in entities):
        # "تقديرات كوريا الجنوبية", "مسؤولو البنتاغون": the owner speaks; "تقديرات استخبارية في سيول"
        # is the agency the gazetteer describes (see its `agencies:`)
        return None
    return _titled_as_written(sentence, gazetteer, title_start, end, title)


def _titled_as_written(
    sentence: Sentence,
    gazetteer: Gazetteer,
    start: int,
    end: int,
    title: TitleMatch,
    state: SpeakerState | None = None,
) -> EntityRef | None:
    """An unlinked speaker with ``title``, named as ``[start, end)`` writes it (see
    :func:`phrase_speaker`); None when nothing there can be a name."""
    name = phrase_speaker(sentence, start, end)
    return named_unlinked(gazetteer, name, title, state) if name else None


def untitled_person_end(sentence: Sentence, after: int, limit: int) -> int | None:
    """End of a known person named shortly after the verb behind a title the gazetteer lacks
    ("أعرب كبير أمناء مجلس الوزراء يوشيماسا هاياشي عن ...")."""
    people = [e for e in entities_in(sentence, after, limit) if e[2].kind == "person"]
    if not people or people[0][0] - after > TITLE_CHARS:
        return None
    return people[0][1] if "،" not in sentence.folded[after : people[0][0]] else None


def first_subject(sentence: Sentence, pos: int) -> EntityRef | None:
    """The first institution or country of the sentence, the subject of the clause a participle
    hangs on ("استدعت الخارجية السفير ...، محذرة من ...")."""
    start = 0
    additive = _ADDITIVE_OPENING.match(sentence.folded)
    if additive is not None:  # "إضافة إلى انتهاك قرارات مجلس الأمن، واصفا ذلك …": no subject there
        comma = sentence.folded.find("،", additive.end(), pos)
        start = comma if comma > 0 else pos
    found = [e for e in entities_in(sentence, start, pos) if e[2].kind != "person"]
    return found[0][2].to_ref() if found else None


# A sentence opening "in addition to …" goes on with the subject of the sentence before
_ADDITIVE_OPENING = re.compile(r"\s*(?:و?(?:بال|ب)?اضافه\s+الي|علاوه\s+علي|فضلا\s+عن|الي\s+جانب)(?!\w)")


def statement_issuer(
    sentence: Sentence, gazetteer: Gazetteer, state: SpeakerState, after: int, marker: int
) -> EntityRef | None:
    """Who issued the statement quoted by "جاء في البيان": an institution or country named right
    after ("جاء في بيان للخارجية الروسية"), else the last one named before."""
    right_after = entities_in(sentence, after, marker)
    # "جاء في بيان للمتحدث باسم الأمين العام، ستيفان دوجاريك، أن": the spokesman's statement
    people = [e for e in right_after if e[2].kind == "person" and titles_in(sentence, gazetteer, after, e[0])]
    if people:
        return people[0][2].to_ref()
    named = [e for e in right_after if e[2].kind != "person"]
    if named:
        return named[0][2].to_ref()
    issued = list(_ISSUED_STATEMENT.finditer(sentence.folded, 0, after))
    if issued:  # "صدر عن وزير الخارجية عبد الله بوحبيب بيان جاء فيه": whoever issued it, listed or not
        issuer = speaker_after_verb(sentence, gazetteer, state, issued[-1].end(1), issued[-1].start(2))
        if issuer is not None and issuer.name_ar:
            return issuer
    earlier = [e[2] for e in entities_in(sentence, 0, after) if e[2].kind != "person"]
    for entity in [*reversed(earlier), *reversed(state.mentioned)]:
        if entity.kind == "institution":
            return entity.to_ref()
    return None


# "صدر عن X بيان"، "أصدر X بيانا": the issuer between the verb and the statement
_ISSUED_STATEMENT = re.compile(
    r"(?<!\w)[وف]?(?:صدر|صدرت|اصدر|اصدرت)(\s+(?:عن\s+)?)[^.:]{2,80}?\s(بيان|بيانا)(?!\w)"
)
_TITLE_ALONE = re.compile(r"\s*(?:[،,:]|[بل]?(?:ان|انه|انها)(?!\w))")
# a preposition right before a name: the name is its object, never a subject
GOVERNING_PREPOSITION = re.compile(r"(?<!\w)(?:مع|من|عن|الي|علي|لدي|عند|بين|[وف]?ب|[وف]?ل)\s*$")
# "رحب ترحيبا حارا بزيارة الرفيق ميدفيديف": a person after a noun in ب is that noun's complement
_OBJECT_NOUN = re.compile(
    r"(?<!\w)[وف]?ب(?!ين(?!\w)|اسم(?!\w))\w{3,}\s+(?:ال\w+\s+)?$"
)  # not "المتحدث باسم X"


def first_person_before(sentence: Sentence, pos: int, gazetteer: Gazetteer | None = None) -> EntityRef | None:
    """The sentence's first person, the subject a later subjectless verb continues
    ("سئل بوتين عن ...، فأجاب: ..."; "وقال بيسكوف إن بوتين ...، وأضاف ..."): a person the gazetteer
    names or, given ``gazetteer``, a title held by one ("وذكر الرئيس الأوكراني بأنه ..."); never one
    named after a preposition ("تلقى تقريرا من رئيس الأركان X", "في مؤتمر مع الرئيس بوتين")."""
    folded = sentence.folded
    found: list[tuple[int, EntityRef]] = []
    titles = titles_in(sentence, gazetteer, 0, pos) if gazetteer is not None else []
    for t_start, t_end, title in titles:
        holder = resolve_title(gazetteer, title, sentence.day) if gazetteer is not None else None
        # the subject's title with nothing after it but its verb's words ("وذكر الرئيس الأوكراني بأنه")
        if holder is not None and holder.kind == "person" and _TITLE_ALONE.match(folded, t_end):
            found.append((t_start, holder))
    for e_start, _e_end, entity in entities_in(sentence, 0, pos):
        if entity.kind == "person":
            titled = next((t_start for t_start, t_end, _t in titles if t_end <= e_start <= t_end + 1), None)
            found.append((e_start if titled is None else titled, entity.to_ref()))
    for start, ref in sorted(found, key=lambda f: f[0]):
        before = folded[max(0, start - 25) : start]
        if gazetteer is not None and (
            GOVERNING_PREPOSITION.search(before[-8:]) or _OBJECT_NOUN.search(before)
        ):
            continue
        if _WHETHER.search(folded, folded.rfind("،", 0, start) + 1, start):
            continue  # "وعندما سئل عما إذا كان هو وكيم سيتناقشان …، قال": Kim is in the question
        return ref
    return None


_WHETHER = re.compile(r"(?<!\w)(?:عما|ما)\s+اذا(?!\w)|(?<!\w)هل(?!\w)")  # (folded: إذا is اذا)
