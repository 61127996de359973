"""Sentence segmentation for Arabic news text that keeps character offsets.

Rules (each line is a paragraph; quotes never run past the end of their paragraph):

* A sentence ends after ``.`` ``!`` ``?`` ``؟`` (or a run of them, plus any closing quotes or
  brackets glued to it) when whitespace or the end of the line follows. So ``3.5``, ``1.500``,
  ``www.x.com`` and ``..شراكة`` never split; but a single stop glued between two Arabic words
  (``روسيا.ونقلت``, ``الفضائي".ووصل``) does: scrapers drop the space.
* Every line break ends a sentence (scraped articles put one paragraph per line), except in a
  hard-wrapped text (a print layout, lines cut after commas and prepositions): there a line with
  no full stop at its end runs on into the next one.
* No split inside a quotation (``" "``, ``“ ”``, ``« »``, ``„``, and ``' '`` opened right after a
  colon), except that a terminator right before the closing quote ends the sentence AFTER the
  quote. Quote marks are paired per family within one line; a quote mark with whitespace (or the
  line edge) on both sides is treated as a stray, a closing-shaped mark (glued to the word before
  it, ``"`` or ``»``) with nothing open is a closer whose opening mark was lost, and a quote still
  open at the end of the line protects
  nothing, unless its opening mark (after a space or a colon) is the line's last quote mark and
  the text ends with the line unfinished (an excerpt cut off mid-quotation) or the next line opens
  with a quote mark (a quotation of several paragraphs): then it runs to the end of the line.
* A dot-only ellipsis (``..``, ``...``, ``…``) continues the sentence.
* No split after a one-letter token (``د.``, ``U.S.``), a known abbreviation (``Dr.``, ``ص.``) or
  a list number starting a line or sentence (``1. ``).
* Spans are trimmed of surrounding whitespace; spans without any letter or digit are dropped.
"""

from __future__ import annotations

import re

from generator.models import Source

