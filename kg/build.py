"""Build: load -> validate (SHACL) -> reason (owlrl on the ontology, SPARQL rules on the
instances) -> QC queries -> write the Oxigraph store and a TriG dump.

The result goes into a new directory that replaces the previous build only when everything
passed (an atomic symlink swap), so a failed build never destroys the last good one.

Scale: data files are parsed by Oxigraph straight into the store; SHACL runs per report graph
(with the registry and vocabularies beside it) and its result is cached by the file's hash, so a
rebuild validates only what changed. When only report files were added, changed or removed, the
previous store is copied (a RocksDB checkpoint, hard links) and just those graphs are replaced."""
from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import time
import uuid
from dataclasses import astuple, dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from . import __version__
from .config import (DERIVED_GRAPH, GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, PREFIXES,
                     VOCAB_GRAPH, WORK_CHANGES, WORK_DELTA, WORK_NEW, Paths, graph_for_file)
from .canonical import confirmed_merges, merge_identities
from .derived import (_derive, adds_members_to_older_agents, changes_keys, changes_time_owners,
                      meeting_when_keys, new_event_sides, new_met_pairs, new_meetings,
                      new_status_evidence, new_theme_connections, new_time_statements,
                      retimed_events, time_owners)
from .errors import DamagedStore, InputError, TurtleSyntaxError, ValidationFailed
from .generations import remove_if_unused
from .i18n import _, current
from .label_index import (INDEX_FILE, compared_names, name_key, namesakes, update_index,
                          write_index)
from .signals import starting_workers
from .load import Sources, data_files, new_dataset, parse_turtle
from .queries import load_query
from .query import Labels
from .reason import fixpoint_rules, tbox_closure
from .safe_io import (LINK_PREFIX, STAGING_PREFIX, atomic_write_text, build_lock, copying,
                      clear_stale_builds, fsync_dir)
from .store import (STORE_DIR, EmbeddedStore, brief, is_damage, public_address, to_rdflib,
                    with_bindings)
from .store_writer import BackgroundStoreWrite
from .validate import (Problem, ShapesProgram, load_shapes, namespace_manager, qc_problems,
                       short)

MAX_RULE_ROUNDS = 25
REGISTRY = "registry"


@dataclass
class BuildResult:
    out: Path
    graphs: dict[str, int] = field(default_factory=dict)
    classes: dict[str, int] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    rule_rounds: int = 0
    remote: str | None = None
    mode: str = "full"                          # "full" or "incremental"
    validated: list[str] = field(default_factory=list)   # graphs SHACL ran on this time
    cached_warnings: list[Problem] = field(default_factory=list)  # from files validated before
    manifest: dict = field(default_factory=dict)
    repaired: str | None = None     # why the last build could not be reused (it was damaged)

    @property
    def store_path(self) -> Path:
        return self.out / STORE_DIR

    @property
    def trig_path(self) -> Path:
        return self.out / "graph.trig"

    def summary(self) -> dict:
        return {"kg_version": __version__, "out": str(self.out), "mode": self.mode,
                "validated": self.validated, "graphs": self.graphs, "classes": self.classes,
                "rule_rounds": self.rule_rounds,
                "warnings": [p.line() for p in self.warnings + self.cached_warnings],
                # (the same lines in Dutch, in the same order: a finding without Dutch text
                # gives its English message in a Dutch frame)
                "warnings_nl": [p.line(lang="nl") for p in self.warnings + self.cached_warnings],
                "conforms": True,
                "remote_store": self.remote, "manifest": self.manifest}


# ---------------------------------------------------------------- inputs and their hashes

def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError.unreadable(path, exc) from exc


def schema_files(paths: Paths) -> list[Path]:
    """Everything whose change invalidates every cached validation and inference."""
    return [*paths.ontology_files, *paths.vocab_files, paths.shapes,
            *sorted((paths.queries / "rules").glob("*.ru")),
            *sorted((paths.queries / "rules" / "delta").glob("*.r[uq]")),
            *sorted((paths.queries / "rules" / "rounds").glob("*.ru")),
            *sorted((paths.queries / "qc").glob("*.rq")),
            *sorted((paths.queries / "qc" / "scoped").glob("*.rq"))]


#: a data file changed less than this before the last build hashed it is hashed again (its
#: size and modification time could be those of an edit made during that build)
HASH_TRUST_MARGIN_NS = 2_000_000_000


def input_manifest(paths: Paths, previous: dict | None = None) -> dict:
    """The hashes of the inputs. A data file whose size and modification time are those the
    previous build recorded, from well before it hashed the files, keeps its hash (reading all
    900 files of the 1M benchmark again is 0.1-0.3 s of each build that adds one report)."""
    files = data_files(paths)
    schema = hashlib.sha256()
    for f in schema_files(paths):
        schema.update(f.name.encode() + b"\0" + _sha256(f).encode() + b"\0")
    hashed_at = time.time_ns()
    old = (previous or {}).get("manifest", {})
    old_hashes, old_stats = old.get("data", {}), old.get("data_stat", {})
    trusted_before = old.get("hashed_at", 0) - HASH_TRUST_MARGIN_NS
    data, stats = {}, {}
    for f in files:
        try:
            st = f.stat()
        except OSError as exc:
            raise InputError(f"{f}: cannot read: {exc.strerror or exc}") from exc
        stats[f.stem] = [st.st_size, st.st_mtime_ns]
        unchanged = (stats[f.stem] == old_stats.get(f.stem) and st.st_mtime_ns < trusted_before
                     and f.stem in old_hashes)
        data[f.stem] = old_hashes[f.stem] if unchanged else _sha256(f)
    return {"kg_version": __version__, "schema": schema.hexdigest(), "data": data,
            "data_stat": stats, "hashed_at": hashed_at}


