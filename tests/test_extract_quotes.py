"""Statements: who said what, read from short Arabic sentences written for each rule."""

from __future__ import annotations

from datetime import date

from generator.evaluate.corpus import make_source
from generator.extract import extract_source
from generator.models import Quote

PUBLISHED = date(2024, 11, 20)


def quotes_of(text: str, published: date | None = PUBLISHED) -> list[Quote]:
    return list(extract_source(make_source("t", text, published)).quotes)


def only(text: str, published: date | None = PUBLISHED) -> Quote:
    found = quotes_of(text, published)
    assert len(found) == 1, found
    return found[0]


def test_verb_title_name_subject_is_linked_and_text_excludes_the_verb() -> None:
    quote = only("وقال وزير الخارجية الروسي سيرغي لافروف إن العلاقات مع بيونغ يانغ وصلت إلى مستوى غير مسبوق.")
    assert quote.speaker.id == "sergei-lavrov" and quote.speaker.linked
    assert quote.kind == "indirect"
    assert quote.text.startswith("العلاقات مع بيونغ يانغ")
    assert "قال" not in quote.text


def test_subject_before_verb_with_apposition() -> None:
    text = (
        "نائب وزير الخارجية الروسي أندريه رودينكو، الذي تحدث أمام النواب، "
        "قال إن المعاهدة ستعزز الاستقرار في المنطقة."
    )
    quote = only(text)
    assert quote.speaker.id == "andrei-rudenko"
    assert quote.speaker.role_ar  # the gazetteer role travels with the speaker


def test_continuation_verbs_and_pronouns_take_the_previous_speaker() -> None:
    text = (
        "وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو لن تعلق على التقارير.\n"
        "و يتابع: «لا نرى أي سبب لتغيير موقفنا».\n"
        "وأضاف أن الحوار مع الشركاء مستمر بشكل طبيعي.\n"
        "وقال إن الاتصالات تجري بانتظام."
    )
    found = quotes_of(text)
    assert [q.speaker.id for q in found] == ["dmitry-peskov"] * 4
    assert found[1].kind == "direct" and found[1].text == "لا نرى أي سبب لتغيير موقفنا"


def test_quotation_mark_styles() -> None:
    for opening, closing in (("«", "»"), ("“", "”"), ('"', '"')):
        quote = only(
            "وقال الأمين العام لحلف شمال الأطلسي مارك روته: "
            f"{opening}علينا أن نبقى متحدين في مواجهة التهديدات{closing}."
        )
        assert quote.speaker.id == "mark-rutte"
        assert quote.kind == "direct"
        assert quote.text == "علينا أن نبقى متحدين في مواجهة التهديدات"


def test_unbalanced_quote_left_by_scraping_does_not_crash_or_swallow_the_sentence() -> None:
    quote = only('وقالت وزيرة الخارجية الكورية الشمالية تشوي سون هوي إن "بلادها ستقف مع روسيا حتى النصر.')
    assert quote.speaker.id == "choe-son-hui"
    assert "ستقف مع روسيا" in quote.text


def test_institutions_speak_too() -> None:
    quote = only("وذكرت وكالة الأنباء المركزية الكورية أن الزعيم كيم جونغ أون استقبل الوفد الروسي.")
    assert quote.speaker.id == "kcna"


def test_unknown_speaker_is_named_as_written_and_unlinked() -> None:
    quote = only("وقال الباحث سامي الخطيب إن التحالف الجديد سيغير موازين القوى في آسيا.")
    assert not quote.speaker.linked and quote.speaker.id is None
    assert "سامي الخطيب" in quote.speaker.name_ar


def test_an_analyst_or_researcher_named_by_role_gets_that_role_in_english() -> None:
    analyst = only("وقال المحلل السياسي هونغ مين إن المعاهدة تعزز موقف بيونغ يانغ في المنطقة.")
    researcher = only("وقالت الباحثة في معهد آسان للدراسات يانغ أوك إن بيونغ يانغ تحصل على تكنولوجيا روسية.")
    assert (analyst.speaker.name_ar, analyst.speaker.role_en) == ("هونغ مين", "Analyst")
    assert researcher.speaker.role_en == "Researcher" and "يانغ أوك" in researcher.speaker.name_ar
    named = only("وقال الأستاذ سامي الخطيب إن التحالف الجديد سيغير موازين القوى في آسيا.")
    assert (named.speaker.name_ar, named.speaker.role_en) == ("سامي الخطيب", "Professor")  # an ال family name


def test_reported_quote_names_the_original_speaker() -> None:
    quote = only("ونقلت وكالة تاس عن بوتين قوله إن المعاهدة لا تستهدف أي دولة ثالثة.")
    assert quote.speaker.id == "vladimir-putin"
    assert quote.text.startswith("المعاهدة لا تستهدف")


def test_relative_clause_subject() -> None:
    quote = only(
        "وجاءت المزاعم من الرئيس الأوكراني فولوديمير زيلينسكي، الذي ادعى أن آلاف الجنود وصلوا إلى الجبهة."
    )
    assert quote.speaker.id == "volodymyr-zelensky"


def test_not_statements() -> None:
    assert quotes_of("يذكر أن المعاهدة وقعت في يونيو الماضي بعد محادثات طويلة.") == []
    assert quotes_of("وتنص المادة الرابعة على أن الطرفين سيقدمان المساعدة العسكرية.") == []
    assert quotes_of("وفي وقت لا تؤكد فيه موسكو هذه الأنباء ولا تنفيها رسميا حتى الآن.") == []
    assert quotes_of("وأظهرت الصور الزعيمين يتصافحان أمام المقر الرسمي في العاصمة.") == []


def test_two_statements_in_one_sentence_are_split() -> None:
    text = (
        "وقال بوتين إن الاتفاق يخص البلدين وحدهما، "
        "كما قالت كوريا الشمالية إن أي انتشار سيكون متوافقا مع القانون."
    )
    found = quotes_of(text)
    assert [q.speaker.id for q in found] == ["vladimir-putin", "north-korea"]
    assert "كوريا الشمالية" not in found[0].text


def test_statement_date_from_the_sentence_else_the_publication_date() -> None:
    dated = only("وقال بيسكوف يوم الاثنين 18 نوفمبر 2024 إن الكرملين يتابع الوضع عن كثب.")
    assert dated.date == "2024-11-18"
    undated = only("وقال بيسكوف إن الكرملين يتابع الوضع عن كثب.")
    assert undated.date == "2024-11-20"
    assert only("وقال بيسكوف إن الكرملين يتابع الوضع عن كثب.", published=None).date is None


def test_ids_depend_on_speaker_and_words_not_on_position() -> None:
    first = only("وقال بيسكوف إن الكرملين يتابع الوضع عن كثب.")
    later = quotes_of("مقدمة لا علاقة لها بالموضوع.\nوقال بيسكوف إن الكرملين يتابع الوضع عن كثب.")[0]
    other = only("وقال لافروف إن الكرملين يتابع الوضع عن كثب.")
    assert first.id == later.id != other.id
    assert first.sources[0].start != later.sources[0].start


def test_fronted_subject_with_amma() -> None:
    quote = only(
        "أما وزير الدفاع الأميركي لويد أوستن فأكد، الأربعاء، أن لدى واشنطن أدلة على وجود قوات كورية."
    )
    assert quote.speaker.id == "lloyd-austin"
    assert quote.text.startswith("لدى واشنطن")


def test_according_to_attributions_without_a_speech_verb() -> None:
    leading = only("وبحسب الكرملين، فإن المعاهدة دفاعية بحتة ولا تستهدف أي طرف ثالث.")
    assert leading.speaker.id == "kremlin" and leading.text.startswith("المعاهدة دفاعية")
    trailing = only("وتحل المعاهدة الجديدة محل معاهدة عام 1961، وفق ما أفاد الجانب الروسي.")
    assert trailing.speaker.name_ar == "الجانب الروسي" and trailing.text.startswith("وتحل المعاهدة")
    assert quotes_of("وبحسب مراقبين، فإن الجيش لن يتأثر كثيرا بهذا الانتشار.") == []  # no one named


def test_reported_without_qawluhu() -> None:
    quote = only("ونقلت وكالة يونهاب عن وزارة الدفاع الكورية الجنوبية أن بعض الجنود شاركوا في المعارك.")
    assert "وزارة الدفاع الكورية الجنوبية" in quote.speaker.name_ar


def test_a_namesake_is_not_linked_to_the_gazetteer_person() -> None:
    quote = only("وقال نائب وزير الخارجية الكوري الشمالي كيم جونغ غيو إن بلاده تحترم القانون الدولي.")
    assert quote.speaker.id is None and quote.speaker.name_ar == "كيم جونغ غيو"


def test_title_followed_by_an_unknown_name_is_not_resolved_to_the_title_holder() -> None:
    text = (
        "نفى نائب وزير الخارجية الروسي سيرغي ريابكوف، اليوم الخميس، "
        "التقارير عن وجود جنود كوريين، ووصفها بأنها «مزاعم»."
    )
    quote = only(text)
    assert quote.speaker.id is None and quote.speaker.name_ar == "سيرغي ريابكوف"
    assert quote.speaker.role_ar == "نائب وزير الخارجية الروسي"
    assert quote.text.startswith("التقارير") and "مزاعم" in quote.text


def test_fronted_subject_with_amma_fa() -> None:
    text = (
        "واستقبل الزعيم الكوري الشمالي كيم جونغ أون الوفد الروسي في بيونغ يانغ. "
        "أما كيم فوصف المحادثات بأنها مثمرة وتفتح آفاقا جديدة للتعاون بين البلدين."
    )
    quote = only(text)
    assert quote.speaker.id == "kim-jong-un"
    assert "مثمرة" in quote.text


