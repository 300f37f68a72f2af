"""Outcomes (`outcomes:`): results of a mission or event."""
from __future__ import annotations

from rdflib import RDF, RDFS
from rdflib.namespace import DCTERMS as DCT

from ..config import RIKG
from ..i18n import _
from .read import _Obj
from .terms import ANY


def emit_outcome(sheet, o: _Obj, i: int) -> None:
    o.allow("id", "label", "of", "themes", "concerns", "note", "description", "quote",
            "quotes")
    iri = sheet.iri_of(o, "outcome", scoped=True, default=str(i + 1))
    if iri is None:
        return
    sheet.add(iri, RDF.type, RIKG.Outcome)
    for lit in sheet.lang_texts(o, "label", sheet.notes_lang):
        sheet.add(iri, RDFS.label, lit)
    of = sheet.refs(o, "of", {"event"})
    if not of and not o.has("of"):
        sheet.problem(o.path, _("`of:` is missing (the mission or event this is a result of)"))
    for e in of:
        sheet.add(iri, RIKG.outcomeOf, e)
    for c in sheet.concepts(o, "themes", "theme"):
        sheet.add(iri, DCT.subject, c)
    for x in sheet.refs(o, "concerns", ANY):
        sheet.add(iri, RIKG.concerns, x)
    sheet.note_texts(o, iri)
    sheet.evidence(o, iri)
