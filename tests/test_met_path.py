"""kg.met_path: paths of the met network searched in the store agree with kg.network's met
network (`connection_paths`, `path_steps`): on the seed build for every two actors, on all the
data, and on a small store where the rules' rikg:met and the network differ (an organisation
and its member stated with org:hasMember)."""
from __future__ import annotations

import itertools

import networkx as nx
import pytest

from kg import network as kn
from kg.config import project_root
from kg.errors import UsageError
from kg.met_path import MetPaths, first_paths
from kg.query import Labels
from kg.reason import fixpoint_rules
from kg.store import EmbeddedStore
from kg.config import Paths

ID = "https://w3id.org/rikg/id/"
KIM, KO = ID + "person/kim-dong-yeon", ID + "person/gyeonggi-vice-governor-ko"
ASML = ID + "org/asml"


def same_as_network(store, paths, labels, G, pairs) -> None:
    met = MetPaths(store, paths)
    for a, b in pairs:
        try:
            expected = kn.connection_paths(G, a, b)
        except UsageError:
            with pytest.raises(UsageError, match="not connected"):
                met.shortest(a, b)
            continue
        routes = met.shortest(a, b)
        assert routes == expected, (a, b)
        for route in routes:
            assert met.steps(route, labels) == kn.path_steps(G, route), route


def test_links_are_the_met_networks(store, built, labels):
    G = kn.network(store, built, "met", labels=labels)
    neighbours = MetPaths(store, built).neighbours(list(G))
    assert {frozenset((a, b)) for a, others in neighbours.items() for b in others} \
        == {frozenset(edge) for edge in G.edges}


def test_every_path_of_the_seed_is_the_met_networks(store, built, labels):
    G = kn.network(store, built, "met", labels=labels)
    same_as_network(store, built, labels, G, itertools.permutations(sorted(G), 2))


def test_paths_across_all_reports_are_the_met_networks(store_all, built_all, labels_all):
    G = kn.network(store_all, built_all, "met", labels=labels_all)
    nodes = sorted(G)
    pairs = list(itertools.permutations(nodes[::3], 2))   # a third of the nodes, both ways
    same_as_network(store_all, built_all, labels_all, G, pairs)


def test_an_actor_outside_the_met_network_is_named(store, built):
    with pytest.raises(UsageError, match="'rorg:asml' is not in the met network"):
        MetPaths(store, built).shortest(KIM, ASML)
    assert MetPaths(store, built).nodes_among([KIM, ASML, KO]) == [KIM, KO]


def test_the_first_paths_are_those_with_the_smallest_iris():
    # a 4 x 4 grid has 20 shortest paths between opposite corners
    G = nx.relabel_nodes(nx.grid_2d_graph(4, 4), lambda n: f"n{n[0]}{n[1]}")
    dist = nx.single_source_shortest_path_length
    start, end = dist(G, "n00"), dist(G, "n33")
    found = first_paths("n00", "n33", 6, lambda node, at: [
        n for n in G[node] if start[n] == at + 1 and end[n] == 5 - at], max_paths=7)
    assert found == sorted(nx.all_shortest_paths(G, "n00", "n33"))[:7]


# ---------------------------------------------------------------- where the rules say more

R = "https://w3id.org/rikg/ontology#"
GRAPH = "<https://w3id.org/rikg/graph/report/test>"
WG, MEMBER, GUEST = (f"https://example.org/{x}" for x in ("wg", "member", "guest"))
MEETING = "https://example.org/meeting"


def _quads() -> bytes:
    lines = [f"<{MEETING}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{R}{cls}> {GRAPH} ."
             for cls in ("Meeting", "Event")]
    for i, actor in enumerate((WG, MEMBER, GUEST)):
        part = f"<{MEETING}-p{i}>"
        lines += [f"<{MEETING}> <{R}hasParticipation> {part} {GRAPH} .",
                  f"{part} <{R}participant> <{actor}> {GRAPH} .",
                  f'<{actor}> <http://www.w3.org/2000/01/rdf-schema#label> "{actor[-5:]}" {GRAPH} .']
    lines.append(f"<{WG}> <http://www.w3.org/ns/org#hasMember> <{MEMBER}> {GRAPH} .")
    return "\n".join(lines).encode()


def test_an_organisation_did_not_meet_its_own_member():
    paths = Paths(root=project_root())
    store = EmbeddedStore()
    store.load_nquads(_quads())
    for name, text in fixpoint_rules(paths)[1]:      # the met rules, as the build runs them
        store.update(text, name)
    labels = Labels.from_engine(store, paths)
    G = kn.network(store, paths, "met", labels=labels)
    assert {frozenset(e) for e in G.edges} == {frozenset((WG, GUEST)), frozenset((MEMBER, GUEST))}
    met = MetPaths(store, paths)
    assert met.neighbours([WG])[WG] == {GUEST}        # the rules alone would add MEMBER
    assert met.shortest(WG, MEMBER) == kn.connection_paths(G, WG, MEMBER) == [[WG, GUEST, MEMBER]]
