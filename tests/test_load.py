"""Loading: every file parses into its own named graph; broken Turtle names file and line."""
import pytest

from kg.config import GRAPH, ONTOLOGY_GRAPH, REGISTRY_GRAPH, VOCAB_GRAPH, Paths
from kg.errors import TurtleSyntaxError
from kg.load import load_sources, parse_turtle


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
