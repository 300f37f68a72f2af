"""Validate: SHACL shapes (pyshacl-turbo, a Rust engine with pySHACL's results) on the loaded
data, and the QC queries (queries/qc/*.rq) on the built store. `*-violation.rq` fail the build when
they return rows; `*-warning.rq` are reported. pySHACL stays the reference: kg.shacl_reference and
tests/test_validate_parity.py check that both engines find the same problems."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pyshacl_turbo import compile_shapes
# Input hands N-Triples text to the Rust parser as it is; any other text input is first parsed into
# an rdflib Graph, which costs more than the validation (pinned version: tests/test_validate_parity.py)
from pyshacl_turbo.rdf import Input
from rdflib import RDF, RDFS, BNode, Graph, Namespace, URIRef
from rdflib.namespace import NamespaceManager

from .config import PREFIXES, Paths
from .i18n import translations
from .load import parse_turtle
from .queries import load_query
from .store import with_bindings

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, order=True)
class Problem:
    """One finding, in words a policy advisor can act on."""

    severity: str      # "Violation", "Warning" or "Info"
    focus: str         # the node concerned, as a short name
    message: str
    path: str = ""
    value: str = ""
    source: str = ""   # the shape or QC query that found it
    # the message in Dutch (last, so a cached finding of 6 fields still reads); the English
    # `message` alone identifies the finding
    message_nl: str = field(default="", compare=False)

    def text(self, lang: str = "en") -> str:
        """The message in `lang`; English where it has no Dutch."""
        return self.message_nl if lang == "nl" and self.message_nl else self.message

    def line(self, name: Callable[[str], str] | None = None, lang: str = "en") -> str:
        """The finding in one line, in `lang` (its severity and message). `name` turns a short
        IRI (rper:…) into what a person reads, its label; without it (summary.json) the short
        IRIs stay."""
        name = name or (lambda short_iri: short_iri)
        where = f" [{name(self.path)}]" if self.path else ""
        words = translations(lang)
        value = (" ({value}: {what})".format(value=words.gettext("value"), what=name(self.value))
                 if self.value else "")
        return (f"{words.gettext(self.severity)}: {name(self.focus)}{where}: {self.text(lang)}"
                f"{value}")


def namespace_manager() -> NamespaceManager:
    nm = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        nm.bind(prefix, ns, replace=True)
    return nm


def short(term, nm: NamespaceManager) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        try:
            return nm.normalizeUri(term)
        except Exception:
            return f"<{term}>"
    return str(term)


def _message(result: Graph, node, lang: str = "en") -> str:
    messages = list(result.objects(node, SH.resultMessage))
    for m in messages:
        if getattr(m, "language", None) == lang:
            return str(m)
    if lang != "en":
        return ""           # (Problem.text falls back to the English)
    return str(messages[0]) if messages else "constraint not met"


class DutchTemplates:
    """The Dutch of the messages of SPARQL-based shapes. Such a shape has one sh:message, in
    English, and its Dutch in rdfs:comment@nl (pySHACL drops the language tag when it fills in
    {?var}: ontology/shapes.ttl); the values filled into the English are put into the Dutch."""

    def __init__(self, shapes: Graph):
        self._templates = []
        for shape, english in shapes.subject_objects(SH.message):
            dutch = [c for c in shapes.objects(shape, RDFS.comment)
                     if getattr(c, "language", None) == "nl"]
            if getattr(english, "language", None) == "en" and dutch:
                self._templates.append((_template_pattern(str(english)), str(dutch[0])))

    def fill(self, english: str) -> str:
        """The Dutch of a filled-in English message; "" if no shape has it."""
        for pattern, dutch in self._templates:
            found = pattern.fullmatch(english)
            if found:
                values = found.groupdict()
                return re.sub(r"\{\?(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), dutch)
        return ""


def _template_pattern(english: str) -> re.Pattern:
    """`english` with each {?var} a group (the second of the same name must match alike)."""
    seen: set[str] = set()

    def group(m: re.Match) -> str:
        name = m.group(1)
        if name in seen:
            return f"(?P={name})"
        seen.add(name)
        return f"(?P<{name}>.+?)"
    return re.compile(re.sub(r"\\\{\\\?(\w+)\\\}", group, re.escape(english)))


def problems_in_report(results: Graph, dutch: DutchTemplates | None = None) -> list[Problem]:
    """The findings of a SHACL validation report (violations and warnings), sorted, one per focus
    node and message, each message in English and Dutch (`dutch`: of the SPARQL-based shapes).
    `source` is the shape's name, or for an unnamed (blank node) property shape its constraint
    component: a blank node's label differs from one run to the next."""
    nm = namespace_manager()
    found = set()
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(r, SH.resultSeverity)
        shape = results.value(r, SH.sourceShape)
        if isinstance(shape, BNode) or shape is None:
            shape = results.value(r, SH.sourceConstraintComponent)
        english = _message(results, r)
        found.add(Problem(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=short(results.value(r, SH.focusNode), nm),
            message=english,
            message_nl=_message(results, r, "nl") or (dutch.fill(english) if dutch else ""),
            path=short(results.value(r, SH.resultPath), nm),
            value=short(results.value(r, SH.value), nm),
            source=short(shape, nm),
        ))
    return sorted(found)


