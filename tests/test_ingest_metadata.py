"""Metadata read from the text (checked against the seeds by reading them) and from sidecars."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from generator.ingest import ingest_sources
from generator.ingest.metadata import default_header_date_parser, detect_language, find_published
from generator.models import Source

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"


@pytest.fixture(scope="module")
def seeds_result():
    return ingest_sources(ROOT / "seeds")


@pytest.fixture(scope="module")
def seed_sources(seeds_result) -> dict[str, Source]:
    return {source.id[:3]: source for source in seeds_result.sources}


def fixtures_dir(tmp_path: Path, *names: str) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in names:
        for path in FIXTURES.glob(f"{name}.*"):
            shutil.copy(path, seeds)
    return seeds


# ---------------------------------------------------------------- seeds, checked by reading them


def test_seed_publication_dates(seed_sources: dict[str, Source]):
    assert seed_sources["000"].meta.published == date(2024, 6, 20)  # not the caption's 19 June
    assert seed_sources["003"].meta.published == date(2024, 11, 18)
    assert seed_sources["004"].meta.published == date(2024, 11, 29)  # not the caption's 19 June
    assert seed_sources["001"].meta.published is None
    assert seed_sources["002"].meta.published is None


def test_undated_seeds_get_a_warning(seeds_result):
    undated = sorted(d.file for d in seeds_result.diagnostics if "undated" in d.message)
    assert undated == ["seeds/001_d72462fe3d51e874.txt", "seeds/002_8ae169058506a477.txt"]
    assert all(d.level == "warning" for d in seeds_result.diagnostics)


def test_seed_titles_authors_outlets(seed_sources: dict[str, Source]):
    assert seed_sources["000"].meta.title == "زيارة بوتين إلى كوريا الشمالية: اتفاق على التصدي لأي عدوان"
    assert (
        seed_sources["004"].meta.title == "تفاصيل لقاء زعيم كوريا الشمالية وزير الدفاع الروسي في بيونغ يانغ"
    )
    assert seed_sources["003"].meta.title.startswith("كوريا الشمالية وروسيا ..شراكة استراتيجة")
    # seed 002 opens with an ad marker and a subscribe line: the title is the first real line
    assert seed_sources["002"].meta.title.startswith("وقع فلاديمير بوتين اتفاقا مع كيم جونغ أون")
    assert seed_sources["003"].meta.author == "هناء أبو العز"
    assert seed_sources["001"].meta.outlet == "الأسبوع"
    assert seed_sources["000"].meta.outlet == "رويترز، العربي الجديد"
    assert seed_sources["002"].meta.outlet is None
    for source in seed_sources.values():
        assert source.meta.language == "ar"
        assert source.meta.reproduce == "excerpts"
        assert source.meta.url is None


def test_word_counts_are_plausible(seed_sources: dict[str, Source]):
    for source in seed_sources.values():
        words = len(source.cleaned_text.split())
        assert 0.9 * words <= source.word_count <= words
    # seed 001 loses its ten-line related list, so it has fewer words than its original text
    assert seed_sources["001"].word_count < len(seed_sources["001"].original_text.split()) - 100


# ---------------------------------------------------------------- header date lines


@pytest.mark.parametrize(
    "line, expected",
    [
        ("20 يونيو 2024", date(2024, 6, 20)),
        ("الإثنين، 18 نوفمبر 2024 01:10 م", date(2024, 11, 18)),
        ("الاثنين 18 نوفمبر 2024", date(2024, 11, 18)),
        ("١٨ تشرين الثاني ٢٠٢٤", date(2024, 11, 18)),
        ("19 حزيران/يونيو 2024", date(2024, 6, 19)),
        ("19 يونيو/ حزيران 2024", date(2024, 6, 19)),
        ("3 آب 2024", date(2024, 8, 3)),
        ("1 كانون الثاني 2025", date(2025, 1, 1)),
        ("نشر في: 20 يونيو 2024 - 10:30 ص", date(2024, 6, 20)),
        ("June 19, 2024", date(2024, 6, 19)),
        ("2024-06-20", date(2024, 6, 20)),
        ("20/06/2024", date(2024, 6, 20)),
        ("19-6-2024", date(2024, 6, 19)),
        ("2024/11/12 13:05", date(2024, 11, 12)),
        ("9 نونبر 2024", date(2024, 11, 9)),
        ("الخميس 7 شتنبر 2023", date(2023, 9, 7)),
        ("13 ذو الحجة 1445 هـ - 19 يونيو 2024", date(2024, 6, 19)),
        ("19 يونيو 2024 - آخر تحديث 16:05", date(2024, 6, 19)),
        ("موسكو، 7-11-2024 (وكالات) -", date(2024, 11, 7)),
        ("طوكيو – الأحد 3 نوفمبر 2024", date(2024, 11, 3)),
        ("الخميس 5 ديسمبر 2024 - 12:00 بتوقيت غرينتش", date(2024, 12, 5)),
        ("clock 13 سبتمبر 2023, 8:45:12 ص", date(2023, 9, 13)),  # an icon's label before the date
        ("13-يناير-2025", date(2025, 1, 13)),
        ("مشاركة » الأربعاء ديسمبر 04, 2024 10:29 pm", date(2024, 12, 4)),  # a forum post's header
        ("6/19/2024", date(2024, 6, 19)),  # month first: the only reading that is a date
        ("موسكو (كونا) 19 – 6 – 2024", date(2024, 6, 19)),  # place, agency credit, spaced dashes
        ("Wed, 19 Jun 2024 10:00:00 GMT", date(2024, 6, 19)),
        ("الجمعة 29/نوفمبر/2024 - 08:33 م", date(2024, 11, 29)),  # slashes around the month name
        ("10 – يونيو – 2025", date(2025, 6, 10)),
        # the same day again in digits (month first) after the clock
        ("الثلاثاء 05/نوفمبر/2024 - 05:50 ص 11/5/2024 5:50:45 AM", date(2024, 11, 5)),
        ("الثلاثاء 05/نوفمبر/2024 - 05:50 ص 11/6/2024 5:50:45 AM", None),  # two different days
        ("قسم الأخبار 16-01-2024", date(2024, 1, 16)),  # a site section's name before the date
        ("قسم الاخبار الدولية 12/11/2024", date(2024, 11, 12)),
        ("قسم الأخبار يقول إن الوفد وصل 16-01-2024", None),  # a sentence, not a section's name
        ("(اخر تعديل 2024-12-18 00:16:21 )", date(2024, 12, 18)),  # in brackets, "last edited"
        ("الأثنين. يونيو 23rd, 2025", date(2025, 6, 23)),  # month first with an ordinal day
        ("بوتين وكيم، 19 يونيو 2024 (Getty)", None),
        ("بوتين وكيم جونغ أون بعد المحادثات، 19 يونيو 2024 (Getty)", None),
        ("وصل بوتين في 19 يونيو 2024 إلى بيونغ يانغ", None),
        ("31 فبراير 2024", None),
        ("يونيو 2024", None),
    ],
)
def test_date_only_lines(line: str, expected: date | None):
    assert default_header_date_parser().parse_line(line) == expected


def test_caption_date_is_not_the_publication_date(tmp_path: Path):
    result = ingest_sources(fixtures_dir(tmp_path, "caption_date_not_published"))
    (source,) = result.sources
    assert source.meta.published is None
    assert [d.level for d in result.diagnostics if "undated" in d.message] == ["warning"]


def test_levantine_month_eastern_digits_and_byline(tmp_path: Path):
    (source,) = ingest_sources(fixtures_dir(tmp_path, "levantine_eastern_digits_date")).sources
    assert source.meta.published == date(2024, 10, 24)
    assert source.meta.author == "سامر الخطيب"
    assert source.meta.title == "الدوما يصادق على معاهدة الشراكة"


def test_compound_month_and_source_line(tmp_path: Path):
    (source,) = ingest_sources(fixtures_dir(tmp_path, "compound_month_date")).sources
    assert source.meta.published == date(2024, 6, 19)
    assert source.meta.outlet == "وكالة الأنباء المحلية"


def test_english_article_is_detected_as_english(tmp_path: Path):
    (source,) = ingest_sources(fixtures_dir(tmp_path, "english_article")).sources
    assert source.meta.language == "en"
    assert source.meta.published == date(2024, 6, 19)
    assert source.meta.author == "Jane Doe"


def test_language_detection_counts_letters():
    assert detect_language("قال بوتين إن NATO يتوسع") == "ar"
    assert detect_language("Putin said that the treaty (المعاهدة) is defensive.") == "en"
    assert detect_language("2024") == "ar"


# ---------------------------------------------------------------- sidecars


def test_sidecar_overrides_every_field(tmp_path: Path):
    result = ingest_sources(fixtures_dir(tmp_path, "sidecar_override"))
    (source,) = result.sources
    meta = source.meta
    assert meta.title == "عنوان من الملف الجانبي"
    assert meta.published == date(2024, 6, 19)
    assert meta.outlet == "العربي الجديد"
    assert meta.author is None
    assert meta.url == "https://example.org/article"
    assert meta.reproduce == "full"
    assert not result.diagnostics  # dated by the sidecar, so no "undated" warning


def _errors_for(result, file: str):
    return [d for d in result.diagnostics if d.file == file and d.level == "error"]


def test_sidecar_unknown_key_names_file_line_key_and_valid_keys(tmp_path: Path):
    result = ingest_sources(fixtures_dir(tmp_path, "sidecar_unknown_key", "sidecar_override"))
    (error,) = _errors_for(result, "seeds/sidecar_unknown_key.meta.yml")
    assert error.line == 2
    assert "publisher" in error.message and "did you mean 'published'" in error.message
    assert "title, published, outlet, author, url, language, reproduce" in error.message
    # the source still ingests with the metadata read from its text, and so does the other one
    by_id = {s.id: s for s in result.sources}
    assert by_id["sidecar_unknown_key"].meta.title == "خبر مع ملف جانبي خاطئ"
    assert by_id["sidecar_unknown_key"].meta.published == date(2024, 6, 20)
    assert by_id["sidecar_override"].meta.reproduce == "full"


def test_sidecar_bad_value_names_the_value_and_what_is_valid(tmp_path: Path):
    result = ingest_sources(fixtures_dir(tmp_path, "sidecar_bad_date"))
    (error,) = _errors_for(result, "seeds/sidecar_bad_date.meta.yml")
    assert error.line == 3
    assert "2024-13-45" in error.message and "YYYY-MM-DD" in error.message
    (source,) = result.sources
    assert source.meta.outlet is None  # no partial application of a broken sidecar
    assert "seeds/sidecar_bad_date.meta.yml:3: error:" in str(error)


def test_sidecar_with_invalid_yaml_reports_a_line(tmp_path: Path):
    result = ingest_sources(fixtures_dir(tmp_path, "sidecar_bad_yaml"))
    (error,) = _errors_for(result, "seeds/sidecar_bad_yaml.meta.yml")
    assert error.line is not None and "YAML" in error.message
    (source,) = result.sources
    assert source.meta.published == date(2024, 11, 29)


@pytest.mark.parametrize(
    "content, line, words",
    [
        ("language: fr\n", 1, ["'fr'", "ar, en"]),
        ("title: ok\nreproduce: all\n", 2, ["'all'", "full, excerpts"]),
        ("url: ftp://x\n", 1, ["ftp://x", "http"]),
        ("title: ''\n", 1, ["empty"]),
        ("- title: x\n", 1, ["mapping"]),
        ("title: a\ntitle: b\n", 2, ["twice"]),
    ],
)
def test_sidecar_value_errors(tmp_path: Path, content: str, line: int, words: list[str]):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("عنوان\n\n20 يونيو 2024\n\nنص الخبر.\n", encoding="utf-8")
    (seeds / "a.meta.yml").write_text(content, encoding="utf-8")
    result = ingest_sources(seeds)
    (error,) = _errors_for(result, "seeds/a.meta.yml")
    assert error.line == line
    for word in words:
        assert word in error.message
    assert [s.id for s in result.sources] == ["a"]


def test_orphan_sidecar_is_a_warning(tmp_path: Path):
    result = ingest_sources(fixtures_dir(tmp_path, "sidecar_orphan", "compound_month_date"))
    (warning,) = [d for d in result.diagnostics if d.file == "seeds/sidecar_orphan.meta.yml"]
    assert warning.level == "warning" and "sidecar_orphan.txt" in warning.message
    assert [s.id for s in result.sources] == ["compound_month_date"]


def test_empty_sidecar_changes_nothing(tmp_path: Path):
    seeds = fixtures_dir(tmp_path, "compound_month_date")
    (seeds / "compound_month_date.meta.yml").write_text("# nothing yet\n", encoding="utf-8")
    result = ingest_sources(seeds)
    assert not result.diagnostics
    assert result.sources[0].meta.published == date(2024, 6, 19)


def test_title_skips_date_and_byline_lines(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = "\n١٩ حزيران ٢٠٢٤\nكتب: أحمد علي\n\nمقتل جنود في كورسك\n\nنص الخبر الكامل هنا.\n"
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    (source,) = ingest_sources(seeds).sources
    assert source.meta.title == "مقتل جنود في كورسك"
    assert source.meta.author == "أحمد علي"
    assert source.meta.published == date(2024, 6, 19)


def test_title_falls_back_to_the_file_stem_when_there_is_no_text_line(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "x_2024.txt").write_text("20 يونيو 2024\n\n12345\n", encoding="utf-8")
    (source,) = ingest_sources(seeds).sources
    assert source.meta.title == "x_2024"


@pytest.mark.parametrize(
    ("line", "expected"),
    [("الثلاثاء 12 نونبر 2024", date(2024, 11, 12)), ("November 12, 2024", date(2024, 11, 12))],
)
def test_header_dates_read_every_month_spelling_of_the_shared_table(line: str, expected: date) -> None:
    """Ingest reads the same month table as the extractor (generator/data/months.yml), Maghrebi
    forms included."""
    assert default_header_date_parser().parse_line(line) == expected


def _published_of(tmp_path: Path, text: str) -> date | None:
    """The publication date ingest reads from one article with ``text``."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    (source,) = ingest_sources(seeds).sources
    return source.meta.published


