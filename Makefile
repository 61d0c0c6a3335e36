# aiplane: every target installs what it needs (a virtualenv in .venv, pinned tools, the
# pinned Node linter in tools/lint/node_modules). Nothing installed by hand is assumed.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
NODE_STAMP := tools/lint/node_modules/.installed
# The newest openai (3.x) cannot share .venv with aidial-client (openai < 3): its own venv.
VENV3 := .venv-openai3
STAMP3 := $(VENV3)/.installed

.PHONY: help install generate check-generated lint test mock demo bench soak chaos fuzz clean mutate secrets-count

help:
	@echo "make demo   - run the quickstart against the embedded mock server"
	@echo "make test   - create the venv if missing, install, run the whole suite"
	@echo "make mutate - mutation testing of the decision modules; scores to tests/RELIABILITY.md"
	@echo "make secrets-count - the suite under the secrets audit; counts to tests/RELIABILITY.md"
	@echo "make soak   - 10,000 writes under injected faults (twice, to compare the faults of each call),"
	@echo "              then make chaos; figures to tests/RELIABILITY.md"
	@echo "make chaos  - the chaos tests for streams and transfers at full size; figures likewise"
	@echo "make fuzz   - hostile responses + schemathesis at full size; figures to tests/RELIABILITY.md"
	@echo "make generate | check-generated | lint | mock | bench | soak | clean"

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

$(STAMP3): pyproject.toml constraints-openai3.txt
	test -x $(VENV3)/bin/python || $(PYTHON) -m venv $(VENV3)
	$(VENV3)/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(VENV3)/bin/python -m pip install --quiet --disable-pip-version-check -c constraints-openai3.txt -e '.[openai3-tests]'
	touch $(STAMP3)

$(NODE_STAMP): tools/lint/package.json tools/lint/package-lock.json
	cd tools/lint && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

install: $(STAMP) $(NODE_STAMP) $(STAMP3)

generate: $(STAMP)
	$(PY) tools/generate.py

check-generated: $(STAMP)
	$(PY) -m pytest -q tests/test_generation.py

lint: install
	$(BIN)/ruff check custom tests tools benchmarks examples
	$(BIN)/ruff format --check custom tests tools benchmarks examples
	$(BIN)/mypy custom/aiplane custom/aiplane_mock tests tools
	cd generated && ../$(BIN)/mypy --strict aiplane_management aiplane_data

# test files spread over the cores (pytest-xdist; a file's tests stay together, in order)
TEST_WORKERS ?= auto
test: lint
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile
	$(VENV3)/bin/python -m pytest tests/test_clients_openai.py

mock: $(STAMP)
	$(BIN)/aiplane-mock serve --host 127.0.0.1 --port 8080

demo: $(STAMP)
	$(PY) examples/run_demo.py

# at most ~20 minutes on 2 cores; fails if a module scores below 90%
mutate: $(STAMP)
	$(PY) tools/mutate.py --write tests/RELIABILITY.md --min-score 90

secrets-count: $(STAMP)
	AIPLANE_SECRETS_REPORT=tests/RELIABILITY.md $(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/run.py

# the fault soak run twice (~3 minutes on 2 cores), then the full chaos run (~8 minutes)
soak: $(STAMP)
	$(PY) tools/soak.py --writes 10000 --workers 8
	$(MAKE) chaos

# the chaos tests with every round count times CHAOS_SCALE, each test's seed plus CHAOS_SEED
CHAOS_SCALE ?= 20
CHAOS_SEED ?= 0
chaos: $(STAMP)
	$(PY) tools/chaos.py --scale $(CHAOS_SCALE) --seed $(CHAOS_SEED)

# the quick fuzz suites with every example count times FUZZ_SCALE (12: about 6 minutes on 2 cores)
FUZZ_SCALE ?= 12
fuzz: $(STAMP)
	$(PY) tools/fuzz.py --scale $(FUZZ_SCALE)

clean:
	rm -rf $(VENV) $(VENV3) tools/lint/node_modules .mypy_cache .ruff_cache build dist
