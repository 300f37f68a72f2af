"""The seed report's gold facts, read from its hand-modelled graph (data/ttl/nb-2025-03-kr.ttl
with the registry's actors cited by it), in the format of benchmarks/corpus/*/gold.yaml.

The seed was modelled by hand before the extractor existed, so its graph is its gold. Its dates
are not a separate list in the graph (they sit on events, the agreement and follow-ups), so the
seed has no `dates` gold (None: not scored)."""
from __future__ import annotations

from pathlib import Path

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS as DCT, FOAF, ORG, RDFS, SKOS, TIME

from kg.config import OA, RIKG, SCHEMA
from kg.ingest import kind_of, local_name

from corpus_scoring import event_kind

SEED = "nb-2025-03-kr"
_EXCERPT = "https://w3id.org/rikg/id/excerpt/" + SEED
_EVENT_KIND = {RIKG.Mission: "mission", RIKG.Meeting: "meeting", RIKG.SiteVisit: "visit"}


def _quotes(g: Graph, s) -> list[str]:
    out = []
    for x in g.objects(s, RIKG.evidence):
        if str(x).startswith(_EXCERPT):
            out += [str(t) for sel in g.objects(x, OA.hasSelector) for t in g.objects(sel, OA.exact)]
    return sorted(out)


def _labels(g: Graph, s) -> list[str]:
    out = []
    for p in (FOAF.name, SKOS.prefLabel, RDFS.label, SKOS.altLabel, FOAF.familyName):
        out += [o for o in sorted(map(str, g.objects(s, p))) if o not in out]
    return out


def _fact(names: list[str], quotes: list[str], **rest) -> dict:
    return {"name": names[0] if names else "", "aliases": names[1:], "quote": quotes[0],
            "quotes": quotes, **rest}


def _event_date(g: Graph, e) -> dict | None:
    for d in g.objects(e, SCHEMA.startDate):
        return {"as_stated": str(d), "when": str(d)}
    for t in g.objects(e, TIME.hasTime):
        stated = next((str(o) for o in g.objects(t, RIKG.timeDescription)), None)
        when = next((str(v) for b in g.objects(t, TIME.hasBeginning)
                     for p in (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear)
                     for v in g.objects(b, p)), None)
        return {"as_stated": stated or when, "when": when}
    return None


def seed_gold(root: Path) -> dict:
    report = Graph().parse(root / "data" / "ttl" / f"{SEED}.ttl")
    registry = Graph().parse(root / "data" / "ttl" / "registry.ttl")
    g = report + registry

    actors = []
    subjects = {t for triple in report for t in (triple[0], triple[2])
                if isinstance(t, URIRef) and kind_of(t) in ("person", "org")}
    subjects |= {s for s in registry.subjects(RDF.type, None)
                 if kind_of(s) in ("person", "org") and _quotes(g, s)}   # excerpts: report graph
    for a in sorted(subjects, key=str):
        quotes = _quotes(g, a)
        if not quotes:
            continue
        types = set(g.objects(a, RDF.type))
        count = next((int(c) for c in g.objects(a, RIKG.memberCount)), None)
        if RIKG.Delegation in types:
            actors.append(_fact(["delegation"] + _labels(g, a), quotes, kind="group"))
        elif RIKG.UnnamedGroup in types or FOAF.Group in types:
            actors.append(_fact(_labels(g, a), quotes, kind="group", count=count))
        else:
            kind = "person" if FOAF.Person in types else "organisation"
            actors.append(_fact(_labels(g, a), quotes, kind=kind))

    # posts: the capacities people take part in, and the posts the report's people hold
    held = {(post, part_who) for part in report.subjects(RDF.type, RIKG.Participation)
            for post in report.objects(part, RIKG.inCapacityOf)
            for part_who in report.objects(part, RIKG.participant)}
    held |= {(post, who) for who in subjects for post in g.objects(who, ORG.holds)}
    posts = []
    for post, who in sorted(held, key=str):
        quotes = _quotes(g, post) or _quotes(g, who)
        if not quotes:
            continue
        named = next(g.objects(who, FOAF.name), None) or next(g.objects(who, FOAF.familyName), None)
        posts.append({"title": " / ".join(_labels(g, post)), "holder": str(named) if named else None,
                      "quote": quotes[0], "quotes": quotes})

    events = []
    for t, kind in list(_EVENT_KIND.items()) + [(RIKG.Event, None)]:
        for e in sorted(report.subjects(RDF.type, t), key=str):
            etype = next((local_name(x).rsplit("/", 1)[-1] for x in g.objects(e, DCT.type)), "")
            quotes = _quotes(g, e)
            if quotes:
                # English name first, then by text: a set of two languages has no order of its own
                names = sorted(g.objects(e, SCHEMA.name), key=lambda n: (n.language != "en", str(n)))
                events.append(_fact([str(n) for n in names] or [local_name(e)],
                                    quotes, kind=kind or event_kind(etype), date=_event_date(g, e)))

    agreements = [_fact(_labels(g, a), _quotes(g, a), kind="mou")
                  for a in report.subjects(RDF.type, RIKG.MemorandumOfUnderstanding) if _quotes(g, a)]
    agreements += [_fact(_labels(g, a), _quotes(g, a), kind="agreement")
                   for a in report.subjects(RDF.type, RIKG.Agreement) if _quotes(g, a)]
    follow_ups = [{"what": (_labels(g, f) or [local_name(f)])[0], "quote": _quotes(g, f)[0],
                   "quotes": _quotes(g, f)}
                  for f in report.subjects(RDF.type, RIKG.FollowUpAction) if _quotes(g, f)]
    amounts = []
    for cost in report.subjects(RDF.type, RIKG.CostStatement):
        for prop in (RIKG.actualCost, RIKG.budgetedCost):
            for node in report.objects(cost, prop):
                amounts.append({"value": str(next(report.objects(node, SCHEMA.value))),
                                "currency": str(next(report.objects(node, SCHEMA.currency))),
                                "quote": (_quotes(g, node) or _quotes(g, cost))[0]})
    return {"report": SEED, "actors": actors, "posts": posts, "events": events, "dates": None,
            "agreements": agreements, "follow_ups": follow_ups, "amounts": amounts}
