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
    import http.server
    import threading

    class Refuses(http.server.BaseHTTPRequestHandler):
        def do_PUT(self):
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Digest realm="SPARQL", nonce="1", qop="auth"')
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refuses)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        remote = RemoteStore(f"http://127.0.0.1:{server.server_address[1]}/sparql")
        with pytest.raises(StoreError) as caught:
            remote.put_graph("https://w3id.org/rikg/graph/registry", b"")
    finally:
        server.shutdown()
        server.server_close()
    assert "wants a user and password" in str(caught.value)
    assert "KG_SERVER_PASSWORD" in str(caught.value)
