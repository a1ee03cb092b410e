"""Many articles at once: `flask ingest FILE.jsonl|DIR` and POST /v1/articles/batch share this.

Each article is stored in a transaction of its own (service.ingest.store_article): one that is
rejected or fails loses none of the others. An article already stored (same url, or same outlet
and text: the store's own duplicate check) is skipped before any analysis, so a batch that was
interrupted is resumed by running it again.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import marshmallow as ma
from flask import current_app
from flask.cli import with_appcontext
from sqlite_utils import Database

import seeds
from scoring import Knowledge
from service import store
from service.errors import ApiError
from service.ingest import TooManyClaims, store_article, text_hash
from service.schemas import ArticleInputSchema

SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".json")


@dataclass(frozen=True)
class Outcome:
    """What became of one submitted article: 201 stored, 200 stored already, 422 rejected, 503 busy."""

    status: int
    article_id: int | None = None
    claims: list[dict[str, Any]] = field(default_factory=list)  # [{"id", "grade"}]
    message: str | None = None
    errors: dict[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return {201: "stored", 200: "duplicate"}.get(self.status, "rejected")


def ingest_one(db: Database, knowledge: Knowledge, record: Any) -> Outcome:
    """Validate one article as POST /v1/articles does, then store it (in the app context)."""
    from service.api import prepared_submission

    if not isinstance(record, dict):
        return Outcome(422, message="An article is a JSON object.", errors={"json": {"_schema": ["not an object"]}})
    try:
        submission = prepared_submission(ArticleInputSchema().load(record))
    except ma.ValidationError as error:
        messages = error.normalized_messages()  # type: ignore[no-untyped-call]
        return Outcome(422, message=_first_message(messages), errors={"json": messages})
    except ApiError as error:  # no main text in the HTML, a text over the length limit
        return Outcome(error.code, message=error.message, errors=error.errors)
    # The store's duplicate check, before any analysis: resuming a long batch costs a lookup per article.
    existing = store.find_duplicate_article(
        db, submission.get("url"), submission["outlet"], text_hash(submission["text"])
    )
    if existing is not None:
        return Outcome(200, existing, store.claim_grades_of_article(db, existing))
    try:
        article, _, created = store_article(
            db, knowledge, submission, seeds.lexicon()["weights"], max_claims=current_app.config["MAX_CLAIMS"]
        )
    except TooManyClaims as error:
        return Outcome(422, message=str(error), errors={"json": {"text": [str(error)]}})
    except store.Busy as error:
        return Outcome(503, message=f"{error}; send the article again", errors={})
    article_id = int(article["id"])
    return Outcome(201 if created else 200, article_id, store.claim_grades_of_article(db, article_id))


def _first_message(messages: Any, path: str = "") -> str:
    """'outlet: Missing data for required field.': the first field message, for a one-line summary."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            return _first_message(value, f"{path}.{key}" if path else str(key))
    if isinstance(messages, list) and messages:
        return _first_message(messages[0], path)
    return f"{path}: {messages}" if path else str(messages)


# --- the command ----------------------------------------------------------------------------


def input_files(path: Path) -> list[Path]:
    """The file itself, or every JSON Lines / JSON file in the directory (and below), in name order."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(SUFFIXES))
    return [path]


def read_records(path: Path) -> Iterator[tuple[str, Any]]:
    """(where, record) for each article of a file: one per line of JSON Lines, or a JSON array or object.
    A line that is not JSON is yielded as an error record, so it is reported and the rest goes on."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        if path.suffix == ".json":
            try:
                data = json.load(lines)
            except json.JSONDecodeError as error:
                yield str(path), _NotJson(str(error))
                return
            for n, record in enumerate(data if isinstance(data, list) else [data], 1):
                yield f"{path}[{n}]", record
            return
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield f"{path}:{n}", json.loads(line)
            except json.JSONDecodeError as error:
                yield f"{path}:{n}", _NotJson(str(error))


@dataclass(frozen=True)
class _NotJson:
    error: str


def count_records(files: Iterable[Path]) -> int:
    """How many articles the files hold (for the progress bar): lines, or array lengths."""
    total = 0
    for path in files:
        if path.suffix == ".json":
            total += sum(1 for _ in read_records(path))
        else:
            opener = gzip.open if path.name.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as lines:
                total += sum(1 for line in lines if line.strip())
    return total


@dataclass
class Summary:
    counts: Counter[str] = field(default_factory=Counter)
    rejections: list[tuple[str, str]] = field(default_factory=list)  # (where, why)
    stopped: str | None = None  # where and why the store refused to go on

    def add(self, where: str, outcome: Outcome) -> None:
        self.counts[outcome.kind] += 1
        if outcome.kind == "rejected":
            self.rejections.append((where, outcome.message or str(outcome.status)))

    def lines(self, shown: int = 20) -> list[str]:
        lines = [
            f"stored     {self.counts['stored']:>7}",
            f"duplicate  {self.counts['duplicate']:>7}  (stored already: same url, or same outlet and text)",
            f"rejected   {self.counts['rejected']:>7}",
        ]
        reasons = Counter(why.split(":")[0] for _, why in self.rejections)
        lines += [f"  {count:>5} × {reason}" for reason, count in reasons.most_common()]
        lines += [f"  {where}: {why}" for where, why in self.rejections[:shown]]
        if len(self.rejections) > shown:
            lines.append(f"  … and {len(self.rejections) - shown} more")
        if self.stopped:
            lines.append(f"stopped at {self.stopped} (what was stored stays; run again to resume)")
        return lines


def ingest_files(db: Database, files: list[Path], *, progress: bool = True) -> Summary:
    """Every article of the files through ingest_one, with a progress bar on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from service.db import db_path
    from service.knowledge import current_knowledge

    summary = Summary()
    columns = (
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[counts]}"),
    )
    with Progress(*columns, console=Console(stderr=True), disable=not progress) as bar:
        task = bar.add_task("ingest", total=count_records(files), counts="")
        for path in files:
            for where, record in read_records(path):
                if isinstance(record, _NotJson):
                    outcome = Outcome(422, message=f"not JSON: {record.error}")
                else:
                    try:
                        outcome = ingest_one(db, current_knowledge(db, db_path(current_app)), record)
                    except sqlite3.DatabaseError as error:  # full, read-only, broken: no later article fares better
                        summary.stopped = f"{where}: {error}"
                        return summary
                summary.add(where, outcome)
                counts = summary.counts
                bar.update(
                    task,
                    advance=1,
                    counts=f"{counts['stored']} stored, {counts['duplicate']} dup, {counts['rejected']} rejected",
                )
    return summary


@click.command("ingest")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--no-progress", is_flag=True, help="no progress bar (for logs)")
@with_appcontext
def ingest_command(source: Path, no_progress: bool) -> None:
    """Store the articles of a JSON Lines file (.jsonl, .jsonl.gz), a JSON file or a directory of them.

    Each line an article as POST /v1/articles takes it. Articles stored already are skipped, so an
    interrupted run is resumed by starting it again.
    """
    from service.db import db_path

    files = input_files(source)
    if not files:
        raise click.ClickException(f"no {', '.join(SUFFIXES)} files in {source}")
    db = store.connect(db_path(current_app), max_mb=int(current_app.config["MAX_DB_MB"] or 0))
    try:
        summary = ingest_files(db, files, progress=not no_progress)
    finally:
        db.close()
    for line in summary.lines():
        click.echo(line)
    if summary.stopped:
        raise click.ClickException("the store refused to go on")
