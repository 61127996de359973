"""Every GitHub Actions workflow is valid, pinned and least-privilege; the site workflow
builds on the right changes and deploys only from pushes to main."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
SITE_WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"
PINNED_USES = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"#\s*v\d+\.\d+\.\d+\b")
SITE_PATHS = {
    "seeds/**",
    "docs/**",
    "generator/**",
    "mkdocs.yml",
    "package.json",
    "package-lock.json",
    "pyproject.toml",
    "requirements.lock",
    ".github/workflows/site.yml",
}
PUSH_TO_MAIN = "github.event_name == 'push' && github.ref == 'refs/heads/main'"


def _load(path: Path) -> dict[str, Any]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # keeps "on" a string
    assert isinstance(data, dict)
    return data


def _steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_there_is_a_workflow() -> None:
    assert SITE_WORKFLOW in WORKFLOWS


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_githubs_schema(path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  build:\n    steps: []\n", encoding="utf-8")  # no runs-on
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(broken),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_full_commit_sha_with_its_version(path: Path) -> None:
    uses_lines = [line for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    assert uses_lines, "workflow uses no actions"
    for line in uses_lines:
        reference = line.split("uses:", 1)[1].split("#", 1)[0].strip().strip("'\"")
        if reference.startswith("./"):
            continue  # a local action lives in this repository
        assert PINNED_USES.match(reference), f"not pinned to a 40-hex commit: {line.strip()}"
        assert VERSION_COMMENT.search(line), f"no '# vX.Y.Z' comment: {line.strip()}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_top_level_permissions_are_read_only(path: Path) -> None:
    workflow = _load(path)
    assert workflow.get("permissions") == {"contents": "read"}


def test_only_the_deploy_job_may_write_pages_and_only_for_pushes_to_main() -> None:
    jobs = _load(SITE_WORKFLOW)["jobs"]
    assert set(jobs) == {"build", "deploy"}
    deploy = jobs["deploy"]
    assert deploy["needs"] in ("build", ["build"])
    assert deploy["if"].replace('"', "'") == PUSH_TO_MAIN
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert "page_url" in deploy["environment"]["url"]
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in deploy["steps"])
    assert "permissions" not in jobs["build"], "the build job needs no extra permissions"


def test_pages_artifact_is_uploaded_only_for_pushes_to_main() -> None:
    build = _load(SITE_WORKFLOW)["jobs"]["build"]
    uploads = [
        step for step in build["steps"] if step.get("uses", "").startswith("actions/upload-pages-artifact@")
    ]
    assert len(uploads) == 1
    assert uploads[0]["if"].replace('"', "'") == PUSH_TO_MAIN
    assert uploads[0]["with"]["path"].rstrip("/") == "site"


def test_triggers_and_paths_filter() -> None:
    triggers = _load(SITE_WORKFLOW)["on"]
    assert set(triggers) == {"push", "pull_request", "workflow_dispatch"}
    assert triggers["push"]["branches"] == ["main"]
    assert set(triggers["push"]["paths"]) == SITE_PATHS
    assert set(triggers["pull_request"]["paths"]) == SITE_PATHS


def test_concurrency_never_cancels_a_deployment_and_separates_pull_requests() -> None:
    concurrency = _load(SITE_WORKFLOW)["concurrency"]
    assert concurrency["cancel-in-progress"] == "false"
    group = concurrency["group"]
    assert "'pages'" in group and "github.ref" in group and "pull_request" in group


def test_build_job_runs_the_agreed_steps_in_order() -> None:
    steps = _load(SITE_WORKFLOW)["jobs"]["build"]["steps"]
    commands = [step.get("run", "") for step in steps]
    used = [step.get("uses", "").split("@")[0] for step in steps]
    assert used[:3] == ["actions/checkout", "actions/setup-python", "actions/setup-node"]
    assert steps[1]["with"]["python-version"] == "3.11"
    assert steps[2]["with"]["node-version"] == "20"

    def position(fragment: str) -> int:
        matches = [index for index, command in enumerate(commands) if fragment in command]
        assert matches, f"no step runs {fragment!r}"
        return matches[0]

    assert (
        position("npm ci")
        < position("pip install -c requirements.lock -e")
        < position("python -m generator build --strict")
        < position("apt-get install -y chromium")
        < position("python -m pytest")
    )
