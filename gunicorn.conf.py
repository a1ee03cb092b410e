"""gunicorn settings; each can be overridden on the command line or by GUNICORN_CMD_ARGS."""

import multiprocessing
import os

bind = os.environ.get("QUELLENLAGE_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("QUELLENLAGE_WORKERS", min(4, multiprocessing.cpu_count() * 2)))
threads = 1
timeout = 60
graceful_timeout = 20
# The app is imported once in the master: migrations and seeds run there, before any worker forks.
preload_app = True
accesslog = "-"
errorlog = "-"
max_requests = 2000
max_requests_jitter = 200


def post_worker_init(worker):
    """Each worker sends due webhook deliveries from a thread of its own (QUELLENLAGE_WEBHOOK_DELIVERY=0 to
    leave them to `flask deliver-webhooks`). A delivery is claimed with one UPDATE: of several workers, one
    sends it; after a restart the new workers send what the old ones left."""
    from service.webhooks import start_worker

    start_worker(worker.wsgi)