def test_short_quoted_fragment_inside_a_longer_statement_is_indirect() -> None:
    quote = only("وأعرب وزير الخارجية الياباني عن «انزعاج شديد» من تزايد الحشود على الحدود.")
    assert quote.kind == "indirect"
    assert "تزايد الحشود على الحدود" in quote.text


def test_known_person_behind_an_unknown_title() -> None:
    quote = only("وأعرب رئيس لجنة الشؤون الخارجية يوشيماسا هاياشي عن أمله في استئناف الحوار قريبا.")
    assert quote.speaker.id == "yoshimasa-hayashi"
    assert quote.text.startswith("أمله في استئناف")


def test_answer_and_continuation_verbs() -> None:
    text = (
        "وسُئل المتحدث باسم الكرملين دميتري بيسكوف عن المناورات، فأجاب: «هذه تدريبات روتينية مقررة سلفا».\n"
        "وأردف أن الجيش الروسي لا يستعد لأي عملية جديدة."
    )
    found = quotes_of(text)
    assert [(q.speaker.id, q.kind) for q in found] == [
        ("dmitry-peskov", "direct"),
        ("dmitry-peskov", "indirect"),
    ]
    assert found[1].text.startswith("الجيش الروسي")


def test_direct_quote_after_a_colon_is_a_new_statement_of_the_same_speaker() -> None:
    text = "وقال رئيس الوزراء الياباني إن الوضع مقلق، وتابع: «لن نقف مكتوفي الأيدي أمام هذه التطورات»."
    found = quotes_of(text)
    assert [q.kind for q in found] == ["indirect", "direct"]
    assert found[0].text == "الوضع مقلق"
    assert found[1].speaker == found[0].speaker


def test_written_statements_but_not_bylines_or_passive_writing() -> None:
    text = (
        "كتبت: سلمى يوسف\n"
        "وكتب الأمين العام لحلف شمال الأطلسي مارك روته على منصة إكس أن الحلف يراقب الوضع عن كثب.\n"
        'وعلقت لافتات كتب عليها "أهلا بالضيف العزيز في بلدنا".'
    )
    found = quotes_of(text)
    assert [q.speaker.id for q in found] == ["mark-rutte"]


def test_informed_the_council_that() -> None:
    quote = only(
        "وأبلغ وزير الخارجية الأميركي أنتوني بلينكن نظراءه الأوروبيين بأن واشنطن ستفرض عقوبات جديدة."
    )
    assert quote.speaker.id == "antony-blinken"
    assert quote.text.startswith("واشنطن ستفرض")


def test_warning_participle_after_a_non_speech_verb() -> None:
    text = (
        "واستدعت وزارة الخارجية الكورية الجنوبية القائم بالأعمال الروسي، "
        "محذرة من أن التعاون العسكري مع بيونغ يانغ سيضر بالعلاقات الثنائية."
    )
    quote = only(text)
    assert quote.speaker.id == "south-korea-foreign-ministry"
    assert quote.text.startswith("التعاون العسكري")


def test_statement_text_is_attributed_to_the_institution_that_issued_it() -> None:
    text = (
        "أصدرت وزارة الخارجية الصينية بيانا مساء الاثنين.\n"
        "وجاء في البيان: «ندعو جميع الأطراف المعنية إلى ضبط النفس والحوار»."
    )
    quote = only(text)
    assert quote.speaker.id == "chinese-foreign-ministry"
    assert quote.kind == "direct"


def test_mid_sentence_according_to_reports_what_comes_before_it() -> None:
    text = (
        "وأطلقت كوريا الشمالية صاروخا باليستيا باتجاه البحر، وفق وزارة الدفاع اليابانية، "
        "قبل وصول الوفد الأميركي بساعات."
    )
    quote = only(text)
    assert "صاروخا باليستيا" in quote.text
    assert "قبل وصول" not in quote.text


def test_a_bare_year_in_a_name_is_never_the_statement_date() -> None:
    quote = only("وقال رئيس رابطة قدامى المحاربين (1950-1953) إن الذكرى تذكر بثمن الحرب الباهظ.")
    assert quote.date == PUBLISHED.isoformat()


def test_a_span_of_days_still_dates_a_statement() -> None:
    quote = only("وقال رئيس الوزراء الياباني الأسبوع الماضي إن بلاده تتابع التطورات بقلق بالغ.")
    assert quote.date == "2024-11-11"  # Monday of the week before publication (Wed 20 Nov 2024)


def test_described_sources_speak_but_a_bare_according_to_reports_does_not() -> None:
    sources = only("وقالت مصادر كورية جنوبية لرويترز إن القوات الكورية الشمالية وصلت إلى كورسك.")
    assert (sources.speaker.name_ar, sources.speaker.name_en) == (
        "مصادر كورية جنوبية",
        "South Korean sources",
    )
    reports = only("أفادت التقارير أن القوات الكورية الشمالية وصلت إلى كورسك.")
    assert reports.speaker.name_ar == "التقارير"
    assert quotes_of("وبحسب التقارير، أجرى الزعيمان محادثات استمرت ساعتين في القاعدة.") == []


def test_impersonal_estimate_verb_has_no_speaker_but_with_a_subject_it_has() -> None:
    assert quotes_of("ويُقدّر أن القوات الكورية الشمالية وصلت إلى كورسك في أكتوبر.") == []
    agency = only("ويقدّر البنتاغون أن القوات الكورية الشمالية وصلت إلى كورسك في أكتوبر.")
    assert agency.speaker.id == "pentagon"


def test_a_described_source_is_the_description_not_the_country_inside_it() -> None:
    quote = only(
        "وفقًا لمصادر استخباراتية من كوريا الجنوبية والغرب، أرسلت كوريا الشمالية آلاف الجنود إلى روسيا."
    )
    assert quote.speaker.name_ar == "مصادر استخباراتية من كوريا الجنوبية والغرب"


def test_and_according_to_after_a_statement_opens_a_second_statement() -> None:
    found = quotes_of(
        "ووصف مارك روته وصول القوات بأنه يعبر عن عجز الكرملين، ووفقا لمارك روته، لم يعد بوتين قادرا"
        " على مواصلة الحرب في أوكرانيا."
    )
    assert [(q.speaker.id, q.text) for q in found] == [
        ("mark-rutte", "وصول القوات بأنه يعبر عن عجز الكرملين"),
        ("mark-rutte", "لم يعد بوتين قادرا على مواصلة الحرب في أوكرانيا"),
    ]


def test_showing_readiness_is_a_statement_but_via_social_media_is_not_a_speaker() -> None:
    ready = only("أبدى الرئيس الأوكراني فولوديمير زيلينسكي استعداده لتسليم جنديين كوريين شماليين أسيرين.")
    assert ready.speaker.id == "volodymyr-zelensky"
    assert ready.text == "استعداده لتسليم جنديين كوريين شماليين أسيرين"
    said = only("قال زيلينسكي عبر وسائل التواصل الاجتماعي إن عددا من الجنود الكوريين الشماليين قتلوا.")
    assert said.speaker.id == "volodymyr-zelensky"


def test_a_weekday_between_the_speaker_and_the_content_is_skipped() -> None:
    admitted = only("اعترفت كوريا الشمالية الإثنين بإرسال قوات إلى روسيا.")
    assert (admitted.speaker.id, admitted.text) == ("north-korea", "بإرسال قوات إلى روسيا")
    denied = only("نفى نائب وزير الخارجية الروسي سيرغي ريابكوف، اليوم الخميس، التقارير عن وجود جنود كوريين.")
    assert denied.text.startswith("التقارير عن وجود جنود كوريين")


def test_but_he_continues_the_previous_speaker() -> None:
    found = quotes_of(
        "وقال المتحدث باسم البنتاغون بات رايدر إن القوات وصلت. لكنه لفت إلى أن البنتاغون لا يستطيع تأكيد ذلك."
    )
    assert [q.speaker.name_ar for q in found] == ["بات رايدر", "بات رايدر"]


def test_an_ambassador_to_another_post_is_not_the_known_holder_of_the_title() -> None:
    quote = only("نفى سفير روسيا لدى الأمم المتحدة الأربعاء صحة تقارير تفيد بتواجد قوات كورية شمالية.")
    assert quote.speaker.id != "alexander-matsegora"
    assert quote.speaker.name_ar == "سفير روسيا لدى الأمم المتحدة"


def test_a_capital_followed_by_an_adverb_still_speaks_for_its_state() -> None:
    assert only("وقالت سيول أيضا إن القوات الكورية الشمالية وصلت إلى كورسك.").speaker.id == "seoul"


def test_relayed_words_introduced_by_fa_qad_belong_to_the_original_source() -> None:
    quote = only("ونقلت صحيفة لوفيجارو عن هيئة الأركان المشتركة الكورية الجنوبية، فقد قُتل أو جُرح 1100 جندي.")
    assert quote.speaker.id == "south-korea-jcs"
    assert quote.via is not None and quote.via.id == "le-figaro"  # the gazetteer's Le Figaro
    assert quote.text.startswith("قُتل أو جُرح")


def test_reported_saying_followed_by_a_quotation_is_the_original_speakers() -> None:
    quote = only('ونقلت وكالة الإعلام الروسية عن بوتين قوله "نقدر بشكل كبير دعمكم المستمر والثابت".')
    assert quote.speaker.id == "vladimir-putin"
    assert quote.via is not None and quote.via.name_ar == "وكالة الإعلام الروسية"
    assert (quote.kind, quote.text) == ("direct", "نقدر بشكل كبير دعمكم المستمر والثابت")


