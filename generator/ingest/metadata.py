"""Read an article's metadata (title, publication date, outlet, author, language) from its text.

The publication date is taken only from a header line that is nothing but a date (optionally
with a weekday, a time or a "published on" prefix) among the first non-empty lines, so a photo
caption that merely contains a date ("... 19 يونيو 2024 (Getty)") is never mistaken for it.
Month and weekday names come from ``generator/data/months.yml`` (:mod:`generator.arabic.calendar`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from generator.arabic.calendar import calendar, read_calendar
from generator.arabic.dates import find_dates
from generator.arabic.gazetteer import load_gazetteer
from generator.arabic.normalize import fold_line
from generator.ingest.junk import JunkLexicon
from generator.models import Language, SourceMeta

HEADER_LINES = 6  # the publication date must be stated among this many first non-empty lines
# ... or, past them, on a line of its own with the time of day ("5 سبتمبر 2023 01:05" under a site's
# menus), among this many
TIMED_DATE_LINES = 15
_TIME_OF_DAY = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
AUTHOR_LINES = 10
MAX_CREDIT_WORDS = 8

_SENTENCE_END = re.compile(r"[.!؟?…]$")


def _alternation(words: list[str]) -> str:
    ordered = sorted({fold_line(word) for word in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


@dataclass(frozen=True)
class HeaderDateParser:
    """Recognises lines that consist only of a date, e.g. "الإثنين، 18 نوفمبر 2024 01:10 م".

    Arabic and numeric dates are read by ``generator.arabic.dates``; the rest of the line may only
    be "noise" (weekday, time, "آخر تحديث", a Hijri date, punctuation). Latin month names
    ("June 20, 2024") are read by ``line_pattern``.
    """

    month_numbers: dict[str, int]
    line_pattern: re.Pattern[str]
    noise_pattern: re.Pattern[str]
    publication_label: re.Pattern[str]

    def parse_line(self, line: str) -> date | None:
        bracketed = _BRACKETED.fullmatch(line)  # "(اخر تعديل 2024-12-18 00:16:21 )"
        if bracketed:
            line = bracketed.group(1)
        found = self._single_date_line(line)
        if found is not None:
            return found
        # "الثلاثاء 05/نوفمبر/2024 - 05:50 ص 11/5/2024 5:50:45 AM": the same day again, in digits
        repeated = _TRAILING_NUMERIC_DATE.search(line)
        if repeated and repeated.start() > 0:
            found = self._single_date_line(line[: repeated.start()])
            first, second = int(repeated.group("a")), int(repeated.group("b"))
            same_year = found is not None and found.year == int(repeated.group("y"))
            if same_year and found and (found.day, found.month) in ((first, second), (second, first)):
                return found
        return None

    def is_publication_line(self, line: str) -> bool:
        """Whether the line names its date as the publication date ("تاريخ النشر: …")."""
        return self.publication_label.match(fold_line(line)) is not None

    def _single_date_line(self, line: str) -> date | None:
        found = self._arabic_date_line(line)
        if found is not None:
            return found
        match = self.line_pattern.fullmatch(fold_line(line))
        if match is None:
            return None
        groups = match.groupdict()
        try:
            if groups.get("iy"):
                return date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
            if groups.get("nd"):
                return date(int(groups["ny"]), int(groups["nm"]), int(groups["nd"]))
            day, year = groups.get("d") or groups["d2"], groups.get("y") or groups["y2"]
            month_name = groups.get("m") or groups["m2"]
            month = self.month_numbers[re.sub(r"\s+", " ", month_name).lower()]
            return date(int(year), month, int(day))
        except (ValueError, KeyError):
            return None

    def _arabic_date_line(self, line: str) -> date | None:
        days = [m for m in find_dates(line, None) if m.precision == "day" and m.iso]
        if len(days) != 1 or days[0].iso is None:
            return None
        before = _DATELINE_CREDIT.sub(
            "", _without_dateline_place(line[: days[0].start])
        )  # "موسكو (كونا) 19 – 6 – 2024"
        after = _DATELINE_CREDIT.sub("", line[days[0].end :])
        rest = fold_line(before + " " + after)
        if self.noise_pattern.sub("", rest).strip(" \t-–—|،,.:/()[]"):
            return None
        return date.fromisoformat(days[0].iso)


_BRACKETED = re.compile(r"\(\s*(.+?)\s*\)")
_TRAILING_NUMERIC_DATE = re.compile(
    r"\s(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?\s*$"
)

# A dateline may name the city it was filed from ("بيونغ يانغ، 19-6-2024 (وكالات) -",
# "الرباط – الثلاثاء 12 نونبر 2024"): a known place from the gazetteer, then a comma or dash.
_DATELINE_PLACE = re.compile(r"^\s*(?P<place>[^\d،,–—(-]{2,40}?)\s*(?:[،,–—-]|(?=\())\s*")
# ...and end with a short agency credit in brackets or a time zone ("(وكالات)", "بتوقيت غرينتش").
_DATELINE_CREDIT = re.compile(r"\((?:\s*\S+){1,3}\s*\)|بتوقيت\s+\S+")


def _without_dateline_place(prefix: str) -> str:
    match = _DATELINE_PLACE.match(prefix)
    if match is None:
        return prefix
    place = match.group("place").strip()
    entities = load_gazetteer().find(place)
    is_place = len(entities) == 1 and entities[0].entity.kind in ("place", "country")
    if is_place and len(place) - (entities[0].end - entities[0].start) <= 2:
        return prefix[match.end() :]
    return prefix


def load_header_date_parser(path: Path | None = None) -> HeaderDateParser:
    table = read_calendar(path) if path else calendar()
    names = {name: month.number for month in table.months for name in (*month.arabic, *month.latin)}
    month_numbers = {fold_line(name).lower(): number for name, number in names.items()}
    months = _alternation(list(names))
    weekdays = _alternation(list(table.weekdays)) or "(?!)"
    prefixes = _alternation(list(table.date_prefixes)) or "(?!)"
    suffixes = _alternation(list(table.time_suffixes)) or "(?!)"
    sections = _alternation(list(table.section_labels)) or "(?!)"
    time_words = _alternation(list(table.time_prefixes)) or "(?!)"
    month = rf"(?:{months})"
    # the day, month and year may be set apart by commas, slashes or dashes ("29/نوفمبر/2024")
    part = r"\s*[,،/\-–]?\s*"
    day_first = (
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{part}(?P<m>{month})(?:\s*/\s*{month})?"
        rf"{part}(?P<y>\d{{4}})"
    )
    month_first = rf"(?P<m2>{month})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y2>\d{{4}})"
    numeric = (
        r"(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"
        r"|(?P<nd>\d{1,2})(?P<nsep>[-/.])(?P<nm>\d{1,2})(?P=nsep)(?P<ny>\d{4})"
    )
    clock = rf"(?:\s*[-|،,]?\s*(?:(?:{time_words})\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*(?:{suffixes}))*)?"
    pattern = (
        rf"(?:(?:{sections})(?:\s+\S+){{0,2}}\s+)?"
        rf"(?:(?:{prefixes})\s*:?\s*)?(?:(?:{weekdays})\s*[,،.]?\s*)?"
        rf"(?:{day_first}|{month_first}|{numeric}){clock}(?:\s*(?:{suffixes}))?\s*\.?"
    )
    hijri = _alternation(list(table.hijri_months)) or "(?!)"
    noise = (
        rf"(?:{weekdays})|(?:{prefixes})|(?:(?<!\w)(?:{time_words})\s*(?=\d{{1,2}}:\d{{2}}))|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|(?:(?<!\w)(?:{suffixes})(?!\w))"
        rf"|\d{{1,2}}\s*(?:{hijri})\s*\d{{4}}\s*(?:هـ|ه)?(?!\w)|[\s\-–—|،,.:/()\[\]]+"
    )
    labels = _alternation(list(table.publication_labels)) or "(?!)"
    return HeaderDateParser(
        month_numbers,
        re.compile(pattern, re.IGNORECASE),
        re.compile(noise, re.IGNORECASE),
        re.compile(rf"\s*(?:{labels})(?!\w)", re.IGNORECASE),
    )


@lru_cache(maxsize=1)
def default_header_date_parser() -> HeaderDateParser:
    return load_header_date_parser()


def _non_empty_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _labelled_value(line: str, labels: tuple[str, ...]) -> str | None:
    """``X`` from a short "label: X" line whose label is one of ``labels`` (folded)."""
    parts = re.split(r"\s*[:：]\s*", line, maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return None
    if fold_line(parts[0]).lower() not in labels:
        return None
    value = parts[1].strip()
    return value if len(value.split()) <= MAX_CREDIT_WORDS else None


# A header line may hold the date among other fields ("المصدر: سكاي نيوز عربية | الاثنين 13 كانون
# الثاني 2025 - 7:15"), or open the text with an ISO date ("date 2025-08-21 تظهر تقديرات ...").
_FIELD_SEPARATOR = re.compile(r"\s*[|•]\s*")
_LEADING_ISO = re.compile(
    r"^\s*(?:date\s*:?\s*)?(\d{4})-(\d{2})-(\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2})?)?(?!\d)", re.I
)


# "نشرت في 12 يونيو 2024 آخر تحديث 13 يونيو 2024": the publication date is the one before the update
_UPDATE_LABEL = re.compile(r"\s(?:آخر تحديث|اخر تحديث|تم التحديث|Last updated|Updated)\b.*$", re.IGNORECASE)


# "منذ 3 ساعة (19-11-2024 18:24:18) (سياسة)": the page's age, then its date, then its section
_AGE = re.compile(r"^\s*منذ\s+\d{1,3}\s+(?:ساعة|ساعه|ساعات|ساعتين|دقيقة|دقيقه|دقائق|دقايق|يوم|أيام|ايام)\s*")
_SECTION_TAG = re.compile(r"\s*\(\s*[^\d()]{2,20}\s*\)\s*$")


def _line_date(line: str, parser: HeaderDateParser) -> date | None:
    age = _AGE.match(line)
    if age is not None and age.end() < len(line):
        return _line_date(_SECTION_TAG.sub("", line[age.end() :]), parser)
    before_update = _UPDATE_LABEL.sub("", line)
    if before_update != line and before_update.strip():
        found = _line_date(before_update, parser)
        if found is not None:
            return found
    found = parser.parse_line(line)
    if found is not None:
        return found
    for field in _FIELD_SEPARATOR.split(line):
        if field and field != line:
            found = parser.parse_line(field)
            if found is not None:
                return found
    leading = _LEADING_ISO.match(line)
    if leading:
        try:
            return date(int(leading.group(1)), int(leading.group(2)), int(leading.group(3)))
        except ValueError:
            return None
    return None


def find_published(lines: list[str], parser: HeaderDateParser) -> date | None:
    """The first header line's date, unless another header line labels its date as the
    publication date ("تاريخ النشر: …"): that one wins."""
    dated = [(line, found) for line in lines[:HEADER_LINES] if (found := _line_date(line, parser))]
    labelled = [found for line, found in dated if parser.is_publication_line(line)]
    if labelled:
        return labelled[0]
    if dated:
        return dated[0][1]
    timed = (
        found
        for line in lines[HEADER_LINES:TIMED_DATE_LINES]
        if _TIME_OF_DAY.search(line) and (found := _line_date(line, parser))
    )
    return next(timed, None)


def find_title(lines: list[str], parser: HeaderDateParser, lexicon: JunkLexicon) -> str | None:
    """The first line with letters that is not a date line or a byline / source credit."""
    labels = lexicon.author_labels + lexicon.outlet_labels
    for line in lines:
        if not any(ch.isalpha() for ch in line) or parser.parse_line(line) is not None:
            continue
        if _labelled_value(line, labels) is None:
            return line
    return None


def find_author(lines: list[str], lexicon: JunkLexicon) -> str | None:
    for line in lines[:AUTHOR_LINES]:
        value = _labelled_value(line, lexicon.author_labels)
        if value:
            return value
    return None


def find_outlet(lines: list[str], lexicon: JunkLexicon) -> str | None:
    """The last "المصدر: X" line, else a final parenthesised credit such as "(رويترز، العربي الجديد)"."""
    for line in reversed(lines):
        value = _labelled_value(line, lexicon.outlet_labels)
        if value:
            return value
    if lines:
        credit = re.fullmatch(r"\((.+)\)", lines[-1])
        if credit:
            inner = credit.group(1).strip()
            if len(inner.split()) <= MAX_CREDIT_WORDS and not _SENTENCE_END.search(inner):
                return inner
    return None


def detect_language(text: str) -> Language:
    """ "en" when most letters are Latin, else "ar"."""
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    letters = sum(1 for ch in text if ch.isalpha())
    return "en" if letters and latin * 2 > letters else "ar"


def meta_from_text(cleaned: str, fallback_title: str, lexicon: JunkLexicon) -> SourceMeta:
    """Metadata read from the cleaned text (sidecar overrides are applied by the caller)."""
    parser = default_header_date_parser()
    lines = _non_empty_lines(cleaned)
    return SourceMeta(
        title=find_title(lines, parser, lexicon) or fallback_title,
        published=find_published(lines, parser),
        outlet=find_outlet(lines, lexicon),
        author=find_author(lines, lexicon),
        url=None,
        language=detect_language(cleaned),
    )
