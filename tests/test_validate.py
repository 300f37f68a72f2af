"""Validation: the shapes and QC queries pass on the real data and catch each broken fixture
with the message a policy advisor reads."""
from dataclasses import astuple
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from conftest import LATER_REPORTS
from kg.build import union_graph  # noqa: F401
from kg.config import Paths
from kg.load import load_sources, parse_turtle
from kg.queries import load_query
from kg.store import EmbeddedStore
from kg.validate import Problem, load_shapes, qc_files, qc_problems, shacl_problems

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = sorted((FIXTURES / "broken").glob("*.ttl"))
PATHS = Paths()


def expectations(path: Path) -> dict:
    """The `# expect-KEY: value` lines at the top of a fixture."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect-"):
            key, _, value = line[len("# expect-"):].partition(":")
            found[key.strip()] = value.strip()
    return found


def with_ontology(path: Path) -> Graph:
    g = Graph()
    for f in [*PATHS.ontology_files, *PATHS.vocab_files, path]:
        parse_turtle(f, g)
    return g


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(PATHS)


def test_shapes_graph_is_valid_shacl(shapes):
    from pyshacl import validate
    conforms, _, text = validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_the_seed_data_conforms(shapes):
    """The registry and the seed report together. Reports added later state other values of
    single-valued properties of the same things (a signing day, a status): each report's graph
    conforms on its own (kg build validates per file; tests/test_reconcile.py), their union need
    not — that is what `kg query disagreements` lists."""
    sources = load_sources(PATHS)
    union = Graph()
    for name in sources.files:
        if not any(r in str(name) for r in LATER_REPORTS):
            for t in sources.graph(name):
                union.add(t)
    problems = shacl_problems(union, shapes)
    assert [p.line() for p in problems if p.severity == "Violation"] == []


def test_valid_minimal_fixture_conforms(shapes):
    problems = shacl_problems(with_ontology(FIXTURES / "valid-minimal.ttl"), shapes)
    assert [p for p in problems if p.severity == "Violation"] == []


@pytest.mark.parametrize("fixture", [f for f in BROKEN if "message" in expectations(f)],
                         ids=lambda f: f.stem)
def test_each_broken_fixture_is_caught_with_its_message(fixture, shapes):
    expect = expectations(fixture)
    problems = shacl_problems(with_ontology(fixture), shapes)
    severity = expect.get("severity", "Violation")
    hits = [p for p in problems if p.severity == severity and p.message == expect["message"]]
    assert hits, f"expected {severity} {expect['message']!r}; got {[p.line() for p in problems]}"
    if "focus" in expect:
        from kg.validate import namespace_manager, short
        assert short(URIRef(expect["focus"]), namespace_manager()) in {p.focus for p in hits}


@pytest.mark.parametrize("fixture", [f for f in BROKEN if expectations(f).get("qc", "none") != "none"],
                         ids=lambda f: f.stem)
def test_qc_queries_catch_their_fixture(fixture):
    expect = expectations(fixture)
    store = EmbeddedStore()
    store.load_nquads(_nquads(with_ontology(fixture)))
    rows = [p for p in qc_problems(store, PATHS) if p.source == expect["qc"] + ".rq"]
    assert rows, f"{expect['qc']} returned no row for {fixture.name}"


@pytest.mark.parametrize("fixture", [f for f in BROKEN if expectations(f).get("qc", "none") != "none"],
                         ids=lambda f: f.stem)
def test_each_qc_finding_has_its_message_in_dutch_too(fixture):
    store = EmbeddedStore()
    store.load_nquads(_nquads(with_ontology(fixture)))
    problems = qc_problems(store, PATHS)
    assert problems, fixture.name
    for p in problems:
        assert p.message_nl and p.message_nl != p.message, p.source
        assert p.text("nl") == p.message_nl and p.text("en") == p.message


@pytest.mark.parametrize("fixture", [f for f in BROKEN if "message" in expectations(f)],
                         ids=lambda f: f.stem)
def test_each_shacl_finding_has_its_message_in_dutch_too(fixture, shapes):
    expect = expectations(fixture)
    hits = [p for p in shacl_problems(with_ontology(fixture), shapes)
            if p.message == expect["message"]]
    assert hits and all(p.message_nl and p.message_nl != p.message for p in hits)


def test_a_finding_kept_in_the_manifest_reads_back_in_both_languages():
    found = Problem("Warning", "revt:fair", "No date.", value="n=0", source="q.rq",
                    message_nl="Geen datum.")
    kept = Problem(*astuple(found))          # as kg.build keeps and reads qc_warnings
    assert kept == found and kept.message_nl == "Geen datum."
    assert kept.line(lang="nl") == "Waarschuwing: revt:fair: Geen datum. (waarde: n=0)"
    assert kept.line() == "Warning: revt:fair: No date. (value: n=0)"
    # a manifest of an earlier version holds six fields: the message in English only
    older = Problem(*astuple(found)[:6])
    assert older == found
    assert older.line(lang="nl") == "Waarschuwing: revt:fair: No date. (waarde: n=0)"


def _nquads(g: Graph) -> bytes:
    from rdflib import Dataset
    ds = Dataset()
    target = ds.graph(URIRef("https://w3id.org/rikg/graph/fixture"))
    for t in g:
        target.add(t)
    return ds.serialize(format="nquads", encoding="utf-8")


def test_every_qc_query_gives_its_message_in_dutch_too():
    """Some queries have no fixture that trips them: their SELECT must name ?messageNl all the
    same (kg.validate.qc_problems reads it as the Dutch of ?message)."""
    from kg.validate import scoped_form
    for f in qc_files(PATHS):
        for form in {f, scoped_form(f)}:
            select = next(line for line in form.read_text(encoding="utf-8").splitlines()
                          if line.startswith("SELECT"))
            assert "?message ?messageNl" in select, form.name


def test_every_qc_query_has_a_title_and_is_tested():
    tested = {expectations(f).get("qc") for f in BROKEN}
    for f in qc_files(PATHS):
        q = load_query(f)
        assert q.title != f.stem, f"{f.name} needs a #+ title"
    untested = {f.stem for f in qc_files(PATHS)} - tested - {"owlrl-error-violation"}
    assert untested <= {"event-without-time-warning", "meeting-few-participants-warning",
                        "over-budget-warning", "fact-without-evidence-warning",
                        "excerpt-without-quote-violation", "money-violation",
                        "concept-not-in-scheme-violation", "participation-cardinality-violation",
                        "reflexive-met-violation", "skos-preflabel-violation"}, untested


SEED_GRAPH = "https://w3id.org/rikg/graph/nb-2025-03-kr"
REGISTRY_GRAPH = "https://w3id.org/rikg/graph/registry"


@pytest.fixture(scope="module")
def seed_plus_registry_findings(built, store):
    """The built seed, copied into memory, with six things wrong stated in the registry's
    graph: an event without time or evidence, a link to an identifier nobody describes, a fact
    no sentence states, a second working group named as the seed report names its working
    group, a person who met himself, and a participation with two participants, no role and
    no event."""
    memory = EmbeddedStore()
    memory.raw.bulk_extend(store.raw)
    memory.update("""
        PREFIX rikg: <https://w3id.org/rikg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        INSERT DATA { GRAPH <https://w3id.org/rikg/graph/registry> {
            <https://w3id.org/rikg/id/event/registry-test-event> a rikg:Event ;
                rikg:concerns <https://w3id.org/rikg/id/event/registry-test-typo> .
            <https://w3id.org/rikg/id/org/registry-test-working-group>
                <http://www.w3.org/2004/02/skos/core#prefLabel> "Working Group Noord Brabant – Gyeonggi"@en .
            <https://w3id.org/rikg/id/person/kim-dong-yeon> rikg:met <https://w3id.org/rikg/id/person/kim-dong-yeon> .
            <https://w3id.org/rikg/id/statement/registry-test-unsourced> a rdf:Statement ;
                rdf:subject <https://w3id.org/rikg/id/event/registry-test-event> ;
                rdf:predicate rikg:concerns ;
                rdf:object <https://w3id.org/rikg/id/org/province-noord-brabant> .
            <https://w3id.org/rikg/id/participation/registry-test-two> a rikg:Participation ;
                rikg:participant <https://w3id.org/rikg/id/person/kim-dong-yeon>,
                                 <https://w3id.org/rikg/id/org/province-noord-brabant> .
        } }""")
    return memory


def _focus(problems, source: str) -> set[str]:
    return {p.focus for p in problems if p.source == source}


def test_qc_graph_parameter_keeps_the_findings_of_that_graph(built, seed_plus_registry_findings):
    """`kg build` adding one report checks only that report's graph: each QC query with a `graph`
    parameter then reports what that graph states (the rest of the store is context)."""
    store = seed_plus_registry_findings
    everything = qc_problems(store, built)
    seed = qc_problems(store, built, graph=SEED_GRAPH)
    registry = qc_problems(store, built, graph=REGISTRY_GRAPH)
    assert set(seed) <= set(everything) and set(registry) <= set(everything)
    # the seed report's own warnings, not the registry's findings
    assert _focus(seed, "event-without-time-warning.rq") == {"revt:nb-2025-03-kr-interbattery-fair"}
    assert _focus(seed, "meeting-few-participants-warning.rq") == {"revt:nb-2024-10-meeting-brabant"}
    assert not _focus(seed, "dangling-iri-violation.rq")
    # the registry's findings, not the seed report's
    assert _focus(registry, "event-without-time-warning.rq") == {"revt:registry-test-event"}
    assert _focus(registry, "fact-without-evidence-warning.rq") == {"revt:registry-test-event"}
    assert _focus(registry, "dangling-iri-violation.rq") == {"revt:registry-test-event"}
    assert not _focus(registry, "meeting-few-participants-warning.rq")
    # unbound, the rows of the queries as they were: the same as every graph's together
    graphs = [g.value for g in store.raw.named_graphs()]
    together = {p for g in graphs for p in qc_problems(store, built, graph=g)}
    assert together == set(everything)


def test_qc_graph_parameter_binds_alike_as_values_and_as_substitution(built, seed_plus_registry_findings):
    """qc_problems binds `graph` as a VALUES block in every WHERE (so that sub-queries read one
    graph); pyoxigraph's substitution of ?graph (kg.store.EmbeddedStore.select with bindings)
    must give the same rows. Unbound, ?graph is projected but never bound: no extra rows."""
    from kg.store import with_bindings
    store = seed_plus_registry_findings
    for f in qc_files(built):
        q = load_query(f)
        if not q.param("graph"):
            continue
        assert q.param("graph").type == "iri" and q.param("graph").default == "none", f.name
        variables, rows = store.select(q.text, name=f.name)
        assert "graph" in variables and all(r[variables.index("graph")] is None for r in rows)
        for g in (SEED_GRAPH, REGISTRY_GRAPH):
            substituted = store.select(q.text, bindings={"graph": URIRef(g)}, name=f.name)
            as_values = store.select(with_bindings(q.text, {"graph": URIRef(g)}), name=f.name)
            assert set(substituted[1]) == set(as_values[1]), (f.name, g)
            at = variables.index("graph")
            unbound_rows_of_g = {r[:at] + (URIRef(g),) + r[at + 1:] for r in rows}
            assert set(substituted[1]) <= unbound_rows_of_g, (f.name, g)


def test_qc_focus_bound_to_what_a_graph_mentions_gives_the_same_findings(built, seed_plus_registry_findings):
    """A query with `#+ focus` reports, for a bound graph, only things that graph mentions; kg
    binds the focus variable to those things as well (so Oxigraph starts from them, not the
    whole store). The findings must be the same as with the graph alone."""
    import pyoxigraph as ox
    store = seed_plus_registry_findings
    focused = [load_query(f) for f in qc_files(built) if load_query(f).focus]
    assert len(focused) >= 8
    for g in (SEED_GRAPH, REGISTRY_GRAPH):
        mentioned = sorted({URIRef(t.value) for q in store.raw.quads_for_pattern(
            None, None, None, ox.NamedNode(g)) for t in (q.subject, q.object)
            if isinstance(t, ox.NamedNode)})
        assert qc_problems(store, built, graph=g, mentioned=mentioned) == \
            qc_problems(store, built, graph=g)


def test_a_planned_mission_need_not_record_its_travellers_yet(shapes):
    """Only a mission that took place has travellers to record; checked as the build checks a
    report, with its own nodes as the focus nodes."""
    held = with_ontology(FIXTURES / "broken" / "mission-without-travellers.ttl")
    planned = with_ontology(FIXTURES / "broken" / "mission-without-travellers.ttl")
    mission = URIRef("https://w3id.org/rikg/id/event/m")
    planned.add((mission, URIRef("https://schema.org/eventStatus"),
                 URIRef("https://w3id.org/rikg/event-status/planned")))
    travellers = "A mission should record who travelled (at least one participation, for example the delegation)."
    for graph, warned in ((held, True), (planned, False)):
        problems = shacl_problems(graph, shapes, focus_nodes=[str(mission)])
        assert any(p.message == travellers for p in problems) is warned


def test_dangling_links_from_the_builds_candidates_are_those_of_the_whole_store(
        built, seed_plus_registry_findings):
    """A full build binds dangling-iri's target to the IRIs the files point to that have no
    type (read for SHACL's context) and those of the ontology (kg.build.link_candidates)
    instead of listing every object of the store: the same rows."""
    from kg.build import link_candidates, validation_context
    store = seed_plus_registry_findings
    types_of = {}
    for graph in (SEED_GRAPH, REGISTRY_GRAPH):
        validation_context(store, graph, types_of=types_of)
    candidates = link_candidates(store, {iri for iri, types in types_of.items() if not types})
    assert URIRef("https://w3id.org/rikg/id/person/kim-dong-yeon") not in candidates   # typed

    def dangling(problems):
        return [p for p in problems if p.source == "dangling-iri-violation.rq"]
    bound = dangling(qc_problems(store, built, candidates=candidates))
    assert bound == dangling(qc_problems(store, built))
    assert _focus(bound, "dangling-iri-violation.rq") == {"revt:registry-test-event"}
    assert not dangling(qc_problems(store, built, candidates=[]))


def test_each_scoped_qc_form_gives_the_rows_of_its_whole_store_form(built, seed_plus_registry_findings):
    """A QC query's form for one graph (queries/qc/scoped/, used when `kg build` adds a report)
    is planned for a few things instead of the whole store; bound to a graph, it gives the rows
    the whole store's form gives bound to it."""
    import pyoxigraph as ox
    from kg.store import with_bindings
    store = seed_plus_registry_findings
    scoped = sorted((built.queries / "qc" / "scoped").glob("*.rq"))
    assert {f.name for f in scoped} >= {
        "dangling-iri-violation.rq", "duplicate-label-warning.rq", "event-without-time-warning.rq",
        "fact-without-evidence-warning.rq", "participation-cardinality-violation.rq",
        "reflexive-met-violation.rq", "statement-without-sentence-warning.rq"}
    for f in scoped:
        whole, one = load_query(built.queries / "qc" / f.name), load_query(f)
        assert one.param("graph") and one.focus == whole.focus, f.name
        found = 0
        for g in (SEED_GRAPH, REGISTRY_GRAPH):
            bound = {"graph": URIRef(g)}
            rows = set(store.select(one.text, bindings=bound, name=f.name)[1])
            assert rows == set(store.select(whole.text, bindings=bound, name=f.name)[1]), (f.name, g)
            if one.focus:       # as kg.build runs it: the focus bound to what the graph mentions
                mentioned = sorted({URIRef(t.value) for q in store.raw.quads_for_pattern(
                    None, None, None, ox.NamedNode(g)) for t in (q.subject, q.object)
                    if isinstance(t, ox.NamedNode)})
                focused = with_bindings(one.text, bound, {one.focus: mentioned})
                assert set(store.select(focused, name=f.name)[1]) == rows, (f.name, g)
            found += len(rows)
        # rows to compare: the seed's event without a time, the registry's dangling link, fact
        # without a sentence, event without evidence, reflexive met and participation with two
        # participants, the two working groups (each graph states one of the names)
        assert found > 0, f.name
