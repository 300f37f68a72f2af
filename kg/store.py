"""Store: the built graph lives in Oxigraph on disk (pyoxigraph). Queries see the union of all
named graphs as their default graph."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .errors import NoBuildError, QuerySyntaxError, StoreError

STORE_DIR = "store"


def to_rdflib(term) -> Node | None:
    """pyoxigraph term -> rdflib term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported RDF term from the store: {term!r}")


def to_oxigraph(term: Node):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot bind {term!r} as an RDF term")


class EmbeddedStore:
    """An Oxigraph store in a directory (or in memory when path is None)."""

    def __init__(self, path: Path | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise NoBuildError(f"{self.path}: no store here; run `kg build` first")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the Oxigraph store: {exc}") from exc

    @property
    def raw(self) -> ox.Store:
        return self._store

    # --- writing
    def load_nquads(self, data: bytes) -> None:
        self._store.load(data, format=ox.RdfFormat.N_QUADS)

    def update(self, text: str, name: str = "update") -> None:
        try:
            self._store.update(text)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"{name}: SPARQL syntax error: {exc}") from exc

    def flush(self) -> None:
        self._store.flush()

    # --- reading
    def select(self, text: str, bindings: dict[str, Node] | None = None,
               name: str = "query") -> tuple[list[str], list[tuple]]:
        """Run a SELECT over the union of all graphs; returns (variables, rows of rdflib terms)."""
        subs = {ox.Variable(k): to_oxigraph(v) for k, v in (bindings or {}).items()}
        try:
            result = self._store.query(text, use_default_graph_as_union=True,
                                       substitutions=subs or None)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"{name}: SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{name}: store error: {exc}") from exc
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError(f"{name}: not a SELECT query")
        variables = [v.value for v in result.variables]
        rows = [tuple(to_rdflib(sol[v]) for v in variables) for sol in result]
        return variables, rows

    def count(self, graph: str) -> int:
        """Triples in one named graph (pattern access: no query text needed)."""
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def graph_sizes(self) -> dict[str, int]:
        return {g.value: self.count(g.value) for g in self._store.named_graphs()}

    def quads(self) -> Iterable[ox.Quad]:
        return iter(self._store)

    def dump_trig(self, path: Path, prefixes: dict[str, str]) -> None:
        self._store.dump(str(path), format=ox.RdfFormat.TRIG, prefixes=prefixes)
