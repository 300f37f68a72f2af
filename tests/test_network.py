"""The networks of kg.network on the seed report (the Noord-Brabant mission to Gyeonggi and South
Korea, March 2025): exact nodes, edges and weights, written out by hand from data/ttl/*.ttl; the
filters; focus, paths and measures; aggregation; and the exports read back.

The seed has five rikg:Meeting items. Four have participants:
  the meeting with governor Kim Dong-yeon (Kim, the gedeputeerde Martijn van Gruijthuijsen, the
    Brabant delegation, BOM, TNO APAC and LionVolt through representatives, the Dutch ambassador),
  the lunch with vice-governor Ko (Ko, Van Gruijthuijsen, the delegation),
  the talk with the ambassador and deputy ambassador (the delegation and the two placeholders),
  the talks with Dutch companies at InterBattery (Van Gruijthuijsen and an unnamed group);
the fifth, the meeting in Brabant of October 2024, names no participants."""
from __future__ import annotations

import csv
import itertools
import re
from collections import Counter

import networkx as nx
import pytest

from kg import network as kn
from kg.config import project_root
from kg.errors import UsageError
from kg.query import named, run_query

ROOT = project_root()
SOURCE_TEXT = (ROOT / "data" / "sources" / "nb-2025-03-kr.txt").read_text(encoding="utf-8")

ID = "https://w3id.org/rikg/id/"
KIM = ID + "person/kim-dong-yeon"
KO = ID + "person/gyeonggi-vice-governor-ko"
MARTIJN = ID + "person/martijn-van-gruijthuijsen"        # the gedeputeerde
AMBASSADOR = ID + "person/nl-ambassador-south-korea"
DEPUTY_AMBASSADOR = ID + "person/nl-deputy-ambassador-south-korea"
DUTCH_COMPANIES = ID + "person/dutch-companies-at-interbattery-2025"
DELEGATION = ID + "org/nb-delegation-2025-03"
BOM, TNO, TNO_APAC, LIONVOLT = (ID + "org/" + x for x in ("bom", "tno", "tno-apac", "lionvolt"))
NB, GYEONGGI = ID + "org/province-noord-brabant", ID + "org/province-gyeonggi"
EMBASSY = ID + "org/nl-embassy-south-korea"
ASML, ASML_KOREA = ID + "org/asml", ID + "org/asml-korea"
GSIC = ID + "org/gyeonggi-semicon-innovation-center"
K_CITY, MINISTRY = ID + "org/k-city", ID + "org/kr-ministry-of-transport"
WORKING_GROUP = ID + "org/wg-nb-gyeonggi"
MEETING_GOVERNOR = ID + "event/nb-2025-03-kr-meeting-governor"
LUNCH = ID + "event/nb-2025-03-kr-lunch-vice-governor"
TALK_AMBASSADORS = ID + "event/nb-2025-03-kr-talk-ambassadors"
MOU = ID + "agreement/mou-nb-gyeonggi-2024"
PLACE = ID + "place/"
SEMICON = "https://w3id.org/rikg/theme/semicon"

MEETINGS = {
    MEETING_GOVERNOR: {KIM, MARTIJN, DELEGATION, BOM, TNO_APAC, LIONVOLT, AMBASSADOR},
    LUNCH: {KO, MARTIJN, DELEGATION},
    TALK_AMBASSADORS: {DELEGATION, AMBASSADOR, DEPUTY_AMBASSADOR},
    ID + "event/nb-2025-03-kr-talks-dutch-companies-interbattery": {MARTIJN, DUTCH_COMPANIES},
}
CIVIL_SERVANTS = ID + "person/nb-civil-servants-2025-03"
# Members of the delegation who were not there in person meet the others via the delegation.
VIA_DELEGATION = {
    MEETING_GOVERNOR: {CIVIL_SERVANTS},
    LUNCH: {CIVIL_SERVANTS},
    TALK_AMBASSADORS: {MARTIJN, CIVIL_SERVANTS},
}
# Van Gruijthuijsen and the two civil servants are the delegation's members: none of the three
# is linked to another of them.
MEMBERS = {frozenset({MARTIJN, DELEGATION}), frozenset({CIVIL_SERVANTS, DELEGATION}),
           frozenset({MARTIJN, CIVIL_SERVANTS})}