def previous_summary(paths: Paths) -> dict | None:
    summary = paths.current / "summary.json"
    if not (paths.current / STORE_DIR).exists() or not summary.exists():
        return None
    try:
        return json.loads(summary.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def reopen_last_build(paths: Paths, previous: dict) -> tuple[ox.Store | None, str | None]:
    """The last build's store opened read-only (to be copied when reports are added: opening
    it again costs 0.03 s at 1M), or None and why the last build cannot be reused: its store
    does not open (a truncated or missing store file) or its TriG dump is not the size the
    build wrote."""
    try:
        store = ox.Store.read_only(str(paths.current / STORE_DIR))
    except (OSError, RuntimeError) as exc:
        return None, f"its store does not open: {brief(exc)}"
    expected = previous.get("manifest", {}).get("trig_bytes")
    trig = paths.current / "graph.trig"
    size = trig.stat().st_size if trig.exists() else None
    if expected is not None and size != expected:
        return None, f"its graph.trig has {size or 0:,} bytes, not the {expected:,} written"
    return store, None


# ---------------------------------------------------------------- loading into the store

def load_ontology(paths: Paths) -> tuple[Graph, Graph]:
    """(ontology + imports closed by owlrl, SKOS vocabularies), parsed by rdflib (small)."""
    ontology = Graph()
    for f in paths.ontology_files:
        parse_turtle(f, ontology)
    for triple in tbox_closure(ontology):
        ontology.add(triple)
    vocab = Graph()
    for f in paths.vocab_files:
        parse_turtle(f, vocab)
    return ontology, vocab


def _nquads(graphs: dict[URIRef, Graph]) -> bytes:
    ds = new_dataset()
    for name, g in graphs.items():
        target = ds.graph(name)
        for t in g:
            target.add(t)
    return ds.serialize(format="nquads", encoding="utf-8")


def load_data_file(store: EmbeddedStore, path: Path) -> None:
    """Parse one Turtle file with Oxigraph into its named graph; errors name file and line."""
    try:
        store.raw.load(path=str(path), format=ox.RdfFormat.TURTLE,
                       to_graph=ox.NamedNode(str(graph_for_file(path))))
    except SyntaxError as exc:
        reason = str(exc).split(" (", 1)[0]
        raise TurtleSyntaxError(path, exc.lineno, reason) from exc
    except OSError as exc:
        raise InputError.unreadable(path, exc) from exc


XSD_NS = "http://www.w3.org/2001/XMLSchema#"
UNCHECKED_DATATYPES = {XSD_NS + "string", XSD_NS + "anyURI"}   # any text is of these


def refuse_ill_typed_literals(store: EmbeddedStore, path: Path,
                              quads: list[ox.Quad] | None = None) -> None:
    """Oxigraph keeps a literal that is not of its datatype ("31-02-2025"^^xsd:date) as it is;
    SHACL would then judge a value that means nothing. rdflib knows which lexical forms are
    valid: a file with such a literal is parsed again by kg.load, which names file and line.
    `quads`: the file's graph, when read already."""
    typed = {}
    if quads is None:
        quads = store.raw.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_for_file(path))))
    for q in quads:
        o = q.object
        if isinstance(o, ox.Literal) and o.datatype.value.startswith(XSD_NS) \
                and o.datatype.value not in UNCHECKED_DATATYPES:
            typed[(o.value, o.datatype.value)] = None
    if any(Literal(v, datatype=URIRef(d)).ill_typed for v, d in typed):
        parse_turtle(path)      # raises InputError: file, line and the literal


# ---------------------------------------------------------------- SHACL per graph

def validation_context(store: EmbeddedStore, graph: str, quads: list[ox.Quad] | None = None,
                       types_of: dict[ox.NamedNode, bytes] | None = None
                       ) -> tuple[bytes, list[str]]:
    """What SHACL needs beside one data graph, read from the store: the rdf:type triples (from
    anywhere in the store) of the IRIs the graph points to but does not describe, as N-Triples
    (with them, sh:class checks across graphs hold without validating the other graphs again),
    and the IRIs it describes (gives a type), which are the focus of its validation.
    `quads`: the graph's, when read already; `types_of`: the rdf:type triples of the IRIs read
    for other graphs of the same store, as N-Triples (most reports point to the same registry
    actors and places: each one's types are read and written out once), filled in here."""
    rdf_type = ox.NamedNode(str(RDF.type))
    triples = (quads if quads is not None
               else list(store.raw.quads_for_pattern(None, None, None, ox.NamedNode(graph))))
    described = {q.subject for q in triples if q.predicate == rdf_type}
    # objects, and subjects the graph only makes statements about (a report's `about:` facts
    # on another report's event): their types come from where they are described
    referenced = ({q.object for q in triples if isinstance(q.object, ox.NamedNode)}
                  | {q.subject for q in triples if isinstance(q.subject, ox.NamedNode)}) - described
    types_of = {} if types_of is None else types_of
    for o in referenced - types_of.keys():
        types_of[o] = ox.serialize([q.triple for q in
                                    store.raw.quads_for_pattern(o, rdf_type, None, None)],
                                   format=ox.RdfFormat.N_TRIPLES)
    pointed_to = b"".join(types_of[o] for o in referenced)
    # the things the file describes; statements it makes about things described elsewhere
    # (`about:` in a report sheet) are checked by kg.ingest, not against the shapes of a
    # description that is in another graph
    focus = sorted(s.value for s in described if isinstance(s, ox.NamedNode))
    return pointed_to, focus


_WORKER: dict = {}


def _init_validator(base: bytes, shapes: bytes | Graph) -> None:
    """A validating process (or the build's own, for a few files): the shapes compiled once."""
    _WORKER["base"] = base.decode("utf-8")
    _WORKER["shapes"] = ShapesProgram(shapes if isinstance(shapes, Graph)
                                      else Graph().parse(data=shapes, format="nt"))


def _init_validator_from(base_file: str, shapes_file: str) -> None:
    """A validating process started by start_validation: its schema and shapes from files. They
    are gone when the build was stopped before this process got going: it then has nothing to do
    (and says nothing: the build reports its own stop)."""
    try:
        base, shapes = Path(base_file).read_bytes(), Path(shapes_file).read_bytes()
    except FileNotFoundError:
        return
    _init_validator(base, shapes)


