"""Post tenures of a report sheet (kg.tenure): a made-up sheet whose source says when a tenure
began and ended and names the holder in office on a day; what is written, the mistakes that are
refused, and how `post-holders-on` answers from a stated start and end."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, XSD, Dataset, Literal, URIRef

from kg.config import ORG, RIKG, TIME, Paths, project_root
from kg.ingest import SheetError, sheet_to_graph
from kg.queries import find_query
from kg.query import RdflibEngine, run_query

ROOT = project_root()
SHEET = ROOT / "tests" / "fixtures" / "sheets" / "tenure-example.yaml"
ID = "https://w3id.org/rikg/id/"
TENURE = URIRef(ID + "tenure/zeeland-gedeputeerde-smit--jan-smit")
INTERVAL = URIRef(ID + "time/tenure-zeeland-gedeputeerde-smit--jan-smit")
SINCE = "Gedeputeerde Jan Smit is sinds maart 2023 in functie en vertrekt eind 2025."
MAY = "Op 4 mei 2025 sprak gedeputeerde Jan Smit de delegatie toe."


@pytest.fixture(scope="module")
def graph():
    return sheet_to_graph(SHEET, Paths())[1]


def quote_of(g, node) -> list[str]:
    exact = URIRef("http://www.w3.org/ns/oa#exact")
    return sorted(str(g.value(g.value(x, URIRef("http://www.w3.org/ns/oa#hasSelector")), exact))
                  for x in g.objects(node, RIKG.evidence))


def test_a_tenure_is_a_membership_of_one_holder_in_one_post(graph):
    assert (TENURE, RDF.type, ORG.Membership) in graph
    assert graph.value(TENURE, ORG.member) == URIRef(ID + "person/jan-smit")
    assert graph.value(TENURE, RIKG.postHeld) == URIRef(ID + "post/zeeland-gedeputeerde-smit")
    assert graph.value(TENURE, ORG.memberDuring) == INTERVAL
    assert quote_of(graph, TENURE) == sorted([SINCE, MAY])


def test_start_end_and_a_day_in_office_keep_their_precision_and_their_own_sentence(graph):
    began = graph.value(INTERVAL, TIME.hasBeginning)
    ended = graph.value(INTERVAL, TIME.hasEnd)
    inside = graph.value(INTERVAL, TIME.inside)
    assert graph.value(began, TIME.inXSDgYearMonth) == Literal("2023-03", datatype=XSD.gYearMonth)
    assert graph.value(ended, TIME.inXSDgYear) == Literal("2025", datatype=XSD.gYear)
    assert graph.value(inside, TIME.inXSDDate) == Literal("2025-05-04", datatype=XSD.date)
    assert quote_of(graph, began) == quote_of(graph, ended) == [SINCE]
    assert quote_of(graph, inside) == [MAY]


def _problems(tmp_path: Path, old: str, new: str) -> str:
    sheet = tmp_path / "tenure-example.yaml"
    sheet.write_text(SHEET.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    with pytest.raises(SheetError) as info:
        sheet_to_graph(sheet, Paths())
    return str(info.value)


def test_a_tenure_without_any_date_is_refused(tmp_path):
    message = _problems(tmp_path, "    held_on: 2025-05-04\n", "")
    assert "tenures[2]" in message and "give `held_on:`" in message


def test_an_end_before_the_start_is_refused(tmp_path):
    message = _problems(tmp_path, "    ended: 2025\n", "    ended: 2022\n")
    assert "tenures[1].ended" in message and "must not be before `began:`" in message


def _engine_of(graph, folder: Path) -> RdflibEngine:
    trig = folder / "graph.trig"
    ds = Dataset()
    report = ds.graph(URIRef("https://w3id.org/rikg/graph/tenure-example"))
    for triple in graph:
        report.add(triple)
    ds.serialize(trig, format="trig")
    return RdflibEngine(trig)


@pytest.fixture(scope="module")
def engine(graph, tmp_path_factory):
    return _engine_of(graph, tmp_path_factory.mktemp("tenure"))


def holders_on(engine, day: str) -> list[tuple[str, str]]:
    answer = run_query(engine, find_query(ROOT / "queries", "post-holders-on"), {"date": day})
    basis, stated = answer.variables.index("basis"), answer.variables.index("stated")
    return [(str(r[basis]), str(r[stated])) for r in answer.rows]


def test_within_a_stated_tenure_the_start_and_end_are_the_answer(engine):
    assert holders_on(engine, "2024-01-10") == [("tenure began", "2023-03"),
                                                ("tenure ended", "2025"),
                                                ("named in office later", "2025-05-04")]


def test_before_the_start_and_after_the_end_nobody_holds_the_post(engine):
    assert holders_on(engine, "2023-02-28") == []
    assert holders_on(engine, "2026-01-01") == []


def test_a_day_in_office_without_a_year_is_never_placed_on_a_date(tmp_path):
    # the source says "Op 4 mei" without a year: the instant has a month and a day, no year
    sheet = tmp_path / "tenure-example.yaml"
    sheet.write_text(SHEET.read_text(encoding="utf-8").replace("Op 4 mei 2025", "Op 4 mei")
                     .replace("held_on: 2025-05-04", "held_on: --05-04"), encoding="utf-8")
    g = sheet_to_graph(sheet, Paths())[1]
    inside = g.value(INTERVAL, TIME.inside)
    day = g.value(inside, TIME.inDateTime)
    assert g.value(inside, TIME.inXSDDate) is None
    assert (g.value(day, TIME.month), g.value(day, TIME.day), g.value(day, TIME.year)) == \
        (Literal("--05", datatype=XSD.gMonth), Literal("---04", datatype=XSD.gDay), None)
    assert quote_of(g, day) == ["Op 4 mei sprak gedeputeerde Jan Smit de delegatie toe."]
    # on 4 May 2025 only the stated start and end answer; the day without a year does not
    assert holders_on(_engine_of(g, tmp_path), "2025-05-04") == [("tenure began", "2023-03"),
                                                                 ("tenure ended", "2025")]
