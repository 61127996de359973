"""Gazetteer of people, institutions, countries and places, plus a lexicon of titles/roles.

Data lives in ``generator/data/gazetteer.yml`` (see its header); authors may pass an extra YAML
file with the same layout that adds entities or overrides fields of existing ids, adds titles,
demonyms and ``ignore_ar`` phrases. Matching runs on normalised text (see
:mod:`generator.arabic.normalize`) and returns spans into the ORIGINAL text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal, cast

from generator.arabic.normalize import NormalizedText, fold, reuse_or_normalize
from generator.arabic.phrases import PhraseMatcher, phrase_key
from generator.errors import ConfigError
from generator.models import EntityRef
from generator.yamlfile import Bool, DictOf, Enum, IsoDate, ListOf, Nullable, Record, Str, load_yaml

DEFAULT_GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer.yml"
EntityKind = Literal["person", "institution", "country", "place"]
_KINDS = ("person", "institution", "country", "place")
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_IGNORED = "\x00ignore"
# The day the gazetteer's ``role_ar``/``role_en`` describe (see its header): an article with no
# date reads a title as naming the person who held the post then.
ROLES_AS_OF = date(2024, 12, 31)
_AND = re.compile(r"\s+و(?=\S)")
_SPACES = re.compile(r"[ \t]+")


@dataclass(frozen=True, slots=True)
class Post:
    """A post a person held over a period (``since`` included, ``until`` excluded; None: open)."""

    role_ar: str
    since: date | None = None
    until: date | None = None

    def held_on(self, day: date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day < self.until)


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: EntityKind
    name_ar: str
    name_en: str
    variants_ar: tuple[str, ...] = ()
    role_ar: str | None = None
    role_en: str | None = None
    country: str | None = None
    agency: str | None = None  # class of institution ("intelligence"), for described mentions
    # the posts held over time: "وزير الدفاع الروسي" in a 2023 article is Shoigu, not Belousov
    held: tuple[Post, ...] = ()

    def roles_on(self, day: date | None) -> tuple[str, ...]:
        """The roles whose title names this person on ``day`` (None: the day the gazetteer's roles
        are written for, :data:`ROLES_AS_OF`): the posts ``held`` then when the entity lists them,
        else its one ``role_ar``."""
        if self.held:
            return tuple(post.role_ar for post in self.held if post.held_on(day or ROLES_AS_OF))
        return (self.role_ar,) if self.role_ar else ()

    def to_ref(self) -> EntityRef:
        """The linked :class:`~generator.models.EntityRef` for this entity."""
        return EntityRef(
            id=self.id,
            name_ar=self.name_ar,
            name_en=self.name_en,
            linked=True,
            kind=self.kind,
            role_ar=self.role_ar,
            role_en=self.role_en,
            country=self.country,
        )


@dataclass(frozen=True, slots=True)
class EntityMatch:
    start: int  # offsets into the text given to find(); attached prefixes (و، ب، ل…) excluded
    end: int
    entity: Entity
    surface: str = ""  # the text as written


@dataclass(frozen=True, slots=True)
class Title:
    id: str
    title_en: str
    forms_ar: tuple[str, ...]
    generic: bool = False  # many people hold it at once ("النائب"): never resolved to one holder


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A title/role such as "وزير الدفاع"; ``end`` includes a following nationality adjective."""

    start: int
    end: int
    title: Title
    surface: str
    country: str | None = None  # from a demonym right after the title ("الروسي" → "ru")


@dataclass
class _Data:
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    titles: dict[str, dict[str, Any]] = field(default_factory=dict)
    demonyms: dict[str, list[str]] = field(default_factory=dict)
    demonyms_en: dict[str, str] = field(default_factory=dict)
    agencies: dict[str, list[str]] = field(default_factory=dict)
    ignore: list[str] = field(default_factory=list)
    name_continuations: list[str] = field(default_factory=list)


