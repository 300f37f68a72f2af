"""The query workers of `kg serve`: separate processes that open one build generation's store
read-only (or talk to the --endpoint server) and answer jobs over a pipe, each with a time limit.

Two lanes keep quick queries from waiting behind slow ones: the general workers take any query,
and one more worker, the fast lane, takes only queries not known to be slow, for at most
FAST_LANE_SECONDS. A query that runs longer there is stopped, remembered as slow and handed to
the general workers with the rest of its time limit, so two endless queries on the general
workers never make an ASK wait; and since those may hold every core, the general workers run at
a lower CPU priority (nice +5) than the server and the fast lane.

This module imports neither rdflib nor Starlette: a worker starts in a fraction of a second."""
from __future__ import annotations

import hashlib
import itertools
import json
import logging
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

from .errors import KGError, QueryParameterError, QuerySyntaxError, StoreError
from .i18n import _
from .sandbox import forbid_sockets, isolate_network

log = logging.getLogger("kg.serve")
log.addHandler(logging.NullHandler())

STARTUP_TIMEOUT = 60.0            # how long a fresh worker may take to open the store
FAST_LANE_SECONDS = 0.5           # the most a query may run on the fast lane
GENERAL_LANE_NICENESS = 5         # how much lower the general workers' CPU priority is
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

class QueryTimeout(StoreError):
    """The query ran past the time limit; its worker was killed (503)."""

    status = 503


class ServerBusy(StoreError):
    """Every worker stayed busy for the whole time limit (503)."""

    status = 503



# ---------------------------------------------------------------- terms between processes
# A term travels as a small tuple: ("u", iri), ("b", id), ("l", lexical, lang, datatype),
# ("t", s, p, o). Lexical forms stay exactly as the engine wrote them.

def _pack(term) -> tuple | None:
    import pyoxigraph as ox
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("u", term.value)
    if isinstance(term, ox.BlankNode):
        return ("b", term.value)
    if isinstance(term, ox.Literal):
        return ("l", term.value, term.language, term.datatype.value)
    if isinstance(term, ox.Triple):
        return ("t", _pack(term.subject), _pack(term.predicate), _pack(term.object))
    raise StoreError(f"unsupported RDF term from the store: {term!r}")


def _to_ox(c: tuple):
    import pyoxigraph as ox
    kind = c[0]
    if kind == "u":
        return ox.NamedNode(c[1])
    if kind == "b":
        return ox.BlankNode(c[1])
    if kind == "l":
        if c[2]:
            return ox.Literal(c[1], language=c[2])
        return ox.Literal(c[1], datatype=ox.NamedNode(c[3] or XSD_STRING))
    return ox.Triple(_to_ox(c[1]), _to_ox(c[2]), _to_ox(c[3]))


def _from_json(b: dict | None) -> tuple | None:
    """A term of the SPARQL JSON results format (a remote server's answer)."""
    if b is None:
        return None
    kind = b.get("type")
    if kind == "uri":
        return ("u", b["value"])
    if kind == "bnode":
        return ("b", b["value"])
    if kind == "triple":
        v = b["value"]
        return ("t", _from_json(v["subject"]), _from_json(v["predicate"]), _from_json(v["object"]))
    lang = b.get("xml:lang")
    if lang:
        return ("l", b["value"], lang, RDF_LANGSTRING)
    return ("l", b["value"], None, b.get("datatype") or XSD_STRING)


# ---------------------------------------------------------------- the worker processes

def _exit_with_parent() -> None:
    """Stop this worker, even in the middle of a query, as soon as the server process is gone."""
    import os
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="kg-serve-parent-watch", daemon=True).start()