NODE_ATTRS = {"label", "kind", "country", "country_iri", "posts", "organisation", "events",
              "evidence"}
EDGE_ATTRS = {"weight", "events", "relations", "evidence"}


@pytest.fixture(scope="module")
def net(store, built, labels):
    """net(kind, **filters): a network of the seed."""
    def make(kind, **filters):
        return kn.network(store, built, kind, kn.Filters(**filters), labels=labels)
    return make


@pytest.fixture(scope="module")
def met(net):
    return net("met")


def pair(a, b):
    return frozenset({a, b})


def weighted_edges(G):
    return {pair(a, b): d["weight"] for a, b, d in G.edges(data=True)}


# ---------------------------------------------------------------- met

def test_met_has_every_meeting_participant_and_delegation_member_and_nobody_else(met):
    assert set(met) == set().union(*MEETINGS.values(), *VIA_DELEGATION.values())
    assert len(met) == 11


def test_met_edges_are_pairs_of_one_meeting_weighted_by_shared_meetings(met):
    expected = Counter(pair(a, b) for m, people in MEETINGS.items()
                       for a, b in itertools.combinations(people | VIA_DELEGATION.get(m, set()), 2)
                       if pair(a, b) not in MEMBERS)
    assert weighted_edges(met) == dict(expected)
    assert met.number_of_edges() == 33
    assert met.edges[MARTIJN, KIM]["weight"] == 1
    assert met.edges[DELEGATION, AMBASSADOR]["weight"] == 2        # governor meeting and talk
    # in person at the governor's, via the delegation at the talk
    assert met.edges[MARTIJN, AMBASSADOR]["weight"] == 2
    assert not {(MARTIJN, DELEGATION), (CIVIL_SERVANTS, DELEGATION), (MARTIJN, CIVIL_SERVANTS)
                } & set(met.edges)
    assert nx.number_of_selfloops(met) == 0


def test_a_meeting_of_the_delegation_counts_for_its_members_via_it(met):
    edge = met.edges[MARTIJN, DEPUTY_AMBASSADOR]
    assert edge["relations"] == ["met via the delegation"]
    assert edge["events"] == [{"iri": TALK_AMBASSADORS, "label": edge["events"][0]["label"],
                               "date": "2025-03",
                               "via": "Delegation of Noord-Brabant to South Korea, March 2025"}]
    assert all(q in SOURCE_TEXT for q in edge["evidence"]) and edge["evidence"]
    both = met.edges[MARTIJN, AMBASSADOR]
    assert both["relations"] == ["met", "met via the delegation"]
    assert [e.get("via") for e in both["events"]] == [
        None, "Delegation of Noord-Brabant to South Korea, March 2025"]


def test_met_agrees_with_the_who_met_whom_query(met, store, built):
    answer = run_query(store, named(built, "who-met-whom"))
    from_query = {pair(str(a), str(b)): int(n) for a, b, n, _, _ in answer.rows}
    assert weighted_edges(met) == from_query


def test_met_edge_lists_its_meetings_with_dates_and_quotes(met):
    edge = met.edges[DELEGATION, AMBASSADOR]
    assert edge["relations"] == ["met"]
    assert [(e["iri"], e["date"]) for e in edge["events"]] == [
        (MEETING_GOVERNOR, "2025-03"), (TALK_AMBASSADORS, "2025-03")]
    assert edge["events"][0]["label"] == "Meeting with Governor Kim Dong-yeon of Gyeonggi"
    assert 1 <= len(edge["evidence"]) <= 3
    assert all(q in SOURCE_TEXT for q in edge["evidence"])


