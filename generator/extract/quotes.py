"""Statements: words attributed to a person or institution by a speech verb, with or without
quotation marks (see generator/data/speech_verbs.yml)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.arabic.dates import DateMatch
from generator.arabic.gazetteer import Gazetteer
from generator.arabic.normalize import fold
from generator.arabic.tokens import past_spaces
from generator.extract.according import (
    RELAY_PHRASE,
    SAYING_NOUNS,
    according_attributions,
    is_media_noun,
    names_a_norm,
)
from generator.extract.document import Document, Sentence, sentence_words
from generator.extract.events import verb_shaped
from generator.extract.ids import stable_id
from generator.extract.lexicon import SpeechVerb, speech_lexicon
from generator.extract.quotemarks import inside as _inside
from generator.extract.quotemarks import sentence_quotes
from generator.extract.speakers import (
    DAY_WORDS,
    GOVERNING_PREPOSITION,
    GROUP_TITLES,
    NEWS_AGENCY,
    RELATIVE_PRONOUNS,
    Attribution,
    SpeakerState,
    bare_vague,
    clean_name,
    describe,
    entities_in,
    first_person_before,
    first_speaker,
    first_subject,
    looks_like_name,
    named_unlinked,
    named_with_noun,
    not_a_name,
    phrase_speaker,
    resolve_anaphor,
    resolve_title,
    side_named_in,
    speaker_after_verb,
    speaker_key,
    statement_issuer,
    subject_end,
    titles_in,
    titles_of_name,
    unlinked,
    untitled_person_end,
)
from generator.models import EntityRef, Quote

_ONLY_A_SOURCE = re.compile(
    r"(?:نقلا\s+عن|وفقا\s*ل|بحسب|حسب)\s(?:(?!(?:ان|بان|انه|انها)\s)[^،,.:\s]+\s*){1,7}$"
)
_EACH_OF = re.compile(r"\s+كل\s+من\s")
# (not "إلا أن", "غير أن": "but", no reported words follow)
# "رغم أن" / "على الرغم من أن" concede, they report no one's words
_MARKER_RE = re.compile(
    # (not the "-إن" of a name: "مون جاي-إن")
    r"(?<!\w)(?<!\w-)(?<!الا )(?<!غير )(?<!رغم )(?<!الرغم من )"
    r"(?:[بل]?(?:ان|انه|انها|انهم|انهما|اننا|اني))(?!\w)|:"
)
_QUOTE_CHARS = set('"“”„«»')
_AFTER_MIN = re.compile(r"(?<!\w)من\s+$")
_RELATIVE_RE = re.compile(r"(?<!\w)و?(?P<rel>الذي|التي|الذين|اللذين|اللتين)\s*$")
_KANA_QAD_RE = re.compile(
    r"(?<!\w)(?<!اذا\s)(?<!لو\s)[وف]?(?:كان|كانت|كانوا)\s+(?P<subject>(?:(?!قد\s)\S+\s+){0,9}?(?!قد\s)\S+)\s+(?:قد\s*)?$"
)
_WHAT_RE = re.compile(r"(?<!\w)(?:م|ف|ب)?ما\s*$")
_QAD_RE = re.compile(r"(?<!\w)قد\s*$")
_AMMA_RE = re.compile(r"^[\s،,]*و?اما\s")
_CLAUSE_LINKS = frozenset(
    {"و", "ف", "اذ", "حيث", "كما", "فيما", "بينما", "حين", "ثم", "بدوره", "بدورها", "كذلك", "وقد", "فقد"}
    | {"لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم", "ولكنهم"}  # "لكنه لفت إلى أن": he, as before
)
# "…، إلا أنها شددت على أن …", "غير أنه قال": "but he/she", a clause link of two words
_BUT_THAT = re.compile(r"(?<!\w)(?:الا|غير)\s+ان(?:ه|ها|هم|هما)\s*$")
# "…، فإنها تدافع … وتقول": the feminine pronoun's clause, its verbs joined to it by و after it
_PRONOUN_CLAUSE = re.compile(r"(?<!\w)(?:(?:الا|غير)\s+|ف)انها\s")
# A time adjunct between the subject and the content: "اعترفت X الإثنين بإرسال ..." / "نفى X
# الأربعاء صحة ..." (with commas: see _skip_adjunct).
_TIME_WORDS = rf"(?:يوم\s+)?(?:ال)?(?:{DAY_WORDS})|(?:الاسبوع|الشهر|العام)\s+(?:الماضي|المنصرم|الفايت)"
_LEADING_TIME = re.compile(rf"(?:\s*(?:{_TIME_WORDS})(?!\w))+\s*")
# "وكان بيسكوف قد نفى في وقت سابق وجود …": when, not what (after the verb of a subject before it)
_EARLIER = r"في\s+وقت\s+(?:سابق|لاحق)(?:\s+من\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:يوم|اسبوع|شهر|عام|سنه))?"
_EARLIER_TIME = re.compile(rf"(?:\s*(?:{_EARLIER}|{_TIME_WORDS})(?!\w))+\s*")
_DESCRIBED_AS = re.compile(r"\s*ب(?:ان|انه|انها|انهم|انهما)(?!\w)")
_THEN_RE = re.compile(r"\s*[،,]\s*ف(?:قد|ان|انه|انها|انهم)(?!\w)\s*")
_REPORTED_RE = re.compile(r"(?<!\w)(?<!يقل )(?<!يزيد )عن\s+(?=\D)")
_QUOTE_MARK_RE = re.compile(r"[\"“”„«]")
_OPENING_QUOTE_RE = re.compile(r"\s*[:،,]?\s*(?P<q>[\"“”„«])")
# "نقلت الوزارة عن كيم القول"، "عن الزعيم تأكيده أن": the saying (a speech verbal noun with the
# speaker's pronoun), not part of the speaker's name
_SAYING = r"(?:(?:قول|تاكيد|اشارت|تحذير|اعلان|تصريح|توضيح|ترجيح|تشديد|نفي|اعتبار)(?:ه|ها|هم|هما)|القول)(?!\w)"
_SAYING_RE = re.compile(rf"\s*{_SAYING}")
_SAYING_BEFORE = re.compile(rf"(?<!\w){_SAYING}\s*$")
REPORTED_WHO_CHARS = 40  # "عن X تأكيده …": the longest name between عن and the saying noun
_TRAILING_LINKS = re.compile(r"(?:[\s،,؛:.\-–]|(?<!\w)(?:و|[وف]قد|كما|فيما|بينما|في حين|حيث))+$")
# Every character a _TRAILING_LINKS match can hold besides whitespace: no match starts before the
# last character outside this set (see _trailing_links_from).
_LINK_CHARS = frozenset("،,؛:.-–" + "وكمافيبنحثقد" + " ")
_LEADING_OPENERS = re.compile(
    r"^[\s،,:]*(?:(?:من جهته|من جهتها|من جانبه|من جانبها|بدوره|بدورها|كما|وكما|حينها|وقد|قد"
    r"|غير ان|الا ان|اما|واما|ولكن|لكن|بيد ان|في المقابل|وفي المقابل"
    # "it is noted that": "يذكر أن الرئيس الروسي قال …"
    r"|[وف]?يذكر ان|[وف]?يشار الي ان|[وف]?من المعروف ان|[وف]?الجدير بالذكر ان)\s*،?\s*)*"
)
MAX_SUBJECT_WINDOW = 170
MIN_CONTENT_WORDS = 2
MAX_BARE_SUBJECT_WORDS = 6
REPORTED_WINDOW = 80
ADJUNCT_CHARS = 40
# an occasion set off by commas may name who was met in full ("، خلال لقائه وزير الخارجية الروسي سيرغي
# لافروف مساء السبت،"); a time adjunct is short ("الأسبوع الماضي عدد جنود …، حيث" is no adjunct)
OCCASION_ADJUNCT_CHARS = 80
_OCCASION_STARTS = frozenset({"خلال", "اثناء", "لدي", "عقب", "اثر", "بعد"})
FRAGMENT_WORDS = 7  # a quoted phrase shorter than this, inside a longer clause, is part of it
ADJUNCT_WORDS = 8  # "قوله في مستهل المحادثات مع كيم: «...»"
_ADDRESSEE_PUNCT = ":،,"
# an adverb in -يّاً ("رسمياً", "علنياً", "شخصياً") standing before a verb's object
_NISBA_ADVERB = re.compile(r"\s*\w+ي[\u0651]?(?:\u064b\u0627|\u0627\u064b|\u064b)[\u0651]?(?=[\s،,])")
# a comma-set segment that adds more speakers to the subject ("، بالإضافة إلى ثماني دول أخرى،")
_JOINED_SUBJECTS = re.compile(r"(?:بالاضافه\s+الي|الي\s+جانب|فضلا\s+عن)\s+[^،,.:]{1,80}[،,]\s*")
# "بحسب البيان،", "وفقا للوكالة،": where the words are reported, set off between a subject and its
# complement
_SOURCE_ASIDE = re.compile(r"(?:بحسب|حسب|وفق|وفقا\s+ل|طبقا\s+ل)\s*[^،,.:\"“«]{1,60}[،,]\s*")
_ENDING_SOURCE_ASIDE = re.compile(rf"\s*[،,]\s*{_SOURCE_ASIDE.pattern}$")
_ENDING_APPOSITION = re.compile(r"\s*[،,]\s*(?P<post>[^،,.:؛()«»\"“”]{2,60}?)\s*[،,]\s*$")  # "، عمدة كييف، "
# "خلال اللقاء", "في كلمته أمام البرلمان": a short adjunct between a subject and its complement
_PLACE_ADJUNCT = re.compile(
    r"(?:خلال|اثناء|في|لدي|امام|قبيل|قبل|بعيد|بعد|عقب)\s+[^\s،,.:]+(?:\s+(?=\S)|(?=،))"
)
ADJUNCT_WORDS_BEFORE_COMPLEMENT = 5


def _word_ends(folded: str, start: int, limit: int) -> list[int]:
    """Where each of the next words after ``start`` begins, the first at ``start`` itself, while
    no punctuation intervenes (at most ADJUNCT_WORDS_BEFORE_COMPLEMENT - 1 more words)."""
    starts = [start]
    for match in _NEXT_WORD.finditer(folded, start, limit):
        if len(starts) >= ADJUNCT_WORDS_BEFORE_COMPLEMENT:
            break
        starts.append(match.end())
    return starts


_NEXT_WORD = re.compile(r"[^\s،,.:]+\s+(?=[^\s،,.:])")


def _bare_subject_complement(
    sentence: Sentence, gazetteer: Gazetteer, verb: SpeechVerb, after: int, limit: int
) -> tuple[int, int] | None:
    """(start, end) of the verb's complement preposition ("على", "من", "إلى", "عن") after a short
    subject the gazetteer does not know: a few content words with no comma, function word or
    adverb between the verb and the preposition, and no fixed phrase ("على هامش") after it. The
    subject may end with its post set off by commas ("وأشار فيتالي كليتشكو، عمدة كييف، إلى …")."""
    lex = speech_lexicon()
    folded = sentence.folded
    window = folded[after : min(limit, after + MAX_SUBJECT_WINDOW)]
    for complement in verb.complements:
        if complement == "ب":
            continue  # glued to the next word: too ambiguous without a known subject
        match = re.search(rf"(?<!\w){complement}(?!\w)", window)
        if match is None:
            continue
        subject = window[: match.start()]
        aside = _ENDING_SOURCE_ASIDE.search(subject)
        if aside is not None:  # "وشدد الأعرجي، بحسب البيان، على …"
            subject = subject[: aside.start()]
        post = _ENDING_APPOSITION.search(subject)
        if post is not None and any(
            start == after + post.start("post")
            for start, _end, _title in titles_in(sentence, gazetteer, after, limit)
        ):
            subject = subject[: post.start()]
        words = subject.split()
        if not 1 <= len(words) <= MAX_BARE_SUBJECT_WORDS or any(p in subject for p in '،,:؛.()«»"“”'):
            continue
        if any(w in lex.adjunct_starts or w in lex.negations or w in _SUBJECT_BREAKERS for w in words):
            continue
        following = window[match.end() :].split()[:1]
        if not following or following[0] in lex.fixed_after_preposition:
            continue
        return after + match.start(), after + match.end()
    return None


# words that show the text after a verb is not (only) its subject
_SUBJECT_BREAKERS = frozenset(
    {"في", "من", "الي", "علي", "عن", "مع", "ان", "قد", "ما", "بعد", "قبل", "ب", "ل", "التي", "الذي", "الذين"}
    | {p + suffix for p in ("في", "عن", "من", "ل", "علي", "الي", "ب") for suffix in ("ه", "ها", "هم", "هما")}
)


# after a short quotation right after the verb or its subject: "، إنه" / " أن" opens the words, so the
# quotation was a name ("كاي سي إن إيه")
QUOTED_NAME_WORDS = 5
# ('وأفاد "مركز الاتصالات …" الأوكراني، الذي يعمل تحت إشراف الوزارة، بأنه': its adjective and a
# relative aside may come between)
_QUOTED_SUBJECT_THEN_THAT = re.compile(
    r"(?:\s+ال\w+(?:يه|ي)(?!\w))*(?:\s*[،,]\s*(?:الذي|التي)\s+[^،,.:\"«»“”]{1,80}[،,])?"
    r"[\s،,]*[بل]?ان(?:ه|ها|هم)?(?!\w)"
)


def _closes_quoted_name(folded: str, start: int, head: int, limit: int) -> bool:
    """Whether a quotation mark right after the subject closes one opened inside it."""
    if head >= limit:
        return False
    mark = folded[head]
    subject = folded[start:head]
    if mark in "»”":
        return subject.count("«" if mark == "»" else "“") > subject.count(mark)
    return mark == '"' and subject.count('"') % 2 == 1


# "، وهو جندي …": an indefinite description of the name just before ("، وهو ما …" is a clause)
_SPEAKER_DESCRIBED = re.compile(r"[،,]\s*(?:وهو|وهي)\s+(?!ال|ما(?!\w))[^\W\d]+")


def _complements_at(folded: str, verb: SpeechVerb, at: int, limit: int) -> list[tuple[int, int]]:
    """(marker_start, content_start) of each of the verb's complements but "ب" standing at ``at``."""
    return [
        (at, at + len(complement))
        for complement in verb.complements
        if complement != "ب" and re.match(rf"{complement}(?!\w)", folded[at:limit])
    ]


