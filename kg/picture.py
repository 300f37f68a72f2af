"""Pictures of a network: an interactive page that works offline (pyvis data, our own template with
vis-network inlined) and a static PNG or SVG (matplotlib, no display needed).

Both draw the graph contract of `kg.network`: node key = IRI; node attributes ``label``, ``kind``
(person, organisation, group, event, theme, region), ``country``, ``country_iri``, ``posts``,
``organisation``, ``events``, ``evidence`` (quoted source sentences); edge attributes ``weight``,
``events`` (dicts with ``iri``, ``label``, ``date``), ``relations`` and ``evidence``. Missing
attributes are tolerated. Fill colour = kind, ring colour = country (for actors the country of
the side they act for, see `kg.network`), size = centrality, line width = weight.
"""
from __future__ import annotations

import json
import math
import textwrap
import warnings
from collections import Counter
from pathlib import Path

import networkx as nx

from .errors import UsageError
from .i18n import _, ngettext, number

KINDS = ("person", "organisation", "group", "event", "theme", "region")
# Okabe-Ito colours: told apart by people with the common colour-vision deficiencies.
KIND_COLOURS = {
    "person": "#0072B2",        # blue
    "organisation": "#E69F00",  # orange
    "group": "#CC79A7",         # reddish purple
    "event": "#009E73",         # bluish green
    "theme": "#F0E442",         # yellow
    "region": "#56B4E9",        # sky blue
}
OTHER_KIND_COLOUR = "#BBBBBB"
# Actors are dots; events, themes and regions (in bipartite views) also differ in shape, so the
# kind can be read without colour. vis-network shape -> matplotlib marker.
KIND_SHAPES = {"event": "square", "theme": "diamond", "region": "hexagon"}
MARKERS = {"dot": "o", "square": "s", "diamond": "D", "hexagon": "h"}
KIND_NAMES = {"person": "Person", "organisation": "Organisation", "group": "Group",
              "event": "Event", "theme": "Theme", "region": "Region"}

# Ring colours for countries: dark, so they stand out against every fill above. The two
# countries of the seed keep their colour in every view; others take the next free colour.
FIXED_COUNTRY_COLOURS = {
    "netherlands": "#1A1A1A", "the netherlands": "#1A1A1A", "nederland": "#1A1A1A",
    "south korea": "#C8102E", "zuid-korea": "#C8102E", "korea": "#C8102E",
    "republic of korea": "#C8102E",
}
COUNTRY_PALETTE = ("#5E35B1", "#6D4C41", "#00838F", "#AD1457", "#33691E", "#283593",
                   "#BF360C", "#4E342E")
NO_COUNTRY_COLOUR = "#9E9E9E"
NO_COUNTRY = "country not recorded"

MAX_HTML_NODES = 3000        # beyond this a browser page is unusable: show an ego network,
MAX_HTML_EDGES = 20000       # filter or aggregate (the caller says so in `note`); each line
                             # carries its events and quotes: 75,000 made a 170 MB page
MAX_STATIC_NODES = 3000      # the layout is quadratic in time and memory without SciPy
STRAIGHT_EDGES_ABOVE = 300
STABILIZATION_ITERATIONS = 200

TEMPLATES = Path(__file__).parent / "templates"
FONT_STACK = ('system-ui, "Segoe UI", "Noto Sans", "Noto Sans CJK KR", "Malgun Gothic", '
              '"Apple SD Gothic Neo", Arial, sans-serif')
LIST_CAP = 50   # events or relations kept per card (the hover tooltip shows fewer)
QUOTE_CAP = 20  # quoted sentences kept per card


def _too_many(what: str, n: int, limit: int) -> str:
    """`what` ('{n} nodes are too many … (limit {limit})') and what to do instead."""
    return what.format(n=number(n), limit=number(limit)) + ": " + _(
        "show a neighbourhood, filter, or aggregate by organisation or region.")