def test_every_node_and_edge_carries_the_attributes_pictures_rely_on(net):
    for kind in kn.KINDS:
        G = net(kind)
        assert G.number_of_nodes() > 0, kind
        for _, d in G.nodes(data=True):
            assert NODE_ATTRS <= set(d), kind
            assert d["kind"] in ("person", "organisation", "group", "event", "theme", "region")
            assert all(q in SOURCE_TEXT for q in d["evidence"]) and len(d["evidence"]) <= 3
        for _, _, d in G.edges(data=True):
            assert EDGE_ATTRS <= set(d), kind
            assert isinstance(d["weight"], int) and d["weight"] >= 1
            assert d["relations"] == sorted(d["relations"])
            assert d["events"] == sorted(d["events"], key=lambda e: (e["date"], e["iri"]))


def test_node_attributes_come_from_the_data_and_are_never_guessed(met):
    kim = met.nodes[KIM]
    assert (kim["label"], kim["kind"], kim["country"], kim["country_iri"]) == (
        "Kim Dong-yeon", "person", "South Korea", PLACE + "south-korea")
    assert kim["posts"] == ["Governor of Gyeonggi"]
    assert kim["organisation"] == "Gyeonggi Province"
    assert kim["events"] == ["Meeting with Governor Kim Dong-yeon of Gyeonggi"]
    delegation = met.nodes[DELEGATION]
    assert (delegation["kind"], delegation["country"], delegation["organisation"]) == (
        "group", "Netherlands", "Province of Noord-Brabant")       # acts on behalf of Brabant
    assert met.nodes[TNO_APAC]["organisation"] == "TNO"            # unit of TNO
    assert met.nodes[BOM]["country"] == "Netherlands"              # acts for Noord-Brabant


def test_colour_country_is_the_side_an_actor_acts_for_not_where_it_is(met, net):
    """The embassy is in South Korea but acts for the Netherlands; its ambassadors hold posts in
    it, so they are on the Netherlands' side too. Where an actor is stays in `places`."""
    embassy = net("organisations").nodes[EMBASSY]
    assert (embassy["country"], embassy["country_iri"]) == ("Netherlands", PLACE + "netherlands")
    assert embassy["places"] == [PLACE + "south-korea"]
    for diplomat in (AMBASSADOR, DEPUTY_AMBASSADOR):
        assert met.nodes[diplomat]["country"] == "Netherlands", diplomat
    assert met.nodes[TNO_APAC]["country"] == "Netherlands"         # no side of its own: TNO's
    assert met.nodes[KIM]["country"] == "South Korea"              # Gyeonggi Province's side


def test_an_actor_with_no_side_takes_the_country_it_is_located_in(net):
    G = net("organisations")
    iae = ID + "org/institute-for-advanced-engineering"             # no source gives its side
    assert (G.nodes[iae]["country"], G.nodes[iae]["places"][0]) == ("South Korea", PLACE + "gyeonggi")


# ---------------------------------------------------------------- the other kinds

def test_organisations_are_linked_by_events_agreements_and_stated_relations(net):
    G = net("organisations")
    assert DELEGATION not in G and all(d["kind"] == "organisation" for _, d in G.nodes(data=True))
    assert (G.number_of_nodes(), G.number_of_edges()) == (23, 70)
    assert G.edges[TNO_APAC, TNO]["relations"] == ["unit of"]
    assert G.edges[K_CITY, MINISTRY]["relations"] == ["part of", "unit of"]
    assert G.edges[K_CITY, MINISTRY]["weight"] == 1                # one hierarchy, stated twice
    assert G.edges[GSIC, GYEONGGI]["relations"] == ["facilitated by"]
    assert G.edges[WORKING_GROUP, NB]["relations"] == ["member of"]
    provinces = G.edges[NB, GYEONGGI]
    assert provinces["relations"] == ["agreement", "shared event"]
    assert provinces["weight"] == 3
    assert [(e["iri"], e["date"]) for e in provinces["events"]] == [
        (MOU, "2024-10"), (LUNCH, "2025-03"), (MEETING_GOVERNOR, "2025-03")]
    # the director of TNO APAC went to K-City on behalf of TNO APAC
    assert G.edges[TNO_APAC, K_CITY]["relations"] == ["shared event"]


