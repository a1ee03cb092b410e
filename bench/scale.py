"""Linking at scale: the annotated sets' link figures on a store already holding N articles.

    python -m bench.scale ../shared/corpus/fang-covid/articles.jsonl.gz --size 100000 --store /tmp/ql/bg100k.db

Builds the background store once, through bench/ingest.py's own pieces: the FANG-COVID articles by
the service's full ingest path (up to --real of them), then generated variants (copies of stored
articles under other outlets, joined to the same propositions) up to --size. An existing --store file
is reused as it is (a build is written to <store>.part and renamed only when complete); a store built
by code with fewer migrations is migrated once into a copy beside it, which later runs reuse.

Then, for each annotated set (../shared/eval/gold_<set>.json over ../shared/corpus/<set>), it runs
the evaluation harness (evaluate.py --app) twice in a fresh process each: on an empty store, and on a
copy of the background store placed where the harness opens its database. It prints link_precision,
link_recall, count_accuracy and confirmed_precision side by side with link_recall(background) /
link_recall(empty). Every link the background run lost or gained (or made against the annotation)
is listed, on both stores, with what linking saw when the later claim was stored (replayed with the
ingest's own retrieval on the term statistics and postings of the store before its article): whether
the earlier claim was among the candidates, how many candidates were background claims, the
similarity, the candidates above the joining threshold, and where each claim's proposition went.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from typing import Any

import seeds
from bench.ingest import copy_stored, real_articles
from scoring.matching import FactSignature, idf_weights, retrieval_terms, similarity
from service import store
from service.ingest import _TOKEN, _Retrieval, store_article
from service.knowledge import current_knowledge
from service.migrations import migrations

FIGURES = ("link_precision", "link_recall", "count_accuracy", "confirmed_precision")
ROOT = pathlib.Path(__file__).resolve().parent.parent

# Runs evaluate.py in a fresh process; when a store is given, a copy of it becomes the database the
# harness creates (it makes a temporary folder with the prefix 'ql-eval-' and opens eval.db in it).
RUNNER = """
import os, runpy, shutil, sys, tempfile
background, evaluate, gold, corpus, out, keep = sys.argv[1:7]
made = tempfile.mkdtemp
def mkdtemp(*args, **kwargs):
    folder = made(*args, **kwargs)
    if kwargs.get("prefix") == "ql-eval-":
        if background:
            shutil.copyfile(background, os.path.join(folder, "eval.db"))
        with open(keep, "w") as f:
            f.write(folder)
    return folder