def _find_marker(
    sentence: Sentence,
    gazetteer: Gazetteer,
    verb: SpeechVerb,
    after: int,
    limit: int,
    regions: list[tuple[int, int]],
) -> tuple[int, int] | None:
    """(marker_start, content_start) of the reported words after a verb, or None."""
    folded = sentence.folded
    candidates: list[tuple[int, int]] = []
    for match in _MARKER_RE.finditer(folded, after, limit):
        if _inside(regions, match.start()):
            continue
        if any(s < match.start() < e for s, e, _entity in entities_in(sentence, after, match.start())):
            continue  # "ذكرت شبكة سي إن إن نقلا عن …": a name's own word, not "إن" (that)
        if _AFTER_MIN.search(folded, max(after, match.start() - 6), match.start()) and not (
            {"من", "عن"} & set(verb.complements)
        ):
            # "معتبرة ذلك …، حيث تزايدت المخاوف من أن …": a noun's clause, not the verb's words
            # ("حذر من أن" and "أعرب عن قلقه من أن" take it)
            break
        candidates.append((match.start(), match.end()))
        break
    for open_pos, close_pos in regions:
        if after <= open_pos < limit:
            before_quote = folded[after:open_pos]
            cut = speech_lexicon().first_content_cut(folded, after, open_pos)
            if cut >= 0 and _SPEAKER_DESCRIBED.match(folded, cut) and len(folded[after:cut].split()) <= 3:
                # "قال كيم، وهو جندي … سابق، "…"": the speaker's description, not another clause
                cut = speech_lexicon().first_content_cut(folded, cut + 1, open_pos)
            if cut >= 0:
                break  # "اتهم X …، وهو ما قلل منه Y بحجة "…"": the quotation is another clause's
            words = len(folded[open_pos:close_pos].split())
            gap = before_quote.strip(" ،,")
            rest = folded[close_pos + 1 : close_pos + 3].strip()
            if not gap and words <= 3 and rest and rest[0] not in ".،,؛:!؟":
                continue  # "وقال “وود” خلال الجلسة: «...»": a quoted name is the subject
            if words <= QUOTED_NAME_WORDS and _QUOTED_SUBJECT_THEN_THAT.match(folded, close_pos + 1, limit):
                # 'وأضاف “يوري أوشاكوف”، إنه يتوقع', 'وذكرت الوكالة "كاي سي إن إيه"، أن': a name
                continue
            if words >= 4 or not gap:
                candidates.append((open_pos, open_pos))
                break
    head = subject_end(sentence, gazetteer, after, limit)
    person_end = untitled_person_end(sentence, after, limit)
    participle = verb.form in speech_lexicon().participles  # no subject of its own after it
    if person_end is not None and (head is None or person_end > head) and not (head is None and participle):
        head = person_end  # (not "، مؤكدة رواية … زيلينسكي": a participle's object, it has no subject)
    anchor = after if head is None else head
    if head is not None and _closes_quoted_name(folded, after, head, limit):
        anchor += 1  # 'وأعلن الجنرال «غيراسيموف» عن استعادة …': past the name's closing mark
    nisba = _SUBJECT_NISBA.match(folded, anchor, limit) if head is not None else None
    if nisba is not None and (
        _names_medium(sentence, after, anchor) or _titled_subject(sentence, gazetteer, after, anchor)
    ):
        anchor = nisba.end()  # "كشفت صحيفة الغارديان البريطانية عن …": the paper's adjective
    rest = folded[anchor:limit]
    stripped = rest.lstrip(" ،,")
    offset = anchor + len(rest) - len(stripped)
    c_offset, c_stripped = offset, stripped  # where a complement may start
    aside = _RELATIVE_ASIDE.match(folded, past_spaces(folded, anchor, limit)) if head is not None else None
    if aside is not None:  # "انتقد الأمين العام للناتو، الذي تولى منصبه حديثاً، “التعاون …”": about him
        c_stripped = folded[aside.end() : limit]
        c_offset = offset = aside.end()
        stripped = c_stripped
    time_adjunct = _LEADING_TIME.match(folded, offset, limit)
    if time_adjunct is not None and (head is not None or _QAD_RE.search(folded, 0, after - len(verb.form))):
        # "وكانت X قد أفادت الأسبوع الماضي بوجود …": the subject stands before the verb
        c_stripped = folded[time_adjunct.end() : limit].lstrip(" ،,")
        c_offset = limit - len(c_stripped)
    joined = _JOINED_SUBJECTS.match(folded, c_offset, limit) if head is not None else None
    if joined is not None:  # "أعربت الولايات المتحدة وبريطانيا، بالإضافة إلى ثماني دول أخرى، عن …"
        c_stripped = folded[joined.end() : limit].lstrip(" ،,")
        c_offset = limit - len(c_stripped)
    by_source = _SOURCE_ASIDE.match(folded, c_offset, limit) if head is not None else None
    if by_source is not None:  # "وشدد الأعرجي، بحسب البيان، على …": where it is reported, then what
        c_stripped = folded[by_source.end() : limit]
        c_offset = by_source.end()
    if head is None:  # "X، NAME، أثنى أيضًا على …": how, not what (the subject stands before the verb)
        c_stripped = _past_adverbs(c_stripped, 0)
        c_offset = limit - len(c_stripped)
    object_pronoun = _OBJECT_PRONOUN.match(c_stripped)
    if object_pronoun is not None:  # "متهمًا إياه بتوفير جنود": whom, not what
        c_stripped = c_stripped[object_pronoun.end() :]
        c_offset = limit - len(c_stripped)
    if head is not None and _NISBA_ADVERB.match(sentence.span_text(c_offset, limit)):
        skipped = c_stripped.split(maxsplit=1)  # "أكدت كوريا الشمالية رسمياً نشر قواتها": how, not what
        if len(skipped) == 2:
            c_offset, c_stripped = limit - len(skipped[1]), skipped[1]
    quoted_open = len(c_stripped) - len(c_stripped.lstrip('"“«'))  # 'أعربت اليابان، “عن بالغ قلقها”'
    if quoted_open and c_stripped[quoted_open:].startswith(verb.complements or ("\x00",)):
        c_offset, c_stripped = c_offset + quoted_open, c_stripped[quoted_open:]
    for complement in verb.complements:
        if (
            complement == "ب"
            and c_stripped.startswith("ب")
            and not c_stripped.startswith("بين")
            # "أفادت يونهاب بأن …": the marker, not a ب-object ("وصفها بأنها …" describes: its words)
            and not (_BA_MARKER.match(c_stripped) and not (verb.object_ok or verb.object_first))
            and c_stripped.split(maxsplit=1)[0].strip(_QUOTE_PUNCT)
            not in speech_lexicon().speaker_words_with_ba
        ):
            candidates.append((c_offset, c_offset))
        elif re.match(rf"{complement}(?!\w)", c_stripped):
            candidates.append((c_offset, c_offset + len(complement)))
    if not candidates:  # "وأكد فولودين خلال اللقاء على عمق …": past a short adjunct
        # (up to ADJUNCT_WORDS_BEFORE_COMPLEMENT words: "أشار بوتين في بداية لقائه مع كيم إلى …")
        adjunct = _PLACE_ADJUNCT.match(folded, c_offset, limit)
        for after_adjunct in _word_ends(folded, adjunct.end(), limit) if adjunct is not None else ():
            found = _complements_at(folded, verb, after_adjunct, limit)
            if not found and "ب" in verb.complements and _ba_object(sentence, after_adjunct, limit):
                found = [(after_adjunct, after_adjunct)]  # "أشاد بوتين في أكثر من مناسبة بشجاعة …"
            if found:
                candidates.extend(found)
                break
        comma = folded.find("،", adjunct.end(), limit) if adjunct is not None and not candidates else -1
        if adjunct is not None and comma >= 0 and _QUOTE_MARK_RE.search(folded, adjunct.end(), comma) is None:
            # "أعرب ترامب أمس قبيل مغادرته واشنطن إلى كوريا الجنوبية في مستهل رحلة …، عن رغبته": a
            # longer adjunct, closed by a comma the complement follows
            after_comma = past_spaces(folded, comma + 1, limit)
            candidates.extend(_complements_at(folded, verb, after_comma, limit))
    if verb.object_first and head is not None and not candidates:
        accused = _accused_then_complement(sentence, c_offset, limit)
        if accused is not None:  # "اتهم بلينكن، في 31 أكتوبر، 8 آلاف جندي بالتواجد في …": from the accused on
            candidates.append((accused, accused))
    relative = _relative_before(folded, after - len(verb.form), reach=14)
    if head is None and not participle and relative is None and not any(c[0] == c_offset for c in candidates):
        bare = _bare_subject_complement(sentence, gazetteer, verb, after, limit)
        if bare is not None:  # "وشدد المستشار الألماني على ضرورة ...": a subject no list knows
            candidates.append(bare)
    has_entity = head is not None and bool(
        entities_in(sentence, after, head) or titles_in(sentence, gazetteer, after, head)
    )
    described = bool(candidates) and "ب" in verb.complements and folded[min(candidates)[0]] == "ب"
    if (not candidates or described) and verb.object_ok and (has_entity or participle) and stripped:
        later = _MARKER_RE.search(folded, offset, limit)
        if later is not None and any(
            e[2].kind == "person" for e in entities_in(sentence, offset, later.start())
        ):
            has_entity = False  # "أكد رئيس هيئة الأركان العامة للقوات ...، فاليري جيراسيموف، أن": no object
    if (not candidates or described) and verb.object_ok and (has_entity or participle) and stripped:
        if "،" not in folded[offset:c_offset]:  # "نفى X الأربعاء صحة ...": a bare weekday
            offset, stripped = c_offset, c_stripped
        offset, stripped = _skip_adjunct(folded, offset, limit)
        offset, stripped = _past_occasion(folded, offset, limit) or (offset, stripped)
        first = stripped.split()[0] if stripped else "،"
        # "أعلنت كييف وحلفاؤها ..." / "... والولايات المتحدة": more subject, not the object ("وجود ...")
        coordinated = first.startswith("و") and (
            first[1:].startswith("ال") or first.endswith(("ها", "هم", "هما"))
        )
        if (
            first not in speech_lexicon().adjunct_starts
            and not stripped.startswith(("،", ","))
            and not coordinated
        ):
            candidates = [(offset, offset)]  # "ووصف كيم قرار ... بأنه ...": the object is part of it
    if not candidates:
        return None
    marker, content = min(candidates)
    follow = _MARKER_RE.match(folded, past_spaces(folded, content, len(folded)))
    if follow and follow.group() != ":" and content != marker:
        content = follow.end()
    return marker, content


_BA_MARKER = re.compile(r"بان(?:ه|ها|هم|هما|نا)?(?!\w)")


def _ba_object(sentence: Sentence, pos: int, limit: int) -> bool:
    """A noun with ب at ``pos`` that can be a verb's object ("بشجاعة", "بالثقة"), not a name
    ("بكين", "بوتين") or a preposition-like word ("بين", "بعد", "بسبب")."""
    word = re.match(r"\S+", sentence.folded[pos:limit])
    return (
        word is not None
        and word.group().startswith("ب")
        and len(word.group()) > 3
        and word.group() not in _NOT_A_COMPLEMENT
        and word.group() not in speech_lexicon().speaker_words_with_ba
        and not any(s <= pos < e for s, e, _entity in entities_in(sentence, pos, pos + 1))
    )


ACCUSED_WORDS = 6
_NOT_A_COMPLEMENT = frozenset({"بين", "بان", "بانه", "بانها", "بعد", "بينما", "بسبب", "بشان"})
_QUOTE_PUNCT = '،,.:؛"«»“”'  # punctuation and quotation marks around a word


def _accused_then_complement(sentence: Sentence, offset: int, limit: int) -> int | None:
    """Where the accused starts when a few words of it stand between the accuser and "ب" ("اتهم
    X، أمس، كوريا الشمالية بإرسال …", "واتهم X مرارا كوريا الشمالية بإرسال …"); None when the
    words after the accuser are not such an object."""
    folded = sentence.folded
    offset, _rest = _skip_adjunct(folded, offset, limit)
    start = past_spaces(folded, offset, limit)
    pos, index = start, 0
    while (word := _WORD.search(folded, pos, limit)) is not None and index <= ACCUSED_WORDS:
        comma = word.group().find("،")
        aside = _RELATIVE_ASIDE.match(folded, word.start() + comma, limit) if comma > 0 and index else None
        if aside is not None:  # "كوريا الشمالية، التي تمتلك ترسانة نووية، بإرسال …": about the accused
            pos = aside.end()
            continue
        if any(mark in _DIGIT_SEPARATED.sub("", word.group()) for mark in _QUOTE_PUNCT):
            return None  # (not the separators of "8,000" or "3.5")
        if index and _ba_object(sentence, word.start(), limit):
            return start
        pos, index = word.end(), index + 1
    return None


_WORD = re.compile(r"\S+")
_WORD_AFTER = re.compile(r"\s+(\S+)")
_DIGIT_SEPARATED = re.compile(r"(?<=\d)[,.](?=\d)")


def _titled_subject(sentence: Sentence, gazetteer: Gazetteer, start: int, end: int) -> bool:
    """Whether the subject in ``[start, end)`` is a bare role ("المصدر"), whose adjectives after it
    ("المصدر السيادي") are still the subject's."""
    titles = titles_in(sentence, gazetteer, start, end)
    if not titles or titles[0][2].country is not None:  # "الرئيس الروسي الاتفاقية": its side is named
        return False
    return not sentence.folded[titles[0][1] : end].strip() and not entities_in(sentence, start, end)


_SUBJECT_NISBA = re.compile(r"(?:\s+ال\w+(?:يه|ي)(?!\w))+")  # "البريطانية", "الكورية الجنوبية"


