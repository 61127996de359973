"""Temporal expressions in Arabic news text, resolved against the publication date.

Rules (``published`` is the article's publication date):

* Absolute dates with Egyptian/MSA, Maghrebi and Levantine month names, alone or compound
  (``حزيران/يونيو``, ``يونيو (حزيران)``), with or without day and year; ``من 8 إلى 13 أكتوبر`` and
  ``بين 8 و13 أكتوبر`` are ranges. Numeric ``19/6/2024`` and ``2024-06-19`` are read too.
* A missing year comes from ``published``: ``الماضي/الفائت/المنصرم`` → the latest occurrence
  BEFORE publication, ``الجاري/الحالي`` → the publication year, ``المقبل/القادم`` → the next one
  after it, unmarked → the latest occurrence not after publication.
* A bare weekday is the latest such day on or before publication (``الماضي``: strictly before;
  ``المقبل``: strictly after; after ``المقرر/المرتقب`` in its clause, scheduled: on or after; so is
  ``ابتداء/اعتبارا من`` + weekday in a clause with a future verb).
  ``أمس/اليوم/غدا`` + weekday: when the weekday does not fall on
  the day the word points to, the WEEKDAY wins (writers often keep "أمس" from the day they wrote
  the piece): we take the date with that weekday nearest to the pointed-to day, never on the
  wrong side of publication, and set ``flag="weekday-mismatch"``. An explicit date preceded by
  a weekday that does not match it keeps the date and gets the same flag.
* ``الأسبوع الماضي/هذا الأسبوع/المقبل`` are Monday–Sunday ranges; ``هذا الشهر/الشهر الماضي``
  months; ``العام الماضي`` years; ``عام 2000``/``لعام 1961`` years; ``1950-1953`` a year range.
* ``حتى اليوم`` / ``إلى اليوم`` ("so far") bound a duration and are no date.
* Without ``published`` relative expressions stay unresolved (``resolved=False``, ``iso=None``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from generator.arabic.calendar import calendar
from generator.arabic.normalize import NormalizedText, fold, normalize_with_offsets, reuse_or_normalize
from generator.arabic.ordinals import ORDINAL_DAYS
from generator.arabic.phrases import trie_pattern
from generator.arabic.tokens import matches_at, word_positions
from generator.models import DatePrecision

# Month spellings of every system (generator/data/months.yml), folded as the text is.
_MONTHS = {fold(form): month.number for month in calendar().months for form in month.arabic}
_AMBIGUOUS_MONTHS = frozenset(fold(form) for form in calendar().ambiguous_months)
_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_PAST = r"الماضي|الماضيه|الفايت|الفايته|المنصرم|المنصرمه|السابق"
_CURRENT = r"الجاري|الجاريه|الحالي|الحاليه"
_FUTURE = r"المقبل|المقبله|القادم|القادمه"


def _names(forms: list[str]) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


_ORDINAL = rf"(?:{_names(list(ORDINAL_DAYS))})"
# A letter never continues a name, but a digit may be glued to it as scraped pages print
# "الجمعة21يونيو": a letter-to-digit seam is a word boundary.
_NO_LETTER_AFTER = r"(?![^\W\d_])"
_SEAM_BEFORE_DIGIT = r"(?:(?<!\w)|(?<=[^\W\d_])(?=\d))"
_MONTH = rf"(?:{_names(list(_MONTHS))}){_NO_LETTER_AFTER}"
_MONTH_RE = (
    rf"(?P<m1>{_MONTH})(?:\s*[/\\]\s*(?P<m2>{_MONTH})|\s*\(\s*(?P<m3>{_MONTH})\s*\)|\s+(?P<m4>{_MONTH}))?"
    # "9 فبراير 2000", "9 من شباط عام 2000", "19 يونيو من العام 2024"
    rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال)?(?:عام|سنه)\s+)?(?P<year>(?:19|20)\d\d)(?!\d))?"
    rf"(?:\s+(?P<rel>{_PAST}|{_CURRENT}|{_FUTURE})(?!\w))?"
    # "في يونيو حزيران من العام الماضي": the year named relative to publication
    rf"(?:\s+من\s+(?:العام|السنه)\s+(?P<yrel>{_PAST}|{_CURRENT}|{_FUTURE})(?!\w)|\s+من\s+(?P<ythis>هذا\s+العام))?"
)
_DATE_RE = re.compile(
    rf"(?:{_SEAM_BEFORE_DIGIT}[وبلف]?)(?:(?P<kw>من|بين)\s+)?"
    r"(?:(?:ال)?(?P<day1>[0-3]?\d)(?P<sep>\s*[-–]\s*|\s+(?:الي|حتي)\s+|\s*و\s*)(?=\d))?"
    rf"(?:(?:ال)?(?P<day>[0-3]?\d)\s*(?:من\s+)?|(?P<oday>{_ORDINAL})\s+من\s+)?{_MONTH_RE}"
)
# "في 11 من الشهر ذاته": a day of the month named last before it in the same text
_SAME_MONTH_RE = re.compile(
    rf"(?<!\w)(?:(?:ال)?(?P<day>[0-3]?\d)|(?P<oday>{_ORDINAL}))\s+من\s+"
    r"(?:(?:ذات|نفس)\s+الشهر|الشهر\s+(?:ذاته|نفسه|عينه))(?!\w)"
)
_CONTEXT_BEFORE = re.compile(r"(?:في|منذ|خلال|شهر|حتي|بدايه|نهايه|مطلع|اواخر|اوايل|منتصف|اواسط|قبل|بعد)\s+$")
_NUMERIC_RE = re.compile(
    r"(?<![\d/.-])(?:(?P<d>[0-3]?\d)(?:[/.-]|\s+[-–]\s+)(?P<m>[0-3]?\d)(?:[/.-]|\s+[-–]\s+)(?P<y>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d))(?![\d/.-])"
)
_YEAR_RE = re.compile(
    r"(?<!\w)[وبلف]{0,2}(?P<k1>(?:ال)?(?:عام|عامي|سنه|سنتي))\s+(?P<y1>(?:19|20)\d\d)(?!\d)"
    r"(?:\s*و\s*(?P<y2>(?:19|20)\d\d)(?!\d))?"
    r"|(?<!\w)[وف]?(?P<k3>منذ|حتي|قبل|بعد|خلال|مطلع|نهايه|بدايه)\s+(?P<y3>(?:19|20)\d\d)(?![\d.,]|\s*(?:الف|مليون))"
    r"|(?<![\d/.-])(?P<ya>(?:19|20)\d\d)\s*[-–]\s*(?P<yb>(?:19|20)\d\d)(?![\d/.-])"
)
_WEEKDAY_RE = re.compile(
    r"(?<!\w)(?:[وف]?(?P<lead>امس\s+الاول|اول\s+(?:من\s+)?امس|امس|اليوم|غدا|(?:يوم|مساء|صباح|ظهر|فجر|ليله|عصر)"
    r"(?:\s+اليوم)?)\s+)?[وبل]?(?P<wd>"
    + _names(list(_WEEKDAYS))
    + rf")(?:\s+(?P<rel>{_PAST}|{_FUTURE}))?{_NO_LETTER_AFTER}"
)
_RELATIVE_RE = re.compile(
    r"(?<!\w)[وفل]?(?:"
    r"(?P<d2>امس\s+الاول|اول\s+(?:من\s+)?امس)|(?P<dm1>ب?الامس|امس)"
    # ("في اليوم الأول للزيارة", "اليوم الثاني من القمة": a day counted, not today)
    r"|(?P<d0>(?<!روسيا )(?<!حتي )(?<!الي )اليوم"
    r"(?!\s+(?:الاول|الثاني|الثالث|الرابع|الخامس|الاخير|الختامي)(?!\w)))"
    r"|(?P<dp2>بعد\s+غد)"
    r"|(?P<dp1>غدا|غد)"
    rf"|(?P<wk>هذا\s+الاسبوع|الاسبوع\s+(?:{_PAST}|{_CURRENT}|{_FUTURE}))"
    rf"|(?P<mo>هذا\s+الشهر|الشهر\s+(?:{_PAST}|{_CURRENT}|{_FUTURE}))"
    rf"|(?P<yr>هذا\s+العام|هذه\s+السنه|(?:العام|السنه)\s+(?:{_PAST}|{_CURRENT}|{_FUTURE}))"
    r")(?!\w)"
)


# Cheap tests for a literal that every match of the pattern must contain: most sentences hold no
# date at all, and these scans are much faster than the full patterns.
_MONTH_TRIE = trie_pattern(_MONTHS, gap=r"\s+")  # a space in a month name: any run of whitespace
_MAY_HAVE_DATE = re.compile(rf"(?:{_MONTH_TRIE}){_NO_LETTER_AFTER}")  # where _MONTH matches
# "13-يناير-2025", "10 – يونيو – 2025" (a day, a month name and a year joined by dashes) and
# "ديسمبر 04, 2024" (month name first, as in English): both name a whole date
_DASHED_OR_MONTH_FIRST_RE = re.compile(
    rf"(?<![\d\w])(?P<day>[0-3]?\d)\s*[-–—]\s*(?P<m1>{_MONTH})\s*[-–—]\s*(?P<year>(?:19|20)\d\d)(?!\d)"
    rf"|(?<!\w)(?P<m1b>{_MONTH})\s+(?P<dayb>[0-3]?\d)\s*[,،]\s*(?P<yearb>(?:19|20)\d\d)(?!\d)"
)
_MAY_HAVE_NUMERIC = re.compile(r"\d\s*[/.–-]")
_MAY_HAVE_YEAR = re.compile(r"(?:19|20)\d\d")
_MAY_HAVE_WEEKDAY = re.compile("|".join(_WEEKDAYS))
_MAY_HAVE_RELATIVE = re.compile(
    trie_pattern(["امس", "اليوم", "غد", "الاسبوع", "الشهر", "العام", "السنه"], gap=r"\s+")
)

# The same gates as sets of \w+ tokens, for a caller that has the text's tokens (a set test, not a
# scan). A _RELATIVE_RE match opens at a word start ((?<!\w)) with a glued و/ف/ل or none, and its
# first word ends at a space or at (?!\w): that token is one of these.
_RELATIVE_FIRST_WORDS = ("امس", "اول", "بالامس", "الامس", "اليوم", "بعد", "غدا", "غد", "هذا", "هذه",
                         "الاسبوع", "الشهر", "العام", "السنه")  # fmt: skip
_RELATIVE_TOKENS = frozenset(p + word for p in ("", "و", "ف", "ل") for word in _RELATIVE_FIRST_WORDS)
# In a text with no digit and no "_", a _DATE_RE match has no day number: its month name opens a
# word (after a glued و/ب/ل/ف, "من"/"بين" or an ordinal day and "من") and its first word ends at a
# space or a non-word character (a month name is never followed by a letter): that token is one of
# these. None when a month name is not made of letters and spaces (the regex gate is used then).
_MONTH_TOKENS = (
    frozenset(prefix + name.split()[0] for prefix in ("", "و", "ب", "ل", "ف") for name in _MONTHS)
    if all(part.isalpha() for name in _MONTHS for part in name.split())
    else None
)
_DIGIT_OR_UNDERSCORE = re.compile(r"[\d_]")  # any day, year or numeric date needs a digit


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int  # offsets into the text given to find_dates()
    end: int
    iso: str | None  # "2024-06-19", "2024-06" or "2024"; None when unresolved
    precision: DatePrecision
    end_iso: str | None = None  # for ranges
    flag: str | None = None  # "weekday-mismatch" when a weekday overrode أمس/اليوم/غدا or a date
    resolved: bool = True
    text: str = ""
    relative: bool = False  # True when the value depends on the publication date
    month_day: str | None = None  # "--06-19" / "--06" when the year is unknown (unresolved)


def _direction(rel: str | None) -> int:
    if not rel:
        return 0
    if re.fullmatch(_PAST, rel):
        return -1
    return 2 if re.fullmatch(_CURRENT, rel) else 1


def _month_number(match: re.Match[str]) -> int:
    return _MONTHS[re.sub(r"\s+", " ", match.group("m1"))]


# A day and month with no year and no "الماضي"/"المقبل" up to this many days after publication is
# this year's (a date to come, told in the run-up to it); further on, it is last year's
NEAR_FUTURE_DAYS = 21


def _resolve_day(month: int, day: int, published: date, direction: int) -> date | None:
    """The date with ``month``/``day`` in the year implied by ``direction`` and publication."""
    years = [published.year - 1, published.year, published.year + 1]
    candidates = []
    for year in years:
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if direction == 2:
        chosen = [c for c in candidates if c.year == published.year]
    elif direction == 1:
        chosen = [c for c in candidates if c > published][:1]
    else:
        # "مع دنو موعد قمة 12 حزيران/ يونيو" in a piece of 31 May: the coming one, not last year's
        coming = (
            [c for c in candidates if 0 < (c - published).days <= NEAR_FUTURE_DAYS] if direction == 0 else []
        )
        chosen = (
            coming or [c for c in candidates if (c < published if direction == -1 else c <= published)][-1:]
        )
    return chosen[0] if chosen else None


def _resolve_month_year(month: int, published: date, direction: int) -> int:
    current = (published.year, published.month)
    if direction == 2:
        return published.year
    if direction == 1:
        return published.year if (published.year, month) > current else published.year + 1
    if direction == -1:
        return published.year if (published.year, month) < current else published.year - 1
    return published.year if (published.year, month) <= current else published.year - 1


def _has_month_context(norm: NormalizedText, match: re.Match[str]) -> bool:
    """A bare ambiguous month word ("مارس", "آب") counts only after a time preposition."""
    if match.start("m1") != match.start():
        return False
    return bool(_CONTEXT_BEFORE.search(norm.text, max(0, match.start() - 12), match.start()))


def _day_text(match: re.Match[str]) -> str | None:
    """The day as digits: "19 يونيو" or an ordinal word ("الرابع من ديسمبر")."""
    if match.group("oday"):
        return str(ORDINAL_DAYS[re.sub(r"\s+", " ", match.group("oday"))])
    return match.group("day")


_MONTH_PRECISIONS = ("day", "month", "range")


def _same_month(norm: NormalizedText, matches: list[DateMatch]) -> list[DateMatch]:
    """Add "في 11 من الشهر ذاته": the day in the month of the last date before it."""
    added = []
    for match in _SAME_MONTH_RE.finditer(norm.text):
        span = norm.span_to_original(match.start(), match.end())
        earlier = [m for m in matches if m.end <= span[0] and m.iso and m.precision in _MONTH_PRECISIONS]
        if not earlier or any(m.start < span[1] and span[0] < m.end for m in matches):
            continue
        year, month = (int(part) for part in str(earlier[-1].iso)[:7].split("-"))
        try:
            value = date(year, month, int(_day_text(match) or 0))
        except ValueError:
            continue
        surface = norm.original[span[0] : span[1]]
        added.append(DateMatch(*span, value.isoformat(), "day", text=surface, relative=earlier[-1].relative))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


def _absolute(norm: NormalizedText, match: re.Match[str], published: date | None) -> DateMatch | None:
    month = _month_number(match)
    day_text, year_text, direction = _day_text(match), match.group("year"), _direction(match.group("rel"))
    if not year_text and published is not None and (match.group("yrel") or match.group("ythis")):
        shift = {-1: -1, 2: 0, 1: 1}[_direction(match.group("yrel"))] if match.group("yrel") else 0
        year_text = str(published.year + shift)
    compound = match.group("m2") or match.group("m3") or match.group("m4")
    month_only = not (day_text or year_text or compound or match.group("rel"))
    if month_only and match.group("m1") in _AMBIGUOUS_MONTHS and not _has_month_context(norm, match):
        return None
    day_key = "day" if match.group("day") else "oday"
    first_key = "day1" if match.group("day1") else (day_key if day_text else "m1")
    start = match.start("kw") if match.group("kw") and match.group("day1") else match.start(first_key)
    span = norm.span_to_original(start, match.end())
    surface = norm.original[span[0] : span[1]]
    if day_text is None:
        if year_text:
            return DateMatch(*span, f"{int(year_text):04d}-{month:02d}", "month", text=surface)
        if published is None:
            return DateMatch(
                *span, None, "month", resolved=False, text=surface, relative=True, month_day=f"--{month:02d}"
            )
        year = _resolve_month_year(month, published, direction)
        return DateMatch(*span, f"{year:04d}-{month:02d}", "month", text=surface, relative=True)
    days = [int(day_text)] + ([int(match.group("day1"))] if match.group("day1") else [])
    if year_text:
        try:
            resolved = date(int(year_text), month, days[0])
        except ValueError:
            return None
    elif published is None:
        return DateMatch(
            *span, None, "range" if len(days) > 1 else "day", resolved=False, text=surface, relative=True,
            month_day=f"--{month:02d}-{days[0]:02d}" if 1 <= days[0] <= 31 else None,
        )  # fmt: skip
    else:
        resolved = _resolve_day(month, days[0], published, direction)  # type: ignore[assignment]
        if resolved is None:
            return None
    if len(days) > 1:
        if not 1 <= days[1] < days[0]:
            return None
        first = resolved.replace(day=days[1])
        return DateMatch(
            *span, first.isoformat(), "range", resolved.isoformat(), text=surface, relative=not year_text
        )
    return DateMatch(*span, resolved.isoformat(), "day", text=surface, relative=not year_text)


def _dashed_or_month_first(norm: NormalizedText, match: re.Match[str]) -> DateMatch | None:
    month_name = match.group("m1") or match.group("m1b")
    day, year = match.group("day") or match.group("dayb"), match.group("year") or match.group("yearb")
    try:
        value = date(int(year), _MONTHS[re.sub(r"\s+", " ", month_name)], int(day))
    except (ValueError, KeyError):
        return None
    span = norm.span_to_original(match.start(), match.end())
    return DateMatch(*span, value.isoformat(), "day", text=norm.original[span[0] : span[1]])


def _numeric(norm: NormalizedText, match: re.Match[str]) -> DateMatch | None:
    try:
        if match.group("d"):
            day, month = int(match.group("d")), int(match.group("m"))
            if month > 12 >= day:  # "06/20/2024": the American order, the only one that is a date
                day, month = month, day
            value = date(int(match.group("y")), month, day)
        else:
            value = date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
    except ValueError:
        return None
    span = norm.span_to_original(match.start(), match.end())
    return DateMatch(*span, value.isoformat(), "day", text=norm.original[span[0] : span[1]])


def _years(norm: NormalizedText, match: re.Match[str]) -> list[DateMatch]:
    found = []
    if match.group("ya"):
        span = norm.span_to_original(match.start("ya"), match.end("yb"))
        low, high = sorted((match.group("ya"), match.group("yb")))
        return [DateMatch(*span, low, "range", high, text=norm.original[span[0] : span[1]])]
    for group in ("y1", "y2", "y3"):
        if match.group(group):
            start = match.start({"y1": "k1", "y2": "y2", "y3": "k3"}[group])
            span = norm.span_to_original(start, match.end(group))
            found.append(DateMatch(*span, match.group(group), "year", text=norm.original[span[0] : span[1]]))
    return found


_LEAD_OFFSETS = {"امس": -1, "اليوم": 0, "غدا": 1}


def _lead_offset(lead: str | None) -> int | None:
    if not lead:
        return None
    lead = re.sub(r"\s+", " ", lead)
    if "امس" in lead:
        return -2 if ("الاول" in lead or lead.startswith("اول")) else -1
    if lead.endswith("اليوم"):
        return 0
    return _LEAD_OFFSETS.get(lead)


# "المقرر عقده يوم الاثنين", "القمة المرتقبة الجمعة": a scheduled day, not the last one before
# publication ("وكان من المقرر أن …" was scheduled and may be past: left as it is)
SCHEDULED = r"(?:ال)?(?:مقرر|مقرره|مزمع|مزمعه|مرتقب|مرتقبه)"  # (folded) "المقرر"، "المرتقبة": to come
_SCHEDULED_BEFORE = re.compile(rf"(?<!كان من )(?<!كانت من )(?<!\w){SCHEDULED}(?!\w)[^.،,:؛]*$")
SCHEDULED_REACH = 80
# "ستجر جنودا … ابتداء من الأحد": a day something starts from, in a clause whose verb is future (سوف,
# or س on an imperfect verb), is the next such day, not the last one
_STARTING_FROM = re.compile(r"(?<!\w)(?:ابتداء|اعتبارا|بدءا|انطلاقا)\s+من\s+(?:يوم\s+)?$")
_FUTURE_VERB = re.compile(r"(?<!\w)(?:سوف|[وف]?(?P<verb>س[يتن]\w{2,}))(?!\w)")
CLAUSE_BREAK = re.compile(r"[.،,:؛]")  # punctuation that ends a clause
# (folded) word starts that look like س + an imperfect verb but open nouns and names news copy often
# has: Seoul, politics, control, cars, sovereignty, years, sixty, Singapore, senator, Sergei, Syrskyi
_LOOKS_FUTURE = (
    "سيول",
    "سيئول",
    "سياس",
    "سيطر",
    "سيار",
    "سيناء",
    "سيناريو",
    "سياد",
    "سياق",
    "سنو",
    "سنه",
    "سنغ",
    "ستين",
    "ستون",
    "سته",
    "سيرغ",
    "سيرس",
    "ستال",
    "ستارم",
    "ستولت",
    "سيبير",
    "سينم",
    "سيده",
    "سيدات",
    "سيناتور",
)


def _weekday(norm: NormalizedText, match: re.Match[str], published: date | None) -> DateMatch | None:
    weekday_name, lead = match.group("wd"), match.group("lead")
    span = norm.span_to_original(match.start(), match.end())
    if (
        weekday_name == "الاثنين"
        and not (lead or match.group("rel"))
        and not _bare_weekday_ok(norm.text, match)
        and "الإثنين" not in norm.original[span[0] : span[1]]  # the day is often spelled with hamza
    ):
        return None  # "الاثنين" is also "the two"
    surface = norm.original[span[0] : span[1]].lstrip("وف") if not lead else norm.original[span[0] : span[1]]
    span = (span[1] - len(surface), span[1])
    if published is None:
        return DateMatch(*span, None, "day", resolved=False, text=surface, relative=True)
    target, offset = _WEEKDAYS[weekday_name], _lead_offset(lead)
    if offset is None:
        direction = _direction(match.group("rel"))
        back = (published.weekday() - target) % 7 or (7 if direction == -1 else 0)
        value = published - timedelta(days=back)
        if direction == 1:
            value = published + timedelta(days=(target - published.weekday()) % 7 or 7)
        elif direction == 0 and (
            _SCHEDULED_BEFORE.search(norm.text, max(0, match.start() - SCHEDULED_REACH), match.start())
            or _starts_in_future(norm.text, match.start())
        ):
            # "اجتماع … المقرر عقده يومي الاثنين والثلاثاء": what is scheduled (or starts, with a
            # future verb: "ستبدأ … اعتبارا من الاثنين") is still to come
            value = published + timedelta(days=(target - published.weekday()) % 7)
        return DateMatch(*span, value.isoformat(), "day", text=surface, relative=True)
    anchor = published + timedelta(days=offset)
    if anchor.weekday() == target:
        return DateMatch(*span, anchor.isoformat(), "day", text=surface, relative=True)
    options = [
        anchor + timedelta(days=d) for d in range(-6, 7) if (anchor + timedelta(days=d)).weekday() == target
    ]
    # "اليوم الخميس" in a piece dated Wednesday: the next day (a date line in another time zone, a
    # piece filed before midnight), not the Thursday six days before
    latest = published + timedelta(days=1) if offset == 0 else published
    allowed = [o for o in options if (o <= latest if offset <= 0 else o >= published)] or options
    value = min(allowed, key=lambda o: (abs((o - anchor).days), o))
    return DateMatch(*span, value.isoformat(), "day", flag="weekday-mismatch", text=surface, relative=True)


def _starts_in_future(text: str, weekday_start: int) -> bool:
    before = text[max(0, weekday_start - SCHEDULED_REACH) : weekday_start]
    marker = _STARTING_FROM.search(before)
    if marker is None:
        return False
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(before, 0, marker.start())), default=0)
    return any(
        verb.group("verb") is None or not verb.group("verb").startswith(_LOOKS_FUTURE)
        for verb in _FUTURE_VERB.finditer(before, clause_start, marker.start())
    )


# "أعلن شويغو الاثنين أن …"، "قال الوزير الاثنين إنه …": a reported clause or "عن" right after
# "الاثنين" makes it the day the words were said, not "the two"
_REPORTED_AFTER = re.compile(r"\s+(?:ب?[اأإ]ن(?:ه|ها|هم)?|عن)(?!\w)")


def _bare_weekday_ok(text: str, match: re.Match[str]) -> bool:
    after = text[match.end() : match.end() + 3]
    before = text[max(0, match.start() - 3) : match.start()].rstrip()
    if _REPORTED_AFTER.match(text, match.end()):
        return True
    return bool(re.match(r"\s*(?:[،,.)\-]|$|\d)", after)) or (bool(before) and before[-1] in "،,(-")


def _shift_month(year: int, month: int, delta: int) -> str:
    index = year * 12 + (month - 1) + delta
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _relative(norm: NormalizedText, match: re.Match[str], published: date | None) -> DateMatch:
    kind = next(name for name, value in match.groupdict().items() if value is not None)
    body = match.group(kind)
    span = norm.span_to_original(match.start(kind), match.end(kind))
    surface = norm.original[span[0] : span[1]]
    precision: DatePrecision = {"wk": "range", "mo": "month", "yr": "year"}.get(kind, "day")  # type: ignore[assignment]
    if published is None:
        return DateMatch(*span, None, precision, resolved=False, text=surface, relative=True)
    rel = re.search(rf"{_PAST}|{_CURRENT}|{_FUTURE}", body)
    step = {-1: -1, 0: 0, 1: 1, 2: 0}[_direction(rel.group() if rel else None)]
    if kind == "wk":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        sunday = monday + timedelta(days=6)
        return DateMatch(*span, monday.isoformat(), "range", sunday.isoformat(), text=surface, relative=True)
    if kind == "mo":
        return DateMatch(*span, _shift_month(published.year, published.month, step), "month", text=surface,
                         relative=True)  # fmt: skip
    if kind == "yr":
        return DateMatch(*span, f"{published.year + step:04d}", "year", text=surface, relative=True)
    offset = {"d2": -2, "dm1": -1, "d0": 0, "dp1": 1, "dp2": 2}[kind]
    value = published + timedelta(days=offset)
    return DateMatch(*span, value.isoformat(), "day", text=surface, relative=True)


def _month_and_digit_gates(text: str, words: Collection[str] | None) -> tuple[bool, bool]:
    """Whether _DATE_RE may match in ``text`` and whether it may hold a digit (or "_"): a token
    test when there is no digit (see _MONTH_TOKENS), else the scan of _MAY_HAVE_DATE."""
    if words is None or _MONTH_TOKENS is None:
        return _MAY_HAVE_DATE.search(text) is not None, True
    if _DIGIT_OR_UNDERSCORE.search(text) is not None:
        return _MAY_HAVE_DATE.search(text) is not None, True
    return not _MONTH_TOKENS.isdisjoint(words), False


def _candidates(
    norm: NormalizedText, published: date | None, words: Collection[str] | None = None
) -> list[tuple[DateMatch, int]]:
    """Every reading of every expression, each with a priority (higher wins on equal spans).
    ``words``: the ``\\w+`` tokens of ``norm.text`` when the caller has them (cheaper gates)."""
    text = norm.text
    found: list[tuple[DateMatch, int]] = []
    may_have_month, digits = _month_and_digit_gates(text, words)
    if may_have_month:
        for match in _DATE_RE.finditer(text):
            absolute = _absolute(norm, match, published)
            if absolute is not None:
                found.append((absolute, 3))
    may_have_year = digits and _MAY_HAVE_YEAR.search(text) is not None
    if found and may_have_year:  # a month name was seen; both patterns need a year
        for match in _DASHED_OR_MONTH_FIRST_RE.finditer(text):
            whole = _dashed_or_month_first(norm, match)
            if whole is not None:
                found.append((whole, 4))
    if digits and _MAY_HAVE_NUMERIC.search(text):
        for match in _NUMERIC_RE.finditer(text):
            numeric = _numeric(norm, match)
            if numeric is not None:
                found.append((numeric, 3))
    if may_have_year:
        for match in _YEAR_RE.finditer(text):
            found.extend((year, 2) for year in _years(norm, match))
    if _MAY_HAVE_WEEKDAY.search(text):
        for match in _WEEKDAY_RE.finditer(text):
            weekday = _weekday(norm, match, published)
            if weekday is not None:
                found.append((weekday, 2))
    found.extend((_relative(norm, m, published), 1) for m in _relative_matches(text, words))
    return found


def _relative_matches(text: str, words: Collection[str] | None) -> Iterable[re.Match[str]]:
    """``_RELATIVE_RE.finditer(text)``; with the text's tokens, tried only where one of
    _RELATIVE_TOKENS stands (every match opens with one) instead of at every position."""
    if words is None:
        return _RELATIVE_RE.finditer(text) if _MAY_HAVE_RELATIVE.search(text) else ()
    starts = _RELATIVE_TOKENS.intersection(words)
    return matches_at(_RELATIVE_RE, text, word_positions(text, starts)) if starts else ()


def _select(candidates: list[tuple[DateMatch, int]]) -> list[DateMatch]:
    """Non-overlapping matches, preferring longer spans, then higher priority, then earlier."""
    ordered = sorted(candidates, key=lambda c: (-(c[0].end - c[0].start), -c[1], c[0].start))
    chosen: list[DateMatch] = []
    taken = bytearray(max((c[0].end for c in candidates), default=0))
    for match, _priority in ordered:
        if not any(taken[match.start : match.end]):
            taken[match.start : match.end] = b"\x01" * (match.end - match.start)
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)


_WEEKDAY_GAP = re.compile(r"\s*[،,]?\s*(?P<bracket>\()?\s*")


def _attach_weekdays(text: str, matches: list[DateMatch], published: date | None = None) -> list[DateMatch]:
    """Join "الأربعاء، 19 يونيو 2024": the explicit date wins; a wrong weekday sets the flag."""
    result: list[DateMatch] = []
    for match in matches:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.relative
            and previous.precision == "day"
            and match.precision in ("day", "range")  # "يوم الأحد 27-28 أكتوبر": its first day
            # "السبت 9 نوفمبر" with no year too, once the page's date has placed it (undated, the
            # weekday is left to choose its year: see _year_for)
            and (not match.relative or (match.iso is not None and _names_a_month(match.text)))
            and (gap := _WEEKDAY_GAP.fullmatch(text, previous.end, match.start)) is not None
            # "اليوم الخميس (27 تموز 2023)": the date in brackets is the weekday's
            and (not gap.group("bracket") or text.startswith(")", match.end))
        ):
            weekday_name = _weekday_in(previous.text)
            flag = match.flag
            if match.relative and weekday_name is not None and match.iso and published is not None:
                match = _year_of_weekday(
                    match, weekday_name, published
                )  # "يوم الأحد 27 أكتوبر", said on the 26th
            if (
                weekday_name is not None
                and match.iso
                and date.fromisoformat(match.iso).weekday() != weekday_name
            ):
                flag = "weekday-mismatch"
            end = match.end + 1 if gap.group("bracket") else match.end  # (with its closing bracket)
            if match.relative:  # a yearless date keeps what it is, with the weekday's span
                merged = replace(match, start=previous.start, end=end, flag=flag,
                                 text=text[previous.start : end])  # fmt: skip
            else:
                merged = DateMatch(previous.start, end, match.iso, match.precision, match.end_iso, flag, True,
                                   text[previous.start : end])  # fmt: skip
            result[-1] = merged
            continue
        result.append(match)
    return result


WEEKDAY_YEAR_REACH = 31  # days from publication within which a weekday may move a yearless day's year


def _year_of_weekday(match: DateMatch, weekday: int, published: date) -> DateMatch:
    """A yearless day placed in the wrong year for the weekday written before it: the year before or
    after where that day falls on that weekday, within a month of publication ("الأحد 27 أكتوبر" said
    on Saturday 26 October 2024 is the next day, not 27 October 2023)."""
    assert match.iso is not None
    placed = date.fromisoformat(match.iso[:10])
    if placed.weekday() == weekday:
        return match
    for shift in (1, -1):
        try:
            moved = placed.replace(year=placed.year + shift)
        except ValueError:
            continue  # 29 February
        if moved.weekday() == weekday and abs((moved - published).days) <= WEEKDAY_YEAR_REACH:
            end_iso = match.end_iso
            if end_iso is not None and len(end_iso) == 10:
                end_iso = date.fromisoformat(end_iso).replace(year=int(end_iso[:4]) + shift).isoformat()
            return replace(match, iso=moved.isoformat(), end_iso=end_iso)
    return match


_MONTH_IN = re.compile(_MONTH_TRIE)


def _names_a_month(surface: str) -> bool:
    """Whether a date as written names its month ("9 تشرين الثاني", "التاسع من نوفمبر")."""
    return _MONTH_IN.search(normalize_with_offsets(surface).text) is not None


def _weekday_in(surface: str) -> int | None:
    folded = normalize_with_offsets(surface).text
    for name, number in _WEEKDAYS.items():
        if name in folded:
            return number
    return None


def find_dates(
    text: str,
    published: date | None,
    normalized: NormalizedText | None = None,
    words: Collection[str] | None = None,
    earlier_day: DateMatch | None = None,
) -> list[DateMatch]:
    """Every temporal expression in ``text``, left to right, resolved against ``published``.
    ``normalized``: ``normalize_with_offsets(text)`` when the caller already has it; ``words``: the
    ``\\w+`` tokens of its normalised text, when the caller has them (only with ``normalized``);
    ``earlier_day``: the day the text before this one told last ("في اليوم السابق" counts from it)."""
    norm = reuse_or_normalize(text, normalized)
    candidates = _candidates(norm, published, words if norm is normalized else None)
    if not candidates:
        return []  # most sentences: nothing to select or join
    matches = _attach_weekdays(text, _select(candidates), published)
    if matches and "الشهر" in norm.text:
        matches = _same_month(norm, matches)
    if matches and any(word in norm.text for word in ("التالي", "السابق", "سبقه", "نفس", "ذات")):
        matches = _next_days(text, norm, matches, published, earlier_day)
    return matches


# "زار المصنع يوم الجمعة وتفقد القاذفات في اليوم التالي": the day after the date told before it;
# "والثلاثاء الماضي، أعلنت سول … قبل ساعة من زيارة … في اليوم السابق": the day before it;
# "قال الأربعاء … وصرح كيربي في نفس اليوم": that same day
_NEXT_DAY = re.compile(
    r"(?<!\w)(?:في\s+)?(?:صباح\s+|مساء\s+)?"
    r"(?:(?P<next>اليوم\s+التالي)|(?P<previous>اليوم\s+(?:السابق|الذي\s+سبقه))"
    r"|(?:نفس|ذات)\s+اليوم|اليوم\s+(?:نفسه|ذاته))(?!\w)"
)


_DAYS_AFTER = {"next": 1, "previous": -1, "": 0}  # by the group of _NEXT_DAY that matched


def _next_days(
    text: str,
    norm: NormalizedText,
    matches: list[DateMatch],
    published: date | None,
    earlier_day: DateMatch | None = None,
) -> list[DateMatch]:
    """``matches`` with each "في اليوم التالي" ("في اليوم السابق"، "في نفس اليوم") dated the day after
    (the day before, the day of) the day told last before it in the same text, else ``earlier_day``,
    the one the text before told last ("… يوم الأربعاء. … التقى وفدا في اليوم السابق": Tuesday);
    unresolved when that day is; its "اليوم" is never today. With no day before it at all, "في
    اليوم السابق" is the day before ``published`` ("لكن وسائل الإعلام الروسية ذكرت في اليوم السابق أن …")."""
    found = list(matches)
    for hit in _NEXT_DAY.finditer(norm.text):
        start, end = norm.to_original(hit.start()), norm.to_original(hit.end())
        found = [m for m in found if not (m.start < end and start < m.end)]  # not "اليوم" = today
        before = [m for m in found if m.end <= start and m.precision == "day" and not m.end_iso]
        previous = before[-1] if before else earlier_day
        if previous is not None:
            iso = None
            if previous.iso and previous.resolved and len(previous.iso) == 10:
                iso = (
                    date.fromisoformat(previous.iso) + timedelta(days=_DAYS_AFTER[hit.lastgroup or ""])
                ).isoformat()
            relative = previous.relative
        elif hit.lastgroup == "previous":  # (unresolved in an undated article)
            iso = (published - timedelta(days=1)).isoformat() if published is not None else None
            relative = True
        else:
            continue
        found.append(
            DateMatch(
                start, end, iso, "day", resolved=iso is not None, text=text[start:end], relative=relative
            )
        )
    return sorted(found, key=lambda m: m.start)


