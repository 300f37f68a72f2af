"""kg.analyse: the stakeholder report as Markdown with PNGs and as one self-contained HTML file."""
from __future__ import annotations

import base64
import os
import re

import networkx as nx
import pytest

from kg import analyse
from test_picture import XSS, seed_graph, tricky_graph

SECTIONS = ["The networks", "Most central actors", "Brokers between Noord-Brabant and Gyeonggi",
            "Communities", "Organisations appearing in several events",
            "Shared connections of two actors", "Themes by activity", "Open follow-ups"]


def seed_analysis(G: nx.Graph, method: str = "exact") -> dict:
    """What the lead fills from kg.network and the named queries."""
    label = nx.get_node_attributes(G, "label")
    betweenness = nx.betweenness_centrality(G)
    return {
        "intro": "Based on the report of the administrative visit to South Korea and "
                 "Gyeonggi-do, March 2025.",
        "centrality": {"degree": nx.degree_centrality(G), "betweenness": betweenness,
                       "eigenvector": nx.eigenvector_centrality(G, max_iter=1000),
                       "betweenness_method": method},
        "regions": ["Noord-Brabant", "Gyeonggi"],
        "brokers": [(label[n], betweenness[n]) for n in sorted(betweenness, key=betweenness.get,
                                                                reverse=True)[:3]],
        "communities": [sorted(label[n] for n in c)
                        for c in nx.community.louvain_communities(G, seed=42)],
        "connectors": [("Brabantse Ontwikkelingsmaatschappij (BOM)", 2,
                        ["Meeting with Governor Kim Dong-yeon of Gyeonggi",
                         "Embassy events at the InterBattery fair"]),
                       ("ASML", 2, ["Embassy events at the InterBattery fair",
                                    "Women in Tech event"])],
        "shared": {"a": "Kim Dong-yeon", "b": "Ko (vice-governor for economy)",
                   "common": ["Martijn van Gruijthuijsen",
                              "two civil servants of Provincie Noord-Brabant (unnamed)"]},
        "themes": [("Energy", 4), ("Semicon and photonics", 5), ("Digitalisation", 1)],
        "follow_ups": [("Work out the working group under the MoU", "planned", "firm",
                        "coming months"),
                       ("Visit of the King's Commissioner to Gyeonggi", "under consideration",
                        "exploratory", "2026")],
    }


@pytest.fixture
def report(tmp_path):
    G = seed_graph()
    graphs = {"Who met whom": G}
    md, html = analyse.stakeholder_report(graphs, seed_analysis(G), tmp_path,
                                          "Stakeholders — Noord-Brabant and Gyeonggi")
    return md, html, md.read_text(encoding="utf-8"), html.read_text(encoding="utf-8")


def test_files_written(report, tmp_path):
    md, html, md_text, html_text = report
    assert md == tmp_path / "report.md" and html == tmp_path / "report.html"
    assert (tmp_path / "who-met-whom.png").stat().st_size > 10_000
    assert (tmp_path / "themes.png").stat().st_size > 1_000
    assert "![Network picture: Who met whom](who-met-whom.png)" in md_text
    assert "![Bar chart of themes by activity](themes.png)" in md_text


def test_sections_present_in_order(report):
    _, _, md_text, html_text = report
    headings = re.findall(r"^## (.+)$", md_text, re.M)
    assert headings == SECTIONS
    assert re.findall(r"<h2>(.*?)</h2>", html_text) == SECTIONS
    # the contents links point at GitHub's heading ids
    assert "[Most central actors](#most-central-actors)" in md_text
    assert '<section id="most-central-actors"' in html_text


def test_centrality_tables(report):
    _, _, md_text, _ = report
    assert "Betweenness shows who connects people who would otherwise not be connected" in md_text
    assert "computed exactly over all shortest paths" in md_text
    top = re.search(r"Degree centrality.*?\n\n\| # \| Actor.*?\n\|.*?\n\| 1 \| (.+?) \|", md_text, re.S)
    assert top and top.group(1) == "Martijn van Gruijthuijsen"
    # three top-10 tables (18 actors)
    assert len(re.findall(r"^\| 10 \| ", md_text, re.M)) == 3
    assert "| 1 | Martijn van Gruijthuijsen | Person | Netherlands | 1.000 |" in md_text


