"""Stable fact ids: derived from a fact's content, never from file order."""

from __future__ import annotations

import functools
import hashlib
import json

from generator.arabic.normalize import match_key

# One encoder for every id: ``json.dumps`` with non-default options builds a new JSONEncoder per
# call; this one has the same options, so the same output.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def stable_id(prefix: str, *parts: object) -> str:
    """``prefix`` + 12 hex digits of the SHA-256 of the normalised parts."""
    normalised = [_key(p) if isinstance(p, str) else p for p in parts]
    digest = hashlib.sha256(_ENCODER.encode(normalised).encode("utf-8"))
    return f"{prefix}-{digest.hexdigest()[:12]}"


@functools.lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return match_key(text)