def parse_date(text: str, published: date | None) -> DateMatch | None:
    """The first temporal expression in ``text``, or None."""
    matches = find_dates(text, published)
    return matches[0] if matches else None


YEAR_INFERRED = "year-inferred"
# A yearless date up to this many days before the article's latest explicit date is taken to be in
# that date's year ("في 13 سبتمبر" in a piece that also says "14 سبتمبر 2023"); otherwise it is
# the next occurrence after it (a piece that recalls "19 يونيو 2024" and then tells "في 26 أبريل").
_SAME_YEAR_BEFORE_DAYS = 90
_ANCHOR_YEARS = (-1, 0, 1, 2, 3)  # a weekday-day-month recurs after 5, 6 or 11 years: one fits
_RELATIVE_WORD = re.compile(rf"(?<!\w)(?:{_PAST}|{_CURRENT}|{_FUTURE})(?!\w)")


def _explicit_anchor(sentences: list[list[DateMatch]]) -> date | None:
    """The latest date the article states with its year (a day or a month), or None."""
    latest: date | None = None
    for matches in sentences:
        for match in matches:
            if match.relative or not match.iso or match.precision not in _MONTH_PRECISIONS:
                continue
            if len(match.iso) < 7:
                continue  # a year ("عام 2000", "1950-1953") does not place a day in a year
            parts = [int(p) for p in match.iso.split("-")]
            value = date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
            latest = value if latest is None or value > latest else latest
    return latest


