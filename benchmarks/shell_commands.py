#!/usr/bin/env python3
"""`kg query`, `kg find` and `kg path` timed as a user runs them (issue #14: "within 0.5 s at
1M, process start to exit, for a first page"): each command a new process of the `kg` console
script beside this Python, wall time from start to exit, one cold run and then the median of
--runs. The names given are the labels of the actors in the folder's bench-params.json, as a
user would type them.

    .venv/bin/python benchmarks/generate.py --triples 1000000 --out /tmp/bench-1m
    .venv/bin/kg build --root /tmp/bench-1m
    .venv/bin/python benchmarks/shell_commands.py --root /tmp/bench-100k --root /tmp/bench-1m

Prints a Markdown table (one column per folder); --json FILE also writes the timings.
--pycache DIR keeps the compiled modules there (PYTHONPYCACHEPREFIX), as an installed kg has
them: where PYTHONDONTWRITEBYTECODE is set (this machine's environment) every run would
otherwise compile kg's own modules again (0.1 s of CPU for `kg query`).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
KG = Path(sys.executable).with_name("kg")


def actor_names(root: Path) -> tuple[str, str]:
    """The labels of the two actors of bench-params.json (looked up once, not timed)."""
    from kg.config import Paths
    from kg.label_index import labels_for
    from kg.query import open_store
    params = json.loads((root / "bench-params.json").read_text(encoding="utf-8"))["params"]
    paths = Paths(root=root)
    store = open_store(paths)
    labels = labels_for(store, paths)
    return labels.label(params["actor"]), labels.label(params["actor2"])


def commands(root: Path) -> list[tuple[str, list[str]]]:
    """(what the table shows, the arguments after `kg`)."""
    actor, other = actor_names(root)
    where = ["--root", str(root)]
    return [
        ("kg --help", ["--help"]),
        ("kg query costs --limit 5", ["query", "costs", "--limit", "5", *where]),
        ("kg query who-met -p actor=NAME --limit 5",
         ["query", "who-met", "-p", f"actor={actor}", "--limit", "5", *where]),
        ("kg query follow-ups (first 1,000 rows)", ["query", "follow-ups", *where]),
        ("kg find NAME", ["find", actor, *where]),
        ("kg find PART (part of many names)", ["find", actor.split()[0], *where]),
        ("kg path NAME NAME", ["path", actor, other, *where]),
    ]


def time_command(args: list[str], runs: int, timeout: float, env: dict[str, str]) -> dict:
    """Wall time of `kg ARGS` from process start to exit: the first run, then the median; and
    the CPU time of the process (user + system), which says more on a loaded machine."""
    times, cpu, code = [], [], None
    for _ in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        try:
            done = subprocess.run([str(KG), *args], capture_output=True, timeout=timeout,
                                  env=env)
        except subprocess.TimeoutExpired:
            return {"timeout": timeout}
        times.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        code = done.returncode
        if code != 0:
            return {"exit": code, "stderr": done.stderr.decode(errors="replace")[-300:]}
    return {"first": times[0], "median": statistics.median(times[1:]), "runs": runs, "exit": code,
            "cpu": statistics.median(cpu[1:])}


def shown(result: dict) -> str:
    if "timeout" in result:
        return f"> {result['timeout']:.0f} s"
    if result.get("exit"):
        return f"exit {result['exit']}"
    return (f"{result['median']:.2f} s (first {result['first']:.2f} s; "
            f"CPU {result['cpu']:.2f} s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, action="append", required=True,
                    help="A generated and built folder (repeat for several sizes).")
    ap.add_argument("--runs", type=int, default=3, help="Timed runs after the first (median).")
    ap.add_argument("--timeout", type=float, default=120.0, help="Seconds per run.")
    ap.add_argument("--json", type=Path, help="Also write the timings here.")
    ap.add_argument("--only", action="append", metavar="TEXT",
                    help="Time only the commands whose name contains TEXT (repeat for several).")
    ap.add_argument("--pycache", type=Path,
                    help="Write and read compiled modules here (the first run compiles them).")
    args = ap.parse_args()
    env = dict(os.environ)
    if args.pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(args.pycache)
    results: dict[str, dict[str, dict]] = {}
    names: list[str] = []
    for root in args.root:
        for name, argv in commands(root):
            if args.only and not any(text in name for text in args.only):
                continue
            if name not in names:
                names.append(name)
            results.setdefault(name, {})[str(root)] = time_command(argv, args.runs,
                                                                     args.timeout, env)
            print(f"{root}: {name}: {shown(results[name][str(root)])}", file=sys.stderr)
    header = "| command | " + " | ".join(r.name for r in args.root) + " |"
    print(header)
    print("|---|" + "---:|" * len(args.root))
    for name in names:
        print(f"| `{name}` | " + " | ".join(shown(results[name].get(str(r), {"exit": "–"}))
                                             for r in args.root) + " |")
    if args.json:
        args.json.write_text(json.dumps({"load": os.getloadavg(), "results": results},
                                        indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
