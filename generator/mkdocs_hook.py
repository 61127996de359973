"""MkDocs hook: ``mkdocs build`` / ``mkdocs serve`` regenerate the pages from seeds/ first.

``mkdocs serve`` also watches seeds/ and generator/ (on_serve), so adding or editing a source
rebuilds the site.

Listed under ``hooks:`` in mkdocs.yml. ``python -m generator build`` generates before calling
MkDocs and sets EXPLAINER_SKIP_GENERATE so the work is not done twice. Generated files are only
rewritten when their content changes, so ``mkdocs serve`` does not loop on its own output.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.explainer")


def on_pre_build(config: Any) -> None:
    if os.environ.get("EXPLAINER_SKIP_GENERATE") == "1":
        return
    project_root = Path(config["config_file_path"]).resolve().parent
    if str(project_root) not in sys.path:
        sys.path.insert(0, str(project_root))
    from generator.build import BuildOptions, generate

    summary = generate(BuildOptions.for_project(project_root), log=log.info)
    for diagnostic in summary.diagnostics:
        if diagnostic.level == "error":
            log.warning(str(diagnostic))  # counted by mkdocs --strict
        else:
            log.info(str(diagnostic))
    log.info(summary.line())


@event_priority(-200)  # after mkdocs-static-i18n (-100) has written the index of every language
def on_post_build(config: Any) -> None:
    """The search index split by language (the Arabic site searches its own pages, the English
    its own), each in one canonical order, so that a site updated in place by a dirty build
    (generator.incremental) is byte-identical to a full build."""
    project_root = Path(config["config_file_path"]).resolve().parent
    if str(project_root) not in sys.path:
        sys.path.insert(0, str(project_root))
    from generator.incremental import split_search_index

    split_search_index(Path(config["site_dir"]))


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    project_root = Path(config["config_file_path"]).resolve().parent
    for folder in ("seeds", "generator"):
        if (project_root / folder).is_dir():
            server.watch(str(project_root / folder))
    return server
