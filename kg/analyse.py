"""A stakeholder report for policy advisors: who is central, who brokers between the regions,
which circles and recurring organisations there are, what is shared, which themes are active and
which follow-ups are open. Written as Markdown (pictures beside it) and as one self-contained
HTML file (pictures embedded as data: URIs, nothing loaded from other hosts, all text escaped).

The numbers come from `kg.network` and the named queries; this module only lays them out. Every
table and figure is introduced by one plain sentence.
"""
from __future__ import annotations

import base64
import re
from pathlib import Path

import networkx as nx

from . import picture
from .i18n import _, ngettext, number

TOP = 10
# A larger network is drawn as its best connected nodes (and the report says so): more is not
# legible, and took most of the time of the report at a million triples.
MAX_PICTURE_NODES = 150
MEMBERS_SHOWN = 15


# ------------------------------------------------------------------ text helpers

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def md(text) -> str:
    """Text for a Markdown table cell or line: Markdown and HTML syntax backslash-escaped, so a
    label such as "<script>" or "a|b" is shown as it is."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\r", " ").replace("\n", " ")


def anchor(title: str) -> str:
    """The id GitHub gives a Markdown heading, also used in the HTML report."""
    s = re.sub(r"[^\w\- ]", "", str(title).lower()).replace(" ", "-")
    return s or "section"


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")
    return s or "graph"


def _score(value) -> str:
    try:
        return number(float(value), 3)
    except (TypeError, ValueError):
        return str(value)


def _plural(n: int, one: str, many: str) -> str:
    """'1 actor' / '3 actors' in the language in use: `one` and `many` are catalogue messages
    with {n}."""
    return ngettext(one, many, n).format(n=number(n))


# ------------------------------------------------------------------ the document model

def _p(text: str) -> dict:
    return {"type": "p", "text": text}


# columns of numbers (aligned right); the headings are given in English and shown translated
NUMERIC = {"#", "Score", "Size", "Events", "Activity", "Community"}


def _table(columns: list[str], rows: list[list]) -> dict:
    return {"type": "table", "columns": [_(c) for c in columns],
            "numeric": [c in NUMERIC for c in columns],
            "rows": [[str(c) for c in r] for r in rows]}


def _figure(file: str, alt: str) -> dict:
    return {"type": "figure", "file": file, "alt": alt}


def _note(text: str) -> dict:
    return {"type": "note", "text": text}


def _none(text: str | None = None) -> dict:
    return {"type": "empty", "text": text or _("No data for this section yet.")}


def _labeller(graphs: dict[str, nx.Graph]):
    """node -> (label, kind, country), looked up in the graphs in order; unknown keys are shown as
    given (they may already be labels)."""
    def info(node):
        for G in graphs.values():
            if node in G:
                data = G.nodes[node]
                return (picture._label(node, data), picture.kind_name(data.get("kind"))
                        if data.get("kind") else "", data.get("country") or "")
        return (str(node), "", "")
    return info


def best_connected(G: nx.Graph, n: int = MAX_PICTURE_NODES) -> nx.Graph:
    """The `n` nodes of G with the most direct connections (ties by key) and the edges among
    them, attributes kept: what the report draws of a network too large to draw whole."""
    keep = sorted(G, key=lambda v: (-G.degree(v), str(v)))[:n]
    # built in G's order, not as G.subgraph(keep) (whose nodes come in the order of a set, which
    # changes with Python's string hashing from one run to the next, and so would the layout)
    kept = set(keep)
    H = G.__class__(**G.graph)
    H.add_nodes_from((v, G.nodes[v]) for v in G if v in kept)
    H.add_edges_from((a, b, d) for a, b, d in G.edges(data=True) if a in kept and b in kept)
    return H


def _top(values: dict, info, n: int = TOP) -> list[list]:
    ranked = sorted(values.items(), key=lambda kv: (-float(kv[1] or 0), info(kv[0])[0]))[:n]
    return [[i, *info(node), _score(v)] for i, (node, v) in enumerate(ranked, 1)]


def _betweenness_phrase(method: str) -> str:
    method = (method or "exact").strip()
    if method.startswith("sampled"):
        detail = method[len("sampled"):].strip(" ()")
        return (_("estimated from a sample of shortest paths ({detail}), so the order of close "
                  "scores is approximate").format(detail=detail) if detail else
                _("estimated from a sample of shortest paths, so the order of close scores is "
                  "approximate"))
    return _("computed exactly over all shortest paths")


# ------------------------------------------------------------------ sections

def _sections(graphs: dict[str, nx.Graph], analysis: dict, out_dir: Path) -> list[dict]:
    info = _labeller(graphs)

    def label_of(x) -> str:   # a node key (IRI) found in the graphs becomes its label
        return info(x)[0]

    sections = []

    # Networks
    blocks = []
    centrality = analysis.get("centrality") or {}
    captions = analysis.get("captions") or {}
    for name, G in graphs.items():
        if len(G) == 0:
            blocks.append(_p(_("The network “{name}” is empty.").format(name=name)))
            continue
        drawn = G
        shows = _("“{name}” shows {actors} and {connections}").format(
            name=name, actors=_plural(len(G), "{n} actor", "{n} actors"),
            connections=_plural(G.number_of_edges(), "{n} connection", "{n} connections"))
        if len(G) > MAX_PICTURE_NODES:
            drawn = best_connected(G, MAX_PICTURE_NODES)
            blocks.append(_p(_("The network “{name}” has {actors} actors and {connections} "
                               "connections, too many to draw legibly; the tables below cover "
                               "all of them.").format(name=name, actors=number(len(G)),
                                                      connections=number(G.number_of_edges()))))
            shows = _("The picture shows only the {n} best connected of them (most direct "
                      "connections) and the {connections} among them").format(
                n=number(len(drawn)), connections=_plural(
                    drawn.number_of_edges(), "{n} connection", "{n} connections"))
        # sized by the degree in this graph: the sentence below says "more connections"
        file = f"{slug(name)}.png"
        picture.static(drawn, out_dir / file, name)
        sentence = captions.get(name) or (
            shows + _(": the fill colour gives the kind of actor, the ring the country it acts "
                      "for, a bigger dot more connections and a thicker line more shared events."))
        blocks += [_p(sentence), _figure(file, _("Network picture: {name}").format(name=name))]
    sections.append({"key": "networks", "title": _("The networks"),
                     "blocks": blocks or [_none()]})

    # Centrality
    blocks = []
    columns = ["#", "Actor", "Kind", "Country", "Score"]
    if centrality.get("degree"):
        blocks += [_p(_("Degree centrality is the share of all other actors someone met "
                        "directly; a high value marks a well-connected actor.")),
                   _table(columns, _top(centrality["degree"], info))]
    if centrality.get("betweenness"):
        phrase = _betweenness_phrase(centrality.get("betweenness_method", "exact"))
        blocks += [_p(_("Betweenness shows who connects people who would otherwise not be "
                        "connected; a high value marks a broker (here {how}).").format(how=phrase)),
                   _table(columns, _top(centrality["betweenness"], info))]
    if centrality.get("eigenvector"):
        blocks += [_p(_("Eigenvector centrality is high for actors whose contacts are themselves "
                        "well connected; it marks influence through one's network.")),
                   _table(columns, _top(centrality["eigenvector"], info))]
    notes = [str(n) for n in centrality.get("notes") or []]
    if blocks and notes:
        blocks.append(_note(_("Note: {notes}.").format(notes="; ".join(_(n) for n in notes))))
    sections.append({"key": "central-actors", "title": _("Most central actors"),
                     "blocks": blocks or [_none()]})

    # Brokers between the regions
    brokers = analysis.get("brokers") or []
    regions = analysis.get("regions") or []
    between = (_("{a} and {b}").format(a=regions[0], b=regions[1]) if len(regions) >= 2
               else _("the two regions"))
    blocks = []
    if brokers:
        rows = [[i, label_of(b[0]), _score(b[1]) if len(b) > 1 else "", b[2] if len(b) > 2 else ""]
                for i, b in enumerate(brokers[:TOP], 1)]
        has_note = any(r[3] for r in rows)
        blocks += [_p(_("Brokers have contacts on both sides, in {between}, and link people "
                        "who would otherwise not meet; if one of them drops out, contact between "
                        "the regions runs through fewer people.").format(between=between)),
                   _table(["#", "Actor", "Score"] + (["Note"] if has_note else []),
                          [r if has_note else r[:3] for r in rows])]
    else:
        blocks.append(_none(analysis.get("brokers_note")
                            or _("No actor has contacts on both sides yet.")))
    if analysis.get("brokers_definition"):
        blocks.insert(0, _note(analysis["brokers_definition"]))
    sections.append({"key": "brokers", "title": _("Brokers between {between}").format(
        between=between), "blocks": blocks})

    # Communities
    communities = [list(c) for c in (analysis.get("communities") or []) if c]
    blocks = []
    if communities:
        rows = []
        for i, members in enumerate(communities, 1):
            shown = ", ".join(label_of(m) for m in members[:MEMBERS_SHOWN])
            if len(members) > MEMBERS_SHOWN:
                shown += _(", … and {n} more").format(n=len(members) - MEMBERS_SHOWN)
            rows.append([i, len(members), shown])
        blocks += [_p(_("A community is a group of actors who are more closely connected to "
                        "each other than to the rest; each row is one such circle of contacts.")),
                   _table(["Community", "Size", "Members"], rows)]
    sections.append({"key": "communities", "title": _("Communities"),
                     "blocks": blocks or [_none()]})

    # Organisations in several events
    connectors = analysis.get("connectors") or []
    blocks = []
    if connectors:
        rows = []
        for c in connectors:
            events = list(c[2]) if len(c) > 2 and c[2] else []
            rows.append([label_of(c[0]), c[1], "; ".join(label_of(e) for e in events)])
        blocks += [_p(_("These organisations took part in several events, so they are the "
                        "recurring links of the programme and good first contacts.")),
                   _table(["Organisation", "Events", "Which events"], rows)]
    sections.append({"key": "connectors", "title": _("Organisations appearing in several events"),
                     "blocks": blocks or [_none()]})

    # Shared connections
    shared = analysis.get("shared") or {}
    blocks = []
    if shared.get("a") and shared.get("b"):
        a, b = label_of(shared["a"]), label_of(shared["b"])
        common = list(shared.get("common") or [])
        if common:
            blocks += [_p(_("{a} and {b} both know the actors below; they are common ground "
                            "for an introduction.").format(a=a, b=b)),
                       _table(["#", "Shared connection"],
                              [[i, label_of(c)] for i, c in enumerate(common, 1)])]
        else:
            blocks.append(_none(_("{a} and {b} have no connections in common.").format(a=a, b=b)))
    sections.append({"key": "shared", "title": _("Shared connections of two actors"),
                     "blocks": blocks or [_none()]})

    # Themes
    themes = sorted(((label_of(t[0]), int(t[1])) for t in (analysis.get("themes") or [])),
                    key=lambda t: (-t[1], t[0]))
    blocks = []
    if themes:
        file = "themes.png"
        _bar_chart(themes, out_dir / file)
        blocks += [_p(_("The longer the bar, the more events and actors deal with the theme; "
                        "it shows where the relationship is most active.")),
                   _figure(file, _("Bar chart of themes by activity")),
                   _p(_("The same numbers as a table.")),
                   _table(["Theme", "Activity"], [[t, n] for t, n in themes])]
    sections.append({"key": "themes", "title": _("Themes by activity"),
                     "blocks": blocks or [_none()]})

    # Follow-ups
    follow_ups = analysis.get("follow_ups") or []
    blocks = []
    if follow_ups:
        rows = [[*(list(f) + ["", "", "", ""])[:4]] for f in follow_ups]
        blocks += [_p(_("These follow-up actions from the reports are still open; the "
                        "commitment column says how firm the promise was.")),
                   _table(["Action", "Status", "Commitment", "Due"], rows)]
    sections.append({"key": "follow-ups", "title": _("Open follow-ups"),
                     "blocks": blocks or [_none(_("No open follow-ups recorded."))]})
    return sections


def _bar_chart(themes: list[tuple[str, int]], path: Path) -> Path:
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    families = ["DejaVu Sans"] + ([picture.hangul_font()] if picture.hangul_font() else [])
    shown = themes[:20]
    with rc_context({"font.family": families, "font.size": 9}):
        fig = Figure(figsize=(7, 0.9 + 0.32 * len(shown)), dpi=150)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        labels = [picture._wrap(t, 34, 2) for t, _ in shown][::-1]
        values = [n for _, n in shown][::-1]
        ax.barh(range(len(shown)), values, color="#0072B2", height=0.65)
        ax.set_yticks(range(len(shown)), labels)
        for y, v in enumerate(values):
            ax.text(v, y, f" {v}", va="center", fontsize=8, color="#1F2328")
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_xlabel("events and actors")
        ax.set_xlim(0, max(values) * 1.12 if values else 1)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        fig.savefig(path, bbox_inches="tight", facecolor="white", metadata={"Software": None})
    return path


# ------------------------------------------------------------------ writers

def _markdown(title: str, intro: str, sections: list[dict]) -> str:
    out = [f"# {md(title)}", ""]
    if intro:
        out += [md(intro), ""]
    out += [_("Contents:") + " " + " · ".join(f"[{md(s['title'])}](#{s['id']})"
                                             for s in sections), ""]
    for s in sections:
        out += [f"## {md(s['title'])}", ""]
        for b in s["blocks"]:
            if b["type"] == "p":
                out += [md(b["text"]), ""]
            elif b["type"] in ("empty", "note"):
                out += [f"_{md(b['text'])}_", ""]
            elif b["type"] == "figure":
                out += [f"![{md(b['alt'])}]({b['file']})", ""]
            elif b["type"] == "table":
                out.append("| " + " | ".join(md(c) for c in b["columns"]) + " |")
                out.append("|" + "|".join("---:" if numeric else "---"
                                          for numeric in b["numeric"]) + "|")
                out += ["| " + " | ".join(md(c) for c in row) + " |" for row in b["rows"]]
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def _data_uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def stakeholder_report(graphs: dict[str, nx.Graph], analysis: dict, out_dir: Path,
                       title: str) -> tuple[Path, Path]:
    """Write ``report.md`` (with PNGs beside it) and ``report.html`` (self-contained) into
    `out_dir`; return both paths.

    Wherever a label is expected, a node key (IRI) of one of the `graphs` may be given instead:
    it is shown as that node's label. `graphs` maps a name ("Who met whom", "Organisations and events") to a graph following the
    kg.network contract; each is drawn as a PNG. `analysis` is a plain dict; every key is
    optional and a missing one gives a section that says there is no data:

    - ``"centrality"``: the dict of ``kg.network.centrality(G)``:
      ``{"degree": {node: float}, "betweenness": {...}, "eigenvector": {...},
      "betweenness_method": "exact" | "sampled (k=...)"}``; nodes are looked up in `graphs` for
      their label, kind and country (top 10 of each measure).
    - ``"brokers"``: ``[(label, score)]`` or ``[(label, score, note)]``, best first (as
      ``kg.network.brokers`` returns them).
    - ``"regions"``: ``[name_a, name_b]`` for the brokers' heading (default "the two regions").
    - ``"brokers_note"``: the sentence shown when there are no brokers.
    - ``"brokers_definition"``: how a broker is defined, shown under the brokers (or their lack).
    - ``"communities"``: ``[[label, ...], ...]``, largest first (``kg.network.communities``).
    - ``"connectors"``: ``[(organisation label, number of events, [event labels])]``.
    - ``"shared"``: ``{"a": label, "b": label, "common": [labels]}``.
    - ``"themes"``: ``[(theme label, activity count)]``.
    - ``"follow_ups"``: ``[(action, status, commitment, due)]``.
    - ``"intro"``: one paragraph under the title (for example the reports covered).
    - ``"captions"``: ``{graph name: sentence}`` to replace the default sentence of a picture.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sections = _sections(graphs, analysis, out_dir)
    for s in sections:
        s["id"] = anchor(s["title"])
    intro = analysis.get("intro") or ""
    md_path = out_dir / "report.md"
    md_path.write_text(_markdown(title, intro, sections), encoding="utf-8")

    for s in sections:
        for b in s["blocks"]:
            if b["type"] == "figure":
                b["src"] = _data_uri(out_dir / b["file"])
    page = picture._environment().get_template("report.html").render(
        title=title, intro=intro, sections=sections)
    html_path = out_dir / "report.html"
    html_path.write_text(page, encoding="utf-8")
    return md_path, html_path


