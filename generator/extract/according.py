"""Attributions without a speech verb of their own: a leading "وبحسب الكرملين، فإن ..." /
"ووفقاً لسول، وصلت ..." and a trailing "...، وفق ما أفاد الجانب الروسي"."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from generator.arabic.gazetteer import Entity, Gazetteer
from generator.arabic.normalize import fold
from generator.extract.document import Sentence
from generator.extract.lexicon import speech_lexicon
from generator.extract.quotemarks import sentence_quotes
from generator.extract.speakers import (
    NEWS_AGENCY,
    Attribution,
    bare_vague,
    entities_in,
    first_speaker,
    speaker_key,
    titles_in,
)
from generator.models import EntityRef

MAX_WHO_CHARS = 80
MAX_LEADING_WHO_CHARS = 140  # "وفقًا للبيانات الأخيرة التي شاركتها الاستخبارات ... في اجتماع ...،"
MIN_CONTENT_WORDS = 3
_FA_INNA_WORDS = r"ف(?:ان|انه|انها|انهم)"  # "فإن": the words after a leading source start here
_FA_INNA = re.compile(rf"(?<!\w){_FA_INNA_WORDS}(?!\w)")
# (past the day the source told it, set off by a dash or comma: "… "يونهاب"، اليوم /الأحد/ - يُعتقد أن …")
_DAY_ASIDE = r"(?:(?:اليوم|امس|يوم)\s+/?[^\s/،,.]+/?\s*[-–—،,]\s*)"
_CONTENT_LEAD = re.compile(rf"[\s،,]*{_DAY_ASIDE}?(?:(?:{_FA_INNA_WORDS}|فقد)(?!\w)\s*)?")
# (and a page's "date 2025-10-23" line glued to the first sentence: no part of the words)
_SENTENCE_LEAD = re.compile(r"^[\s،,\-•]*(?:date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The leading "وبحسب X، ...", the trailing "...، وفق ما أفاد X" and the verb-less trailing
    "...، وفق تقديرات X." / "...، بحسب البنتاغون." (the source closes the sentence, no verb)."""
    phrases = speech_lexicon().according_to
    body = "|".join(re.escape(p) + ("" if p.endswith("ل") else r"\s+") for p in phrases)
    leading = re.compile(rf"(?:^|[،,]\s*)[وف]?(?:{body})(?!ما\s)")
    glued = "|".join(re.escape(p) + ("" if p.endswith("ل") else r"\s*") for p in phrases)  # "حسبما"
    # the source may be followed by a clause of the article's own ("…، وفق ما أفاد مسؤول لوكالة
    # فرانس برس الثلاثاء، مع تعميق موسكو وبيونغيانغ علاقاتهما"), opened by a word of ``adjunct_starts``
    tail = "|".join(sorted(map(re.escape, speech_lexicon().adjunct_starts | {"مع"}), key=len, reverse=True))
    trailing = re.compile(
        rf"[،,]\s*[وف]?(?:{glued})ما\s+(?P<verb>\S+)\s+(?P<who>[^،,.]{{2,{MAX_WHO_CHARS}}}?)"
        rf"(?:[\s.]*$|\s*[،,]\s*[وف]?(?:{tail})\s.*$)"
    )
    # (or right after a quotation's closing mark: "«…» بحسب حديث المسؤول …")
    verbless = re.compile(
        rf"(?:[،,]|(?<=[\"”»]))\s*[وف]?(?:{body})(?!ما\s)(?P<who>[^،,.:؛]{{2,{MAX_WHO_CHARS}}}?)[\s.]*$"
    )
    return leading, trailing, verbless


@functools.lru_cache(maxsize=1)
def _according_phrases() -> tuple[str, ...]:
    """The according-to phrases that hold no shorter one ("بحسب" holds "حسب"): every match of the
    patterns here holds one of them as written."""
    phrases = speech_lexicon().according_to
    return tuple(p for p in phrases if not any(q != p and q in p for q in phrases))


def _names_a_source(folded: str) -> bool:
    """Whether an according-to phrase occurs in ``folded`` (else none of the patterns here but
    the headline's can match; a few substring tests are much cheaper than their scans)."""
    return any(phrase in folded for phrase in _according_phrases())


