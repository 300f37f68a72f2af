"""Which build a `kg serve` request is answered from.

Every request is pinned, when it arrives, to the build generation build/current points to then
(kg.generations), and all its queries go to that generation's workers. When `kg build`, `add` or
`remove` swaps build/current, the next request starts workers on the new generation (a second
or so) and is answered there; requests that arrived before finish on the old one, whose workers
are stopped and whose folder is deleted when the last of them is done. No request ever sees two
builds, and no restart is needed.

With --endpoint there is one generation for the life of the server: the remote store."""
from __future__ import annotations

import contextvars
import logging
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .config import Paths
from .errors import StoreError
from .generations import Lease, current_generation, lease_current, remove_if_unused
from .query import Labels
from .serve_workers import SlowQueries, WorkerPool
from .store import STORE_DIR, EmbeddedStore

log = logging.getLogger("kg.serve")

RETRY_SECONDS = 5.0       # after a generation failed to start, how long to keep saying so

#: the generation the current request is pinned to (set by kg.serve's middleware; threads the
#: request starts through Starlette's run_in_threadpool see it too)
PINNED: contextvars.ContextVar["Generation | None"] = contextvars.ContextVar(
    "kg_serve_generation", default=None)


class Generation:
    """One build as served: the lease that keeps its folder, its workers, and its labels and
    graph names (read in the server process on first use)."""

    def __init__(self, paths: Paths, lease: Lease | None, endpoint: str | None, workers: int,
                 timeout: float, slow: SlowQueries):
        self.paths, self.lease, self.endpoint = paths, lease, endpoint
        self.folder: Path | None = lease.folder if lease else None
        self.users = 0
        self.retired = False
        self._read = threading.Lock()
        self._labels: Labels | None = None
        self._graphs: frozenset[str] | None = None
        self._dialect: str | None = None
        store_path = self.folder / STORE_DIR if self.folder else None
        self.pool = WorkerPool(store_path, endpoint, workers, timeout, slow)
        try:
            self.pool.wait_ready()
        except BaseException:
            self.pool.close()
            raise

    @property
    def name(self) -> str:
        return self.folder.name if self.folder else "endpoint"

    def _read_store(self) -> None:
        with self._read:
            if self._labels is not None:
                return
            if self.endpoint:
                from .store import RemoteStore
                store = RemoteStore(self.endpoint)
                graphs = frozenset(store.named_graphs())
                self._dialect = store.dialect
            else:
                store = EmbeddedStore(self.folder / STORE_DIR, read_only=True)
                graphs = frozenset(g.value for g in store.raw.named_graphs())
            self._labels, self._graphs = Labels.from_engine(store, self.paths), graphs

    @property
    def labels(self) -> Labels:
        self._read_store()
        return self._labels

    @labels.setter
    def labels(self, labels: Labels) -> None:
        """Serve these labels for this build instead (the tests give some made of markup)."""
        self._read_store()
        self._labels = labels

    @property
    def graphs(self) -> frozenset[str]:
        self._read_store()
        return self._graphs

    @property
    def dialect(self) -> str | None:
        """The --endpoint server's kind where a named query has a form of its own for it
        (kg.store.RemoteStore.dialect); None for the built store."""
        self._read_store()
        return self._dialect

    def read_in_background(self) -> None:
        """Read the labels now, so the first page on this generation does not wait for them."""
        def read():
            try:
                self._read_store()
            except Exception as exc:   # noqa: BLE001 - the first page that needs them says so
                log.warning("could not read the labels of %s: %s", self.name, exc)

        threading.Thread(target=read, name=f"kg-serve-labels-{self.name}", daemon=True).start()

    def close(self) -> None:
        self.pool.close()
        if self.lease is not None:
            self.lease.release()
            remove_if_unused(self.folder, self.paths)   # unless it is current or still leased


class Generations:
    """The generations a server holds: the active one (current when the last request came) and
    retired ones that still answer the requests pinned to them."""

    def __init__(self, paths: Paths, endpoint: str | None, workers: int, timeout: float):
        self.paths, self.endpoint = paths, endpoint
        self._workers, self._timeout = workers, timeout
        self.slow = SlowQueries()            # shared: a query slow on one build is on the next
        self._switching = threading.Lock()   # one generation starts at a time
        self._users = threading.Lock()       # guards _active, users and retired
        self._open: set[Generation] = set()
        self._failed: tuple[Path, float, StoreError] | None = None
        self._active = self._start()         # raises NoBuildError before a build
        self._active.read_in_background()

    def _start(self) -> Generation:
        lease = None if self.endpoint else lease_current(self.paths)
        try:
            generation = Generation(self.paths, lease, self.endpoint, self._workers,
                                    self._timeout, self.slow)
        except BaseException:
            if lease is not None:
                lease.release()
            raise
        with self._users:
            self._open.add(generation)
        log.info("serving build %s", generation.name)
        return generation

    def stale(self) -> bool:
        """True when build/current moved since the last request: acquire() then starts workers
        on the new build (which blocks for a moment; call it from a thread)."""
        if self.endpoint:
            return False
        now = current_generation(self.paths)
        return now is not None and now != self._active.folder

    def _switch(self) -> None:
        with self._switching:
            if not self.stale():
                return                       # another request switched meanwhile
            target = current_generation(self.paths)
            if self._failed and self._failed[0] == target and \
                    time.monotonic() - self._failed[1] < RETRY_SECONDS:
                raise self._failed[2]
            try:
                new = self._start()
            except StoreError as exc:
                self._failed = (target, time.monotonic(), exc)
                raise
            with self._users:
                old, self._active = self._active, new
                old.retired = True
                idle = old.users == 0
            if idle:
                self._close(old)
            new.read_in_background()

    def acquire(self) -> Generation:
        """The generation build/current points to now, held until release()."""
        if self.stale():
            self._switch()
        with self._users:
            generation = self._active
            generation.users += 1
            return generation

    def release(self, generation: Generation) -> None:
        with self._users:
            generation.users -= 1
            done = generation.retired and generation.users == 0
        if done:
            self._close(generation)

    def _close(self, generation: Generation) -> None:
        """Stop a retired generation's workers and delete its folder, in the background (the
        last request on it may be in the event loop)."""
        with self._users:
            self._open.discard(generation)

        def close():
            generation.close()
            log.info("stopped serving build %s", generation.name)

        threading.Thread(target=close, name=f"kg-serve-close-{generation.name}",
                         daemon=True).start()

    @contextmanager
    def pinned(self) -> Iterator[Generation]:
        """The generation of this request: the pinned one when there is one (PINNED), else
        the current one, held for the duration."""
        generation = PINNED.get()
        if generation is not None:
            yield generation
            return
        generation = self.acquire()
        try:
            yield generation
        finally:
            self.release(generation)

    @property
    def active(self) -> Generation:
        return self._active

    def close(self) -> None:
        with self._users:
            generations = list(self._open)
            self._open.clear()
        for generation in generations:
            generation.close()
