"""Ctrl-C while worker processes are being started.

A build starts its SHACL workers with `spawn`, and Ctrl-C reaches the whole process group: a
worker still importing printed a KeyboardInterrupt traceback of its own. While the workers are
started (a few milliseconds: what they are started with is small), SIGINT is ignored; the workers
inherit that and never see Ctrl-C, and the parent, which does, shuts them down. SIGTERM is left as
it is: the command line turns it into an exit (kg.cli), which shuts them down too."""
from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator


@contextlib.contextmanager
def starting_workers() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield                       # only the main thread may set a handler
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
