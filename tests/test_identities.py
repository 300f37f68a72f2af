"""Identity a curator decides (kg.identities, kg.canonical): a sheet's `identities:` confirms or
rejects a match candidate with who, when, why and a quote; a rejected pair is never proposed
again; a confirmed identity is one actor in the build (answers, lookups, network), under the name
a source gives, with both records as its sources. The shipped press sheet confirms three: the
unnamed ambassador is Peter van der Vliet, the unnamed King's Commissioner Ina Adema, vice-governor
Ko is Ko Young-in."""
from __future__ import annotations

import pytest
from rdflib import RDF, SKOS, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS as DCT, FOAF, OWL, PROV

from kg import network as kn
from kg.config import DERIVED_GRAPH, RIKG, Paths, project_root
from kg.identities import decision_iri
from kg.ingest import SheetError, report_file, sheet_to_graph
from kg.query import compact, named, run_query
from kg.reconcile import match_candidates

ROOT = project_root()
PRESS_SHEET = ROOT / "data" / "sheets" / "press-kr-2024-2025.yaml"
ID = "https://w3id.org/rikg/id/"
PETER, INA, KO_YI = (URIRef(ID + "person/" + x) for x in
                     ("peter-van-der-vliet", "ina-adema", "ko-young-in"))
AMBASSADOR, KC, KO = (URIRef(ID + "person/" + x) for x in
                      ("nl-ambassador-south-korea", "nb-kings-commissioner",
                       "gyeonggi-vice-governor-ko"))
KIM = URIRef(ID + "person/kim-dong-yeon")
EXCERPT = ID + "excerpt/"

# a new ambassador, named, in the post of the seed's unnamed one: a match candidate
SHEET = """\
report: tst-2026-embassy
source:
  title: Embassy note
  language: en
  text: |
    Jan Jansen is the new Dutch ambassador in South Korea.
people:
  - id: jan-jansen
    name: Jan Jansen
    holds: rpost:nl-ambassador-south-korea
    quote: Jan Jansen is the new Dutch ambassador in South Korea.
{identities}"""

DIFFERENT = """\
identities:
  - different: [rper:nl-ambassador-south-korea, jan-jansen]
    decided_by: A. Curator
    decided_on: 2026-12-07
    why: The seed's ambassador was in post in March 2025, Jan Jansen only since 2026.
    quote: Jan Jansen is the new Dutch ambassador in South Korea.
"""


def _sheet(tmp_path, identities: str = ""):
    path = tmp_path / "embassy.yaml"
    path.write_text(SHEET.format(identities=identities), encoding="utf-8")
    return path


# ---------------------------------------------------------------- the sheet

def test_the_press_sheet_confirms_the_three_identities_with_who_when_why_and_quote():
    _, g = sheet_to_graph(PRESS_SHEET, Paths())
    decisions = set(g.subjects(RDF.type, RIKG.IdentityDecision))
    assert {frozenset(g.objects(d, RIKG.decidedAbout)) for d in decisions} == {
        frozenset({AMBASSADOR, PETER}), frozenset({KC, INA}), frozenset({KO, KO_YI})}
    d = decision_iri(AMBASSADOR, PETER)
    assert g.value(d, RIKG.identityStatus) == Literal("confirmed")
    assert g.value(g.value(d, PROV.wasAttributedTo), URIRef(
        "http://www.w3.org/2000/01/rdf-schema#label")) == Literal("product owner of kg (issue 11)")
    assert str(g.value(d, DCT.date)) == "2026-12-07"
    assert "Dutch ambassador present" in str(g.value(d, RIKG.decisionReason))
    # the sentence that names him: "... with the Dutch ambassador Peter van der Vliet present."
    assert g.value(d, RIKG.evidence) == URIRef(EXCERPT + "press-kr-2024-2025-2")


def test_a_decision_needs_two_records_and_who_decided(tmp_path, project_copy):
    bad = DIFFERENT.replace("different: [rper:nl-ambassador-south-korea, jan-jansen]",
                            "same: [jan-jansen]").replace("    decided_by: A. Curator\n", "")
    with pytest.raises(SheetError) as caught:
        sheet_to_graph(_sheet(tmp_path, bad), project_copy)
    message = "\n".join(str(p) for p in caught.value.problems)
    assert "name exactly two people or organisations" in message
    assert "`decided_by:` is missing" in message


def test_a_decision_about_one_record_twice_is_refused(tmp_path, project_copy):
    same_twice = DIFFERENT.replace("different: [rper:nl-ambassador-south-korea, jan-jansen]",
                                   "same: [jan-jansen, Jan Jansen]")
    with pytest.raises(SheetError) as caught:
        sheet_to_graph(_sheet(tmp_path, same_twice), project_copy)
    assert "the two name the same record" in str(caught.value)


def test_a_rejected_pair_is_never_proposed_again(tmp_path, project_copy):
    _, proposed = sheet_to_graph(_sheet(tmp_path), project_copy)
    assert set(proposed.subjects(RDF.type, RIKG.MatchCandidate))   # without a decision

    _, decided = sheet_to_graph(_sheet(tmp_path, DIFFERENT), project_copy)
    assert not set(decided.subjects(RDF.type, RIKG.MatchCandidate))
    assert not set(decided.subjects(RIKG.possiblySame, None))
    d = decision_iri(AMBASSADOR, URIRef(ID + "person/jan-jansen"))
    assert decided.value(d, RIKG.identityStatus) == Literal("rejected")
    # nor by reconciliation over the files, once the report is written
    decided.serialize(report_file(project_copy, "tst-2026-embassy"), format="turtle")
    pairs = {(c.a, c.b) for c in match_candidates(project_copy)}
    assert (str(AMBASSADOR), ID + "person/jan-jansen") not in pairs


