"""Troop figures: only numbers of North Korean personnel, with qualifier, claimant and status."""

from __future__ import annotations

from datetime import date

import pytest

from generator.evaluate.corpus import make_source
from generator.extract import extract_source
from generator.models import TroopEstimate

PUBLISHED = date(2024, 11, 20)


def figures(text: str) -> list[TroopEstimate]:
    return list(extract_source(make_source("t", text, PUBLISHED)).troop_estimates)


@pytest.mark.parametrize(
    ("phrase", "value", "qualifier"),
    [
        ("حوالي 3000 جندي", 3000, "about"),
        ("نحو ثمانية آلاف جندي", 8000, "about"),
        ("قرابة أحد عشر ألفا من الجنود", 11000, "about"),
        ("ما يصل إلى 12 ألف جندي", 12000, "up_to"),
        ("أكثر من عشرة آلاف جندي", 10000, "more_than"),
        ("ما يزيد على 1,500 عسكري", 1500, "more_than"),
        ("ما لا يقل عن ثلاثة آلاف جندي", 3000, "at_least"),
        ("ثمانية آلاف جندي على الأقل", 8000, "at_least"),
        ("1500 من قوات النخبة", 1500, "exact"),
        ('نحو "5000" جندي', 5000, "about"),  # quotation marks around the number
        ("“حوالي 11 ألف جندي”", 11000, "about"),  # ... or around the phrase
    ],
)
def test_value_and_qualifier(phrase: str, value: int, qualifier: str) -> None:
    found = figures(f"وقال البنتاغون إن كوريا الشمالية أرسلت {phrase} إلى روسيا.")
    assert [(f.value, f.qualifier) for f in found] == [(value, qualifier)]


def test_ranges() -> None:
    for phrase in ("بين 10 و12 ألف جندي", "من 10 إلى 12 ألف جندي", "10و12 ألف جندي"):
        found = figures(f"وذكرت الاستخبارات الكورية الجنوبية أن بيونغ يانغ سترسل {phrase} إلى روسيا.")
        assert [(f.value, f.low, f.high, f.qualifier) for f in found] == [(None, 10000, 12000, "range")], (
            phrase
        )


@pytest.mark.parametrize(
    "text",
    [
        "وتحاول أجهزة التجسس معرفة نوايا رئيس الكرملين البالغ من العمر 71 عامًا تجاه كوريا الشمالية.",
        "ولم يرد ممثل روسيا لدى مجلس الأمن المكون من 15 عضوًا على سؤال حول جنود كوريا الشمالية.",
        "ويخضع جنود كوريا الشمالية للتدريب في 5 قواعد عسكرية شرق روسيا.",
        "وتشهد كورسك توغلا منذ 3 أشهر فيما ينتشر جنود كوريا الشمالية هناك.",
        "وتتهم كييف بيونغ يانغ بإرسال آلاف الجنود إلى روسيا.",
        "وفي مقابلة مع برنامج 60 دقيقة تحدث بوتين عن جنود كوريا الشمالية.",
        "ووقعت كوريا الشمالية وروسيا المعاهدة عام 2024 بعد زيارة جنود الشرف.",
        "أرسلت أوكرانيا 5000 جندي إضافي إلى منطقة خاركيف.",
        "وقد توفر بيونغ يانغ ما يصل إلى أربعة ألوية لروسيا.",
        "ويبلغ عدد سكان كوريا الشمالية 26 مليون نسمة، ويخدم في جيشها أكثر من مليون عسكري.",
        "وتنص المادة 4 على أن كوريا الشمالية وروسيا تتبادلان الدعم العسكري.",
    ],
)
def test_not_troop_figures(text: str) -> None:
    assert figures(text) == []


