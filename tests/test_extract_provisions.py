"""Treaty provisions: topic, article number and wording."""

from __future__ import annotations

from datetime import date

import pytest

from generator.evaluate.corpus import make_source
from generator.extract import extract_source
from generator.extract.provisions import treaty_article
from generator.models import TreatyProvision


def provisions(text: str) -> dict[str, TreatyProvision]:
    found = extract_source(make_source("t", text, date(2024, 11, 20))).treaty_provisions
    return {p.topic: p for p in found}


def test_article_four_quoted_wording_and_un_charter() -> None:
    text = (
        'وتنص المادة الرابعة من الاتفاقية على أنه "في حال تعرض أحد الطرفين لهجوم مسلح فإن الطرف الآخر '
        'سيقدم دعما عسكريا بكافة الوسائل وفقا للمادة 51 من ميثاق الأمم المتحدة".'
    )
    found = provisions(text)
    assert found["mutual_assistance"].article == 4
    assert found["mutual_assistance"].text.startswith("في حال تعرض أحد الطرفين")
    assert "un_charter_51" in found


@pytest.mark.parametrize(
    ("text", "article"),
    [
        ("المادة الرابعة من المعاهدة", 4),
        ("بموجب المادة 4 من المعاهدة", 4),
        ("وفقا للمادة 51 من ميثاق الأمم المتحدة", None),
        ("المادة الـ51 من ميثاق الأمم المتحدة والمادة الثالثة", 3),
    ],
)
def test_treaty_article_numbers(text: str, article: int | None) -> None:
    from generator.arabic.normalize import fold

    assert treaty_article(fold(text)) == article


def test_negative_commitments() -> None:
    found = provisions(
        "وذكرت الوكالة أن الاتفاق ينص على أن البلدين لن يوقعا أي معاهدة مع دولة ثالثة ضد الآخر، "
        "ولن يسمح أي منهما باستخدام أراضيه ضد الآخر."
    )
    assert {"no_hostile_alliances", "no_hostile_territory"} <= set(found)
    assert "signing" not in found  # "لن يوقعا" is not a signing


def test_count_validity_replacement_scope() -> None:
    assert "article_count" in provisions("وتحتوي المعاهدة على 23 مادة.")
    assert "article_count" in provisions("وتتكون الاتفاقية من ثلاث وعشرين مادة.")
    assert "validity" in provisions("وتعد الاتفاقية صالحة لفترة غير محددة.")
    assert "replaces" in provisions("وتحل المعاهدة الجديدة محل معاهدة عام 1961.")
    assert "scope" in provisions("ويغطي الاتفاق مجالات الأمن والتجارة والاستثمار.")


def test_status_topics() -> None:
    assert "signing" in provisions("ووقعت موسكو وبيونغ يانغ على معاهدة الشراكة في يونيو.")
    assert "ratification" in provisions("وصادق مجلس الدوما على المعاهدة.")
    assert "entry_into_force" in provisions("ودخلت المعاهدة حيز التنفيذ في ديسمبر.")


def test_needs_treaty_context() -> None:
    assert provisions("وقدمت روسيا الدعم العسكري لحلفائها بعد تعرضهم لهجوم.") == {}
    assert provisions("وقع الانفجار قرب الحدود.") == {}


def test_context_carries_from_the_previous_sentence_for_content_topics_only() -> None:
    found = provisions(
        "وصادق البرلمان على المعاهدة.\nوفي حالة وقوع هجوم على إحدى الدولتين، يتعهد الطرف الآخر بتقديم الدعم."
    )
    assert "mutual_assistance" in found


def test_exchange_of_instruments_is_not_a_ratification_and_law_signing_is_not_a_treaty_signing() -> None:
    found = provisions("ودخلت المعاهدة حيز التنفيذ بعد تبادل وثائق التصديق في موسكو.")
    assert "entry_into_force" in found and "ratification" not in found
    found = provisions("ووقع الرئيس بوتين قانون المصادقة على المعاهدة.")
    assert "signing" not in found and "ratification" in found


