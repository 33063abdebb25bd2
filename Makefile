# The two commands a newcomer needs: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Service processes (docs/operations.md); ACCESS_LOG=1 logs one line per request.
WORKERS ?= 1

.PHONY: install jars neo4j stop run test lint schema bench-peer bench-scale web web-if-node web-test research

# The web page (web/): built with Node >= 20.19 and npm into web/dist, never committed.
NODE_OK := $(shell node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a == 20 && b >= 19) ? 0 : 1)' 2>/dev/null && command -v npm >/dev/null && echo yes)
WEB_SOURCES := $(shell find web/src web/public -type f -not -path 'web/src/gql/*' 2>/dev/null) \
	web/scripts/europeMap.ts web/index.html web/graphiql.html web/vite.config.ts web/codegen.ts web/tsconfig.json schema.graphql
NO_NODE_MESSAGE := Node.js >= 20.19 with npm not found: serving the API only (GraphiQL and / say so). \
	For the web page install Node.js 20.19+ and npm, then run make web.

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

jars: install
	$(BIN)/python -m localneo4j build

neo4j: install
ifdef NEO4J_URI
	@echo "NEO4J_URI is set: using $(NEO4J_URI), starting nothing"
else
	$(BIN)/python -m localneo4j start
endif

stop: install
	$(BIN)/python -m localneo4j stop

web: web/dist/.built

web/node_modules/.package-lock.json: web/package-lock.json web/package.json
	cd web && npm ci --no-audit --no-fund

web/dist/.built: web/node_modules/.package-lock.json $(WEB_SOURCES)
	cd web && npm run build
	touch $@

# The page when Node is there; otherwise a message, and the API is served all the same.
web-if-node:
ifeq ($(NODE_OK),yes)
	@$(MAKE) --no-print-directory web
else
	@echo "$(NO_NODE_MESSAGE)"
endif

# The page's unit tests (vitest); the browser tests run in pytest (tests/test_web.py).
web-test: web-if-node
ifeq ($(NODE_OK),yes)
	cd web && npm test
else ifdef CI
	@echo "$(NO_NODE_MESSAGE)" && exit 1
else
	@echo "web unit tests skipped: $(NO_NODE_MESSAGE)"
endif

run: neo4j web-if-node
	$(BIN)/clustergraph demo
	$(BIN)/uvicorn server:create_app --factory --host $(HOST) --port $(PORT) --workers $(WORKERS) $(if $(ACCESS_LOG),,--no-access-log)

# The tests run in TEST_WORKERS processes (pytest-xdist), each with a Neo4j of its own and a
# file's tests in one process; against a given NEO4J_URI (one database) in one process.
TEST_WORKERS ?= 2

test: install web-test
ifndef NEO4J_URI
	$(BIN)/python -m localneo4j build
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile
else
	$(BIN)/pytest
endif

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .

# schema.graphql, the API's schema as the web page's code generator reads it, from the code.
schema: install
	$(BIN)/python -m schema.export

# clustergraph against @neo4j/graphql and the raw driver (bench/peer/README.md). Arguments go
# to the bench, e.g. `make bench-peer ARGS="--runs 1 --requests 20"`. Needs Node 20 and npm.
PEER := bench/peer/server

$(PEER)/node_modules/.package-lock.json: $(PEER)/package-lock.json
	cd $(PEER) && npm ci --no-audit --no-fund

bench-peer: install jars $(PEER)/node_modules/.package-lock.json
	$(BIN)/python -m bench.peer $(ARGS)

# Refit the suggestion model from the data and print its tables (research/README.md).
$(VENV)/.research: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[research]'
	touch $@

research: $(VENV)/.research
	$(BIN)/python -m research.refit

# How the costs grow with the network (bench/scale.py, docs/scaling.md): networks 1, 3 and 10
# times the real one, each in a Neo4j of its own. Arguments go to the bench, e.g.
# `make bench-scale ARGS="--k 1 3 --requests 20"`.
bench-scale: install jars
	$(BIN)/python -m bench.scale $(ARGS)