def test_previous_estimate_is_marked() -> None:
    text = (
        "وقدرت وزارة الدفاع الأمريكية عدد الجنود الكوريين الشماليين في روسيا بنحو 10 آلاف جندي، "
        "ارتفاعا من تقديرات سابقة بلغت 3000 جندي فقط."
    )
    found = {f.value: f for f in figures(text)}
    assert not found[10000].previous and found[3000].previous
    assert found[10000].claimant.id == "pentagon" == found[3000].claimant.id


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        ("يتمركزون حاليا في منطقة كورسك", "in_kursk"),
        ("يخضعون للتدريب في الشرق الأقصى", "training"),
        ("يشاركون في القتال ضد القوات الأوكرانية", "fighting"),
        ("قتلوا أو أصيبوا خلال المعارك", "casualties"),
        ("يمكن أن ترسلهم بيونغ يانغ قريبا", "possible"),
        ("وصلوا إلى الأراضي الروسية", "arrived"),
    ],
)
def test_status_from_cue_words(clause: str, status: str) -> None:
    found = figures(f"وقال مسؤول غربي إن نحو 5000 جندي كوري شمالي {clause}.")
    assert [f.status for f in found] == [status]


def test_claimant_from_speaker_or_according_to() -> None:
    by_speaker = figures(
        "وأعلن وزير الدفاع الأمريكي لويد أوستن أن حوالي 3000 جندي كوري شمالي وصلوا إلى روسيا."
    )
    assert by_speaker[0].claimant.id == "lloyd-austin"
    according = figures("ووفقا لسول، وصلت مجموعة من 1500 جندي كوري شمالي إلى روسيا.")
    assert according[0].claimant.id == "seoul"


def test_claimant_named_only_at_the_end_of_the_sentence() -> None:
    """ "...، وفق تقديرات X." names the source after the figure, with no verb; it credits the
    figure but is not listed as a statement of X's."""
    text = "ويقدر عدد الجنود الكوريين الشماليين الذين قتلوا بنحو 600 جندي، وفق تقديرات البنتاغون."
    found = extract_source(make_source("t", text, PUBLISHED))
    assert [(f.value, f.measure, f.claimant.id) for f in found.troop_estimates] == [
        (600, "killed", "pentagon")
    ]
    assert found.quotes == ()


def test_trailing_relay_credits_the_original_source() -> None:
    text = "وأرسلت كوريا الشمالية 1500 جندي إضافي إلى روسيا، بحسب ما أفاد به نواب نقلا عن البنتاغون."
    (figure,) = figures(text)
    assert figure.claimant.id == "pentagon"


def test_in_accordance_with_the_charter_is_no_source() -> None:
    text = "وتلزم المعاهدة كل طرف بتقديم المساعدة العسكرية للآخر في حال العدوان، وفقا لميثاق الأمم المتحدة."
    assert extract_source(make_source("t", text, PUBLISHED)).quotes == ()


def test_north_korean_context_may_come_from_the_paragraph() -> None:
    text = "تقرير عن بيونغ يانغ وموسكو. وقال مسؤول إن 2000 جندي وصلوا إلى الجبهة."
    assert [f.value for f in figures(text)] == [2000]
    assert figures("تقرير عن الحرب.\nوقال مسؤول إن 2000 جندي وصلوا إلى الجبهة.") == []


def test_as_of_date_from_the_sentence() -> None:
    found = figures("وقال البنتاغون في 28 أكتوبر 2024 إن نحو 10 آلاف جندي كوري شمالي موجودون في روسيا.")
    assert found[0].as_of == "2024-10-28"


def test_figures_in_a_sentence_about_troop_numbers_without_a_noun_after_each() -> None:
    text = (
        "وقال جهاز الاستخبارات الوطني إن بيونغ يانغ أرسلت ألفا وخمسمائة جندي إلى روسيا، "
        "ليرتفع العدد الإجمالي إلى نحو ثلاثة آلاف، متوقعا أن يبلغ عشرة آلاف بحلول ديسمبر."
    )
    found = {f.value: f for f in figures(text)}
    assert set(found) == {1500, 3000, 10000}
    assert found[3000].qualifier == "about" and found[10000].status == "possible"


def test_superseded_figures_are_previous() -> None:
    text = "بدأ انتشار الجنود الكوريين الشماليين بوصول نحو 1500 جندي، قبل أن يرتفع العدد إلى نحو ثلاثة آلاف."
    found = {f.value: f.previous for f in figures(text)}
    assert found == {1500: True, 3000: False}


