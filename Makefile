# Two commands: `make book` builds the site into _build/html/, `make test` checks it.
# Both create the virtual environment .venv (Python 3.11) and install the pinned
# dependencies of pyproject.toml first, when needed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: book test install validate bench browser clean lab

book: $(STAMP)
	$(PY) -m analysis build $(if $(JOBS),--jobs $(JOBS))

# The site tests re-execute every page's notebook with nbval, as downloaded from the
# served site (tests/test_site.py), so the executed notebooks are not run twice.
test: book browser
	$(PY) -m pytest -p no:cacheprovider tests

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

validate: $(STAMP)
	$(PY) -m analysis validate

bench: $(STAMP)
	$(PY) -m analysis bench

# JupyterLab on the repository, where jupytext opens book/*.md as notebooks
# (--allow-root only when run as root, as in a container)
lab: $(STAMP)
	$(VENV)/bin/jupyter lab --ServerApp.root_dir=$(CURDIR) $$([ "$$(id -u)" = 0 ] && echo --allow-root)

# The site tests drive Debian's chromium headless; install it when it is missing
# and this user may (CI runs as root; .ci/run does the same).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else \
	    echo "chromium is missing: install Debian's chromium package (see README)"; exit 1; \
	  fi; }

clean:
	rm -rf _build book/*.ipynb book/regions/*.ipynb
