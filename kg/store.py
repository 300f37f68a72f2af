"""Store: the built graph lives in Oxigraph on disk (pyoxigraph). Queries see the union of all
named graphs as their default graph."""
from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Iterable, Iterator

from typing import TYPE_CHECKING

import pyoxigraph as ox

from .errors import DamagedStore, EnvironmentProblem, NoBuildError, QuerySyntaxError, StoreError
from .i18n import _

if TYPE_CHECKING:
    from rdflib.term import Node

STORE_DIR = "store"
_RDFLIB_TERMS: tuple = ()


def _rdflib_terms() -> tuple:
    """rdflib's (URIRef, BNode, Literal), imported on first use: importing rdflib costs about
    0.1 s of CPU, which `kg find` and `kg path` do without (their rows stay plain strings)."""
    global _RDFLIB_TERMS
    if not _RDFLIB_TERMS:
        from rdflib import BNode, Literal, URIRef
        _RDFLIB_TERMS = (URIRef, BNode, Literal)
    return _RDFLIB_TERMS


def rdflib_converter():
    """to_rdflib that converts each distinct term once: an answer repeats its terms (the actor
    in every row, a meeting in each of its rows), and rdflib's constructors cost more than the
    look-up."""
    converted: dict = {None: None}

    def term(t):
        try:
            return converted[t]
        except KeyError:
            converted[t] = found = to_rdflib(t)
            return found
    return term


def to_rdflib(term) -> Node | None:
    """pyoxigraph term -> rdflib term (None stays None)."""
    if term is None:
        return None
    URIRef, BNode, Literal = _rdflib_terms()
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
    """rdflib term -> pyoxigraph term (one of pyoxigraph's stays as it is)."""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term
    URIRef, BNode, Literal = _rdflib_terms()
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


def is_damage(exc: Exception) -> bool:
    """Does an error of Oxigraph (RocksDB) say that the store's files are damaged?"""
    return any(word in str(exc) for word in ("Corruption", "IO error", "No such file"))


def damaged(path: Path | None, exc: Exception) -> StoreError | EnvironmentProblem:
    """One line for a store that cannot be opened or read, with the command that repairs it."""
    if path is None:
        return StoreError(_("the in-memory store failed: {reason}").format(reason=brief(exc)))
    text = str(exc)
    if isinstance(exc, PermissionError) or "Permission denied" in text:
        return EnvironmentProblem(_("{path}: no permission to open the store ({reason}); check "
                                    "the folder's permissions").format(path=path,
                                                                       reason=brief(exc)))
    if "No space left" in text:
        return EnvironmentProblem(_("{path}: the disk is full ({reason}); free some space and "
                                    "run the command again").format(path=path,
                                                                    reason=brief(exc)))
    return DamagedStore(_("{path}: the store is damaged or cannot be read ({reason}); `kg build` "
                          "rebuilds it from data/").format(path=path, reason=brief(exc)))


def brief(exc: Exception) -> str:
    """RocksDB's first sentence (its messages run on with the whole file list)."""
    text = (str(exc).splitlines() or [type(exc).__name__])[0]
    return text.split("  ")[0][:200]


