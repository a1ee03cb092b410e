"""Hostile load: does /v1/health stay quick while other clients send slow-to-analyse bodies?

    python -m bench.hostile [--seconds 30] [--hostile-clients 4] [--workers 4] [--body-kb 50]

Starts gunicorn with the project's configuration on loopback (a fresh database, no demo articles),
then for --seconds lets --hostile-clients clients POST 50 KB bodies of the shapes that made analysis
slow (issue 17: a cue repeated thousands of times, runs of dots, speaker phrases, a sentence with no
end) to /v1/score, one after the other, while one more client reads /v1/health in a loop. Prints the
health latencies (p50, p99, max; target p99 < 100 ms) and what the hostile requests were answered with.
Traffic goes to 127.0.0.1 only; every loop ends at the deadline.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

from bench.load import free_port, start_gunicorn, stop


def percentile(values: list[float], q: float) -> float:
    """Nearest rank: a value that was measured, never one extrapolated past the largest."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def hostile_bodies(size: int) -> dict[str, str]:
    """Texts of `size` bytes (ASCII) in each shape, all invented."""
    shapes = {
        "repeated cue": "soll ",
        "dots without space": "Es.",
        "speaker phrases": "sagte der Sprecher von Ortheim, ",
        "quotes and hedges": "«angeblich» mutmaßlich Berichten zufolge ",
        "one endless sentence": "und der Bürgermeister von Kaltenbrunn ",
    }
    return {name: (unit * (size // len(unit) + 1))[:size] for name, unit in shapes.items()}


def post(base: str, path: str, body: dict) -> tuple[int, float]:
    data = json.dumps(body).encode()
    request = urllib.request.Request(
        base + path, data=data, method="POST", headers={"Content-Type": "application/json"}
    )
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    except OSError:
        status = 0  # connection closed: a worker killed mid-request
    return status, time.perf_counter() - start


def get_ms(base: str, path: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=120) as response:
        response.read()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--hostile-clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--body-kb", type=int, default=50)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="ql-hostile-"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_gunicorn(
        str(workdir / "hostile.db"), port, workdir / "gunicorn.log", workers=args.workers, quiet=True
    )
    bodies = list(hostile_bodies(args.body_kb * 1024).items())
    answers: Counter[tuple[str, int]] = Counter()
    hostile_seconds: list[float] = []
    health_ms: list[float] = []
    lock = threading.Lock()
    try:
        for _ in range(20):  # warm the workers up before measuring
            get_ms(base, "/v1/health")
        deadline = time.monotonic() + args.seconds

        def hostile(client: int) -> None:
            n = client
            while time.monotonic() < deadline:
                name, text = bodies[n % len(bodies)]
                status, seconds = post(base, "/v1/score", {"text": text, "outlet": "example.org"})
                with lock:
                    answers[(name, status)] += 1
                    hostile_seconds.append(seconds)
                n += 1

        def reader() -> None:
            time.sleep(0.5)  # let the hostile clients occupy the workers first
            while time.monotonic() < deadline:
                health_ms.append(get_ms(base, "/v1/health"))
                time.sleep(0.02)

        threads = [threading.Thread(target=hostile, args=(c,)) for c in range(args.hostile_clients)]
        threads.append(threading.Thread(target=reader))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        stop(server)

    print(
        f"{args.hostile_clients} clients POST {args.body_kb} KB hostile bodies to /v1/score, 1 reads /v1/health, "
        f"{args.workers} workers, {args.seconds:.0f} s"
    )
    print(
        f"GET /v1/health      p50 {percentile(health_ms, 50):7.1f} ms   p99 {percentile(health_ms, 99):7.1f} ms   "
        f"max {max(health_ms):7.1f} ms  (n={len(health_ms)}; target p99 < 100 ms)"
    )
    if hostile_seconds:
        print(
            f"hostile POST        p50 {percentile(hostile_seconds, 50) * 1000:7.0f} ms   "
            f"max {max(hostile_seconds) * 1000:7.0f} ms  (n={len(hostile_seconds)})"
        )
    for (name, status), count in sorted(answers.items()):
        print(f"  {name:<22} {status}  x{count}")


if __name__ == "__main__":
    main()
