"""The Quellenlage web service: create_app() builds it (flaskr's application factory)."""

from __future__ import annotations

import hmac
import json
import logging
import re
from itertools import accumulate
from typing import Any

from flask import Flask, Response, request
from flask_smorest import Api
from werkzeug.routing import IntegerConverter

from scoring.lemmas import load_dictionary
from service import config, db, errors
from service.errors import ApiError

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


def reads_protected(app: Flask) -> bool:
    """Whether reading needs a key too (QUELLENLAGE_PROTECT_READS, with keys configured)."""
    return bool(api_keys(app)) and str(app.config["PROTECT_READS"]).lower() in ("1", "true", "yes")


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
    if not api_keys(app):
        logging.getLogger("quellenlage").warning(
            "No QUELLENLAGE_API_KEYS configured: every writing endpoint (POST /v1/articles, PUT /v1/outlets/..., "
            "PUT /v1/conflicts/...) is open to anyone who can reach this service. Set keys before exposing it."
        )

    # The German dictionary of the analysis, loaded here: with gunicorn's preload_app in the master,
    # before the workers fork (one shared copy, no first request waiting for it).
    load_dictionary()

    app.url_map.converters["int"] = AsciiIntegerConverter  # before any rule is added
    api = Api(app)
    app.extensions["quellenlage_api"] = api
    errors.register_error_handlers(app)

    from service.api import articles, claims, editor, health, reference

    for module in (articles, claims, reference, health):
        api.register_blueprint(module.bp)
    app.register_blueprint(editor.bp)
    from service.api import changes

    api.register_blueprint(changes.bp)  # feeds: change feed, webhooks, bulk ingest

    @app.before_request
    def guard_api() -> None:
        if not request.path.startswith("/v1/") or request.routing_exception:
            return
        writing = request.method in WRITING_METHODS
        keys = api_keys(app)
        if keys and (writing or reads_protected(app)):
            given = request.headers.get("X-API-Key", "")
            # Compare with every key in constant time: how long it takes tells nothing about the keys.
            if not any(hmac.compare_digest(given.encode(), k.encode()) for k in keys):
                raise ApiError(401, "This endpoint needs a valid X-API-Key header.")
        if not writing:
            return
        if not request.is_json:
            raise ApiError(415, "Send JSON with 'Content-Type: application/json'.")
        try:
            body = request.get_data(cache=True).decode("utf-8")
        except UnicodeDecodeError as error:
            raise ApiError(400, f"The body is not valid UTF-8 (byte {error.start}).") from error
        if body:  # an empty body is left to the schema, which names the missing fields
            check_json_body(body)

    @app.after_request
    def security_headers(response: Response) -> Response:
        # setdefault: a view may send a stricter or more specific policy of its own (/v1/docs does).
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        response.headers.setdefault("Content-Security-Policy", app.config["CONTENT_SECURITY_POLICY"])
        return response

    db.init_app(app)
    return app
