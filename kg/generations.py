"""Build generations that stay alive while they are read.

`kg build` writes each build into its own folder, build/build-<id>/, and swaps the symlink
build/current to it. A running `kg serve` keeps answering from a generation after the swap
until the requests that arrived before it are done, so a generation must not be deleted while a
server holds it. The hold is a lease: a shared flock on the generation's folder, taken by the
server for as long as it reads from that folder (the kernel drops it if the server dies).
Deleting needs the exclusive lock, so a folder in use is left alone and removed by the last one
that lets go of it."""
from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

from .config import Paths
from .errors import NoBuildError
from .i18n import _


def current_generation(paths: Paths) -> Path | None:
    """The folder build/current points to now (None before the first build)."""
    link = paths.current
    if not link.is_symlink() and not link.is_dir():
        return None
    return link.resolve()


class Lease:
    """A shared lock on a generation folder: while held, no build deletes the folder."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._fd: int | None = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_SH)
        except OSError:
            self.release()
            raise

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)      # closing drops the lock
            self._fd = None


def lease_current(paths: Paths) -> Lease:
    """A lease on the generation build/current points to, taken so that the folder cannot be
    deleted between reading the link and locking it. Raises NoBuildError before a build."""
    for _attempt in range(100):
        folder = current_generation(paths)
        if folder is None:
            raise NoBuildError(_("{path}: no build found; run `kg build` first").format(
                path=paths.current))
        try:
            lease = Lease(folder)
        except FileNotFoundError:
            if current_generation(paths) == folder:
                raise NoBuildError(_("{path} points to {folder}, which is gone; run `kg "
                                     "build`").format(path=paths.current,
                                                      folder=folder.name)) from None
            continue                    # deleted since the link was read: read it again
        if current_generation(paths) == folder:
            return lease                # current while locked: nobody deletes it now
        lease.release()                 # swapped meanwhile: the build may have left it to us
        remove_if_unused(folder, paths)
    raise NoBuildError(_("{path}: the build keeps changing; try again").format(
        path=paths.current))


def remove_if_unused(folder: Path, paths: Paths) -> bool:
    """Delete a generation folder unless it is current or leased; True when it was deleted."""
    if current_generation(paths) == folder.resolve():
        return False
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False                # a server still reads it; it deletes it when done
        shutil.rmtree(folder, ignore_errors=True)
        return True
    finally:
        os.close(fd)