def file_as_ntriples(path: Path) -> str:
    """A data file as written, in N-Triples: literals keep the lexical form the file gives them
    (the store canonicalises them, e.g. "2"^^xsd:nonNegativeInteger becomes xsd:integer), and its
    blank nodes are given fresh labels, so they cannot meet those of the text put beside it."""
    return ox.serialize(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE,
                                 rename_blank_nodes=True),
                        format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def schema_ntriples(store: EmbeddedStore) -> bytes:
    """The closed ontology (class hierarchy) and the schemes, from the store, as N-Triples: what
    SHACL reads beside every data file."""
    return ox.serialize([q.triple for g in (ONTOLOGY_GRAPH, VOCAB_GRAPH) for q in
                         store.raw.quads_for_pattern(None, None, None, ox.NamedNode(str(g)))],
                        format=ox.RdfFormat.N_TRIPLES)


def validation_data(path: Path, pointed_to: bytes, base: str) -> str:
    """What SHACL reads for one data file, as N-Triples: the file, the types of what it points to
    (validation_context) and `base`, the closed ontology and the schemes."""
    return "\n".join([file_as_ntriples(path), pointed_to.decode("utf-8"), base])


def _validate_file(work: tuple[str, bytes, list[str]]) -> list[Problem]:
    """SHACL on one data file: its own subjects are the focus; the class hierarchy, the schemes
    and the types of what it points to are beside it."""
    path, pointed_to, focus = work
    data = validation_data(Path(path), pointed_to, _WORKER["base"])
    return _WORKER["shapes"].problems(data, focus_nodes=focus)


def start_validation(store: EmbeddedStore, files: list[Path],
                     shapes: Graph) -> Callable[[], dict[str, list[Problem]]]:
    """Start SHACL on each data file in parallel processes (one core each; a few files are
    validated in this process when waited for) and return a function that waits for the problems by file stem, so the rules and
    the QC queries can run meanwhile. The types of what the files point to are read now, and
    each chunk of files goes to the workers as soon as its context is read (the workers start
    and validate while the rest is read).
    Beside each file: the closed ontology (class hierarchy) and the schemes, from the store."""
    work, types_of = {}, {}

    def context(f: Path) -> tuple[str, bytes, list[str]]:
        graph = str(graph_for_file(f))
        quads = list(store.raw.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        refuse_ill_typed_literals(store, f, quads)
        work[f.stem] = (str(f), *validation_context(store, graph, quads, types_of))
        return work[f.stem]

    base_nt = schema_ntriples(store)
    workers = min(os.cpu_count() or 1, len(files))
    if workers <= 1 or len(files) < 4:
        for f in files:
            context(f)

        def here() -> dict[str, list[Problem]]:
            _init_validator(base_nt, shapes)
            return {name: _validate_file(item) for name, item in work.items()}
        here.untyped = _untyped(types_of)      # type: ignore[attr-defined]
        return here
    import multiprocessing
    import tempfile
    from concurrent.futures import ProcessPoolExecutor
    # the workers read the schema and the shapes from files: what a worker is started with stays
    # small, so starting one takes no time in which an interrupt could cut it (kg.signals)
    shared = tempfile.TemporaryDirectory(prefix="kg-shacl-")
    base_file, shapes_file = Path(shared.name, "base.nt"), Path(shared.name, "shapes.nt")
    base_file.write_bytes(base_nt)
    shapes.serialize(destination=str(shapes_file), format="nt", encoding="utf-8")
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_validator_from,
                               initargs=(str(base_file), str(shapes_file)))
    chunks = _chunks(files, 8)
    futures = []
    try:
        # the pool starts a worker at each of the first submissions: those are made with the
        # interrupt held (kg.signals); later ones start no process
        with starting_workers():
            for chunk in chunks[:workers]:
                futures.append(pool.submit(_validate_many, [context(f) for f in chunk]))
        for chunk in chunks[workers:]:
            futures.append(pool.submit(_validate_many, [context(f) for f in chunk]))
    except BaseException:
        # a Ctrl-C held while the workers started is raised here, and a file refused while its
        # context was read: stop the workers before it goes on
        pool.shutdown(wait=False, cancel_futures=True)
        shared.cleanup()
        raise

    def wait() -> dict[str, list[Problem]]:
        try:
            results = [r for f in futures for r in f.result()]
        finally:
            pool.shutdown(cancel_futures=True)
            shared.cleanup()
        return dict(zip(work, results))
    wait.cancel = lambda: pool.shutdown(wait=False, cancel_futures=True)  # type: ignore[attr-defined]
    wait.untyped = _untyped(types_of)          # type: ignore[attr-defined]
    return wait


def _untyped(types_of: dict[ox.NamedNode, bytes]) -> set[ox.NamedNode]:
    """The IRIs the files point to (validation_context) that have no rdf:type in the store."""
    return {iri for iri, types in types_of.items() if not types}


def link_candidates(store: EmbeddedStore, untyped: set[ox.NamedNode]) -> list[URIRef]:
    """Every IRI a dangling link (queries/qc/dangling-iri-violation.rq) can point to after the
    rules, when every data file was read for SHACL's context and no identity was merged:
    `untyped`, the IRIs the files point to that had no rdf:type when they were loaded (the
    rules only add types, and link only what the files or the ontology link: the derived and
    inferred graphs name nothing else), and every IRI of the ontology and the schemes. Binding
    the query's target to them spares it listing every object of the store (2.2 s at 1M)."""
    found = set(untyped)
    for graph in (ONTOLOGY_GRAPH, VOCAB_GRAPH):
        for q in store.raw.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))):
            found.update(t for t in (q.subject, q.object) if isinstance(t, ox.NamedNode))
    return [URIRef(iri.value) for iri in sorted(found, key=lambda iri: iri.value)]


