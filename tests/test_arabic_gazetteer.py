"""Gazetteer lookup: spelling variants, attached prefixes, longest match, titles, extension file."""

from datetime import date
from pathlib import Path

import pytest

from generator.arabic.gazetteer import find_titles, load_gazetteer
from generator.arabic.phrases import phrase_key
from generator.errors import ConfigError


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def ids(gaz, text: str) -> list[str]:
    return [m.entity.id for m in gaz.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد إلى بيونج يانج مساء", "pyongyang"),
        ("زار بوينغ يانغ", "pyongyang"),
        ("في بيونغيانغ", "pyongyang"),
        ("التقى بيلاوسوف نظيره", "andrei-belousov"),
        ("قال كيم جونج أون", "kim-jong-un"),
        ("أكد البنتاجون", "pentagon"),
        ("أعلنت سيول", "seoul"),
        ("صرح ستولتنبيرغ", "jens-stoltenberg"),
        ("اتهم زيلينسكى موسكو", "volodymyr-zelensky"),
        ("بحسب وكالة يونهاب للأنباء", "yonhap"),
        ("نقلت الوكالة المركزية الكورية للأنباء", "kcna"),
        ("تعاون مع جمهورية كوريا الشعبية الديموقراطية", "north-korea"),  # not "جمهورية كوريا" (the South)
    ],
)
def test_spelling_variants_link_to_one_id(gaz, text: str, expected: str) -> None:
    assert expected in ids(gaz, text)


def test_prefixes_are_stripped_from_the_span(gaz) -> None:
    text = "قدم هدية لبوتين ثم عاد وبيونغ يانغ تراقب"
    found = gaz.find(text)
    assert [m.entity.id for m in found] == ["vladimir-putin", "pyongyang"]
    assert [m.surface for m in found] == ["بوتين", "بيونغ يانغ"]
    assert text[found[0].start : found[0].end] == "بوتين"


def test_lam_alef_lam_contraction(gaz) -> None:
    assert ids(gaz, "وفقا للكرملين") == ["kremlin"]


def test_longest_match_wins_over_short_form(gaz) -> None:
    assert ids(gaz, "رافقته كيم يو جونغ ثم تحدث كيم") == ["kim-yo-jong", "kim-jong-un"]
    assert ids(gaz, "مجلس الأمن الروسي") == ["russian-security-council"]


def test_word_boundaries_prevent_partial_matches(gaz) -> None:
    assert ids(gaz, "رسول الله ومكاسبهم") == []


def test_ignored_phrase_blocks_shorter_entity(gaz) -> None:
    assert ids(gaz, "اجتمع مجلس الأمن القومي الإسرائيلي") == []


def test_hamza_and_diacritics_do_not_matter(gaz) -> None:
    assert ids(gaz, "قال لويد اوستن") == ["lloyd-austin"]
    assert ids(gaz, "قال بُوتِينُ") == ["vladimir-putin"]


def test_get_and_entity_fields(gaz) -> None:
    putin = gaz.get("vladimir-putin")
    assert putin.kind == "person" and putin.country == "ru" and putin.name_en == "Vladimir Putin"
    ref = putin.to_ref()
    assert ref.linked and ref.id == "vladimir-putin"
    with pytest.raises(KeyError):
        gaz.get("no-such-person")


def test_builtin_variants_are_unambiguous() -> None:
    import yaml

    from generator.arabic.gazetteer import DEFAULT_GAZETTEER

    data = yaml.safe_load(DEFAULT_GAZETTEER.read_text(encoding="utf-8"))
    owner: dict[str, str] = {}
    for entity in data["entities"]:
        for name in [entity["name_ar"], *entity.get("variants_ar", [])]:
            key = phrase_key(name)
            assert owner.setdefault(key, entity["id"]) == entity["id"], name


def test_titles_with_demonym_give_the_side() -> None:
    found = find_titles("وقال وزير الدفاع الأمريكي إن نائبة وزير الخارجية تحدثت")
    assert [(t.title.id, t.country) for t in found] == [
        ("defence-minister", "us"),
        ("deputy-foreign-minister", None),
    ]
    assert found[0].surface == "وزير الدفاع الأمريكي"


def test_titles_without_article_and_with_prefix() -> None:
    found = find_titles("وللمتحدث باسم الوزارة رأي، وأمين عام المنظمة")
    assert [t.title.id for t in found] == ["spokesperson", "secretary-general"]


def test_extra_file_adds_and_overrides(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yml"
    extra.write_text(
        "entities:\n"
        "  - {id: kursk, kind: place, name_ar: كورسك, name_en: Kursk Oblast}\n"
        "  - {id: ivan-testov, kind: person, name_ar: إيفان تيستوف, name_en: Ivan Testov,"
        " variants_ar: [تيستوف], country: ru}\n",
        encoding="utf-8",
    )
    gaz = load_gazetteer(extra)
    assert gaz.get("kursk").name_en == "Kursk Oblast"
    assert [m.entity.id for m in gaz.find("قال تيستوف في كورسك")] == ["ivan-testov", "kursk"]


def test_bad_extra_file_names_the_file(tmp_path: Path) -> None:
    extra = tmp_path / "bad.yml"
    extra.write_text("entities:\n  - {id: Bad_Id, kind: person, name_ar: س, name_en: S}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.yml"):
        load_gazetteer(extra)


def test_a_gazetteer_slip_names_file_line_key_and_what_is_valid(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yml"
    extra.write_text("entities:\n  - id: new-agency\n    kind: institutoin\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"extra.yml:3.*kind.*one of: person, institution"):
        load_gazetteer(extra)
    extra.write_text("entities:\n  - id: new-agency\n    name_arr: وكالة\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"extra.yml:3.*name_arr.*did you mean 'name_ar'"):
        load_gazetteer(extra)


def test_an_agency_with_a_second_nationality_joined_to_it_is_two_services_not_one() -> None:
    gazetteer = load_gazetteer()
    assert [m.entity.id for m in gazetteer.find("قالت الاستخبارات الأوكرانية والكورية الجنوبية إن")] == []
    assert [m.entity.id for m in gazetteer.find("قالت الاستخبارات الأوكرانية وكوريا الجنوبية إن")] == [
        "ukraine-hur",
        "south-korea",
    ]


def test_posts_held_over_time_are_read_and_a_bad_date_names_file_and_line(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yml"
    extra.write_text(
        "entities:\n  - id: test-minister\n    kind: person\n    name_ar: تيست\n    name_en: Test\n"
        "    held: [{role_ar: وزير الدفاع, since: 2024-05-14, until: 2025-01-01}]\n",
        encoding="utf-8",
    )
    person = load_gazetteer(extra).get("test-minister")
    assert person.roles_on(date(2024, 6, 1)) == ("وزير الدفاع",)
    assert person.roles_on(date(2025, 1, 1)) == ()  # ``until`` is the first day out of the post
    extra.write_text(
        "entities:\n  - id: test-minister\n    kind: person\n    name_ar: تيست\n    name_en: Test\n"
        "    held: [{role_ar: وزير الدفاع, since: 14 May 2024}]\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"extra.yml:6.*since.*YYYY-MM-DD"):
        load_gazetteer(extra)
