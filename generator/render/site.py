"""Per-language rendering context shared by every page: text, labels, names, source links."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

from generator.curate.translations import memory_key
from generator.errors import ConfigError
from generator.models import Diagnostic, EntityRef, FactSet, Provenance, Source
from generator.render import formatting
from generator.render.escape import css_id, format_inert, inert, safe_url
from generator.render.links import Linker
from generator.render.ui_text import UiText

FACT_ANCHOR_PREFIX = {"quotes": "q", "troop_estimates": "t", "events": "e", "treaty_provisions": "tp"}
FACT_PAGE = {
    "quotes": "explainer/statements.md",
    "troop_estimates": "explainer/troops.md",
    "events": "explainer/timeline.md",
    "treaty_provisions": "explainer/treaty.md",
}


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One link from a fact to the sentence it was read in."""

    href: Markup
    label: str  # "[3]": the source's number on the sources index
    sentence: str  # shown as the link's title (tooltip)
    source_title: str
    source_id: str
    external: bool = False  # cited by an author's ``url:``: the link leaves the site


def fact_anchor(kind: str, fact_id: str) -> Markup:
    """The page anchor of a fact: its id as an editor sees it in ``facts.json`` and
    ``corrections.yml`` (``q-0123456789ab``), never with the prefix doubled (``q-q-...``)."""
    prefix = FACT_ANCHOR_PREFIX[kind]
    own = (f"{prefix}-", "p-") if kind == "treaty_provisions" else (f"{prefix}-",)  # p-: facts.schema.json
    if fact_id.startswith(own) and re.fullmatch(r"[A-Za-z0-9_-]+", fact_id):
        return Markup(fact_id)  # only [A-Za-z0-9_-]: nothing to escape
    return css_id(prefix, fact_id)


def href(value: str) -> Markup:
    """An href built by the generator: percent-encode unusual characters, HTML-escape."""
    return Markup(escape(quote(value, safe="/#-_.~:%?=&")))


