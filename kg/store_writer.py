"""The build's store on disk, written in a thread while the build goes on.

Oxigraph's bulk loader is most of the cost of writing the store (at 1M triples 25-45 s of CPU,
sorting every index's keys): `bulk_extend` reads the in-memory store's quads (with the GIL, a
few seconds at 1M) and then loads them without the GIL, in Oxigraph's own threads. In a thread
of its own it goes on while the QC queries and the label index read the in-memory store
(benchmarks/README.md, "The full build at 1M: the store written beside QC and the label
index"). Not from the TriG dump: Oxigraph's loaders give its blank nodes new labels, and a
report added later extends the dump with the store's labels."""
from __future__ import annotations

import threading
from pathlib import Path

from .store import EmbeddedStore


class BackgroundStoreWrite:
    """A new store at `store_dir` with every quad of `source` (an in-memory store that is
    only read from now on), written in a thread."""

    def __init__(self, store_dir: Path, source: EmbeddedStore):
        self._store = EmbeddedStore(store_dir)
        self._source = source
        self._failure: BaseException | None = None
        # a daemon: an interpreter that exits (after an interrupt) does not wait for it
        self._thread = threading.Thread(target=self._write, name="kg-store-write", daemon=True)
        self._thread.start()

    def _write(self) -> None:
        try:
            self._store.raw.bulk_extend(self._source.raw)
        except BaseException as exc:        # raised again by wait(), in the build's thread
            self._failure = exc
        finally:
            self._source = None             # the build may free the in-memory store

    def wait(self) -> EmbeddedStore:
        """The store, once written; what went wrong in the thread is raised here."""
        self._thread.join()
        if self._failure is not None:
            raise self._failure
        return self._store