def fits(G: nx.Graph, suffix: str) -> bool:
    """Whether `html` (suffix .html) or `static` (.png, .svg) draws G within its limits."""
    if suffix.lower() == ".html":
        return len(G) <= MAX_HTML_NODES and G.number_of_edges() <= MAX_HTML_EDGES
    return len(G) <= MAX_STATIC_NODES


# ------------------------------------------------------------------ shared encodings

def kind_colour(kind: str | None) -> str:
    return KIND_COLOURS.get(kind or "", OTHER_KIND_COLOUR)


def kind_shape(kind: str | None) -> str:
    return KIND_SHAPES.get(kind or "", "dot")


def kind_name(kind: str | None) -> str:
    return _(KIND_NAMES.get(kind or "", (kind or "other").capitalize()))


def _country_key(label: str, iri: str = "") -> str:
    key = (label or "").strip().lower()
    if key in FIXED_COUNTRY_COLOURS:
        return key
    tail = (iri or "").rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1].replace("-", " ").lower()
    return tail if tail in FIXED_COUNTRY_COLOURS else key


def country_colours(G: nx.Graph) -> dict[str, str]:
    """Ring colour per country label present in G ("" = not recorded), most frequent first."""
    counts = Counter(G.nodes[n].get("country") or "" for n in G)
    iris = {G.nodes[n].get("country") or "": G.nodes[n].get("country_iri") or "" for n in G}
    colours: dict[str, str] = {}
    free = iter(COUNTRY_PALETTE * (1 + len(counts) // len(COUNTRY_PALETTE)))
    for country, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if not country:
            colours[""] = NO_COUNTRY_COLOUR
            continue
        key = _country_key(country, iris.get(country, ""))
        colours[country] = FIXED_COUNTRY_COLOURS.get(key) or next(free)
    return colours


def scores(G: nx.Graph, centrality: dict | None = None) -> tuple[dict, str]:
    """The centrality that sizes the nodes and its name for the legend: betweenness when a
    centrality dict with betweenness is given, otherwise degree."""
    if centrality and centrality.get("betweenness"):
        method = centrality.get("betweenness_method") or "exact"
        return dict(centrality["betweenness"]), _("betweenness centrality ({method})").format(
            method=_(method))
    if centrality and centrality.get("degree"):
        return dict(centrality["degree"]), _("degree centrality")
    return ((nx.degree_centrality(G) if len(G) > 1 else {n: 0.0 for n in G}),
            _("degree centrality"))


def _scaled(value: float, top: float, low: float, high: float) -> float:
    if top <= 0 or value <= 0:
        return low
    return low + (high - low) * math.sqrt(min(value / top, 1.0))


def _weight(data: dict) -> int:
    try:
        return max(int(data.get("weight", 1) or 1), 1)
    except (TypeError, ValueError):
        return 1


def _label(node, data: dict) -> str:
    label = data.get("label")
    if label:
        return str(label)
    text = str(node)
    return text.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or text


def _as_list(value) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple, set)):
        return [v for v in value if v not in (None, "")]
    return [value]


def _event_text(event) -> str:
    if isinstance(event, dict):
        label = event.get("label") or event.get("iri") or ""
        date = event.get("date") or ""
        return f"{label} ({date})" if date else str(label)
    return str(event)


def _capped(items: list[str], cap: int) -> list[str]:
    if len(items) <= cap:
        return items
    return items[:cap] + [f"… and {len(items) - cap} more"]


def _quotes(card: dict, quotes: list[str]) -> None:
    if quotes:
        card["quotes"] = quotes[:QUOTE_CAP]
        if len(quotes) > QUOTE_CAP:
            card["more_quotes"] = len(quotes) - QUOTE_CAP


# ------------------------------------------------------------------ tooltips (structured, not HTML)