@functools.lru_cache(maxsize=1)
def _leading_reported_re() -> re.Pattern[str]:
    """ "وحسب ما أوردت وكالة تاس، فإن ...", "وفقا لما ذكرته يونهاب، فإن ...": the source, with a verb,
    opening the sentence."""
    body = "|".join(re.escape(p) for p in speech_lexicon().according_to)
    return re.compile(
        rf"^[\s،,\-•]*[وف]?(?:{body})\s*ما\s+(?P<verb>\S+)\s+(?P<who>[^،,.:]{{2,{MAX_WHO_CHARS}}}?)\s*[،,]"
    )


def _leading_reported(
    sentence: Sentence, gazetteer: Gazetteer, taken: list[Attribution]
) -> list[Attribution]:
    folded = sentence.folded
    match = _leading_reported_re().match(folded)
    if match is None:
        return []
    verb = _reporting_verb(match.group("verb"))
    # "وبحسب ما نشرته وزارة الخارجية الروسية، في بيان، فإن …": another verb, but a statement's words
    in_statement = _IN_A_STATEMENT.match(folded, match.end()) or _IN_A_STATEMENT.search(
        folded, match.start("who"), match.end()
    )
    if verb is None and (in_statement is None or not _OTHER_VERB.fullmatch(match.group("verb"))):
        return []
    relayed_from = _RELAYED_FROM.search(folded, match.start("who"), match.end("who"))
    if verb is not None and speech_lexicon().verb_of(verb).reported and relayed_from is None:
        return []  # ("وبحسب ما نقلته وكالة يونهاب، فقد قال …": the words carry their own speaker)
    lead = _CONTENT_LEAD.match(folded, in_statement.end() if in_statement is not None else match.end())
    start = lead.end() if lead else match.end()
    end = _content_end(folded, start)
    if len(folded[start:end].split()) < MIN_CONTENT_WORDS or _overlaps(start, end, taken):
        return []
    who_start = match.start("who")
    if folded.startswith(("به ", "بها "), who_start):
        who_start = folded.index(" ", who_start) + 1
    via = None
    if relayed_from is not None:
        # "وبحسب ما نقلته الصحيفة عن المسؤولين، فإن …": the officials speak, the paper relays them
        via = first_speaker(sentence, gazetteer, who_start, relayed_from.start())
        who_start = relayed_from.end()
    speaker = first_speaker(sentence, gazetteer, who_start, match.end("who"))
    if not _usable(speaker):
        return []
    assert speaker is not None
    if via is not None and not (_usable(via) or is_media_noun(via)):
        via = None  # ("الصحيفة" is kept: quotes._medium_relay finds the paper the article named before)
    if via is not None and speaker_key(via) == speaker_key(speaker):
        via = None
    return [Attribution(sentence, speaker, "indirect", match.start(), start, end, False, via=via)]


def is_media_noun(ref: EntityRef) -> bool:
    """An unlisted speaker or relay named by a bare noun for a news medium ("نقلته الصحيفة عن",
    "ونقلت الوكالة عن"), which only the article before can name."""
    words = fold(ref.name_ar).split() if not ref.linked and ref.name_ar else []
    return len(words) == 1 and words[0] in speech_lexicon().media_nouns


_RELAYED_FROM = re.compile(r"\s+عن\s+")
# "… وزارة الخارجية الروسية، في بيان،": the source's words were a statement (right after the source,
# or ending it when no comma parts them)
_IN_A_STATEMENT = re.compile(r"\s*(?:في|عبر)\s+(?:بيان|تصريح|تصريحات|تغريده|منشور)(?:\s+\S+)?\s*[،,]\s*")


def _claim_only(verb: re.Match[str]) -> bool:
    """ "وفق ما أظهرت مشاهد ...": a verb that attributes a claim without making a statement."""
    return speech_lexicon().verb_of(verb).claim_only


def _usable(speaker: EntityRef | None) -> bool:
    if speaker is None or not speaker.name_ar:
        return False
    words = fold(speaker.name_ar).split()
    lex = speech_lexicon()
    if speaker.linked:
        return True
    if bare_vague(speaker):
        return False  # "وبحسب التقارير،", "وفقًا لتقديرات مختلفة،": no one named
    return words[0] not in lex.non_speakers and words[0][2:] not in lex.non_speakers


def names_a_norm(folded: str, start: int) -> bool:
    """ "وفقا لميثاق الأمم المتحدة" / "بحسب المادة الرابعة": in accordance with a text, not a
    source's words (the first word is a non-speaker, the UN inside it is not speaking)."""
    words = folded[start:].split(maxsplit=1)
    if not words:
        return False
    word = words[0].strip("،,.")
    non_speakers = speech_lexicon().non_speakers
    return word in non_speakers or (word.startswith("ل") and "ا" + word in non_speakers)  # "للوثيقة"


