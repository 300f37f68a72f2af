#!/usr/bin/env python3
"""The per-actor questions (issue #4's "each question about one actor, event, theme or pair within
100 ms median") on an existing build, timed as run.py times them: kg.query.run_query on the
embedded store, parameters from the generated bench-params.json, one cold run, then the median
of --runs; each query in its own forked child, killed after --timeout seconds. Besides the wall
time, the CPU time of the child (on a shared machine the wall time says more about the load), and
the first page as `kg query NAME` gives it (--way, below).

    .venv/bin/python benchmarks/generate.py --triples 1000000 --out /tmp/bench-1m
    .venv/bin/kg build --root /tmp/bench-1m
    .venv/bin/python benchmarks/per_actor.py --root /tmp/bench-1m

The first page is timed one of two ways (--way):
- table (the default): what a user of `kg query NAME` waits for after the store is open: the
  first 1,001 facts (kg.cli.TABLE_ROWS + 1) with the store's own terms (`rdflib_terms=False`, as
  the CLI asks for its table) and the build's labels, the table built (kg.render.to_table) and
  printed by rich to a 120-column console kept in memory; the query's part is shown apart.
- rdflib: the measure before 7 December (pages7 and earlier): the same 1,001 facts as rdflib
  terms, neither built into a table nor printed: less than a user waits for (no table), and its
  query part more than `kg query`'s (the rdflib terms, ~8 ms of actor-profile's at 1M).
The other ways a user gets an answer are not first pages: `kg query --format csv/json/md` gives
the whole answer as rdflib terms (the "whole answer" time, then the writing). kg serve's page
and JSON for a named query are the same first page, read in a worker by the same code
(kg.serve.Context.run_named; benchmarks/serve_pages.py times them).

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
WAYS = ("table", "rdflib")
TABLE_WIDTH = 120      # the console the table is printed to (in memory)
QUESTIONS = ("event-participants", "mission-programme", "source-of", "actor-profile",
             "region-relations", "who-met", "theme-actors", "shared-themes")


def time_question(root: Path, query_path: Path, params: dict, runs: int, timeout: float,
                  rows_dir: Path | None, limit: int | None = None,
                  endpoint: str | None = None, way: str = "table") -> dict:
    """One named query in a forked child: cold run, then `runs` timed runs (median). With
    `limit`, the first page of that many rows (as `kg query` asks for a table); with `endpoint`,
    on that SPARQL server instead of the build's store. A page is timed `way` (WAYS, the module's
    docstring): "table" as `kg query NAME` shows it, "rdflib" as measured before."""
    from kg.config import Paths
    from kg.queries import load_query
    from kg.query import open_store, run_query

    if way not in WAYS:
        raise ValueError(f"way {way!r}: one of {', '.join(WAYS)}")

    query = load_query(query_path)
    values, note = query_values(query, params)
    if values is None:
        return {"skipped": note}

    def job(send):
        store = open_store(Paths(root=root), endpoint)
        show_page = table_shower(Paths(root=root), store, endpoint) if way == "table" else None
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
            if page is None or show_page is None:
                run_query(store, query, values, limit=page)
                send({"t": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                      "page": limit is None and page is not None})
                continue
            t1, c1 = show_page(query, values, page)
            send({"t": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                  "query_t": t1 - t0, "query_cpu": c1 - c0, "page": limit is None})

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
            if all("query_t" in m for m in ms):     # (the table way: the query's part)
                out[name + "query_median"] = statistics.median(m["query_t"] for m in ms)
                out[name + "query_cpu_median"] = statistics.median(m["query_cpu"] for m in ms)
    out["way"] = way
    return out


def table_shower(paths, store, endpoint):
    """show(query, values, limit, file=None) -> (perf_counter, process_time) after the query's
    part: the first page as `kg query NAME` shows it (kg.cli's query command: the build's
    labels, the store's own terms, kg.render.to_table, printed by rich as kg.cli's console
    prints it when not on a terminal) into `file`, by default a new one in memory."""
    import io

    from rich.console import Console

    from kg import render
    from kg.i18n import current
    from kg.label_index import labels_for
    from kg.query import run_query

    labels, lang = labels_for(store, paths, endpoint), current()

    def show(query, values, limit, file=None):
        answer = run_query(store, query, values, labels, limit=limit, rdflib_terms=False)
        answer.rows = answer.rows[:limit - 1]       # (kg query fetches one more than it shows)
        after_query = time.perf_counter(), time.process_time()
        console = Console(file=file or io.StringIO(), width=TABLE_WIDTH, highlight=False)
        console.print(render.to_table(answer, labels, lang))
        return after_query

    return show


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, required=True, help="a generated and built project folder")
    ap.add_argument("--queries", type=Path, default=PROJECT / "queries")
    ap.add_argument("--only", default=",".join(QUESTIONS), help="comma-separated query names")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=30.0, help="per run (s)")
    ap.add_argument("--rows", type=Path, help="write each answer's rows to this folder")
    ap.add_argument("--out", type=Path, help="results JSON")
    ap.add_argument("--way", choices=WAYS, default="table",
                    help="how the first page is timed: table (default), as `kg query NAME` shows "
                         "it (query, table, printing; the query's part also shown); rdflib, the "
                         "measure before 7 December (the query's rows as rdflib terms only)")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(PROJECT))
    params = json.loads((a.root / "bench-params.json").read_text())["params"]
    if a.rows:
        a.rows.mkdir(parents=True, exist_ok=True)
    results = {}
    for name in a.only.split(","):
        r = time_question(a.root, a.queries / f"{name}.rq", params, a.runs, a.timeout, a.rows,
                          way=a.way)
        results[name] = r
        if "median" in r:
            shown = (f"{fmt_time(r['median'])} (CPU {fmt_time(r['cpu_median'])}) median of "
                     f"{len(r['runs'])}, cold {fmt_time(r['cold'])}")
            if "page_median" in r:
                shown += (f"; first page ({a.way}) {fmt_time(r['page_median'])} "
                          f"(CPU {fmt_time(r['page_cpu_median'])}")
                if "page_query_cpu_median" in r:
                    shown += f", its query CPU {fmt_time(r['page_query_cpu_median'])}"
                shown += ")"
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