def node_card(node, data: dict, score: float | None = None, measure: str = "") -> dict:
    """What a tooltip says about a node, as data: the page turns it into text nodes (never HTML)."""
    kind = data.get("kind") or ""
    sub = " · ".join(x for x in (kind_name(kind) if kind else "", data.get("country") or "") if x)
    rows = []
    posts = [str(p) for p in _as_list(data.get("posts"))]
    if posts:
        rows.append([_("Post") if len(posts) == 1 else _("Posts"), "; ".join(posts)])
    if data.get("organisation"):
        rows.append([_("Organisation"), str(data["organisation"])])
    if data.get("country"):
        rows.append([_("Country"), str(data["country"])])
    if score is not None and measure:
        rows.append([measure[0].upper() + measure[1:], f"{score:.3f}"])
    events = [_event_text(e) for e in _as_list(data.get("events"))]
    quotes = [str(q) for q in _as_list(data.get("evidence"))]
    card = {"h": _label(node, data), "sub": sub, "rows": rows}
    members = [str(m) for m in _as_list(data.get("members"))]   # aggregated nodes
    lists = []
    if members:
        lists.append([_("Members ({n})").format(n=len(members)), _capped(members, LIST_CAP)])
    if events:
        lists.append([_("Events ({n})").format(n=len(events)), _capped(events, LIST_CAP)])
    if lists:
        card["lists"] = lists
    _quotes(card, quotes)
    card["iri"] = str(node)
    return card


def edge_card(a_label: str, b_label: str, data: dict) -> dict:
    weight = _weight(data)
    events = [_event_text(e) for e in _as_list(data.get("events"))]
    relations = [str(r) for r in _as_list(data.get("relations"))]
    quotes = [str(q) for q in _as_list(data.get("evidence"))]
    sub = ngettext("{n} shared event", "{n} shared events", weight).format(n=weight)
    card = {"h": f"{a_label} — {b_label}", "sub": sub, "rows": []}
    lists = []
    if events:
        lists.append([_("Events ({n})").format(n=len(events)), _capped(events, LIST_CAP)])
    if relations:
        lists.append([_("Relations"), _capped([_(r) for r in relations], LIST_CAP)])
    if lists:
        card["lists"] = lists
    _quotes(card, quotes)
    return card


def card_text(card: dict) -> str:
    """Plain-text form of a card (the tooltip when scripts cannot build the richer one)."""
    lines = [card["h"]]
    if card.get("sub"):
        lines.append(card["sub"])
    lines += [f"{k}: {v}" for k, v in card.get("rows", [])]
    for heading, items in card.get("lists", []):
        lines.append(heading + ":")
        lines += [f"  • {item}" for item in items]
    lines += [f"“{q}”" for q in card.get("quotes", [])]
    if card.get("more_quotes"):
        lines.append(f"… and {card['more_quotes']} more quoted sentences")
    return "\n".join(lines)


# ------------------------------------------------------------------ interactive page

