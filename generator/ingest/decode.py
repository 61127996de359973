"""Decode a source file's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM, nothing else."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from generator.models import Diagnostic

_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_HELP = "save the file as UTF-8 (or UTF-16 with a byte-order mark)"


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text (None when the source must be skipped) and what went wrong."""

    text: str | None
    diagnostics: tuple[Diagnostic, ...] = ()


def _line_of(raw: bytes, offset: int) -> int:
    return raw[:offset].count(b"\n") + 1


def _error(file: str, message: str, raw: bytes, offset: int | None = None) -> Decoded:
    line = _line_of(raw, offset) if offset is not None else None
    return Decoded(None, (Diagnostic("error", file, message, line=line, offset=offset),))


def _decode_utf16(raw: bytes, bom: bytes, encoding: str, file: str) -> Decoded:
    body = raw[len(bom) :]
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        offset = len(bom) + exc.start
        label = encoding.upper().replace("-LE", " LE").replace("-BE", " BE")
        return _error(file, f"invalid {label} data at byte {offset} ({exc.reason}); {_HELP}", raw, offset)
    if "\x00" in text:
        return _error(file, "binary file (contains NUL characters); only text sources are read", raw)
    return Decoded(text)


def decode_source(raw: bytes, file: str) -> Decoded:
    """Decode ``raw``; bad bytes give an error naming the byte offset of the first bad byte."""
    for bom, encoding in _UTF16_BOMS:
        if raw.startswith(bom):
            return _decode_utf16(raw, bom, encoding, file)
    bom_length = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    nul = raw.find(b"\x00")
    if nul >= 0:
        return _error(file, f"binary file (NUL byte at byte {nul}); only text sources are read", raw, nul)
    try:
        text = raw[bom_length:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = bom_length + exc.start
        bad = raw[offset]
        message = f"not valid UTF-8: byte 0x{bad:02X} at byte offset {offset} cannot be decoded; {_HELP}"
        return _error(file, message, raw, offset)
    return Decoded(text)
