"""Posts (`posts:`): an org:Post in an organisation, with its role and holders."""
from __future__ import annotations

from rdflib import RDF
from rdflib.namespace import SKOS

from ..config import ORG
from ..i18n import _
from .read import _Obj


def emit_post(sheet, o: _Obj) -> None:
    o.allow("id", "name", "aliases", "role", "in", "held_by", "distinct", "note",
            "description", "quote", "quotes")
    iri = sheet.iri_of(o, "post")
    if iri is None:
        return
    sheet.check_not_known_already(o, iri)
    sheet.add(iri, RDF.type, ORG.Post)
    sheet.required_texts(o, "name", sheet.lang, iri, SKOS.prefLabel,
        _("`name:` is missing (e.g. 'Governor of Gyeonggi')"), one_per_language=True)
    for lit in sheet.lang_texts(o, "aliases", sheet.lang):
        sheet.add(iri, SKOS.altLabel, lit)
    sheet.add(iri, ORG.postIn, sheet.ref1(o, "in", {"org"}, required=True))
    sheet.add(iri, ORG.role, sheet.concept(o, "role", "post-role", required=True))
    for person in sheet.refs(o, "held_by", {"person"}):
        sheet.add(iri, ORG.heldBy, person)
        if person in sheet.declared:
            sheet.add(person, ORG.holds, iri)
    sheet.note_texts(o, iri)
    sheet.evidence(o, iri)
