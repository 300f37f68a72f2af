"""kg.picture: the offline network page and the static PNG/SVG.

The graphs here are built by hand to the kg.network contract (node key = IRI; label, kind,
country, posts, organisation, events, evidence; edge weight, events, relations, evidence), so the
pictures can be tested without a build.
"""
from __future__ import annotations

import itertools
import json
import random
import re
import time
import warnings
from pathlib import Path

import networkx as nx
import pytest

from browser import available, screenshot
from kg import picture
from kg.errors import UsageError

ARTIFACTS = Path(__file__).parent / "artifacts"
PER = "https://w3id.org/rikg/id/person/"
ORG = "https://w3id.org/rikg/id/org/"
EVT = "https://w3id.org/rikg/id/event/"
NL = ("Netherlands", "https://w3id.org/rikg/id/place/netherlands")
KR = ("South Korea", "https://w3id.org/rikg/id/place/south-korea")
XSS = "<script>alert(1)</script>"

# The actors and meetings of the seed report (Noord-Brabant in Gyeonggi, March 2025), with the
# sentence each comes from.
ACTORS = [
    (PER + "martijn-van-gruijthuijsen", "Martijn van Gruijthuijsen", "person", NL,
     ["Member of the Provincial Executive of Noord-Brabant"], "Province of Noord-Brabant"),
    (PER + "kim-dong-yeon", "Kim Dong-yeon", "person", KR, ["Governor of Gyeonggi"],
     "Gyeonggi Province"),
    (PER + "gyeonggi-vice-governor-ko", "Ko (vice-governor for economy)", "person", KR,
     ["Vice-Governor for Economy of Gyeonggi"], "Gyeonggi Province"),
    (PER + "nl-ambassador-south-korea", "Netherlands ambassador in South Korea (unnamed in source)",
     "person", NL, ["Netherlands Ambassador in South Korea"], "Netherlands Embassy in South Korea"),
    (PER + "nl-deputy-ambassador-south-korea",
     "Netherlands deputy ambassador in South Korea (unnamed in source)", "person", NL,
     ["Deputy Ambassador"], "Netherlands Embassy in South Korea"),
    (PER + "tno-apac-director", "Director of TNO APAC (unnamed in source)", "person", NL,
     ["Director of TNO APAC"], "TNO APAC"),
    (PER + "nb-civil-servants-2025-03", "two civil servants of Provincie Noord-Brabant (unnamed)",
     "group", NL, [], "Province of Noord-Brabant"),
    (PER + "korean-female-students-women-in-tech-2025",
     "Korean female students in high-tech studies (unnamed)", "group", KR, [], ""),
    (PER + "female-managers-women-in-tech-2025",
     "female managers from high-tech companies in South Korea (unnamed)", "group", KR, [], ""),
    (ORG + "bom", "Brabantse Ontwikkelingsmaatschappij (BOM)", "organisation", NL, [], ""),
    (ORG + "tno-apac", "TNO APAC", "organisation", NL, [], ""),
    (ORG + "lionvolt", "LionVolt", "organisation", NL, [], ""),
    (ORG + "battery-competence-cluster", "Battery Competence Cluster", "organisation", NL, [], ""),
    (ORG + "asml", "ASML", "organisation", NL, [], ""),
    (ORG + "philips", "Philips", "organisation", NL, [], ""),
    (ORG + "nl-embassy-south-korea", "Netherlands Embassy in South Korea", "organisation", NL,
     [], ""),
    (ORG + "k-city", "K-City", "organisation", KR, [], "Korean Ministry of Transport"),
    (ORG + "gyeonggi-semicon-innovation-center", "Gyeonggi Semicon Innovation Center",
     "organisation", KR, [], "Gyeonggi Province"),
]
MEETINGS = [
    (EVT + "meeting-governor", "Meeting with Governor Kim Dong-yeon of Gyeonggi", "2025-03",
     ["martijn-van-gruijthuijsen", "nb-civil-servants-2025-03", "kim-dong-yeon", "bom",
      "tno-apac", "lionvolt", "nl-ambassador-south-korea"],
     "De ontmoeting met de gouverneur, waar ook vertegenwoordigers van de BOM, TNO APAC, de "
     "Nederlandse ambassadeur in Zuid-Korea en Lionvolt bij aanwezig waren, was een vervolg op de "
     "ontmoeting in Brabant in oktober 2024."),
    (EVT + "lunch-vice-governor", "Lunch with Vice-Governor for Economy Ko", "2025-03",
     ["martijn-van-gruijthuijsen", "nb-civil-servants-2025-03", "gyeonggi-vice-governor-ko"],
     "Na de ontmoeting met de gouverneur, kreeg de delegatie van de vicegouverneur een lunch "
     "aangeboden."),
    (EVT + "embassy-events-interbattery", "Embassy events at the InterBattery fair", "2025-03",
     ["martijn-van-gruijthuijsen", "bom", "tno-apac", "battery-competence-cluster", "asml",
      "philips", "lionvolt"],
     "Gedeputeerde Van Gruijthuijsen heeft daar namens Brabant een bijdrage geleverd tijdens "
     "evenementen die door de Nederlandse ambassade zijn georganiseerd op en rondom de "
     "Interbatterybeurs."),
    (EVT + "k-city-visit", "Visit to the K-City campus", "2025-03",
     ["martijn-van-gruijthuijsen", "nb-civil-servants-2025-03", "tno-apac-director", "k-city"],
     "Op vrijdag bezocht de delegatie samen met de directeur van TNO APAC de campus van Kcity."),
    (EVT + "semicon-visit", "Visit to the Gyeonggi Semicon Innovation Center", "2025-03",
     ["martijn-van-gruijthuijsen", "gyeonggi-semicon-innovation-center"],
     "Zo bracht hij een bezoek aan het Gyeonggi Semicon Innovation Center."),
    (EVT + "women-in-tech", "Women in Tech event", "2025-03",
     ["martijn-van-gruijthuijsen", "nl-embassy-south-korea",
      "korean-female-students-women-in-tech-2025", "female-managers-women-in-tech-2025", "asml",
      "philips"],
     "Naast de (bedrijfs)bezoeken in Gyeonggi en de interbatterybeurs heeft de gedeputeerde het "
     "Women in Tech evenement geopend."),
    (EVT + "talk-ambassadors", "Talk with the ambassador and deputy ambassador", "2025-03",
     ["martijn-van-gruijthuijsen", "nl-ambassador-south-korea", "nl-deputy-ambassador-south-korea"],
     "Ook is er met de Nederlandse ambassadeur en de plaatsvervangende ambassadeur in Korea "
     "gesproken over de verdere samenwerking tussen Brabant en de post in de komende jaren."),
]


