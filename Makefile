# Two commands set everything up on a fresh machine:
#   make run    create .venv, install kg, build the graph from data/ttl/ and print a summary
#   make test   create .venv, install kg with its test tools, run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install clean help

help:
	@echo "make run   - set up and build the knowledge graph (kg build)"
	@echo "make test  - set up and run the test suite"
	@echo "make clean - remove build/ and the virtual environment"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/kg build

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf build $(VENV)
