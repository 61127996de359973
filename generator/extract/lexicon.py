"""Loads the curated YAML lexicons under ``generator/data/`` (speech verbs, troop cues, event
templates, treaty topics) and compiles their patterns once per process."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.arabic.normalize import fold
from generator.arabic.tokens import TOKEN_RE, matches_at, word_positions
from generator.errors import ConfigError
from generator.extract.lexicon_schemas import SCHEMAS
from generator.extract.prefilter import PrefilteredPattern, gate_literals, lexicon_alternation
from generator.yamlfile import load_yaml

_WORDS_RE = re.compile(r"\w+(?: \w+)*")
_OBJECT_SUFFIXES = "ها|هما|هم|ه"
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def read_lexicon(name: str) -> dict[str, Any]:
    """A lexicon file of generator/data/ through the shared YAML loader and its schema
    (:mod:`generator.extract.lexicon_schemas`): errors with file, line, key and what is valid."""
    path = DATA_DIR / name
    try:
        data = load_yaml(path, SCHEMAS[name], display_name=f"generator/data/{name}").data
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read lexicon: {exc}") from exc
    return data


def folded_words(words: list[str]) -> list[str]:
    """Fold and de-duplicate, longest first (so alternations prefer the longer phrase)."""
    return sorted({" ".join(fold(w).split()) for w in words if w.strip()}, key=lambda w: (-len(w), w))


def word_alternation(words: list[str], *, prefixes: str = "") -> PrefilteredPattern:
    """A regex matching any of ``words`` (folded) as whole words, optionally with glued prefixes."""
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in folded_words(words))
    prefix = f"(?:[{prefixes}])?" if prefixes else ""
    return PrefilteredPattern(re.compile(rf"(?<!\w){prefix}(?:{body})(?!\w)"))


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    form: str  # folded
    complements: tuple[str, ...]
    object_ok: bool
    continuation: bool
    reported: bool
    claim_only: bool
    named_subject: bool = False  # the speaker must be named with the verb (كتب: bylines, "كُتب عليها")
    document: bool = False  # "جاء في البيان": the speaker is the institution that issued it
    object_first: bool = False  # "كما اتهم موسكو بـ...": one noun then the preposition is the object
    # only with a glued و/ف and words opening with أن ("وبيّن الوزير أن"): alone, "بين" is "between"
    conjoined_that_only: bool = False


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    verbs: dict[str, SpeechVerb]  # folded form (without object suffix) → verb
    verb_re: re.Pattern[str]
    impersonal: frozenset[str]
    impersonal_before_that: frozenset[str]
    person_anaphors: frozenset[str]
    institution_anaphors: frozenset[str]
    non_speakers: frozenset[str]
    vague_sources: frozenset[str]  # speak with a verb ("أفادت التقارير أن"), never in "بحسب التقارير،"
    vague_adjectives: frozenset[str]  # "تقديرات مختلفة": still no one named
    negations: frozenset[str]
    content_cuts: tuple[str, ...]
    adjunct_starts: frozenset[str]
    participles: frozenset[str]
    addressees: frozenset[str]
    speaker_words_with_ba: frozenset[str]  # "رئيس بلدية كييف": ب that opens no complement
    according_to: tuple[str, ...]
    fixed_after_preposition: frozenset[str]  # "على هامش": the preposition is no complement
    institution_heads: dict[str, str]  # folded head noun → English ("جهاز الاستخبارات ..." → service)
    report_nouns: frozenset[str]  # "وقال التقرير إن": the report of the institution named last
    media_nouns: frozenset[str]  # "ونقلت الوكالة عن": as a relay, the news medium named before
    not_name_words: frozenset[str]  # never part of a personal name ("نفى X ريابكوف وجود ...")
    subject_partners: frozenset[str]  # "الولايات المتحدة وحلفاؤها": partners joined to the subject
    owned_by_lam: frozenset[str]  # "تقييم لمخابرات كوريا الجنوبية": the owner follows with ل
    adverbs: frozenset[str]  # "تقدّر حاليا بأن": never a speaker
    same_words: frozenset[str]  # "المصدر ذاته": the one named before, never a name
    reply_words: frozenset[str]  # '"…" ردا على سؤال': the occasion after a quotation
    possessed_sources: frozenset[str]  # "تقديراتها": the estimates of the last speaker
    adjunct_segment_starts: frozenset[str]  # "، عقب محادثاته مع بوتين،": when or where, not who
    name_ranks: frozenset[str]  # "اللواء", "الدكتور": a rank or honorific before a name
    given_name_words: frozenset[str]  # "كيم هيوك تشول": a short variant goes on as another's name

    def is_feminine(self, form: str) -> bool:
        """ "أضافت", "تضيف", "مضيفة": a form whose masculine counterpart is also a speech verb; "عبرت"
        (its plural "عبروا" is one, its masculine is left out) and the dual "قالتا"."""
        return (
            (form.endswith("ت") and (form[:-1] in self.verbs or form[:-1] + "وا" in self.verbs))
            or (form.endswith("تا") and form[:-1] in self.verbs)
            or (form.startswith("ت") and "ي" + form[1:] in self.verbs)
            or (form.endswith("ه") and form[:-1] + "ا" in self.verbs)
        )

    # First \w+ token of every verb_re match, with and without its optional و/ف (see verb_matches)
    verb_first_tokens: frozenset[str] | None = None

    def is_anaphor(self, word: str) -> bool:
        """Whether ``word`` (folded) refers back to someone named before ("الوزارة", "المتحدثة")."""
        return word in self.person_anaphors or word in self.institution_anaphors

    def institution_head(self, word: str) -> str | None:
        """The English head noun of an institution whose name opens with ``word`` (folded, with or
        without its article: "جهاز"، "الجهاز" → "service"), None when ``word`` heads no institution."""
        return self.institution_heads.get(word) or self.institution_heads.get(word.removeprefix("ال"))

    def verb_of(self, match: re.Match[str]) -> SpeechVerb:
        """The verb a ``verb_re`` match found (its plain form, or its form before an object suffix)."""
        return self.verbs[match.group("form") or match.group("sform")]

    def verb_matches(self, folded: str, words: Collection[str] | None = None) -> list[re.Match[str]]:
        """Every ``verb_re`` match in ``folded``, found by trying the regex only where a word could
        start one (the same matches as ``verb_re.finditer``, without scanning every position).
        ``words``: the ``\\w+`` tokens of ``folded`` when the caller already has them."""
        if self.verb_first_tokens is None:
            return list(self.verb_re.finditer(folded))
        starts = self._verb_starts(folded, words)
        if not starts:
            return []
        return matches_at(self.verb_re, folded, word_positions(folded, starts))

    def first_content_cut(self, folded: str, start: int, end: int | None = None) -> int:
        """Where the first of ``content_cuts`` inside ``folded[start:end]`` begins, -1 when none is
        (one search for all of them instead of a ``str.find`` per cut)."""
        if not self.content_cuts:
            return -1
        cuts = lexicon_alternation(self.content_cuts)
        found = cuts.search(folded, start) if end is None else cuts.search(folded, start, end)
        return -1 if found is None else found.start()

    def _verb_starts(self, folded: str, words: Collection[str] | None = None) -> frozenset[str]:
        """The words of ``folded`` that may open a verb match (with or without a glued و/ف)."""
        assert self.verb_first_tokens is not None
        return self.verb_first_tokens.intersection(TOKEN_RE.findall(folded) if words is None else words)


def _folded_set(words: list[str] | None) -> frozenset[str]:
    return frozenset(fold(w) for w in words or [])


@functools.lru_cache(maxsize=1)
def speech_lexicon() -> SpeechLexicon:
    raw = read_lexicon("speech_verbs.yml")
    verbs: dict[str, SpeechVerb] = {}
    suffixable: list[str] = []
    for item in raw.get("verbs") or []:
        for form in item.get("forms") or []:
            key = fold(form)
            verbs[key] = SpeechVerb(
                form=key,
                complements=tuple(fold(c) for c in item.get("complements") or []),
                object_ok=bool(item.get("object_ok")),
                continuation=bool(item.get("continuation")),
                reported=bool(item.get("reported")),
                claim_only=bool(item.get("claim_only")),
                named_subject=bool(item.get("named_subject")),
                document=bool(item.get("document")),
                object_first=bool(item.get("object_first")),
                conjoined_that_only=bool(item.get("conjoined_that_only")),
            )
            if item.get("object_suffix"):
                suffixable.append(key)
    plain = "|".join(re.escape(f) for f in folded_words(list(verbs)))
    suffixed = "|".join(re.escape(f) for f in folded_words(suffixable)) or "(?!)"
    verb_re = re.compile(
        rf"(?<!\w)(?P<conj>[وف])?(?:(?P<form>{plain})|(?P<sform>{suffixed})(?:{_OBJECT_SUFFIXES}))(?!\w)"
    )
    anaphors = raw.get("anaphors") or {}
    return SpeechLexicon(
        verbs=verbs,
        verb_re=verb_re,
        impersonal=_folded_set(raw.get("impersonal")),
        impersonal_before_that=_folded_set(raw.get("impersonal_before_that")),
        person_anaphors=_folded_set(anaphors.get("person")),
        institution_anaphors=_folded_set(anaphors.get("institution")),
        non_speakers=_folded_set(raw.get("non_speakers")),
        vague_sources=_folded_set(raw.get("vague_sources")),
        vague_adjectives=_folded_set(raw.get("vague_adjectives")),
        negations=_folded_set(raw.get("negations")),
        content_cuts=tuple(fold(c) for c in raw.get("content_cuts") or []),
        adjunct_starts=_folded_set(raw.get("adjunct_starts")),
        participles=_folded_set(raw.get("participles")),
        addressees=_folded_set(raw.get("addressees")),
        speaker_words_with_ba=_folded_set(raw.get("speaker_words_with_ba")),
        not_name_words=_folded_set(raw.get("not_name_words")),
        subject_partners=_folded_set(raw.get("subject_partners")),
        report_nouns=_folded_set(raw.get("report_nouns")),
        media_nouns=_folded_set(raw.get("media_nouns")),
        owned_by_lam=_folded_set(raw.get("owned_by_lam")),
        adverbs=_folded_set(raw.get("adverbs")),
        same_words=_folded_set(raw.get("same_words")),
        reply_words=_folded_set(raw.get("reply_words")),
        possessed_sources=_folded_set(raw.get("possessed_sources")),
        adjunct_segment_starts=_folded_set(raw.get("adjunct_segment_starts")),
        name_ranks=_folded_set(raw.get("name_ranks")),
        given_name_words=_folded_set(raw.get("given_name_words")),
        institution_heads={fold(k): v for k, v in (raw.get("institution_heads") or {}).items()},
        fixed_after_preposition=_folded_set(raw.get("fixed_after_preposition")),
        according_to=tuple(folded_words(raw.get("according_to") or [])),
        verb_first_tokens=_first_tokens(folded_words(list(verbs)), folded_words(suffixable)),
    )


def _first_tokens(plain: list[str], suffixable: list[str]) -> frozenset[str] | None:
    """The first word of each form (a one-word suffixable form glued to its suffix), bare and with
    a glued و/ف; None when a form is not plain words, so that the first token cannot be named."""
    if not all(_WORDS_RE.fullmatch(form) for form in plain + suffixable):
        return None
    suffixes = _OBJECT_SUFFIXES.split("|")
    tokens = {form.split()[0] for form in plain + suffixable}
    tokens |= {form + suffix for form in suffixable if " " not in form for suffix in suffixes}
    return frozenset(tokens | {conj + token for token in tokens for conj in "وف"})


def compile_patterns(patterns: list[str]) -> tuple[PrefilteredPattern, ...]:
    return tuple(PrefilteredPattern(re.compile(p)) for p in patterns)


@dataclass(frozen=True, slots=True)
class TroopLexicon:
    """generator/data/troop_lexicon.yml, folded and compiled (see the comments in that file)."""

    troop_nouns: frozenset[str]
    unit_nouns: frozenset[str]
    casualty_nouns: frozenset[str]
    injury_nouns: frozenset[str]  # casualty cues that mean the wounded after a killed figure
    replacing_words: frozenset[str]  # "لتعويض خسائرها": the losses a figure replaces are not its count
    case_nouns: frozenset[str]  # "600 حالة وفاة": the noun after them is what is counted
    part_nouns: frozenset[str]
    part_noun_heads: frozenset[str]  # first words of the part nouns of several words
    casualty_verbs: frozenset[str]
    war_context: PrefilteredPattern
    impersonal_estimates: PrefilteredPattern
    measures: tuple[tuple[str, PrefilteredPattern], ...]
    not_troops: frozenset[str]
    claim_verbs: frozenset[str]
    count_fillers: frozenset[str]
    nk_context: PrefilteredPattern
    min_value: int
    max_value: int
    exclude_before: tuple[str, ...]
    implied_nouns: frozenset[str]
    foreign_troop_adjectives: frozenset[str]
    qualifiers: tuple[tuple[str, tuple[str, ...]], ...]
    qualifiers_after: tuple[tuple[str, tuple[str, ...]], ...]
    previous: PrefilteredPattern
    previous_after: PrefilteredPattern
    phrase_enders: frozenset[str]
    foreign_troops: frozenset[str]
    force_counts: frozenset[str]
    owner_verbs: frozenset[str]
    statuses: tuple[tuple[str, PrefilteredPattern], ...]
    locations: tuple[tuple[str, str], ...]
    according_to: tuple[str, ...]


def _items(raw: dict[str, Any], key: str) -> list[tuple[str, Any]]:
    return list((raw.get(key) or {}).items())


@functools.lru_cache(maxsize=1)
def troop_lexicon() -> TroopLexicon:
    raw = read_lexicon("troop_lexicon.yml")
    return TroopLexicon(
        troop_nouns=_folded_set(raw["troop_nouns"]),
        unit_nouns=_folded_set(raw["unit_nouns"]),
        casualty_nouns=_folded_set(raw.get("casualty_nouns")),
        injury_nouns=_folded_set(raw.get("injury_nouns")),
        replacing_words=_folded_set(raw.get("replacing_words")),
        case_nouns=_folded_set(raw.get("case_nouns")),
        part_nouns=_folded_set(raw.get("part_nouns")),
        part_noun_heads=frozenset(
            noun.split()[0] for noun in _folded_set(raw.get("part_nouns")) if " " in noun
        ),
        casualty_verbs=_folded_set(raw.get("casualty_verbs")),
        war_context=word_alternation(raw.get("war_context") or ["(?!)"], prefixes="وبلف"),
        impersonal_estimates=word_alternation(raw.get("impersonal_estimates") or ["(?!)"], prefixes="وف"),
        measures=tuple(
            (m, word_alternation(ws, prefixes="وبلف")) for m, ws in (raw.get("measures") or {}).items()
        ),
        not_troops=_folded_set(raw.get("not_troops")),
        claim_verbs=_folded_set(raw.get("claim_verbs")),
        count_fillers=_folded_set(raw.get("count_fillers")),
        nk_context=word_alternation(raw["nk_context"], prefixes="وبلف"),
        min_value=int(raw.get("min_value", 10)),
        max_value=int(raw.get("max_value", 200000)),
        exclude_before=tuple(folded_words(raw.get("exclude_before") or [])),
        implied_nouns=_folded_set(raw.get("implied_nouns")),
        foreign_troop_adjectives=_folded_set(raw.get("foreign_troop_adjectives")),
        qualifiers=tuple((q, tuple(folded_words(ws))) for q, ws in raw["qualifiers"].items()),
        qualifiers_after=tuple(
            (q, tuple(folded_words(ws))) for q, ws in (raw.get("qualifiers_after") or {}).items()
        ),
        previous=word_alternation(raw["previous"]),
        previous_after=word_alternation(raw.get("previous_after") or ["(?!)"]),
        phrase_enders=_folded_set(raw.get("phrase_enders")),
        foreign_troops=_folded_set(raw.get("foreign_troops")),
        force_counts=_folded_set(raw.get("force_counts")),
        owner_verbs=_folded_set(raw.get("owner_verbs")),
        statuses=tuple((st, word_alternation(ws, prefixes="وبلف")) for st, ws in raw["statuses"].items()),
        locations=tuple((fold(k), v) for k, v in raw["locations"].items()),
        according_to=tuple(folded_words(raw["according_to"])),
    )


@functools.lru_cache(maxsize=1)
def event_types() -> tuple[str, ...]:
    """Every event type the templates declare (generator/data/event_templates.yml), in file order."""
    return tuple(read_lexicon("event_templates.yml")["types"])


_TEMPLATE_KEYS = (
    "title_ar", "title_en", "title_ar_place", "title_en_place", "historical_title_ar", "historical_title_en",
    "label_ar", "label_en", "label_ar_place", "label_en_place",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class EventTypeSpec:
    """One type of generator/data/event_templates.yml, compiled (see the comments in that file)."""

    triggers: tuple[PrefilteredPattern, ...]
    dated_triggers: tuple[PrefilteredPattern, ...]
    undated_triggers: tuple[PrefilteredPattern, ...]
    undated_phrases: tuple[PrefilteredPattern, ...]
    undated_phrase_after: re.Pattern[str] | None
    negations: tuple[PrefilteredPattern, ...]
    not_followed_by: tuple[PrefilteredPattern, ...]
    requires: PrefilteredPattern | None
    requires_nearby: bool  # ``requires`` may be met in the title or the sentence before
    gate: frozenset[str] | None  # literals of a gate over triggers and dated_triggers (gate_literals)
    templates: Mapping[str, str]  # title_ar, title_en_place, label_ar, ... (those the type gives)
    actor_order: tuple[str, ...] | None = None
    guest_actors: bool = False
    dated_by_statement: bool = False
    a_report: bool = False  # "…، حسبما أفادت X الثلاثاء": a report is of the day it is told
    fallback: bool = False
    undated_without_actor: bool = False
    parties_not_actors: bool = (
        False  # "معاهدة … بين روسيا وكوريا الشمالية": the parties named are not its actors
    )
    opening_act: bool = False  # a dated act no trigger names: see events._opening_act
    host_pronoun: re.Pattern[str] | None = None  # "خلال استقباله X": the person before is an actor too
    subject_body: bool = False  # "عقد مجلس الأمن جلسة": the institution subject of the trigger is its actor
    about_the_treaty: bool = False  # a step of the treaty: none from an article on another treaty
    window_before: int | None = None
    window_after: int | None = None
    min_precision: str | None = None


@dataclass(frozen=True, slots=True)
class EventLexicon:
    types: Mapping[str, EventTypeSpec]
    window_before: int
    window_after: int
    historical_offset: int
    exclusive_groups: tuple[tuple[str, ...], ...]
    default_actor_order: tuple[str, ...]
    historical_treaty_nouns: tuple[PrefilteredPattern, ...]
    # a date right after one of these is when something began, never an event's date
    origin_words: tuple[PrefilteredPattern, ...] = ()
    # (type, ISO date) of the treaty's own milestones (event_templates.yml ``milestones``)
    milestones: tuple[tuple[str, str], ...] = ()
    # folded words that may open a sentence before a name but are no verb ("وفي"، "امس")
    not_opening_verbs: frozenset[str] = frozenset()


def _event_type(spec: dict[str, Any]) -> EventTypeSpec:
    triggers = compile_patterns(spec.get("triggers") or [])
    dated = compile_patterns(spec.get("dated_triggers") or [])
    return EventTypeSpec(
        triggers=triggers,
        dated_triggers=dated,
        undated_triggers=compile_patterns(spec.get("undated_triggers") or []),
        undated_phrases=compile_patterns(spec.get("undated_phrases") or []),
        undated_phrase_after=re.compile(after) if (after := spec.get("undated_phrase_after")) else None,
        negations=compile_patterns(spec.get("negations") or []),
        not_followed_by=compile_patterns(spec.get("not_followed_by") or []),
        requires=PrefilteredPattern(re.compile(spec["requires"])) if spec.get("requires") else None,
        requires_nearby=bool(spec.get("requires_nearby")),
        gate=gate_literals((*triggers, *dated)),
        templates={key: spec[key] for key in _TEMPLATE_KEYS if key in spec},
        actor_order=tuple(spec["actor_order"]) if spec.get("actor_order") else None,
        guest_actors=bool(spec.get("guest_actors")),
        dated_by_statement=bool(spec.get("dated_by_statement")),
        a_report=bool(spec.get("a_report")),
        fallback=bool(spec.get("fallback")),
        undated_without_actor=bool(spec.get("undated_without_actor")),
        parties_not_actors=bool(spec.get("parties_not_actors")),
        opening_act=bool(spec.get("opening_act")),
        host_pronoun=re.compile(host) if (host := spec.get("host_pronoun")) else None,
        subject_body=bool(spec.get("subject_body")),
        about_the_treaty=bool(spec.get("about_the_treaty")),
        window_before=spec.get("window_before"),
        window_after=spec.get("window_after"),
        min_precision=spec.get("min_precision"),
    )


@functools.lru_cache(maxsize=1)
def event_lexicon() -> EventLexicon:
    raw = read_lexicon("event_templates.yml")
    return EventLexicon(
        types={name: _event_type(spec) for name, spec in raw["types"].items()},
        window_before=int(raw.get("window_before", 100)),
        window_after=int(raw.get("window_after", 40)),
        historical_offset=int(raw.get("historical_before_year_offset", 3)),
        exclusive_groups=tuple(tuple(g) for g in raw.get("exclusive_groups") or []),
        default_actor_order=tuple(raw.get("default_actor_order") or ["person", "country", "institution"]),
        historical_treaty_nouns=compile_patterns(raw.get("historical_treaty_nouns") or []),
        origin_words=compile_patterns(raw.get("origin_words") or []),
        milestones=tuple((str(m["type"]), str(m["date"])) for m in raw.get("milestones") or []),
        not_opening_verbs=frozenset(fold(w) for w in raw.get("not_opening_verbs") or []),
    )


@dataclass(frozen=True, slots=True)
class TreatyTopicSpec:
    """One topic of generator/data/treaty_lexicon.yml, compiled."""

    patterns: tuple[PrefilteredPattern, ...]
    strong: tuple[PrefilteredPattern, ...]  # strong_patterns: no requires / negation checks
    requires: tuple[PrefilteredPattern, ...]
    gate: frozenset[str] | None  # literals of a gate over strong and patterns (gate_literals)
    counted_nouns: tuple[str, ...]
    negated_by: tuple[PrefilteredPattern, ...]
    not_followed_by: tuple[PrefilteredPattern, ...]
    articles: tuple[int, ...] = ()  # the treaty's articles on this topic: naming one is enough


@dataclass(frozen=True, slots=True)
class TreatyLexicon:
    context: tuple[PrefilteredPattern, ...]
    topics: Mapping[str, TreatyTopicSpec]
    ordinals: Mapping[str, int]  # folded ordinal word -> number, longest first
    article_count: int | None = None  # the treaty's last article: a higher number is another text's
    # the parties' country codes: an article naming not all of them, and a non-party in a sentence
    # about a treaty, tells of another treaty
    parties: tuple[str, ...] = ()


def _treaty_topic(spec: dict[str, Any]) -> TreatyTopicSpec:
    patterns = compile_patterns(spec.get("patterns") or [])
    strong = compile_patterns(spec.get("strong_patterns") or [])
    return TreatyTopicSpec(
        patterns=patterns,
        strong=strong,
        requires=compile_patterns(spec.get("requires") or []),
        gate=gate_literals(strong + patterns),
        counted_nouns=tuple(fold(w) for w in spec.get("counted_nouns") or []),
        negated_by=compile_patterns(spec.get("negated_by") or []),
        not_followed_by=compile_patterns(spec.get("not_followed_by") or []),
        articles=tuple(spec.get("articles") or ()),
    )


@functools.lru_cache(maxsize=1)
def treaty_lexicon() -> TreatyLexicon:
    raw = read_lexicon("treaty_lexicon.yml")
    ordinals = {fold(k): int(v) for k, v in (raw.get("ordinals") or {}).items()}
    return TreatyLexicon(
        context=compile_patterns(raw["treaty_context"]),
        topics={name: _treaty_topic(spec) for name, spec in raw["topics"].items()},
        ordinals=dict(sorted(ordinals.items(), key=lambda kv: -len(kv[0]))),
        article_count=raw.get("article_count"),
        parties=tuple(raw.get("parties") or ()),
    )