def seed_graph() -> nx.Graph:
    """Who met whom in the seed report, as kg.network will deliver it (about 18 actors)."""
    G = nx.Graph()
    by_slug = {}
    for iri, label, kind, (country, country_iri), posts, org in ACTORS:
        G.add_node(iri, label=label, kind=kind, country=country, country_iri=country_iri,
                   posts=posts, organisation=org, events=[], evidence=[])
        by_slug[iri.rsplit("/", 1)[-1]] = iri
    for event_iri, event_label, date, slugs, quote in MEETINGS:
        members = [by_slug[s] for s in slugs]
        for m in members:
            G.nodes[m]["events"].append(event_label)
            if quote not in G.nodes[m]["evidence"]:
                G.nodes[m]["evidence"].append(quote)
        for a, b in itertools.combinations(members, 2):
            if not G.has_edge(a, b):
                G.add_edge(a, b, weight=0, events=[], relations=["met"], evidence=[])
            edge = G.edges[a, b]
            edge["weight"] += 1
            edge["events"].append({"iri": event_iri, "label": event_label, "date": date})
            edge["evidence"].append(quote)
    return G


def tricky_graph() -> nx.Graph:
    """Hangul, Dutch accents, an en dash, markup and ampersands in the data."""
    G = nx.Graph()
    G.add_node("https://w3id.org/rikg/id/place/gyeonggi-ko", label="경기도", kind="region",
               country="대한민국", country_iri=KR[1], posts=[], organisation="", events=[],
               evidence=["경기도 & Brabant <b>bold</b>"])
    G.add_node("https://w3id.org/rikg/id/place/gyeonggi", label="Gyeonggi-do", kind="region",
               country=KR[0], country_iri=KR[1], posts=[], organisation="", events=[],
               evidence=[])
    G.add_node(ORG + "rvo", label="Rijksdienst voor Ondernemend Nederland – één",
               kind="organisation", country=NL[0], country_iri=NL[1], posts=[],
               organisation="Ministerie van Economische Zaken", events=["Beurs"],
               evidence=["Dit is één citaat met ‘aanhalingstekens’ en “quotes”."])
    G.add_node(PER + "xss", label=XSS, kind="person", country="", country_iri="",
               posts=["<img src=x onerror=alert(2)>"], organisation="A & B <i>org</i>",
               events=["</script><script>alert(3)</script>"], evidence=[XSS])
    G.add_node(EVT + "theme", label="Semicon & fotonica", kind="theme", country="")
    G.add_edge("https://w3id.org/rikg/id/place/gyeonggi-ko",
               "https://w3id.org/rikg/id/place/gyeonggi", weight=1, events=[], relations=["same"],
               evidence=[])
    G.add_edge(ORG + "rvo", PER + "xss", weight=3,
               events=[{"iri": EVT + "x", "label": "<svg onload=alert(4)>", "date": "2025-03-12"}],
               relations=["met", "<b>bold relation</b>"], evidence=[XSS])
    G.add_edge(ORG + "rvo", "https://w3id.org/rikg/id/place/gyeonggi", weight=2, events=[],
               relations=["located in"], evidence=["één"])
    G.add_edge(EVT + "theme", ORG + "rvo", weight=1)
    return G


