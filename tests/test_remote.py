"""Real SPARQL 1.1 servers (Oxigraph server, Virtuoso Open Source): `kg build --store` loads each
over the Graph Store Protocol, and every named query answers the same over the SPARQL Protocol as
on the embedded store, on the seed report and on all reports."""
import pytest

from kg.build import build
from kg.config import Paths
from kg.errors import StoreError
from kg.query import Labels, open_store, run_query
from kg.store import public_address

from oxigraph_server import OxigraphServer, oxigraph_binary
from test_queries import CATALOGUE, SAMPLES, comparable, engine_cases
from virtuoso_server import VirtuosoServer, virtuoso_binary

SERVERS = {
    "oxigraph": (OxigraphServer, oxigraph_binary,
                 "the oxigraph server (PyPI `oxigraph`) is not installed"),
    "virtuoso": (VirtuosoServer, virtuoso_binary,
                 "Virtuoso (Debian `virtuoso-opensource`) is not installed; `make test` installs "
                 "it when run as root"),
}


@pytest.fixture(scope="module", params=sorted(SERVERS))
def server(request, tmp_path_factory):
    start, binary, missing = SERVERS[request.param]
    if binary() is None:
        pytest.skip(missing)
    srv = start(tmp_path_factory.mktemp(request.param))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def remote(server, built, tmp_path_factory):
    # the same data as the embedded store it is compared with (the seed, conftest.built)
    paths = Paths(root=built.root, build_dir=tmp_path_factory.mktemp("remote-build"))
    result = build(paths, store_url=server.url)
    assert result.remote == public_address(server.url)
    store = open_store(paths, server.url)
    return paths, store, Labels.from_engine(store, paths)


def test_the_server_holds_the_same_graphs(remote, store):
    _, remote_store, _ = remote
    assert remote_store.graph_sizes() == store.graph_sizes()


@pytest.mark.parametrize("name, values", engine_cases())
def test_every_named_query_answers_the_same_on_the_server(name, values, remote, store, labels):
    _, remote_store, remote_labels = remote
    query = CATALOGUE[name]
    here = run_query(store, query, values, labels)
    there = run_query(remote_store, query, values, remote_labels)
    assert here.rows
    assert [tuple(map(comparable, r)) for r in there.rows] == \
           [tuple(map(comparable, r)) for r in here.rows]


def test_rebuilding_replaces_graphs_instead_of_adding(server, remote):
    paths, remote_store, _ = remote
    before = remote_store.graph_sizes()
    build(paths, store_url=server.url)
    assert remote_store.graph_sizes() == before


def test_an_unreachable_server_is_a_store_error(tmp_path):
    from oxigraph_server import free_port
    with pytest.raises(StoreError) as caught:
        build(Paths(build_dir=tmp_path), store_url=f"http://127.0.0.1:{free_port()}")
    assert "cannot reach" in str(caught.value)
    assert not (tmp_path / "current").exists()