def test_a_feminine_continuation_verb_continues_the_agency_not_the_man_it_quoted() -> None:
    found = quotes_of(
        "ونقلت وكالة الأنباء المركزية الكورية عن كيم جونغ أون قوله إن بلاده ستواصل دعم روسيا. "
        "وأضافت أن الجنود الكوريين الشماليين أدوا مهامهم ببسالة في كورسك."
    )
    assert [q.speaker.id for q in found] == ["kim-jong-un", "kcna"]


def test_continuation_verbs_agree_in_gender_with_the_speaker_they_continue() -> None:
    found = quotes_of(
        "وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو تحترم المعاهدة. "
        "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الاتهامات باطلة. "
        "وأضافت أن الغرب يروج للأكاذيب. وأضاف أن موسكو لن تتراجع عن التزاماتها."
    )
    assert [q.speaker.id for q in found] == [
        "dmitry-peskov",
        "maria-zakharova",
        "maria-zakharova",
        "dmitry-peskov",
    ]


def test_a_description_after_a_comma_set_object_stays_in_the_statement() -> None:
    quote = only("ووصفت وكالة الأنباء المركزية الكورية، الشراكةَ بين البلدين، بأنها محرك لبناء عالم جديد.")
    assert quote.speaker.id == "kcna"
    assert quote.text.endswith("بأنها محرك لبناء عالم جديد")


def test_the_spokesman_of_a_named_body_is_a_title_not_a_back_reference_to_the_last_man() -> None:
    found = quotes_of(
        "وقال الزعيم كيم جونغ أون إن القوات أدت واجبها. "
        "وأكد المتحدث باسم الوزارة أن هذا الاعتراف يثبت الأفعال الإجرامية."
    )
    assert [q.speaker.name_ar for q in found] == ["كيم جونغ أون", "المتحدث باسم الوزارة"]


def test_unknown_subject_before_the_verbs_preposition() -> None:
    """ "شدد X على ضرورة ..." with an X no list knows: X is the speaker, the words follow "على"."""
    quote = only("وشدد المستشار الألماني أولاف شولتس على ضرورة وقف التصعيد في المنطقة.")
    assert quote.speaker.name_ar == "أولاف شولتس"
    assert quote.text == "ضرورة وقف التصعيد في المنطقة"
    with_that = only("وشدد المستشار الألماني أولاف شولتس على أن التصعيد خطير جدا.")
    assert with_that.speaker.name_ar == "أولاف شولتس"
    assert with_that.text == "التصعيد خطير جدا"


def test_fixed_phrase_after_the_preposition_is_no_content() -> None:
    quotes = quotes_of("وأكد شولتس على هامش القمة.")
    assert quotes == []


def test_an_unknown_name_ends_before_the_object() -> None:
    quote = only("ونفى نائب وزير الخارجية الروسي سيرغي ريابكوف وجود أي قوات كورية شمالية في روسيا.")
    assert quote.speaker.name_ar == "سيرغي ريابكوف"
    assert quote.text.startswith("وجود أي قوات")


def test_subjectless_verb_after_qabla_an_continues_no_one_else() -> None:
    quotes = quotes_of(
        "وقالت وكالة تاس إن «بوتين وصل إلى قاعدة فوستوتشني»، قبل أن تعلن أن كيم وصل أيضا إلى القاعدة."
    )
    assert all(q.speaker.id != "vladimir-putin" for q in quotes)


def test_on_the_tongue_of_names_the_speaker_a_later_title_refers_to() -> None:
    found = quotes_of(
        "كشف نائب برلماني كوري جنوبي عن مقتل نحو 600 جندي من كوريا الشمالية في الحرب.\n"
        "وجاء هذا التصريح على لسان النائب “لي سيونغ كويون”، عضو لجنة الاستخبارات، خلال إحاطة.\n"
        "وأوضح النائب أن جثث الجنود القتلى تم حرقها في روسيا."
    )
    assert found[-1].speaker.name_ar == "لي سيونغ كويون"


def test_indefinite_nisba_title_is_followed_by_an_adjective_not_a_name() -> None:
    quote = only("وأضاف مسؤول أمريكي بارز أن آلاف الجنود الكوريين الشماليين يتواجدون في روسيا.")
    assert quote.speaker.name_ar == "مسؤول أمريكي بارز"


def test_where_it_was_said_is_not_who_said_it() -> None:
    quote = only(
        "أعلن الحاكم ألكسندر خينشتاين حاكم منطقة كورسك، عبر قناته على تيليجرام، أن المهندسين أنجزوا المهمة."
    )
    assert "خينشتاين" in quote.speaker.name_ar
    assert "تيليجرام" not in quote.speaker.name_ar


def test_a_statement_opening_with_another_speakers_verb_is_relayed() -> None:
    quote = only(
        "وأفادت وكالة الأنباء المركزية الكورية أن كيم قال في خطابه إن تسعة من أفراد الفوج لقوا حتفهم."
    )
    assert quote.speaker.id == "kim-jong-un"
    assert quote.via is not None and quote.via.id == "kcna"


def test_a_report_told_to_lawmakers_inside_a_newspapers_report_is_the_agencys() -> None:
    # real page (seha24): "أفادت صحيفة ديلي تليجراف، بأن جهاز الاستخبارات الوطني في كوريا الجنوبية
    # أبلغ المشرعين، خلال اجتماع مغلق يوم الخميس، بالخسائر الكبيرة ..."
    quote = only(
        "أفادت صحيفة ديلي تليجراف، بأن جهاز الاستخبارات الوطني في كوريا الجنوبية أبلغ المشرعين، خلال "
        "اجتماع مغلق يوم الخميس، بالخسائر الكبيرة في صفوف الجنود الكوريين الشماليين."
    )
    assert quote.speaker.id == "south-korea-nis"
    assert quote.via is not None and "تليجراف" in quote.via.name_ar
    assert quote.text.startswith("بالخسائر الكبيرة")
    # a verb's own complement is not someone told: "تشير إلى أن" stays the outer speaker's words
    outer = only("وأشار المسؤول الأمريكي إلى أن التقديرات الأخيرة تشير إلى أن مئات الجنود قد قتلوا.")
    assert outer.via is None


def test_a_source_located_in_a_capital_is_the_source_not_the_capital() -> None:
    # real page (iqraa): "وأشارت الوكالة نقلاً عن اللجنة العسكرية المركزية في بيونج يانج ..."
    quote = only(
        "وأشارت الوكالة نقلاً عن اللجنة العسكرية المركزية في بيونج يانج إلى أن الجنود الكوريين "
        "شاركوا في العمليات العسكرية."
    )
    assert quote.speaker.name_ar.startswith("اللجنة العسكرية المركزية")
    assert quote.speaker.id != "pyongyang"
    # a capital opening the source still speaks for its state
    assert only("ووفقا لسيول، فإن الجنود الكوريين شاركوا في العمليات العسكرية.").speaker.id == "seoul"


def test_it_is_noted_that_x_said_is_xs_statement() -> None:
    # real page (abualhol): "يذكر أن الرئيس الروسي قال في وقت سابق إن الاتفاقية تنص على ..."
    quote = only(
        "يذكر أن الرئيس الروسي قال في وقت سابق إن الاتفاقية تنص على تقديم المساعدة في حال تعرض "
        "أحد طرفيها لعدوان."
    )
    assert quote.speaker.id == "vladimir-putin"
    assert quote.text.startswith("الاتفاقية تنص")


def test_words_reported_from_him_are_the_previous_speakers_relayed() -> None:
    # real page (news.iq): "ونقلت وكالات أنباء روسية عنه قوله إن ..." after Shoigu is named
    found = quotes_of(
        "وقال شويغو إن موسكو ممتنة لبيونغ يانغ على دعمها.\n"
        "ونقلت وكالات أنباء روسية عنه قوله إن كوريا الشمالية سترسل ستة آلاف عسكري إلى كورسك."
    )
    relayed = [q for q in found if q.text.startswith("كوريا الشمالية سترسل")]
    assert [q.speaker.id for q in relayed] == ["sergei-shoigu"]
    assert relayed[0].via is not None and relayed[0].via.name_ar == "وكالات أنباء روسية"


def test_a_complement_inside_quotation_marks_opens_the_words() -> None:
    # real page (abualhol): "أعربت اليابان اليوم الخميس، “عن بالغ قلقها” إزاء اتفاقية الدفاع ..."
    quote = only(
        "أعربت اليابان اليوم الخميس، “عن بالغ قلقها” إزاء اتفاقية الدفاع المشترك بين كوريا الشمالية "
        "وروسيا، التي تنص على “المساعدة المتبادلة في حالة العدوان” من جانب أحد الموقعين."
    )
    assert quote.speaker.id == "japan"
    assert quote.text.startswith("بالغ قلقها")


def test_a_named_subject_before_describe_speaks_not_the_object_after_it() -> None:
    # real page (altaghier): "الزعيم الكوري الشمالي كيم يونغ أون وصف وفاته بأنها خسارة كبيرة ..."
    quote = only(
        "الزعيم الكوري الشمالي كيم جونغ أون وصف وفاته بأنها خسارة كبيرة في مرحلة حاسمة من العلاقات الثنائية."
    )
    assert quote.speaker.id == "kim-jong-un"


