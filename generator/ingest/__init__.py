"""Ingest stage: read ``seeds/*.txt``, decode, cut scraping junk, read metadata and sidecars.

``ingest_sources`` never raises for a bad source: each problem becomes a Diagnostic naming the
file (and line / byte offset where it applies), the source is skipped, and the others go on.
Only regular files really inside ``seeds/`` are read: symbolic links, devices, FIFOs, sockets
and folders are refused with an error naming them. Every other entry that is not read (hidden
files, ``*.TXT``, files of other types) is reported, never skipped silently.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from generator.filenames import shown
from generator.ingest.cache import IngestCache, source_key
from generator.ingest.clean import CleanResult, clean_text, split_lines, word_count
from generator.ingest.decode import decode_source
from generator.ingest.junk import JunkLexicon, default_lexicon
from generator.ingest.metadata import meta_from_text
from generator.ingest.sidecar import SIDECAR_SUFFIX, apply_overrides, load_sidecar, sidecar_path
from generator.models import Diagnostic, IngestResult, Source, SourceMeta
from generator.safefile import UnsafeFile, read_regular_file

__all__ = ["format_removals", "ingest_source_file", "ingest_sources", "neutralise_format_chars"]

DEFAULT_MAX_BYTES = 2_000_000
# Invisible characters that reorder displayed text (bidi embeddings, overrides and isolates:
# "\u202e0003\u202c" shows as 3000) or hide in it (deprecated format characters, word joiners,
# a BOM inside the text, interlinear annotation). Marks (LRM/RLM, ZWJ/ZWNJ) are kept.
_FORMAT_CHARS = re.compile("[\u202a-\u202e\u2066-\u2069\u206a-\u206f\u200b\u2060-\u2064\ufeff\ufff9-\ufffb]")


def _display(seeds_dir: Path, path: Path) -> str:
    """The path as shown to authors: "<seeds dir name>/<file>", control characters escaped."""
    return shown(f"{seeds_dir.name}/{path.name}" if seeds_dir.name else path.name)


def _read_bytes(
    path: Path, file: str, max_bytes: int, inside: Path | None
) -> tuple[bytes | None, list[Diagnostic]]:
    try:
        return read_regular_file(path, max_bytes=max_bytes, inside=inside), []
    except UnsafeFile as exc:
        message = exc.reason + ("; the source is skipped" if exc.too_large else "")
        return None, [Diagnostic("error", file, message)]


def neutralise_format_chars(text: str, file: str) -> tuple[str, list[Diagnostic]]:
    """``text`` without invisible reordering/format characters, and a warning when any was found."""
    found = list(_FORMAT_CHARS.finditer(text))
    if not found:
        return text, []
    first = found[0]
    codes = ", ".join(sorted({f"U+{ord(m.group()):04X}" for m in found}))
    message = (
        f"removed {len(found)} invisible formatting character(s) ({codes}) that can reorder or hide "
        f"text; the first at character {first.start()}"
    )
    line = text.count("\n", 0, first.start()) + 1
    return _FORMAT_CHARS.sub("", text), [Diagnostic("warning", file, message, line=line)]


def ingest_source_file(
    path: Path,
    file: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    lexicon: JunkLexicon | None = None,
    inside: Path | None = None,
    cache: IngestCache | None = None,
) -> tuple[Source | None, list[Diagnostic]]:
    """Ingest one file (``file`` is its display name); None plus diagnostics when it is unusable."""
    raw, diagnostics = _read_bytes(path, file, max_bytes, inside)
    if raw is None:
        return None, diagnostics
    key = source_key(raw, file, path.stem) if cache is not None else ""
    read = cache.get(key) if cache is not None else None
    if read is None:
        read = _read_text(raw, file, path.stem, lexicon)
        if cache is not None:
            cache.put(key, read)
    found, text, cleaned, meta = read
    diagnostics.extend(found)
    if text is None or cleaned is None or meta is None:
        return None, diagnostics
    sidecar_file = sidecar_path(path)
    overrides, sidecar_diagnostics = load_sidecar(
        sidecar_file, _sibling_display(file, sidecar_file), inside=inside
    )
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
        original_text=text,
        cleaned_text=cleaned.text,
        offset_map=cleaned.offset_map,
        removals=cleaned.removals,
        meta=meta,
        sha256=hashlib.sha256(raw).hexdigest(),
        word_count=word_count(cleaned.text),
    )
    return source, diagnostics


def _read_text(
    raw: bytes, file: str, stem: str, lexicon: JunkLexicon | None
) -> tuple[list[Diagnostic], str | None, CleanResult | None, SourceMeta | None]:
    """(diagnostics, text, cleaned text, metadata read from it) of a file's bytes; None for a file
    that cannot be used. What :class:`IngestCache` keeps."""
    decoded = decode_source(raw, file)
    diagnostics = list(decoded.diagnostics)
    if decoded.text is None:
        return diagnostics, None, None, None
    text, format_warnings = neutralise_format_chars(decoded.text, file)
    diagnostics.extend(format_warnings)
    if not text.strip():
        diagnostics.append(Diagnostic("warning", file, "empty file (no text); the source is skipped"))
        return diagnostics, None, None, None
    lexicon = lexicon or default_lexicon()
    cleaned = clean_text(text, lexicon)
    return diagnostics, text, cleaned, meta_from_text(cleaned.text, stem, lexicon)


def _sibling_display(file: str, sibling: Path) -> str:
    head, _, _ = file.rpartition("/")
    return shown(f"{head}/{sibling.name}" if head else sibling.name)


def _skip_reason(entry: os.DirEntry[str]) -> tuple[str, str] | None:
    """(level, message) for a seeds/ entry that is not read as a source, None for a source."""
    name = entry.name
    if name.endswith(SIDECAR_SUFFIX):
        return ("", "")  # read with its source
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return ("error", "the file name is not valid UTF-8; rename the file")
    if name.startswith("."):
        return ("warning", "hidden file (name starts with '.'); it is not read")
    if entry.is_symlink():
        target = "dangling " if not os.path.exists(entry.path) else ""
        return ("error", f"is a {target}symbolic link; only regular files inside the folder are read")
    if name.lower().endswith(".txt") and not name.endswith(".txt"):
        return ("warning", f"not read: the extension must be lower-case .txt (rename it to {name[:-4]}.txt)")
    if not name.endswith(".txt"):
        return ("warning", "not a source (only *.txt files and *.meta.yml sidecars are read); it is ignored")
    if entry.is_dir(follow_symlinks=False):
        return ("warning", "is a folder, not a text file; it is not read")
    return None


def ingest_sources(
    seeds_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, cache_file: Path | None = None
) -> IngestResult:
    """Ingest every ``*.txt`` in ``seeds_dir`` in sorted order; report every entry not read.
    With ``cache_file``, a file read before with the same bytes is not decoded and cleaned again
    (:mod:`.cache`)."""
    cache = IngestCache(cache_file) if cache_file is not None else None
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.is_dir():
        message = "seeds directory not found"
        return IngestResult((), (Diagnostic("error", shown(str(seeds_dir)), message),))
    with os.scandir(seeds_dir) as scanner:
        entries = sorted(scanner, key=lambda e: e.name)
    sources: list[Source] = []
    diagnostics: list[Diagnostic] = []
    for entry in entries:
        path, file = Path(entry.path), _display(seeds_dir, Path(entry.path))
        reason = _skip_reason(entry)
        if reason is not None:
            if reason[0]:
                diagnostics.append(Diagnostic(reason[0], file, reason[1]))  # type: ignore[arg-type]
            continue
        source, found = ingest_source_file(path, file, max_bytes=max_bytes, inside=seeds_dir, cache=cache)
        diagnostics.extend(found)
        if source is not None:
            sources.append(source)
    names = {entry.name for entry in entries}
    for entry in entries:
        if entry.name.endswith(SIDECAR_SUFFIX) and not entry.name.startswith("."):
            text_name = entry.name.removesuffix(SIDECAR_SUFFIX) + ".txt"
            if text_name not in names:
                message = f"sidecar without a matching source (expected {shown(text_name)}); it is ignored"
                diagnostics.append(Diagnostic("warning", _display(seeds_dir, Path(entry.path)), message))
    if cache is not None:
        cache.save()
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
