"""The 10M size of benchmarks/run.py (issue #14): `run.py --sizes 10m`.

At ten million triples one build costs too much to run it twice (run.py builds twice per size,
once with its stages timed), and neither rdflib's engine nor the whole-graph lists and analysis
fit in a run's time limits; so for 10M and larger, run.py does only what issue #14 asks, each step
in its own process group with a time limit and the group's peak memory (the build's main process
and its SHACL workers together, sampled every 2 s):

1. the data (benchmarks/generate.py; reused with --keep-data when ROOT/bench-params.json has the
   same size and seed);
2. one full `kg build` (kg.build.build with its stages timed, each stage's start and end in the
   step's log as it happens), with `--store-10m` also pushed to an `oxigraph serve` that run.py
   starts (what `kg build --store URL` does);
3. the first page of each question about one actor, event, theme or pair (per_actor.QUESTIONS:
   kg.query.run_query with limit TABLE_ROWS + 1, as `kg query` asks for a table) on the build's
   store, and with --store-10m on the server;
4. adding one report (the generator's extra report copied in, then the build again).

A step that did not finish leaves the steps after it that need it undone, and says so."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from run import HERE, OXIGRAPH, PY, GroupPeak, fmt_time, size_label

TEN_M = 10_000_000
BUILD_TARGET_S = 600             # issue #14: build within 10 minutes
MEMORY_LIMIT_MB = 16 * 1024      # ... within 16 GB
ADD_TARGET_S = 2.0               # add a report within 2 s
PAGE_TARGET_S = 0.1              # first pages within 100 ms


def finished(step: dict | None) -> bool:
    return bool(step) and ("wall" in step or "child_wall" in step) and "error" not in step \
        and "timeout" not in step


def wall_of(step: dict) -> float | None:
    return step.get("wall", step.get("child_wall"))


def w_first_pages(a: dict) -> dict:
    """The first page of each per-actor question (benchmarks/per_actor.py's way of timing: a
    forked child per question, cold run then the median of `runs`), on the build's store or, with
    `endpoint`, on that SPARQL server."""
    from kg.cli import TABLE_ROWS
    from per_actor import QUESTIONS, time_question

    root = Path(a["root"])
    out = {}
    for name in QUESTIONS:
        path = root / "queries" / f"{name}.rq"
        if path.exists():
            out[name] = time_question(root, path, a["params"], a["runs"], a["timeout"], None,
                                      limit=TABLE_ROWS + 1, endpoint=a.get("endpoint"))
    return {"queries": out, "limit": TABLE_ROWS + 1}


def reuse_data(root: Path, n: int, seed: int) -> dict | None:
    """The generated data already in ROOT, if it was made for this size and seed."""
    try:
        info = json.loads((root / "bench-params.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if info.get("target") == n and info.get("seed") == seed else None


class OxigraphServer:
    """`oxigraph serve` on a free loopback port over a fresh database folder; stopped by stop()."""

    def __init__(self, location: Path, log: Path):
        shutil.rmtree(location, ignore_errors=True)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.location = location
        self._log = open(log, "w")
        self.proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind",
                                      f"127.0.0.1:{port}", "--union-default-graph"],
                                     stdout=self._log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        self.peak = GroupPeak(self.proc.pid)
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/query?query=ASK%7B%7D", timeout=5):
                    return
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.stop()
                    raise RuntimeError(f"oxigraph serve did not come up; see {log}")
                time.sleep(0.2)

    def stop(self) -> dict:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(15)
        self._log.close()
        return {"url": self.url, "peak_rss_mb": self.peak.stop()}


def size_10m(bench, n: int) -> dict:
    a = bench.args
    lab = size_label(n)
    root = bench.work / f"bench-{lab.lower()}"
    res: dict = {"label": lab, "target": n, "ten_m": True, "notes": []}
    bench.results["sizes"][lab] = res

    def save() -> None:              # after every step: a run stopped later keeps what it measured
        from run import write_results
        write_results(bench.results, a.out)
    info = reuse_data(root, n, a.seed) if a.keep_data else None
    if info:
        # The data is kept, but the build must run this checkout's rules and shapes: a folder
        # generated at an older commit carries that commit's queries/ and ontology/.
        for part in ("queries", "ontology"):
            shutil.rmtree(root / part, ignore_errors=True)
            shutil.copytree(HERE.parent / part, root / part)
        res["notes"].append(f"data reused from {root} (--keep-data), with this checkout's "
                            "queries/ and ontology/ copied over the generated ones")
    else:
        bench.log(f"== {lab}: generate")
        res["generate"] = bench.run([PY, str(HERE / "generate.py"), "--triples", str(n), "--out",
                                     str(root), "--seed", str(a.seed)],
                                    600 * n / 1_000_000, f"{lab}-generate")
        info = reuse_data(root, n, a.seed)
        if info is None:
            res["notes"].append("generation did not finish: nothing else ran")
            return res
    res["data"] = {k: info[k] for k in ("triples", "reports", "events", "participations",
                                       "persons", "organisations", "excerpts")}
    params = info["params"]
    server = None
    if a.store_10m:
        server = OxigraphServer(root / "oxigraph-kg-db", bench.logs / f"{lab}-oxigraph.log")
    try:
        bench.log(f"{lab}: kg build (limit {a.build_timeout:.0f} s; progress in "
                  f"{bench.logs / (lab + '-build.log')})")
        shutil.rmtree(root / "build", ignore_errors=True)
        res["build"] = bench.worker("stages", {
            "root": str(root), "build_dir": str(root / "build"), "cleanup": False,
            "progress": True, "store_url": server.url if server else None},
            a.build_timeout, f"{lab}-build")
        save()
        if not finished(res["build"]):
            res["notes"].append("the build did not finish: no questions, no added report")
            return res
        for where, endpoint in (("embedded", None), ("server", server.url if server else None)):
            if where == "server" and not endpoint:
                continue
            bench.log(f"{lab}: first pages of the questions ({where})")
            res[f"first_pages_{where}"] = bench.worker("first_pages", {
                "root": str(root), "params": params, "runs": a.runs, "timeout": a.query_timeout,
                "endpoint": endpoint}, 120 + 8 * (a.runs + 2) * a.query_timeout,
                f"{lab}-first-pages-{where}")
            save()
        bench.log(f"{lab}: add one report")
        res["add_report"] = bench.add_report(root, lab, a.build_timeout)
    finally:
        if server:
            res["oxigraph_server"] = server.stop()
    return res


def targets_10m(s: dict) -> list[dict]:
    """Issue #14's targets at this size: met, not met, or not measured (and why)."""
    out = []
    b = s.get("build") or {}
    peak = b.get("group_peak_rss_mb")
    if finished(b):
        out.append(("build within 10 minutes", b["wall"] <= BUILD_TARGET_S, fmt_time(b["wall"])))
    else:
        out.append(("build within 10 minutes", False if b.get("timeout") else None,
                    f"killed at its limit of {b['timeout']:.0f} s" if b.get("timeout")
                    else b.get("error", "not run")))
    if peak:
        out.append(("build within 16 GB", peak <= MEMORY_LIMIT_MB if finished(b) or
                    peak > MEMORY_LIMIT_MB else None,
                    f"peak {peak:,.0f} MB (all its processes)"
                    + ("" if finished(b) else " until it stopped")))
    add = s.get("add_report") or {}
    out.append(("add a report within 2 s", (add["wall"] <= ADD_TARGET_S) if finished(add) else None,
                fmt_time(add["wall"]) if finished(add) else add.get("error") or
                (f"killed at {add['timeout']:.0f} s" if add.get("timeout") else "not run")))
    for where in ("embedded", "server"):
        pages = (s.get(f"first_pages_{where}") or {}).get("queries")
        if not pages:
            continue
        slow = [f"{q} {fmt_time(r.get('median', r.get('cold')))}" if "cold" in r else
                f"{q} {r.get('error') or 'did not finish'}"
                for q, r in pages.items() if "skipped" not in r and
                not r.get("median", r.get("cold", 1e9)) <= PAGE_TARGET_S]
        out.append((f"first pages within 100 ms ({where})", not slow,
                    "; ".join(slow) or f"all {len(pages)} within 100 ms"))
    return [{"target": f"{t} at {s['label']}",
             "status": "not measured" if ok is None else "met" if ok else "not met",
             "evidence": ev} for t, ok, ev in out]


