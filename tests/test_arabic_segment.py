"""Sentence segmentation: offsets, quotes, numbers, ellipses, abbreviations, paragraphs."""

from hypothesis import given
from hypothesis import strategies as st

from generator.arabic.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_on_arabic_and_latin_terminators() -> None:
    text = "وصل الوفد صباحا. هل انتهت الجولة؟ نعم! وبدأت المحادثات"
    assert sentences(text) == ["وصل الوفد صباحا.", "هل انتهت الجولة؟", "نعم!", "وبدأت المحادثات"]


def test_every_line_break_ends_a_sentence_and_spans_are_trimmed() -> None:
    text = "  عنوان الخبر  \n\nالفقرة الأولى بلا نقطة\nالفقرة الثانية."
    assert sentences(text) == ["عنوان الخبر", "الفقرة الأولى بلا نقطة", "الفقرة الثانية."]
    start, end = split_sentences(text)[0]
    assert (start, end) == (2, 13)


def test_decimal_and_thousands_numbers_do_not_split() -> None:
    text = "ارتفع المؤشر 3.5 نقطة وبلغ العدد 1,500 ثم ١٬٥٠٠ و2.000 جندي. انتهى"
    assert sentences(text) == ["ارتفع المؤشر 3.5 نقطة وبلغ العدد 1,500 ثم ١٬٥٠٠ و2.000 جندي.", "انتهى"]


def test_no_split_inside_any_quote_style() -> None:
    for open_q, close_q in [('"', '"'), ("“", "”"), ("«", "»"), ("»", "«")]:
        text = f"قال الوزير: {open_q}سنرد بقوة. لن نتراجع{close_q} ثم غادر. وانتهى اللقاء"
        assert sentences(text) == [
            f"قال الوزير: {open_q}سنرد بقوة. لن نتراجع{close_q} ثم غادر.",
            "وانتهى اللقاء",
        ], open_q


def test_terminator_before_closing_quote_ends_sentence_after_quote() -> None:
    text = "وأضاف: «نحن مستعدون تماما.» وتابع المتحدث حديثه"
    assert sentences(text) == ["وأضاف: «نحن مستعدون تماما.»", "وتابع المتحدث حديثه"]


def test_unbalanced_quote_is_bounded_to_its_paragraph() -> None:
    text = 'قال المسؤول "هذا كلام غير دقيق. وأضاف\nفقرة جديدة. وجملة أخرى.'
    result = sentences(text)
    assert result[-2:] == ["فقرة جديدة.", "وجملة أخرى."]


def test_unclosed_quote_does_not_swallow_its_paragraph() -> None:
    text = "بدأ الاجتماع. وقال المندوب “لا تعليق. ثم انسحب الوفد. وعاد لاحقا."
    assert sentences(text)[0] == "بدأ الاجتماع."
    assert sentences(text)[-1] == "وعاد لاحقا."


def test_stray_quote_between_spaces_is_ignored() -> None:
    text = "وصفها بأنها “الأقوى”. ” وتابع الرئيس كلامه. ثم غادر"
    assert sentences(text)[-1] == "ثم غادر"


def test_double_dot_ellipsis_continues_the_sentence() -> None:
    text = "روسيا وكوريا الشمالية.. تحالف جديد... وتحذيرات غربية. ثم جملة"
    assert sentences(text) == ["روسيا وكوريا الشمالية.. تحالف جديد... وتحذيرات غربية.", "ثم جملة"]


def test_abbreviations_and_list_numbers_do_not_split() -> None:
    text = "وقال د. أحمد إن U.S. ترفض. 3. بند مرقم في القائمة"
    assert sentences(text) == ["وقال د. أحمد إن U.S. ترفض.", "3. بند مرقم في القائمة"]
    assert sentences("1. البند الأول من الاتفاق") == ["1. البند الأول من الاتفاق"]


def test_punctuation_only_lines_are_dropped() -> None:
    assert sentences("…\n- \nنص") == ["نص"]


