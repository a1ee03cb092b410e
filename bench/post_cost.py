"""POST /v1/articles cost in-process, side by side for several code trees.

    python -m bench.post_cost ../shared/corpus/fang-covid/articles.jsonl.gz TREE [TREE ...] [--prefill 300]

A TREE is a checkout of the project (`git archive a72204d | tar -x -C /tmp/start` gives the code of
another commit). Each runs in a worker process of its own on a fresh SQLite file: the same `--prefill`
articles are POSTed first, then the same `--probes` articles one at a time, the workers taking turns
article by article (so every tree sees the same load on the machine). Prints each tree's median, its
ratio to the first tree's, and the median of its ratios to the first tree article by article.
`--profile PREFIX` writes a cProfile of each worker's probes. `--cpu` times each POST by the CPU time of its
worker's thread instead of the clock on the wall (a busy machine's waits left out); `--without-analysis`
takes the analysis (`service.ingest._analyse`, in a tree that has it) off each POST's time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any


def articles(path: str, count: int) -> list[dict[str, Any]]:
    found = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("article"):
                text = "\n".join(p for p in (record.get("header"), record.get("article")) if p)
                found.append(
                    {
                        "text": text,
                        "outlet": record["source"],
                        "url": record.get("url"),
                        "published_at": record.get("date"),
                    }
                )
            if len(found) >= count:
                break
    return found


def worker(
    tree: str, corpus: str, prefill: int, probes: int, profile: str | None, cpu: bool = False, analysis: bool = True
) -> None:
    """Fill a store with the tree's code, then time each probe the parent names on stdin."""
    sys.path.insert(0, tree)
    os.chdir(tree)
    os.environ["QUELLENLAGE_OPEN_WRITES"] = "1"
    from service import create_app

    clock = time.thread_time if cpu else time.perf_counter
    analysed = [0.0]  # the analysis's time in the probe being timed
    if not analysis:
        from service import ingest

        original = ingest._analyse

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = clock()
            try:
                return original(*args, **kwargs)
            finally:
                analysed[0] += clock() - started

        ingest._analyse = timed

    path = os.path.join(tempfile.mkdtemp(prefix="ql-post-"), "post.db")
    client = create_app({"TESTING": True, "DB": path, "DEMO_ARTICLES": False}).test_client()
    items = articles(corpus, probes + prefill)
    for article in items[probes:]:
        client.post("/v1/articles", json=article)
    print("ready", flush=True)
    import cProfile

    profiler = cProfile.Profile() if profile else None
    for line in sys.stdin:
        analysed[0] = 0.0
        started = clock()
        if profiler:
            profiler.enable()
        response = client.post("/v1/articles", json=items[int(line)])
        if profiler:
            profiler.disable()
        print(f"{(clock() - started - analysed[0]) * 1000:.3f} {response.status_code}", flush=True)
    if profiler and profile:
        profiler.dump_stats(profile)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("trees", nargs="+")
    parser.add_argument("--prefill", type=int, default=300)
    parser.add_argument("--probes", type=int, default=100)
    parser.add_argument("--profile", help="write a cProfile of each tree's probes to PREFIX.<n>")
    parser.add_argument("--cpu", action="store_true", help="time by the CPU time of each worker's thread")
    parser.add_argument("--without-analysis", action="store_true", help="take the analysis off each POST's time")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)
    if args.worker:
        worker(args.trees[0], corpus, args.prefill, args.probes, args.profile, args.cpu, not args.without_analysis)
        return
    workers = []
    for n, tree in enumerate(args.trees):
        command = [sys.executable, os.path.abspath(__file__), corpus, os.path.abspath(tree), "--worker"]
        command += ["--prefill", str(args.prefill), "--probes", str(args.probes)]
        if args.profile:
            command += ["--profile", f"{args.profile}.{n}"]
        command += ["--cpu"] * args.cpu + ["--without-analysis"] * args.without_analysis
        workers.append(subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True))
    for process in workers:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    times: list[list[float]] = [[] for _ in workers]
    for probe in range(args.probes):
        order = list(range(len(workers)))
        for n in order if probe % 2 == 0 else order[::-1]:  # who goes first alternates
            process = workers[n]
            assert process.stdin is not None and process.stdout is not None
            process.stdin.write(f"{probe}\n")
            process.stdin.flush()
            elapsed, status = process.stdout.readline().split()
            if status not in ("200", "201"):
                raise SystemExit(f"{args.trees[n]}: probe {probe} answered {status}")
            times[n].append(float(elapsed))
    for process in workers:
        assert process.stdin is not None
        process.stdin.close()
        process.wait()
    first = statistics.median(times[0])
    for tree, taken in zip(args.trees, times, strict=True):
        median = statistics.median(taken)
        # Article by article against the first tree: a noisy moment of the machine weighs on one pair only.
        paired = statistics.median(t / f for t, f in zip(taken, times[0], strict=True))
        print(
            f"{tree}: median {median:.1f} ms, mean {statistics.mean(taken):.1f} ms, {median / first:.3f} × the first "
            f"(median of the ratios article by article {paired:.3f})"
        )


if __name__ == "__main__":
    main()
