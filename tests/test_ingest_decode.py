"""Decoding and bad-input handling of ingest_sources: each bad file is reported, the rest ingest."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from generator.ingest import ingest_sources

ARTICLE = "عنوان الخبر\n\n20 يونيو 2024\n\nوقع الرئيسان معاهدة الشراكة في بيونغ يانغ يوم الأربعاء.\n"
GOOD = "وصل الرئيس إلى بيونغ يانغ في زيارة رسمية استمرت يومين.\n"


def make_seeds(tmp_path: Path, files: dict[str, bytes]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, data in files.items():
        (seeds / name).write_bytes(data)
    (seeds / "zz_good.txt").write_bytes(GOOD.encode("utf-8"))
    return seeds


def only_source(seeds: Path, name: str = "case"):
    result = ingest_sources(seeds)
    assert [s.id for s in result.sources] == [name, "zz_good"]
    return result.sources[0], result


@pytest.mark.parametrize(
    "label, data",
    [
        ("utf8", ARTICLE.encode("utf-8")),
        ("utf8_bom", codecs.BOM_UTF8 + ARTICLE.encode("utf-8")),
        ("utf16_le_bom", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")),
        ("utf16_be_bom", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")),
    ],
)
def test_supported_encodings_decode_to_the_same_text_without_bom(tmp_path: Path, label: str, data: bytes):
    source, result = only_source(make_seeds(tmp_path, {"case.txt": data}))
    assert source.original_text == ARTICLE, label
    assert "\ufeff" not in source.original_text
    assert source.meta.published is not None and source.meta.published.isoformat() == "2024-06-20"
    assert not [d for d in result.diagnostics if d.level == "error"]


def test_sha256_is_of_the_raw_bytes(tmp_path: Path):
    import hashlib

    data = codecs.BOM_UTF8 + ARTICLE.encode("utf-8")
    source, _ = only_source(make_seeds(tmp_path, {"case.txt": data}))
    assert source.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_are_kept_in_original_and_normalised_in_cleaned(tmp_path: Path, newline: str):
    text = ARTICLE.replace("\n", newline)
    source, _ = only_source(make_seeds(tmp_path, {"case.txt": text.encode("utf-8")}))
    assert source.original_text == text
    assert "\r" not in source.cleaned_text
    assert source.cleaned_text == ARTICLE.strip()


def test_latin1_bytes_are_an_error_naming_file_and_byte_offset(tmp_path: Path):
    prefix = "سطر أول\ncaf".encode()
    data = prefix + "é au lait\n".encode("latin-1")
    seeds = make_seeds(tmp_path, {"case.txt": data})
    result = ingest_sources(seeds)
    assert [s.id for s in result.sources] == ["zz_good"]
    (error,) = [d for d in result.diagnostics if d.level == "error"]
    assert error.file == "seeds/case.txt"
    assert error.offset == len(prefix)  # the first bad byte
    assert error.line == 2
    assert f"byte {len(prefix)}" in str(error)
    assert "UTF-8" in error.message


def test_bad_utf16_surrogate_is_an_error_with_offset(tmp_path: Path):
    data = codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xdc" + "cd".encode("utf-16-le")
    result = ingest_sources(make_seeds(tmp_path, {"case.txt": data}))
    (error,) = [d for d in result.diagnostics if d.level == "error"]
    assert error.file == "seeds/case.txt" and error.offset == 6
    assert [s.id for s in result.sources] == ["zz_good"]


def test_nul_bytes_mean_binary_and_the_source_is_skipped(tmp_path: Path):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    result = ingest_sources(make_seeds(tmp_path, {"case.txt": data}))
    (error,) = [d for d in result.diagnostics if d.level == "error"]
    assert error.file == "seeds/case.txt"
    assert "binary" in error.message
    assert [s.id for s in result.sources] == ["zz_good"]


def test_file_over_the_size_limit_is_skipped(tmp_path: Path):
    data = ("كلمة " * 50).encode("utf-8")
    result = ingest_sources(make_seeds(tmp_path, {"case.txt": data}), max_bytes=100)
    (error,) = [d for d in result.diagnostics if d.level == "error"]
    assert error.file == "seeds/case.txt"
    assert "too large" in error.message and "100" in error.message
    assert [s.id for s in result.sources] == ["zz_good"]


def test_default_limit_is_two_megabytes(tmp_path: Path):
    line = "وقع الرئيسان معاهدة الشراكة.\n".encode()
    big = line * (2_000_000 // len(line) + 1)
    result = ingest_sources(make_seeds(tmp_path, {"case.txt": big}))
    assert any(d.level == "error" and d.file == "seeds/case.txt" for d in result.diagnostics)
    assert [s.id for s in result.sources] == ["zz_good"]


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n \n", "\u00a0\n \n".encode(), codecs.BOM_UTF8 + b"\n"])
def test_empty_or_whitespace_only_is_a_warning_and_skipped(tmp_path: Path, data: bytes):
    result = ingest_sources(make_seeds(tmp_path, {"case.txt": data}))
    assert [s.id for s in result.sources] == ["zz_good"]
    (warning,) = [d for d in result.diagnostics if d.file == "seeds/case.txt"]
    assert warning.level == "warning" and "empty" in warning.message


def test_all_bad_files_reported_together_and_good_ones_still_ingest(tmp_path: Path):
    files = {
        "a_binary.txt": b"abc\x00def",
        "b_latin1.txt": "naïve".encode("latin-1"),
        "c_empty.txt": b"",
        "d_ok.txt": ARTICLE.encode("utf-8"),
    }
    result = ingest_sources(make_seeds(tmp_path, files))
    assert [s.id for s in result.sources] == ["d_ok", "zz_good"]
    reported = {d.file for d in result.diagnostics if d.level in ("error", "warning")}
    assert {"seeds/a_binary.txt", "seeds/b_latin1.txt", "seeds/c_empty.txt"} <= reported


def test_only_txt_files_in_sorted_order_hidden_and_other_files_ignored(tmp_path: Path):
    files = {
        "b.txt": GOOD.encode(),
        "a.txt": GOOD.encode(),
        ".hidden.txt": b"\x00binary that would be an error",
        "notes.md": b"\x00",
        "a.meta.yml": b"outlet: X\n",
    }
    result = ingest_sources(make_seeds(tmp_path, files))
    assert [s.id for s in result.sources] == ["a", "b", "zz_good"]
    assert not [d for d in result.diagnostics if d.level == "error"]
    assert result.sources[0].meta.outlet == "X"
    assert result.sources[0].file == "seeds/a.txt"


def test_missing_seeds_directory_is_a_diagnostic_not_an_exception(tmp_path: Path):
    result = ingest_sources(tmp_path / "nope")
    assert result.sources == ()
    assert result.diagnostics and result.diagnostics[0].level == "error"