def test_sampled_betweenness_is_said(tmp_path):
    G = seed_graph()
    md, _ = analyse.stakeholder_report({"Who met whom": G}, seed_analysis(G, "sampled (k=50)"),
                                       tmp_path, "x")
    assert "estimated from a sample of shortest paths (k=50)" in md.read_text(encoding="utf-8")


def test_each_table_and_figure_has_one_sentence_before_it(report):
    _, _, md_text, _ = report
    blocks = md_text.split("\n\n")
    for i, block in enumerate(blocks):
        if block.startswith("| ") or block.startswith("!["):
            before = blocks[i - 1]
            assert not before.startswith(("|", "!", "#")), block[:60]
            assert before.count(". ") == 0 and before.rstrip().endswith("."), before


def test_html_is_self_contained(report):
    _, _, _, html_text = report
    lowered = html_text.lower()
    for bad in ('src="http', "src='http", 'href="http', "href='http", "url(http", "@import",
                "<link", "<script"):
        assert bad not in lowered, bad
    images = re.findall(r'<img src="data:image/png;base64,([^"]+)"', html_text)
    assert len(images) == 2
    assert all(base64.b64decode(i).startswith(b"\x89PNG") for i in images)
    assert '<meta charset="utf-8">' in html_text


def test_data_is_escaped(tmp_path):
    G = tricky_graph()
    analysis = {"centrality": {"degree": nx.degree_centrality(G), "betweenness": {},
                               "eigenvector": {}},
                "brokers": [(XSS, 0.5, "a | b")],
                "communities": [[XSS, "경기도", "Rijksdienst voor Ondernemend Nederland – één"]],
                "connectors": [("A & B <i>org</i>", 2, ["<svg onload=alert(4)>", "x"])],
                "shared": {"a": XSS, "b": "경기도", "common": ["*bold* _it_ [link](http://x)"]},
                "themes": [("Semicon & fotonica", 3)],
                "follow_ups": [("<b>act</b>", "open", "firm", "2026")]}
    md, html = analyse.stakeholder_report({"<b>graph</b>": G}, analysis, tmp_path, f"T {XSS}")
    page = html.read_text(encoding="utf-8")
    assert XSS not in page and "<svg" not in page and "<i>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "경기도" in page
    assert "A &amp; B &lt;i&gt;org&lt;/i&gt;" in page
    text = md.read_text(encoding="utf-8")
    assert XSS not in text and r"\<script\>alert(1)\</script\>" in text
    assert r"a \| b" in text and r"\*bold\* \_it\_ \[link\](http://x)" in text
    assert "Rijksdienst voor Ondernemend Nederland – één" in text
    assert (tmp_path / "b-graph-b.png").exists()


def test_missing_analysis_gives_empty_sections(tmp_path):
    md, html = analyse.stakeholder_report({}, {}, tmp_path, "Empty")
    text = md.read_text(encoding="utf-8")
    assert "Brokers between the two regions" in text
    assert text.count("_No data for this section yet._") >= 4
    assert "No open follow-ups recorded." in html.read_text(encoding="utf-8")


def test_the_best_connected_nodes_keep_the_order_of_the_network():
    """The picture of a large network is the same in every run: its nodes and edges come in the
    network's own order (the layout depends on it), whatever Python's string hashing is."""
    import subprocess
    import sys
    script = ("import networkx as nx; from kg.analyse import best_connected; "
              "G = nx.Graph([(f'n{i}', f'n{j}') for i in range(40) for j in range(i % 7, 40, 3)]); "
              "H = best_connected(G, 10); print(list(H), list(H.edges))")
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
            for seed in ("1", "2", "3")}
    assert len(runs) == 1
    G = seed_graph()
    kept = analyse.best_connected(G, 6)
    assert list(kept) == [v for v in G if v in kept]


