# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench accept clean native pure

# The converter's stages compiled with mypyc (setup.py says why): built in place once and again
# whenever one of their sources changes. NATIVE=0 runs everything as plain Python instead.
NATIVE ?= 1
NATIVE_SOURCES := $(wildcard tei/read/*.py tei/people/*.py tei/encode/*.py) setup.py
ifeq ($(NATIVE),1)
BUILT := build/native.stamp
else
BUILT := build/pure.stamp
endif

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# After a build every .so is touched: mypyc leaves a module's unchanged shim with its old time,
# which tei.native.stale_modules (the check before tests and benchmarks) would take for stale.
build/native.stamp: $(STAMP) $(NATIVE_SOURCES)
	@mkdir -p build && rm -f build/pure.stamp
	@echo "compiling the converter with mypyc (a minute, once; 'make pure' undoes it)"
	@if TEI_NATIVE=1 $(BIN)/python setup.py -q build_ext --inplace -j 2 >build/native.log 2>&1; \
	then find tei -name '*.so' -exec touch {} +; echo "compiled: tei/read, tei/people, tei/encode"; \
	else find tei -name '*.so' -delete; rm -f *__mypyc*.so; \
	  echo "no C compiler or mypyc failed (see build/native.log): plain Python, same output"; fi
	@touch $@

build/pure.stamp: $(STAMP)
	@mkdir -p build && rm -f build/native.stamp
	@find tei -name '*.so' -delete; rm -f *__mypyc*.so
	@touch $@

native: build/native.stamp

pure: build/pure.stamp

# The main job on the shipped editions: `tei build` converts each edition's new sources into
# its tei/, validates all its TEI and builds its site into _demo/<edition>/.
demo: $(BUILT)
	@rm -rf _demo
	@for ed in editions/*/; do \
	  name=$$(basename $$ed); out=_demo/$$name; \
	  $(BIN)/tei build $$ed -o $$out || exit 1; \
	  echo "$$name: open $$out/index.html (for search, serve it: $(BIN)/python -m http.server -d $$out)"; \
	done

test: $(BUILT)
	$(BIN)/python -m pytest -n 2 --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff check tei tests benchmarks
	$(BIN)/ruff format --check tei tests benchmarks
	$(BIN)/mypy

bench: $(BUILT)
	$(BIN)/python -m benchmarks

accept: $(BUILT)
	$(BIN)/python -m pytest tests --accept-golden -k golden

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache _demo build dist
	find tei -name '*.so' -delete; rm -f *__mypyc*.so