def _script_json(value) -> str:
    """JSON that is safe inside <script type="application/json">: no "<", ">" or "&" at all,
    so neither "</script>" nor a comment opener can come from the data."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _vis_files() -> tuple[str, str]:
    import pyvis
    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # Inlined in <script>/<style>: the library must not be able to close its own element.
    if "</script" in js.lower() or "</style" in css.lower():  # pragma: no cover - pyvis pinned
        raise RuntimeError("vis-network cannot be inlined safely")
    return js, css


def vis_options(n_nodes: int, n_edges: int) -> dict:
    """vis-network options: barnesHut for 200 iterations, then the template switches physics off
    (stabilizationIterationsDone) so that a page of a few thousand nodes does not keep computing."""
    small = n_nodes <= 100
    straight = n_edges > STRAIGHT_EDGES_ABOVE
    return {
        "autoResize": True,
        "layout": {"randomSeed": 42, "improvedLayout": n_nodes <= 150},
        "nodes": {
            "shape": "dot",
            "borderWidth": 3,
            "borderWidthSelected": 5,
            "font": {"size": 16, "face": FONT_STACK, "color": "#1F2328",
                     "strokeWidth": 4, "strokeColor": "#FFFFFF"},
            "widthConstraint": {"maximum": 240},
        },
        "edges": {
            "color": {"color": "#A7B0BA", "highlight": "#3B4754", "hover": "#5B6774",
                      "inherit": False},
            "smooth": False if straight else {"enabled": True, "type": "continuous",
                                              "roundness": 0.3},
            "selectionWidth": 2,
            "hoverWidth": 1,
        },
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": ({"gravitationalConstant": -8000, "centralGravity": 0.45,
                           "springLength": 150, "springConstant": 0.04, "damping": 0.4,
                           "avoidOverlap": 0.6} if small else
                          {"gravitationalConstant": -3000, "centralGravity": 0.3,
                           "springLength": 110, "springConstant": 0.04, "damping": 0.4,
                           "avoidOverlap": 0.0}),
            "stabilization": {"enabled": True, "iterations": STABILIZATION_ITERATIONS,
                              "updateInterval": 10, "fit": True},
            "minVelocity": 0.75,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False,
                        "keyboard": False, "multiselect": False,
                        "hideEdgesOnDrag": not small, "hideEdgesOnZoom": n_edges > 2000},
    }


def pyvis_network(G: nx.Graph, centrality: dict | None = None):
    """A pyvis Network filled node by node and edge by edge (never `from_nx`, which is quadratic
    and writes into G). Nodes carry `title` as plain text and `kg` as a structured card."""
    from pyvis.network import Network

    # directed=True only skips pyvis's duplicate-edge scan (quadratic); a networkx Graph has no
    # duplicate edges and every edge gets arrows switched off below.
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    values, measure = scores(G, centrality)
    top = max(values.values(), default=0.0)
    rings = country_colours(G)
    labels = {}
    for node, data in G.nodes(data=True):
        label = _label(node, data)
        labels[node] = label
        score = float(values.get(node, 0.0) or 0.0)
        card = node_card(node, data, score, measure)
        country = data.get("country") or ""
        ring = rings.get(country, NO_COUNTRY_COLOUR)
        fill = kind_colour(data.get("kind"))
        net.add_node(
            str(node), label=label, shape=kind_shape(data.get("kind")),
            color={"background": fill, "border": ring,
                   "highlight": {"background": fill, "border": "#000000"},
                   "hover": {"background": fill, "border": ring}},
            borderWidth=(3 if len(G) <= 300 else 1.5) if country else 1,
            size=round(_scaled(score, top, 9, 38), 1),
            title=card_text(card), kg=card,
            # long labels push their neighbours further away (barnesHut repulsion ~ mass)
            mass=round(1.0 + min(len(label), 80) / 30.0, 2),
        )
    weights = [_weight(d) for _, _, d in G.edges(data=True)]
    wtop = max(weights, default=1)
    for i, (a, b, data) in enumerate(G.edges(data=True)):
        weight = _weight(data)
        card = edge_card(labels[a], labels[b], data)
        width = 1.0 if wtop <= 1 else 1.0 + 7.0 * math.sqrt((weight - 1) / (wtop - 1))
        net.add_edge(str(a), str(b), id=f"e{i}", width=round(width, 2),
                     title=card_text(card), kg=card, arrows={"to": {"enabled": False}})
    net.options = vis_options(len(net.nodes), len(net.edges))
    return net, measure


def legend(G: nx.Graph, measure: str) -> dict:
    kinds = Counter(G.nodes[n].get("kind") or "" for n in G)
    order = {k: i for i, k in enumerate(KINDS)}
    kind_rows = [(kind_name(k), kind_colour(k), c, kind_shape(k))
                 for k, c in sorted(kinds.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))]
    countries = Counter(G.nodes[n].get("country") or "" for n in G)
    rings = country_colours(G)
    country_rows = [(c or _(NO_COUNTRY), rings[c], countries[c]) for c in rings]
    return {"kinds": kind_rows, "countries": country_rows, "measure": measure}


def _environment():
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from .i18n import install
    return install(Environment(loader=FileSystemLoader(str(TEMPLATES)),
                               autoescape=select_autoescape(["html"]), trim_blocks=True,
                               lstrip_blocks=True))


def html(G: nx.Graph, path: Path, title: str, centrality: dict | None = None, note: str = "",
         *, max_nodes: int = MAX_HTML_NODES, max_edges: int = MAX_HTML_EDGES) -> Path:
    """Write an interactive network page to `path` (UTF-8, one file, nothing loaded from any
    other host) and return the path.

    Fill colour = kind, ring = country, size = betweenness when `centrality` (from
    kg.network.centrality) is given, else degree centrality; line width = weight. Hover or click
    a node or connection for its posts, organisation, events and the quoted source sentences.
    `note` is shown above the network (for example "Showing the 2-hop neighbourhood of ...").
    The page sets ``window.kgReady = true`` once the layout has settled and physics is off.
    Raises UsageError when G has more than `max_nodes` nodes or `max_edges` edges.
    """
    if len(G) > max_nodes:
        raise UsageError(_too_many(_("{n} nodes are too many to draw in one page (limit "
                                     "{limit})"), len(G), max_nodes))
    if G.number_of_edges() > max_edges:
        raise UsageError(_too_many(_("{n} connections are too many to draw in one page (limit "
                                     "{limit})"), G.number_of_edges(), max_edges))
    net, measure = pyvis_network(G, centrality)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    vis_js, vis_css = _vis_files()
    page = _environment().get_template("network.html").render(
        title=title, note=note, vis_js=vis_js, vis_css=vis_css,
        nodes_json=_script_json(nodes), edges_json=_script_json(edges),
        options_json=_script_json(json.loads(options)),
        n_nodes=len(nodes), n_edges=len(edges), legend=legend(G, measure),
        straight=len(edges) > STRAIGHT_EDGES_ABOVE)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


# ------------------------------------------------------------------ static picture

_HANGUL_FONT: list | None = None
_FONT_CANDIDATES = ("Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans KR", "NanumGothic",
                    "NanumBarunGothic", "Malgun Gothic", "Apple SD Gothic Neo", "AppleGothic",
                    "UnDotum", "Baekmuk Gulim", "Noto Sans CJK JP", "Noto Sans CJK SC",
                    "Noto Sans CJK TC", "Droid Sans Fallback")


def _has_hangul(path: str) -> bool:
    try:
        from matplotlib.ft2font import FT2Font
        return FT2Font(path).get_char_index(ord("경")) != 0
    except Exception:  # noqa: BLE001 - an unreadable font is simply not used
        return False


def hangul_font() -> str | None:
    """Name of an installed font with Hangul, or None (then Hangul shows as boxes, silently)."""
    global _HANGUL_FONT
    if _HANGUL_FONT is None:
        from matplotlib import font_manager
        found = None
        fonts = {f.name: f.fname for f in font_manager.fontManager.ttflist}
        for name in _FONT_CANDIDATES:
            if name in fonts and _has_hangul(fonts[name]):
                found = name
                break
        if found is None:  # fonts installed after matplotlib built its cache
            try:
                for fname in font_manager.findSystemFonts():
                    low = fname.lower()
                    if any(k in low for k in ("cjk", "nanum", "hangul", "undotum", "baekmuk",
                                              "malgun", "gothic")) and _has_hangul(fname):
                        # with its other weights (NotoSansCJK-Bold beside -Regular): a bold
                        # label otherwise makes matplotlib warn that it falls back to regular
                        family = Path(fname).name.split("-")[0]
                        for weight in sorted(Path(fname).parent.glob(f"{family}-*")):
                            font_manager.fontManager.addfont(str(weight))
                        found = font_manager.FontProperties(fname=fname).get_name()
                        break
            except Exception:  # noqa: BLE001
                found = None
        _HANGUL_FONT = [found]
    return _HANGUL_FONT[0]


def _wrap(label: str, width: int = 22, lines: int = 4) -> str:
    parts = textwrap.wrap(label, width=width, break_long_words=False,
                          break_on_hyphens=False) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip() + "…"
    return "\n".join(parts)


def layout(G: nx.Graph) -> dict:
    """Deterministic positions: Kamada-Kawai for small connected graphs when SciPy is present,
    otherwise a spring layout with seed 42."""
    if len(G) == 0:
        return {}
    if len(G) <= 60:
        try:
            import scipy  # noqa: F401
            if nx.is_connected(G):
                return nx.kamada_kawai_layout(G)
        except ImportError:
            pass
    k = 1.8 / math.sqrt(len(G))
    if len(G) < 500:
        return nx.spring_layout(G, seed=42, k=k, iterations=300, weight=None, method="force")
    try:
        return nx.spring_layout(G, seed=42, iterations=50, weight=None)
    except ImportError:  # no SciPy: the dense Fruchterman-Reingold solver of networkx
        import numpy as np
        from networkx.drawing.layout import _fruchterman_reingold
        nodes = list(G)
        A = nx.to_numpy_array(G, nodelist=nodes, weight=None)
        arr = _fruchterman_reingold(A, None, None, None, 30, 1e-4, 2, np.random.RandomState(42))
        return dict(zip(nodes, arr))


def _label_sizes(labels: list[str], font_size: float, families: list[str]) -> list[tuple[float, float]]:
    """Width and height in inches of each (wrapped) label as it will be drawn."""
    if not labels:
        return []
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=(4, 4), dpi=150)
    FigureCanvasAgg(fig)
    texts = [fig.text(0, 0, label, fontsize=font_size, linespacing=1.1, family=families)
             for label in labels]
    renderer = fig.canvas.get_renderer()
    sizes = []
    for t in texts:
        box = t.get_window_extent(renderer)
        sizes.append((box.width / fig.dpi, box.height / fig.dpi))
    return sizes


def remove_overlaps(xy, boxes, pad: float = 0.06, rounds: int = 400):
    """Move nodes apart until their footprints (node plus its label, as offsets
    left, right, bottom, top from the node in inches) no longer overlap. Deterministic;
    each round pushes every overlapping pair apart along the axis where they overlap least."""
    import numpy as np
    xy = np.array(xy, dtype=float)
    boxes = np.asarray(boxes, dtype=float)
    n = len(xy)
    if n < 2:
        return xy
    order = np.arange(n)
    tie = np.sign(order[:, None] - order[None, :]).astype(float)
    for _ in range(rounds):
        left, right = xy[:, 0] + boxes[:, 0], xy[:, 0] + boxes[:, 1]
        bottom, top = xy[:, 1] + boxes[:, 2], xy[:, 1] + boxes[:, 3]
        ox = np.minimum(right[:, None], right[None, :]) - np.maximum(left[:, None], left[None, :]) + pad
        oy = np.minimum(top[:, None], top[None, :]) - np.maximum(bottom[:, None], bottom[None, :]) + pad
        hit = (ox > 0) & (oy > 0)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        cx, cy = (left + right) / 2, (bottom + top) / 2
        sx = np.sign(cx[:, None] - cx[None, :])
        sy = np.sign(cy[:, None] - cy[None, :])
        sx = np.where(sx == 0, tie, sx)
        sy = np.where(sy == 0, tie, sy)
        horizontal = hit & (ox < oy)
        vertical = hit & ~horizontal
        xy[:, 0] += 0.5 * np.where(horizontal, sx * ox / 2, 0).sum(axis=1)
        xy[:, 1] += 0.5 * np.where(vertical, sy * oy / 2, 0).sum(axis=1)
    return xy


def static(G: nx.Graph, path: Path, title: str, centrality: dict | None = None, *,
           max_nodes: int = MAX_STATIC_NODES) -> Path:
    """Write a PNG or SVG (by the suffix of `path`) of G with matplotlib's Agg canvas (no display
    needed) and return the path. Deterministic layout; fill = kind, ring = country, size =
    centrality, line width = weight; labels wrapped under their node and nodes moved apart until
    no label overlaps another label or node (up to 400 nodes; larger graphs are drawn without
    labels); legend below the network. The picture grows with the number of nodes. Raises
    UsageError when G has more than `max_nodes` nodes."""
    import numpy as np
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise UsageError(_("{path}: a static picture is written as .png or .svg").format(
            path=path.name))
    if len(G) > max_nodes:
        raise UsageError(_too_many(_("{n} nodes are too many to draw in one picture (limit "
                                     "{limit})"), len(G), max_nodes))
    families = ["DejaVu Sans"] + ([hangul_font()] if hangul_font() else [])
    n = len(G)
    font_size = 9 if n <= 80 else (7 if n <= 200 else 6)
    show_labels = n <= 400
    values, measure = scores(G, centrality)
    top = max(values.values(), default=0.0)
    rings = country_colours(G)
    nodes = list(G)
    diam = np.array([_scaled(float(values.get(v, 0.0) or 0.0), top, 9, 30) for v in nodes])
    radius = diam / 2 / 72.0                                 # inches
    labels = [_wrap(_label(v, G.nodes[v])) for v in nodes] if show_labels else []
    gap = 3 / 72.0

    with rc_context({"font.family": families, "font.size": font_size,
                     "svg.fonttype": "path"}), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*[Gg]lyph.*missing.*")
        warnings.filterwarnings("ignore", message=r".*findfont.*")
        # positions in inches: the layout scaled to a drawing area that grows with the graph
        width_in = min(max(6.0, 3.0 + 0.36 * n), 24.0)
        height_in = width_in * 0.72
        pos = layout(G)
        xy = np.array([pos[v] for v in nodes], dtype=float).reshape(-1, 2)
        if n:
            span = xy.max(axis=0) - xy.min(axis=0)
            span[span == 0] = 1.0
            xy = (xy - xy.min(axis=0)) / span * [width_in, height_in]
        if show_labels and n:
            pad = 0.15 * font_size / 72.0
            sizes = _label_sizes(labels, font_size, families)
            boxes = [(-max(w / 2 + pad, r), max(w / 2 + pad, r), -(r + gap + h + 2 * pad), r)
                     for (w, h), r in zip(sizes, radius)]
        else:
            boxes = [(-r, r, -r, r) for r in radius]
        if n and show_labels:
            xy = remove_overlaps(xy, boxes)
        boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)
        if n:
            x0 = float((xy[:, 0] + boxes[:, 0]).min()) - 0.05
            x1 = float((xy[:, 0] + boxes[:, 1]).max()) + 0.05
            y0 = float((xy[:, 1] + boxes[:, 2]).min()) - 0.05
            y1 = float((xy[:, 1] + boxes[:, 3]).max()) + 0.05
        else:
            x0, x1, y0, y1 = 0.0, 4.0, 0.0, 1.0
        margin = 0.3
        fw, fh = (x1 - x0) + 2 * margin, (y1 - y0) + 2 * margin
        fig = Figure(figsize=(fw, fh), dpi=150)
        FigureCanvasAgg(fig)
        # one data unit = one inch, so label sizes measured above hold in the axes
        ax = fig.add_axes((margin / fw, margin / fh, (x1 - x0) / fw, (y1 - y0) / fh))
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_axis_off()
        ax.set_title(title, fontsize=font_size + 4, loc="left", pad=10, fontweight="bold")
        if n == 0:
            ax.text(0.5, 0.5, "No nodes to draw", ha="center", va="center",
                    transform=ax.transAxes)
        index = {v: i for i, v in enumerate(nodes)}
        weights = [_weight(d) for _, _, d in G.edges(data=True)]
        wtop = max(weights, default=1)
        if weights:
            # one collection for all lines: a Line2D per edge took seconds for a few thousand
            ends = np.array([(index[a], index[b]) for a, b in G.edges()], dtype=int)
            widths = [0.7 if wtop <= 1 else 0.7 + 3.3 * math.sqrt((w - 1) / (wtop - 1))
                      for w in weights]
            ax.add_collection(LineCollection(
                np.stack([xy[ends[:, 0]], xy[ends[:, 1]]], axis=1), colors="#A7B0BA",
                linewidths=widths, alpha=0.85, zorder=1, capstyle="round"))
        ring_width = 2.0 if n <= 300 else 0.8
        for shape in sorted({kind_shape(G.nodes[v].get("kind")) for v in nodes}):
            idx = [i for i, v in enumerate(nodes) if kind_shape(G.nodes[v].get("kind")) == shape]
            sub = [nodes[i] for i in idx]
            ax.scatter(xy[idx, 0], xy[idx, 1],
                       s=[(diam[i] * (0.85 if shape == "diamond" else 1)) ** 2 for i in idx],
                       marker=MARKERS[shape],
                       c=[kind_colour(G.nodes[v].get("kind")) for v in sub],
                       edgecolors=[rings.get(G.nodes[v].get("country") or "", NO_COUNTRY_COLOUR)
                                   for v in sub],
                       linewidths=[ring_width if G.nodes[v].get("country") else 0.8
                                   for v in sub],
                       zorder=2)
        for label, (x, y), d in zip(labels, xy, diam):
            ax.annotate(label, xy=(x, y), xytext=(0, -(d / 2 + 3)), textcoords="offset points",
                        ha="center", va="top", zorder=3, color="#1F2328", linespacing=1.1,
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                              "alpha": 0.8})
        # legend under the network: kinds (filled shapes), countries (rings), then a key
        info = legend(G, measure)
        handles = [Line2D([], [], ls="", marker=MARKERS[shape], ms=9, mfc=c, mec="#555555",
                          mew=0.5, label=f"{name} ({cnt})") for name, c, cnt, shape in info["kinds"]]
        handles += [Line2D([], [], ls="", marker="o", ms=9, mfc="white", mec=c, mew=2.2,
                           label=name) for name, c, _ in info["countries"]]
        below = (margin - 0.12) / fh
        foot_y = below
        if handles:
            leg = fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(margin / fw, below),
                             ncol=min(len(handles), max(2, int(fw // 2.2))), frameon=False,
                             fontsize=font_size + 0.5, handletextpad=0.3, columnspacing=1.4)
            # the legend's extent alone (drawing the whole figure here drew every line twice)
            box = leg.get_window_extent(fig.canvas.get_renderer())
            foot_y = box.y0 / fig.bbox.height - 0.06 / fh
        fig.text(margin / fw, foot_y, f"Fill: kind · ring: country acted for · size: {measure} · "
                 "line width: number of shared events", ha="left", va="top",
                 fontsize=font_size - 0.5, color="#555555")
        path.parent.mkdir(parents=True, exist_ok=True)
        # PNG at zlib level 3: half the time of the default 6 and smaller files for large
        # networks (many anti-aliased lines), 7 % larger for small ones
        extra = {"pil_kwargs": {"compress_level": 3}} if path.suffix.lower() == ".png" else {}
        fig.savefig(path, format=path.suffix.lower()[1:], bbox_inches="tight", pad_inches=0.25,
                    facecolor="white", metadata=_metadata(path), **extra)
    return path


def _metadata(path: Path) -> dict:
    # no creation dates: the same graph gives the same file
    if path.suffix.lower() == ".svg":
        return {"Date": None}
    return {"Software": None}