@pytest.mark.parametrize(
    "text",
    [
        "وتظل المعاهدة سارية لأجل غير مسمى.",
        "وستبقى الاتفاقية سارية لأجل غير محدد.",
        "ولا مدة محددة لسريان المعاهدة.",
    ],
)
def test_validity_phrasings(text: str) -> None:
    assert "validity" in provisions(text)


def test_other_clauses_listing_fields_of_cooperation_are_scope() -> None:
    found = provisions("وتشمل بنود أخرى التعاون في مجالات الزراعة والتعليم والصحة بين البلدين.")
    assert "scope" in found


def test_signing_the_ratification_law_is_a_ratification_step() -> None:
    found = provisions("ووقع الرئيس أمس على القانون الخاص بالتصديق بعد تصويت البرلمان بالإجماع.")
    assert "ratification" in found and "signing" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "أما المادة 20، فتنص على أن المعاهدة سارية لأجل غير مسمى.",
        "وتنص المادة 20 على أن المعاهدة سارية لأجل غير مسمى.",
    ],
)
def test_article_number_of_a_sentence_about_one_article(sentence: str) -> None:
    assert provisions(sentence)["validity"].article == 20


def test_article_named_late_in_a_sentence_is_not_given_to_its_validity() -> None:
    found = provisions("والمعاهدة سارية لأجل غير مسمى، وقد أشار الرئيس إلى المادة الرابعة منها.")
    assert found["validity"].article is None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "وتنص الوثيقة على تقديم المساعدة العسكرية الفورية بكل الوسائل المتاحة في حال العدوان.",
            "mutual_assistance",
        ),
        ("وبموجب المعاهدة يلتزم البلدان بالدفاع عن بعضهما البعض.", "mutual_assistance"),
        (
            "وتنص المادة الرابعة على أنه إذا تعرض أحد الطرفين لهجوم، يقدم له الآخر المساعدة بجميع الوسائل.",
            "mutual_assistance",
        ),
        (
            "وتلزم المعاهدة الطرفين بعدم المشاركة في أي تحالف أو اتفاق موجه ضد الطرف الآخر.",
            "no_hostile_alliances",
        ),
        ("وتلغي المعاهدة الجديدة معاهدة الصداقة الموقعة عام 1961.", "replaces"),
        ("وتستبدل المعاهدة اتفاقية عام 2000.", "replaces"),
        ("وينص الاتفاق على أن يتشاور الطرفان فورا عند التهديد.", "consultations"),
        ("وتتعهد الدولتان بموجب الاتفاقية بتعزيز قدراتهما الدفاعية.", "defence_capabilities"),
        ("وأصبحت الاتفاقية نافذة بعد تبادل وثائق التصديق في موسكو.", "entry_into_force"),
        (
            "وتنص الاتفاقية على أنه إذا تعرض أحد الطرفين لهجوم فسيستخدم الآخر كل الوسائل المتاحة.",
            "mutual_assistance",
        ),
        ("وتنص الاتفاقية على أن البلدين سيساعدان بعضهما في حال تعرضهما لهجوم.", "mutual_assistance"),
        ("وتنص المعاهدة على أن الطرفين سينسقان مواقفهما.", "consultations"),
        ("وتنشئ المعاهدة آلية لتعزيز الإمكانات الدفاعية للبلدين.", "defence_capabilities"),
        ("وقع بوتين على قانون يصدق بموجبه المعاهدة.", "ratification"),
        ("ونشرت الوكالة النص الكامل للمعاهدة.", "publicity"),
        (
            "وتلتزم الدولتان بموجب المعاهدة بتقديم المساعدة لبعضهما البعض في حال الاعتداء.",
            "mutual_assistance",
        ),
        ("وتتضمن المعاهدة 23 بندا.", "article_count"),
    ],
)
def test_provision_phrasings_of_other_outlets(text: str, topic: str) -> None:
    """The same provisions in the other words outlets use: "الوثيقة" for the treaty, "بجميع
    الوسائل", "الدفاع عن بعضهما", a verb of replacement, an inflected "قدراتهما"."""
    assert topic in provisions(text)


def test_signing_of_an_older_treaty_is_not_this_treaty_signed() -> None:
    assert "signing" not in provisions("وتحل المعاهدة محل معاهدة الصداقة الموقعة عام 1961.")