def random_graph(n: int = 2000, m: int = 4000, seed: int = 7) -> nx.Graph:
    rng = random.Random(seed)
    H = nx.gnm_random_graph(n, m, seed=seed)
    G = nx.Graph()
    kinds = list(picture.KINDS)
    for i in H:
        country = rng.choice([NL, KR, ("Germany", ""), ("", "")])
        G.add_node(f"https://example.org/n/{i}", label=f"Actor {i}", kind=rng.choice(kinds),
                   country=country[0], country_iri=country[1], posts=[], organisation="",
                   events=[f"Event {i % 50}"], evidence=[])
    for a, b in H.edges():
        G.add_edge(f"https://example.org/n/{a}", f"https://example.org/n/{b}",
                   weight=rng.randint(1, 4), events=[], relations=["met"], evidence=[])
    return G


def embedded(page: str, name: str) -> list:
    match = re.search(rf'<script type="application/json" id="kg-{name}">(.*?)</script>', page, re.S)
    assert match, f"no kg-{name} data in the page"
    return json.loads(match.group(1))


def page_text(G, tmp_path, **kwargs) -> str:
    out = picture.html(G, tmp_path / "net.html", kwargs.pop("title", "Who met whom"), **kwargs)
    raw = out.read_bytes()
    return raw.decode("utf-8")  # fails if not valid UTF-8


def without_library(page: str) -> str:
    """The page minus the inlined vis-network script and stylesheet."""
    js, css = picture._vis_files()
    assert js in page and css in page
    return page.replace(js, "").replace(css, "")


# ------------------------------------------------------------------ the page


def test_html_is_offline(tmp_path):
    page = page_text(seed_graph(), tmp_path)
    lowered = page.lower()
    for bad in ('src="http', "src='http", 'href="http', "href='http", "url(http", 'url("http',
                "url('http", "@import", "cdnjs", "jsdelivr", "unpkg", "bootstrap"):
        assert bad not in lowered, bad
    # the only http(s) URLs left are node IRIs in the data and licence comments in vis-network
    rest = without_library(page)
    for url in re.findall(r"https?://[^\s\"'<>]+", rest):
        assert url.startswith(("https://w3id.org/rikg/", "http://www.w3.org/2000/svg")), url
    assert "<script src" not in lowered and "<link" not in lowered


