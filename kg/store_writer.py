"""The build's store on disk, written from its TriG dump in a thread while the build goes on.

Oxigraph's bulk loader is most of the cost of writing the store (at 1M triples 25-40 s of CPU,
sorting every index's keys) and it releases the GIL while it reads a file: in a thread it uses
the core the SHACL workers have left by then, while the QC queries and the label index read the
in-memory store (benchmarks/README.md, "The full build at 1M: the store written beside QC and
the label index")."""
from __future__ import annotations

import threading
from pathlib import Path

import pyoxigraph as ox

from .store import EmbeddedStore


class BackgroundStoreWrite:
    """A new store at `store_dir` bulk-loaded from the TriG file `trig` (as Oxigraph dumped
    it: the same quads and blank node labels as the store it came from), in a thread."""

    def __init__(self, store_dir: Path, trig: Path):
        self._store = EmbeddedStore(store_dir)
        self._trig = trig
        self._failure: BaseException | None = None
        # a daemon: an interpreter that exits (after an interrupt) does not wait for it
        self._thread = threading.Thread(target=self._write, name="kg-store-write", daemon=True)
        self._thread.start()

    def _write(self) -> None:
        try:
            self._store.raw.bulk_load(path=str(self._trig), format=ox.RdfFormat.TRIG)
        except BaseException as exc:        # raised again by wait(), in the build's thread
            self._failure = exc

    def wait(self) -> EmbeddedStore:
        """The store, once written; what went wrong in the thread is raised here."""
        self._thread.join()
        if self._failure is not None:
            raise self._failure
        return self._store
