#!/usr/bin/env python3
"""The per-actor questions (issue #4's "each question about one actor, event, theme or pair within
100 ms median") on an existing build, timed as run.py times them: kg.query.run_query on the
embedded store, parameters from the generated bench-params.json, one cold run, then the median
of --runs; each query in its own forked child, killed after --timeout seconds. Besides the wall
time, the CPU time of the child (on a shared machine the wall time says more about the load), and
the first page as `kg query` asks for it for its table (--limit 1001: kg.cli.TABLE_ROWS + 1).

    .venv/bin/python benchmarks/generate.py --triples 1000000 --out /tmp/bench-1m
    .venv/bin/kg build --root /tmp/bench-1m
    .venv/bin/python benchmarks/per_actor.py --root /tmp/bench-1m

--queries DIR times other versions of the same queries on the same store (by default this
checkout's queries/); --rows DIR writes each answer's rows there (one JSON file per query), so
that two versions can be compared row for row.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(HERE))
from run import forked, fmt_time, query_values  # noqa: E402

FIRST_PAGE = 1001      # what `kg query` asks for to show its table (kg.cli.TABLE_ROWS + 1)
QUESTIONS = ("event-participants", "mission-programme", "source-of", "actor-profile",
             "region-relations", "who-met", "theme-actors", "shared-themes")


def time_question(root: Path, query_path: Path, params: dict, runs: int, timeout: float,
                  rows_dir: Path | None, limit: int | None = None,
                  endpoint: str | None = None) -> dict:
    """One named query in a forked child: cold run, then `runs` timed runs (median). With
    `limit`, the first page of that many rows (as `kg query` asks for a table); with `endpoint`,
    on that SPARQL server instead of the build's store."""
    from kg.config import Paths
    from kg.queries import load_query
    from kg.query import open_store, run_query

    query = load_query(query_path)
    values, note = query_values(query, params)
    if values is None:
        return {"skipped": note}

    def job(send):
        store = open_store(Paths(root=root), endpoint)
        send({"ready": True})
        t0, c0 = time.perf_counter(), time.process_time()
        answer = run_query(store, query, values, limit=limit)
        send({"t": time.perf_counter() - t0, "cpu": time.process_time() - c0, "cold": True,
              "rows": len(answer.rows)})
        if rows_dir is not None:
            rows = sorted(json.dumps([None if v is None else str(v) for v in row])
                          for row in answer.rows)
            (rows_dir / f"{query.name}.json").write_text("\n".join(rows) + "\n")
        # the whole answer and the first page; with `limit` given, that page only
        pages = [None] * runs + [FIRST_PAGE] * runs if limit is None else [limit] * runs
        for page in pages:
            t0, c0 = time.perf_counter(), time.process_time()
            run_query(store, query, values, limit=page)
            send({"t": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                  "page": limit is None and page is not None})

    res = forked(job, timeout, hard=(2 * runs + 1) * timeout + 30)
    out: dict = {"values": values}
    warm, page = [], []
    for m in res["msgs"]:
        if "error" in m:
            out["error"] = m["error"]
        elif m.get("cold"):
            out["cold"], out["cold_cpu"], out["rows"] = m["t"], m["cpu"], m["rows"]
        elif "t" in m:
            (page if m["page"] else warm).append(m)
    if res["dnf"]:
        out["dnf"] = timeout
    for name, ms in (("", warm), ("page_", page)):
        if ms:
            out[name + "runs"] = [m["t"] for m in ms]
            out[name + "median"] = statistics.median(m["t"] for m in ms)
            out[name + "cpu_median"] = statistics.median(m["cpu"] for m in ms)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, required=True, help="a generated and built project folder")
    ap.add_argument("--queries", type=Path, default=PROJECT / "queries")
    ap.add_argument("--only", default=",".join(QUESTIONS), help="comma-separated query names")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=30.0, help="per run (s)")
    ap.add_argument("--rows", type=Path, help="write each answer's rows to this folder")
    ap.add_argument("--out", type=Path, help="results JSON")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(PROJECT))
    params = json.loads((a.root / "bench-params.json").read_text())["params"]
    if a.rows:
        a.rows.mkdir(parents=True, exist_ok=True)
    results = {}
    for name in a.only.split(","):
        r = time_question(a.root, a.queries / f"{name}.rq", params, a.runs, a.timeout, a.rows)
        results[name] = r
        if "median" in r:
            shown = (f"{fmt_time(r['median'])} (CPU {fmt_time(r['cpu_median'])}) median of "
                     f"{len(r['runs'])}, cold {fmt_time(r['cold'])}")
            if "page_median" in r:
                shown += (f"; first page {fmt_time(r['page_median'])} "
                          f"(CPU {fmt_time(r['page_cpu_median'])})")
        elif "cold" in r:
            shown = f"{fmt_time(r['cold'])} (CPU {fmt_time(r['cold_cpu'])}, one run)"
        else:
            shown = r.get("error") or r.get("skipped") or f"did not finish in {a.timeout:.0f} s"
        print(f"{name:20} {shown:90} {r.get('rows', '–'):>7} rows", flush=True)
    if a.out:
        a.out.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