def test_actor_event_is_bipartite_with_roles_on_the_edges(net):
    G = net("actor-event")
    assert (G.number_of_nodes(), G.number_of_edges()) == (48, 75)
    assert nx.is_bipartite(G)
    assert G.nodes[KIM]["bipartite"] == 0 and G.nodes[MEETING_GOVERNOR]["bipartite"] == 1
    assert G.edges[KIM, MEETING_GOVERNOR]["relations"] == ["host"]
    assert G.edges[BOM, MEETING_GOVERNOR]["relations"] == ["organisation representative"]
    assert G.edges[NB, MEETING_GOVERNOR]["relations"] == ["on behalf of"]


def test_actor_theme_links_actors_to_themes_of_their_events_and_their_own(net):
    G = net("actor-theme")
    assert (G.number_of_nodes(), G.number_of_edges()) == (32, 68)
    assert G.nodes[SEMICON]["kind"] == "theme" and G.nodes[SEMICON]["bipartite"] == 1
    assert G.edges[GSIC, SEMICON]["relations"] == ["theme", "took part"]
    assert G.edges[GSIC, SEMICON]["weight"] == 2
    assert G.edges[GYEONGGI, SEMICON]["relations"] == ["agreement"]       # the MoU


def test_regions_are_linked_through_the_actors_located_in_them(net):
    G = net("regions")
    assert set(G) == {PLACE + "noord-brabant", PLACE + "gyeonggi"}
    edge = G.edges[PLACE + "noord-brabant", PLACE + "gyeonggi"]
    assert edge["relations"] == ["agreement", "shared event"] and edge["weight"] == 7
    assert G.nodes[PLACE + "gyeonggi"]["country"] == "South Korea"


def test_regions_stay_at_one_level_and_say_whom_they_leave_out(net):
    """South Korea is not drawn beside its own province Gyeonggi: the embassy and the Korean
    companies the data places only in South Korea are left out, and the note says so."""
    G = net("regions")
    assert PLACE + "south-korea" not in G
    assert re.fullmatch(r"Regions one level below the country; \d+ actor\(s\) placed only in "
                        r"a country \(South Korea\) are left out\.", G.graph["note"])


# ---------------------------------------------------------------- filters

def test_theme_filter_keeps_the_events_and_agreements_on_that_theme(net):
    G = net("actor-event", theme=SEMICON)
    assert set(G) == {ID + "event/nb-2025-03-kr-mission", ID + "event/nb-2025-03-kr-visit-gsic",
                      ID + "event/nb-2025-03-kr-visit-asml-korea", ASML_KOREA, GSIC, MARTIJN,
                      DELEGATION, NB, ID + "person/nb-civil-servants-2025-03"}
    assert net("met", theme="theme:semicon").number_of_nodes() == 0   # no meeting was on semicon


def test_actor_type_keeps_only_those_actors(net):
    G = net("met", actor_type="person")
    assert set(G) == {KIM, KO, MARTIJN, AMBASSADOR, DEPUTY_AMBASSADOR}
    assert set(weighted_edges(G)) == {pair(KIM, MARTIJN), pair(KIM, AMBASSADOR),
                                      pair(MARTIJN, AMBASSADOR), pair(KO, MARTIJN),
                                      pair(AMBASSADOR, DEPUTY_AMBASSADOR)}


def test_place_filter_keeps_what_happened_in_or_with_gyeonggi(net):
    G = net("met", place=PLACE + "gyeonggi")
    assert set(G) == MEETINGS[MEETING_GOVERNOR] | MEETINGS[LUNCH] | {CIVIL_SERVANTS}
    assert net("met", place="rplace:gyeonggi").number_of_edges() == 28


def test_time_filters(net):
    assert net("met", until="2024-12").number_of_nodes() == 0
    # before 2025 there is only the MoU (signed 2024-10) between the two provinces
    G = net("organisations", until="2024-12")
    assert weighted_edges(G) == {pair(NB, GYEONGGI): 1}
    assert net("organisations", since="2025-04").number_of_nodes() == 0
    assert weighted_edges(net("met", since="2025", until="2025-03")) == weighted_edges(net("met"))


