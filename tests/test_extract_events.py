"""Dated events: type from trigger words, date from the date layer, titles from templates."""

from __future__ import annotations

from datetime import date

from generator.evaluate.corpus import make_source
from generator.extract import extract_facts, extract_source
from generator.models import Event


def events(text: str, published: date | None = date(2024, 11, 20)) -> list[Event]:
    return list(extract_source(make_source("t", text, published)).events)


def test_signing_with_day_date_actors_place_and_template_titles() -> None:
    found = events(
        "ووقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون "
        "في 19 يونيو 2024 في بيونغ يانغ على المعاهدة."
    )
    signing = [e for e in found if e.type == "signing"]
    assert len(signing) == 1
    event = signing[0]
    assert (event.date, event.date_precision, event.historical) == ("2024-06-19", "day", False)
    assert set(event.actors) == {"vladimir-putin", "kim-jong-un"}
    assert event.place == "pyongyang"
    assert "فلاديمير بوتين" in event.title_ar and "Vladimir Putin" in event.title_en
    assert "Pyongyang" in event.title_en


def test_levantine_month_and_ratification_by_institution() -> None:
    found = events("وصادق مجلس الدوما في 24 تشرين الأول على معاهدة الشراكة مع كوريا الشمالية.")
    assert [(e.type, e.date, e.actors) for e in found] == [("ratification", "2024-10-24", ("state-duma",))]


def test_historical_treaties_by_year() -> None:
    found = events("وستحل المعاهدة الجديدة محل معاهدة الصداقة لعام 1961 ومعاهدة حسن الجوار لعام 2000.")
    assert {(e.type, e.date, e.historical) for e in found} == {
        ("signing", "1961", True),
        ("signing", "2000", True),
    }
    assert all("1961" in e.title_ar or "2000" in e.title_ar for e in found)


def test_arrival_and_visit_in_one_sentence_give_one_event() -> None:
    found = events(
        "ووصل بيلوسوف إلى بيونغ يانغ في 29 نوفمبر 2024 في زيارة رسمية غير معلنة.", date(2024, 11, 30)
    )
    assert len([e for e in found if e.type in ("arrival", "visit")]) == 1


def test_no_event_without_a_trigger_near_the_date() -> None:
    assert events("وقال رئيس جمعية قدامى المحاربين في الحرب الكورية (1950-1953) إن العلاقات جيدة.") == []
    conditional = events("وقالت كوريا الشمالية في أكتوبر الماضي إنه في حال إرسالها جنودا فسيكون ذلك قانونيا.")
    assert [e.type for e in conditional] == ["announcement"]  # what was said, not a deployment


def test_relative_dates_need_a_publication_date() -> None:
    """Without a date line the event is kept but never given a guessed date."""
    undated = events("وصادق مجلس الدوما اليوم الخميس على المعاهدة.", published=None)
    assert [(e.type, e.date, e.date_precision) for e in undated] == [("ratification", None, None)]
    found = events("وصادق مجلس الدوما اليوم الخميس على المعاهدة.", published=date(2024, 10, 24))
    assert [(e.type, e.date) for e in found] == [("ratification", "2024-10-24")]


def test_an_undated_article_that_states_today_resolves_its_weekdays_from_it() -> None:
    text = (
        "وصادق مجلس الدوما يوم الأربعاء على المعاهدة.\n"
        "ونشرت الوكالة نصها الكامل، اليوم الخميس 20 يونيو 2024، على موقعها."
    )
    found = events(text, published=None)
    assert ("ratification", "2024-06-19") in [(e.type, e.date) for e in found]


def test_an_undated_mention_takes_the_year_of_the_source_that_dates_the_same_event() -> None:
    """ "19 يونيو الماضي" in an article with no date line is the signing another article dates."""
    undated = make_source("a", "ووقع بوتين وكيم المعاهدة في 19 يونيو الماضي.", None)
    dated = make_source("b", "ووقع بوتين وكيم المعاهدة في بيونغ يانغ في 19 يونيو 2024.", date(2024, 6, 20))
    signings = [e for e in extract_facts([undated, dated]).events if e.type == "signing"]
    assert [(e.date, sorted(p.file for p in e.sources)) for e in signings] == [("2024-06-19", ["a", "b"])]
    alone = [e for e in extract_facts([undated]).events if e.type == "signing"]
    assert [(e.date, e.date_flag) for e in alone] == [("2024-06-19", "year-from-milestone")]  # the treaty's
    visit = make_source("c", "ووصل كيم إلى روسيا في 12 سبتمبر الماضي.", None)
    assert [(e.date, e.partial_date) for e in extract_facts([visit]).events] == [(None, "--09-12")]


def test_a_dated_statement_is_an_announcement_only_when_nothing_else_happens_in_the_sentence() -> None:
    said = events("وقال البنتاغون يوم الاثنين إن نحو عشرة آلاف جندي كوري شمالي في روسيا.")
    assert [(e.type, e.date) for e in said] == [("announcement", "2024-11-18")]
    signed = events("وقال الكرملين يوم الاثنين إن بوتين وكيم وقعا المعاهدة في 19 يونيو 2024.")
    assert {(e.type, e.date) for e in signed} == {("announcement", "2024-11-18"), ("signing", "2024-06-19")}
    acknowledged = events("وأكدت كوريا الشمالية في أبريل أنها أرسلت جنودا لمساندة روسيا.", date(2025, 9, 2))
    assert [(e.type, e.date) for e in acknowledged] == [("announcement", "2025-04")]  # not a deployment