# ------------------------------------------------------------------ the analysis of a built graph

OPEN_STATUSES = {"https://schema.org/PotentialActionStatus", "https://schema.org/ActiveActionStatus"}


def related_regions(regions: nx.Graph) -> tuple[str, str] | None:
    """The two places the data relates most: the heaviest edge of kg.network's regions network
    (events and agreements in which actors of both took part), leaving out a place and one it
    lies in (Gyeonggi and South Korea). Ties by the places' keys."""
    pairs = [(d.get("weight", 1), min(x, y), max(x, y)) for x, y, d in regions.edges(data=True)
             if x not in regions.nodes[y].get("places", ()) and
             y not in regions.nodes[x].get("places", ())]
    if not pairs:
        return None
    _, x, y = min(pairs, key=lambda t: (-t[0], t[1], t[2]))
    return x, y


def region_brokers(met: nx.Graph, stats: dict, region_a: str, region_b: str,
                   name_of) -> tuple[list[tuple], str, str]:
    """The brokers between two regions, the sentence that defines them, and what to say when
    there are none. A broker is an actor on the shortest paths between an actor of one region and an
    actor of the other: its score is the share of such pairs whose shortest paths run through
    it, the betweenness of the table of central actors counted over these pairs only. Rows are
    (actor, score, note); the note gives the actor's region and its betweenness over all pairs,
    so that the two tables can be read together."""
    from .network import actors_in, brokers
    side_a = actors_in(met, region_a)
    side_b = actors_in(met, region_b) - side_a
    a_name, b_name = name_of(region_a), name_of(region_b)
    definition = _("A broker here is an actor on the shortest connections between an actor of "
                   "{a} and one of {b} (an actor belongs to the region it acts for: its own "
                   "side, else that of the organisation of its post or the one it acted for; "
                   "where no side is recorded, the region it is located in); the score is the "
                   "share of such pairs whose shortest connections run through it, the "
                   "betweenness of the table above counted over these pairs only.").format(
        a=a_name, b=b_name)
    if not side_a or not side_b:
        missing = a_name if not side_a else b_name
        return [], definition, _("The reports place no actor of this network in {region}."
                                 ).format(region=missing)
    pairs = len(side_a) * len(side_b)
    scores = brokers(met, side_a, side_b)
    overall = stats.get("betweenness") or {}
    rows = []
    for node, score in scores:
        where = a_name if node in side_a else b_name if node in side_b else _("neither region")
        rows.append((node, score / pairs, _("{where}; betweenness over all pairs {score}").format(
            where=where, score=_score(overall.get(node, 0)))))
    if rows:
        return rows, definition, ""
    direct = sum(1 for x in side_a for y in side_b if met.has_edge(x, y))
    component = {v: i for i, c in enumerate(nx.connected_components(met)) for v in c}
    connected = sum(1 for x in side_a for y in side_b if component[x] == component[y])
    sides = "; ".join(f"{name}: " + ", ".join(sorted(name_of(n) for n in side))
                      for name, side in ((a_name, side_a), (b_name, side_b)))
    elsewhere = sorted((n for n, v in overall.items() if v and n not in side_a | side_b),
                       key=lambda n: (-overall[n], name_of(n)))[:3]
    note = (_("Of the {pairs} of their actors ({sides}), {direct} met directly").format(
        pairs=_plural(pairs, "{n} pair", "{n} pairs"), sides=sides, direct=number(direct))
        + ("" if connected == pairs else _(" and {n} are not connected at all").format(
            n=number(pairs - connected)))
        + _(", so nobody stands in between."))
    if elsewhere:
        note += " " + _("The betweenness table above counts every pair of actors: {names} stand "
                        "between other pairs, not between these two regions.").format(
            names=", ".join(f"{name_of(n)} ({_score(overall[n])})" for n in elsewhere))
    return [], definition, note


