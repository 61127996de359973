"""Realistic corpora for the scale benchmark: the seeds' paragraphs recombined into 2-6 KB
articles with varied names, numbers and dates (fixed random seed, so a corpus is reproducible).

``write_corpus(seeds_dir, out_dir, count)`` writes ``count`` articles ``scale_0000.txt`` ...;
``write_article(seeds_dir, out_dir, index)`` writes one more (the "+1 source" of the benchmark).
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")  # fmt: skip
# Speakers the extractor knows (gazetteer) and some it does not: swapped into the paragraphs.
NAMES = ("فلاديمير بوتين", "سيرغي لافروف", "دميتري بيسكوف", "ماريا زاخاروفا", "كيم جونغ أون",
         "يون سوك يول", "فولوديمير زيلينسكي", "أنتوني بلينكن", "ينس ستولتنبرغ", "لويد أوستن",
         "سيرغي شويغو", "أندريه رودينكو", "ماتيو بريتشي", "سامر الحلبي", "ليلى منصور")  # fmt: skip
_NAME = re.compile("|".join(re.escape(n) for n in NAMES))
_MONTH = re.compile("|".join(MONTHS))
_NUMBER = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d{2,5})(?![\d.])")
_START = date(2023, 1, 1)
_DAYS = 1200  # articles dated over about three years and three months


def seed_paragraphs(seeds_dir: Path) -> list[str]:
    """Paragraphs of the seeds long enough to carry a fact (the same list every time)."""
    paragraphs: list[str] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = " ".join(block.split())
            if len(block) >= 160:
                paragraphs.append(block)
    return paragraphs


def _vary_number(match: re.Match[str], rng: random.Random) -> str:
    text = match.group(0)
    digits = text.replace(",", "")
    value = int(digits)
    if 1990 <= value <= 2030 and len(digits) == 4:  # a year: keep it plausible
        return str(rng.choice((2023, 2024, 2024, 2025, 2025, 2026)))
    if value < 32 and len(digits) <= 2:  # a day of the month
        return str(rng.randint(1, 28))
    varied = max(1, round(value * rng.uniform(0.5, 2.0), -(len(digits) // 2)))
    return f"{varied:,}" if "," in text else str(varied)


def article_text(paragraphs: list[str], index: int, seed: int = 20240619) -> str:
    """The ``index``-th article: a title, a date line and 2-6 KB of varied paragraphs."""
    rng = random.Random(seed * 100_003 + index)
    published = _START + timedelta(days=rng.randrange(_DAYS))
    target = rng.randint(2_000, 6_000)
    body: list[str] = []
    size = 0
    while size < target:
        paragraph = rng.choice(paragraphs)
        paragraph = _NAME.sub(lambda _m: rng.choice(NAMES), paragraph)
        paragraph = _MONTH.sub(lambda _m: rng.choice(MONTHS), paragraph)
        paragraph = _NUMBER.sub(lambda m: _vary_number(m, rng), paragraph)
        body.append(paragraph)
        size += len(paragraph.encode("utf-8"))
    title = body[0].split("،")[0].split(".")[0][:90]
    dateline = f"{published.day} {MONTHS[published.month - 1]} {published.year}"
    return f"{title}\n\n{dateline}\n\n" + "\n\n".join(body) + "\n"


def write_article(paragraphs: list[str], out_dir: Path, index: int) -> Path:
    path = out_dir / f"scale_{index:04d}.txt"
    path.write_text(article_text(paragraphs, index), encoding="utf-8")
    return path


def write_corpus(seeds_dir: Path, out_dir: Path, count: int) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paragraphs = seed_paragraphs(seeds_dir)
    return [write_article(paragraphs, out_dir, index) for index in range(count)]