def test_a_segment_adding_more_speakers_does_not_hide_the_complement() -> None:
    # real page (elsoot): "أعربت الولايات المتحدة وبريطانيا، بالإضافة إلى ثماني دول أخرى والاتحاد
    # الأوروبي، عن إدانتها لزيادة التعاون العسكري ..."
    quote = only(
        "أعربت الولايات المتحدة وبريطانيا، بالإضافة إلى ثماني دول أخرى والاتحاد الأوروبي، عن إدانتها "
        "لزيادة التعاون العسكري بين كوريا الشمالية وروسيا."
    )
    assert quote.speaker.id == "united-states"
    assert quote.text.startswith("إدانتها لزيادة التعاون")


def test_an_adverb_before_the_object_is_not_part_of_the_words() -> None:
    # real pages (mercy.news, madanyon): "أكدت كوريا الشمالية رسمياً نشر قواتها …",
    # "أعلنت كوريا الشمالية رسمياً عن إرسال قوات إلى روسيا"
    assert only("أكدت كوريا الشمالية رسمياً نشر قواتها العسكرية إلى روسيا.").text.startswith("نشر قواتها")
    assert only("أعلنت كوريا الشمالية رسمياً عن إرسال قوات إلى روسيا.").text.startswith("إرسال قوات")


def test_a_longer_adjunct_may_stand_before_the_complement() -> None:
    # real page (ficrah): "أشار فلاديمير بوتين في بداية لقائه مع كيم إلى التقدير الكبير …"
    quote = only(
        "أشار فلاديمير بوتين في بداية لقائه مع كيم إلى التقدير الكبير لدعم كوريا الشمالية الثابت "
        "للسياسة الروسية."
    )
    assert quote.speaker.id == "vladimir-putin"
    assert quote.text.startswith("التقدير الكبير")


def test_an_institution_no_list_knows_keeps_its_adjectives_and_owner() -> None:
    # real page (mercy.news): "أكدت اللجنة العسكرية المركزية لحزب العمال الحاكم النشر في بيان"
    quote = only("أكدت اللجنة العسكرية المركزية لحزب العمال الحاكم النشر في بيان رسمي.")
    assert quote.speaker.name_ar == "اللجنة العسكرية المركزية لحزب العمال الحاكم"
    assert quote.text.startswith("النشر")


def test_an_outlet_named_in_quotation_marks_is_linked() -> None:
    # real pages: 'قالت وكالة "تاس" إن …', "وأكدت وكالة «تاس» …"
    assert only('قالت وكالة "تاس" إن المحادثات ستتناول تنفيذ المعاهدة.').speaker.id == "tass"
    assert only("قالت وكالة «تاس» إن المحادثات ستتناول تنفيذ المعاهدة.").speaker.id == "tass"


def test_a_leading_relayed_from_names_the_source_of_the_verb_after_it() -> None:
    # real page (cacsr): "ونقلا عن مجلس الأمن الروسي، قالت وكالة “تاس” إنه من المتوقع أن يناقش …"
    quote = only(
        "ونقلا عن مجلس الأمن الروسي، قالت وكالة “تاس” إنه من المتوقع أن يناقش كيم وشويغو تنفيذ المعاهدة."
    )
    assert quote.speaker.name_ar == "مجلس الأمن الروسي"
    assert quote.via is not None and quote.via.id == "tass"


def test_each_of_before_the_subjects_does_not_hide_them() -> None:
    # real page (elmawkefalarabi): "نفت كل من روسيا وكوريا الشمالية …"
    quote = only("ونفت كل من روسيا وكوريا الشمالية التقارير عن إرسال قوات إلى أوكرانيا.")
    assert quote.speaker.id == "russia"


def test_the_newspaper_stands_for_the_outlet_named_before() -> None:
    found = quotes_of(
        "وذكرت وكالة يونهاب أن كيم سيحضر العرض العسكري في بكين.\n"
        "وقالت الصحيفة إن كيم سيسافر إلى روسيا هذا الشهر للقاء بوتين."
    )
    assert [q.speaker.id for q in found if q.text.startswith("كيم سيسافر")] == ["yonhap"]


def test_words_that_only_name_a_relay_are_no_statement() -> None:
    # real page (abunews): "أعلن ذلك رئيس الجمهورية كيم جونغ أون، نقلاً عن وكالة الأنباء المركزية الكورية"
    assert quotes_of("أعلن ذلك رئيس الجمهورية كيم جونغ أون، نقلاً عن وكالة الأنباء المركزية الكورية.") == []
    # ... but a source before the reported words leaves them a statement
    found = quotes_of(
        "أكدت روسيا بحسب ما نقل عن سفير موسكو في سيول أن تحالفها مع كوريا الشمالية ليس موجها ضد أحد."
    )
    assert [q.text for q in found if "تحالفها" in q.text]


def test_footage_and_pictures_are_no_speakers() -> None:
    # real pages (hnews, almoubadara): "ووفق لقطات بثها “الكرملين”، فقد وصل …", "ووفق الصور الرسمية، يظهر …"
    assert (
        quotes_of("ووفق لقطات بثها الكرملين، فقد وصل فلاديمير بوتين إلى مطار بيونغ يانغ فجر الأربعاء.") == []
    )
    assert quotes_of("ووفق الصور الرسمية، يظهر أحد التماثيل مطليا بالذهب لجندي يرتدي زيا روسيا.") == []


def test_a_feminine_continuation_goes_on_with_the_newspaper_not_the_officials_it_quoted() -> None:
    # real page (ornet), verbatim lines 1, 2 and 4 (the crosshead "دفعات جديدة" between them)
    found = quotes_of(
        "كشفت صحيفة الغارديان البريطانية، عن استعداد دفعة جديدة من جيش كوريا الشمالية للتوجه والقتال "
        "في أوكرانيا.\n"
        "ونقلت الصحيفة عن مسؤوليين كوريين جنوبيين لم تسمهم قولهم، إن “بيونغ يانغ تخطط لزيادة الدعم على "
        "الرغم من الخسائر الكبيرة”.\n"
        "دفعات جديدة\n"
        "وأضافت: “الدفعة الجديدة تستعد، على الرغم من التقارير التي تحدثت عن خسائر فادحة في صفوف القوات "
        "الكورية الشمالية”."
    )
    added = [q for q in found if q.text.startswith("الدفعة الجديدة")]
    assert added and "صحيفة" in added[0].speaker.name_ar and "مسؤول" not in added[0].speaker.name_ar


def test_an_envoy_speaking_for_his_state_keeps_the_statement() -> None:
    quote = only("وقال روبرت وود إن الولايات المتحدة تتوقع أن تستخدم روسيا هؤلاء الجنود في القتال.")
    assert quote.speaker.id == "robert-wood"
    assert quote.via is None


def test_in_accordance_with_the_document_is_no_speaker() -> None:
    assert quotes_of("ووفقا للوثيقة، تدعم الأطراف وتطور بشكل دائم التعاون في مجالات عدة.") == []


def test_an_institution_no_list_knows_keeps_its_name_and_gets_an_english_description() -> None:
    quote = only(
        "وأفاد جهاز الاستخبارات الداخلية الأوكراني (إس بي يو)، استنادا إلى محادثات هاتفية تم التنصت عليها، "
        "بأنه جرى نقل أكثر من 200 جندي مصاب إلى مستشفى قرب موسكو."
    )
    assert quote.speaker.name_ar == "جهاز الاستخبارات الداخلية الأوكراني (إس بي يو)"
    assert (quote.speaker.kind, quote.speaker.name_en) == ("institution", "Ukrainian service")


def test_an_unlisted_institution_named_with_the_article_is_described_too() -> None:
    # written for this test: the head noun with its article ("الجهاز"), as a back-reference would name it
    quote = only("قال الجهاز الأمني الأوكراني إن الجنود الكوريين الشماليين يقاتلون في كورسك منذ أسابيع.")
    assert quote.speaker.name_ar == "الجهاز الأمني الأوكراني"
    assert (quote.speaker.kind, quote.speaker.name_en) == ("institution", "Ukrainian service")


def test_estimates_inside_an_agencys_statement_stay_the_agencys() -> None:
    quote = only("أشارت هيئة الأركان المشتركة الكورية الجنوبية إلى أن التقديرات تشير إلى مقتل 1100 جندي.")
    assert quote.speaker.id == "south-korea-jcs"


def test_an_object_then_wa_qala_are_two_statements_of_one_speaker() -> None:
    found = quotes_of(
        "ونفى بوتين التقارير عن شحنات أسلحة لأوكرانيا، "
        "وقال إن دولا أعضاء في حلف شمال الأطلسي سمحت لأوكرانيا بالهجوم."
    )
    assert [(q.speaker.id, q.text) for q in found] == [
        ("vladimir-putin", "التقارير عن شحنات أسلحة لأوكرانيا"),
        ("vladimir-putin", "دولا أعضاء في حلف شمال الأطلسي سمحت لأوكرانيا بالهجوم"),
    ]


def test_announced_with_a_plain_object_is_a_statement() -> None:
    quote = only("وأعلن كيم جونغ أون دعمه الكامل للعملية العسكرية الروسية الخاصة في أوكرانيا.")
    assert (quote.speaker.id, quote.text) == (
        "kim-jong-un",
        "دعمه الكامل للعملية العسكرية الروسية الخاصة في أوكرانيا",
    )


def test_a_coordinated_subject_is_not_the_object() -> None:
    found = quotes_of("وأعلنت كييف وحلفاؤها الغربيون عن إرسال بيونغ يانغ قوات عسكرية لدعم موسكو.")
    assert all(not q.text.startswith("وحلفاؤها") for q in found)


