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


def build_project_site(destination: Path, site_url: str, seeds: Path | None = None) -> SiteBuild:
    """Copy the project to ``destination`` (with ``seeds`` instead of ``seeds/`` when given) and
    build its site into ``destination/site`` for ``site_url``; a failed build fails the test."""
    project = copy_project(destination, with_seeds=seeds is None)
    if seeds is not None:
        for path in sorted(seeds.iterdir()):
            (project / "seeds" / path.name).write_bytes(path.read_bytes())
    site = project / "site"
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "generator", "build", "--site", str(site), "--strict"]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.fail(f"site build failed ({' '.join(command)}):\n{result.stdout}\n{result.stderr}")
    return SiteBuild(project, site, site_url, result.stderr)
