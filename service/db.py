"""A connection per request on g; migrations and seeds on first start; CLI commands."""

from __future__ import annotations

import os
import sqlite3

import click
from flask import Flask, current_app, g
from sqlite_utils import Database

import seeds
from service import store


def db_path(app: Flask) -> str:
    return str(app.config["DB"] or os.path.join(app.instance_path, "quellenlage.db"))


def get_db() -> Database:
    if "db" not in g:
        g.db = store.connect(db_path(current_app), max_mb=int(current_app.config["MAX_DB_MB"] or 0))
    return g.db


def close_db(_: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def load_seeds(db: Database) -> bool:
    """Load outlets, parties and conflicts from seeds/ into an empty store. True if it did."""
    with store.write_transaction(db):
        if store.get_meta(db, "seeded"):
            return False
        for outlet in seeds.outlets():
            store.upsert_outlet(db, {**outlet, "known": 1})
        for party in seeds.parties():
            store.upsert_party(db, party)
        for conflict in seeds.conflicts():
            store.upsert_conflict(db, conflict)
        store.set_meta(db, "seeded", store.now())
        store.bump_knowledge_version(db)
    return True


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