def test_same_event_from_two_sources_is_merged_with_both_provenances() -> None:
    first = make_source("a", "ووقع بوتين وكيم المعاهدة في بيونغ يانغ في 19 يونيو 2024.", date(2024, 6, 20))
    second = make_source("b", "وقعت موسكو وبيونغ يانغ على المعاهدة في يونيو الماضي.", date(2024, 11, 18))
    facts = extract_facts([second, first])
    signing = [e for e in facts.events if e.type == "signing"]
    assert len(signing) == 1
    assert signing[0].date == "2024-06-19"  # the more precise date wins
    assert {p.file for p in signing[0].sources} == {"a", "b"}


def test_conflicting_day_dates_are_kept_apart_and_flagged() -> None:
    first = make_source(
        "a", "واجتمع بيلوسوف مع كيم جونغ أون في 28 نوفمبر 2024 في بيونغ يانغ.", date(2024, 11, 30)
    )
    second = make_source(
        "b", "واجتمع بيلوسوف مع كيم جونغ أون في 29 نوفمبر 2024 في بيونغ يانغ.", date(2024, 11, 30)
    )
    meetings = [e for e in extract_facts([first, second]).events if e.type == "meeting"]
    assert sorted(e.date for e in meetings) == ["2024-11-28", "2024-11-29"]
    assert all(e.date_flag == "conflicting-dates" for e in meetings)


def test_un_statement_needs_the_council_and_a_speech_verb() -> None:
    found = events("وقال السفير روبرت وود لمجلس الأمن في 31 أكتوبر 2024 إن القوات الكورية الشمالية في كورسك.")
    assert [e.type for e in found] == ["un_statement"]
    assert found[0].actors == ("robert-wood",)


def test_each_trigger_takes_its_nearest_date() -> None:
    text = "وصادق مجلس الدوما في 24 أكتوبر 2024 على المعاهدة التي وقعها بوتين وكيم في 19 يونيو 2024."
    assert sorted((e.type, e.date) for e in events(text)) == [
        ("ratification", "2024-10-24"),
        ("signing", "2024-06-19"),
    ]


def test_signing_a_ratification_law_is_a_ratification() -> None:
    found = events("ووقع الرئيس فلاديمير بوتين في 9 نوفمبر 2024 قانون المصادقة على المعاهدة.")
    assert [(e.type, e.date) for e in found] == [("ratification", "2024-11-09")]


def test_approval_verbs() -> None:
    found = events(
        "ووافق مجلس الاتحاد على المعاهدة في 6 نوفمبر 2024 بعد أن أقرها مجلس الدوما في 24 أكتوبر 2024."
    )
    assert sorted((e.type, e.date) for e in found) == [
        ("ratification", "2024-10-24"),
        ("ratification", "2024-11-06"),
    ]


def _types_and_dates(text: str, published: date = date(2024, 11, 20)) -> set[tuple[str, str | None]]:
    return {(e.type, e.date) for e in events(text, published)}


def test_receiving_a_guest_is_a_meeting() -> None:
    found = _types_and_dates("واستقبل الرئيس الصيني شي جين بينغ، الثلاثاء، وزير الخارجية الروسي في بكين.")
    assert ("meeting", "2024-11-19") in found


def test_un_statement_with_informed_verb() -> None:
    text = "وأبلغ المندوب الروسي جلسة لمجلس الأمن الدولي مساء الاثنين بأن موسكو ترفض هذه الاتهامات."
    assert ("un_statement", "2024-11-18") in _types_and_dates(text)


def test_day_of_the_same_month_and_each_clause_keeps_its_own_date() -> None:
    text = (
        "ووقع الجانبان الاتفاق في 3 مارس الماضي، وصادق عليه البرلمان في 12 أبريل، "
        "فيما صادقت عليه الحكومة في 20 من الشهر ذاته."
    )
    found = _types_and_dates(text)
    assert ("ratification", "2024-04-12") in found and ("ratification", "2024-04-20") in found
    assert ("ratification", "2024-03-03") not in found


def test_ordinal_day_word_dates_an_entry_into_force() -> None:
    text = "ودخلت الاتفاقية حيز التنفيذ في الخامس من نوفمبر الجاري بعد تبادل وثائق التصديق."
    assert ("entry_into_force", "2024-11-05") in _types_and_dates(text)


def test_entry_into_force_dated_by_the_announcement() -> None:
    text = (
        "أعلنت وزارة الخارجية الروسية، اليوم الأربعاء، أن الاتفاقية الموقعة مع بيونغ يانغ دخلت حيز التنفيذ."
    )
    assert ("entry_into_force", "2024-11-20") in _types_and_dates(text)


def test_moved_troops_arrive_in_a_day_range_but_not_on_a_statement_date() -> None:
    text = "وقالت سيول إن 2000 جندي كوري شمالي نقلوا بحرا إلى فلاديفوستوك بين 3 و9 نوفمبر."
    assert ("arrival", "2024-11-03") in _types_and_dates(text)
    text = "وقال البنتاغون الأسبوع الماضي إن 2000 جندي كوري شمالي انتقلوا إلى شرق روسيا."
    assert not {t for t, _d in _types_and_dates(text)} & {"arrival", "deployment"}


def test_publication_of_a_full_text_and_signing_a_ratification_law() -> None:
    text = "ونشرت وزارة الخارجية الروسية، اليوم، النص الكامل للاتفاقية الجديدة."
    assert ("publication", "2024-11-20") in _types_and_dates(text)
    text = (
        "ووقع الرئيس يوم الجمعة 15 نوفمبر على القانون الخاص بالتصديق، "
        "بعد أن صوت لصالحه البرلمان في 12 نوفمبر."
    )
    found = _types_and_dates(text)
    assert ("ratification", "2024-11-15") in found and ("ratification", "2024-11-12") in found
    assert not any(t == "signing" for t, _d in found)


