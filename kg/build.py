"""Build: load -> validate (SHACL) -> reason (owlrl on the ontology, SPARQL rules on the
instances) -> QC queries -> write the Oxigraph store and a TriG dump. The result goes into a new
directory that replaces the previous build only when everything passed (an atomic symlink swap),
so a failed build never destroys the last good one."""
from __future__ import annotations

import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import __version__
from .config import INFERRED_GRAPH, ONTOLOGY_GRAPH, PREFIXES, Paths
from .errors import ValidationFailed
from .load import Sources, load_sources
from .queries import load_query
from .reason import fixpoint_rules, tbox_closure
from .store import STORE_DIR, EmbeddedStore
from .validate import Problem, load_shapes, qc_problems, shacl_problems, short, namespace_manager

MAX_RULE_ROUNDS = 25


@dataclass
class BuildResult:
    out: Path
    graphs: dict[str, int] = field(default_factory=dict)
    classes: dict[str, int] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    rule_rounds: int = 0
    remote: str | None = None

    @property
    def store_path(self) -> Path:
        return self.out / STORE_DIR

    @property
    def trig_path(self) -> Path:
        return self.out / "graph.trig"

    def summary(self) -> dict:
        return {"kg_version": __version__, "out": str(self.out), "graphs": self.graphs,
                "classes": self.classes, "rule_rounds": self.rule_rounds,
                "warnings": [p.line() for p in self.warnings], "conforms": True,
                "remote_store": self.remote}


def union_graph(sources: Sources) -> Graph:
    g = Graph()
    for quad in sources.dataset.quads((None, None, None, None)):
        g.add(quad[:3])
    return g


def check(sources: Sources, paths: Paths) -> list[Problem]:
    """SHACL over all loaded graphs; raises ValidationFailed on any violation, returns warnings."""
    problems = shacl_problems(union_graph(sources), load_shapes(paths))
    violations = [p for p in problems if p.severity == "Violation"]
    if violations:
        raise ValidationFailed(
            f"the data does not conform: {len(violations)} SHACL violation(s)",
            details=[p.line() for p in violations])
    return [p for p in problems if p.severity != "Violation"]


def run_rules(store: EmbeddedStore, paths: Paths) -> int:
    """Instance rules to a fixpoint, then the once-only rules (met). Returns the rounds taken."""
    loop, after = fixpoint_rules(paths)
    rounds, size = 0, -1
    while rounds < MAX_RULE_ROUNDS:
        rounds += 1
        for name, text in loop:
            store.update(text, name=name)
        new_size = store.count(str(INFERRED_GRAPH))
        if new_size == size:
            break
        size = new_size
    for name, text in after:
        store.update(text, name=name)
    return rounds


def populate(store: EmbeddedStore, sources: Sources, paths: Paths) -> int:
    """Closed ontology + all data into the store, then the rules. Returns rule rounds."""
    ontology = sources.graph(ONTOLOGY_GRAPH)
    for triple in tbox_closure(ontology):
        ontology.add(triple)
    store.load_nquads(sources.dataset.serialize(format="nquads", encoding="utf-8"))
    return run_rules(store, paths)


def entity_counts(store: EmbeddedStore, paths: Paths) -> dict[str, int]:
    nm = namespace_manager()
    query = load_query(paths.queries / "build" / "entities-per-class.rq")
    _, rows = store.select(query.text, name=query.name)
    return {short(c, nm): int(n) for c, n in rows}


def _swap_current(paths: Paths, new_dir: Path) -> None:
    link = paths.current
    old = link.resolve() if link.is_symlink() else None
    tmp_link = paths.build / f".link-{uuid.uuid4().hex}"
    os.symlink(new_dir.name, tmp_link)
    os.replace(tmp_link, link)          # atomic on POSIX
    if old is not None and old != new_dir.resolve() and old.exists():
        shutil.rmtree(old, ignore_errors=True)


def checked_store(sources: Sources, paths: Paths, store: EmbeddedStore) -> tuple[int, list[Problem]]:
    """Populate `store` (ontology closure, data, rules) and run the QC queries on it. Raises
    ValidationFailed on any violation row; returns (rule rounds, QC warnings)."""
    rounds = populate(store, sources, paths)
    qc = qc_problems(store, paths)
    violations = [p for p in qc if p.severity == "Violation"]
    if violations:
        raise ValidationFailed(
            f"quality checks failed: {len(violations)} row(s) from queries/qc/*-violation.rq",
            details=[f"{p.line()} ({p.source})" for p in violations])
    return rounds, [p for p in qc if p.severity != "Violation"]


def build(paths: Paths | None = None, store_url: str | None = None) -> BuildResult:
    """Build into a new directory and swap it in; with `store_url`, also replace the graphs of
    that SPARQL 1.1 server (only after every check passed, so a failed build never touches it)."""
    paths = paths or Paths()
    sources = load_sources(paths)
    warnings = check(sources, paths)
    paths.build.mkdir(parents=True, exist_ok=True)
    staging = paths.build / f"build-{uuid.uuid4().hex[:12]}"
    try:
        staging.mkdir()
        store = EmbeddedStore(staging / STORE_DIR)
        rounds, qc_warnings = checked_store(sources, paths, store)
        result = BuildResult(staging, graphs=dict(sorted(store.graph_sizes().items())),
                             classes=entity_counts(store, paths),
                             warnings=warnings + qc_warnings, rule_rounds=rounds)
        store.dump_trig(result.trig_path, PREFIXES)
        if store_url:
            push_to_server(store, store_url)
            result.remote = store_url
        store.flush()
        del store
        (staging / "summary.json").write_text(json.dumps(result.summary(), indent=2) + "\n",
                                              encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap_current(paths, staging)
    result.out = paths.current
    return result


def push_to_server(store: EmbeddedStore, url: str) -> None:
    """Replace every kg graph on a SPARQL 1.1 server (Graph Store Protocol PUT per graph) and drop
    kg graphs the new build no longer has. Graphs outside the project's namespace are left alone."""
    import pyoxigraph as ox
    from .config import GRAPH
    from .store import RemoteStore
    remote = RemoteStore(url)
    ours = {g.value for g in store.raw.named_graphs()}
    for graph in sorted(ours):
        data = ox.serialize((q.triple for q in
                             store.raw.quads_for_pattern(None, None, None, ox.NamedNode(graph))),
                            format=ox.RdfFormat.N_TRIPLES)
        remote.put_graph(graph, data)
    for graph in remote.named_graphs():
        if graph.startswith(str(GRAPH)) and graph not in ours:
            remote.delete_graph(graph)


def validate_only(paths: Paths | None = None) -> list[Problem]:
    """`kg validate`: SHACL and QC checks without replacing the build (uses an in-memory store)."""
    paths = paths or Paths()
    sources = load_sources(paths)
    warnings = check(sources, paths)
    _, qc_warnings = checked_store(sources, paths, EmbeddedStore())
    return warnings + qc_warnings
