"""What is known already: the things of the registry and the other report files (read from
data/ttl/, never from the build), with their kind and labels, and the controlled vocabulary."""
from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import FOAF, SKOS

from ..config import SCHEMA, Paths
from ..errors import InputError, TurtleSyntaxError
from ..i18n import _
from .terms import ANY, KIND_NS, KIND_WORD, KIND_WORD_A, LABEL_PROPS, TURTLE_PREFIXES

THIS_SHEET = "this sheet"      # the origin of what the sheet being read declares


@dataclass
class Known:
    """Something with an IRI under https://w3id.org/rikg/id/: its kind, labels and origin."""

    iri: URIRef
    kind: str
    origin: str                                     # THIS_SHEET, "registry", another report id
    labels: list[tuple[URIRef, str, str]] = field(default_factory=list)   # (property, text, lang)
    types: set = field(default_factory=set)

    def best_label(self, lang: str = "en") -> str:
        rank = {SKOS.prefLabel: 0, FOAF.name: 1, SCHEMA.name: 1, RDFS.label: 2, SKOS.altLabel: 3}
        ordered = sorted(self.labels, key=lambda x: (rank.get(x[0], 9), x[2] != lang,
                                                     x[2] != "en", x[2] != ""))
        return ordered[0][1] if ordered else local_name(self.iri)


def kind_word(kind: str, article: bool = False) -> str:
    """What a kind of thing is called, in the language in use: 'organisation' / 'organisatie',
    with `article` 'an organisation' / 'een organisatie'."""
    return _((KIND_WORD_A if article else KIND_WORD)[kind])


def origin_words(known: Known) -> str:
    """Where a thing is described: a report id, 'registry', or 'this sheet' in the language in
    use."""
    return _("this sheet") if known.origin == THIS_SHEET else known.origin


def _either(kinds, article: bool = False) -> str:
    """'person or group', 'person or group, or organisation', 'thing' (in the language in use;
    with `article` 'a person or group, or an organisation', 'a thing')."""
    if frozenset(kinds) >= ANY:
        return _("a thing") if article else _("thing")
    order = list(KIND_WORD)
    words = [kind_word(k, article) for k in sorted(kinds, key=order.index)]
    if len(words) == 1:
        return words[0]
    return _("{some}, or {last}").format(some=", ".join(words[:-1]), last=words[-1])


def kind_of(iri) -> str | None:
    for kind, ns in KIND_NS.items():
        if str(iri).startswith(str(ns)) and "/" not in str(iri)[len(str(ns)):]:
            return kind
    return None


def local_name(iri) -> str:
    kind = kind_of(iri)
    return str(iri)[len(str(KIND_NS[kind])):] if kind else str(iri).rsplit("/", 1)[-1]


def curie(iri) -> str:
    for prefix, ns in sorted(TURTLE_PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if str(iri).startswith(ns) and "/" not in str(iri)[len(ns):]:
            return f"{prefix}:{str(iri)[len(ns):]}"
    return f"<{iri}>"


def known_things(paths: Paths, exclude: str | None = None) -> dict[URIRef, Known]:
    """Everything described in data/ttl/*.ttl except `exclude`.ttl (the report being replaced):
    parsed from the files with Oxigraph (fast), so it is never staler than the data."""
    found: dict[URIRef, Known] = {}
    labels: list[tuple[str, URIRef, str, str, str]] = []
    rdf_type = str(RDF.type)
    label_props = {str(p): p for p in LABEL_PROPS}
    files = sorted(paths.data_dir.glob("*.ttl")) if paths.data_dir.exists() else []
    for f in files:
        if f.stem == exclude:
            continue
        try:
            for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
                s, p, o = t.subject, t.predicate.value, t.object
                if not isinstance(s, ox.NamedNode) or kind_of(s.value) is None:
                    continue
                if p == rdf_type:
                    iri = URIRef(s.value)
                    k = found.setdefault(iri, Known(iri, kind_of(iri), f.stem))
                    k.types.add(URIRef(o.value))
                elif p in label_props and isinstance(o, ox.Literal):
                    labels.append((s.value, label_props[p], o.value, o.language or "", f.stem))
        except SyntaxError as exc:
            raise TurtleSyntaxError(f, exc.lineno, str(exc).split(" (", 1)[0]) from exc
        except OSError as exc:
            raise InputError.unreadable(f, exc) from exc
    for s, p, text, lang, _ in labels:
        k = found.get(URIRef(s))
        if k is not None:
            k.labels.append((p, text, lang))
    return found


@dataclass
class Vocab:
    concepts: dict[str, dict[str, URIRef]]          # scheme -> notation -> concept
    labels: dict[URIRef, str]                       # concept -> English label

    @classmethod
    def load(cls, paths: Paths) -> "Vocab":
        from ..load import parse_turtle
        g = Graph()
        for f in paths.vocab_files:
            parse_turtle(f, g)
        concepts: dict[str, dict[str, URIRef]] = {}
        labels = {}
        for c, scheme in g.subject_objects(SKOS.inScheme):
            for n in g.objects(c, SKOS.notation):
                concepts.setdefault(str(scheme), {})[str(n)] = c
            for label in g.objects(c, SKOS.prefLabel):
                if getattr(label, "language", None) == "en":
                    labels[c] = str(label)
        return cls(concepts, labels)