def test_each_historical_year_keeps_its_own_trigger() -> None:
    text = (
        "وتحل الوثيقة محل معاهدة قديمة أبرمها البلدان عام 1961 وانتهى العمل بها عام 1996، "
        "ومعاهدة أخرى الموقعة عام 2000."
    )
    found = _types_and_dates(text)
    assert ("signing", "1961") in found
    assert ("signing", "1996") not in found


def test_an_event_told_without_a_date_is_kept_undated_with_its_actor() -> None:
    found = events("ووصل كيم جونغ أون إلى قاعدة فوستوتشني الفضائية لمحادثات مع بوتين.", None)
    assert [(e.type, e.date, e.actors) for e in found] == [("arrival", None, ("kim-jong-un",))]


def test_an_undated_verb_inside_a_reported_clause_is_not_an_event() -> None:
    assert events("وقال المسؤول إن الوفد وصل إلى المطار دون أن يلتقي أحدا.", None) == []
    assert events("ووصل عدد الجنود الكوريين الشماليين إلى 12 ألفا.", None) == []


def test_welcoming_hosting_and_handshakes_are_meetings() -> None:
    for text in (
        "رحب الرئيس الروسي فلاديمير بوتين، في 13 سبتمبر 2023، بالزعيم الكوري الشمالي كيم جونغ أون.",
        "وتصافح بوتين وكيم جونغ أون في القاعدة يوم 13 سبتمبر 2023.",
    ):
        assert [e.type for e in events(text)] == ["meeting"], text


def test_a_unit_sent_abroad_is_a_deployment() -> None:
    found = events("وقالت الوكالة إن الوحدة أُرسلت في أوائل أغسطس 2025 إلى كورسك.", date(2025, 9, 15))
    assert [(e.type, e.date) for e in found] == [("deployment", "2025-08")]


def test_an_undated_signing_of_an_indefinite_agreement() -> None:
    found = events(
        "وقعت كوريا الشمالية وروسيا اتفاقاً دفاعياً يتعهد فيه البلدان بالدعم المتبادل.", published=None
    )
    assert [(e.type, e.date) for e in found] == [("signing", None)]


def test_a_decree_on_ratification_is_a_ratification_not_a_signing() -> None:
    found = events("ووقع كيم جونغ أون مرسوماً حول المصادقة على معاهدة الشراكة.", published=None)
    assert [e.type for e in found] == ["ratification"]


def test_the_place_visited_is_the_object_and_its_host_is_no_visitor() -> None:
    found = events(
        "وزار الأمين العام لمجلس الأمن الروسي سيرغي شويغو بيونغ يانغ يوم الثلاثاء حيث التقى كيم جونغ أون."
    )
    visit = next(e for e in found if e.type == "visit")
    assert (visit.actors, visit.place) == (("sergei-shoigu",), "pyongyang")


def test_a_session_held_is_a_meeting() -> None:
    found = events("وعقد مجلس الأمن الدولي جلسة طارئة يوم الاثنين لبحث نشر القوات الكورية الشمالية.")
    assert [(e.type, e.date) for e in found] == [("meeting", "2024-11-18")]


def test_more_ways_to_arrive_leave_and_vote() -> None:
    def one(text: str) -> tuple[str, str | None, tuple[str, ...], str | None]:
        (event,) = events(text)
        return event.type, event.date, event.actors, event.place

    # the host state is no arriving actor; the president named by his title is (the plane is his)
    assert one("وحطت طائرة الرئيس الروسي في مطار بيونغ يانغ فجر الأربعاء.") == (
        "arrival", "2024-11-20", ("vladimir-putin",), "pyongyang",
    )  # fmt: skip
    assert one("وغادر كيم جونغ أون بيونغ يانغ يوم الثلاثاء متوجها إلى فلاديفوستوك.")[::3] == (
        "visit", "vladivostok",
    )  # fmt: skip
    assert one("وصوت النواب الروس يوم الخميس بالإجماع على المعاهدة.")[:2] == ("ratification", "2024-11-14")


def test_a_meeting_named_by_a_during_phrase_is_an_undated_meeting_but_a_planned_one_is_not() -> None:
    # real pages: "وذلك لدى لقائه كيم في قاعدة فوستوتشني" (lebanonalhadath.com), "وخلال لقائه
    # بالرئيس الروسي فلاديمير بوتين" (alroeyanews)
    found = events(
        "وقال الزعيم الكوري الشمالي إن بلاده تدعم روسيا، وذلك خلال لقائه بالرئيس الروسي فلاديمير بوتين.", None
    )
    assert [(e.type, e.date) for e in found] == [("meeting", None)]
    assert "vladimir-putin" in found[0].actors
    assert events("وقال بوتين إنه سيناقش كل المواضيع خلال لقائه المرتقب مع كيم جونغ أون.", None) == []


def test_a_visit_named_by_a_during_phrase_is_an_undated_visit_but_not_inside_a_quotation() -> None:
    # real pages: "أكدت وزيرة الخارجية الكورية الشمالية، تشوي سون هوي، خلال زيارتها لموسكو أن بلادها
    # ستدعم روسيا" (khaleeji247), "أثناء وجوده بيونج يانج ... قاد الرئيس الروسي" (rosaelyoussef)
    found = events(
        "أكدت وزيرة الخارجية الكورية الشمالية تشوي سون هوي خلال زيارتها لموسكو أن بلادها تدعم روسيا.", None
    )
    assert [(e.type, e.date) for e in found] == [("visit", None)]
    assert "choe-son-hui" in found[0].actors
    # the speaker's own words about a visit are what was said, not a visit the report tells
    assert events('وقال كيم في بيان إن "البلدين ناقشا هذا الاتفاق خلال زيارته لروسيا".', None) == []
    # "بعد زيارته" looks back at a visit: background, not the report's happening
    assert events("وعاد كيم جونغ أون إلى بيونغ يانغ بعد زيارته لروسيا.", None) == []


