# One command per job. Every target sets up .venv on first use, so a fresh clone needs
# nothing but Python 3.11 and make.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
OUT     := out

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,fast]'
	touch $(STAMP)

## demo: build examples/ into out/examples.ttl, out/explorer.html and out/report.md
demo: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/kg build examples/articles --output $(OUT)/examples.ttl
	$(BIN)/kg validate $(OUT)/examples.ttl

## test: lint, type-check and run the whole test suite
test: $(STAMP)
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/mypy kg
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
