# The analyst's entry points: `make report` and `make test` are the whole quick start.
#
# Every target runs the project's own virtual environment (.venv/bin/python) without
# activating it; the venv is created and the package installed (editable, with the test
# and benchmark extras) the first time, and again only when pyproject.toml changes.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

REPORT ?= data/reports/2023-11-23-balochistan-crackdown.txt
OUT ?= build
PYTEST_ARGS ?=
# Jupyter refuses to start as root unless told; containers and CI often run as root.
LAB_ARGS ?= $(if $(filter 0,$(shell id -u)),--allow-root)

# Scripts and tests draw off-screen; the notebooks ask for inline charts themselves
# (%matplotlib inline), so JupyterLab, papermill and nbval all show them.
export MPLBACKEND := Agg
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help install report test lint lab notebooks docs clean

help:
	@echo "make report [REPORT=path/to/report.txt] [OUT=build]  run the notebooks on a report"
	@echo "make test                                            lint, unit tests, nbval, papermill, lab"
	@echo "make lab                                             JupyterLab on notebooks/"
	@echo "make notebooks                                       re-execute the committed notebooks"
	@echo "make docs                                            redraw docs/figures.png from the seed"

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	touch $@

install: $(STAMP)

report: $(STAMP)
	$(PY) -m analysis report "$(REPORT)" --out "$(OUT)"

# Unit and property tests, every notebook under nbval (executed against its committed
# outputs), papermill runs of every notebook on a second report, and a JupyterLab start.
test: $(STAMP) lint
	$(PY) -m pytest tests notebooks \
		--nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg \
		$(PYTEST_ARGS)

# ruff: the lint rules and the formatter's style, as configured in pyproject.toml.
lint: $(STAMP)
	$(PY) -m ruff check analysis tests benchmarks
	$(PY) -m ruff format --check analysis tests benchmarks

lab: $(STAMP)
	$(PY) -m jupyterlab --ServerApp.root_dir=notebooks $(LAB_ARGS)

# Re-execute the committed notebooks in place on the seed report (their default
# parameters). Run after the extractor changes: nbval compares against these outputs.
notebooks: $(STAMP)
	$(PY) -m analysis.notebooks

docs: $(STAMP)
	$(PY) -c 'import analysis; from analysis import notebooks, plots; \
		r = analysis.load_report(analysis.paths.DEFAULT_REPORT); \
		ax = plots.plot_figures(analysis.extract_figures(r), title=f"Figures in {r.name}"); \
		notebooks.save_outputs("docs", charts={"figures": ax})'
	@echo "Wrote docs/figures.png"

clean:
	rm -rf $(OUT) .pytest_cache
