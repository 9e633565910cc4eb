# Two commands do all the set-up on a fresh machine with Python 3.11:
#   make demo   creates .venv, installs, builds the graph from data/reports, writes out/
#   make test   runs the tests in the same .venv
PYTHON ?= python3
VENV := .venv
KG := $(VENV)/bin/kg
STORE := out/store

.PHONY: install demo test lint bench clean ontology

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	rm -rf $(STORE) $(STORE).decisions.yaml
	$(KG) ingest data/reports --store $(STORE)
	$(KG) stats --store $(STORE)
	$(KG) network collaboration -o out/collaboration.html --store $(STORE)
	$(KG) network collaboration -o out/collaboration.gexf --store $(STORE)
	$(KG) query officials --store $(STORE)
	$(KG) facts data/reports -o out/facts.json
	@echo "store: $(STORE); network view: out/collaboration.html; facts: out/facts.json"

test: install
	$(VENV)/bin/pytest

lint: install
	$(VENV)/bin/ruff check kg tests benchmarks
	$(VENV)/bin/mypy kg

ontology: install
	$(VENV)/bin/python -c 'from kg.owl import write_rdfxml; print(write_rdfxml())'

bench: install
	$(VENV)/bin/python benchmarks/resolve_bench.py

clean:
	rm -rf out $(VENV)
