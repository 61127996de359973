"""Dates: month systems, compound forms, missing years, weekdays, relative words, ranges."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.arabic.dates import YEAR_INFERRED, find_dates, infer_missing_years, parse_date

# A Thursday.
PUB = date(2023, 3, 16)


def first(text: str, published: date | None = PUB):
    match = parse_date(text, published)
    assert match is not None, text
    return match


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("وقعت في 5 إبريل 2021", "2021-04-05"),
        ("وقعت في 5 أبريل 2021", "2021-04-05"),
        ("بتاريخ ٣ يوليه ٢٠٢٢", "2022-07-03"),
        ("بتاريخ 3 يوليو 2022", "2022-07-03"),
        ("يوم 9 اغسطس 2020", "2020-08-09"),
        ("في 2 شباط 2019", "2019-02-02"),
        ("في 14 تشرين الثاني 2018", "2018-11-14"),
        ("في 1 كانون الثاني 2017", "2017-01-01"),
        ("في 30 أيلول/سبتمبر 2016", "2016-09-30"),
        ("في 12 سبتمبر/ أيلول 2016", "2016-09-12"),
        ("في 7 تموز (يوليو) 2015", "2015-07-07"),
        ("في 21 آب/أغسطس 2014", "2014-08-21"),
        ("في 11 نيسان 2013", "2013-04-11"),
        ("الموافق 2013-05-20", "2013-05-20"),
        ("الموافق 20/5/2013", "2013-05-20"),
        ("06/20/2024 - 20:05 PM", "2024-06-20"),  # month first: the only reading that is a date
        ("13-يناير-2025", "2025-01-13"),
        ("بوابة أوكرانيا 10 – يونيو – 2025 – وركز المسؤول", "2025-06-10"),
        ("الأربعاء ديسمبر 04, 2024 10:29 pm", "2024-12-04"),
    ],
)
def test_absolute_day_dates(text: str, iso: str) -> None:
    match = first(text)
    assert (match.iso, match.precision, match.resolved) == (iso, "day", True)


def test_span_covers_compound_month_in_original_text() -> None:
    text = "عقدت القمة في 4 كانون الأول/ديسمبر 2019 بحضور الوفود"
    match = first(text)
    assert text[match.start : match.end] == "4 كانون الأول/ديسمبر 2019"


def test_month_with_year() -> None:
    assert (first("في أيار/مايو 2012").iso, first("في أيار/مايو 2012").precision) == ("2012-05", "month")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("في 10 يناير الماضي", "2023-01-10"),  # earlier this year
        ("في 20 مارس الماضي", "2022-03-20"),  # after publication day, so last year
        ("في 20 مارس المقبل", "2023-03-20"),
        ("في 5 مايو المقبل", "2023-05-05"),
        ("في 12 مارس", "2023-03-12"),  # unmarked: latest not after publication
        ("في 25 ديسمبر", "2022-12-25"),
        ("في 3 أبريل الجاري", "2023-04-03"),
        # unmarked, and within three weeks after publication: the day to come ("مع دنو موعد قمة 12
        # حزيران" in a piece of 31 May), not the same day almost a year before
        ("قمة 2 نيسان/ أبريل", "2023-04-02"),
        ("في 6 أبريل", "2023-04-06"),
        ("في 10 أبريل", "2022-04-10"),  # 25 days on: last year's
    ],
)
def test_missing_year_comes_from_publication(text: str, iso: str) -> None:
    assert first(text).iso == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("في نوفمبر الماضي", "2022-11"),
        ("في آذار الماضي", "2022-03"),  # the publication month itself is not "past"
        ("في شباط الماضي", "2023-02"),
        ("في تموز المقبل", "2023-07"),
        ("خلال حزيران/يونيو", "2022-06"),
        ("خلال الشهر الجاري", "2023-03"),
    ],
)
def test_month_only_resolution(text: str, iso: str) -> None:
    match = first(text)
    assert (match.iso, match.precision) == (iso, "month")


def test_ambiguous_month_words_need_context() -> None:
    assert find_dates("مارس الوزير ضغطا كبيرا", PUB) == []
    assert first("منذ مارس").iso == "2023-03"
    assert find_dates("توفي الأب", PUB) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("من 3 إلى 6 فبراير", "2023-02-03", "2023-02-06"),
        ("بين 3 و6 فبراير", "2023-02-03", "2023-02-06"),
        ("3-6 فبراير 2021", "2021-02-03", "2021-02-06"),
        ("من 28 حتى 30 كانون الثاني 2020", "2020-01-28", "2020-01-30"),
    ],
)
def test_day_ranges(text: str, start: str, end: str) -> None:
    match = first(text)
    assert (match.precision, match.iso, match.end_iso) == ("range", start, end)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("وصل الخميس إلى العاصمة", "2023-03-16"),
        ("وصل يوم الثلاثاء", "2023-03-14"),
        ("تحدث مساء السبت", "2023-03-11"),
        ("أعلن، الإثنين، أن", "2023-03-13"),
        ("أعلن الاثنين الماضي", "2023-03-13"),
        ("اجتمعا صباح الأحد", "2023-03-12"),
        ("يصل الجمعة المقبل", "2023-03-17"),
        ("أمس", "2023-03-15"),
        ("أمس الأول", "2023-03-14"),
        ("اليوم", "2023-03-16"),
        ("غدا", "2023-03-17"),
        ("أمس الأربعاء", "2023-03-15"),
        ("صباح اليوم الخميس", "2023-03-16"),
    ],
)
def test_weekdays_and_relative_days(text: str, iso: str) -> None:
    match = first(text)
    assert (match.iso, match.precision, match.flag) == (iso, "day", None)


def test_a_scheduled_weekday_is_the_coming_one() -> None:
    # https://trt.global/arabi/article/bab01eb72849, read on a Thursday: the meeting is still to come
    assert first("لحضور اجتماع منظمة شنغهاي للتعاون، المقرر عقده يوم الثلاثاء.").iso == "2023-03-21"
    # written for this test: "القمة المرتقبة الجمعة", and a schedule that was ("كان من المقرر")
    assert first("قبل القمة المرتقبة الجمعة في ألاسكا").iso == "2023-03-17"
    assert first("وكان من المقرر أن يصل الثلاثاء").iso == "2023-03-14"
    # https://www.swissinfo.ch/ara/…/90228319, dated Sunday 26 October 2025: the Wednesday after
    [wednesday] = find_dates(
        "ويأتي هذا الإعلان في وقت من المقرر أن يزور الرئيس الأميركي دونالد ترامب كوريا الجنوبية الأربعاء "
        "لحضور منتدى التعاون الاقتصادي لآسيا والمحيط الهادئ",
        date(2025, 10, 26),
    )
    assert wednesday.iso == "2025-10-29"


def test_weekday_overrides_wrong_yesterday_and_is_flagged() -> None:
    # Published on a Thursday, "yesterday Thursday" means the publication day itself.
    match = first("التقى الوزيران أمس الخميس")
    assert (match.iso, match.flag) == ("2023-03-16", "weekday-mismatch")
    # "yesterday Monday" on a Thursday: the nearest Monday not after publication.
    assert first("أمس الاثنين").iso == "2023-03-13"


def test_today_with_the_next_days_weekday_is_that_next_day() -> None:
    # Published on a Thursday, "اليوم الجمعة": the piece was dated before midnight or in another
    # time zone; the Friday after, not the one six days before. Two days off is not stretched.
    match = first("أشاد الرئيس، اليوم الجمعة، بالجنود")
    assert (match.iso, match.flag) == ("2023-03-17", "weekday-mismatch")
    assert first("قال اليوم السبت إن").iso == "2023-03-11"


def test_explicit_date_wins_over_wrong_weekday() -> None:
    match = first("السبت، 16 مارس 2023")
    assert (match.iso, match.flag) == ("2023-03-16", "weekday-mismatch")
    assert first("الخميس 16 مارس 2023").flag is None


def test_a_weekday_before_a_yearless_date_the_page_date_places_is_one_date() -> None:
    # a page of 10 December 2024 telling of a Saturday a month before: not the Saturday before it
    published = date(2024, 12, 10)
    for text in ("يوم السبت 9 تشرين الثاني", "يوم السبت التاسع من تشرين الثاني", "السبت، التاسع من نوفمبر"):
        (match,) = find_dates(text, published)
        assert (match.iso, match.flag, match.text) == ("2024-11-09", None, text)
    (wrong,) = find_dates("يوم الأحد 9 نوفمبر", published)
    assert (wrong.iso, wrong.flag) == ("2024-11-09", "weekday-mismatch")


def test_al_ithnayn_meaning_the_two_is_not_a_date() -> None:
    assert find_dates("قال إن الاثنين اتفقا على التعاون", PUB) == []
    assert find_dates("اتفق الاثنين على التعاون", PUB) == []


def test_a_bare_monday_right_before_a_reported_clause_is_the_day() -> None:
    assert first("أعلن الوزير الاثنين أن القوات وصلت").iso == "2023-03-13"
    assert first("قال الرئيس الاثنين إنه سيزور موسكو").iso == "2023-03-13"


@pytest.mark.parametrize(
    ("text", "precision", "iso", "end_iso"),
    [
        ("الأسبوع الماضي", "range", "2023-03-06", "2023-03-12"),
        ("هذا الأسبوع", "range", "2023-03-13", "2023-03-19"),
        ("هذا الشهر", "month", "2023-03", None),
        ("الشهر الماضي", "month", "2023-02", None),
        ("الشهر المقبل", "month", "2023-04", None),
        ("العام الماضي", "year", "2022", None),
        ("العام المقبل", "year", "2024", None),
    ],
)
def test_relative_periods(text: str, precision: str, iso: str, end_iso: str | None) -> None:
    match = first(text)
    assert (match.precision, match.iso, match.end_iso) == (precision, iso, end_iso)


def test_years() -> None:
    found = find_dates("اتفاقية لعام 1961 ووثيقتا عامي 2000 و2001 والحرب (1950-1953)", PUB)
    assert [(m.iso, m.precision, m.end_iso) for m in found] == [
        ("1961", "year", None),
        ("2000", "year", None),
        ("2001", "year", None),
        ("1950", "range", "1953"),
    ]


def test_without_publication_date_relative_stays_unresolved() -> None:
    for text in ("أمس الجمعة", "في يونيو الماضي", "الأسبوع الماضي", "في 4 مايو"):
        match = first(text, None)
        assert match.resolved is False and match.iso is None, text
    assert first("في 4 مايو 2011", None).iso == "2011-05-04"


def test_today_inside_channel_name_is_not_a_date() -> None:
    assert find_dates("قالت قناة روسيا اليوم", PUB) == []


@given(st.text(), st.one_of(st.none(), st.dates()))
def test_find_dates_never_raises_and_spans_inside(text: str, published: date | None) -> None:
    for match in find_dates(text, published):
        assert 0 <= match.start < match.end <= len(text)


@given(
    st.text(alphabet=st.sampled_from(list("0123456789٠١٩ /-،(يونيوحزرانشتأمسالجمعةالثنينمن إلىو"))),
    st.one_of(st.none(), st.dates()),
)
def test_find_dates_never_raises_on_date_like_text(text: str, published: date | None) -> None:
    for match in find_dates(text, published):
        assert 0 <= match.start < match.end <= len(text)


def test_month_word_glued_to_a_prefix_is_not_an_ambiguous_month() -> None:
    assert find_dates("وقف في باب القاعة", PUB) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("انطلقت المناورات في الرابع من ديسمبر الجاري", "2023-12-04"),
        ("وصل الوفد في الأول من فبراير", "2023-02-01"),
        ("عقد الاجتماع في الثاني عشر من كانون الثاني الماضي", "2023-01-12"),
        ("وقعت الاتفاقية في الحادي والعشرين من مايو 2021", "2021-05-21"),
    ],
)
def test_ordinal_day_words_before_a_month(text: str, iso: str) -> None:
    match = first(text)
    assert (match.iso, match.precision) == (iso, "day")


def test_ordinal_word_without_a_month_is_not_a_date() -> None:
    assert find_dates("ناقش الفصل الرابع من التقرير والبند الثاني من الخطة", PUB) == []


def test_day_of_the_same_month_takes_the_month_named_before_it() -> None:
    found = find_dates("افتتح المعرض في 2 فبراير، وأغلق أبوابه في 20 من الشهر نفسه", PUB)
    assert [m.iso for m in found] == ["2023-02-02", "2023-02-20"]
    found = find_dates("زار الوزير بكين في 5 أيار 2022 وعاد إليها في 27 من الشهر ذاته", PUB)
    assert [m.iso for m in found] == ["2022-05-05", "2022-05-27"]


def test_day_of_the_same_month_without_an_earlier_month_is_not_read() -> None:
    assert find_dates("وعاد إليها في 27 من الشهر ذاته", PUB) == []


def _inferred(*sentences: str) -> list[list[tuple[str | None, str | None]]]:
    found = [find_dates(text, None) for text in sentences]
    return [[(m.iso, m.flag) for m in ms] for ms in infer_missing_years(found, list(sentences))]


def test_undated_article_gives_a_yearless_date_the_year_of_its_latest_explicit_date() -> None:
    result = _inferred("وقعت المعاهدة في 19 يونيو 2024.", "وصادق عليها البرلمان في 24 أكتوبر.")
    assert result == [[("2024-06-19", None)], [("2024-10-24", YEAR_INFERRED)]]


def test_yearless_date_long_before_the_latest_explicit_date_is_the_next_year() -> None:
    result = _inferred("وقعت المعاهدة في 19 يونيو 2024.", "وأكدت بيونغ يانغ الأمر في 10 فبراير.")
    assert result[1] == [("2025-02-10", YEAR_INFERRED)]


def test_weekday_beside_a_yearless_date_picks_the_one_year_it_fits() -> None:
    # 28 October fell on a Monday in 2024, not in 2022, 2023, 2025 or 2021
    result = _inferred("بدأ الغزو في فبراير 2022.", "قال البنتاغون يوم الاثنين 28 أكتوبر إن القوات وصلت.")
    assert result[1] == [("2024-10-28", YEAR_INFERRED)]


def test_yearless_dates_stay_unresolved_when_the_article_states_no_year() -> None:
    result = _inferred("وصادق عليها البرلمان في 24 أكتوبر.")
    assert result == [[(None, None)]]


def test_date_relative_to_an_unknown_publication_day_is_not_inferred() -> None:
    # "الماضي" points back from the day of writing, which an undated article does not give
    result = _inferred("أُلغيت معاهدة 9 فبراير 2000.", "ووقعت الوثيقة في 19 يونيو الماضي.")
    assert result[1] == [(None, None)]


def test_year_ranges_and_bare_years_do_not_anchor_a_yearless_date() -> None:
    result = _inferred("خلال الحرب الكورية (1950-1953) وعام 2000.", "وصادق عليها البرلمان في 24 أكتوبر.")
    assert result[1] == [(None, None)]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("وقعا المعاهدة في يونيو حزيران من العام الماضي، وتتضمن", "2022-06"),
        ("في 19 يونيو من العام الماضي", "2022-06-19"),
        ("في مارس من هذا العام", "2023-03"),
    ],
)
def test_a_year_named_relative_to_publication_after_the_month(text: str, iso: str) -> None:
    assert first(text).iso == iso


def test_so_far_is_no_date_but_today_still_is() -> None:
    published = date(2025, 1, 15)
    assert find_dates("قتل نحو 600 جندي حتى اليوم أثناء القتال", published) == []
    assert find_dates("وبقي الجنود في كورسك إلى اليوم", published) == []
    assert [d.iso for d in find_dates("وقال النائب اليوم إن 600 جندي قتلوا", published)] == ["2025-01-15"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("الموقعة في الـ 9 من شباط عام 2000", "2000-02-09"),
        ("في التاسع من فبراير من عام 2000", "2000-02-09"),
        ("في 19 يونيو من العام 2024", "2024-06-19"),
        ("في يونيو عام 2024", "2024-06"),
    ],
)
def test_the_word_year_between_month_and_year(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text, None)] == [iso]


def test_a_date_glued_to_the_words_around_it_is_still_read() -> None:
    # real page (thenationpress): "استدعت كوريا الجنوبية سفير روسيا لدى سيول الجمعة21يونيو2024،"
    text = "استدعت كوريا الجنوبية سفير روسيا لدى سيول الجمعة21يونيو2024، للاحتجاج"
    found = find_dates(text, None)
    assert [m.iso for m in found] == ["2024-06-21"]
    assert text[found[0].start : found[0].end] == "الجمعة21يونيو2024"  # the weekday agrees and joins it
    # a letter glued to a month name still makes another word
    assert find_dates("وصل ابيونيو الى", None) == []


def test_a_weekday_beside_a_yearless_date_of_no_known_year_is_one_date_with_its_month_and_day() -> None:
    # an undated article: no year fits, but "يوم الاثنين، 11 نوفمبر" is still one day and month
    [found] = infer_missing_years(
        [find_dates("تم يوم الاثنين، 11 نوفمبر.", None)], ["تم يوم الاثنين، 11 نوفمبر."]
    )
    assert [(m.text, m.iso, m.month_day) for m in found] == [("يوم الاثنين، 11 نوفمبر", None, "--11-11")]


def test_the_next_day_is_the_day_after_the_one_told_before_it_never_today() -> None:
    # written for this test
    found = find_dates("وصل كيم يوم 12 سبتمبر والتقى بوتين في اليوم التالي.", date(2023, 9, 18))
    assert [(m.text, m.iso) for m in found] == [
        ("12 سبتمبر", "2023-09-12"),
        ("في اليوم التالي", "2023-09-13"),
    ]
    assert (
        find_dates("وفي اليوم التالي التقى بوتين.", date(2023, 9, 18)) == []
    )  # its day is in another sentence


def test_the_same_day_is_the_day_told_before_it_never_today() -> None:
    # https://khaleeji247.com (tests/gold/real41/r41_04_khaleeji247.yml): "في نفس اليوم" was read as
    # "اليوم", the publication day
    found = find_dates(
        "وزير الدفاع الأمريكي لويد أوستن قال الأربعاء إن هناك أدلة على تدريب الجنود الكوريين الشماليين في "
        "روسيا، مع تصريح جون كيربي للصحفيين في نفس اليوم بأن الولايات المتحدة تعتقد أن 3،000 جندي سافروا.",
        date(2024, 10, 25),
    )
    assert [(m.text, m.iso) for m in found] == [("الأربعاء", "2024-10-23"), ("في نفس اليوم", "2024-10-23")]
    # written for this test: "في اليوم نفسه" with its day in another sentence has no date of its own
    assert find_dates("وقال روته في اليوم نفسه إنه يريد لقاء ترامب.", date(2024, 11, 8)) == []


def test_a_weekday_with_its_date_in_brackets_is_one_date() -> None:
    # written for this test, after a real page ("حسبما ذكرت وسائل إعلام رسميّة اليوم الخميس (27 تموز 2023).")
    text = "حسبما ذكرت وسائل إعلام رسمية اليوم الخميس (27 تموز 2023)."
    (found,) = find_dates(text, None)
    assert (found.iso, text[found.start : found.end]) == ("2023-07-27", "اليوم الخميس (27 تموز 2023)")
    assert found.flag is None  # 27 July 2023 was a Thursday
    (wrong,) = find_dates("اليوم الجمعة (27 تموز 2023)", None)
    assert (wrong.iso, wrong.flag) == ("2023-07-27", "weekday-mismatch")


def test_the_first_day_of_a_visit_is_not_today() -> None:
    # https://ksaplayers.com/Ksahome/NewsDetial/?nid=11475553 ("وذلك في اليوم الأول للزيارة")
    assert find_dates("أعلنت الوكالة عن زيارة الزعيم للصين، وذلك في اليوم الأول للزيارة.", PUB) == []
    assert find_dates("وفي اليوم الأخير من القمة وقع الزعيمان الاتفاق.", PUB) == []
    assert first("قال الوزير اليوم إن القمة انتهت.").iso == "2023-03-16"  # "today" still is


def test_a_weekday_before_a_yearless_day_picks_the_year_it_falls_in() -> None:
    # https://arabkhabar.com/a/3488707: "بدءًا من يوم الأحد 27-28 أكتوبر", said on Saturday 26 October 2024
    saturday = date(2024, 10, 26)
    [day_range] = find_dates("ستنشر قوات في ساحة المعركة بدءًا من يوم الأحد 27-28 أكتوبر، مُركزًا", saturday)
    assert (day_range.iso, day_range.end_iso) == ("2024-10-27", "2024-10-28")  # not 2023, nor the 20th
    assert first("يوم الأحد 27 أكتوبر", saturday).iso == "2024-10-27"
    assert first("الأربعاء 19 يونيو", saturday).iso == "2024-06-19"  # the weekday fits: as before
    # written for this test: a weekday before a range with its year keeps the range
    [dated] = find_dates("وصل يوم الأربعاء 19 و20 يونيو 2024", saturday)
    assert (dated.iso, dated.end_iso) == ("2024-06-19", "2024-06-20")


def test_a_weekday_something_will_start_from_is_the_next_one() -> None:
    # https://alhkaia.com/44140 (read here as published on Saturday 26 October 2024)
    saturday = date(2024, 10, 26)
    warned = (
        "حذر الرئيس الأوكراني فولوديمير زيلينسكي من أن موسكو ستجر جنوداً كوريين شماليين للقتال في صفوفها "
        "ابتداءً من الأحد في منطقة كورسك الروسية"
    )
    assert first(warned, saturday).iso == "2024-10-27"
    thursday = date(2024, 10, 24)
    # written for this test: a past verb, and Seoul (not a future verb) before "ابتداء من"
    assert first("وبدأت المناورات اعتبارا من الأحد في المنطقة.", thursday).iso == "2024-10-20"
    assert first("وقالت الوزارة إن سيول علقت الرحلات ابتداء من الاثنين.", thursday).iso == "2024-10-21"
    assert first("سيتم إغلاق المعبر اعتبارا من يوم السبت.", thursday).iso == "2024-10-26"


def test_the_previous_day_is_the_day_before_the_one_told_before_it_never_today() -> None:
    # https://www.aljazeera.net/news/2025/11/7/ (7 November 2025, a Friday; North Korean missiles)
    found = find_dates(
        "والثلاثاء الماضي، أعلنت سول أن كوريا الشمالية أطلقت قذائف مدفعية عدة قبل ساعة من زيارة وزير الدفاع "
        "الأميركي بيت هيغسيث إلى الحدود بين الكوريتين في اليوم السابق.",
        date(2025, 11, 7),
    )
    assert [(m.text, m.iso) for m in found] == [
        ("الثلاثاء الماضي", "2025-11-04"),
        ("في اليوم السابق", "2025-11-03"),
    ]
    # written for this test: with no day before it, the day before the article's
    [alone] = find_dates("لكن وسائل الإعلام ذكرت في اليوم السابق أن كيم قرر ذلك.", date(2025, 6, 18))
    assert (alone.text, alone.iso) == ("في اليوم السابق", "2025-06-17")
