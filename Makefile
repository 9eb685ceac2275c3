# Two commands: `make demo` (build, validate, query, draw) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo series-demo test install browser bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build
	$(BIN)/kg validate
	$(BIN)/kg graph -o .kg/graph.html
	$(BIN)/kg query attendees

# The seed plus the fictional fixtures (other years, another district) in a scratch project.
SERIES := .kg/series-demo
series-demo: $(STAMP)
	rm -rf $(SERIES) && mkdir -p $(SERIES)
	cp -r data ontology queries $(SERIES)/
	cp tests/fixtures/articles/*.txt tests/fixtures/articles/*.yaml $(SERIES)/data/articles/
	$(BIN)/kg --project $(SERIES) build -q
	$(BIN)/kg --project $(SERIES) links
	$(BIN)/kg --project $(SERIES) compare 2019 2020 --series "duong kinh"

# Browser tests drive Debian's chromium; install it when missing (CI runs as root).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf .kg out
