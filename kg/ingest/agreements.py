"""Agreements (`agreements:`): memoranda and other agreements, their parties, signatories and
signing."""
from __future__ import annotations

from rdflib import RDF
from rdflib.namespace import DCTERMS as DCT, SKOS

from ..config import RIKG
from ..i18n import _
from .read import _Obj, field_name
from .terms import AGENT, AGREEMENT_TYPES, AGREEMENT_WORDS


def emit_agreement(sheet, o: _Obj) -> None:
    o.allow("id", "type", "name", "aliases", "parties", "signatories", "signed", "signed_at",
            "themes", "note", "description", "quote", "quotes")
    iri = sheet.iri_of(o, "agreement")
    if iri is None:
        return
    kind = o.text("type") or "agreement"
    kind = AGREEMENT_WORDS.get(kind, kind)
    kind_concept = sheet.concept(o, "type", "agreement-kind", value=kind, where=o.at("type"))
    sheet.add(iri, RDF.type, AGREEMENT_TYPES.get(kind, RIKG.Agreement))
    if kind not in AGREEMENT_TYPES:      # the class already says mou / agreement
        sheet.add(iri, DCT.type, kind_concept)
    sheet.required_texts(o, "name", sheet.lang, iri, SKOS.prefLabel,
        _("`name:` is missing (the name of the agreement)"), one_per_language=True)
    for lit in sheet.lang_texts(o, "aliases", sheet.lang):
        sheet.add(iri, SKOS.altLabel, lit)
    parties = sheet.refs(o, "parties", AGENT)
    if len(parties) < 2 and not any(p.message for p in sheet.problems
                                    if p.field.startswith(field_name(o.at("parties")))):
        sheet.problem(o.at("parties") if o.has("parties") else o.path,
                      _("an agreement needs at least two `parties:`"))
    for p in parties:
        sheet.add(iri, RIKG.party, p)
    for p in sheet.refs(o, "signatories", AGENT):
        sheet.add(iri, RIKG.signatory, p)
    d = sheet.date(o, "signed", yearless=True)
    if d:
        sheet.add(iri, RIKG.signingDate, d.literal())
    sheet.add(iri, RIKG.signedAt, sheet.ref1(o, "signed_at", {"event"}))
    for c in sheet.concepts(o, "themes", "theme"):
        sheet.add(iri, DCT.subject, c)
    sheet.note_texts(o, iri)
    sheet.evidence(o, iri)
