"""Where things are, and the project's namespaces (the base is one constant)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

BASE = "https://w3id.org/rikg/"
#: the facts of a first page: `kg query`'s table, `kg serve`'s pages of a named query
FIRST_PAGE = 1000
# The namespaces and graph names below are rdflib terms, made on first use (PEP 562
# `__getattr__` at the end): importing rdflib costs about 0.1 s of CPU, which a command that
# never needs it (`kg --help`, `kg find`) is spared. `from kg.config import RIKG` works as before.
_NAMESPACES = {
    "RIKG": BASE + "ontology#",
    "GRAPH": BASE + "graph/",
    "ID": BASE + "id/",
    "SCHEMA": "https://schema.org/",
    "ORG": "http://www.w3.org/ns/org#",
    "CV": "http://data.europa.eu/m8g/",
    "OA": "http://www.w3.org/ns/oa#",
    "TIME": "http://www.w3.org/2006/time#",
}
# Graphs that are not reports (the name of each in rgraph:).
_GRAPHS = {
    "ONTOLOGY_GRAPH": "ontology",    # rikg.ttl + the standard extracts + owlrl's TBox closure
    "VOCAB_GRAPH": "vocab",          # SKOS schemes
    "REGISTRY_GRAPH": "registry",    # shared actors, posts, places
    "INFERRED_GRAPH": "inferred",    # instance inferences of the SPARQL rules
    "DERIVED_GRAPH": "derived",      # rikg:met and other derived shortcuts
    # Work graphs of the rules (semi-naive evaluation); empty and gone once a build is done.
    "WORK_NEW": "work/new",          # what the current round inferred
    "WORK_DELTA": "work/delta",      # what the previous round inferred (or the added reports)
    "WORK_CHANGES": "work/changes",  # everything an incremental build added, for the met rule
}
_SPECIAL = ("ONTOLOGY_GRAPH", "VOCAB_GRAPH", "REGISTRY_GRAPH", "INFERRED_GRAPH", "DERIVED_GRAPH")

PREFIXES = {
    "rikg": _NAMESPACES["RIKG"], "rper": BASE + "id/person/", "rorg": BASE + "id/org/",
    "rpost": BASE + "id/post/", "rplace": BASE + "id/place/", "revt": BASE + "id/event/",
    "rpart": BASE + "id/participation/", "ragr": BASE + "id/agreement/",
    "rinv": BASE + "id/invitation/", "rout": BASE + "id/outcome/", "ract": BASE + "id/action/",
    "rcost": BASE + "id/cost/", "rtime": BASE + "id/time/", "rdoc": BASE + "id/report/",
    "rexc": BASE + "id/excerpt/", "rrun": BASE + "id/run/", "rmatch": BASE + "id/match/",
    "rstmt": BASE + "id/statement/", "rten": BASE + "id/tenure/", "rgraph": _NAMESPACES["GRAPH"],
    "theme": BASE + "theme/",
    "prole": BASE + "participation-role/", "etype": BASE + "event-type/",
    "cost": BASE + "cost-category/", "commitment": BASE + "commitment/", "role": BASE + "role/",
    "okind": BASE + "organisation-kind/", "akind": BASE + "agreement-kind/",
    "estatus": BASE + "event-status/", "relkind": BASE + "relation-kind/",
    "rrel": BASE + "id/relation/", "wd": "http://www.wikidata.org/entity/",
    "schema": _NAMESPACES["SCHEMA"], "org": _NAMESPACES["ORG"], "cv": _NAMESPACES["CV"],
    "oa": _NAMESPACES["OA"], "time": _NAMESPACES["TIME"],
    "foaf": "http://xmlns.com/foaf/0.1/", "prov": "http://www.w3.org/ns/prov#",
    "dct": "http://purl.org/dc/terms/", "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def project_root() -> Path:
    """The checkout: the folder holding ontology/, data/ and queries/ next to the package."""
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Paths:
    """Every location kg reads or writes; tests point them at temporary copies."""

    root: Path = field(default_factory=project_root)
    build_dir: Path | None = None

    @property
    def ontology(self) -> Path:
        return self.root / "ontology"

    @property
    def ontology_files(self) -> list[Path]:
        return [self.ontology / "rikg.ttl", *sorted((self.ontology / "imports").glob("*.ttl"))]

    @property
    def vocab_files(self) -> list[Path]:
        return sorted((self.ontology / "vocab").glob("*.ttl"))

    @property
    def shapes(self) -> Path:
        return self.ontology / "shapes.ttl"

    @property
    def data_dir(self) -> Path:
        return self.root / "data" / "ttl"

    @property
    def sources_dir(self) -> Path:
        return self.root / "data" / "sources"

    @property
    def queries(self) -> Path:
        return self.root / "queries"

    @property
    def build(self) -> Path:
        return self.build_dir if self.build_dir is not None else self.root / "build"

    @property
    def current(self) -> Path:
        """The last good build: a symlink swapped atomically by `kg build`."""
        return self.build / "current"


def graph_for_file(path: Path):
    """data/ttl/X.ttl is loaded into the named graph rgraph:X."""
    return __getattr__("GRAPH")[path.stem]


def __getattr__(name: str):
    """RIKG, GRAPH, ... DERIVED_GRAPH, SPECIAL_GRAPHS: made on first use, then module globals."""
    if name == "SPECIAL_GRAPHS":
        value = {__getattr__(graph) for graph in _SPECIAL}
    elif name in _NAMESPACES or name in _GRAPHS:   # (never rdflib for `__path__` and the like)
        from rdflib import Namespace
        value = (Namespace(_NAMESPACES[name]) if name in _NAMESPACES
                 else Namespace(_NAMESPACES["GRAPH"])[_GRAPHS[name]])
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