def test_html_is_utf8_with_hangul_and_accents(tmp_path):
    page = page_text(tricky_graph(), tmp_path, title="경기도 – Noord-Brabant")
    assert '<meta charset="utf-8">' in page
    assert "<title>경기도 – Noord-Brabant</title>" in page
    labels = {n["label"] for n in embedded(page, "nodes")}
    assert {"경기도", "Gyeonggi-do", "Rijksdienst voor Ondernemend Nederland – één"} <= labels
    assert "대한민국" in page  # the country legend


def test_html_escapes_data(tmp_path):
    page = page_text(tricky_graph(), tmp_path, title="Title <b>x</b>", note=f"Note {XSS}")
    assert XSS not in page
    rest = without_library(page)
    assert "<script>alert" not in rest and "<img" not in rest and "<svg" not in rest
    assert "<title>Title &lt;b&gt;x&lt;/b&gt;</title>" in page
    assert "Note &lt;script&gt;alert(1)&lt;/script&gt;" in page
    # exactly our five script elements: three JSON blocks, the library and the page's own code
    assert len(re.findall(r"<script\b", rest)) == 5
    # the label survives as text in the data, for the canvas and the text-only tooltips
    nodes = embedded(page, "nodes")
    assert XSS in {n["label"] for n in nodes}
    xss = next(n for n in nodes if n["label"] == XSS)
    assert xss["kg"]["h"] == XSS and XSS in xss["title"]


def test_html_counts_and_encodings(tmp_path):
    G = seed_graph()
    page = page_text(G, tmp_path)
    nodes, edges = embedded(page, "nodes"), embedded(page, "edges")
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    assert {n["id"] for n in nodes} == set(G.nodes)
    assert {frozenset((e["from"], e["to"])) for e in edges} == {frozenset(e) for e in G.edges}
    assert f"{len(G)} nodes · {G.number_of_edges()} connections" in page
    martijn = next(n for n in nodes if n["label"] == "Martijn van Gruijthuijsen")
    ko = next(n for n in nodes if n["label"].startswith("Ko "))
    assert martijn["size"] > ko["size"]                      # sized by degree
    assert martijn["color"]["background"] == picture.KIND_COLOURS["person"]
    assert martijn["color"]["border"] == picture.FIXED_COUNTRY_COLOURS["netherlands"]
    assert ko["color"]["border"] == picture.FIXED_COUNTRY_COLOURS["south korea"]
    card = martijn["kg"]
    assert ["Organisation", "Province of Noord-Brabant"] in card["rows"]
    assert card["lists"][0][0] == "Events (7)"
    assert len(card["quotes"]) == 7 and any("Women in Tech" in q for q in card["quotes"])
    heavy = max(edges, key=lambda e: e["width"])
    assert heavy["kg"]["sub"] == "3 shared events"            # Martijn and the civil servants
    assert all(e["arrows"] == {"to": {"enabled": False}} for e in edges)
    options = embedded(page, "options")
    assert options["physics"]["solver"] == "barnesHut"
    assert options["physics"]["stabilization"]["iterations"] == 200
    assert options["edges"]["smooth"] is not False            # few edges: curved
    assert "stabilizationIterationsDone" in page and "physics: { enabled: false }" in page
    # legend: the kinds and countries present, with counts
    assert re.search(r"Person<span class=\"count\">6</span>", page)
    assert re.search(r"South Korea<span class=\"count\">6</span>", page)
    assert "Node size: degree centrality." in page


