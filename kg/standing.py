"""Standing relations: what lasts between two regions or organisations (sister cities, a
partnership since a year), from a sheet's `standing_relations:` section (kg.ingest).

    rrel:<id> a rikg:StandingRelation ;
        rdfs:label "Zeestad – Hafenstadt: sister cities"@en ;
        dct:type relkind:sister-cities ;
        rikg:relationParty rorg:gemeente-zeestad , rorg:stadt-hafenstadt ;
        rikg:since "2007"^^xsd:gYear ;
        rikg:evidence rexc:<report>-<n> .

The relation carries its sentences itself (rikg:evidence), like a tenure: it is one fact."""
from __future__ import annotations

from rdflib import RDF, RDFS, Literal, Namespace
from rdflib.namespace import DCTERMS as DCT

from .config import PREFIXES, RIKG
from .i18n import _

RREL = Namespace(PREFIXES["rrel"])


def emit_standing_relation(sheet, o) -> None:
    """One `standing_relations:` entry of the sheet into the report graph."""
    from .ingest.terms import AGENT, SLUG   # (kg.ingest imports this module)
    o.allow("id", "kind", "between", "since", "themes", "note", "description", "quote", "quotes")
    local = o.text("id", required=True, what=_(" (e.g. {example})").format(
        example="zeestad-hafenstadt-sister-cities"))
    if local is not None and not SLUG.fullmatch(local):
        sheet.problem(o.at("id"), _("{value} is not a usable id: use lower-case letters, "
                                    "digits and hyphens").format(value=repr(local)))
        local = None
    kind = sheet.concept(o, "kind", "relation-kind", required=True)
    parties = sheet.refs(o, "between", AGENT)
    if len(o.texts("between")) != 2:
        sheet.problem(o.at("between") if o.has("between") else o.path,
                      _("a standing relation is `between:` exactly two regions or "
                        "organisations"))
        return
    since = sheet.date(o, "since")
    if local is None or kind is None or len(parties) != 2 or (o.has("since") and since is None):
        return
    iri = RREL[local]
    sheet.add(iri, RDF.type, RIKG.StandingRelation)
    a, b = (sheet.label_of(p) for p in parties)
    sheet.add(iri, RDFS.label, Literal(f"{a} – {b}: {sheet.vocab.labels.get(kind, '')}",
                                       lang="en"))
    sheet.add(iri, DCT.type, kind)
    for p in parties:
        sheet.add(iri, RIKG.relationParty, p)
    if since is not None:
        sheet.add(iri, RIKG.since, since.literal())
    for c in sheet.concepts(o, "themes", "theme"):
        sheet.add(iri, DCT.subject, c)
    sheet.note_texts(o, iri)
    sheet.evidence(o, iri)
