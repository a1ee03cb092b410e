"""flaskr-style fixtures: an app on a temporary SQLite file with migrations and seeds applied."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

import seeds
from scoring import Knowledge
from service import create_app

# The suite runs in-process and on loopback, where an operator opens writes explicitly as `make serve` does
# (a service with no keys refuses writes otherwise). Set before any app is made, gunicorn subprocesses included;
# the tests of the closed default remove it.
os.environ.setdefault("QUELLENLAGE_OPEN_WRITES", "1")


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    return create_app({"TESTING": True, "DB": str(tmp_path / "test.db"), "DEMO_ARTICLES": False})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> Any:
    return app.test_cli_runner()


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return seeds.knowledge()


@pytest.fixture(scope="session")
def lexicon() -> dict[str, Any]:
    return seeds.lexicon()


def assert_error(response: Any, code: int) -> dict[str, Any]:
    """Every error has one shape: {"code", "status", "message", "errors"}, JSON, never HTML."""
    assert response.status_code == code, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"code", "status", "message", "errors"}
    assert body["code"] == code
    assert isinstance(body["status"], str) and body["status"]
    assert isinstance(body["message"], str) and body["message"]
    assert isinstance(body["errors"], dict)
    assert "Traceback" not in response.get_data(as_text=True)
    return body


def post_article(client: FlaskClient, text: str, outlet: str = "example.org", **extra: Any) -> Any:
    return client.post("/v1/articles", json={"text": text, "outlet": outlet, **extra})
