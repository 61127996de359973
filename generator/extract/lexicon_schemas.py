"""Schemas of the extractor's lexicons in ``generator/data/`` (read by
:func:`generator.extract.lexicon.read_lexicon` through the shared YAML loader): a misspelt key, a
word where a list belongs or a status the model does not know is an error naming the file, the
line, the key and what would be valid."""

from __future__ import annotations

from generator.models import MEASURES, QUALIFIERS, STATUSES
from generator.yamlfile import Bool, DictOf, Enum, Int, ListOf, Nullable, Record, Spec, Str

WORDS = Nullable(ListOf(Str()))


def _one_of(names: tuple[str, ...]) -> Str:
    return Str(pattern="|".join(names), hint="one of: " + ", ".join(names))


_VERB = Record(
    {
        "forms": ListOf(Str()),
        "complements": WORDS,
        "object_ok": Bool(),
        "object_suffix": Bool(),
        "continuation": Bool(),
        "reported": Bool(),
        "claim_only": Bool(),
        "named_subject": Bool(),
        "object_first": Bool(),
        "document": Bool(),
        "conjoined_that_only": Bool(),
    },
    required=frozenset({"forms"}),
)
SPEECH_VERBS = Record(
    {
        "verbs": ListOf(_VERB),
        "anaphors": Record({"person": WORDS, "institution": WORDS}),
        "institution_heads": DictOf(Str()),
        **dict.fromkeys(
            (
                "participles",
                "impersonal",
                "impersonal_before_that",
                "non_speakers",
                "vague_sources",
                "vague_adjectives",
                "negations",
                "adjunct_starts",
                "according_to",
                "addressees",
                "speaker_words_with_ba",
                "content_cuts",
                "not_name_words",
                "report_nouns",
                "media_nouns",
                "owned_by_lam",
                "adverbs",
                "same_words",
                "reply_words",
                "possessed_sources",
                "adjunct_segment_starts",
                "fixed_after_preposition",
                "subject_partners",
                "name_ranks",
                "given_name_words",
            ),
            WORDS,
        ),
    },
    required=frozenset({"verbs"}),
)
TROOP_LEXICON = Record(
    {
        "measures": DictOf(WORDS, key=_one_of(MEASURES)),
        "qualifiers": DictOf(WORDS, key=_one_of(QUALIFIERS)),
        "qualifiers_after": DictOf(WORDS, key=_one_of(QUALIFIERS)),
        "statuses": DictOf(WORDS, key=_one_of(STATUSES)),
        "locations": DictOf(Str()),
        "min_value": Int(minimum=0),
        "max_value": Int(minimum=1),
        **dict.fromkeys(
            (
                "troop_nouns",
                "casualty_nouns",
                "injury_nouns",
                "replacing_words",
                "case_nouns",
                "casualty_verbs",
                "war_context",
                "impersonal_estimates",
                "part_nouns",
                "not_troops",
                "unit_nouns",
                "nk_context",
                "exclude_before",
                "implied_nouns",
                "foreign_troop_adjectives",
                "previous",
                "previous_after",
                "phrase_enders",
                "foreign_troops",
                "force_counts",
                "owner_verbs",
                "count_fillers",
                "claim_verbs",
                "according_to",
            ),
            WORDS,
        ),
    }
)
_EVENT_TYPE = Record(
    {
        **dict.fromkeys(
            (
                "triggers",
                "dated_triggers",
                "undated_triggers",
                "undated_phrases",
                "negations",
                "not_followed_by",
            ),
            WORDS,
        ),
        **dict.fromkeys(
            (
                "title_ar",
                "title_en",
                "title_ar_place",
                "title_en_place",
                "historical_title_ar",
                "historical_title_en",
                "label_ar",
                "label_en",
                "label_ar_place",
                "label_en_place",
                "requires",
                "undated_phrase_after",
                "host_pronoun",
            ),
            Str(),
        ),
        "actor_order": WORDS,
        "guest_actors": Bool(),
        "dated_by_statement": Bool(),
        "a_report": Bool(),
        "fallback": Bool(),
        "undated_without_actor": Bool(),
        "parties_not_actors": Bool(),
        "opening_act": Bool(),
        "subject_body": Bool(),
        "about_the_treaty": Bool(),
        "requires_nearby": Bool(),
        "window_before": Int(minimum=0),
        "window_after": Int(minimum=0),
        "min_precision": Enum(("day", "month", "year", "range")),
    }
)
EVENT_TEMPLATES = Record(
    {
        "window_before": Int(minimum=0),
        "window_after": Int(minimum=0),
        "historical_before_year_offset": Int(minimum=0),
        "default_actor_order": WORDS,
        "exclusive_groups": Nullable(ListOf(ListOf(Str()))),
        "types": DictOf(_EVENT_TYPE),
        "historical_treaty_nouns": WORDS,
        "origin_words": WORDS,
        "not_opening_verbs": WORDS,
        "milestones": Nullable(
            ListOf(
                Record(
                    {
                        "type": Str(),
                        "date": Str(pattern=r"\d{4}-\d{2}-\d{2}", hint="an ISO date such as 2024-06-19"),
                    },
                    required=frozenset({"type", "date"}),
                )
            )
        ),
    },
    required=frozenset({"types"}),
)
_TOPIC_LISTS = ("patterns", "strong_patterns", "requires", "counted_nouns", "negated_by", "not_followed_by")
_TOPIC = Record({**{name: WORDS for name in _TOPIC_LISTS}, "articles": ListOf(Int(minimum=1))})
TREATY_LEXICON = Record(
    {
        "treaty_context": WORDS,
        "ordinals": DictOf(Int(minimum=1)),
        "article_count": Int(minimum=1),
        "parties": WORDS,
        "topics": DictOf(_TOPIC),
    },
    required=frozenset({"topics"}),
)

SCHEMAS: dict[str, Spec] = {
    "speech_verbs.yml": SPEECH_VERBS,
    "troop_lexicon.yml": TROOP_LEXICON,
    "event_templates.yml": EVENT_TEMPLATES,
    "treaty_lexicon.yml": TREATY_LEXICON,
}
