"""Read an input file only when it is a regular file really inside its folder.

A source, sidecar or editorial file is refused (with :class:`UnsafeFile`) when it is a symbolic
link (even one pointing inside the folder: it could be re-pointed), a device, a FIFO, a socket or
a folder, when its real path lies outside ``inside``, or when it is larger than ``max_bytes``.
The file is opened without following links and checked again on the open handle, so it cannot
be swapped between the check and the read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from generator.errors import GeneratorError


class UnsafeFile(GeneratorError):
    """An input path that must not be read; ``str()`` is the reason, without the file name."""

    def __init__(self, reason: str, *, too_large: bool = False):
        self.reason = reason
        self.too_large = too_large
        super().__init__(reason)


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
             (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISLNK, "a symbolic link"))  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def check_regular(path: Path, inside: Path | None = None) -> os.stat_result:
    """``lstat`` of ``path`` when it is a regular file (inside ``inside``); else UnsafeFile."""
    try:
        info = path.lstat()
    except OSError as exc:
        raise UnsafeFile(f"cannot read file: {exc.strerror or exc}") from exc
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeFile("is a symbolic link; only regular files inside the folder are read")
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeFile(f"is {_kind(info.st_mode)}, not a regular file; it is not read")
    if inside is not None and not path.resolve().is_relative_to(inside.resolve()):
        raise UnsafeFile(f"is outside {inside}; only files really inside it are read")
    return info


def read_regular_file(path: Path, *, max_bytes: int, inside: Path | None = None) -> bytes:
    """The bytes of ``path`` after :func:`check_regular`, at most ``max_bytes`` of them."""
    info = check_regular(path, inside)
    if info.st_size > max_bytes:
        raise UnsafeFile(f"file too large ({info.st_size} bytes, limit {max_bytes})", too_large=True)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnsafeFile("is a symbolic link; only regular files inside the folder are read") from exc
        raise UnsafeFile(f"cannot read file: {exc.strerror or exc}") from exc
    with os.fdopen(descriptor, "rb") as handle:
        opened = os.fstat(handle.fileno())
        if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (info.st_dev, info.st_ino):
            raise UnsafeFile("changed while being read; it is not read")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UnsafeFile(f"file too large (over {max_bytes} bytes)", too_large=True)
    return data
