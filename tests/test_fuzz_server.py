"""schemathesis, stateful, against a live gunicorn server: sequences of calls that follow the links of the
OpenAPI document (an article stored, then read; an outlet put, then got ...), every check on.

Slow, so part of `make fuzz` only (QUELLENLAGE_FUZZ_STATEFUL=1), not of the test suite.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from bench.load import free_port, start_gunicorn, stop
from tests.test_fuzz_api import refused_only_for_rules_beyond_the_schema

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(not os.environ.get("QUELLENLAGE_FUZZ_STATEFUL"), reason="make fuzz runs it"),
]
STEPS = int(os.environ.get("QUELLENLAGE_FUZZ_EXAMPLES", "15"))


def test_stateful_sequences_against_live_gunicorn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = "fuzz-" + secrets.token_hex(8)
    monkeypatch.setenv("QUELLENLAGE_API_KEYS", key)  # the safe default: keys set, and sent
    monkeypatch.setenv("QUELLENLAGE_FAILED_KEY_LIMIT", "1000000/second")  # the auth checks send wrong keys
    monkeypatch.setenv("QUELLENLAGE_MAX_CONTENT_LENGTH", str(256 * 1024))
    port = free_port()
    process = start_gunicorn(str(tmp_path / "fuzz.db"), port, tmp_path / "gunicorn.log", workers=2, demo=True)
    try:
        schema = schemathesis.openapi.from_url(f"http://127.0.0.1:{port}/v1/openapi.json")
        auth = {"X-API-Key": key}

        class Workflow(schema.as_state_machine()):  # type: ignore[misc]
            def get_call_kwargs(self, case: Any) -> dict[str, Any]:
                return {"headers": auth, "timeout": 120}

            def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
                case.validate_response(response, headers=auth, excluded_checks=[positive_data_acceptance])
                if not refused_only_for_rules_beyond_the_schema(response):
                    case.validate_response(response, headers=auth, checks=[positive_data_acceptance])

        Workflow.run(
            settings=settings(
                max_examples=STEPS,
                stateful_step_count=8,
                deadline=None,
                suppress_health_check=list(HealthCheck),
            )
        )
    finally:
        stop(process)
    log = (tmp_path / "gunicorn.log").read_text()
    assert "Traceback" not in log
    requests = [line for line in log.splitlines() if '"POST /v1/' in line or '"PUT /v1/' in line]
    assert len(requests) > STEPS, "the state machine made hardly any calls that change state"
