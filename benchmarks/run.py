#!/usr/bin/env python3
"""Benchmark of the kg build and the named queries on synthetic data (benchmarks/generate.py).

    python benchmarks/run.py [--sizes 10k,100k,1m] [--workdir /tmp/kg-bench]

For each size: generate the data; time the build split into its stages (parse / validate /
reason / load, each a kg library function called the way kg.build.build calls it) in one child
process, and the whole kg.build.build in another (peak RSS of each child separately); time
every named query (median of 5 runs after one warm-up) on the embedded store (kg.query.open_store
+ run_query), on raw pyoxigraph (same store, same SPARQL, rows materialised as pyoxigraph terms),
on rdflib's engine (kg.query.RdflibEngine over the build's graph.trig; a forked child per query,
killed at --rdflib-timeout), on a real Oxigraph server (oxigraph load + oxigraph serve on
127.0.0.1, SPARQL protocol over urllib) and on Virtuoso Open Source (virtuoso-t on 127.0.0.1,
loaded the way `kg build --store` loads it, queried through kg.store.RemoteStore in the text
`kg query` sends it: a query's `#+ form virtuoso:` where it has one; --servers chooses the
servers); time adding one report (copy it into data/ttl and build again); and
kg.network analysis when that module exists. Prints ONE Markdown table and writes
benchmarks/results-<date>.json. --servers-only leaves out the kg build, rdflib and the network
(the store then comes from the reference pipeline).

1M: the full build runs only when the 100k build took less than --build-limit seconds (60);
otherwise 1M is generated and queried on a store made by loading the Turtle straight into
pyoxigraph (plus the rules, as kg does), and the table says what did not run.

Every child process, server and fork is started in its own process group and killed in a
finally block; every wait has a timeout."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import traceback
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
PY = sys.executable
OXIGRAPH = str(Path(sys.executable).parent / "oxigraph")

RESULT = "RESULT "


# =============================================================================== helpers

def maxrss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0


def group_rss_mb(pgid: int) -> float:
    """Resident memory of every process in a process group now (a build with its SHACL worker
    processes), from /proc."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue                    # the process ended meanwhile
        if int(fields[2]) == pgid:      # fields after the name: state ppid pgrp ... rss (22nd)
            total += int(fields[21])
    return total * resource.getpagesize() / 2 ** 20