def test_the_accused_after_itham_is_not_the_speaker() -> None:
    found = quotes_of(
        "وقال زيلينسكي إن القوات الكورية الشمالية تكبدت خسائر. كما اتهم موسكو بنقل الحرب إلى مرحلة أخرى."
    )
    assert [q.speaker.id for q in found] == ["volodymyr-zelensky", "volodymyr-zelensky"]
    assert found[1].text.startswith("موسكو بنقل الحرب")


def test_a_participle_shares_the_titled_subject_of_the_opening_verb() -> None:
    quote = only(
        "جدد مستشار الأمن القومي الأمريكي جيك ساليفان، في تصريحات صحفية، مزاعم وجود قوات كورية في كورسك، "
        "مؤكدا استعداد واشنطن للرد على روسيا بقرارات منسقة مع حلفائها."
    )
    assert quote.speaker.id == "jake-sullivan"  # "ساليفان": a spelling the gazetteer lists
    assert quote.text.startswith("استعداد واشنطن")


def test_a_noun_naming_someone_is_not_that_person_speaking() -> None:
    quote = only("وقال ينس ستولتنبرغ إن زيارة بوتين أكدت أنه يعتمد على الزعماء المستبدين للحصول على الدعم.")
    assert quote.speaker.id == "jens-stoltenberg"
    assert quote.via is None


def test_a_relayed_quotation_after_an_adjunct_and_after_the_same_speakers_words() -> None:
    found = quotes_of(
        "وألمح بوتين إلى أن روسيا يمكن أن تساعد كوريا الشمالية على بناء أقمار اصطناعية، "
        'ونقلت وكالات أنباء روسية عن بوتين قوله في مستهل المحادثات "لهذا السبب جئنا إلى هنا".'
    )
    assert [(q.speaker.id, q.kind, q.text) for q in found] == [
        ("vladimir-putin", "indirect", "روسيا يمكن أن تساعد كوريا الشمالية على بناء أقمار اصطناعية"),
        ("vladimir-putin", "direct", "لهذا السبب جئنا إلى هنا"),
    ]
    assert found[1].via is not None and found[1].via.name_ar == "وكالات أنباء روسية"


def test_an_official_speaking_on_condition_of_anonymity() -> None:
    quote = only("وأوضح المسؤول الذي تحدث شريطة عدم الكشف عن اسمه أن الجنود وصلوا على متن سفن روسية.")
    assert (quote.speaker.name_ar, quote.text) == ("المسؤول", "الجنود وصلوا على متن سفن روسية")


def test_as_reported_by_an_agency_then_the_speakers_words() -> None:
    quote = only("وحسب ما أوردت وكالة تاس، فإن بوتين أكد أن روسيا ستفي بالتزاماتها تجاه حلفائها.")
    assert (quote.speaker.id, quote.text) == ("vladimir-putin", "روسيا ستفي بالتزاماتها تجاه حلفائها")
    assert quote.via is not None and quote.via.name_ar == "وكالة تاس"


def test_a_speakers_name_ends_before_the_verbs_preposition_and_a_report_adjunct() -> None:
    assert only("وشدد رئيس الدولة على أن الشجاعة التي أظهرها الجنود ستكتب في التاريخ.").speaker.name_ar == (
        "رئيس الدولة"
    )
    assert only("وأشارت الوكالة في تقرير لها إلى أن المعاهدة وقعت في يونيو.").speaker.name_ar == "الوكالة"


def test_a_headline_title_of_a_country_speaks_for_its_holder_not_the_country() -> None:
    quote = only('زعيم كوريا الشمالية يشيد بالجنود "الأبطال" الذين قاتلوا في روسيا')
    assert quote.speaker.id == "kim-jong-un"  # not North Korea, nor the late Kim Jong Il
    named = only("وكان مستشار الأمن القومي الكوري الجنوبي تشانغ هو جين قد أكد أن بلاده ستعيد النظر في الأمر.")
    assert named.speaker.name_ar == "تشانغ هو جين"  # a name after the title is the speaker


def test_a_definite_noun_with_a_glued_preposition_is_not_a_name() -> None:
    quote = only("وأشاد زعيم كوريا الشمالية بالجنود الأبطال الذين قاتلوا في روسيا.")
    assert (quote.speaker.id, quote.text) == ("kim-jong-un", "بالجنود الأبطال الذين قاتلوا في روسيا")


def test_a_title_with_its_complement_and_an_apposed_name() -> None:
    quote = only(
        "أكد رئيس هيئة الأركان العامة للقوات المسلحة الروسية، فاليري جيراسيموف، الدور المهم الذي يلعبه "
        "المقاتلون الكوريون الشماليون في منطقة كورسك."
    )
    assert quote.speaker.id == "valery-gerasimov"
    assert quote.text.startswith("الدور المهم")


def test_the_report_speaks_for_the_agency_named_before_it() -> None:
    found = quotes_of(
        "ذكرت وكالة الأنباء المركزية الكورية أن الزعيمين التقيا في المطار. وقال التقرير إن كيم صافح بوتين."
    )
    assert [q.speaker.id for q in found] == ["kcna", "kcna"]


def test_al_qawl_and_bayyanat() -> None:
    relayed = only('ونقلت الوزارة عن بوتين القول "نقدر دعمكم الثابت للسياسة الروسية".')
    assert (relayed.speaker.id, relayed.kind) == ("vladimir-putin", "direct")
    shown = only("بيّنت الاستخبارات الكورية الجنوبية أن جارتها الشمالية أجبرت جنودها على الانتحار.")
    assert shown.speaker.id == "south-korea-nis"


def test_a_headline_opened_by_a_title_of_a_country() -> None:
    quote = only("زعيم كوريا الشمالية: علاقتنا مع روسيا قوة لا حدود لها")
    assert (quote.speaker.id, quote.text) == ("kim-jong-un", "علاقتنا مع روسيا قوة لا حدود لها")
    assert quotes_of("مصادر: 12 ألف جندي كوري شمالي في روسيا") == []  # a label, not a speaker


def test_a_new_statement_after_a_closed_quotation_and_a_time_phrase_before_the_object() -> None:
    found = quotes_of("ووصف كيم الاتفاقية بأنها “معاهدة ضخمة” وقال إنها تبشر بحقبة جديدة في العلاقات.")
    assert [q.text for q in found] == ["الاتفاقية بأنها “معاهدة ضخمة”", "تبشر بحقبة جديدة في العلاقات"]
    quote = only("وأعلن زيلينسكي الأسبوع الماضي وقوع خسائر فادحة لكوريا الشمالية في منطقة كورسك.")
    assert quote.text.startswith("وقوع خسائر فادحة")


def test_a_title_in_construct_with_its_organisation_names_the_post_holder() -> None:
    # real page (hura7.com, via DW)
    quote = only(
        "DW – أكد أمين عام حلف الناتو إرسال قوات كورية شمالية إلى روسيا للمساعدة في حربها ضد أوكرانيا."
    )
    assert quote.speaker.id == "mark-rutte"
    unknown = only("وأكد أمين عام منظمة شنغهاي للتعاون أن المنظمة لا تتدخل في النزاعات بين الدول الأعضاء.")
    assert unknown.speaker.name_ar.startswith("أمين عام منظمة شنغهاي")


def test_a_participle_that_is_not_speech_ends_the_reported_words() -> None:
    # real page (alwakeelnews.com)
    quote = only(
        "وقال زيلينسكي إن توسيع الاستعانة بجنود من كوريا الشمالية تصعيد جديد في الحرب، داعيا إلى رد عالمي، "
        "في الوقت الذي تعزز فيه عودة دونالد ترامب إلى البيت الأبيض التكهنات بشأن محادثات السلام."
    )
    assert quote.text == "توسيع الاستعانة بجنود من كوريا الشمالية تصعيد جديد في الحرب"


def test_a_dateline_or_a_pair_of_parties_before_a_colon_is_no_speaker() -> None:
    # real pages: alwatan.om (dateline "سيول ـ ا.ف.ب:") and ar.espacemanager.com (headline)
    assert quotes_of("سيول ـ ا.ف.ب: صادقت كوريا الشمالية على معاهدة دفاع مشترك مع روسيا") == []
    assert quotes_of("كوريا الشمالية وروسيا : توقيع اتفاق ينص على المساعدة المتبادلة في حالة نشوب حرب") == []
    (headline,) = quotes_of("البنتاغون: 12 ألف جندي كوري شمالي في روسيا")
    assert headline.speaker.id == "pentagon"


def test_a_denial_with_its_day_set_off_by_commas_and_an_object_after_the_speaker() -> None:
    # real page (maghress.com/hespress)
    text = (
        "نفت كوريا الشمالية، الاثنين، إرسال قوات إلى روسيا لدعمها في الحرب ضد أوكرانيا، ووصف ممثل بيونغ يانغ "
        'لدى الأمم المتحدة تصريحات سيول بهذا الشأن بأنها "شائعة لا أساس لها".'
    )
    denial, envoy = quotes_of(text)
    assert (denial.speaker.id, denial.text) == (
        "north-korea",
        "إرسال قوات إلى روسيا لدعمها في الحرب ضد أوكرانيا",
    )
    assert envoy.speaker.name_ar == "ممثل بيونغ يانغ لدى الأمم المتحدة"


def test_what_a_claim_is_about_is_never_its_speaker() -> None:
    # real page (factalyoum): "المعلومات التي تزعم وجود الجيش الكوري الشمالي في روسيا"
    text = (
        "ونصح بيسكوف بالتعامل مع المعلومات التي تزعم وجود الجيش الكوري الشمالي في روسيا على أنها متناقضة، "
        "قائلاً: “نرى الكثير من المعلومات المتناقضة حول هذا الموضوع”."
    )
    assert all(not q.speaker.name_ar.startswith("وجود") for q in quotes_of(text))


