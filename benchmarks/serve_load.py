"""`kg serve` under load: latencies of quick requests sent all at once, on loopback.

Starts `kg serve` on a free loopback port over an existing build, sends N quick requests at the
same moment (one thread each; a mix of an ASK, a small SELECT and a named query by URL) and
prints p50, p95 and the slowest; then the same while two endless queries hold the general
workers. Bounded: every request has a client time limit, the endless queries end at the server's
--timeout, and the server is always stopped.

    .venv/bin/python benchmarks/serve_load.py                     # ./build, 200 requests
    .venv/bin/python benchmarks/serve_load.py --requests 200 --timeout 10 --root .

--clients N (issue #14) measures the named questions instead: N clients at once, each asking
every question about one actor, event, theme or pair (benchmarks/per_actor.py's list, parameters
from ROOT/bench-params.json as benchmarks/generate.py writes it) --rounds times in its own
shuffled order, each next request sent when the last was answered; p50 and p95 per question and
over all of them, and the same questions one at a time first (no queueing). Since 2026-12-08 a
question's JSON is its first page (1,000 facts, as `kg query`'s table); before, the whole answer.

    .venv/bin/python benchmarks/serve_load.py --root /tmp/bench-1m --clients 20 --rounds 3
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
            "by_kind": {kind: {**percentiles([s for k, status, s in results
                                              if k == kind and status == 200]),
                           "not_ok": sum(1 for k, status, _ in results
                                         if k == kind and status != 200)}
                    for kind in sorted({k for k, _, _ in results})}}


def sequential(base: str, rounds: int = 20) -> dict:
    """One request at a time: what each kind costs without any queueing."""
    return {path.split("?")[0]: percentiles([get(base + path)[1] for _ in range(rounds)])
            for path in QUICK}


def question_paths(root: Path) -> dict[str, str]:
    """/query/NAME.json?... of each per-actor question, its parameters from bench-params.json
    (chosen as run.py and per_actor.py choose them); questions without values are left out."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from per_actor import QUESTIONS
    from run import query_values
    from kg.queries import load_query

    params = json.loads((root / "bench-params.json").read_text(encoding="utf-8"))["params"]
    paths = {}
    for name in QUESTIONS:
        file = root / "queries" / f"{name}.rq"
        if not file.exists():
            continue
        values, _ = query_values(load_query(file), params)
        if values is not None:
            paths[name] = f"/query/{name}.json?" + urllib.parse.urlencode(values)
    return paths


def clients_load(base: str, paths: dict[str, str], clients: int, rounds: int,
                 seed: int = 1) -> list[tuple[str, int, float]]:
    """`clients` threads started together, each asking every question `rounds` times in its
    own shuffled order, one request after the other: (question, status, seconds) each."""
    import random
    gate = threading.Barrier(clients)
    results: list[tuple[str, int, float]] = []

    def client(i: int):
        order = [name for _ in range(rounds) for name in paths]
        random.Random(seed + i).shuffle(order)
        gate.wait()
        for name in order:
            status, seconds = get(base + paths[name])
            results.append((name, status, seconds))

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(rounds * len(paths) * (CLIENT_TIMEOUT + 5))
    return results


def questions_report(args, base: str) -> dict:
    paths = question_paths(args.root)
    report: dict = {"clients": args.clients, "rounds": args.rounds, "workers": args.workers,
                    "timeout": args.timeout, "questions": paths}
    for path in paths.values():                               # warm up: labels, workers
        get(base + path)
    report["one_at_a_time"] = summary([(name, *get(base + path))
                                       for name, path in paths.items() for _ in range(3)])
    started = time.monotonic()
    results = clients_load(base, paths, args.clients, args.rounds)
    report["wall_s"] = round(time.monotonic() - started, 1)
    report["concurrent"] = summary(results)
    return report


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
    ap.add_argument("--clients", type=int, default=0,
                    help="the named questions from this many clients at once (0: the quick burst)")
    ap.add_argument("--rounds", type=int, default=3, help="with --clients: each question per client")
    args = ap.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args, port)
    report: dict = {"requests": args.requests, "workers": args.workers, "timeout": args.timeout}
    try:
        if args.clients:
            print(json.dumps(questions_report(args, base), indent=2))
            return
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
