"""The provenance of one run of `kg add`: rgraph:<report> prov:wasGeneratedBy rrun:<report>-sheet,
an activity that used the sheet file and was carried out by the software agent rrun:kg-<version>
at prov:endedAtTime. Those run triples are the only ones that change between two runs of the
same sheet (`sheet_provenance`, `without_provenance`)."""
from __future__ import annotations

import datetime as dt
import hashlib

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS as DCT, PROV

from .. import __version__
from ..config import GRAPH
from .terms import RRUN
from .turtle import bind_prefixes


def emit_provenance(sheet) -> None:
    r = sheet.report
    sheet.current_section = "Provenance of this file"
    run, used, agent = RRUN[f"{r}-sheet"], RRUN[f"{r}-sheet-file"], RRUN[f"kg-{__version__}"]
    sheet.add(GRAPH[r], PROV.wasGeneratedBy, run)
    sheet.add(run, RDF.type, PROV.Activity)
    sheet.add(run, RDFS.label, Literal(f"kg add of the report sheet for {r}", lang="en"))
    sheet.add(run, PROV.used, used)
    sheet.add(run, PROV.wasAssociatedWith, agent)
    now = (sheet.now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    sheet.add(run, PROV.endedAtTime, Literal(now.isoformat(), datatype=XSD.dateTime))
    sheet.add(used, RDF.type, PROV.Entity)
    sheet.add(used, RDFS.label, Literal(sheet.sheet_path_text()))
    sheet.add(used, DCT.identifier,
              Literal("sha256:" + hashlib.sha256(sheet.file.read_bytes()).hexdigest()))
    sheet.add(agent, RDF.type, PROV.SoftwareAgent)
    sheet.add(agent, RDFS.label, Literal(f"kg {__version__}"))


def sheet_provenance(graph: Graph, report_id: str) -> Graph:
    """The triples about this run of `kg add` (the activity, the sheet file, the software agent,
    and rgraph:<id> prov:wasGeneratedBy): what changes between two runs of one sheet and what a
    hand-written report file does not have."""
    out = Graph()
    run_nodes = {o for o in graph.objects(GRAPH[report_id], PROV.wasGeneratedBy)}
    frontier = set(run_nodes)
    while frontier:
        node = frontier.pop()
        for p, o in graph.predicate_objects(node):
            out.add((node, p, o))
            if isinstance(o, URIRef) and str(o).startswith(str(RRUN)) and o not in run_nodes:
                run_nodes.add(o)
                frontier.add(o)
    for node in graph.objects(GRAPH[report_id], PROV.wasGeneratedBy):
        out.add((GRAPH[report_id], PROV.wasGeneratedBy, node))
    return out


def without_provenance(graph: Graph, report_id: str) -> Graph:
    """The graph without `sheet_provenance` (for comparing two runs, or a run with a
    hand-written file)."""
    drop = sheet_provenance(graph, report_id)
    out = Graph()
    bind_prefixes(out)
    for t in graph:
        if t not in drop:
            out.add(t)
    return out

