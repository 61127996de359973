"""Ingest stage: read ``seeds/*.txt``, decode, cut scraping junk, read metadata and sidecars.

``ingest_sources`` never raises for a bad source: each problem becomes a Diagnostic naming the
file (and line / byte offset where it applies), the source is skipped, and the others go on.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.ingest.clean import clean_text, split_lines, word_count
from generator.ingest.decode import decode_source
from generator.ingest.lexicon import JunkLexicon, default_lexicon
from generator.ingest.metadata import meta_from_text
from generator.ingest.sidecar import SIDECAR_SUFFIX, apply_overrides, load_sidecar, sidecar_path
from generator.models import Diagnostic, IngestResult, Source

__all__ = ["format_removals", "ingest_source_file", "ingest_sources"]

DEFAULT_MAX_BYTES = 2_000_000


def _display(seeds_dir: Path, path: Path) -> str:
    """The path as shown to authors: "<seeds dir name>/<file>" (stable wherever the dir lives)."""
    return f"{seeds_dir.name}/{path.name}" if seeds_dir.name else path.name


def _read_bytes(path: Path, file: str, max_bytes: int) -> tuple[bytes | None, list[Diagnostic]]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            message = f"file too large ({size} bytes, limit {max_bytes}); the source is skipped"
            return None, [Diagnostic("error", file, message)]
        return path.read_bytes(), []
    except OSError as exc:
        return None, [Diagnostic("error", file, f"cannot read file: {exc.strerror or exc}")]


def ingest_source_file(
    path: Path, file: str, *, max_bytes: int = DEFAULT_MAX_BYTES, lexicon: JunkLexicon | None = None
) -> tuple[Source | None, list[Diagnostic]]:
    """Ingest one file (``file`` is its display name); None plus diagnostics when it is unusable."""
    raw, diagnostics = _read_bytes(path, file, max_bytes)
    if raw is None:
        return None, diagnostics
    decoded = decode_source(raw, file)
    diagnostics.extend(decoded.diagnostics)
    if decoded.text is None:
        return None, diagnostics
    if not decoded.text.strip():
        diagnostics.append(Diagnostic("warning", file, "empty file (no text); the source is skipped"))
        return None, diagnostics
    lexicon = lexicon or default_lexicon()
    cleaned = clean_text(decoded.text, lexicon)
    meta = meta_from_text(cleaned.text, path.stem, lexicon)
    sidecar_file = sidecar_path(path)
    overrides, sidecar_diagnostics = load_sidecar(sidecar_file, _sibling_display(file, sidecar_file))
    diagnostics.extend(sidecar_diagnostics)
    meta = apply_overrides(meta, overrides)
    if meta.published is None:
        diagnostics.append(
            Diagnostic(
                "warning",
                file,
                "undated: no publication date near the top; add 'published' to "
                f"{_sibling_display(file, sidecar_file)}",
            )
        )
    source = Source(
        id=path.stem,
        file=file,
        original_text=decoded.text,
        cleaned_text=cleaned.text,
        offset_map=cleaned.offset_map,
        removals=cleaned.removals,
        meta=meta,
        sha256=hashlib.sha256(raw).hexdigest(),
        word_count=word_count(cleaned.text),
    )
    return source, diagnostics


def _sibling_display(file: str, sibling: Path) -> str:
    head, _, _ = file.rpartition("/")
    return f"{head}/{sibling.name}" if head else sibling.name


def ingest_sources(seeds_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> IngestResult:
    """Ingest every ``*.txt`` in ``seeds_dir`` in sorted order (hidden files are ignored)."""
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.is_dir():
        return IngestResult((), (Diagnostic("error", str(seeds_dir), "seeds directory not found"),))
    entries = sorted(p for p in seeds_dir.iterdir() if not p.name.startswith("."))
    sources: list[Source] = []
    diagnostics: list[Diagnostic] = []
    for path in entries:
        if path.suffix != ".txt" or not path.is_file():
            continue
        source, found = ingest_source_file(path, _display(seeds_dir, path), max_bytes=max_bytes)
        diagnostics.extend(found)
        if source is not None:
            sources.append(source)
    for path in entries:
        if path.name.endswith(SIDECAR_SUFFIX) and path.is_file():
            text_name = path.name.removesuffix(SIDECAR_SUFFIX) + ".txt"
            if not (seeds_dir / text_name).is_file():
                message = f"sidecar without a matching source (expected {text_name}); it is ignored"
                diagnostics.append(Diagnostic("warning", _display(seeds_dir, path), message))
    return IngestResult(tuple(sources), tuple(diagnostics))


def _line_number(text: str, offset: int) -> int:
    return 1 + sum(1 for line in split_lines(text[:offset]) if line.newline_at is not None)


def format_removals(source: Source) -> str:
    """A readable listing of every cut made in ``source`` (for ``python -m generator debug-cleaning``)."""
    header = f"{source.file}: {len(source.removals)} cut(s), {len(source.original_text)} -> "
    lines = [header + f"{len(source.cleaned_text)} characters"]
    for removal in source.removals:
        shown = " ".join(removal.text.split())
        if len(shown) > 100:
            shown = shown[:97] + "..."
        line = _line_number(source.original_text, removal.start)
        lines.append(f"  line {line} [{removal.start}:{removal.end}] {removal.reason}: {shown}")
    return "\n".join(lines) + "\n"