def _names_medium(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a news medium (gazetteer ``agency: news``) is named in ``[start, end)``."""
    return any(entity.agency == NEWS_AGENCY for _s, _e, entity in entities_in(sentence, start, end))


_OBJECT_PRONOUN = re.compile(r"ايا(?:ه|ها|هم|هما)\s+")  # "إياه": the object, before the preposition
_RELATIVE_ASIDE = re.compile(r"،\s*(?:التي|الذي|الذين)\s+[^،,.:\"«»“”]{1,80}،\s*")


# "أكد كيم خلال مكالمة هاتفية دعمه لـ…": an occasion of a few words, then the speaker's own stance
_OCCASION = re.compile(r"\s*(?:خلال|اثناء|في|عقب|بعد)\s")
_POSSESSED = re.compile(r"(\w{3,}?)(?:ه|ها|هم|هما)")


def _past_occasion(folded: str, offset: int, limit: int) -> tuple[int, str] | None:
    """Past an occasion ("خلال مكالمة هاتفية") to a possessed stance noun listed in
    ``not_name_words`` ("دعمه", "استعداده", "قلقها"), the object of the verb."""
    occasion = _OCCASION.match(folded, offset, limit)
    if occasion is None:
        return None
    stances = speech_lexicon().not_name_words
    for start in _word_ends(folded, occasion.end(), limit)[1:]:  # past the occasion's first word
        word = re.match(r"[^\s،,.:]+", folded[start:limit])
        possessed = _POSSESSED.fullmatch(word.group()) if word is not None else None
        if possessed is not None and possessed.group(1) in stances:
            return start, folded[start:limit]
    return None


# an adjunct ending with a person of the subject's ("مع نظيره الألماني"), whose name may follow
_NAMED_COUNTERPART = re.compile(r"\w+(?:ه|ها|هم)(?:\s+ال\w+)?\s*$")


def _skip_adjunct(folded: str, offset: int, limit: int) -> tuple[int, str]:
    """Skip a time adjunct set off by commas ("نفى X، اليوم الخميس، التقارير") before an object, and
    the name of a counterpart the adjunct ends with ("مع نظيره الألماني، يوهان وادفول،")."""
    rest = folded[offset:limit]
    words = rest.split()
    comma = rest.find("،")
    first = words[0].strip("،,") if words else ""
    set_off = folded[:offset].rstrip().endswith(("،", ","))  # "كيم، خلال لقائه …، دعمه" (both commas)
    reach = OCCASION_ADJUNCT_CHARS if first in _OCCASION_STARTS and set_off else ADJUNCT_CHARS
    if first in speech_lexicon().adjunct_starts and 0 < comma <= reach:
        after = rest[comma + 1 :]  # ("الاثنين،": the word may carry the comma)
        stripped = after.lstrip(" ،,")
        offset += comma + 1 + len(after) - len(stripped)
        apposition = stripped.find("،")
        name = stripped[:apposition].split() if apposition > 0 else []
        if 2 <= len(name) <= 3 and looks_like_name(name) and _NAMED_COUNTERPART.search(rest, 0, comma):
            # "في مؤتمر صحافي مشترك مع نظيره الألماني، يوهان وادفول، استعداد …": his name, then the object
            after = stripped[apposition + 1 :]
            stripped = after.lstrip(" ،,")
            offset += apposition + 1 + len(after) - len(stripped)
        return offset, stripped
    return offset, rest


def _content_span(sentence: Sentence, content: int, regions: list[tuple[int, int]]) -> tuple[int, int, str]:
    folded = sentence.folded
    while content < len(folded) and folded[content] in " ،,":
        content += 1
    colon = _COLON.match(folded, content)
    if colon is not None and any(open_pos == colon.end() for open_pos, _close in regions):
        content = colon.end()  # 'وقال X أن: "…"': a quotation after all
    end = len(folded)
    for open_pos, close_pos in regions:
        after_colon = folded[:open_pos].rstrip().endswith(":")  # 'قال X: "…"، وفي منشور …': the quote
        if open_pos == content and (after_colon or not _fragment(folded, open_pos, close_pos)):
            return open_pos + 1, close_pos, "direct"
    cut = speech_lexicon().first_content_cut(folded, content)
    if cut >= 0:
        end = cut
    kind = "indirect"
    return content, end, kind


_COLON = re.compile(r":\s*")


def _fragment(folded: str, open_pos: int, close_pos: int) -> bool:
    """A few quoted words the sentence goes on after ("أعرب عن «قلق بالغ» حيال ..."): the statement
    is the whole clause, not the quoted fragment."""
    if len(folded[open_pos:close_pos].split()) >= FRAGMENT_WORDS:
        return False
    rest = folded[close_pos + 1 :].lstrip(" ،,")
    words = rest.split()
    if words and words[0] in speech_lexicon().reply_words:
        return False  # '"كلا، لا يمكننا تأكيد ذلك" ردا على سؤال': the occasion, not more words
    return len(words) >= MIN_CONTENT_WORDS and not rest.startswith((".", "؟", "!"))


def _trailing_links_from(segment: str) -> int:
    """Where a _TRAILING_LINKS match in ``segment`` may start at the earliest: after the last
    character no match can hold (the search then skips the rest of the segment)."""
    pos = len(segment)
    while pos and (segment[pos - 1] in _LINK_CHARS or segment[pos - 1].isspace()):
        pos -= 1
    return pos


def _trim(folded: str, start: int, end: int) -> tuple[int, int]:
    segment = folded[start:end]
    match = _TRAILING_LINKS.search(segment, _trailing_links_from(segment))
    if match:
        end = start + match.start()
    while start < end and folded[start] in " ،,:":
        start += 1
    while end > start and folded[end - 1] in " ،,:.؛":
        end -= 1
    last = folded[end - 1] if end > start else ""
    opener = _OPENERS.get(last)
    if (
        last in _QUOTE_CHARS
        and folded[start:end].count(last) == 1
        and (opener is None or opener not in folded[start:end])
    ):
        end -= 1  # an unmatched closing mark; "بأنها “معاهدة ضخمة”" keeps its own
    return start, end


_OPENERS = {"”": "“", "»": "«"}


def _left_speaker(
    sentence: Sentence, gazetteer: Gazetteer, clause_start: int, verb_start: int
) -> EntityRef | None:
    """Subject standing before the verb: "X، الذي ادعى"، "وكان X قد قال"، "X ... قال"."""
    folded = sentence.folded
    for _open, close in sentence_quotes(sentence):
        if clause_start <= close < verb_start:  # "«… إنجازها حتى خلال سنوات»، وأضاف": quoted words are
            clause_start = close + 1  # never the subject of the verb after them
    left = folded[clause_start:verb_start]
    relative = _RELATIVE_RE.search(left)
    if relative:
        before = clause_start + relative.start()
        entities = [e for e in entities_in(sentence, clause_start, before) if e[1] >= before - 3]
        if entities and (relative.group("rel") != "التي" or entities[-1][2].kind != "person"):
            return entities[-1][2].to_ref()
        titled = [t for t in titles_in(sentence, gazetteer, clause_start, before) if t[1] >= before - 3]
        holder = resolve_title(gazetteer, titled[-1][2], sentence.day) if titled and not entities else None
        return holder or unlinked("")  # "تحيات الرئيس الروسي، الذي قال إنه …": the president
    if _WHAT_RE.search(left):
        return first_speaker(sentence, gazetteer, clause_start, verb_start)
    kana = _KANA_QAD_RE.search(left)
    if kana:
        s, e = clause_start + kana.start("subject"), clause_start + kana.end("subject")
        return first_speaker(sentence, gazetteer, s, e)
    lead = _LEADING_OPENERS.match(left)
    start = clause_start + (lead.end() if lead else 0)
    # "وذكرت التايمز أن الجندي ري قال إنه": after "أن" the noun before the verb is its subject
    opened = start == 0 or _THAT_OPENS.search(folded, 0, start) is not None
    but = next(reversed(list(_COMMA_THEN_BUT.finditer(left))), None)
    if but is not None:  # "ولم تقدم الوكالة تفاصيل، لكن وسائل الإعلام الروسية ذكرت": a clause of its own
        start, opened = clause_start + but.end(), True
    earlier = _earlier_verb(sentence, start, verb_start)
    if earlier is not None:  # "X يؤكد A، ويشدد على B": the subject before the first verb is both's
        verb_start = earlier
    if start >= verb_start:
        return None
    head = subject_end(sentence, gazetteer, start, verb_start)
    if head is None:
        return _bare_subject(sentence, start, verb_start) if opened else None
    return first_speaker(sentence, gazetteer, start, verb_start)


_THAT_OPENS = re.compile(r"(?<!\w)[وب]?ان\s*$")  # (folded: أن and إن are ان)
# what opens a verb's words: after it, a later verb is inside them, not a second verb of its subject
_WORDS_OPEN = re.compile(r"(?<!\w)[وب]?ان(?:ه|ها|هم)?(?!\w)|[:«\"“]")


def _earlier_verb(sentence: Sentence, start: int, verb_start: int) -> int | None:
    """Where a speech verb between ``start`` and a later verb at ``verb_start`` begins, when no words
    of its own open between the two ("وزير الخارجية التركي هاكان فيدان يؤكد استعداد بلاده …، ويشدد
    على …"): the two verbs share the subject before the first."""
    folded = sentence.folded
    for match in _speech_verbs_of(sentence):
        if start < match.start() < verb_start:
            return None if _WORDS_OPEN.search(folded, match.end(), verb_start) else match.start()
    return None


def _speech_verbs_of(sentence: Sentence) -> list[re.Match[str]]:
    """Every speech verb of the sentence, found once for reading it and for each subject looked for
    in it (as :func:`generator.extract.document.sentence_words` is for its tokens)."""
    if sentence.speech_verbs is None:
        sentence.speech_verbs = speech_lexicon().verb_matches(sentence.folded, sentence_words(sentence))
    return sentence.speech_verbs


# "…، لكن X": a comma and a contrast word open a clause whose subject stands before its verb
_COMMA_THEN_BUT = re.compile(r"[،,]\s*(?:و?لكن|بينما|في حين|غير ان|الا ان|بيد ان)\s+")


# "وسبق لوزير الدفاع الأمريكي لويد أوستن أن أكد أن …": the one who had already said it
_SABAQA_RE = re.compile(r"(?<!\w)[وف]?(?:سبق|سبقت)\s+ل(?P<subject>[^،,.:]{2,80}?)\s+ان\s*$")


def _earlier_subject(sentence: Sentence, gazetteer: Gazetteer, verb_start: int) -> EntityRef | None:
    """The subject of "سبق لـX أن" right before the verb."""
    sabaqa = _SABAQA_RE.search(sentence.folded, 0, verb_start)
    if sabaqa is None:
        return None
    return first_speaker(sentence, gazetteer, sabaqa.start("subject"), sabaqa.end("subject"))


def _bare_subject(sentence: Sentence, start: int, verb_start: int) -> EntityRef | None:
    """An unknown subject opening the sentence (or a clause: see _left_speaker) before the verb
    ("النائب لي سونغ كوين يقول إن")."""
    words = sentence.folded[start:verb_start].split()
    institution = bool(words) and speech_lexicon().institution_head(words[0]) is not None  # "وزارة الدفاع …"
    if not 2 <= len(words) <= MAX_BARE_SUBJECT_WORDS or not (words[0].startswith("ال") or institution):
        return None
    if any(not w.isalpha() for w in words) or words[0] in speech_lexicon().adjunct_starts:
        return None
    name = phrase_speaker(sentence, start, verb_start)
    return unlinked(name) if name else None


def _starts_clause(folded: str, pos: int, conj: str | None) -> bool:
    """Whether a verb at ``pos`` opens a new clause (glued و/ف, or كما/فيما/، before it)."""
    if conj:
        return True
    before = folded[:pos].rstrip()
    if not before or before.endswith(("،", ",", ":", ".", "-", "•")):
        return True
    words = before.split()
    if _COMMA_AND_ADVERBIAL.search(before):
        return True  # "…، وقبل ايام قال زيلينسكي أن …": a new clause opened by a short adverbial
    return (bool(words) and words[-1] in _CLAUSE_LINKS) or _BUT_THAT.search(before) is not None


# "، وقبل أيام" / "، وفي وقت سابق" right before a verb: "و" and a time or place phrase of a few words
_COMMA_AND_ADVERBIAL = re.compile(r"[،,]\s*و(?:قبل|بعد|منذ|في|خلال)\s+(?:[^\s،,.:]+\s+){0,2}[^\s،,.:]+$")


def _after_comma_and(folded: str, verb_match: re.Match[str]) -> bool:
    """Whether the verb is glued to "و" right after a comma ("…، وأضاف")."""
    return verb_match.group("conj") == "و" and folded[: verb_match.start()].rstrip().endswith(("،", ","))


def _first_word_anaphor(folded: str, pos: int) -> bool:
    """Whether the word at ``pos`` refers back to someone named ("الوزارة", "المتحدثة")."""
    words = folded[pos:].split(maxsplit=1)
    return bool(words) and speech_lexicon().is_anaphor(words[0].strip(" ،,:-–"))


_WHERE_BEFORE = re.compile(r"[،,]\s*حيث\s*$")  # "…، حيث أشاد بالاتفاق": his next statement
# "ووصف X الوثيقة بأنها أساسية وأشار إلى أنها ستشكل …": a verb whose complement follows it at once
# says something more, a statement of its own when the first had one too ("وأشار إليه بأنه" names an
# object first, "أشاد بعودة الفوج حيث ذكر أنهم" praises a noun, no words: one statement, as before)
_HAS_WORDS = re.compile(rf"{_MARKER_RE.pattern}|{_QUOTE_MARK_RE.pattern}")  # "أشاد بـ«الثقة»" has words
_OWN_COMPLEMENT = re.compile(r"\s*(?:(?:الي|علي)\s+)?(?:[بل]?ان(?:ه|ها|هم|هما|نا)?|:)\s*")

_COMMA_BUT = re.compile(
    r"[،,]\s*(?:و)?(?:(?:لكن|الا\s+ان|غير\s+ان)(?:ه|ها|هم|هما)|كذلك)\s*$"  # "…، كذلك أكد روته أن"
)


def _but_start(folded: str, pos: int) -> int:
    """Where the words before a verb at ``pos`` end: at "، لكنه" or "، وقبل أيام" when it stands
    right before the verb ("…، لكنه قال إن …"), else at the verb."""
    match = _COMMA_BUT.search(folded, max(0, pos - 16), pos)
    if match is None:
        before = folded[:pos].rstrip()
        match = _COMMA_AND_ADVERBIAL.search(before, max(0, len(before) - 40))
    return match.start() if match is not None else pos


def _kana_clause(folded: str, pos: int) -> int | None:
    """Where a "، وكانت X (قد)" clause ending at the verb at ``pos`` starts: a new subject's earlier
    words ("…»، وكانت الاستخبارات الكورية الجنوبية قدّرت بأن …"), not the previous speaker's."""
    match = _KANA_QAD_RE.search(folded, max(0, pos - 120), pos)
    if match is None or not match.group().startswith(("و", "ف")):
        return None
    return match.start() if folded[: match.start()].rstrip().endswith(("،", ",", "»", "”", '"')) else None


RELAYED_SUBJECT_WORDS = 4
ANTECEDENT_CHARS = 80
_RELATIVE_BEFORE = re.compile(rf"(?:^|[\s،,]){RELATIVE_PRONOUNS}\s*$")


def _relative_before(folded: str, pos: int, reach: int = 12) -> re.Match[str] | None:
    """The relative pronoun right before ``pos`` ("المسؤول الذي تحدث", "التي تزعم")."""
    return _RELATIVE_BEFORE.search(folded, max(0, pos - reach), pos)


# "المعاهدة التي قالت فيها موسكو وبيونغ يانغ إن …": the relative clause names who says it
_RESUMPTIVE = re.compile(r"\s+(?:فيها|فيه|فيهما|عنها|عنه)\s+")
RELATIVE_SUBJECT_CHARS = 40


def _relative_with_subject(sentence: Sentence, gazetteer: Gazetteer, verb_match: re.Match[str]) -> int | None:
    """Where a relative clause starts whose speech verb, after a resumptive pronoun, names its own
    subject before a marker ("… المعاهدة التي قالت فيها موسكو وبيونغ يانغ إن …"): the words of that
    subject, not of the speaker before."""
    folded = sentence.folded
    relative = _relative_before(folded, verb_match.start())
    if relative is None:
        return None
    resumptive = _RESUMPTIVE.match(folded, verb_match.end())
    # "…، التي يقدر مسؤولون غربيون أنها أرسلت …": a subject right after the verb, no pronoun
    subject_start = resumptive.end() if resumptive is not None else verb_match.end() + 1
    named = [(s, e) for s, e, _entity in entities_in(sentence, subject_start, subject_start + 2)]
    if not named and resumptive is None:
        named = [(s, e) for s, e, _title in titles_in(sentence, gazetteer, subject_start, subject_start + 2)]
    if not named:
        return None
    marker = _MARKER_RE.search(folded, named[0][1], named[0][1] + RELATIVE_SUBJECT_CHARS)
    if (
        marker is None
        or marker.group() == ":"
        or any(c in folded[named[0][1] : marker.start()] for c in "،,")
    ):
        return None  # "التقديرات، التي تحدثت عنها رويترز، إلى أن …": an aside; the marker is the outer verb's
    return relative.start()


def _aside(folded: str, verb_match: re.Match[str]) -> bool:
    """A speech verb in a relative clause that reports nothing itself ("الذي تحدث شريطة ..."), or
    one that says who relayed the words ("وقال الوزير كما نقلت عنه وكالة تاس "…"")."""
    if _relay_around(folded, verb_match.start()) is not None:
        return True
    relative = _relative_before(folded, verb_match.start())
    return relative is not None and _MARKER_RE.match(folded, verb_match.end() + 1) is None


def _relay_around(folded: str, verb_start: int) -> re.Match[str] | None:
    """The relay phrase ("كما نقلت عنه وكالة تاس") whose verb stands at ``verb_start``, if any."""
    return next(
        (
            m
            for m in _AS_RELAYED_BY.finditer(folded, max(0, verb_start - 12), verb_start + 20)
            if m.start() <= verb_start < m.end()
        ),
        None,
    )


def _relay_aside_at(folded: str, verb_match: re.Match[str]) -> bool:
    """Whether the verb is that of a relay set off after a speaker ("وأكدت X، كما أوردت وكالة تاس، أن",
    "وأكدت X – بحسب ما نقلت وكالة تاس – أن")."""
    relay = _relay_around(folded, verb_match.start())
    return relay is not None and folded[: relay.start()].rstrip().endswith(_ASIDE_OPENERS)


_ASIDE_OPENERS = ("،", ",", "-", "–", "—")
_ON_CONDITION = re.compile(r"\s+(?:شريطه|بشرط|شرط|مشترطا|مشترطه)\s+(?:عدم|الا|ان\s+لا)(?!\w)")


def _relayed_as(attribution: Attribution, gazetteer: Gazetteer, state: SpeakerState) -> Attribution:
    """ "وقال الوزير كما نقلت عنه وكالة تاس "…"": the agency between the speaker and the words relays
    them; so does a news medium named around the verb (see :func:`_relaying_medium`)."""
    if attribution.via is not None:
        return attribution
    sentence = attribution.sentence
    aside = _AS_RELAYED_BY.search(sentence.folded, attribution.verb_start, attribution.content_start)
    if aside is None:
        # "وشدد روته، وفق بيان لـ“الناتو”، على …، معتبراً أن …": a statement set off earlier in the
        # sentence reports all of it
        aside = _STATEMENT_ASIDE.search(sentence.folded, 0, attribution.verb_start)
    relay = first_speaker(sentence, gazetteer, aside.end(), attribution.content_start) if aside else None
    if relay is None or not relay.name_ar:
        relay = _relaying_medium(sentence, attribution, state)
    if relay is None or not relay.name_ar or speaker_key(relay) == speaker_key(attribution.speaker):
        return attribution
    return replace(attribution, via=relay)


# "وفقا لوكالة أسوشيتد برس، قال مكتب يون …": a medium opening the sentence, the verb right after it
# ("وبحسب ما نقلته وكالات الأنباء الروسية، وصف …", "وفي بيان نقلته وكالة الأنباء المركزية الكورية، قال …")
_CARRIED_FORMS = (
    r"(?:نقلته|نقلت|نقلتها|اوردته|اوردت|اوردتها|ذكرته|ذكرت|ذكرتها|نشرته|نشرت|نشرتها|بثته|بثت|بثتها)"
)
_LEADING_MEDIUM = re.compile(
    rf"^[\s\-•]*[وف]?(?:(?:وفقا\s*ل|وفق|بحسب|حسب)(?:\s*(?:ما|لما)\s+{_CARRIED_FORMS})?"
    rf"|في\s+(?:بيان|تصريح|تصريحات|كلمه|حديث)\s+{_CARRIED_FORMS})\s*(?P<who>[^،,:]{{2,80}}?)\s*[،,]\s*$"
)
# head nouns of a news medium no list knows ("وكالات الأنباء الروسية", "صحيفة محلية")
_MEDIUM_HEADS = frozenset({"وكالات", "وكاله", "صحيفه", "صحف", "قناه", "شبكه", "اذاعه", "مجله", "وسائل"})
# "في كلمة نقلتها الوكالة"، "في تصريح أوردته وكالة تاس"، "بحسب الوكالة"، "لوكالة يونهاب": between the
# verb and the words, a medium that carried them
_MEDIUM_CARRIED = re.compile(
    r"(?<!\w)(?:(?:نقلته|نقلتها|نقله|نقلها|اوردته|اوردتها|اورده|اوردها|بثته|بثتها|بثه|بثها|نشرته|نشرتها"
    r"|نشره|نشرها)\s+|(?:بحسب|حسب|وفقا\s*ل|وفق)\s*|ل(?=(?:ال)?(?:وكاله|صحيفه|قناه|شبكه|اذاعه|مجله)(?!\w)))"
)


def _relaying_medium(sentence: Sentence, attribution: Attribution, state: SpeakerState) -> EntityRef | None:
    """The news medium (gazetteer ``agency: news``) that relays a statement: named in a phrase
    opening the sentence right before its verb, or carrying the words between verb and words; "الوكالة"
    there ("في كلمة نقلتها الوكالة", "بحسب الوكالة الكورية") is the news agency named last before."""
    folded = sentence.folded
    leading = _LEADING_MEDIUM.match(folded, 0, attribution.verb_start)
    spans = [(leading.start("who"), leading.end("who"))] if leading else []
    carried = _MEDIUM_CARRIED.finditer(folded, attribution.verb_start, attribution.content_start)
    spans += [(m.end(), min(m.end() + MEDIUM_NAME_REACH, attribution.content_start)) for m in carried]
    for start, end in spans:
        named = entities_in(sentence, start, end)
        medium = next((entity for _s, _e, entity in named if entity.agency == NEWS_AGENCY), None)
        if medium is not None:
            return medium.to_ref()
    if leading is not None and state.gazetteer is not None:
        head = folded[leading.start("who") : leading.end("who")].split()[:1]
        if head and head[0] in _MEDIUM_HEADS:  # "وبحسب ما نقلته وكالات الأنباء الروسية، …": unlisted media
            return first_speaker(sentence, state.gazetteer, leading.start("who"), leading.end("who"))
    if any(_THE_AGENCY.match(folded, start) for start, _end in spans):
        earlier = [e for _s, _e, e in entities_in(sentence, 0, attribution.verb_start)]
        last = next((e for e in reversed(state.mentioned + earlier) if e.agency == NEWS_AGENCY), None)
        return last.to_ref() if last is not None else None
    return None


_THE_AGENCY = re.compile(r"\s*الوكاله(?!\w)")


MEDIUM_NAME_REACH = 25  # characters from "نقلتها"/"بحسب" to the medium's name ("وكالة أنباء (تاس)")


# "كما نقلت عنه وكالة تاس", "، بحسب ما نقلت وكالة تاس،": the words that follow are the subject's,
# relayed by the agency named
_AS_RELAYED_BY = re.compile(
    r"(?<!\w)(?:كما|حسبما|وفق\s+ما|بحسب\s+ما)\s+(?:نقل|نقلت|اورد|اوردت|ذكر|ذكرت)(?:\s+عن(?:ه|ها|هما|هم))?\s+"
)
# "وشدد روته، وفق بيان لـ“الناتو”، على …": the body whose statement reports him
_STATEMENT_ASIDE = re.compile(
    r"[،,]\s*(?:وفقا\s*ل|وفق\s+|بحسب\s+|حسب\s+)(?:بيان|تقرير)\s+(?:صادر\s+عن|ل)\s*[\"“«]?"
)


DOCUMENT_TITLES = frozenset({"reports"})  # "التقارير", "التقديرات": texts, not people who speak


# "بعد تصريحات للرئيس الأوكراني قال فيها إن": an indefinite noun's relative clause has no pronoun,
# only the resumptive one after its verb, right before the reported words
_RESUMPTIVE_THEN_MARKER = re.compile(rf"\s+(?P<pronoun>فيها|فيه|فيهما)\s+(?:{_MARKER_RE.pattern})")


def _relative_antecedent(
    sentence: Sentence, gazetteer: Gazetteer, verb_start: int, verb_end: int | None = None
) -> EntityRef | None:
    """ "تصريحات لمسؤولين أميركيين، التي تزعم بأن ...", "تصريحات للرئيس الأوكراني قال فيها إن …":
    the speaker of a verb opening a relative clause is named in the noun phrase the clause
    describes."""
    folded = sentence.folded
    relative = _relative_before(folded, verb_start)
    if relative is not None:
        end = relative.start()
    elif verb_end is not None and _RESUMPTIVE_THEN_MARKER.match(folded, verb_end):
        end = verb_start
    else:
        return None
    while end > 0 and folded[end - 1] in " ،,":
        end -= 1
    start = max(
        [0, end - ANTECEDENT_CHARS, *(p + 1 for p in (folded.rfind("،", 0, end), folded.rfind(",", 0, end)))]
    )
    titles = titles_in(sentence, gazetteer, start, end)
    if any(t_end >= end - 1 and title.title.id in DOCUMENT_TITLES for _s, t_end, title in titles):
        return None  # "ولم تؤكد أمريكا … التقارير التي تحدثت عن …": the reports, not the one who denies them
    speaker = first_speaker(sentence, gazetteer, start, end)
    if speaker is None or not speaker.name_ar or not (speaker.linked or speaker.role_ar):
        return None
    if not speaker.linked and titles and titles[0][2].title.id in NAMED_AFTER_TITLES:
        # "نشرت صحيفة الغارديان تقريرا قالت فيه": the paper as named, without what it published
        words = sentence.span_text(titles[0][0], end).split()
        while len(words) > 2 and _INDEFINITE_OBJECT.fullmatch(fold(words[-1])):
            words.pop()
        return named_unlinked(gazetteer, clean_name(" ".join(words)), titles[0][2])
    if not speaker.linked and titles:  # "تعليقا على تصريحات لمسؤولين أميركيين": the officials
        return named_unlinked(gazetteer, titles[0][2].surface, titles[0][2])
    return speaker


NAMED_AFTER_TITLES = frozenset({"newspaper"})  # a generic title its own name follows ("صحيفة الغارديان")
_INDEFINITE_OBJECT = re.compile(r"(?!ال)\w{3,}ا")  # "تقريرا", "مقالا": an indefinite object


def _opens_with_name(sentence: Sentence, gazetteer: Gazetteer, start: int, end: int) -> bool:
    """Whether a person named in the subject in ``[start, end)`` is its head: in "إن زيارة بوتين
    أكدت أن ..." the visit speaks, not Putin (a person after another noun is its complement)."""
    text = sentence.folded[start:end]
    opening = start + len(text) - len(text.lstrip(" ،,")) + 1
    named = entities_in(sentence, start, end)
    if not named or named[0][2].kind != "person" or named[0][0] <= opening:
        return True
    titled = titles_in(sentence, gazetteer, start, end)
    return any(found[0] <= opening for found in titled)  # "الرئيس الروسي بوتين"


OPENING_SUBJECT_CHARS = 100


_OPENING_VERB = re.compile(r"\s*(?:[وف]?قد\s+)?\S+\s+")  # "وقد أصدرت": the verb after "قد"


# a word with "ب" on it right after a subject ("بدعوة"، "بالاتفاق"): the verb's object (not "باسم")
_PREPOSITIONAL_OBJECT = re.compile(r"\s+ب(?!اسم(?!\w))[^\W\d]{3,}")


def _opening_subject(sentence: Sentence, gazetteer: Gazetteer, pos: int) -> EntityRef | None:
    """The titled subject right after the verb that opens the sentence ("جدد مستشار الأمن القومي
    الأمريكي جيك ساليفان، ...، مؤكدا ..."), which a later participle shares."""
    folded = sentence.folded
    first = _OPENING_VERB.match(folded)
    if first is None:
        return None
    comma = folded.find("،", first.end(), min(pos, first.end() + OPENING_SUBJECT_CHARS))
    if comma < 0 and pos <= first.end() + OPENING_SUBJECT_CHARS:
        comma = pos  # "وعرض رئيس الوكالة بيل بيرنز في اليوم السابق تقديرات مماثلة معلنا أن"
    titles = titles_in(sentence, gazetteer, first.end(), comma) if comma > 0 else []
    if not titles or titles[0][0] > first.end() + 1:
        return None  # the subject must open with a title right after the verb
    # a title followed by the verb's object is the whole subject ("ورحّب الرئيس الكوري الجنوبي بدعوة
    # ترامب …": Trump is named in the object)
    title_end = titles[0][1]
    object_next = _PREPOSITIONAL_OBJECT.match(folded, title_end, comma)
    if object_next is not None and any(
        start < object_next.end() for start, _end, _entity in entities_in(sentence, title_end, comma)
    ):
        object_next = None  # "رئيس جهاز الاستخبارات بوزارة الدفاع": a name goes on there
    speaker = first_speaker(sentence, gazetteer, first.end(), comma if object_next is None else title_end)
    return (
        speaker if speaker is not None and speaker.name_ar and (speaker.linked or speaker.role_ar) else None
    )


# "وزارة الدفاع الكورية الجنوبية": a head noun, an optional genitive noun and nisba adjectives
_INSTITUTION_PHRASE = re.compile(r"(?P<head>\S+)(?:\s+ال\w+)?(?:\s+ال\w+(?:يه|ي)(?!\w))*")


def _unlisted_institution(folded: str, start: int, end: int) -> re.Match[str] | None:
    """An institution's name opening at ``start`` with a head noun from ``institution_heads``."""
    phrase = _INSTITUTION_PHRASE.match(folded, start, end)
    return phrase if phrase is not None and speech_lexicon().institution_head(phrase.group("head")) else None


def _opening_institution(sentence: Sentence, gazetteer: Gazetteer, pos: int) -> EntityRef | None:
    """The institution no list knows that is the subject of the verb opening the sentence ("وقد
    أصدرت وزارة الدفاع الكورية الجنوبية بيانًا …، مشيرة إلى أن …"), which a feminine participle shares."""
    folded = sentence.folded
    first = _OPENING_VERB.match(folded, 0, pos)
    phrase = _unlisted_institution(folded, first.end(), pos) if first is not None else None
    if phrase is None:
        return None
    speaker = first_speaker(sentence, gazetteer, phrase.start(), phrase.end())
    return speaker if speaker is not None and speaker.name_ar else None


def _accused_only(sentence: Sentence, gazetteer: Gazetteer, after: int, marker: int) -> bool:
    """Only one named state or institution, and nothing else, between the verb and its preposition
    (a person there is more often the one who accuses: "واتهم زيلينسكي بـ...")."""
    between = sentence.folded[after:marker].strip(" ،,")
    named = entities_in(sentence, after, marker)
    return (
        _past_adverbs(sentence.folded, marker).startswith("ب")  # not the accused ("اتهمت كييف موسكو بنشر")
        and len(named) == 1
        and named[0][2].kind != "person"
        and between == sentence.folded[named[0][0] : named[0][1]].strip()
    )


_SPACE = re.compile(r"\s*")
_AND = re.compile(r"\s*و\s*")


def _accuser_end(sentence: Sentence, after: int, stop: int) -> int:
    """Where the subject of an accusing verb ends, when a state, city or institution (or several
    joined by و) opens the words after the verb and someone else is named before the preposition:
    "اتهمت كل من سيول وواشنطن الزعيم الكوري الشمالي كيم جونج أون بإرسال" (the accuser, then the
    accused); ``stop`` otherwise."""
    named = entities_in(sentence, after, stop)
    opening = _SPACE.match(sentence.folded, after)  # (past "كل من": see _EACH_OF)
    if len(named) < 2 or opening is None or named[0][0] != opening.end():
        return stop
    if named[0][2].kind not in ("country", "place", "institution"):
        return stop
    end = named[0][1]
    for start, following_end, _entity in named[1:]:
        if not _AND.fullmatch(sentence.folded, end, start):
            return end  # someone else follows: the accused
        end = following_end
    return stop


def _past_adverbs(folded: str, pos: int) -> str:
    """The text from ``pos`` on past adverbs ("مرارا بمساعدة" → "بمساعدة")."""
    rest = folded[pos:].lstrip()
    adverbs = speech_lexicon().adverbs
    while (word := rest.split(maxsplit=1)) and word[0].strip(" ،,") in adverbs and len(word) == 2:
        rest = word[1]
    return rest


def _reported_inside(
    sentence: Sentence,
    gazetteer: Gazetteer,
    state: SpeakerState,
    outer: Attribution,
    verb_match: re.Match[str],
    limit: int,
    regions: list[tuple[int, int]],
) -> Attribution | None:
    """The words of a speaker whose statement opens another's ("أفادت الوكالة أن كيم قال إن ..."):
    only a short subject stands between the outer content's start and the verb."""
    subject = sentence.folded[outer.content_start : verb_match.start()]
    if (
        not subject.strip()
        or len(subject.split()) > RELAYED_SUBJECT_WORDS
        or any(c in subject for c in '،,:«"“')
    ):
        return None
    if not _opens_with_name(sentence, gazetteer, outer.content_start, verb_match.start()):
        return None
    inner = _attribution_at(sentence, gazetteer, state, verb_match, outer.content_start, limit, regions)
    if inner is None or speaker_key(inner.speaker) == speaker_key(outer.speaker):
        return None
    subject_ref = first_speaker(sentence, gazetteer, outer.content_start, verb_match.start())
    if (
        subject_ref is not None
        and subject_ref.name_ar
        and speaker_key(subject_ref) != speaker_key(inner.speaker)
    ):
        # "إن الرجال أبلغوا المحققين أنهم …": the subject stands before the verb, the name after it
        # is whom they told; a subject no list or title names leaves the outer speaker's words whole
        if not (subject_ref.linked or subject_ref.role_ar):
            return None
        inner = replace(inner, speaker=subject_ref)
    if outer.speaker.kind in ("person", "unknown") and inner.speaker.kind in ("country", "place"):
        # "قال وود إن الولايات المتحدة تتوقع ...": an envoy speaking for his state; "وأوضح [الوزير]
        # أن روسيا أعلنت …": his account of what a state did, not the state's words he relays
        return None
    if _names_no_one(inner.speaker, or_non_speaker=True):
        return None  # "أشارت الهيئة إلى أن التقديرات تشير إلى أن ...": still the agency's words
    if (
        not inner.speaker.linked
        and not inner.speaker.role_ar
        and not _is_news_medium(gazetteer, outer.speaker)
    ):
        # "ذكرت التايمز أن الجندي ري قال": a paper relays whom it names; "قال زيلينسكي إن البيانات
        # الأولية تشير إلى": a speaker's own account of what an unnamed thing shows
        return None
    return replace(inner, via=outer.speaker)


def _names_no_one(ref: EntityRef, *, or_non_speaker: bool = False) -> bool:
    """An unlinked source whose first word is a vague one ("تقارير استخباراتية", "التقديرات") or, with
    ``or_non_speaker``, a word that never speaks: no one is named for the words."""
    if ref.linked:
        return False
    first = fold(ref.name_ar).split()[:1]
    lex = speech_lexicon()
    return bool(first) and (
        first[0] in lex.vague_sources or (or_non_speaker and first[0] in lex.non_speakers)
    )


def _after_time_conjunction(folded: str, pos: int) -> bool:
    """ "...، بعد أن أكدت وزارة الدفاع أن ...": a clause inside another statement that may have a
    speaker of its own (only when one is named: "قبل أن تعلن أن ..." continues no one)."""
    words = folded[:pos].split()
    return len(words) >= 2 and words[-1] == "ان" and words[-2] in _TIME_CONJUNCTIONS


_TIME_CONJUNCTIONS = frozenset({"بعد", "وبعد", "قبل", "وقبل", "عقب", "منذ", "بمجرد"})


_THAT_NEXT = re.compile(r"\s*(?:ان|بان|انه|انها)(?!\w)")


AGREEMENT_LOOKBACK = 3  # distinct speakers and relays looked back over for one that agrees


def _is_female(ref: EntityRef) -> bool:
    """A person whose role is written in the feminine ("المتحدثة باسم ...", "وزيرة الخارجية")."""
    words = fold(ref.role_ar or "").split()
    return ref.kind == "person" and bool(words) and words[0].endswith("ه")


def _conceded_subject(sentence: Sentence, pos: int, feminine: bool) -> EntityRef | None:
    """ "وعلى الرغم من عدم نفي كوريا الشمالية …، إلا أنها شددت": after "إلا أنها"/"غير أنها" the
    pronoun is the state or institution named in the sentence before it."""
    if not feminine:
        return None
    if _BUT_THAT.search(sentence.folded, 0, pos) is not None:
        return first_subject(sentence, pos)
    # "وبعد إنكار كوريا الشمالية …، فإنها تدافع الآن عن … وتقول إنها …": a verb joined by و to the
    # pronoun's clause (no comma between) has the same subject
    joined = max(_PRONOUN_CLAUSE.finditer(sentence.folded, 0, pos), key=lambda m: m.start(), default=None)
    if (
        joined is None
        or not sentence.folded.startswith("و", pos)
        or any(mark in sentence.folded[joined.end() : pos] for mark in "،,:")
    ):
        return None
    return first_subject(sentence, joined.start())


def _man_after_feminine_verb(ref: EntityRef | None, feminine: bool) -> bool:
    """A known man (a gazetteer person whose role is written in the masculine) named after a
    feminine verb: he is no subject of it."""
    return feminine and ref is not None and ref.linked and ref.kind == "person" and not _is_female(ref)


def _institution_head_at(folded: str, pos: int) -> bool:
    """Whether the first word after ``pos`` is an institution's head noun ("إدارة"، "حكومة")."""
    word = _FIRST_WORD.match(folded, pos)  # (defined below, with _named_colon_quote)
    return word is not None and speech_lexicon().institution_head(word.group("word")) is not None


def _agreeing_previous(state: SpeakerState, feminine: bool) -> EntityRef | None:
    """The last speaker (or relay) a subjectless verb can continue: "ونقلت الوكالة عن كيم قوله
    ...، وأضافت أن ..." continues the agency, not Kim (a feminine verb never takes a man; a
    masculine one never takes a woman); the last speaker when none agrees."""
    distinct: list[EntityRef] = []
    for ref in reversed(state.speakers):
        if all(speaker_key(ref) != speaker_key(seen) for seen in distinct):
            distinct.append(ref)
        if len(distinct) == AGREEMENT_LOOKBACK:
            break
    for ref in distinct:
        female = _is_female(ref)
        if feminine and _masculine_plural(ref):
            continue  # "نقلت الصحيفة عن مسؤولين …، وأضافت: …": the newspaper goes on, not the officials
        if not feminine and _feminine_place(ref):
            continue  # "… مع سول، التي أكدت أنه …. وأضاف أنه": a city or "روسيا" is no "he"
        if (feminine and (ref.kind != "person" or female)) or (not feminine and not female):
            return ref
    if not feminine and state.previous is not None and _feminine_place(state.previous):
        return _man_named_before(state) or state.previous
    return state.previous


def _feminine_place(ref: EntityRef) -> bool:
    """A city, or a country whose name is feminine ("روسيا"، "كوريا"، "الولايات المتحدة"): a masculine
    verb never has it as its subject (unlike "العراق" or "لبنان")."""
    name = fold(ref.name_ar)
    return ref.kind == "place" or (
        ref.kind == "country" and (name.endswith(("ا", "ه")) or name.startswith("الولايات"))
    )


def _man_named_before(state: SpeakerState) -> EntityRef | None:
    """The last man named in the sentence before (the subject a masculine verb goes on with when the
    last speaker was a city or a country)."""
    if len(state.seen) < 2:
        return None
    people = [m.entity.to_ref() for m in state.seen[-2].entities if m.entity.kind == "person"]
    men = [ref for ref in people if not _is_female(ref)]
    return men[-1] if men else None


def _man_relayed_by_body(attribution: Attribution, state: SpeakerState) -> bool:
    """Whether the words are a man's (a known man, or an unlisted one named by a singular masculine
    title: "مصدر مطلع", "مسؤول كوري جنوبي") relayed by a body (an agency, a paper): a feminine
    verb or participle after them is the body's, never his."""
    speaker, via = attribution.speaker, attribution.via
    if via is None or via.kind == "person" or not via.name_ar:
        return False
    if _man_after_feminine_verb(speaker, True):
        return True
    return (
        speaker.kind == "person"
        and not speaker.linked
        and not _is_female(speaker)
        and not _masculine_plural(speaker)
        and state.speaker_titles.get(speaker_key(speaker)) not in GROUP_TITLES
    )


def _masculine_plural(ref: EntityRef) -> bool:
    """An unlisted source named by a sound masculine plural ("مسؤولين كوريين", "مسؤولون")."""
    words = fold(ref.name_ar).split()
    return not ref.linked and bool(words) and words[0].endswith(("ين", "ون")) and len(words[0]) > 4


def _verb_blocked(folded: str, start: int, end: int, form: str) -> bool:
    lex = speech_lexicon()
    if form in lex.impersonal:
        return True
    if form in lex.impersonal_before_that and _THAT_NEXT.match(folded, end):
        return True  # "ويُقدّر أن ..." (it is estimated that), not "ويقدّر الجهاز أن ..."
    before = folded[:start].split()
    if before and before[-1] in ("مما", "ومما") and form[:1] in "يت":
        return True  # "، مما يشير إلى أن": the writer's inference (but "مما قال إنه": what he said)
    if len(before) >= 3 and before[-3] in _NOUN_NEGATIONS and before[-1] in ("او", "ولا"):
        return True  # "عدم تأكيد أو نفي كوريا الشمالية إرسالها": neither confirmed nor denied
    return bool(before) and (before[-1] in lex.negations or before[-1] in _NOUN_NEGATIONS)


def _transfer_noun(folded: str, verb_match: re.Match[str]) -> bool:
    """ "ووصف كيربي نقل كوريا الشمالية أسلحة …": "نقل" with no "عن" after it is the noun "transfer";
    it relays no one and ends no other verb's reach."""
    form = verb_match.group("form") or verb_match.group("sform")
    return form == "نقل" and not _FROM_SOON.match(folded, verb_match.end())


def _between_not_said(folded: str, verb_match: re.Match[str]) -> bool:
    """A ``conjoined_that_only`` form ("بين") without a glued و/ف or without "أن" opening its words a
    few words on: the preposition "between", not the verb "explained"."""
    if not speech_lexicon().verb_of(verb_match).conjoined_that_only:
        return False
    return not verb_match.group("conj") or _SUBJECT_THEN_THAT.match(folded, verb_match.end()) is None


# up to eight words of a subject (no quotation, colon or sentence end among them), then "أن"
_SUBJECT_THEN_THAT = re.compile(r"(?:\s+[^\s،,:«»\"“”.]+){0,8}?[\s،,]+[بل]?ان(?:ه|ها|هم)?(?!\w)")


def _relay_describes_source(folded: str, verb_match: re.Match[str]) -> bool:
    """ "نقلت القناة عن مصدر سياسي وصفته بالرفيع قوله إنه": how the relaying medium described its
    source, a clause inside "عن Y"; it reports no one and ends no other verb's reach."""
    start = verb_match.start()
    return (
        _DESCRIBED_BY_RELAY.match(folded, start - 1) is not None
        and _FROM_SOURCE_BEFORE.search(folded, max(0, start - 40), start) is not None
    )


_DESCRIBED_BY_RELAY = re.compile(r"\s+وصفت?(?:ه|ها|هم)\s+بال\w+")


def _received_by(folded: str, verb_match: re.Match[str]) -> bool:
    """ "وذكرت الوزارة في بيان ورد لـ[الصحيفة]، أنه": "ورد" + "ل"/"إلى" is "reached", a clause about
    the statement; it reports no one and ends no other verb's reach."""
    form = verb_match.group("form") or verb_match.group("sform")
    return form == "ورد" and _TO_NEXT.match(folded, verb_match.end()) is not None


_TO_NEXT = re.compile(r"\s*(?:ل|الي(?!\w))")
_FROM_SOON = re.compile(r"[^.:]{0,80}?(?<!\w)عن(?!\w)")  # "نقل X عن Y": who relays comes before "عن"
_NOUN_NEGATIONS = frozenset({"عدم", "بعدم", "لعدم", "وعدم", "دون", "بدون"})  # before a verbal noun


_REPORTED_PRONOUN_RE = re.compile(rf"(?<!\w)عن(?P<suffix>ه|ها|هم|هما)\s+{_SAYING}")


def _reported_pronoun(
    sentence: Sentence, state: SpeakerState, after: int, limit: int
) -> tuple[EntityRef, int] | None:
    """ "ونقلت وكالات أنباء روسية عنه قوله إن ...": the words of the one spoken of before."""
    match = _REPORTED_PRONOUN_RE.search(sentence.folded, after, min(limit, after + REPORTED_WINDOW))
    if match is None:
        return None
    previous = _agreeing_previous(state, match.group("suffix") == "ها")
    return (previous, match.end()) if previous is not None and previous.name_ar else None


def _reported(
    sentence: Sentence, gazetteer: Gazetteer, after: int, limit: int
) -> tuple[EntityRef, int] | None:
    """ "نقلت X عن Y (قوله) إن ...": speaker Y; returns (speaker, where the marker search starts)."""
    folded = sentence.folded
    match = _REPORTED_RE.search(folded, after, min(limit, after + REPORTED_WINDOW))
    if not match:
        return None
    found = [_MARKER_RE.search(folded, match.end(), limit), _THEN_RE.search(folded, match.end(), limit)]
    said = _SAYING_RE.search(folded, match.end(), limit)
    if said is not None:  # "عن بوتين قوله "..."": the quotation itself is the marker
        quote = _OPENING_QUOTE_RE.match(folded, said.end(), limit)
        found.append(_QUOTE_MARK_RE.search(folded, quote.start("q"), limit) if quote else None)
        if quote is None:  # "قوله في مستهل المحادثات مع كيم "نقدر ..."": a short adjunct, then the quote
            later = _QUOTE_MARK_RE.search(folded, said.end(), limit)
            gap = folded[said.end() : later.start()].split() if later else []
            if gap and gap[0] in speech_lexicon().adjunct_starts and len(gap) <= ADJUNCT_WORDS:
                found.append(later)
    markers = [m for m in found if m is not None]
    if not markers:
        if said is None or said.start() - match.end() > REPORTED_WHO_CHARS:
            return None
        # "نقلت يونهاب عن بلينكن تأكيده ثقة واشنطن …": the saying noun's object is the words
        who = first_speaker(sentence, gazetteer, match.end(), said.start())
        return (who, said.end()) if who is not None else None
    marker = min(markers, key=lambda m: m.start())
    saying = said if said is not None and said.end() <= marker.start() else None
    who_end = saying.start() if saying else marker.start()
    described = _DESCRIBED_BY_RELAY.search(folded, match.end(), who_end)
    if described is not None:  # "عن مصدر سياسي إسرائيلي وصفته بالرفيع قوله": the source, not its description
        who_end = described.start()
    stating = _STATING_BEFORE.search(folded, match.end(), who_end) if saying is None else None
    # "عن معلومات استخباراتية تفيد بأن": the information's words, from the marker after its verb
    who = first_speaker(sentence, gazetteer, match.end(), who_end if stating is None else stating.start())
    if who is None:
        return None
    if saying is None:
        return who, who_end
    # "عن X قوله يوم الثلاثاء إن ...": a time adjunct may stand between قوله and the words
    gap = folded[saying.end() : marker.start()].split()
    first = gap[0].strip(_ADDRESSEE_PUNCT) if gap else ""
    lex = speech_lexicon()  # ... or its addressee ("قوله للصحفيين: إن")
    adjunct = (first in lex.adjunct_starts or first.startswith("لل")) and len(gap) <= ADJUNCT_WORDS
    return who, marker.start() if adjunct else saying.end()


REPORTS_THAT_SUBJECT_WORDS = 8
# "، وتقدم كيم …": a clause that opens with a verb and a person's name
_AND_VERB = re.compile(r"[،,]\s*و\w+\s+")


def _clause_subject_before(sentence: Sentence, start: int, end: int) -> EntityRef | None:
    """The person named as the subject of the last clause "، و<verb> <name>" between ``start`` and
    ``end`` (the subject a participle after it goes on with), None when no such clause opens there."""
    clauses = list(_AND_VERB.finditer(sentence.folded, start, end))
    if not clauses:
        return None
    subject_at = clauses[-1].end()
    person = next(
        (e for e in entities_in(sentence, subject_at, end) if e[0] == subject_at and e[2].kind == "person"),
        None,
    )
    return person[2].to_ref() if person is not None else None


# "… معلومات استخباراتية تفيد بأن": present verbs that tell what the noun before them says
_STATING_FORMS = frozenset({"تفيد", "يفيد", "تقول", "يقول", "تشير", "يشير"})
_FROM_SOURCE_BEFORE = re.compile(r"(?<!\w)عن\s+(?:[^\s،,.:]+\s+){1,3}$")


def _states_relayed_source(folded: str, verb_match: re.Match[str]) -> bool:
    """ "نقل مشرع عن معلومات استخباراتية تفيد بأن …": a present verb right after the source of a
    relay tells what that source says; it opens no statement of its own."""
    form = verb_match.group("form") or verb_match.group("sform")
    if form not in _STATING_FORMS or verb_match.group("conj"):
        return False
    return _FROM_SOURCE_BEFORE.search(folded, max(0, verb_match.start() - 40), verb_match.start()) is not None


# "نقل مشرع عن معلومات استخباراتية تفيد بأن …": such a verb (or "مفادها") between a source and its words
_STATING_BEFORE = re.compile(
    rf"\s(?:{'|'.join(sorted(_STATING_FORMS | {'مفادها', 'مفاده'}))})\s*(?:الي\s*)?$"
)


def _reports_that(folded: str, form: str, after: int, found: tuple[int, int] | None) -> bool:
    """ "ونقلت وكالة يونهاب أن …": a relaying verb with no "عن" reports what its subject said; the
    subject stands between the verb and "أن" (not "ورد أن", impersonal; not "نقلت روسيا الجنود")."""
    if found is None or form in ("ورد", "ينقل", "تنقل"):
        return False
    marker, content = found
    if content == marker or folded[marker:content].strip() == ":":
        return False  # "أن" / "بأن", not a colon or a quotation
    subject = folded[after:marker].split()
    words = [w.strip("،,") for w in subject]
    return 0 < len(subject) <= REPORTS_THAT_SUBJECT_WORDS and not any(w in _RELAY_BLOCKERS for w in words)


def _relay_before(sentence: Sentence, gazetteer: Gazetteer, after: int) -> EntityRef | None:
    """The subject between a reporting verb and its "عن" ("نقل مشرع كوري جنوبي، اليوم، عن ...")."""
    folded = sentence.folded
    match = _REPORTED_RE.search(folded, after, after + REPORTED_WINDOW) or _REPORTED_PRONOUN_RE.search(
        folded, after, after + REPORTED_WINDOW
    )  # "ونقلت وكالات أنباء روسية عنه قوله"
    if match is None or match.start() <= after:
        return None
    return first_speaker(sentence, gazetteer, after, match.start())


def _attribution_at(
    sentence: Sentence,
    gazetteer: Gazetteer,
    state: SpeakerState,
    verb_match: re.Match[str],
    clause_start: int,
    limit: int,
    regions: list[tuple[int, int]],
) -> Attribution | None:
    lex = speech_lexicon()
    form = verb_match.group("form") or verb_match.group("sform")
    verb = lex.verbs[form]
    after = verb_match.end()
    adverb = _WORD_AFTER.match(sentence.folded, after)
    if (
        adverb is not None
        and adverb.group(1).strip(_QUOTE_PUNCT) in lex.adverbs
        and (
            entities_in(sentence, adverb.end() + 1, adverb.end() + 2)
            or titles_in(sentence, gazetteer, adverb.end() + 1, adverb.end() + 2)
        )
    ):
        after = adverb.end()  # "وقال أيضا الرئيس الروسي …": the subject named after the adverb
    each_of = _EACH_OF.match(sentence.folded, after)
    if each_of is not None:  # "ونفت كل من روسيا وكوريا الشمالية التقارير": the subjects follow
        after = each_of.end() - 1
    if _relative_with_subject(sentence, gazetteer, verb_match) is not None:
        resumptive = _RESUMPTIVE.match(sentence.folded, after)
        after = resumptive.end() - 1 if resumptive else after  # "التي قالت فيها موسكو … إن": its subject
    elif verb.object_first and (resumptive := _RESUMPTIVE.match(sentence.folded, after)) is not None:
        after = resumptive.end() - 1  # "في وقت اتهمت فيه سيول بيونغ يانغ بإرسال": "فيه" accuses no one
    elif (resumptive := _RESUMPTIVE_THEN_MARKER.match(sentence.folded, after)) is not None:
        after = resumptive.end("pronoun")  # "تصريحات له قال فيها إن": no subject
    speaker: EntityRef | None
    via: EntityRef | None = None
    if verb.document:
        found = _find_marker(sentence, gazetteer, verb, after, limit, regions)
        if found is None:
            return None
        marker, content = found
        speaker = statement_issuer(sentence, gazetteer, state, after, marker)
    elif verb.reported and (
        reported := _reported(sentence, gazetteer, after, limit)
        or _reported_pronoun(sentence, state, after, limit)
    ):
        speaker, marker_end = reported
        found = _find_marker(sentence, gazetteer, verb, marker_end, limit, regions)
        if found is None and _SAYING_BEFORE.search(sentence.folded, 0, marker_end):
            start = past_spaces(sentence.folded, marker_end, limit)
            found = (start, start)  # "عن بلينكن تأكيده ثقة واشنطن": a plain object
        then = _THEN_RE.match(sentence.folded, marker_end)
        if (found is None or found[0] - marker_end > 3) and then is not None:
            found = (then.start(), then.end())  # "ونقلت X عن Y، فقد قُتل ...": Y's words follow
        if found is None or found[0] - marker_end > 3:
            return None
        marker, content = found
        via = _relay_before(sentence, gazetteer, after)
    else:
        found = _find_marker(sentence, gazetteer, verb, after, limit, regions)
        if verb.reported and not _reports_that(sentence.folded, form, after, found):
            return None  # "نقلت X عن Y" with no "عن Y" found, or "نقلت روسيا الجنود": no report
        left = sentence.folded[clause_start : verb_match.start()]
        fronted = verb_match.group("conj") == "ف" and _AMMA_RE.search(left)
        if found is None:
            rest = sentence.folded[after:limit]
            past_commas = after + len(rest) - len(rest.lstrip(" ،,"))
            if verb.object_ok and (
                _QAD_RE.search(left)
                or _SABAQA_RE.search(sentence.folded, 0, verb_match.start())
                or fronted
                or _named_head_subject(sentence, gazetteer, clause_start, verb_match)
            ):
                # "وكان X قد أكد توسيع ..." / "أما كييف فتقدر عدد ..." / "قد قدّر، الاثنين الماضي، عدد ..."
                skipped, _rest = _skip_adjunct(sentence.folded, past_commas, limit)
                timed = _EARLIER_TIME.match(sentence.folded, skipped, limit)
                if timed is not None and timed.end() < limit:  # "قد نفى في وقت سابق وجود …"
                    skipped = timed.end()
                found = (skipped, skipped)
            elif verb.object_first and (_QAD_RE.search(left) or _KANA_QAD_RE.search(left)):
                # "وكان زيلينسكي اتهم، الخميس، بيونغ يانغ بالاستعداد …": the subject before the verb
                accused = _accused_then_complement(sentence, past_commas, limit)
                found = (accused, accused) if accused is not None else None
        if found is None:
            return _quotation_before(sentence, gazetteer, state, verb_match, after, limit, regions)
        marker, content = found
        if verb.object_first and not sentence.folded[after:marker].strip():
            return None  # "أقوى جيش … متهما بدعم روسيا": accused of, no one accusing
        speaker = _left_speaker(sentence, gazetteer, clause_start, verb_match.start()) if fronted else None
        if verb.object_first and not fronted and _accused_only(sentence, gazetteer, after, marker):
            # "كما اتهم موسكو بنقل الحرب": the one noun is the accused; the speaker goes on from before
            speaker = unlinked("")
            if _starts_clause(sentence.folded, verb_match.start(), verb_match.group("conj")):
                speaker = first_person_before(sentence, verb_match.start(), gazetteer) or _agreeing_previous(
                    state, lex.is_feminine(form)
                )
            content = after
        if speaker is not None and not speaker.name_ar:
            pass  # no one to credit: dropped below
        elif form in lex.participles:  # "واصفا إياها بأنها ...": a participle has no subject of its own
            if lex.is_feminine(form):
                speaker = (
                    _nearest_non_person(sentence, verb_match.start())
                    or first_person_before(sentence, verb_match.start(), gazetteer)
                    or _opening_subject(sentence, gazetteer, verb_match.start())
                    or _opening_institution(sentence, gazetteer, verb_match.start())
                    or first_subject(sentence, verb_match.start())
                )
            else:  # a masculine participle never agrees with a state or a city ("كوريا"، "موسكو")
                opening = _opening_subject(sentence, gazetteer, verb_match.start())
                previous = (
                    state.previous if state.previous is not None and state.previous.kind == "person" else None
                )
                # the titled subject of the opening verb before anyone named after it ("ورحّب الرئيس
                # الكوري الجنوبي بدعوة ترامب لكيم …، مؤكداً أنها …": the president's words, not Trump's)
                speaker = (
                    _masculine(opening)
                    or first_person_before(sentence, verb_match.start(), gazetteer)
                    or _masculine(first_subject(sentence, verb_match.start()))
                    or previous
                    or opening
                    or first_subject(sentence, verb_match.start())
                )
        elif speaker is None or not speaker.name_ar:  # "أما كيم فوصف المعاهدة بأنها ...": fronted subject
            aside = _AS_RELAYED_BY.search(sentence.folded, after, marker)  # "كما نقلت عنه وكالة تاس"
            subject_stop = aside.start() if aside else marker
            if verb.object_first:  # "اتهمت سيول الزعيم … كيم بإرسال": the accused after the accuser
                subject_stop = _accuser_end(sentence, after, subject_stop)
            speaker = speaker_after_verb(sentence, gazetteer, state, after, subject_stop)
            if _man_after_feminine_verb(speaker, lex.is_feminine(form)) and not _institution_head_at(
                sentence.folded, after
            ):
                # "ووصفت زيارة كيم لروسيا … أنها": she, not Kim, is the subject ("أعلنت رئاسة الرئيس
                # … زيلينسكي" is a body he heads: it speaks for him; an administration or government
                # named by its head is already its state, see speakers._government_of)
                speaker = None
            if speaker is not None and not speaker.linked and not speaker.role_ar:
                # "الزعيم الكوري الشمالي كيم يونغ أون وصف وفاته بأنها …": the named subject right
                # before the verb speaks; the unknown words after it are the object
                subject = _left_speaker(sentence, gazetteer, clause_start, verb_match.start())
                if (
                    subject is not None
                    and subject.linked
                    # "بوتين، هدد الدول الغربية بأنه": a person before any verb is its subject; a
                    # place there may be a dateline ("طوكيو - (جيجي برس)-- أعربت الحكومة …")
                    and (verb.object_ok or subject.kind == "person")
                    and _SENTENCE_HEAD.match(sentence.folded[:clause_start])
                ):
                    speaker = subject
        if speaker is None:
            speaker = _left_speaker(
                sentence, gazetteer, clause_start, verb_match.start()
            ) or _earlier_subject(sentence, gazetteer, verb_match.start())
        # "…، حذر من "…"، وكتب: "…"": inside a sentence whose speaker is known, "، وكتب:" goes on
        # (a byline "كتب:" opens its line, it never follows a comma)
        written_on = (
            verb.named_subject
            and _after_comma_and(sentence.folded, verb_match)
            and sentence.folded[after : after + 2].strip().startswith(":")
            and first_person_before(sentence, verb_match.start(), gazetteer) is not None
        )
        if (
            speaker is None
            and (not verb.named_subject or written_on)
            and _starts_clause(sentence.folded, verb_match.start(), verb_match.group("conj"))
            and not _DEMONSTRATIVE_SUBJECT.match(sentence.folded, after)
            and not _thing_goes_on(sentence, verb_match)
        ):
            # pronoun subject or continuation: "سئل X عن ...، فأجاب: ..." / "وأضاف أن ..."; at the
            # head of a sentence, the person the sentence before was about when it reported no words
            # ("استقبل لافروف اليوم ... . لكنه أشار إلى أن ...")
            heads = bool(_SENTENCE_HEAD.match(sentence.folded[: verb_match.start()]))
            actor = (
                None
                if not heads
                else _feminine_opening_subject(state.actor_sentence, gazetteer)
                if lex.is_feminine(form)
                else _opening_person(state.actor_sentence, gazetteer)
            )  # ("نشرت صحيفة الغارديان تقريرا … . وقالت إن …": the paper)
            person = first_person_before(sentence, verb_match.start(), gazetteer)
            if person is not None and lex.is_feminine(form) and not _is_female(person):
                person = None  # "رفضت روسيا … قمة بين بوتين وكيم، لكنها تحدثت عن …": she is not Kim
            speaker = (
                person
                or actor
                or _sentence_opening_subject(sentence, verb_match.start(), lex.is_feminine(form))
                or (
                    _feminine_opening_subject(sentence, gazetteer, verb_match.start())
                    if lex.is_feminine(form)
                    else None
                )
                or _opening_dual_subject(sentence, form, verb_match.start())
                or _conceded_subject(sentence, verb_match.start(), lex.is_feminine(form))
                or _agreeing_previous(state, lex.is_feminine(form))
            )
        if speaker is None or not speaker.name_ar:
            speaker = (
                _relative_antecedent(sentence, gazetteer, verb_match.start(), verb_match.end()) or speaker
            )
        # (its words first, with a substring test: the pattern is tried at every position)
        relay = (
            RELAY_PHRASE.search(sentence.folded, after, marker)
            if "نقلا" in sentence.folded[after:marker]
            else None
        )
        if relay is not None:  # "ذكرت صحيفة X نقلا عن مسؤولين أميركيين أن ...": theirs, relayed by X
            source = first_speaker(sentence, gazetteer, relay.end(), marker)
            relayer = first_speaker(sentence, gazetteer, after, relay.start())
            if source is not None and source.name_ar and relayer is not None and relayer.name_ar:
                speaker, via = source, relayer
    if speaker is None or not speaker.name_ar:
        return None
    start, end, kind = _content_span(sentence, content, regions)
    if marker == content and kind == "indirect":  # a plain object ("نفى X التقارير، إذ ..."): one clause
        comma = sentence.folded.find("،", start)
        aside = _RELATIVE_ASIDE.match(sentence.folded, comma) if comma > start else None
        if aside is not None:  # "اتهمت X كوريا الشمالية، التي تمتلك ترسانة نووية، بإرسال …": one clause
            comma = sentence.folded.find("،", aside.end())
        described = _DESCRIBED_AS.match(sentence.folded, comma + 1) if comma > start else None
        if comma > start and described is None:  # "ووصفت X، الشراكةَ، بأنها ...": the description goes on
            end = min(end, comma)
    start, end = _trim(sentence.folded, start, end)
    if kind == "indirect" and _ONLY_A_SOURCE.match(sentence.folded, start, end):
        return None  # "أعلن ذلك كيم، نقلاً عن وكالة الأنباء المركزية": who relayed it, not what was said
    if len(sentence.folded[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    if not speaker.linked:
        speaker = _agency_back_reference(gazetteer, state, speaker.name_ar) or speaker
    if via is not None and not via.linked:
        via = _agency_back_reference(gazetteer, state, via.name_ar) or via
    if via is not None and (not via.name_ar or speaker_key(via) == speaker_key(speaker)):
        via = None
    return Attribution(sentence, speaker, kind, verb_match.start(), start, end, verb.claim_only, via)


def _quotation_before(
    sentence: Sentence,
    gazetteer: Gazetteer,
    state: SpeakerState,
    verb_match: re.Match[str],
    after: int,
    limit: int,
    regions: list[tuple[int, int]],
) -> Attribution | None:
    """'“لقد رأينا روسيا تحاول …”، قال بلينكن.': the quotation that opens the sentence, right
    before a verb whose subject ends it (nothing said after it), is that subject's words."""
    folded = sentence.folded
    form = verb_match.group("form") or verb_match.group("sform")
    # '“…”، أضاف.': a verb that goes on with the last speaker needs no subject after it
    goes_on = speech_lexicon().verbs[form].continuation
    nothing_after = folded[after:limit].strip(" .،,؛!") == ""
    if verb_match.group("conj") or (nothing_after and not goes_on):
        return None  # "، وقال" opens a clause of its own; a verb with no subject after it names no one
    quote = next((r for r in regions if r[1] < verb_match.start()
                  and not folded[r[1] + 1 : verb_match.start()].strip(" ،,")), None)  # fmt: skip
    if quote is None or folded[: quote[0]].strip(" -•"):
        return None  # 'أشاد X بـ"…"، كشف Y': quoted words another clause governs
    if nothing_after:
        speaker = _agreeing_previous(state, speech_lexicon().is_feminine(form))
    else:
        speaker = speaker_after_verb(sentence, gazetteer, state, after, limit)
    if speaker is None or not speaker.name_ar:
        return None
    rest = _NAME_TAIL.sub("", folded[after:limit])
    if len(rest.split()) > len(fold(speaker.name_ar).split()) + TRAILING_SPEAKER_EXTRA_WORDS:
        return None  # the sentence goes on after the speaker: not a closing attribution
    start, end = _trim(folded, quote[0] + 1, quote[1])
    if len(folded[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    return Attribution(sentence, speaker, "direct", verb_match.start(), start, end, False)


TRAILING_SPEAKER_EXTRA_WORDS = 4  # title words around a closing speaker ("وزير الخارجية بلينكن")
_NAME_TAIL = re.compile(r"[.،,؛!]+\s*$")


QUESTION_CHARS = 400  # the longest question a speaker is said to answer before his words
# "وقال بيسكوف للصحفيين، ردا على سؤال حول ما إذا كان …: “…”": the question, then the answer
_ANSWERING = re.compile(
    r"[^،,:.]{0,40}?[،,]?\s*(?:ردا|تعليقا|جوابا|(?:في|وفي)\s+(?:معرض\s+)?(?:رده|ردها))\s+علي\s+"
)


_ANSWER_OPENS = re.compile(r"[:\"“«]")  # the colon or quotation mark that opens the answer


def _question_answered(folded: str, verb_end: int) -> tuple[int, int] | None:
    """(start, end) of the question or remark a speaker answers right after his verb, up to the
    colon or quotation mark that opens his answer; None when the verb is not followed by one (the
    question may hold verbs and "أن" of its own: "تصريحات … التي تزعم بأن …" are not his words)."""
    answering = _ANSWERING.match(folded, verb_end)
    if answering is None:
        return None
    end = min(len(folded), answering.end() + QUESTION_CHARS)
    opening = _ANSWER_OPENS.search(folded, answering.end(), end)
    if opening is None or "." in folded[answering.end() : opening.start()]:
        return None
    return answering.end(), opening.start()


RELAY_SUBJECT_WORDS = 7


# words that show the text before a speech verb is a clause, not the verb's subject (a relative
# pronoun too: "نفى X التقارير التي تفيد بأن" describes what is denied)
_RELAY_BLOCKERS = frozenset(
    {"في", "الي", "علي", "من", "عن", "مع", "ان", "قد", "لا", "لم", "لن", "ما", "بعد", "قبل"}
    | {"التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي"}
)


def _medium_relay(gazetteer: Gazetteer, attribution: Attribution, state: SpeakerState) -> EntityRef | None:
    """A relay named by a bare noun ("وبحسب ما نقلته الصحيفة عن"، "ونقلت الوكالة عن") is the medium
    that spoke or relayed before: an unlisted one by that noun, else the last listed news medium; with
    neither it stays as written (a medium merely named, such as the outlet's own credit line, is not
    taken)."""
    via = attribution.via
    if via is None or not is_media_noun(via):
        return via
    medium = named_with_noun(fold(via.name_ar), state) or next(
        (ref for ref in reversed(state.speakers) if ref.linked and _is_news_medium(gazetteer, ref)), via
    )
    return None if speaker_key(medium) == speaker_key(attribution.speaker) else medium


def _agency_back_reference(
    gazetteer: Gazetteer, state: SpeakerState, phrase: str, country: str | None = None
) -> EntityRef | None:
    """ "جهاز الاستخبارات" / "الوكالة" with no country: the agency of that class named earlier, else
    that of ``country`` (the side of whoever relays it: a South Korean lawmaker's "جهاز الاستخبارات")."""
    agency = gazetteer.agency_class(phrase)
    if agency is None:
        return None
    for entity in reversed(state.mentioned):
        if entity.agency == agency:
            return entity.to_ref()
    own = gazetteer.agency_of(agency, country) if country else None
    return own.to_ref() if own is not None else None


def _relayed(attribution: Attribution, gazetteer: Gazetteer, state: SpeakerState) -> Attribution:
    """Words that are themselves a report ("قال النائب إن جهاز الاستخبارات قال إنه ...", "وأفاد X بأن
    الاستخبارات الكورية الجنوبية تقدّر أن ..."): the claim belongs to the inner subject, relayed by
    the outer speaker."""
    sentence = attribution.sentence
    folded = sentence.folded
    lex = speech_lexicon()
    start, end = attribution.content_start, attribution.content_end
    head = folded[start : min(end, start + 90)]
    if attribution.kind != "indirect":
        # 'وقالت الوكالة "قال جهاز الاستخبارات إنه علم أن …"': a quotation that is itself a report
        return _quoted_report(attribution, gazetteer, head) or attribution
    for verb_match in lex.verb_matches(head):
        form = verb_match.group("form") or verb_match.group("sform")
        subject = head[: verb_match.start()].strip(" ،,")
        words = _without_locative_tail(sentence, start, start + verb_match.start()).split()
        if (
            not subject
            or verb_match.group("conj")  # "نفت X التقارير ووصفتها بأنها": X goes on, no inner report
            or len(words) > RELAY_SUBJECT_WORDS
            or form in lex.participles
            or any(mark in _QUOTED_NAME.sub("", subject) for mark in '،,:«»"“”')  # 'الجندي "ري"' is a name
            or any(w in _RELAY_BLOCKERS for w in words)
        ):
            break
        marker = _MARKER_RE.match(folded, start + verb_match.end() + 1) or _MARKER_RE.match(
            folded, start + verb_match.end()
        )
        verb_end = start + verb_match.end()
        content = marker.end() if marker else _past_recipient(folded, verb_end, end, lex.verbs[form])
        by_complement = content is None and _inner_complement(sentence, verb_end, end, lex.verbs[form])
        if by_complement:  # the words from the subject on: "كيم أشاد بـ…" is the report
            content = start
        if content is None:
            break
        if not _opens_with_name(sentence, gazetteer, start, start + verb_match.start()):
            break
        inner = first_speaker(sentence, gazetteer, start, start + verb_match.start())
        if inner is not None and not inner.linked:
            inner = _agency_back_reference(gazetteer, state, subject, attribution.speaker.country) or (
                inner if inner.role_ar else None
            )
        if inner is None or not inner.name_ar or speaker_key(inner) == speaker_key(attribution.speaker):
            break
        if _names_no_one(inner):
            break  # "تحدث زيلينسكي عن تقارير استخباراتية تفيد بأن …": reports no one is named for
        if by_complement and not (inner.linked and inner.kind in ("person", "institution")):
            break  # "قلقه إزاء التقارير التي تشير إلى …": only a known speaker's verb opens a report
        same_state = inner.country and inner.country == attribution.speaker.country
        if inner.kind in ("country", "place") and same_state:
            break  # "وقال وود إن الولايات المتحدة تتوقع ...", "مضيفا أن سيول تتوقع": he speaks for the state
        if len(folded[content:end].split()) < MIN_CONTENT_WORDS:
            break
        return replace(attribution, speaker=inner, via=attribution.speaker, content_start=content)
    return attribution


def _inner_complement(sentence: Sentence, verb_end: int, limit: int, verb: SpeechVerb) -> bool:
    """Whether an inner verb's reported words follow as its complement, not after "أن": "نقلت
    الوكالة أن كيم أشاد بـ«البطولة» …", "أن بيلوسوف أشاد الجمعة بـ…", "أن بلينكن اتهم روسيا
    بتدريب …" (the words are then read from the subject on)."""
    folded = sentence.folded
    timed = _LEADING_TIME.match(folded, verb_end, limit)
    at = timed.end() if timed is not None else verb_end
    at += len(folded[at:limit]) - len(folded[at:limit].lstrip(" ،,"))
    if _complements_at(folded, verb, at, limit):
        return True
    if "ب" in verb.complements and _ba_object(sentence, at, limit):
        return True
    if "ب" in verb.complements and (verb.object_first or verb.object_ok):
        accused = _accused_then_complement(sentence, at, limit)
        return accused is not None
    return False


_QUOTED_NAME = re.compile(r'[«"“]\s*\S+(?:\s+\S+)?\s*[»"”]')
_LOCATIVE_TAIL = re.compile(r"\s+في\s+(?:\S+\s*){1,3}$")


def _without_locative_tail(sentence: Sentence, start: int, end: int) -> str:
    """The subject in ``[start, end)`` without a closing "في" + place: in "جهاز الاستخبارات الوطني
    في كوريا الجنوبية" the place says where the agency is, it opens no clause of its own."""
    subject = sentence.folded[start:end].strip(" ،,")
    tail = _LOCATIVE_TAIL.search(sentence.folded, start, end)
    if tail is None:
        return subject
    places = [e for _s, _e, e in entities_in(sentence, tail.start(), end) if e.kind in ("country", "place")]
    return sentence.folded[start : tail.start()].strip(" ،,") if places else subject


# "أبلغ المشرعين، خلال اجتماع مغلق يوم الخميس، بالخسائر": who was told, an adjunct, then what
_RECIPIENT = re.compile(
    r"\s*(?!(?:الي|علي|الذي|التي|الذين)(?!\w))(?:ال|ل)\w+(?:\s+(?:(?:ال)?\w+|[«\"“][^»\"”]{1,30}[»\"”])){0,3}?"
    r"\s*(?:[،,][^،,.:]{1,60}[،,])?\s*"
)
_REPORTED_NOUN = re.compile(r"ب(?!ين(?!\w)|ان(?!\w))(?:ال)?\w{3,}")


def _past_recipient(folded: str, verb_end: int, limit: int, verb: SpeechVerb) -> int | None:
    """Where the reported words of an inner report verb told to someone first start ("أبلغ المشرعين
    بأن …", "أبلغ المشرعين، خلال اجتماع مغلق، بالخسائر …"): after a marker, or at a "ب" noun for a
    verb taking one."""
    recipient = _RECIPIENT.match(folded, verb_end, limit)
    if recipient is None or recipient.end() == verb_end:
        return None
    at = recipient.end()
    marker = _MARKER_RE.match(folded, at, limit)
    if marker is not None and marker.group() != ":":
        return marker.end()
    if "ب" in verb.complements and _REPORTED_NOUN.match(folded, at, limit):
        return at
    return None


def _names_institution(ref: EntityRef) -> bool:
    """An unlisted speaker named by an institution's head noun ("جهاز الاستخبارات")."""
    words = fold(ref.name_ar).split()
    return bool(words) and speech_lexicon().institution_head(words[0]) is not None


def _quoted_report(attribution: Attribution, gazetteer: Gazetteer, head: str) -> Attribution | None:
    """A direct quotation opening with "قال X إن …": X's words, relayed by the one quoted."""
    verbs = speech_lexicon().verb_matches(head)
    if not verbs or verbs[0].start() != 0:
        return None
    sentence, start = attribution.sentence, attribution.content_start
    marker = _MARKER_RE.search(sentence.folded, start + verbs[0].end(), start + len(head))
    if marker is None or marker.group() == ":":
        return None
    inner = first_speaker(sentence, gazetteer, start + verbs[0].end(), marker.start())
    if inner is not None and not (inner.linked or inner.role_ar or _names_institution(inner)):
        return None  # '"تشير المذكرات … إلى أن …"': the speaker quotes a document, not another speaker
    if inner is None or not inner.name_ar or speaker_key(inner) == speaker_key(attribution.speaker):
        return None
    content = marker.end()
    if len(sentence.folded[content : attribution.content_end].split()) < MIN_CONTENT_WORDS:
        return None
    relayed_by = attribution.speaker
    return replace(attribution, speaker=inner, via=relayed_by, content_start=content, kind="indirect")


# "...، وفقاً لوكالة الصحافة الفرنسية" closing a sentence: who relayed a statement, or who claims a
# figure the sentence gives with no speech verb (generator/extract/troops.py)
TRAILING_SOURCE = re.compile(
    r"[،,]\s*(?:وذلك\s+)?[وف]?(?:وفقا\s*ل|وفق\s+ما\s+\S+|حسبما\s+\S+|بحسب\s+ما\s+\S+|بحسب|حسب|نقلا\s+عن|وفق(?=\s)"
    r"|علي\s+ما\s+(?:اورد|اوردت|ذكر|ذكرت|نقل|نقلت|افاد|افادت|قال|قالت))\s*"  # "، على ما أوردت وكالة …"
    # "، وفق بيان لوكالة الأنباء المركزية الكورية": the body that issued the statement
    r"(?:(?:بيان|تقرير|تصريحات|تصريح)\s+(?:صادر\s+عن|ل)\s*)?[\"“«]?"
    # ('حسبما أفادت قناة "روسيا اليوم"': a head noun, then the outlet's name in quotation marks)
    r"(?P<who>[^،,.:\"«»“”]{2,70}?(?:[\"“«][^،,.:\"«»“”]{2,40}[\"”»](?:\s+[^\s،,.:\"«»“”]+){0,3})?)"
    r"[\"”»]?"
    # ("…، حسبما أوردته فضائية "القاهرة الإخبارية"، في نبأ عاجل لها.": where it said it, not who)
    r"(?:\s*[،,]\s*(?:في|عبر|علي|خلال)\s+[^،,.:\"«»“”]{1,40})?[\s.]*$"
)


_TRAILING_SOURCE_WORDS = ("وفق", "حسب", "نقلا", "علي ما")  # one is in every TRAILING_SOURCE match


def _trailing_relay(attribution: Attribution, gazetteer: Gazetteer) -> Attribution:
    """ "...، وفقاً لوكالة الصحافة الفرنسية" ("...، وذلك حسبما أفادت …") after a statement: the agency
    relayed it."""
    if attribution.via is not None:
        return attribution
    sentence = attribution.sentence
    if not any(sentence.folded.find(word, attribution.content_start) >= 0 for word in _TRAILING_SOURCE_WORDS):
        return attribution  # none of the words TRAILING_SOURCE needs (it is tried at every comma)
    match = TRAILING_SOURCE.search(sentence.folded, attribution.content_start)
    if match is None or names_a_norm(sentence.folded, match.start("who")):
        return attribution  # ("…، وفقًا لميثاق الأمم المتحدة": in accordance with a text, no relay)
    relay = first_speaker(sentence, gazetteer, match.start("who"), match.end("who"))
    if relay is None or not relay.name_ar or speaker_key(relay) == speaker_key(attribution.speaker):
        return attribution
    end = min(attribution.content_end, match.start())
    return replace(attribution, via=relay, content_end=max(end, attribution.content_start + 1))


def _colon_quote(folded: str, attribution: Attribution) -> bool:
    return attribution.kind == "direct" and folded[: attribution.content_start - 1].rstrip().endswith(":")


def sentence_attributions(sentence: Sentence, gazetteer: Gazetteer, state: SpeakerState) -> list[Attribution]:
    """Attributions in one sentence, left to right; updates ``state.previous``."""
    folded = sentence.folded
    regions = sentence_quotes(sentence)
    lex = speech_lexicon()
    matches = _speech_verbs_of(sentence)
    # "، تحدث شريطة عدم الكشف عن هويته،": how the speaker spoke, not a statement of its own; "، كما
    # أوردت وكالة تاس،": who relayed the words of the speaker named before it
    verbs = [
        m
        for m in matches
        if not _inside(regions, m.start())
        and not _ON_CONDITION.match(folded, m.end())
        and not _relay_aside_at(folded, m)
        and not _transfer_noun(folded, m)
        and not _received_by(folded, m)
        and not _relay_describes_source(folded, m)
        and not _between_not_said(folded, m)
        and not _states_relayed_source(folded, m)
    ]
    found: list[Attribution] = []
    clause_start = 0
    asked: tuple[int, int] | None = None  # the question the last speaker answered: its verbs are its own
    for index, verb_match in enumerate(verbs):
        form = verb_match.group("form") or verb_match.group("sform")
        if _verb_blocked(folded, verb_match.start(), verb_match.end(), form):
            continue
        in_question = asked is not None and asked[0] <= verb_match.start() < asked[1]
        if (
            found
            and found[-1].kind == "direct"
            and verb_match.start() < found[-1].content_end
            and not in_question
        ):
            continue
        # a verb in a relative clause with no words of its own ("المسؤول الذي تحدث شريطة عدم الكشف
        # عن اسمه أن ...") does not end this one's reach; "التي تزعم بأن ..." does
        question = _question_answered(folded, verb_match.end())
        reach_from = verb_match.end() if question is None else question[1]
        next_verb = next(
            (v.start() for v in verbs[index + 1 :] if v.start() >= reach_from and not _aside(folded, v)),
            len(folded),
        )
        limit = min(len(folded), reach_from + MAX_SUBJECT_WINDOW, next_verb)
        inside_previous = bool(found) and found[-1].content_end > verb_match.start() and not in_question
        kana = (
            _kana_clause(folded, verb_match.start())
            or _relative_with_subject(sentence, gazetteer, verb_match)
            or _named_clause(sentence, gazetteer, verb_match)
            if inside_previous
            else None
        )
        if (
            inside_previous
            and not _starts_clause(folded, verb_match.start(), verb_match.group("conj"))
            and not _after_time_conjunction(folded, verb_match.start())
            and kana is None
            # "وانتقدت X الصين أيضا يوم الجمعة قائلة إنه …": a participle, comma or not, goes on
            # with the same subject; it reports nobody else's words
            and not (form in lex.participles and not lex.verbs[form].continuation)
        ):
            inner = _reported_inside(sentence, gazetteer, state, found[-1], verb_match, limit, regions)
            if inner is not None and fold(inner.speaker.name_ar) in _WHAT_WORDS:
                inner = None  # "نددت موسكو بما وصفته بـ …": still Moscow's words
            if inner is not None:  # "أفادت الوكالة أن كيم قال إن ...": Kim's words, relayed by the agency
                found[-1] = inner
                state.remember(inner.speaker, inner.via)
                clause_start = inner.content_end
            continue
        start_of_clause = clause_start if kana is None else kana
        if in_question and asked is not None:
            start_of_clause = asked[0]
        attribution = _attribution_at(
            sentence,
            gazetteer,
            state,
            verb_match,
            start_of_clause,
            limit,
            regions + ([question] if question else []),
        )
        if attribution is None:
            continue
        if question is not None:
            asked = question
        attribution = _relayed_as(attribution, gazetteer, state)
        if fold(attribution.speaker.name_ar) in _WHAT_WORDS:
            if not found:
                continue  # "بما وصفته بـ ...": "what" is no one
            attribution = replace(attribution, speaker=found[-1].speaker, via=found[-1].via)
        if form in lex.participles and found:
            # "أكد X أن ...، مشيرا إلى أن ...": the participle's subject is X; its words are a
            # statement of their own
            previous = found[-1]
            if inside_previous:
                start, end = _trim(folded, previous.content_start, verb_match.start())
                found[-1] = replace(previous, content_start=start, content_end=end)
                if _names_only(sentence, start, end):  # "انتقدت واشنطن الصين يوم الجمعة، قائلة …"
                    found.pop()
            doer = (
                _clause_subject_before(sentence, previous.content_start, verb_match.start())
                if inside_previous
                else None
            )
            if doer is not None and doer != previous.speaker:
                # "وذكرت الوكالة أن …، وتقدم كيم بالشكر …، لافتاً إلى أن": Kim's words, told by the agency
                found.append(replace(attribution, speaker=doer, via=previous.via or previous.speaker))
            elif lex.is_feminine(form) and previous.via is not None and _man_relayed_by_body(previous, state):
                # "نقلت وكالة يونهاب عن مصدر مطلع أن …، مشيرة إلى أن …": she, the agency, goes on
                found.append(replace(attribution, speaker=previous.via, via=None))
            else:
                found.append(replace(attribution, speaker=previous.speaker, via=previous.via))
            clause_start = attribution.content_end
            continue
        same = bool(found) and found[-1].kind == "indirect" and attribution.speaker == found[-1].speaker
        relayed_again = attribution.via is not None and attribution.kind == "direct"
        # "ووصف كيم الاتفاقية بأنها “معاهدة ضخمة” وقال إنها ...": after a closed quotation, a new statement
        relayed_again = relayed_again or folded[: verb_match.start()].rstrip().endswith(("”", '"', "»"))
        # "…، وأضاف أن …" (a continuation verb after a comma) and "…، لكنه أشار إلى أن …" say
        # something more: a statement of its own
        new_words = (
            relayed_again
            or (lex.verbs[form].continuation and _after_comma_and(folded, verb_match))
            # "…، وذكرت الوزارة في تحديثها …": the speaker named again opens a statement of its own
            or (_after_comma_and(folded, verb_match) and _first_word_anaphor(folded, verb_match.end()))
            # '…، وقال "إنني شخصيًا …"': words quoted as spoken after a comma are a statement of their own
            or (_after_comma_and(folded, verb_match) and attribution.kind == "direct")
            or _but_start(folded, verb_match.start()) != verb_match.start()
            or _WHERE_BEFORE.search(folded, max(0, verb_match.start() - 8), verb_match.start()) is not None
            or (
                bool(found)
                and verb_match.group("conj") == "و"  # "، أظهرت أن" after a noun is that noun's doing
                and _OWN_COMPLEMENT.fullmatch(folded, verb_match.end(), attribution.content_start) is not None
                and _HAS_WORDS.search(folded, found[-1].verb_start, verb_match.start()) is not None
            )
        )
        if same and inside_previous and not _colon_quote(folded, attribution) and not new_words:
            continue  # "ووصف كيم ... وأشار إليه بأنه ...": one statement; "وتابع: «...»" is a new one
        between = folded[found[-1].content_end : verb_match.start()] if same and not inside_previous else "-"
        if not between.strip(" ،,و") and verb_match.group("sform"):
            # "نفى X التقارير، ووصفها بأنها ...": the same speaker goes on
            found[-1] = replace(found[-1], content_end=attribution.content_end)
            continue
        if inside_previous:
            previous = found[-1]
            cut = kana if kana is not None else _but_start(folded, verb_match.start())
            start, end = _trim(folded, previous.content_start, cut)
            found[-1] = Attribution(
                previous.sentence,
                previous.speaker,
                previous.kind,
                previous.verb_start,
                start,
                end,
                previous.claim_only,
            )
        found.append(attribution)
        state.remember(attribution.speaker, sentence=sentence)
        clause_start = attribution.content_end
    found = [_relayed(a, gazetteer, state) for a in found]
    if found:
        found[-1] = _trailing_relay(found[-1], gazetteer)
        state.remember(found[-1].speaker, found[-1].via, sentence)
    found = [a for a in found if len(folded[a.content_start : a.content_end].split()) >= MIN_CONTENT_WORDS]
    vague = [a for a in found if bare_vague(a.speaker)]
    extra = according_attributions(sentence, gazetteer, [a for a in found if a not in vague])
    extra = [_pronoun_source(a, state) for a in extra]  # "ووفقا له، فإنهم …": the speaker before
    extra = [a for a in extra if a.speaker.name_ar]
    extra = [_relayed(a, gazetteer, state) for a in extra]  # "وحسب ما أوردت تاس، فإن بوتين أكد أن ..."
    if extra and vague:  # "وفقا للتقييمات الأوكرانية، تشير التقديرات إلى أن ...": the assessments named
        found = [
            a
            for a in found
            if a not in vague
            or not any(a.content_start < e.content_end and e.content_start < a.content_end for e in extra)
        ]
    for relay in list(extra):
        relayed = [a for a in found if relay.content_start <= a.verb_start < relay.content_end]
        if relayed and relay.speaker.kind == "unknown" and not relay.speaker.role_ar:
            extra.remove(relay)  # "أفاد الجهاز، استنادا إلى محادثات هاتفية، بأنه ...": a basis, not a source
            continue
        if relayed and "نقلا" not in folded[relay.verb_start : relay.verb_start + RELAY_PHRASE_REACH]:
            # "قال كيم، بحسب وكالة الأنباء المركزية الكورية، إن …": Kim speaks, as the agency reports
            extra.remove(relay)
            found = [
                replace(a, via=a.via or relay.speaker)
                if a in relayed and speaker_key(a.speaker) != speaker_key(relay.speaker)
                else a
                for a in found
            ]
        elif relayed and _unnamed_basis(relay.speaker, gazetteer, [a.speaker for a in relayed]):
            # "نقلا عن تقارير استخباراتية، تقول كوريا الجنوبية إن": the basis of its words
            extra.remove(relay)
        elif relayed:  # "قال نائب، اليوم، نقلا عن المخابرات إن ...": the agency speaks, the lawmaker relays
            extra.remove(relay)
            found = [
                replace(a, speaker=relay.speaker, via=a.speaker)
                if a in relayed and speaker_key(a.speaker) != speaker_key(relay.speaker)
                else a
                for a in found
            ]  # (already read as relayed when the source is the speaker found)
    if extra and not found:
        state.previous = extra[-1].speaker
    return sorted(found + extra, key=lambda a: a.content_start)


_DAY_WORDS = frozenset({"يوم", "ايام", "اليوم", "امس", "غدا"})


def _names_only(sentence: Sentence, start: int, end: int) -> bool:
    """The folded span holds nothing but names, dates and adverbs ("الصين أيضا يوم الجمعة"): whom
    a verb was about, not words anyone said."""
    folded = sentence.folded
    spans = [(s, e) for s, e, _entity in entities_in(sentence, start, end)]
    spans += [(sentence.to_norm(d.start), sentence.to_norm(d.end)) for d in sentence.dates]
    rest = list(folded[start:end])
    for s, e in spans:
        for k in range(max(s, start), min(e, end)):
            rest[k - start] = " "
    words = "".join(rest).replace("،", " ").split()
    adverbs = speech_lexicon().adverbs
    return bool(spans) and all(word in adverbs or word in _DAY_WORDS for word in words)


def _unnamed_basis(source: EntityRef, gazetteer: Gazetteer, speakers: list[EntityRef]) -> bool:
    """ "نقلا عن تقارير استخباراتية": reports no one is named for, cited by speakers who are named
    and are not news media (a medium that cites them relays them: "نقلا عن مصادر، قالت يونهاب")."""
    if not _names_no_one(source):
        return False
    return all(speaker.linked and not _is_news_medium(gazetteer, speaker) for speaker in speakers)


# agencies Arabic also calls "الوكالة" that are not news media ("وكالة التجسس"): after one of them a
# bare "الوكالة" may be it, not the news agency named before
_OTHER_AGENCIES = frozenset({"intelligence", "military_intelligence"})
_NEWS_AGENCY_WORDS = ("وكاله", "الانباء")  # "وقالت وكالة الأنباء إن": the news agency named before


def _medium_spoken_of(speaker: EntityRef, state: SpeakerState) -> EntityRef | None:
    """A speaker named by a bare noun for a news medium ("وقالت الوكالة إن"، "وذكرت وكالة الأنباء
    أن") is the one the article named before: an unlisted one by that noun, else the last listed news
    medium mentioned, unless another kind of agency was mentioned after it."""
    words = tuple(fold(speaker.name_ar).split()) if not speaker.linked else ()
    if not (is_media_noun(speaker) or words == _NEWS_AGENCY_WORDS):
        return None
    unlisted = named_with_noun(words[0], state)
    if unlisted is not None and fold(unlisted.name_ar).split() != list(words):  # (not itself, just heard)
        return unlisted
    for entity in reversed(state.mentioned):
        if entity.agency == NEWS_AGENCY:
            return entity.to_ref()
        if entity.agency in _OTHER_AGENCIES:
            return None
    return None


def _is_news_medium(gazetteer: Gazetteer, ref: EntityRef) -> bool:
    entity = gazetteer.entity(ref.id) if ref.id else None
    return entity is not None and entity.agency == NEWS_AGENCY


def _described(gazetteer: Gazetteer, ref: EntityRef | None, state: SpeakerState) -> EntityRef | None:
    """An unlinked speaker gets an English description from the role and side in its own words
    ("مسؤول أميركي" → "US Official"), never a bare "unknown"."""
    if ref is None or ref.linked or ref.name_en or not ref.name_ar:
        return ref
    titles = titles_of_name(gazetteer, ref.name_ar)
    if not titles:
        return ref
    title = titles[0]
    country = title.country or side_named_in(gazetteer, ref.name_ar) or state.title_country(title.title.id)
    description = describe(gazetteer, title, country)
    return replace(ref, name_en=description, role_en=description, role_ar=ref.role_ar or title.surface,
                   country=ref.country or country)  # fmt: skip


def document_attributions(doc: Document) -> list[Attribution]:
    state = SpeakerState(gazetteer=doc.gazetteer)
    found: list[Attribution] = []
    intro: EntityRef | None = None  # "وقال لافروف:" closing a line: the speaker of the next one
    intro_sentence: Sentence | None = None
    for sentence in doc.sentences:
        state.seen.append(sentence)
        attributions = sentence_attributions(sentence, doc.gazetteer, state)
        if not attributions and intro is not None:
            quoted = _whole_quotation(sentence)
            if quoted is not None:
                start, end = quoted
                attributions = [
                    Attribution(sentence, intro, "direct", 0, start, end, False, introduced_by=intro_sentence)
                ]
                state.remember(intro)
        if not attributions:
            named = _named_colon_quote(sentence)
            attributions = [named] if named is not None else []
            if named is not None:
                state.remember(named.speaker)
        intro = _colon_intro(sentence, doc.gazetteer, state) if not attributions else None
        intro_sentence = sentence
        for attribution in attributions:
            if not_a_name(attribution.speaker):
                continue
            speaker = _described(doc.gazetteer, attribution.speaker, state) or attribution.speaker
            speaker = _named_before(speaker, found) or _medium_spoken_of(speaker, state) or speaker
            via = _described(doc.gazetteer, _medium_relay(doc.gazetteer, attribution, state), state)
            if speaker is not attribution.speaker or via is not attribution.via:
                attribution = replace(attribution, speaker=speaker, via=via)
            found.append(attribution)  # (most speakers are linked or described already: no copy)
        state.mentioned.extend(match.entity for match in sentence.entities)
        state.actor_sentence = None if found and found[-1].sentence is sentence else sentence
        _remember_spoken_by(sentence, doc.gazetteer, state)
    return found


def _named_before(speaker: EntityRef, found: list[Attribution]) -> EntityRef | None:
    """ "ولفت المسؤولون إلى أن" after "أفاد مسؤولون في وزارة الدفاع الأمريكية": the bare definite noun
    is the unlisted source named before with it (its case ending may differ: "المسؤولين")."""
    if speaker.linked or bare_vague(speaker):
        return None  # ("التقارير" stays no one's)
    words = fold(speaker.name_ar).split()
    if len(words) != 1 or not words[0].startswith("ال") or len(words[0]) < 5:
        return None
    stem = words[0][2:]
    forms = {stem, stem[:-2] + "ين", stem[:-2] + "ون"} if stem.endswith(("ين", "ون")) else {stem}
    for earlier in reversed(found):
        for ref in (earlier.speaker, earlier.via):
            if ref is None or ref.linked or not ref.role_ar:
                continue  # (a person or official by their role, not "دراسة صادرة" or "تقارير غربية")
            named = fold(ref.name_ar).split()
            if len(named) > 1 and named[0] in forms:
                return ref
    return None


_PRONOUN_SUFFIXES = frozenset({"ه", "ها", "هم", "هما"})
_WHAT_WORDS = frozenset({"ما", "بما", "لما", "مما", "عما"})  # "نددت موسكو بما وصفته بـ …": her words


# "وبحسب قوله"، "على حد تعبيرها": his or her own saying, a pronoun for the last speaker
_SAYING_OF_PRONOUN = re.compile(rf"(?:{SAYING_NOUNS}|وصف)(?:ه|ها|هم|هما)")


def _pronoun_source(attribution: Attribution, state: SpeakerState) -> Attribution:
    """ "ووفقا له"، "بحسبها"، "وبحسب قوله": the source is a pronoun for the last speaker (none: no source);
    "بحسب المصدر ذاته": the same one as the last speaker; "بحسب الجهاز"، "وفقا للوزارة": a
    back-reference to the body of that kind named before."""
    if attribution.speaker.linked:
        return attribution
    name = fold(attribution.speaker.name_ar).strip()
    words = name.split()
    lex = speech_lexicon()
    if len(words) == 2 and words[1] in lex.same_words and state.previous is not None:
        return replace(attribution, speaker=state.previous)  # "بحسب المصدر ذاته": the source just named
    if _SAYING_OF_PRONOUN.fullmatch(name):
        # only opening the sentence ("وبحسب قوله، فإن …"); "… صوراً تُظهر، بحسب قولها، …" is an aside
        opens = not attribution.sentence.folded[: attribution.verb_start].strip(" ،,")
        return replace(attribution, speaker=(state.previous if opens else None) or unlinked(""))
    if name not in _PRONOUN_SUFFIXES:
        anaphor = resolve_anaphor(name, state) if name in lex.institution_anaphors else None
        return replace(attribution, speaker=anaphor) if anaphor is not None else attribution
    return replace(attribution, speaker=state.previous or unlinked(""))


# "وكان الكرملين قد رفض التقارير … ووصفها بأنها …": the sentence's subject, before its "قد"
_KANA_OPENING = re.compile(r"\s*[وف]?كان(?P<feminine>ت)?\s+(?P<subject>[^،,.:]{2,60}?)\s+قد(?!\w)")


def _sentence_opening_subject(sentence: Sentence, pos: int, feminine: bool) -> EntityRef | None:
    """The subject of a sentence opening "وكان X قد …" or a speech verb and its named subject
    ("ونفى الكرملين في وقت سابق التقارير … ووصفها"), which a later subjectless verb of the same
    gender continues."""
    opening = _KANA_OPENING.match(sentence.folded, 0, pos)
    if opening is not None:
        if bool(opening.group("feminine")) != feminine:
            return None
        named = entities_in(sentence, opening.start("subject"), opening.end("subject"))
        return named[0][2].to_ref() if named else None
    verb = _OPENING_WORD.match(sentence.folded, 0, pos)
    lex = speech_lexicon()
    if verb is None or verb.group("word") not in lex.verbs or lex.is_feminine(verb.group("word")) != feminine:
        return None
    named = entities_in(sentence, verb.end(), pos)
    return named[0][2].to_ref() if named and named[0][0] == verb.end() else None


# a feminine past verb opening the sentence ("نشرت", "وأصدرت", "وقد عقدت"), not a plural noun ("قوات")
_FEMININE_OPENING_VERB = re.compile(r"\s*[وف]?(?:قد\s+)?(?P<verb>[^\s،,.:]{1,5}[^\sا،,.:]ت)\s+")


def _feminine_opening_subject(
    sentence: Sentence | None, gazetteer: Gazetteer, pos: int | None = None
) -> EntityRef | None:
    """The state, body or outlet right after a feminine verb that opens the sentence, up to its first
    comma, which a later feminine verb with no subject continues ("نشرت وزارة الدفاع البريطانية
    تقييما، وأشارت إلى أن …", 'نشرت صحيفة "تلجراف" البريطانية، تقرير صحفي، أشارت إلى أن …'); with no
    ``pos``, the sentence before one whose subjectless verb goes on from it ("… . وقالت إن …")."""
    if sentence is None:
        return None
    folded = sentence.folded
    stop = len(folded) if pos is None else pos
    verb = _FEMININE_OPENING_VERB.match(folded, 0, stop)
    if verb is None:
        return None
    comma = folded.find("،", verb.end(), stop)
    if comma < 0 and pos is not None:
        return None
    if comma < 0:
        comma = len(folded)
    named = entities_in(sentence, verb.end(), comma)
    if named and named[0][0] <= verb.end() + 1:
        entity = named[0][2]
        return entity.to_ref() if entity.kind in ("country", "institution") else None
    phrase = _unlisted_institution(folded, verb.end(), comma)
    if phrase is None:
        titles = titles_in(sentence, gazetteer, verb.end(), comma)
        if not titles or titles[0][0] > verb.end() + 1 or titles[0][2].title.id not in NAMED_AFTER_TITLES:
            return None
    speaker = first_speaker(sentence, gazetteer, verb.end(), comma if phrase is None else phrase.end())
    return speaker if speaker is not None and speaker.name_ar and speaker.kind != "person" else None


RELAY_PHRASE_REACH = 8  # characters from an according-to match's start to its "نقلا"
# "تشير هذه التحركات إلى أن …": a thing pointed at is the subject, the writer's inference, no speaker
_DEMONSTRATIVE_SUBJECT = re.compile(r"\s*(?:هذه|هذا|هذان|هاتان|هولاء|تلك|ذلك)\s+ال\w+")

_OPENING_WORD = re.compile(r"\s*[وف]?(?P<word>\S+)\s+")


def _thing_goes_on(sentence: Sentence, verb_match: re.Match[str]) -> bool:
    """ "والتفاصيل التي كشفتها كييف تثير تساؤلات …، وتكشف عن …": a verb joined by "، و" to a
    sentence whose subject is a thing (a definite noun no one speaks as, that opens it) goes on with
    that thing; it reports no one's words."""
    folded = sentence.folded
    if verb_match.group("conj") != "و" or not folded[: verb_match.start()].rstrip().endswith(("،", ",")):
        return False
    opening = _OPENING_WORD.match(folded, 0, verb_match.start())
    if opening is None or not opening.group("word").startswith("ال"):
        return False
    word, lex = opening.group("word"), speech_lexicon()
    if lex.is_anaphor(word) or word in lex.report_nouns:
        return False  # "والوزارة …، وأضافت": the body named before
    if lex.institution_head(word):
        return False
    named = entities_in(sentence, 0, verb_match.start())
    if any(e[2].kind == "person" or e[0] <= opening.start("word") < e[1] for e in named):
        return False  # "والتقى وزير الخارجية الروسي سيرغي لافروف …، وقال": a person may be the subject
    return not lex.verb_matches(folded[: opening.end()])


def _headline_tense(folded: str, verb_start: int) -> bool:
    """A verb form opening with ي or ت: the present of a headline ("البيت الأبيض يؤكد إرسال …"),
    which tells no words after a name (past forms in ت, "تعهد", are left out with them)."""
    return folded[verb_start : verb_start + 1] in ("ي", "ت")


def _named_head_subject(
    sentence: Sentence, gazetteer: Gazetteer, clause_start: int, verb_match: re.Match[str]
) -> bool:
    """The sentence opens with a name and a past-tense verb follows it at once ("زيلينسكي أكد وجود
    …"): the subject stands before the verb, so a plain object noun after it is what was said."""
    folded = sentence.folded
    if folded[:clause_start].strip(" -•") or verb_match.group("conj"):
        return False
    if _headline_tense(folded, verb_match.start()):
        return False  # "البيت الأبيض يؤكد إرسال …": a headline in the present tells no words
    start = len(folded) - len(folded.lstrip(" -•"))
    head = subject_end(sentence, gazetteer, start, verb_match.start())
    if head is None:  # "وزارة الدفاع الأوكرانية أكدت وجود …": an institution no list names
        phrase = _unlisted_institution(folded, start, verb_match.start())
        head = phrase.end() if phrase is not None else None
    return head is not None and not folded[head : verb_match.start()].strip()


# "وأدان المسؤولان بشدة …": a verb opening the sentence, then a dual noun ("المسؤولان"، "الزعيمان")
_OPENING_DUAL = re.compile(r"\s*[وف]?\S+\s+(?P<dual>ال\w+ان)(?!\w)")


def _opening_dual_subject(sentence: Sentence, form: str, pos: int) -> EntityRef | None:
    """The dual noun that is the subject of the sentence's opening verb, which a later dual verb
    with no subject of its own continues ("وأدان المسؤولان …، وأكدا على ضرورة …")."""
    if not (form.endswith("ا") and form[:-1] in speech_lexicon().verbs):
        return None  # not a dual past form ("أكدا")
    opening = _OPENING_DUAL.match(sentence.folded, 0, pos)
    if opening is None:
        return None
    return unlinked(sentence.span_text(opening.start("dual"), opening.end("dual")))


def _named_clause(sentence: Sentence, gazetteer: Gazetteer, verb_match: re.Match[str]) -> int | None:
    """Where a "، NAME + past verb + أن" clause starts inside another's words ("وأفادت مصادر بأن …
    قُتلوا، كيم ذكر أن تسعة جنود قُتلوا"): a new speaker, named right before his verb."""
    folded = sentence.folded
    start = verb_match.start()
    if verb_match.group("conj") or _headline_tense(folded, start):
        return None
    comma = max(folded.rfind("،", 0, start), folded.rfind(",", 0, start))
    if comma < 0 or not _MARKER_RE.match(folded, verb_match.end() + 1):
        return None
    name_start = past_spaces(folded, comma + 1, start)
    head = subject_end(sentence, gazetteer, name_start, start)
    if head is None or folded[head:start].strip() or not entities_in(sentence, name_start, head):
        return None
    return comma + 1


def _masculine(ref: EntityRef | None) -> EntityRef | None:
    """The reference unless it is a state or a place (which take feminine agreement)."""
    return None if ref is None or ref.kind in ("country", "place") else ref


def _nearest_non_person(sentence: Sentence, pos: int) -> EntityRef | None:
    """A feminine participle goes with the state, city or body named last before it ("وهو ما نفته
    كييف، مؤكدة أن …", "حسبما ذكرت وكالة تاس مضيفة أن …"), not with a man named earlier."""
    folded = sentence.folded
    named = []
    governed_end = -1  # end of the last name a preposition governs ("بين موسكو وبيونغ يانغ")
    named_end = -1  # end of the last name kept
    for start, end, entity in entities_in(sentence, 0, pos):
        if _after_preposition(folded, start) or (
            governed_end >= 0 and _COORDINATED.fullmatch(folded, governed_end, start)
        ):
            governed_end = end
            continue
        governed_end = -1
        if named_end >= 0 and not folded[named_end:start].strip():
            # "وانتقدت الولايات المتحدة الصين أيضا …، قائلة": a name right after the subject's
            # is the verb's object
            named_end = -1
            continue
        if entity.kind in ("country", "place", "institution") and not _GENITIVE_HEAD.search(
            folded, max(0, start - 12), start
        ):
            named.append(entity)
            named_end = end
        else:
            named_end = -1
    return named[-1].to_ref() if named else None


# "عزم رئيس كوريا الشمالية …، موضحةً أن": a state that completes a noun (its leader, army, capital)
# is that noun's, not the participle's subject
_GENITIVE_HEAD = re.compile(
    r"(?<!\w)(?:رييس|زعيم|قايد|سفير|وزير|وزيره|مندوب|مبعوث|حكومه|جيش|قوات|شعب|عاصمه|برلمان|سلطات)\s+$"
)


# only "و" between two names: the second shares the first's preposition
_COORDINATED = re.compile(r"\s*و\s*")


def _after_preposition(folded: str, start: int) -> bool:
    """A name governed by a preposition ("طرد قواتها من كورسك", "بموسكو") is not a subject."""
    return GOVERNING_PREPOSITION.search(folded, max(0, start - 8), start) is not None


def _whole_quotation(sentence: Sentence) -> tuple[int, int] | None:
    """(start, end) of the words when the sentence is one quotation and nothing else."""
    folded = sentence.folded
    regions = sentence_quotes(sentence)
    if not regions:
        return None
    open_pos, close_pos = regions[0]
    if folded[:open_pos].strip() or folded[close_pos + 1 :].strip(" .،,"):
        return None
    start, end = _trim(folded, open_pos + 1, close_pos)
    return (start, end) if len(folded[start:end].split()) >= MIN_CONTENT_WORDS else None


COLON_INTRO_WORDS = 6  # words between the person and the colon ("في خطابه المسائي المصور")


def _named_colon_quote(sentence: Sentence) -> Attribution | None:
    """'وأبرز زيلينسكي في خطابه المسائي المصور: "…"': a sentence opening with a past verb no lexicon
    lists, a person the gazetteer names right after it, a few words, a colon and a quotation."""
    folded = sentence.folded
    regions = sentence_quotes(sentence)
    first = _FIRST_WORD.match(folded)
    if not regions or first is None or not verb_shaped(first.group("word")):
        return None
    open_pos, close_pos = regions[0]
    named = entities_in(sentence, first.end(), first.end() + 1)
    if not named or named[0][2].kind != "person":
        return None
    between = folded[named[0][1] : open_pos].rstrip()
    if (
        not between.endswith(":")
        or len(between.split()) > COLON_INTRO_WORDS
        or re.search(r'[،,.:"«“]', between[:-1])
    ):
        return None
    start, end = _trim(folded, open_pos + 1, close_pos)
    if len(folded[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    return Attribution(sentence, named[0][2].to_ref(), "direct", first.start("word"), start, end, False)


_FIRST_WORD = re.compile(r"[\s\-•]*(?P<word>[^\s،,:]+)\s+")


def _colon_intro(sentence: Sentence, gazetteer: Gazetteer, state: SpeakerState) -> EntityRef | None:
    """The speaker of a line that ends with a colon after a speech verb ("وأضاف لافروف:",
    "وقال لافروف، خلال لقائه مع نظيرته …:", "قالت الوزيرة خلال اللقاء، إن:")."""
    folded = sentence.folded.rstrip()
    if not folded.endswith(":"):
        return None
    lex = speech_lexicon()
    verbs = [m for m in lex.verb_matches(folded) if _LINE_HEAD.match(folded[: m.start()])]
    if not verbs:
        return None
    verb = verbs[0]
    end = len(folded) - 1
    marker = _MARKER_RE.search(folded, verb.end(), end)
    speaker = speaker_after_verb(sentence, gazetteer, state, verb.end(), marker.start() if marker else end)
    if speaker is None and not folded[verb.end() : end].strip(" ،,"):
        speaker = state.previous  # "وأضاف:": the one who spoke before
    return speaker if speaker is not None and speaker.name_ar else None


_LINE_HEAD = re.compile(r"^[\s\-•]*(?:[^،,:]{0,30}[،,]\s*)?$")  # "وقال", "ومن جهة أخرى، قالت"
OPENING_PERSON_CHARS = 30
_SENTENCE_HEAD = re.compile(r"^[\s،,\-•]*(?:[وف]?لكن(?:ه)?\s*)?$")  # nothing, or "لكنه", before the verb


def _opening_person(sentence: Sentence | None, gazetteer: Gazetteer) -> EntityRef | None:
    """The person a sentence is about: one the gazetteer names within its first words, not after a
    preposition ("استقبل لافروف اليوم ..." but not "وفي لقاء مع بوتين ..."), or the holder of the
    post named right after the verb opening it ("عقد وزير الدفاع الكوري الجنوبي مؤتمرا صحفيا")."""
    if sentence is None:
        return None
    folded = sentence.folded
    for e_start, _e_end, entity in entities_in(sentence, 0, OPENING_PERSON_CHARS):
        if entity.kind == "person" and not GOVERNING_PREPOSITION.search(
            folded[max(0, e_start - 8) : e_start]
        ):
            return entity.to_ref()
    verb = _OPENING_VERB.match(folded)
    titled = titles_in(sentence, gazetteer, verb.end(), verb.end() + 1) if verb is not None else []
    if not titled or titled[0][2].title.generic:
        return None
    start, end, title = titled[0]
    holder = resolve_title(gazetteer, title, sentence.day)
    if holder is not None:
        return holder
    # "علق مستشار الأمن القومي العراقي قاسم الأعرجي، على …": the holder named after the title
    subject = subject_end(sentence, gazetteer, start, len(folded))
    named = (
        speaker_after_verb(sentence, gazetteer, SpeakerState(gazetteer=gazetteer), start, subject)
        if subject is not None and subject > end and title.country is None
        else None
    )
    return named or named_unlinked(gazetteer, clean_name(sentence.span_text(start, end)), title)


_ON_THE_TONGUE_OF = re.compile(r"(?<!\w)علي لسان\s+")


def _remember_spoken_by(sentence: Sentence, gazetteer: Gazetteer, state: SpeakerState) -> None:
    """ "وجاء هذا التصريح على لسان النائب لي سيونغ كوين، ...": the words already reported were
    this person's, so a later "وأوضح النائب" is that person."""
    match = _ON_THE_TONGUE_OF.search(sentence.folded) if "لسان" in sentence.folded else None
    if match is None:
        return
    stops = [p for p in (sentence.folded.find(c, match.end()) for c in "،,.") if p >= 0]
    end = min(stops, default=len(sentence.folded))
    speaker = first_speaker(sentence, gazetteer, match.end(), end)
    if speaker is None or not speaker.name_ar:
        return
    titles = titles_in(sentence, gazetteer, match.end(), end)
    if titles and not speaker.linked:
        state.speaker_titles[speaker_key(speaker)] = titles[0][2].title.id
    state.remember(speaker)


def _dates_a_statement(date: DateMatch) -> bool:
    """A day, a month or a span of days ("الأسبوع الماضي"); never a bare year or span of years."""
    return date.precision in ("day", "month") or (date.precision == "range" and len(str(date.iso)) == 10)


def statement_date(
    attribution: Attribution, published_iso: str | None, words_spans: Sequence[tuple[int, int]] = ()
) -> str | None:
    """A day or month written in the attribution part of the sentence, else the publication date
    (a bare year is never a statement's date: "منظمة قدامى حرب (1950-1953)"). A date inside the
    words of this or another statement of the sentence (``words_spans``) dates what they say:
    "أكد X أن …، مضيفاً أنهم اتفقوا على إنهاء المهمة في سبتمبر 2026"."""
    sentence = attribution.sentence
    spans = [(attribution.content_start, attribution.content_end), *words_spans]
    for date in sentence.dates:
        iso = date.iso
        if not iso or not date.resolved or not _dates_a_statement(date):
            continue
        start = sentence.to_norm(date.start)
        if any(words_start <= start < words_end for words_start, words_end in spans):
            continue
        return iso
    return published_iso


def quotes_from(doc: Document, attributions: list[Attribution]) -> list[Quote]:
    published = doc.published.isoformat() if doc.published else None
    words_in_sentence: dict[int, list[tuple[int, int]]] = {}  # sentence index → every statement's words
    for attribution in attributions:
        spans = words_in_sentence.setdefault(attribution.sentence.index, [])
        spans.append((attribution.content_start, attribution.content_end))
    quotes = []
    for attribution in attributions:
        if attribution.claim_only:
            continue
        text = attribution.text.strip()
        quotes.append(
            Quote(
                id=stable_id("q", speaker_key(attribution.speaker), text),
                speaker=attribution.speaker,
                kind="direct" if attribution.kind == "direct" else "indirect",
                text=text,
                date=statement_date(attribution, published, words_in_sentence[attribution.sentence.index]),
                sources=tuple(
                    s.provenance(doc.source.id)
                    for s in (attribution.introduced_by, attribution.sentence)
                    if s
                ),
                via=attribution.via,
            )
        )
    return quotes