tempfile.mkdtemp = mkdtemp
sys.argv = ["evaluate.py", "--app", "--gold", gold, "--corpus", corpus, "--json", out]
runpy.run_path(evaluate, run_name="__main__")
"""


def snapshot(db: Any, path: str) -> None:
    """A consistent copy of the store, renamed into place only when complete."""
    with sqlite3.connect(path + ".part") as target:
        db.conn.backup(target)
    target.close()
    os.replace(path + ".part", path)


def build(corpus: str, path: str, size: int, real: int, keep: set[int]) -> None:
    """Fill a new store at `path`: real articles by the full ingest path, then variants up to `size`.

    At each size in `keep` a copy is left beside it (bg100k.db -> bg100k.10000.db), to evaluate early.
    """
    part = path + ".part"
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    for leftover in (part, part + "-wal", part + "-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
    db = store.connect(part)
    store.migrate(db)
    from service.db import load_seeds

    load_seeds(db)
    weights = seeds.lexicon()["weights"]
    knowledge = current_knowledge(db, part)
    source = iter(real_articles(corpus))
    stored, real_ids, started = 0, [], time.perf_counter()
    while stored < size:
        if stored < real:
            article = next(source, None)
            if article is None:  # the corpus is used up: variants from here on
                real = stored
                continue
            stored_article, _, created = store_article(db, knowledge, article, weights, max_claims=5000)
            stored += created
            if created:
                real_ids.append(stored_article["id"])
        else:
            with store.write_transaction(db):
                for _ in range(min(500, size - stored, *(k - stored for k in keep if k > stored))):
                    copy_stored(db, real_ids[stored % len(real_ids)], stored // len(real_ids))
                    stored += 1
        if stored % 1000 == 0:
            print(f"  … {stored} articles stored ({time.perf_counter() - started:.0f} s)", flush=True)
        if stored in keep:
            keep.discard(stored)
            stem, ext = os.path.splitext(path)
            snapshot(db, f"{stem}.{stored}{ext}")
            print(f"  kept {stem}.{stored}{ext}", flush=True)
    store.wal_checkpoint(db)
    db.close()
    os.replace(part, path)
    print(f"built {path}: {stored} articles ({len(real_ids)} real) in {time.perf_counter() - started:.0f} s")


def migrated(path: str) -> str:
    """The background store with every migration of this code applied: the store itself when none is
    pending, else a migrated copy beside it (bg100k.db -> bg100k.m012_name.db), made once and reused,
    so that a store built by older code is neither changed nor migrated again in every run."""
    db = store.connect(path)
    pending = [m.name for m in migrations.pending(db)]
    db.close()
    if not pending:
        return path
    stem, ext = os.path.splitext(path)
    target = f"{stem}.{pending[-1]}{ext}"
    if os.path.exists(target):
        print(f"reusing {target} (migrated)")
        return target
    print(f"migrating a copy of {path} ({', '.join(pending)}) to {target}", flush=True)
    started = time.perf_counter()
    shutil.copyfile(path, target + ".part")
    db = store.connect(target + ".part")
    store.migrate(db)
    store.wal_checkpoint(db)
    db.close()
    os.replace(target + ".part", target)
    print(f"  migrated in {time.perf_counter() - started:.0f} s", flush=True)
    return target


def evaluate(evaluate_py: str, gold: str, corpus: str, background: str | None, work: str) -> tuple[dict[str, Any], str]:
    """The harness's figures and misses, and the folder of the database it ran on."""
    out = os.path.join(work, "eval.json")
    keep = os.path.join(work, "folder")
    env = {**os.environ, "QUELLENLAGE_LOG_LEVEL": os.environ.get("QUELLENLAGE_LOG_LEVEL", "WARNING")}
    command = [sys.executable, "-c", RUNNER, background or "", evaluate_py, gold, corpus, out, keep]
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    with open(keep) as f:
        folder = f.read()
    return json.loads(pathlib.Path(out).read_text(encoding="utf-8")), folder


LINK_MISS = re.compile(r"^link (\S+)~(\S+) is (True|False), want (True|False)")


def link_misses(result: dict[str, Any]) -> set[tuple[str, str, bool]]:
    found = (LINK_MISS.match(m) for m in result["misses"])
    return {(m[1], m[2], m[3] == "True") for m in found if m}


def claim_at(db: Any, article_id: int, text: str, anchor: str) -> dict[str, Any] | None:
    """The stored claim covering most of the anchor (at least half of it), as the harness matches them."""
    a0 = text.find(anchor)
    a1 = a0 + len(anchor)
    best, overlap = None, 0
    for claim in store.claims_of_article(db, article_id):
        shared = min(claim["end"], a1) - max(claim["start"], a0)
        if shared > overlap:
            best, overlap = claim, shared
    return best if overlap * 2 >= len(anchor) else None


def signature_of(claim: dict[str, Any]) -> FactSignature:
    return FactSignature.from_index(
        claim["terms"], claim["quantities"] or (), bool(claim["negated"]), claim["conflict"]
    )


def held(claim: dict[str, Any], members: dict[int, list[dict[str, Any]]], eval_ids: set[int]) -> str:
    own = members.get(claim["proposition_id"], [])
    outside = sum(m["article_id"] not in eval_ids for m in own)
    return f"prop {claim['proposition_id']} ({len(own)} claims, {outside} background)"


class _AsOf(_Retrieval):
    """The ingest's own retrieval, read as it was when the article of `claims` was stored: postings of
    claims stored after it (the later articles of the annotated set) are skipped."""

    def __init__(
        self, db: Any, article_id: int, claims: Any, weights: Any, cutoff: int, newer: dict[str, int], day: str | None
    ):
        super().__init__(db, article_id, claims, weights, published_at=day)
        self.cutoff, self.newer = cutoff, newer

    def _postings(self, term: str) -> list[int]:
        if term not in self.postings:
            extra = self.newer.get(term.lower(), 0)
            read = store.term_postings(self.db, term, self.per_term + extra) if term.isalnum() else []
            self.postings[term] = [c for c in read if c < self.cutoff][: self.per_term]
        return self.postings[term]


class _Indexed:
    """A stored claim as _Retrieval reads the claims of the article being stored."""

    def __init__(self, terms: str) -> None:
        self.signature = self
        self._terms = terms

    def index_text(self) -> str:
        return self._terms


