PY := .venv/bin/python

.PHONY: setup site serve test test-fast update-expected lint format bench score clean

setup:
	bash .ci/setup

site: setup
	$(PY) -m generator build

serve: setup
	.venv/bin/mkdocs serve

test:
	bash .ci/setup --with-browser && $(PY) -m pytest --run-slow

test-fast:
	$(PY) -m pytest

# The saved expected site (tests/expected/): rewrite it after a deliberate change, review the diff.
update-expected:
	$(PY) -m pytest -q tests/test_expected_site.py --update-expected

lint:
	.venv/bin/ruff check generator tests docs/overrides/hooks
	.venv/bin/ruff format --check generator tests docs/overrides/hooks
	.venv/bin/mypy

format:
	.venv/bin/ruff format generator tests docs/overrides/hooks

score:
	$(PY) -m generator.evaluate.score

bench:
	$(PY) -m generator.evaluate.bench
	$(PY) -m generator.evaluate.site_bench

clean:
	rm -rf site .cache docs/explainer docs/assets/vendor