def test_others_after_a_figure_and_foreign_troops() -> None:
    text = "وقال مسؤول إن مئة جندي كوري شمالي قتلوا، وإن نحو ألف آخرين أصيبوا."
    assert sorted(f.value for f in figures(text)) == [100, 1000]
    assert figures("وقال مسؤول كوري شمالي إن 5000 جندي أوكراني يتمركزون في كورسك.") == []


def test_figure_with_only_a_pronoun_after_a_troop_figure() -> None:
    text = (
        "وتقول سيول إن بيونغ يانغ أرسلت نحو 11 ألف جندي إلى روسيا. "
        "ووفقا للبنتاغون، فقد وصل ما يقارب ثمانية آلاف منهم إلى خطوط المواجهة."
    )
    assert [(f.value, f.qualifier) for f in figures(text)] == [(11000, "about"), (8000, "about")]


def test_a_later_foreign_troop_noun_does_not_cancel_the_figure() -> None:
    found = figures("وتتهم واشنطن كوريا الشمالية بإرسال 9 آلاف جندي لمساندة القوات الروسية في كورسك.")
    assert [f.value for f in found] == [9000]
    assert figures("وقال زيلينسكي إن كوريا الشمالية تراقب 5000 جندي روسي قرب الحدود.") == []


def test_casualty_noun_counts_when_the_sentence_is_about_troops() -> None:
    found = figures("وقالت سيول إن القوات الكورية الشمالية تكبدت قرابة 900 إصابة بين قتيل وجريح في كورسك.")
    assert [(f.value, f.status) for f in found] == [(900, "casualties")]
    assert figures("وقالت سيول إن كوريا الشمالية سجلت 900 إصابة بالإنفلونزا هذا الشهر.") == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("إن عدد الجنود الكوريين الشماليين في روسيا تجاوز 12000، بحسب كييف.", "more_than"),
        ("إن عدد الجنود الكوريين الشماليين في روسيا لا يتجاوز 12000، بحسب كييف.", "up_to"),
    ],
)
def test_exceeded_is_more_than(text: str, qualifier: str) -> None:
    found = figures("وقال المتحدث " + text)
    assert [(f.value, f.qualifier) for f in found] == [(12000, qualifier)]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a place named earlier in the sentence does not decide the status of a later figure
        (
            "وقالت كييف إن وحدات كورية شمالية بلغت كورسك، مضيفة أن نحو 7 آلاف جندي، بينهم ضباط، "
            "يتلقون التدريب في معسكرات الشرق الأقصى.",
            "training",
        ),
        ("وقالت سيول إن كوريا الشمالية تعتزم إرسال نحو 6 آلاف جندي إضافي إلى روسيا.", "possible"),
        (
            "وقالت سيول إن القوات الروسية نقلت قبل أيام 2000 جندي كوري شمالي إلى جبهة كورسك، "
            "في إطار قرار بإرسال نحو 9 آلاف جندي.",
            "in_kursk",
        ),
        ("وقال البنتاغون إن نحو 4 آلاف جندي كوري شمالي انتقلوا إلى شرق روسيا.", "arrived"),
        (
            "وقال زيلينسكي إن عدد القتلى والجرحى في صفوف القوات الكورية الشمالية بكورسك تجاوز 2500.",
            "casualties",
        ),
    ],
)
def test_status_from_cues_in_the_figures_own_clause(sentence: str, status: str) -> None:
    assert figures(sentence)[0].status == status


def test_planned_total_is_possible_and_moved_figure_arrived() -> None:
    text = (
        "وقالت سيول إن 2000 جندي كوري شمالي نقلوا بحرا إلى فلاديفوستوك، في إطار قرار بإرسال نحو 9 آلاف جندي."
    )
    assert [(f.value, f.status) for f in figures(text)] == [(2000, "arrived"), (9000, "possible")]