def test_bad_filters_and_kinds_are_usage_errors(net):
    with pytest.raises(UsageError, match="year or month"):
        net("met", since="March 2025")
    with pytest.raises(UsageError, match="actor_type"):
        net("met", actor_type="robot")
    with pytest.raises(UsageError, match="matches 5 things"):
        net("met", event_type="visit")     # company, cultural, fair, institute or regional visit
    with pytest.raises(UsageError, match="not a place"):
        net("met", place="theme:semicon")


def test_filters_may_name_things_by_label(net):
    assert set(net("met", event_type="meeting")) == set(net("met"))          # rikg:Meeting
    assert set(net("met", event_type="working lunch")) == MEETINGS[LUNCH] | VIA_DELEGATION[LUNCH]
    assert set(net("met", place="Gyeonggi")) == set(net("met", place=PLACE + "gyeonggi"))
    with pytest.raises(UsageError, match="unknown network kind"):
        net("who-knows-whom")


# ---------------------------------------------------------------- focus and paths

def test_ego_network_of_the_governor(met):
    one = kn.ego_network(met, KIM, hops=1)
    # the only meeting Kim took part in, with the civil servants who were there via the delegation
    assert set(one) == MEETINGS[MEETING_GOVERNOR] | VIA_DELEGATION[MEETING_GOVERNOR]
    assert one.number_of_edges() == 25   # all pairs of the 8 but those among the delegation
    two = kn.ego_network(met, "Kim Dong-yeon", hops=2)   # a node's label works too
    assert set(two) == set(met)
    assert two.nodes[KIM] == met.nodes[KIM]
    with pytest.raises(UsageError, match="not in the met network"):
        kn.ego_network(met, ASML)


def test_connection_paths_and_their_steps(met):
    assert kn.connection_paths(met, KIM, LIONVOLT) == [[KIM, LIONVOLT]]
    assert kn.connection_paths(met, KIM, DUTCH_COMPANIES) == [[KIM, MARTIJN, DUTCH_COMPANIES]]
    assert kn.connection_paths(met, KIM, KO) == [[KIM, DELEGATION, KO], [KIM, MARTIJN, KO],
                                                 [KIM, CIVIL_SERVANTS, KO]]
    assert kn.connection_paths(met, KIM, KO, max_paths=1) == [[KIM, DELEGATION, KO]]
    steps = kn.path_steps(met, [KIM, MARTIJN, KO])
    assert [(s["from_label"], s["to_label"], s["relations"]) for s in steps] == [
        ("Kim Dong-yeon", "Martijn van Gruijthuijsen", ["met"]),
        ("Martijn van Gruijthuijsen", "Ko (vice-governor for economy)", ["met"])]
    assert [e["iri"] for e in steps[1]["events"]] == [LUNCH]


def test_connection_paths_name_both_ends_when_there_is_none(met):
    G = met.copy()
    G.add_node("urn:x:alone", label="Somebody alone")
    with pytest.raises(UsageError, match="Kim Dong-yeon and Somebody alone are not connected"):
        kn.connection_paths(G, KIM, "urn:x:alone")
    with pytest.raises(UsageError, match=r"'rorg:asml'.*not in the met network"):
        kn.connection_paths(met, KIM, "rorg:asml")


# ---------------------------------------------------------------- measures

def test_centrality_of_the_met_graph(met):
    c = kn.centrality(met)
    # linked to 8, 7, 4, 3 or 1 of the 10 others
    assert c["degree"] == pytest.approx({
        MARTIJN: 8 / 10, AMBASSADOR: 8 / 10, DELEGATION: 7 / 10, CIVIL_SERVANTS: 7 / 10,
        KIM: 7 / 10, BOM: 7 / 10, TNO_APAC: 7 / 10, LIONVOLT: 7 / 10,
        DEPUTY_AMBASSADOR: 4 / 10, KO: 3 / 10, DUTCH_COMPANIES: 1 / 10})
    assert c["betweenness_method"] == "exact"
    # the gedeputeerde lies on every path to the unnamed companies (9 of the 45 pairs) and on
    # some of the shortest paths between others (from Ko and the deputy ambassador): 12 of 45
    assert c["betweenness"][MARTIJN] == pytest.approx(12 / 45)
    assert max(c["betweenness"], key=c["betweenness"].get) == MARTIJN
    assert c["betweenness"][DUTCH_COMPANIES] == 0
    assert set(c["eigenvector"]) == set(met) and all(v > 0 for v in c["eigenvector"].values())


