PY := .venv/bin/python

.PHONY: setup site serve test test-fast lint format bench score clean

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
