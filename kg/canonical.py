"""Confirmed identities as one actor: at build time every occurrence of a merged record is
rewritten to its canonical actor in the store the queries read.

A curator's confirmed rikg:IdentityDecision (kg.identities) joins two records; records joined
directly or through others form one actor. Its canonical IRI is the record with the best name:
one the sources name (foaf:name) before a placeholder, then the one with more names, then the
first IRI. In every graph, what is said of a merged record is said of the canonical actor
instead (its evidence too, so both records are the actor's sources); the record's labels become
skos:altLabel of the actor (kg find still reaches it by the old names) and stay on the record,
which is typed rikg:MergedRecord and linked by `<actor> rikg:mergesRecord <record>` (derived
graph). Statements about the records themselves (match candidates, decisions, possiblySame)
keep the records. Two participations of the actor in one event become one (the first by IRI),
so no answer lists the actor twice for a meeting; a statement about the actor or such a
participation that two graphs now make is kept once, in the first graph by name (the union
graph the queries read would list it once per graph).

The Turtle files stay as written; SHACL checks them as written (before this step). Measured
against owl:sameAs rules in benchmarks/README.md ("Identity: canonical IRI or owl:sameAs").
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from .config import DERIVED_GRAPH, RIKG
from .errors import ValidationFailed
from .i18n import _
from .queries import load_query

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
LABELS = {"http://www.w3.org/2004/02/skos/core#prefLabel", SKOS_ALT,
          "http://www.w3.org/2000/01/rdf-schema#label", "http://xmlns.com/foaf/0.1/name",
          "https://schema.org/name"}
#: statements about the records as records: they keep pointing at the record
ABOUT_RECORDS = {str(RIKG.candidate), str(RIKG.decidedAbout), str(RIKG.possiblySame)}
DROPPED = {str(RIKG.isPlaceholder)}   # the actor is not a placeholder when one record is named


@dataclass
class Merges:
    """record IRI -> canonical IRI (canonical ones are not keys)."""

    canonical_of: dict[str, str] = field(default_factory=dict)

    @property
    def actors(self) -> set[str]:
        return set(self.canonical_of.values())

    def touches(self, iris) -> bool:
        return any(i in self.canonical_of or i in self.actors for i in iris)


def _rank(store, iri: str) -> tuple:
    """Best name first: named in a source, not a placeholder, more names, then the IRI."""
    node = ox.NamedNode(iri)
    named = next(store.raw.quads_for_pattern(
        node, ox.NamedNode("http://xmlns.com/foaf/0.1/name"), None), None) is not None
    placeholder = any(q.object.value == "true" for q in store.raw.quads_for_pattern(
        node, ox.NamedNode(str(RIKG.isPlaceholder)), None))
    names = {q.object.value for p in LABELS
             for q in store.raw.quads_for_pattern(node, ox.NamedNode(p), None)}
    return (not named, placeholder, -len(names), iri)


def confirmed_merges(store, paths) -> Merges:
    """The actors the confirmed decisions in the store make, by union of the pairs."""
    q = load_query(paths.queries / "lookup" / "identities.rq")
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in store.raw.query(q.text, use_default_graph_as_union=True):
        ra, rb = root(a.value), root(b.value)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(root(x), []).append(x)
    _refuse_joined_rejections(store, paths, parent, root)
    merges = Merges()
    for members in groups.values():
        best = min(members, key=lambda m: _rank(store, m))
        for m in members:
            if m != best:
                merges.canonical_of[m] = best
    return merges


def _name(store, iri: str) -> str:
    """A record's name for a message: foaf:name, else a label, else the IRI's last part."""
    node = ox.NamedNode(iri)
    for p in ("http://xmlns.com/foaf/0.1/name", "http://www.w3.org/2000/01/rdf-schema#label"):
        for q in store.raw.quads_for_pattern(node, ox.NamedNode(p), None):
            return q.object.value
    return iri.rsplit("/", 1)[-1]


def _refuse_joined_rejections(store, paths, parent: dict, root) -> None:
    """A chain of confirmed pairs (A = B, B = C) that joins a pair a curator rejected (A and C
    are different agents) contradicts itself: nothing is merged on a doubt, so the build is
    refused, naming the records, until a curator changes one of the decisions."""
    q = load_query(paths.queries / "lookup" / "identity-rejections.rq")
    clashes = sorted({(a.value, b.value) for a, b, _ in store.raw.query(
        q.text, use_default_graph_as_union=True)
        if a.value in parent and b.value in parent and root(a.value) == root(b.value)})
    if clashes:
        raise ValidationFailed(
            _("identity decisions contradict each other: {n} rejected pair(s) are joined by a "
              "chain of confirmed pairs").format(n=len(clashes)),
            details=[_("{a} and {b} are rejected as one agent, but confirmed decisions join "
                       "them through others; change one of the decisions in the sheets' "
                       "`identities:` sections").format(a=_name(store, a), b=_name(store, b))
                     for a, b in clashes])


def _rename(store, old: ox.NamedNode, new: ox.NamedNode, record: bool) -> None:
    """Every statement with `old` as subject or object, in every graph, about `new` instead.
    For a merged `record`, its labels are copied as skos:altLabel and stay on it."""
    remove, add = [], []
    alt = ox.NamedNode(SKOS_ALT)
    for q in store.raw.quads_for_pattern(old, None, None, None):
        p = q.predicate.value
        if p in ABOUT_RECORDS:
            continue
        if record and p in LABELS:
            add.append(ox.Quad(new, alt, q.object, q.graph_name))
            continue
        remove.append(q)
        if not (record and p in DROPPED):
            add.append(ox.Quad(new, q.predicate, q.object, q.graph_name))
    for q in store.raw.quads_for_pattern(None, None, old, None):
        if q.predicate.value in ABOUT_RECORDS:
            continue
        remove.append(q)
        add.append(ox.Quad(q.subject, q.predicate, new, q.graph_name))
    for q in remove:
        store.raw.remove(q)
    store.raw.extend(add)


def _merge_participations(store, actor: ox.NamedNode) -> list[ox.NamedNode]:
    """One participation per event for the actor: the others are renamed to the first.
    Returns the participations that took others in."""
    has_participation = ox.NamedNode(str(RIKG.hasParticipation))
    by_event: dict = {}
    kept = []
    for q in store.raw.quads_for_pattern(None, ox.NamedNode(str(RIKG.participant)), actor, None):
        for e in store.raw.quads_for_pattern(None, has_participation, q.subject, None):
            by_event.setdefault(e.subject, set()).add(q.subject)
    for parts in by_event.values():
        first, *others = sorted(parts, key=lambda p: p.value)
        for other in others:
            _rename(store, other, first, record=False)
        if others:
            kept.append(first)
    return kept


def _once(store, node: ox.NamedNode) -> None:
    """A statement about `node` that several graphs now make is kept in the first graph (by
    name) only: queries over the union graph would otherwise list it once per graph."""
    quads = list(store.raw.quads_for_pattern(node, None, None, None))
    quads += [q for q in store.raw.quads_for_pattern(None, None, node, None) if q.subject != node]
    first: dict = {}
    for q in sorted(quads, key=lambda q: q.graph_name.value):
        if q.triple in first:
            store.raw.remove(q)
        else:
            first[q.triple] = q


def apply_merges(store, merges: Merges) -> None:
    """Rewrite the store so that each confirmed identity is one actor (see the module)."""
    derived = ox.NamedNode(str(DERIVED_GRAPH))
    for record, actor in sorted(merges.canonical_of.items()):
        r, a = ox.NamedNode(record), ox.NamedNode(actor)
        _rename(store, r, a, record=True)
        store.raw.extend([ox.Quad(a, ox.NamedNode(str(RIKG.mergesRecord)), r, derived),
                          ox.Quad(r, ox.NamedNode(RDF_TYPE), ox.NamedNode(str(RIKG.MergedRecord)),
                                  derived)])
    for actor in sorted(merges.actors):
        node = ox.NamedNode(actor)
        for part in _merge_participations(store, node):
            _once(store, part)
        _once(store, node)


def merge_identities(store, paths) -> Merges:
    """Find the confirmed identities in the store and merge them; returns what was merged."""
    merges = confirmed_merges(store, paths)
    if merges.canonical_of:
        apply_merges(store, merges)
    return merges