def test_losses_reported_on_a_day_are_one_casualty_report_of_that_day() -> None:
    # real page (albayan.ae, 2 September 2025): the date line and "الثلاثاء" give the same day
    text = (
        "تظهر تقديرات استخبارية في سيول بأن كوريا الشمالية خسرت نحو ألفي جندي من الذين قاتلوا إلى "
        "جانب القوات الروسية، بحسب ما نقل نائب كوري جنوبي الثلاثاء."
    )
    found = events(text, published=date(2025, 9, 2))
    assert [(e.type, e.date) for e in found] == [("casualty_report", "2025-09-02")]
    text = "أفادت الاستخبارات الكورية الجنوبية الثلاثاء بمقتل حوالي 2000 جندي كوري شمالي في كورسك."
    found = events(" date 2025-09-02 " + text, published=date(2025, 9, 2))  # as the page is scraped
    assert [(e.type, e.date) for e in found] == [("casualty_report", "2025-09-02")]


def test_a_date_inside_what_a_statement_quotes_is_not_the_statement_date() -> None:
    # real page (swissinfo.ch, 26 October 2025)
    text = (
        "قالت وزارة الخارجية الروسية في بيان “من السادس والعشرين من تشرين الأول/أكتوبر إلى الثامن "
        "والعشرين منه، تقوم وزيرة الخارجية الكورية الشمالية تشوي سون هوي بزيارة عمل لروسيا الاتحادية”."
    )
    assert "announcement" not in [e.type for e in events(text, published=date(2025, 10, 26))]


def test_the_country_right_after_the_noun_visit_is_the_host_not_a_visitor() -> None:
    found = events("وزيرة خارجية كوريا الشمالية تعتزم زيارة روسيا الأحد 26 أكتوبر 2025", None)
    assert [(e.type, e.actors, e.place) for e in found] == [("visit", ("north-korea",), "russia")]


def test_more_ways_real_pages_tell_signings_ratifications_and_losses() -> None:
    # ar.espacemanager.com, alwatan.om (dateline), mansheet, alwakeelnews.com
    assert [e.type for e in events("أبرمت روسيا وكوريا الشمالية اتفاقية شراكة استراتيجية شاملة.", None)] == [
        "signing"
    ]
    found = events("سيول ـ ا.ف.ب: صادقت كوريا الشمالية على معاهدة دفاع مشترك مع روسيا.", None)
    assert [e.type for e in found] == ["ratification"]
    found = events("وتنص المعاهدة التي تم توقيعها في 19 يونيو على المساعدة المتبادلة.", date(2024, 11, 5))
    assert [(e.type, e.date) for e in found] == [("signing", "2024-06-19")]
    found = events(
        "في 14 و15 كانون الأول/ديسمبر، تكبدت وحدات من جيش كوريا الشمالية خسائر كبيرة قرب قرى في كورسك.",
        date(2024, 12, 17),
    )
    assert [(e.type, e.date) for e in found] == [("casualty_report", "2024-12-14")]


def test_one_happening_told_twice_in_a_sentence_is_one_event_with_its_most_precise_date() -> None:
    # real page (kbs.co.kr): "التي تم إبرامها في شهر يونيو الماضي، حيث وقع بوتين وكيم ... في 19 يونيو"
    text = (
        "قدم بوتين مشروع القانون للتصديق على المعاهدة التي تم إبرامها في شهر يونيو الماضي، حيث وقع بوتين "
        "والزعيم الكوري الشمالي كيم جونغ أون على المعاهدة في 19 يونيو في بيونغ يانغ."
    )
    signings = [e for e in events(text, date(2024, 10, 15)) if e.type == "signing"]
    assert [e.date for e in signings] == ["2024-06-19"]


def test_statements_at_un_sessions_and_losses_that_took_place_are_not_signings() -> None:
    # real pages: factalyoum, maghress.com/hespress, 7adramout.net
    text = "وخلال جلسة للجنة نزع السلاح في الأمم المتحدة، قال ممثل كوريا الشمالية إنه لا يرى ضرورة للتعليق."
    assert [e.type for e in events(text, None)] == ["un_statement"]
    assert events("وخلال جلسة لمجلس الأمن الدولي ناقش الأعضاء الوضع في كورسك.", None) == []  # nothing said
    text = 'وفي جلسة للجمعية العامة للأمم المتحدة عقدت مساء الاثنين في نيويورك، قال الممثل الكوري: "لا تعليق"'
    assert [e.type for e in events(text, date(2024, 10, 29))] == ["un_statement"]
    text = "ذكر جهاز الاستخبارات الأوكراني أن الخسائر وقعت في قرى بمنطقة كورسك خلال يومي 14 و15 ديسمبر."
    assert "signing" not in [e.type for e in events(text, date(2024, 12, 17))]


