"""gunicorn settings; each can be overridden on the command line or by GUNICORN_CMD_ARGS."""

import ctypes
import ctypes.util
import ipaddress
import json
import multiprocessing
import os
import signal
import sys
from http import HTTPStatus

from gunicorn import util

bind = os.environ.get("QUELLENLAGE_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("QUELLENLAGE_WORKERS", min(4, multiprocessing.cpu_count() * 2)))
# Threads: each worker analyses one article at a time (service/__init__.py holds a slot per process for
# every write) and answers reads on its other threads meanwhile, so slow bodies keep no read waiting.
# gthread's heartbeat runs in its own thread: the timeout below ends a worker that hangs, not one that
# is busy analysing (the analysis bounds its own work).
worker_class = "gthread"
threads = int(os.environ.get("QUELLENLAGE_THREADS", 4))
timeout = 60
graceful_timeout = 20
# The app is imported once in the master: migrations and seeds run there, before any worker forks.
preload_app = True
accesslog = "-"
errorlog = "-"
max_requests = 2000
max_requests_jitter = 200
# The request line and header limits are gunicorn's to enforce (Flask has none of its own): the request line
# at gunicorn's ceiling of 8190 bytes (its default is 4094), 100 headers of at most 8190 bytes each. Past
# them gunicorn answers 414 or 431 itself, in our JSON error shape (json_error below).
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190


def json_error(sock, status_int, reason, mesg):
    """gunicorn's own errors (a bad request line, 414, 431, a worker killed at its timeout: 500) in the
    service's one error shape instead of gunicorn's HTML page.

    gunicorn has no setting or hook for the body of the errors it answers itself; every one of them is
    written by gunicorn.util.write_error (workers/base.py handle_error), so this replaces that function,
    with the same signature, in the master before the workers fork. What cannot be changed: a client
    whose connection the master closes (a worker killed with SIGKILL mid-request) gets no response at all.
    """
    try:
        phrase = HTTPStatus(status_int).phrase
    except ValueError:
        phrase = reason
    message = mesg or ("The request could not be completed." if status_int >= 500 else phrase)
    body = json.dumps({"code": status_int, "status": phrase, "message": message, "errors": {}}).encode()
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nX-Content-Type-Options: nosniff\r\n\r\n"
    )
    util.write_nonblock(sock, head.encode("latin-1") + body)


util.write_error = json_error

PR_SET_PDEATHSIG = 1


def post_fork(server, worker):
    """A worker whose master dies (even by SIGKILL, which it cannot pass on) gets SIGTERM from the kernel
    and shuts down, instead of serving on as an orphan. Linux only (prctl); elsewhere gunicorn's own check
    of its parent between requests is all there is."""
    # A read waits for the GIL while this worker's analysis thread holds it: hand it over every 1 ms
    # instead of Python's 5 ms.
    sys.setswitchinterval(0.001)
    name = ctypes.util.find_library("c")
    if not name:
        return
    libc = ctypes.CDLL(name, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
        server.log.warning("prctl(PR_SET_PDEATHSIG) failed: errno %s", ctypes.get_errno())
    if os.getppid() != server.pid:  # the master died between fork and prctl
        os.kill(os.getpid(), signal.SIGTERM)


def _loopback(address: str) -> bool:
    if address.startswith(("unix:", "fd://")):
        return True
    host = address.rsplit(":", 1)[0].strip("[]") if ":" in address else address
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def when_ready(server):
    """Writes without a key on an address others can reach: say so loudly, once, in the master's log."""
    open_writes = os.environ.get("QUELLENLAGE_OPEN_WRITES", "").strip().lower() in ("1", "true", "yes")
    if open_writes and not os.environ.get("QUELLENLAGE_API_KEYS", "").strip():
        exposed = [a for a in server.cfg.bind if not _loopback(a)]
        if exposed:
            server.log.warning(
                "Writes are open without a key (QUELLENLAGE_OPEN_WRITES=1) on %s, which is not a loopback "
                "address: anyone who can reach it can store articles and edit outlets and conflicts. "
                "Set QUELLENLAGE_API_KEYS.",
                ", ".join(exposed),
            )


def post_worker_init(worker):
    """Each worker sends due webhook deliveries from a thread of its own (QUELLENLAGE_WEBHOOK_DELIVERY=0 to
    leave them to `flask deliver-webhooks`). A delivery is claimed with one UPDATE: of several workers, one
    sends it; after a restart the new workers send what the old ones left."""
    from service.webhooks import start_worker

    start_worker(worker.wsgi)
