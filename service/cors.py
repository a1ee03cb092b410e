"""CORS for the /v1 API: browsers may call it from the origins of QUELLENLAGE_CORS_ORIGINS, none by default.

A CMS plugin running in an editor's browser can then read the API (and write to it with a key); a page of
any other origin cannot. The allow-list names exact origins ("https://cms.example.org"); "*" allows every
origin, which is safe only because no cookie or other ambient credential ever authorises a request here.
"""

from __future__ import annotations

from flask import Flask, Response, current_app, request

ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS"
ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, X-API-Key"
# Headers a script may read besides the CORS-safelisted ones.
EXPOSED_HEADERS = "Content-Disposition, Retry-After, Location"
MAX_AGE = "600"


def allowed_origins(app: Flask) -> list[str]:
    value = app.config.get("CORS_ORIGINS") or ""
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    return [o.strip().rstrip("/") for o in items if o.strip()]


def _allowed(origin: str) -> bool:
    origins = allowed_origins(current_app)
    return bool(origin) and ("*" in origins or origin in origins)


def answer_preflight() -> Response | None:
    """An OPTIONS preflight from an allowed origin for an API route is answered here, before the key check
    (a browser never sends credentials with a preflight); any other request goes on as usual."""
    if request.method != "OPTIONS" or not request.path.startswith("/v1/") or request.url_rule is None:
        return None
    if "Access-Control-Request-Method" not in request.headers or not _allowed(request.headers.get("Origin", "")):
        return None
    response = current_app.make_default_options_response()
    response.status_code = 204
    response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
    response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
    response.headers["Access-Control-Max-Age"] = MAX_AGE
    return response


def add_cors_headers(response: Response) -> Response:
    if not request.path.startswith("/v1/") or not allowed_origins(current_app):
        return response
    response.vary.add("Origin")  # caches must not hand one origin's answer to another
    origin = request.headers.get("Origin", "")
    if _allowed(origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    return response


def init_app(app: Flask) -> None:
    # First of all before_request functions: the API key guard must not turn a preflight into a 401.
    app.before_request_funcs.setdefault(None, []).insert(0, answer_preflight)
    app.after_request(add_cors_headers)
