"""Load: parse the ontology, the SKOS vocabularies and every report file into one rdflib Dataset,
one named graph per file group. A syntax error names the file and line."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.plugins.parsers.notation3 import BadSyntax

from .config import (GRAPH, ONTOLOGY_GRAPH, PREFIXES, REGISTRY_GRAPH, VOCAB_GRAPH, Paths,
                     graph_for_file)
from .errors import IllTypedLiteral, InputError, TurtleSyntaxError
from .i18n import _


def read_text(path: Path) -> str:
    """A UTF-8 text file; a missing file or other encoding is an InputError naming it."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(_("{path}: file not found").format(path=path)) from exc
    except IsADirectoryError as exc:
        raise InputError(_("{path}: is a folder, not a file").format(path=path)) from exc
    except PermissionError as exc:
        raise InputError(_("{path}: cannot read: no permission").format(path=path)) from exc
    except UnicodeDecodeError as exc:
        text = Path(path).read_bytes()
        line = text[:exc.start].count(b"\n") + 1
        hint = (_(" (it looks like Latin-1 or Windows-1252)")
                if _decodes_as_latin(text) else "")
        raise InputError(_("{where}: not UTF-8 text{hint}: byte {n} is {byte}; save the file as "
                           "UTF-8").format(where=f"{path}:{line}", hint=hint, n=exc.start,
                                           byte=repr(text[exc.start:exc.start + 1]))) from exc


def _decodes_as_latin(data: bytes) -> bool:
    try:
        data.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


def parse_turtle(path: Path, into: Graph | None = None) -> Graph:
    """Parse one Turtle file into `into` (or a new graph); errors name the file and line."""
    path = Path(path)
    graph = into if into is not None else Graph()
    text = read_text(path)
    try:
        with _literal_warnings() as ill_typed:
            graph.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
    except BadSyntax as exc:
        raise TurtleSyntaxError(path, exc.lines + 1, exc._why) from exc
    except Exception as exc:  # rdflib raises plain exceptions for bad IRIs, literals, prefixes
        raise TurtleSyntaxError(path, None, str(exc)) from exc
    if ill_typed:
        refuse_ill_typed(path, text, graph)
    return graph


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _literal_warnings():
    """rdflib logs a traceback for each literal that is not of its datatype: collect them
    instead (refuse_ill_typed says it in one line)."""
    logger = logging.getLogger("rdflib.term")
    handler, propagate = _Collect(), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def refuse_ill_typed(path: Path, text: str, graph: Graph) -> None:
    """An IllTypedLiteral naming file, line, value and datatype of each literal whose text is
    not of its datatype ("31-02-2025"^^xsd:date)."""
    bad = sorted({o for o in graph.objects() if isinstance(o, Literal) and o.ill_typed},
                 key=str)
    if not bad:
        return
    lines = text.splitlines()

    def line_of(lexical: str) -> str:
        needle = f'"{lexical}"'
        found = next((i for i, line in enumerate(lines, 1) if needle in line), None)
        return f"{path}:{found}" if found else str(path)

    problems = [_("{where}: ill-typed literal {value} is not a valid {datatype}").format(
        where=line_of(str(o)), value=f'"{o}"',
        datatype=graph.namespace_manager.normalizeUri(o.datatype)) for o in bad]
    raise IllTypedLiteral(problems[0] if len(problems) == 1 else
                          _("{path}: {n} ill-typed literals").format(path=path, n=len(problems)),
                          details=problems if len(problems) > 1 else None)


@dataclass
class Sources:
    """Everything `kg build` reads, as one dataset, and which named graph came from where."""

    dataset: Dataset
    files: dict[URIRef, list[Path]] = field(default_factory=dict)

    @property
    def report_graphs(self) -> list[URIRef]:
        return [g for g in self.files if g not in (ONTOLOGY_GRAPH, VOCAB_GRAPH, REGISTRY_GRAPH)]

    def graph(self, name: URIRef) -> Graph:
        return self.dataset.graph(name)


def new_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, replace=True)
    return ds


def data_files(paths: Paths) -> list[Path]:
    # by name: the order of the paths themselves (one folder), without pathlib's comparisons
    # (a hundredth of a second for the 900 files at 1M, on every build)
    files = sorted(paths.data_dir.glob("*.ttl"), key=lambda f: f.name)
    if not files:
        raise InputError(_("{path}: no .ttl files to load").format(path=paths.data_dir))
    return files


def load_sources(paths: Paths | None = None, data: list[Path] | None = None) -> Sources:
    """Parse ontology + imports into rgraph:ontology, vocabularies into rgraph:vocab and each
    data file X.ttl into rgraph:X."""
    paths = paths or Paths()
    ds = new_dataset()
    sources = Sources(ds)
    groups = [(ONTOLOGY_GRAPH, paths.ontology_files), (VOCAB_GRAPH, paths.vocab_files)]
    groups += [(graph_for_file(f), [f]) for f in (data if data is not None else data_files(paths))]
    for name, files in groups:
        if name in sources.files and name not in (ONTOLOGY_GRAPH, VOCAB_GRAPH):
            raise InputError(_("{path}: a second file for graph {name}").format(path=files[0],
                                                                               name=name))
        graph = ds.graph(name)
        for f in files:
            parse_turtle(f, graph)
        sources.files.setdefault(name, []).extend(files)
    return sources


def report_id(graph: URIRef) -> str:
    return str(graph)[len(str(GRAPH)):]
