"""kg.ontodoc: the ontology documentation lists every class and property of ontology/rikg.ttl
and every concept of the SKOS schemes, in English and in Dutch."""
from __future__ import annotations

import re

from markupsafe import escape

from rdflib import OWL, RDF, RDFS, Graph
from rdflib.namespace import DCTERMS as DCT, SKOS

from kg.config import Paths, project_root
from kg.ontodoc import read, render, write_docs

ROOT = project_root()
ONTOLOGY = Graph().parse(ROOT / "ontology" / "rikg.ttl", format="turtle")
RIKG = "https://w3id.org/rikg/ontology#"


def own_terms(*types) -> set[str]:
    return {str(s) for t in types for s in ONTOLOGY.subjects(RDF.type, t)
            if str(s).startswith(RIKG)}


def test_every_class_and_property_has_an_entry_in_both_languages(tmp_path):
    written = write_docs(Paths(root=ROOT), tmp_path)
    assert sorted(p.name for p in written) == ["en.html", "index.html", "nl.html"]
    terms = own_terms(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                      OWL.AnnotationProperty)
    assert "https://w3id.org/rikg/ontology#postHeld" in terms
    for lang in ("en", "nl"):
        page = (tmp_path / f"{lang}.html").read_text(encoding="utf-8")
        for iri in terms:
            assert f'id="{iri[len(RIKG):]}"' in page and f"<code>{iri}</code>" in page, iri


def test_the_dutch_page_uses_the_dutch_labels_definitions_and_kinds():
    page = render(read(Paths(root=ROOT)), "nl")
    assert '<html lang="nl">' in page
    assert "<h3>beklede functie <code>rikg:postHeld</code></h3>" in page
    assert "<h3>post held" not in page
    assert "<dd>De gebeurtenis is een vervolg op een eerdere gebeurtenis.</dd>" in page
    assert "<dd>objecteigenschap, symmetrisch</dd>" in page      # rikg:met
    assert "<dt>Toelichting</dt><dd>Bewijs per uitspraak." in page   # rikg:evidence
    assert "Engelse" not in page and 'lang="en">' not in page.replace('hreflang="en">', "")


def test_every_text_of_the_ontology_and_its_schemes_has_its_dutch():
    # (English alternative labels are synonyms for finding things, not texts to translate)
    texts = {RDFS.label, RDFS.comment, SKOS.prefLabel, SKOS.definition, SKOS.scopeNote,
             DCT.title, DCT.description, DCT.creator}
    for f in [ROOT / "ontology" / "rikg.ttl", *(ROOT / "ontology" / "vocab").glob("*.ttl")]:
        g = Graph().parse(f, format="turtle")
        for s, p in {(s, p) for s, p, o in g
                     if p in texts and getattr(o, "language", None) == "en"}:
            languages = {o.language for o in g.objects(s, p)}
            assert "nl" in languages, (f.name, s, p)


def test_a_text_without_dutch_is_shown_in_english_and_marked_as_such(tmp_path):
    (tmp_path / "ontology" / "vocab").mkdir(parents=True)
    (tmp_path / "ontology" / "rikg.ttl").write_text("""
        @prefix rikg: <https://w3id.org/rikg/ontology#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://w3id.org/rikg/ontology> a owl:Ontology .
        rikg:followUpOf a owl:ObjectProperty ;
            rdfs:label "follow-up of"@en , "vervolg op"@nl ;
            skos:definition "The event continues an earlier event."@en .
        """, encoding="utf-8")
    page = render(read(Paths(root=tmp_path)), "nl")
    assert "<h3>vervolg op <code>rikg:followUpOf</code></h3>" in page
    assert '<span lang="en">The event continues an earlier event.</span>' in page
    assert "Waar de ontologie geen Nederlandse tekst heeft, staat de Engelse." in page


def test_every_concept_of_every_scheme_is_listed():
    page = render(read(Paths(root=ROOT)), "en")
    for f in (ROOT / "ontology" / "vocab").glob("*.ttl"):
        g = Graph().parse(f, format="turtle")
        for concept in g.subjects(SKOS.inScheme, None):
            label = next(str(o) for o in g.objects(concept, SKOS.prefLabel) if o.language == "en")
            assert str(escape(label)) in page, (f.name, concept)


def test_nothing_is_loaded_from_other_hosts():
    page = render(read(Paths(root=ROOT)), "en")
    # the one <link> is the empty icon, so that no browser asks for /favicon.ico
    links = re.findall(r"<link[^>]*>", page)
    assert links == ['<link rel="icon" href="data:,">']
    assert "<script" not in page and "src=" not in page
