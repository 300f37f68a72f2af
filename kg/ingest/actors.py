"""People, unnamed groups and organisations (`people:`, `groups:`, `organisations:`,
`delegation:`)."""
from __future__ import annotations

import re

from rdflib import RDF, RDFS, XSD, Literal
from rdflib.namespace import DCTERMS as DCT, FOAF, SKOS

from ..config import ORG, RIKG, SCHEMA
from ..i18n import _
from ..text import normalise
from .read import _Obj
from .terms import AGENT, ORG_TYPES


def emit_person(sheet, o: _Obj) -> None:
    o.allow("id", "name", "family_name", "given_name", "label", "aliases", "unnamed",
            "holds", "distinct", "note", "description", "quote", "quotes")
    iri = sheet.iri_of(o, "person")
    if iri is None:
        return
    sheet.check_not_known_already(o, iri)
    sheet.add(iri, RDF.type, FOAF.Person)
    name = o.text("name")
    unnamed = o.flag("unnamed")
    if name and unnamed:
        sheet.problem(o.at("unnamed"), _("a person with a `name:` is not unnamed; leave out "
                        "one of the two"))
    labels = sheet.lang_texts(o, "label", sheet.notes_lang)
    if not name and not labels:
        sheet.problem(o.path, _("a person needs a `name:` (only when the report names them) or "
                        "a `label:` such as 'Dutch ambassador (unnamed in source)'"))
    if name:
        sheet.add(iri, FOAF.name, Literal(normalise(name)))
    for key, prop in (("family_name", FOAF.familyName), ("given_name", FOAF.givenName)):
        value = o.text(key)
        if value:
            sheet.add(iri, prop, Literal(normalise(value)))
    for lit in labels or ([Literal(normalise(name))] if name else []):
        sheet.add(iri, RDFS.label, lit)
    for lit in sheet.lang_texts(o, "aliases", sheet.lang):
        sheet.add(iri, SKOS.altLabel, lit)
    if unnamed:
        sheet.add(iri, RIKG.isPlaceholder, Literal(True))
    for post in sheet.refs(o, "holds", {"post"}):
        sheet.add(iri, ORG.holds, post)
        if post in sheet.declared:
            sheet.add(post, ORG.heldBy, iri)
    sheet.note_texts(o, iri)
    sheet.evidence(o, iri)

def emit_group(sheet, o: _Obj) -> None:
    o.allow("id", "label", "count", "members", "note", "description", "quote", "quotes")
    iri = sheet.iri_of(o, "person")
    if iri is None:
        return
    sheet.add(iri, RDF.type, RIKG.UnnamedGroup)
    sheet.add(iri, RDF.type, FOAF.Group)
    sheet.required_texts(o, "label", sheet.notes_lang, iri, RDFS.label,
        _("`label:` is missing (who they are, as the report says it)"))
    count = o.text("count")
    if count is not None:
        if re.fullmatch(r"\d+", count):
            sheet.add(iri, RIKG.memberCount, Literal(str(int(count)),
                                                     datatype=XSD.nonNegativeInteger))
        else:
            sheet.problem(o.at("count"), _("{value} must be a whole number (how many)").format(
                value=repr(count)))
    for m in sheet.refs(o, "members", AGENT):
        sheet.add(iri, FOAF.member, m)
    sheet.note_texts(o, iri)
    sheet.evidence(o, iri)

def emit_org(sheet, o: _Obj, forced_type: str | None, default: str | None = None) -> None:
    o.allow("id", "type", "kind", "acts_for", "name", "aliases", "label", "place",
            "territory", "unit_of", "part_of", "facilitated_by", "shares_facilities_with", "members", "implements",
            "themes", "distinct", "note", "description", "quote", "quotes")
    iri = sheet.iri_of(o, "org", default=default)
    if iri is None:
        return
    kind = forced_type or o.text("type") or "organisation"
    if kind not in ORG_TYPES:
        sheet.problem(o.at("type"), _(
            "{value} is not a kind of organisation; known: {known}").format(
            value=repr(kind), known=", ".join(ORG_TYPES)))
        kind = "organisation"
    for c in ORG_TYPES[kind]:
        sheet.add(iri, RDF.type, c)
    if kind != "delegation":
        sheet.check_not_known_already(o, iri)
    labels = sheet.lang_texts(o, "label", sheet.notes_lang)
    names = sheet.lang_texts(o, "name", sheet.lang, one_per_language=True)
    if not names and (kind != "delegation" or not labels):
        sheet.problem(o.path, _("`name:` is missing (the name of the organisation; in several "
                        "languages as `name: {nl: ..., en: ...}`)"))
    for lit in labels:
        sheet.add(iri, RDFS.label, lit)
    for lit in names:
        sheet.add(iri, SKOS.prefLabel, lit)
    for lit in sheet.lang_texts(o, "aliases", sheet.lang):
        sheet.add(iri, SKOS.altLabel, lit)
    members = sheet.refs(o, "members", AGENT if kind == "delegation" else {"org"})
    if members and kind not in ("delegation", "working-group"):
        sheet.problem(o.at("members"), _("only a delegation or a working group has members"))
    if kind == "working-group" and len(members) < 2:
        sheet.problem(o.at("members") if o.has("members") else o.path,
                      _("a working group needs at least two member organisations (`members:`)"))
    for m in members:
        sheet.add(iri, FOAF.member if kind == "delegation" else ORG.hasMember, m)
    for key, prop, kinds in (("place", SCHEMA.location, {"place"}),
                             ("territory", DCT.spatial, {"place"}),
                             ("acts_for", RIKG.actsFor, {"place"}),
                             ("unit_of", ORG.unitOf, {"org"}),
                             ("part_of", ORG.subOrganizationOf, {"org"}),
                             ("facilitated_by", RIKG.facilitatedBy, {"org"}),
                             ("shares_facilities_with", RIKG.sharesFacilitiesWith, {"org"}),
                             ("implements", RIKG.implements, {"agreement"})):
        for x in sheet.refs(o, key, kinds):
            sheet.add(iri, prop, x)
    for c in sheet.concepts(o, "themes", "theme"):
        sheet.add(iri, DCT.subject, c)
    if (c := sheet.concept(o, "kind", "kind")) is not None:
        sheet.add(iri, ORG.classification, c)
    sheet.note_texts(o, iri)
    sheet.evidence(o, iri)