def test_an_adjective_or_a_noun_with_a_pronoun_is_never_a_speaker() -> None:
    # real pages: arabsvoice ("بعضهم كان مصابًا، ... كما أشار إلى"), hespress ("بحسب قولها")
    text = (
        "صور الحفل أظهرت كيم وهو يحتضن الجنود العائدين، بعضهم كان مصابًا، وعبر عن تعاطفه مع عائلات الشهداء، "
        "كما أشار إلى مشاعر الألم التي عاشها الجنود وأسرهم خلال تلك الفترة الصعبة."
    )
    assert all(q.speaker.name_ar != "مصابًا" for q in quotes_of(text))
    text = (
        "ونشرت وكالة الاستخبارات الكورية الجنوبية في تقريرها صوراً تفصيلية التُقطت عبر الأقمار الصناعية، تُظهر، "
        "بحسب قولها، أول انتشار لقوات كورية شمالية في روسيا."
    )
    assert all(q.speaker.name_ar != "قولها" for q in quotes_of(text))


def test_praising_and_announcing_participles_and_a_feminine_participle_after_a_body() -> None:
    # real pages: euromedia24 (Kim at the museum site), akhbaralaan (TASS on the summit)
    praise = only(
        "واطلع كيم جونغ أون على عملية بناء وإنتاج وتركيب المنحوتات، مشيداً بجودة المنحوتات العالية التي "
        "تزين الجدران الخارجية للمبنى."
    )
    assert praise.speaker.id == "kim-jong-un"
    text = (
        "وأجرى بوتين وكيم في مستهل اللقاء محادثات مع وفديهما، قبل أن يعقدا مفاوضات ثنائية، حسبما ذكرت وكالة "
        "تاس الروسية للأنباء مضيفة أن الزعيمين سينضمان إلى مأدبة عشاء رسمية على شرف كيم."
    )
    assert {q.speaker.id for q in quotes_of(text) if "مأدبة" in q.text} == {"tass"}


def test_condemning_is_a_statement_and_what_it_calls_something_is_still_its_words() -> None:
    # real pages: alkhaleejtrend ("وقد أدان الاتحاد الأوروبي هذه الخطوة"), magazineaswat
    (eu,) = quotes_of("وقد أدان الاتحاد الأوروبي هذه الخطوة باعتبارها انتهاكا للقانون الدولي.")
    assert eu.speaker.id == "european-union" and eu.text.startswith("هذه الخطوة")
    (moscow,) = quotes_of(
        "وفي ردٍ على هذه الاتهامات، نددت موسكو بما وصفته بـ “حملة دعائية” تهدف إلى تشويه صورتها."
    )
    assert moscow.speaker.id == "moscow"


def test_criticism_is_a_statement() -> None:
    # real pages: alrasheedmedia ("وانتقد روته التعاون العسكري"), alwahdanews
    (quote,) = quotes_of('وانتقد روته "التعاون العسكري المتزايد في العمق" بين موسكو وبيونغ يانغ.')
    assert quote.speaker.id == "mark-rutte" and "التعاون العسكري" in quote.text


def test_a_masculine_participle_after_a_sentence_about_a_plan_continues_the_man_who_spoke() -> None:
    # real page (alnaharegypt): "وتشمل هذه الخطة …، معتبرًا أن …" is still Zelensky
    text = (
        'كشف زيلينسكي عن "خطة للنصر" تهدف إلى وضع أوكرانيا في موقع قوة لمواجهة روسيا.\n'
        "وتشمل هذه الخطة مطلبًا بانضمام أوكرانيا الفوري إلى الناتو، معتبرًا أن هذه الخطوة هي الضمانة "
        "الحقيقية الوحيدة لأمن بلاده."
    )
    assert [q.speaker.id for q in quotes_of(text) if "الضمانة" in q.text] == ["volodymyr-zelensky"]


def test_anonymity_asides_owned_assessments_and_the_agent_of_an_acknowledgement() -> None:
    # real pages: imlebanon ("مشترطا عدم نشر اسمه"), sawtbeirut ("وخلص تقييم لمخابرات …"), journa
    (official,) = quotes_of(
        "وقال المسؤول الأميركي مشترطا عدم نشر اسمه: “تقديرنا الأخير للضحايا هو مئات عدة”."
    )
    assert official.speaker.name_ar == "المسؤول الأميركي"
    (assessment,) = quotes_of("وخلص تقييم لمخابرات كوريا الجنوبية إلى أن الشمال يخطط لنشر قوات أخرى.")
    assert "مخابرات كوريا الجنوبية" in assessment.speaker.name_ar
    (admission,) = quotes_of(
        "كان هذا الحدث أول اعتراف علني من كوريا الشمالية بأنها أرسلت قوات متخصصة ومهندسين."
    )
    assert admission.speaker.id == "north-korea"
    assert quotes_of("ويخلص التحليل إلى أن المعاهدة منحت الطرفين غطاء قانونيا للتعاون.") == []  # the writer's


def test_a_relayed_saying_addressed_to_reporters() -> None:
    # real page (thawra): "ونقل موقع روسيا اليوم الالكتروني عن بيسكوف قوله للصحفيين: إن …"
    text = "ونقل موقع روسيا اليوم الالكتروني عن بيسكوف قوله للصحفيين: إن كوريا الديمقراطية هي جارتنا القريبة."
    (quote,) = quotes_of(text)
    assert (quote.speaker.id, quote.text) == ("dmitry-peskov", "كوريا الديمقراطية هي جارتنا القريبة")


def test_a_line_ending_with_a_colon_gives_the_quotation_on_the_next_line_its_speaker() -> None:
    # real page (strategianews, 16 January 2024): each quotation stands on its own line
    text = (
        "وقال لافروف، خلال لقائه مع نظيرته الكورية الشمالية، التي تقوم بزيارة رسمية إلى موسكو:\n"
        "“نؤكد موقفنا المبدئي الداعم للتوصل إلى تسوية شاملة وعادلة للمشاكل القائمة“.\n"
        "وأضاف لافروف:\n"
        "“قدمت روسيا مقترحات ذات صلة إلى مجلس الأمن الدولي. وهي على طاولة المفاوضات”.\n"
        "ومن جهة أخرى، قالت وزيرة خارجية كوريا الشمالية خلال اللقاء، إن:\n"
        "“بوتين مدعو لزيارة كوريا الشمالية“.\n"
    )
    found = quotes_of(text)
    assert [(q.speaker.id, q.kind) for q in found] == [
        ("sergei-lavrov", "direct"),
        ("sergei-lavrov", "direct"),
        ("choe-son-hui", "direct"),
    ]
    assert found[1].text.startswith("قدمت روسيا") and len(found[0].sources) == 2  # the intro line cited too


def test_the_chief_of_staff_title_before_an_apposed_name() -> None:
    # real page: iqraa ("وأكد رئيس أركان الجيش الروسي، فاليري جيراسيموف، الدور …")
    (chief,) = quotes_of(
        "وأكد رئيس أركان الجيش الروسي، فاليري جيراسيموف، الدور المحوري الذي لعبته القوات الكورية الشمالية."
    )
    assert chief.speaker.id == "valery-gerasimov"


def test_a_short_adjunct_between_the_subject_and_its_complement() -> None:
    # real page (gamescomputerdownload): "وأكد فولودين خلال اللقاء على عمق العلاقات …"
    (quote,) = quotes_of("وأكد فولودين خلال اللقاء على عمق العلاقات التاريخية بين روسيا وكوريا الشمالية.")
    assert (quote.speaker.id, quote.text) == (
        "vyacheslav-volodin",
        "عمق العلاقات التاريخية بين روسيا وكوريا الشمالية",
    )
    (aide,) = quotes_of("وقال يوري يوشاكوف، أحد مساعدي بوتين، إن الرئيس الروسي تلقى أعمالا فنية مختلفة.")
    assert aide.speaker.id == "yuri-ushakov"  # not Putin, named in the apposition


def test_a_quotation_that_is_itself_a_report_belongs_to_the_one_reported() -> None:
    # real page (lemaghreb.tn): Yonhap quoting the intelligence service
    text = 'وقالت الوكالة "قال جهاز الاستخبارات إنه علم أن الشمال قرر مؤخرا إرسال أربع فرق من الجنود".'
    (quote,) = quotes_of(text)
    assert quote.speaker.name_ar == "جهاز الاستخبارات" and quote.via is not None


def test_the_writers_own_clauses_end_the_reported_words() -> None:
    # real pages: arabsvoice ("، وهو اعتراف نادر"), sahafati ("، حتى إن"), iqraa ("، مما يمثل")
    (quote,) = quotes_of(
        "أعلن الزعيم الكوري الشمالي كيم جونغ أون إرسال قوات إلى روسيا للمساعدة في إزالة الألغام في كورسك، "
        "وهو اعتراف نادر من بيونغ يانغ حول الدور الذي تلعبه قواتها."
    )
    assert quote.text == "إرسال قوات إلى روسيا للمساعدة في إزالة الألغام في كورسك"
    (quote,) = quotes_of(
        "كما أفادت الوكالة بأن هذه العمليات “تكللت بالنجاح”، مما يمثل تأكيداً غير مسبوق لدور الجيش الكوري."
    )
    assert quote.text == "هذه العمليات “تكللت بالنجاح”"