def _overlaps(start: int, end: int, taken: list[Attribution]) -> bool:
    return any(a.content_start < end and start < a.content_end for a in taken)


def _content_end(folded: str, start: int) -> int:
    cut = speech_lexicon().first_content_cut(folded, start)
    end = len(folded) if cut < 0 else cut
    while end > start and folded[end - 1] in " .،,:؛":
        end -= 1
    return end


RELAYED_VERB_REACH = 3  # characters between "نقلا عن X،" and the verb it relays


# a relative pronoun, with no comma after it, right before a mid-sentence "، بحسب Y،"
_RELATIVE_BEFORE_ASIDE = re.compile(r"(?<!\w)(?:التي|الذي|الذين)\s+(?P<clause>[^،,.:]{1,80})$")


def _mid_sentence(folded: str, at: int, comma: int, lead: re.Match[str] | None) -> bool:
    """An attribution set off by commas inside a sentence, not followed by "فإن"/"فقد"."""
    return bool(folded[:at].strip(" ،,")) and (lead is None or not folded[comma : lead.end()].strip(" ،,"))


def _new_clause(opening: str) -> bool:
    """ "، ووفقاً لـ Y، ...": the conjunction starts a clause Y is the source of (without it,
    "X، وفق Y، ..." credits Y with what came before)."""
    bare = opening.lstrip(" ،,")
    return bare.startswith("و") and bare[1:].startswith(speech_lexicon().according_to)


def _leading(sentence: Sentence, gazetteer: Gazetteer, taken: list[Attribution]) -> list[Attribution]:
    folded = sentence.folded
    leading, _, _ = _patterns()
    found: list[Attribution] = []
    for match in leading.finditer(folded):
        comma = min(
            (p for p in (folded.find("،", match.end()), folded.find(",", match.end())) if p >= 0), default=-1
        )
        # "ووفقا للوكالة فإن كيم التقى …، وتفقد …": the source ends at "فإن", the words follow it
        fa_inna = _FA_INNA.search(folded, match.end(), comma) if comma >= 0 else None
        if fa_inna is not None:
            comma = fa_inna.start()
        if comma < 0 or comma - match.end() > MAX_LEADING_WHO_CHARS:
            continue
        lead = _CONTENT_LEAD.match(folded, comma)
        start = lead.end() if lead else comma + 1
        verb = _verb_after_source(folded, match.end(), comma)
        if verb is not None:  # "ووفقا للشبكة الأمريكية يؤكد هذا الخبر …": the source ends at the verb
            comma, start, lead = verb, verb, None
        end = _content_end(folded, start)
        if _mid_sentence(folded, match.start(), comma, lead) and not _new_clause(
            folded[match.start() : match.end()]
        ):
            # "أطلقت X صواريخ، وفق Y، قبل ساعات من ...": Y reports what comes before, not the tail
            relative = _RELATIVE_BEFORE_ASIDE.search(folded, 0, match.start())
            if relative is not None:
                # "على معاهدة … التي يستعد جنود منها، بحسب كييف وواشنطن، للقتال …": Y reports the
                # relative clause it stands in, not the sentence's own news
                start, end = relative.start("clause"), _content_end(folded, start)
            else:
                start, end = _SENTENCE_LEAD.match(folded).end(), match.start()  # type: ignore[union-attr]
        # "ونقلا عن مجلس الأمن الروسي، قالت وكالة تاس إن …": the council speaks, the agency relays
        # (sentence_attributions swaps them); any other overlap is the verb's statement alone
        relays_verb = "نقلا" in folded[match.start() : match.end()] and any(
            start <= a.verb_start <= start + RELAYED_VERB_REACH for a in taken
        )
        if len(folded[start:end].split()) < MIN_CONTENT_WORDS or (
            _overlaps(start, end, taken + found) and not relays_verb
        ):
            continue
        speaker = first_speaker(sentence, gazetteer, match.end(), comma)
        if _usable(speaker) and not names_a_norm(folded, match.end()):
            assert speaker is not None
            lam_al = folded.endswith("ل", 0, match.end()) and speaker.name_ar.startswith("ل")
            if lam_al and not speaker.linked:
                # "وفقًا للتقييمات الأوكرانية": ل + ال written "لل"; the source is "التقييمات ..."
                speaker = replace(speaker, name_ar="ا" + speaker.name_ar)
            found.append(Attribution(sentence, speaker, "indirect", match.start(), start, end, False))
    return found