def test_claimant_is_the_subject_or_the_institution_referred_back_to_never_the_outlet() -> None:
    text = (
        "المصدر: وكالة الأنباء العربية + وكالات\n"
        "وقال جهاز الاستخبارات الوطني في كوريا الجنوبية إن الوضع يتطور بسرعة.\n"
        "ورفع الجهاز، الثلاثاء، تقديره لعدد الجنود الكوريين الشماليين في روسيا إلى نحو 7 آلاف جندي.\n"
        "في المقابل، تتحدث الولايات المتحدة عن وجود ما بين 8 و9 آلاف عسكري كوري شمالي في روسيا.\n"
        "وتشير تقديرات كوريا الجنوبية إلى أن بيونغ يانغ أرسلت نحو 10 آلاف جندي إلى روسيا."
    )
    claimants = [f.claimant.id for f in figures(text)]
    assert claimants == ["south-korea-nis", "united-states", "south-korea"]


def test_a_small_figure_counts_the_dead_but_not_a_force() -> None:
    dead = figures("أفادت التقارير أن تسعة من الجنود الكوريين الشماليين لقوا حتفهم في كورسك.")
    assert [(f.value, f.measure) for f in dead] == [(9, "killed")]
    assert figures("وقالت سيول إن كوريا الشمالية أرسلت 9 جنود إلى روسيا للتدريب.") == []


def test_a_number_followed_by_a_casualty_verb_is_its_own_figure() -> None:
    found = figures(
        "وقالت مصادر كورية جنوبية لرويترز إن كوريا الشمالية أرسلت نحو 14 ألف جندي إلى روسيا"
        " وإن أكثر من ستة آلاف قتلوا."
    )
    assert [(f.value, f.qualifier, f.measure) for f in found] == [
        (14000, "about", "deployed"),
        (6000, "more_than", "killed"),
    ]
    assert {f.claimant.name_ar for f in found} == {"مصادر كورية جنوبية"}


def test_a_casualty_noun_in_a_sentence_naming_north_korea_counts_its_soldiers() -> None:
    found = figures("وقال النائب إن كوريا الشمالية تكبدت خسائر بشرية من بينها 600 قتيل على الجبهة.")
    assert [(f.value, f.measure) for f in found] == [(600, "killed")]


def test_an_impersonal_estimate_is_unattributed_whatever_came_before() -> None:
    found = figures(
        "ووفق الصور الرسمية، يظهر تمثال لجندي كوري شمالي.\n"
        "ويُقدّر أن كوريا الشمالية نشرت نحو 14 ألف جندي في منطقة كورسك."
    )
    assert [(f.value, f.claimant.id) for f in found] == [(14000, "unattributed")]


def test_killed_and_wounded_figures_side_by_side_keep_their_own_measures() -> None:
    found = figures(
        "ونقل مشرع كوري جنوبي عن وكالة التجسس في سيول أن حوالي 300 جندي كوري شمالي قُتلوا وأصيب 2700 آخرون."
    )
    assert [(f.value, f.measure) for f in found] == [(300, "killed"), (2700, "wounded")]
    both = figures("وقالت سيول إن 1100 جندي كوري شمالي قتلوا أو أصيبوا في كورسك.")
    assert [(f.value, f.measure) for f in both] == [(1100, "casualties")]


def test_described_sources_with_plural_nationalities_claim_their_figures() -> None:
    found = figures("وأكدت مصادر أمريكية وجود أكثر من 10,000 جندي كوري شمالي في روسيا.")
    assert [(f.value, f.claimant.name_ar, f.claimant.name_en) for f in found] == [
        (10000, "مصادر أمريكية", "US sources")
    ]


def test_figure_in_a_clause_after_bad_an_belongs_to_that_clause_speaker() -> None:
    text = (
        "أعلن الرئيس الكوري الجنوبي يون سوك يول أن التعاون العسكري بين البلدين يشكل تهديدا كبيرا، "
        "بعد أن أكدت وزارة الدفاع الأميركية أن كوريا الشمالية أرسلت نحو 10 آلاف جندي إلى روسيا."
    )
    (figure,) = figures(text)
    assert figure.claimant.id == "pentagon"


