"""Events (`mission:`, `programme:`, `events:`): the class by kind or type, what they are part of,
where, about what, with their participations and time."""
from __future__ import annotations

from rdflib import RDF, URIRef
from rdflib.namespace import DCTERMS as DCT

from ..config import RIKG, SCHEMA
from ..i18n import _
from .participations import emit_participation
from .read import _Obj
from .terms import AGENT, ANY, EVENT_KINDS, KIND_OF_TYPE
from .times import emit_time


def emit_event(sheet, o: _Obj, default_id: str | None = None, scoped: bool = False,
               default_type: str | None = None, part_of_default: URIRef | None = None) -> None:
    o.allow("id", "kind", "type", "status", "name", "date", "place", "organiser", "part_of",
            "after", "follow_up_of", "concerns", "themes", "participants", "note", "description",
            "quote", "quotes")
    iri = sheet.iri_of(o, "event", scoped=scoped, default=default_id)
    if iri is None:
        return
    type_notation = o.text("type") or default_type
    etype = sheet.concept(o, "type", "type", value=type_notation,
                          where=o.at("type")) if type_notation else None
    kind = o.text("kind") or KIND_OF_TYPE.get(type_notation or "", "event")
    if kind not in EVENT_KINDS:
        sheet.problem(o.at("kind"), _(
            "{value} is not a kind of event; known: {known} (only meetings "
            "count for who met whom)").format(
            value=repr(kind), known=", ".join(EVENT_KINDS)))
        kind = "event"
    sheet.add(iri, RDF.type, EVENT_KINDS[kind])
    sheet.add(iri, DCT.type, etype)
    sheet.add(iri, SCHEMA.eventStatus, sheet.concept(o, "status", "status"))
    names = sheet.required_texts(o, "name", sheet.lang, iri, SCHEMA.name,
        _("`name:` is missing (what the event was, e.g. 'Lunch with the "
          "vice-governor')"))
    if o.has("part_of"):
        sheet.add(iri, SCHEMA.superEvent, sheet.ref1(o, "part_of", {"event"}))
    elif part_of_default is not None and part_of_default != iri:
        sheet.add(iri, SCHEMA.superEvent, part_of_default)
    for p in sheet.refs(o, "place", {"place"}):
        sheet.add(iri, SCHEMA.location, p)
    for a in sheet.refs(o, "organiser", AGENT):
        sheet.add(iri, SCHEMA.organizer, a)
    for e in sheet.refs(o, "after", {"event"}):
        sheet.add(iri, RIKG.after, e)
    for e in sheet.refs(o, "follow_up_of", {"event"}):
        sheet.add(iri, RIKG.followUpOf, e)
    for x in sheet.refs(o, "concerns", ANY):
        sheet.add(iri, RIKG.concerns, x)
    for c in sheet.concepts(o, "themes", "theme"):
        sheet.add(iri, DCT.subject, c)
    sheet.note_texts(o, iri)
    evidence = sheet.evidence(o, iri)
    for i, p in enumerate(o.objs("participants")):
        emit_participation(sheet, iri, p, evidence, names)
    if o.data.get("date") is not None:
        emit_time(sheet, o, "date", iri, evidence, on_event=True,
                       period_default="the " + ("mission" if kind == "mission" else "event"))
