#!/usr/bin/env python3
"""Confirmed identities at scale: owl:sameAs rules in the store against a canonical IRI.

    python benchmarks/generate.py --triples 1m --out /tmp/bench-1m
    nice -n 10 python benchmarks/identity.py /tmp/bench-1m [--pairs 20]

Adds --pairs confirmed rikg:IdentityDecision nodes to the synthetic data (each an unnamed
placeholder with a named person, both taking part in meetings, in a graph of their own), loads
everything into an in-memory store as `kg build` does (no SHACL: it runs on the files as
written either way), then for each approach times the identity step and the instance rules,
and reads who-met for the first named person of a pair:

  (a) sameAs: the decisions give owl:sameAs, and the OWL 2 RL rules eq-sym, eq-rep-s and
      eq-rep-o (benchmarks/identity-sameas/*.ru) copy every statement of one record to the
      other, to a fixpoint; then the project's rules.
  (b) canonical: kg.canonical rewrites every occurrence of a merged record to the actor; then
      the project's rules.

Prints one RESULT line of JSON per approach (seconds, triples, who-met rows, and the rows whose
`other` is the actor under its other name)."""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(PROJECT))

import pyoxigraph as ox  # noqa: E402

from kg.build import _nquads, load_data_file, load_ontology, run_rules  # noqa: E402
from kg.canonical import merge_identities  # noqa: E402
from kg.config import ONTOLOGY_GRAPH, VOCAB_GRAPH, Paths  # noqa: E402
from kg.load import data_files  # noqa: E402
from kg.queries import load_query  # noqa: E402
from kg.store import EmbeddedStore  # noqa: E402

RIKG = "https://w3id.org/rikg/ontology#"
RPER = "https://w3id.org/rikg/id/person/"
GRAPH = ox.NamedNode("https://w3id.org/rikg/graph/bench-identities")
FOAF_NAME = ox.NamedNode("http://xmlns.com/foaf/0.1/name")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def pick_pairs(store: EmbeddedStore, n: int) -> list[tuple[str, str]]:
    """n (placeholder, named person) pairs, both taking part in some meeting, deterministic."""
    meetings = {q.subject for q in store.raw.quads_for_pattern(
        None, RDF_TYPE, ox.NamedNode(RIKG + "Meeting"))}
    in_meetings = {p.object for q in store.raw.quads_for_pattern(
        None, ox.NamedNode(RIKG + "hasParticipation"), None) if q.subject in meetings
        for p in store.raw.quads_for_pattern(q.object, ox.NamedNode(RIKG + "participant"), None)}
    participants = {x.value for x in in_meetings}
    placeholders = sorted({q.subject.value for q in store.raw.quads_for_pattern(
        None, ox.NamedNode(RIKG + "isPlaceholder"), None)} & participants)
    named = sorted({q.subject.value for q in store.raw.quads_for_pattern(None, FOAF_NAME, None)
                    if q.subject.value.startswith(RPER)} & participants)
    step_p, step_n = max(1, len(placeholders) // n), max(1, len(named) // n)
    return list(zip(placeholders[::step_p], named[::step_n]))[:n]


def decisions(pairs) -> list[ox.Quad]:
    out = []
    for i, (a, b) in enumerate(pairs):
        d = ox.NamedNode(f"https://w3id.org/rikg/id/match/decision-bench-{i}")
        out += [ox.Quad(d, RDF_TYPE, ox.NamedNode(RIKG + "IdentityDecision"), GRAPH),
                ox.Quad(d, ox.NamedNode(RIKG + "identityStatus"), ox.Literal("confirmed"), GRAPH),
                ox.Quad(d, ox.NamedNode(RIKG + "decidedAbout"), ox.NamedNode(a), GRAPH),
                ox.Quad(d, ox.NamedNode(RIKG + "decidedAbout"), ox.NamedNode(b), GRAPH)]
    return out


def loaded(paths: Paths) -> EmbeddedStore:
    store = EmbeddedStore()
    ontology, vocab = load_ontology(paths)
    store.load_nquads(_nquads({ONTOLOGY_GRAPH: ontology, VOCAB_GRAPH: vocab}))
    for f in data_files(paths):
        load_data_file(store, f)
    return store


def same_as(store: EmbeddedStore) -> int:
    """The sameAs rules to a fixpoint; returns the rounds."""
    rules = [(f.stem, f.read_text(encoding="utf-8"))
             for f in sorted((HERE / "identity-sameas").glob("*.ru"))]
    inferred = "https://w3id.org/rikg/graph/inferred"
    rounds = 0
    while True:
        rounds += 1
        before = store.count(inferred)
        for name, text in rules:
            store.update(text, name=name)
        if store.count(inferred) == before or rounds == 10:
            return rounds


def who_met(store: EmbeddedStore, paths: Paths, actor: str) -> tuple[float, list]:
    q = load_query(paths.queries / "who-met.rq")
    t = time.perf_counter()
    rows = list(store.raw.query(q.text, use_default_graph_as_union=True,
                                substitutions={ox.Variable("actor"): ox.NamedNode(actor)}))
    return time.perf_counter() - t, rows


def run(paths: Paths, approach: str, n: int) -> dict:
    t0 = time.perf_counter()
    store = loaded(paths)
    load_s = time.perf_counter() - t0
    pairs = pick_pairs(store, n)
    store.raw.extend(decisions(pairs))
    t = time.perf_counter()
    rounds = same_as(store) if approach == "sameAs" else len(merge_identities(store, paths)
                                                               .canonical_of)
    identity_s = time.perf_counter() - t
    t = time.perf_counter()
    run_rules(store, paths)
    rules_s = time.perf_counter() - t
    placeholder, named = pairs[0]
    query_s, rows = who_met(store, paths, named)
    others = [str(r["other"].value) for r in rows]
    return {"approach": approach, "pairs": len(pairs), "load_s": round(load_s, 2),
            "identity_s": round(identity_s, 3), "identity_rounds_or_merged": rounds,
            "rules_s": round(rules_s, 2), "triples": len(store.raw),
            "who_met_s": round(query_s, 3), "who_met_rows": len(rows),
            "who_met_distinct_others": len(set(others)),
            "rows_meeting_itself": others.count(placeholder)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("project", type=Path, help="a folder written by benchmarks/generate.py")
    ap.add_argument("--pairs", type=int, default=20)
    ap.add_argument("--approach", choices=["sameAs", "canonical", "both"], default="both")
    a = ap.parse_args(argv)
    # this checkout's ontology and queries (the identity terms, rules and lookups)
    for folder in ("ontology", "queries"):
        shutil.copytree(PROJECT / folder, a.project / folder, dirs_exist_ok=True)
    paths = Paths(root=a.project)
    for approach in (["sameAs", "canonical"] if a.approach == "both" else [a.approach]):
        print("RESULT " + json.dumps(run(paths, approach, a.pairs)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
