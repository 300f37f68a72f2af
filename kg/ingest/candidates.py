"""Match candidates: new people and organisations that may be ones already known, proposed for a
person to confirm (never merged)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from ..config import RIKG
from ..identities import decisions
from ..reconcile import agent_facts, compare
from .known import local_name
from .terms import RMATCHNS


def emit_candidates(sheet) -> None:
    """People and organisations of this sheet that may be ones already known (same post,
    family name, same meeting, name variants): a rikg:MatchCandidate each, and
    <new> rikg:possiblySame <known> while undecided. A pair a curator rejected (this
    sheet's or another file's `identities:`) is not proposed again; a confirmed one is
    listed as confirmed (kg.canonical merges it at build time; never owl:sameAs)."""
    mine = {str(i) for i, k in sheet.declared.items() if k.kind in ("person", "org")}
    if not mine:
        return
    g = sheet.graph()
    tmp = Graph()
    for t in g:
        tmp.add(t)
    with tempfile.TemporaryDirectory() as d:
        own = Path(d) / f"{sheet.report}.ttl"
        tmp.serialize(own, format="turtle")
        files = [f for f in sorted(sheet.paths.data_dir.glob("*.ttl"))
                 if f.stem != sheet.report] if sheet.paths.data_dir.exists() else []
        names: dict[str, str] = {}
        agents = agent_facts(files + [own], names)
        decided = decisions(files + [own])
    for new_iri in sorted(mine):
        new = agents.get(new_iri)
        if new is None:
            continue
        for other in sorted(agents.values(), key=lambda a: a.iri):
            if other.iri in mine or other.iri == new_iri:
                continue
            c = compare(new, other, names)
            if c is None:
                continue
            a, b = URIRef(other.iri), URIRef(new_iri)
            status = decided.get((c.a, c.b), "unconfirmed")
            if status == "rejected":
                continue
            node = RMATCHNS[f"{local_name(a)}--{local_name(b)}"]
            sheet.add(node, RDF.type, RIKG.MatchCandidate)
            sheet.add(node, RDFS.label, Literal(
                f"Possibly the same: {sheet.label_of(a)} and {sheet.label_of(b)} "
                "(to be confirmed)", lang="en"))
            sheet.add(node, RIKG.candidate, a)
            sheet.add(node, RIKG.candidate, b)
            for r in c.reasons:
                sheet.add(node, RIKG.matchReason, Literal(r, lang="en"))
            sheet.add(node, RIKG.matchScore, Literal(str(c.score), datatype=XSD.decimal))
            sheet.add(node, RIKG.matchStatus, Literal(status))
            for x in sheet.po.get(b, []):
                if x[0] == RIKG.evidence:
                    sheet.add(node, RIKG.evidence, x[1])
            if status == "unconfirmed":
                sheet.add(b, RIKG.possiblySame, a)
