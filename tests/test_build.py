"""kg build: SHACL conformance, reasoning, derived met, idempotence, atomic replacement."""
import json
import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.compare import to_isomorphic

import kg.build
from kg.build import build, namesakes_of
from kg.config import DERIVED_GRAPH, INFERRED_GRAPH, RIKG, Paths, project_root
from kg.errors import TurtleSyntaxError, ValidationFailed
from kg.reason import owlrl_errors


ID = "https://w3id.org/rikg/id/"


def trig_quads(paths: Paths) -> set:
    ds = Dataset()
    ds.parse(str(paths.current / "graph.trig"), format="trig")
    return {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in ds.quads()}


def test_build_writes_store_trig_and_summary(built):
    assert (built.current / "store").is_dir()
    summary = json.loads((built.current / "summary.json").read_text())
    assert summary["conforms"] is True
    assert summary["graphs"]["https://w3id.org/rikg/graph/nb-2025-03-kr"] > 1000
    assert summary["classes"]["foaf:Person"] == 7


def test_met_is_derived_without_self_loops(built):
    ds = trig_quads(built)
    met = {(s, o) for s, p, o, g in ds if p == RIKG.met}
    assert met, "the seed has meetings, so someone met someone"
    assert all(s != o for s, o in met)
    assert all((o, s) in met for s, o in met), "met is symmetric"
    kim = URIRef("https://w3id.org/rikg/id/person/kim-dong-yeon")
    deputy = URIRef("https://w3id.org/rikg/id/person/martijn-van-gruijthuijsen")
    assert (deputy, kim) in met
    assert all(g == DERIVED_GRAPH for s, p, o, g in ds if p == RIKG.met)


def test_members_of_a_delegation_meet_through_it_but_not_it_nor_each_other(built):
    ds = trig_quads(built)
    met = {(s, o) for s, p, o, g in ds if p == RIKG.met}
    via = {(s, o) for s, p, o, g in ds if p == RIKG.metViaDelegation}
    person = "https://w3id.org/rikg/id/person/"
    martijn = URIRef(person + "martijn-van-gruijthuijsen")
    civil_servants = URIRef(person + "nb-civil-servants-2025-03")
    deputy_ambassador = URIRef(person + "nl-deputy-ambassador-south-korea")
    delegation = URIRef("https://w3id.org/rikg/id/org/nb-delegation-2025-03")
    # the talk at the embassy: the delegation is its only Brabant participant
    assert {(martijn, deputy_ambassador), (deputy_ambassador, martijn)} <= via <= met
    assert (civil_servants, deputy_ambassador) in via
    assert not {(martijn, delegation), (delegation, martijn), (martijn, civil_servants),
                (civil_servants, delegation)} & met
    # Martijn met the governor in person, not via the delegation
    assert (martijn, URIRef(person + "kim-dong-yeon")) in met - via


def test_participation_shortcuts_are_inferred(built):
    ds = trig_quads(built)
    event = URIRef("https://w3id.org/rikg/id/event/nb-2025-03-kr-meeting-governor")
    kim = URIRef("https://w3id.org/rikg/id/person/kim-dong-yeon")
    assert (event, RIKG.hasParticipant, kim, INFERRED_GRAPH) in ds
    assert (kim, RIKG.participatedIn, event, INFERRED_GRAPH) in ds


def test_export_has_no_reasoner_clutter(built):
    from rdflib import Literal, OWL
    ds = trig_quads(built)
    assert not [q for q in ds if isinstance(q[0], Literal)]
    assert not [q for q in ds if q[1] == OWL.sameAs and q[0] == q[2]]


def graphs_of(paths: Paths) -> dict:
    ds = Dataset()
    ds.parse(str(paths.current / "graph.trig"), format="trig")
    return {g.identifier: to_isomorphic(g) for g in ds.graphs() if len(g)}


def test_building_twice_gives_the_same_graph(built, tmp_path):
    again = Paths(root=built.root, build_dir=tmp_path)
    build(again)
    first, second = graphs_of(built), graphs_of(again)
    assert first.keys() == second.keys()
    for name in first:  # blank nodes (the property-chain list) compared by isomorphism
        assert first[name] == second[name], name


