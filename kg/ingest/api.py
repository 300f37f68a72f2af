"""The library calls of report sheets: read and check a sheet (`sheet_to_graph`, `check_sheet`,
`sheet_to_turtle`), and `kg add` / `kg add --remove` (`add_sheet`, `remove_report`), which write
or delete data/ttl/<report>.ttl through the journal of kg.safe_io and rebuild, putting data/ttl/
back when the build fails."""
from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

from rdflib import Graph
from rdflib.compare import isomorphic

from ..citations import refuse_if_cited
from ..config import Paths
from ..errors import KGError, UsageError
from ..i18n import _
from ..safe_io import Journal, data_lock
from .provenance import emit_provenance
from .sheet import _Sheet
from .terms import RESERVED_REPORT_IDS, SLUG
from .turtle import write_turtle


def _paths(paths: Paths | None) -> Paths:
    return paths if paths is not None else Paths()


def sheet_to_graph(path, paths: Paths | None = None, *,
                   now: dt.datetime | None = None) -> tuple[str, Graph]:
    """Read and check a report sheet; return (report id, the report's graph) including the
    provenance of this run. Raises SheetError (every problem, with file, line and field) or
    SheetSyntaxError. Actors are reconciled against the registry and the other report files of
    `paths` (default: this checkout)."""
    sheet = _Sheet(Path(path), _paths(paths), now)
    report, _ = sheet.run()
    emit_provenance(sheet)
    return report, sheet.graph()


def check_sheet(path, paths: Paths | None = None) -> tuple[str, Graph, list[tuple]]:
    """`kg add --check`: as sheet_to_graph, plus what the sheet's names were matched with and
    why: (field, value, matched id, its label, why) for each reference to something known."""
    sheet = _Sheet(Path(path), _paths(paths))
    report, _ = sheet.run()
    emit_provenance(sheet)
    return report, sheet.graph(), sheet.matches


def sheet_to_turtle(path, paths: Paths | None = None, *,
                    now: dt.datetime | None = None) -> tuple[str, Graph, str]:
    """As sheet_to_graph, plus the Turtle text that `add_sheet` writes."""
    sheet = _Sheet(Path(path), _paths(paths), now)
    report, _ = sheet.run()
    emit_provenance(sheet)
    graph, text = sheet.graph(), write_turtle(sheet)
    check = Graph().parse(data=text, format="turtle")
    if not isomorphic(check, graph):      # a bug here, never the user's fault
        raise KGError(f"{sheet.name}: internal error: the Turtle written does not read back "
                      "as the same graph")
    return report, graph, text


def report_file(paths: Paths, report_id: str) -> Path:
    return paths.data_dir / f"{report_id}.ttl"


def add_sheet(paths: Paths | None, sheet_path, *, build: bool = True, full: bool = False,
              now: dt.datetime | None = None):
    """`kg add SHEET`: check the sheet, write data/ttl/<report>.ttl (atomically; replacing the
    report's previous file, so adding a sheet again never doubles anything) and, with `build`,
    rebuild. If the build fails, data/ttl/ is put back as it was (the previous file restored, or
    the new one removed) and the error re-raised; the previous build stays current. The change
    goes through the journal of kg.safe_io, so a killed `kg add` is finished or undone by the
    next command. Returns (report id, path of the Turtle file, BuildResult or None)."""
    from ..build import build as run_build
    paths = _paths(paths)
    report, _graph, text = sheet_to_turtle(sheet_path, paths, now=now)
    target = report_file(paths, report)
    with data_lock(paths):
        journal = Journal(paths)
        journal.recover()
        return report, target, _build_or_undo(
            journal, lambda: journal.begin_add(report, target, text.encode("utf-8")),
            run_build, paths, build, full)


def remove_report(paths: Paths | None, report_id: str, build: bool = True, *,
                  full: bool = False):
    """`kg add --remove REPORT`: delete data/ttl/<report>.ttl (never the registry) and, with
    `build`, rebuild. Refused, before anything changes, while other data files cite what the
    report describes (kg.citations names them); if the build fails all the same, the file is
    put back and the error re-raised. Returns the BuildResult or None."""
    from ..build import build as run_build
    paths = _paths(paths)
    if report_id in RESERVED_REPORT_IDS:
        raise UsageError(_("{value} is not a report that can be removed (the registry is "
                           "curated by hand)").format(value=repr(report_id)))
    if not SLUG.fullmatch(report_id or ""):
        raise UsageError(_("{value} is not a report id: a report id is lower-case letters and "
                           "digits joined by hyphens, as in nb-2025-03-kr (see `ls "
                           "data/ttl`)").format(value=repr(report_id)))
    target = report_file(paths, report_id)
    with data_lock(paths):
        journal = Journal(paths)
        journal.recover()
        if not target.exists():
            known = ", ".join(sorted(f.stem for f in paths.data_dir.glob("*.ttl")
                                     if f.stem not in RESERVED_REPORT_IDS))
            raise UsageError(_("no report {value} in {folder} (reports: {known})").format(
                value=repr(report_id), folder=paths.data_dir, known=known or _("none")))
        refuse_if_cited(paths, report_id, target)
        return _build_or_undo(journal, lambda: journal.begin_remove(report_id, target),
                              run_build, paths, build, full)


def _build_or_undo(journal: Journal, begin, run_build, paths: Paths, build: bool, full: bool):
    """Make the change (`begin` records it in the journal first) and rebuild: keep the change
    when the build passes, put data/ttl/ back when anything fails (a full disk while writing,
    the build, an interrupt)."""
    try:
        begin()
        result = _build(run_build, paths, full) if build else None
    except BaseException:
        journal.rollback()
        raise
    journal.commit()
    return result


def _build(run_build, paths: Paths, full: bool):
    """kg.build.build, with the writing Oxigraph store of the previous build and of this one
    closed before and after. kg.build drops its store with `del`, but the frames of the in-process
    SHACL run (validate_files -> _validate_file -> pyshacl) that refer to it stay alive in a
    reference cycle until the garbage collector runs; a store still open then compacts and deletes
    SST files that the next incremental build (a backup of build/current) and read-only readers
    still list ("Corruption: ... No such file or directory"). Collecting closes it at a known
    moment."""
    gc.collect()
    try:
        return run_build(paths, full=full)
    finally:
        gc.collect()