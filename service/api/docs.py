"""GET /v1/docs: the OpenAPI document in Swagger UI, served from the swagger-ui-bundle package (no CDN).

The page loads only this service's own files: Swagger UI's script and stylesheet from the package and a
small start script of ours (a Content-Security-Policy without inline scripts forbids starting it inline).
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, send_from_directory, url_for
from swagger_ui_bundle import swagger_ui_path

bp = Blueprint("docs", __name__)

# The files of the bundle the page uses; nothing else of the package is served.
BUNDLE_FILES = {"swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png", "favicon-16x16.png"}
# Swagger UI's icons are data: URIs in its stylesheet and "Try it out" calls this same service; its styles
# are set from its script (CSSOM), which style-src 'self' allows (checked in Chromium, tests/test_api_docs.py).
DOCS_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
START_SCRIPT = """window.addEventListener("load", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.dataset.spec,
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    tryItOutEnabled: false,
    persistAuthorization: false
  });
});
"""
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} API {version}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="{css}"><link rel="icon" type="image/png" href="{icon}">
</head><body>
<div id="swagger-ui" data-spec="{spec}"></div>
<noscript><p>The API is described in <a href="{spec}">{spec}</a> (OpenAPI 3).</p></noscript>
<script src="{bundle}"></script><script src="{start}"></script>
</body></html>
"""


@bp.get("/v1/docs")
def swagger_ui() -> Response:
    """Swagger UI on /v1/openapi.json: every operation with its parameters, bodies, responses and errors."""
    asset = "docs.asset"
    html = PAGE.format(
        title=current_app.config["API_TITLE"],
        version=current_app.config["API_VERSION"],
        css=url_for(asset, name="swagger-ui.css"),
        icon=url_for(asset, name="favicon-32x32.png"),
        bundle=url_for(asset, name="swagger-ui-bundle.js"),
        start=url_for(asset, name="start.js"),
        spec=url_for("api-docs.openapi_json"),
    )
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = DOCS_POLICY
    return response


@bp.get("/v1/docs/<string:name>")
def asset(name: str) -> Response:
    if name == "start.js":
        return Response(START_SCRIPT, mimetype="text/javascript")
    if name not in BUNDLE_FILES:
        abort(404)
    return send_from_directory(str(swagger_ui_path), name, max_age=86400)
