"""kg serve follows the build: every request is answered from the build that was current when it
arrived, a new build is served without a restart, and an old one is deleted once no request
uses it (kg.serve_generations)."""
from __future__ import annotations

import shutil
import threading
import time
import warnings

import pytest

from kg.build import build
from kg.serve import QueryTimeout, create_app

from conftest import LATER_REPORTS, ROOT

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
PRESS = LATER_REPORTS[0]          # the report that names the ambassador Peter van der Vliet


def quads(client) -> int:
    response = client.get("/sparql", params={"query": COUNT})
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def generation_folders(paths) -> list[str]:
    return sorted(p.name for p in paths.build.glob("build-*"))


def wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_a_report_added_and_removed_under_load_is_served_without_mixing(built_copy,
                                                                        seed_build_result):
    paths, first = built_copy, seed_build_result
    app = create_app(paths, timeout=10, workers=1)
    client = TestClient(app)
    seen: list[tuple[float, float, int]] = []          # (sent, answered, quads)
    stop = threading.Event()

    def keep_asking():
        while not stop.is_set():
            sent = time.monotonic()
            n = quads(client)
            seen.append((sent, time.monotonic(), n))

    askers = [threading.Thread(target=keep_asking) for _ in range(3)]
    try:
        seed_quads = quads(client)
        assert seed_quads == sum(first.graphs.values())
        for asker in askers:
            asker.start()

        report = paths.data_dir / f"{PRESS}.ttl"
        shutil.copy(ROOT / "data" / "ttl" / f"{PRESS}.ttl", report)
        adding = time.monotonic()
        added = build(paths)
        added_at = time.monotonic()
        with_press = sum(added.graphs.values())
        assert with_press > seed_quads
        # the very next request sees the new build: its quads, and labels found in it
        assert quads(client) == with_press
        ambassador = client.get("/query/who-met.json", params={"actor": "Peter van der Vliet"})
        assert ambassador.status_code == 200 and ambassador.json()["rows"]
        time.sleep(0.5)

        report.unlink()
        removing = time.monotonic()
        build(paths)
        removed_at = time.monotonic()
        assert quads(client) == seed_quads
        gone = client.get("/query/who-met.json", params={"actor": "Peter van der Vliet"})
        assert gone.status_code == 400
        time.sleep(0.5)
    finally:
        stop.set()
        for asker in askers:
            asker.join(30)
        app.state.context.close()

    # never an answer of neither build, and each build's answer while it was current
    assert {n for _, _, n in seen} <= {seed_quads, with_press}
    assert all(n == seed_quads for sent, answered, n in seen if answered < adding)
    assert all(n == with_press for sent, answered, n in seen if added_at < sent
               and answered < removing)
    assert all(n == seed_quads for sent, _, n in seen if sent > removed_at)
    assert sum(1 for sent, _, _ in seen if added_at < sent < removing) > 0
    # the old generations were deleted once nothing used them; the current one stays
    assert wait_for(lambda: generation_folders(paths) == [paths.current.resolve().name])


def test_a_request_in_flight_finishes_on_its_build_and_keeps_it(built_copy):
    """The build a request arrived on stays until it is answered, even after a new build."""
    paths = built_copy
    app = create_app(paths, timeout=10, workers=1)
    try:
        context = app.state.context
        old = paths.current.resolve()
        with context.generations.pinned() as generation:
            assert generation.folder == old
            report = paths.data_dir / f"{PRESS}.ttl"
            shutil.copy(ROOT / "data" / "ttl" / f"{PRESS}.ttl", report)
            build(paths)
            assert paths.current.resolve() != old and old.is_dir()   # kept for this request
            assert generation.pool.run(context._job(COUNT, _info()))[0] == "select"
        with context.generations.pinned() as newer:
            assert newer.folder == paths.current.resolve()
        assert wait_for(lambda: not old.exists())
    finally:
        app.state.context.close()


def test_a_worker_replaced_after_a_timeout_opens_the_same_build(built_copy):
    """The issue's mixed answers: a worker restarted by a timeout opened whatever was current
    then. Now it opens the store of the build its pool serves."""
    paths = built_copy
    app = create_app(paths, timeout=10, workers=1)
    try:
        context = app.state.context
        with context.generations.pinned() as generation:
            before = generation.pool.run(context._job(COUNT, _info()))
            shutil.copy(ROOT / "data" / "ttl" / f"{PRESS}.ttl", paths.data_dir / f"{PRESS}.ttl")
            build(paths)
            endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
            with pytest.raises(QueryTimeout):
                generation.pool.run(context._job(endless, _info(endless)), timeout=0.3)
            # the general worker was replaced; its successor answers from the same build
            assert generation.pool.run(context._job(COUNT, _info())) == before
        assert quads(TestClient(app)) > int(before[2][0][0][1])    # new requests: new build
    finally:
        app.state.context.close()


def _info(text: str = COUNT):
    from kg.serve import check_query
    return check_query(text)


def test_the_server_starts_only_on_a_build(project_copy):
    from kg.errors import NoBuildError
    with pytest.raises(NoBuildError):
        create_app(project_copy)