def _year_for(month: int, day: int, anchor: date | None, weekday: int | None, years: set[int]) -> int | None:
    """The year of a yearless ``day``/``month``: with a weekday, the one year near the article's
    years where the weekday fits; otherwise placed relative to the latest explicit date."""
    if weekday is not None:
        # a piece is written up to a few years after the latest date it states with its year; a
        # bare year ("عام 2000") is often history, so only its neighbours are tried
        near = (
            {anchor.year + d for d in _ANCHOR_YEARS} if anchor else {y + d for y in years for d in (-1, 0, 1)}
        )
        fitting = [y for y in sorted(near) if _valid(y, month, day, weekday)]
        return fitting[0] if len(fitting) == 1 else None
    if anchor is None or not _valid(anchor.year, month, day, None):
        return None
    same_year = date(anchor.year, month, day)
    if same_year >= anchor - timedelta(days=_SAME_YEAR_BEFORE_DAYS):
        return anchor.year
    return anchor.year + 1 if _valid(anchor.year + 1, month, day, None) else None


def _valid(year: int, month: int, day: int, weekday: int | None) -> bool:
    try:
        value = date(year, month, day)
    except ValueError:
        return False
    return weekday is None or value.weekday() == weekday


def _weekday_before(text: str, previous: DateMatch | None, match: DateMatch) -> int | None:
    """The weekday of an unresolved "يوم الاثنين" written just before ``match``, if any."""
    if previous is None or previous.iso is not None or previous.month_day is not None:
        return None
    if not re.fullmatch(r"\s*[،,]?\s*", text[previous.end : match.start]):
        return None
    return _weekday_in(previous.text)


