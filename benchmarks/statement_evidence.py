#!/usr/bin/env python3
"""What evidence per statement costs: the same synthetic data (benchmarks/generate.py, same seed)
with and without statement nodes; for each, the asserted and built triples, the full build
(kg.build.build, in its own process: wall and CPU time, SHACL workers included) and the statement-evidence look-up
(queries/lookup/statement-evidence.rq: the places of the biggest mission, median of 5 runs after
one warm-up).

    .venv/bin/python benchmarks/statement_evidence.py --sizes 100k,1m --workdir /tmp/bench-stmt
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import generate, parse_size  # noqa: E402

# the CPU time of the build and its SHACL workers is what the statements add; the wall time
# depends on what else runs on the (shared) machine
CHILD = """
import json, resource, sys, time
from pathlib import Path
from kg.build import build
from kg.config import Paths
def cpu():
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))
t0, c0 = time.perf_counter(), cpu()
result = build(Paths(root=Path(sys.argv[1])), full=True)
print("RESULT " + json.dumps({"seconds": round(time.perf_counter() - t0, 2),
                              "cpu_seconds": round(cpu() - c0, 2),
                              "triples": sum(result.graphs.values()),
                              "warnings": len(result.warnings)}))
"""

LOOKUP = """
import json, statistics, sys, time
from pathlib import Path
from kg.config import Paths
from kg.queries import load_query
from kg.query import open_store, run_query
paths = Paths(root=Path(sys.argv[1]))
store = open_store(paths)
query = load_query(paths.queries / "lookup" / "statement-evidence.rq")
values = {"subject": sys.argv[2], "predicate": "https://schema.org/location"}
times, rows = [], 0
for i in range(6):
    t0 = time.perf_counter()
    rows = len(run_query(store, query, values).rows)
    times.append(time.perf_counter() - t0)
print("RESULT " + json.dumps({"ms": round(statistics.median(times[1:]) * 1000, 2), "rows": rows}))
"""


def child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


def measure(size: int, workdir: Path, seed: int, statements: bool) -> dict:
    root = workdir / f"{size}-{'with' if statements else 'without'}"
    info = generate(size, root, seed, statements=statements)
    built = child(CHILD, str(root))
    row = {"size": size, "statements": statements, "asserted": info["triples"],
           "built": built["triples"], "build_s": built["seconds"], "build_cpu_s": built["cpu_seconds"],
           "warnings": built["warnings"]}
    if statements:
        row["lookup"] = child(LOOKUP, str(root), info["params"]["mission"])
    return row


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100k")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/bench-statements"))
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args(argv)
    rows = []
    for size in (parse_size(s) for s in args.sizes.split(",")):
        for statements in (False, True):
            t0 = time.perf_counter()
            rows.append(measure(size, args.workdir, args.seed, statements))
            print(json.dumps(rows[-1]), f"({time.perf_counter() - t0:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
