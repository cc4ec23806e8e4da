# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench accept clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The main job on the shipped editions: `tei build` converts each edition's new sources into
# its tei/, validates all its TEI and builds its site into _demo/<edition>/.
demo: $(STAMP)
	@rm -rf _demo
	@for ed in editions/*/; do \
	  name=$$(basename $$ed); out=_demo/$$name; \
	  $(BIN)/tei build $$ed -o $$out || exit 1; \
	  echo "$$name: open $$out/index.html (for search, serve it: $(BIN)/python -m http.server -d $$out)"; \
	done

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff check tei tests benchmarks
	$(BIN)/ruff format --check tei tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks

accept: $(STAMP)
	$(BIN)/python -m pytest tests --accept-golden -k golden

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache _demo
