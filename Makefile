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

# The main job on the shipped editions: convert each edition's sources, validate its TEI,
# render HTML and text. Results go to _demo/ (the editions' own TEI is never overwritten).
demo: $(STAMP)
	@rm -rf _demo
	@for ed in editions/*/; do \
	  name=$$(basename $$ed); out=_demo/$$name; \
	  $(BIN)/tei convert $$ed/sources -d $$out/converted && \
	  $(BIN)/tei validate $$ed/tei $$out/converted && \
	  $(BIN)/tei render $$ed/tei --to html -d $$out/html && \
	  $(BIN)/tei render $$ed/tei --to text --view reading -d $$out/text-reading && \
	  $(BIN)/tei render $$ed/tei --to text --view diplomatic -d $$out/text-diplomatic || exit 1; \
	  echo "$$name: converted TEI in $$out/converted, HTML in $$out/html, text in $$out/text-*"; \
	done
	@echo "Open _demo/<edition>/html/*.html in a browser."

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