def test_a_long_leading_according_to_names_its_source() -> None:
    text = (
        "وفقًا للبيانات الأخيرة التي شاركتها الاستخبارات الكورية الجنوبية في اجتماع لجنة الاستخبارات في "
        "الجمعية الوطنية، أرسلت كوريا الشمالية حوالي 15 ألف جندي إلى روسيا."
    )
    (figure,) = figures(text)
    assert figure.claimant.id == "south-korea-nis"


@pytest.mark.parametrize(
    "text",
    [
        "عاد أفراد فوج المهندسين 528 الكوري الشمالي إلى بيونغ يانغ بعد إنجاز المهمة في كورسك.",
        "أشاد بوتين بالقوات الكورية الشمالية، حيث أفادت وزارة الدفاع بأن خسائر كييف تجاوزت 77 ألف قتيل.",
    ],
)
def test_a_units_number_and_another_armys_losses_are_not_figures(text: str) -> None:
    assert figures(text) == []


def test_sources_in_several_capitals_are_one_described_claimant() -> None:
    (figure,) = figures("وقد أكدت مصادر من سيول وواشنطن وكييف وجود أكثر من 10,000 جندي كوري شمالي في روسيا.")
    assert figure.claimant.name_ar == "مصادر من سيول وواشنطن وكييف"
    assert figure.claimant.name_en == "sources"  # no one side: not "South Korean sources"


def test_the_next_sentence_may_name_the_source_of_a_figure() -> None:
    text = (
        "يتمركز حوالي 11 ألف جندي من كوريا الشمالية في منطقة كورسك الروسية.\n"
        "وهذا بحسب رئيس الاستخبارات العسكرية الأوكرانية، كيريلو بودانوف، الذي تحدث لموقع إخباري."
    )
    (figure,) = figures(text)
    assert figure.claimant.id == "kyrylo-budanov"


def test_a_figure_in_a_relative_clause_belongs_to_the_noun_it_describes() -> None:
    text = (
        "وقال بيسكوف للصحفيين، تعليقا على تصريحات لمسؤولين أميركيين، التي تزعم بأن هناك نحو 10 آلاف "
        "عسكري من كوريا الشمالية على الأراضي الروسية، إنه لن يعلق."
    )
    (figure,) = figures(text)
    assert (figure.claimant.name_ar, figure.claimant.name_en) == ("مسؤولين أميركيين", "US officials")


def test_a_source_relayed_inside_the_subject_claims_the_figure() -> None:
    (figure,) = figures(
        'ذكرت صحيفة "نيويورك تايمز" نقلا عن مسؤولين أميركيين أن نحو 1200 جندي كوري شمالي قتلوا أو أصيبوا.'
    )
    assert figure.claimant.name_ar == "مسؤولين أميركيين"
    assert figure.via is not None and "نيويورك تايمز" in figure.via.name_ar


def test_officials_who_believe_claim_but_it_is_believed_does_not() -> None:
    (named,) = figures("ويعتقد مسؤولون في البنتاغون أن ما لا يقل عن 8 آلاف جندي كوري شمالي انتشروا في كورسك.")
    assert named.claimant.name_ar == "مسؤولون في البنتاغون"
    (impersonal,) = figures("ويُعتقد أن 8 آلاف جندي كوري شمالي انتشروا في منطقة كورسك.")
    assert impersonal.claimant.id == "unattributed"


def test_the_count_of_the_dead_before_the_number() -> None:
    (figure,) = figures(
        "وبلغ عدد القتلى الكوريين الشماليين نحو 4 آلاف، بحسب تقديرات الاستخبارات الكورية الجنوبية."
    )
    assert (figure.value, figure.measure, figure.claimant.id) == (4000, "killed", "south-korea-nis")


def test_a_comma_set_relay_keeps_the_agency_as_relayer() -> None:
    (figure,) = figures(
        "وأفادت وكالة يونهاب، نقلا عن مصادر حكومية، بأن كوريا الشمالية أرسلت 4 آلاف جندي إضافي."
    )
    assert figure.claimant.name_ar == "مصادر حكومية"
    assert figure.via is not None and figure.via.id == "yonhap"


