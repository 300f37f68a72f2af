"""Shared fixtures: one build of the real data per test session, in a temporary folder."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.build import build
from kg.config import Paths, project_root
from kg.query import Labels, open_store

ROOT = project_root()


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Paths:
    """The seed data built once into a temporary build folder."""
    paths = Paths(root=ROOT, build_dir=tmp_path_factory.mktemp("build"))
    build(paths)
    return paths


@pytest.fixture(scope="session")
def store(built):
    return open_store(built)


@pytest.fixture(scope="session")
def labels(built, store) -> Labels:
    return Labels.from_engine(store, built)


@pytest.fixture
def project_copy(tmp_path) -> Paths:
    """A throw-away copy of ontology/, queries/ and data/ to break things in."""
    for name in ("ontology", "queries", "data"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return Paths(root=tmp_path)