def test_an_arrival_far_from_the_sentences_only_day_takes_that_day_and_its_purpose_is_no_meeting() -> None:
    # real page (cacsr): Shoigu's arrival "لعقد اجتماع" (its purpose), dated only by the report
    text = (
        "وصل “سيرغي شويغو”، الأمين العام لمجلس الأمن الروسي، إلى بيونغ يانغ لعقد اجتماع مع الزعيم "
        "“كيم جونغ-أون”، حسبما أفادت تقارير إخبارية روسية اليوم الأربعاء."
    )
    found = events(text, date(2025, 6, 4))
    assert [(e.type, e.date) for e in found] == [("arrival", "2025-06-04")]
    assert "sergei-shoigu" in found[0].actors
    # real page (fensen): talks still to come are no meeting
    text = (
        "ووصل وزير الخارجية الروسي سيرجي لافروف، إلى كوريا الشمالية، أمس الجمعة، في زيارة رسمية للمشاركة في "
        "المحادثات التي ستُعقد في إطار الحوار الاستراتيجي."
    )
    assert "meeting" not in [e.type for e in events(text, date(2025, 7, 12))]


def test_a_treaty_step_with_a_month_and_no_year_takes_the_year_of_its_milestone() -> None:
    # real pages print "وقعها بوتين وكيم في يونيو" with no date line
    text = "وتمثل المعاهدة، التي وقعها الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي في يونيو، تحولا."
    (signing,) = [e for e in extract_facts([make_source("t", text, None)]).events if e.type == "signing"]
    assert (signing.date, signing.date_flag) == ("2024-06", "year-from-milestone")
    text = "وصادق مجلس الدوما على المعاهدة في 24 أكتوبر."
    (ratification,) = extract_facts([make_source("t", text, None)]).events
    assert ratification.date == "2024-10-24"
    text = "وزار بوتين بيونغ يانغ في يونيو."  # a visit is no treaty step: it stays undated
    assert all(e.date is None for e in extract_facts([make_source("t", text, None)]).events)


def test_an_arrival_after_a_visit_dates_the_arrival_and_keeps_the_visit_undated() -> None:
    # real page (alkhabaralyoum.com): Kim home from Russia, September 2023
    text = (
        "وصل زعيم كوريا الشمالية، كيم جونغ أون، إلى العاصمة بيونغ يانغ، الأربعاء، بعد أن اختتم زيارة "
        "استمرت أسبوعا إلى روسيا."
    )
    found = {(e.type, e.date) for e in events(text, date(2023, 9, 20))}
    assert found == {("arrival", "2023-09-20"), ("visit", None)}


def test_an_undated_arrival_after_fa_qad_and_talks_held() -> None:
    # real pages: kuna.net.kw ("فقد وصل مدفيديف إلى بيونغ يانغ"), talks "أجرى … محادثات"
    found = events("فقد وصل مدفيديف إلى بيونغ يانغ على رأس وفد من حزب روسيا الموحدة.", None)
    assert [(e.type, e.actors) for e in found] == [("arrival", ("dmitry-medvedev",))]
    found = events("وأجرى الرئيس الروسي فلاديمير بوتين محادثات مع كيم جونغ أون في الكرملين.", None)
    assert [e.type for e in found] == ["meeting"]


def test_troops_that_appeared_or_were_spotted_are_a_deployment_dated_by_month() -> None:
    # real pages: alwakeelnews ("قوات من كوريا الشمالية ظهرت في منطقة كورسك الروسية في أكتوبر")
    text = "كانت كييف قد قالت إن قوات من كوريا الشمالية ظهرت في منطقة كورسك الروسية في أكتوبر 2024."
    assert [(e.type, e.date) for e in events(text, date(2024, 12, 17))] == [("deployment", "2024-10")]
    text = "وقال الجهاز إن كوريا الشمالية أرسلت قوات إلى روسيا الأسبوع الماضي."  # the statement's week
    assert "deployment" not in [e.type for e in events(text, date(2024, 10, 25))]


def test_a_treaty_step_on_a_day_no_milestone_names_still_takes_its_months_year() -> None:
    # real page (thearabonline): "وصادق مجلس الشيوخ … على هذه المعاهدة في 8 نوفمبر/ تشرين الثاني"
    text = "وصادق مجلس الشيوخ في البرلمان الروسي على هذه المعاهدة في 8 نوفمبر/ تشرين الثاني."
    (ratification,) = extract_facts([make_source("t", text, None)]).events
    assert (ratification.date, ratification.date_flag) == ("2024-11-08", "year-from-milestone")


def test_a_veto_told_without_a_date_is_an_undated_veto() -> None:
    # real page (blinx): "تستخدم روسيا الفيتو مرة أخرى"
    found = events("وفي مجلس الأمن، استخدمت روسيا الفيتو مرة أخرى ضد تمديد عمل فريق الخبراء.", None)
    assert [(e.type, e.actors) for e in found] == [("veto", ("russia",))]


def test_a_ceremony_is_an_event_dated_by_its_own_day_not_by_the_report() -> None:
    # real page (vetogate, 13 December 2025): the agency reports on Saturday a ceremony held on Friday
    text = (
        "ومن جانبها أفادت وكالة الأنباء المركزية الكورية اليوم السبت بأن الحفل أقيم في بيونج يانج أمس "
        "الجمعة، ترحيبا بعودة جنود الفوج 528 للهندسة."
    )
    found = events(text, published=date(2025, 12, 13))
    assert ("ceremony", "2025-12-12") in [(e.type, e.date) for e in found]
    assert ("ceremony", "2025-12-13") not in [(e.type, e.date) for e in found]
    # real page (journa): "أُقيم حفل ترحيب كبير يوم الجمعة" in an article with no date line
    undated = events("وأقيم حفل ترحيب كبير للجنود العائدين من كورسك بحضور كيم جونغ أون.", None)
    assert [(e.type, e.date) for e in undated] == [("ceremony", None)]
    assert "kim-jong-un" in undated[0].actors
    assert events("وسيحضر كيم جونغ أون حفل الاستقبال.", None) == []