def test_a_continuation_verb_after_a_comma_opens_a_statement_of_its_own() -> None:
    # real pages: estaql ("، وأضاف “سنواصل تعزيز صداقتنا”"), kbs ("، وأضاف أن كوريا الشمالية سوف تحافظ")
    first, second = quotes_of(
        "وأشار بيسكوف إلى أن الموضوع الرئيسي للمحادثات سيكون العلاقات بين الدول المجاورة، "
        "وأضاف “سنواصل تعزيز صداقتنا”."
    )
    assert first.text == "الموضوع الرئيسي للمحادثات سيكون العلاقات بين الدول المجاورة"
    assert (second.speaker.id, second.kind) == ("dmitry-peskov", "direct")
    assert second.text == "سنواصل تعزيز صداقتنا"
    said, added = quotes_of(
        "وقال السفير إن المعاهدة تتوافق تماما مع القانون الدولي، "
        "وأضاف أن كوريا الشمالية سوف تحافظ بإخلاص على التزاماتها."
    )
    assert said.text == "المعاهدة تتوافق تماما مع القانون الدولي"
    assert added.text == "كوريا الشمالية سوف تحافظ بإخلاص على التزاماتها"
    # without the comma too, "وأضاف أنها …" says something more (real38's annotators counted two)
    said, added = quotes_of("وقال السفير إن المعاهدة تتوافق مع القانون الدولي وأضاف أنها لا تستهدف أي طرف.")
    assert (said.text, added.text) == ("المعاهدة تتوافق مع القانون الدولي", "لا تستهدف أي طرف")
    # but a verb naming an object before its complement goes on with the same words
    (one,) = quotes_of("ووصف كيم المعاهدة بأنها تاريخية وأشار إليها بأنها درع للسلام.")
    assert one.text.endswith("درع للسلام")


def test_the_accused_between_the_accuser_and_the_charge_is_part_of_the_words() -> None:
    # real pages: vietnam.vn ("اتهم … بلينكن، في 31 أكتوبر/تشرين الأول، 8 آلاف جندي … بالتواجد"),
    # ahwazstat ("واتهم الناتو وأوكرانيا مرارا كوريا الشمالية بإرسال صواريخ")
    (accusation,) = quotes_of(
        "اتهم وزير الخارجية الأمريكي أنتوني بلينكن، في 31 أكتوبر/تشرين الأول، "
        "8 آلاف جندي كوري شمالي بالتواجد في منطقة كورسك الروسية."
    )
    assert accusation.speaker.id == "antony-blinken"
    assert accusation.text == "8 آلاف جندي كوري شمالي بالتواجد في منطقة كورسك الروسية"
    (repeated,) = quotes_of("واتهم الناتو وأوكرانيا مرارا كوريا الشمالية بإرسال صواريخ إلى روسيا.")
    assert repeated.speaker.id == "nato"
    assert repeated.text.endswith("كوريا الشمالية بإرسال صواريخ إلى روسيا")


def test_a_feminine_aside_describing_the_noun_before_it_stays_in_the_words() -> None:
    # real page (alkhaleejtrend): "إن زيارته لروسيا، وهي الأولى له منذ عام 2019 …، أظهرت أن"
    (quote,) = quotes_of(
        "وقال كيم إن زيارته لروسيا، وهي الأولى له منذ عام 2019، أظهرت أن حكومته تعطي الأولوية للعلاقات."
    )
    assert quote.text.startswith("زيارته لروسيا، وهي الأولى له")
    assert quote.text.endswith("تعطي الأولوية للعلاقات")


def test_but_he_said_after_a_comma_opens_a_statement_of_its_own() -> None:
    # real pages: alnaharegypt ("…، لكنه أشار إلى أن"), mogazmasr ("…، لكنه قال إن"), alshareet ("لكنه لفت")
    first, second = quotes_of(
        "وقال زيلينسكي إن الجنود لم يرسلوا بعد إلى الجبهة، "
        "لكنه أشار إلى أن لدى بلاده معلومات استخباراتية تؤكد هذا التطور."
    )
    assert first.text == "الجنود لم يرسلوا بعد إلى الجبهة"
    assert (second.speaker.id, second.text) == (
        "volodymyr-zelensky",
        "لدى بلاده معلومات استخباراتية تؤكد هذا التطور",
    )


def test_an_outlet_named_in_quotation_marks_keeps_its_closing_mark() -> None:
    said = only('وقالت صحيفة "كوميرسانت" إن التدريبات انتهت قبل أسبوع.')
    assert said.speaker.name_ar == 'صحيفة "كوميرسانت"'
    relayed = only("ونقلت صحيفة «كوميرسانت» عن مسؤول روسي قوله إن التدريبات انتهت.")
    assert relayed.via is not None and relayed.via.name_ar == "صحيفة «كوميرسانت»"


def test_a_relative_clause_naming_its_own_speaker_is_that_speakers_statement() -> None:
    # real page (almasdar-dz): "… على المعاهدة التي قالت فيها موسكو وبيونغ يانغ إن كل دولة ستقدم …"
    blinken, treaty = quotes_of(
        "وقال بلينكن إن الولايات المتحدة تدعم ردود كوريا الجنوبية على المعاهدة التي قالت فيها "
        "موسكو وبيونغ يانغ إن كل دولة ستقدم مساعدة عسكرية فورية إذا واجهت أي منهما عدوانا مسلحا."
    )
    assert blinken.text == "الولايات المتحدة تدعم ردود كوريا الجنوبية على المعاهدة"
    assert treaty.speaker.name_ar == "موسكو وبيونغ يانغ"
    assert treaty.text.startswith("كل دولة ستقدم مساعدة عسكرية فورية")
    # a relative clause with no words of its own is the writer's framing, not a statement
    (only_one,) = quotes_of(
        "وقال المتحدث إن هذه هي المرة الأولى التي تعلن فيها أوكرانيا عن أسر جنود كوريين شماليين."
    )
    assert only_one.text.endswith("عن أسر جنود كوريين شماليين")


def test_a_closing_source_glued_to_ma_is_read_and_a_relay_in_it_kept() -> None:
    # real pages: shorouknews ("…، حسبما أعلنت وزارة الدفاع الروسية."), kalam ("…، حسبما نقلت
    # وكالة “ريا نوفوستي” عن المتحدث باسم الكرملين …")
    ministry = only(
        "وصل وزير الدفاع الروسي أندريه بيلوسوف إلى كوريا الشمالية، اليوم الجمعة، لعقد محادثات "
        "مع القادة العسكريين، حسبما أعلنت وزارة الدفاع الروسية."
    )
    assert ministry.speaker.name_ar == "وزارة الدفاع الروسية"
    assert ministry.text.endswith("لعقد محادثات مع القادة العسكريين")
    relayed = only(
        "وصل كيم جونغ أون إلى روسيا حيث سيلتقي الرئيس فلاديمير بوتين هذا الأسبوع، "
        "حسبما نقلت وكالة “ريا نوفوستي” عن المتحدث باسم الكرملين دميتري بيسكوف."
    )
    assert relayed.speaker.id == "dmitry-peskov"
    assert relayed.via is not None and "نوفوستي" in relayed.via.name_ar


def test_praise_in_ba_after_a_short_adjunct() -> None:
    # real pages: vetogate ("قد أشاد في أكثر من مناسبة بشجاعة مقاتلي …"), kuwaitnews ("وأشاد بوتين
    # أثناء اجتماعه مع كيم في بكين بـ”الثقة والصداقة”")
    (earlier,) = quotes_of(
        "وكان الرئيس الروسي فلاديمير بوتين قد أشاد في أكثر من مناسبة بشجاعة مقاتلي الجيش الشعبي الكوري."
    )
    assert (earlier.speaker.id, earlier.text) == ("vladimir-putin", "بشجاعة مقاتلي الجيش الشعبي الكوري")
    (meeting,) = quotes_of("وأشاد بوتين أثناء اجتماعه مع كيم في بكين بالثقة والصداقة بين البلدين.")
    assert meeting.text == "بالثقة والصداقة بين البلدين"  # not from "بكين", a name


def test_a_participle_is_not_the_words_of_the_person_welcomed() -> None:
    # real page (vok.rep.kp): "رحب ترحيبا حارا بزيارة الرفيق ميدفيديف …، مضيفا أن …" (Kim speaks)
    found = quotes_of(
        "وقال كيم جونغ أون إن العلاقات بين البلدين قوية جدا.\n"
        "رحب ترحيبا حارا بزيارة الرفيق ميدفيديف إلى بيونغ يانغ، مضيفا أن زيارة الوفد تعبير عن تأييد ثابت."
    )
    assert [q.speaker.id for q in found] == ["kim-jong-un", "kim-jong-un"]


def test_and_he_wrote_with_a_colon_after_a_comma_goes_on_with_the_speaker() -> None:
    # real page (cnnarabic): "…، حذر من "مخاطر دعم بيونغ يانغ الإضافي لموسكو"، وكتب: "هناك مخاطر …""
    found = quotes_of(
        'وقال زيلينسكي في خطاب ليلي: "روسيا تتخلص منهم ببساطة في الهجمات"، وفي منشور منفصل، '
        'حذر من "مخاطر دعم بيونغ يانغ الإضافي لموسكو"، وكتب: "هناك مخاطر من إرسال قوات إضافية".'
    )
    assert [(q.speaker.id, q.text) for q in found][-1] == (
        "volodymyr-zelensky",
        "هناك مخاطر من إرسال قوات إضافية",
    )
    # a byline opening its line is no one's statement
    assert quotes_of("كتب: محمد علي\nتتواصل المعارك في كورسك منذ أشهر.") == []


