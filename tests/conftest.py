"""Shared fixtures: one build of the real data per test session, in a temporary folder."""
from __future__ import annotations

import copy
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from kg.build import BuildResult, build
from kg.config import Paths, project_root
from kg.query import Labels, open_store

ROOT = project_root()


#: reports added after the seed report: the exact answers of the query, network and CLI tests are
#: those of the seed report (and the registry) alone, so `built` leaves these out; `built_all`
#: (tests/test_reconcile.py, the queries across sources) has everything in data/ttl/.
LATER_REPORTS = ("press-kr-2024-2025",)


def copy_seed_project(root: Path) -> None:
    """ontology/, queries/ and data/ into `root`, without LATER_REPORTS."""
    for name in ("ontology", "queries", "data"):
        shutil.copytree(ROOT / name, root / name)
    for report in LATER_REPORTS:
        (root / "data" / "ttl" / f"{report}.ttl").unlink()


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Paths:
    """The seed data (registry and seed report, without LATER_REPORTS) built once into a
    temporary build folder."""
    root = tmp_path_factory.mktemp("seed")
    copy_seed_project(root)
    paths = Paths(root=root, build_dir=tmp_path_factory.mktemp("build"))
    build(paths)
    return paths


@pytest.fixture(scope="session")
def built_all(tmp_path_factory) -> Paths:
    """Everything in data/ttl/ (the seed report and the reports added after it), built once."""
    paths = Paths(root=ROOT, build_dir=tmp_path_factory.mktemp("build-all"))
    build(paths)
    return paths


@pytest.fixture(scope="session")
def store_all(built_all):
    return open_store(built_all)


@pytest.fixture(scope="session")
def labels_all(built_all, store_all) -> Labels:
    return Labels.from_engine(store_all, built_all)


@pytest.fixture(scope="session")
def store(built):
    return open_store(built)


@pytest.fixture(scope="session")
def labels(built, store) -> Labels:
    return Labels.from_engine(store, built)


@pytest.fixture
def project_copy(tmp_path) -> Paths:
    """A throw-away copy of ontology/, queries/ and data/ (without LATER_REPORTS) to break things
    in."""
    copy_seed_project(tmp_path)
    return Paths(root=tmp_path)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> tuple[Paths, BuildResult]:
    """The seed project (as project_copy) built once, its build folder inside it; only ever
    copied (built_copy), never handed to a test, so no test sees another's changes."""
    root = tmp_path_factory.mktemp("seed-project")
    copy_seed_project(root)
    paths = Paths(root=root)
    return paths, build(paths)


def copy_built_seed(seed_build: tuple[Paths, BuildResult], root: Path) -> Paths:
    """The built seed project copied into `root` (which may exist, empty)."""
    shutil.copytree(seed_build[0].root, root, symlinks=True, dirs_exist_ok=True)
    return Paths(root=root)


@pytest.fixture
def built_copy(tmp_path, seed_build) -> Paths:
    """project_copy after its first (full) build: a copy of one shared build instead of a build
    per test. copytree keeps the files' modification times (the manifest's trusted stats) and
    the relative `current` symlink."""
    return copy_built_seed(seed_build, tmp_path)


@pytest.fixture
def seed_build_result(seed_build) -> BuildResult:
    """What the first build of built_copy returned (a copy: tests may keep it as `first`)."""
    return copy.deepcopy(seed_build[1])


@pytest.fixture
def listener():
    """A tiny HTTP server on loopback that records every request it gets."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()