def table_10m(s: dict) -> str:
    """The 10M steps as a Markdown table: what ran, how long, peak memory."""
    rows = ["| step | wall | peak memory (all processes) | result |", "|---|---:|---:|---|"]

    def row(step: str, d: dict | None, result: str = "") -> None:
        if not d:
            rows.append(f"| {step} | – | – | not run |")
            return
        wall = fmt_time(wall_of(d)) if finished(d) else (
            f"killed at {d['timeout']:.0f} s" if d.get("timeout") else "failed")
        peak = d.get("group_peak_rss_mb")
        rows.append(f"| {step} | {wall} | {f'{peak:,.0f} MB' if peak else '–'} | "
                    f"{result or d.get('error', '')[:120]} |")

    data = s.get("data") or {}
    row("generate", s.get("generate") or ({"wall": None} if data else None),
        f"{data.get('triples', 0):,} asserted triples, {data.get('reports', 0):,} reports"
        if data else "")
    b = s.get("build")
    row("kg build (full)", b, f"{b.get('quads', 0):,} quads" if finished(b) else "")
    for where in ("embedded", "server"):
        pages = s.get(f"first_pages_{where}")
        if pages:
            q = pages.get("queries", {})
            row(f"first pages ({where})", pages, "; ".join(
                f"{k} {fmt_time(r.get('median', r.get('cold')))}" if "cold" in r else
                f"{k} {r.get('error') or 'DNF'}" for k, r in q.items()))
    row("add one report", s.get("add_report"),
        (s.get("add_report") or {}).get("mode", ""))
    return "\n".join(rows)