def test_html_uses_betweenness_when_given(tmp_path):
    G = seed_graph()
    centrality = {"degree": nx.degree_centrality(G), "betweenness": nx.betweenness_centrality(G),
                  "eigenvector": nx.eigenvector_centrality(G, max_iter=1000),
                  "betweenness_method": "sampled (k=50)"}
    page = page_text(G, tmp_path, centrality=centrality,
                     note="Showing the 2-hop neighbourhood of Kim Dong-yeon")
    assert "Node size: betweenness centrality (sampled (k=50))." in page
    assert '<p class="note" id="kg-note">Showing the 2-hop neighbourhood of Kim Dong-yeon</p>' in page
    nodes = embedded(page, "nodes")
    zero = [n for n in nodes if centrality["betweenness"][n["id"]] == 0]
    assert zero and all(n["size"] == 9 for n in zero)


def test_html_does_not_change_the_graph(tmp_path):
    G = seed_graph()
    before = (dict(G.nodes(data=True)), list(G.edges(data=True)))
    picture.html(G, tmp_path / "a.html", "x")
    assert (dict(G.nodes(data=True)), list(G.edges(data=True))) == before


def test_html_refuses_too_large_graphs(tmp_path):
    with pytest.raises(UsageError, match="too many to draw"):
        picture.html(nx.empty_graph(11), tmp_path / "big.html", "x", max_nodes=10)


def test_html_refuses_too_many_connections(tmp_path):
    G = nx.complete_graph(6)   # 15 edges
    with pytest.raises(UsageError, match="15 connections are too many to draw in one page"):
        picture.html(G, tmp_path / "dense.html", "x", max_edges=14)
    assert picture.html(G, tmp_path / "dense.html", "x", max_edges=15).exists()


def test_fits_says_whether_a_page_or_picture_draws_the_graph(monkeypatch):
    G = nx.complete_graph(6)   # 6 nodes, 15 edges
    assert picture.fits(G, ".html") and picture.fits(G, ".png") and picture.fits(G, ".SVG")
    monkeypatch.setattr(picture, "MAX_HTML_EDGES", 14)
    assert not picture.fits(G, ".html") and picture.fits(G, ".png")
    monkeypatch.setattr(picture, "MAX_STATIC_NODES", 5)
    assert not picture.fits(G, ".svg")
    monkeypatch.setattr(picture, "MAX_HTML_EDGES", 15)
    monkeypatch.setattr(picture, "MAX_HTML_NODES", 5)
    assert not picture.fits(G, ".html")


def test_static_refuses_too_large_graphs(tmp_path):
    with pytest.raises(UsageError, match="11 nodes are too many to draw in one picture"):
        picture.static(nx.empty_graph(11), tmp_path / "big.png", "x", max_nodes=10)
    assert not (tmp_path / "big.png").exists()


def test_html_empty_graph(tmp_path):
    page = page_text(nx.Graph(), tmp_path, note="No meetings recorded")
    assert embedded(page, "nodes") == [] and embedded(page, "edges") == []


def test_stress_html_2000_nodes_is_fast_and_straight(tmp_path):
    G = random_graph()
    start = time.perf_counter()
    out = picture.html(G, tmp_path / "stress.html", "Stress")
    seconds = time.perf_counter() - start
    assert seconds < 5, f"{seconds:.1f} s"
    page = out.read_text(encoding="utf-8")
    assert len(embedded(page, "nodes")) == 2000 and len(embedded(page, "edges")) == 4000
    options = embedded(page, "options")
    assert options["edges"]["smooth"] is False and options["layout"]["improvedLayout"] is False


# ------------------------------------------------------------------ static pictures


def test_static_png_and_svg(tmp_path):
    import matplotlib.image

    G = seed_graph()
    png = picture.static(G, tmp_path / "g.png", "Who met whom")
    svg = picture.static(G, tmp_path / "g.svg", "Who met whom")
    img = matplotlib.image.imread(png)
    height, width = img.shape[:2]
    assert width > 1200 and height > 900          # grows with the number of nodes
    assert (img[..., :3] < 0.9).any(axis=-1).mean() > 0.02   # something drawn
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text and len(text) > 10_000


def test_static_is_deterministic(tmp_path):
    G = seed_graph()
    a = picture.static(G, tmp_path / "a.png", "x").read_bytes()
    b = picture.static(G, tmp_path / "b.png", "x").read_bytes()
    assert a == b


