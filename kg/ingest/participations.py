"""Participations: who took part in an event, in which role, on whose behalf
(rpart:<event>--<who>)."""
from __future__ import annotations

from rdflib import RDF, RDFS, Literal, URIRef

from ..config import RIKG
from ..i18n import _
from .known import curie, local_name
from .read import _Obj
from .terms import AGENT, RPART


def emit_participation(sheet, event: URIRef, p: _Obj, evidence: list[URIRef],
                       event_names: list[Literal]) -> None:
    p.allow("who", "role", "on_behalf_of", "capacity", "label", "note", "quote", "quotes")
    who = sheet.ref1(p, "who", AGENT, required=True, what=_("a participant (`who`)"))
    role = sheet.concept(p, "role", "role", required=True)
    if who is None:
        return
    iri = RPART[f"{local_name(event)}--{local_name(who)}"]
    if iri in sheet.po:
        sheet.problem(p.at("who"), _("{id} takes part in this event twice; give one "
                                     "participation per participant").format(id=curie(who)))
        return
    sheet.add(event, RIKG.hasParticipation, iri)
    sheet.add(iri, RDF.type, RIKG.Participation)
    labels = sheet.lang_texts(p, "label", sheet.notes_lang)
    if not labels:
        event_name = next((str(n) for n in event_names if n.language == "en"),
                          str(event_names[0]) if event_names else local_name(event))
        role_label = sheet.vocab.labels.get(role, "participant") if role else "participant"
        labels = [Literal(f"{sheet.label_of(who)} ({role_label}) in {event_name}", lang="en")]
    for lit in labels:
        sheet.add(iri, RDFS.label, lit)
    sheet.add(iri, RIKG.participant, who)
    sheet.add(iri, RIKG.participationRole, role)
    sheet.add(iri, RIKG.onBehalfOf, sheet.ref1(p, "on_behalf_of", {"org"}))
    sheet.add(iri, RIKG.inCapacityOf, sheet.ref1(p, "capacity", {"post"}))
    sheet.note_texts(p, iri)
    # without the event's own quote (a problem already reported) nothing is inherited
    sheet.evidence(p, iri, inherit=evidence, required=bool(evidence))
