"""Fixtures shared by the whole suite.

The site is built from ``seeds/`` **once per test run** (``built_site``), in a throwaway copy of the
project, with ``SITE_URL`` the address of the local server the browser tests use; every site and
browser test reads that one build. ``built_site_log`` is the build's stderr.

``--run-slow`` also runs the tests marked ``slow`` (the full sweeps: axe, network and phone width
over every page); the default run checks one page per template and language instead. CI runs
everything (README's test command).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from site_build import SiteBuild, build_project_site

from generator.evaluate.static_server import SiteServer, make_server

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="also run the tests marked slow (CI does)")
    parser.addoption(
        "--update-expected",
        action="store_true",
        help="rewrite tests/expected/ from the fixture corpus instead of comparing (make update-expected)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow (CI runs it)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def site_server() -> Iterator[SiteServer]:
    server = make_server()
    yield server
    server.server_close()


@pytest.fixture(scope="session")
def site_build(tmp_path_factory: pytest.TempPathFactory, site_server: SiteServer) -> SiteBuild:
    url = f"http://127.0.0.1:{site_server.server_address[1]}/"
    build = build_project_site(tmp_path_factory.mktemp("project") / "project", url)
    site_server.site_root = build.site
    return build


@pytest.fixture(scope="session")
def built_site(site_build: SiteBuild) -> Path:
    return site_build.site
