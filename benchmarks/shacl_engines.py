#!/usr/bin/env python3
"""SHACL engines side by side on a built project's data files, as kg build validates them (each
file as N-Triples with the types of what it points to, the closed ontology and the schemes, its
own described IRIs as the focus): CPU seconds per file of pySHACL (kg.shacl_reference) and of
pyshacl-turbo (kg.validate.ShapesProgram, shapes compiled once), and whether both find the same
problems.

    .venv/bin/python benchmarks/shacl_engines.py --root /tmp/bench-1m --sample 40

--sample N takes every k-th report file so that N files are timed (the registry always)."""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rdflib import Graph  # noqa: E402

from kg.build import loaded_store, schema_ntriples, validation_context, validation_data  # noqa: E402
from kg.config import Paths, graph_for_file  # noqa: E402
from kg.shacl_reference import pyshacl_report  # noqa: E402
from kg.validate import ShapesProgram, load_shapes, problems_in_report  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, required=True, help="a project folder (benchmarks/generate.py)")
    ap.add_argument("--sample", type=int, default=40, help="data files to time (default 40)")
    args = ap.parse_args(argv)
    paths = Paths(root=args.root)
    store, files = loaded_store(paths)
    step = max(1, (len(files) - 1) // max(1, args.sample - 1))
    sample = [files[0], *files[1::step]][:args.sample]
    base = schema_ntriples(store).decode("utf-8")
    shapes = load_shapes(paths)
    started = time.process_time()
    program = ShapesProgram(shapes)
    compile_cpu = time.process_time() - started
    reference_cpu, turbo_cpu, differing, results = [], [], [], 0
    for f in sample:
        pointed_to, focus = validation_context(store, str(graph_for_file(f)))
        started = time.process_time()
        data = validation_data(f, pointed_to, base)
        turbo = problems_in_report(program.report(data, focus))
        turbo_cpu.append(time.process_time() - started)
        started = time.process_time()
        graph = Graph().parse(data=data, format="nt")
        reference = problems_in_report(pyshacl_report(graph, shapes, focus))
        reference_cpu.append(time.process_time() - started)
        results += len(reference)
        if reference != turbo:
            differing.append(f.stem)
    print(f"{len(sample)} of {len(files)} data files of {args.root}; {results} problems found by pySHACL")
    print(f"pySHACL (rdflib graph of the same N-Triples): {sum(reference_cpu):.2f} s CPU, "
          f"median {statistics.median(reference_cpu) * 1000:.0f} ms per file")
    print(f"pyshacl-turbo (N-Triples text; shapes compiled once in {compile_cpu * 1000:.0f} ms): "
          f"{sum(turbo_cpu):.2f} s CPU, median {statistics.median(turbo_cpu) * 1000:.0f} ms per file")
    print(f"files whose problems differ: {len(differing)} {differing[:10]}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