class GroupPeak:
    """Samples group_rss_mb(pgid) every `every` seconds in a thread until stopped: the peak
    memory of a step whose processes run at the same time (ru_maxrss has each one's own).
    Above `limit_mb` the whole group is killed (the machine is shared: a step must not take
    the memory others need) and `exceeded` is set."""

    def __init__(self, pgid: int, every: float = 2.0, limit_mb: float | None = None):
        import threading
        self.peak_mb, self.pgid, self.every, self.limit_mb = 0.0, pgid, every, limit_mb
        self.exceeded = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, group_rss_mb(self.pgid))
            if self.limit_mb and self.peak_mb > self.limit_mb:
                self.exceeded = True
                try:
                    os.killpg(self.pgid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                return
            self._stop.wait(self.every)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join(10)
        return round(self.peak_mb, 1)


def parse_size(text: str) -> int:
    t = text.strip().lower()
    mult = {"k": 1000, "m": 1_000_000}.get(t[-1:], 1)
    return int(float(t[:-1] if mult > 1 else t) * mult)


def size_label(n: int) -> str:
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else str(n)


def fmt_time(s) -> str:
    if s is None:
        return "–"
    if isinstance(s, str):
        return s
    if s < 1:
        return f"{s * 1000:.3g} ms" if s >= 0.001 else f"{s * 1000:.2f} ms"
    return f"{s:.3g} s" if s < 100 else f"{s:.0f} s"


def median(xs):
    return statistics.median(xs) if xs else None


def adaptive_runs(runs: int, first: float) -> int:
    """`runs` timed runs, fewer for slow queries (5 under 1 s, 3 under 5 s, else 1)."""
    return runs if first < 1 else min(runs, 3) if first < 5 else 1


def inject_values(text: str, bound: dict, outer_only: bool = False) -> str:
    """VALUES for the parameters at the start of every group after WHERE (main query and
    sub-queries), so that the engine binds them before it evaluates the pattern, as pyoxigraph's
    `substitutions` do. Sub-queries that do not use a variable are not changed by it."""
    import re
    names = sorted(bound)
    clause = ("VALUES (" + " ".join("?" + k for k in names) + ") { ("
              + " ".join(bound[k].n3() for k in names) + ") } ")
    return re.sub(r"(\bWHERE\s*\{)", lambda m: m.group(1) + " " + clause, text,
                  count=1 if outer_only else 0, flags=re.IGNORECASE)


def out_quads(store_dir: Path) -> int:
    """Quads in a built store (its size decides a server's memory)."""
    from kg.store import EmbeddedStore
    return len(EmbeddedStore(store_dir, read_only=True).raw)


def emit(obj) -> None:
    print(RESULT + json.dumps(obj, default=str), flush=True)


def query_values(query, params: dict) -> tuple[dict[str, str] | None, str]:
    """Parameter values for a named query from bench-params.json: (values, note). None: skip."""
    values, note = {}, ""
    pairs = {"region-relations": ("region_a", "region_b")}
    for p in query.params:
        name = p.name
        if name in ("a", "b"):
            ka, kb = pairs.get(query.name, ("actor", "actor2"))
            values[name] = params[ka if name == "a" else kb]
        elif name in ("actor", "event", "theme", "mission"):
            if p.default == "none":      # optional filter: leave unbound, i.e. the whole graph
                continue
            values[name] = params[name]
        elif name == "subject":
            values[name] = params["event"]
        elif p.default is not None:
            continue                       # optional, whole graph
        else:
            return None, f"no value for required parameter {name}"
    return values, note


# =============================================================================== workers
# Each worker runs in its own child process (python run.py _worker NAME JSON) and prints one
# RESULT line.

# What each function kg.build.build calls stands for in the table (anything else is listed by name).
STAGE_NAMES = {
    "input_manifest": "plan: hash the inputs", "previous_summary": "plan: read the previous build",
    "plan_build": "plan: what to load and validate",
    "load_ontology": "reason: ontology closure (rdflib parse + owlrl) and vocabularies",
    "_nquads": "load: ontology + vocabularies to N-Quads (rdflib)",
    "EmbeddedStore.load_nquads": "load: N-Quads into the store",
    "load_data_file": "parse + load: data files into the store (pyoxigraph)",
    "load_shapes": "validate: parse the shapes",
    "validate_graph": "validate: SHACL per data file",
    "validate_files": "validate: SHACL per data file (pyshacl-turbo; parallel processes for 4 or more)",
    "validation_context": "types of linked IRIs and focus nodes from the store",
    "schema_ntriples": "validate: ontology + schemes as N-Triples",
    "_validate_file": "SHACL of one file",
    "parse_turtle": "parse: Turtle with rdflib",
    "_external_types": "types of linked IRIs from the store",
    "shacl_problems": "SHACL (pyshacl-turbo)",
    "run_rules": "reason: instance rules (SPARQL updates, semi-naive fixpoint)",
    "_rebuild": "everything in memory, then written to disk (full or changed/removed report)",
    "_add_reports": "new reports into a copy of the previous store",
    "start_validation": "validate: start SHACL per data file (parallel processes)",
    "wait_for_validation": "validate: wait for SHACL after the rules and QC (it ran meanwhile)",
    "new_met_pairs": "reason: met pairs of the meetings the new report touches",
    "EmbeddedStore.bulk_extend": "write: the in-memory store to disk (bulk)",
    "BackgroundStoreWrite.wait": "write: wait for the store bulk-loaded from the TriG dump (a thread)",
    "qc_check": "validate: QC queries", "qc_problems": "validate: QC queries",
    "EmbeddedStore.graph_sizes": "summary: triples per graph",
    "entity_counts": "summary: entities per class",
    "EmbeddedStore.dump_trig": "write: TriG dump", "EmbeddedStore.flush": "write: flush",
    "_swap_current": "write: swap the build in",
    "load_sources": "parse: all files with rdflib (load_sources)",
    "union_graph": "validate: union graph", "populate": "load + reason (populate)",
    "check": "validate: SHACL (check)", "tbox_closure": "owlrl closure",
    "EmbeddedStore.update": "rule", "EmbeddedStore.select": "query", "EmbeddedStore.count": "count(graph)",
}


def instrumented_build(paths, full: bool, progress: bool = False, store_url: str | None = None
                       ) -> dict:
    """kg.build.build with every function it calls (that exists) wrapped in a timer. Nested
    calls are recorded under their caller ("validate_graph > shacl_problems"); the rules and
    QC queries per name. Returns the wall time, the parts and what build() returned.
    `progress`: the start and end of each call of the first two levels on stderr (the step's log),
    with this process's memory, so that a build killed at its time limit shows how far it got."""
    import kg.build as B
    import kg.store as S
    acc: dict[str, list] = {}
    order: list[str] = []
    stack: list[str] = []
    restore = []

    def wrap(owner, attr, label, keyfn=None):
        fn = owner.__dict__.get(attr) if isinstance(owner, type) else getattr(owner, attr, None)
        if fn is None or not callable(fn):
            return

        def inner(*args, **kw):
            name = label + (keyfn(args, kw) if keyfn else "")
            key = f"{stack[-1]} > {name}" if stack else name
            if key not in acc:                  # order of first call: callers before callees
                acc[key] = [0.0, 0]
                order.append(key)
            stack.append(name)
            t = time.perf_counter()
            # the first two levels, and each rule (the rules hold the most memory)
            shown = progress and (len(stack) <= 2 or stack[-2] == "run_rules") and acc[key][1] < 3
            if shown:
                print(f"{time.strftime('%H:%M:%S')} start {key}", file=sys.stderr, flush=True)
            try:
                return fn(*args, **kw)
            finally:
                stack.pop()
                acc[key][0] += time.perf_counter() - t
                acc[key][1] += 1
                if shown:
                    use = resource.getrusage(resource.RUSAGE_SELF)
                    now_mb = int(Path("/proc/self/statm").read_text().split()[1]) \
                        * resource.getpagesize() / 2 ** 20
                    print(f"{time.strftime('%H:%M:%S')} end   {key}: {time.perf_counter() - t:.1f} s, "
                          f"memory {now_mb:,.0f} MB (peak {maxrss_mb():,.0f} MB), process CPU so far "
                          f"{use.ru_utime + use.ru_stime:.0f} s", file=sys.stderr, flush=True)
        setattr(owner, attr, inner)
        restore.append((owner, attr, fn))

    for fn in ("input_manifest", "previous_summary", "plan_build", "load_ontology", "_nquads",
               "load_data_file", "load_shapes", "validate_files", "validation_context", "validate_graph",
               "schema_ntriples",
               "parse_turtle", "_external_types",
               "shacl_problems", "tbox_closure", "run_rules", "qc_check", "qc_problems",
               "entity_counts", "_swap_current", "load_sources", "union_graph", "populate", "check",
               "_rebuild", "_add_reports", "start_validation", "wait_for_validation",
               "new_met_pairs", "declares_terms", "merge_identities", "push_to_server"):
        if fn == "qc_problems" and hasattr(B, "qc_check"):
            continue                            # its queries show under qc_check
        wrap(B, fn, fn)
    for m in ("load_nquads", "graph_sizes", "dump_trig", "flush", "count", "bulk_extend"):
        wrap(S.EmbeddedStore, m, f"EmbeddedStore.{m}")
    try:
        import kg.store_writer as W
        wrap(W.BackgroundStoreWrite, "wait", "BackgroundStoreWrite.wait")
    except ImportError:                         # an older kg: the store written in line
        pass
    wrap(S.EmbeddedStore, "update", "EmbeddedStore.update", lambda a, kw: " " + str(kw.get("name", "?")))
    wrap(S.EmbeddedStore, "select", "EmbeddedStore.select",
         lambda a, kw: " " + Path(str(kw.get("name", "?"))).name)
    try:
        t = time.perf_counter()
        kwargs = {"full": True} if full else {}
        if store_url:
            kwargs["store_url"] = store_url
        try:
            result = B.build(paths, **kwargs)
        except TypeError:                     # an older build() without `full`
            result = B.build(paths)
        wall = time.perf_counter() - t
    finally:
        for owner, attr, fn in reversed(restore):
            setattr(owner, attr, fn)
    top = sum(v[0] for k, v in acc.items() if " > " not in k)
    parts = {k: {"s": acc[k][0], "calls": acc[k][1]} for k in order}
    parts["(not in a timed function: store backup, staging, summary.json)"] = {"s": wall - top, "calls": 1}
    return {"wall": wall, "parts": parts, "mode": getattr(result, "mode", "full"),
            "validated": len(getattr(result, "validated", []) or []),
            "quads": sum(result.graphs.values()), "graphs": len(result.graphs),
            "warnings": len(result.warnings), "rule_rounds": result.rule_rounds}


def w_stages(a: dict) -> dict:
    """The build with its parts timed (instrumented kg.build.build), in its own build folder."""
    from kg.config import Paths
    root = Path(a["root"])
    build_dir = Path(a["build_dir"]) if a.get("build_dir") else root / "build-stages"
    paths = Paths(root=root, build_dir=build_dir)
    prof = None
    if a.get("profile"):
        import cProfile
        # one process, so that the SHACL work (otherwise in worker processes) is in the profile
        import kg.build as B
        if hasattr(B, "os"):
            B.os.cpu_count = lambda: 1
        prof = cProfile.Profile()
        prof.enable()
    try:
        res = instrumented_build(paths, full=a.get("full", True), progress=a.get("progress", False),
                                 store_url=a.get("store_url"))
    finally:
        if prof is not None:
            prof.disable()
            import pstats, io
            prof.dump_stats(a["profile"])
            for key in ("tottime", "cumulative"):
                s = io.StringIO()
                pstats.Stats(prof, stream=s).sort_stats(key).print_stats(40)
                Path(a["profile"] + f".{key}.txt").write_text(s.getvalue())
        if a.get("cleanup", True):
            shutil.rmtree(build_dir, ignore_errors=True)
    res["peak_rss_mb"] = round(maxrss_mb(), 1)
    res["children_peak_rss_mb"] = round(maxrss_mb(resource.RUSAGE_CHILDREN), 1)
    return res


def w_build(a: dict) -> dict:
    """kg.build.build, whole and uninstrumented (into ROOT/build)."""
    from kg.build import build
    from kg.config import Paths
    paths = Paths(root=Path(a["root"]))
    t = time.perf_counter()
    result = build(paths)
    wall = time.perf_counter() - t
    return {"wall": wall, "peak_rss_mb": round(maxrss_mb(), 1),
            "children_peak_rss_mb": round(maxrss_mb(resource.RUSAGE_CHILDREN), 1),
            "quads": sum(result.graphs.values()),
            "graphs": len(result.graphs), "warnings": len(result.warnings),
            "rule_rounds": result.rule_rounds, "mode": getattr(result, "mode", "full")}


def w_add(a: dict) -> dict:
    """Adding one report: kg.build.build (instrumented) after the report was copied in."""
    from kg.config import Paths
    res = instrumented_build(Paths(root=Path(a["root"])), full=False)
    res["peak_rss_mb"] = round(maxrss_mb(), 1)
    res["children_peak_rss_mb"] = round(maxrss_mb(resource.RUSAGE_CHILDREN), 1)
    return res


def w_fastload(a: dict) -> dict:
    """Reference pipeline without rdflib and pySHACL: every file parsed by pyoxigraph straight
    into its named graph, the ontology closed by owlrl (small), kg's rules and QC queries."""
    import pyoxigraph as ox
    from kg.build import run_rules
    from kg.config import ONTOLOGY_GRAPH, VOCAB_GRAPH, PREFIXES, Paths, graph_for_file
    from kg.load import data_files, parse_turtle
    from kg.reason import tbox_closure
    from kg.store import EmbeddedStore
    from kg.validate import qc_problems
    from rdflib import Graph

    root = Path(a["root"])
    paths = Paths(root=root)
    out = Path(a["store"])
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    st = {}
    t = time.perf_counter()
    store = EmbeddedStore(out / "store")
    ont = Graph()
    for f in paths.ontology_files:
        parse_turtle(f, ont)
    for tr in tbox_closure(ont):
        ont.add(tr)
    store.raw.load(ont.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                   to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))
    for f in paths.vocab_files:
        store.raw.load(path=str(f), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(VOCAB_GRAPH)))
    st["ontology+vocab"] = time.perf_counter() - t
    t = time.perf_counter()
    for f in data_files(paths):
        store.raw.bulk_load(path=str(f), format=ox.RdfFormat.TURTLE,
                            to_graph=ox.NamedNode(str(graph_for_file(f))))
    st["parse+load (pyoxigraph)"] = time.perf_counter() - t
    t = time.perf_counter()
    rounds = run_rules(store, paths)
    rounds = getattr(rounds, "rounds", rounds)
    st["rules"] = time.perf_counter() - t
    t = time.perf_counter()
    qc = qc_problems(store, paths)
    st["qc"] = time.perf_counter() - t
    t = time.perf_counter()
    store.dump_trig(out / "graph.trig", PREFIXES)
    store.flush()
    st["dump_trig"] = time.perf_counter() - t
    quads = sum(store.graph_sizes().values())
    violations = sum(1 for p in qc if p.severity == "Violation")
    return {"stages": st, "total": sum(st.values()), "quads": quads, "rule_rounds": rounds,
            "qc_violations": violations, "peak_rss_mb": round(maxrss_mb(), 1)}


