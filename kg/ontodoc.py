"""Documentation of the ontology, generated from ontology/rikg.ttl and the SKOS schemes in
ontology/vocab/: one self-contained HTML page per language (en, nl), for `kg docs -o DIR` and
`kg serve` (/ontology). pyLODE 3.6 needs Python 3.12 (kg runs on 3.11), hence this small
Jinja2 generator; it renders only what the Turtle states (labels, definitions, domains, ranges,
super-classes and -properties, inverses, the concepts of each scheme)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS as DCT, SKOS

from .config import PREFIXES, Paths
from .errors import InputError
from .i18n import _

LANGUAGES = ("en", "nl")
TEMPLATES = Path(__file__).parent / "templates"
# the kinds of a term, as keys of WORDS (the page names them in its language)
PROPERTY_TYPES = {OWL.ObjectProperty: "object_property", OWL.DatatypeProperty: "datatype_property",
                  OWL.AnnotationProperty: "annotation_property"}
CHARACTERISTICS = {OWL.SymmetricProperty: "symmetric", OWL.TransitiveProperty: "transitive",
                   OWL.FunctionalProperty: "functional"}
#: the words of the page in each language
WORDS = {
    "en": {"classes": "Classes", "properties": "Properties",
           "schemes": "Controlled vocabularies (SKOS schemes)",
           "version": "Version", "license": "Licence", "creator": "Creator", "iri": "IRI",
           "subclass": "Subclass of", "domain": "Domain", "range": "Range",
           "subproperty": "Subproperty of", "inverse": "Inverse of", "kind": "Kind",
           "concept": "Concept", "notation": "Notation", "definition": "Definition",
           "broader": "Broader", "other": "Nederlands", "contents": "Contents",
           "note": "Scope note", "class": "class", "object_property": "object property",
           "datatype_property": "datatype property", "annotation_property": "annotation property",
           "symmetric": "symmetric", "transitive": "transitive", "functional": "functional",
           "untranslated": ""},
    "nl": {"classes": "Klassen", "properties": "Eigenschappen",
           "schemes": "Gecontroleerde vocabulaires (SKOS-schema's)",
           "version": "Versie", "license": "Licentie", "creator": "Maker", "iri": "IRI",
           "subclass": "Subklasse van", "domain": "Domein", "range": "Bereik",
           "subproperty": "Subeigenschap van", "inverse": "Inverse van", "kind": "Soort",
           "concept": "Begrip", "notation": "Notatie", "definition": "Definitie",
           "broader": "Breder", "other": "English", "contents": "Inhoud",
           "note": "Toelichting", "class": "klasse", "object_property": "objecteigenschap",
           "datatype_property": "datatype-eigenschap", "annotation_property": "annotatie-eigenschap",
           "symmetric": "symmetrisch", "transitive": "transitief", "functional": "functioneel",
           "untranslated": "Waar de ontologie geen Nederlandse tekst heeft, staat de Engelse."},
}


@dataclass
class Term:
    iri: str
    curie: str
    labels: dict[str, str]
    definitions: dict[str, str]
    kinds: list[str] = field(default_factory=list)   # word keys: class, object_property, ...
    notation: str = ""
    notes: dict[str, str] = field(default_factory=dict)   # skos:scopeNote by language
    links: list[tuple[str, list[str]]] = field(default_factory=list)   # (word key, curies)


@dataclass
class Scheme:
    iri: str
    labels: dict[str, str]
    definitions: dict[str, str]
    concepts: list[Term]


@dataclass
class OntologyDoc:
    iri: str
    titles: dict[str, str]
    descriptions: dict[str, str]
    version: str
    license: str
    creators: dict[str, str]   # by language
    classes: list[Term]
    properties: list[Term]
    schemes: list[Scheme]


def curie(iri) -> str:
    text = str(iri)
    known = {**PREFIXES, "owl": str(OWL), "rdfs": str(RDFS), "skos": str(SKOS),
             "xsd": "http://www.w3.org/2001/XMLSchema#", "org": "http://www.w3.org/ns/org#",
             "foaf": "http://xmlns.com/foaf/0.1/", "schema": "https://schema.org/",
             "dct": str(DCT), "prov": "http://www.w3.org/ns/prov#",
             "time": "http://www.w3.org/2006/time#", "oa": "http://www.w3.org/ns/oa#"}
    for prefix, ns in sorted(known.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and text != ns:
            return f"{prefix}:{text[len(ns):]}"
    return text


def _by_language(g: Graph, s, p) -> dict[str, str]:
    return {(o.language or ""): str(o) for o in g.objects(s, p)}


def _curies(g: Graph, s, p) -> list[str]:
    return sorted(curie(o) for o in g.objects(s, p) if isinstance(o, URIRef))


def read(paths: Paths) -> OntologyDoc:
    """The ontology and its schemes, as the page shows them."""
    source = paths.root / "ontology" / "rikg.ttl"
    if not source.exists():
        raise InputError(_("{path}: file not found").format(path=source))
    g = Graph().parse(source, format="turtle")
    onto = next(g.subjects(RDF.type, OWL.Ontology), None)
    if onto is None:
        raise InputError(_("{path}: no owl:Ontology").format(path=source))
    own = str(PREFIXES["rikg"])

    def term(s, kinds: list[str]) -> Term:
        return Term(str(s), curie(s), _by_language(g, s, RDFS.label),
                    _by_language(g, s, SKOS.definition), kinds,
                    notes=_by_language(g, s, SKOS.scopeNote))

    classes = []
    for s in sorted(set(g.subjects(RDF.type, OWL.Class)), key=str):
        if str(s).startswith(own):
            t = term(s, ["class"])
            t.links = [("subclass", _curies(g, s, RDFS.subClassOf))]
            classes.append(t)
    properties = []
    for s in sorted({s for t in PROPERTY_TYPES for s in g.subjects(RDF.type, t)}, key=str):
        if not str(s).startswith(own):
            continue
        types = set(g.objects(s, RDF.type))
        t = term(s, [PROPERTY_TYPES[t] for t in PROPERTY_TYPES if t in types]
                 + [CHARACTERISTICS[t] for t in CHARACTERISTICS if t in types])
        t.links = [("domain", _curies(g, s, RDFS.domain)), ("range", _curies(g, s, RDFS.range)),
                   ("subproperty", _curies(g, s, RDFS.subPropertyOf)),
                   ("inverse", _curies(g, s, OWL.inverseOf))]
        properties.append(t)
    return OntologyDoc(
        iri=str(onto), titles=_by_language(g, onto, DCT.title),
        descriptions=_by_language(g, onto, DCT.description),
        version=str(g.value(onto, OWL.versionInfo) or ""),
        license=str(g.value(onto, DCT.license) or ""),
        creators=_by_language(g, onto, DCT.creator),
        classes=classes, properties=properties, schemes=read_schemes(paths))


def read_schemes(paths: Paths) -> list[Scheme]:
    schemes = []
    for f in sorted((paths.root / "ontology" / "vocab").glob("*.ttl")):
        g = Graph().parse(f, format="turtle")
        for s in sorted(g.subjects(RDF.type, SKOS.ConceptScheme), key=str):
            concepts = []
            for c in sorted(g.subjects(SKOS.inScheme, s), key=str):
                t = Term(str(c), curie(c), _by_language(g, c, SKOS.prefLabel),
                         _by_language(g, c, SKOS.definition),
                         notation=str(g.value(c, SKOS.notation) or ""))
                t.links = [("broader", _curies(g, c, SKOS.broader))]
                concepts.append(t)
            schemes.append(Scheme(str(s), _by_language(g, s, SKOS.prefLabel),
                                  _by_language(g, s, SKOS.definition), concepts))
    return schemes


def render(doc: OntologyDoc, lang: str = "en", other_href: str | None = None) -> str:
    """The page in one language; texts missing in it are shown in English, marked as such."""
    if lang not in LANGUAGES:
        raise InputError(_("unknown language {lang}; choose one of {choices}").format(
            lang=repr(lang), choices=", ".join(LANGUAGES)))
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)

    def text(values: dict[str, str]) -> tuple[str, str]:
        """(text, language) in the page's language, else English, else any."""
        for choice in (lang, "en", ""):
            if choice in values:
                return values[choice], choice or lang
        return (next(iter(values.values())), "") if values else ("", lang)

    other = "nl" if lang == "en" else "en"
    return env.get_template("ontology.html").render(
        doc=doc, lang=lang, w=WORDS[lang], text=text, falls_back=_falls_back(doc, lang),
        other_href=other_href or f"{other}.html")


def _texts(doc: OntologyDoc):
    """Every language-tagged text of the page, as {language: text}."""
    yield doc.titles
    yield doc.descriptions
    yield doc.creators
    for t in doc.classes + doc.properties + [c for s in doc.schemes for c in s.concepts]:
        yield from (t.labels, t.definitions, t.notes)
    for s in doc.schemes:
        yield from (s.labels, s.definitions)


def _falls_back(doc: OntologyDoc, lang: str) -> bool:
    """Whether some text of the page is missing in `lang` (and is shown in English); a text
    without a language tag counts as in every language."""
    return any(values and lang not in values and "" not in values for values in _texts(doc))


def write_docs(paths: Paths, out_dir: Path) -> list[Path]:
    """DIR/en.html, DIR/nl.html and DIR/index.html (the English page)."""
    doc = read(paths)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        target = out_dir / f"{lang}.html"
        target.write_text(render(doc, lang), encoding="utf-8")
        written.append(target)
    (out_dir / "index.html").write_text(render(doc, "en"), encoding="utf-8")
    written.append(out_dir / "index.html")
    return written
