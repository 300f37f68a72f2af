"""Query: run a named query (or a user's .rq file) with parameters bound as RDF terms, on the
built store or on rdflib's engine, and resolve labels for display and for `kg find`."""
from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .config import PREFIXES, Paths
from .errors import AmbiguousLabel, NoBuildError, QueryParameterError, QuerySyntaxError
from .gather import Beside, Several, first_facts, gather, leading_facts
from .i18n import _
from .i18n import current as current_language
from .paging import first_facts_by_units
from .queries import Param, Query, find_query, load_query
from .store import STORE_DIR, EmbeddedStore, rdflib_converter, to_oxigraph

if TYPE_CHECKING:
    from rdflib.term import Node
# rdflib is imported where terms are made (parameters, rdflib's engine), not here: it costs
# about 0.1 s of CPU that `kg find` and `kg path`, which use the labels only, do without.


# ---------------------------------------------------------------- engines

class RdflibEngine:
    """rdflib's own SPARQL engine over the TriG dump (slow; used to cross-check Oxigraph)."""

    def __init__(self, trig: Path):
        from rdflib import Dataset
        self.dataset = Dataset(default_union=True)
        self.dataset.parse(str(trig), format="trig")

    def select(self, text: str, bindings: dict[str, Node] | None = None, name: str = "query",
               limit: int | None = None, offset: int = 0) -> tuple[list[str], list[tuple]]:
        from rdflib.plugins.sparql import prepareQuery
        try:
            prepared = prepareQuery(text)
        except Exception as exc:
            raise QuerySyntaxError.of_parser(name, exc) from exc
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
        raise NoBuildError(_("{path}: no build found; run `kg build` first").format(path=store_dir))
    return EmbeddedStore(store_dir, read_only=True)


# ---------------------------------------------------------------- labels