class EmbeddedStore:
    """An Oxigraph store in a directory (or in memory when path is None)."""

    def __init__(self, path: Path | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise NoBuildError(_("{path}: no store here; run `kg build` first").format(
                        path=self.path))
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as exc:
            raise damaged(self.path, exc) from exc

    @classmethod
    def around(cls, raw: ox.Store, path: Path | None = None) -> "EmbeddedStore":
        """A store already open (a `kg serve` worker's), read through kg (kg.query)."""
        store = cls.__new__(cls)
        store.path, store._store = (Path(path) if path is not None else None), raw
        return store

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
            raise QuerySyntaxError.of_parser(name, exc) from exc

    def flush(self) -> None:
        self._store.flush()

    # --- reading
    def select(self, text: str, bindings: dict[str, Node] | None = None, name: str = "query",
               limit: int | None = None, offset: int = 0,
               convert: bool = True) -> tuple[list[str], list[tuple]]:
        """Run a SELECT over the union of all graphs; returns (variables, rows of rdflib terms;
        of pyoxigraph's terms when not `convert`, for rows most of which are dropped: an rdflib
        term per cell is most of the time of a large answer). Paging stops reading the solution
        stream early, so a huge answer is never materialised."""
        variables, solutions = self.solutions(text, bindings, name)
        stream = itertools.islice(solutions, offset, None if limit is None else offset + limit)
        if not convert:
            return variables, list(stream)
        term = rdflib_converter()
        rows = [tuple(term(t) for t in sol) for sol in stream]
        return variables, rows

    def solutions(self, text: str, bindings: dict[str, Node] | None = None,
                  name: str = "query", as_tuples: bool = True) -> tuple[list[str], Iterator]:
        """Run a SELECT over the union of all graphs; returns (variables, the rows as they come,
        tuples of pyoxigraph's terms; or pyoxigraph's solutions when not `as_tuples`, each
        term made when read): a reader may stop early, and the rest is never read."""
        subs = {ox.Variable(k): to_oxigraph(v) for k, v in (bindings or {}).items()}
        try:
            result = self._store.query(text, use_default_graph_as_union=True,
                                       substitutions=subs or None)
        except SyntaxError as exc:
            raise QuerySyntaxError.of_parser(name, exc) from exc
        except OSError as exc:
            raise damaged(self.path, exc) from exc
        except RuntimeError as exc:  # e.g. substituting a variable the query does not project
            if is_damage(exc):
                raise damaged(self.path, exc) from exc
            from .errors import QueryParameterError
            raise QueryParameterError(_("{name}: cannot bind parameters {names}: {reason}").format(
                name=name, names=", ".join(subs and (k.value for k in subs) or []),
                reason=exc)) from exc
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError(_("{name}: not a SELECT query").format(name=name))
        variables = [v.value for v in result.variables]
        if not as_tuples:
            return variables, iter(result)
        width = range(len(variables))
        return variables, (tuple(sol[i] for i in width) for sol in result)

    def count(self, graph: str) -> int:
        """Triples in one named graph (pattern access: no query text needed)."""
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def graph_sizes(self) -> dict[str, int]:
        from .config import project_root
        from .queries import load_query
        query = load_query(project_root() / "queries" / "lookup" / "graph-sizes.rq")
        return {row[0].value: int(row[1].value) for row in self._store.query(query.text)}

    def has_triples(self, graph: str) -> bool:
        return next(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)), None) is not None

    def drop_graph(self, graph: str) -> None:
        if self._store.contains_named_graph(ox.NamedNode(graph)):
            self._store.remove_graph(ox.NamedNode(graph))

    def quads(self) -> Iterable[ox.Quad]:
        return iter(self._store)

    def dump_trig(self, path: Path, prefixes: dict[str, str]) -> None:
        self._store.dump(str(path), format=ox.RdfFormat.TRIG, prefixes=prefixes)


# ---------------------------------------------------------------- remote SPARQL 1.1 servers

def ntriples_term(term: Node) -> str:
    """An RDF term in N-Triples syntax (how bound parameters travel to a remote server): an
    rdflib term, or a pyoxigraph term (kg.met_path binds IRIs so, `kg query` its parameters)."""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return str(term)
    if isinstance(term, _rdflib_terms()):
        return term.n3()
    raise StoreError(f"cannot send {term!r} as an RDF term")


def values_clause(bindings: dict[str, Node]) -> str:
    """Bindings as an inline VALUES block of RDF terms in N-Triples syntax (never user text)."""
    names = list(bindings)
    return (" VALUES (" + " ".join(f"?{n}" for n in names) + ") { ("
            + " ".join(ntriples_term(bindings[n]) for n in names) + ") } ")


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_TOKENS = re.compile(r'<[^<>\s]*>|"(?:[^"\\\n]|\\.)*"|#[^\n]*')