def test_a_day_set_off_by_commas_dates_the_act_right_after_it() -> None:
    # real page (tunisienumerique, date line 13 December 2025)
    text = (
        "وقد ترأس الزعيم الكوري الشمالي كيم جونغ أون، يوم الجمعة، مراسم استقبال لجنود الفوج 528 للهندسة، "
        "الذين أمضوا 120 يومًا في منطقة كورسك بين أوت 2024 وربيع 2025."
    )
    found = events(text, published=date(2025, 12, 13))
    assert ("ceremony", "2025-12-12") in [(e.type, e.date) for e in found]
    # a comma then "و" opens the next clause, which has its own date
    text = "ووقعا المعاهدة في بيونغ يانغ في 19 يونيو الماضي، وصادق عليها بوتين في 9 نوفمبر."
    dated = {(e.type, e.date) for e in events(text, published=date(2024, 12, 4))}
    assert ("ratification", "2024-11-09") in dated
    assert ("ratification", "2024-06-19") not in dated


def test_a_summoned_ambassador_is_a_meeting_also_after_a_dash_dateline() -> None:
    # real page (panet): "سول (تقرير رويترز) - استدعت وزارة الخارجية الكورية الجنوبية السفير الروسي"
    text = "سول (تقرير رويترز) - استدعت وزارة الخارجية الكورية الجنوبية السفير الروسي في سول للاحتجاج."
    assert [e.type for e in events(text, None)] == ["meeting"]
    # real page (thenationpress): dated by the day it names
    dated = events("استدعت كوريا الجنوبية سفير روسيا لدى سيول الجمعة 21 يونيو 2024 للاحتجاج.", None)
    assert ("meeting", "2024-06-21") in [(e.type, e.date) for e in dated]


def test_a_signing_by_the_two_countries_unnamed_is_still_an_undated_signing() -> None:
    # real page (mwatan): "ووقع البلدان اتفاقية شراكة استراتيجية شاملة"
    found = events("ووقع البلدان اتفاقية شراكة استراتيجية شاملة تنص على المساعدة المتبادلة.", None)
    assert [(e.type, e.date) for e in found] == [("signing", None)]


def test_a_capture_told_after_a_sentence_naming_the_north_korean_soldiers() -> None:
    # real page (almagala): "وقالت أوكرانيا يوم السبت إنه تم القبض على الرجال في 9 يناير."
    text = (
        "قال زيلينسكي إنه مستعد لتسليم جنديين كوريين شماليين إلى بلادهما.\n\n"
        "وقالت أوكرانيا يوم السبت إنه تم القبض على الرجال في 9 يناير 2025."
    )
    found = events(text, date(2025, 1, 12))
    assert [(e.type, e.date) for e in found if e.type == "capture"] == [("capture", "2025-01-09")]
    # with no North Korean named nearby, an arrest is someone else's
    far = "قال الوزير إن الشرطة عملت طوال الليل.\n\nوتم القبض على الرجال في 9 يناير 2025."
    assert [e for e in events(far, date(2025, 1, 12)) if e.type == "capture"] == []


def test_social_media_is_no_meeting_and_posted_pictures_are_a_publication() -> None:
    # real page (almagala): "ونشر زيلينسكي صورا على وسائل التواصل الاجتماعي يوم السبت"
    found = events(
        "ونشر زيلينسكي صورا على وسائل التواصل الاجتماعي يوم 11 يناير 2025 تظهر الجنديين.", date(2025, 1, 12)
    )
    assert [(e.type, e.date, e.actors) for e in found] == [
        ("publication", "2025-01-11", ("volodymyr-zelensky",))
    ]


def test_a_phone_call_is_a_meeting() -> None:
    # real page (almasdar-dz): "ناقشا في مكالمة هاتفية، أمس الخميس، …"
    found = events(
        "وأجرى بوتين اتصالا هاتفيا مع كيم جونغ أون يوم 5 مايو 2025 بحثا فيه التعاون.", date(2025, 5, 6)
    )
    assert [(e.type, e.date, set(e.actors)) for e in found] == [
        ("meeting", "2025-05-05", {"vladimir-putin", "kim-jong-un"})
    ]


def test_an_inspection_during_which_something_was_said_is_a_visit_that_day() -> None:
    # real page (lebanon24): "وقال كيم أمس الجمعة أثناء تفقده الموقع …"
    found = events(
        "وقال كيم جونغ أون يوم 13 فبراير 2026 أثناء تفقده الموقع إن الشجاعة رمز للقوة.", date(2026, 2, 14)
    )
    assert [(e.type, e.date) for e in found] == [("visit", "2026-02-13")]
    toured = events(
        "وتفقد كيم جونغ أون في 12 فبراير 2026 موقع بناء المتحف التذكاري في بيونغ يانغ.", date(2026, 2, 14)
    )
    assert [(e.type, e.date) for e in toured] == [("visit", "2026-02-12")]


def test_an_arrival_from_one_place_in_another_is_placed_where_it_ended() -> None:
    """ "وصلت القوات من بيونغ يانغ إلى روسيا": the troops arrived in Russia, and Russia (the
    destination) is not the one arriving."""
    (arrival,) = [
        e for e in events("ووصلت القوات من بيونغ يانغ إلى روسيا يوم 15 أكتوبر.") if e.type == "arrival"
    ]
    assert arrival.place == "russia"
    assert "russia" not in arrival.actors
    assert "Pyongyang" not in arrival.title_en


