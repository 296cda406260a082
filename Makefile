# Kaiban 开办 — developer entry points.  `make help` lists the targets.
#
#   make run    set everything up, seed demo data if the database is empty,
#               open the window
#   make test   set everything up, run the whole test suite headless
#
# Both create .venv, install the project into it (again only when
# pyproject.toml changes) and install missing Debian/Ubuntu packages when
# possible (tools/system-deps.sh).

SHELL := /bin/bash
.DEFAULT_GOAL := help
.NOTPARALLEL:

VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Admin connection to the PostgreSQL server used by the tests (they create and
# drop their own databases).  Override: make test KAIBAN_TEST_PG=postgresql://...
KAIBAN_TEST_PG ?= postgresql://postgres@127.0.0.1:5432/test

# In CI (CI=true) the PostgreSQL tests must run, not be skipped.
ifneq ($(filter-out false 0,$(CI)),)
KAIBAN_REQUIRE_PG ?= 1
endif

# The suite runs on every core (pytest-xdist): each worker has its own databases and Qt application.
PYTEST_ARGS ?= -n auto
TEST_ENV = QT_QPA_PLATFORM=offscreen KAIBAN_TEST_PG='$(KAIBAN_TEST_PG)' \
	$(if $(KAIBAN_REQUIRE_PG),KAIBAN_REQUIRE_PG=$(KAIBAN_REQUIRE_PG))

.PHONY: help run test venv deps sysdeps pg-up screenshot translations bench clean distclean

help: ## List the targets
	@echo "Usage: make <target>"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "} {printf "  %-11s %s\n", $$1, $$2}'

# --- Set-up ------------------------------------------------------------------

venv: $(PY) ## Create .venv (python3.11, or python3 if it is >= 3.11)

$(PY):
	@py=""; \
	for cand in python3.11 python3; do \
		if $$cand -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then \
			py=$$cand; break; \
		fi; \
	done; \
	if [ -z "$$py" ]; then \
		echo "error: Kaiban needs Python 3.11 or newer, but neither python3.11 nor" >&2; \
		echo "       python3 (>= 3.11) was found.  On Debian/Ubuntu:" >&2; \
		echo "       sudo apt-get install python3.11 python3.11-venv" >&2; \
		exit 1; \
	fi; \
	echo "Creating $(VENV) with $$py ($$($$py -c 'import sys; print(sys.version.split()[0])'))"; \
	if ! $$py -m venv $(VENV); then \
		rm -f $(PY); \
		echo "error: could not create $(VENV).  On Debian/Ubuntu install the venv" >&2; \
		echo "       module: sudo apt-get install python3-venv (or make sysdeps as root)" >&2; \
		exit 1; \
	fi

deps: $(STAMP) ## Install the project and test tools into .venv (when pyproject.toml changed)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[test]'
	@touch $@

sysdeps: ## Check/install the Debian/Ubuntu packages (Qt libs, CJK font, Xvfb, poppler, pg client)
	@bash tools/system-deps.sh

# pg_isready only checks that the server answers (a missing database or a
# refused login still counts as "up").
pg-up: ## Make sure the test PostgreSQL server answers (starts the local cluster if needed)
	@if ! command -v pg_isready >/dev/null 2>&1; then \
		echo "pg-up: pg_isready not found (package postgresql-client); not checking PostgreSQL."; \
		exit 0; \
	fi; \
	if pg_isready -q -d '$(KAIBAN_TEST_PG)'; then \
		echo "pg-up: PostgreSQL answers at $(KAIBAN_TEST_PG)."; \
		exit 0; \
	fi; \
	if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then \
		as_root=""; \
		if [ "$$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
			as_root="sudo -n"; \
		fi; \
		for ver in $$(ls /etc/postgresql); do \
			[ -d /etc/postgresql/$$ver/main ] || continue; \
			echo "pg-up: starting PostgreSQL cluster $$ver/main ..."; \
			$$as_root pg_ctlcluster --skip-systemctl-redirect $$ver main start || true; \
		done; \
		for i in 1 2 3 4 5 6 7 8 9 10; do \
			pg_isready -q -d '$(KAIBAN_TEST_PG)' && break; \
			sleep 1; \
		done; \
	fi; \
	if pg_isready -q -d '$(KAIBAN_TEST_PG)'; then \
		echo "pg-up: PostgreSQL answers at $(KAIBAN_TEST_PG)."; \
	else \
		echo "pg-up: PostgreSQL is NOT reachable at $(KAIBAN_TEST_PG)."; \
		echo "pg-up: $(if $(KAIBAN_REQUIRE_PG),KAIBAN_REQUIRE_PG is set: the PostgreSQL tests will FAIL.,the PostgreSQL tests will be skipped.)"; \
		echo "pg-up: to run them: sudo apt-get install postgresql, allow trust auth for"; \
		echo "pg-up: 127.0.0.1 in pg_hba.conf, or point KAIBAN_TEST_PG at another server."; \
	fi

# --- Everyday use ------------------------------------------------------------

run: sysdeps deps ## Set up, seed demo data if the database is empty, open the window
	QT_QPA_PLATFORM=offscreen $(PY) main.py demo --if-empty
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
		exec $(PY) main.py; \
	elif command -v xvfb-run >/dev/null 2>&1; then \
		echo "No DISPLAY or WAYLAND_DISPLAY: running under xvfb-run (no visible window; Ctrl+C to stop)."; \
		exec xvfb-run -a $(PY) main.py; \
	else \
		echo "No DISPLAY or WAYLAND_DISPLAY and no xvfb-run: running with QT_QPA_PLATFORM=offscreen"; \
		echo "(no visible window; Ctrl+C to stop).  'make screenshot' renders the screens to PNG files."; \
		exec env QT_QPA_PLATFORM=offscreen $(PY) main.py; \
	fi

test: sysdeps deps pg-up ## Set up, run the whole test suite headless (SQLite + PostgreSQL)
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)

screenshot: sysdeps deps ## Render every screen to screenshots/ (offscreen)
	QT_QPA_PLATFORM=offscreen $(PY) main.py screenshot --out screenshots

translations: deps ## Refresh resources/translations/*.ts from the sources (pylupdate6); build .qm if lrelease exists
	$(VENV)/bin/pylupdate6 --no-obsolete app db plugins --ts resources/translations/kaiban_en.ts
	@lrelease=$$(command -v lrelease || ls /usr/lib/qt6/bin/lrelease 2>/dev/null || true); \
	if [ -n "$$lrelease" ]; then "$$lrelease" resources/translations/kaiban_en.ts; \
	else echo "lrelease not found (Debian package qt6-l10n-tools): .ts updated, .qm not built"; fi

bench: sysdeps deps ## Run every bench/*.py
	@set -e; shopt -s nullglob; files=(bench/*.py); \
	if [ $${#files[@]} -eq 0 ]; then echo "No benchmarks in bench/."; exit 0; fi; \
	for f in "$${files[@]}"; do \
		echo "== $$f"; \
		QT_QPA_PLATFORM=offscreen $(PY) "$$f"; \
	done

# --- Housekeeping ------------------------------------------------------------

clean: ## Remove caches, build output, screenshots and benchmark databases
	rm -rf build dist *.egg-info .pytest_cache .hypothesis screenshots out bench/*.db
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean ## Also remove .venv
	rm -rf $(VENV)
