"""The build's SHACL engine (pyshacl-turbo) finds what pySHACL, the reference, finds: for every
result the same focus node, path, constraint component, severity, value and messages, and so the
same problems an advisor reads. Checked on the seed's files as the build validates them, on every
broken fixture and on the reports of a small synthetic data set (benchmarks/generate.py)."""
import importlib.util
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph

from kg.build import REGISTRY, loaded_store, schema_ntriples, validation_context, validation_data
from kg.config import Paths, graph_for_file
from kg.load import parse_turtle
from kg.shacl_reference import pyshacl_report
from kg.validate import SH, ShapesProgram, load_shapes, problems_in_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
PATHS = Paths()


def described(report: Graph, term):
    """A term of a report, comparable across engines: a blank node (a path such as
    [sh:inversePath …], a blank value) as what is said of it, not its label."""
    if isinstance(term, BNode):
        return frozenset((p, described(report, o)) for p, o in report.predicate_objects(term))
    return term


def results(report: Graph) -> set[tuple]:
    """Each validation result as (focus, path, component, severity, value, messages)."""
    return {tuple(described(report, report.value(r, key)) for key in (
                SH.focusNode, SH.resultPath, SH.sourceConstraintComponent, SH.resultSeverity,
                SH.value))
            + (frozenset(report.objects(r, SH.resultMessage)),)
            for r in report.subjects(RDF.type, SH.ValidationResult)}


def assert_same(data: Graph | str, shapes: Graph, focus: list[str] | None = None) -> int:
    """Both engines on the same input; returns how many results they agree on."""
    graph = data if isinstance(data, Graph) else Graph().parse(data=data, format="nt")
    reference = pyshacl_report(graph, shapes, focus)
    turbo = ShapesProgram(shapes).report(data, focus)
    assert results(turbo) == results(reference)
    assert problems_in_report(turbo) == problems_in_report(reference)
    return len(results(reference))


def build_inputs(paths: Paths) -> tuple[list[tuple[Path, str, list[str]]], Graph]:
    """Each data file as kg build hands it to SHACL (N-Triples, its focus nodes), and the shapes."""
    store, files = loaded_store(paths)
    base = schema_ntriples(store).decode("utf-8")
    inputs = []
    for f in files:
        pointed_to, focus = validation_context(store, str(graph_for_file(f)))
        inputs.append((f, validation_data(f, pointed_to, base), focus))
    return inputs, load_shapes(paths)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(PATHS)


def test_the_seed_files_give_the_same_results_in_both_engines():
    inputs, shapes = build_inputs(PATHS)
    assert [f.stem for f, _, _ in inputs][:1] == [REGISTRY]
    for _, data, focus in inputs:
        assert_same(data, shapes, focus)


def test_a_broken_seed_report_gives_the_same_violations_in_both_engines(tmp_path):
    # the shipped seed conforms without a SHACL warning, so break it to compare something
    inputs, shapes = build_inputs(PATHS)
    report = next(f for f, _, _ in inputs if f.stem == "nb-2025-03-kr")
    broken = tmp_path / report.name
    text = report.read_text(encoding="utf-8")
    assert 'schema:currency "EUR"' in text
    broken.write_text(text.replace('schema:currency "EUR"', 'schema:currency "euro"'),
                      encoding="utf-8")
    store, _ = loaded_store(PATHS)
    pointed_to, focus = validation_context(store, str(graph_for_file(report)))
    data = validation_data(broken, pointed_to, schema_ntriples(store).decode("utf-8"))
    assert assert_same(data, shapes, focus) >= 2    # both cost statements name the currency


@pytest.mark.parametrize("fixture", sorted((FIXTURES / "broken").glob("*.ttl"))
                         + [FIXTURES / "valid-minimal.ttl"], ids=lambda f: f.stem)
def test_each_fixture_gives_the_same_results_in_both_engines(fixture, shapes):
    data = Graph()
    for f in [*PATHS.ontology_files, *PATHS.vocab_files, fixture]:
        parse_turtle(f, data)
    assert_same(data, shapes)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Paths:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    out = tmp_path_factory.mktemp("synthetic")
    generate.generate(12000, out, seed=7)
    return Paths(root=out)


def test_synthetic_reports_give_the_same_results_in_both_engines(synthetic):
    inputs, shapes = build_inputs(synthetic)
    sample = inputs[:5]         # the registry and four reports
    assert len(sample) == 5
    for _, data, focus in sample:
        assert_same(data, shapes, focus)


def test_literals_are_checked_as_the_file_writes_them(tmp_path):
    """The build hands SHACL the file's own literals, not the store's canonical forms (the store
    makes "02"^^xsd:nonNegativeInteger "2"^^xsd:integer, which sh:datatype would judge)."""
    ttl = tmp_path / "counts.ttl"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    ttl.write_text(f'<urn:x:g> <urn:x:count> "02"^^<{xsd}nonNegativeInteger>, "two"^^<{xsd}integer> .\n',
                   encoding="utf-8")
    lines = sorted(line for line in validation_data(ttl, b"", "").split("\n") if line)
    assert lines == [f'<urn:x:g> <urn:x:count> "02"^^<{xsd}nonNegativeInteger> .',
                     f'<urn:x:g> <urn:x:count> "two"^^<{xsd}integer> .']
