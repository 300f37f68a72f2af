"""Reason: owlrl closes the small ontology (class and property hierarchy, inverses, domains and
ranges); the instance inferences are SPARQL update rules (queries/rules/*.ru) run to a fixpoint
in the store, because full owlrl closure does not scale past ~100k triples."""
from __future__ import annotations

from pathlib import Path

import owlrl
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef

from .config import Paths
from .errors import KGError
from .i18n import _

ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")

# What a closed ontology contributes to the instance rules; everything else owlrl adds at the
# TBox level (owl:Thing supertypes, reflexive sameAs, literal subjects) is clutter.
_TBOX_PREDICATES = {RDFS.subClassOf, RDFS.subPropertyOf, OWL.inverseOf, RDFS.domain, RDFS.range,
                    OWL.equivalentClass, OWL.equivalentProperty}
_TRIVIAL_CLASSES = {OWL.Thing, RDFS.Resource, OWL.Nothing, RDFS.Class, OWL.Class}
_PROPERTY_KINDS = {OWL.TransitiveProperty, OWL.SymmetricProperty}


class ReasoningError(KGError):
    """owlrl found an inconsistency (its err:ErrorMessage triples)."""


def owlrl_errors(graph: Graph) -> list[str]:
    return sorted(str(m) for e in graph.subjects(RDF.type, ERR.ErrorMessage)
                  for m in graph.objects(e, ERR.error))


def full_closure(graph: Graph) -> Graph:
    """owlrl OWL 2 RL closure of a copy of `graph`; returns only the new, non-clutter triples.
    Used on the ontology at build time and, in tests, on the whole seed to check the rules."""
    work = Graph()
    for t in graph:
        work.add(t)
    before = set(work)
    # improved_datatypes=False: owlrl's own lexical converters are global and leave a broken
    # xsd:gMonth parser behind in rdflib ("--03" then logs a traceback on every parse)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False,
                           improved_datatypes=False).expand(work)
    errors = owlrl_errors(work)
    if errors:
        raise ReasoningError(_("owlrl found an inconsistency: {reason}").format(
            reason=errors[0]), details=errors)
    inferred = Graph()
    for s, p, o in set(work) - before:
        if isinstance(s, Literal) or (p == OWL.sameAs and s == o):
            continue
        inferred.add((s, p, o))
    return inferred


def tbox_closure(ontology: Graph) -> Graph:
    """The entailed hierarchy, inverse, domain/range and property-kind axioms of the ontology."""
    kept = Graph()
    for s, p, o in full_closure(ontology):
        if isinstance(s, BNode) or isinstance(o, BNode) or s == o:
            continue
        if p in _TBOX_PREDICATES and o not in _TRIVIAL_CLASSES:
            kept.add((s, p, o))
        elif p == RDF.type and o in _PROPERTY_KINDS:
            kept.add((s, p, o))
    return kept


def rule_files(paths: Paths, delta: bool = False) -> list[Path]:
    """The instance rules in order; the `met` rule (90-) runs once after the fixpoint. With
    `delta`, their semi-naive variants (queries/rules/delta/), which read the statements new in
    the last round from the delta graph."""
    folder = paths.queries / "rules" / ("delta" if delta else "")
    return sorted(folder.glob("*.ru"))


def fixpoint_rules(paths: Paths, delta: bool = False
                   ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(rules run to a fixpoint, rules run once after) as (name, update text)."""
    loop, after = [], []
    for f in rule_files(paths, delta):
        name = f"delta/{f.stem}" if delta else f.stem
        (after if f.name.startswith("9") else loop).append((name, f.read_text(encoding="utf-8")))
    return loop, after
