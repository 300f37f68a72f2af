"""Whole-graph lists on one built project: CPU time of named queries in kg (open_store +
run_query, parameters at their defaults) and on raw pyoxigraph (the same SPARQL, parameters as
substitutions, rows as pyoxigraph terms: run.py's kg/raw pair), best of --runs; with --against,
whether another folder's form of each query (say main's queries/) gives the same rows.

    nice -n 10 .venv/bin/python benchmarks/lists.py --root /tmp/bench-1m --queries queries agreements
    nice -n 10 .venv/bin/python benchmarks/lists.py --root /tmp/bench-100k --against /tmp/main-queries \
        who-met-whom

CPU time of this process (time.process_time), so other work on the machine counts less."""
import argparse
import time
from pathlib import Path

import pyoxigraph as ox

from kg.config import Paths
from kg.queries import find_query
from kg.query import bindings_for, open_store, run_query
from kg.store import to_oxigraph


def best_cpu(runs: int, job) -> tuple[float, object]:
    """The least CPU time of `runs` calls of `job`, and the last call's result."""
    best, result = None, None
    for _ in range(runs):
        start = time.process_time()
        result = job()
        spent = time.process_time() - start
        best = spent if best is None else min(best, spent)
    return best, result


def raw_rows(store, query) -> list[tuple]:
    subs = {ox.Variable(k): to_oxigraph(v) for k, v in bindings_for(query, {}, None).items()}
    answer = store.raw.query(query.text, use_default_graph_as_union=True,
                             substitutions=subs or None)
    names = answer.variables
    return [tuple(solution[v] for v in names) for solution in answer]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="+", help="named queries (or .rq paths)")
    ap.add_argument("--root", type=Path, required=True, help="a built project (kg build)")
    ap.add_argument("--queries", type=Path,
                    help="the queries folder to time (default: the project's own queries/)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--against", type=Path, help="another queries folder to compare rows with")
    args = ap.parse_args()
    paths = Paths(root=args.root)
    store = open_store(paths)
    for name in args.names:
        query = find_query(args.queries or paths.queries, name)
        kg_s, answer = best_cpu(args.runs, lambda: run_query(store, query))
        raw_s, rows = best_cpu(args.runs, lambda: raw_rows(store, query))
        line = (f"{query.name}: kg {kg_s:.3f} s ({len(answer.rows)} rows), "
                f"raw {raw_s:.3f} s ({len(rows)} rows), kg/raw {kg_s / raw_s:.2f}")
        if args.against:
            other = run_query(store, find_query(args.against, query.name))
            line += "; same rows as --against" if other.rows == answer.rows else \
                "; rows DIFFER from --against"
        print(line, flush=True)


if __name__ == "__main__":
    main()
