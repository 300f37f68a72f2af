"""A vocabulary that grows: concepts a report sheet declares under `vocabulary:`.

    vocabulary:
      - scheme: theme
        id: water-safety
        broader: water                      # required: a concept of the same list
        name: {en: water safety, nl: waterveiligheid}
        definition: Protection against flooding.

Each becomes a skos:Concept of that list (`theme:water-safety skos:inScheme <…/theme/scheme> ;
skos:broader theme:water`) in the report's graph. The sheet itself and every later sheet can use
it like a built-in concept, and the queries that filter by a concept follow skos:broader*, so a
question about the broader concept finds it. A concept is vocabulary, not a fact of the report:
it has no sentence of its own."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import SKOS

from ..config import ORG, Paths
from ..errors import InputError, TurtleSyntaxError
from ..i18n import _
from .terms import SCHEMES, SLUG

# the `scheme:` words of a vocabulary entry -> the kg.ingest.terms.SCHEMES key of that list
VOCABULARY_SCHEMES = {"theme": "theme", "event-type": "type", "post-role": "post-role",
                      "participation-role": "role", "agreement-kind": "agreement-kind",
                      "organisation-kind": "kind", "relation-kind": "relation-kind"}
REQUIRED_LANGUAGES = ("en", "nl")      # ontology/shapes.ttl: every concept has both


def concept_iri(scheme: str, notation: str) -> URIRef:
    """<https://w3id.org/rikg/theme/scheme> + 'water' -> <https://w3id.org/rikg/theme/water>."""
    return URIRef(scheme.rsplit("/", 1)[0] + "/" + notation)


def add_report_concepts(vocab, paths: Paths, exclude: str | None) -> None:
    """Add to `vocab` the concepts other reports' sheets declared (data/ttl/*.ttl, without
    `exclude`, the report being replaced): a later sheet may use them."""
    in_scheme, notation, label = (str(SKOS.inScheme), str(SKOS.notation), str(SKOS.prefLabel))
    files = sorted(paths.data_dir.glob("*.ttl")) if paths.data_dir.exists() else []
    for f in files:
        if f.stem == exclude:
            continue
        schemes, notations, labels = {}, {}, {}
        try:
            for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
                p = t.predicate.value
                if p == in_scheme:
                    schemes[t.subject.value] = t.object.value
                elif p == notation:
                    notations[t.subject.value] = t.object.value
                elif p == label and getattr(t.object, "language", None) == "en":
                    labels[t.subject.value] = t.object.value
        except SyntaxError as exc:
            raise TurtleSyntaxError(f, exc.lineno, str(exc).split(" (", 1)[0]) from exc
        except OSError as exc:
            raise InputError.unreadable(f, exc) from exc
        for c, scheme in schemes.items():
            if c in notations:
                vocab.concepts.setdefault(scheme, {})[notations[c]] = URIRef(c)
                if c in labels:
                    vocab.labels[URIRef(c)] = labels[c]


def emit_vocabulary(sheet, top) -> None:
    """Check the sheet's `vocabulary:` entries, add each concept to the sheet's vocabulary (so
    its other sections may use it) and emit it into the report's graph."""
    for o in top.objs("vocabulary"):
        o.allow("scheme", "id", "broader", "name", "definition", "note")
        word = o.text("scheme", required=True, what=" (" + ", ".join(VOCABULARY_SCHEMES) + ")")
        notation = o.text("id", required=True, what=_(" (the new concept's id, e.g. water-safety)"))
        broader = o.text("broader", required=True,
                         what=_(" (the existing concept it is a narrower kind of)"))
        if word is not None and word not in VOCABULARY_SCHEMES:
            sheet.problem(o.at("scheme"), _("{value} is not a list a sheet can add to; known: "
                                            "{known}").format(
                value=repr(word), known=", ".join(VOCABULARY_SCHEMES)))
            continue
        if word is None or notation is None:
            continue
        if not SLUG.fullmatch(notation):
            sheet.problem(o.at("id"), _("{value} is not a usable id: use lower-case letters, "
                                        "digits and hyphens").format(value=repr(notation)))
            continue
        scheme_key = VOCABULARY_SCHEMES[word]
        scheme = SCHEMES[scheme_key][0]
        known = sheet.vocab.concepts.setdefault(scheme, {})
        if notation in known:
            sheet.problem(o.at("id"), _("{value} is already {a_kind} ({iri}); use it instead "
                                        "of declaring it again").format(
                value=repr(notation), a_kind=_(SCHEMES[scheme_key][1]), iri=known[notation]))
            continue
        parent = sheet.concept(o, "broader", scheme_key) if broader is not None else None
        labels = sheet.lang_texts(o, "name", None, one_per_language=True)
        missing = [lang for lang in REQUIRED_LANGUAGES
                   if lang not in {lit.language for lit in labels}]
        if missing:
            sheet.problem(o.at("name") if o.has("name") else o.path,
                          _("`name:` needs a label in {languages} ({{en: …, nl: …}}), as every "
                            "concept of a list has").format(languages=", ".join(missing)))
        if parent is None or missing:
            continue
        iri = concept_iri(scheme, notation)
        known[notation] = iri
        sheet.vocab.labels[iri] = next(str(lit) for lit in labels if lit.language == "en")
        sheet.add(iri, RDF.type, SKOS.Concept)
        if scheme_key == "post-role":
            sheet.add(iri, RDF.type, ORG.Role)
        sheet.add(iri, SKOS.inScheme, URIRef(scheme))
        for lit in labels:
            sheet.add(iri, SKOS.prefLabel, lit)
        sheet.add(iri, SKOS.notation, Literal(notation))
        for lit in sheet.lang_texts(o, "definition", sheet.notes_lang):
            sheet.add(iri, SKOS.definition, lit)
        sheet.note_texts(o, iri)
        sheet.add(iri, SKOS.broader, parent)
