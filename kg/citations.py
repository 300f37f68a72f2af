"""Which other data files cite what a report describes: asked before `kg add --remove`, so that a
removal the data would not survive is refused with the statements to change, not with the SHACL
and QC violations the rebuild would find once those statements point at nothing."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .config import GRAPH, Paths
from .errors import InputError, RemovalRefused, TurtleSyntaxError
from .i18n import _


@dataclass(frozen=True)
class Citation:
    """A statement of another data file that needs the report: it points to something the report
    describes (`about` False), or says something about it (`about` True, a sheet's `about:`)."""

    file: str           # the citing data file's name
    subject: str
    predicate: str
    cited: str          # the IRI the report describes
    about: bool = False


def summarised(citing: list[Citation], compact) -> list[str]:
    """One line per citing file and entry: what it cites, through which properties."""
    groups: dict[tuple[str, str, bool], list[Citation]] = {}
    for c in citing:
        key = (c.file, c.cited if c.about else c.subject, c.about)
        groups.setdefault(key, []).append(c)
    lines = []
    for (file, entry, about), cs in groups.items():
        props = ", ".join(sorted({compact(c.predicate) for c in cs}))
        if about:
            lines.append(f"{file}: {len(cs)} statement(s) about {compact(entry)} ({props})")
        else:
            cited = ", ".join(sorted({compact(c.cited) for c in cs}))
            lines.append(f"{file}: {compact(entry)} cites {cited} ({props})")
    return lines


def _triples(path: Path):
    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except SyntaxError as exc:
        raise TurtleSyntaxError(path, exc.lineno, str(exc).split(" (", 1)[0]) from exc
    except OSError as exc:
        raise InputError.unreadable(path, exc) from exc


def described_by(path: Path) -> set[str]:
    """The IRIs a report file describes (gives a type), and its graph's IRI."""
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    own = {t.subject.value for t in _triples(path)
           if isinstance(t.subject, ox.NamedNode) and t.predicate.value == rdf_type}
    return own | {str(GRAPH[path.stem])}


def citations_of(paths: Paths, report_file: Path) -> list[Citation]:
    """Statements of the other data files that point to (or are about) what `report_file`
    describes and does not share with them."""
    own = described_by(report_file)
    others = [f for f in sorted(paths.data_dir.glob("*.ttl")) if f != report_file]
    found = []
    for f in others:
        triples = _triples(f)
        described_there = {t.subject.value for t in triples if isinstance(t.subject, ox.NamedNode)
                           and t.predicate.value.endswith("#type")}
        for t in triples:
            for term, about in ((t.subject, True), (t.object, False)):
                if (isinstance(term, ox.NamedNode) and term.value in own
                        and term.value not in described_there):
                    found.append(Citation(f.name, t.subject.value, t.predicate.value, term.value,
                                          about))
                    break
    return found


def refuse_if_cited(paths: Paths, report_id: str, report_file: Path) -> None:
    """Raise RemovalRefused naming each file and statement that still cites the report."""
    citing = citations_of(paths, report_file)
    if not citing:
        return
    from .query import compact
    files = sorted({c.file for c in citing})
    raise RemovalRefused(
        _("report {report} cannot be removed: {n} statement(s) in {files} still cite what it "
          "describes; change or remove them first").format(
            report=report_id, n=len(citing), files=", ".join(files)),
        details=summarised(citing, compact))
