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