def replay(db: Any, later: dict[str, Any], earlier: dict[str, Any], eval_ids: set[int], names: dict[int, str]) -> str:
    """What linking saw for `later` when its article was stored: the term statistics and postings of the
    store before that article, the candidates retrieved, the rank and similarity of `earlier`, and the
    best candidates above the joining threshold."""
    weights = seeds.lexicon()["weights"]
    own = store.claims_of_article(db, later["article_id"])
    cutoff = min(c["id"] for c in own)
    newer: dict[str, int] = {}  # claims stored from this article on, per term
    for article_id in sorted(a for a in eval_ids if a >= later["article_id"]):
        for claim in store.claims_of_article(db, article_id):
            for term in set(_TOKEN.findall((claim["terms"] or "").lower())):
                newer[term] = newer.get(term, 0) + 1
    signature, first = signature_of(later), signature_of(earlier)
    total, frequencies = store.term_document_frequencies(db, signature.terms | first.terms)
    before = {t: f - newer.get(t.lower(), 0) for t, f in frequencies.items() if f > newer.get(t.lower(), 0)}
    idf = idf_weights(cutoff - 1, before, weights["idf_exponent"])
    rare = retrieval_terms(signature.terms, before, int(weights["retrieval_terms"]))
    indexed = [_Indexed(c["terms"] or "") for c in own]
    retrieval = _AsOf(db, later["article_id"], indexed, weights, cutoff, newer, later.get("published_at"))
    candidates = retrieval.candidates(rare)
    ids = [c["id"] for c in candidates]
    rank = f"rank {ids.index(earlier['id']) + 1}" if earlier["id"] in ids else "NOT RETRIEVED"
    background = sum(c["article_id"] not in eval_ids for c in candidates)
    scored = sorted(
        ((similarity(signature, retrieval.signature(c), weights, idf), c) for c in candidates),
        key=lambda pair: -pair[0],
    )
    above = []  # the candidates a claim may join; a proposition whose founding claim does not match is ruled out
    for value, c in scored:
        if value >= weights["same_fact_threshold"]:
            seed = retrieval.seed(c["proposition_id"])
            founder = similarity(signature, seed, weights, idf) if seed else value
            ruled_out = founder < weights["same_fact_threshold"] * weights["seed_factor"]
            note = f" (founding claim {founder:.2f}: ruled out)" if ruled_out else ""
            above.append(f"{names.get(c['id'], c['id'])}@prop{c['proposition_id']}={value:.2f}{note}")
    shared = sorted((before.get(t, 0), t) for t in signature.terms & first.terms)
    return (
        f"{len(ids)} candidates ({background} background), earlier {rank}, "
        f"similarity {similarity(signature, first, weights, idf):.2f}; above threshold {above[:4]}; "
        f"searched by {[(t, before[t]) for t in rare]}; shared terms {shared[:5]}"
    )


def placement(db_path: str, gold: dict[str, Any], corpus: str) -> tuple[Any, dict[str, dict[str, Any]], set[int]]:
    """The store, each annotated claim's stored claim (as the harness matches them), the set's article ids."""
    db = store.connect(db_path)
    articles = gold["articles"]
    stored = store.newest_articles(db, before=None, limit=len(articles))
    by_url = {a["url"]: a["id"] for a in stored}
    where: dict[str, dict[str, Any]] = {}
    for art in articles:
        article_id = by_url.get(f"https://{art['outlet']}/eval/{art['file']}")
        text = (pathlib.Path(corpus) / art["file"]).read_text(encoding="utf-8")
        for g in art["claims"]:
            if article_id is not None and (claim := claim_at(db, article_id, text, g["anchor"])):
                where[g["id"]] = claim
    return db, where, set(by_url.values())


def explain(
    db_path: str, empty_path: str, gold: dict[str, Any], corpus: str, changed: list[tuple[str, str, str]]
) -> list[str]:
    """For each changed link: what retrieval returned for the later claim when it was stored, on the
    background store and on the empty one, and where both claims' propositions went."""
    lines = []
    stores = {label: placement(path, gold, corpus) for label, path in (("background", db_path), ("empty", empty_path))}
    for a, b, what in sorted(changed):
        lines.append(f"    {a}~{b} {what}:")
        for label, (db, where, eval_ids) in stores.items():
            ca, cb = where.get(a), where.get(b)
            if not ca or not cb:
                lines.append(f"      {label}: claim not found")
                continue
            names = {c["id"]: gid for gid, c in where.items()}
            first, later = (ca, cb) if ca["id"] < cb["id"] else (cb, ca)
            members = store.members_of_propositions(db, {ca["proposition_id"], cb["proposition_id"]})
            lines.append(
                f"      {label}: for {names[later['id']]} {replay(db, later, first, eval_ids, names)}; "
                f"now {a} in {held(ca, members, eval_ids)}, {b} in {held(cb, members, eval_ids)}"
            )
            for gid, claim in ((a, ca), (b, cb)):
                joined = next((m for m in members[claim["proposition_id"]] if m["article_id"] not in eval_ids), None)
                if joined and (stored_claim := store.get_claim(db, joined["id"])):
                    lines.append(
                        f"      {gid} shares it with background claim {joined['id']} ({joined['outlet']}): "
                        f"{stored_claim['text'][:100]!r}"
                    )
    for db, _, _ in stores.values():
        db.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="FANG-COVID articles.jsonl.gz: the background")
    parser.add_argument("--size", type=int, default=100000, help="articles in the background store")
    parser.add_argument("--real", type=int, default=10000, help="of them stored by the full ingest path")
    parser.add_argument("--store", required=True, help="the background store: built if missing, else reused")
    parser.add_argument("--sets", default="seeds,dev_a,dev_b")
    parser.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"), help="folder of evaluate.py")
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--keep", default="", help="sizes at which the build leaves a copy, e.g. 10000")
    parser.add_argument("--json", help="also write every figure and changed link to this file")
    args = parser.parse_args()

    if os.path.exists(args.store):
        print(f"reusing {args.store}")
    else:
        build(args.corpus, args.store, args.size, args.real, {int(k) for k in args.keep.split(",") if k})
    background = migrated(args.store)
    db = store.connect(background)
    size, claims = store.count_articles(db), store.count_claims(db)
    db.close()
    print(f"background: {size} articles, {claims} claims, {os.path.getsize(background) / 1e6:.0f} MB\n")

    evaluate_py = os.path.join(args.eval, "evaluate.py")
    report: dict[str, Any] = {"store": args.store, "articles": size, "claims": claims, "sets": {}}
    print(f"{'set':<7} {'figure':<20} {'empty':>7} {'background':>10}")
    for name in args.sets.split(","):
        gold_path = os.path.join(args.eval, f"gold_{name}.json")
        corpus = os.path.join(args.corpora, name)
        gold = json.loads(pathlib.Path(gold_path).read_text(encoding="utf-8"))
        runs, folders = {}, {}
        for label, copied in (("empty", None), ("background", background)):
            work = tempfile.mkdtemp(prefix="ql-scale-")
            t0 = time.perf_counter()
            result, folders[label] = evaluate(evaluate_py, gold_path, corpus, copied, work)
            runs[label] = {**result, "seconds": round(time.perf_counter() - t0)}
            shutil.rmtree(work, ignore_errors=True)
        # Links wrong on the background store only (lost, or made against the annotation), and those
        # right on it only (gained).
        wrong, wrong_empty = link_misses(runs["background"]), link_misses(runs["empty"])
        changed = [(a, b, "linked, the annotation says not" if got else "lost") for a, b, got in wrong - wrong_empty]
        changed += [
            (a, b, "no longer linked against the annotation" if got else "gained") for a, b, got in wrong_empty - wrong
        ]
        databases = [os.path.join(folders[label], "eval.db") for label in ("background", "empty")]
        why = explain(databases[0], databases[1], gold, corpus, changed)
        for folder in folders.values():
            shutil.rmtree(folder, ignore_errors=True)
        empty, full = runs["empty"]["figures"], runs["background"]["figures"]
        for figure in FIGURES:
            print(f"{name:<7} {figure:<20} {empty[figure]:>7} {full[figure]:>10}")
        ratio = full["link_recall"] / empty["link_recall"] if empty["link_recall"] else float("nan")
        print(f"{name:<7} {'link_recall ratio':<20} {ratio:>18.3f}")
        print(f"{name:<7} {'seconds':<20} {runs['empty']['seconds']:>7} {runs['background']['seconds']:>10}")
        for line in why:
            print(line)
        others = [m for m in runs["background"]["misses"] if m not in set(runs["empty"]["misses"])]
        others = [m for m in others if not LINK_MISS.match(m)]
        for line in others:
            print(f"    new miss: {line}")
        report["sets"][name] = {
            "empty": empty,
            "background": full,
            "link_recall_ratio": round(ratio, 3),
            "changed_links": why,
            "other_new_misses": others,
        }
        print(flush=True)
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