def _worker_entry(fd: int, store_path: str | None, endpoint: str | None,
                  remote_timeout: float, niceness: int = 0) -> None:
    """A worker process: open the store read-only, then answer jobs until the pipe closes.
    An embedded worker first gives up the network (kg.sandbox), while it is single-threaded."""
    import os
    from multiprocessing.connection import Connection
    conn = Connection(fd)
    if niceness:
        os.nice(niceness)          # before any thread starts: threads inherit it
    sandbox = {"netns": False, "no_sockets": False}
    if endpoint is None:
        sandbox = {"netns": isolate_network(), "no_sockets": forbid_sockets()}
    _exit_with_parent()
    try:
        if endpoint:
            from .store import RemoteStore
            engine = RemoteStore(endpoint, timeout=remote_timeout)
        else:
            import pyoxigraph as ox
            engine = ox.Store.read_only(store_path)
    except Exception as exc:   # noqa: BLE001 - reported to the parent, which raises
        hint = (" (the worker runs in its own network namespace; KG_SERVE_NETNS=0 turns that "
                "off)") if sandbox["netns"] else ""
        conn.send(("fatal", f"cannot open the store: {exc}{hint}"))
        return
    conn.send(("ready", sandbox))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            run = _run_remote if endpoint else _run_embedded
            if job.get("named") is not None:    # a named query's page, as `kg query` reads it
                result = _run_named(engine, job, store_path)
            elif job.get("each") is not None:     # one query, once per set of bindings
                result = ("each", [run(engine, _one_of(job, bindings, endpoint))
                                   for bindings in job["each"]])
            else:
                result = run(engine, job)
        except QueryParameterError as exc:
            result = ("error", "parameter", exc.message)
        except KGError as exc:
            result = ("error", "syntax" if isinstance(exc, QuerySyntaxError) else "store",
                      exc.message)
        except Exception as exc:   # noqa: BLE001 - never let a query kill the worker silently
            result = ("error", "store", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(result)
        except (OSError, ValueError):
            return


def _one_of(job: dict, bindings: dict, endpoint: str | None) -> dict:
    """The job of one set of bindings of an "each" job. On the built store the bindings also
    open every WHERE as a VALUES block, as `kg query` binds its parameters (kg.query.
    query_text_for): with substitutions alone Oxigraph plans from the whole graph (the source of
    one quote at 1M: all 31,516 excerpts read for each quote of an actor's page)."""
    one = {**job, "bindings": bindings}
    if endpoint is None and bindings:
        from .store import with_bindings
        try:
            one["text"] = with_bindings(job["text"], {k: _to_ox(v) for k, v in bindings.items()})
        except StoreError:          # no WHERE keyword (`SELECT * { … }`): substitutions only
            pass
    return one


def _run_named(engine, job: dict, store_path: str | None) -> tuple:
    """A named query's facts job["named"]["offset"] + 1 … + limit, read and gathered here as
    `kg query` reads its table's page (kg.query.answer_for: kg.paging's page forms, the facts
    that come together, one fact more to tell whether more follow); with limit None, the whole
    answer as `kg query --format csv` reads it, cut at job["named"]["cap"] facts: ("named",
    variables, rows of packed cells (_packer), whether more facts follow)."""
    from .query import answer_for
    import pyoxigraph as ox
    named = job["named"]
    if isinstance(engine, ox.Store):     # the store's own terms (kg.query gathers them)
        from .store import EmbeddedStore
        engine = EmbeddedStore.around(engine, Path(store_path) if store_path else None)
        bound = {k: _to_ox(v) for k, v in job["bindings"].items()}
    else:                                # an --endpoint server: rdflib's
        from .serve import _to_rdflib
        bound = {k: _to_rdflib(v) for k, v in job["bindings"].items()}
    limit = named["limit"]
    answer = answer_for(engine, named["query"], bound, limit, named["offset"],
                        rdflib_terms=False, page=limit is not None)
    rows, more = answer.rows, answer.more
    if limit is None and len(rows) > named["cap"]:     # (the whole answer, as `kg query -f csv`)
        rows, more = rows[:named["cap"]], True
    pack = _packer()
    return ("named", answer.variables, [tuple(pack(cell) for cell in row) for row in rows], more)


def _packer():
    """A function packing a gathered cell (kg.gather): a term as _pack does (an rdflib term, of
    an --endpoint server's answer, as kg.serve._from_rdflib), several values as ("S", values),
    a value beside its source as ("B", value, source); each distinct term packed once."""
    import pyoxigraph as ox
    from .gather import Beside, Several
    packed: dict = {}

    def term(t):
        if t is None:
            return None
        found = packed.get(t)
        if found is None:
            if isinstance(t, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple)):
                found = _pack(t)
            else:
                from .serve import _from_rdflib
                found = _from_rdflib(t)
            packed[t] = found
        return found

    def cell(c):
        if isinstance(c, Several):
            return ("S", tuple(cell(v) for v in c))
        if isinstance(c, Beside):
            return ("B", cell(c.value), cell(c.by))
        return term(c)
    return cell


def _collect(variables, solutions, limit: int, offset: int):
    rows = [tuple(r) for r in itertools.islice(solutions, offset, offset + limit + 1)]
    truncated = len(rows) > limit
    return ("select", variables, rows[:limit], truncated)


RESULT_FORMATS = ("json", "xml", "csv", "tsv")     # the names kg.serve negotiates


