"""RDF terms read alike whether they are rdflib's or pyoxigraph's: `kg query`'s table shows the
embedded store's own terms (importing rdflib costs about 0.1 s of CPU a command), while the
library's answers, csv, json and the other engines give rdflib's. Nothing here imports rdflib:
a term of rdflib's can only exist once rdflib has been imported."""
from __future__ import annotations

import sys

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"


def _of_rdflib(term, name: str) -> bool:
    rdflib = sys.modules.get("rdflib")
    return rdflib is not None and isinstance(term, getattr(rdflib, name))


def is_iri(term) -> bool:
    return isinstance(term, ox.NamedNode) or _of_rdflib(term, "URIRef")


def is_literal(term) -> bool:
    return isinstance(term, ox.Literal) or _of_rdflib(term, "Literal")


def lexical(term) -> str:
    """An IRI as it is, a literal's lexical form (str() of a pyoxigraph term is N-Triples)."""
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)) else str(term)


def datatype(term) -> str | None:
    """A literal's datatype IRI; None for a language-tagged literal, and for a plain one as
    rdflib makes it (pyoxigraph says xsd:string: a reader takes both as a plain string)."""
    if isinstance(term, ox.Literal):
        return None if term.language else term.datatype.value
    return None if term.datatype is None else str(term.datatype)


def language(term) -> str | None:
    """A literal's language tag, else None."""
    return term.language or None


def plain_literal(text: str):
    """A plain string literal (pyoxigraph's: made while rendering, which reads both alike)."""
    return ox.Literal(text)


def to_rdflib_term(term):
    """rdflib's form of a term of either library (imports rdflib when given pyoxigraph's)."""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        from .store import to_rdflib
        return to_rdflib(term)
    return term