def test_betweenness_is_sampled_above_the_exact_limit(met):
    c = kn.centrality(met, exact_limit=5, samples=4)
    assert c["betweenness_method"] == "sampled (k=4 of 11 nodes)"
    assert set(c["betweenness"]) == set(met)


def test_eigenvector_centrality_survives_a_disconnected_graph(met):
    G = met.copy()
    G.add_edge("urn:x:a", "urn:x:b", weight=1)
    G.add_node("urn:x:alone")
    c = kn.centrality(G)
    assert c["eigenvector"]["urn:x:alone"] == 0
    assert c["eigenvector"]["urn:x:a"] == pytest.approx(c["eigenvector"]["urn:x:b"])
    assert c["eigenvector"][AMBASSADOR] > c["eigenvector"]["urn:x:a"]
    assert any("per connected component" in note for note in c["notes"])


def test_communities_are_deterministic(met, net):
    found = kn.communities(met)
    assert found == kn.communities(net("met"))
    assert found == [[BOM, LIONVOLT, TNO_APAC, KIM, CIVIL_SERVANTS],
                     [DELEGATION, AMBASSADOR, DEPUTY_AMBASSADOR],
                     [DUTCH_COMPANIES, KO, MARTIJN]]
    assert sorted(v for c in found for v in c) == sorted(met)


def test_brokers_between_brabant_and_gyeonggi_organisations(net):
    G = net("organisations")
    brabant = kn.actors_in(G, PLACE + "noord-brabant")
    gyeonggi = kn.actors_in(G, PLACE + "gyeonggi")
    # by the side they act for: BOM for Brabant, ASML Korea on its parent's; K-City stands on the
    # Korean ministry's side, not Gyeonggi's; the institute has no side and is located in Gyeonggi
    assert brabant == {NB, ASML, ID + "org/philips", BOM, ASML_KOREA}
    assert gyeonggi == {GYEONGGI, GSIC, ID + "org/institute-for-advanced-engineering"}
    ranked = kn.brokers(G, brabant, gyeonggi)
    # the province itself carries the Brabant organisations' paths to Gyeonggi's
    assert ranked[0] == (NB, 9.0)
    assert dict(ranked)[EMBASSY] == 0.5
    with pytest.raises(UsageError, match="side has no node"):
        kn.brokers(G, brabant, {"urn:x:nobody"})


def _random_graphs():
    """Random graphs with weights, some disconnected, some with a self-loop, some with a hundred
    nodes or more."""
    import random
    rng = random.Random(7)
    for trial in range(30):
        n = rng.randint(2, 40) if trial % 6 else rng.randint(80, 150)
        G = nx.gnp_random_graph(n, rng.uniform(0.05, 0.4) if n <= 40 else 0.05, seed=trial)
        G = nx.relabel_nodes(G, {i: f"urn:x:{i:03d}" for i in G})
        for a, b in G.edges():
            G.edges[a, b]["weight"] = rng.randint(1, 4)
        if trial % 5 == 0:
            G.add_edge("urn:x:000", "urn:x:000", weight=1)
        yield rng, G


