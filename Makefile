# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test eval bench fuzz screenshot clean venv

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents extract examples/ --format table

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/newsevents eval ../shared/data/acled-dev.jsonl

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

screenshot: $(STAMP)
	NEWSEVENTS_SCREENSHOT=$(CURDIR)/docs/screenshot.png $(BIN)/python -m pytest -q tests/test_web.py -k reference_article

fuzz: $(STAMP)
	$(BIN)/python fuzz/run.py --seconds $${FUZZ_SECONDS:-120}

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
