"""The generator's exception tree: one base class, each error names the file it is about."""

from __future__ import annotations


class GeneratorError(Exception):
    """Base class: the CLI prints ``str(error)`` on one line and exits non-zero."""


class ConfigError(GeneratorError):
    """A sidecar or editorial YAML file is malformed or has an invalid value."""

    def __init__(self, file: str, message: str, *, line: int | None = None, key: str | None = None):
        self.file = file
        self.line = line
        self.key = key
        where = file + (f":{line}" if line is not None else "")
        what = f"key '{key}': " if key else ""
        super().__init__(f"{where}: {what}{message}")


class OverwriteRefused(GeneratorError):
    """The generator was about to overwrite a file it did not write."""