@given(st.text())
def test_never_raises_and_spans_are_ordered_inside_text(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end


@given(st.text(alphabet=st.sampled_from(list('ابت ."“”«»\n؟!.0123456789,،'))))
def test_never_raises_on_punctuation_heavy_text(text: str) -> None:
    for start, end in split_sentences(text):
        assert 0 <= start < end <= len(text)


def test_a_stop_glued_between_arabic_words_still_ends_the_sentence() -> None:
    assert sentences('قال بوتين "جئنا إلى هنا".ووصل كيم إلى القاعدة.وتحدث الزعيمان') == [
        'قال بوتين "جئنا إلى هنا".',
        "ووصل كيم إلى القاعدة.",
        "وتحدث الزعيمان",
    ]
    assert sentences("زار الموقع www.kcna.kp ونسبة 3.5 بالمئة") == ["زار الموقع www.kcna.kp ونسبة 3.5 بالمئة"]


def test_a_closing_quote_whose_opening_one_was_lost_does_not_pair_with_the_next_quotation() -> None:
    # Real page (lebanonalhadath.com): a closing mark with no opening one, then a full quotation;
    # pairing the lost closer with the next opener used to hide the sentence "ووصل كيم …".
    text = 'ستشمل التعاون العسكري". ونقلت الوكالات عن بوتين قوله "جئنا إلى هنا".ووصل كيم إلى القاعدة. وذكرت'
    assert sentences(text) == [
        'ستشمل التعاون العسكري".',
        'ونقلت الوكالات عن بوتين قوله "جئنا إلى هنا".',
        "ووصل كيم إلى القاعدة.",
        "وذكرت",
    ]


def test_a_model_name_with_a_dot_is_not_two_sentences() -> None:
    text = "وأفاد مصدر عسكري بأن صاروخاً من طراز كيه.إن-23 أطلق من كوريا الشمالية."
    assert sentences(text) == [text]


def test_a_word_ending_in_tanween_and_alef_ends_its_sentence() -> None:
    # real page (elnabaa.net, real8): "قريبًا." is a whole word, not a one-letter abbreviation "ا."
    text = (
        "كما قالت إنه من المتوقع إرسال المزيد من القوات الكورية الشمالية إلى روسيا قريبًا. وقالت وكالة "
        "الاستخبارات الوطنية إن الجنود الكوريين الشماليين المنتشرين في روسيا حصلوا على زي عسكري روسي."
    )
    assert len(sentences(text)) == 2
    assert sentences("قال د. أحمد إن الوفد وصل.") == ["قال د. أحمد إن الوفد وصل."]


def test_a_curly_quotation_closed_with_a_straight_mark_is_one_sentence() -> None:
    # real page (egy.elneel.org, real22), verbatim: opened with “ and closed with "
    text = 'وأضاف أوستن للصحفيين: “ماذا يفعلون بالضبط؟ نحن في انتظار ذلك. هذه أمور علينا حلها".'
    assert sentences(text) == [text]


def test_quotation_cut_off_at_the_end_of_an_excerpt_runs_to_its_end() -> None:
    # an excerpt that stops mid-quotation (no full stop at the end): the quotation's sentences
    # stay one; one that ends with a full stop lost its closing mark (see the test above)
    text = 'وقال المندوب "يستمر التوتر. كيف حدث هذا؟... يجب على الولايات المتحدة أن تفكر في أ'
    assert sentences(text) == [text]
    assert len(sentences(text + "مور كثيرة.")) == 3


def test_quotation_of_several_paragraphs_runs_to_each_paragraph_end() -> None:
    # each paragraph of a long quotation opens with a mark, only the last one closes
    text = "وقال المسؤول: «يبدو أن بعض القوات وصلت. ولا نعرف عددها.\n«سنرى خلال أيام. هذا مؤكد»."
    assert sentences(text) == [
        "وقال المسؤول: «يبدو أن بعض القوات وصلت. ولا نعرف عددها.",
        "«سنرى خلال أيام. هذا مؤكد».",
    ]


def test_double_prime_after_a_digit_closes_a_quotation() -> None:
    # '“روسيا 1″': WordPress types the closing mark after a digit as a double prime
    text = "وقال بوتين لقناة “روسيا 1″ إن الأمر ثنائي. وأضاف أن القرار للدولتين وح"
    assert sentences(text) == ["وقال بوتين لقناة “روسيا 1″ إن الأمر ثنائي.", "وأضاف أن القرار للدولتين وح"]


def test_a_hard_wrapped_text_runs_its_cut_lines_on() -> None:
    # a print layout wrapped at a fixed width (lines cut after a comma, a preposition, before a
    # nisba adjective or after a noun in -ة): one sentence per full stop, not one per line
    text = (
        "أعلن الجيش\n"
        "الأوكراني، عن استهداف مركز قيادة للجيش الروسي في منطقة كورسك،\n"
        "ضمن مساعيه لتعطيل عمليات القوات الروسية.\n"
        "وأكدت هيئة\n"
        "الأركان العامة أن الضربة كانت دقيقة إلى جانب\n"
        "القوات الأخرى."
    )
    assert [s.replace("\n", " ") for s in sentences(text)] == [
        "أعلن الجيش الأوكراني، عن استهداف مركز قيادة للجيش الروسي في منطقة كورسك، ضمن مساعيه لتعطيل "
        "عمليات القوات الروسية.",
        "وأكدت هيئة الأركان العامة أن الضربة كانت دقيقة إلى جانب القوات الأخرى.",
    ]


def test_a_headline_line_stays_apart_even_in_a_hard_wrapped_text() -> None:
    text = (
        "أوكرانيا تأسر جندي كوري مصاب\n"
        "وتؤكد كييف أن نحو 12 ألف عسكري،\nيشاركون في القتال.\n"
        "وقال إن الأسرى،\nبخير."
    )
    assert sentences(text)[0] == "أوكرانيا تأسر جندي كوري مصاب"
    assert len(sentences(text)) == 3


def test_a_long_line_of_a_wrapped_text_runs_on_after_a_verb_or_a_first_name() -> None:
    # https://arabi21.net/storyamp/1606658/كوريا-الجنوبية-ترد-على-تحذيرات-بوتين-سندعم-أوكرانيا-عسكريا
    # one line cut after a preposition shows the wrapping; the others break after a verb ("زودت")
    # and inside a name ("فلاديمير\nبوتين")
    text = (
        "حذر مستشار الأمن الوطني بالمكتب الرئاسي الكوري الجنوبي، جانغ هو جين، من أنه إذا زودت\n"
        "روسيا كوريا الشمالية بأسلحة متطورة، فلن تتسمك بلاده بأي قيود وستقدم مساعدات عسكرية لأوكرانيا.\n"
        'وأضاف أنه "إذا كان الجانب الروسي يريد استعادة العلاقات مع\n'
        'كوريا الجنوبية بعد حربه في أوكرانيا، فأود أن أؤكد من جديد أنه يتعين عليه أن يفكر بعناية".\n'
        "وقالت الحكومة الكورية الجنوبية إنها ستراجع إمكانية تزويد أوكرانيا بالأسلحة بعد أن وقع زعيم كوريا "
        "الشمالية كيم جونغ أون، والرئيس الروسي فلاديمير\n"
        "بوتين، اتفاقية الشراكة الاستراتيجية والدفاع المشترك.\n"
    )
    found = [s.replace("\n", " ") for s in sentences(text)]
    assert len(found) == 3
    assert found[0].startswith("حذر") and found[0].endswith("لأوكرانيا.")
    assert "فلاديمير بوتين، اتفاقية" in found[2]


def test_a_long_headline_stays_apart_in_a_text_not_wrapped() -> None:
    # written for this test: no line is cut after a comma or a preposition, so nothing runs on
    text = (
        "كوريا الجنوبية ترد على تحذيرات بوتين وتؤكد أنها ستدعم أوكرانيا عسكريا "
        "إذا زودت موسكو بيونغ يانغ بالسلاح\n"
        "حذر مستشار الأمن الوطني من أن بلاده لن تتمسك بأي قيود.\n"
    )
    assert len(sentences(text)) == 2


# https://mideastobserver.com/?amp=1&p=12708 (verbatim lines 3–8)
MIDEASTOBSERVER = (
    "تتهم الولايات المتحدة وبريطانيا وكوريا الجنوبية وأوكرانيا ودول أخرى روسيا بانتهاك قرارات الأمم المتحدة "
    "وميثاقها بنشر قوات من كوريا الشمالية\n\n"
    "قال روبرت وود نائب السفيرة الأميركية لدى الأمم المتحدة لمجلس الأمن التابع للمنظمة الدولية، الخميس، إن "
    "الولايات المتحدة تلقت معلومات\n"
    "تشير إلى وجود ثمانية آلاف جندي من كوريا الشمالية “حاليا” في منطقة كورسك الروسية.\n\n"
    "وأضاف وود “لدي سؤال وجيه جدا لزميلي الروسي: هل لا تزال روسيا تصر على عدم وجود قوات من جمهورية كوريا "
    "الديمقراطية الشعبية في روسيا؟”.\n"
)


def test_a_single_line_break_inside_a_blank_line_paragraph_is_a_wrap() -> None:
    found = [s.replace("\n", " ") for s in sentences(MIDEASTOBSERVER)]
    assert found[1].startswith("قال روبرت وود") and found[1].endswith("في منطقة كورسك الروسية.")
    assert found[0].endswith("من كوريا الشمالية")  # the standfirst, set apart by a blank line, stays apart


def test_a_caption_line_without_a_comma_stays_apart_from_the_paragraph_under_it() -> None:
    # https://arabi21.org/storyamp/1636691/وزيرة-خارجية-كوريا-الشمالية-تصل-لموسكو-من-أجل-تعزيز-التعاون-العسكري
    text = (
        "وزيرة خارجية كوريا الشمالية تصل لموسكو من أجل تعزيز التعاون العسكري\n\n"
        "صادق مجلس الدوما على اتفاقية الشراكة الاستراتيجية الشاملة بين روسيا وكوريا الشمالية - جيتي\n"
        "أفادت وسائل إعلام روسية رسمية بوصول وزيرة خارجية كوريا الشمالية، تشو سون هو، إلى مدينة فلاديفوستوك "
        "في أقصى شرق روسيا الثلاثاء، ومن المقرر أن تزور العاصمة موسكو غدًا الأربعاء.\n\n"
        "وقالت الوزيرة إن الزيارة مهمة.\n"  # (this line written for this test)
    )
    found = sentences(text)
    assert found[1].endswith("- جيتي")
    assert found[2].startswith("أفادت وسائل إعلام روسية")
