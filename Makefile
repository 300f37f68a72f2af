# Two commands set everything up on a fresh machine:
#   make run    create .venv, install kg, build the graph from data/ttl/ and write the stakeholder
#               report and the who-met-whom page into out/
#   make test   create .venv, install kg with its test tools, run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install browser virtuoso clean help

help:
	@echo "make run   - set up, build the knowledge graph and write the stakeholder report into out/"
	@echo "make test  - set up and run the test suite"
	@echo "make clean - remove build/ and the virtual environment (out/ is kept: it may hold your own files)"

$(STAMP): pyproject.toml
	@echo "Installing kg and its dependencies into $(VENV)/ (once; a minute or two)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

# The examples of README write into out/ too (git ignores it).
run: $(STAMP)
	@$(BIN)/kg build --brief
	@$(BIN)/kg analyse -o out/analysis
	@$(BIN)/kg network met -o out/who-met.html
	@echo "Open out/analysis/report.html (the stakeholder report) and out/who-met.html (who met whom) in a browser,"
	@echo "or start the pages and the SPARQL endpoint with: $(BIN)/kg serve"

# Browser tests drive Debian's Chromium through Playwright (no browser download); without root
# and without chromium they are skipped with a message.
browser:
	@{ command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "noto sans cjk"; } || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian's chromium and a Hangul font for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	  else echo "chromium is not installed and this is not root: browser tests will be skipped"; fi; }

# The remote-store tests also run on Virtuoso Open Source (Debian's virtuoso-opensource), each test
# server with its own database, ports and password on loopback; the package's own service is not
# used and is disabled where systemd started it. Without root they are skipped with a message.
virtuoso:
	@command -v virtuoso-t >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian's virtuoso-opensource for the remote-store tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null; \
	    if [ -d /run/systemd/system ]; then systemctl disable --now virtuoso-opensource-7 >/dev/null 2>&1 || true; fi; \
	  else echo "virtuoso-t is not installed and this is not root: the Virtuoso tests will be skipped"; fi; }

# Two test processes (pytest-xdist), one per core of the CI machine: each builds its own copy of
# the session fixtures (tests/conftest.py) and its servers take free ports. TESTFLAGS="-n 0" runs
# them in one process.
TESTFLAGS ?= -n 2

test: $(STAMP) browser virtuoso
	$(BIN)/python -m pytest $(TESTFLAGS)

clean:
	rm -rf build $(VENV)
