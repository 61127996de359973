"""Building the site from ``seeds/`` in a throwaway project copy (the suite does it once: conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile_project import copy_project


@dataclass(frozen=True)
class SiteBuild:
    project: Path  # the throwaway project copy the site was built in
    site: Path
    url: str  # the SITE_URL it was built for
    log: str  # the build's stderr


def build_project_site(destination: Path, site_url: str, corpus: Path | None = None) -> SiteBuild:
    """Copy the project to ``destination`` and build its site into ``destination/site`` for
    ``site_url`` (``--strict``); a failed build fails the test. With ``corpus``, its ``seeds/``
    replace the project's and the files of its ``editorial/`` replace the project's."""
    project = copy_project(destination, with_seeds=corpus is None)
    if corpus is not None:
        for folder, target in (("seeds", "seeds"), ("editorial", "docs/editorial")):
            for path in sorted((corpus / folder).iterdir()):
                (project / target / path.name).write_bytes(path.read_bytes())
    site = project / "site"
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "generator", "build", "--site", str(site), "--strict"]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.fail(f"site build failed ({' '.join(command)}):\n{result.stdout}\n{result.stderr}")
    return SiteBuild(project, site, site_url, result.stderr)
