"""Identity decisions: a curator confirms or rejects that two records denote one agent.

A report sheet's `identities:` section (docs/report-sheets.md) becomes one
`rikg:IdentityDecision` per entry in the sheet's own graph:

    rmatch:decision-nl-ambassador-south-korea--peter-van-der-vliet a rikg:IdentityDecision ;
        rikg:decidedAbout rper:nl-ambassador-south-korea , rper:peter-van-der-vliet ;
        rikg:identityStatus "confirmed" ;             # or "rejected"
        prov:wasAttributedTo rrun:curator-... ;      # who
        dct:date "2026-12-07"^^xsd:date ;            # when
        rikg:decisionReason "..."@en ;               # why
        rikg:evidence rexc:press-kr-2024-2025-2 .    # the sentence it rests on

`decisions(files)` reads them back: reconciliation never proposes a rejected pair again and
lists a confirmed one as confirmed; kg.canonical merges confirmed ones at build time.
"""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS as DCT, PROV

from .config import RIKG
from .i18n import _
from .reconcile import RMATCH

STATUS_OF_KEY = {"same": "confirmed", "different": "rejected"}
FIELDS = ("same", "different", "decided_by", "decided_on", "why", "quote", "quotes")


def decision_iri(a: str, b: str) -> URIRef:
    """rmatch:decision-<first>--<second>, the two records in IRI order."""
    first, second = sorted((str(a), str(b)))
    return URIRef(f"{RMATCH}decision-{first.rsplit('/', 1)[-1]}--{second.rsplit('/', 1)[-1]}")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "curator"


def emit_identities(sheet, top) -> None:
    """The `identities:` entries of a sheet (kg.ingest.sheet._Sheet) as rikg:IdentityDecision nodes
    in its graph. Problems (a missing field, an unknown record, a pair of a person and an
    organisation) are reported on the sheet like any other field's."""
    from .ingest.terms import AGENT, RRUN   # (kg.ingest imports this module)
    for o in top.objs("identities"):
        o.allow(*FIELDS)
        given = [k for k in STATUS_OF_KEY if o.has(k)]
        if len(given) != 1:
            sheet.problem(o.path, _("give either `same: [a, b]` (one agent) or `different: "
                                    "[a, b]` (two agents)"))
            continue
        key = given[0]
        who = o.text("decided_by", required=True, what=_(" (who decided)"))
        when = sheet.date(o, "decided_on")
        if when is None and not o.has("decided_on"):
            sheet.problem(o.path, _("`decided_on:` is missing (when it was decided, "
                                    "YYYY-MM-DD)"))
        why = sheet.lang_texts(o, "why", sheet.notes_lang)
        if not why:
            sheet.problem(o.path, _("`why:` is missing (why the curator decided so)"))
        reported = len(sheet.problems)
        records = sheet.refs(o, key, AGENT, f"`{key}`")
        if len(o.texts(key)) != 2:
            sheet.problem(o.at(key), _("name exactly two people or organisations"))
            continue
        if len(records) == 1 and len(sheet.problems) == reported:
            sheet.problem(o.at(key), _("the two name the same record"))
        if len(records) != 2:
            continue            # the reference problem is reported
        if len({sheet._thing(r).kind for r in records}) != 1:
            sheet.problem(o.at(key), _("a person and an organisation are never one agent"))
            continue
        node = decision_iri(*records)
        status = STATUS_OF_KEY[key]
        a, b = sorted(records, key=str)
        words = "the same agent" if status == "confirmed" else "different agents"
        sheet.add(node, RDF.type, RIKG.IdentityDecision)
        sheet.add(node, RDFS.label, Literal(
            f"Identity decision: {sheet.label_of(a)} and {sheet.label_of(b)} are {words} "
            f"({status})", lang="en"))
        for r in (a, b):
            sheet.add(node, RIKG.decidedAbout, r)
        sheet.add(node, RIKG.identityStatus, Literal(status))
        if who:
            agent = RRUN[f"curator-{_slug(who)}"]
            sheet.add(node, PROV.wasAttributedTo, agent)
            sheet.add(agent, RDF.type, PROV.Agent)
            sheet.add(agent, RDFS.label, Literal(who))
        if when is not None:
            sheet.add(node, DCT.date, when.literal())
        for text in why:
            sheet.add(node, RIKG.decisionReason, text)
        sheet.evidence(o, node)


def decisions(files) -> dict[tuple[str, str], str]:
    """(first IRI, second IRI) -> "confirmed" or "rejected", from the Turtle files. A pair that
    one file confirms and another rejects counts as rejected: nothing is merged on a doubt."""
    about: dict[str, list[str]] = {}
    status: dict[str, str] = {}
    for f in files:
        for t in ox.parse(path=str(Path(f)), format=ox.RdfFormat.TURTLE):
            p = t.predicate.value
            if p == str(RIKG.decidedAbout):
                about.setdefault(t.subject.value, []).append(t.object.value)
            elif p == str(RIKG.identityStatus):
                status[t.subject.value] = t.object.value
    out: dict[tuple[str, str], str] = {}
    for node, pair in about.items():
        if len(set(pair)) == 2 and node in status:
            key = tuple(sorted(set(pair)))
            if out.get(key) != "rejected":
                out[key] = status[node]
    return out
