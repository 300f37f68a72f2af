"""Query: run a named query (or a user's .rq file) with parameters bound as RDF terms, on the
built store or on rdflib's engine, and resolve labels for display and for `kg find`."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import XSD, Dataset, Literal, URIRef
from rdflib.term import Node

from .config import PREFIXES, Paths
from .errors import AmbiguousLabel, NoBuildError, QueryParameterError, QuerySyntaxError
from .queries import Param, Query, find_query, load_query
from .store import STORE_DIR, EmbeddedStore


# ---------------------------------------------------------------- engines

class RdflibEngine:
    """rdflib's own SPARQL engine over the TriG dump (slow; used to cross-check Oxigraph)."""

    def __init__(self, trig: Path):
        self.dataset = Dataset(default_union=True)
        self.dataset.parse(str(trig), format="trig")

    def select(self, text: str, bindings: dict[str, Node] | None = None, name: str = "query",
               limit: int | None = None, offset: int = 0) -> tuple[list[str], list[tuple]]:
        from rdflib.plugins.sparql import prepareQuery
        try:
            prepared = prepareQuery(text)
        except Exception as exc:
            raise QuerySyntaxError(f"{name}: SPARQL syntax error: {exc}") from exc
        result = self.dataset.query(prepared, initBindings=bindings or {})
        variables = [str(v) for v in result.vars]
        rows = [tuple(row) for row in result][offset:]
        return variables, rows if limit is None else rows[:limit]


def open_store(paths: Paths | None = None, endpoint: str | None = None):
    """The last good build's store, read-only; or a remote SPARQL 1.1 server."""
    if endpoint:
        from .store import RemoteStore
        return RemoteStore(endpoint)
    paths = paths or Paths()
    store_dir = paths.current / STORE_DIR
    if not store_dir.exists():
        raise NoBuildError(f"{store_dir}: no build found; run `kg build` first")
    return EmbeddedStore(store_dir, read_only=True)


# ---------------------------------------------------------------- labels

def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Lionvolt' == 'LionVolt', 'Créatie' == 'creatie'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐–_.]+", " ", stripped.casefold()).strip()


@dataclass
class Labels:
    """All labels of the graph: display labels by language, and an index for finding things."""

    pref: dict[str, dict[str, str]] = field(default_factory=dict)    # iri -> lang -> label
    names: dict[str, set[str]] = field(default_factory=dict)          # iri -> every label
    kinds: dict[str, str] = field(default_factory=dict)               # iri -> kind

    @classmethod
    def from_engine(cls, engine, paths: Paths) -> "Labels":
        labels = cls()
        q = load_query(paths.queries / "lookup" / "labels.rq")
        _, rows = engine.select(q.text, name=q.name)
        rank = {"pref": 0, "label": 1, "alt": 2}
        best: dict[str, dict[str, tuple[int, str]]] = {}
        for x, label, prop in rows:
            iri, text, lang = str(x), str(label), getattr(label, "language", None) or ""
            labels.names.setdefault(iri, set()).add(text)
            current = best.setdefault(iri, {}).get(lang)
            candidate = (rank[str(prop)], text)
            if current is None or candidate < current:
                best[iri][lang] = candidate
        labels.pref = {iri: {lang: t for lang, (_, t) in by.items()} for iri, by in best.items()}
        q = load_query(paths.queries / "lookup" / "kinds.rq")
        _, rows = engine.select(q.text, name=q.name)
        order = ["person", "organisation", "group", "post", "event", "agreement", "invitation",
                 "follow-up action", "cost statement", "outcome", "place", "concept", "report"]
        for x, kind in rows:
            iri = str(x)
            if iri not in labels.kinds or order.index(str(kind)) < order.index(labels.kinds[iri]):
                labels.kinds[iri] = str(kind)
        return labels

    def label(self, iri: str, lang: str = "en") -> str:
        by = self.pref.get(str(iri))
        if by:
            for choice in (lang, "en", "nl", ""):
                if choice in by:
                    return by[choice]
            return next(iter(by.values()))
        return compact(str(iri))

    def find(self, text: str, kinds: set[str] | None = None) -> list[str]:
        """IRIs whose label or alias matches `text`: exact (folded) matches first, else substring."""
        wanted = fold(text)
        if not wanted:
            return []
        exact, partial = [], []
        for iri, names in self.names.items():
            if iri not in self.kinds or (kinds and self.kinds[iri] not in kinds):
                continue
            folded = {fold(n) for n in names}
            if wanted in folded:
                exact.append(iri)
            elif any(wanted in f for f in folded):
                partial.append(iri)
        return sorted(exact) if exact else sorted(partial)


