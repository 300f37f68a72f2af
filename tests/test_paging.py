"""kg.paging: a page of an answer ordered by units asked of the engine for the first units only
(the pages themselves are checked against the whole answer in tests/test_fact_keys.py)."""
import pytest

from kg.config import project_root
from kg.errors import QuerySyntaxError
from kg.paging import BEGIN, END, units_text
from kg.queries import load_query

WHO_MET = load_query(project_root() / "queries" / "who-met.rq")


def test_who_met_is_paged_by_its_meetings_by_their_earliest_time():
    assert WHO_MET.page == ("meeting", "when")
    assert WHO_MET.page_units == "lookup/who-met-meetings.rq"
    assert (project_root() / "queries" / "lookup" / "who-met-meetings.rq").exists()


def test_the_units_are_the_marked_sub_query_grouped_ordered_and_limited():
    text = units_text(WHO_MET, 40)
    assert text.startswith(WHO_MET.text[:WHO_MET.text.index(END)])
    assert ('SELECT ?meeting (MIN(COALESCE(STR(?when), "")) AS ?kgPageKey)' in text)
    assert "GROUP BY ?meeting ORDER BY ?kgPageKey ?meeting LIMIT 40 }" in text
    # the marked sub-query is there twice: once as it was, once inside the units
    end_line = WHO_MET.text.rindex("\n", 0, WHO_MET.text.index(END)) + 1
    marked = WHO_MET.text[WHO_MET.text.index(BEGIN) + len(BEGIN):end_line]
    assert text.count(marked) == 2


def test_a_page_header_without_its_marks_is_a_query_error(tmp_path):
    mine = tmp_path / "mine.rq"
    mine.write_text("#+ title: Mine\n#+ key: s\n#+ page: s by o\n#+ page units: count.rq\n"
                    "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o ?s\n", encoding="utf-8")
    with pytest.raises(QuerySyntaxError, match="page units begin"):
        units_text(load_query(mine), 10)

