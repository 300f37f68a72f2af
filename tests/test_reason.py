"""Reasoning: the SPARQL rules give exactly the instance inferences owlrl gives on the seed."""
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.build import populate
from kg.config import INFERRED_GRAPH, RIKG, Paths
from kg.load import load_sources
from kg.reason import full_closure, tbox_closure
from kg.store import EmbeddedStore, to_rdflib

ID = "https://w3id.org/rikg/id/"


def about_instances(triple) -> bool:
    """The terms the rules cover: facts about the data's own resources, not owl:Thing typing or
    owl:sameAs reflexivity (clutter that the build strips)."""
    s, p, o = triple
    if not (isinstance(s, URIRef) and str(s).startswith(ID)) or p == OWL.sameAs:
        return False
    return not (p == RDF.type and o in (OWL.Thing, RDFS.Resource, OWL.NamedIndividual))


def test_rules_give_the_same_inferences_as_owlrl():
    paths = Paths()
    sources = load_sources(paths)
    asserted = Graph()
    for quad in sources.dataset.quads((None, None, None, None)):
        asserted.add(quad[:3])
    by_owlrl = {t for t in full_closure(asserted) if about_instances(t) and t not in asserted}

    store = EmbeddedStore()
    populate(store, load_sources(paths), paths)
    by_rules = {(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
                for q in store.quads() if q.graph_name.value == str(INFERRED_GRAPH)}
    by_rules = {t for t in by_rules if about_instances(t)}

    assert len(by_owlrl) > 500
    assert by_rules == by_owlrl


def test_tbox_closure_keeps_hierarchy_and_drops_clutter():
    paths = Paths()
    ontology = load_sources(paths).graph(URIRef("https://w3id.org/rikg/graph/ontology"))
    closed = tbox_closure(ontology)
    # transitive sub-class: a meeting is a schema.org event through rikg:Event
    assert (RIKG.Meeting, RDFS.subClassOf, URIRef("https://schema.org/Event")) in closed
    assert not [t for t in closed if t[1] == RDFS.subClassOf and t[2] == OWL.Thing]
    assert not [t for t in closed if t[0] == t[2]]


def test_met_is_never_an_owl_chain():
    """`met` would make everyone meet themselves as an OWL chain; it must come from the rule."""
    ontology = load_sources(Paths()).graph(URIRef("https://w3id.org/rikg/graph/ontology"))
    assert ontology.value(RIKG.met, OWL.propertyChainAxiom) is None