def test_measures_are_those_of_networkx():
    """kg.network computes betweenness (exact, sampled), eigenvector centrality and brokers with
    igraph; the values are networkx's to rounding, and the sampled sources are the same.
    Eigenvector centrality is the leading eigenvector itself: networkx's, run to convergence
    (by default its power iteration stops when the values change by less than 1e-6 per node
    on average, some 1e-5 from the eigenvector on a hundred nodes)."""
    for rng, G in _random_graphs():
        c = kn.centrality(G)
        assert c["betweenness_method"] == "exact"
        assert c["betweenness"] == pytest.approx(nx.betweenness_centrality(G), abs=1e-9)
        for k in (1, rng.randint(2, len(G)), len(G)):
            sampled = kn.centrality(G, exact_limit=1, samples=k)
            assert sampled["betweenness"] == pytest.approx(
                nx.betweenness_centrality(G, k=k, seed=42), abs=1e-9, nan_ok=True)
        for component in nx.connected_components(G):
            if len(component) > 1:
                H = G.subgraph(component)
                scale = len(component) / len(G)
                found = {v: c["eigenvector"][v] / scale for v in component}
                assert found == pytest.approx(nx.eigenvector_centrality(
                    H, max_iter=100000, tol=1e-14, weight="weight"), abs=1e-9)
            else:
                assert c["eigenvector"][next(iter(component))] == 0
        for _ in range(3):
            side_a = set(rng.sample(sorted(G), rng.randint(1, min(4, len(G)))))
            side_b = set(rng.sample(sorted(G), rng.randint(1, min(4, len(G)))))
            if side_b - side_a:
                raw = nx.betweenness_centrality_subset(G, sources=sorted(side_a),
                                                       targets=sorted(side_b - side_a))
                expected = sorted(((v, round(2 * s, 9)) for v, s in raw.items() if s > 1e-12),
                                  key=lambda vs: (-vs[1], vs[0]))
                assert kn.brokers(G, side_a, side_b) == expected


def test_several_views_from_one_read(store, built, labels, net):
    views = kn.networks(store, built, ("met", "organisations"), labels=labels)
    for kind, G in views.items():
        one = net(kind)
        assert nx.utils.graphs_equal(G, one) and dict(G.nodes(data=True)) == dict(
            one.nodes(data=True))
    facts = kn.read_facts(store, built, kn.Filters(theme="semicon"), labels=labels)
    themed = kn.networks(store, built, ("organisations",), labels=labels, facts=facts)
    assert set(themed["organisations"]) == set(net("organisations", theme="semicon"))
    with pytest.raises(UsageError, match="unknown network kind"):
        kn.networks(store, built, ("met", "friends"), labels=labels)


def test_facts_read_without_evidence_give_the_same_networks_without_quotes(store, built, labels,
                                                                           net):
    """`kg analyse` quotes no sentence: its facts are read without the quotes, and the networks
    are those with them, but for the empty `evidence` of every node and edge."""
    facts = kn.read_facts(store, built, labels=labels, evidence=False)
    for kind, G in kn.networks(store, built, ("met", "organisations"), labels=labels,
                               facts=facts).items():
        full = net(kind)
        assert any(d["evidence"] for _, d in full.nodes(data=True))
        assert any(d["evidence"] for _, _, d in full.edges(data=True))
        assert all(d["evidence"] == [] for _, d in G.nodes(data=True))
        assert all(d["evidence"] == [] for _, _, d in G.edges(data=True))
        for _, d in [*full.nodes(data=True), *G.nodes(data=True)]:
            d.pop("evidence")
        for _, _, d in [*full.edges(data=True), *G.edges(data=True)]:
            d.pop("evidence")
        assert nx.utils.graphs_equal(G, full), kind
        assert list(G.nodes(data=True)) == list(full.nodes(data=True))
        assert list(G.edges(data=True)) == list(full.edges(data=True))


def test_organisation_events_are_those_of_the_connectors_query(store, built, labels):
    facts = kn.read_facts(store, built, labels=labels)
    answer = run_query(store, named(built, "connectors"), {}, labels)
    expected: dict[str, set[str]] = {}
    for row in answer.rows:
        record = dict(zip(answer.variables, row))
        expected.setdefault(str(record["organisation"]), set()).add(str(record["event"]))
    found = {org: set(events) for org, events in kn.organisation_events(facts).items()
             if len(events) > 1}
    assert found == expected and NB in found


# ---------------------------------------------------------------- too large to draw

