"""Stable fact ids: derived from a fact's content, never from file order."""

from __future__ import annotations

import functools
import hashlib
import json

from generator.arabic.normalize import match_key


def stable_id(prefix: str, *parts: object) -> str:
    """``prefix`` + 12 hex digits of the SHA-256 of the normalised parts."""
    normalised = [_key(p) if isinstance(p, str) else p for p in parts]
    digest = hashlib.sha256(json.dumps(normalised, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return f"{prefix}-{digest.hexdigest()[:12]}"


@functools.lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return match_key(text)