def shared_pair(met: nx.Graph, side_a: set[str], side_b: set[str]) -> tuple[str, str] | None:
    """The default pair for "shared connections": the best connected actor of each region; when
    a region has none in the network, the two best connected actors not of one organisation
    and not one the other's organisation (a delegation and its own leader share everything)."""
    ranked = sorted(met.nodes, key=lambda n: (-met.degree(n), n))
    first = next((n for n in ranked if n in side_a), None)
    second = next((n for n in ranked if n in side_b and n != first), None)
    if first and second:
        return first, second

    def related(x, y) -> bool:   # of one organisation, or one is the other's organisation
        ox, oy = met.nodes[x].get("organisation_iri"), met.nodes[y].get("organisation_iri")
        return bool(ox and ox == oy) or ox == y or oy == x
    for i, x in enumerate(ranked):
        for y in ranked[i + 1:]:
            if not related(x, y):
                return x, y
    return None


def analysis_of(engine, paths, labels, a: str | None = None, b: str | None = None,
                region_a: str | None = None, region_b: str | None = None,
                lang: str = "en") -> tuple[dict[str, nx.Graph], dict]:
    """The graphs and the `analysis` dict of `stakeholder_report`, computed from the knowledge
    graph with kg.network, the named query theme-activity and queries/network/follow-up-status.rq
    (the columns of the named query follow-ups that the report shows). The organisations in
    several events are those of the named query connectors, counted from the facts the networks
    are built from (the query itself takes minutes at a million triples).
    `region_a` and `region_b` are the places (IRIs) whose brokers are listed (default the two the
    data relates most, `related_regions`); `a` and `b` the two actors whose shared connections are
    listed (IRIs; default the best connected actor of each region, `shared_pair`)."""
    from . import network as nw
    from .queries import load_query
    from .query import named, run_query

    facts = nw.read_facts(engine, paths, labels=labels, evidence=False)   # the report quotes none
    views = nw.networks(engine, paths, ("met", "organisations", "regions"), lang=lang,
                        facts=facts)
    met, organisations = views["met"], views["organisations"]
    graphs = {_("Who met whom"): met, _("Organisations and their links"): organisations}
    stats = nw.centrality(met)

    if not (region_a and region_b):
        region_a, region_b = related_regions(views["regions"]) or (None, None)
    regions, brokers, definition, brokers_note = [], [], "", _("The reports relate no two regions.")
    side_a = side_b = set()
    if region_a and region_b:
        regions = [labels.label(region_a, lang), labels.label(region_b, lang)]
        side_a = nw.actors_in(met, region_a)
        side_b = nw.actors_in(met, region_b) - side_a
        brokers, definition, brokers_note = region_brokers(met, stats, region_a, region_b,
                                                           lambda n: labels.label(n, lang))

    if not (a and b):
        pair = shared_pair(met, side_a, side_b)
        if pair is not None:
            a = a or (pair[0] if pair[0] != b else pair[1])
            b = b or next((n for n in pair if n != a), None)
    shared = {}
    if a in met and b in met:
        shared = {"a": a, "b": b, "common": sorted(set(met[a]) & set(met[b]))}

    def rows(name: str) -> list[dict]:
        answer = run_query(engine, named(paths, name), {}, labels)
        return [dict(zip(answer.variables, r)) for r in answer.rows]

    by_org: dict[str, list[str]] = {}
    for org, events in nw.organisation_events(facts).items():
        if len(events) < 2:
            continue
        by_org[org] = []
        for event in events:   # by IRI; events of the same name listed once
            name = labels.label(event, lang)
            if name not in by_org[org]:
                by_org[org].append(name)
    connectors = sorted(((labels.label(o, lang), len(ev), ev) for o, ev in by_org.items()),
                        key=lambda t: (-t[1], t[0]))

    themes = [(labels.label(str(r["theme"]), lang), int(r["activity"]))
              for r in rows("theme-activity")]

    # the columns of the named query follow-ups that the report shows (that query also finds
    # each action's agent, subject, origin and first quote: seconds at a million triples);
    # one row per action, by IRI: its first open status, with commitment and due date
    answer = run_query(engine, load_query(paths.queries / "network" / "follow-up-status.rq"),
                       {}, labels)
    records = [dict(zip(answer.variables, r)) for r in answer.rows]
    records.sort(key=lambda r: tuple(str(r.get(k) or "") for k in
                                     ("action", "status", "commitment", "due", "dueAsStated")))
    follow_ups, seen = [], set()
    for r in records:
        if str(r["action"]) in seen or str(r.get("status")) not in OPEN_STATUSES:
            continue
        seen.add(str(r["action"]))
        due = r.get("due") or r.get("dueAsStated") or ""
        follow_ups.append((labels.label(str(r["action"]), lang),
                           labels.label(str(r["status"]), lang),
                           labels.label(str(r["commitment"]), lang), str(due)))

    analysis = {"centrality": stats, "brokers": brokers, "brokers_note": brokers_note,
                "brokers_definition": definition,
                "regions": regions,
                "communities": nw.communities(met), "connectors": connectors,
                "shared": shared, "themes": themes, "follow_ups": follow_ups}
    return graphs, analysis