def _results_format(name: str):
    import pyoxigraph as ox
    return {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}[name]


def _count_rows(data: bytes, name: str) -> int:
    """How many solutions a serialised answer holds (pyoxigraph parses all but CSV, which it
    calls lossy; its rows may span lines, so the csv module counts them)."""
    import csv
    import io
    import pyoxigraph as ox
    if name == "csv":
        return max(0, sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8")))) - 1)
    return sum(1 for _ in ox.parse_query_results(data, format=_results_format(name)))


def _serialised_select(run, job: dict) -> tuple:
    """A SELECT answer serialised by pyoxigraph itself, at most job["limit"] rows. pyoxigraph
    cannot build results from rows, so the limit goes into the query: it runs as a sub-select
    under LIMIT (a sub-select takes neither prologue nor FROM: the prologue stays outside, the
    FROM graphs are passed as the dataset) with the query's own projection outside, so the
    columns keep their order (`*` is alphabetical in Oxigraph, inside and out). Oxigraph
    streams a sub-select's solutions in order, so an ORDER BY inside is kept. Only when the
    answer is full does a second run (OFFSET limit LIMIT 1) tell whether rows were cut."""
    prologue, projection, body = job["subselect"]
    limit, name = job["limit"], job["format"]

    def wrapped(modifiers: str) -> str:     # newlines: the body may end in a # comment
        return f"{prologue}SELECT {projection} WHERE {{ {{\n{body}\n}} }}\n{modifiers}"

    try:
        solutions = run(wrapped(f"LIMIT {limit}"))
    except SyntaxError:
        run(job["text"])     # the error as the query was written, with its line and column
        raise                # (the original parses: the rewriting failed; rare, said as is)
    data = solutions.serialize(format=_results_format(name))
    truncated = (_count_rows(data, name) >= limit
                 and any(True for _ in run(wrapped(f"OFFSET {limit} LIMIT 1"))))
    return ("serialised", "select", data, truncated)


def _run_embedded(store, job: dict):
    import pyoxigraph as ox
    kwargs: dict[str, Any] = {}
    if job["dataset"] is not None:
        default, named = job["dataset"]
        try:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default]
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named]
        except ValueError as exc:
            return ("error", "runtime", f"not a graph IRI: {exc}")
    elif job.get("from") is not None and job.get("format"):
        # the FROM clauses leave the query text for the sub-select (_serialised_select)
        default, named = job["from"]
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default]
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named]
    elif job["union"]:
        kwargs["use_default_graph_as_union"] = True
    try:
        if job["bindings"]:
            kwargs["substitutions"] = {ox.Variable(k): _to_ox(v)
                                       for k, v in job["bindings"].items()}
    except ValueError as exc:    # e.g. an IRI that is not one
        return ("error", "param", str(exc))
    limit, offset = job["limit"], job["offset"]
    try:
        serialise = job.get("format") in RESULT_FORMATS     # the protocol: pyoxigraph does
        if serialise and job["form"] == "SELECT":
            return _serialised_select(lambda text: store.query(text, **kwargs), job)
        result = store.query(job["text"], **kwargs)
        if serialise and isinstance(result, ox.QueryBoolean):
            return ("serialised", "ask",
                    result.serialize(format=_results_format(job["format"])), False)
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            n = len(variables)
            solutions = (tuple(_pack(sol[i]) for i in range(n)) for sol in result)
            return _collect(variables, solutions, limit, offset)
        if job["select_only"]:
            return ("error", "runtime", "not a SELECT query")
        if isinstance(result, ox.QueryBoolean):
            return ("ask", bool(result))
        triples = [(_pack(t.subject), _pack(t.predicate), _pack(t.object))
                   for t in itertools.islice(result, limit + 1)]
        return ("graph", triples[:limit], len(triples) > limit)
    except SyntaxError as exc:
        return ("error", "syntax", str(exc))
    except RuntimeError as exc:
        return ("error", "param" if job["bindings"] else "runtime", str(exc))
    except OSError as exc:
        return ("error", "store", str(exc))