def test_the_publication_date_is_the_one_before_the_update(tmp_path: Path):
    text = (
        "بوتين يصادق على المعاهدة\nنشرت في 12 يونيو 2024 آخر تحديث 13 يونيو 2024\n"
        "وقال الكرملين إن الرئيس وقع القانون.\n"
    )
    assert _published_of(tmp_path, text) == date(2024, 6, 12)


def test_a_date_labelled_as_the_publication_date_wins_over_a_timestamp(tmp_path: Path):
    """A scraper's timestamp on the second line does not date an article whose header says
    "تاريخ النشر" further down."""
    text = (
        "الراي:\n2025-05-02@14:31:15 GMT\nبوتين وكيم يصلان قاعدة فوستوتشني\n"
        "تاريخ النشر: 13th, September 2023 GMT\nوصل الرئيس الروسي إلى القاعدة.\n"
    )
    assert _published_of(tmp_path, text) == date(2023, 9, 13)


def test_a_pages_age_before_its_date_and_its_section_after_it_are_not_part_of_the_date() -> None:
    # https://newsfall.news/Home/ViewNews/9828610 (the page's first two lines, verbatim)
    lines = [
        "شولتس يبحث مع شي استعانة روسيا بجنود من كوريا الشمالية",
        "منذ 3 ساعة (19-11-2024 18:24:18) (سياسة)",
    ]
    assert find_published(lines, default_header_date_parser()) == date(2024, 11, 19)
    assert (
        find_published(["عنوان", "منذ 3 ساعات"], default_header_date_parser()) is None
    )  # an age alone: no date


def test_a_weekday_without_its_article_before_a_month_first_date() -> None:
    # https://alkhabar.mr/node/25783 (its title and date lines, verbatim)
    lines = ["فرض عقوبات أوروبية ضد وزير في حكومة كوريا الشمالية", "جمعة, 02/23/2024 - 23:46"]
    assert find_published(lines, default_header_date_parser()) == date(2024, 2, 23)
    assert find_published(["عنوان", "أحد الجنود 12/11/2024"], default_header_date_parser()) is None
