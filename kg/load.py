"""Load: parse the ontology, the SKOS vocabularies and every report file into one rdflib Dataset,
one named graph per file group. A syntax error names the file and line."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.parsers.notation3 import BadSyntax

from .config import (GRAPH, ONTOLOGY_GRAPH, PREFIXES, REGISTRY_GRAPH, VOCAB_GRAPH, Paths,
                     graph_for_file)
from .errors import InputError, TurtleSyntaxError


def read_text(path: Path) -> str:
    """A UTF-8 text file; a missing file or other encoding is an InputError naming it."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(f"{path}: file not found") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def parse_turtle(path: Path, into: Graph | None = None) -> Graph:
    """Parse one Turtle file into `into` (or a new graph); errors name the file and line."""
    path = Path(path)
    graph = into if into is not None else Graph()
    text = read_text(path)
    try:
        graph.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
    except BadSyntax as exc:
        raise TurtleSyntaxError(path, exc.lines + 1, exc._why) from exc
    except Exception as exc:  # rdflib raises plain exceptions for bad IRIs, literals, prefixes
        raise TurtleSyntaxError(path, None, str(exc)) from exc
    return graph


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
    files = sorted(paths.data_dir.glob("*.ttl"))
    if not files:
        raise InputError(f"{paths.data_dir}: no .ttl files to load")
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
            raise InputError(f"{files[0]}: a second file for graph {name}")
        graph = ds.graph(name)
        for f in files:
            parse_turtle(f, graph)
        sources.files.setdefault(name, []).extend(files)
    return sources


def report_id(graph: URIRef) -> str:
    return str(graph)[len(str(GRAPH)):]