def _run_remote(remote, job: dict):
    """The same job on a SPARQL 1.1 server; its default graph is the merge of all named graphs
    (default-graph-uri), as kg.store.RemoteStore does."""
    import pyoxigraph as ox
    from urllib.parse import urlencode
    from .serve import _to_rdflib
    from .store import with_bindings
    text = job["text"]
    if job["bindings"]:
        text = with_bindings(text, {k: _to_rdflib(v) for k, v in job["bindings"].items()})
    params = [("query", text)]
    if job["dataset"] is not None:
        default, named = job["dataset"]
        params += [("default-graph-uri", g) for g in default]
        params += [("named-graph-uri", g) for g in named]
    elif job["union"]:
        graphs = remote.named_graphs()
        params += [("default-graph-uri", g) for g in graphs]
        params += [("named-graph-uri", g) for g in graphs]
    graph_form = job["form"] in ("CONSTRUCT", "DESCRIBE")
    accept = "application/n-triples" if graph_form else "application/sparql-results+json"
    body = remote._request(remote.query_url, urlencode(params).encode("utf-8"),
                           {"Content-Type": "application/x-www-form-urlencoded",
                            "Accept": accept})
    limit, offset = job["limit"], job["offset"]
    if graph_form:
        if job["select_only"]:
            return ("error", "runtime", "not a SELECT query")
        triples = [(_pack(t.subject), _pack(t.predicate), _pack(t.object))
                   for t in itertools.islice(ox.parse(body, format=ox.RdfFormat.TURTLE),
                                             limit + 1)]
        return ("graph", triples[:limit], len(triples) > limit)
    doc = json.loads(body)
    if job.get("format") in RESULT_FORMATS:
        # the server's whole answer arrived anyway: cut its rows, then pyoxigraph re-serialises
        bindings = doc.get("results", {}).get("bindings", [])
        truncated = len(bindings) > limit
        if truncated:
            doc["results"]["bindings"] = bindings[:limit]
        results = ox.parse_query_results(json.dumps(doc).encode("utf-8"),
                                         format=ox.QueryResultsFormat.JSON)
        return ("serialised", "ask" if "boolean" in doc else "select",
                results.serialize(format=_results_format(job["format"])), truncated)
    if "boolean" in doc:
        if job["select_only"]:
            return ("error", "runtime", "not a SELECT query")
        return ("ask", bool(doc["boolean"]))
    variables = doc["head"].get("vars", [])
    solutions = (tuple(_from_json(b.get(v)) for v in variables) for b in doc["results"]["bindings"])
    return _collect(variables, solutions, limit, offset)


