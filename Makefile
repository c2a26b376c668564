# stancegraph: the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install quality docs bench lint web clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## make run: install, ingest the bundled examples into the embedded store, serve on 127.0.0.1:8000
run: $(STAMP)
	$(BIN)/stancegraph ingest examples/
	$(BIN)/stancegraph serve

## make test: install with the dev extras and run the whole suite
test: $(STAMP)
	$(BIN)/python -m pytest

## make quality: the extractor's figures on the founding article, the PLOVER dev records, the dev sets and the news excerpts
quality: $(STAMP)
	$(BIN)/python -m api.evaluation

## make docs: regenerate docs/ontology.md from ontology/stancegraph.ttl
docs: $(STAMP)
	$(BIN)/python -m ontology.docs > docs/ontology.md

## make web: rebuild the web explorer's bundle (api/static/) from api/web/; needs Node and npm. The built
## files are committed, so `make run` and `make test` never need Node.
web:
	@if command -v npm >/dev/null 2>&1; then \
		cd api/web && npm ci --no-audit --no-fund && npm run build; \
	else \
		echo "make web: Node and npm are not installed; api/static/ keeps the committed bundle"; \
	fi

bench: $(STAMP)
	$(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check graph ontology api queries tests

clean:
	rm -rf $(VENV) data/store
