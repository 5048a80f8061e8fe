# Jalur: two entry points (see README). Everything the tests need is installed from this repository's files.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test unit lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,spark]'
	touch $(STAMP)

## demo: set up, build the knowledge base (skipped when up to date), show an occupation profile and write
## the sample bank's workforce report (prints where it is)
demo: $(STAMP)
	$(BIN)/jalur demo 4211
	$(BIN)/jalur report data/samples/bank-nusantara.csv --out jalur-report

## test: set up and run the whole test suite
test: $(STAMP)
	$(BIN)/jalur kb build
	eval "$$(scripts/test-services.sh)" && $(BIN)/python -m pytest

## unit: the unit layer only, on the toy knowledge base (tests/toykb): no public data, no full build
unit: $(STAMP)
	eval "$$(scripts/test-services.sh)" && $(BIN)/python -m pytest -m "not acceptance"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src
	$(BIN)/lint-imports --no-cache

bench: $(STAMP)
	$(BIN)/python benchmarks/kb_build.py

clean:
	rm -rf $(VENV) build *.egg-info
