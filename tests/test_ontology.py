"""The ontology: a header with version, title and licence; every own term labelled (en, nl) and
defined; SKOS schemes labelled in both languages."""
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS as DCT, SKOS

from kg.config import RIKG, Paths
from kg.load import parse_turtle

PATHS = Paths()
ONTOLOGY = parse_turtle(PATHS.ontology / "rikg.ttl")
OWN_TERMS = sorted({s for s in ONTOLOGY.subjects(RDF.type, None)
                    if isinstance(s, URIRef) and str(s).startswith(str(RIKG))})


def test_header():
    onto = URIRef("https://w3id.org/rikg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ONTOLOGY
    version = ONTOLOGY.value(onto, OWL.versionInfo)
    assert str(ONTOLOGY.value(onto, OWL.versionIRI)).endswith(str(version))
    assert ONTOLOGY.value(onto, DCT.title) is not None
    assert ONTOLOGY.value(onto, DCT.license) is not None


@pytest.mark.parametrize("term", OWN_TERMS, ids=lambda t: t.split("#")[-1])
def test_every_own_term_has_english_and_dutch_label_and_a_definition(term):
    langs = {l.language for l in ONTOLOGY.objects(term, RDFS.label)}
    assert {"en", "nl"} <= langs
    assert ONTOLOGY.value(term, SKOS.definition) is not None


def test_there_are_own_terms_for_the_core_notions():
    for name in ("Participation", "onBehalfOf", "inCapacityOf", "Mission", "Meeting", "SiteVisit",
                 "Agreement", "MemorandumOfUnderstanding", "signatory", "signingDate",
                 "FollowUpAction", "commitmentLevel", "CostStatement", "actualCost",
                 "budgetedCost", "SourceReport", "Excerpt"):
        assert RIKG[name] in OWN_TERMS, name


@pytest.mark.parametrize("scheme_file", PATHS.vocab_files, ids=lambda p: p.stem)
def test_every_concept_has_english_and_dutch_labels(scheme_file):
    g = parse_turtle(scheme_file)
    concepts = list(g.subjects(RDF.type, SKOS.Concept))
    assert concepts
    for c in concepts:
        assert {l.language for l in g.objects(c, SKOS.prefLabel)} >= {"en", "nl"}, c
        assert g.value(c, SKOS.inScheme) is not None