# a relative word before a verb: "بحسب تصريحات أدلى بها …" is still the source's description
_RELATIVE_WORD = re.compile(r"(?<!\w)(?:التي|الذي|الذين|اللذين|اللتين|ما|لما|مما)\s*$")


def _verb_after_source(folded: str, start: int, end: int) -> int | None:
    """Where a speech verb opens a clause within a leading source's words (``[start, end)``):
    "ووفقا للشبكة الأمريكية يؤكد هذا الخبر …" has no comma after the source, which ends there."""
    for verb in speech_lexicon().verb_matches(folded[:end]):
        if verb.start() <= start + 2:
            continue
        if _RELATIVE_WORD.search(folded, 0, verb.start()) is None:
            return verb.start()
    return None


def _trailing(sentence: Sentence, gazetteer: Gazetteer) -> list[Attribution]:
    folded = sentence.folded
    _, trailing, verbless_trailing = _patterns()
    match = trailing.search(folded)
    verb = _reporting_verb(match.group("verb")) if match is not None else None
    if match is not None and verb is None and not _OTHER_VERB.fullmatch(match.group("verb")):
        return []
    if match is None:
        match = verbless_trailing.search(folded)
        if match is None or names_a_norm(folded, match.start("who")):
            return []
    who_start = match.start("who")
    if folded.startswith(("عنه ", "عنها ", "به ", "بها "), who_start):
        who_start = folded.index(" ", who_start) + 1
    saying = _SAYING_NOUN.match(folded, who_start) if verb is None else None
    if saying is not None:  # "بحسب حديث المسؤول …": his words, a statement as a verb would make it
        who_start = saying.end()
    who_end = match.end("who")
    via: EntityRef | None = None
    relay = RELAY_PHRASE.search(folded, who_start, who_end)
    if relay is None and verb is not None and speech_lexicon().verb_of(verb).reported:
        relay = _RELAYED_FROM.search(
            folded, who_start, who_end
        )  # "حسبما نقلت وكالة ريا نوفوستي عن المتحدث …"
    if relay is not None:  # "بحسب ما أفاد مشرعون نقلا عن جهاز المخابرات": the agency, via them
        via = first_speaker(sentence, gazetteer, who_start, relay.start())
        who_start = relay.end()
    told = _told_to(sentence, who_start, who_end) if verb is not None else None
    if told is not None:  # "وفق ما أفاد مسؤول لوكالة فرانس برس": the official, who told AFP
        who_end, recipient = told
        via = via or (recipient.to_ref() if recipient.kind == "institution" else None)
    speaker = first_speaker(sentence, gazetteer, who_start, who_end)
    start = _SENTENCE_LEAD.match(folded).end()  # type: ignore[union-attr]
    end = match.start()
    if not _usable(speaker) or len(folded[start:end].split()) < MIN_CONTENT_WORDS:
        return []
    assert speaker is not None
    via = via if _usable(via) else None
    quotation = _whole_quotation(sentence, start, end)
    if quotation is not None:  # "«لم يعد هناك أي تنكر …» بحسب X": X's own words, quoted
        return [Attribution(sentence, speaker, "direct", match.start(), *quotation, False, via)]
    # verb-less: the source of the sentence's claims (a figure's claimant), not a statement of its own
    claim_only = (verb is None and saying is None) or (verb is not None and _claim_only(verb))
    return [Attribution(sentence, speaker, "indirect", match.start(), start, end, claim_only, via)]


# nouns for someone's words: "بحسب حديث X" / "وفق تصريحات X" here, "وفق قوله" in quotes.py
SAYING_NOUNS = "قول|تعبير|كلام|تصريح|تصريحات|حديث"
_SAYING_NOUN = re.compile(rf"(?:{SAYING_NOUNS}|كلمه)\s+")


