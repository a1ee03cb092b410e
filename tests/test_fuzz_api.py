"""schemathesis against the service's own OpenAPI document, every check on: no 500, no response outside
the schema, schema-valid requests accepted, schema-violating ones refused, keys required where documented.

The quick version runs in the test suite; `make fuzz` runs many more examples per operation and a
stateful run against a live gunicorn server (tests/test_fuzz_server.py).
"""

from __future__ import annotations

import os
import secrets
import tempfile
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from service import create_app

KEY = "fuzz-" + secrets.token_hex(8)
AUTH = {"X-API-Key": KEY}
APP = create_app(
    {
        "TESTING": True,
        "DB": os.path.join(tempfile.mkdtemp(prefix="ql-fuzz-"), "fuzz.db"),
        "DEMO_ARTICLES": True,
        "MAX_CONTENT_LENGTH": 256 * 1024,
        # The safe default (keys set), so the checks that send no key or a wrong one find them refused;
        # they send many, which the lock-out on wrong keys would otherwise answer with 429.
        "API_KEYS": KEY,
        "FAILED_KEY_LIMIT": "1000000/second",
    }
)
schema = schemathesis.openapi.from_wsgi("/v1/openapi.json", APP)
EXAMPLES = int(os.environ.get("QUELLENLAGE_FUZZ_EXAMPLES", "15"))

# Rules OpenAPI 3.0 cannot state, by the field a 422 names: a cursor must be one the service handed out
# (for the same sort); a query must hold a word as the full-text index reads words (Unicode letters and
# digits, which ECMA regular expressions do not class the same way); exactly one of text and html, text
# that is not HTML, German only. A schema-valid request refused for one of these alone is no defect;
# refused for anything else, it is.
BEYOND_THE_SCHEMA = {("query", "cursor"), ("query", "q"), ("json", "text"), ("json", "html"), ("json", "language")}


def refused_only_for_rules_beyond_the_schema(response: Any) -> bool:
    if response.status_code == 413:
        return True  # a body over the size limit (a batch of many long texts): a limit no schema states
    if response.status_code != 422:
        return False
    errors = response.json().get("errors") or {}
    named = {(where, field) for where, fields in errors.items() if isinstance(fields, dict) for field in fields}
    return bool(named) and named <= BEYOND_THE_SCHEMA


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case):
    response = case.call(headers=AUTH)
    case.validate_response(response, headers=AUTH, excluded_checks=[positive_data_acceptance])
    if not refused_only_for_rules_beyond_the_schema(response):
        case.validate_response(response, headers=AUTH, checks=[positive_data_acceptance])
