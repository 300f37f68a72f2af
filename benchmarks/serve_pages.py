#!/usr/bin/env python3
"""kg serve's first pages of the per-actor questions (issue #14) on an existing build: the time
from asking to having the answer, in the server process, one worker, after the cold start.

    .venv/bin/python benchmarks/generate.py --triples 1m --out /tmp/bench-1m
    .venv/bin/kg build --root /tmp/bench-1m
    .venv/bin/python benchmarks/serve_pages.py --root /tmp/bench-1m --runs 7

Three measures of each question (parameters from the build's bench-params.json, as per_actor.py):
- data: `Context.run_named(name, values, limit=FIRST_PAGE)`, the rows of the first page as
  rdflib terms in the server (with --whole: `run_named(name, values)`, what the pages asked for
  before they had a first page: the whole answer up to max_rows);
- page: GET /queries/NAME?PARAMS through Starlette's TestClient (in process, no socket): the data,
  the cells and the HTML of the page as a browser receives it;
- json: GET /query/NAME.json?PARAMS the same way (its default: the first page; before, the whole
  answer).
Wall times (the work is in the worker process), median of --runs after one cold run each; and
the server process's CPU time for the page (page_cpu: its share of the data, the cells, the HTML;
not the worker's), which a loaded machine changes less.
With an older kg on PYTHONPATH (before kg serve had first pages), --whole measures that kg.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import query_values  # noqa: E402

QUESTIONS = ("who-met", "theme-actors", "actor-profile", "region-relations", "shared-themes")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, required=True, help="a built project (generate.py)")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--questions", default=",".join(QUESTIONS))
    ap.add_argument("--whole", action="store_true",
                    help="ask for the whole answer (run_named without a limit), as before")
    ap.add_argument("--timeout", type=float, default=30.0, help="kg serve's time limit (s)")
    ap.add_argument("--out", type=Path, default=None, help="results JSON")
    a = ap.parse_args()

    import kg
    from kg.config import Paths
    from kg.serve import create_app
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    try:
        from kg.config import FIRST_PAGE
    except ImportError:           # a kg before kg serve had first pages
        FIRST_PAGE = None
    if not a.whole and FIRST_PAGE is None:
        ap.error("this kg has no first pages for kg serve: give --whole")
    params = json.loads((a.root / "bench-params.json").read_text())["params"]
    app = create_app(Paths(root=a.root), timeout=a.timeout, workers=1)
    results = {"kg": str(Path(kg.__file__).parent), "whole": a.whole, "runs": a.runs,
               "load_before": os.getloadavg()[0], "questions": {}}
    print(f"kg from {results['kg']}", flush=True)
    with TestClient(app) as client:
        context = app.state.context
        for name in a.questions.split(","):
            query = context.named_query(name)
            values, note = query_values(query, params)
            if values is None:
                results["questions"][name] = {"skipped": note}
                continue
            kwargs = {} if a.whole else {"limit": FIRST_PAGE}
            data, page, as_json, page_cpu = [], [], [], []
            for run in range(a.runs + 1):
                t0 = time.perf_counter()
                answer = context.run_named(name, values, **kwargs)
                t1, c1 = time.perf_counter(), time.process_time()
                response = client.get(f"/queries/{name}", params=values)
                t2, c2 = time.perf_counter(), time.process_time()
                assert response.status_code == 200, response.text[:300]
                response = client.get(f"/query/{name}.json", params=values)
                t3 = time.perf_counter()
                assert response.status_code == 200, response.text[:300]
                if run:                          # (the first run is the cold one)
                    data.append(t1 - t0)
                    page.append(t2 - t1)
                    as_json.append(t3 - t2)
                    page_cpu.append(c2 - c1)
            results["questions"][name] = {
                "values": values, "facts": len(answer.rows),
                "more": bool(getattr(answer, "more", False)), "truncated": answer.truncated,
                "json_facts": len(response.json()["rows"]),
                "data_median": statistics.median(data), "page_median": statistics.median(page),
                "json_median": statistics.median(as_json),
                "page_cpu_median": statistics.median(page_cpu),
                "data": data, "page": page, "json": as_json, "page_cpu": page_cpu}
            print(f"{name:18} {len(answer.rows):6,} facts"
                  f"{' (more)' if getattr(answer, 'more', False) else '':8}"
                  + "".join(f" {label} {1000 * statistics.median(ts):7.1f} ms"
                            f" (min {1000 * min(ts):6.1f})"
                            for label, ts in (("data", data), ("page", page),
                                              ("json", as_json), ("page cpu", page_cpu))),
                  flush=True)
    results["load_after"] = os.getloadavg()[0]
    print(f"load {results['load_before']:.2f} -> {results['load_after']:.2f}")
    if a.out:
        a.out.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
