"""Claim lists as CSV and JSON Lines, written a row at a time so an export of any size streams."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

CSV_MEDIA_TYPE = "text/csv"
JSONL_MEDIA_TYPE = "application/x-ndjson"
MEDIA_TYPES = {"csv": CSV_MEDIA_TYPE, "jsonl": JSONL_MEDIA_TYPE}

# One column per scalar of the claim body; lists are joined into one cell (their full structure is
# in the JSON Lines export). The order is the order of the header row and never changes, new columns
# are appended at the end.
CSV_COLUMNS = (
    "id",
    "article_id",
    "outlet",
    "published_at",
    "text",
    "start",
    "end",
    "grade",
    "grade_source",
    "grade_information",
    "score",
    "hedged",
    "hedges",
    "reported_speech",
    "sources",
    "origin_parties",
    "belligerent",
    "conflict",
    "stance",
    "proposition_id",
    "independent_outlets",
    "independent_origins",
    "corroborating_claims",
    "contradicting_claims",
    "explanation",
)
# A spreadsheet runs a cell that begins with one of these as a formula (CSV injection): such a cell
# gets a leading apostrophe, as OWASP recommends, so that it is shown as the text it is.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_row(claim: Mapping[str, Any]) -> list[str]:
    """The CSV cells of one claim body (ClaimSchema), in the order of CSV_COLUMNS."""
    grade = claim.get("grade") or {}
    corroboration = claim.get("corroboration") or {}
    values = {
        **claim,
        "grade": grade.get("code"),
        "grade_source": grade.get("source"),
        "grade_information": grade.get("information"),
        "hedges": "; ".join(f"{h['cue']} ({h['kind']})" for h in claim.get("hedges", [])),
        "sources": "; ".join(f"{s['text']} ({s.get('party') or '?'}, {s['role']})" for s in claim.get("sources", [])),
        "origin_parties": " ".join(claim.get("origin_parties", [])),
        "independent_outlets": corroboration.get("independent_outlets"),
        "independent_origins": corroboration.get("independent_origins"),
        "corroborating_claims": " ".join(map(str, corroboration.get("claims", []))),
        "contradicting_claims": " ".join(map(str, corroboration.get("contradicting_claims", []))),
        "explanation": " | ".join(claim.get("explanation", [])),
    }
    return [_cell(values.get(column)) for column in CSV_COLUMNS]


def csv_lines(claims: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """A header row, then one row per claim (RFC 4180: CRLF line ends, quotes where needed)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    yield buffer.getvalue()
    for claim in claims:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(csv_row(claim))
        yield buffer.getvalue()


def jsonl_lines(claims: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """One claim body per line, as GET /v1/claims/{id} returns it."""
    for claim in claims:
        yield json.dumps(claim, ensure_ascii=False, separators=(",", ":")) + "\n"


def export_lines(format_name: str, claims: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    return csv_lines(claims) if format_name == "csv" else jsonl_lines(claims)
