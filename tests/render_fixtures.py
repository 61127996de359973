"""A small hand-built fact set for the render tests: two sources, one of them hostile.

Offsets are computed from the texts below (never typed in), so every Provenance satisfies
``original_text[start:end] == sentence`` like the extractor's output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from generator.models import (
    EntityRef,
    Event,
    FactSet,
    OffsetMap,
    Provenance,
    Quote,
    Removal,
    Source,
    SourceMeta,
    TreatyProvision,
    TroopEstimate,
)

TREATY_TEXT = (
    "روسيا وكوريا الشمالية توقعان معاهدة للدفاع المشترك\n"
    "\n"
    "19 يونيو 2024\n"
    "+ الخط -\n"
    "\n"
    "وقّع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون معاهدة الشراكة "
    "الاستراتيجية الشاملة في بيونغ يانغ يوم الأربعاء 19 يونيو 2024. "
    "وتنص المادة الرابعة على تقديم المساعدة العسكرية فورًا بكل الوسائل المتاحة إذا تعرض أحد "
    "الطرفين لهجوم مسلح. "
    'وقال بوتين إن "المعاهدة تنص على المساعدة المتبادلة في حال العدوان".\n'
    "\n"
    "وتتألف المعاهدة من 23 مادة، وتحل محل معاهدة الصداقة الموقعة بين البلدين عام 2000. "
    "وذكرت وكالة أخرى أن التوقيع جرى في 18 يونيو.\n"
)

HOSTILE_TEXT = (
    "تقديرات جديدة لأعداد الجنود <script>alert(1)</script>\n"
    "\n"
    "قالت وزارة الدفاع الأمريكية إن نحو 10 آلاف جندي كوري شمالي وصلوا إلى روسيا في أكتوبر 2024. "
    "وقدرت الاستخبارات الكورية الجنوبية العدد بما يصل إلى 12 ألف جندي في نوفمبر. "
    "وقال مسؤول أوكراني إن العدد يزيد على 10 آلاف. "
    "وقال المتحدث [x](javascript:alert(1)) إن {{ 7*7 }} و {% include 'mkdocs.yml' %} | "
    "<img src=x onerror=alert(2)> مجرد دعاية.\n"
    "صادقت كوريا الشمالية على المعاهدة في نوفمبر 2024.\n"
)

HOSTILE_SPEAKER = "المتحدث <b>*x*</b>"


def make_source(source_id: str, original: str, junk: str | None, meta: SourceMeta) -> Source:
    """A Source whose cleaned text is ``original`` without the line ``junk`` (if given)."""
    if junk is None:
        cleaned, segments, removals = original, ((0, 0, len(original)),), ()
    else:
        cut = original.index(junk)
        end = cut + len(junk)
        cleaned = original[:cut] + original[end:]
        segments = ((0, 0, cut), (cut, end, len(original) - end))
        removals = (Removal(cut, end, "share buttons", junk),)
    return Source(
        id=source_id,
        file=f"seeds/{source_id}.txt",
        original_text=original,
        cleaned_text=cleaned,
        offset_map=OffsetMap(segments),
        removals=removals,
        meta=meta,
        sha256="0" * 64,
        word_count=len(cleaned.split()),
    )


def prov(source: Source, fragment: str) -> Provenance:
    """Provenance of the whole sentence of ``source`` that contains ``fragment``."""
    text = source.original_text
    at = text.index(fragment)
    starts = [text.rfind(mark, 0, at) for mark in (". ", "\n")]
    start = max(starts) + 1
    while text[start] in " \n":
        start += 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i != -1]
    end = min(ends)
    if text[end] == ".":
        end += 1
    return Provenance(source.id, start, end, text[start:end])


def entity(
    eid: str | None,
    ar: str,
    en: str | None,
    country: str | None,
    kind: str = "person",
    role_en: str | None = None,
) -> EntityRef:
    return EntityRef(
        id=eid,
        name_ar=ar,
        name_en=en,
        linked=eid is not None,
        kind=kind,  # type: ignore[arg-type]
        role_ar=None,
        role_en=role_en,
        country=country,
    )


PUTIN = entity("putin", "فلاديمير بوتين", "Vladimir Putin", "ru", role_en="President of Russia")
PENTAGON = entity("us-dod", "وزارة الدفاع الأمريكية", "US Department of Defense", "us", "institution")
NIS = entity("kr-nis", "الاستخبارات الكورية الجنوبية", "South Korean intelligence", "kr", "institution")
UA_OFFICIAL = entity(None, "مسؤول أوكراني", None, "ua")
HOSTILE = entity(None, HOSTILE_SPEAKER, None, None)


@dataclass(frozen=True)
class FakeEditorial:
    translations: dict[str, str] = field(default_factory=dict)


def build_facts() -> FactSet:
    treaty = make_source(
        "a01_treaty",
        TREATY_TEXT,
        "+ الخط -\n",
        SourceMeta(
            "روسيا وكوريا الشمالية توقعان معاهدة للدفاع المشترك",
            date(2024, 6, 19),
            "وكالة مثال",
            "مراسل المثال",
            "https://news.example/treaty",
            "ar",
        ),
    )
    hostile = make_source(
        "b02_troops",
        HOSTILE_TEXT,
        None,
        SourceMeta(
            "تقديرات جديدة لأعداد الجنود <script>alert(1)</script>",
            None,
            None,
            None,
            "javascript:alert(3)",
            "ar",
            reproduce="full",
        ),
    )
    signing = prov(treaty, "وقّع الرئيس الروسي")
    article4 = prov(treaty, "المادة الرابعة")
    quote_putin = prov(treaty, "وقال بوتين")
    count = prov(treaty, "23 مادة")
    other_date = prov(treaty, "18 يونيو")
    us_claim = prov(hostile, "قالت وزارة الدفاع")
    nis_claim = prov(hostile, "12 ألف")
    ua_claim = prov(hostile, "مسؤول أوكراني")
    hostile_quote = prov(hostile, "{{ 7*7 }}")
    ratified = prov(hostile, "صادقت كوريا")
    quotes = (
        Quote(
            "q-putin-mutual",
            PUTIN,
            "direct",
            "المعاهدة تنص على المساعدة المتبادلة في حال العدوان",
            "2024-06-19",
            (quote_putin,),
        ),
        Quote(
            "q-us-dod-arrived",
            PENTAGON,
            "indirect",
            "نحو 10 آلاف جندي كوري شمالي وصلوا إلى روسيا",
            "2024-10",
            (us_claim,),
        ),
        Quote(
            "q-hostile",
            HOSTILE,
            "indirect",
            "[x](javascript:alert(1)) إن {{ 7*7 }} و {% include 'mkdocs.yml' %} | "
            "<img src=x onerror=alert(2)>",
            None,
            (hostile_quote,),
        ),
    )
    estimates = (
        TroopEstimate(
            "t-us-oct", 10000, None, None, "about", PENTAGON, "arrived", "ru", "2024-10", False, (us_claim,)
        ),
        TroopEstimate(
            "t-nis-nov", 12000, None, 12000, "up_to", NIS, "arrived", "ru", "2024-11", False, (nis_claim,)
        ),
        TroopEstimate(
            "t-ua-nov",
            10000,
            10000,
            None,
            "more_than",
            UA_OFFICIAL,
            "in_kursk",
            "كورسك",
            "2024-11",
            False,
            (ua_claim,),
        ),
        TroopEstimate(
            "t-us-nov", None, 11500, 13000, "range", PENTAGON, "fighting", None, "2024-11", False, (us_claim,)
        ),
    )
    events = (
        Event(
            "e-signing",
            "signing",
            "2024-06-19",
            "day",
            None,
            "توقيع معاهدة الشراكة الشاملة",
            "Treaty signed",
            ("putin", "kim-jong-un"),
            "بيونغ يانغ",
            False,
            (signing, quote_putin),
        ),
        Event(
            "e-signing-alt",
            "signing",
            "2024-06-18",
            "day",
            None,
            "توقيع معاهدة الشراكة الشاملة",
            "Treaty signed",
            ("putin",),
            None,
            False,
            (other_date,),
        ),
        Event(
            "e-2000",
            "historical",
            "2000",
            "year",
            None,
            "معاهدة الصداقة بين البلدين",
            "Friendship treaty between the two countries",
            ("ru", "kp"),
            None,
            True,
            (count,),
        ),
        Event(
            "e-arrival",
            "arrival",
            "2024-10",
            "month",
            None,
            "وصول جنود كوريين شماليين إلى روسيا",
            "North Korean soldiers arrive in Russia",
            ("kp",),
            None,
            False,
            (us_claim,),
            "weekday-mismatch",
        ),
        Event(
            "e-ratified-kp",
            "ratification",
            "2024-11",
            "month",
            None,
            "كوريا الشمالية تصادق على المعاهدة",
            "North Korea ratifies the treaty",
            ("kp",),
            None,
            False,
            (ratified,),
        ),
        Event(
            "e-undated",
            "meeting",
            None,
            None,
            None,
            "لقاء <i>غير مؤرخ</i>",
            "An undated meeting {{ x }}",
            (HOSTILE_SPEAKER,),
            None,
            False,
            (hostile_quote,),
        ),
    )
    provisions = (
        TreatyProvision("tp-art4", "mutual_assistance", 4, article4.sentence, (article4,)),
        TreatyProvision("tp-count", "article_count", None, "وتتألف المعاهدة من 23 مادة", (count,)),
        TreatyProvision(
            "tp-replaces", "replaces", None, "تحل محل معاهدة الصداقة الموقعة بين البلدين عام 2000", (count,)
        ),
        TreatyProvision("tp-ratified", "ratification", None, ratified.sentence, (ratified,)),
    )
    return FactSet((treaty, hostile), quotes, estimates, events, provisions)


def build_editorial() -> FakeEditorial:
    return FakeEditorial(
        {
            "q-putin-mutual": "The treaty provides for mutual assistance in the event of aggression.",
        }
    )


# ---------------------------------------------------------------- helpers for the render tests

ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]
MARKDOWN_EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc", "admonition", "footnotes"]


def docs_with_editorial(tmp_path):  # type: ignore[no-untyped-def]
    """A docs dir holding copies of the real author text files (docs/editorial/text.*.yml)."""
    import shutil

    docs = tmp_path / "docs"
    (docs / "editorial").mkdir(parents=True)
    for lang in ("ar", "en"):
        shutil.copy2(ROOT / "docs" / "editorial" / f"text.{lang}.yml", docs / "editorial")
    return docs


def markdown_to_html(page: str) -> str:
    """What MkDocs does to a page body (front matter removed), with the site's extensions."""
    import markdown

    body = page
    if page.startswith("---\n"):
        body = page.split("\n---\n", 1)[1]
    return markdown.Markdown(extensions=MARKDOWN_EXTENSIONS).convert(body)