class Gazetteer:
    """Entity and title lookup; build with :func:`load_gazetteer`."""

    def __init__(self, entities: Mapping[str, Entity], titles: Mapping[str, Title],
                 demonyms: Mapping[str, list[str]], ignore: list[str],
                 demonyms_en: Mapping[str, str] | None = None,
                 agencies: Mapping[str, list[str]] | None = None,
                 name_continuations: Collection[str] = ()) -> None:  # fmt: skip
        # words that go on with a personal name ("هونغ" in "كيم هونغ كيون"): a one-word variant
        # ("كيم") followed by one names someone else
        self._name_continuations = frozenset(phrase_key(w) for w in name_continuations)
        self.demonyms_en = dict(demonyms_en or {})
        agencies = dict(agencies or {})
        self._agency_keys = {phrase_key(w): a for a, words in agencies.items() for w in words}
        self._agency_matcher = PhraseMatcher([w for words in agencies.values() for w in words])
        # a cheap gate: the longest word of every class phrase ("استخبارات", "الاركان", ...)
        self._agency_stems = frozenset(
            max(fold(w).split(), key=len).removeprefix("ال") for words in agencies.values() for w in words
        )
        self._by_agency = {(e.agency, e.country): e for e in entities.values() if e.agency and e.country}
        self._entities = dict(entities)
        self._titles = dict(titles)
        self._sorted_entities = tuple(self._entities[k] for k in sorted(self._entities))
        self._entity_keys: dict[str, str] = {}
        for entity in self._entities.values():
            for name in _hamza_spellings((entity.name_ar, *entity.variants_ar)):
                self._entity_keys[phrase_key(name)] = entity.id
        for phrase in ignore:
            self._entity_keys[phrase_key(phrase)] = _IGNORED
        self._entity_matcher = PhraseMatcher(
            [name for e in self._entities.values() for name in _hamza_spellings((e.name_ar, *e.variants_ar))]
            + ignore
        )
        self._title_keys = {phrase_key(f): t.id for t in self._titles.values() for f in _title_forms(t)}
        self._title_matcher = PhraseMatcher([f for t in self._titles.values() for f in _title_forms(t)])
        self._demonym_keys = {phrase_key(w): c for c, words in demonyms.items() for w in words}
        self._demonym_matcher = PhraseMatcher([w for words in demonyms.values() for w in words])
        self._folded_demonyms = {c: tuple(fold(w) for w in words) for c, words in demonyms.items()}
        self._countries: dict[str, Entity] = {}  # code → the first country entity with it, in id order
        for entity in self._sorted_entities:
            if entity.kind == "country" and entity.country:
                self._countries.setdefault(entity.country, entity)

    def demonyms_of(self, country: str | None) -> tuple[str, ...]:
        """The folded demonyms of a country ("الكوري الشمالي", …); none for None."""
        return self._folded_demonyms.get(country or "", ())

    @property
    def entities(self) -> tuple[Entity, ...]:
        """All entities, sorted by id."""
        return self._sorted_entities

    @property
    def titles(self) -> tuple[Title, ...]:
        return tuple(self._titles[k] for k in sorted(self._titles))

    def get(self, entity_id: str) -> Entity:
        """The entity with ``entity_id``; raises KeyError when unknown."""
        return self._entities[entity_id]

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with ``entity_id``, or None when the id is a name as written."""
        return self._entities.get(entity_id)

    def country_entity(self, code: str | None) -> Entity | None:
        """The country whose code is ``code`` ("kp"), None when the gazetteer lists none (or no code)."""
        return self._countries.get(code) if code is not None else None

    def lookup(self, name: str) -> Entity | None:
        """The entity whose name or variant equals ``name`` (normalised), else None."""
        entity_id = self._entity_keys.get(phrase_key(name))
        return None if entity_id in (None, _IGNORED) else self._entities[cast(str, entity_id)]

    def find(
        self, text: str, normalized: NormalizedText | None = None, words: Collection[str] | None = None
    ) -> list[EntityMatch]:
        """Entity mentions in ``text``, left to right, longest match first, original spans.
        ``normalized``: ``normalize_with_offsets(text)`` when the caller already has it; ``words``:
        the ``\\w+`` tokens of its normalised text, when the caller has them (fewer positions are tried)."""
        normalized = reuse_or_normalize(text, normalized)
        matches = []
        for start, end, key, norm_end in self._entity_matcher.hit_tuples(normalized, words):
            entity_id = self._entity_keys.get(key)
            if entity_id is None or entity_id == _IGNORED:
                continue
            entity = self._entities[entity_id]
            if entity.kind == "institution" and self._coordinated(normalized, norm_end):
                continue  # "الاستخبارات الأوكرانية والكورية الجنوبية": two services, not one
            if entity.kind == "person" and self._name_goes_on(normalized, text[start:end], norm_end):
                continue  # "كيم هونغ كيون" is not Kim Jong Un, though "كيم" alone is
            matches.append(EntityMatch(start, end, entity, text[start:end]))
        if self._by_agency and any(stem in normalized.text for stem in self._agency_stems):
            matches = self._with_described(text, normalized, matches, words)
        return matches

    def demonym_sides(self, text: str) -> set[str]:
        """The countries of the demonyms in ``text`` ("الأوكراني" → "ua")."""
        normalized = reuse_or_normalize(text, None)
        return {
            self._demonym_keys[hit.key]
            for hit in self._demonym_matcher.finditer(normalized)
            if hit.key in self._demonym_keys
        }

    def demonym_at(self, normalized: NormalizedText, norm_pos: int) -> tuple[str, int] | None:
        """(country, normalised end) of a demonym starting at normalised ``norm_pos`` ("الروسي")."""
        demonym = self._demonym_matcher.match_at(normalized, norm_pos)
        if demonym is None or demonym[1] not in self._demonym_keys:
            return None
        return self._demonym_keys[demonym[1]], demonym[0]

    def _name_goes_on(self, normalized: NormalizedText, surface: str, norm_end: int) -> bool:
        """A one-word name (``surface``, as written) followed by a word that continues a personal name."""
        if not self._name_continuations or len(surface.split()) > 1:
            return False
        following = _NEXT_NAME_WORD.match(normalized.text, norm_end)
        return following is not None and phrase_key(following.group(1)) in self._name_continuations

    def _coordinated(self, normalized: NormalizedText, norm_end: int) -> bool:
        """A demonym joined by "و" right after ``norm_end`` ("... الأوكرانية والكورية الجنوبية")."""
        joined = _AND.match(normalized.text, norm_end)
        if joined is None:
            return False
        demonym = self._demonym_matcher.match_at(normalized, joined.end() - 1)  # with its و
        if demonym is None or demonym[1] not in self._demonym_keys:
            return False
        # an adjective ("والكورية الجنوبية"), not a second actor named by its country ("وكوريا الجنوبية")
        return self._entity_keys.get(demonym[1]) is None

    def agency_class(self, phrase: str) -> str | None:
        """The class of institution a bare phrase names ("جهاز الاستخبارات" → "intelligence")."""
        return self._agency_keys.get(phrase_key(phrase))

    def agency_of(self, agency: str, country: str) -> Entity | None:
        """The institution of class ``agency`` of ``country`` ("intelligence", "kr" → the NIS)."""
        return self._by_agency.get((agency, country))

    def country_after(
        self, normalized: NormalizedText, norm_pos: int, matches: list[EntityMatch]
    ) -> tuple[str, int] | None:
        """(country, original end) named right at folded ``norm_pos``: a demonym ("الكورية الجنوبية"),
        a country or place ("كوريا الجنوبية", "في سيول"), else None."""
        demonym = self._demonym_matcher.match_at(normalized, norm_pos)
        if demonym is not None and demonym[1] in self._demonym_keys:
            return self._demonym_keys[demonym[1]], normalized.to_original(demonym[0])
        rest = normalized.text[norm_pos:]
        skip = 3 if rest.startswith("في ") else 0
        start = normalized.to_original(norm_pos + skip)
        for match in matches:
            if match.start == start and match.entity.kind in ("country", "place") and match.entity.country:
                return match.entity.country, match.end
        return None

    def _with_described(
        self,
        text: str,
        normalized: NormalizedText,
        matches: list[EntityMatch],
        words: Collection[str] | None = None,
    ) -> list[EntityMatch]:
        """Add institutions described by class and country ("وكالة التجسس في سيول", "الاستخبارات
        الكورية الجنوبية", "استخبارات كوريا الجنوبية") when the gazetteer has that agency.
        ``words``: the ``\\w+`` tokens of the normalised text, when the caller has them."""
        added: list[EntityMatch] = []
        for start, _end, key, norm_end in self._agency_matcher.hit_tuples(normalized, words):
            if any(m.start <= start < m.end for m in matches):
                continue  # already part of a named entity ("جهاز الاستخبارات الوطني")
            gap = _SPACES.match(normalized.text, norm_end)
            if gap is None:
                continue
            found = self.country_after(normalized, gap.end(), matches)
            if found is None:
                continue
            entity = self._by_agency.get((self._agency_keys[key], found[0]))
            if entity is not None and not self._coordinated(normalized, normalized.to_normalized(found[1])):
                added.append(EntityMatch(start, found[1], entity, text[start : found[1]]))
        if not added:
            return matches
        kept = [m for m in matches if not any(a.start <= m.start < a.end for a in added)]
        return sorted(kept + added, key=lambda m: (m.start, -m.end))

    def find_titles(
        self, text: str, normalized: NormalizedText | None = None, words: Collection[str] | None = None
    ) -> list[TitleMatch]:
        """Titles/roles in ``text``, each with the side named by a directly following demonym.
        ``normalized``: ``normalize_with_offsets(text)`` when the caller already has it; ``words``:
        the ``\\w+`` tokens of its normalised text, when the caller has them (fewer positions are tried)."""
        normalized = reuse_or_normalize(text, normalized)
        found = []
        for start, end, key, norm_end in self._title_matcher.hit_tuples(normalized, words):
            title = self._titles[self._title_keys[key]]
            country = None
            gap = _SPACES.match(normalized.text, norm_end)
            if gap:
                demonym = self._demonym_matcher.match_at(normalized, gap.end())
                between = _TRANSPARENT_ADJECTIVE.match(normalized.text, gap.end())
                if demonym is None and between is not None:  # "الأمين العام الجديد لحلف الناتو"
                    demonym = self._demonym_matcher.match_at(normalized, between.end())
                if demonym is not None:
                    country = self._demonym_keys.get(demonym[1])
                    end = normalized.to_original(demonym[0])
            found.append(TitleMatch(start, end, title, text[start:end], country))
        return found


_NEXT_NAME_WORD = re.compile(r"[ \t-]+([^\W\d_]+)")  # the word right after a name, on its line

# An adjective that may stand between a title and the side it serves without changing the post
_TRANSPARENT_ADJECTIVE = re.compile(r"(?:الجديد|الجديده|الجديدة|الحالي|الحاليه|الحالية)\s+")


def _title_forms(title: Title) -> list[str]:
    forms = []
    for form in title.forms_ar:
        forms.append(form)
        first, _, rest = form.partition(" ")
        if first.startswith("ال") and len(first) > 3:
            forms.append((first[2:] + " " + rest).strip())
    return _hamza_spellings(forms)


def _hamza_spellings(names: tuple[str, ...] | list[str]) -> list[str]:
    """Each name, and its Egyptian spelling with the hamza on a ya seat where the list has it on a
    waw seat ("مسؤول" / "مسئول", "الشؤون" / "الشئون"), so a list needs only one of them."""
    spelled = list(names)
    spelled.extend(name.replace("ؤ", "ئ") for name in names if "ؤ" in name)
    return spelled


_WORDS = ListOf(Str())
_ENTITY = Record(
    {
        "id": Str(pattern=_ID_RE.pattern.strip("^$"), hint="a kebab-case id such as 'south-korea-nis'"),
        "kind": Enum(_KINDS),
        "name_ar": Str(),
        "name_en": Str(),
        "variants_ar": Nullable(_WORDS),
        "role_ar": Nullable(Str()),
        "role_en": Nullable(Str()),
        "country": Nullable(Str()),
        "agency": Nullable(Str()),
        "held": Nullable(
            ListOf(
                Record(
                    {"role_ar": Str(), "since": Nullable(IsoDate()), "until": Nullable(IsoDate())},
                    frozenset({"role_ar"}),
                )
            )
        ),
    },
    required=frozenset({"id"}),  # the rest may come from the built-in entry an extra file extends
)
_TITLE = Record({"id": Str(), "en": Str(), "ar": Nullable(_WORDS), "generic": Bool()}, frozenset({"id"}))
SCHEMA = Record(
    {
        "entities": Nullable(ListOf(_ENTITY)),
        "titles": Nullable(
            ListOf(
                Record(
                    {"id": Str(), "en": Str(), "ar": Nullable(_WORDS), "generic": Bool()}, frozenset({"id"})
                )
            )
        ),
        "demonyms": Nullable(
            ListOf(Record({"country": Str(), "en": Str(), "ar": Nullable(_WORDS)}, frozenset({"country"})))
        ),
        "agencies": Nullable(DictOf(Nullable(_WORDS))),
        "ignore_ar": Nullable(_WORDS),
        "name_continuations_ar": Nullable(_WORDS),
    }
)


def _read_file(path: Path, data: _Data) -> None:
    """One gazetteer file through the shared loader and its schema (file, line, key and the valid
    keys or values in every error), merged into ``data``."""
    file = str(path)
    try:
        document = load_yaml(path, SCHEMA, display_name=file)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(file, f"cannot read gazetteer: {exc}") from exc
    raw = document.data or {}
    seen: set[str] = set()
    for index, item in enumerate(raw.get("entities") or []):
        _merge_entity(item, data, file, document.line("entities", index), seen)
    for item in raw.get("titles") or []:
        data.titles[item["id"]] = {
            "en": str(item.get("en") or item["id"]), "ar": list(item.get("ar") or []),
            "generic": bool(item.get("generic")),
        }  # fmt: skip
    for item in raw.get("demonyms") or []:
        data.demonyms.setdefault(item["country"], []).extend(item.get("ar") or [])
        if item.get("en"):
            data.demonyms_en[item["country"]] = item["en"]
    for name, words in (raw.get("agencies") or {}).items():
        data.agencies.setdefault(str(name), []).extend(words or [])
    data.ignore.extend(raw.get("ignore_ar") or [])
    data.name_continuations.extend(raw.get("name_continuations_ar") or [])


def _merge_entity(item: dict[str, Any], data: _Data, file: str, line: int | None, seen: set[str]) -> None:
    entity_id = item["id"]
    if entity_id in seen:
        raise ConfigError(file, f"duplicate id {entity_id!r}", line=line, key="id")
    seen.add(entity_id)
    merged = dict(data.entities.get(entity_id, {}))
    merged.update(item)
    merged["variants_ar"] = list(merged.get("variants_ar") or [])
    for required in ("kind", "name_ar", "name_en"):
        if not merged.get(required):
            raise ConfigError(file, f"{required} is required for a new entity", line=line, key=required)
    data.entities[entity_id] = merged


def _build(data: _Data) -> Gazetteer:
    entities = {
        entity_id: Entity(
            id=entity_id,
            kind=raw["kind"],
            name_ar=raw["name_ar"],
            name_en=raw["name_en"],
            variants_ar=tuple(raw["variants_ar"]),
            role_ar=raw.get("role_ar"),
            role_en=raw.get("role_en"),
            country=raw.get("country"),
            agency=raw.get("agency"),
            held=tuple(
                Post(post["role_ar"], post.get("since"), post.get("until")) for post in raw.get("held") or []
            ),
        )
        for entity_id, raw in data.entities.items()
    }
    titles = {
        tid: Title(tid, raw["en"], tuple(raw["ar"]), raw["generic"]) for tid, raw in data.titles.items()
    }
    return Gazetteer(
        entities, titles, data.demonyms, data.ignore, data.demonyms_en, data.agencies, data.name_continuations
    )


def load_gazetteer(extra: Path | None = None) -> Gazetteer:
    """Load the built-in gazetteer, extended/overridden by ``extra`` when given."""
    if extra is None:
        return _default_gazetteer()
    data = _Data()
    _read_file(DEFAULT_GAZETTEER, data)
    _read_file(extra, data)
    return _build(data)


@functools.lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    data = _Data()
    _read_file(DEFAULT_GAZETTEER, data)
    return _build(data)


def find_titles(text: str, gazetteer: Gazetteer | None = None) -> list[TitleMatch]:
    """Titles/roles in ``text`` using ``gazetteer`` (the built-in one by default)."""
    return (gazetteer or _default_gazetteer()).find_titles(text)