_LINE_RE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]+")
_QUOTE_RE = re.compile(r"[\"“”„‟«»″]")
_QUOTE_FAMILY = {
    '"': "ascii",
    "“": "curly",
    "”": "curly",
    "„": "curly",
    "‟": "curly",
    "«": "guil",
    "»": "guil",
    "″": "prime",  # '“روسيا 1″': a closing quote after a digit, as WordPress types it
}
# (a run of stops written as one stop and a starred repeat, not "+": a pattern that opens with a
# character class lets the engine skip to the stops instead of trying every position of the line)
_CLOSERS = r"\"“”»)\]}'’"  # closing quote marks and brackets glued to a terminator
_TERMINATOR_RE = re.compile(rf"[.!?؟…][.!?؟…]*(?P<closers>[{_CLOSERS}]*)")
_ELLIPSIS_RE = re.compile(r"^(?:\.{2,}|…+)$")
# a word with its Arabic diacritics: "قريبًا" is one word, not "قريب" + a one-letter "ا"
_LAST_WORD_RE = re.compile(r"((?:\w|[\u064b-\u065f\u0670])+)$")
_DIACRITIC_RE = re.compile(r"[\u064b-\u065f\u0670]")
_WORD_CHAR_RE = re.compile(r"\w")
_ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "prof", "st", "vs", "no", "jr", "sr", "inc", "ltd", "co", "gen", "col", "lt"}
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into ``text``, in order, trimmed, never overlapping."""
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _logical_lines(text):
        line = text[line_start:line_end].replace("\n", " ")  # (a hard-wrapped line: same length)
        start = line_start
        for cut in _line_boundaries(line, quotation_runs_on(text, line_end)):
            _add_trimmed(text, start, line_start + cut, spans)
            start = line_start + cut
        _add_trimmed(text, start, line_end, spans)
    return spans


# A line cut where no sentence can end: after a comma, a preposition, a conjunction or "أن"
_CUT_LINE_END = re.compile(
    r"(?:[،,]|(?<!\S)(?:في|من|إلى|الى|على|مع|عن|و|أو|أن|إن|التي|الذي|الذين|بين|حول|منذ|خلال|بعد|قبل|لدى"
    r"|عبر|ضد|نحو|حتى|جانب|بشأن))[ \t]*$"
)
_FINISHED_LINE = re.compile(rf"[.!?؟…:][{_CLOSERS}]*[ \t]*$")
# a line that can only go on the line before: it opens with a nisba adjective ("الأوكراني، عن …")
_NISBA_START = re.compile(r"[ \t]*[\"“«]?ال[\u0621-\u064a]+(?:ي|ية|يه|يين|يون|يات)(?![\u0621-\u064a])")
# a noun in -ة ending the line before a definite word: a construct or a noun and its adjective
# ("وأكدت هيئة\nالأركان العامة")
_CONSTRUCT_END = re.compile(r"[\u0621-\u064a]ة[ \t]*$")
_DEFINITE_START = re.compile(r"[ \t]*ال[\u0621-\u064a]")
HARD_WRAP_CUTS = 1  # lines cut mid-sentence that show a text was wrapped at a fixed width


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """The text's lines as ``(start, end)``. In a hard-wrapped text (a print layout: at least
    HARD_WRAP_CUTS lines end after a comma or a preposition), a line with no full stop at its end
    runs on into the next one when the break can only be inside a sentence: the line ends after a
    comma, a preposition or an opening quote mark left open, the next line opens with a nisba
    adjective ("أعلن الجيش\nالأوكراني، عن …") or a definite word after a noun in -ة, or the line is
    too long for a headline and the next one opens with a word ("… إذا زودت\nروسيا …")."""
    lines = [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if text[m.start() : m.end()].strip()]
    wrapped = (
        sum(1 for s, e in lines[:-1] if _CUT_LINE_END.search(text, max(s, e - CUT_OFF_TAIL), e))
        >= HARD_WRAP_CUTS
    )
    # paragraphs set apart by blank lines: a single line break inside one is a wrap
    blank_line_paragraphs = len(_BLANK_LINE_GAP.findall(text)) >= BLANK_LINE_PARAGRAPHS
    if not wrapped and not blank_line_paragraphs:
        return lines
    runs_on = _runs_on if wrapped else _clause_line_runs_on
    merged: list[tuple[int, int]] = []
    for start, end in lines:
        if merged and runs_on(text, *merged[-1], start, end):
            merged[-1] = (merged[-1][0], end)
            continue
        merged.append((start, end))
    return merged


def _runs_on(text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    """Whether the line ``[start, end)`` goes on in the one at ``next_start`` (see _logical_lines)."""
    if not _unfinished_at_break(text, start, end, next_start):
        return False
    line = text[start:end].replace("\n", " ")
    open_quote = any(stack_end == len(line) for _open, stack_end in _quoted_regions(line, runs_on=True))
    return bool(
        _CUT_LINE_END.search(text, start, end)
        or open_quote
        or _NISBA_START.match(text, next_start, next_end)
        or (_CONSTRUCT_END.search(text, start, end) and _DEFINITE_START.match(text, next_start, next_end))
        or _long_line_goes_on(text, start, end, next_start, next_end)
    )


def _clause_line_runs_on(text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    """In a text of blank-line paragraphs: a long line with clauses (a comma inside it: no headline,
    caption or date line) goes on in the next one ("قال روبرت وود …، الخميس، إن الولايات المتحدة تلقت
    معلومات\nتشير إلى وجود …")."""
    return (
        "،" in text[start:end]
        and _unfinished_at_break(text, start, end, next_start)
        and _long_line_goes_on(text, start, end, next_start, next_end)
    )


def _unfinished_at_break(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether the line ``[start, end)`` has no full stop and a single line break follows it."""
    gap = text[end:next_start]
    return gap.count("\n") == 1 and "\r" not in gap and not _FINISHED_LINE.search(text, start, end)


def _long_line_goes_on(text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    """An unfinished line too long for a headline goes on in a next line that opens with a word
    ("… تلقت معلومات\nتشير إلى …")."""
    return (
        len(text[start:end].split()) >= LONG_WRAPPED_LINE
        and _ARABIC_START.match(text, next_start, next_end) is not None
    )


LONG_WRAPPED_LINE = 12  # words: a line this long with no full stop is a sentence cut, not a title
_ARABIC_START = re.compile(r"[ \t]*[\u0621-\u064a]")
_BLANK_LINE_GAP = re.compile(r"\n[ \t]*\n")
BLANK_LINE_PARAGRAPHS = 2  # blank-line gaps that show a text sets its paragraphs apart by them


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _WORD_CHAR_RE.search(text, start, end):
        spans.append((start, end))


def quotation_runs_on(text: str, line_end: int) -> bool:
    """Whether a quotation left open at ``line_end`` may run to it: the text ends there unfinished,
    with no full stop (an excerpt cut off mid-quotation: '… يجب على الولايات المتحدة أن تفكر في أ'),
    or the next paragraph opens with a quote mark (a quotation of several paragraphs, each opened
    and only the last one closed). A line ending in a full stop with a quotation never closed lost
    its closing mark: the quotation protects nothing."""
    following = _NON_SPACE.search(text, line_end)
    return cut_off(text[:line_end]) if following is None else following.group() in OPENING_MARKS


def cut_off(text: str) -> bool:
    """The text stops without a sentence terminator (an excerpt cut off mid-sentence)."""
    return not _FINISHED_RE.search(text[-CUT_OFF_TAIL:])


CUT_OFF_TAIL = 40  # characters at the end of a text where its last terminator is looked for
_NON_SPACE = re.compile(r"\S")


_FINISHED_RE = re.compile(rf"[.!?؟…][{_CLOSERS}\s]*$")


OPENING_MARKS = '"“«„'


def _quoted_regions(line: str, runs_on: bool = False) -> list[tuple[int, int]]:
    """``(open, close)`` index pairs of quote marks that enclose a quotation in ``line``; with
    ``runs_on`` (see quotation_runs_on), a last opening mark left open closes at the line's end."""
    stack: list[tuple[str, int]] = []
    regions = []
    for match in _QUOTE_RE.finditer(line):
        pos = match.start()
        before_blank = pos == 0 or line[pos - 1].isspace()
        after_blank = pos + 1 >= len(line) or line[pos + 1].isspace()
        if before_blank and after_blank:
            continue  # a stray mark floating between spaces
        family = _QUOTE_FAMILY[match.group()]
        if family == "prime":  # closes an open straight or curly quotation, else a mark of seconds
            if stack and stack[-1][0] in ("ascii", "curly"):
                _, open_pos = stack.pop()
                regions.append((open_pos, pos))
            continue
        opens_only = before_blank and (
            match.group() == "«" or (match.group() == "“" and after_colon(line, pos))
        )
        if stack and stack[-1][0] == family and not opens_only:
            _, open_pos = stack.pop()
            regions.append((open_pos, pos))
        elif not any(open_family == family for open_family, _ in stack) and _closer_shaped(line, pos):
            if stack and stack[-1][0] == "curly" and match.group() == '"':
                _, open_pos = stack.pop()  # '“… علينا حلها".': a curly quotation closed with a straight mark
                regions.append((open_pos, pos))
            continue  # 'العسكري". ' with nothing open: a closing mark whose opening one was lost
        else:
            stack.append((family, pos))
    if runs_on and stack and _runs_to_line_end(line, stack[-1][1]):
        regions.append((stack[-1][1], len(line)))
    return with_colon_single_quotes(line, regions)


# "وقال لافروف: 'خلال الجولة …'.": a quotation in straight single quotes, opened right after a colon
# and closed by a mark no letter follows (the apostrophe of "won't" closes nothing)
_COLON_SINGLE_QUOTE = re.compile(r"(?<=:)[ \t]*(')(?=\S)[^\n]+?(?<=\S)(')(?!\w)")


def colon_single_quotes(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` pairs of straight single quotes around a quotation introduced by a colon."""
    return [(m.start(1), m.start(2)) for m in _COLON_SINGLE_QUOTE.finditer(text)]


def with_colon_single_quotes(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``regions`` and the :func:`colon_single_quotes` of ``text`` that open outside them, sorted."""
    extra = [
        (open_pos, close_pos)
        for open_pos, close_pos in colon_single_quotes(text)
        if not any(start < open_pos < end for start, end in regions)
    ]
    return sorted(regions + extra)


def _runs_to_line_end(line: str, pos: int) -> bool:
    """An opening mark that is the line's last quote mark: a quotation the line never closes
    ('وقال X "يستمر توتر الوضع الحالي. كيف حدث هذا؟... يجب على' at the end of an excerpt)."""
    return opening_shaped(line, pos) and _QUOTE_RE.search(line, pos + 1) is None


def opening_shaped(text: str, pos: int) -> bool:
    """Whether the quote mark at ``pos`` can only open a quotation: a word right after it, and a
    space, a colon or the start of the text before it."""
    if pos + 1 >= len(text) or not text[pos + 1].isalnum():
        return False
    return pos == 0 or text[pos - 1].isspace() or text[pos - 1] == ":"


def after_colon(text: str, pos: int) -> bool:
    """Whether a colon (spaces aside) stands right before ``pos``: 'وقال X: “لا يمكننا' — a '“' there
    opens the quotation it introduces, even when an earlier '“' was never closed."""
    before = pos - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before >= 0 and text[before] == ":"


_CLOSING_ONLY = frozenset('"»')  # marks that can close a quotation ('”' also opens one in Arabic text)


def _closer_shaped(line: str, pos: int) -> bool:
    """A mark glued to the word before it and followed by a space, punctuation or the line end."""
    if line[pos] not in _CLOSING_ONLY or pos == 0 or not line[pos - 1].isalnum():
        return False
    return pos + 1 >= len(line) or not line[pos + 1].isalnum()


def _inside(regions: list[tuple[int, int]], pos: int) -> bool:
    return any(open_pos < pos < close_pos for open_pos, close_pos in regions)


def _line_boundaries(line: str, runs_on: bool = False) -> list[int]:
    """Offsets within ``line`` where a new sentence starts."""
    regions = _quoted_regions(line, runs_on)
    cuts: list[int] = []
    for match in _TERMINATOR_RE.finditer(line):
        end = match.end()
        if end < len(line) and not line[end].isspace() and not _glued_arabic_sentence(line, match):
            continue
        run = match.group()[: match.start("closers") - match.start()]
        if _ELLIPSIS_RE.match(run) or _is_abbreviation(line, match.start(), run):
            continue
        if _inside(regions, match.start()) and not _closes_outermost(
            regions, match.start("closers"), match.group("closers")
        ):
            continue
        cuts.append(end)
    return cuts


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_MODEL_NAME = re.compile(r"[\u0621-\u064a]{1,3}[-\d]")
# "شبكة سي.إن.إن"، "بي.بي.سي": letters spelled out, three or more short parts joined by full stops
_DOTTED_ACRONYM = re.compile(
    r"(?<![\u0621-\u064a])(?:[\u0621-\u064a]{1,3}\.){2,}[\u0621-\u064a]{1,3}(?![\u0621-\u064a])"
)
ACRONYM_REACH = 12  # characters each side of a full stop to look for the acronym holding it


def _glued_arabic_sentence(line: str, match: re.Match[str]) -> bool:
    """ "...برنامجهم الفضائي".ووصل كيم ...": a single full stop glued between an Arabic word (or a
    closing quote) and the next Arabic word still ends the sentence (a scraper lost the space)."""
    if match.group() not in (".", "!", "؟") or match.start() == 0:
        return False
    before, after = line[match.start() - 1], line[match.end()]
    if _MODEL_NAME.match(line, match.end()):
        return False  # "صاروخ من طراز كيه.إن-23": a model name, not two sentences
    around = max(0, match.start() - ACRONYM_REACH)
    for acronym in _DOTTED_ACRONYM.finditer(line, around, match.end() + ACRONYM_REACH):
        if acronym.start() < match.start() < acronym.end():
            return False  # "ذكرت شبكة سي.إن.إن الإخبارية": one name
    return bool(_ARABIC_LETTER.match(after)) and (bool(_ARABIC_LETTER.match(before)) or before in '"”»)')


def _closes_outermost(regions: list[tuple[int, int]], closers_start: int, closers: str) -> bool:
    """True when the quote marks right after a terminator close every quotation around it."""
    if not closers:
        return False
    closer_positions = {closers_start + i for i in range(len(closers))}
    enclosing = [r for r in regions if r[0] < closers_start <= r[1]]
    return bool(enclosing) and all(close in closer_positions for _, close in enclosing)


def _is_abbreviation(line: str, pos: int, run: str) -> bool:
    if run != ".":
        return False
    window_start = max(0, pos - 24)
    last = _LAST_WORD_RE.search(line[window_start:pos])
    if last is None or last.end(1) != pos - window_start:
        return False
    word = _DIACRITIC_RE.sub("", last.group(1))
    if len(word) == 1 and not word.isdigit():
        return True
    if word.lower() in _ABBREVIATIONS:
        return True
    before = line[: window_start + last.start(1)].rstrip()
    return word.isdigit() and len(word) <= 2 and (not before or before[-1] in ".!?؟:")


MAX_SENTENCE_CHARS = 4000  # longer "sentences" (unpunctuated dumps) are cut into windows


def original_sentence_spans(source: Source) -> list[tuple[int, int]]:
    """Sentence spans in the source's *original* text: the one mapping from sentences to original
    offsets (the extractor's provenance, corrections' citations). Trimmed, in order, never
    overlapping; an unpunctuated dump is cut into windows of ``MAX_SENTENCE_CHARS``."""
    original = source.original_text
    spans = []
    for clean_start, clean_end in split_sentences(source.cleaned_text):
        start, end = source.offset_map.span_to_original(clean_start, clean_end)
        start, end = max(0, start), min(len(original), end)
        while start < end and original[start].isspace():
            start += 1
        while end > start and original[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        for piece in range(start, end, MAX_SENTENCE_CHARS):
            spans.append((piece, min(end, piece + MAX_SENTENCE_CHARS)))
    spans.sort()
    kept: list[tuple[int, int]] = []
    for start, end in spans:  # defensive: never return overlapping spans
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept
