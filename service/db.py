"""A connection per worker thread, lent to each request on g; migrations and seeds on first start; CLI commands."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from typing import Any

import click
from flask import Flask, current_app, g, has_request_context, request
from sqlite_utils import Database

import seeds
from service import store
from service.errors import ApiError


def db_path(app: Flask) -> str:
    return str(app.config["DB"] or os.path.join(app.instance_path, "quellenlage.db"))


# Endpoints that write inside a transaction they roll back: they store nothing, so no quota stops them.
STORES_NOTHING = {"articles.Score"}


def quota_mb(app: Flask) -> int:
    return int(app.config["MAX_DB_MB"] or 0)


# Each thread keeps its connections open between requests (issue 16): opening one costs four PRAGMAs,
# and closing the last connection to a file checkpoints the WAL into it and fsyncs (39 ms of a POST
# under load). SQLite checkpoints by itself every store.WAL_PAGES pages (wal_autocheckpoint). Keyed by the app
# and what the connection is opened with, so a new app (a test's) or a changed DB gets a new one.
_kept = threading.local()
# A connection must not cross a fork (gunicorn preloads the app in its master): a worker opens its own.
os.register_at_fork(after_in_child=lambda: _kept.__dict__.clear())


def _connection_key(stores: bool) -> tuple[int, str, int, str]:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    return (id(app), db_path(app), quota_mb(app) if stores else 0, str(app.config["SYNCHRONOUS"]))


def get_db() -> Database:
    db: Database | None = g.get("db")
    if db is None:
        stores = not (has_request_context() and request.endpoint in STORES_NOTHING)
        key = _connection_key(stores)
        kept: dict[tuple[int, str, int, str], Database] = getattr(_kept, "connections", {})
        db = kept.get(key)
        if db is None:
            # Another app's, or another file's: this thread is done with it (at most the two quotas stay).
            for other in [k for k in kept if (k[0], k[1], k[3]) != (key[0], key[1], key[3])]:
                kept.pop(other).close()
            db = kept[key] = store.connect(key[1], max_mb=key[2], synchronous=key[3])
            _kept.connections = kept
        g.db = db
    return db


def bytes_on_disk(path: str) -> int:
    """The database as the disk holds it: the file and its WAL (the -shm index is a few pages, left out)."""
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))


def check_quota() -> None:
    """Before a storing request: 503 with Retry-After when the database and its WAL already fill the quota.

    A WAL grown past its limit because readers kept checkpoints from finishing is first copied back and cut;
    only what is still over the quota then refuses the write. One request may overshoot the quota by what
    it writes itself; past the main file's share SQLite refuses its pages (max_page_count), also as a 503.
    """
    limit = quota_mb(current_app) * 1024 * 1024
    path = db_path(current_app)
    if not limit or path.startswith("file:") or bytes_on_disk(path) < limit:
        return
    store.wal_checkpoint(get_db())
    if bytes_on_disk(path) >= limit:
        raise ApiError(
            503,
            f"The database has reached its size quota of {quota_mb(current_app)} MB (QUELLENLAGE_MAX_DB_MB); "
            "nothing more can be stored until an operator raises it or makes room. Reading still works.",
            headers={"Retry-After": "60"},
        )


def close_db(_: BaseException | None = None) -> None:
    """The request is done with its connection: it goes back to its thread, with no transaction open."""
    db = g.pop("db", None)
    if db is not None and db.conn.in_transaction:
        db.conn.execute("ROLLBACK")


def close_kept_connections() -> None:
    """Close this thread's kept connections (a test that removes or swaps the database file)."""
    for db in getattr(_kept, "connections", {}).values():
        db.close()
    _kept.connections = {}


SEED_ENTRIES = "seed_entries"  # meta: the keys of the actors, aliases and terms of seeds/ offered to the store


def load_seeds(db: Database) -> bool:
    """Outlets, parties and conflicts of seeds/ that the store does not hold yet: all of them into an
    empty store, and into one seeded by an earlier release those added since (a new party, a news
    agency), never over a record it holds (an editor's change stays; the API deletes none), but over an
    outlet only met in a submission; and into the parties and conflicts it holds, the actors, aliases and
    terms a release added since (`_grow`). True if it wrote any."""
    with store.write_transaction(db):
        grown = _grow(db)
        # An outlet first met in a submission (known = 0) is the registry's once seeds/ knows it.
        domains = {outlet["domain"] for outlet in store.list_outlets(db) if outlet.get("known")}
        codes = {party["code"] for party in store.list_parties(db)}
        ids = {conflict["id"] for conflict in store.list_conflicts(db)}
        outlets = [outlet for outlet in seeds.outlets() if outlet["domain"] not in domains]
        parties = [party for party in seeds.parties() if party["code"] not in codes]
        conflicts = [conflict for conflict in seeds.conflicts() if conflict["id"] not in ids]
        if not (outlets or parties or conflicts):
            if grown:
                store.bump_knowledge_version(db)
            return grown
        for outlet in outlets:
            store.upsert_outlet(db, {**outlet, "known": 1})
        for party in parties:
            store.upsert_party(db, party)
        for conflict in conflicts:
            store.upsert_conflict(db, conflict)
        if not store.get_meta(db, "seeded"):
            store.set_meta(db, "seeded", store.now())
        store.bump_knowledge_version(db)
    return True


def _entry(*parts: str) -> str:
    """A short, stable key of one name or term of seeds/ ("party", "UA", "actor", "Kiew")."""
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=6).hexdigest()


def _grow(db: Database) -> bool:
    """The actors, aliases and conflict terms of seeds/ that a release added to a party or conflict the
    store holds already, each offered once: what an editor removed through the API after it was offered
    stays removed (the keys offered are kept in meta `SEED_ENTRIES`). A store of a release before this
    record takes every entry it lacks once. True if it wrote any."""
    recorded = store.get_meta(db, SEED_ENTRIES)
    offered = set(json.loads(recorded)) if recorded else set()
    current: set[str] = set()
    wrote = False
    held_parties = {party["code"]: party for party in store.list_parties(db)}
    for party in seeds.parties():
        held = held_parties.get(party["code"])
        if _grow_party(party, held, offered, current) and held is not None:
            store.upsert_party(db, held)
            wrote = True
    held_conflicts = {conflict["id"]: conflict for conflict in store.list_conflicts(db)}
    for conflict in seeds.conflicts():
        terms = {term: _entry("conflict", conflict["id"], term) for term in conflict["terms"]}
        current.update(terms.values())
        held = held_conflicts.get(conflict["id"])
        fresh = [t for t, k in terms.items() if held and k not in offered and t not in held["terms"]]
        if held and fresh:
            store.upsert_conflict(db, {**held, "terms": [*held["terms"], *fresh]})
            wrote = True
    if current - offered:
        store.set_meta(db, SEED_ENTRIES, json.dumps(sorted(offered | current)))
    return wrote


def _grow_party(party: dict[str, Any], held: dict[str, Any] | None, offered: set[str], current: set[str]) -> bool:
    """Adds to `held` (the store's record of `party`, if it has one) the actors and aliases of seeds/ not
    offered before; every key of the party goes into `current`. True if `held` changed."""
    changed = False
    actors = {actor["name"]: actor for actor in held["actors"]} if held else {}
    for actor in party["actors"]:
        key = _entry("party", party["code"], "actor", actor["name"])
        aliases = {alias: _entry("party", party["code"], actor["name"], alias) for alias in actor["aliases"]}
        current.update([key, *aliases.values()])
        mine = actors.get(actor["name"])
        if held is None or (mine is None and key in offered):
            continue  # a party the store lacks is added whole; an actor an editor removed stays removed
        fresh = [a for a, k in aliases.items() if k not in offered and (mine is None or a not in mine["aliases"])]
        if mine is None:
            held["actors"].append({**actor, "aliases": fresh})
        else:
            mine["aliases"] = [*mine["aliases"], *fresh]
        changed = changed or mine is None or bool(fresh)
    return changed


def load_demo_articles(app: Flask, db: Database) -> int:
    """POST-equivalent ingest of the project's own demo articles; idempotent by url."""
    from service.ingest import store_article
    from service.knowledge import current_knowledge

    loaded = 0
    knowledge = current_knowledge(db, db_path(app))
    for article in seeds.demo_articles():
        _, _, created = store_article(
            db, knowledge, article, seeds.lexicon()["weights"], max_claims=app.config["MAX_CLAIMS"]
        )
        loaded += created
    return loaded


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)
    os.makedirs(app.instance_path, exist_ok=True)
    db = store.connect(db_path(app))
    try:
        store.migrate(db)
        load_seeds(db)
        if app.config["DEMO_ARTICLES"] and str(app.config["DEMO_ARTICLES"]).lower() not in ("0", "false", "no"):
            if not store.get_meta(db, "demo_loaded"):
                load_demo_articles(app, db)
                with store.write_transaction(db):
                    store.set_meta(db, "demo_loaded", store.now())
    except sqlite3.OperationalError as error:
        app.logger.error("cannot prepare the database %s: %s", db_path(app), error)
        raise
    finally:
        db.close()

    @app.cli.command("check")
    def check_command() -> None:
        """Run SQLite's integrity_check and FTS5's integrity-check; exit status 1 on any problem."""
        db = store.connect(db_path(app))
        try:
            problems = store.integrity_problems(db)
        finally:
            db.close()
        for problem in problems:
            click.echo(problem, err=True)
        if problems:
            raise click.ClickException(f"{db_path(app)}: {len(problems)} problem(s) found")
        click.echo(f"{db_path(app)}: integrity ok, full-text index ok")

    @app.cli.command("init-db")
    def init_db_command() -> None:
        """Apply migrations and load the seeds (idempotent)."""
        click.echo(f"database ready: {db_path(app)}")

    @app.cli.command("reanalyse")
    @click.option("--into", "target", required=True, help="the new database file to write (must not exist)")
    def reanalyse_command(target: str) -> None:
        """Analyse every stored article anew into a new database file (ids and times kept)."""
        from service.reanalyse import TargetExists, reanalyse

        try:
            report = reanalyse(db_path(app), target, progress=lambda done: click.echo(f"{done} articles", err=True))
        except TargetExists as error:
            raise click.ClickException(str(error)) from error
        for table in ("articles", "claims", "propositions"):
            click.echo(f"{table:<13} {report.before[table]:>9} -> {report.after[table]}")
        click.echo(f"integrity     {report.integrity}; {report.seconds:.1f} s")
        click.echo(f"stop the service, then move {target} to {db_path(app)} and start it again")

    @app.cli.command("load-demo")
    def load_demo_command() -> None:
        """Load the demo articles into the corpus."""
        db = store.connect(db_path(app))
        click.echo(f"loaded {load_demo_articles(app, db)} demo articles")
