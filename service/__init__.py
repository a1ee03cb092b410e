"""The Quellenlage web service: create_app() builds it (flaskr's application factory)."""

from __future__ import annotations

import gc
import hmac
import json
import logging
import math
import os
import re
import threading
import time
from itertools import accumulate
from typing import Any

import limits
import limits.storage
import limits.strategies
from flask import Flask, Response, g, request
from werkzeug.routing import IntegerConverter

from scoring.lemmas import load_dictionary
from service import config, cors, db, errors
from service.errors import ApiError
from service.openapi import DocumentedApi

WRITING_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
# Nothing the API takes nests deeper than three levels; the limit only has to stop abuse.
MAX_JSON_DEPTH = 32
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers that predate it
}
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")
DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class AsciiIntegerConverter(IntegerConverter):
    """Werkzeug's int takes any Unicode digit ('１２', '١'), and int() reads them: an id is ASCII digits."""

    regex = r"[0-9]+"


class _NotJson(ValueError):
    """NaN and Infinity: Python's json reads them, JSON has no such thing."""


def _no_constant(name: str) -> Any:
    raise _NotJson(f"'{name}' is not a JSON value.")


def check_json_body(body: str) -> None:
    """Refuse, with a 400, JSON that Python parses but that would fail later: nesting deep enough to
    exhaust the stack, integers beyond Python's 4,300 digits, NaN/Infinity, and \\ud800-style escapes
    that leave a lone surrogate, which can be neither stored nor encoded as UTF-8."""
    try:
        data = json.loads(body, parse_constant=_no_constant)
    except RecursionError as error:
        raise ApiError(400, f"The JSON is nested too deeply (more than {MAX_JSON_DEPTH} levels).") from error
    except _NotJson as error:
        raise ApiError(400, f"The body is not valid JSON: {error}") from error
    except json.JSONDecodeError as error:
        raise ApiError(400, f"The body is not valid JSON: {error}") from error
    except ValueError as error:  # int(): "Exceeds the limit (4300 digits) for integer string conversion"
        raise ApiError(400, "The body holds an integer of more than 4300 digits.") from error
    # Depth, read off the text (valid JSON now, so every string is closed): strings out, brackets kept,
    # +1 for each opening, -1 for each closing one; the running sum's peak is the depth. All of it at C speed.
    brackets = NOT_A_BRACKET.sub("", JSON_STRING.sub("", body))
    if max(accumulate(map(DEPTH_STEP.__getitem__, brackets)), default=0) > MAX_JSON_DEPTH:
        raise ApiError(400, f"The JSON is nested too deeply (more than {MAX_JSON_DEPTH} levels).")
    # Only a \\uD8xx-\\uDFxx escape can put a surrogate into a string (strict UTF-8 decoding refused the rest);
    # json.dumps writes one back as it is, so a C-speed search finds it; the slow walk only names the field.
    if SURROGATE_ESCAPE.search(body) and LONE_SURROGATE.search(json.dumps(data, ensure_ascii=False)):
        field = _surrogate_path(data) or "_schema"
        raise ApiError(
            400,
            f"The JSON string at '{field}' holds a lone surrogate (a \\uD800-\\uDFFF escape without its pair).",
            {"json": {field: ["lone surrogate: not a Unicode character"]}},
        )