def forked(job, timeout: float, hard: float) -> dict:
    """Run job(send) in a forked child; send(dict) passes one message (a line of JSON) back.
    The child is killed when no timed message ("t" in it) came within `timeout` seconds of its
    "ready" message, or at `hard` seconds in all. Returns {"msgs": [...], "dnf": bool}."""
    import select
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:                                       # child
        os.close(r)
        code = 0
        try:
            job(lambda m: os.write(w, (json.dumps(m) + "\n").encode()))
        except BaseException as exc:  # noqa: BLE001
            os.write(w, (json.dumps({"error": f"{type(exc).__name__}: {exc}"[:300]}) + "\n").encode())
            code = 1
        finally:
            os._exit(code)
    os.close(w)
    msgs, buf, dnf = [], b"", False
    start = time.perf_counter()
    ready_at = None
    try:
        while True:
            now = time.perf_counter()
            timed = any("t" in m for m in msgs)
            if now >= start + hard or (ready_at is not None and not timed and now >= ready_at + timeout):
                dnf = not timed
                break
            wait = start + hard - now
            if ready_at is not None and not timed:
                wait = min(wait, ready_at + timeout - now)
            ready, _, _ = select.select([r], [], [], max(0.01, min(1.0, wait)))
            if not ready:
                continue
            chunk = os.read(r, 65536)
            if not chunk:
                break
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                m = json.loads(line)
                if m.get("ready"):
                    ready_at = time.perf_counter()
                msgs.append(m)
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(r)
    return {"msgs": msgs, "dnf": dnf}


def w_embedded(a: dict) -> dict:
    """Named queries on the embedded store (kg: open_store + run_query) and the same SPARQL on
    raw pyoxigraph (same store, rows as pyoxigraph terms). One forked child per query opens the
    store read-only and is killed at the timeout."""
    import pyoxigraph as ox
    from kg.config import Paths
    from kg.queries import catalogue
    from kg.query import bindings_for, open_store, run_query
    from kg.store import EmbeddedStore, to_oxigraph

    root = Path(a["root"])
    paths = Paths(root=root)

    def opener():
        return EmbeddedStore(Path(a["store"]), read_only=True) if a.get("store") else open_store(paths)
    t = time.perf_counter()
    store = opener()
    open_s = time.perf_counter() - t
    del store
    params = a["params"]
    runs, timeout = a.get("runs", 5), a["timeout"]
    out = {}
    for name, q in catalogue(paths.queries).items():
        values, note = query_values(q, params)
        if values is None:
            out[name] = {"skipped": note}
            continue
        kind = "question" if values else "list"

        def job(send, q=q, values=values, kind=kind):
            store = opener()
            subs = {ox.Variable(k): to_oxigraph(v) for k, v in bindings_for(q, values, None).items()}
            raw = store.raw

            def run_raw():
                res = raw.query(q.text, use_default_graph_as_union=True, substitutions=subs or None)
                vs = res.variables
                return [tuple(sol[v] for v in vs) for sol in res]
            send({"ready": True})
            t0 = time.perf_counter()
            ans = run_query(store, q, values)
            cold = time.perf_counter() - t0
            send({"t": cold, "k": "cold", "rows": len(ans.rows)})
            n = adaptive_runs(runs, cold)
            if cold < 5:
                for _ in range(n):
                    t0 = time.perf_counter()
                    run_query(store, q, values)
                    send({"t": time.perf_counter() - t0, "k": "kg"})
            if cold < 5:                       # raw: only where the engine does not dominate
                if cold < 1:
                    run_raw()
                for _ in range(n):
                    t0 = time.perf_counter()
                    rows = run_raw()
                    send({"t": time.perf_counter() - t0, "k": "raw", "rows": len(rows)})
        res = forked(job, timeout, hard=4 * timeout + 30)
        rec = {"values": values, "kind": kind}
        for m in res["msgs"]:
            if "error" in m:
                rec["error"] = m["error"]
            elif m.get("k") == "cold":
                rec["cold"], rec["rows"] = m["t"], m["rows"]
            elif m.get("k") == "kg":
                rec.setdefault("kg_runs", []).append(m["t"])
            elif m.get("k") == "raw":
                rec.setdefault("raw_runs", []).append(m["t"])
                rec["raw_rows"] = m["rows"]
        if res["dnf"]:
            rec["dnf"] = True
        elif "cold" in rec:
            if "kg_runs" not in rec:
                rec["kg_runs"] = [rec["cold"]]    # slow query: the first run is the measurement
            rec["kg"] = median(rec["kg_runs"])
            if rec.get("raw_runs"):
                rec["raw"] = median(rec["raw_runs"])
        out[name] = rec
    return {"open_store": open_s, "queries": out, "peak_rss_mb": round(maxrss_mb(), 1),
            "children_peak_rss_mb": round(maxrss_mb(resource.RUSAGE_CHILDREN), 1)}


def w_rdflib(a: dict) -> dict:
    """rdflib's engine over graph.trig: parse once, then one forked child per query, killed at
    the timeout. A child repeats the query (up to `runs`) while its total stays under a quarter
    of the timeout."""
    from kg.config import Paths
    from kg.queries import catalogue
    from kg.query import RdflibEngine, run_query

    paths = Paths(root=Path(a["root"]))
    timeout = a["timeout"]
    t = time.perf_counter()
    engine = RdflibEngine(Path(a["trig"]))
    parse_s = time.perf_counter() - t
    out = {}
    for name, q in catalogue(paths.queries).items():
        if name in a.get("skip", {}):
            out[name] = {"not_run": a["skip"][name]}
            continue
        values, note = query_values(q, a["params"])
        if values is None:
            out[name] = {"skipped": note}
            continue

        def job(send, q=q, values=values):
            send({"ready": True})
            spent = 0.0
            for i in range(a.get("runs", 5)):
                t0 = time.perf_counter()
                ans = run_query(engine, q, values)
                d = time.perf_counter() - t0
                spent += d
                send({"t": d, "rows": len(ans.rows)})
                if spent + d > timeout / 8:
                    break
        res = forked(job, timeout, hard=timeout + 10)
        rec = {}
        times = [m["t"] for m in res["msgs"] if "t" in m]
        for m in res["msgs"]:
            if "error" in m:
                rec["error"] = m["error"]
            if "rows" in m:
                rec["rows"] = m["rows"]
        if times:
            rec["median"], rec["runs"] = median(times), times
        elif res["dnf"]:
            rec["dnf"] = True
        out[name] = rec
    return {"parse": parse_s, "queries": out, "peak_rss_mb": round(maxrss_mb(), 1),
            "children_peak_rss_mb": round(maxrss_mb(resource.RUSAGE_CHILDREN), 1)}


def w_network(a: dict) -> dict:
    """Network and analysis with kg.network (if it exists): labels, every network kind, then
    centrality, communities and brokers on the met and organisations networks."""
    import importlib
    if not (PROJECT / "kg" / "network.py").exists():
        return {"skipped": "kg/network.py does not exist"}
    nw = importlib.import_module("kg.network")
    from kg.config import Paths
    from kg.query import Labels, open_store, expand
    paths = Paths(root=Path(a["root"]))
    store = open_store(paths)
    out, sizes = {}, {}

    partial = Path(a["partial"]) if a.get("partial") else None

    def timed(key, fn):
        t = time.perf_counter()
        if partial:                            # what is running, in case the step is killed
            partial.write_text(json.dumps({"functions": out, "graph_sizes": sizes, "running": key}))
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001
            out[key + " (error)"] = f"{type(exc).__name__}: {exc}"[:200]
            return None
        finally:
            out[key] = time.perf_counter() - t
            if partial:
                partial.write_text(json.dumps({"functions": out, "graph_sizes": sizes}))
    labels = timed("labels (Labels.from_engine)", lambda: Labels.from_engine(store, paths))
    graphs = {}
    for kind in getattr(nw, "KINDS", ("met", "organisations")):
        g = timed(f"network {kind}", lambda kind=kind: nw.network(store, paths, kind, nw.Filters(),
                                                                   labels=labels))
        if g is not None:
            graphs[kind] = g
            sizes[kind] = [g.number_of_nodes(), g.number_of_edges()]
    analysis_keys = ["labels (Labels.from_engine)", "network met", "network organisations"]
    for kind in ("met", "organisations"):
        g = graphs.get(kind)
        if g is None:
            continue
        timed(f"centrality {kind}", lambda g=g: nw.centrality(g))
        timed(f"communities {kind}", lambda g=g: nw.communities(g))
        analysis_keys += [f"centrality {kind}", f"communities {kind}"]
    g = graphs.get("met")
    if g is not None and hasattr(nw, "brokers"):
        countries = {}
        for _, d in g.nodes(data=True):
            c = d.get("country_iri")
            if c:
                countries[c] = countries.get(c, 0) + 1
        nl = expand("rplace:netherlands")
        other = max((c for c in countries if c != nl), key=lambda c: countries[c], default=None)
        if other:
            timed("brokers met (Netherlands vs top partner country)",
                  lambda: nw.brokers(g, nw.actors_in(g, nl), nw.actors_in(g, other)))
            analysis_keys.append("brokers met (Netherlands vs top partner country)")
    total_keys = None
    try:
        an = importlib.import_module("kg.analyse")
    except ImportError:
        an = None
    if an is not None and hasattr(an, "analysis_of") and hasattr(an, "stakeholder_report"):
        # what `kg analyse` does: labels, analysis_of (networks, centrality, brokers, communities,
        # named queries), stakeholder_report (Markdown + pictures + HTML)
        res = timed("kg analyse: analysis_of", lambda: an.analysis_of(store, paths, labels))
        if res is not None:
            timed("kg analyse: stakeholder_report (md, png, html)",
                  lambda: an.stakeholder_report(res[0], res[1], Path(a["root"]) / "analysis",
                                                title="Benchmark"))
        total_keys = ["labels (Labels.from_engine)", "kg analyse: analysis_of",
                      "kg analyse: stakeholder_report (md, png, html)"]
    keys = total_keys or analysis_keys
    total = sum(out[k] for k in keys if isinstance(out.get(k), float))
    return {"functions": out, "graph_sizes": sizes, "analysis_total": total,
            "analysis_parts": keys, "peak_rss_mb": round(maxrss_mb(), 1)}


