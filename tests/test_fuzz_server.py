"""schemathesis against a live gunicorn server, by its own runner: the examples phase, the coverage phase,
and the stateful phase (sequences of calls that follow the links of the OpenAPI document: an article
stored, then read; an outlet put, then got ...), every check on, keys set and sent.

Slow, so part of `make fuzz` only (QUELLENLAGE_FUZZ_STATEFUL=1), not of the test suite. Its runner, not
pytest's, because a live server's state moves on between runs: hypothesis's replay of a sequence is not
the same sequence, which the runner knows and pytest's state machine reports as a flaky strategy.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from bench.load import ROOT, free_port, start_gunicorn, stop

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(not os.environ.get("QUELLENLAGE_FUZZ_STATEFUL"), reason="make fuzz runs it"),
]
EXAMPLES = int(os.environ.get("QUELLENLAGE_FUZZ_EXAMPLES", "15"))


def test_schemathesis_against_live_gunicorn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = "fuzz-" + secrets.token_hex(8)
    monkeypatch.setenv("QUELLENLAGE_API_KEYS", key)  # the safe default: keys set, and sent
    monkeypatch.setenv("QUELLENLAGE_FAILED_KEY_LIMIT", "1000000/second")  # the auth checks send wrong keys
    monkeypatch.setenv("QUELLENLAGE_MAX_CONTENT_LENGTH", str(256 * 1024))
    port = free_port()
    process = start_gunicorn(str(tmp_path / "fuzz.db"), port, tmp_path / "gunicorn.log", workers=2, demo=True)
    try:
        run = subprocess.run(
            [
                str(Path(sys.executable).parent / "schemathesis"),
                "run",
                f"http://127.0.0.1:{port}/v1/openapi.json",
                "--checks",
                "all",
                "--exclude-checks",
                "positive_data_acceptance",  # ours instead, with the same exceptions (tests/fuzz_hooks.py)
                "--max-examples",
                str(EXAMPLES),
                "--header",
                f"X-API-Key: {key}",
                "--request-timeout",
                "120",
                "--workers",
                "1",
                "--no-color",
            ],
            cwd=tmp_path,  # its crash cache and reports stay out of the working tree
            env={**os.environ, "SCHEMATHESIS_HOOKS": "tests.fuzz_hooks", "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=3600,
        )
    finally:
        stop(process)
    report = run.stdout + run.stderr
    assert run.returncode == 0, report[-20000:]
    assert "Stateful" in report or "stateful" in report, report[-5000:]
    assert "Traceback" not in (tmp_path / "gunicorn.log").read_text()
