"""The analysis beside spaCy's blank German tokenizer and sentencizer, on the same texts in one run.

    python -m bench.baseline ../shared/corpus/fang-covid/articles.jsonl.gz [--limit 2000] [--rounds 3] [--first-sight]
        [--service-gc]

The machine is noisy, so a time means something only as a ratio measured side by side: each
article goes through both, in alternating order, and the report gives the ratio of the sums and
the median of the per-article ratios. spaCy is a benchmark dependency only (`make bench-baseline`
installs the `baseline` group); the service never imports it.

The fastest of several rounds is the analysis with every word form of the article seen before (its
caches of word forms warm). `--first-sight` warms both on as many other articles instead and times
each article once, the first time either sees it: a worker's cost for an article it has not met.

By default both run under Python's own collector settings. `--service-gc` sets the collector as a
service worker has it (`service.settle_gc` with `service.config.GC_THRESHOLD`: its thresholds, and what
is loaded before the timing frozen out of the collector's sight); both then run under those settings.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from functools import partial

import spacy

import seeds
from bench.analysis import articles
from scoring import analyse_article
from scoring.lemmas import load_dictionary


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="each article this many times; the fastest counts")
    parser.add_argument("--first-sight", action="store_true", help="warm on other articles, time each one once")
    parser.add_argument(
        "--service-gc", action="store_true", help="the garbage collector set as a service worker sets it"
    )
    args = parser.parse_args()
    rounds = 1 if args.first_sight else args.rounds
    knowledge = seeds.knowledge()
    load_dictionary()
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    if args.service_gc:
        # imported only here: the service's modules (Flask and the rest) stay out of a default run
        from service import config, settle_gc

        settle_gc(config.GC_THRESHOLD)
    read = 2 * args.limit if args.first_sight else args.limit
    every = [(outlet, day, text) for _, outlet, day, text in articles(args.corpus, read) if text.strip()]
    texts = every[: args.limit]
    for outlet, day, text in every[args.limit :] if args.first_sight else texts[:20]:
        analyse_article(text, outlet, knowledge, day)  # warm both: caches, the lemma dictionary, spaCy's vocabulary
        nlp(text)
    ours: list[float] = []
    theirs: list[float] = []
    for n, (outlet, day, text) in enumerate(texts):
        analysis = partial(analyse_article, text, outlet, knowledge, day)
        baseline = partial(nlp, text)
        fastest = {"ours": float("inf"), "theirs": float("inf")}
        order = [("ours", analysis), ("theirs", baseline)]
        for _ in range(rounds):
            for name, work in order if n % 2 == 0 else reversed(order):
                fastest[name] = min(fastest[name], timed(work))
        ours.append(fastest["ours"])
        theirs.append(fastest["theirs"])
    size = sum(len(text.encode()) for *_, text in texts) / 1e6
    seen = "each seen for the first time" if args.first_sight else f"fastest of {rounds} rounds each"
    print(f"articles              {len(texts)} ({size:.1f} MB), {seen}")
    frozen = f", {gc.get_freeze_count()} objects frozen" if gc.get_freeze_count() else ""
    print(f"garbage collector     thresholds {gc.get_threshold()}{frozen}{' (service)' if args.service_gc else ''}")
    print(f"analysis              {sum(ours):.2f} s, median {statistics.median(ours) * 1000:.2f} ms per article")
    print(f"spaCy blank de + sent {sum(theirs):.2f} s, median {statistics.median(theirs) * 1000:.2f} ms per article")
    print(f"ratio of sums         {sum(ours) / sum(theirs):.2f} x")
    print(f"median ratio          {statistics.median(a / b for a, b in zip(ours, theirs, strict=True)):.2f} x")


if __name__ == "__main__":
    main()
