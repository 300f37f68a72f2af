"""The report itself and the documents it refers to: rdoc:<report> (title, language, publisher, file
and its checksum) and `documents:`."""
from __future__ import annotations

import hashlib
import re

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS as DCT, FOAF

from ..config import RIKG, SCHEMA
from ..i18n import _
from .read import _Obj
from .terms import AGENT


def emit_source(sheet, doc: URIRef) -> None:
    s = sheet.source
    s.allow("title", "publisher", "date", "language", "identifier", "file", "original",
            "text", "address", "articles", "sha256", "note", "description", "quote", "quotes")
    sheet.add(doc, RDF.type, RIKG.SourceReport)
    sheet.required_texts(s, "title", sheet.lang, doc, DCT.title,
        _("`title:` is missing (the title of the report)"))
    sheet.add(doc, DCT.language, Literal(sheet.lang))
    for p in sheet.refs(s, "publisher", AGENT):
        sheet.add(doc, DCT.publisher, p)
    d = sheet.date(s, "date")
    if d:
        sheet.add(doc, DCT.date, d.literal())
    ident = s.text("identifier")
    if ident:
        sheet.add(doc, DCT.identifier, Literal(ident))
    file = s.text("file")
    if file:
        sheet.add(doc, DCT.source, Literal(file))
    for article, _where in s.texts("articles"):      # what a summary is based on (identifiers)
        sheet.add(doc, DCT.source, Literal(article))
    emit_address(sheet, s, doc)
    checksum = None
    for key in ("original", "file"):
        name = s.text(key)
        if name:
            found = sheet.resolve_file(name)
            if found is None:
                if key == "original":
                    sheet.problem(s.at(key), _("the file {name} does not exist").format(
                        name=repr(name)))
                continue
            checksum = hashlib.sha256(found.read_bytes()).hexdigest()
            break
    given = s.text("sha256")
    if given and checksum and given.lower() != checksum:
        sheet.problem(s.at("sha256"), _("does not match the file ({checksum})").format(
            checksum=checksum))
    elif given and not re.fullmatch(r"[0-9a-fA-F]{64}", given):
        sheet.problem(s.at("sha256"), _("must be 64 hexadecimal characters"))
    checksum = checksum or (given.lower() if given else None)
    if checksum:
        sheet.add(doc, RIKG.sha256, Literal(checksum))
    sheet.note_texts(s, doc)
    sheet.evidence(s, doc, required=False)

def emit_address(sheet, o: _Obj, subject: URIRef) -> None:
    """`address:` of the report or a document: a web address, or a problem at its line (an IRI
    made of any text would pass every check and be served as a broken link)."""
    address = o.text("address")
    if not address:
        return
    if re.fullmatch(r"https?://\S+", address):
        sheet.add(subject, SCHEMA.url, URIRef(address))
    else:
        sheet.problem(o.at("address"), _("{value} is not a web address (https://…)").format(
            value=repr(address)))


def emit_document(sheet, o: _Obj) -> None:
    o.allow("id", "label", "identifier", "address", "note", "description", "quote", "quotes")
    iri = sheet.iri_of(o, "document")
    if iri is None:
        return
    sheet.add(iri, RDF.type, FOAF.Document)
    sheet.required_texts(o, "label", sheet.notes_lang, iri, RDFS.label,
        _("`label:` is missing (what the document is)"))
    ident = o.text("identifier")
    if ident:
        sheet.add(iri, DCT.identifier, Literal(ident))
    emit_address(sheet, o, iri)
    sheet.note_texts(o, iri)
    sheet.evidence(o, iri)