def _with_inferred_year(
    text: str, previous: DateMatch | None, match: DateMatch, anchor: date | None, years: set[int]
) -> tuple[DateMatch, bool]:
    """``match`` with the year the article implies, and whether it absorbed ``previous`` (its
    weekday); ``match`` itself when no year can be inferred."""
    month_day = match.month_day or ""
    if match.iso is not None or match.precision != "day" or len(month_day) != 7:
        return match, False
    if _RELATIVE_WORD.search(fold(match.text)):  # "19 يونيو الماضي": back from an unknown day
        return match, False
    month, day = int(month_day[2:4]), int(month_day[5:7])
    weekday = _weekday_before(text, previous, match)
    year = _year_for(month, day, anchor, weekday, years)
    if year is None:
        if weekday is None or previous is None:
            return match, False
        # "تم يوم الاثنين، 11 نوفمبر": one yearless date, its weekday included (the event's nearest
        # date is then the day and month, not a bare weekday)
        return replace(match, start=previous.start, text=text[previous.start : match.end]), True
    start = previous.start if weekday is not None and previous is not None else match.start
    iso, surface = date(year, month, day).isoformat(), text[start : match.end]
    return DateMatch(
        start, match.end, iso, "day", flag=YEAR_INFERRED, text=surface, relative=True
    ), start != match.start


def infer_missing_years(sentences: list[list[DateMatch]], texts: list[str]) -> list[list[DateMatch]]:
    """For an article with no publication date: give yearless day-and-month dates the year the
    article itself implies (its latest explicit date; a weekday beside the date picks the one year
    near the years the article names), with ``flag="year-inferred"``. Dates stay unresolved when
    the article states no year at all or the weekday fits no year near it. ``texts[i]`` is the
    text ``sentences[i]`` was found in."""
    anchor = _explicit_anchor(sentences)
    years = {
        int(m.iso) for ms in sentences for m in ms if m.precision == "year" and m.iso and m.iso.isdigit()
    }
    result = []
    for matches, text in zip(sentences, texts, strict=True):
        updated: list[DateMatch] = []
        for match in matches:
            inferred, absorbed_previous = _with_inferred_year(
                text, updated[-1] if updated else None, match, anchor, years
            )
            if absorbed_previous:
                updated.pop()
            updated.append(inferred)
        result.append(updated)
    return result
