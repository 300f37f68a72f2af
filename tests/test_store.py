"""The store's failures in one line each: damage names the repair, the machine's refusals say
what to check (all exit 4)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.errors import EXIT_ENVIRONMENT, DamagedStore, EnvironmentProblem
from kg.store import EmbeddedStore, damaged


@pytest.mark.parametrize("rocksdb, kind, words", [
    ("Corruption: Sst file size mismatch  sstable: /b/store/000009.sst", DamagedStore,
     "the store is damaged or cannot be read (Corruption: Sst file size mismatch); `kg build` "
     "rebuilds it from data/"),
    ("IO error: No space left on device: While appending to file: /b/store/LOG",
     EnvironmentProblem, "the disk is full"),
    ("IO error: While open a file for appending: /b/store/LOG: Permission denied",
     EnvironmentProblem, "no permission to open the store"),
])
def test_a_store_failure_is_one_line_saying_what_to_do(rocksdb, kind, words):
    error = damaged(Path("/b/store"), RuntimeError(rocksdb))
    assert isinstance(error, kind) and error.exit_code == EXIT_ENVIRONMENT
    assert str(error).startswith("/b/store: ") and words in str(error)


def test_a_truncated_store_file_is_reported_as_damage(built, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(built.current / "store", copy)
    sst = sorted(copy.glob("*.sst"))[0]
    sst.write_bytes(sst.read_bytes()[:100])
    with pytest.raises(DamagedStore, match="`kg build` rebuilds it"):
        EmbeddedStore(copy, read_only=True)


# ---------------------------------------------------------------- remote servers' addresses

def test_an_oxigraph_server_is_given_by_its_base():
    from kg.store import RemoteStore
    remote = RemoteStore("http://127.0.0.1:7878")
    assert (remote.query_url, remote.update_url, remote.data_url) == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")


def test_a_virtuoso_endpoint_without_a_user_uses_the_open_graph_store():
    from kg.store import RemoteStore
    remote = RemoteStore("http://127.0.0.1:8890/sparql")
    assert (remote.query_url, remote.update_url, remote.data_url) == (
        "http://127.0.0.1:8890/sparql", "http://127.0.0.1:8890/sparql",
        "http://127.0.0.1:8890/sparql-graph-crud")
    assert remote.user is None


def test_a_virtuoso_endpoint_with_a_user_writes_through_the_authenticated_endpoints():
    from kg.store import RemoteStore
    remote = RemoteStore("http://dba:s%40cret@127.0.0.1:8890/sparql")
    assert (remote.query_url, remote.update_url, remote.data_url) == (
        "http://127.0.0.1:8890/sparql", "http://127.0.0.1:8890/sparql-auth",
        "http://127.0.0.1:8890/sparql-graph-crud-auth")
    assert (remote.user, remote.password) == ("dba", "s@cret")


def test_the_password_may_come_from_the_environment(monkeypatch):
    from kg.store import PASSWORD_VARIABLE, RemoteStore
    monkeypatch.setenv(PASSWORD_VARIABLE, "from-env")
    assert RemoteStore("http://dba@127.0.0.1:8890/sparql").password == "from-env"


def test_the_public_address_has_no_password():
    from kg.store import public_address
    assert public_address("http://dba:secret@127.0.0.1:8890/sparql") == "http://127.0.0.1:8890/sparql"
    assert public_address("http://127.0.0.1:7878") == "http://127.0.0.1:7878"


def test_a_refused_password_says_how_to_give_one():
    """A server that answers 401 (no user given): one line saying where user and password go."""
    from kg.errors import StoreError
    from kg.store import RemoteStore
    server = answering_server(401, {"WWW-Authenticate": 'Digest realm="SPARQL", nonce="1", qop="auth"'})
    try:
        remote = RemoteStore(f"http://127.0.0.1:{server.server_address[1]}/sparql")
        with pytest.raises(StoreError) as caught:
            remote.put_graph("https://w3id.org/rikg/graph/registry", b"")
    finally:
        server.shutdown()
        server.server_close()
    assert "wants a user and password" in str(caught.value)
    assert "KG_SERVER_PASSWORD" in str(caught.value)


def answering_server(status: int, headers: dict, body: bytes = b""):
    """A one-answer HTTP server on loopback: every request gets this status, headers and body."""
    import http.server
    import threading

    class Answers(http.server.BaseHTTPRequestHandler):
        def answer(self):
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = answer

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_an_answer_the_server_cut_short_is_an_error_not_fewer_rows():
    """Virtuoso stops at ResultSetMaxRows and says so only in a header: kg refuses the answer."""
    import json
    from kg.errors import StoreError
    from kg.store import RemoteStore
    rows = [{"x": {"type": "literal", "value": str(i)}} for i in range(2)]
    body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": rows}}).encode()
    server = answering_server(200, {"Content-Type": "application/sparql-results+json",
                                    "X-SPARQL-MaxRows": "2"}, body)
    try:
        remote = RemoteStore(f"http://127.0.0.1:{server.server_address[1]}/sparql")
        with pytest.raises(StoreError) as caught:
            remote._raw_select("SELECT ?x WHERE { ?x ?p ?o }", None)
    finally:
        server.shutdown()
        server.server_close()
    assert "cut the answer at 2 rows" in str(caught.value)
    assert "ResultSetMaxRows" in str(caught.value)


def test_an_answer_with_a_header_per_graph_is_read():
    """Virtuoso repeats each of the dataset's graphs as a header: with one graph per report that
    is hundreds of headers, more than Python's HTTP client takes by default."""
    import json
    from kg.store import RemoteStore

    class ManyHeaders(dict):
        def items(self):
            yield "Content-Type", "application/sparql-results+json"
            for i in range(300):
                yield "X-SPARQL-default-graph", f"https://w3id.org/rikg/graph/report-{i}"

    body = json.dumps({"head": {"vars": ["x"]},
                       "results": {"bindings": [{"x": {"type": "literal", "value": "a"}}]}}).encode()
    server = answering_server(200, ManyHeaders(), body)
    try:
        remote = RemoteStore(f"http://127.0.0.1:{server.server_address[1]}/sparql")
        variables, rows = remote._raw_select("SELECT ?x WHERE { ?x ?p ?o }", None)
    finally:
        server.shutdown()
        server.server_close()
    assert (variables, [str(r[0]) for r in rows]) == (["x"], ["a"])