@pytest.mark.parametrize(
    ("text", "topic"),
    [  # real pages: fananews, yalla4trend, darelhilal, ansarollah.com.ye
        (
            "وكشف بوتين عن أن المعاهدة تتضمن بندا بموجبه ستدعم الدولتان إحداهما الأخرى في حالة تعرضها لهجوم",
            "mutual_assistance",
        ),
        (
            "وقال بوتين إن روسيا وكوريا الشمالية ستساعدان بعضهما البعض في حالة تعرضهما لهجوم، وذلك بعد توقيع "
            "شراكة ناجحة مع كيم",
            "mutual_assistance",
        ),
        ("وجرى التوقيع على الاتفاقية نفسها في 19 يونيو", "signing"),
        ("وعقب التوقيع على اتفاقية الشراكة الاستراتيجية الشاملة قال بوتين إنها وثيقة مهمة", "signing"),
        ("وتنص المعاهدة التي تم توقيعها في 19 يونيو على المساعدة المتبادلة", "signing"),
    ],
)
def test_more_ways_pages_state_assistance_and_the_signing(text: str, topic: str) -> None:
    assert topic in provisions(text)


def test_the_signing_named_as_a_noun_after_talks() -> None:
    # real page (klyoum.com): "عقب محادثاته مع نظيره الروسي وتوقيع اتفاقية تعاون استراتيجي شاملة"
    assert "signing" in provisions(
        "وقال كيم عقب محادثاته مع بوتين وتوقيع اتفاقية تعاون استراتيجي شاملة إنها قوية"
    )


def test_an_article_number_beyond_the_treatys_last_is_another_texts() -> None:
    # real page (wakalanews), cut mid-word: "…، بما يتماشى مع المادة 51 من مي"
    assert treaty_article("فان الجانب الاخر يقدم المساعده العسكريه بما يتماشي مع الماده 51 من مي") is None
    assert treaty_article("ويمكن النظر الي الماده 4 من المعاهده") == 4


def test_automatic_military_intervention_after_an_attack_is_mutual_assistance() -> None:
    # real page (wakalanews): "المادة 4 … على أنها تبرر التدخل العسكري التلقائي في حال وقوع هجوم"
    found = provisions(
        "ويمكن النظر إلى المادة 4 من المعاهدة المكونة من 23 بندا على أنها تبرر التدخل العسكري "
        "التلقائي في حال وقوع هجوم على أي من البلدين."
    )
    assert found["mutual_assistance"].article == 4


def test_naming_the_mutual_aid_article_of_the_treaty_is_enough() -> None:
    # real page (webangah): "الظروف تتطلب تنفيذ المادة الرابعة من معاهدة الشراكة الاستراتيجية الشاملة"
    found = provisions(
        "وأضافت الوكالة أن كيم خلص إلى أن الظروف تتطلب تنفيذ المادة الرابعة من معاهدة الشراكة "
        "الاستراتيجية الشاملة بين كوريا الشمالية وروسيا."
    )
    assert found["mutual_assistance"].article == 4
    # another article named alone says nothing of its topic
    assert provisions("وأشار إلى المادة السابعة من معاهدة الشراكة الاستراتيجية الشاملة بين البلدين.") == {}


def test_an_imminent_threat_of_aggression_is_the_consultations_article() -> None:
    # https://ansarollah.com.ye/archives/714796 (the excerpt is cut off after "ق")
    found = provisions(
        "وتنصّ معاهدة الشراكة الإستراتيجية الشاملة على أنه في حالة وجود “تهديد وشيك” بالعدوان المسلّح على "
        "أحد البلدين، فإن الجانب الآخر “عند الطلب” سيستخدم على الفور ق"
    )
    assert "consultations" in found


def test_a_treaty_whose_content_was_not_published_is_about_publicity() -> None:
    # https://www3.nhk.or.jp/nhkworld/ar/news/20240621_04/ (the clause of its sentence)
    found = provisions("كما أن موسكو لم تنشر محتوى المعاهدة.")
    assert "publicity" in found