def w_first_pages(a: dict) -> dict:
    from run_10m import w_first_pages as first_pages
    return first_pages(a)


WORKERS = {"stages": w_stages, "build": w_build, "add": w_add, "fastload": w_fastload,
           "embedded": w_embedded, "rdflib": w_rdflib, "network": w_network,
           "first_pages": w_first_pages}


# =============================================================================== orchestration

class Bench:
    def __init__(self, args):
        self.args = args
        self.work = Path(args.workdir).resolve()
        self.work.mkdir(parents=True, exist_ok=True)
        self.logs = self.work / "logs"
        self.logs.mkdir(exist_ok=True)
        self.results: dict = {"sizes": {}, "notes": []}
        self.t0 = time.perf_counter()

    def log(self, msg: str) -> None:
        print(f"[{time.perf_counter() - self.t0:7.1f}s] {msg}", file=sys.stderr, flush=True)

    def run(self, cmd: list[str], timeout: float, tag: str, env=None) -> dict:
        """A child process in its own process group; the RESULT line parsed; killed at timeout."""
        log = self.logs / f"{tag}.log"
        t = time.perf_counter()
        with open(log, "w") as lf:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=lf, text=True,
                                    start_new_session=True, cwd=str(PROJECT), env=env)
            peak = GroupPeak(proc.pid, limit_mb=self.args.memory_limit)
            try:
                stdout, _ = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.log(f"{tag}: timeout after {timeout:.0f} s, killed")
                return {"timeout": timeout, "wall": time.perf_counter() - t,
                        "group_peak_rss_mb": peak.stop()}
            finally:
                group_peak = peak.stop()
                if proc.poll() is None:
                    try:
                        os.killpg(proc.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    proc.wait(timeout=30)
        wall = time.perf_counter() - t
        if peak.exceeded:
            self.log(f"{tag}: killed above --memory-limit {self.args.memory_limit:,.0f} MB")
            return {"memory_limit": self.args.memory_limit, "wall": wall,
                    "group_peak_rss_mb": group_peak,
                    "error": f"killed above {self.args.memory_limit:,.0f} MB (all its processes)"}
        for line in reversed(stdout.splitlines()):
            if line.startswith(RESULT):
                res = json.loads(line[len(RESULT):])
                res.setdefault("child_wall", wall)
                res["group_peak_rss_mb"] = group_peak
                return res
        tail = log.read_text(errors="replace")[-800:]
        self.log(f"{tag}: failed (exit {proc.returncode}); see {log}\n{tail}")
        return {"error": f"exit {proc.returncode}: {tail[-300:]}", "wall": wall,
                "group_peak_rss_mb": group_peak}

    def worker(self, name: str, payload: dict, timeout: float, tag: str) -> dict:
        res = self.run([PY, str(Path(__file__).resolve()), "_worker", name, json.dumps(payload)],
                       timeout, tag)
        (self.logs / f"{tag}.json").write_text(json.dumps(res, indent=1, default=str))
        return res

    # ------------------------------------------------------------------ one size
    def size(self, n: int, full_build: bool) -> dict:
        a = self.args
        lab = size_label(n)
        root = self.work / f"bench-{lab.lower()}"
        res: dict = {"label": lab, "target": n, "full_build": full_build, "notes": []}
        self.log(f"== {lab}: generate")
        t = time.perf_counter()
        gen = self.run([PY, str(HERE / "generate.py"), "--triples", str(n), "--out", str(root),
                        "--seed", str(a.seed)], 600, f"{lab}-generate")
        res["generate_wall"] = time.perf_counter() - t
        info = json.loads((root / "bench-params.json").read_text())
        res["data"] = {k: info[k] for k in ("triples", "reports", "events", "participations",
                                           "persons", "organisations", "excerpts")}
        params = info["params"]
        res["params"] = params
        big = n >= 1_000_000
        tmo = a.step_timeout * (4 if big else 1)
        trig = None
        if full_build and a.servers_only:
            full_build = res["full_build"] = False
            res["notes"].append(f"--servers-only: no kg build at {lab}; the store is the "
                                "reference pipeline's (Turtle straight into pyoxigraph + kg's rules)")
        if full_build:
            self.log(f"{lab}: build stages")
            res["stages"] = self.worker("stages", {"root": str(root)}, tmo, f"{lab}-stages")
            self.log(f"{lab}: kg.build.build")
            res["build"] = self.worker("build", {"root": str(root)}, tmo, f"{lab}-build")
            if "wall" in res["build"] and "error" not in res["build"] and "timeout" not in res["build"]:
                trig = root / "build" / "current" / "graph.trig"
        else:
            res["notes"].append(f"full build not run at {lab}: the 100k build took "
                                f">= {a.build_limit:.0f} s; queries run on a store loaded "
                                f"directly into pyoxigraph (+ kg's rules)")
        fast_dir = root / "build-fast"
        if trig is None or a.reference:
            self.log(f"{lab}: reference pipeline (pyoxigraph only)")
            res["fastload"] = self.worker("fastload", {"root": str(root), "store": str(fast_dir)},
                                          tmo, f"{lab}-fastload")
        store_arg = None
        if trig is None:
            trig = fast_dir / "graph.trig"
            store_arg = str(fast_dir / "store")
        self.log(f"{lab}: embedded queries")
        n_q = len(list((root / "queries").glob("*.rq")))
        res["embedded"] = self.worker("embedded", {"root": str(root), "params": params,
                                                   "runs": a.runs, "store": store_arg,
                                                   "timeout": a.query_timeout},
                                      300 + n_q * (4 * a.query_timeout + 40), f"{lab}-embedded")
        embedded = res.get("embedded", {}).get("queries", {})
        if "oxigraph" in a.servers:
            self.log(f"{lab}: oxigraph server")
            res["server"] = self.server(root, trig, params, lab, embedded)
        if "virtuoso" in a.servers:
            self.log(f"{lab}: virtuoso")
            res["virtuoso"] = self.virtuoso(root, Path(store_arg) if store_arg else
                                            root / "build" / "current" / "store",
                                            params, lab, embedded)
        if a.skip_rdflib or a.servers_only:
            res["rdflib"] = {"skipped": "--skip-rdflib"}
        else:
            skip = self.rdflib_skips(n)
            self.log(f"{lab}: rdflib engine ({len(skip)} queries skipped by extrapolation)")
            res["rdflib"] = self.worker("rdflib", {"root": str(root), "trig": str(trig), "params": params,
                                                   "timeout": a.rdflib_timeout, "runs": a.runs,
                                                   "skip": skip},
                                        600 + n_q * (a.rdflib_timeout + 20), f"{lab}-rdflib")
        if full_build:
            self.log(f"{lab}: network and analysis")
            part = self.logs / f"{lab}-network.partial.json"
            res["network"] = self.worker("network", {"root": str(root), "partial": str(part)},
                                         a.step_timeout, f"{lab}-network")
            if "timeout" in res["network"] and part.exists():
                res["network"].update(json.loads(part.read_text()))
            self.log(f"{lab}: add one report")
            res["add_report"] = self.add_report(root, lab, tmo)
        else:
            res["network"] = {"skipped": "no kg build at this size"}
        return res

    def rdflib_skips(self, n: int) -> dict[str, str]:
        """Queries whose time at the largest smaller size, scaled linearly, exceeds the timeout
        twice over, or that did not finish there, are not run at this size."""
        prev = [(r["target"], r) for r in self.results["sizes"].values()
                if r["target"] < n and isinstance(r.get("rdflib"), dict) and "queries" in r["rdflib"]]
        if not prev:
            return {}
        m, r = max(prev, key=lambda x: x[0])
        skip = {}
        for name, q in r["rdflib"]["queries"].items():
            if q.get("dnf") or q.get("not_run"):
                skip[name] = f"DNF or not run at {size_label(m)}"
            elif q.get("median") is not None and q["median"] * (n / m) ** 1.2 > self.args.rdflib_timeout:
                skip[name] = (f"extrapolated {q['median'] * (n / m) ** 1.2:.0f} s (growth exponent 1.2) "
                              f"from {fmt_time(q['median'])} at {size_label(m)}")
        return skip

    def add_report(self, root: Path, lab: str, tmo: float) -> dict:
        extra = sorted((root / "extra" / "ttl").glob("*.ttl"))
        if not extra:
            return {"error": "no extra report generated"}
        f = extra[0]
        shutil.copy(f, root / "data" / "ttl" / f.name)
        src = root / "extra" / "sources" / (f.stem + ".txt")
        shutil.copy(src, root / "data" / "sources" / src.name)
        res = self.worker("add", {"root": str(root)}, tmo, f"{lab}-add-report")
        res["report"] = f.stem
        return res

    def server(self, root: Path, trig: Path, params: dict, lab: str, embedded: dict | None = None) -> dict:
        """oxigraph load + serve on loopback; each named query over HTTP (VALUES clause for the
        parameters), warm-up + runs; the server is always stopped."""
        from kg.config import Paths
        from kg.queries import catalogue
        from kg.query import bindings_for
        a = self.args
        loc = root / "oxigraph-server-db"
        shutil.rmtree(loc, ignore_errors=True)
        out: dict = {"queries": {}}
        t = time.perf_counter()
        try:
            subprocess.run([OXIGRAPH, "load", "--location", str(loc), "--file", str(trig)],
                           check=True, timeout=a.step_timeout * 4, capture_output=True,
                           start_new_session=True)
        except (subprocess.SubprocessError, OSError) as exc:
            return {"error": f"oxigraph load failed: {exc}"[:300]}
        out["load"] = time.perf_counter() - t
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        url = f"http://127.0.0.1:{port}/query"

        def post(text: str, timeout: float):
            req = urllib.request.Request(url, data=text.encode("utf-8"), method="POST", headers={
                "Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                body = json.loads(resp.read())
            return body["results"]["bindings"] if "results" in body else body

        def dnf_or_error(exc, limit):
            text = f"{type(exc).__name__}: {exc}"
            if any(k in text for k in ("timed out", "IncompleteRead", "JSONDecodeError", "cancelled",
                                       "RemoteDisconnected", "500")):
                return {"dnf": f"DNF>{limit:.0f}s"}
            return {"error": text[:300]}

        from kg.config import Paths
        from kg.queries import catalogue
        from kg.query import bindings_for
        paths = Paths(root=root)
        jobs = []
        for name, q in catalogue(paths.queries).items():
            values, note = query_values(q, params)
            if values is None:
                out["queries"][name] = {"skipped": note}
                continue
            e = (embedded or {}).get(name, {})
            if e.get("dnf") or e.get("cold", 0) > a.server_skip:
                out["queries"][name] = {"not_run": (f"{fmt_time(e['cold'])}" if "cold" in e else "DNF")
                                        + " on the embedded store (same engine)"}
                continue
            jobs.append((name, q, bindings_for(q, values, None)))
        # phase "kg": parameters bound the way kg binds them for a remote server
        # (kg.store.with_bindings: VALUES opening the outermost WHERE), every query, median;
        # phase "every-where": VALUES opening every WHERE group, sub-queries included (what
        # pyoxigraph's substitutions amount to), questions only, one run;
        # phase "trailing": one VALUES clause after the query, questions only, one run.
        # The later phases run with the server's timeout at --trailing-timeout, so that an
        # abandoned query does not keep a core busy.
        try:
            from kg.store import with_bindings as kg_bind
        except ImportError:
            kg_bind = None
        for phase, limit in (("kg", a.query_timeout), ("every-where", a.trailing_timeout),
                             ("trailing", a.trailing_timeout)):
            log = open(self.logs / f"{lab}-server-{phase}.log", "w")
            proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(loc), "--bind",
                                     f"127.0.0.1:{port}", "--union-default-graph",
                                     "--timeout-s", str(int(limit))],
                                    stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            try:
                t0 = time.perf_counter()
                deadline = t0 + 60
                while True:
                    try:
                        post("ASK { }", 5)
                        break
                    except (urllib.error.URLError, ConnectionError, OSError):
                        if time.perf_counter() > deadline or proc.poll() is not None:
                            out["error"] = f"server did not come up ({phase})"
                            break
                        time.sleep(0.2)
                if "error" in out:
                    break
                out.setdefault("startup", time.perf_counter() - t0)
                for name, q, bound in jobs:
                    rec = out["queries"].setdefault(name, {})
                    if phase == "kg":
                        text = (kg_bind(q.text, bound) if kg_bind else inject_values(q.text, bound, outer_only=True)) \
                            if bound else q.text
                        try:
                            t1 = time.perf_counter()
                            rows = post(text, limit + 5)
                            rec["cold"] = time.perf_counter() - t1
                            ts = [rec["cold"]] if rec["cold"] >= 5 else []
                            for _ in range(0 if ts else adaptive_runs(a.runs, rec["cold"])):
                                t1 = time.perf_counter()
                                rows = post(text, limit + 5)
                                ts.append(time.perf_counter() - t1)
                            rec["median"], rec["n"], rec["rows"] = median(ts), len(ts), len(rows)
                        except Exception as exc:  # noqa: BLE001
                            rec.update(dnf_or_error(exc, limit))
                        continue
                    if not bound:
                        continue
                    if phase == "every-where":
                        text = inject_values(q.text, bound)
                    else:
                        names = sorted(bound)
                        text = (q.text + "\nVALUES (" + " ".join("?" + k for k in names) + ") { ("
                                + " ".join(bound[k].n3() for k in names) + ") }\n")
                    try:
                        t1 = time.perf_counter()
                        rows = post(text, limit + 5)
                        rec[phase] = time.perf_counter() - t1
                        rec[phase + "_rows"] = len(rows)
                    except Exception as exc:  # noqa: BLE001
                        e = dnf_or_error(exc, limit)
                        rec[phase + "_error"] = e.get("dnf") or e.get("error")
            finally:
                if proc.poll() is None:
                    proc.terminate()
                    try:
                        proc.wait(timeout=15)
                    except subprocess.TimeoutExpired:
                        os.killpg(proc.pid, signal.SIGKILL)
                        proc.wait(timeout=15)
                log.close()
        shutil.rmtree(loc, ignore_errors=True)
        return out

    def server_jobs(self, root: Path, params: dict, embedded: dict | None, out: dict) -> list:
        """(name, query, bindings) of the named queries a server is sent: those with parameter
        values, and not slower than --server-skip on the embedded store (same engine or not:
        a server is not expected to answer in seconds what takes Oxigraph minutes)."""
        from kg.config import Paths
        from kg.queries import catalogue
        from kg.query import bindings_for
        jobs = []
        for name, q in catalogue(Paths(root=root).queries).items():
            values, note = query_values(q, params)
            if values is None:
                out["queries"][name] = {"skipped": note}
                continue
            e = (embedded or {}).get(name, {})
            if e.get("dnf") or e.get("cold", 0) > self.args.server_skip:
                out["queries"][name] = {"not_run": (f"{fmt_time(e['cold'])}" if "cold" in e else "DNF")
                                        + " on the embedded store"}
                continue
            jobs.append((name, q, bindings_for(q, values, None)))
        return jobs

    def virtuoso(self, root: Path, store_dir: Path, params: dict, lab: str,
                 embedded: dict | None = None) -> dict:
        """Virtuoso Open Source on loopback (tests/virtuoso_server.py: own ini, ports, database):
        loaded through the Graph Store Protocol as `kg build --store` does
        (kg.build.push_to_server), then every named query through kg.store.RemoteStore
        (parameters bound by with_bindings, kg's graphs as default graph), cold + median of the
        runs. Each query is sent as `kg query` sends it (Query.text_for the server's dialect:
        its `#+ form virtuoso:` where it has one, else the catalogue's text); `form` in the
        results says which. The server is always stopped and its database removed."""
        sys.path.insert(0, str(PROJECT / "tests"))
        from virtuoso_server import VirtuosoServer, virtuoso_binary
        from kg.build import push_to_server
        from kg.store import EmbeddedStore, RemoteStore
        a = self.args
        if virtuoso_binary() is None:
            return {"error": "virtuoso-t is not installed (Debian virtuoso-opensource)"}
        out: dict = {"queries": {}}
        jobs = self.server_jobs(root, params, embedded, out)
        loc = self.work / f"virtuoso-{lab.lower()}"
        shutil.rmtree(loc, ignore_errors=True)
        t = time.perf_counter()
        try:
            # 8 KB buffers: enough for the graph (about 1 KB per quad with indexes) up to 1 GB
            buffers = min(131072, max(20000, out_quads(store_dir) // 8))
            srv = VirtuosoServer(loc, buffers=buffers, timeout_s=int(a.query_timeout))
        except (RuntimeError, OSError) as exc:
            return {"error": f"virtuoso did not start: {exc}"[:300]}
        out["startup"] = time.perf_counter() - t
        try:
            store = EmbeddedStore(store_dir, read_only=True)
            t = time.perf_counter()
            try:
                push_to_server(store, srv.url)
            except Exception as exc:  # noqa: BLE001
                out["error"] = f"load failed: {exc}"[:300]
                return out
            out["load"] = time.perf_counter() - t
            del store
            remote = RemoteStore(srv.url, timeout=a.query_timeout + 5)
            out["graph_sizes_equal"] = remote.graph_sizes() == EmbeddedStore(
                store_dir, read_only=True).graph_sizes()
            dialect = remote.dialect            # (from the server's answers, as kg query)
            for name, q, bound in jobs:
                rec = out["queries"].setdefault(name, {})
                text = q.text_for(dialect)
                rec["form"] = dialect if dialect in q.forms else "catalogue"
                try:
                    t1 = time.perf_counter()
                    _, rows = remote.select(text, bound, name=name)
                    rec["cold"] = time.perf_counter() - t1
                    ts = [rec["cold"]] if rec["cold"] >= 5 else []
                    for _ in range(0 if ts else adaptive_runs(a.runs, rec["cold"])):
                        t1 = time.perf_counter()
                        _, rows = remote.select(text, bound, name=name)
                        ts.append(time.perf_counter() - t1)
                    rec["median"], rec["n"], rec["rows"] = median(ts), len(ts), len(rows)
                except Exception as exc:  # noqa: BLE001
                    text = f"{type(exc).__name__}: {exc}"
                    rec.update({"dnf": f"DNF>{a.query_timeout:.0f}s"}
                               if "timed out" in text or "S1T00" in text
                               else {"dnf": "refused: estimated too slow"}
                               if "exceeds the limit" in text else {"error": text[:300]})
        finally:
            srv.stop()
            out["db_mb"] = round(sum(f.stat().st_size for f in loc.glob("*.db")) / 1e6, 1)
            shutil.rmtree(loc, ignore_errors=True)
        return out

    def profile(self, n: int) -> dict:
        lab = size_label(n)
        root = self.work / f"bench-{lab.lower()}"
        prof = self.work / f"profile-{lab}.prof"
        self.log(f"{lab}: cProfile of the build stages")
        res = self.worker("stages", {"root": str(root), "profile": str(prof)},
                          self.args.step_timeout * 3, f"{lab}-profile")
        top = []
        txt = Path(str(prof) + ".tottime.txt")
        if txt.exists():
            lines = txt.read_text().splitlines()
            start = next((i for i, l in enumerate(lines) if l.strip().startswith("ncalls")), None)
            if start is not None:
                top = [l for l in lines[start + 1:start + 26] if l.strip()]
        return {"size": lab, "file": str(prof), "tottime_top": top,
                "cumulative_file": str(prof) + ".cumulative.txt",
                "profiled_wall": res.get("wall"),
                "profiled_parts": {k: v["s"] for k, v in (res.get("parts") or {}).items()}}


# =============================================================================== report

def machine() -> dict:
    def sh(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
        except Exception:  # noqa: BLE001
            return "?"
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import pyoxigraph
    import rdflib
    return {"nproc": sh(["nproc"]), "free_h": sh(["free", "-h"]), "python": platform.python_version(),
            "cpu": cpu, "rdflib": rdflib.__version__, "pyoxigraph": pyoxigraph.__version__,
            "oxigraph_cli": sh([OXIGRAPH, "--version"]), "kernel": platform.release()}


def _stage_label(key: str) -> str:
    parts = key.split(" > ")
    leaf = parts[-1]
    base, _, arg = leaf.partition(" ")
    name = STAGE_NAMES.get(base, base)
    if arg:
        name = f"{name} {arg}"
    return ("  " * (len(parts) - 1)) + ("↳ " if len(parts) > 1 else "") + name


def table(results: dict) -> str:
    sizes = list(results["sizes"].values())
    T = results["config"]
    head = "| measure | how | " + " | ".join(s["label"] for s in sizes) + " |"
    sep = "|---|---|" + "---:|" * len(sizes)
    rows = [head, sep]

    def row(measure, how, fn):
        cells = []
        for s in sizes:
            try:
                v = fn(s)
            except (KeyError, TypeError, ValueError, ZeroDivisionError, AttributeError):
                v = None
            cells.append("–" if v is None else str(v))
        if any(c != "–" for c in cells):
            rows.append(f"| {measure} | {how} | " + " | ".join(cells) + " |")

    def failed(d):
        return (not d) or "error" in d or "timeout" in d

    def rss(d):
        c = d.get("children_peak_rss_mb") or 0
        return f"{d['peak_rss_mb']:,.0f} MB" + (f" ({c:,.0f} MB)" if c > 1 else "")

    def why(d, s):
        if not s["full_build"]:
            return "not run"
        if not d:
            return "not run"
        return f"DNF>{d['timeout']:.0f}s" if "timeout" in d else "error"

    row("asserted triples (registry + reports)", "generate.py", lambda s: f"{s['data']['triples']:,}")
    row("reports / events / participations", "generate.py",
        lambda s: f"{s['data']['reports']:,} / {s['data']['events']:,} / {s['data']['participations']:,}")
    row("generate", "generate.py (child wall)", lambda s: fmt_time(s["generate_wall"]))
    # build parts: every function kg.build.build called, in call order, nested ones indented
    keys: list[str] = []
    for s in sizes:
        for k, v in (s.get("stages") or {}).get("parts", {}).items():
            if k.startswith("(") or k in keys:
                continue
            if " > " in k and (k.count(" > ") > 1 or "EmbeddedStore.count" in k):
                continue
            if v["s"] < 0.0005 and all((x.get("stages") or {}).get("parts", {}).get(k, {"s": 0})["s"] < 0.01
                                       for x in sizes):
                continue
            keys.append(k)
    for k in keys:
        def cell(s, k=k):
            st = s.get("stages") or {}
            if failed(st):
                return why(st, s)
            p = st["parts"].get(k)
            if p is None:
                return "–"
            return fmt_time(p["s"]) + (f" ({p['calls']:,}×)" if p["calls"] > 1 and " > " not in k
                                       and "EmbeddedStore" not in k and "load_data_file" not in k
                                       and "validate_graph" not in k else "")
        row(_stage_label(k), "instrumented kg.build.build (full)", cell)
    row("rest of the build", "backup, staging, summary.json",
        lambda s: fmt_time(s["stages"]["parts"]["(not in a timed function: store backup, staging, summary.json)"]["s"]))
    row("instrumented build, wall", "", lambda s: fmt_time(s["stages"]["wall"]) if not failed(s.get("stages")) else why(s.get("stages"), s))
    row("peak RSS, instrumented build", "ru_maxrss: build process (largest of its workers)", lambda s: rss(s["stages"]))
    row("**total build**", "kg.build.build (child, not instrumented)", lambda s: (
        f"**{fmt_time(s['build']['wall'])}**" if not failed(s.get("build")) else why(s.get("build"), s)))
    row("**peak RSS, build**", "ru_maxrss: build process (largest of its workers)", lambda s: f"**{rss(s['build'])}**")
    row("quads in the build (incl. inferred)", "", lambda s: f"{s['build']['quads']:,}")

    def add_cell(s):
        d = s.get("add_report") or {}
        if failed(d):
            return why(d, s)
        top = sorted(((k, v["s"]) for k, v in d["parts"].items() if " > " not in k),
                     key=lambda kv: -kv[1])[:3]
        return (f"**{fmt_time(d['wall'])}** ({d['mode']}; " +
                ", ".join(f"{_stage_label(k).split(':')[-1].strip()} {fmt_time(v)}" for k, v in top) + ")")
    row("**add one report**", "copy into data/ttl, instrumented kg.build.build", add_cell)
    row("add one report: peak RSS", "", lambda s: rss(s["add_report"]))
    row("reference: Turtle → pyoxigraph + rules + QC + TriG (no SHACL)", "run.py fastload",
        lambda s: fmt_time(s["fastload"]["total"]) + f" ({s['fastload']['peak_rss_mb']:,.0f} MB)")
    row("oxigraph CLI load of graph.trig", "oxigraph load", lambda s: fmt_time(s["server"]["load"]))
    row("Virtuoso: load through the Graph Store Protocol", "kg.build.push_to_server (kg build --store)",
        lambda s: fmt_time(s["virtuoso"]["load"]) + ("" if s["virtuoso"]["graph_sizes_equal"]
                                                     else " (graph sizes ≠)"))
    row("rdflib parse of graph.trig", "kg.query.RdflibEngine()", lambda s: fmt_time(s["rdflib"]["parse"]))
    row("open embedded store", "kg.query.open_store", lambda s: fmt_time(s["embedded"]["open_store"]))
    names = []
    for s in sizes:
        for nme in (s.get("embedded") or {}).get("queries", {}):
            if nme not in names:
                names.append(nme)

    def emb(s, q):
        return s["embedded"]["queries"][q]

    qt = f"DNF>{T.get('query_timeout', 60):.0f}s"

    def kg_cell(s, q):
        e = emb(s, q)
        if e.get("dnf"):
            return qt
        if "error" in e:
            return "error"
        n = len(e["kg_runs"])
        return (f"**{fmt_time(e['kg'])}**" + ("" if n >= T["runs"] else f" (n={n})")
                + ("" if e.get("raw_rows") in (None, e["rows"]) else " ≠rows"))

    def raw_cell(s, q):
        e = emb(s, q)
        if e.get("dnf"):
            return qt
        if "raw" not in e:
            return "not run (> 5 s)"
        n = len(e["raw_runs"])
        return (f"{fmt_time(e['raw'])} ({e['kg'] / e['raw']:.2f}×)" + ("" if n >= T["runs"] else f" (n={n})"))

    def rdf_cell(s, q):
        r = s["rdflib"]
        if "skipped" in r or "queries" not in r:
            return "not run"
        r = r["queries"][q]
        if "not_run" in r:
            return "not run"
        if r.get("dnf"):
            return f"DNF>{T['rdflib_timeout']:.0f}s"
        if "error" in r:
            return "error"
        n = len(r["runs"])
        return fmt_time(r["median"]) + ("" if n >= T["runs"] else f" (n={n})") + (
            "" if r.get("rows") == emb(s, q).get("rows") else f" ({r.get('rows'):,} rows ≠)")

    def ratio(s, q):
        r = s["rdflib"]["queries"][q]
        e = emb(s, q)
        if "kg" not in e:
            return None
        if r.get("dnf"):
            return f">{T['rdflib_timeout'] / e['kg']:,.0f}×"
        return f"{r['median'] / e['kg']:,.0f}×"

    def server_cell(s, q, which="server"):
        """One query on a server: the median, or why there is none; rows compared with the
        same SPARQL on raw pyoxigraph (a server returns the engine's rows, not kg's gathered
        ones)."""
        r = s[which]["queries"][q]
        if "not_run" in r:
            return "not run (slow on the embedded store)"
        if "dnf" in r:
            return r["dnf"]
        if "error" in r:   # a Virtuoso error names its code, e.g. "error SQ156"
            code = re.search(r"Error (\w+)", r["error"])
            return "error" + (f" {code.group(1)}" if code else "")
        e = emb(s, q)
        same = r["rows"] == e.get("raw_rows", e.get("rows"))
        return (fmt_time(r["median"]) + ("" if r["n"] >= T["runs"] else f" (n={r['n']})")
                + ("" if same else f" ({r['rows']:,} rows ≠)"))

    def phase_cell(s, q, phase):
        r = s["server"]["queries"][q]
        if "not_run" in r:
            return "not run"
        if phase + "_error" in r:
            return r[phase + "_error"]
        if phase not in r:
            return None
        return fmt_time(r[phase]) + ("" if r[phase + "_rows"] == emb(s, q).get("rows") else " (rows ≠)")

    for q in names:
        kind = next((s["embedded"]["queries"][q].get("kind") for s in sizes
                     if q in s.get("embedded", {}).get("queries", {})), "")
        row(f"`{q}` ({kind})", "kg embedded: open_store + run_query, median", lambda s: kg_cell(s, q))
        row(f"`{q}`", "rows", lambda s: f"{emb(s, q)['rows']:,}")
        row(f"`{q}`", "raw pyoxigraph, same SPARQL (kg/raw)", lambda s: raw_cell(s, q))
        row(f"`{q}`", "rdflib engine (RdflibEngine)", lambda s: rdf_cell(s, q))
        row(f"`{q}`", "rdflib / kg embedded", lambda s: ratio(s, q))
        row(f"`{q}`", "Oxigraph server, HTTP, parameters bound by kg.store.with_bindings", lambda s: server_cell(s, q))
        row(f"`{q}`", "Virtuoso 7.2, HTTP, kg.store.RemoteStore (its form for Virtuoso where it has one)",
            lambda s: server_cell(s, q, "virtuoso"))
        if kind == "question":
            row(f"`{q}`", "Oxigraph server, VALUES in every WHERE (1 run)", lambda s: phase_cell(s, q, "every-where"))
            row(f"`{q}`", "Oxigraph server, VALUES after the query (1 run)", lambda s: phase_cell(s, q, "trailing"))
    fkeys = []
    for s in sizes:
        for k, v in (s.get("network") or {}).get("functions", {}).items():
            if k not in fkeys:
                fkeys.append(k)
    for k in fkeys:
        def ncell(s, k=k):
            v = s["network"]["functions"].get(k)
            if isinstance(v, str):
                return v[:60]
            size = ""
            if k.startswith("network "):
                n_e = s["network"]["graph_sizes"].get(k.split(" ", 1)[1])
                size = f" ({n_e[0]:,} nodes, {n_e[1]:,} edges)" if n_e else ""
            return fmt_time(v) + size
        row(f"analysis: {k}", "kg.network", ncell)
    def analysis_cell(s):
        n = s["network"]
        if n.get("skipped"):
            return n["skipped"]
        if "timeout" in n:
            return f"**DNF>{n['timeout']:.0f}s**" + (f" (killed in {n['running']})" if n.get("running") else "")
        return f"**{fmt_time(n['analysis_total'])}**"
    row("**analysis total**", "labels + kg.analyse.analysis_of + stakeholder_report (= kg analyse)",
        analysis_cell)
    return "\n".join(rows)


def targets(results: dict) -> list[dict]:
    sizes = sorted(results["sizes"].values(), key=lambda s: s["target"])
    T = results["config"]
    out = []

    def add(target, status, evidence):
        out.append({"target": target, "status": status, "evidence": evidence})

    def ok(d):
        return bool(d) and "wall" in d and "error" not in d and "timeout" not in d

    one_m = next((s for s in sizes if s["target"] >= 1_000_000), None)
    if one_m and ok(one_m.get("build")):
        b = one_m["build"]
        good = b["wall"] <= 60 and b["peak_rss_mb"] <= 4096
        add("full build at 1M within 60 s and 4 GB", "met" if good else "not met",
            f"{fmt_time(b['wall'])}, peak {b['peak_rss_mb']:,.0f} MB")
    else:
        biggest = next((s for s in reversed(sizes) if ok(s.get("build"))), None)
        ev = "1M build not run"
        if biggest:
            ev += (f"; the {biggest['label']} build took {fmt_time(biggest['build']['wall'])}, "
                   f"~{fmt_time(biggest['build']['wall'] * 1_000_000 / biggest['target'])} at 1M if linear")
        if one_m and (one_m.get("build") or {}).get("timeout"):
            ev = f"1M build killed after {one_m['build']['timeout']:.0f} s"
        add("full build at 1M within 60 s and 4 GB", "not met" if biggest else "not measured", ev)
    adds = [(s["label"], s["add_report"]) for s in sizes if ok(s.get("add_report"))]
    if adds:
        add("adding one report within 2 s", "met" if all(d["wall"] <= 2 for _, d in adds) else "not met",
            "; ".join(f"{l}: {fmt_time(d['wall'])} ({d['mode']})" for l, d in adds))
    else:
        add("adding one report within 2 s", "not measured", "no add-report run")
    fails, checked = [], 0
    for s in sizes:
        for q, r in s["embedded"]["queries"].items():
            if r.get("kind") == "question" and ("kg" in r or r.get("dnf")):
                checked += 1
                if r.get("dnf"):
                    fails.append(f"{q} DNF at {s['label']}")
                elif r["kg"] > 0.1:
                    fails.append(f"{q} {fmt_time(r['kg'])} at {s['label']}")
    add("each question about one actor/event/theme/pair within 100 ms median",
        "met" if checked and not fails else "not met", "; ".join(fails) or f"all {checked} ≤ 100 ms")
    fails, checked = [], 0
    for s in sizes:
        for q, r in s["embedded"]["queries"].items():
            if r.get("kind") == "list" and "kg" in r and r.get("raw"):
                checked += 1
                if r["kg"] > 1.5 * r["raw"]:
                    fails.append(f"{q} {r['kg'] / r['raw']:.2f}× at {s['label']}")
    add("each whole-graph list within 1.5× the same SPARQL on raw pyoxigraph",
        "met" if checked and not fails else "not met", "; ".join(fails) or f"all {checked} within 1.5×")
    fails, checked, bound_only = [], 0, []
    for s in sizes:
        rq = (s.get("rdflib") or {}).get("queries", {})
        for q, r in s["embedded"]["queries"].items():
            if "kg" not in r or q not in rq:
                continue
            x = rq[q]
            if "median" in x:
                checked += 1
                if x["median"] / r["kg"] < 30:
                    fails.append(f"{q} {x['median'] / r['kg']:.0f}× at {s['label']}")
            elif x.get("dnf"):
                checked += 1
                if T["rdflib_timeout"] / r["kg"] < 30:
                    bound_only.append(f"{q} rdflib DNF at {s['label']}, so only >{T['rdflib_timeout'] / r['kg']:.0f}× known")
    add("named queries at least 30× faster than rdflib's engine",
        "not measured" if not checked else "met" if not fails else "not met",
        "; ".join(fails + bound_only) or f"all {checked} measured pairs ≥ 30×")
    nets = [(s["label"], s["network"]) for s in sizes if s.get("network") and "analysis_total" in s["network"]]
    killed = [(s["label"], s["network"]) for s in sizes if s.get("network") and "timeout" in s["network"]]
    if killed:
        add("analysis within 30 s", "not met",
            "; ".join(f"{l}: {fmt_time(n['analysis_total'])}" for l, n in nets) + "; " +
            "; ".join(f"{l}: killed after {n['timeout']:.0f} s" + (f" in {n['running']}" if n.get("running") else "")
                      for l, n in killed))
    elif not nets:
        why = next((s["network"].get("skipped") for s in sizes if s.get("network")), "not run")
        add("analysis within 30 s", "not measured", why)
    else:
        add("analysis within 30 s", "met" if all(n["analysis_total"] <= 30 for _, n in nets) else "not met",
            "; ".join(f"{l}: {fmt_time(n['analysis_total'])}" for l, n in nets))
    return out


# =============================================================================== main

def write_results(results: dict, out: str | None) -> Path:
    """The results so far, as JSON (after every size, so a killed run keeps what it measured)."""
    path = Path(out) if out else HERE / f"results-{dt.date.today().isoformat()}.json"
    path.write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    return path


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_worker":
        sys.path.insert(0, str(PROJECT))
        try:
            emit(WORKERS[argv[1]](json.loads(argv[2])))
            return 0
        except BaseException:  # noqa: BLE001
            traceback.print_exc()
            return 1
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k,1m")
    ap.add_argument("--workdir", default="/tmp/kg-bench")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=5, help="timed runs per query (median)")
    ap.add_argument("--rdflib-timeout", type=float, default=60.0, help="per query on rdflib's engine (s)")
    ap.add_argument("--query-timeout", type=float, default=30.0,
                    help="per query on the embedded store and the server (s)")
    ap.add_argument("--server-skip", type=float, default=5.0,
                    help="do not send the server queries that took longer (s) on the embedded store")
    ap.add_argument("--trailing-timeout", type=float, default=10.0,
                    help="per query for the server variant with one VALUES clause after the query (s)")
    ap.add_argument("--reference", action="store_true",
                    help="also time the reference pipeline (Turtle straight into pyoxigraph, rules, QC; "
                         "no SHACL) where the kg build runs")
    ap.add_argument("--build-limit", type=float, default=60.0,
                    help="run the full 1M build only if the 100k build took less (s)")
    ap.add_argument("--build-1m", choices=["auto", "yes", "no"], default="auto",
                    help="full build at 1M: auto = only if the 100k build took < --build-limit")
    ap.add_argument("--step-timeout", type=float, default=900.0, help="timeout per child step (s; x4 at 1M)")
    ap.add_argument("--profile", default="100k", help="size whose build stages to profile with cProfile ('' = none)")
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--servers", default="oxigraph,virtuoso",
                    help="the SPARQL servers to load and query (comma-separated; '' = none)")
    ap.add_argument("--servers-only", action="store_true",
                    help="only the embedded store and the servers: no kg build, rdflib or network")
    ap.add_argument("--out", default=None, help="results JSON (default benchmarks/results-<date>.json)")
    ap.add_argument("--keep-data", action="store_true",
                    help="10M: use the data already generated in WORKDIR for this size and seed")
    ap.add_argument("--store-10m", action="store_true",
                    help="10M: also push the build to an `oxigraph serve` (kg build --store) "
                         "and time the questions there")
    ap.add_argument("--memory-limit", type=float, default=None,
                    help="kill a step whose processes together hold more than this (MB)")
    ap.add_argument("--build-timeout", type=float, default=3600.0,
                    help="10M: time limit of the build and of adding a report (s)")
    args = ap.parse_args(argv)
    args.servers = {x.strip() for x in args.servers.split(",") if x.strip()}
    sys.path.insert(0, str(PROJECT))

    from run_10m import TEN_M, size_10m, table_10m, targets_10m
    bench = Bench(args)
    sizes = sorted(parse_size(s) for s in args.sizes.split(",") if s.strip())
    bench.results["config"] = {"sizes": [size_label(s) for s in sizes], "seed": args.seed,
                               "runs": args.runs, "rdflib_timeout": args.rdflib_timeout,
                               "query_timeout": args.query_timeout,
                               "trailing_timeout": args.trailing_timeout,
                               "build_limit": args.build_limit, "workdir": str(bench.work),
                               "servers": sorted(args.servers), "servers_only": args.servers_only,
                               "command": " ".join([Path(sys.executable).name, "benchmarks/run.py", *argv])}
    bench.results["machine"] = machine()

    def git(*cmd):
        try:
            return subprocess.run(["git", *cmd], cwd=PROJECT, capture_output=True, text=True,
                                  timeout=20).stdout.strip()
        except Exception:  # noqa: BLE001
            return "?"
    bench.results["kg_version"] = {"head": git("log", "-1", "--format=%h %ad %s", "--date=iso"),
                                   "dirty": git("status", "--short", "kg", "queries", "ontology")}
    import hashlib
    bench.results["query_versions"] = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:12]
        for p in sorted((PROJECT / "queries").rglob("*.r[qu]"))}
    bench.results["started"] = dt.datetime.now().isoformat(timespec="seconds")
    for n in sizes:
        if n >= TEN_M:      # only the steps issue #14 asks for (benchmarks/run_10m.py)
            bench.results["sizes"][size_label(n)] = size_10m(bench, n)
            write_results(bench.results, args.out)
            continue
        full = True
        if n >= 1_000_000 and args.build_1m != "auto":
            full = args.build_1m == "yes"
            bench.results["notes"].append(f"1M full build forced by --build-1m {args.build_1m}")
        elif n >= 1_000_000:
            ref = [r for r in bench.results["sizes"].values() if r["target"] == 100_000]
            b = ref[0].get("build", {}) if ref else {}
            full = bool(ref) and "wall" in b and "error" not in b and "timeout" not in b \
                and b["wall"] < args.build_limit
            if not ref:
                bench.results["notes"].append("1M full build skipped: no 100k build to decide on")
        bench.results["sizes"][size_label(n)] = bench.size(n, full)
        bench.results["elapsed_after_" + size_label(n)] = time.perf_counter() - bench.t0
        write_results(bench.results, args.out)
    prof_n = parse_size(args.profile) if args.profile else None
    if prof_n and size_label(prof_n) in bench.results["sizes"]:
        st = bench.results["sizes"][size_label(prof_n)].get("stages", {})
        if "wall" in st and st["wall"] > 5:
            bench.results["profile"] = bench.profile(prof_n)
    bench.results["finished"] = dt.datetime.now().isoformat(timespec="seconds")
    bench.results["total_wall"] = time.perf_counter() - bench.t0
    small = {**bench.results, "sizes": {k: v for k, v in bench.results["sizes"].items()
                                        if not v.get("ten_m")}}
    huge = [v for v in bench.results["sizes"].values() if v.get("ten_m")]
    bench.results["targets"] = (targets(small) if small["sizes"] else []) \
        + [t for s in huge for t in targets_10m(s)]
    md = "\n\n".join(([table(small)] if small["sizes"] else []) + [table_10m(s) for s in huge])
    bench.results["table_md"] = md
    out = write_results(bench.results, args.out)
    print(md)
    print()
    for t in bench.results["targets"]:
        print(f"- {t['target']}: **{t['status']}** ({t['evidence']})")
    for s in bench.results["sizes"].values():
        for note in s["notes"]:
            print(f"- note ({s['label']}): {note}")
    for note in bench.results["notes"]:
        print(f"- note: {note}")
    print(f"\nresults: {out}; logs: {bench.logs}; total {bench.results['total_wall']:.0f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
