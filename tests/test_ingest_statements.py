"""Evidence per statement (kg.ingest.statements): every fact a sheet states gets a statement node
in the report's own graph, citing the sentence of that report that states it, or none."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from rdflib import RDF, XSD, Literal, URIRef

from kg.config import PREFIXES, RIKG, SCHEMA, Paths, project_root
from kg.ingest import SheetError, sheet_to_graph
from kg.ingest.statements import literal_words, mentions, statement_iri

ROOT = project_root()
NOW = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
ACT, EVT, EXC = (PREFIXES[p] for p in ("ract", "revt", "rexc"))
OA_EXACT = URIRef("http://www.w3.org/ns/oa#exact")
OA_SELECTOR = URIRef("http://www.w3.org/ns/oa#hasSelector")


@pytest.fixture(scope="module")
def seed():
    return sheet_to_graph(ROOT / "data" / "sheets" / "nb-2025-03-kr.yaml", Paths(), now=NOW)[1]


@pytest.fixture(scope="module")
def press():
    return sheet_to_graph(ROOT / "data" / "sheets" / "press-kr-2024-2025.yaml", Paths(),
                          now=NOW)[1]


def sentences(graph, s, p, o) -> list[str]:
    """The quotes a graph's statement node for (s p o) cites."""
    node = statement_iri(str(graph.value(predicate=RDF.type, object=RIKG.SourceReport))
                         .rsplit("/", 1)[1], s, p, o)
    assert (node, RDF.type, RDF.Statement) in graph
    return sorted(str(graph.value(graph.value(x, OA_SELECTOR), OA_EXACT))
                  for x in graph.objects(node, RIKG.evidence))


def test_the_statement_node_is_named_by_report_and_fact():
    s, p, o = URIRef(ACT + "a"), SCHEMA.actionStatus, SCHEMA.PotentialActionStatus
    assert statement_iri("r1", s, p, o) == statement_iri("r1", s, p, o)
    assert statement_iri("r1", s, p, o) != statement_iri("r2", s, p, o)
    assert str(statement_iri("r1", s, p, o)).startswith(PREFIXES["rstmt"] + "r1-")


def test_dates_and_amounts_are_looked_for_as_a_report_writes_them():
    assert "6 March 2025" in literal_words(Literal("2025-03-06", datatype=XSD.date))
    assert "oktober 2024" in literal_words(Literal("2024-10", datatype=XSD.gYearMonth))
    assert literal_words(Literal(Decimal("8330.00"))) == ["8,330.00", "8.330,00"]
    assert literal_words(Literal("--05-06", datatype=XSD.gMonthDay)) == ["6 May", "6 mei"]


def test_a_value_is_mentioned_only_as_whole_words():
    assert mentions("een lunch met vicegouverneur Ko voor economie", ["Ko"])
    assert not mentions("de Koreaanse markt", ["Ko"])
    assert mentions("het MoU tussen Brabant en Gyeonggi-do", ["gyeonggi do"])


def test_the_field_quote_states_the_working_groups_status(seed):
    """The seed's own sentence, not the press summary's, for the seed's 'potential' status."""
    quotes = sentences(seed, URIRef(ACT + "nb-gyeonggi-working-group"), SCHEMA.actionStatus,
                       SCHEMA.PotentialActionStatus)
    assert quotes == ["Komende maanden wordt ambtelijk de werkgroep uitgewerkt waarin door beide "
                      "provincie gekeken wordt naar de implementatie van de samenwerkingsovereenkomst "
                      "tussen Brabant en Gyeonggi uit oktober 2024."]


def test_the_press_states_its_own_status_with_its_own_sentence(press):
    quotes = sentences(press, URIRef(ACT + "nb-gyeonggi-working-group"), SCHEMA.actionStatus,
                       SCHEMA.CompletedActionStatus)
    assert len(quotes) == 1 and "had already been set up" in quotes[0]


def test_of_the_things_sentences_only_those_naming_the_value_are_cited(seed):
    """The October 2024 meeting's time: its one sentence names 'oktober 2024'."""
    event = URIRef(EVT + "nb-2024-10-meeting-brabant")
    time = seed.value(event, URIRef("http://www.w3.org/2006/time#hasTime"))
    quotes = sentences(seed, event, URIRef("http://www.w3.org/2006/time#hasTime"), time)
    assert len(quotes) == 1 and "in Brabant in oktober 2024" in quotes[0]


def test_a_fact_no_sentence_states_has_no_evidence(tmp_path):
    """Given an agent where the report names none ('Ook wordt er gekeken naar ...'), the agent
    is cited with no sentence (and the build warns)."""
    sheet = (ROOT / "data" / "sheets" / "nb-2025-03-kr.yaml").read_text(encoding="utf-8")
    guessed = sheet.replace("    by: not stated ", "    by: province-noord-brabant ", 1)
    assert guessed != sheet
    (tmp_path / "nb-2025-03-kr.yaml").write_text(guessed, encoding="utf-8")
    graph = sheet_to_graph(tmp_path / "nb-2025-03-kr.yaml", Paths(), now=NOW)[1]
    assert sentences(graph, URIRef(ACT + "kings-commissioner-visit-2026"), SCHEMA.agent,
                     URIRef(PREFIXES["rorg"] + "province-noord-brabant")) == []


def test_a_follow_up_whose_report_names_no_one_has_no_agent(seed):
    """`by: not stated`: no agent is guessed, and the absence is no fact needing a sentence."""
    action = URIRef(ACT + "kings-commissioner-visit-2026")
    assert seed.value(action, SCHEMA.agent) is None
    assert seed.value(action, RIKG.agentNotStated) == Literal(True)
    assert RIKG.agentNotStated not in set(seed.objects(None, RDF.predicate))


def test_labels_types_and_excerpts_get_no_statement(seed):
    stated = set(seed.objects(None, RDF.predicate))
    assert not stated & {RDF.type, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"),
                         RIKG.evidence, OA_SELECTOR}
    assert not {s for s in seed.objects(None, RDF.subject)
                if str(s).startswith(EXC) or str(s).startswith(PREFIXES["rpart"])}


def test_a_field_block_takes_only_value_and_quote(tmp_path):
    sheet = (ROOT / "data" / "sheets" / "press-kr-2024-2025.yaml").read_text(encoding="utf-8")
    broken = sheet.replace("status: {value: completed, quote: working-body}",
                           "status: {value: completed, quote: working-body, source: press}")
    assert broken != sheet
    (tmp_path / "press.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(SheetError) as caught:
        sheet_to_graph(tmp_path / "press.yaml", Paths(), now=NOW)
    assert any(p.field == "about[3].status.source" and "unknown field 'source'" in p.message
               for p in caught.value.problems)