class ShapesProgram:
    """The shapes compiled once (pyshacl-turbo), then used on many data graphs: a worker of the
    build compiles them when it starts, not for every file."""

    def __init__(self, shapes: Graph):
        self._compiled = compile_shapes(shapes, advanced=True)
        self._dutch = DutchTemplates(shapes)

    def report(self, data: Graph | str, focus_nodes: list[str] | None = None) -> Graph:
        """The validation report of `data`: an rdflib Graph, or N-Triples text."""
        source = data if isinstance(data, Graph) else Input(data, "nt", None, {})
        _conforms, results, _text = self._compiled.validate(
            source, allow_warnings=True, focus_nodes=focus_nodes or None)
        return results

    def problems(self, data: Graph | str, focus_nodes: list[str] | None = None) -> list[Problem]:
        """Every result of validating `data`; with `focus_nodes`, only those nodes are checked
        (the rest of `data` is context)."""
        return problems_in_report(self.report(data, focus_nodes), self._dutch)


def shacl_problems(data: Graph, shapes: Graph, focus_nodes: list[str] | None = None) -> list[Problem]:
    """Every SHACL result (violations and warnings), sorted, one per focus node and message.
    With `focus_nodes`, only those nodes are checked (the rest of `data` is context)."""
    return ShapesProgram(shapes).problems(data, focus_nodes)


def load_shapes(paths: Paths) -> Graph:
    return parse_turtle(paths.shapes)


def qc_files(paths: Paths) -> list[Path]:
    return sorted((paths.queries / "qc").glob("*.rq"))


def scoped_form(query_file: Path) -> Path:
    """The QC query's form for one graph (queries/qc/scoped/NAME.rq) if it has one, else itself."""
    scoped = query_file.parent / "scoped" / query_file.name
    return scoped if scoped.exists() else query_file


def qc_problems(store, paths: Paths, graph: str | None = None,
                mentioned: list | None = None, namesakes: list | None = None,
                candidates: list | None = None) -> list[Problem]:
    """Run every QC query on the store; each row is one problem.

    With `graph` (a named graph's IRI, e.g. the report just added), the queries that declare the
    parameter `graph` report only the findings that graph states (the rest of the store is their
    context); a query without it (one that needs the whole store) runs as it is. The binding is a
    VALUES block in every WHERE (`with_bindings`), which gives the same rows as pyoxigraph's
    substitution of ?graph: each such query restricts its rows with `GRAPH ?graph` in its outer
    WHERE; its sub-queries may name ?graph too, only to read that one graph instead of the
    whole store for candidates the outer restriction keeps anyway. A query with a form for one
    graph (queries/qc/scoped/, the same name) runs in that form then: the same rows, planned
    for a few things instead of the whole store. `namesakes`: the things whose names may share
    a key with a name the graph states (kg.label_index.namesakes), for a query that declares
    `#+ namesakes: VAR` (duplicate-label: it then keys those names instead of every one).
    `candidates`: on the whole store, the only things a query that declares `#+ candidates: VAR`
    can report (kg.build.link_candidates, for dangling-iri): that variable is bound to them."""
    nm = namespace_manager()
    problems = []
    for f in qc_files(paths):
        query = load_query(f)
        severity = "Violation" if f.stem.endswith("-violation") else "Warning"
        text = query.text
        if graph is not None and query.param("graph"):
            query = load_query(scoped_form(f))
            # `mentioned`: the IRIs the graph has as subject or object; a query whose rows are
            # about such things (`#+ focus`) then starts from them instead of the whole store
            alternatives = ({query.focus: mentioned or [URIRef(graph)]}
                            if query.focus and mentioned is not None else {})
            if query.namesakes and namesakes is not None:
                alternatives[query.namesakes] = namesakes
            text = with_bindings(query.text, {"graph": URIRef(graph)}, alternatives)
        elif graph is None and query.candidates and candidates is not None:
            text = with_bindings(query.text, {}, {query.candidates: candidates})
        variables, rows = store.select(text, name=str(f))
        for row in rows:
            values = dict(zip(variables, row))
            message = values.pop("message", None)
            message_nl = values.pop("messageNl", None)
            values.pop("graph", None)
            focus = row[0]
            rest = ", ".join(f"{k}={short(v, nm)}" for k, v in values.items()
                             if v is not None and v != focus)
            problems.append(Problem(severity, short(focus, nm),
                                    str(message) if message else query.title, value=rest,
                                    source=f.name, message_nl=str(message_nl or "")))
    return sorted(problems)