def test_named_assessments_outrank_a_bare_estimates_verb() -> None:
    text = (
        "وفقًا للتقييمات الأوكرانية والغربية، تشير التقديرات، التي تحدثت عنها رويترز، إلى أن نحو 11 ألف "
        "جندي كوري شمالي تم نشرهم في منطقة كورسك."
    )
    (figure,) = figures(text)
    assert figure.claimant.name_ar == "التقييمات الأوكرانية والغربية"


def test_estimates_that_show_are_a_claims_source_not_a_statement() -> None:
    text = "تظهر تقديرات استخباراتية في سيول أن كوريا الشمالية خسرت نحو ألفي جندي في الحرب ضد أوكرانيا."
    found = extract_source(make_source("t", text, PUBLISHED))
    (figure,) = found.troop_estimates
    assert (figure.value, figure.measure) == (2000, "killed")
    assert figure.claimant.id == "south-korea-nis"  # intelligence estimates in Seoul: the agency's
    assert found.quotes == ()
    shown = extract_source(
        make_source(
            "t", "وعلقت لافتات ضخمة في أنحاء بيونغ يانغ، وفق ما أظهرت مشاهد نقلتها فرانس برس.", PUBLISHED
        )
    )
    assert shown.quotes == ()


def test_an_earlier_estimate_after_a_lawmakers_quotation_is_the_agencys_not_his() -> None:
    # real page (emaratalyoum): the lawmaker's quotation closes, then "، وكانت الاستخبارات … قدّرت
    # بأن … أرسلت نحو 10 آلاف جندي": the agencies' estimate; "تُقدّر حالياً" names no estimator
    text = (
        "وقال النائب لي سيونغ-كوون للصحافيين، بعد إحاطة من الاستخبارات الوطنية الكورية الجنوبية، إن "
        "تقديراتها، في أبريل الماضي، كانت أن عدد القتلى «خلال الحرب كان 600 على الأقل، لكن بناء على "
        "تقييمات محدّثة، تُقدّر حالياً بأن الحصيلة نحو 2000»، وكانت الاستخبارات الكورية الجنوبية "
        "والغربية قدّرت بأن كوريا الشمالية أرسلت نحو 10 آلاف جندي للقتال إلى جانب موسكو."
    )
    by_value = {f.value: f for f in figures(text)}
    assert by_value[10000].claimant.id == "south-korea-nis"
    assert by_value[600].claimant.name_ar == "لي سيونغ-كوون"
    assert all("حالي" not in f.claimant.name_ar for f in by_value.values())
    lawmaker = [
        q for q in extract_source(make_source("t", text)).quotes if q.speaker.name_ar == "لي سيونغ-كوون"
    ]
    assert lawmaker and not lawmaker[0].text.endswith("وكانت الاستخبارات الكورية الجنوبية والغربية")


@pytest.mark.parametrize(
    "text",
    [
        # real pages: skynewsarabia ("أسر الجيش الأوكراني لجنديين"),
        # almojaaz ("الجنديين … اللذين وقعا في الأسر")
        "وأعلن زيلينسكي أسر الجيش الأوكراني لجنديين من كوريا الشمالية في كورسك.",
        "وقال زيلينسكي إن الجنديين الكوريين الشماليين اللذين وقعا في الأسر هما البداية فقط.",
    ],
)
def test_two_captives_told_by_a_dual_noun_with_a_prefix(text: str) -> None:
    found = figures(text)
    assert [(f.value, f.measure, f.claimant.id) for f in found] == [(2, "captured", "volodymyr-zelensky")]


def test_a_year_the_date_reader_does_not_take_is_no_troop_count() -> None:
    # real page (profilpelajar): "وفي خريف 2024، أرسلت أفرادًا عسكريين قُدروا بالآلاف إلى روسيا"
    text = (
        "أرسلت كوريا الشمالية الذخائر والسلاح إلى روسيا؛ وفي خريف 2024، أرسلت أفرادًا عسكريين قُدروا "
        "بالآلاف إلى روسيا لمساعدتها في العمل العسكري ضد أوكرانيا."
    )
    assert figures(text) == []