def _surrogate_path(data: Any) -> str:
    """The dotted path of the first string (or key) with a lone surrogate in it."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            if LONE_SURROGATE.search(value):
                return where
        elif isinstance(value, (dict, list)):
            for key, item in value.items() if isinstance(value, dict) else enumerate(value):
                path = f"{where}.{key}" if where else str(key)
                if isinstance(key, str) and LONE_SURROGATE.search(key):
                    return LONE_SURROGATE.sub("\ufffd", path)  # the message itself must be valid Unicode
                stack.append((item, path))
    return ""


def api_keys(app: Flask) -> list[str]:
    return [k.strip() for k in str(app.config["API_KEYS"] or "").split(",") if k.strip()]


def _flag(value: object) -> bool:
    """A boolean setting, from Python (True) or from the environment ("1", "true", "yes")."""
    return str(value).strip().lower() in ("1", "true", "yes")


def reads_protected(app: Flask) -> bool:
    """Whether reading needs a key too (QUELLENLAGE_PROTECT_READS, with keys configured)."""
    return bool(api_keys(app)) and _flag(app.config["PROTECT_READS"])


def writes_open(app: Flask) -> bool:
    """Whether anyone may write without a key: only with no keys set and QUELLENLAGE_OPEN_WRITES=1."""
    return not api_keys(app) and _flag(app.config["OPEN_WRITES"])


class FailedKeys:
    """Counts requests with a missing or wrong key per client address (the `limits` library's moving window).

    Made on first use in each process: gunicorn forks its workers from the master after create_app, and
    the memory storage's timer thread and locks must not be inherited half-way.
    """

    def __init__(self, limit: str, storage_uri: str) -> None:
        self.limit = limits.parse(limit)
        self.storage_uri = storage_uri
        self._limiter: limits.strategies.MovingWindowRateLimiter | None = None
        self._pid = 0

    @property
    def limiter(self) -> limits.strategies.MovingWindowRateLimiter:
        if self._limiter is None or self._pid != os.getpid():
            self._limiter = limits.strategies.MovingWindowRateLimiter(
                limits.storage.storage_from_string(self.storage_uri)
            )
            self._pid = os.getpid()
        return self._limiter

    def locked_for(self, address: str) -> int:
        """Seconds until `address` may try a key again; 0 when it may now."""
        if self.limiter.test(self.limit, "failed-key", address):
            return 0
        reset = self.limiter.get_window_stats(self.limit, "failed-key", address).reset_time
        return max(1, math.ceil(reset - time.time()))

    def failed(self, address: str) -> None:
        self.limiter.hit(self.limit, "failed-key", address)


_gc_frozen = False


def settle_gc(threshold: tuple[int, int, int] | list[int]) -> None:
    """The collector set for a long-running service: `threshold`, and what the process holds once the first
    app is built (modules, the German dictionary, seeds) moved out of its sight for good (gc.freeze; with
    gunicorn's preload_app before the workers fork, so their copies of those pages are not written to by
    the collector either)."""
    global _gc_frozen
    gc.set_threshold(*threshold)
    if not _gc_frozen:
        gc.collect()
        gc.freeze()
        _gc_frozen = True


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config)
    app.config.from_prefixed_env("QUELLENLAGE")
    if test_config:
        app.config.update(test_config)
    if isinstance(app.config["TRUSTED_HOSTS"], str):  # from the environment: "a.example, b.example"
        hosts = [h.strip() for h in app.config["TRUSTED_HOSTS"].split(",") if h.strip()]
        app.config["TRUSTED_HOSTS"] = hosts or None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if writes_open(app):
        logging.getLogger("quellenlage").warning(
            "QUELLENLAGE_OPEN_WRITES=1 and no QUELLENLAGE_API_KEYS: every writing endpoint (POST /v1/articles, "
            "PUT /v1/outlets/..., PUT /v1/conflicts/...) is open to anyone who can reach this service."
        )
    elif not api_keys(app):
        logging.getLogger("quellenlage").warning(
            "No QUELLENLAGE_API_KEYS configured: writing endpoints answer 403. Set keys, or open writes "
            "explicitly with QUELLENLAGE_OPEN_WRITES=1 (for a service only you can reach)."
        )
    writing_slot = threading.BoundedSemaphore(1)
    failed_keys = FailedKeys(str(app.config["FAILED_KEY_LIMIT"]), str(app.config["RATELIMIT_STORAGE"]))

    # The German dictionary of the analysis, loaded here: with gunicorn's preload_app in the master,
    # before the workers fork (one shared copy, no first request waiting for it).
    load_dictionary()

    app.url_map.converters["int"] = AsciiIntegerConverter  # before any rule is added
    # "/v1//health" is a 404 in the error shape, not Werkzeug's 308 redirect with an HTML body.
    app.url_map.merge_slashes = False
    api = DocumentedApi(app)  # flask-smorest's Api with the security scheme and error responses
    app.extensions["quellenlage_api"] = api
    errors.register_error_handlers(app)
    cors.init_app(app)  # QUELLENLAGE_CORS_ORIGINS; off when unset

    from service.api import articles, claims, docs, editor, health, reference

    for module in (articles, claims, reference, health):
        api.register_blueprint(module.bp)
    app.register_blueprint(editor.bp)
    app.register_blueprint(docs.bp)  # Swagger UI at /v1/docs
    from service import batch as batch_ingest
    from service import webhooks as webhook_delivery
    from service.api import batch, changes, webhooks

    for module in (changes, webhooks, batch):  # feeds: change feed, webhooks, bulk ingest
        api.register_blueprint(module.bp)
    app.cli.add_command(webhook_delivery.deliver_command)
    app.cli.add_command(batch_ingest.ingest_command)

    @app.before_request
    def guard_api() -> None:
        if not request.path.startswith("/v1/") or request.routing_exception:
            return
        writing = request.method in WRITING_METHODS
        keys = api_keys(app)
        if writing and not keys and not writes_open(app):
            raise ApiError(
                403,
                "Writing is closed: this service has no API keys configured (QUELLENLAGE_API_KEYS) and its "
                "operator has not opened writes (QUELLENLAGE_OPEN_WRITES=1).",
            )
        # /v1/health stays open: a load balancer's check carries no key (it tells that the service is up).
        if keys and (writing or (reads_protected(app) and request.path != "/v1/health")):
            address = request.remote_addr or "-"
            wait = failed_keys.locked_for(address)
            if wait:
                raise ApiError(
                    429, f"Too many requests with a wrong key; retry in {wait} s.", headers={"Retry-After": str(wait)}
                )
            given = request.headers.get("X-API-Key", "")
            # Compare with every key in constant time: how long it takes tells nothing about the keys.
            if not any(hmac.compare_digest(given.encode(), k.encode()) for k in keys):
                failed_keys.failed(address)
                raise ApiError(401, "This endpoint needs a valid X-API-Key header.")
        if not writing or (request.method == "DELETE" and not request.content_length):
            return  # a DELETE without a body has no content type to check
        if not request.is_json:
            raise ApiError(415, "Send JSON with 'Content-Type: application/json'.")
        try:
            body = request.get_data(cache=True).decode("utf-8")
        except UnicodeDecodeError as error:
            raise ApiError(400, f"The body is not valid UTF-8 (byte {error.start}).") from error
        if body:  # an empty body is left to the schema, which names the missing fields
            check_json_body(body)
        if request.endpoint not in db.STORES_NOTHING:
            db.check_quota()
        # One analysis (or other write) at a time in this process; gunicorn's other threads stay free for
        # reads, so a client sending slow bodies cannot make /v1/health or GET /v1/claims wait on it.
        if not writing_slot.acquire(timeout=float(app.config["WRITE_QUEUE_SECONDS"])):
            raise ApiError(
                503, "The service is busy analysing other articles; retry later.", headers={"Retry-After": "5"}
            )
        g.holds_writing_slot = True

    @app.teardown_request
    def release_writing_slot(_: BaseException | None = None) -> None:
        if g.pop("holds_writing_slot", False):
            writing_slot.release()

    @app.after_request
    def security_headers(response: Response) -> Response:
        # setdefault: a view may send a stricter or more specific policy of its own (/v1/docs does).
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        response.headers.setdefault("Content-Security-Policy", app.config["CONTENT_SECURITY_POLICY"])
        return response

    db.init_app(app)
    settle_gc(app.config["GC_THRESHOLD"])
    return app