def _whole_quotation(sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The words inside the quotation marks when the quotation is all of ``[start, end)``."""
    folded = sentence.folded
    for open_at, close_at in sentence_quotes(sentence):
        if open_at == start and not folded[close_at + 1 : end].strip(" ،,"):
            return open_at + 1, close_at
    return None


# "وفقا لما ذكرته X": the pronoun on the verb that resumes "ما"
_RESUMPTIVE_PRONOUN = re.compile(r"(?<=\w{3})(?:ه|ها)$")
# any other verb there ("وفقًا لما نشرته X"): X is the source of the sentence's figures, no speaker
_OTHER_VERB = re.compile(r"[^\W\d]{3,}")


def _reporting_verb(word: str) -> re.Match[str] | None:
    """The speech verb of "وفق ما أفاد X" / "وفقا لما ذكرته X" (the pronoun resuming "ما" dropped)."""
    verb_re = speech_lexicon().verb_re
    return verb_re.fullmatch(word) or verb_re.fullmatch(_RESUMPTIVE_PRONOUN.sub("", word))


def _told_to(sentence: Sentence, start: int, end: int) -> tuple[int, Entity] | None:
    """A news medium glued to ل after the source ("مسؤول في وزارة الدفاع لوكالة فرانس برس"): whom the
    source told, with where the source's own words end. Any other body after ل is whose post it is
    ("القائد العام للجيش الأوكراني أوليكساندر سيرسكي", "الأمين العام للأمم المتحدة")."""
    folded = sentence.folded
    for e_start, _e_end, entity in entities_in(sentence, start, end):
        if entity.agency != NEWS_AGENCY:
            continue
        opens_word = e_start >= 2 and folded[e_start - 1] == "ل" and not folded[e_start - 2].isalnum()
        if opens_word and folded[start : e_start - 1].strip():
            return e_start - 1, entity
    return None


# "X نقلا عن Y" inside a source's description: Y's words, relayed by X (folded text: no tanween)
RELAY_PHRASE = re.compile(r"(?<!\w)[،,]?\s*نقلا\s+عن\s+")


# (a leading "date 2025-10-24" is the page's date line glued to the headline, not the speaker)
_HEADLINE = re.compile(
    r"^[\s\-•]*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?P<who>[^:،,\n\"«“]{2,50}?)\s*:\s*(?P<words>\S.*)$"
)
HEADLINE_WHO_WORDS = 5
_HEADLINE_DATELINE = re.compile(r"\s[ـ\-–—]\s")


def _headline(sentence: Sentence, gazetteer: Gazetteer) -> list[Attribution]:
    """A headline attribution "البنتاغون: 12 ألف جندي كوري شمالي في روسيا": a named entity (not
    a label such as "المصدر") opening the line, then a colon and the claim."""
    folded = sentence.folded
    if ":" not in folded:
        return []  # (the pattern's lazy name is tried at each length before it fails)
    match = _HEADLINE.match(folded)
    if match is None or len(match.group("who").split()) > HEADLINE_WHO_WORDS:
        return []
    named = entities_in(sentence, match.start("who"), match.end("who"))
    titled = titles_in(sentence, gazetteer, match.start("who"), match.end("who"))
    opens_named = bool(named) and named[0][0] <= match.start("who") + 1
    opens_titled = bool(titled) and titled[0][0] <= match.start("who") + 1 and bool(named)
    if not (opens_named or opens_titled):  # "البنتاغون: …", "زعيم كوريا الشمالية: …"
        return []
    if opens_named and named[0][2].agency == NEWS_AGENCY:
        return []  # "التايمز: تفاصيل مثيرة عن …": a paper's label for its own story, not a claim
    if _HEADLINE_DATELINE.search(sentence.span_text(match.start("who"), match.end("who"))):
        return []  # "سيول ـ ا.ف.ب: صادقت كوريا الشمالية …": where and who filed it, not who said it
    if any(folded[e_start - 2 : e_start] == " و" for e_start, _e, _entity in named[1:]):
        return []  # "كوريا الشمالية وروسيا: توقيع اتفاق …": the subject of the news, not a speaker
    if len(match.group("words").split()) < MIN_CONTENT_WORDS:
        return []
    speaker = first_speaker(sentence, gazetteer, match.start("who"), match.end("who"))
    if not _usable(speaker):
        return []
    assert speaker is not None
    end = _content_end(folded, match.start("words"))
    return [Attribution(sentence, speaker, "indirect", match.start(), match.start("words"), end, False)]


def according_attributions(
    sentence: Sentence, gazetteer: Gazetteer, taken: list[Attribution]
) -> list[Attribution]:
    """Verb-less attributions of one sentence that do not overlap ``taken`` (verb attributions)."""
    named = _names_a_source(sentence.folded)
    found: list[Attribution] = []
    if named:
        found = _leading(sentence, gazetteer, taken) or _leading_reported(sentence, gazetteer, taken)
    if not taken and not found:
        found = (_trailing(sentence, gazetteer) if named else []) or _headline(sentence, gazetteer)
    return found