# ---------------------------------------------------------------- the build: one actor

@pytest.fixture(scope="module")
def ds(built_all) -> Dataset:
    d = Dataset(default_union=True)
    d.parse(str(built_all.current / "graph.trig"), format="trig")
    return d


def test_a_confirmed_record_is_rewritten_to_the_named_actor(ds):
    # the placeholder is no person of its own any more: a merged record, linked from the actor
    assert (AMBASSADOR, RDF.type, FOAF.Person) not in ds
    assert (AMBASSADOR, RDF.type, RIKG.MergedRecord, DERIVED_GRAPH) in ds.quads()
    assert (PETER, RIKG.mergesRecord, AMBASSADOR, DERIVED_GRAPH) in ds.quads()
    # both records are its sources: the seed's sentences and the press summary's
    assert {URIRef(EXCERPT + "nb-2025-03-kr-11"), URIRef(EXCERPT + "press-kr-2024-2025-2")} <= set(
        ds.objects(PETER, RIKG.evidence))
    # the best name is the one a source gives; the placeholder's label is an alias
    assert Literal("Netherlands ambassador in South Korea (unnamed in source)", lang="en") in set(
        ds.objects(PETER, SKOS.altLabel))
    assert (PETER, RIKG.isPlaceholder, Literal(True)) not in ds
    assert not list(ds.quads((None, OWL.sameAs, None, None)))


def test_who_met_lists_the_merged_actor_once_under_the_name_the_press_gives(store_all, labels_all,
                                                                           built_all):
    answer = run_query(store_all, named(built_all, "who-met"), {"actor": "Kim Dong-yeon"},
                       labels_all)
    others = [compact(str(r[1])) for r in answer.rows]
    # one row per counterpart and meeting (its two places gathered in one cell), like everyone else's
    assert others.count(compact(str(PETER))) == others.count("rorg:bom") == 1
    assert compact(str(AMBASSADOR)) not in others
    # he does not meet himself, and he met the delegation's members via the delegation
    ambassador = run_query(store_all, named(built_all, "who-met"),
                           {"actor": "Peter van der Vliet"}, labels_all)
    rows = {(compact(str(r[1])), compact(str(r[2])) if r[2] else None) for r in ambassador.rows}
    assert ("rper:martijn-van-gruijthuijsen", "rorg:nb-delegation-2025-03") in rows
    assert not {o for o, _ in rows} & {compact(str(PETER)), compact(str(AMBASSADOR))}


def test_people_lists_each_person_once(store_all, labels_all, built_all):
    answer = run_query(store_all, named(built_all, "people"), {}, labels_all)
    people = [str(r[2]) for r in answer.rows]
    assert len(people) == len(set(people))
    assert {str(PETER), str(INA), str(KO_YI)} <= set(people)
    assert not {str(AMBASSADOR), str(KC), str(KO)} & set(people)
    assert labels_all.label(str(KO_YI)) == "Ko Young-in"


def test_the_old_record_and_its_old_names_lead_to_the_actor(store_all, labels_all, built_all):
    assert labels_all.find("Netherlands ambassador in South Korea (unnamed in source)") == [
        str(PETER)]
    assert labels_all.find("Ko (vice-governor for economy)") == [str(KO_YI)]
    answer = run_query(store_all, named(built_all, "who-met"),
                       {"actor": "rper:nl-ambassador-south-korea"}, labels_all)
    assert {str(r[0]) for r in answer.rows} == {str(PETER)}


def test_the_met_network_has_one_node_per_person(store_all, labels_all, built_all):
    G = kn.network(store_all, built_all, "met", labels=labels_all)
    assert str(PETER) in G and str(KO_YI) in G
    assert not {str(AMBASSADOR), str(KO)} & set(G)
    assert G.has_edge(str(KIM), str(PETER))
    eigenvector = kn.centrality(G)["eigenvector"]
    assert max(eigenvector, key=eigenvector.get) != str(AMBASSADOR)


def test_the_actor_page_of_the_old_record_is_the_actors(built_all):
    pytest.importorskip("starlette")
    pytest.importorskip("httpx")
    import warnings
    with warnings.catch_warnings():   # Starlette 1.x would rather have httpx2; httpx works
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    from kg.serve import create_app
    with TestClient(create_app(built_all, workers=1)) as client:
        old = client.get("/actor", params={"iri": "rper:nl-ambassador-south-korea"})
        new = client.get("/actor", params={"iri": "Peter van der Vliet"})
    assert old.status_code == new.status_code == 200
    assert "<h1>Peter van der Vliet</h1>" in old.text
    # the seed's sentence and the press's, both his sources now
    assert "Nederlandse ambassadeur in Zuid-Korea" in old.text
    assert "Peter van der Vliet present" in old.text
    assert "Netherlands ambassador in South Korea (unnamed in source)" in old.text   # an alias


def test_kg_find_reaches_the_actor_by_its_old_iri_and_names(built_all):
    from typer.testing import CliRunner
    from kg.cli import app
    for text in ("rper:nl-ambassador-south-korea", "Peter van der Vliet",
                 "ambassador in South Korea (unnamed"):
        result = CliRunner().invoke(app, ["find", text, "--build-dir", str(built_all.build)])
        assert result.exit_code == 0, result.output
        assert "rper:peter-van-der-vliet" in result.output
        assert "rper:nl-ambassador-south-korea" not in result.output