@dataclass(slots=True)
class Site:
    """Everything a template needs for one language."""

    lang: str
    text: UiText
    facts: FactSet
    translations: Mapping[str, str]
    entity_names: Mapping[str, EntityRef]
    directory_urls: bool = True
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # fact id -> page that shows it, for pages split by period (else FACT_PAGE of its kind)
    fact_pages: dict[str, str] = field(default_factory=dict)
    _sources: dict[str, Source] = field(default_factory=dict)
    _numbers: dict[str, int] = field(default_factory=dict)
    # the first source (by id) of each file, title and outlet: looked up once per source page
    # and per list row, so a scan of every source each time made the site quadratic
    _by_file: dict[str, Source] = field(default_factory=dict)
    _by_title: dict[str, Source] = field(default_factory=dict)
    _outlet_en: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        ordered = sorted(self.facts.sources, key=lambda s: s.id)
        self._sources = {s.id: s for s in ordered}
        self._numbers = {s.id: i for i, s in enumerate(ordered, start=1)}
        for s in ordered:
            self._by_file.setdefault(s.file, s)
            self._by_title.setdefault(s.meta.title, s)
            if s.meta.outlet is not None and s.meta.outlet_en:
                self._outlet_en.setdefault(s.meta.outlet, s.meta.outlet_en)

    @property
    def direction(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"

    def linker(self, md_path: str) -> Linker:
        return Linker(md_path, self.lang, self.directory_urls)

    def source(self, source_id: str) -> Source | None:
        return self._sources.get(source_id)

    def source_number(self, source_id: str) -> int:
        return self._numbers.get(source_id, 0)

    # ------------------------------------------------------------ text

    def t(self, key: str, **values: object) -> str:
        """UI string ``key`` with ``{name}`` fields filled in."""
        template = self.text.ui[key]
        if isinstance(template, Mapping):
            template = template.get("other") or next(iter(template.values()))
        if not values:
            return str(template)
        try:
            return str(template).format(**values)
        except (KeyError, IndexError, ValueError) as exc:
            expected = ", ".join("{" + name + "}" for name in sorted(values))
            message = f"bad placeholder ({exc}); this text may use {expected}"
            raise ConfigError(self.text.file, message, key=f"ui.{key}") from exc

    def tm(self, key: str, **values: object) -> Markup:
        """Like :meth:`t` but as Markup, keeping Markup values (e.g. language-tagged names)."""
        template = self.text.ui[key]
        if isinstance(template, Mapping):
            template = template.get("other") or next(iter(template.values()))
        return format_inert(str(template), **values)

    def n(self, key: str, count: int, **values: object) -> str:
        """UI string ``key`` in the plural form for ``count`` (fills ``{n}``)."""
        return formatting.pluralize(self.text.ui[key], self.lang, count, **values)

    def label(self, group: str, key: str | None) -> str:
        """Author's label for ``key``; the key itself (and a warning) when the label is missing."""
        if key is None:
            return self.t("none")
        found = self.text.label(group, key)
        if found is None:
            warning = f"no label for {group} '{key}' (add it under labels.{group})"
            diagnostic = Diagnostic("warning", self.text.file, warning)
            if diagnostic not in self.diagnostics:
                self.diagnostics.append(diagnostic)
            return key
        return found

    def date(self, iso: str | None, precision: str | None = None, end: str | None = None) -> str:
        if not iso:
            return self.t("undated")
        shown = formatting.format_date_range(iso, end, self.lang, precision) if end else None
        return shown or formatting.format_date(iso, self.lang, precision) or iso

    def number(self, value: int) -> str:
        return formatting.format_number(value, self.lang)

    def remembered(self, kind: str, original: str | None) -> str | None:
        """The English the translation memory holds for a name, role or outlet (``name:<Arabic>``)."""
        if self.lang != "en" or not original:
            return None
        return self.translations.get(memory_key(kind, original))

    def entity_name(self, entity: EntityRef) -> str:
        if self.lang == "en" and entity.name_en:
            return entity.name_en
        return self.remembered("name", entity.name_ar) or entity.name_ar

    def name_pending(self, entity: EntityRef) -> bool:
        """English page, a name with no English form yet (shown in Arabic, marked)."""
        return self.lang == "en" and not entity.name_en and not self.remembered("name", entity.name_ar)

    def entity_role(self, entity: EntityRef) -> str | None:
        if self.lang == "en":
            return entity.role_en or self.remembered("role", entity.role_ar) or entity.role_ar
        return entity.role_ar

    def actor_name(self, actor: str) -> str:
        """Name of an event actor given as an entity id, or the name as written."""
        entity = self.entity_names.get(actor)
        if entity is not None:
            return self.entity_name(entity)
        side = self.text.label("side", actor)
        return side or actor

    def name(self, entity: EntityRef) -> Markup:
        """The entity's name in the page language when known, tagged with its language."""
        english = entity.name_en or self.remembered("name", entity.name_ar)
        if self.lang == "en" and english:
            return in_language(english, self.lang, "en")
        return in_language(entity.name_ar, self.lang, "ar")

    def actor(self, actor: str) -> Markup:
        """An event actor / place (entity id, side id or name as written), tagged with its language."""
        entity = self.entity_names.get(actor)
        if entity is not None:
            return self.name(entity)
        side = self.text.label("side", actor)
        return inert(side) if side else in_language(actor, self.lang)

    def fact_text(self, text: str, provenances: Iterable[Provenance]) -> Markup:
        """Words quoted from a source, tagged with that source's language."""
        for provenance in provenances:
            source = self.source(provenance.file)
            if source is not None:
                return in_language(text, self.lang, source.meta.language)
        return in_language(text, self.lang)

    def source_title(self, source: Source) -> Markup:
        """The title in the page language: the translation memory's ``source:<id>`` entry on the
        English side, else the original (see :meth:`title_pending` for the label)."""
        english = self._english_title(source) if self.lang == "en" else None
        if english and source.meta.language != "en":
            return in_language(english, self.lang, "en")
        return in_language(source.meta.title, self.lang, source.meta.language)

    def english_title(self, title: str) -> str:
        """On the English side, a source's title as the translation memory gives it (for the
        page title and heading of its page); anything else unchanged."""
        if self.lang != "en":
            return title
        source = self._by_title.get(title)
        return (self._english_title(source) if source else None) or title

    def _english_title(self, source: Source) -> str | None:
        """The translation memory's ``source:<id>``, else the sidecar's ``title_en``."""
        return self.translations.get(f"source:{source.id}") or source.meta.title_en

    def title_pending(self, file: str) -> bool:
        """English page, the title of the source read from ``file`` has no English yet."""
        source = self._by_file.get(file)
        if source is None or self.lang != "en" or source.meta.language == "en":
            return False
        return not self._english_title(source)

    def outlet(self, name: str) -> Markup:
        """An outlet's name: the translation memory's ``outlet:<name>`` on the English side."""
        english = self.remembered("outlet", name) or self._sidecar_outlet(name)
        return in_language(english, self.lang, "en") if english else in_language(name, self.lang)

    def _sidecar_outlet(self, name: str) -> str | None:
        if self.lang != "en":
            return None
        return self._outlet_en.get(name)

    def pending_label(self) -> Markup:
        return Markup('<span class="translation-pending">{}</span>').format(self.t("translation_pending"))

    def side_name(self, country: str | None) -> str:
        return self.label("side", country) if country else self.t("none")

    # ------------------------------------------------------------ links

    def refs(self, linker: Linker, provenances: Iterable[Provenance]) -> list[SourceRef]:
        """Links to every distinct cited sentence, ordered by source number then position."""
        unique = {(p.file, p.start): p for p in provenances}
        ordered = sorted(unique.values(), key=lambda p: (self.source_number(p.file), p.file, p.start))
        per_source: dict[str, int] = {}
        for provenance in ordered:
            per_source[provenance.file] = per_source.get(provenance.file, 0) + 1
        seen: dict[str, int] = {}
        result = []
        for provenance in ordered:
            url = safe_url(provenance.file) if "://" in provenance.file else None
            if url is not None:  # evidence outside seeds/ (a correction's url:): labelled by host
                host = urlsplit(url).netloc.removeprefix("www.")
                sentence = " ".join(provenance.sentence.split())
                result.append(SourceRef(href(url), host, sentence, host, provenance.file, external=True))
                continue
            source = self.source(provenance.file)
            number = self.source_number(provenance.file)
            seen[provenance.file] = seen.get(provenance.file, 0) + 1
            suffix = _letter(seen[provenance.file]) if per_source[provenance.file] > 1 else ""
            result.append(
                SourceRef(
                    href=href(linker.sentence(provenance)),
                    label=f"[{number}{suffix}]",
                    sentence=" ".join(provenance.sentence.split()),
                    source_title=source.meta.title if source else provenance.file,
                    source_id=provenance.file,
                )
            )
        return result

    def reported_by(self, provenances: Iterable[Provenance]) -> str:
        return self.n("reported_by", len({p.file for p in provenances}))


def _letter(position: int) -> str:
    """1 -> "a", 26 -> "z", 27 -> "aa": tells apart several sentences of one source."""
    letters = ""
    while position > 0:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def entity_index(facts: FactSet) -> dict[str, EntityRef]:
    """Linked entities met anywhere in the fact set, by id (first one wins, deterministic)."""
    found: dict[str, EntityRef] = {}
    refs = [q.speaker for q in facts.quotes] + [e.claimant for e in facts.troop_estimates]
    for entity in sorted(refs, key=lambda e: (e.id or "", e.name_ar)):
        if entity.id and entity.linked and entity.id not in found:
            found[entity.id] = entity
    return found


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def text_language(text: str) -> str:
    """'ar' when at least a fifth of the letters in ``text`` are Arabic, else 'en'."""
    arabic, latin = len(_ARABIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))
    return "ar" if arabic and arabic * 4 >= latin else "en"


def in_language(text: str, page_lang: str, lang: str | None = None) -> Markup:
    """``text`` made inert, wrapped with its own lang/dir when it differs from the page's.

    ``lang`` is the text's language when known (e.g. a source's); otherwise it is guessed.
    """
    lang = lang or text_language(text)
    if lang == page_lang:
        return inert(text)
    direction = "rtl" if lang == "ar" else "ltr"
    return Markup('<span lang="{}" dir="{}">{}</span>').format(lang, direction, inert(text))
