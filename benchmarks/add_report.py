#!/usr/bin/env python3
"""Adding one report to a built folder (issue #14: "add a report within 1 s at 1M"), in this
process: the report is copied into data/ttl/, `kg.build.build` runs (an incremental build that
copies the previous store), and the CPU time of each step is taken by wrapping kg.build's
functions with timers (the QC queries one by one). After each run the previous build is made
current again and the report removed, so every run adds the same report to the same build.

    .venv/bin/kg build --root /tmp/bench-1m
    nice -n 10 .venv/bin/python benchmarks/add_report.py --root /tmp/bench-1m --runs 3

CPU time (time.process_time: this process, user + system) is the figure to read on a shared
machine; wall time is printed beside it. The SHACL of one file runs in this process; the copies
of the last TriG dump and label index run in threads of it beside the steps (their CPU is in the
total, not in a step of their own).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import time
from collections import defaultdict
from pathlib import Path

import kg.build as build
import kg.label_index as label_index
import kg.store as store_module
from kg.config import Paths

STEPS = ["load_shapes", "validate_files", "run_rules", "new_met_pairs", "qc_of_added",
         "entity_counts_after", "update_index", "add_trig_part", "declares_terms",
         "mentions_merged", "input_manifest", "load_data_file", "reopen_last_build",
         "write_outputs"]
# parts of the steps above (run_rules's derivations, the compared names, the label index's
# look-ups), timed where kg.build and kg.label_index call them; shown indented, as the QC
# queries and the updates are (a name the code under test lacks is left out)
PARTS = {build: ["new_theme_connections", "new_event_sides", "new_status_evidence",
                 "meeting_when_keys", "retimed_events", "changes_keys", "new_meetings",
                 "compared_names", "namesakes_of"],
         label_index: ["lookup_rows", "compared_names"]}


def timed(table: dict, key: str, function):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            table[key] += time.process_time() - start
    return wrapper


def instrument(table: dict) -> None:
    for name in STEPS:
        if hasattr(build, name):
            setattr(build, name, timed(table, name, getattr(build, name)))
    for module, names in PARTS.items():
        for name in names:
            if hasattr(module, name):
                key = f"  {module.__name__.split('.')[-1]}.{name}"
                setattr(module, name, timed(table, key, getattr(module, name)))
    select = store_module.EmbeddedStore.select

    def select_timed(self, text, *args, name="query", **kwargs):
        key = f"  qc {Path(name).stem}" if "/qc/" in name else None
        if key is None:
            return select(self, text, *args, name=name, **kwargs)
        return timed(table, key, select)(self, text, *args, name=name, **kwargs)
    store_module.EmbeddedStore.select = select_timed
    update = store_module.EmbeddedStore.update

    def update_timed(self, text, name="update"):
        return timed(table, f"  update {Path(name).stem}", update)(self, text, name=name)
    store_module.EmbeddedStore.update = update_timed
    store_module.EmbeddedStore.flush = timed(table, "flush of the store",
                                             store_module.EmbeddedStore.flush)


def one_run(paths: Paths, report: Path, table: dict) -> tuple[float, float, dict]:
    previous = paths.current.resolve()
    added = paths.data_dir / report.name
    shutil.copyfile(report, added)
    # its source text too, where there is one (as benchmarks/run.py adds the extra report)
    source = report.parent.parent / "sources" / f"{report.stem}.txt"
    added_source = paths.root / "data" / "sources" / source.name
    if source.exists():
        shutil.copyfile(source, added_source)
    table.clear()
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        result = build.build(paths)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        assert result.mode == "incremental", result.mode
    finally:
        added.unlink()
        added_source.unlink(missing_ok=True)
        new = paths.current.resolve()
        paths.current.unlink()
        paths.current.symlink_to(previous.name)
        if new != previous:
            shutil.rmtree(new)
    return cpu, wall, dict(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--report", type=Path, default=None,
                        help="the report to add, with ../sources/NAME.txt when there is one "
                             "(default: ROOT/extra/ttl/fr-2023-12-at.ttl)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="run once under cProfile and print its N most costly functions")
    args = parser.parse_args()
    paths = Paths(root=args.root.resolve())
    report = args.report or paths.root / "extra" / "ttl" / "fr-2023-12-at.ttl"
    # the previous build stays, so that the next run adds the report to it again
    build.remove_if_unused = lambda folder, paths: False
    table: dict = defaultdict(float)
    if args.profile:
        import cProfile
        import pstats
        profile = cProfile.Profile()
        profile.runcall(one_run, paths, report, table)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)
        return
    instrument(table)
    runs = [one_run(paths, report, table) for _ in range(args.runs)]
    for number, (cpu, wall, _) in enumerate(runs, 1):
        print(f"run {number}: CPU {cpu:.2f} s, wall {wall:.2f} s")
    steps = sorted({k for _, _, t in runs for k in t}, key=lambda k: (k.startswith("  "), k))
    print("\nstep                                          CPU, median of runs")
    for step in steps:
        print(f"{step:46s}{statistics.median(t.get(step, 0.0) for _, _, t in runs):8.3f} s")
    print(f"{'total':46s}{statistics.median(c for c, _, _ in runs):8.3f} s")


if __name__ == "__main__":
    main()
