"""The query workers of kg serve: the engine refuses writes and outbound requests on its own,
and quick queries are not starved by slow ones (kg.serve_workers)."""
from __future__ import annotations

import threading
import time

import pytest

from kg.errors import StoreError
from kg.serve_workers import FAST_LANE_SECONDS, QueryTimeout, WorkerPool
from kg.store import STORE_DIR

ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ALSO_ENDLESS = "SELECT (COUNT(*) AS ?m) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ASK = "ASK { ?s <http://xmlns.com/foaf/0.1/name> \"Kim Dong-yeon\" }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def job(text: str, form: str = "SELECT") -> dict:
    """A job as kg.serve.Context._job makes it, without the read-only check in front."""
    return {"text": text, "form": form, "union": True, "dataset": None, "bindings": {},
            "limit": 100, "offset": 0, "select_only": False}


@pytest.fixture
def pool_of(built):
    pools = []

    def make(size: int, timeout: float) -> WorkerPool:
        pool = WorkerPool(built.current.resolve() / STORE_DIR, None, size, timeout)
        pool.wait_ready()
        pools.append(pool)
        return pool

    yield make
    for pool in pools:
        pool.close()


def in_background(pool: WorkerPool, text: str) -> tuple[threading.Thread, list]:
    outcome: list = []

    def run():
        try:
            outcome.append(pool.run(job(text)))
        except StoreError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_an_ask_answers_within_a_second_while_two_endless_queries_run(pool_of):
    pool = pool_of(2, timeout=4)
    runs = [in_background(pool, ENDLESS), in_background(pool, ALSO_ENDLESS)]
    time.sleep(0.5)                            # both general workers are busy now
    started = time.monotonic()
    answer = pool.run(job(ASK, "ASK"))
    assert time.monotonic() - started < 1.0
    assert answer == ("ask", True)
    assert all(thread.is_alive() for thread, _ in runs)
    for thread, outcome in runs:
        thread.join(10)
        assert isinstance(outcome[0], QueryTimeout)


def test_a_query_too_slow_for_the_fast_lane_moves_to_the_general_workers(pool_of):
    pool = pool_of(1, timeout=3)
    busy, _ = in_background(pool, ENDLESS)     # holds the one general worker
    time.sleep(0.3)
    moved, outcome = in_background(pool, ALSO_ENDLESS)
    time.sleep(FAST_LANE_SECONDS + 0.5)
    assert ALSO_ENDLESS in pool.slow           # stopped on the fast lane, remembered as slow
    assert moved.is_alive()                    # and waiting for, then running on, a general one
    busy.join(10)
    moved.join(10)
    assert isinstance(outcome[0], QueryTimeout)
    # next time it goes straight to the general workers, and the fast lane stays free
    assert ALSO_ENDLESS in pool.slow
    assert pool.run(job(ASK, "ASK")) == ("ask", True)


def test_the_engine_refuses_writes_a_check_missed(pool_of, built):
    """A worker opens the store read-only and runs only the query grammar: an update handed
    straight to it fails, and the store is unchanged."""
    pool = pool_of(1, timeout=5)
    before = pool.run(job(COUNT))
    for update in ("INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }",
                   "LOAD <http://example.org/data.ttl>",
                   "DROP ALL"):
        assert pool.run(job(update))[0] == "error"
    assert pool.run(job(COUNT)) == before


def test_a_service_a_check_missed_reaches_nothing_without_a_namespace(pool_of, monkeypatch,
                                                                       listener):
    """With the network namespace off (KG_SERVE_NETNS=0), the seccomp filter alone keeps a
    SERVICE from calling out: the engine gets "permission denied"."""
    monkeypatch.setenv("KG_SERVE_NETNS", "0")
    pool = pool_of(1, timeout=5)
    if not pool.sandbox["no_sockets"]:
        pytest.skip("no seccomp filter on this system")
    assert pool.isolated is False
    url, hits = listener
    result = pool.run(job(f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"))
    assert result[0] == "error" and "Permission denied" in result[2]
    assert hits == []


def test_each_set_of_bindings_opens_the_where_as_kg_query_binds_parameters():
    """An "each" job (a page's quotes, one lookup each) binds each set on the built store as a
    VALUES block too, as kg query does: with substitutions alone Oxigraph reads every excerpt
    for each quote (at 1M, an actor page's 890 quotes took past the time limit)."""
    from kg.serve_workers import XSD_STRING, _one_of
    text = "SELECT ?report WHERE { ?excerpt <http://www.w3.org/ns/oa#exact> ?quote }"
    quote = {"quote": ("l", "Hij zei \"ja\".", "nl", None)}
    one = _one_of(job(text), quote, endpoint=None)
    assert one["bindings"] == quote
    values = 'VALUES (?quote) { ("Hij zei \\"ja\\"."@nl) } '
    assert one["text"] == text.replace("WHERE {", "WHERE { " + values)
    plain = {"quote": ("l", "ja", None, XSD_STRING)}
    assert 'VALUES (?quote) { ("ja") }' in _one_of(job(text), plain, endpoint=None)["text"]
    # a server gets its bindings written into the text by _run_remote, as before
    assert _one_of(job(text), quote, endpoint="http://127.0.0.1:1/sparql")["text"] == text
