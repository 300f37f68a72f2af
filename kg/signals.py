"""Ctrl-C while worker processes are being started.

A build starts its SHACL workers with `spawn`, and Ctrl-C reaches the whole process group: a
worker still importing printed a KeyboardInterrupt traceback of its own. While the workers are
started (a few milliseconds: what they are started with is small), SIGINT is blocked in the
starting thread; the workers inherit that and never see Ctrl-C, and the parent, which does, shuts
them down. A Ctrl-C in those milliseconds is held and raised as soon as the workers are started
(it was once ignored there, so lost, and the build ran to its end). SIGTERM is left
as it is: the command line turns it into an exit (kg.cli), which shuts them down too."""
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
    if not hasattr(signal, "pthread_sigmask"):
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
        return
    # The workers are spawned from this thread and inherit its mask: with SIGINT blocked they never
    # see it. A Ctrl-C meanwhile either waits, blocked, for the unblock below (then the restored
    # handler raises it), or reaches another thread of this process and is noted by `held`.
    held: list[int] = []
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if held:
        raise KeyboardInterrupt