_FOLDED_SEPARATORS = re.compile(r"[\s\-‐–_.]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Lionvolt' == 'LionVolt', 'Créatie' == 'creatie'."""
    # ASCII text is its own NFKD form and has no combining marks: most names at 1M (the build
    # folds every name of the label index, ~190,000, where the per-character test was ~2 s)
    stripped = text if text.isascii() else "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _FOLDED_SEPARATORS.sub(" ", stripped.casefold()).strip()


#: the kinds of findable things (queries/lookup/kinds.rq), the more telling first: a thing of
#: two kinds is of the first
KINDS = ("person", "organisation", "group", "post", "event", "agreement", "invitation",
         "follow-up action", "cost statement", "outcome", "place", "concept", "report")


@dataclass
class Labels:
    """All labels of the graph: display labels by language, and an index for finding things."""

    pref: dict[str, dict[str, str]] = field(default_factory=dict)    # iri -> lang -> label
    names: dict[str, set[str]] = field(default_factory=dict)          # iri -> every label
    kinds: dict[str, str] = field(default_factory=dict)               # iri -> kind
    # a post or its role -> the holders of that post -> the post: "governor" finds Kim Dong-yeon
    offices: dict[str, dict[str, str]] = field(default_factory=dict)
    merged: dict[str, str] = field(default_factory=dict)              # record -> its actor

    @classmethod
    def from_engine(cls, engine, paths: Paths) -> "Labels":
        """Every label of the graph, read with the queries in queries/lookup/ (kg.label_index
        keeps them in a file beside a build, for commands that need only a few)."""
        from .label_index import lookup_rows
        return cls.from_rows(*lookup_rows(engine, paths))

    @classmethod
    def from_rows(cls, label_rows, kind_rows, office_rows, merged_rows) -> "Labels":
        """Labels from the rows of the lookup queries, as plain strings (None where unbound):
        (thing, label, language, property), (thing, kind), (holder, post, role), (record,
        actor)."""
        labels = cls()
        rank = {"pref": 0, "label": 1, "alt": 2}
        best: dict[str, dict[str, tuple[int, str]]] = {}
        for iri, text, lang, prop in label_rows:
            lang = lang or ""
            labels.names.setdefault(iri, set()).add(text)
            current = best.setdefault(iri, {}).get(lang)
            candidate = (rank[prop], text)
            if current is None or candidate < current:
                best[iri][lang] = candidate
        # an alias (skos:altLabel, e.g. the label of a merged record) is shown only for a
        # thing without any name or label, whatever its language
        labels.pref = {iri: {lang: t for lang, (r, t) in by.items()
                             if r < rank["alt"] or all(x == rank["alt"] for x, _ in by.values())}
                       for iri, by in best.items()}
        for iri, kind in kind_rows:
            if iri not in labels.kinds or KINDS.index(kind) < KINDS.index(labels.kinds[iri]):
                labels.kinds[iri] = kind
        for holder, post, role in office_rows:
            for office in (post, role):
                if office is not None:
                    labels.offices.setdefault(office, {})[holder] = post
        labels.merged = dict(merged_rows)
        return labels

    def read_labels(self, iris) -> None:
        """Have the labels of these things at hand before they are shown one by one (all of
        them are here already; kg.label_index reads those of a page at once)."""

    def canonical(self, iri: str) -> str:
        """The actor a record was merged into by a confirmed identity (kg.canonical), else
        the IRI itself: an old IRI still leads to the actor."""
        return self.merged.get(str(iri), str(iri))

    def label(self, iri: str, lang: str | None = None) -> str:
        """The label in `lang` (default: the language in use, kg.i18n), else in English or
        Dutch, else any; a thing without a label by its short IRI."""
        lang = lang or current_language()
        by = self.pref.get(str(iri))
        if by:
            for choice in (lang, "en", "nl", ""):
                if choice in by:
                    return by[choice]
            return next(iter(by.values()))
        return compact(str(iri))

    def find(self, text: str, kinds: set[str] | None = None) -> list[str]:
        """IRIs whose label, alias or id matches `text`, or who hold a post so named."""
        return [m.iri for m in self.matches(text, kinds)]

    def matches(self, text: str, kinds: set[str] | None = None) -> list["Match"]:
        """The things of `kinds` (any kind when None) that `text` names: those whose (folded)
        name it is, with the holders of posts and roles so named; else those whose id it is;
        else those whose names contain it, with the holders of posts and roles so named."""
        wanted = fold(text)
        if not wanted:
            return []
        merged = self.merged.get(expand(text) or "") or self._merged_by_id(wanted)
        if merged is not None:      # the IRI or id of a record merged into an actor
            return [Match(merged, "merged record")]
        # ids are looked at only when no name is the text, parts of names only when no id is
        for search in (self._named, self._by_id, lambda text: self._named(text, whole=False)):
            group = list(search(wanted))
            found = {m.iri: m for m in group}
            for m in group:
                for holder, post in self.offices.get(m.iri, {}).items():
                    found.setdefault(holder, Match(holder, "office", post, m.exact))
            chosen = [m for m in found.values() if m.iri in self.kinds
                      and (not kinds or self.kinds[m.iri] in kinds)]
            if chosen:
                return sorted(chosen, key=lambda m: (m.how == "office", m.iri))
        return []

    def _merged_by_id(self, wanted: str) -> str | None:
        """The actor a record whose id is the folded text was merged into, if any."""
        return next((actor for record, actor in self.merged.items()
                     if fold(local_name(record)) == wanted), None)

    def _named(self, wanted: str, whole: bool = True) -> Iterable["Match"]:
        """The things with a name that is the folded text (`whole`), else those with a name
        that contains it and none that is it."""
        for iri, names in self.names.items():
            folded = {fold(n) for n in names}
            if wanted in folded:
                if whole:
                    yield Match(iri, "name")
            elif not whole and any(wanted in f for f in folded):
                yield Match(iri, "part of a name", exact=False)

    def _by_id(self, wanted: str) -> list["Match"]:
        """Things whose id (as a sheet writes it) is the folded text: the end of the IRI, after
        the report's id for the things of one report."""
        ids = {wanted} | {f"{fold(local_name(r))} {wanted}" for r, k in self.kinds.items()
                          if k == "report"}
        return [Match(iri, "id") for iri in self.kinds if fold(local_name(iri)) in ids]


@dataclass(frozen=True)
class Match:
    """A thing a text names, and how: by its "name", its "id" (the end of its IRI, as in
    sheets), "part of a name", or as the holder of an "office" (a post, given in `post`);
    `exact` when the whole text is the name or id (of the thing, or of the office)."""

    iri: str
    how: str
    post: str | None = None
    exact: bool = True

    def reason(self, labels: Labels, lang: str | None = None) -> str:
        if self.how == "office":
            return _("holds {post}").format(post=labels.label(self.post, lang))
        return {"id": _("its id"), "part of a name": _("part of its name"),
                "merged record": _("a record merged into it by a confirmed identity")
                }.get(self.how, _("its name"))


def local_name(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1]


#: the prefixes, the longest namespace first
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


@functools.lru_cache(maxsize=1 << 16)
def compact(iri: str) -> str:
    """`rper:kim-dong-yeon` for a known namespace's IRI (remembered: a page of 1,000 facts
    compacts its actors, meetings and places over and over)."""
    for prefix, ns in _BY_LENGTH:
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


#: what a parameter of type `actor` names
ACTOR_KINDS = ("person", "organisation", "group")


def bind_value(param: Param, raw: str, labels: Labels | None) -> Node:
    """Turn a user's value into an RDF term of the parameter's type."""
    return resolve_value(param, raw, labels)[0]


def resolve_value(param: Param, raw: str, labels: Labels | None,
                  rdflib_terms: bool = True) -> tuple[Node, str | None]:
    """The RDF term for a user's value, and a note saying what a name matched when that was
    not simply its name (an office's holder, an id, part of a name, an actor before a place).
    The term is rdflib's, or pyoxigraph's when not `rdflib_terms` (an IRI and a string then
    without importing rdflib)."""
    kind = param.type
    if kind in ("iri", "actor"):
        iri, note = _resolve_iri(param, raw, labels,
                                 set(ACTOR_KINDS) if kind == "actor" else None)
        if rdflib_terms:
            from rdflib import URIRef
            return URIRef(iri), note
        return ox.NamedNode(iri), note
    if kind == "string" and not rdflib_terms:
        return ox.Literal(raw), None
    literal = _literal(param, raw)
    return (literal if rdflib_terms else to_oxigraph(literal)), None


def _resolve_iri(param: Param, raw: str, labels: Labels | None,
                 kinds: set[str] | None) -> tuple[str, str | None]:
    """The IRI a user's value names, and the note on what it matched (see resolve_value)."""
    iri = expand(raw)
    if iri is not None:
        if re.search(r'[\s<>"{}|^`\\]', iri):
            raise QueryParameterError(_("parameter {name}: {value} is not a valid IRI (it holds "
                                        "a space or one of {characters})").format(
                name=param.name, value=repr(raw), characters='< > " { } | ^ ` \\'))
        if labels is not None:
            iri = labels.canonical(iri)     # a record merged into an actor leads to the actor
        known = labels.kinds.get(iri) if labels is not None else None
        if kinds and known is not None and known not in kinds:
            raise QueryParameterError(_("parameter {name}: {label} ({id}) is {a_kind}, not a "
                                        "person, organisation or group").format(
                name=param.name, label=labels.label(iri), id=compact(iri), a_kind=_a(known)))
        return iri, None
    if labels is None:
        raise QueryParameterError(_("parameter {name}: {value} is not an IRI").format(
            name=param.name, value=repr(raw)))
    matches = labels.matches(raw, kinds)
    named = labels.matches(raw) if kinds else matches
    if kinds and named and named[0].exact and not any(m.exact for m in matches):
        # the name is exactly that of something else (a place, a concept): say so rather than
        # answer for an actor whose name merely contains it
        shown = "; ".join(_("{label} ({id}) is {a_kind}").format(
            label=labels.label(m.iri), id=compact(m.iri), a_kind=_a(labels.kinds[m.iri]))
            for m in named[:8])
        hint = ("; " + _("actors whose names contain it: {shown}").format(shown="; ".join(
            f"{labels.label(m.iri)} ({compact(m.iri)})" for m in matches[:8]))) if matches else ""
        raise QueryParameterError(_("parameter {name}: {value} names no person, organisation "
                                    "or group: {shown}").format(
            name=param.name, value=repr(raw), shown=shown) + hint)
    if not matches:
        raise AmbiguousLabel(_("parameter {name}: nothing is called {text!r}; try `kg find {raw}`"
                               ).format(name=param.name, text=raw, raw=raw))
    if len(matches) > 1:
        shown = "; ".join(f"{labels.label(m.iri)} ({compact(m.iri)}"
                          + (f", {m.reason(labels)}" if m.how == "office" else "") + ")"
                          for m in matches[:8])
        raise AmbiguousLabel(_("parameter {name}: {value} matches {n} things: {shown}. Give one "
                               "of these names or IRIs.").format(
            name=param.name, value=repr(raw), n=len(matches), shown=shown))
    match = matches[0]
    note = None
    if match.how != "name":
        note = f"{param.name}: {raw} -> {labels.label(match.iri)} ({match.reason(labels)})"
    elif kinds:
        passed = [m for m in labels.matches(raw) if m.how == "name" and m.iri != match.iri]
        if passed:
            note = f"{param.name}: {raw} -> {labels.label(match.iri)} " + _(
                "(the {kind}; not the {others} of that name)").format(
                kind=_(labels.kinds[match.iri]),
                others=", ".join(_(labels.kinds[m.iri]) for m in passed))
    return match.iri, note


def _a(kind: str) -> str:
    """'an organisation', 'a person' (in the language in use)."""
    return (_("an {kind}") if kind[:1] in "aeiou" else _("a {kind}")).format(kind=_(kind))


def _literal(param: Param, raw: str) -> Node:
    from rdflib import XSD, Literal
    kind = param.type
    if kind == "string":
        return Literal(raw)
    if kind == "integer":
        if not re.match(r"^-?\d+$", raw):
            raise QueryParameterError(_("parameter {name}: {value} is not a whole number").format(
                name=param.name, value=repr(raw)))
        return Literal(int(raw))
    if kind == "decimal":
        try:
            return Literal(Decimal(raw), datatype=XSD.decimal)
        except InvalidOperation:
            raise QueryParameterError(_("parameter {name}: {value} is not a number").format(
                name=param.name, value=repr(raw))) from None
    if kind == "date":
        try:
            return Literal(dt.date.fromisoformat(raw))
        except ValueError:
            raise QueryParameterError(_(
                "parameter {name}: {value} is not a date (YYYY-MM-DD)").format(
                name=param.name, value=repr(raw))) from None
    if kind == "year":
        if not _YEAR.match(raw):
            raise QueryParameterError(_("parameter {name}: {value} is not a year (YYYY)").format(
                name=param.name, value=repr(raw)))
        return Literal(int(raw))
    raise QueryParameterError(_("parameter {name}: unknown type {kind}").format(
        name=param.name, kind=kind))


def bindings_for(query: Query, values: dict[str, str], labels: Labels | None,
                 notes: list[str] | None = None, rdflib_terms: bool = True) -> dict[str, Node]:
    """The parameters bound as RDF terms (rdflib's, else pyoxigraph's); what names matched, when
    not simply by name, is appended to `notes`."""
    unknown = [k for k in values if query.param(k) is None]
    if unknown:
        known = ", ".join(p.name for p in query.params) or _("none")
        raise QueryParameterError(_(
            "query {query} has no parameter {name} (its parameters: {known})").format(
            query=query.name, name=repr(unknown[0]), known=known))
    bound = {}
    for p in query.params:
        raw = values.get(p.name, p.default)
        if raw is None:
            raise QueryParameterError(_("query {query} needs parameter {name!r} ({description}); "
                                        "give it with -p {name}=VALUE").format(
                query=query.name, name=p.name, description=p.description))
        if raw == "none":
            continue
        bound[p.name], note = resolve_value(p, raw, labels, rdflib_terms)
        if note and notes is not None:
            notes.append(note)
    return bound


def parse_param_args(args: list[str]) -> dict[str, str]:
    values = {}
    for a in args:
        key, sep, value = a.partition("=")
        if not sep or not key.strip():
            raise QueryParameterError(_(
                "parameter {name}: expected NAME=VALUE").format(name=repr(a)))
        values[key.strip()] = value.strip()
    return values


# ---------------------------------------------------------------- running

@dataclass
class Answer:
    query: Query
    variables: list[str]
    rows: list[tuple]
    bindings: dict[str, Node]
    notes: list[str] = field(default_factory=list)   # what the names given matched
    more: bool = False       # a page (run_query's `page`): more facts follow its last


def query_text_for(engine, text: str, bound: dict[str, Node]) -> str:
    """The text to send to `engine` for a query with parameters `bound`.

    On the embedded store the parameters also open every WHERE group as a VALUES block of RDF
    terms (kg.store.with_bindings, as for a remote server), besides being substituted. Oxigraph
    plans joins before it looks at substitutions: a VALUES block is a pattern of one row that its
    planner starts from, so a question about one actor is answered from that actor outwards
    (a sub-query sees it too) instead of from the whole graph. The substitution stays, so a
    parameter the query does not project is still an error."""
    if not isinstance(engine, EmbeddedStore):
        return text
    return with_values(text, bound)


def with_values(text: str, bound: dict[str, Node]) -> str:
    """`text` with the parameters `bound` opening every WHERE group as a VALUES block (for the
    embedded store: see query_text_for; `kg serve` does the same)."""
    if not bound:
        return text
    from .errors import StoreError
    from .store import with_bindings
    try:
        return with_bindings(text, bound)
    except StoreError:          # no WHERE keyword (`SELECT * { … }`): substitutions only
        return text


def run_query(engine, query: Query, values: dict[str, str] | None = None,
              labels: Labels | None = None, limit: int | None = None,
              offset: int = 0, rdflib_terms: bool = True, page: bool = False) -> Answer:
    """The answer of `query`, one row per fact when its header declares a key (kg.gather):
    then limit and offset count facts, so the engine's rows are all read first; on the embedded
    store, of a query whose rows of one fact come together (`#+ facts: together`), only the
    rows of the facts up to the page's last, of a query that pages by units (`#+ page`), only
    the rows of the first units (kg.paging), and of another only the key's cells of the rows
    after the page's facts. Its terms (rows and parameters) are rdflib's; on the
    embedded store, when not `rdflib_terms`, Oxigraph's own (kg.terms reads both: a command
    that only shows the answer spares importing rdflib).

    With `page` (and a limit), the answer is a page of `limit` facts as people read it (`kg
    query`'s table, `kg serve`'s pages): one fact more is asked for, and `Answer.more` says
    whether it came."""
    notes: list[str] = []
    rdflib_terms = rdflib_terms or not isinstance(engine, EmbeddedStore)
    bound = bindings_for(query, values or {}, labels, notes, rdflib_terms)
    answer = answer_for(engine, query, bound, limit, offset, rdflib_terms, page)
    answer.notes = notes
    return answer


def answer_for(engine, query: Query, bound: dict[str, Node], limit: int | None = None,
               offset: int = 0, rdflib_terms: bool = True, page: bool = False) -> Answer:
    """run_query's answer for parameters already bound as RDF terms (rdflib's, or on the
    embedded store pyoxigraph's when not `rdflib_terms`): `kg serve`'s workers run the named
    queries with it, their parameters resolved by the server's labels."""
    embedded = isinstance(engine, EmbeddedStore)
    rdflib_terms = rdflib_terms or not embedded
    asked = limit + 1 if page and limit is not None else limit
    variables, rows = _answer_rows(engine, query, bound, asked, offset, rdflib_terms)
    more = asked != limit and len(rows) > limit
    return Answer(query, variables, rows[:limit] if more else rows, bound, more=more)


def _answer_rows(engine, query: Query, bound: dict[str, Node], limit: int | None,
                 offset: int, rdflib_terms: bool) -> tuple[list[str], list[tuple]]:
    """(variables, rows) of answer_for."""
    embedded = isinstance(engine, EmbeddedStore)
    # (a server whose SPARQL needs a form of its own gets it: `#+ form`, kg.queries)
    text = query_text_for(engine, query.text_for(getattr(engine, "dialect", None)), bound)
    if not query.key:
        return engine.select(text, bound, name=str(query.path), limit=limit, offset=offset,
                             **({} if rdflib_terms else {"convert": False}))
    # every row is read to gather the facts (for a page of facts that come together, the rows
    # up to the page's last fact); on the embedded store only the facts kept become rdflib
    # terms (the terms compare and hash alike)
    paged = None
    if embedded and query.page and limit is not None:
        # the first units only (`#+ page`, kg.paging); None: the whole answer is read below
        paged = first_facts_by_units(engine, query, bound, offset + limit,
                                     lambda page_text: query_text_for(engine, page_text, bound))
    if paged is not None:
        variables, rows = paged
        rows = rows[offset:]
    elif embedded and query.facts_together and limit is not None:
        variables, solutions = engine.solutions(text, bound, name=str(query.path))
        rows = first_facts(query.name, variables, solutions, query.key, offset + limit,
                           query.pairs)[offset:]
    elif embedded and limit is not None:
        # every solution is read, but of those of facts after the page only the key's terms
        variables, solutions = engine.solutions(text, bound, name=str(query.path),
                                                as_tuples=False)
        rows = leading_facts(query.name, variables, solutions, query.key, offset + limit,
                             query.pairs)[offset:]
    else:
        variables, rows = (engine.select(text, bound, name=str(query.path), convert=False)
                           if embedded else engine.select(text, bound, name=str(query.path)))
        rows = gather(query.name, variables, rows, query.key, query.pairs)[offset:]
    rows = rows if limit is None else rows[:limit]
    if embedded and rdflib_terms:
        term = rdflib_converter()           # each distinct term once: answers repeat their terms
        rows = [tuple(_rdflib_cell(cell, term) for cell in row) for row in rows]
    return variables, rows


def _rdflib_cell(cell, term):
    """A gathered cell of pyoxigraph terms as the same cell of rdflib terms (`term` converts one,
    kg.store.rdflib_converter)."""
    if isinstance(cell, Several):
        return Several(_rdflib_cell(value, term) for value in cell)
    if isinstance(cell, Beside):
        return Beside(term(cell.value), term(cell.by))
    return term(cell)


def named(paths: Paths, name_or_path: str) -> Query:
    return find_query(paths.queries, name_or_path)