def with_bindings(text: str, bindings: dict[str, Node],
                  alternatives: dict[str, list[Node]] | None = None) -> str:
    """The query with its parameters bound for a server that only takes query text: a VALUES
    block opens every WHERE group (the outer one and each sub-query's), which binds like
    pyoxigraph's substitutions and rdflib's initBindings. Not a trailing VALUES: that would bind
    after GROUP BY, changing answers. In every WHERE, not only the outer one: Oxigraph (and other
    engines) plan a sub-query with the value known far better (benchmarks/README.md: seconds or
    time-outs become milliseconds). The named queries use a parameter inside a sub-query only
    where the sub-query projects it, so this is the same binding. `alternatives` binds a
    variable to any of several terms (one VALUES row each), in the same places."""
    if not bindings and not alternatives:
        return text
    # blank out comments (not '#' inside IRIs or strings), keeping every offset
    code = _TOKENS.sub(lambda m: " " * len(m.group()) if m.group().startswith("#") else m.group(),
                       text)
    ends = [m.end() for m in _WHERE.finditer(code)]
    if not ends:
        raise StoreError(_("cannot bind parameters: the query has no WHERE clause"))
    block = values_clause(bindings) if bindings else " "
    for name, terms in (alternatives or {}).items():
        block += f"VALUES ?{name} {{ " + " ".join(ntriples_term(t) for t in terms) + " } "
    for at in reversed(ends):
        text = text[:at] + block + text[at:]
    return text


#: headers a server's answer may have (Virtuoso's echo two per graph of the dataset)
MAX_ANSWER_HEADERS = 100_000

#: the password of a server address that names a user but no password (`http://dba@host/...`)
PASSWORD_VARIABLE = "KG_SERVER_PASSWORD"


def public_address(url: str) -> str:
    """A server address without the user and password in it (for messages and summary.json)."""
    from urllib.parse import urlsplit, urlunsplit
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def one_line(body: str, limit: int = 300) -> str:
    """A server's error page as one short line (Virtuoso answers in HTML over several lines)."""
    text = re.sub(r"<(title|head)>.*?</\1>|<[^>]+>", " ", body, flags=re.S | re.I)
    return " ".join(text.split())[:limit]