def wait_for_validation(waiting: Callable[[], dict[str, list[Problem]]]
                        ) -> dict[str, list[Problem]]:
    """The problems of a validation started by start_validation (it ran meanwhile)."""
    return waiting()


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _validate_many(items: list[tuple[str, bytes, list[str]]]) -> list[list[Problem]]:
    return [_validate_file(item) for item in items]


def validate_files(store: EmbeddedStore, files: list[Path],
                   shapes: Graph) -> dict[str, list[Problem]]:
    """SHACL per data file, in parallel processes. Returns problems by file stem."""
    return start_validation(store, files, shapes)()


# ---------------------------------------------------------------- rules

@dataclass
class RulesRun:
    rounds: int
    new_quads: list = field(default_factory=list)      # with `added`: what the rules added
    keys_changed: bool = False    # with `added`: an older meeting's rikg:whenSortKey, or an
                                  # older thing's rikg:timeOwner, would change
    added_per_graph: dict = field(default_factory=dict)


def run_rules(store: EmbeddedStore, paths: Paths, added: list[str] | None = None,
              added_quads: list[ox.Quad] | None = None) -> RulesRun:
    """Instance rules to a fixpoint, then the once-only rules (met).

    Semi-naive: the first round runs the rules on everything, later rounds only their delta
    variants (queries/rules/delta/), which join what the previous round inferred with the rest,
    so no round re-derives what the one before it found. With `added` (graphs of reports just
    added to a store whose inferences are complete), those graphs are the first delta: only what
    follows from the new statements is derived, and met only for the meetings they touch
    (`added_quads`: the statements of those graphs, when the caller has read them)."""
    loop, after = fixpoint_rules(paths)
    delta_loop, _ = fixpoint_rules(paths, delta=True)
    round_updates = {f.stem: f.read_text(encoding="utf-8")
                  for f in (paths.queries / "rules" / "rounds").glob("*.ru")}
    work = [WORK_NEW, WORK_DELTA, WORK_CHANGES]
    for g in work:
        store.drop_graph(str(g))
    if added is None:
        for name, text in loop:
            store.update(text, name=name)
    else:
        # the new statements, read once, are the first delta and the first changes
        if added_quads is None:
            added_quads = [q for name in added
                           for q in store.raw.quads_for_pattern(None, None, None, ox.NamedNode(name))]
        new = [q.triple for q in added_quads]
        for graph in (WORK_DELTA, WORK_CHANGES):
            target = ox.NamedNode(str(graph))
            store.raw.extend([ox.Quad(t.subject, t.predicate, t.object, target) for t in new])
        for name, text in delta_loop:
            store.update(text, name=name)
    rounds = 1
    while rounds < MAX_RULE_ROUNDS and store.has_triples(str(WORK_NEW)):
        rounds += 1
        store.update(round_updates["next-round"], name="semi-naive round")
        if added is not None:
            store.update(round_updates["track-changes"], name="semi-naive round")
        for name, text in delta_loop:
            store.update(text, name=name)
    run = RulesRun(rounds)
    if added is not None:
        # what this run inferred, for the caller's TriG dump and graph sizes: the changes minus
        # the added reports' own statements, and the new met pairs (delta met writes to WORK_MET)
        store.update(round_updates["next-round"], name="last round")
        store.update(round_updates["track-changes"], name="last round")
        # (the added reports' statements were read above: a set, not a look-up in the store
        # for each change)
        ours = set(new)
        inferred = ox.NamedNode(str(INFERRED_GRAPH))
        run.new_quads = [ox.Quad(q.subject, q.predicate, q.object, inferred) for q in
                         store.raw.quads_for_pattern(None, None, None, ox.NamedNode(str(WORK_CHANGES)))
                         if q.triple not in ours]
        retimed = retimed_events(store, added_quads)
        asked = new_meetings(store) | retimed
        keys = meeting_when_keys(store, paths, asked)
        owners = time_owners(store, paths, retimed)
        run.keys_changed = (changes_keys(store, asked, keys)
                            or changes_time_owners(store, retimed, owners))
        derived = (new_met_pairs(store, paths) + new_theme_connections(store, paths)
                   + new_event_sides(store, paths, added) + new_status_evidence(store, paths)
                   + new_time_statements(store, paths) + _derive(store, keys)
                   + _derive(store, owners))
        run.new_quads += derived
        run.added_per_graph = {str(INFERRED_GRAPH): len(run.new_quads) - len(derived),
                               str(DERIVED_GRAPH): len(derived)}
    store.update(round_updates["last-round"], name="last round")
    if added is None:
        for name, text in after:
            store.update(text, name=name)
        _derive(store, meeting_when_keys(store, paths))
        _derive(store, time_owners(store, paths))
    for g in work:
        store.drop_graph(str(g))
    return run


def qc_of_added(store: EmbeddedStore, paths: Paths, added: list[str], previous: dict,
                new_quads: list[ox.Quad] = (),
                names_now: list[tuple[str, str]] | None = None,
                added_quads: list[ox.Quad] | None = None) -> list[Problem]:
    """The QC findings after reports were added: each QC query with the `graph` parameter runs
    for each new graph only (what it states, and the things it says something about or links
    to); the previous build's warnings stay, except those about things a new graph mentions,
    which the scoped run has just judged again. Without the previous findings: every query on
    the whole store. `new_quads`: what the rules inferred from the new graphs; `names_now`: the
    compared names of the things those and the new graphs say something about, and
    `added_quads` the new graphs' statements (each read here when not given)."""
    kept = previous["manifest"].get("qc_warnings")
    if kept is None or any(not isinstance(p, list) for p in kept):
        return qc_problems(store, paths)
    nm = namespace_manager()
    if added_quads is None:
        quads = {g: list(store.raw.quads_for_pattern(None, None, None, ox.NamedNode(g)))
                 for g in added}
    else:
        quads = {g: [q for q in added_quads if q.graph_name.value == g] for g in added}
    terms = {g: {t for q in quads[g] for t in (q.subject, q.object)
                 if not isinstance(t, ox.Literal)} for g in added}
    shorts = {short(to_rdflib(t), nm) for ts in terms.values() for t in ts}
    found = {p for p in map(lambda fields: Problem(*fields), kept) if p.focus not in shorts}
    # the compared names of the things the new graphs and inferences say something about: the
    # last build's label index has the names of every other thing
    if names_now is None:
        names_now = compared_names(store, paths, only=sorted(subjects_of(
            [*(q for g in added for q in quads[g]), *new_quads])))
    for g in added:
        # a blank node cannot be named in a query: such a graph is checked the slower way
        iris = (None if any(isinstance(t, ox.BlankNode) for t in terms[g])
                else sorted(URIRef(t.value) for t in terms[g]))
        found.update(qc_problems(store, paths, graph=g, mentioned=iris,
                                 namesakes=namesakes_of(paths, quads[g], names_now)))
    return sorted(found)