def test_a_big_build_lets_the_memory_store_go_before_the_label_index(built, tmp_path,
                                                                     monkeypatch):
    """Above FREE_MEMORY_ABOVE quads the label index is read from the store on disk: the same
    index, summary and graph as a build that keeps the memory store."""
    import sqlite3

    import kg.build as B
    monkeypatch.setattr(B, "FREE_MEMORY_ABOVE", 0)
    freed = Paths(root=built.root, build_dir=tmp_path)
    build(freed)

    def index_rows(paths):      # each table with the thing's IRI for its row number
        db = sqlite3.connect(paths.current / "labels.sqlite")
        rows = {t: sorted(db.execute(f"SELECT things.iri, {t}.* FROM {t} JOIN things "
                                     f"ON things.id = {t}.thing"))
                for t in ("names", "pref", "kinds")}
        rows = {t: [r[:1] + r[2:] for r in rs] for t, rs in rows.items()}
        for t in ("offices", "merged", "things"):
            rows[t] = sorted(r[-1:] if t == "things" else r for r in db.execute(f"SELECT * FROM {t}"))
        db.close()
        return rows
    assert index_rows(freed) == index_rows(built)
    summary = lambda p: json.loads((p.current / "summary.json").read_text())   # noqa: E731
    assert summary(freed)["graphs"] == summary(built)["graphs"]
    assert summary(freed)["classes"] == summary(built)["classes"]


def test_a_failed_build_keeps_the_previous_one(built_copy):
    before = (built_copy.current / "graph.trig").read_bytes()
    target = built_copy.current.resolve()
    report = built_copy.data_dir / "nb-2025-03-kr.ttl"
    report.write_text(report.read_text(encoding="utf-8") + "\nthis is not turtle\n", encoding="utf-8")
    with pytest.raises(TurtleSyntaxError) as caught:
        build(built_copy)
    assert "nb-2025-03-kr.ttl" in str(caught.value)
    assert built_copy.current.resolve() == target
    assert (built_copy.current / "graph.trig").read_bytes() == before
    assert not [p for p in built_copy.build.iterdir() if p.name.startswith("build-") and p != target]


def test_a_shacl_violation_fails_the_build_with_a_readable_message(project_copy):
    report = project_copy.data_dir / "nb-2025-03-kr.ttl"
    text = report.read_text(encoding="utf-8")
    # a cost amount typed as a string instead of a decimal
    broken = text.replace('schema:value "8330.00"^^xsd:decimal', 'schema:value "8330,00"', 1)
    assert broken != text
    report.write_text(broken, encoding="utf-8")
    with pytest.raises(ValidationFailed) as caught:
        build(project_copy)
    assert "SHACL" in str(caught.value)
    assert any("rcost:nb-2025-03-kr-political-actual" in line for line in caught.value.details)
    assert not project_copy.current.exists()


