"""Build Source objects from plain text (identity offset map) and synthetic corpora for benchmarks."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from datetime import date

from generator.arabic.segment import split_sentences
from generator.models import OffsetMap, Source, SourceMeta


def make_source(
    source_id: str, text: str, published: date | None = None, *, outlet: str | None = None
) -> Source:
    """A Source whose cleaned text is the original text (identity offset map)."""
    return Source(
        id=source_id,
        file=f"seeds/{source_id}.txt",
        original_text=text,
        cleaned_text=text,
        offset_map=OffsetMap(((0, 0, len(text)),)),
        removals=(),
        meta=SourceMeta(
            title=source_id, published=published, outlet=outlet, author=None, url=None, language="ar"
        ),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        word_count=len(text.split()),
    )


def synthetic_corpus(
    sources: Sequence[Source], *, target_bytes: int, article_bytes: int = 40_000, seed: int = 20240619
) -> list[Source]:
    """Articles made of the seeds' sentences recombined in a fixed-seed random order, ``target_bytes``
    of UTF-8 in total; each article keeps the publication date of a randomly chosen seed."""
    rng = random.Random(seed)
    sentences = [
        source.original_text[start:end]
        for source in sorted(sources, key=lambda s: s.id)
        for start, end in split_sentences(source.original_text)
    ]
    dates = [s.meta.published for s in sorted(sources, key=lambda s: s.id)]
    corpus: list[Source] = []
    total = 0
    while total < target_bytes and sentences:
        lines: list[str] = []
        size = 0
        while size < article_bytes:
            sentence = rng.choice(sentences)
            lines.append(sentence)
            size += len(sentence.encode("utf-8")) + 1
        text = "\n".join(lines) + "\n"
        corpus.append(make_source(f"synthetic_{len(corpus):04d}", text, rng.choice(dates)))
        total += len(text.encode("utf-8"))
    return corpus