def test_aggregate_people_into_their_organisation(met):
    A = kn.aggregate(met, by="organisation")
    assert set(A) == {NB, GYEONGGI, EMBASSY, BOM, TNO_APAC, LIONVOLT, DUTCH_COMPANIES}
    assert A.nodes[NB]["size"] == 3 and A.nodes[NB]["label"] == "Province of Noord-Brabant"
    assert sorted(A.nodes[GYEONGGI]["members"]) == ["Kim Dong-yeon",
                                                    "Ko (vice-governor for economy)"]
    # gedeputeerde, delegation and (via it) the civil servants each met Kim and Ko once
    assert A.edges[NB, GYEONGGI]["weight"] == 6
    assert [e["iri"] for e in A.edges[NB, GYEONGGI]["events"]] == [LUNCH, MEETING_GOVERNOR]
    C = kn.aggregate(met, by="country")
    # the Brabant delegation, its leader and (via it) the civil servants met Kim and Ko; BOM, TNO
    # APAC, LionVolt and the ambassador met Kim
    assert C.edges[PLACE + "netherlands", PLACE + "south-korea"]["weight"] == 10
    # the ambassador and TNO APAC's director are on the Netherlands' side, though in Korea
    assert sorted(C.nodes[PLACE + "south-korea"]["members"]) == [
        "Kim Dong-yeon", "Ko (vice-governor for economy)"]


def test_too_large():
    assert kn.SIZE_LIMIT == 1000
    assert not kn.too_large(nx.path_graph(kn.SIZE_LIMIT))
    assert kn.too_large(nx.path_graph(kn.SIZE_LIMIT + 1))


# ---------------------------------------------------------------- exports

@pytest.mark.parametrize("suffix, read", [(".gexf", nx.read_gexf), (".graphml", nx.read_graphml)])
def test_export_round_trip(net, tmp_path, suffix, read):
    for kind in ("met", "organisations"):
        G = net(kind)
        path = kn.export(G, tmp_path / f"{kind}{suffix}")
        back = read(path)
        assert set(back) == set(G)
        assert {pair(a, b): int(d["weight"]) for a, b, d in back.edges(data=True)} == \
            weighted_edges(G)
        assert all(back.nodes[v]["label"] == G.nodes[v]["label"] for v in G)
    back = read(tmp_path / f"met{suffix}")
    assert back.edges[DELEGATION, AMBASSADOR]["relations"] == "met"
    assert MEETING_GOVERNOR in back.edges[DELEGATION, AMBASSADOR]["events"]     # JSON text


def test_kumu_sheets(met, tmp_path):
    elements, connections = kn.kumu(met, tmp_path / "kumu")
    with elements.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["Label", "Type", "Country", "Organisation", "Description", "IRI"]
    assert len(rows) == met.number_of_nodes()
    kim = next(r for r in rows if r["IRI"] == KIM)
    assert (kim["Label"], kim["Type"], kim["Country"], kim["Organisation"]) == (
        "Kim Dong-yeon", "Person", "South Korea", "Gyeonggi Province")
    with connections.open(encoding="utf-8") as fh:
        links = list(csv.DictReader(fh))
    assert list(links[0]) == ["From", "To", "Type", "Weight", "Events", "Description"]
    assert len(links) == met.number_of_edges()
    labels = {r["Label"] for r in rows}
    assert all(link["From"] in labels and link["To"] in labels for link in links)


def test_kumu_labels_are_made_unique(tmp_path):
    G = nx.Graph()
    G.add_node("urn:x:a/one", label="Same", kind="person")
    G.add_node("urn:x:b/two", label="Same", kind="person")
    G.add_edge("urn:x:a/one", "urn:x:b/two", weight=1, events=[], relations=["met"], evidence=[])
    folder = kn.export(G, tmp_path / "kumu")          # no suffix: a folder of Kumu sheets
    with (folder / "elements.csv").open(encoding="utf-8") as fh:
        assert sorted(r["Label"] for r in csv.DictReader(fh)) == ["Same (one)", "Same (two)"]
    with (folder / "connections.csv").open(encoding="utf-8") as fh:
        assert [(r["From"], r["To"]) for r in csv.DictReader(fh)] == [("Same (one)", "Same (two)")]


def test_export_refuses_unknown_formats(met, tmp_path):
    with pytest.raises(UsageError, match=".gexf, .graphml"):
        kn.export(met, tmp_path / "met.pdf")