def test_the_speaker_is_not_the_actor_of_what_they_report() -> None:
    """ "ذكر رايدر أن هذه القوات، التي وصلت …": Ryder says the troops arrived; he did not arrive."""
    found = events(
        "كما ذكر المتحدث باسم البنتاغون بات رايدر أن هذه القوات، التي وصلت إلى روسيا في 15 أكتوبر، "
        "قد خضعت لتدريبات مكثفة."
    )
    (arrival,) = [e for e in found if e.type == "arrival"]
    assert "pat-ryder" not in arrival.actors
    assert "Ryder" not in arrival.title_en


def test_a_person_before_after_that_is_still_the_actor() -> None:
    """ "بعد أن اختتم زيارة": a time clause, not something the person reports."""
    found = events(
        "وصل الزعيم الكوري الشمالي كيم جونغ أون إلى بيونغ يانغ، في 19 سبتمبر 2023، "
        "بعد أن اختتم زيارة إلى روسيا."
    )
    assert any("kim-jong-un" in e.actors for e in found)


def test_a_dated_accusation_or_demand_is_an_announcement() -> None:
    """ "اتهم زيلينسكي، اليوم الأحد، …" and "طالب … أمس الأحد": dated statements on the timeline."""
    for text in (
        "اتهم الرئيس الأوكراني فولوديمير زيلينسكي اليوم الأحد كوريا الشمالية بإرسال جنود إلى روسيا.",
        "طالب الرئيس الأوكراني فولوديمير زيلينسكي أمس الأحد الحلفاء بالرد على نشر القوات.",
    ):
        found = [e for e in events(text) if e.type == "announcement"]
        assert len(found) == 1, text
        assert "volodymyr-zelensky" in found[0].actors
        assert found[0].date is not None


def test_a_founding_date_dates_no_event() -> None:
    """ "لتكريم مناسبة تأسيس الحزب الذي يعود تاريخ إنشائه إلى 10 أكتوبر 1945": not the visit's date."""
    found = events(
        "وجاءت زيارة مدفيديف إلى بيونغ يانغ لتكريم مناسبة تأسيس الحزب "
        "الذي يعود تاريخ إنشائه إلى 10 أكتوبر 1945."
    )
    assert all(e.date is None or not e.date.startswith("1945") for e in found)


def test_troops_sent_with_a_number_before_them_are_a_deployment_of_the_month_written_after() -> None:
    # real pages: alwakeelnews (r16_08) and almoubadara (rc23), verbatim
    text = (
        'وقال النائب لي سونغ كوين للصحافيين إن "حوالي 5000 جندي كوري شمالي انتشروا في روسيا على مراحل '
        'منذ سبتمبر (أيلول)، ومن المتوقع تعبئتهم لإعادة بناء البنية التحتية".'
    )
    assert [(e.type, e.date) for e in events(text, date(2025, 11, 4))] == [("deployment", "2025-09")]
    text = (
        "ويُقدّر أن كوريا الشمالية نشرت نحو 14 ألف جندي في منطقة كورسك الروسية منذ أكتوبر 2024، "
        "قبل إرسال خبراء."
    )
    assert [(e.type, e.date, e.place) for e in events(text, None)] == [("deployment", "2024-10", "kursk")]
    # the month of a relative clause after the troops is not when they were sent
    text = (
        "بعد أن تحدّثت الولايات المتحدة عن نشر عشرة آلاف جندي في روسيا التي بدأت غزو أوكرانيا في فبراير 2022."
    )
    assert "deployment" not in [e.type for e in events(text, date(2024, 10, 30))]


def test_an_announced_visit_opening_the_reported_clause_and_an_arrival_after_fa_qad() -> None:
    # real pages: alwahdahnews (rh19) and kuna (ri13), verbatim
    text = (
        "الوحدة نيوز/ أعلنت الرئاسة الروسية “الكرملين” أنّ زعيم كوريا الشمالية كيم جونغ أون، سيقوم بزيارة "
        "رسمية إلى روسيا في الأيام المقبلة، بدعوة من الرئيس الروسي فلاديمير بوتين."
    )
    visits = [e for e in events(text, None) if e.type == "visit"]
    assert [(e.date, e.actors, e.place) for e in visits] == [(None, ("kim-jong-un",), "russia")]
    text = "ووفق البيان فقد وصل مدفيديف إلى بيونغ يانغ على رأس وفد من حزب روسيا الموحدة."
    assert [(e.type, e.place) for e in events(text, None)] == [("arrival", "pyongyang")]
    # a past act inside what someone said is background, not an event of the article
    text = "وقالت الوزارة في بيان إن كيم جونغ أون التقى وزير الدفاع الروسي."
    assert [e.type for e in events(text, None)] == []


def test_a_call_reported_by_a_dated_statement_is_an_undated_meeting_beside_the_announcement() -> None:
    # real page (shafaq.com, r19_10), verbatim
    text = (
        "أعلنت الرئاسة الروسية، يوم الثلاثاء، أن الرئيس فلاديمير بوتين، أجرى محادثة هاتفية مع الزعيم "
        "الكوري الشمالي كيم جونغ أون، بحثا خلالها المحادثات المقبلة مع الرئيس الأمريكي دونالد ترامب."
    )
    found = {(e.type, e.date) for e in events(text, date(2025, 8, 12))}
    assert ("meeting", None) in found and ("announcement", "2025-08-12") in found
    meeting = next(e for e in events(text, date(2025, 8, 12)) if e.type == "meeting")
    assert {"vladimir-putin", "kim-jong-un"} <= set(meeting.actors)


