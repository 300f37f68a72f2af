"""Loading: every file parses into its own named graph; broken Turtle names file and line."""
import pytest

from kg.config import GRAPH, ONTOLOGY_GRAPH, REGISTRY_GRAPH, VOCAB_GRAPH, Paths
from kg.errors import IllTypedLiteral, InputError, TurtleSyntaxError
from kg.load import load_sources, parse_turtle, read_text


def test_each_data_file_is_its_own_named_graph():
    sources = load_sources(Paths())
    assert {ONTOLOGY_GRAPH, VOCAB_GRAPH, REGISTRY_GRAPH, GRAPH["nb-2025-03-kr"]} <= set(sources.files)
    assert GRAPH["nb-2025-03-kr"] in sources.report_graphs
    assert len(sources.graph(GRAPH["nb-2025-03-kr"])) > 500


def test_broken_turtle_names_file_and_line(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\n'
                   'ex:a ex:b ex:c .\n'
                   'ex:d ex:e "no end quote .\n', encoding="utf-8")
    with pytest.raises(TurtleSyntaxError) as caught:
        parse_turtle(bad)
    assert caught.value.line == 3
    assert str(caught.value).startswith(f"{bad}:3: Turtle syntax error")


def test_missing_statement_terminator_is_located(tmp_path):
    bad = tmp_path / "x.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c\nex:d ex:e ex:f .\n')
    with pytest.raises(TurtleSyntaxError) as caught:
        parse_turtle(bad)
    assert caught.value.path == str(bad)
    assert caught.value.line in (3, 4)


def test_an_ill_typed_literal_is_one_error_with_file_line_and_datatype(tmp_path):
    bad = tmp_path / "dates.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\n'
                   '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
                   'ex:a ex:on "31-02-2025"^^xsd:date .\n', encoding="utf-8")
    with pytest.raises(IllTypedLiteral) as caught:
        parse_turtle(bad)
    assert str(caught.value) == f'{bad}:3: ill-typed literal "31-02-2025" is not a valid xsd:date'


def test_a_latin1_file_is_named_with_its_line_and_asked_for_as_utf8(tmp_path):
    latin = tmp_path / "latin.ttl"
    latin.write_bytes('# ok\n# caf\u00e9\n'.encode("latin-1"))
    with pytest.raises(InputError, match=r"latin\.ttl:2: not UTF-8 text \(it looks like Latin-1"
                                         r".*save the file as UTF-8"):
        read_text(latin)
