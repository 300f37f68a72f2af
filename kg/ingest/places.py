"""Places (`places:`): countries, regions, cities, each within another."""
from __future__ import annotations

from rdflib import RDF
from rdflib.namespace import DCTERMS as DCT, SKOS

from ..config import SCHEMA
from ..i18n import _
from .read import _Obj
from .terms import PLACE_TYPES


def emit_place(sheet, o: _Obj) -> None:
    o.allow("id", "type", "name", "aliases", "in", "distinct", "note", "description",
            "quote", "quotes")
    iri = sheet.iri_of(o, "place")
    if iri is None:
        return
    sheet.check_not_known_already(o, iri)
    kind = o.text("type") or "place"
    if kind not in PLACE_TYPES:
        sheet.problem(o.at("type"), _("{value} is not a kind of place; known: {known}").format(
                      value=repr(kind), known=", ".join(PLACE_TYPES)))
        kind = "place"
    for c in PLACE_TYPES[kind]:
        sheet.add(iri, RDF.type, c)
    sheet.add(iri, RDF.type, DCT.Location)
    sheet.required_texts(o, "name", sheet.lang, iri, SKOS.prefLabel,
        _("`name:` is missing (the name of the place)"), one_per_language=True)
    for lit in sheet.lang_texts(o, "aliases", sheet.lang):
        sheet.add(iri, SKOS.altLabel, lit)
    for p in sheet.refs(o, "in", {"place"}):
        sheet.add(iri, SCHEMA.containedInPlace, p)
    sheet.note_texts(o, iri)
    sheet.evidence(o, iri)
