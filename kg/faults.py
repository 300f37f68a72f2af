"""Errors that are not the library's own (KGError): what the machine refused (an OSError: no
permission, disk full, a read-only folder), an interrupt, or a bug. Each becomes one line and an
exit code of the contract in kg.errors; a bug's full trace goes to a file the line names, never
to the terminal."""
from __future__ import annotations

import datetime as dt
import errno
import os
import tempfile
import traceback
from pathlib import Path

from .config import Paths
from .errors import EXIT_ENVIRONMENT, EXIT_INTERNAL
from .i18n import _

EXIT_INTERRUPTED = 130        # the shell's code for Ctrl-C
TRACE_FILE = "last-error.txt"

_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL = {errno.ENOSPC, errno.EDQUOT}


def describe_os_error(exc: OSError) -> str:
    """One line for an OSError, naming the file and what to do."""
    where = exc.filename or _("a file")
    if exc.errno in _PERMISSION:
        return _("no permission to change {where} ({reason}): check the folder's permissions, "
                 "or point --build-dir or -o somewhere writable").format(where=where,
                                                                          reason=exc.strerror)
    if exc.errno in _FULL:
        return _("the disk is full: cannot write {where}; free some space and run the command "
                 "again").format(where=where)
    return f"{where}: {exc.strerror or exc}"


def write_trace(exc: BaseException, paths: Paths | None) -> Path | None:
    """The full trace of `exc`, in build/last-error.txt or else in the temporary folder."""
    text = (f"kg {dt.datetime.now(dt.timezone.utc).isoformat(timespec='seconds')}\n"
            + "".join(traceback.format_exception(exc)))
    places = [paths.build / TRACE_FILE] if paths is not None and paths.build.is_dir() else []
    places.append(Path(tempfile.gettempdir()) / f"kg-{TRACE_FILE.replace('.txt', '')}-{os.getpid()}.txt")
    for place in places:
        try:
            place.write_text(text, encoding="utf-8")
            return place
        except OSError:
            continue
    return None


def fault_exit(exc: BaseException, paths: Paths | None) -> tuple[str, int]:
    """(the line to print after `kg: `, the exit code) for an error that is not a KGError."""
    if isinstance(exc, KeyboardInterrupt):
        return (_("interrupted; the next kg command finishes or undoes what was under way"),
                EXIT_INTERRUPTED)
    if isinstance(exc, OSError):
        return _("error: {message}").format(message=describe_os_error(exc)), EXIT_ENVIRONMENT
    trace = write_trace(exc, paths)
    first = (str(exc).splitlines() or [""])[0][:200]
    where = (_("the full trace is in {file}").format(file=trace) if trace
             else _("no file could hold the trace"))
    return (_("error: unexpected {kind}: {first} (a bug in kg; {where})").format(
                kind=type(exc).__name__, first=first, where=where), EXIT_INTERNAL)