def test_a_large_network_is_drawn_as_its_best_connected_nodes(tmp_path, monkeypatch):
    """Above MAX_PICTURE_NODES the picture shows the best connected nodes and the edges among
    them, and the report says so; the tables still cover the whole network."""
    monkeypatch.setattr(analyse, "MAX_PICTURE_NODES", 6)
    G = seed_graph()
    assert len(G) > 6
    kept = analyse.best_connected(G, 6)
    degree = dict(G.degree())
    assert len(kept) == 6 and min(degree[v] for v in kept) >= max(
        degree[v] for v in G if v not in kept)
    assert all(kept.edges[a, b] == G.edges[a, b] for a, b in kept.edges)
    assert set(map(frozenset, kept.edges)) == {frozenset((a, b)) for a, b in G.edges
                                               if a in kept and b in kept}
    md, html = analyse.stakeholder_report({"Who met whom": G}, seed_analysis(G), tmp_path, "x")
    text = md.read_text(encoding="utf-8")
    assert (f"The network “Who met whom” has {len(G)} actors and {G.number_of_edges()} "
            "connections, too many to draw legibly; the tables below cover all of them.") in text
    assert (f"The picture shows only the 6 best connected of them (most direct connections) and "
            f"the {kept.number_of_edges()} connections among them: the fill colour") in text
    assert "![Network picture: Who met whom](who-met-whom.png)" in text
    # the tables are those of the whole graph: ten rows in each top-10
    assert len(re.findall(r"^\| 10 \| ", text, re.M)) == 3
    test_each_table_and_figure_has_one_sentence_before_it((md, html, text, ""))


# ------------------------------------------------------------------ regions, brokers, shared pair

BRABANT, GYEONGGI, KOREA = "place:brabant", "place:gyeonggi", "place:korea"


def actors(*edges, places: dict, organisations: dict | None = None) -> nx.Graph:
    """A who-met-whom graph of people placed in regions (the attributes kg.network gives)."""
    G = nx.Graph()
    G.add_edges_from(edges)
    for n in G:
        G.nodes[n].update(kind="person", label=n, places=places.get(n, []),
                          organisation_iri=(organisations or {}).get(n, ""))
    return G


def test_the_regions_related_most_are_the_heaviest_pair_not_a_place_and_its_country():
    regions = nx.Graph()
    regions.add_node(BRABANT, places=[BRABANT])
    regions.add_node(GYEONGGI, places=[GYEONGGI, KOREA])
    regions.add_node(KOREA, places=[KOREA])
    regions.add_edge(GYEONGGI, KOREA, weight=9)       # Gyeonggi lies in Korea: not a pair
    regions.add_edge(BRABANT, GYEONGGI, weight=7)
    regions.add_edge(BRABANT, KOREA, weight=4)
    assert analyse.related_regions(regions) == (BRABANT, GYEONGGI)


def test_a_broker_stands_on_the_shortest_connections_between_the_two_regions():
    # deputy (Brabant) - ambassador (Korea only) - governor (Gyeonggi): the ambassador brokers
    G = actors(("deputy", "ambassador"), ("ambassador", "governor"),
               places={"deputy": [BRABANT], "governor": [GYEONGGI, KOREA],
                       "ambassador": [KOREA]})
    stats = {"betweenness": nx.betweenness_centrality(G)}
    rows, definition, note = analyse.region_brokers(G, stats, BRABANT, GYEONGGI, str.upper)
    assert rows == [("ambassador", 1.0, "neither region; betweenness over all pairs 1.000")]
    assert definition.startswith("A broker here is an actor on the shortest connections "
                                 "between an actor of PLACE:BRABANT and one of PLACE:GYEONGGI")
    assert note == ""


def test_without_brokers_the_report_says_why_and_who_the_betweenness_table_ranks():
    # the deputy met the governor directly; the ambassador only links the deputy ambassador
    G = actors(("deputy", "governor"), ("deputy", "ambassador"), ("ambassador", "second"),
               places={"deputy": [BRABANT], "governor": [GYEONGGI]})
    stats = {"betweenness": nx.betweenness_centrality(G)}
    rows, _, note = analyse.region_brokers(G, stats, BRABANT, GYEONGGI, str)
    assert rows == []
    assert note.startswith("Of the 1 pair of their actors (place:brabant: deputy; "
                           "place:gyeonggi: governor), 1 met directly, so nobody stands in "
                           "between.")
    assert "ambassador (0.667) stand between other pairs, not between these two regions" in note


def test_shared_connections_default_to_the_best_connected_actor_of_each_region():
    G = actors(("delegation", "leader"), ("delegation", "governor"), ("leader", "governor"),
               ("delegation", "ambassador"), ("leader", "ambassador"),
               ("governor", "ambassador"), ("delegation", "company"),
               places={"delegation": [BRABANT], "leader": [BRABANT], "governor": [GYEONGGI]},
               organisations={"delegation": "province", "leader": "province"})
    assert analyse.shared_pair(G, {"delegation", "leader"}, {"governor"}) == (
        "delegation", "governor")
    # no regions: the best connected pair not of one organisation (not a delegation and its
    # own leader)
    assert analyse.shared_pair(G, set(), set()) == ("delegation", "ambassador")
