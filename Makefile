# The two commands in the README: `make demo` and `make test`.
DB ?= demo.db
PYTEST_ARGS ?=
DEMO_SERVE ?= 1
PORT ?= 8000

.PHONY: demo test setup lint
setup:
	@scripts/setup

demo: setup
	@rm -f $(DB) $(DB)-wal $(DB)-shm
	.venv/bin/armswatch --db $(DB) ingest examples/
	.venv/bin/armswatch --db $(DB) events list
	@if [ "$(DEMO_SERVE)" = 1 ]; then .venv/bin/armswatch --db $(DB) serve --port $(PORT); fi

test: setup
	@PG=$$(scripts/pg-test-server 2>/dev/null) && export ARMSWATCH_TEST_PG=$${ARMSWATCH_TEST_PG:-$$PG} || \
	  echo "test: no PostgreSQL server could be started; PostgreSQL store tests will be skipped" >&2; \
	.venv/bin/ruff check src tests benchmarks && \
	.venv/bin/pytest -n 2 $(PYTEST_ARGS)

lint: setup
	.venv/bin/ruff check src tests benchmarks