def test_an_unknown_project_term_is_reported(project_copy):
    report = project_copy.data_dir / "nb-2025-03-kr.ttl"
    text = report.read_text(encoding="utf-8")
    report.write_text(text + "\nrevt:nb-2025-03-kr-mission rikg:hasTopic theme:energy .\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as caught:
        build(project_copy)
    assert any("rikg:hasTopic" in line for line in caught.value.details)


def test_a_link_to_a_thing_nobody_describes_fails_the_build(project_copy):
    """A full build checks dangling links among the untyped IRIs the files point to (read for
    SHACL's context), not every object of the store: a typo in an identifier is still found."""
    report = project_copy.data_dir / "nb-2025-03-kr.ttl"
    text = report.read_text(encoding="utf-8")
    report.write_text(text + "\nrevt:nb-2025-03-kr-mission rdfs:seeAlso "
                      "<https://w3id.org/rikg/id/org/no-such-org> .\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as caught:
        build(project_copy)
    assert [line for line in caught.value.details if "dangling-iri" in line] == [
        "Violation: revt:nb-2025-03-kr-mission: Links to https://w3id.org/rikg/id/org/no-such-org,"
        " which is not described anywhere (no rdf:type); check the identifier for a typo."
        " (value: property=rdfs:seeAlso, target=rorg:no-such-org) (dangling-iri-violation.rq)"]


# ---------------------------------------------------------------- incremental builds

MINI = Path(__file__).parent / "fixtures" / "reports" / "test-mini.ttl"


def test_an_unchanged_rebuild_validates_nothing_again(built_copy, seed_build_result):
    first = seed_build_result
    assert first.mode == "full" and set(first.validated) == {"registry", "nb-2025-03-kr"}
    before = graphs_of(built_copy)
    again = build(built_copy)
    assert again.mode == "incremental" and again.validated == []
    assert graphs_of(built_copy) == before        # the same graph, readable after the swap
    assert again.graphs == first.graphs


def test_a_data_file_is_read_again_only_when_its_size_or_time_changed(project_copy, monkeypatch):
    """The next build keeps the hash of a data file whose size and modification time are as the
    last build found them (from well before it ran); an edit, even one of the same size, gives
    the file a new time and it is read again."""
    import os
    import time
    import kg.build as kg_build
    hour_ago = time.time() - 3600
    for f in project_copy.data_dir.glob("*.ttl"):
        os.utime(f, (hour_ago, hour_ago))
    build(project_copy)
    read = []       # the data files hashed (the ontology, shapes and queries always are)
    real = kg_build._sha256
    monkeypatch.setattr(kg_build, "_sha256", lambda path: (
        read.append(path.name) if path.parent == project_copy.data_dir else None) or real(path))
    assert build(project_copy).validated == []
    assert read == []
    report = project_copy.data_dir / "nb-2025-03-kr.ttl"
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("Brabant", "Braband", 1), encoding="utf-8")   # same size
    changed = build(project_copy)
    assert read == [report.name]
    assert changed.validated == ["nb-2025-03-kr"]


def test_the_warnings_of_unchanged_files_are_kept_in_english_and_dutch(project_copy):
    # the 2026 visit without its status "planned" is a mission held without travellers: a
    # warning of a shape (the shipped data has none)
    report = project_copy.data_dir / "nb-2025-03-kr.ttl"
    text = report.read_text(encoding="utf-8")
    planned = "    schema:eventStatus estatus:planned ;\n    schema:name \"Bezoek van de Commissaris"
    assert planned in text
    report.write_text(text.replace(planned, planned.split("\n", 1)[1]), encoding="utf-8")
    first = build(project_copy)
    shacl_warnings = [p for p in first.warnings if not p.source.endswith(".rq")]
    assert shacl_warnings and all(p.message_nl for p in shacl_warnings)
    again = build(project_copy)     # nothing validated: the warnings come from the manifest
    assert again.validated == [] and again.cached_warnings == shacl_warnings
    assert [p.message_nl for p in again.cached_warnings] == [p.message_nl for p in shacl_warnings]
    qc_warnings = [p for p in again.warnings if p.source.endswith(".rq")]
    assert qc_warnings and all(p.message_nl for p in qc_warnings)


def test_adding_a_report_validates_and_loads_only_that_report(built_copy, seed_build_result):
    first = seed_build_result
    shutil.copy(MINI, built_copy.data_dir / "test-mini.ttl")
    added = build(built_copy)
    assert added.mode == "incremental" and added.validated == ["test-mini"]
    assert added.graphs["https://w3id.org/rikg/graph/test-mini"] == 33
    for graph, size in first.graphs.items():
        if graph.endswith(("/inferred", "/derived")):
            assert added.graphs[graph] > size      # new inferences and a new met pair
        else:
            assert added.graphs[graph] == size
    anna = URIRef("https://w3id.org/rikg/id/person/anna-testperson")
    deputy = URIRef("https://w3id.org/rikg/id/person/martijn-van-gruijthuijsen")
    quads = trig_quads(built_copy)
    assert (anna, RIKG.met, deputy, DERIVED_GRAPH) in quads


MINI_PARTICIPANTS = [URIRef("https://w3id.org/rikg/id/person/" + actor)
                     for actor in ("anna-testperson", "martijn-van-gruijthuijsen")]


def quads_after_adding_mini(built_copy: Paths) -> set:
    """The TriG dump's quads after the mini report was added to a build of the seed."""
    shutil.copy(MINI, built_copy.data_dir / "test-mini.ttl")
    assert build(built_copy).mode == "incremental"
    return trig_quads(built_copy)


def test_adding_a_report_connects_its_agents_to_its_themes(built_copy):
    """kg add derives rikg:connectedToTheme for the new statements (delta/theme-connections.rq),
    which theme-actors' pages start from: the new meeting on mobility connects both of its
    participants, the one already in the graph too."""
    quads = quads_after_adding_mini(built_copy)
    mobility = URIRef("https://w3id.org/rikg/theme/mobility")
    for actor in MINI_PARTICIPANTS:
        assert (actor, RIKG.connectedToTheme, mobility, DERIVED_GRAPH) in quads


def test_adding_a_report_gives_its_meetings_to_who_mets_pages(built_copy):
    """kg add derives, beside the met pairs, each participant's link to the new meeting
    (rikg:metAt) and the meeting's sort key (rikg:whenSortKey, 93-meeting-when.rq), which
    who-met's pages start from."""
    quads = quads_after_adding_mini(built_copy)
    meeting = URIRef("https://w3id.org/rikg/id/event/test-mini-meeting")
    for actor in MINI_PARTICIPANTS:
        assert (actor, RIKG.metAt, meeting, DERIVED_GRAPH) in quads
    assert (meeting, RIKG.whenSortKey, Literal("2025-06-02"), DERIVED_GRAPH) in quads


LUNCH = "https://w3id.org/rikg/id/event/nb-2025-03-kr-lunch-vice-governor"


def add_mini_with(built_copy: Paths, monkeypatch, statement: str) -> tuple:
    """To a build of the seed, add the mini report with `statement` (and its sentence) appended:
    (the build's result, the `added` of each run of the rules: None when all was derived
    again)."""
    text = MINI.read_text(encoding="utf-8") + f"\n{statement} ;\n    rikg:evidence rexc:test-mini-1 .\n"
    (built_copy.data_dir / "test-mini.ttl").write_text(text, encoding="utf-8")
    derived_for = []
    run_rules = kg.build.run_rules
    monkeypatch.setattr(kg.build, "run_rules", lambda store, paths, added=None, **kwargs: (
        derived_for.append(added), run_rules(store, paths, added=added, **kwargs))[1])
    return build(built_copy), derived_for


@pytest.mark.parametrize("statement,keys", [
    (f'<{LUNCH}> schema:startDate "2025-03-05"^^xsd:date', {Literal("2025-03-05")}),
    (f"<{LUNCH}> schema:eventStatus <https://w3id.org/rikg/event-status/cancelled>", set()),
    ("rorg:nb-delegation-2025-03 foaf:member rper:anna-testperson", {Literal("2025-03")})])
def test_a_report_changing_an_older_meeting_is_derived_again(built_copy, monkeypatch,
                                                             statement, keys):
    """The lunch of the seed report has no date of its own (it shows its mission's month, its
    sort key); a later report that gives it one, or says it was cancelled, changes or removes
    that key, and one that gives the seed's delegation a member changes who met whom at its
    meetings: an incremental build could only add beside the old. The report is derived again
    with the others and ends where a build from scratch ends."""
    added, derived_for = add_mini_with(built_copy, monkeypatch, statement)
    assert added.mode == "incremental" and added.validated == ["test-mini"]
    assert derived_for[-1] is None
    assert {o for s, p, o, g in trig_quads(built_copy)
            if str(s) == LUNCH and p == RIKG.whenSortKey} == keys
    incremental = store_quads(built_copy)
    build(built_copy, full=True)
    assert incremental == store_quads(built_copy)


MISSION = "https://w3id.org/rikg/id/event/nb-2025-03-kr-mission"
PAVILION = "https://w3id.org/rikg/id/event/nb-2025-03-kr-dutch-pavilion-visit"
WALK = "https://w3id.org/rikg/id/event/test-mini-walk"
K_CITY = "https://w3id.org/rikg/id/event/nb-2025-03-kr-visit-k-city"


@pytest.mark.parametrize("statement,thing,owner,derived_again", [
    # a new event inside the seed's visit to Gyeonggi, which has no time of its own: the mission's
    (f'<{WALK}> a rikg:Event ; schema:name "A walk"@en ; schema:superEvent '
     "revt:nb-2025-03-kr-visit-gyeonggi", WALK, MISSION, False),
    # the seed's visit to the Dutch pavilion (no time of its own) given a date
    (f'<{PAVILION}> schema:startDate "2025-03-05"^^xsd:date', PAVILION, PAVILION, True),
    # ... or told as part of the dated visit to K-City (stated from the enclosing side: the
    # pavilion's schema:superEvent is only inferred)
    # (each line of enclosing events gives its nearest time: the mission's, K-City's)
    (f"<{K_CITY}> schema:subEvent <{PAVILION}>", PAVILION, (K_CITY, MISSION), True)])
def test_adding_a_report_keeps_whose_time_each_event_shows(built_copy, monkeypatch, statement,
                                                           thing, owner, derived_again):
    """kg add derives rikg:timeOwner (96-time-owner.rq) for the events its reports give a time or
    an enclosing event, with their sub-events: a new event without a time shows that of the
    nearest enclosing event that has one. A report that gives an older event a time changes that
    event's owner, which an incremental build cannot take back: it is derived again with the
    others. Either way the store ends where a build from scratch ends."""
    added, derived_for = add_mini_with(built_copy, monkeypatch, statement)
    assert added.mode == "incremental"
    assert (derived_for[-1] is None) == derived_again
    assert {o for s, p, o, g in trig_quads(built_copy)
            if str(s) == thing and p == RIKG.timeOwner} == {
        URIRef(o) for o in ((owner,) if isinstance(owner, str) else owner)}
    incremental = store_quads(built_copy)
    build(built_copy, full=True)
    assert incremental == store_quads(built_copy)


def test_adding_a_report_links_each_thing_to_the_statements_of_its_time(built_copy,
                                                                        monkeypatch):
    """kg add derives rikg:hasTimeStatement (98-time-statements.ru, delta/time-statements.rq)
    for the statements of a time its report states, which region-relations finds a time's
    sentence from; the store ends where a build from scratch ends."""
    statement = "<https://w3id.org/rikg/id/statement/test-mini-date>"
    added, derived_for = add_mini_with(built_copy, monkeypatch, f"""{statement}
        a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ;
        <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> revt:test-mini-meeting ;
        <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> schema:startDate ;
        <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> "2025-06-02"^^xsd:date""")
    assert added.mode == "incremental" and derived_for[-1] is not None
    assert (URIRef("https://w3id.org/rikg/id/event/test-mini-meeting"), RIKG.hasTimeStatement,
            URIRef(statement[1:-1]), DERIVED_GRAPH) in trig_quads(built_copy)
    incremental = store_quads(built_copy)
    build(built_copy, full=True)
    assert incremental == store_quads(built_copy)


def test_adding_a_report_derives_the_sides_of_its_events(built_copy):
    """kg add derives rikg:involves for the events its new statements touch
    (delta/event-sides.rq), which region-relations reads: the new meeting involves both of its
    participants and the province whose post the deputy holds (a statement of the registry)."""
    shutil.copy(MINI, built_copy.data_dir / "test-mini.ttl")
    assert build(built_copy).mode == "incremental"
    meeting = URIRef("https://w3id.org/rikg/id/event/test-mini-meeting")
    quads = trig_quads(built_copy)
    for side in ("person/anna-testperson", "person/martijn-van-gruijthuijsen",
                 "org/province-noord-brabant"):
        assert (meeting, RIKG.involves, URIRef(ID + side), DERIVED_GRAPH) in quads


#: region-relations' path from an event to its sides, as it was before the rules derived it
SIDE_PATH = ("<%(r)shasParticipation>/(<%(r)sparticipant>/<http://xmlns.com/foaf/0.1/member>?"
             "|<%(r)sonBehalfOf>)/(<%(o)sholds>/<%(o)spostIn>|<%(o)stransitiveSubOrganizationOf>)*"
             % {"r": RIKG, "o": "http://www.w3.org/ns/org#"})


def walked_and_derived(store: ox.Store, path: str, derived: URIRef) -> tuple[set, set]:
    """The (event, side) pairs of a path over every graph, and the derived graph's pairs of the
    property `derived`."""
    query = f"SELECT DISTINCT ?event ?side WHERE {{ ?event {path} ?side }}"
    walked = {(row[0], row[1]) for row in store.query(query, use_default_graph_as_union=True)}
    return walked, {(q.subject, q.object) for q in store.quads_for_pattern(
        None, ox.NamedNode(str(derived)), None, ox.NamedNode(str(DERIVED_GRAPH)))}


def test_the_sides_of_an_event_are_exactly_those_of_region_relations_path(store_all):
    """94-event-sides.ru writes out the path region-relations walked from an event to its sides
    (participants, their groups' members, on whose behalf, the organisations of their posts and
    the parents of these): the same pairs as the path itself, for every event of all reports."""
    walked, derived = walked_and_derived(store_all.raw, SIDE_PATH, RIKG.involves)
    assert len(walked) > 50
    assert derived == walked


def test_the_sides_of_a_programme_are_exactly_those_of_its_sub_events(store_all):
    """95-programme-sides.ru: an event involves in its programme the sides of its sub-events at
    any depth, the same pairs as region-relations' walk down `schema:subEvent+` and the path."""
    walked, derived = walked_and_derived(store_all.raw, "<https://schema.org/subEvent>+/" + SIDE_PATH,
                                         RIKG.involvesInProgramme)
    assert len(walked) > 10
    assert derived == walked


def test_the_time_owner_of_each_thing_is_that_of_region_relations_walk(store_all):
    """96-time-owner.rq gives each thing with a time or an enclosing event the owner of the
    time region-relations shows for it, as its walk up the enclosing events found it: the thing
    itself when it has a time, else the nearest enclosing event with one. The same pairs, for
    every thing of all reports; the seed's lunch shows its mission's time."""
    timed = "<https://schema.org/startDate>|<http://www.w3.org/2006/time#hasTime>"
    walk = f"""SELECT DISTINCT ?thing ?owner WHERE {{
      {{ ?thing {timed} ?own }} UNION {{ ?thing <https://schema.org/superEvent> ?up }}
      ?thing <https://schema.org/superEvent>* ?owner .
      FILTER EXISTS {{ ?owner {timed} ?any }}
      FILTER NOT EXISTS {{
        ?thing <https://schema.org/superEvent>* ?between .
        FILTER EXISTS {{ ?between <https://schema.org/superEvent>+ ?owner }}
        FILTER EXISTS {{ ?between {timed} ?other }} }} }}"""
    walked = {(row[0], row[1]) for row in store_all.raw.query(walk, use_default_graph_as_union=True)}
    derived = {(q.subject, q.object) for q in store_all.raw.quads_for_pattern(
        None, ox.NamedNode(str(RIKG.timeOwner)), None, ox.NamedNode(str(DERIVED_GRAPH)))}
    assert len(walked) > 10
    assert (ox.NamedNode(LUNCH), ox.NamedNode(MISSION)) in derived
    assert derived == walked


def test_each_time_statement_is_linked_from_its_subject(store_all):
    """98-time-statements.ru: each thing has exactly the statements of its time (start date,
    time, signing date) that name it as their subject, for all reports."""
    stated = {(q.subject, s.object) for p in ("https://schema.org/startDate",
                                              "http://www.w3.org/2006/time#hasTime",
                                              str(RIKG.signingDate))
              for q in store_all.raw.quads_for_pattern(None, ox.NamedNode(str(RDF.predicate)),
                                                       ox.NamedNode(p))
              for s in store_all.raw.quads_for_pattern(q.subject, ox.NamedNode(str(RDF.subject)), None)}
    derived = {(q.object, q.subject) for q in store_all.raw.quads_for_pattern(
        None, ox.NamedNode(str(RIKG.hasTimeStatement)), None, ox.NamedNode(str(DERIVED_GRAPH)))}
    assert len(stated) > 5
    assert derived == stated


def store_quads(paths: Paths) -> Counter:
    """The built store's quads, blank nodes made anonymous (their labels differ per load)."""
    def term(t):
        return "_:" if isinstance(t, ox.BlankNode) else str(t)
    store = ox.Store.read_only(str(paths.current / "store"))
    return Counter((term(q.subject), str(q.predicate), term(q.object), str(q.graph_name))
                   for q in store)


def without_identity_decisions(source: Path, target: Path) -> None:
    """The report without its rikg:IdentityDecision nodes (so nothing is merged)."""
    g = Graph().parse(source, format="turtle")
    for node in set(g.subjects(RDF.type, RIKG.IdentityDecision)):
        g.remove((node, None, None))
    g.serialize(target, format="turtle")


@pytest.mark.parametrize("report,decisions", [("press-kr-2024-2025", False),
                                              ("press-kr-2024-2025", True)])
def test_adding_a_report_gives_what_a_full_build_gives(built_copy, report, decisions):
    """The incremental path (previous store copied, semi-naive rules seeded with the new report,
    TriG appended) ends where a build from scratch ends: same quads in every graph, inferences
    included, the same TriG content and the same graph sizes. The press summary makes statements
    about the seed's own events, so cross-report inferences (met, participation shortcuts) count.
    With its identity decisions, the seed's records are merged (kg.canonical): everything is
    derived again, SHACL still runs on the new report only."""
    source = Path(__file__).parent.parent / "data" / "ttl" / f"{report}.ttl"
    if decisions:
        shutil.copy(source, built_copy.data_dir / f"{report}.ttl")
    else:
        without_identity_decisions(source, built_copy.data_dir / f"{report}.ttl")
    added = build(built_copy)
    assert added.mode == "incremental" and added.validated == [report]
    incremental, incremental_trig = store_quads(built_copy), graphs_of(built_copy)
    scratch = build(built_copy, full=True)
    assert scratch.mode == "full"
    assert incremental == store_quads(built_copy)
    assert incremental_trig == graphs_of(built_copy)
    assert added.graphs == scratch.graphs
    assert list(added.classes.items()) == list(scratch.classes.items())   # counts and order
    assert sorted(set(added.summary()["warnings"])) == sorted(set(scratch.summary()["warnings"]))


NAMESAKES = Path(__file__).parent / "fixtures" / "reports" / "test-namesakes.ttl"


def nearly_the_same_names(result) -> list[str]:
    return sorted({w for w in result.summary()["warnings"] if "nearly the same name" in w})


def test_adding_a_report_finds_the_nearly_same_names_a_full_build_finds(built_copy,
                                                                        monkeypatch):
    """Duplicate-label for an added report keys only the names of the things the label index
    gives for the report's names (kg.label_index.namesakes), yet pairs what a full build pairs:
    a company named like one of the registry's, and two people of the report itself."""
    looked_up = []
    monkeypatch.setattr(kg.build, "namesakes_of", lambda *args: looked_up.append(
        namesakes_of(*args)) or looked_up[-1])
    shutil.copy(NAMESAKES, built_copy.data_dir / NAMESAKES.name)
    added = build(built_copy)
    assert added.mode == "incremental"
    [found] = looked_up
    assert URIRef("https://w3id.org/rikg/id/org/lionvolt") in found
    scratch = build(built_copy, full=True)
    pairs = nearly_the_same_names(added)
    assert pairs == nearly_the_same_names(scratch)
    assert [w.split(" have ")[0].split(": ", 2)[2] for w in pairs] == [
        "https://w3id.org/rikg/id/org/lion-volt and https://w3id.org/rikg/id/org/lionvolt",
        "https://w3id.org/rikg/id/person/anna-test-person and "
        "https://w3id.org/rikg/id/person/anna-testperson"]


def test_adding_a_report_counts_only_the_things_it_types_anew(built_copy, seed_build_result):
    """The entities per class of an added report are the previous build's plus what it types
    for the first time: a person of the registry it types again is not counted twice, and its
    new meeting counts as a meeting and (inferred) as an event."""
    first = seed_build_result
    mini = MINI.read_text(encoding="utf-8") + """
rdoc:test-mini rikg:evidence rexc:test-mini-2 .
rexc:test-mini-2 a rikg:Excerpt ; oa:hasSource rdoc:test-mini ; prov:wasQuotedFrom rdoc:test-mini ;
    oa:hasSelector rexc:test-mini-2-selector .
rexc:test-mini-2-selector a oa:TextQuoteSelector ;
    oa:exact "The deputy, Martijn van Gruijthuijsen, led the delegation."@en .
rper:martijn-van-gruijthuijsen a foaf:Person ; foaf:name "Martijn van Gruijthuijsen" ;
    rikg:evidence rexc:test-mini-2 .
"""
    (built_copy.data_dir / "test-mini.ttl").write_text(mini, encoding="utf-8")
    added = build(built_copy)
    assert added.mode == "incremental"
    assert added.classes["foaf:Person"] == first.classes["foaf:Person"] + 1    # Anna only
    assert added.classes["rikg:Meeting"] == first.classes["rikg:Meeting"] + 1
    assert added.classes["rikg:Event"] == first.classes["rikg:Event"] + 1
    assert list(added.classes.items()) == list(build(built_copy, full=True).classes.items())


def test_a_report_naming_a_merged_record_is_rewritten_to_its_actor(project_copy):
    """After the press report's confirmed identities, a new report that names the seed's unnamed
    ambassador (a merged record) says it of Peter van der Vliet: everything is derived again
    (SHACL only on the new report) and ends where a build from scratch ends."""
    shutil.copy(Path(__file__).parent.parent / "data" / "ttl" / "press-kr-2024-2025.ttl",
                project_copy.data_dir)
    build(project_copy)
    text = MINI.read_text(encoding="utf-8").replace("martijn-van-gruijthuijsen",
                                                    "nl-ambassador-south-korea")
    (project_copy.data_dir / "test-mini.ttl").write_text(text, encoding="utf-8")
    added = build(project_copy)
    assert added.mode == "incremental" and added.validated == ["test-mini"]
    quads = trig_quads(project_copy)
    anna = URIRef("https://w3id.org/rikg/id/person/anna-testperson")
    person = "https://w3id.org/rikg/id/person/"
    assert (anna, RIKG.met, URIRef(person + "peter-van-der-vliet"), DERIVED_GRAPH) in quads
    assert not [q for q in quads if q[1] == RIKG.met and str(q[2]) == person +
                "nl-ambassador-south-korea"]
    incremental = store_quads(project_copy)
    build(project_copy, full=True)
    assert incremental == store_quads(project_copy)


def test_a_report_declaring_terms_is_reasoned_from_scratch(built_copy):
    # the meeting is typed only with a class of the report's own, which it declares a kind of
    # meeting (a term outside rikg:, which the ontology would have to declare)
    briefing = "<https://example.org/test#Briefing>"
    text = MINI.read_text(encoding="utf-8").replace(
        "revt:test-mini-meeting a rikg:Meeting ;", f"revt:test-mini-meeting a {briefing} ;")
    text += f"\n{briefing} rdfs:subClassOf rikg:Meeting .\n"
    (built_copy.data_dir / "test-mini.ttl").write_text(text, encoding="utf-8")
    result = build(built_copy)
    assert result.mode == "full"
    # the new axiom made it a meeting, and so its participants met
    anna = URIRef("https://w3id.org/rikg/id/person/anna-testperson")
    met = URIRef("https://w3id.org/rikg/ontology#met")
    martijn = URIRef("https://w3id.org/rikg/id/person/martijn-van-gruijthuijsen")
    assert any(q[:3] == (anna, met, martijn) for q in trig_quads(built_copy))


def test_replacing_a_report_leaves_no_duplicates_and_removing_it_removes_its_facts(built_copy, seed_build_result):
    first = seed_build_result
    shutil.copy(MINI, built_copy.data_dir / "test-mini.ttl")
    build(built_copy)
    text = MINI.read_text(encoding="utf-8").replace("theme:mobility", "theme:energy")
    (built_copy.data_dir / "test-mini.ttl").write_text(text, encoding="utf-8")
    replaced = build(built_copy)
    assert replaced.validated == ["test-mini"]
    assert replaced.graphs["https://w3id.org/rikg/graph/test-mini"] == 33
    (built_copy.data_dir / "test-mini.ttl").unlink()
    removed = build(built_copy)
    assert removed.mode == "incremental"
    assert removed.graphs == first.graphs
    anna = URIRef("https://w3id.org/rikg/id/person/anna-testperson")
    assert not [q for q in trig_quads(built_copy) if anna in q]


def test_an_invalid_new_report_is_refused_and_the_build_kept(built_copy):
    before = built_copy.current.resolve()
    text = MINI.read_text(encoding="utf-8").replace("prole:host", "prole:hots")
    (built_copy.data_dir / "test-mini.ttl").write_text(text, encoding="utf-8")
    with pytest.raises(ValidationFailed) as caught:
        build(built_copy)
    assert any("rpart:test-mini-meeting--anna-testperson" in d for d in caught.value.details)
    assert built_copy.current.resolve() == before


def test_changing_the_ontology_rebuilds_everything(built_copy):
    onto = built_copy.ontology / "rikg.ttl"
    onto.write_text(onto.read_text(encoding="utf-8") + "\n# a comment changes the hash\n",
                    encoding="utf-8")
    again = build(built_copy)
    assert again.mode == "full"


def test_a_damaged_last_build_is_rebuilt_from_data_and_says_why(built_copy):
    trig = built_copy.current / "graph.trig"
    trig.write_bytes(trig.read_bytes()[:1000])          # cut short, as by a full disk
    result = build(built_copy)
    assert result.mode == "full"
    assert result.repaired.startswith("its graph.trig has 1,000 bytes, not the ")
    assert trig.stat().st_size == result.manifest["trig_bytes"]


def test_a_build_clears_the_folders_of_killed_builds(built_copy):
    killed = built_copy.build / "build-killed"
    (killed / "store").mkdir(parents=True)
    build(built_copy)
    assert not killed.exists()


def test_a_last_build_that_fails_when_read_is_rebuilt_from_data(built_copy, monkeypatch):
    (built_copy.data_dir / "press-kr-2024-2025.ttl").write_bytes(
        (project_root() / "data" / "ttl" / "press-kr-2024-2025.ttl").read_bytes())

    def unreadable(*args):
        raise RuntimeError("Corruption: block checksum mismatch  in 000012.sst")
    monkeypatch.setattr("kg.build._add_reports", unreadable)
    result = build(built_copy)
    assert result.mode == "full"
    assert result.repaired == "its store fails when read: Corruption: block checksum mismatch"
    assert "press-kr-2024-2025" in result.validated


def test_each_status_statement_is_derived_onto_its_action_with_its_first_sentence(store_all):
    """97-status-evidence.ru: each action has its status statements, and each of them its
    sentence with the lowest number (excerpt ...-9 before ...-10), for all reports."""
    stated = {}
    for q in store_all.raw.quads_for_pattern(None, ox.NamedNode(str(RDF.predicate)),
                                             ox.NamedNode("https://schema.org/actionStatus")):
        action = next(store_all.raw.quads_for_pattern(q.subject, ox.NamedNode(str(RDF.subject)), None)).object
        sentences = {e.object.value for e in store_all.raw.quads_for_pattern(
            q.subject, ox.NamedNode(str(RIKG.evidence)), None)}
        stated[(action.value, q.subject.value)] = min(sentences, key=lambda s: int(s.rsplit("-", 1)[1]))
    derived = {}
    for q in store_all.raw.quads_for_pattern(None, ox.NamedNode(str(RIKG.hasStatusStatement)), None,
                                             ox.NamedNode(str(DERIVED_GRAPH))):
        first = next(store_all.raw.quads_for_pattern(q.object, ox.NamedNode(str(RIKG.firstEvidence)), None,
                                                     ox.NamedNode(str(DERIVED_GRAPH))))
        derived[(q.subject.value, q.object.value)] = first.object.value
    assert len(stated) > 5
    assert derived == stated