class _Worker:
    """One worker: a fresh interpreter (`python -c`, so no __main__ guard is needed anywhere)
    talking over a socket pair, in its own session so a terminal's Ctrl-C goes to the server."""

    def __init__(self, args: tuple, number: int, lane: str):
        import os
        import subprocess
        import sys
        from multiprocessing.connection import Pipe
        self.number, self.lane = number, lane
        self.conn, child = Pipe(duplex=True)
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH"))
                                            if p)
        code = ("import sys, json; from kg.serve_workers import _worker_entry; "
                "_worker_entry(int(sys.argv[1]), *json.loads(sys.argv[2]))")
        # general workers run the slow queries: they yield the CPU to the server and the fast lane
        niceness = GENERAL_LANE_NICENESS if lane == "general" else 0
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-P", "-c", code, str(child.fileno()),
                 json.dumps([*args, niceness])],
                pass_fds=[child.fileno()], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, env=env, start_new_session=True)
        finally:
            child.close()
        self.ready = False
        self.sandbox: dict[str, bool] = {}

    def wait_ready(self, timeout: float) -> None:
        if self.ready:
            return
        if not self.conn.poll(timeout):
            raise StoreError(_("a query worker did not start within {seconds} s").format(
                seconds=f"{timeout:g}"))
        message = self.conn.recv()
        if message[0] == "fatal":
            raise StoreError(message[1])
        self.ready, self.sandbox = True, dict(message[1])

    def stop(self, kill: bool = False) -> None:
        import subprocess
        try:
            self.conn.close()
        except OSError:
            pass
        try:
            if kill:
                self.process.kill()
            else:
                self.process.terminate()
            self.process.wait(2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            try:
                self.process.wait(2)
            except subprocess.TimeoutExpired:
                pass
        except OSError:
            pass


class SlowQueries:
    """The query texts that once ran past the fast lane's budget (a bounded memory, by hash)."""

    def __init__(self, size: int = 4096):
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def __contains__(self, text: str) -> bool:
        with self._lock:
            return self._key(text) in self._seen

    def add(self, text: str) -> None:
        with self._lock:
            self._seen[self._key(text)] = None
            self._seen.move_to_end(self._key(text))
            while len(self._seen) > self._size:
                self._seen.popitem(last=False)




class WorkerPool:
    """`size` general workers and one fast-lane worker (see the module doc). `run` hands a job
    to an idle worker, waiting at most `timeout` seconds for one, and gives it `timeout` seconds
    to answer; past that the worker is killed and replaced and QueryTimeout is raised."""

    def __init__(self, store_path: Path | None, endpoint: str | None, size: int, timeout: float,
                 slow: SlowQueries | None = None):
        self._args = (str(store_path) if store_path else None, endpoint, timeout + 5.0)
        self.size, self.timeout = max(1, int(size)), float(timeout)
        self.slow = slow if slow is not None else SlowQueries()
        self._idle: dict[str, list[_Worker]] = {"general": [], "fast": []}
        self._all: set[_Worker] = set()
        self._changed = threading.Condition()
        self._counter = itertools.count(1)
        self._closed = False
        self.sandbox: dict[str, bool] = {}
        for lane in ["general"] * self.size + ["fast"]:
            self._give_back(self._spawn(lane))

    def _spawn(self, lane: str) -> _Worker:
        worker = _Worker(self._args, next(self._counter), lane)
        with self._changed:
            self._all.add(worker)
        return worker

    def _give_back(self, worker: _Worker) -> None:
        with self._changed:
            self._idle[worker.lane].append(worker)
            self._changed.notify_all()

    def _replace(self, worker: _Worker, kill: bool = True) -> None:
        worker.stop(kill=kill)
        with self._changed:
            self._all.discard(worker)
        if not self._closed:
            self._give_back(self._spawn(worker.lane))

    def _take(self, fast_ok: bool, deadline: float) -> _Worker:
        """An idle general worker, else (for a query not known to be slow) the fast lane."""
        with self._changed:
            while True:
                if self._closed:
                    raise StoreError(_("the server is shutting down"))
                if self._idle["general"]:
                    return self._idle["general"].pop()
                if fast_ok and self._idle["fast"]:
                    return self._idle["fast"].pop()
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ServerBusy(_("all {n} query workers stayed busy for {seconds} s; try "
                                       "again in a moment").format(
                        n=self.size, seconds=f"{self.timeout:g}"))
                self._changed.wait(remaining)

    def wait_ready(self) -> None:
        """Start-up: wait until every worker has opened the store (raises if one cannot)."""
        with self._changed:
            workers = list(self._all)
        for worker in workers:
            worker.wait_ready(STARTUP_TIMEOUT)
        self.sandbox = {key: all(w.sandbox.get(key) for w in workers)
                        for key in ("netns", "no_sockets")}

    @property
    def isolated(self) -> bool:
        """True when every worker runs in a network namespace without any network."""
        return bool(self.sandbox.get("netns"))

    def run(self, job: dict, timeout: float | None = None) -> tuple:
        limit = self.timeout if timeout is None else timeout
        worker = self._take(job["text"] not in self.slow, time.monotonic() + limit)
        if worker.lane == "fast":
            result = self._attempt(worker, job, min(FAST_LANE_SECONDS, limit))
            if result is not None:
                return result
            self.slow.add(job["text"])     # too slow for the fast lane: to the general workers
            log.info("a query ran past the fast lane's %g s; it continues on a general worker",
                     FAST_LANE_SECONDS)
            limit -= FAST_LANE_SECONDS
            worker = self._take(False, time.monotonic() + limit)
        result = self._attempt(worker, job, limit)
        if result is None:
            log.warning("query exceeded the time limit of %g s; its worker was replaced",
                        self.timeout if timeout is None else timeout)
            raise QueryTimeout(_("query exceeded the time limit of {seconds} s").format(
                seconds=f"{self.timeout if timeout is None else timeout:g}"))
        return result

    def _attempt(self, worker: _Worker, job: dict, seconds: float) -> tuple | None:
        """The worker's answer within `seconds`, or None (the worker is then replaced)."""
        healthy = False
        try:
            worker.wait_ready(STARTUP_TIMEOUT)
            started = time.monotonic()
            worker.conn.send(job)
            if not worker.conn.poll(seconds):
                return None
            result = worker.conn.recv()
            healthy = True
            log.debug("query answered in %.3f s (%s lane)", time.monotonic() - started,
                      worker.lane)
            return result
        except (EOFError, OSError, BrokenPipeError) as exc:
            log.error("a query worker stopped unexpectedly: %s", exc)
            raise StoreError(_("the query worker stopped unexpectedly (out of memory?); it has "
                               "been replaced")) from exc
        finally:
            if healthy:
                self._give_back(worker)
            else:
                self._replace(worker)

    def close(self) -> None:
        self._closed = True
        with self._changed:
            workers = list(self._all)
            self._all.clear()
            self._changed.notify_all()
        for worker in workers:
            worker.stop()