def subjects_of(quads: list[ox.Quad]) -> set[str]:
    """The IRIs `quads` say something about (as subjects)."""
    return {q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)}


def namesakes_of(paths: Paths, quads: list[ox.Quad], names_now: list[tuple[str, str]]
                 ) -> list[URIRef] | None:
    """The things whose names may be nearly those that `quads` (a new graph) give: the last
    build's label index gives them by name_key, and `names_now` (the compared names of the
    things the new graphs and inferences say something about, read now) those the index does
    not have yet. None when the index cannot tell (written by an older kg)."""
    mine = {q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)}
    keys = {name_key(name) for iri, name in names_now if iri in mine}
    found = namesakes(paths.current / INDEX_FILE, keys)
    if found is None:
        return None
    found.update(iri for iri, name in names_now if name_key(name) in keys)
    return sorted(map(URIRef, found))


def entity_counts(store: EmbeddedStore, paths: Paths) -> dict[str, int]:
    nm = namespace_manager()
    query = load_query(paths.queries / "build" / "entities-per-class.rq")
    _, rows = store.select(query.text, name=query.name)
    return {short(c, nm): int(n) for c, n in rows}


def entity_counts_after(store: EmbeddedStore, paths: Paths, previous: dict[str, int],
                        added: list[str], new_quads: list[ox.Quad]) -> dict[str, int]:
    """entity_counts after reports were added to a store whose counts were `previous`: the query
    counts only the things the new graphs or the new inferences type, and each of them that
    had the type before (stated in another graph, or inferred by an earlier build) is taken off
    (counting the whole store again reads every rdf:type: 0.1 s at 1M). A blank node cannot be
    named in a query: then the whole store is counted."""
    rdf_type, inferred = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(INFERRED_GRAPH))
    ours = {ox.NamedNode(g) for g in added}
    new_types = {(q.subject, q.object) for q in new_quads
                 if q.predicate == rdf_type and q.graph_name == inferred}
    typed = {q.subject for g in ours for q in store.raw.quads_for_pattern(None, rdf_type, None, g)}
    typed |= {x for x, _ in new_types}
    if any(not isinstance(x, ox.NamedNode) for x in typed):
        return entity_counts(store, paths)

    # the classes each of them had before: its types stated in another graph, or inferred by an
    # earlier build (each thing's types read once, not once per class counted)
    before: dict[ox.NamedNode, int] = {}
    for x in typed:
        for c in {q.object for q in store.raw.quads_for_pattern(x, rdf_type, None)
                  if q.graph_name not in ours
                  and not (q.graph_name == inferred and (x, q.object) in new_types)}:
            before[c] = before.get(c, 0) + 1

    nm = namespace_manager()
    # (its form for a few things: each thing's types read once)
    query = load_query(paths.queries / "build" / "bound" / "entities-per-class.rq")
    text = with_bindings(query.text, {}, {"x": sorted(URIRef(x.value) for x in typed)})
    counts = dict(previous)
    for cls, n in store.select(text, name=query.name)[1]:
        gained = int(n) - before.get(ox.NamedNode(str(cls)), 0)
        counts[short(cls, nm)] = counts.get(short(cls, nm), 0) + gained
    def iri(name: str) -> str:
        try:
            return str(nm.expand_curie(name))
        except ValueError:          # short() gave <IRI>
            return name.strip("<>")
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], iri(kv[0]))))   # the query's order


def qc_check(store, paths: Paths) -> list[Problem]:
    """QC queries on the store; raises on violation rows, returns the warnings."""
    return _refuse_qc_violations(qc_problems(store, paths))


def _refuse_qc_violations(qc: list[Problem]) -> list[Problem]:
    violations = [p for p in qc if p.severity == "Violation"]
    if violations:
        raise ValidationFailed(
            _("quality checks failed: {n} row(s) from queries/qc/*-violation.rq").format(
                n=len(violations)),
            details=[f"{p.line(lang=current())} ({p.source})" for p in violations])
    return [p for p in qc if p.severity != "Violation"]


# ---------------------------------------------------------------- the build

@dataclass
class Plan:
    mode: str                                   # "full" or "incremental"
    load: list[Path]                            # data files to load into the store
    validate: list[Path]                        # data files SHACL must run on
    cached: dict[str, list[list[str]]]          # SHACL warnings kept from earlier validations
    # incremental with only new reports: the previous store is copied and just the new reports'
    # consequences are derived; otherwise everything is loaded and derived again (in memory)
    additions_only: bool = False


def plan_build(paths: Paths, manifest: dict, previous: dict | None, full: bool) -> Plan:
    files = {f.stem: f for f in data_files(paths)}
    old = (previous or {}).get("manifest", {})
    ordered = sorted(files.values(), key=lambda f: (f.stem != REGISTRY, f.stem))
    reusable = (not full and previous is not None and old.get("schema") == manifest["schema"]
                and old.get("kg_version") == manifest["kg_version"]
                and old.get("data", {}).get(REGISTRY) == manifest["data"].get(REGISTRY)
                # (an earlier build kept its warnings as English lines: validate everything anew)
                and all(isinstance(w, list) for ws in old.get("warnings_by_graph", {}).values()
                        for w in ws))
    if not reusable:
        return Plan("full", ordered, ordered, {})
    before, now = old.get("data", {}), manifest["data"]
    changed = [files[r] for r in sorted(now) if before.get(r) != now[r]]
    cached = {r: w for r, w in old.get("warnings_by_graph", {}).items() if before.get(r) == now.get(r)}
    if all(r in now and before[r] == now[r] for r in before):
        return Plan("incremental", changed, changed, cached, additions_only=True)
    return Plan("incremental", ordered, changed, cached)


