# The two commands a newcomer needs: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install jars neo4j stop run test lint schema bench bench-peer

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

run: neo4j
	$(BIN)/clustergraph demo
	$(BIN)/uvicorn server:create_app --factory --host $(HOST) --port $(PORT)

test: install
ifndef NEO4J_URI
	$(BIN)/python -m localneo4j build
endif
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .

# clustergraph against @neo4j/graphql and the raw driver (bench/peer/README.md). Arguments go
# to the bench, e.g. `make bench-peer ARGS="--runs 1 --requests 20"`. Needs Node 20 and npm.
PEER := bench/peer/server

$(PEER)/node_modules/.package-lock.json: $(PEER)/package-lock.json
	cd $(PEER) && npm ci --no-audit --no-fund

bench-peer: install jars $(PEER)/node_modules/.package-lock.json
	$(BIN)/python -m bench.peer $(ARGS)
