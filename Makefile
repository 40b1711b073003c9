# Every target sets up its own local .venv, so each works on a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench eval eval-heldout lint format clean dist

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dev]"
	@touch $(STAMP)

run: $(STAMP)
	@$(PY) scripts/check_display.py && $(PY) -m desktop $(ARGS)

test: $(STAMP)
	$(PY) -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

eval: $(STAMP)
	$(PY) eval/score.py --set eval/dev --set eval/business --set eval/madeup --set eval/seed --py desktop.extraction:analyze_to_dict --cwd .

# The held-out sets: score them, do not study their misses (see eval/heldout*/README.md).
eval-heldout: $(STAMP)
	$(PY) eval/score.py --set eval/heldout --set eval/heldout2 --py desktop.extraction:analyze_to_dict --cwd .

lint: $(STAMP)
	$(PY) -m ruff check desktop tests benchmarks scripts
	$(PY) -m ruff format --check desktop tests benchmarks scripts

format: $(STAMP)
	$(PY) -m ruff format desktop tests benchmarks scripts

# The standalone one-folder app, dist/BriefingDesk/ (BRIEFING_DESK_CONSOLE=1 for a console build).
dist: $(STAMP)
	$(PY) -m PyInstaller --noconfirm --clean build.spec

clean:
	rm -rf $(VENV) build dist *.egg-info