class RemoteStore:
    """Any SPARQL 1.1 server, through the Protocol (query, update) and the Graph Store Protocol.

    `url` is the server's base. Oxigraph server: base/query, base/update, base/store.
    Apache Jena Fuseki (base = http://host:3030/DATASET): base/query, base/update, base/data.
    An address ending in /sparql is one endpoint for queries and updates, as Virtuoso's
    (http://host:8890/sparql): its Graph Store Protocol is beside it, /sparql-graph-crud, or with
    a user in the address (http://dba@host:8890/sparql, the password after a colon or in
    $KG_SERVER_PASSWORD) the authenticated /sparql-auth and /sparql-graph-crud-auth.
    Other servers (GraphDB): give the three endpoints explicitly."""

    def __init__(self, url: str, query_url: str | None = None, update_url: str | None = None,
                 data_url: str | None = None, timeout: float = 60.0):
        import os
        from urllib.parse import unquote, urlsplit
        if not re.match(r"^https?://[^/\s]+", url):
            from .errors import UsageError
            raise UsageError(_("{address} is not a SPARQL server's address: give an http:// or "
                               "https:// URL, such as http://127.0.0.1:7878").format(
                address=repr(public_address(url))))
        parts = urlsplit(url)
        self.user = unquote(parts.username) if parts.username else None
        self.password = (unquote(parts.password) if parts.password is not None
                         else os.environ.get(PASSWORD_VARIABLE, "")) if self.user else None
        base = public_address(url).rstrip("/")
        if base.endswith("/sparql"):   # Virtuoso's layout
            auth = "-auth" if self.user else ""
            defaults = (base, base + auth, base + "-graph-crud" + auth)
        else:
            fuseki = base.count("/") > 2   # a dataset path after host:port
            defaults = (f"{base}/query", f"{base}/update",
                        f"{base}/data" if fuseki else f"{base}/store")
        self.query_url = query_url or defaults[0]
        self.update_url = update_url or defaults[1]
        self.data_url = data_url or defaults[2]
        self.timeout = timeout
        self.path = None
        self._graphs: list[str] | None = None
        self._server: str | None = None     # the server's Server header, from its first answer
        self._opener = self._make_opener()

    def _make_opener(self):
        """An HTTP client that answers a server's request for a password (digest, as Virtuoso
        asks, or basic) with the user of the address; without a user, a plain one."""
        import urllib.request
        if not self.user:
            return urllib.request.build_opener()
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        for url in {self.query_url, self.update_url, self.data_url}:
            passwords.add_password(None, url, self.user, self.password)
        self._digest = urllib.request.HTTPDigestAuthHandler(passwords)
        self._basic = urllib.request.HTTPBasicAuthHandler(passwords)
        return urllib.request.build_opener(self._digest, self._basic)

    def _authorise_before_sending(self, req) -> None:
        """Credentials on a request with a body before it is sent: Virtuoso answers the first,
        unauthorised attempt at an upload by closing the connection in the middle of the body
        (a broken pipe, not a 401 to answer), so the challenge is fetched with a HEAD first."""
        import urllib.error
        import urllib.request
        try:
            urllib.request.urlopen(urllib.request.Request(req.full_url, method="HEAD"),
                                   timeout=self.timeout).close()
            return   # no password wanted
        except urllib.error.HTTPError as exc:
            challenge = exc.headers.get("WWW-Authenticate", "") if exc.code == 401 else ""
        except (urllib.error.URLError, OSError):
            return   # the request itself will say what is wrong
        scheme, _, rest = challenge.partition(" ")
        if scheme.lower() == "digest":
            fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
            answer = self._digest.get_authorization(req, fields)
            if answer:
                req.add_unredirected_header("Authorization", "Digest " + answer)
        elif scheme.lower() == "basic":
            import base64
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
            req.add_unredirected_header("Authorization", "Basic " + token)

    def _request(self, url: str, data: bytes | None, headers: dict, method: str = "POST",
                 answer_headers: dict | None = None) -> bytes:
        """The body of the server's answer (its headers into `answer_headers` when given)."""
        import http.client
        import urllib.error
        import urllib.request
        # Virtuoso answers with one header per default-graph-uri and named-graph-uri (kg sends
        # one of each per report): more than http.client's 100 once there are 50 reports
        http.client._MAXHEADERS = max(http.client._MAXHEADERS, MAX_ANSWER_HEADERS)
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        if self.user and data and url != self.query_url:   # (queries need no password)
            self._authorise_before_sending(req)
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                if answer_headers is not None:
                    answer_headers.update(resp.headers.items())
                return resp.read()
        except urllib.error.HTTPError as exc:
            body = one_line(exc.read().decode("utf-8", "replace"))
            if exc.code == 400 and url == self.query_url:
                raise QuerySyntaxError(_("{url}: the server rejected the query: {reason}").format(
                    url=url, reason=body)) from exc
            if exc.code == 401 and self.user:
                raise StoreError(_("{url}: HTTP 401: the server refused the password of user "
                                   "{user} (given in the address or in {variable})").format(
                    url=url, user=repr(self.user), variable=f"${PASSWORD_VARIABLE}")) from exc
            if exc.code == 401:
                raise StoreError(_("{url}: HTTP 401: the server wants a user and password: give "
                                   "them in the address (http://USER@host/..., the password in "
                                   "{variable})").format(
                    url=url, variable=f"${PASSWORD_VARIABLE}")) from exc
            if exc.code == 403 and url != self.query_url:
                raise StoreError(_("{url}: HTTP 403: the server refuses to write: {reason}; give "
                                   "a user allowed to write in the address (Virtuoso: "
                                   "http://dba@host:8890/sparql, the password in "
                                   "{variable})").format(
                    url=url, reason=body, variable=f"${PASSWORD_VARIABLE}")) from exc
            raise StoreError(f"{url}: HTTP {exc.code}: {body}") from exc     # (the server's words)
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(_("{url}: cannot reach the SPARQL server: {reason}").format(
                url=url, reason=exc)) from exc

    # --- writing (Graph Store Protocol and SPARQL Update)
    def put_graph(self, graph: str, ntriples: bytes) -> None:
        from urllib.parse import quote
        self._request(f"{self.data_url}?graph={quote(graph, safe='')}", ntriples,
                      {"Content-Type": "application/n-triples"}, method="PUT")
        self._graphs = None

    def add_to_graph(self, graph: str, ntriples: bytes) -> None:
        """Graph Store Protocol POST: the triples added to what the graph holds."""
        from urllib.parse import quote
        self._request(f"{self.data_url}?graph={quote(graph, safe='')}", ntriples,
                      {"Content-Type": "application/n-triples"}, method="POST")
        self._graphs = None

    def delete_graph(self, graph: str) -> None:
        from urllib.parse import quote
        self._request(f"{self.data_url}?graph={quote(graph, safe='')}", None, {}, method="DELETE")
        self._graphs = None

    def update(self, text: str, name: str = "update") -> None:
        self._request(self.update_url, text.encode("utf-8"),
                      {"Content-Type": "application/sparql-update"})
        self._graphs = None

    def flush(self) -> None:
        pass

    # --- reading
    def _raw_select(self, text: str, default_graphs: list[str] | None,
                    answer_headers: dict | None = None) -> tuple[list[str], list[tuple]]:
        import json
        from urllib.parse import urlencode
        params = [("query", text)] + [("default-graph-uri", g) for g in (default_graphs or [])]
        # naming the default graphs would otherwise hide the named ones from GRAPH patterns
        params += [("named-graph-uri", g) for g in (default_graphs or [])]
        answer_headers = {} if answer_headers is None else answer_headers
        body = self._request(self.query_url, urlencode(params).encode("utf-8"),
                             {"Content-Type": "application/x-www-form-urlencoded",
                              "Accept": "application/sparql-results+json"},
                             answer_headers=answer_headers)
        doc = json.loads(body)
        variables = doc["head"].get("vars", [])
        rows = [tuple(_json_term(b.get(v)) for v in variables) for b in doc["results"]["bindings"]]
        cut = {k.lower(): v for k, v in answer_headers.items()}.get("x-sparql-maxrows")
        if cut is not None and cut.isdigit() and len(rows) >= int(cut):
            # Virtuoso cuts an answer at ResultSetMaxRows and says so only in this header
            raise StoreError(_("{url}: the server cut the answer at {n} rows; raise its limit "
                               "above the largest answer (Virtuoso: [SPARQL] ResultSetMaxRows "
                               "in virtuoso.ini)").format(url=self.query_url, n=cut))
        return variables, rows

    def named_graphs(self) -> list[str]:
        if self._graphs is None:
            from .queries import load_query
            from .config import project_root
            q = load_query(project_root() / "queries" / "lookup" / "graphs.rq")
            answer_headers: dict = {}
            _, rows = self._raw_select(q.text, None, answer_headers)
            self._server = {k.lower(): v for k, v in answer_headers.items()}.get("server", "")
            dialect = self._server_dialect()     # the first answer said which server this is
            if dialect:
                _, rows = self._raw_select(q.text_for(dialect), None)
            self._graphs = [str(r[0]) for r in rows if is_kg_graph(str(r[0]))]
        return self._graphs

    @property
    def dialect(self) -> str | None:
        """`virtuoso` for a server that names itself Virtuoso in its answers' Server header (kg
        then sends the named queries' `#+ form virtuoso:` text, kg.queries), else None."""
        self.named_graphs()
        return self._server_dialect()

    def _server_dialect(self) -> str | None:
        return "virtuoso" if (self._server or "").lower().startswith("virtuoso") else None

    def select(self, text: str, bindings: dict[str, Node] | None = None, name: str = "query",
               limit: int | None = None, offset: int = 0) -> tuple[list[str], list[tuple]]:
        """A SELECT whose default graph is the merge of all named graphs (default-graph-uri)."""
        text = with_bindings(text, bindings or {})
        variables, rows = self._raw_select(text, self.named_graphs())
        rows = rows[offset:]
        return variables, rows if limit is None else rows[:limit]

    def graph_sizes(self) -> dict[str, int]:
        from .queries import load_query
        from .config import project_root
        q = load_query(project_root() / "queries" / "lookup" / "graph-sizes.rq")
        _, rows = self._raw_select(q.text, None)
        return {str(g): int(n) for g, n in rows if is_kg_graph(str(g))}

    def count(self, graph: str) -> int:
        return self.graph_sizes().get(graph, 0)


def is_kg_graph(iri: str) -> bool:
    """One of kg's graphs, not one a server keeps for itself (Virtuoso's virtrdf#, say) or
    another application's: only these make the default graph of kg's queries."""
    from .config import GRAPH
    return iri.startswith(str(GRAPH))


def _json_term(b: dict | None) -> Node | None:
    if b is None:
        return None
    URIRef, BNode, Literal = _rdflib_terms()
    kind = b["type"]
    if kind == "uri":
        return URIRef(b["value"])
    if kind == "bnode":
        return BNode(b["value"])
    if "xml:lang" in b:
        return Literal(b["value"], lang=b["xml:lang"])
    dt = b.get("datatype")
    return Literal(b["value"], datatype=URIRef(dt) if dt else None)
