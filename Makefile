# One command per job. Every target sets up .venv on first use, so a fresh clone needs
# nothing but Python 3.11 and make.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
OUT     := out
# Extra pytest arguments, e.g.  make test PYTEST_ARGS="-k ingest -x"
PYTEST_ARGS ?=

.PHONY: demo test lint pytest browser-deps bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,fast]'
	touch $(STAMP)

## demo: build examples/articles into out/examples.ttl, validate it, write out/report.md
##       (kg analyze) and out/explorer.html (kg render)
demo: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/kg build examples/articles --output $(OUT)/examples.ttl
	$(BIN)/kg validate $(OUT)/examples.ttl
	$(BIN)/kg analyze $(OUT)/examples.ttl --output $(OUT)/report.md
	$(BIN)/kg render $(OUT)/examples.ttl --output $(OUT)/explorer.html --title "kg examples"
	@echo "demo: $(OUT)/examples.ttl $(OUT)/report.md $(OUT)/explorer.html"

## test: lint, type-check and run the whole test suite (what CI runs)
test: lint pytest

lint: $(STAMP)
	$(BIN)/ruff check kg tests benchmarks examples scripts
	$(BIN)/mypy kg

# pytest exits 5 when it collected no tests (e.g. a PYTEST_ARGS filter that matches
# nothing): say so and do not fail; every other non-zero exit fails.
pytest: $(STAMP) browser-deps
	@$(BIN)/python -m pytest -q $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make: pytest collected no tests"; exit 0; fi; exit $$rc

## browser-deps: headless Chromium for the tests marked "browser" (Debian's chromium).
## Installed with apt-get when missing and we are root (as in CI); otherwise those tests skip.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make: installing chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "make: chromium not found and cannot install it; browser tests will skip"; fi; }

## bench: speed and memory of extraction, analysis and the explorer (not tests)
bench: $(STAMP) browser-deps
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/bench_analyze.py
	$(BIN)/python benchmarks/bench_render.py

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
