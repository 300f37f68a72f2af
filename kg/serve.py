"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the built store, the named queries
by URL (Datasette-style `/query/NAME.json` and `.csv`), and the `Context` the HTML pages
(`kg.web`) build on.

Routes:

    /sparql              SPARQL 1.1 Protocol: GET ?query=, POST form (query=...), POST
                         application/sparql-query. SELECT/ASK as application/sparql-results+json
                         (default), +xml, text/csv, text/tab-separated-values; CONSTRUCT/DESCRIBE
                         as text/turtle (default), application/n-triples, application/ld+json,
                         application/rdf+xml. Chosen by Accept, or by ?format= (json, xml, csv,
                         tsv, turtle, nt, jsonld, rdfxml or a media type). The default graph is
                         the union of all named graphs; FROM / FROM NAMED and default-graph-uri /
                         named-graph-uri pick graphs of the store instead.
    /query/NAME.json     a named query, parameters from the URL (and _lang=nl for Dutch labels,
                         dates, title and messages; /queries.json?lang=nl the catalogue in
                         Dutch; without them the cookie of the pages, else Accept-Language):
    /query/NAME.csv        {"ok": true, "query", "title", "parameters", "columns", "rows",
                           "offset", "limit", "more", "next", "all", "truncated", "max_rows"}:
                           the JSON is a page as `kg query`'s table (kg.config.FIRST_PAGE facts,
                           else `_limit=N`, from `_offset=N`; `_limit=all` the whole answer),
                           "more" (header X-KG-More) when facts follow, "next" the next page's
                           address, "all" the CSV's; the CSV is the whole answer, as `kg query
                           --format csv` (or the page `_limit`/`_offset` ask for). Either is cut
                           at max_rows facts ("truncated", X-KG-Truncated)
    /queries.json        the catalogue: names, titles, descriptions, parameters, and the key
                           (the columns that identify one fact: one row per key)
    /labels.json         POST a JSON list of IRIs: {"ok": true, "labels": {iri: label}} for
                           those with a label (?lang=nl for Dutch); the SPARQL editor uses it
    /                    the pages (kg.web.page_routes) if that module exists, else a small index
    /static              kg/static, when that folder exists

Status codes: 400 bad request (no query, two queries, syntax error with line and column, bad
parameter or ambiguous label), 403 refused (SPARQL Update, SERVICE, a non-http(s) graph IRI),
404 unknown named query or page, 405 other methods than GET/POST, 406 no acceptable format,
413 a body over 1 MB, 415 a POST that is neither form nor application/sparql-query, 503 past the
time limit (or every worker busy for that long), 502 the --endpoint server failed. Errors are
JSON everywhere: {"ok": false, "error": "...", "status": N}, but for the plain-text 400 of
Starlette's TrustedHostMiddleware to a Host header a loopback server does not answer.

Every query runs in worker processes (kg.serve_workers), each holding one build's store open
read-only (or a kg.store.RemoteStore for --endpoint): a few general workers and one fast-lane
worker for queries not known to be slow, so slow queries do not starve quick ones. A query that
runs past the time limit gets its worker killed and replaced. A named query's page (or whole
answer) is read and gathered in the worker by kg.query.answer_for, the code `kg query` reads
its table's page with, and only its facts come back. Results beyond max_rows are cut
and marked (header X-KG-Truncated: true and, in SPARQL JSON, "kg": {"truncated": true,
"max_rows": N}). pyoxigraph writes the SELECT/ASK results in the worker (a SELECT runs as a
sub-select under LIMIT, see kg.serve_workers._serialised_select) and the RDF of
CONSTRUCT/DESCRIBE. Each request is answered from the build that was current when it arrived;
after `kg build` the next request starts workers on the new build, and the old one is stopped
and deleted when its last request is done (kg.serve_generations).

The endpoint never writes and never makes an outbound request, with three lines of defence:
1. the check here: SPARQL Update is refused, and so is SERVICE (found by a tokeniser that sees
   strings, IRIs and comments the way Oxigraph's parser does); FROM and the dataset parameters
   take http(s) IRIs only, which Oxigraph uses to pick graphs of the store (it never
   dereferences them);
2. the engine: workers run text only through Store.query (the query grammar has no update
   forms) on a store opened with Store.read_only, which refuses every write. pyoxigraph 0.5
   has no switch to turn SERVICE off, so the engine alone would call out; hence
3. the kernel (Linux, kg.sandbox): each embedded worker installs a seccomp filter that refuses
   every socket but AF_UNIX ones (a SERVICE then fails with "permission denied"), and moves into
   its own user and network namespace when the kernel allows it (KG_SERVE_NETNS=0 turns the
   namespace off, should a system refuse it).

The library never prints; it logs to the "kg.serve" logger, which `serve()` routes through
uvicorn's handlers.
"""
from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import mimeparse
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .config import FIRST_PAGE, PREFIXES, Paths
from .errors import (InputError, KGError, QueryNotFound, QueryParameterError,
                     QuerySyntaxError, StoreError, UsageError)
from .i18n import _
from .query import Answer, Labels, bindings_for, with_values
from .queries import Query, catalogue
from .serve_generations import PINNED, Generations
from .serve_workers import (RDF_LANGSTRING, XSD_STRING, QueryTimeout, ServerBusy, WorkerPool,
                            _to_ox)

__all__ = ["create_app", "serve", "Context", "Settings", "Rows", "LimitedAnswer", "QueryInfo",
           "check_query", "status_for", "QueryRefused", "RemoteError", "QueryTimeout", "ServerBusy",
           "BadRequest", "NotAcceptable", "UnsupportedMediaType", "QueryEvaluationError"]

log = logging.getLogger("kg.serve")
log.addHandler(logging.NullHandler())

MAX_QUERY_BYTES = 1_000_000       # a query (or form body) larger than this gets 413


# ---------------------------------------------------------------- errors

class BadRequest(UsageError):
    """A malformed protocol request (400)."""

    status = 400


class QueryRefused(UsageError):
    """A request this read-only endpoint will not run: SPARQL Update, SERVICE, file access (403)."""

    status = 403


class NotAcceptable(UsageError):
    """No result format the client accepts (406)."""

    status = 406


class UnsupportedMediaType(UsageError):
    """A POST body of a media type the protocol does not define (415)."""

    status = 415


class PayloadTooLarge(UsageError):
    status = 413


class QueryEvaluationError(InputError):
    """The query parsed but the engine could not evaluate it (400)."""

    status = 400


class RemoteError(StoreError):
    """The SPARQL server behind --endpoint failed (502)."""

    status = 502


def status_for(exc: BaseException) -> int:
    """The HTTP status for a library error (the pages use this too)."""
    status = getattr(exc, "status", None)
    if isinstance(status, int):
        return status
    if isinstance(exc, QueryNotFound):
        return 404
    if isinstance(exc, (UsageError, QuerySyntaxError)):   # bad parameter, ambiguous label, syntax
        return 400
    return 500


# ---------------------------------------------------------------- the read-only check

# Character classes of the SPARQL 1.1 grammar, as Oxigraph's parser uses them.
_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
         "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
         "\U00010000-\U000EFFFF")
_U = _BASE + "_"
_CH = _U + r"\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_TOKEN = re.compile("|".join([
    r"(?P<ws>[ \t\r\n]+)",
    # a comment ends at any line break (ending it early only shows the checker more text)
    r"(?P<comment>\#[^\r\n\x0b\x0c\x85\u2028\u2029]*)",
    r"(?P<string>(?s:'''(?:(?:''|')?(?:[^'\\]|\\.))*''')"
    r"|(?s:\"\"\"(?:(?:\"\"|\")?(?:[^\"\\]|\\.))*\"\"\")"
    r"|'(?:[^'\\\n\r]|\\.)*'|\"(?:[^\"\\\n\r]|\\.)*\")",
    r"(?P<iri><(?:[^<>\"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)",
    rf"(?P<var>[?$][{_U}0-9][{_U}0-9\u00B7\u0300-\u036F\u203F-\u2040]*)",
    rf"(?P<bnode>_:[{_U}0-9](?:[{_CH}]|\.++(?=[{_CH}]))*+)",
    r"(?P<langtag>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)",
    r"(?P<number>(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)",
    # a keyword, or the prefix of a prefixed name when a ':' follows (see _tokens); the loops
    # are possessive, so a long run of name characters costs linear time
    rf"(?P<name>[{_BASE}](?:[{_CH}]|\.++(?=[{_CH}]))*+)",
    r"(?P<colon>:)",
    r"(?P<punct>\^\^|&&|\|\||!=|<=|>=|[{}()\[\];,.*+\-/!=<>|^?$@])",
    r"(?P<other>[^\\])",
]))
_LOCAL = re.compile(rf"(?:[{_U}:0-9]|{_PLX})(?:[{_CH}:]|{_PLX}|\.++(?=[{_CH}:%\\]))*+")
_OPERAND_END = {"var", "iri", "pname", "bnode", "string", "number", "langtag"}
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY"}
QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


@dataclass(frozen=True)
class QueryInfo:
    """What the check learned about a query: its form and the graphs its FROM clauses name."""

    form: str | None                 # SELECT, ASK, CONSTRUCT, DESCRIBE; None if not recognised
    from_graphs: tuple[str, ...] = ()
    from_named: tuple[str, ...] = ()
    # (prologue, projection, the rest without FROM clauses): what wraps a SELECT in a sub-select
    subselect: tuple[str, str, str] = ("", "*", "")

    @property
    def has_dataset(self) -> bool:
        return bool(self.from_graphs or self.from_named)


def _where(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind(chr(10), 0, offset) + 1) + 1
    return _("line {line}, column {column}").format(line=line, column=column)


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """(kind, text, offset) for every token but whitespace. Raises QueryRefused on anything the
    check cannot see through (a backslash outside a string, IRI or prefixed name; an IRI after
    an operand inside brackets that could as well be a less-than operator hiding a comment)."""
    out: list[tuple[str, str, int]] = []
    stack: list[str] = []         # "(" expression or collection, "data" VALUES row, "{", "values"
    values_pending = False
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise QueryRefused(_("cannot check the query: unexpected {char} at {where} (a "
                                 "backslash outside a string or name)").format(
                char=repr(text[pos]), where=_where(text, pos)))
        kind, tok, end = m.lastgroup, m.group(), m.end()
        if kind == "name" and text.startswith(":", end) or kind == "colon":
            colon = end if kind == "name" else pos
            local = _LOCAL.match(text, colon + 1)
            kind, end = "pname", local.end() if local else colon + 1
            tok = text[pos:end]
        elif kind == "name":
            kind = "word"
        if kind == "iri" and stack and stack[-1] == "(" and out and (
                out[-1][0] in _OPERAND_END or out[-1][1] in (")", "]")
                or out[-1][1].lower() in ("true", "false")):
            # `?x <y ... >`: inside brackets, after an operand, '<' may be less-than; then '#'
            # or a quote inside would start a comment or string the engine sees and we do not.
            inner = tok[1:-1]
            if re.search(r"[#'()]", inner) or "service" in inner.lower():
                raise QueryRefused(_(
                    "cannot check the query: '<' at {where} may start an IRI or be a less-than "
                    "operator; put a space after '<' when you mean less-than, or write the IRI "
                    "as a prefixed name").format(where=_where(text, pos)))
        if kind == "punct":
            if tok == "(":
                stack.append("data" if stack and stack[-1] == "values" else "(")
            elif tok == "{":
                stack.append("values" if values_pending else "{")
                values_pending = False
            elif tok in (")", "}") and stack:
                stack.pop()
        elif kind == "word" and tok.upper() == "VALUES":
            values_pending = True
        if kind != "ws":
            out.append((kind, tok, pos))
        pos = end
    return out


def _masked(text: str, tokens: list[tuple[str, str, int]]) -> str:
    """The query with strings, IRIs, comments and the names of variables and prefixed names
    blanked out: what is left is what the engine reads as keywords. A local name is blanked only
    up to its first '.', and a prefix never (Oxigraph reads `SERVICE:x` and `ex:a.b.SERVICE`
    as the keyword)."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "

    for kind, tok, at in tokens:
        if kind in ("string", "iri", "comment"):
            blank(at, at + len(tok))
        elif kind == "var":
            before = text[at - 1] if at else " "
            if not (re.match(r"[\w:>)\]*+?]", before) and "service" in tok.lower()):
                blank(at + 1, at + len(tok))
        elif kind in ("pname", "bnode"):
            colon = tok.index(":")
            local = tok[colon + 1:]
            cut = local.find(".")
            blank(at + colon + 1, at + colon + 1 + (len(local) if cut < 0 else cut))
    return "".join(chars)


def _unescape_iri(iri: str) -> str:
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})",
                  lambda m: chr(int(m.group(1) or m.group(2), 16)), iri)


def check_iri(iri: str, what: str) -> str:
    """A graph IRI may only be http(s): no file:, no relative IRIs."""
    scheme = urlsplit(iri).scheme.lower()
    if scheme not in ("http", "https"):
        raise QueryRefused(_("{what} {iri} is refused: only http(s) IRIs naming graphs of this "
                             "store are allowed (no files, no other schemes)").format(
            what=what, iri=f"<{iri}>"))
    return iri


def check_query(text: str) -> QueryInfo:
    """Refuse what a read-only endpoint must not run, before anything runs: SPARQL Update,
    SERVICE (outbound requests), FROM / FROM NAMED with non-http(s) IRIs. Returns the query form
    and the FROM graphs. Syntax errors are left to the engine, which names line and column."""
    tokens = _tokens(text)
    words = [(t.upper(), at) for kind, t, at in tokens if kind == "word"]
    for word, at in words:
        if word in UPDATE_WORDS:
            raise QueryRefused(_("SPARQL Update ({word} at {where}) is not accepted: this "
                                 "endpoint is read-only").format(word=word,
                                                                 where=_where(text, at)))
    hit = re.search("service", _masked(text, tokens), re.IGNORECASE)
    if hit:
        raise QueryRefused(_("SERVICE at {where} is not allowed: this endpoint never makes "
                             "requests to other servers (federated queries are off)").format(
            where=_where(text, hit.start())))
    form, form_at = next(((w, at) for w, at in words if w not in ("BASE", "PREFIX")),
                         (None, 0))
    form = form if form in QUERY_FORMS else None
    from_spans = []
    # prologue and FROM clauses
    base, prefixes = None, {}
    from_graphs, from_named = [], []
    i = 0
    while i < len(tokens):
        kind, tok, at = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        upper = tok.upper() if kind == "word" else ""
        if upper == "BASE" and nxt and nxt[0] == "iri":
            base = _resolve(_unescape_iri(nxt[1][1:-1]), base)
        elif upper == "PREFIX" and nxt and nxt[0] == "pname" and i + 2 < len(tokens) \
                and tokens[i + 2][0] == "iri":
            prefixes[nxt[1][:-1]] = _resolve(_unescape_iri(tokens[i + 2][1][1:-1]), base)
        elif upper == "FROM":
            named = bool(nxt and nxt[0] == "word" and nxt[1].upper() == "NAMED")
            target = tokens[i + 2] if named and i + 2 < len(tokens) else nxt
            what = "FROM NAMED" if named else "FROM"
            if target is None:
                break
            if target[0] == "iri":
                iri = _resolve(_unescape_iri(target[1][1:-1]), base)
            elif target[0] == "pname":
                prefix, _colon, local = target[1].partition(":")
                if prefix not in prefixes:
                    raise QueryRefused(_("{what} {name}: unknown prefix {prefix}").format(
                        what=what, name=target[1], prefix=repr(prefix)))
                iri = prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
            else:
                i += 1
                continue
            (from_named if named else from_graphs).append(check_iri(iri, what))
            from_spans.append((at, target[2] + len(target[1])))
        i += 1
    body = list(text)
    for start, end in from_spans:
        body[start:end] = " " * (end - start)
    return QueryInfo(form, tuple(from_graphs), tuple(from_named),
                     (text[:form_at], _projection(tokens, form_at), "".join(body[form_at:])))


def _projection(tokens: list[tuple[str, str, int]], form_at: int) -> str:
    """The variables a SELECT projects, in order (`?a ?b` of `SELECT ?a (... AS ?b)`), or `*`."""
    names: list[str] = []
    depth, after_as = 0, False
    for kind, tok, at in tokens:
        if at <= form_at:
            continue
        if depth == 0 and (tok == "{" or kind == "word" and tok.upper() in ("WHERE", "FROM")):
            break
        if tok == "*" and depth == 0:
            return "*"
        if tok in ("(", ")"):
            depth += 1 if tok == "(" else -1
        elif kind == "var" and (depth == 0 or after_as):
            names.append("?" + tok[1:])
        after_as = kind == "word" and tok.upper() == "AS"
    return " ".join(names) or "*"


def _resolve(iri: str, base: str | None) -> str:
    if urlsplit(iri).scheme:
        return iri
    if base is None:
        return iri          # relative without BASE: check_iri refuses it when it names a graph
    return urljoin(base, iri)


def _to_rdflib(c: tuple | None) -> Node | None:
    if c is None:
        return None
    kind = c[0]
    if kind == "u":
        return URIRef(c[1])
    if kind == "b":
        return BNode(c[1])
    if kind == "l":
        if c[2]:
            return Literal(c[1], lang=c[2])
        return Literal(c[1], datatype=URIRef(c[3] or XSD_STRING))
    raise StoreError(f"unsupported RDF term (a triple term) in a result: {c!r}")


def _from_rdflib(node: Node) -> tuple:
    if isinstance(node, URIRef):
        return ("u", str(node))
    if isinstance(node, BNode):
        return ("b", str(node))
    if isinstance(node, Literal):
        if node.language:
            return ("l", str(node), node.language, RDF_LANGSTRING)
        return ("l", str(node), None, str(node.datatype) if node.datatype else XSD_STRING)
    raise StoreError(f"cannot bind {node!r} as an RDF term")



# ---------------------------------------------------------------- the context for the pages

@dataclass(frozen=True)
class Settings:
    timeout: float = 10.0
    max_rows: int = 10000
    workers: int = 2
    endpoint: str | None = None

    def __getitem__(self, key: str):     # settings["timeout"] works as well as settings.timeout
        return getattr(self, key)


class Rows(list):
    """Rows of a SELECT; `truncated` is True when max_rows cut the answer."""

    truncated: bool = False


@dataclass
class LimitedAnswer(Answer):
    """kg.query.Answer plus whether max_rows cut it."""

    truncated: bool = False
    max_rows: int = 0


@dataclass
class Outcome:
    """A protocol query's result: a SELECT/ASK answer as pyoxigraph serialised it, or the triples
    of a CONSTRUCT/DESCRIBE packed as tuples (see kg.serve_workers._pack)."""

    kind: str                                # "select", "ask" or "graph"
    data: bytes
    triples: list[tuple]
    truncated: bool
    max_rows: int


class Context:
    """What the pages need: paths, labels, settings, and queries through the worker pool with
    the same time and row limits as /sparql, all from the build generation of the request
    (kg.serve_generations: the one current when the request arrived).

    `select` and `run_named` block: call them from a plain `def` endpoint (Starlette runs those
    in a thread) or through starlette.concurrency.run_in_threadpool."""

    def __init__(self, paths: Paths, *, timeout: float = 10.0, max_rows: int = 10000,
                 workers: int = 2, endpoint: str | None = None):
        if timeout <= 0 or max_rows < 1 or workers < 1:
            raise UsageError(_("timeout must be positive, max_rows and workers at least 1"))
        self.paths = paths
        self.endpoint = endpoint
        self.settings = Settings(float(timeout), int(max_rows), int(workers), endpoint)
        self._catalogue: tuple[tuple, dict[str, Query], dict[str, QueryInfo]] | None = None
        # raises NoBuildError before a build
        self.generations = Generations(paths, endpoint, int(workers), float(timeout))

    @property
    def labels(self) -> Labels:
        """The labels of the request's build."""
        with self.generations.pinned() as generation:
            return generation.labels

    @property
    def graphs(self) -> frozenset[str]:
        """The named graphs of the request's build."""
        with self.generations.pinned() as generation:
            return generation.graphs

    @property
    def _pool(self) -> WorkerPool:
        """The workers of the request's build (or of the current one)."""
        with self.generations.pinned() as generation:
            return generation.pool

    @property
    def network_isolated(self) -> bool | None:
        """True when every worker runs without any network (Linux namespaces)."""
        return self.generations.active.pool.isolated

    @property
    def sockets_forbidden(self) -> bool:
        """True when no worker can open a network socket (a seccomp filter, kg.sandbox)."""
        return bool(self.generations.active.pool.sandbox.get("no_sockets"))

    def close(self) -> None:
        self.generations.close()

    # --- the catalogue
    def catalogue(self) -> dict[str, Query]:
        """The named queries, read again only when a file in queries/ changed (each request
        asks, and reading them all costs milliseconds)."""
        files = sorted(self.paths.queries.glob("*.rq"))
        key = tuple((f.name, st.st_mtime_ns, st.st_size) for f in files for st in [f.stat()])
        if self._catalogue is None or self._catalogue[0] != key:
            known = catalogue(self.paths.queries)
            self._catalogue = (key, known, {q.text: check_query(q.text) for q in known.values()})
        return self._catalogue[1]

    def _checked(self, text: str) -> QueryInfo:
        """check_query, looked up for the catalogue's own texts."""
        cached = self._catalogue[2].get(text) if self._catalogue else None
        return cached if cached is not None else check_query(text)

    def named_query(self, name: str) -> Query:
        known = self.catalogue()
        if name not in known:
            close = [n for n in known if name.lower() in n or n in name.lower()]
            hint = (_("; did you mean {names}?").format(names=", ".join(close)) if close
                    else "; /queries.json " + _("shows them"))
            raise QueryNotFound(_("no query named {name!r}").format(name=name) + hint)
        return known[name]

    # --- running
    def _check_dataset(self, iris: Iterable[str], what: str) -> None:
        for iri in iris:
            check_iri(iri, what)
            if self.endpoint and iri not in self.graphs:
                raise QueryRefused(_("{what} {iri} is not a graph of this store").format(
                    what=what, iri=f"<{iri}>"))

    def _job(self, text: str, info: QueryInfo, *, bindings=None, dataset=None, limit=None,
             offset: int = 0, select_only: bool = False, fmt: str | None = None) -> dict:
        self._check_dataset(info.from_graphs, "FROM")
        self._check_dataset(info.from_named, "FROM NAMED")
        if dataset is not None:
            self._check_dataset(dataset[0], "default-graph-uri")
            self._check_dataset(dataset[1], "named-graph-uri")
        cap = self.settings.max_rows if limit is None else max(0, min(int(limit),
                                                                      self.settings.max_rows))
        return {"text": text, "form": info.form, "union": not info.has_dataset,
                "dataset": None if dataset is None else (list(dataset[0]), list(dataset[1])),
                "bindings": {k: _from_rdflib(v) for k, v in (bindings or {}).items()},
                "limit": cap, "offset": max(0, int(offset)), "select_only": select_only,
                # fmt (a RESULT_FORMATS name): the worker serialises SELECT/ASK answers itself
                "format": fmt, "subselect": info.subselect,
                "from": (list(info.from_graphs), list(info.from_named)) if info.has_dataset
                else None}

    def _run(self, job: dict, name: str) -> tuple:
        with self.generations.pinned() as generation:
            result = generation.pool.run(job)
        if result[0] != "error":
            return result
        self._raise(result, name, job["bindings"])

    def _raise(self, result: tuple, name: str, bindings: dict) -> None:
        """The typed error for a worker's ("error", kind, message)."""
        _error_tag, kind, message = result
        if kind == "syntax":
            m = re.match(r"error at (\d+):(\d+): (.*)", message, re.DOTALL)
            if m:
                raise QuerySyntaxError.of_parser(name, m.group(3), m.group(1), m.group(2))
            raise QuerySyntaxError.of_parser(name, message)
        if kind == "parameter":      # kg's own words (kg.query, in a worker)
            raise QueryParameterError(message)
        if kind == "param":
            raise QueryParameterError(_("{name}: cannot bind parameters {names}: {reason}").format(
                name=name, names=", ".join(bindings), reason=message))
        if kind == "runtime":
            raise QueryEvaluationError(f"{name}: {message}")      # (the engine's own words)
        if self.endpoint:
            raise RemoteError(_("{name}: the SPARQL server failed: {reason}").format(
                name=name, reason=message))
        raise StoreError(_("{name}: store error: {reason}").format(name=name, reason=message))

    def execute(self, text: str, *, default_graphs: list[str] | None = None,
                named_graphs: list[str] | None = None, info: QueryInfo | None = None,
                fmt: str = "json") -> Outcome:
        """Any read-only query, as the protocol runs it. default_graphs/named_graphs are the
        protocol's default-graph-uri/named-graph-uri (given, they replace the union default);
        a SELECT or ASK answer comes back serialised by pyoxigraph in fmt (RESULT_FORMATS)."""
        info = info or check_query(text)
        dataset = None
        if default_graphs is not None or named_graphs is not None:
            dataset = (list(default_graphs or []), list(named_graphs or []))
        job = self._job(text, info, dataset=dataset, fmt=fmt)
        result = self._run(job, "query")
        max_rows = self.settings.max_rows
        if result[0] == "serialised":
            _, kind, data, truncated = result
            return Outcome(kind, data, [], truncated, max_rows)
        return Outcome("graph", b"", result[1], result[2], max_rows)

    def select(self, text: str, bindings: dict[str, Node] | None = None, *,
               limit: int | None = None, offset: int = 0,
               name: str = "query") -> tuple[list[str], Rows]:
        """A SELECT over the union of all graphs: (variables, rows of rdflib terms). At most
        max_rows rows (or `limit`, if smaller); rows.truncated says whether more were cut."""
        info = self._checked(text)
        job = self._job(text, info, bindings=bindings, limit=limit, offset=offset,
                        select_only=True)
        _, variables, packed, truncated = self._run(job, name)
        rows = Rows(tuple(_to_rdflib(c) for c in row) for row in packed)
        rows.truncated = truncated
        return variables, rows

    def select_each(self, text: str, each: list[dict[str, Node]], *,
                    name: str = "query") -> list[Rows]:
        """One SELECT run once per set of bindings, in one round trip to a worker (a page's
        lookups for many quotes): the rows of each, in the order given."""
        if not each:
            return []
        job = self._job(text, self._checked(text), select_only=True)
        job["each"] = [{k: _from_rdflib(v) for k, v in bindings.items()} for bindings in each]
        with self.generations.pinned() as generation:
            _, results = generation.pool.run(job)
        answers = []
        for bindings, result in zip(each, results):
            if result[0] == "error":
                self._raise(result, name, bindings)
            rows = Rows(tuple(_to_rdflib(c) for c in row) for row in result[2])
            rows.truncated = result[3]
            answers.append(rows)
        return answers

    def run_named(self, name: str, values: dict[str, str], *, limit: int | None = None,
                  offset: int = 0) -> LimitedAnswer:
        """A catalogue query with its parameters resolved exactly as `kg query` does (labels,
        aliases, IRIs); raises QueryNotFound, QueryParameterError or AmbiguousLabel. Labels and
        rows come from one build, also outside a request.

        With `limit`, a page of that many facts from fact `offset` + 1, read as `kg query` reads
        its table (kg.query.answer_for, in a worker: the page forms of kg.paging, the facts that
        come together), and `more` says whether facts follow it; without, the whole answer, as
        `kg query --format csv` reads it. Either is cut at max_rows facts (`truncated`)."""
        with self.generations.pinned() as generation:
            token = PINNED.set(generation)
            try:
                return self._run_named(name, values, limit=limit, offset=offset)
            finally:
                PINNED.reset(token)

    def _run_named(self, name: str, values: dict[str, str], *, limit: int | None,
                   offset: int) -> LimitedAnswer:
        import pyoxigraph as ox
        query = self.named_query(name)
        notes: list[str] = []
        bound = bindings_for(query, dict(values), self.labels, notes)
        for key, term in bound.items():
            if isinstance(term, URIRef):
                try:
                    ox.NamedNode(str(term))
                except ValueError as exc:
                    raise QueryParameterError(_("parameter {name}: {value} is not a valid IRI "
                                                "({reason})").format(
                        name=key, value=repr(values.get(key)), reason=exc)) from None
        max_rows = self.settings.max_rows
        asked, limit = limit, None if limit is None else min(max(0, int(limit)), max_rows)
        # the worker reads the page (the parameters open every WHERE as a VALUES block there,
        # as `kg query` does on the built store: kg.query.query_text_for); the text here only
        # tells the fast lane this question, this page, from others (kg.serve_workers)
        with self.generations.pinned() as generation:
            text = query.text_for(generation.dialect)
        info = self._checked(text)      # (the catalogue's own texts are checked once)
        text = with_values(text, bound) if not self.endpoint else text
        job = self._job(text, info, bindings=bound, select_only=True)
        job["named"] = {"query": query, "limit": limit, "offset": max(0, int(offset)),
                        "cap": max_rows}
        job["text"] = f"{text}\n# kg: facts {job['named']['offset']} + {limit}"
        _, variables, packed, more = self._run(job, query.name)
        cell = _cell_unpacker()
        rows = [tuple(cell(c) for c in row) for row in packed]
        return LimitedAnswer(query, variables, rows, bound, notes, more=more,
                             truncated=more and (asked is None or asked > max_rows),
                             max_rows=max_rows)


def page_asked(values: dict[str, str], default: int | None) -> tuple[int | None, int]:
    """The facts a request asks for, `_limit` and `_offset` taken out of `values`: (how many,
    None for the whole answer, `_limit=all`; from which, counted from 0). Without `_limit`,
    `default` many (None: all)."""
    def number(key: str, text: str) -> int:
        if not re.fullmatch(r"[0-9]{1,12}", text.strip()):
            raise BadRequest(_("{name} must be a whole number of facts, not {value}").format(
                name=key, value=repr(text)))
        return int(text)
    limit, offset = values.pop("_limit", None), values.pop("_offset", None)
    offset = 0 if offset is None else number("_offset", offset)
    if limit is None:
        return default, offset
    if limit.strip() == "all":
        return None, offset
    if number("_limit", limit) < 1:         # (a page of nothing would lead to itself)
        raise BadRequest(_("{name} must be at least 1").format(name="_limit"))
    return number("_limit", limit), offset


def _cell_unpacker():
    """The inverse of kg.serve_workers._packer: a packed cell as rdflib terms (each distinct
    term made once), several values as kg.gather.Several, a value beside its source as Beside."""
    from .gather import Beside, Several
    made: dict = {}

    def term(c):
        if c is None:
            return None
        found = made.get(c)
        if found is None:
            found = made[c] = _to_rdflib(c)
        return found

    def cell(c):
        if c is not None and c[0] == "S":
            return Several(cell(v) for v in c[1])
        if c is not None and c[0] == "B":
            return Beside(cell(c[1]), cell(c[2]))
        return term(c)
    return cell


# ---------------------------------------------------------------- result formats

RESULT_FORMATS = {   # name: (media type sent, media types accepted for it)
    "json": ("application/sparql-results+json", ("application/sparql-results+json",
                                                 "application/json")),
    "xml": ("application/sparql-results+xml", ("application/sparql-results+xml",
                                               "application/xml", "text/xml")),
    "csv": ("text/csv", ("text/csv",)),
    "tsv": ("text/tab-separated-values", ("text/tab-separated-values",)),
}
GRAPH_FORMATS = {
    "turtle": ("text/turtle", ("text/turtle", "application/turtle", "application/x-turtle")),
    "ntriples": ("application/n-triples", ("application/n-triples", "text/plain")),
    "jsonld": ("application/ld+json", ("application/ld+json", "application/json")),
    "rdfxml": ("application/rdf+xml", ("application/rdf+xml", "application/xml", "text/xml")),
}
FORMAT_NAMES = {   # ?format= values: name -> (for results, for graphs)
    "json": ("json", "jsonld"), "srj": ("json", None), "xml": ("xml", "rdfxml"),
    "srx": ("xml", None), "csv": ("csv", None), "tsv": ("tsv", None),
    "turtle": (None, "turtle"), "ttl": (None, "turtle"), "nt": (None, "ntriples"),
    "ntriples": (None, "ntriples"), "n-triples": (None, "ntriples"),
    "jsonld": (None, "jsonld"), "json-ld": (None, "jsonld"), "rdfxml": (None, "rdfxml"),
    "rdf": (None, "rdfxml"), "rdf+xml": (None, "rdfxml"), "rdf/xml": (None, "rdfxml"),
}


def negotiate(kind: str, accept: str | None, formats: list[str]) -> str:
    """The format name for a result kind ("select", "ask", "graph") from ?format= values (first
    usable one wins) or else the Accept header (q-values, wildcards); NotAcceptable if none."""
    table = GRAPH_FORMATS if kind == "graph" else RESULT_FORMATS
    column = 1 if kind == "graph" else 0
    if formats:
        for value in formats:
            value = value.strip().lower()
            if value in FORMAT_NAMES and FORMAT_NAMES[value][column]:
                return FORMAT_NAMES[value][column]
            for name, (_canonical, types) in table.items():
                if value.split(";")[0].strip() in types:
                    return name
        raise NotAcceptable(_("format {formats} is not available for {kind}; choose one of "
                              "{choices}").format(formats=", ".join(formats),
                                                  kind=_kind_label(kind),
                                                  choices=", ".join(table)))
    if not (accept or "").strip():
        return next(iter(table))
    # python-mimeparse picks the best of `supported` (q-values, wildcards, specificity); of equal
    # matches the later wins, so the aliases (application/xml…) come first, matching a wildcard
    # only when nothing else does, then each format's own type, the preferred format last
    aliases = [(m, name) for name, (canonical, types) in table.items() for m in types
               if m != canonical]
    own = [(canonical, name) for name, (canonical, _) in reversed(table.items())]
    supported = dict(aliases + own)
    try:
        best = mimeparse.best_match(list(supported), accept)
    except ValueError:      # a media range that does not parse
        best = ""
    if not best:
        offered = ", ".join(t for t, _ in table.values())
        raise NotAcceptable(_("none of the requested media types ({accept}) is available for "
                              "{kind}; this endpoint sends {offered}").format(
            accept=accept, kind=_kind_label(kind), offered=offered))
    return supported[best]


def _kind_label(kind: str) -> str:
    return {"graph": _("CONSTRUCT/DESCRIBE results"), "ask": _("ASK results")}.get(
        kind, _("SELECT results"))


def _json_safe(text: str) -> str:
    """JSON that is inert if a browser ever reads it as HTML: <, > and & as \\u escapes (in
    JSON text they only occur inside strings, where the escapes mean the same)."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render(outcome: Outcome, fmt: str) -> tuple[bytes, str]:
    """(body, content type) of a protocol result in one of the format names above."""
    if outcome.kind == "graph":
        import pyoxigraph as ox
        triples = [ox.Triple(_to_ox(s), _to_ox(p), _to_ox(o)) for s, p, o in outcome.triples]
        rdf_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                      "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
        used = _used_prefixes(outcome.triples) if fmt in ("turtle", "rdfxml") else {}
        body = ox.serialize(triples, format=rdf_format, prefixes=used or None)
        if fmt == "jsonld":
            body = _json_safe(body.decode("utf-8")).encode("utf-8")
        media = GRAPH_FORMATS[fmt][0]
        return body, media + ("; charset=utf-8" if fmt in ("turtle", "ntriples") else "")
    media = RESULT_FORMATS[fmt][0]
    body = outcome.data
    if fmt == "json":
        if outcome.truncated:
            doc = json.loads(body)
            doc["kg"] = {"truncated": True, "max_rows": outcome.max_rows}
            body = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        return _json_safe(body.decode("utf-8")).encode("utf-8"), media
    if fmt == "xml":
        if outcome.truncated:     # a comment after the XML declaration
            declaration, _, rest = body.partition(b"?>")
            body = (declaration + b"?>\n<!-- kg: truncated at max_rows="
                    + str(outcome.max_rows).encode("ascii") + b" -->\n" + rest)
        return body, media
    return body, media + "; charset=utf-8"     # csv, tsv


def _used_prefixes(triples: list[tuple]) -> dict[str, str]:
    iris = {c[1] for t in triples for c in t if c and c[0] == "u"}
    iris |= {c[3] for t in triples for c in t if c and c[0] == "l" and c[3]}
    return {p: ns for p, ns in PREFIXES.items() if any(i.startswith(ns) for i in iris)}


# ---------------------------------------------------------------- HTTP

def _error(status: int, message: str, headers: dict | None = None):
    from starlette.responses import Response
    body = json.dumps({"ok": False, "error": message, "status": status}, ensure_ascii=False)
    return Response(_json_safe(body), status_code=status, headers=headers,
                    media_type="application/json")


MAX_LABELS = 5000      # IRIs per /labels.json request


def _json_response(doc: dict, headers: dict | None = None):
    from starlette.responses import Response
    return Response(_json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n",
                    headers=headers, media_type="application/json")


def _pairs(raw: bytes | str) -> list[tuple[str, str]]:
    """Decoded name=value pairs; a percent-encoding that is not UTF-8 is a 400."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise BadRequest(_("the request is not valid UTF-8")) from None


def _too_large() -> PayloadTooLarge:
    return PayloadTooLarge(_("the request body is larger than {n} bytes").format(
        n=MAX_QUERY_BYTES))


async def _body(request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_QUERY_BYTES:
        raise _too_large()
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_QUERY_BYTES:
            raise _too_large()
        chunks.append(chunk)
    return b"".join(chunks)


class _NoSniff:
    """X-Content-Type-Options: nosniff on every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_header(message):
            if message["type"] == "http.response.start":
                from starlette.datastructures import MutableHeaders
                MutableHeaders(scope=message).setdefault("X-Content-Type-Options", "nosniff")
            await send(message)

        await self.app(scope, receive, send_with_header)


class _Language:
    """The language of each request's messages, labels and titles (kg.i18n): ?_lang= or ?lang=,
    else the cookie of the pages' language switch, else Accept-Language, else English. An
    unknown language is passed over here; the routes that take one refuse it (400)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            from starlette.requests import Request

            from . import i18n
            request = Request(scope)
            asked = [request.query_params.get("_lang"), request.query_params.get("lang"),
                     request.cookies.get(i18n.COOKIE)]
            known = [a.strip().lower() for a in asked if a and a.strip().lower() in i18n.LANGUAGES]
            i18n.use(known[0] if known else
                     i18n.from_accept_language(request.headers.get("accept-language")))
        await self.app(scope, receive, send)


class _PinGeneration:
    """Answers each request from the build that was current when it arrived (see
    kg.serve_generations); a request after `kg build` starts the new build's workers first."""

    def __init__(self, app, generations: Generations):
        self.app, self.generations = app, generations

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        from starlette.concurrency import run_in_threadpool
        try:
            if self.generations.stale():        # starting workers blocks: not in the loop
                generation = await run_in_threadpool(self.generations.acquire)
            else:
                generation = self.generations.acquire()
        except KGError as exc:
            return await _error(status_for(exc), exc.message)(scope, receive, send)
        token = PINNED.set(generation)
        try:
            await self.app(scope, receive, send)
        finally:
            PINNED.reset(token)
            self.generations.release(generation)


def create_app(paths: Paths, *, timeout: float = 10.0, max_rows: int = 10000, workers: int = 2,
               endpoint: str | None = None, allowed_hosts: list[str] | None = None):
    """The Starlette application: /sparql, /query/NAME.json|.csv, /queries.json, the pages.

    Starts the worker processes (closed by the app's lifespan, or by app.state.context.close())
    and binds nothing; `serve` runs it with uvicorn. Raises NoBuildError before `kg build`.
    allowed_hosts: accept only these Host header names (serve() sets the loopback names when it
    binds to loopback); None accepts any."""
    context = Context(paths, timeout=timeout, max_rows=max_rows, workers=workers,
                      endpoint=endpoint)
    try:
        return _build_app(context, allowed_hosts)
    except BaseException:
        context.close()
        raise


def _build_app(context: Context, allowed_hosts: list[str] | None):
    from contextlib import asynccontextmanager

    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.exceptions import HTTPException
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.responses import HTMLResponse, RedirectResponse, Response
    from starlette.routing import Mount, NoMatchFound, Route

    async def sparql(request):
        try:
            return await _sparql(request)
        except KGError as exc:
            status = status_for(exc)
            headers = {"Allow": "GET, POST"} if status == 405 else None
            if status == 503:
                headers = {"Retry-After": "1"}
            return _error(status, exc.message, headers)

    async def _sparql(request):
        if request.method not in ("GET", "HEAD", "POST"):
            return _error(405, _("method {method} is not allowed: this endpoint is read-only and "
                                 "answers GET and POST queries").format(method=request.method),
                          {"Allow": "GET, POST"})
        params = _pairs(request.scope.get("query_string", b""))
        texts = [v for k, v in params if k == "query"]
        if request.method == "GET" and not params and "text/html" in \
                request.headers.get("accept", ""):
            try:   # a browser on the bare endpoint: show the editor page when there is one
                return RedirectResponse(str(request.app.url_path_for("sparql-editor")), 303)
            except NoMatchFound:
                pass
        if request.method == "POST":
            ctype, _semicolon, ct_params = request.headers.get("content-type", "").partition(";")
            ctype = ctype.strip().lower()
            charset = re.search(r"charset\s*=\s*\"?([\w.-]+)", ct_params, re.IGNORECASE)
            if charset and charset.group(1).lower().replace("-", "") != "utf8":
                raise UnsupportedMediaType(_("charset {charset} is not supported; send "
                                             "UTF-8").format(charset=charset.group(1)))
            if ctype == "application/sparql-update":
                raise QueryRefused(_("SPARQL Update is not accepted: this endpoint is read-only"))
            body = await _body(request)
            if ctype == "application/x-www-form-urlencoded":
                form = _pairs(body)
                params += form
                texts += [v for k, v in form if k == "query"]
            elif ctype == "application/sparql-query":
                try:
                    texts.append(body.decode("utf-8"))
                except UnicodeDecodeError:
                    raise BadRequest(_("the query is not valid UTF-8")) from None
            else:
                raise UnsupportedMediaType(_(
                    "POST a query as application/x-www-form-urlencoded (query=...) or as "
                    "application/sparql-query, not {given}").format(
                    given=ctype or _("a body without Content-Type")))
        names = {k for k, _ in params}
        if "update" in names or "using-graph-uri" in names or "using-named-graph-uri" in names:
            raise QueryRefused(_("SPARQL Update is not accepted: this endpoint is read-only"))
        if len(texts) > 1:
            raise BadRequest(_("give one query, not {n} (the query parameter is "
                               "repeated)").format(n=len(texts)))
        if not texts or not texts[0].strip():
            raise BadRequest(_("no query: give one as ?query=... (GET), as the form field query "
                               "(POST application/x-www-form-urlencoded) or as the body (POST "
                               "application/sparql-query)"))
        text = texts[0]
        defaults = [v for k, v in params if k == "default-graph-uri"]
        nameds = [v for k, v in params if k == "named-graph-uri"]
        formats = [v for k, v in params if k in ("format", "output", "results") and v.strip()]
        accept = request.headers.get("accept")

        def run():      # in a thread: the check is linear, but a query may be 1 MB
            info = check_query(text)
            if info.form:   # refuse an unacceptable format before running anything
                negotiate("graph" if info.form in ("CONSTRUCT", "DESCRIBE") else "select",
                          accept, formats)
            fmt = None if info.form in ("CONSTRUCT", "DESCRIBE") else negotiate(
                "select", accept, formats)
            outcome = context.execute(text, info=info, fmt=fmt or "json",
                                      default_graphs=defaults if (defaults or nameds) else None,
                                      named_graphs=nameds if (defaults or nameds) else None)
            fmt = negotiate(outcome.kind, accept, formats) if outcome.kind == "graph" else fmt
            return outcome, render(outcome, fmt)

        try:
            outcome, (body, media) = await run_in_threadpool(run)
        except QuerySyntaxError as exc:
            raise BadRequest(exc.message.removeprefix("query: ")) from exc
        headers = {"Vary": "Accept"}
        if outcome.truncated:
            headers["X-KG-Truncated"] = "true"
            headers["X-KG-Max-Rows"] = str(outcome.max_rows)
        return Response(body, media_type=media, headers=headers)

    def named_values(request) -> tuple[dict[str, str], str]:
        values: dict[str, str] = {}
        for key, value in _pairs(request.scope.get("query_string", b"")):
            if key in values:
                raise BadRequest(_("parameter {name} is given twice").format(name=repr(key)))
            values[key] = value
        from . import i18n
        # the language of labels, dates and the title (an unknown one is refused: 400)
        lang = i18n.use(values.pop("_lang", None) or i18n.current())
        return values, lang

    async def named_answer(request, first_page: bool):
        """The answer a request asks for: a page (`_limit`, `_offset`; JSON's default is the
        first page, as `kg query`'s table), else the whole answer (CSV's default, as `kg
        query --format csv`)."""
        name = request.path_params["name"]
        values, lang = named_values(request)
        limit, offset = page_asked(values, FIRST_PAGE if first_page else None)
        answer = await run_in_threadpool(context.run_named, name, values, limit=limit,
                                         offset=offset)
        headers = {"X-KG-Truncated": "true"} if answer.truncated else {}
        if answer.more:
            headers["X-KG-More"] = "true"
        return answer, lang, headers, (limit, offset)

    async def named_json(request):
        from .render import as_records
        try:
            answer, lang, headers, (limit, offset) = await named_answer(request, True)
        except KGError as exc:
            return _error(status_for(exc), exc.message)
        root = request.scope.get("root_path", "")
        asked = [(k, v) for k, v in _pairs(request.scope.get("query_string", b""))
                 if k not in ("_limit", "_offset")]
        path = f"{root}/query/{answer.query.name}"
        size = [] if limit == FIRST_PAGE else [("_limit", "all" if limit is None else str(limit))]
        following = (f"{path}.json?" + urlencode(
            asked + [("_offset", str(offset + len(answer.rows)))] + size) if answer.more else None)
        return _json_response({
            "ok": True, "query": answer.query.name, "title": answer.query.title,
            "parameters": {k: str(v) for k, v in answer.bindings.items()},
            "columns": answer.variables, "rows": as_records(answer, context.labels, lang),
            "offset": offset, "limit": limit, "more": answer.more, "next": following,
            "all": f"{path}.csv" + ("?" + urlencode(asked) if asked else ""),
            "truncated": answer.truncated, "max_rows": answer.max_rows}, headers)

    async def named_csv(request):
        from .render import to_csv
        try:
            answer, lang, headers, _page = await named_answer(request, False)
        except KGError as exc:
            return _error(status_for(exc), exc.message)
        return Response(to_csv(answer, context.labels, lang), headers=headers,
                        media_type="text/csv; charset=utf-8")

    async def label_list(request):
        """POST a JSON list of IRIs: {"labels": {iri: label}} for those that have a label (the
        SPARQL editor shows labels instead of IRIs in its result table)."""
        try:
            iris = json.loads(await request.body() or b"[]")
        except ValueError:
            return _error(400, _("expected a JSON list of IRIs"))
        if not isinstance(iris, list) or len(iris) > MAX_LABELS:
            return _error(400, _("expected a JSON list of at most {n} IRIs").format(n=MAX_LABELS))
        from . import i18n
        lang = request.query_params.get("lang") or i18n.current()
        return _json_response({"ok": True, "labels": {
            iri: context.labels.label(iri, lang) for iri in iris
            if isinstance(iri, str) and iri in context.labels.pref}})

    def query_list(request):
        from . import i18n
        root = request.scope.get("root_path", "")
        try:
            i18n.use(request.query_params.get("lang") or i18n.current())   # titles, descriptions
            known = context.catalogue()
        except KGError as exc:
            return _error(status_for(exc), exc.message)
        return _json_response({"ok": True, "queries": [
            {"name": q.name, "title": q.title, "description": q.description,
             "tags": list(q.tags), "key": list(q.key),
             "parameters": [{"name": p.name, "type": p.type, "required": p.required,
                             "default": p.default, "description": p.description}
                            for p in q.params],
             "json": f"{root}/query/{q.name}.json", "csv": f"{root}/query/{q.name}.csv"}
            for q in known.values()]})

    def index(request):
        root = request.scope.get("root_path", "")
        items = "".join(
            f'<li><a href="{html.escape(root)}/query/{html.escape(q.name)}.json">'
            f"{html.escape(q.name)}</a>: {html.escape(q.title)}</li>"
            for q in context.catalogue().values() if not any(p.required for p in q.params))
        from . import i18n
        protocol = _("SPARQL 1.1 Protocol: {address} (time limit {seconds} s, at most {n} "
                     "rows)").format(address=f"<code>{html.escape(root)}/sparql?query=...</code>",
                                     seconds=f"{context.settings.timeout:g}",
                                     n=context.settings.max_rows)
        listed = _("{address}: the named queries, each at /query/NAME.json and "
                   "/query/NAME.csv").format(
            address=f'<a href="{html.escape(root)}/queries.json">/queries.json</a>')
        return HTMLResponse(
            f"<!doctype html><html lang={i18n.current()}><meta charset=utf-8><title>kg</title>"
            f"<h1>{html.escape(_('kg: a read-only SPARQL endpoint'))}</h1>"
            f"<p>{protocol}</p><p>{listed}</p><ul>{items}</ul></html>")

    async def http_error(request, exc: HTTPException):
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404:
            message = _("no such page: {path}").format(path=request.url.path)
        return _error(exc.status_code, message, getattr(exc, "headers", None))

    async def kg_error(request, exc: KGError):
        return _error(status_for(exc), exc.message)

    methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]
    routes = [Route("/sparql", sparql, methods=methods),
              Route("/queries.json", query_list),
              Route("/labels.json", label_list, methods=["POST"]),
              Route("/query/{name}.json", named_json),
              Route("/query/{name}.csv", named_csv)]
    try:
        from .web import page_routes
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.web":
            raise
        page_routes = None
    if page_routes is not None:
        routes += list(page_routes(context))
    else:
        routes.append(Route("/", index))
    static = Path(__file__).resolve().parent / "static"
    if static.is_dir():
        from starlette.staticfiles import StaticFiles
        routes.append(Mount("/static", StaticFiles(directory=static), name="static"))

    @asynccontextmanager
    async def lifespan(app):
        try:
            yield
        finally:
            context.close()

    # a loopback server answers only its loopback names: not reachable through DNS rebinding
    # (Starlette's own check; its refusal is a plain-text 400, not this server's JSON)
    hosts = [Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts,
                        www_redirect=False)] if allowed_hosts else []
    app = Starlette(routes=routes, lifespan=lifespan,
                    middleware=[Middleware(_NoSniff), Middleware(_Language), *hosts,
                                Middleware(_PinGeneration, generations=context.generations)],
                    exception_handlers={HTTPException: http_error, KGError: kg_error})
    app.state.context = context
    return app


LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def log_config() -> dict:
    """uvicorn's logging configuration plus the kg.serve logger on uvicorn's handler."""
    import copy

    from uvicorn.config import LOGGING_CONFIG
    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["kg.serve"] = {"handlers": ["default"], "level": "INFO",
                                     "propagate": False}
    return config


def serve(paths: Paths, host: str = "127.0.0.1", port: int = 8080, *, timeout: float = 10.0,
          max_rows: int = 10000, workers: int = 2, endpoint: str | None = None,
          log_level: str = "info") -> None:
    """Run the endpoint with uvicorn until interrupted (Ctrl-C). Loopback by default; on a
    loopback address only loopback Host headers are answered."""
    import uvicorn
    allowed = [h for h in LOOPBACK] if host in LOOPBACK else None
    app = create_app(paths, timeout=timeout, max_rows=max_rows, workers=workers,
                     endpoint=endpoint, allowed_hosts=allowed)
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level,
                            log_config=log_config(), lifespan="on")
    try:
        uvicorn.Server(config).run()
    finally:
        app.state.context.close()