def test_a_definite_title_refers_back_to_the_unnamed_official_of_the_same_side() -> None:
    # real page (imlebanon): "أعلن مسؤول عسكري أميركي كبير …" then "وقال المسؤول الأميركي مشترطا …"
    first, second = quotes_of(
        "أعلن مسؤول عسكري أميركي كبير أن القوات الكورية الشمالية تكبدت مئات الضحايا في كورسك.\n"
        "وقال المسؤول الأميركي مشترطا عدم نشر اسمه: “تقديرنا الأخير للضحايا هو مئات عدة”."
    )
    assert second.speaker == first.speaker
    # another side's official is someone else
    _first, russian = quotes_of(
        "أعلن مسؤول عسكري أميركي كبير أن القوات الكورية الشمالية تكبدت مئات الضحايا في كورسك.\n"
        "وقال المسؤول الروسي مشترطا عدم نشر اسمه: “هذه الأرقام كاذبة تماما”."
    )
    assert russian.speaker.name_ar == "المسؤول الروسي"


def test_an_adverb_after_a_title_is_not_part_of_the_speaker() -> None:
    """ "وقال النائب أيضًا إنه": the speaker is the lawmaker, not someone called "النائب أيضًا"."""
    found = quotes_of("وقال النائب أيضًا إنه تمت إعادة نحو 2000 جندي كوري شمالي مصاب إلى بلادهم.")
    assert [q.speaker.name_ar for q in found] == ["النائب"]


def test_a_name_in_guillemets_then_its_preposition_object() -> None:
    """ "وأعلن الجنرال «غيراسيموف» عن استعادة …": the words start at the object, not at a colon later."""
    (quote,) = quotes_of("وأعلن الجنرال «غيراسيموف» عن استعادة كامل منطقة كورسك.")
    assert quote.speaker.id == "valery-gerasimov"
    assert quote.text.startswith("استعادة كامل منطقة كورسك")


def test_an_adjective_in_ba_is_part_of_an_unnamed_speaker() -> None:
    """ "أفاد قائد بارز في الجيش الأوكراني بأن": "بارز" (senior) is no object in ب."""
    found = quotes_of("أفاد قائد بارز في الجيش الأوكراني بأن روسيا تستخدم قوات كورية شمالية في كورسك.")
    assert [q.text for q in found] == ["روسيا تستخدم قوات كورية شمالية في كورسك"]
    assert "قائد" in found[0].speaker.name_ar


def test_a_participle_after_an_additive_opening_goes_on_with_the_speaker_before() -> None:
    """ "إضافة إلى انتهاك قرارات مجلس الأمن، واصفا ذلك …": Rutte describes it, not the Council."""
    found = quotes_of(
        "وقال الأمين العام لحلف الناتو مارك روته إن نشر القوات يمثل تصعيدا. "
        "إضافة إلى انتهاك قرارات مجلس الأمن الدولي، واصفاً ذلك بأنه توسع خطير للصراع."
    )
    assert [q.speaker.id for q in found] == ["mark-rutte", "mark-rutte"]


def test_a_speakers_name_leaves_out_a_trailing_adverb_and_a_glued_adjunct() -> None:
    """Unknown speakers are shown as written, but not "وكالة الاستخبارات أيضاً" or
    "فوروبيوفا-خلال اجتماع مجلس الأمن" (a name the gazetteer lacks; Evstigneeva, its first
    example, is listed since stop 31)."""
    found = quotes_of(
        "وأشارت وكالة الاستخبارات أيضاً إلى أن حوالي 10 آلاف جندي كوري شمالي منتشرون قرب الحدود. "
        "وأشارت فوروبيوفا-خلال اجتماع مجلس الأمن الدولي- إلى أن المعاهدة دفاعية."
    )
    assert [q.speaker.name_ar for q in found] == ["وكالة الاستخبارات", "فوروبيوفا"]


def test_egyptian_hamza_spelling_of_a_title_and_a_joined_second_subject() -> None:
    """ "مسئولون" is "مسؤولون" as Egyptian outlets write it; "ومنظمة بحثية" after it is a second
    subject, not the speaker's name."""
    (quote,) = quotes_of(
        "وقال مسئولون حكوميون في كوريا الجنوبية ومنظمة بحثية الأسبوع الماضي، "
        "إن موسكو تقدم الوقود لبيونغ يانغ."
    )
    assert quote.speaker.name_ar.startswith("مسئولون حكوميون")


def test_a_capital_speaks_even_with_recently_after_it() -> None:
    """ "أكدت بيونغ يانغ مؤخرًا أن": the capital speaking, not someone called "بيونغ يانغ مؤخرًا"."""
    (quote,) = quotes_of("وأكدت بيونغ يانغ مؤخرًا أن جنودها يساعدون الكرملين في كورسك.")
    assert quote.speaker.id == "pyongyang"


def test_new_between_a_title_and_its_organisation_keeps_the_post() -> None:
    """ "الأمين العام الجديد لحلف الناتو" is NATO's Secretary General, not a speaker called "الأمين"."""
    (quote,) = quotes_of(
        "وأكد الأمين العام الجديد لحلف الناتو أنه يأمل أن يناقش سبل التعامل مع هذه التهديدات."
    )
    assert quote.speaker.id == "mark-rutte"


def test_a_title_without_a_name_is_the_person_holding_the_post_on_the_article_date() -> None:
    # written for this test: one sentence, read in articles of three dates
    text = "وقال وزير الدفاع الروسي إن التعاون العسكري مع كوريا الشمالية سيتوسع."
    assert only(text, date(2023, 9, 14)).speaker.id == "sergei-shoigu"  # before May 2024
    assert only(text, date(2024, 10, 1)).speaker.id == "andrei-belousov"
    nato = "وقال الأمين العام لحلف شمال الأطلسي إن القوات الكورية الشمالية في كورسك."  # written
    assert only(nato, date(2024, 6, 20)).speaker.id == "jens-stoltenberg"
    assert only(nato, date(2024, 11, 5)).speaker.id == "mark-rutte"
    president = "وقال الرئيس الأمريكي إن القوات الكورية الشمالية في روسيا."  # written
    assert only(president, date(2024, 11, 5)).speaker.id == "joe-biden"
    assert only(president, date(2025, 3, 1)).speaker.id == "donald-trump"


def test_a_title_of_another_side_does_not_continue_the_last_speaker() -> None:
    # written for this test: a US president after a Russian speaker, in an article the gazetteer
    # cannot place (no date: the president-elect and the president share the title's words)
    text = (
        "وقال وزير الدفاع الروسي إن التعاون العسكري مع كوريا الشمالية سيتوسع.\n"
        "وقال الرئيس الأمريكي إن القوات الكورية الشمالية في روسيا."
    )
    first, second = quotes_of(text, None)
    assert first.speaker.country == "ru"
    assert second.speaker.id != first.speaker.id
    assert second.speaker.name_ar == "الرئيس الأمريكي"


def test_an_institution_no_list_names_before_its_past_verb_and_object() -> None:
    # the shape of "زيلينسكي أكد وجود …" with a ministry no gazetteer entry names
    [found] = quotes_of("وزارة الدفاع الأوكرانية أكدت وجود آلاف الجنود الكوريين الشماليين في كورسك.")
    assert found.speaker.name_ar == "وزارة الدفاع الأوكرانية"
    assert found.text == "وجود آلاف الجنود الكوريين الشماليين في كورسك"
    assert quotes_of("وزارة الدفاع الأوكرانية تؤكد وجود آلاف الجنود في كورسك.") == []  # a headline


def test_a_statement_told_in_a_relative_clause_of_an_indefinite_noun_is_its_owners() -> None:
    # written for this test: "تصريحات لـ X قال فيها إن": no relative pronoun, only "فيها" after the verb
    text = "وتأتي الخطوة بعد تصريحات للرئيس الأوكراني قال فيها إن كوريا الشمالية أرسلت 10 آلاف جندي.\n"
    [quote] = extract_source(make_source("t", text, date(2024, 10, 29))).quotes
    assert quote.speaker.id == "volodymyr-zelensky"
    assert quote.text.startswith("كوريا الشمالية أرسلت")


def test_a_statement_issued_with_jaa_fihi_is_its_issuers() -> None:
    # written for this test: "أصدرت X بيانا جاء فيه أن …" (what the statement says, the issuer named before)
    text = "وأصدرت وزارة الخارجية الروسية بيانا جاء فيه أن الوضع في شبه الجزيرة الكورية خطير للغاية.\n"
    [quote] = extract_source(make_source("t", text, date(2024, 10, 29))).quotes
    assert quote.speaker.id == "russian-foreign-ministry"
    assert quote.text.startswith("الوضع في شبه الجزيرة")


def test_compound_arabic_names_with_abd_and_abu_are_named_in_full() -> None:
    # written for this test: "عبد الله", "عبد الفتاح السيسي" are one name each, not "عبد"
    assert only("قال الرئيس المصري عبد الفتاح السيسي إن الهدف فتح باب الحوار.").speaker.name_ar == (
        "عبد الفتاح السيسي"
    )
    assert only(
        "قال الرئيس المصري عبد الفتاح السيسي، الأربعاء، إن الهدف فتح باب الحوار."
    ).speaker.name_ar == ("عبد الفتاح السيسي")
    assert only("قال وزير الخارجية عبد الله بوحبيب إن الهدف فتح باب الحوار.").speaker.name_ar == (
        "عبد الله بوحبيب"
    )
