"""`kg serve` under load: latencies of quick requests sent all at once, on loopback.

Starts `kg serve` on a free loopback port over an existing build, sends N quick requests at the
same moment (one thread each; a mix of an ASK, a small SELECT and a named query by URL) and
prints p50, p95 and the slowest; then the same while two endless queries hold the general
workers. Bounded: every request has a client time limit, the endless queries end at the server's
--timeout, and the server is always stopped.

    .venv/bin/python benchmarks/serve_load.py                     # ./build, 200 requests
    .venv/bin/python benchmarks/serve_load.py --requests 200 --timeout 10 --root .
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
QUICK = [
    "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s a <http://xmlns.com/foaf/0.1/Person> }"}),
    "/sparql?" + urllib.parse.urlencode({"query": "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
                                                  "SELECT ?name WHERE { ?p foaf:name ?name } "
                                                  "ORDER BY ?name LIMIT 20"}),
    "/query/who-met.json?" + urllib.parse.urlencode({"actor": "Kim Dong-yeon"}),
]
CLIENT_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, float]:
    """(status, seconds) of one GET."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=CLIENT_TIMEOUT) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError:
        status = 0                                    # refused, reset or timed out
    return status, time.monotonic() - started


def burst(base: str, n: int) -> list[tuple[str, int, float]]:
    """n quick requests released at the same moment: (kind, status, seconds) each."""
    gate = threading.Barrier(n)
    results: list[tuple[str, int, float]] = []

    def one(i: int):
        path = QUICK[i % len(QUICK)]
        gate.wait()
        status, seconds = get(base + path)
        results.append((path.split("?")[0], status, seconds))

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(CLIENT_TIMEOUT + 5)
    return results


def percentiles(seconds: list[float]) -> dict:
    ok = sorted(seconds)
    if not ok:
        return {"ok": 0}
    p95 = ok[min(len(ok) - 1, int(round(0.95 * len(ok))) - 1)]
    return {"ok": len(ok), "p50_ms": round(statistics.median(ok) * 1000, 1),
            "p95_ms": round(p95 * 1000, 1), "max_ms": round(ok[-1] * 1000, 1)}


def summary(results: list[tuple[str, int, float]]) -> dict:
    """p50/p95/max of the answered requests, all and per kind; the statuses seen."""
    return {"requests": len(results), "statuses": sorted({status for _, status, _ in results}),
            **percentiles([s for _, status, s in results if status == 200]),
            "by_kind": {kind: percentiles([s for k, status, s in results
                                           if k == kind and status == 200])
                        for kind in sorted({k for k, _, _ in results})}}


def sequential(base: str, rounds: int = 20) -> dict:
    """One request at a time: what each kind costs without any queueing."""
    return {path.split("?")[0]: percentiles([get(base + path)[1] for _ in range(rounds)])
            for path in QUICK}


def start_server(args, port: int) -> subprocess.Popen:
    command = [sys.executable, "-c", "from kg.cli import run; run()", "serve",
               "--port", str(port), "--timeout", str(args.timeout),
               "--workers", str(args.workers), "--root", str(args.root)]
    if args.build_dir:
        command += ["--build-dir", str(args.build_dir)]
    # kg is imported as installed (or from PYTHONPATH), never from the folder this runs in
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True, cwd=args.root.resolve().anchor)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"kg serve stopped with exit code {server.returncode}")
        if get(f"http://127.0.0.1:{port}/queries.json")[0] == 200:
            return server
        time.sleep(0.2)
    stop(server)
    raise SystemExit("kg serve did not answer within 60 s")


def stop(server: subprocess.Popen) -> None:
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(server.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=Path.cwd(), help="project root (data, queries)")
    ap.add_argument("--build-dir", type=Path, help="build folder (default ROOT/build)")
    ap.add_argument("--requests", type=int, default=200, help="quick requests per burst")
    ap.add_argument("--timeout", type=float, default=10.0, help="kg serve --timeout (s)")
    ap.add_argument("--workers", type=int, default=2, help="kg serve --workers")
    args = ap.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args, port)
    report: dict = {"requests": args.requests, "workers": args.workers, "timeout": args.timeout}
    try:
        for path in QUICK:                                    # warm up: labels, workers
            get(base + path)
        report["one_at_a_time"] = sequential(base)
        report["alone"] = summary(burst(base, args.requests))
        endless = "/sparql?" + urllib.parse.urlencode({"query": ENDLESS})
        holders = [threading.Thread(target=get, args=(base + endless,)) for _ in range(2)]
        for t in holders:
            t.start()
        time.sleep(0.5)                                       # both hold a general worker now
        report["beside_two_endless"] = summary(burst(base, args.requests))
        report["endless_still_running"] = all(t.is_alive() for t in holders)
        for t in holders:
            t.join(args.timeout + 30)
    finally:
        stop(server)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