def test_an_adverb_is_never_the_claimant_of_a_figure() -> None:
    # real page (albayan): "لكن بناء على تقييمات محدّثة، تقدّر حاليا بأن الحصيلة هي نحو ألفين"
    text = (
        "وقال النائب لي سيونغ-كوون للصحافيين إن عدد القتلى الكوريين الشماليين كان 600 على الأقل، "
        "لكن بناء على تقييمات محدّثة، تقدّر حاليا بأن الحصيلة هي نحو ألفي قتيل."
    )
    assert all("حالي" not in f.claimant.name_ar for f in figures(text))


def test_a_source_named_after_the_figure_and_followed_by_more_of_its_words_claims_it() -> None:
    # real page (alayamegy): "… وأرسل 12 ألف جندي لدعم غزو بوتن لأوكرانيا، …، وفقًا لما أعلنته وكالة
    # أنباء يونهاب الكورية الجنوبية أن القوات الكورية الشمالية غادرت البلاد بالفعل"
    text = (
        "تجاهل كيم جونج أون زعيم كوريا الشمالية التحذيرات وأرسل 12 ألف جندي لدعم روسيا، وفقًا لما "
        "أعلنته وكالة يونهاب الكورية الجنوبية أن القوات الكورية الشمالية غادرت البلاد بالفعل."
    )
    assert [(f.value, f.claimant.id) for f in figures(text)] == [(12000, "yonhap")]


def test_the_nationality_as_a_noun_counts_the_dead_wounded_or_captured_but_not_a_force() -> None:
    # real pages: mashaher ("أكثر من 200 كوري شمالي مصاب"), alayamegy ("مقتل ستة كوريين شماليين")
    (wounded,) = figures(
        "وأفاد جهاز الاستخبارات الأوكراني بأنه جرى نقل أكثر من 200 كوري شمالي مصاب إلى مستشفى قرب موسكو."
    )
    assert (wounded.value, wounded.qualifier, wounded.measure) == (200, "more_than", "wounded")
    killed = figures("وقالت وكالة يونهاب إن ستة كوريين شماليين قتلوا في ضربة صاروخية أوكرانية على كورسك.")
    assert [(f.value, f.measure) for f in killed] == [(6, "killed")]
    # the same words with no casualty are people, maybe workers: no troop figure
    assert figures("وقال مسؤولون إن نحو 15 ألف كوري شمالي يعملون في روسيا منذ بدء الحرب في أوكرانيا.") == []


def test_a_small_number_followed_by_a_casualty_verb_counts_the_dead() -> None:
    # real page (journa): "وكرم تسعة قتلوا أثناء القتال"
    (dead,) = figures(
        "قالت وسائل إعلام رسمية إن الزعيم الكوري الشمالي رحب بجنود عائدين من الحرب في أوكرانيا، "
        "وكرم تسعة قتلوا أثناء القتال بأعلى وسام في بلاده."
    )
    assert (dead.value, dead.measure) == (9, "killed")


def test_a_wounded_figure_after_its_verb_and_qualifier_is_not_casualties() -> None:
    # real page (cnnarabic): "قُتلوا وأصيب ما يقرب من 1000 منذ نشرهم"
    found = figures(
        "وقال نائب كوري جنوبي إن نحو 100 جندي كوري شمالي يُعتقد أنهم قُتلوا "
        "وأصيب ما يقرب من 1000 منذ نشرهم في كورسك."
    )
    assert sorted((f.value, f.measure) for f in found) == [(100, "killed"), (1000, "wounded")]