def _problems_by_graph(problems: dict[str, list[Problem]]) -> dict[str, list[list[str]]]:
    """The warnings of each file as kept in the manifest: each one's fields, its message in
    both languages (Problem(*fields) reads it back)."""
    return {g: [list(astuple(p)) for p in ps] for g, ps in problems.items()}


def _refuse_violations(problems: dict[str, list[Problem]]) -> None:
    violations = [p for ps in problems.values() for p in ps if p.severity == "Violation"]
    if violations:
        raise ValidationFailed(
            _("the data does not conform: {n} SHACL violation(s)").format(n=len(violations)),
            details=[p.line(lang=current()) for p in violations])


TBOX_PREDICATES = [RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.inverseOf,
                   OWL.propertyChainAxiom]


def declares_terms(store: EmbeddedStore, graph: str) -> bool:
    """Does a data graph state class or property axioms? The delta rules only join new instance
    statements with the axioms, so such a graph needs every rule run again."""
    g = ox.NamedNode(graph)
    if any(next(store.raw.quads_for_pattern(None, ox.NamedNode(str(p)), None, g), None)
           for p in TBOX_PREDICATES):
        return True
    kinds = {ox.NamedNode(str(OWL.TransitiveProperty)), ox.NamedNode(str(OWL.SymmetricProperty))}
    return any(q.object in kinds
               for q in store.raw.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), None, g))


def build(paths: Paths | None = None, store_url: str | None = None,
          full: bool = False) -> BuildResult:
    """Build into a new directory and swap it in; with `store_url`, also replace the graphs of
    that SPARQL 1.1 server (only after every check passed, so a failed build never touches it).
    `full=True` ignores the previous build and validates everything again.

    Only new reports: the previous store is copied (a RocksDB checkpoint) and only the new
    reports are validated, loaded and reasoned from (semi-naive rules seeded with them). Anything
    else (first build, a changed or removed report): everything is loaded and derived again in
    an in-memory store, SHACL running in parallel processes (only on changed files when a
    previous build's results can be reused) while the rules and QC queries run, and the result
    is written to disk in bulk."""
    paths = paths or Paths()
    data_files(paths)           # nothing to build: say so before making a build folder
    paths.build.mkdir(parents=True, exist_ok=True)
    with build_lock(paths):
        clear_stale_builds(paths)       # folders of builds that were killed
        return _build_locked(paths, store_url, full)


def _build_locked(paths: Paths, store_url: str | None, full: bool) -> BuildResult:
    previous = previous_summary(paths)
    manifest = input_manifest(paths, None if full else previous)
    last_store, repaired = (reopen_last_build(paths, previous) if previous and not full
                            else (None, None))
    if repaired:
        previous = None
    plan = plan_build(paths, manifest, previous, full)
    staging = paths.build / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
    try:
        staging.mkdir()
        result = None
        if plan.additions_only:
            try:
                result, store = _add_reports(paths, plan, previous, staging, last_store)
            except (DamagedStore, OSError, RuntimeError) as exc:
                if not isinstance(exc, DamagedStore) and not is_damage(exc):
                    raise
                # the last build's store fails when read: build everything from data/
                repaired, result = (exc.message if isinstance(exc, DamagedStore)
                                    else f"its store fails when read: {brief(exc)}"), None
                # a fresh folder: the failed copy may still be open (the next build clears it)
                staging = paths.build / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
                staging.mkdir()
                plan = plan_build(paths, manifest, None, True)
        last_store = None
        if result is None:
            if plan.additions_only and store in ("identities", "events"):
                # a new report decides an identity or names a merged actor, or says something
                # about an older report's event or delegation: everything is derived again
                # (other graphs are rewritten, or earlier meetings' shortcuts change), SHACL
                # only on the new report
                plan = Plan("incremental", sorted(data_files(paths), key=lambda f: (
                    f.stem != REGISTRY, f.stem)), plan.validate, plan.cached)
            elif plan.additions_only:   # a new report declares classes or properties
                plan = plan_build(paths, manifest, None, True)
            result, store = _rebuild(paths, plan, staging)
        result.manifest = {**manifest, "warnings_by_graph": result.manifest["warnings_by_graph"],
                           "qc_warnings": result.manifest["qc_warnings"],
                           "trig_bytes": result.trig_path.stat().st_size}
        result.repaired = repaired
        if store_url:
            push_to_server(store, store_url)
            result.remote = public_address(store_url)   # never the password
        store.flush()
        # pyoxigraph has no close(): drop the last reference and collect now, so no stray
        # writer of this store outlives the build (a late close could purge files in use)
        del store
        gc.collect()
        atomic_write_text(staging / "summary.json", json.dumps(result.summary(), indent=2) + "\n")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap_current(paths, staging)
    result.out = paths.current
    return result


