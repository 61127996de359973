"""Guards around the pipeline: where the site may be written, open data matching its schema,
and corrections that refer to facts of a source that failed to load."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import ConfigError, GeneratorError
from generator.filenames import shown
from generator.models import Diagnostic, FactSet

if TYPE_CHECKING:
    from generator.build import BuildOptions
    from generator.curate import Editorial

PROTECTED_FOLDERS = ("seeds", "docs", "generator", "tests", ".git", ".github", ".ci", "node_modules", ".venv")
BUILD_MARKERS = ("sitemap.xml", "404.html")
FACTS_FILE = "explainer/data/facts.json"
SCHEMA_FILE = Path(__file__).resolve().parent / "data" / "facts.schema.json"


class UnsafeSiteDir(GeneratorError):
    """``--site`` names a folder the build must not empty."""


def check_site_dir(options: BuildOptions) -> None:
    """Refuse a site folder whose replacement would delete the project or an author's files."""
    site = options.site_dir.resolve()
    root = options.project_root.resolve()
    named = shown(str(options.site_dir))
    if site == root or site in root.parents:
        raise UnsafeSiteDir(f"--site {named}: refusing to replace the project folder (or a folder above it)")
    protected = [root / name for name in PROTECTED_FOLDERS]
    protected += [options.seeds_dir.resolve(), options.docs_dir.resolve()]
    for folder in protected:
        if site == folder or site.is_relative_to(folder):
            raise UnsafeSiteDir(f"--site {named}: refusing to write the site into {shown(str(folder))}")
    if site.exists() and not site.is_dir():
        raise UnsafeSiteDir(f"--site {named}: exists and is not a folder")
    if site.is_dir() and any(site.iterdir()) and not any((site / m).is_file() for m in BUILD_MARKERS):
        raise UnsafeSiteDir(
            f"--site {named}: the folder is not empty and does not look like a built site "
            f"(no {' or '.join(BUILD_MARKERS)}); choose an empty or new folder"
        )


def check_open_data(
    docs_dir: Path, valid_before: set[str] | None = None, passed: set[str] | None = None
) -> list[Diagnostic]:
    """``facts.json`` as written must match ``facts.schema.json``: one error per mismatch.

    With ``valid_before`` (digests of facts that passed the same schema before), each fact is
    checked on its own and only when its digest is not in the set; the digests of the facts
    that pass (known or newly checked) go into ``passed``. The top level is checked every time."""
    passed = set() if passed is None else passed
    import jsonschema

    path = docs_dir / FACTS_FILE
    shown_path = f"docs/{FACTS_FILE}"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [Diagnostic("error", shown_path, f"cannot check the open data: {exc}")]
    validator = jsonschema.Draft202012Validator(schema)
    if valid_before is None:
        errors = list(validator.iter_errors(document))
    else:
        errors = _errors_by_fact(schema, validator, document, valid_before, passed)
    problems = []
    for error in sorted(errors, key=lambda e: list(map(str, e.absolute_path)))[:20]:
        where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        problems.append(Diagnostic("error", shown_path, f"does not match facts.schema.json at {where}: "
                                   f"{shown(error.message)[:300]}"))  # fmt: skip
    return problems


def _errors_by_fact(
    schema: dict[str, Any], validator: Any, document: Any, valid_before: set[str], passed: set[str]
) -> list[Any]:
    """Schema errors of ``document``, checking the items of each list of facts one by one."""
    if not isinstance(document, dict):
        return list(validator.iter_errors(document))
    lists = {key: value for key, value in document.items() if isinstance(value, list)}
    errors = list(validator.iter_errors({**document, **{key: [] for key in lists}}))
    for key, items in lists.items():
        item_schema = schema.get("properties", {}).get(key, {}).get("items")
        if item_schema is None:
            errors += validator.iter_errors({key: items})
            continue
        check = validator.evolve(schema={**item_schema, "$defs": schema.get("$defs", {})})
        for index, item in enumerate(items):
            digest = hashlib.sha256(json.dumps([key, item], sort_keys=True).encode()).hexdigest()
            if digest in valid_before:
                passed.add(digest)
                continue
            found = list(check.iter_errors(item))
            for error in found:
                error.path.extendleft([index, key])  # -> key/index/... as in a whole-file check
            errors += found
            if not found:
                passed.add(digest)
    return errors


def _referenced_ids(entry: Any) -> list[str]:
    ids = [entry.get("hide"), entry.get("correct"), *(entry.get("merge") or [])]
    return [i for i in ids if isinstance(i, str)]


def _fact_ids(facts: FactSet) -> set[str]:
    groups = (facts.quotes, facts.troop_estimates, facts.events, facts.treaty_provisions)
    return {fact.id for group in groups for fact in group}


def curate(
    facts: FactSet, editorial: Editorial, failed_sources: list[str]
) -> tuple[FactSet, tuple[Diagnostic, ...]]:
    """Apply the editorial layer. While some source failed to load, a correction about a fact
    that is missing (or an ``add:`` citing that source) is a warning naming the source, and the
    rest of the site still builds; otherwise every mistake stays an error."""
    from generator.curate import apply_editorial
    from generator.curate.apply import apply_corrections

    if not failed_sources:
        return apply_editorial(facts, editorial)
    failed_stems = {Path(name).stem for name in failed_sources}
    kept, skipped, current = [], [], facts
    for correction in editorial.corrections:
        try:
            current, _ = apply_corrections(current, (correction,))
            kept.append(correction)
        except ConfigError:
            missing = [i for i in _referenced_ids(correction.entry) if i not in _fact_ids(current)]
            if not missing and correction.entry.get("source") not in failed_stems:
                raise
            what = f"fact id '{missing[0]}'" if missing else f"source '{correction.entry.get('source')}'"
            message = (
                f"{correction.action} entry skipped: {what} is not available because "
                f"{', '.join(failed_sources)} failed to load (see the error above)"
            )
            skipped.append(Diagnostic("warning", correction.file, message, line=correction.line))
    corrected, notes = apply_editorial(facts, replace(editorial, corrections=tuple(kept)))
    because = f" — not available because {', '.join(failed_sources)} failed to load (see the error above)"
    notes = tuple(
        replace(note, message=note.message + because)
        if note.level == "warning" and "unknown fact id" in note.message
        else note
        for note in notes
    )
    return corrected, (*skipped, *notes)