def test_static_hangul_and_no_hangul_font(tmp_path, monkeypatch):
    G = tricky_graph()
    assert picture.static(G, tmp_path / "k.png", "경기도").stat().st_size > 1000
    monkeypatch.setattr(picture, "_HANGUL_FONT", [None])   # as on a machine without one
    with warnings.catch_warnings():
        warnings.simplefilter("error")                    # falls back silently
        assert picture.static(G, tmp_path / "k2.png", "경기도").stat().st_size > 1000


def test_static_small_and_odd_graphs(tmp_path):
    assert picture.static(nx.Graph(), tmp_path / "empty.png", "empty").exists()
    G = nx.Graph()
    G.add_node("https://example.org/a")            # no attributes at all
    assert picture.static(G, tmp_path / "one.png", "one").exists()
    with pytest.raises(UsageError):
        picture.static(G, tmp_path / "one.jpg", "one")


# ------------------------------------------------------------------ in a browser

needs_browser = pytest.mark.skipif(not available()[0], reason=available()[1] or "browser")


def non_background(png: Path) -> float:
    import matplotlib.image
    img = matplotlib.image.imread(png)[..., :3]
    return float((abs(img - img[0, 0]).sum(axis=-1) > 0.1).mean())


@needs_browser
def test_screenshot_of_the_page(tmp_path):
    G = seed_graph()
    page = picture.html(G, tmp_path / "network.html", "Who met whom — Noord-Brabant in Gyeonggi",
                        note="Showing everyone the delegation met in March 2025")
    result = screenshot(page, ARTIFACTS / "network.png")
    assert result["counts"] == {"nodes": len(G), "edges": G.number_of_edges()}
    assert result["errors"] == [] and result["requests"] == []
    assert non_background(result["png"]) > 0.03


@needs_browser
def test_data_stays_text_in_the_browser(tmp_path):
    page = picture.html(tricky_graph(), tmp_path / "tricky.html", "경기도 <b>x</b>", note=XSS)

    def click_the_script_label(p):
        # click the node labelled <script>…, then read what the details panel shows
        xy = p.evaluate("""() => { const n = window.kgNetwork;
            const id = 'https://w3id.org/rikg/id/person/xss';
            return n.canvasToDOM(n.getPositions([id])[id]); }""")
        box = p.locator("#kg-network").bounding_box()
        p.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
        return p.evaluate("""() => ({
            heading: document.querySelector('#kg-details .kg-h')?.textContent,
            injected: document.querySelectorAll('#kg-details script, #kg-details img, img, svg').length,
            scripts: document.scripts.length })""")

    result = screenshot(page, ARTIFACTS / "tricky.png", then=click_the_script_label)
    assert result["dialogs"] == [] and result["errors"] == []
    assert result["then"] == {"heading": XSS, "injected": 0, "scripts": 5}


@needs_browser
def test_stress_2000_nodes_ready_in_the_browser(tmp_path):
    page = picture.html(random_graph(), tmp_path / "stress.html", "Stress")
    result = screenshot(page, ARTIFACTS / "stress.png", timeout_s=30)
    assert result["counts"] == {"nodes": 2000, "edges": 4000}
    assert result["seconds"] < 30 and result["errors"] == []
    assert non_background(result["png"]) > 0.01


# ------------------------------------------------------------------ the real seed, end to end


def test_real_seed_network_draws(built, store, labels, tmp_path):
    """kg.network's graphs of the seed report go through both pictures unchanged."""
    nw = pytest.importorskip("kg.network")
    for kind in ("met", "actor-event"):
        G = nw.network(store, built, kind, labels=labels)
        assert len(G) > 5
        page = picture.html(G, tmp_path / f"{kind}.html", kind, centrality=nw.centrality(G))
        text = page.read_text(encoding="utf-8")
        assert len(embedded(text, "nodes")) == len(G)
        assert len(embedded(text, "edges")) == G.number_of_edges()
        assert picture.static(G, tmp_path / f"{kind}.png", kind).stat().st_size > 10_000
