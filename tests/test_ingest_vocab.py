"""A vocabulary that grows (kg.ingest.vocab): concepts a sheet declares under `vocabulary:`, the
new built-in concepts, agreement kinds and event statuses."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, URIRef
from rdflib.namespace import DCTERMS as DCT, SKOS

from kg.config import SCHEMA, Paths, project_root
from kg.ingest import SheetError, add_sheet, sheet_to_graph
from kg.load import parse_turtle
from kg.query import Labels, named, open_store, run_query

ROOT = project_root()
SHEET = ROOT / "tests" / "fixtures" / "sheets" / "grown-vocabulary.yaml"
REPORT = "zs-2025-05-vocab"
BASE = "https://w3id.org/rikg/"
WATER_SAFETY = URIRef(BASE + "theme/water-safety")
DIKE_TOUR = URIRef(BASE + "event-type/dike-tour")
ELS = BASE + "id/person/els-visser"
PIET = BASE + "id/person/piet-de-groot"


def _vocab() -> dict:
    from kg.ingest import Vocab
    return Vocab.load(Paths()).concepts


@pytest.mark.parametrize("scheme, notations", [
    ("role", ["mayor", "deputy-mayor", "head-of-school", "secretary", "senior-official"]),
    ("event-type", ["signing", "forum", "congress", "dinner", "show", "cultural-visit"]),
    ("theme", ["water", "education", "culture"]),
    ("agreement-kind", ["memorandum-of-understanding", "sister-city-agreement", "friendship-agreement", "action-plan",
                        "letter-of-intent"]),
    ("participation-role", ["signatory", "speaker", "host"]),
    ("event-status", ["planned", "announced", "held", "cancelled", "postponed"]),
])
def test_the_lists_have_the_concepts_the_reports_need(scheme, notations):
    known = _vocab()[f"{BASE}{scheme}/scheme"]
    assert set(notations) <= set(known)


def test_every_agreement_kind_lies_under_agreement():
    g = parse_turtle(ROOT / "ontology" / "vocab" / "agreement-kinds.ttl")
    top = URIRef(BASE + "agreement-kind/agreement")
    for c in g.subjects(SKOS.inScheme, URIRef(BASE + "agreement-kind/scheme")):
        assert top in set(g.transitive_objects(c, SKOS.broader)), c


@pytest.fixture(scope="module")
def sheet_graph():
    return sheet_to_graph(SHEET, Paths())[1]


def test_a_sheet_declares_a_concept_under_a_broader_one(sheet_graph):
    g = sheet_graph
    assert (WATER_SAFETY, SKOS.inScheme, URIRef(BASE + "theme/scheme")) in g
    assert g.value(WATER_SAFETY, SKOS.broader) == URIRef(BASE + "theme/water")
    assert {l.language for l in g.objects(WATER_SAFETY, SKOS.prefLabel)} == {"en", "nl"}
    # and uses it in the same sheet
    tour = URIRef(BASE + f"id/event/{REPORT}-dike-tour")
    assert g.value(tour, DCT.subject) == WATER_SAFETY
    assert g.value(tour, DCT.type) == DIKE_TOUR


def test_a_finer_agreement_kind_and_an_event_status_are_written(sheet_graph):
    g = sheet_graph
    agreement = URIRef(BASE + "id/agreement/zeestad-hafenstadt-sister-cities")
    assert g.value(agreement, RDF.type) == URIRef("https://w3id.org/rikg/ontology#Agreement")
    assert g.value(agreement, DCT.type) == URIRef(BASE + "agreement-kind/sister-city-agreement")
    talk = URIRef(BASE + "id/event/return-visit-talk")
    assert g.value(talk, SCHEMA.eventStatus) == URIRef(BASE + "event-status/announced")


def _problems(tmp_path: Path, old: str, new: str) -> list[str]:
    text = SHEET.read_text(encoding="utf-8")
    assert old in text
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SheetError) as err:
        sheet_to_graph(sheet, Paths())
    return [f"{p.field}: {p.message}" for p in err.value.problems]


def test_a_declared_concept_needs_an_existing_broader_one(tmp_path):
    problems = _problems(tmp_path, "broader: water\n", "broader: waterr\n")
    assert any(p.startswith("vocabulary[1].broader: 'waterr' is not a theme (did you mean "
                            "'water'?)") for p in problems), problems
    problems = _problems(tmp_path, "    broader: water\n", "")
    assert any("vocabulary[1]: `broader:` is missing" in p for p in problems), problems


def test_a_declared_concept_needs_english_and_dutch_labels(tmp_path):
    problems = _problems(tmp_path, "name: {en: water safety, nl: waterveiligheid}",
                         "name: {en: water safety}")
    assert any(p.startswith("vocabulary[1].name: `name:` needs a label in nl") for p in problems)


def test_a_concept_of_the_list_cannot_be_declared_again(tmp_path):
    problems = _problems(tmp_path, "id: water-safety\n    broader: water",
                         "id: water\n    broader: climate")
    assert any(p.startswith("vocabulary[1].id: 'water' is already a theme") for p in problems)


def test_an_unknown_event_status_is_refused(tmp_path):
    problems = _problems(tmp_path, "value: announced", "value: anounced")
    assert any("is not an event status (did you mean 'announced'?)" in p for p in problems)


# ---------------------------------------------------------------- added and queried

@pytest.fixture(scope="module")
def added(tmp_path_factory, seed_build) -> Paths:
    from tests.conftest import copy_built_seed
    paths = copy_built_seed(seed_build, tmp_path_factory.mktemp("vocab"))
    add_sheet(paths, SHEET)
    return paths


def _rows(paths: Paths, query: str, params: dict) -> list[dict]:
    store = open_store(paths)
    try:
        labels = Labels.from_engine(store, paths)
        answer = run_query(store, named(paths, query), params, labels)
        return [dict(zip(answer.variables, map(lambda v: None if v is None else str(v), row)))
                for row in answer.rows]
    finally:
        del store


def test_the_broader_theme_finds_the_sheets_narrower_theme(added):
    rows = _rows(added, "theme-actors", {"theme": "water"})
    assert {(r["actor"], r["matchedTheme"]) for r in rows} >= {(ELS, str(WATER_SAFETY))}


def test_the_broader_event_type_finds_the_sheets_narrower_type(added):
    rows = _rows(added, "events-by-type", {"within": "cultural visit"})
    assert {r["event"] for r in rows} == {BASE + f"id/event/{REPORT}-dike-tour"}
    assert {r["type"] for r in rows} == {str(DIKE_TOUR)}


def test_an_announced_meeting_is_shown_with_its_status_and_did_not_happen(added):
    rows = _rows(added, "events-by-type", {})
    status = {r["event"]: r["status"] for r in rows}
    assert status[BASE + "id/event/return-visit-talk"] == BASE + "event-status/announced"
    assert status[BASE + f"id/event/{REPORT}-dike-tour"] is None     # the report gives none
    assert _rows(added, "who-met", {"actor": "Piet de Groot"}) == []
    assert {r["other"] for r in _rows(added, "who-met", {"actor": "Els Visser"})} == \
        {BASE + "id/person/jan-berger"}


def test_the_timeline_shows_an_events_status(added):
    # the seed report's visit of the King's Commissioner in 2026 is only being looked into
    rows = _rows(added, "timeline", {"who": "Provincie Noord-Brabant"})
    visit = BASE + "id/event/nb-kings-commissioner-visit-gyeonggi-2026"
    assert {r["status"] for r in rows if r["item"] == visit} == {BASE + "event-status/planned"}
    mission = BASE + "id/event/nb-2025-03-kr-mission"
    assert {r["status"] for r in rows if r["item"] == mission} == {None}


def test_region_relations_shows_the_finer_agreement_kind(added):
    rows = _rows(added, "region-relations", {"a": "Gemeente Zeestad", "b": "Stadt Hafenstadt"})
    kinds = {r["item"]: r["kind"] for r in rows if r["relation"] == "agreement between them"}
    assert kinds == {BASE + "id/agreement/zeestad-hafenstadt-sister-cities":
                     BASE + "agreement-kind/sister-city-agreement"}


def test_the_readmes_walk_through_sheet_is_valid():
    """README's walk-through adds docs/examples/zh-pudong-mou.yaml (a real corpus report): the
    sheet stays valid, and its trade delegation "in September" is planned, not held."""
    report, g = sheet_to_graph(ROOT / "docs" / "examples" / "zh-pudong-mou.yaml", Paths())
    assert report == "zh-pudong-mou"
    mission = URIRef(BASE + "id/event/zh-trade-mission-pudong")
    assert g.value(mission, SCHEMA.eventStatus) == URIRef(BASE + "event-status/planned")
    mou = URIRef(BASE + "id/agreement/mou-zuid-holland-pudong")
    assert g.value(mou, DCT.subject) == URIRef(BASE + "theme/water")
    cooperation = URIRef(BASE + "id/relation/zuid-holland-pudong-cooperation")
    assert str(g.value(cooperation, URIRef("https://w3id.org/rikg/ontology#since"))) == "2004"


# ---------------------------------------------------------------- standing relations

SISTERS = BASE + "id/relation/zeestad-hafenstadt-sister-cities"
ZEESTAD, HAFENSTADT = BASE + "id/org/gemeente-zeestad", BASE + "id/org/stadt-hafenstadt"


def test_a_standing_relation_has_its_kind_parties_start_and_sentence(added):
    rows = _rows(added, "standing-relations", {"who": "Zeestad", "kind": "partnership"})
    assert [(r["relation"], r["type"], r["a"], r["b"], r["since"], r["evidence"]) for r in rows] \
        == [(SISTERS, BASE + "relation-kind/sister-cities", ZEESTAD, HAFENSTADT, "2007",
             "Zeestad en Hafenstadt zijn sinds 2007 zustersteden.")]
    # the seed report's cooperation of Noord-Brabant and Gyeonggi is no partnership
    assert {r["relation"] for r in _rows(added, "standing-relations", {"kind": "cooperation"})} \
        == {BASE + "id/relation/nb-gyeonggi-cooperation"}


def test_region_relations_includes_the_standing_relation(added):
    rows = _rows(added, "region-relations", {"a": "Zeestad", "b": "Hafenstadt"})
    standing = [(r["when"], r["kind"], r["evidence"]) for r in rows
                if r["relation"] == "standing relation"]
    assert standing == [("2007", BASE + "relation-kind/sister-cities",
                         "Zeestad en Hafenstadt zijn sinds 2007 zustersteden.")]


def test_a_standing_relation_is_between_two(tmp_path):
    problems = _problems(tmp_path, "between: [gemeente-zeestad, stadt-hafenstadt]",
                         "between: [gemeente-zeestad]")
    assert any(p.startswith("standing_relations[1].between: a standing relation is `between:` "
                            "exactly two") for p in problems), problems


# ---------------------------------------------------------------- a day without a year

def test_a_day_without_a_year_is_a_description_without_year(sheet_graph):
    from rdflib import Literal, XSD
    from kg.config import TIME
    t = URIRef(BASE + f"id/time/{REPORT}-signing")
    assert sheet_graph.value(URIRef(BASE + f"id/event/{REPORT}-signing"), TIME.hasTime) == t
    assert sheet_graph.value(t, TIME.month) == Literal("--05", datatype=XSD.gMonth)
    assert sheet_graph.value(t, TIME.day) == Literal("---06", datatype=XSD.gDay)
    assert sheet_graph.value(t, TIME.year) is None


def test_queries_show_a_day_without_a_year(added):
    rows = _rows(added, "events-by-type", {"within": "signing"})
    assert [(r["event"], r["when"], r["whenAsStated"]) for r in rows] == \
        [(BASE + f"id/event/{REPORT}-signing", "--05-06", "op 6 mei")]


def test_a_day_a_month_never_has_is_refused(tmp_path):
    problems = _problems(tmp_path, "when: --05-06", "when: --02-30")
    assert any("'--02-30' is not a date: February has no day 30" in p for p in problems)


SISTER_CITY_AGREEMENT = BASE + "id/agreement/zeestad-hafenstadt-sister-cities"
PREPARE = BASE + "id/action/zeestad-prepare-return-visit"


def test_an_agreement_signed_on_a_day_without_a_year_is_a_month_and_day(sheet_graph):
    from rdflib import XSD, Literal
    from kg.config import RIKG
    from kg.ingest.statements import statement_iri
    signed = Literal("--05-06", datatype=XSD.gMonthDay)
    agreement = URIRef(SISTER_CITY_AGREEMENT)
    assert sheet_graph.value(agreement, RIKG.signingDate) == signed
    # the sentence saying "op 6 mei" states it
    statement = statement_iri(REPORT, agreement, RIKG.signingDate, signed)
    assert sheet_graph.value(statement, RIKG.evidence) is not None


def test_a_signing_day_without_a_year_is_refused_where_no_year_may_be_missing(tmp_path):
    problems = _problems(tmp_path, "  date: 2025-05-30", "  date: --05-30")
    assert any(p.startswith("source.date: '--05-30' is not a date") for p in problems), problems


def test_agreements_show_the_day_without_a_year_and_open_on_never_counts_it(added):
    rows = _rows(added, "agreements", {"agreement": SISTER_CITY_AGREEMENT})
    # (beside the report that gives it)
    assert {r["signed"] for r in rows} == {f"--05-06 [{BASE}id/report/{REPORT}]"}
    # signed on 6 May of some year: not known to be signed on or before any day
    assert SISTER_CITY_AGREEMENT not in {r["item"] for r in _rows(added, "open-on",
                                                                  {"date": "2030-01-01"})}


def test_follow_ups_show_a_due_day_without_a_year(added):
    rows = _rows(added, "follow-ups", {})
    assert [r["due"] for r in rows if r["action"] == PREPARE] == ["--09-01"]


def test_the_timeline_gives_days_without_a_year_as_stated(added):
    rows = _rows(added, "timeline", {"who": BASE + "id/org/gemeente-zeestad"})
    shown = {(r["item"], r["start"], r["precision"], r["end"]) for r in rows
             if r["item"] in (SISTER_CITY_AGREEMENT, PREPARE)}
    # the follow-up starts when the mission took place and is due on 1 September of no stated year
    assert shown == {(SISTER_CITY_AGREEMENT, "--05-06", "day, year not stated", None),
                     (PREPARE, "2025-05-20", "day", "--09-01")}


def test_the_met_network_leaves_out_the_announced_meeting(added):
    from kg import network as kn
    store = open_store(added)
    try:
        met = kn.network(store, added, "met")
    finally:
        del store
    assert met.has_edge(ELS, BASE + "id/person/jan-berger")
    assert PIET not in met.nodes


LATER_SHEET = """\
report: zs-2025-09-later
source:
  title: Later verslag
  language: nl
  text: Later verslag. Zeestad hield een dijkexcursie over waterveiligheid.
  quote: Later verslag.
events:
  - id: later-dike-tour
    type: dike-tour
    name: {nl: Dijkexcursie}
    themes: [water-safety]
    quote: Zeestad hield een dijkexcursie over waterveiligheid.
"""


def test_a_later_sheet_uses_the_concepts_an_earlier_one_declared(added, tmp_path):
    sheet = tmp_path / "later.yaml"
    sheet.write_text(LATER_SHEET, encoding="utf-8")
    _, g = sheet_to_graph(sheet, added)
    tour = URIRef(BASE + "id/event/later-dike-tour")
    assert g.value(tour, DCT.type) == DIKE_TOUR and g.value(tour, DCT.subject) == WATER_SAFETY
    # the concepts stay in the graph of the report that declared them
    assert (WATER_SAFETY, SKOS.broader, None) not in g