def compact(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and "/" not in iri[len(ns):] and "#" not in iri[len(ns):]:
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def expand(text: str) -> str | None:
    """A full IRI (<…> or http…) or a known prefixed name, else None."""
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    if re.match(r"^https?://", text):
        return text
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and re.match(r"^[\w\-.]+$", local):
        return PREFIXES[prefix] + local
    return None


# ---------------------------------------------------------------- parameters

_YEAR = re.compile(r"^-?\d{4}$")


def bind_value(param: Param, raw: str, labels: Labels | None) -> Node:
    """Turn a user's value into an RDF term of the parameter's type."""
    kind = param.type
    if kind == "iri":
        iri = expand(raw)
        if iri is not None:
            if re.search(r'[\s<>"{}|^`\\]', iri):
                raise QueryParameterError(f"parameter {param.name}: {raw!r} is not a valid IRI "
                                          "(it holds a space or one of < > \" { } | ^ ` \\)")
            return URIRef(iri)
        if labels is None:
            raise QueryParameterError(f"parameter {param.name}: {raw!r} is not an IRI")
        matches = labels.find(raw)
        if not matches:
            raise AmbiguousLabel(f"parameter {param.name}: nothing is called {raw!r}; "
                                 f"try `kg find {raw}`")
        if len(matches) > 1:
            shown = "; ".join(f"{labels.label(m)} ({compact(m)})" for m in matches[:8])
            raise AmbiguousLabel(f"parameter {param.name}: {raw!r} matches {len(matches)} "
                                 f"things: {shown}. Give one of these names or IRIs.")
        return URIRef(matches[0])
    if kind == "string":
        return Literal(raw)
    if kind == "integer":
        if not re.match(r"^-?\d+$", raw):
            raise QueryParameterError(f"parameter {param.name}: {raw!r} is not a whole number")
        return Literal(int(raw))
    if kind == "decimal":
        try:
            return Literal(Decimal(raw), datatype=XSD.decimal)
        except InvalidOperation:
            raise QueryParameterError(f"parameter {param.name}: {raw!r} is not a number") from None
    if kind == "date":
        try:
            return Literal(dt.date.fromisoformat(raw))
        except ValueError:
            raise QueryParameterError(f"parameter {param.name}: {raw!r} is not a date "
                                      "(YYYY-MM-DD)") from None
    if kind == "year":
        if not _YEAR.match(raw):
            raise QueryParameterError(f"parameter {param.name}: {raw!r} is not a year (YYYY)")
        return Literal(int(raw))
    raise QueryParameterError(f"parameter {param.name}: unknown type {kind}")


def bindings_for(query: Query, values: dict[str, str], labels: Labels | None) -> dict[str, Node]:
    unknown = [k for k in values if query.param(k) is None]
    if unknown:
        known = ", ".join(p.name for p in query.params) or "none"
        raise QueryParameterError(f"query {query.name} has no parameter {unknown[0]!r} "
                                  f"(its parameters: {known})")
    bound = {}
    for p in query.params:
        raw = values.get(p.name, p.default)
        if raw is None:
            raise QueryParameterError(f"query {query.name} needs parameter {p.name!r} "
                                      f"({p.description}); give it with -p {p.name}=VALUE")
        if raw == "none":
            continue
        bound[p.name] = bind_value(p, raw, labels)
    return bound


def parse_param_args(args: list[str]) -> dict[str, str]:
    values = {}
    for a in args:
        key, sep, value = a.partition("=")
        if not sep or not key.strip():
            raise QueryParameterError(f"parameter {a!r}: expected NAME=VALUE")
        values[key.strip()] = value.strip()
    return values


# ---------------------------------------------------------------- running

@dataclass
class Answer:
    query: Query
    variables: list[str]
    rows: list[tuple]
    bindings: dict[str, Node]


def query_text_for(engine, text: str, bound: dict[str, Node]) -> str:
    """The text to send to `engine` for a query with parameters `bound`.

    On the embedded store the parameters also open every WHERE group as a VALUES block of RDF
    terms (kg.store.with_bindings, as for a remote server), besides being substituted. Oxigraph
    plans joins before it looks at substitutions: a VALUES block is a pattern of one row that its
    planner starts from, so a question about one actor is answered from that actor outwards
    (a sub-query sees it too) instead of from the whole graph. The substitution stays, so a
    parameter the query does not project is still an error."""
    if not bound or not isinstance(engine, EmbeddedStore):
        return text
    from .errors import StoreError
    from .store import with_bindings
    try:
        return with_bindings(text, bound)
    except StoreError:          # no WHERE keyword (`SELECT * { … }`): substitutions only
        return text


def run_query(engine, query: Query, values: dict[str, str] | None = None,
              labels: Labels | None = None, limit: int | None = None,
              offset: int = 0) -> Answer:
    bound = bindings_for(query, values or {}, labels)
    variables, rows = engine.select(query_text_for(engine, query.text, bound), bound,
                                    name=str(query.path), limit=limit, offset=offset)
    return Answer(query, variables, rows, bound)


def named(paths: Paths, name_or_path: str) -> Query:
    return find_query(paths.queries, name_or_path)
