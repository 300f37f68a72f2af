"""Validation: the shapes and QC queries pass on the real data and catch each broken fixture
with the message a policy advisor reads."""
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from conftest import LATER_REPORTS
from kg.build import union_graph  # noqa: F401
from kg.config import Paths
from kg.load import load_sources, parse_turtle
from kg.queries import load_query
from kg.store import EmbeddedStore
from kg.validate import load_shapes, qc_files, qc_problems, shacl_problems

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


def _nquads(g: Graph) -> bytes:
    from rdflib import Dataset
    ds = Dataset()
    target = ds.graph(URIRef("https://w3id.org/rikg/graph/fixture"))
    for t in g:
        target.add(t)
    return ds.serialize(format="nquads", encoding="utf-8")


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