def test_signings_told_with_long_subjects_a_qama_bi_phrase_or_a_long_opening() -> None:
    # real pages, verbatim: alainpress (ra20), elmawkefalarabi (rj08), espacemanager (rf18)
    texts = [
        "وقّع الرئيس الروسي فلاديمير بوتين، ورئيس كوريا الشمالية كيم جونغ أون، على اتفاقية الشراكة "
        "الاستراتيجية الشاملة بين روسيا وكوريا الشمالية في ختام محادثات بيونغ يانغ.",
        "قام الرئيس الروسي فلاديمير بوتين قبل 5 أشهر بتوقيع معاهدة مع زعيم كوريا الشمالية كيم جونغ أون "
        "بشأن الدفاع المتبادل والتعاون، وهذا أدى إلى تعزيز العلاقات بين البلدين.",
        "وعقب المحادثات الثنائية في بيونغ يانغ، أبرمت روسيا وكوريا الشمالية اتفاقية شراكة استراتيجية شاملة "
        "وقعها الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون.",
    ]
    for text in texts:
        assert "signing" in [e.type for e in events(text, None)], text


def test_an_act_during_a_dated_visit_takes_the_visits_date() -> None:
    # real page (stepsport.net, r21_02), verbatim up to the sentence's end
    text = (
        "تم توقيع اتفاقية الشراكة الاستراتيجية بين الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية كيم "
        "جونغ أون خلال زيارة بوتين إلى بيونغ يانغ يوم الأربعاء الماضي."
    )
    found = {e.type: e.date for e in events(text, date(2024, 6, 20))}
    assert found.get("signing") == "2024-06-19" and found.get("visit") == "2024-06-19"
    # a signing with its own date keeps it (not the date of what follows the comma)
    text = (
        "وُقّعت المعاهدة بين روسيا وكوريا الشمالية في 19 يونيو 2024 خلال زيارة بوتين إلى بيونغ يانغ، "
        "ودخلت حيز التنفيذ في 4 ديسمبر."
    )
    assert {e.type: e.date for e in events(text, date(2024, 12, 5))}.get("signing") == "2024-06-19"


def test_the_ukrainian_incursion_into_kursk_is_fighting_dated_by_its_month() -> None:
    # real page (alomah.net, r20_06), verbatim
    text = "شنت القوات الأوكرانية توغلًا كبيرًا في كورسك في أغسطس ولا تزال في المنطقة."
    assert [(e.type, e.date) for e in events(text, date(2024, 10, 28))] == [("clash", "2024-08")]


def test_a_statement_dated_after_a_long_adjunct_and_a_capture_told_with_a_pronoun() -> None:
    # real pages, verbatim: almesasport.com (r22_10) and eilm.atspace.tv (r22_09: its headline, line 6)
    text = (
        'وقال زيلينسكي، في منشور على قناته على موقع التواصل الاجتماعي "تيليجرام"، يوم السبت، إن جنود '
        "المجموعة التكتيكية رقم 84 الأوكرانية أسروا جنديين كوريين شماليين كأسرى حرب في منطقة كورسك في "
        'مهمة وصفها بأنها "ليست سهلة".'
    )
    assert "announcement" in [e.type for e in events(text, date(2025, 1, 11))]
    text = (
        "أوكرانيا تقول إنها أسرت جنديين كوريين شماليين يقاتلان لصالح روسيا\n\n"
        "وقال جهاز المخابرات الداخلية الأوكراني (SBU) إن أحد الجنود تم أسره يوم الخميس."
    )
    captures = [e for e in events(text, date(2025, 1, 11)) if e.type == "capture"]
    assert [e.date for e in captures] == ["2025-01-09"]


def test_a_video_published_on_a_day_by_a_subject_of_several_words_is_a_publication() -> None:
    # real page (khabaren.net, r23_08), verbatim
    text = (
        "وفي سياق منفصل، نشرت وحدة أوكرانية على الجبهة الأمامية يوم الأحد مقطع فيديو يُزعم أنه يُظهر جثث "
        "أكثر من 20 جنديًا كوريًا شماليًا مصفوفين في حقل جليدي."
    )
    assert "publication" in [e.type for e in events(text, date(2024, 12, 17))]


def test_an_event_dated_after_the_article_is_still_to_come() -> None:
    text = "ووصل بيلوسوف إلى بيونغ يانغ في 29 نوفمبر 2024 في زيارة رسمية غير معلنة."
    assert events(text, date(2024, 11, 20)) == []  # written before that day: not on the timeline
    assert [e.date for e in events(text, date(2024, 11, 29))] == ["2024-11-29"]


def test_where_a_traveller_sets_out_from_is_not_where_the_visit_takes_place() -> None:
    # "كيم سيسافر من بيونج يانج، على الأرجح بقطار مصفح، إلى فلاديفوستوك" (a real construction)
    found = events("وقالت الصحيفة إن كيم سيسافر من بيونج يانج، على الأرجح بقطار مصفح، إلى مدينة بعيدة.")
    assert found and [e.place for e in found] == [None] * len(found)


def test_no_event_title_shows_a_template_placeholder() -> None:
    # "وصل إلى فلاديفوستوك … عام 2019" was titled "Arrival in {place} (2019)" on the timeline
    from generator.arabic.gazetteer import load_gazetteer
    from generator.extract.events import render_title
    from generator.extract.lexicon import event_lexicon

    gazetteer = load_gazetteer()
    putin, vladivostok = gazetteer.get("vladimir-putin"), gazetteer.get("vladivostok")
    for event_type in event_lexicon().types:
        for actors in ([], [putin]):
            for place in (None, vladivostok):
                for historical in (False, True):
                    for title in render_title(event_type, actors, place, historical, "2019"):
                        assert "{" not in title and "}" not in title, (event_type, title)
