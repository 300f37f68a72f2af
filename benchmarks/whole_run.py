"""The whole benchmark of issue #14 in one run, on one commit: every size, then the questions,
the commands and the server on the 1M build.

    nice -n 10 .venv/bin/python benchmarks/whole_run.py --workdir /tmp/kg-bench [--keep-data]

1. benchmarks/run.py at 10k, 100k, 1M (full builds, named queries, servers) and 10M (build, first
   pages, adding a report; with `--store-10m`, the same questions on `oxigraph serve`);
2. benchmarks/per_actor.py on the 1M build: the whole answer and the first page of each question
   about one actor, event, theme or pair (CPU and wall);
3. benchmarks/shell_commands.py on the 1M build: `kg query`, `kg find`, `kg path` as a user runs
   them, process start to exit;
4. benchmarks/serve_load.py on the 1M build: `kg serve` with 20 clients asking those questions.

Each step writes its own results (benchmarks/results-DATE-*.json, or the file named below) and a
log in WORKDIR/logs/; a step that fails is written down and the next one still runs. The commit and
whether kg/, queries/ or ontology/ differ from it are written first, with the machine's load
before and after each step."""
from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
PY = sys.executable


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=PROJECT, capture_output=True, text=True).stdout.strip()


def step(name: str, argv: list[str], logs: Path, record: dict, stdout_to: Path | None = None) -> None:
    """One script as its own process; its output to WORKDIR/logs/NAME.log (or stdout_to)."""
    entry = {"argv": argv[1:], "load_before": os.getloadavg(), "start": time.strftime("%H:%M:%S")}
    t = time.perf_counter()
    out = (stdout_to or logs / f"{name}.log").open("w", encoding="utf-8")
    with out, (logs / f"{name}.err").open("w", encoding="utf-8") as err:
        entry["exit"] = subprocess.run(argv, cwd=PROJECT, stdout=out, stderr=err).returncode
    entry["wall_s"] = round(time.perf_counter() - t, 1)
    entry["load_after"] = os.getloadavg()
    record["steps"][name] = entry
    print(f"{time.strftime('%H:%M:%S')} {name}: exit {entry['exit']}, {entry['wall_s']} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workdir", default="/tmp/kg-bench")
    ap.add_argument("--keep-data", action="store_true", help="10M: reuse the generated data")
    ap.add_argument("--sizes", default="10k,100k,1m,10m", help="run.py's sizes")
    ap.add_argument("--questions-at", default="1m",
                    help="the size whose build the questions, commands and server are timed on")
    ap.add_argument("--clients", type=int, default=20, help="kg serve: clients at once")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per query (median)")
    a = ap.parse_args(argv)
    work = Path(a.workdir).resolve()
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    day = datetime.date.today().isoformat()
    res = lambda part: HERE / f"results-{day}-{part}.json"      # noqa: E731
    record = {"commit": git("rev-parse", "--short", "HEAD"),
              "dirty": git("status", "--short", "kg", "queries", "ontology"),
              "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "steps": {}}
    run = [PY, str(HERE / "run.py"), "--sizes", a.sizes, "--workdir", str(work), "--build-1m", "yes",
           "--profile", "", "--rdflib-timeout", "20", "--runs", str(a.runs), "--store-10m", "--memory-limit", "15500",
           "--build-timeout", "3000", "--out", str(res("whole"))]
    step("run", run + (["--keep-data"] if a.keep_data else []), logs, record)
    one_m = work / f"bench-{a.questions_at.lower()}"
    step("per-actor", [PY, str(HERE / "per_actor.py"), "--root", str(one_m), "--runs", str(a.runs),
                       "--timeout", "120", "--out", str(res("per-actor"))], logs, record)
    step("shell", [PY, str(HERE / "shell_commands.py"), "--root", str(one_m), "--runs", str(a.runs),
                   "--pycache", str(work / "pycache"), "--json", str(res("shell"))], logs, record)
    step("serve", [PY, str(HERE / "serve_load.py"), "--root", str(one_m), "--clients",
                   str(a.clients), "--rounds", "3"], logs, record, stdout_to=res("serve"))
    record["ended"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    res("whole-steps").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return 0 if all(s["exit"] == 0 for s in record["steps"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