def test_a_part_of_the_force_just_counted_is_a_figure_of_its_own() -> None:
    # real page (lesvinsducellier): "…، منهم نحو 8 آلاف منتشرين في منطقة كورسك"
    found = figures(
        "كشف وزير الخارجية الأميركي أنتوني بلينكن أن نحو 10 آلاف جندي كوري شمالي يتواجدون حالياً "
        "في روسيا، منهم نحو 8 آلاف منتشرين في منطقة كورسك."
    )
    assert sorted((f.value, f.qualifier, f.claimant.id) for f in found) == [
        (8000, "about", "antony-blinken"),
        (10000, "about", "antony-blinken"),
    ]
    # with no figure before it, "منهم" counts nothing
    assert figures("وقال المسؤول إن كثيرين منهم نحو 8 آلاف في كورسك الروسية بحسب كوريا الشمالية.") == []


def test_cases_of_death_are_the_dead() -> None:
    # real page (a5r5br): "… بـ 5 آلاف، بما في ذلك 600 حالة وفاة على الأقل"
    found = figures(
        "تقدر المخابرات الوطنية الكورية الجنوبية عدد الضحايا الكوريين الشماليين بـ 5 آلاف، "
        "بما في ذلك 600 حالة وفاة على الأقل."
    )
    assert (600, "at_least", "killed") in [(f.value, f.qualifier, f.measure) for f in found]


def test_captives_named_in_a_speakers_subject_are_not_that_speakers_claim() -> None:
    # real page (a5r5br): "كشفت مذكرات جنديين كوريين شماليين أُسرا أن …" (the diaries do not count them)
    (captives,) = figures("كشفت مذكرات جنديين كوريين شماليين أُسرا أن الكثيرين لم يعرفوا مكان وجودهم.")
    assert (captives.value, captives.measure, captives.claimant.id) == (2, "captured", "unattributed")


def test_dead_counted_right_after_a_sentence_on_north_korea() -> None:
    """The casualty sentence names no country; the one before names North Korea's troops."""
    found = figures(
        "وأعلنت كوريا الشمالية لأول مرة إرسال قواتها إلى كورسك.\n"
        "وأشار جهاز الاستخبارات الوطني، أمام لجنة برلمانية، إلى أن الخسائر البشرية تشمل 600 قتيل."
    )
    assert [(f.value, f.measure) for f in found] == [(600, "killed")]


def test_dead_of_another_army_after_a_sentence_on_north_korea_are_not_counted() -> None:
    found = figures(
        "وأعلنت كوريا الشمالية لأول مرة إرسال قواتها إلى كورسك.\n"
        "وقالت أوكرانيا إن الخسائر البشرية الروسية تشمل 600 قتيل."
    )
    assert found == []


def test_deminers_and_military_builders_are_engineers_but_workers_are_not_troops() -> None:
    found = figures(
        "وقال المسؤول إن كوريا الشمالية قررت إرسال 1000 خبير متفجرات و 5000 عامل بناء عسكري "
        "للمساعدة في إعادة بناء كورسك. وأرسلت كوريا الشمالية 3000 عامل إلى روسيا."
    )
    assert sorted((f.value, f.measure) for f in found) == [(1000, "engineers"), (5000, "engineers")]


def test_losses_estimated_at_a_number_with_no_noun_after_it() -> None:
    """ "تكبدت خسائر بشرية تُقدَّر بـ4700، من بينها 600 قتيل": both figures, casualties and killed."""
    found = figures(
        "وقال جهاز الاستخبارات الوطني إن كوريا الشمالية تكبدت خسائر بشرية تُقدَّر بـ4700، "
        "من بينها 600 قتيل، على الجبهات الأمامية."
    )
    assert sorted((f.value, f.measure) for f in found) == [(600, "killed"), (4700, "casualties")]


def test_dead_then_about_the_thousand_wounded_keep_their_own_measures() -> None:
    """ "نحو 100 جندي … لقوا حتفهم وأصيب ما يقارب الألف آخرين": 100 killed, about 1,000 wounded."""
    found = figures(
        "وذكر مصدر كوري جنوبي أن نحو 100 جندي كوري شمالي لقوا حتفهم وأصيب ما يقارب الألف آخرين "
        "منذ نشرهم في كورسك."
    )
    assert sorted((f.value, f.measure, f.qualifier) for f in found) == [
        (100, "killed", "about"),
        (1000, "wounded", "about"),
    ]
