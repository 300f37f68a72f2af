"""Invitations (`invitations:`): who invited whom to what, made at which event."""
from __future__ import annotations

from rdflib import RDF, RDFS
from rdflib.namespace import PROV

from ..config import RIKG
from ..i18n import _
from .read import _Obj
from .terms import AGENT


def emit_invitation(sheet, o: _Obj) -> None:
    o.allow("id", "label", "by", "invitees", "to", "made_at", "note", "description",
            "quote", "quotes")
    iri = sheet.iri_of(o, "invitation")
    if iri is None:
        return
    sheet.add(iri, RDF.type, RIKG.Invitation)
    for lit in sheet.lang_texts(o, "label", sheet.notes_lang):
        sheet.add(iri, RDFS.label, lit)
    for a in sheet.refs(o, "by", AGENT):
        sheet.add(iri, RIKG.invitedBy, a)
    invitees = sheet.refs(o, "invitees", AGENT)
    if not invitees and not o.has("invitees"):
        sheet.problem(o.path, _("`invitees:` is missing (who was invited)"))
    for a in invitees:
        sheet.add(iri, RIKG.invitee, a)
    sheet.add(iri, RIKG.invitedTo, sheet.ref1(o, "to", {"event"}))
    sheet.add(iri, PROV.wasGeneratedBy, sheet.ref1(o, "made_at", {"event"}))
    sheet.note_texts(o, iri)
    sheet.evidence(o, iri)