def _rebuild(paths: Paths, plan: Plan, staging: Path) -> tuple[BuildResult, EmbeddedStore]:
    """Everything loaded and derived in memory (Oxigraph's updates are several times faster
    there than on disk), dumped to TriG, and written to a new store on disk in bulk in a thread
    (kg.store_writer) while the QC queries and the label index run."""
    memory = EmbeddedStore()
    ontology, vocab = load_ontology(paths)
    memory.load_nquads(_nquads({ONTOLOGY_GRAPH: ontology, VOCAB_GRAPH: vocab}))
    for f in plan.load:
        load_data_file(memory, f)
    waiting = (start_validation(memory, plan.validate, load_shapes(paths))
               if plan.validate else dict)
    store = graphs = classes = writing = None
    try:
        merged = merge_identities(memory, paths)    # after SHACL read the files' pointed-to types
        candidates = (link_candidates(memory, waiting.untyped)
                      if hasattr(waiting, "untyped") and set(plan.validate) == set(plan.load)
                      and not merged.canonical_of else None)
        rounds = run_rules(memory, paths).rounds
        # the TriG dump, then the store on disk written in a thread while the QC queries and
        # the label index read the memory store (a refused build is thrown away)
        memory.dump_trig(staging / "graph.trig", PREFIXES)
        writing = BackgroundStoreWrite(staging / STORE_DIR, memory)
        qc = qc_problems(memory, paths, candidates=candidates)
        if not any(p.severity == "Violation" for p in qc):
            graphs, classes = memory.graph_sizes(), entity_counts(memory, paths)
            if sum(graphs.values()) > FREE_MEMORY_ABOVE:
                store = writing.wait()
                memory = None           # its last reference: freed here
                _give_memory_back()
            engine = store if memory is None else memory
            write_index(Labels.from_engine(engine, paths), staging / INDEX_FILE,
                        compared_names(engine, paths))
        store = writing.wait()
        problems = wait_for_validation(waiting)
    except BaseException:
        getattr(waiting, "cancel", lambda: None)()
        if writing is not None:
            # its files are in the staging folder, which build() removes next
            _wait_quietly(writing)
        raise
    try:
        _refuse_violations(problems)
        qc_warnings = _refuse_qc_violations(qc)
    except ValidationFailed:
        del store           # closed before build() removes its directory
        gc.collect()
        raise
    result = BuildResult(
        staging, graphs=graphs, classes=classes,
        rule_rounds=rounds, mode=plan.mode, validated=[f.stem for f in plan.validate],
        warnings=[p for ps in problems.values() for p in ps] + qc_warnings)
    result.cached_warnings = [Problem(*w) for ws in plan.cached.values() for w in ws]
    result.manifest = {"warnings_by_graph": {**plan.cached, **_problems_by_graph(problems)},
                       "qc_warnings": [list(astuple(p)) for p in qc_warnings]}
    return result, store


def _wait_quietly(writing: BackgroundStoreWrite) -> None:
    """Wait for the store's writing thread after the build failed: the build's own error is the
    one to report."""
    try:
        writing.wait()
    except Exception:
        pass


#: quads above which the in-memory store is let go once it is on disk, before the label index
#: is read (from the disk store then, a little slower): at 10M triples the two together with the
#: index's rows went over 15.5 GB (benchmarks/README.md, "Ten million triples")
FREE_MEMORY_ABOVE = 8_000_000


def _give_memory_back() -> None:
    """Hand freed pages back to the system: glibc keeps freed small blocks for the process unless
    asked (elsewhere this only collects)."""
    gc.collect()
    try:
        import ctypes
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _add_reports(paths: Paths, plan: Plan, previous: dict, staging: Path,
                 last_store: ox.Store) -> tuple[BuildResult | None, EmbeddedStore | str]:
    """New reports into a copy of the previous store: validate them, derive only what follows
    from them, check them. (None, why) when they cannot be added so: "terms" when a new report
    declares classes or properties, "identities" when it decides an identity or names a merged
    actor or record (kg.canonical), "events" when it gives an agent an older report describes
    a member, or changes the time of an older meeting (or whether it took place)."""
    # the last TriG dump and label index are copied meanwhile, to be extended below (at 1M
    # triples 126 and 74 MB: 0.08 s of the kernel's CPU, and waiting for the disk)
    with copying(paths.current / "graph.trig", staging / "graph.trig") as trig_copied, \
            copying(paths.current / INDEX_FILE, staging / INDEX_FILE) as index_copied:
        return _add_reports_to_copy(paths, plan, previous, staging, last_store, trig_copied,
                                    index_copied)


def _add_reports_to_copy(paths: Paths, plan: Plan, previous: dict, staging: Path,
                         last_store: ox.Store, trig_copied: Callable[[], None],
                         index_copied: Callable[[], None]
                         ) -> tuple[BuildResult | None, EmbeddedStore | str]:
    """_add_reports, while the last TriG dump and label index are copied into `staging` (each
    function waits for its copy). `last_store`: the last build's, opened read-only."""
    try:
        last_store.backup(str(staging / STORE_DIR))
    except (OSError, RuntimeError) as exc:
        raise DamagedStore(_("its store cannot be copied: {reason}").format(
            reason=brief(exc))) from exc
    store = EmbeddedStore(staging / STORE_DIR)
    for f in plan.load:
        load_data_file(store, f)
    added = [str(graph_for_file(f)) for f in plan.load]
    # a new report that declares terms is reasoned from scratch; one that decides an identity
    # or names a merged actor or record is derived again (its statements must be rewritten,
    # and other graphs' may be too), and so is one that gives an older agent a member
    fallback = ("terms" if any(declares_terms(store, g) for g in added) else
                "identities" if any(mentions_merged(store, paths, g) for g in added) else
                "events" if any(adds_members_to_older_agents(store, g, added) for g in added)
                else None)
    if not fallback:
        problems = {}
        if plan.validate:
            problems = validate_files(store, plan.validate, load_shapes(paths))
        _refuse_violations(problems)
        # the new reports' statements, read once for the rules, the QC checks, the TriG dump
        # and the label index (their graphs do not change from here on)
        new = [q for g in added for q in store.raw.quads_for_pattern(None, None, None, ox.NamedNode(g))]
        run = run_rules(store, paths, added=added, added_quads=new)
        # one that gives an older meeting another time, or says it did not take place, or gives
        # an older event (or one enclosing it) a time, too
        fallback = "events" if run.keys_changed else None
    if fallback:
        del store
        gc.collect()
        shutil.rmtree(staging / STORE_DIR)
        return None, fallback
    # the things the new reports and their inferences say something about, and their compared
    # names, read once for the QC checks and the label index
    touched = subjects_of(new + run.new_quads)
    names_now = compared_names(store, paths, only=sorted(touched))
    qc_warnings = _refuse_qc_violations(qc_of_added(store, paths, added, previous,
                                                    run.new_quads, names_now, new))
    graphs = dict(previous["graphs"])
    for g in added:
        graphs[g] = store.count(g)
    for g, n in run.added_per_graph.items():
        graphs[g] = graphs.get(g, 0) + n
    result = BuildResult(
        staging, graphs=dict(sorted(graphs.items())),
        classes=entity_counts_after(store, paths, previous["classes"], added, run.new_quads),
        rule_rounds=run.rounds, mode=plan.mode, validated=[f.stem for f in plan.validate],
        warnings=[p for ps in problems.values() for p in ps] + qc_warnings)
    result.cached_warnings = [Problem(*w) for ws in plan.cached.values() for w in ws]
    result.manifest = {"warnings_by_graph": {**plan.cached, **_problems_by_graph(problems)},
                       "qc_warnings": [list(astuple(p)) for p in qc_warnings]}
    # the TriG dump grows by what was added: the new reports' graphs and the new inferences
    # (blank node labels are the store's own, unique across the file)
    trig_copied()
    with result.trig_path.open("ab") as out:
        out.write(b"\n")
        out.write(ox.serialize(new + run.new_quads, format=ox.RdfFormat.TRIG))
    # the label index: the rows of the things the new quads say something about read again
    update_index(paths.current / INDEX_FILE, staging / INDEX_FILE, store, paths, touched,
                 copied=index_copied, names=names_now)
    return result, store


