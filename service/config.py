"""Defaults; every one can be overridden by an environment variable with the QUELLENLAGE_ prefix."""

# QUELLENLAGE_DB: the SQLite file (default: quellenlage.db in the instance folder).
DB = None
# QUELLENLAGE_GC_THRESHOLD: the garbage collector's thresholds for a long-running worker, e.g. "[700, 10, 10]"
# (Python's own). A POST leaves some 50 objects in reference cycles and makes hundreds of thousands that
# reference counting frees; at Python's thresholds the collector walks the caches of stored claims and words
# again and again (a full pass over a warm worker ~100 ms, ~4 ms a POST on average, issue 16).
GC_THRESHOLD = (50_000, 50, 100)
# QUELLENLAGE_DEMO_ARTICLES: load the project's demo articles into an empty corpus (0 to skip).
DEMO_ARTICLES = True
# QUELLENLAGE_API_KEYS: comma-separated keys; when set, writing endpoints need X-API-Key.
API_KEYS = ""
# QUELLENLAGE_OPEN_WRITES: with no keys set, writing endpoints answer 403 unless this is 1 (the operator's
# explicit choice: `make serve` on loopback sets it, so does the test suite). Ignored once keys are set.
OPEN_WRITES = False
# QUELLENLAGE_FAILED_KEY_LIMIT: how many requests with a missing or wrong key one client address may make
# before it gets 429 (with Retry-After) until the window has passed; the syntax of the `limits` library.
FAILED_KEY_LIMIT = "10/minute"
# QUELLENLAGE_RATELIMIT_STORAGE: where failed keys are counted (a `limits` storage URI). memory:// counts per
# worker process; a shared store (redis://, memcached://) counts for the whole service.
RATELIMIT_STORAGE = "memory://"
# QUELLENLAGE_PROTECT_READS: with API keys set, require them for reading endpoints too.
PROTECT_READS = False
# QUELLENLAGE_WRITE_QUEUE_SECONDS: a worker process analyses one article at a time (its other threads answer
# reads); a write waits this long for its turn before it gets 503 with Retry-After.
WRITE_QUEUE_SECONDS = 60
# QUELLENLAGE_MAX_CONTENT_LENGTH: largest request body in bytes (413 beyond).
MAX_CONTENT_LENGTH = 2 * 1024 * 1024
# QUELLENLAGE_MAX_TEXT_CHARS: longest article text (422 beyond).
MAX_TEXT_CHARS = 300_000
# QUELLENLAGE_MAX_CLAIMS: most claims one article may yield (422 beyond).
MAX_CLAIMS = 1000
# QUELLENLAGE_ANALYSIS_BUDGET_MS: the longest one article's analysis may take (0: no limit); past it
# POST /v1/articles and /v1/score answer a JSON 422 and store nothing, well before gunicorn's 60 s timeout
# would kill the worker. 100,000 characters of real news take about 5 s on two busy cores.
ANALYSIS_BUDGET_MS = 10_000
# QUELLENLAGE_MAX_DB_MB: a size quota for the database on disk, its WAL file included (0: none); past it
# storing requests get 503 with Retry-After; reads and POST /v1/score (which stores nothing) still work.
MAX_DB_MB = 0
# QUELLENLAGE_SYNCHRONOUS: SQLite's durability. NORMAL (the default, fast in WAL mode): a crash of the
# service loses nothing, but a power loss or OS crash may lose the last acknowledged writes. FULL: every
# acknowledged write survives a power loss too, at the cost of an fsync per transaction.
SYNCHRONOUS = "NORMAL"
# QUELLENLAGE_CONTENT_SECURITY_POLICY: sent with every response. The editor's page loads its own script and
# stylesheet and talks to /v1 only; nothing is inline, nothing comes from elsewhere, no page may frame it.
# (/v1/docs adds the hash of its one inline style block.)
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# QUELLENLAGE_CORS_ORIGINS: comma-separated browser origins allowed to call /v1 (CORS), "*" for any; empty: none.
CORS_ORIGINS = ""
# QUELLENLAGE_TRUSTED_HOSTS: comma-separated host names the service answers to (Flask's TRUSTED_HOSTS);
# any other Host header gets a 400. Unset: every host, as a service behind a proxy that checks it needs.
TRUSTED_HOSTS = None
# QUELLENLAGE_PAGE_LIMIT: default and largest page size of list endpoints.
PAGE_LIMIT = 50
MAX_PAGE_LIMIT = 500
# Webhook deliveries (service/webhooks.py). QUELLENLAGE_WEBHOOK_DELIVERY: each gunicorn worker sends due
# deliveries from a thread (0: leave them to `flask deliver-webhooks`). A failed attempt is retried after
# WEBHOOK_RETRY_SECONDS, doubling up to WEBHOOK_MAX_RETRY_SECONDS, WEBHOOK_MAX_ATTEMPTS times in all; a
# delivery whose sender died is sent again after WEBHOOK_LEASE_SECONDS (keep it above the timeout).
WEBHOOK_DELIVERY = True
WEBHOOK_RETRY_SECONDS = 10.0
WEBHOOK_MAX_RETRY_SECONDS = 3600.0
WEBHOOK_MAX_ATTEMPTS = 10
WEBHOOK_TIMEOUT_SECONDS = 10.0
WEBHOOK_LEASE_SECONDS = 60.0
WEBHOOK_POLL_SECONDS = 1.0

API_TITLE = "Quellenlage"
API_VERSION = "v1"
OPENAPI_VERSION = "3.0.3"
OPENAPI_URL_PREFIX = "/v1"
OPENAPI_JSON_PATH = "openapi.json"
JSON_SORT_KEYS = False