def mentions_merged(store: EmbeddedStore, paths: Paths, graph: str) -> bool:
    """Whether a graph names a record or actor of a confirmed identity (kg.canonical)."""
    merges = confirmed_merges(store, paths)
    if not merges.canonical_of:
        return False
    terms = set()
    for q in store.raw.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
        terms.add(q.subject.value)
        if isinstance(q.object, ox.NamedNode):
            terms.add(q.object.value)
    return merges.touches(terms)


def _swap_current(paths: Paths, new_dir: Path) -> None:
    link = paths.current
    old = link.resolve() if link.is_symlink() else None
    tmp_link = paths.build / f"{LINK_PREFIX}{uuid.uuid4().hex}"
    os.symlink(new_dir.name, tmp_link)
    os.replace(tmp_link, link)          # atomic on POSIX
    fsync_dir(paths.build)
    if old is not None and old != new_dir.resolve() and old.exists():
        remove_if_unused(old, paths)    # a server still reading it removes it when done


#: triples per Graph Store Protocol request: a server loads each well within its time limit
#: (Virtuoso took more than a minute for the 1M build's inferred graph in one PUT)
UPLOAD_TRIPLES = 50_000


def upload_parts(triples: list) -> list[list]:
    """A graph's triples in parts for one request each; a graph with blank nodes in one part,
    since each request is read on its own and would split a blank node in two."""
    if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
           for t in triples):
        return [triples]
    return [triples[i:i + UPLOAD_TRIPLES] for i in range(0, len(triples), UPLOAD_TRIPLES)] or [[]]


def push_to_server(store: EmbeddedStore, url: str) -> None:
    """Replace every kg graph on a SPARQL 1.1 server (Graph Store Protocol: a PUT per graph, then
    a POST for each further part of a big one) and drop kg graphs the new build no longer has.
    Graphs outside the project's namespace are left alone."""
    from .store import RemoteStore
    remote = RemoteStore(url)
    ours = {g.value for g in store.raw.named_graphs()}
    for graph in sorted(ours):
        triples = [q.triple for q in
                   store.raw.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
        for number, part in enumerate(upload_parts(triples)):
            data = ox.serialize(part, format=ox.RdfFormat.N_TRIPLES)
            if number == 0:
                remote.put_graph(graph, data)
            else:
                remote.add_to_graph(graph, data)
    for graph in remote.named_graphs():
        if graph.startswith(str(GRAPH)) and graph not in ours:
            remote.delete_graph(graph)


# ---------------------------------------------------------------- whole-dataset helpers

def union_graph(sources: Sources) -> Graph:
    g = Graph()
    for quad in sources.dataset.quads((None, None, None, None)):
        g.add(quad[:3])
    return g


def populate(store: EmbeddedStore, sources: Sources, paths: Paths) -> int:
    """Closed ontology + all loaded data into a store, then the rules. Returns rule rounds."""
    ontology = sources.graph(ONTOLOGY_GRAPH)
    for triple in tbox_closure(ontology):
        ontology.add(triple)
    store.load_nquads(sources.dataset.serialize(format="nquads", encoding="utf-8"))
    return run_rules(store, paths).rounds


def loaded_store(paths: Paths) -> tuple[EmbeddedStore, list[Path]]:
    """An in-memory store with the closed ontology, the schemes and every data file as written
    (nothing derived), and the data files, the registry first."""
    store = EmbeddedStore()
    ontology, vocab = load_ontology(paths)
    store.load_nquads(_nquads({ONTOLOGY_GRAPH: ontology, VOCAB_GRAPH: vocab}))
    files = sorted(data_files(paths), key=lambda f: (f.stem != REGISTRY, f.stem))
    for f in files:
        load_data_file(store, f)
    return store, files


def validate_only(paths: Paths | None = None) -> list[Problem]:
    """`kg validate`: the same checks as `kg build` — SHACL per data file, rules, QC queries —
    on everything, in an in-memory store; the build is left as it is."""
    paths = paths or Paths()
    store, files = loaded_store(paths)
    by_file = validate_files(store, files, load_shapes(paths))
    _refuse_violations(by_file)
    merge_identities(store, paths)
    run_rules(store, paths)
    problems = [p for ps in by_file.values() for p in ps]
    return [p for p in problems if p.severity != "Violation"] + qc_check(store, paths)
