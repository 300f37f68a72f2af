"""Network: the knowledge graph as networkx graphs for pictures and analysis.

`network(engine, paths, kind, filters)` builds one of five views of the built graph:

- ``met``: agents who took part in the same meeting (rikg:Meeting: meetings, talks, lunches),
  and the members of a delegation that took part, "via the delegation" (not with the
  delegation itself nor with each other);
- ``organisations``: organisations linked by shared events and agreements and by the relations
  stated between them (unit of, part of, member of, facilitated by, shares facilities with);
- ``actor-event``: actors and the events they took part in (bipartite);
- ``actor-theme``: actors and the themes of what they took part in or work on (bipartite);
- ``regions``: regions one level below the country (provinces and the like), linked when actors
  located there took part in the same event or agreement.

Facts come from the queries in ``queries/network/*.rq`` (the theme and type filters are bound
there as RDF terms); this module assembles them, giving an event without its own time or place
those of the nearest enclosing event (as queries/who-met.rq does) and applying the time and
place filters to them. Every node and edge carries the same attributes (see `network`),
so pictures and exports never need to ask the store again. The analysis helpers (ego networks,
paths, centrality, communities, brokers, aggregation) and the exports (GEXF, GraphML, Kumu CSV)
work on any graph this module returns.
"""
from __future__ import annotations

import csv
import gc
import itertools
import json
import math
import random
import re
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import URIRef

try:
    import pyoxigraph as ox
except ImportError:  # pragma: no cover - pyoxigraph is a dependency; remote engines still work
    ox = None

from .config import BASE, RIKG, Paths
from .errors import StoreError, UsageError
from .i18n import _
from .item_context import nearest as _nearest
from .item_context import not_before as _not_before
from .item_context import when as _when
from .met_path import first_paths
from .queries import load_query
from .query import Labels, compact, expand, fold

__all__ = [
    "KINDS", "ACTOR_TYPES", "SIZE_LIMIT", "EXACT_LIMIT", "Filters", "network", "networks",
    "read_facts", "organisation_events", "ego_network",
    "resolve_node", "connection_paths", "path_steps", "centrality", "communities", "brokers",
    "actors_in", "aggregate", "too_large", "export", "kumu",
]

KINDS = ("met", "organisations", "actor-event", "actor-theme", "regions")
# each kind's title (English; kg.i18n translates it where it is shown)
TITLES = {"met": "Who met whom", "organisations": "Organisations and their links",
          "actor-event": "Actors and events", "actor-theme": "Actors and themes",
          "regions": "Regions and their relations"}
ACTOR_TYPES = ("person", "organisation", "group")
SIZE_LIMIT = 1000
# betweenness is exact up to this many nodes, estimated from sampled sources beyond
EXACT_LIMIT = 5000

EVIDENCE_MAX = 3
_PERIOD = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")
# Relations that say one organisation is inside another: counted once in an edge's weight.
_HIERARCHY = {"unit of", "part of"}


@dataclass(frozen=True)
class Filters:
    """What to keep. Every field left at None keeps everything.

    since/until: "YYYY" or "YYYY-MM"; an event or agreement is kept when it does not end before
        `since` and does not begin after `until` (its own time, else that of the programme part
        or mission it belongs to; an agreement's signing date). Items without a date are left out
        when a time filter is given.
    theme: theme IRI; events and agreements on this theme or a narrower one.
    event_type: an event-type concept (dct:type, narrower ones included) or a class such as
        rikg:Meeting or rikg:SiteVisit.
    place: place IRI; events located there (or in a place within it), and events and agreements
        in which an actor located there took part.
    actor_type: "person", "organisation" or "group": only those actors.

    IRIs may be given in full or as prefixed names (theme:semicon); with labels at hand also as a
    label ("semiconductors") that names exactly one thing.
    """

    since: str | None = None
    until: str | None = None
    theme: str | None = None
    event_type: str | None = None
    place: str | None = None
    actor_type: str | None = None

    @property
    def timeless_ok(self) -> bool:
        """Whether facts without time or type (organisation hierarchy, own themes) belong in."""
        return self.since is None and self.until is None and self.event_type is None


# ---------------------------------------------------------------- facts from the store

@dataclass
class _Item:
    iri: str
    cls: str                      # "meeting" | "event" | "agreement"
    date: str = ""                # begin: "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" when unknown
    end: str = ""
    locations: set[str] = field(default_factory=set)

    @property
    def is_event(self) -> bool:
        return self.cls != "agreement"


@dataclass(frozen=True)
class _Involvement:
    item: str
    actor: str
    how: str                      # participant | on behalf of | organiser | party | signatory
    role: str | None
    participation: str | None


def _excerpt_key(iri: str) -> tuple:
    head, _, tail = iri.rpartition("-")
    return (head, int(tail), iri) if tail.isdigit() else (iri, 0, iri)


def _rows(engine, paths: Paths, name: str, bindings: dict[str, str] | None = None) -> list[tuple]:
    """The answer of queries/network/NAME.rq as rows of plain strings (IRIs, lexical forms and
    blank node ids, as rdflib's str() gives them; None where unbound). IRI parameters are given
    as strings. On the embedded Oxigraph store the values are read straight from Oxigraph's
    terms: an rdflib term per cell was most of the time of a network at a million triples."""
    q = load_query(paths.queries / "network" / f"{name}.rq")
    raw = getattr(engine, "raw", None)
    if ox is not None and isinstance(raw, ox.Store):
        subs = {ox.Variable(k): ox.NamedNode(v) for k, v in (bindings or {}).items()}
        try:
            answer = raw.query(q.text, use_default_graph_as_union=True,
                               substitutions=subs or None)
            columns = range(len(answer.variables))
            return [tuple(None if t is None else t.value for t in (row[i] for i in columns))
                    for row in answer]
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"{q.path}: {exc}") from exc
    terms = {k: URIRef(v) for k, v in (bindings or {}).items()}
    return [tuple(None if t is None else str(t) for t in row)
            for row in engine.select(q.text, terms, name=str(q.path))[1]]


class _Facts:
    """Everything the builders need, read once and shared by the kinds built from it."""

    def __init__(self, engine, paths: Paths, filters: Filters, labels: Labels,
                 evidence: bool = True):
        self.labels = labels
        self.filters = filters
        self._engine, self._paths = engine, paths

        def run(name: str, bindings: dict | None = None):
            return _rows(engine, paths, name, bindings)

        bindings = {key: value for key, value in (("theme", filters.theme),
                                                  ("eventType", filters.event_type)) if value}
        self.items: dict[str, _Item] = {}
        for item, cls, *_others in run("items", bindings):
            self.items[item] = _Item(item, cls)
        context: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for item, aspect, value in run("item-context"):
            context[item][aspect].add(value)
        for it in self.items.values():
            it.locations = _nearest(it.iri, context, ("location",), "location")
            it.date, it.end = _when(it.iri, context)

        self.involvements: dict[str, list[_Involvement]] = defaultdict(list)
        self.agents: set[str] = set()
        self.on_behalf: dict[str, Counter] = defaultdict(Counter)   # agent -> org -> times
        for item, actor, how, role, participation in run("involvements"):
            inv = _Involvement(item, actor, how, role, participation)
            self.involvements[inv.item].append(inv)
            self.agents.add(inv.actor)
        # the organisation each participant acted for (over all events, not only the kept ones)
        by_participation: dict[str, list[_Involvement]] = defaultdict(list)
        for invs in self.involvements.values():
            for inv in invs:
                if inv.participation:
                    by_participation[inv.participation].append(inv)
        for invs in by_participation.values():
            agents = [i.actor for i in invs if i.how == "participant"]
            orgs = [i.actor for i in invs if i.how == "on behalf of"]
            for agent in agents:
                for org in orgs:
                    if org != agent:
                        self.on_behalf[agent][org] += 1

        self.posts: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
        self.own_places: dict[str, set[str]] = defaultdict(set)
        self.own_sides: dict[str, set[str]] = defaultdict(set)
        self.parents: dict[str, set[str]] = defaultdict(set)
        for a, aspect, v, via in run("actor-facts"):
            self.agents.add(a)
            if aspect == "post":
                self.posts[a].add((v, via))
            elif aspect == "place":
                self.own_places[a].add(v)
            elif aspect == "side":
                self.own_sides[a].add(v)
            elif aspect == "parent" and v != a:
                self.parents[a].add(v)

        self.place_parents: dict[str, set[str]] = defaultdict(set)
        self.countries: set[str] = set()
        self.known_places: set[str] = set()
        for p, parent, is_country in run("places"):
            self.known_places.add(p)
            if parent is not None and parent != p:
                self.place_parents[p].add(parent)
            if is_country in ("true", "1"):
                self.countries.add(p)

        self.relations: list[tuple[str, str, str, str]] = [tuple(r) for r in run("org-relations")]
        self.members: set[tuple[str, str]] = {(a, b) for a, rel, b, _ in self.relations
                                              if rel == "member of"}
        self.delegation_members: dict[str, set[str]] = defaultdict(set)
        for delegation, member in run("delegations"):
            self.delegation_members[delegation].add(member)

        # the sentences cited for each thing: x -> excerpt -> quote, and excerpt -> quote
        # (without `evidence`, none: the nodes and edges are then built without quotes)
        self.quote_of: dict[str, str] = {}
        for excerpt, quote in (run("quotes") if evidence else ()):
            if excerpt not in self.quote_of or quote < self.quote_of[excerpt]:
                self.quote_of[excerpt] = quote   # one quote per excerpt, the same every time
        # excerpts in document order ("...-2" before "...-10"): sort keys computed once
        self.excerpt_order: dict[str, int] = {
            x: i for i, x in enumerate(sorted(self.quote_of, key=_excerpt_key))}
        self.evidence: dict[str, dict[str, str]] = defaultdict(dict)
        quote_of = self.quote_of
        for x, excerpt in (run("evidence") if evidence else ()):
            quote = quote_of.get(excerpt)
            if quote is not None:
                self.evidence[x][excerpt] = quote

        self._subjects: dict[str, set[str]] | None = None
        self._place_chain: dict[str, list[str]] = {}
        self._country_of: dict[str, str | None] = {}
        self._actor_places: dict[str, list[str]] = {}
        self._actor_sides: dict[str, list[str]] = {}

        if filters.place and filters.place not in self.known_places:
            raise UsageError(_("filter {name}: {value} is not a place in the graph").format(
                name="place", value=compact(filters.place)))
        self.items = {iri: it for iri, it in self.items.items() if self._keep(it, filters)}

    @property
    def subjects(self) -> dict[str, set[str]]:
        """Thing -> its themes (only `theme` and narrower ones under a theme filter); read on
        first use, since only the actor-theme view needs them."""
        if self._subjects is None:
            self._subjects = defaultdict(set)
            theme = {"theme": self.filters.theme} if self.filters.theme else {}
            for x, subject, _ in _rows(self._engine, self._paths, "subjects", theme):
                self._subjects[x].add(subject)
        return self._subjects

    def _keep(self, item: _Item, filters: Filters) -> bool:
        """The time and place filters (theme and type are applied by the query)."""
        if filters.since and not (item.end and _not_before(item.end, filters.since)):
            return False
        if filters.until and not (item.date and _not_before(filters.until, item.date)):
            return False
        if filters.place:
            if any(filters.place in self.place_chain(p) for p in item.locations):
                return True
            return any(self.located_in(inv.actor, filters.place)
                       for inv in self.involvements.get(item.iri, ()))
        return True

    # --- kinds of things
    def kind(self, iri: str) -> str:
        """person, organisation, group, event, theme or region ("" for anything else)."""
        k = self.labels.kinds.get(iri)
        if k in ACTOR_TYPES:
            return k
        if k == "place" or iri in self.known_places:
            return "region"
        if k == "concept":
            return "theme"
        if k in ("event", "agreement") or iri in self.items:
            return "event"
        if iri in self.agents:
            return "group"   # an agent of no more precise class
        return ""

    # --- places
    def place_chain(self, place: str) -> list[str]:
        """The place and every place it lies in, nearest first."""
        if place not in self._place_chain:
            chain, frontier, seen = [], [place], set()
            while frontier:
                nxt = []
                for p in frontier:
                    if p not in seen:
                        seen.add(p)
                        chain.append(p)
                        nxt.extend(sorted(self.place_parents.get(p, ())))
                frontier = nxt
            self._place_chain[place] = chain
        return self._place_chain[place]

    def region_of_place(self, place: str) -> str | None:
        """The place one level below the country that `place` lies in or is (a province, a
        state): the place just inside the country in its chain; None for a country itself or a
        place in no country."""
        chain = self.place_chain(place)
        at = next((i for i, p in enumerate(chain) if p in self.countries), None)
        return chain[at - 1] if at else None

    def country_of_place(self, place: str) -> str | None:
        if place not in self._country_of:
            self._country_of[place] = next(
                (p for p in self.place_chain(place) if p in self.countries), None)
        return self._country_of[place]

    def actor_places(self, actor: str) -> list[str]:
        """Where the data locates an actor: its own place; else, for people and groups, the place
        of the organisation of a post it holds, else of an organisation it acted on behalf of."""
        if actor in self._actor_places:
            return self._actor_places[actor]
        places = sorted(self.own_places.get(actor, ()))
        if not places and self.kind(actor) != "organisation":
            post_orgs = sorted({org for _, org in self.posts.get(actor, ()) if org})
            places = sorted({p for org in post_orgs for p in self.own_places.get(org, ())})
            if not places:
                behalf = sorted(self.on_behalf.get(actor, {}))
                places = sorted({p for org in behalf for p in self.own_places.get(org, ())})
        self._actor_places[actor] = places
        return places

    def actor_sides(self, actor: str) -> list[str]:
        """The countries or regions an actor acts for (rikg:actsFor): its own; else, for a unit,
        those of the organisation it is a unit or part of; for people and groups, those of the
        organisation of a post it holds, else of an organisation it acted on behalf of. An
        ambassador so stands on the side of the embassy's state, not of where the embassy is."""
        if actor not in self._actor_sides:
            self._actor_sides[actor] = []       # a cycle of units or posts ends here
            sides = set(self.own_sides.get(actor, ()))
            if not sides:
                if self.kind(actor) == "organisation":
                    via = [self.parents.get(actor, ())]
                else:
                    via = [{org for _, org in self.posts.get(actor, ()) if org},
                           self.on_behalf.get(actor, {})]
                for orgs in via:
                    sides = {s for org in sorted(orgs) for s in self.actor_sides(org)}
                    if sides:
                        break
            self._actor_sides[actor] = sorted(sides)
        return self._actor_sides[actor]

    def actor_country(self, actor: str) -> str | None:
        """The one country of the actor's side; where the data records no side, the one country
        it is located in (None when there is none or more than one)."""
        places = self.actor_sides(actor) or self.actor_places(actor)
        countries = {self.country_of_place(p) for p in places}
        countries.discard(None)
        return countries.pop() if len(countries) == 1 else None

    def item_country(self, item: _Item) -> str | None:
        countries = {self.country_of_place(p) for p in item.locations}
        countries.discard(None)
        return countries.pop() if len(countries) == 1 else None

    def located_in(self, actor: str, place: str) -> bool:
        return any(place in self.place_chain(p) for p in self.actor_places(actor))

    # --- organisations of actors
    def main_organisation(self, actor: str) -> str | None:
        kind = self.kind(actor)
        if kind == "organisation":
            parents = sorted(self.parents.get(actor, ()))
            return parents[0] if parents else None
        post_orgs = sorted({org for _, org in self.posts.get(actor, ()) if org})
        if post_orgs:
            return post_orgs[0]
        behalf = self.on_behalf.get(actor)
        if behalf:
            return sorted(behalf.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return None

    # --- evidence
    def quotes(self, iri: str) -> list[str]:
        ev = self.evidence.get(iri, {})
        return _unique([ev[x] for x in sorted(ev, key=self.excerpt_order.__getitem__)]
                       )[:EVIDENCE_MAX]

    def excerpts(self, iri: str | None) -> set[str]:
        return set(self.evidence.get(iri, {})) if iri else set()


def _unique(values):
    seen, out = set(), []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


# ---------------------------------------------------------------- assembling graphs

class _Edge:
    __slots__ = ("items", "relations", "stated", "ranked", "via")

    def __init__(self):
        self.items: set[str] = set()        # shared events and agreements
        self.via: dict[str, str] = {}       # item shared only via a delegation -> the delegation
        self.relations: set[str] = set()    # every relation shown on the edge
        self.stated: set[str] = set()       # relations stated directly (unit of, theme, ...)
        self.ranked: dict[str, int] = {}    # excerpt -> best rank (0 best)

    def state(self, relation: str) -> None:
        self.relations.add(relation)
        self.stated.add(relation)

    @property
    def weight(self) -> int:
        stated = len(self.stated - _HIERARCHY) + (1 if self.stated & _HIERARCHY else 0)
        return max(1, len(self.items) + stated)

    def cite(self, excerpts, rank: int) -> None:
        for x in excerpts:
            if rank < self.ranked.get(x, 99):
                self.ranked[x] = rank


class _Builder:
    def __init__(self, facts: _Facts, filters: Filters, lang: str):
        self.facts = facts
        self.filters = filters
        self.lang = lang
        self.nodes: dict[str, set[str]] = {}        # node -> items it took part in
        self.edges: dict[tuple[str, str], _Edge] = {}
        self.extra: dict[str, dict] = {}
        self.notes: list[str] = []                  # said above the picture (G.graph["note"])
        self._labels: dict[str, str] = {}

    def label(self, iri: str) -> str:
        if iri not in self._labels:
            self._labels[iri] = self.facts.labels.label(iri, self.lang)
        return self._labels[iri]

    def node(self, iri: str, items=(), **extra) -> None:
        self.nodes.setdefault(iri, set()).update(items)
        if extra:
            self.extra.setdefault(iri, {}).update(extra)

    def edge(self, a: str, b: str) -> _Edge:
        key = (a, b) if a < b else (b, a)
        if key not in self.edges:
            self.edges[key] = _Edge()
        return self.edges[key]

    def keep_actor(self, actor: str) -> bool:
        return self.filters.actor_type is None or self.facts.kind(actor) == self.filters.actor_type

    # --- finishing: attributes of nodes and edges
    def graph(self, kind: str) -> nx.Graph:
        f, labels, lang = self.facts, self.facts.labels, self.lang
        G = nx.Graph(kind=kind, filters={k: v for k, v in asdict(self.filters).items() if v},
                     lang=lang)
        if self.notes:
            G.graph["note"] = " ".join(self.notes)
        for iri in sorted(self.nodes):
            G.add_node(iri, **self._node_attrs(iri, sorted(self.nodes[iri])))
            G.nodes[iri].update(self.extra.get(iri, {}))
        # sort keys as integers, computed once: items by (date, IRI); excerpts by rank, then in
        # document order (rank * width + position)
        item_order = {iri: i for i, iri in enumerate(
            sorted(f.items, key=lambda iri: (f.items[iri].date, iri)))}
        by_position = sorted(f.excerpt_order, key=f.excerpt_order.__getitem__)
        order, width = f.excerpt_order, len(f.excerpt_order) + 1
        label, quote_of, items = self.label, f.quote_of, f.items
        for (a, b) in sorted(self.edges):
            e = self.edges[(a, b)]
            events = [{"iri": i, "label": label(i), "date": items[i].date,
                       **({"via": label(e.via[i])} if i in e.via else {})}
                      for i in sorted(e.items, key=item_order.__getitem__)]
            evidence: list[str] = []
            for key in sorted([rank * width + order[x] for x, rank in e.ranked.items()]):
                quote = quote_of.get(by_position[key % width])
                if quote and quote not in evidence:
                    evidence.append(quote)
                    if len(evidence) == EVIDENCE_MAX:
                        break
            G.add_edge(a, b, weight=e.weight, events=events, relations=sorted(e.relations),
                       evidence=evidence)
        return G

    def _node_attrs(self, iri: str, items: list[str]) -> dict:
        f, labels, lang = self.facts, self.facts.labels, self.lang
        kind = f.kind(iri)
        country = org = None
        posts: list[str] = []
        places: list[str] = []
        sides: list[str] = []
        if kind in ACTOR_TYPES:
            country = f.actor_country(iri)
            sides = _unique(p for side in f.actor_sides(iri) for p in f.place_chain(side))
            org = f.main_organisation(iri)
            posts = sorted({labels.label(p, lang) for p, _ in f.posts.get(iri, ())})
            places = _unique(p for pl in f.actor_places(iri) for p in f.place_chain(pl))
        elif kind == "event" and iri in f.items:
            country = f.item_country(f.items[iri])
            places = _unique(p for pl in sorted(f.items[iri].locations) for p in f.place_chain(pl))
        elif kind == "region":
            country = f.country_of_place(iri)
            places = list(f.place_chain(iri))
        by_date = sorted((f.items[i] for i in items if i in f.items), key=lambda i: (i.date, i.iri))
        return {
            "label": labels.label(iri, lang),
            "kind": kind,
            "country": labels.label(country, lang) if country else "",
            "country_iri": country or "",
            "posts": posts,
            "organisation": labels.label(org, lang) if org else "",
            "organisation_iri": org or "",
            "places": places,
            "sides": sides,
            "events": [self.label(i.iri) for i in by_date],
            "evidence": f.quotes(iri),
        }

    # --- evidence of one actor's involvement in an item
    def involvement_excerpts(self, invs: list[_Involvement]) -> set[str]:
        out = set()
        for inv in invs:
            if inv.participation:
                out |= self.facts.excerpts(inv.participation)
            else:
                out |= self.facts.excerpts(inv.item)
        return out


def _by_actor(invs: list[_Involvement], hows: set[str]) -> dict[str, list[_Involvement]]:
    out: dict[str, list[_Involvement]] = defaultdict(list)
    for inv in invs:
        if inv.how in hows:
            out[inv.actor].append(inv)
    return out


_ANY = {"participant", "on behalf of", "organiser", "party", "signatory"}


def _co_involvement(b: _Builder, item: _Item, actors: dict[str, list[_Involvement]],
                    relation: str, skip_members: bool = False) -> None:
    """Link every two actors of one item (no self-loops). Evidence: sentences cited for both
    actors' involvement first, then for either, then for the item."""
    f = b.facts
    item_excerpts = f.excerpts(item.iri)
    for actor in actors:
        b.node(actor, [item.iri])
    cited = {actor: b.involvement_excerpts(invs) for actor, invs in actors.items()}
    for x, y in itertools.combinations(sorted(actors), 2):
        if skip_members and ((x, y) in f.members or (y, x) in f.members):
            continue   # a delegation and its own members did not meet each other
        e = b.edge(x, y)
        e.items.add(item.iri)
        e.relations.add(relation)
        # as cite(ex & ey, 0), cite(ex | ey, 1), cite(item_excerpts, 2), without the new sets
        ex, ey, ranked = cited[x], cited[y], e.ranked
        for one, other in ((ex, ey), (ey, ex)):
            for excerpt in one:
                if excerpt in other:
                    ranked[excerpt] = 0
                elif ranked.get(excerpt, 99) > 1:
                    ranked[excerpt] = 1
        for excerpt in item_excerpts:
            ranked.setdefault(excerpt, 2)


def _build_met(b: _Builder) -> None:
    f = b.facts
    for item in f.items.values():
        if item.cls != "meeting":
            continue
        actors = {a: invs for a, invs in _by_actor(f.involvements.get(item.iri, []),
                                                   {"participant"}).items() if b.keep_actor(a)}
        _co_involvement(b, item, actors, "met", skip_members=True)
        _via_delegation(b, item, actors)


def _via_delegation(b: _Builder, item: _Item, actors: dict[str, list[_Involvement]]) -> None:
    """A meeting of a delegation counts for each member not there in person: the member met
    the other participants "via the delegation", except the delegation and fellow members.
    Evidence: the sentences cited for the delegation's and the other's participation."""
    f = b.facts
    for delegation in sorted(actors):
        members = sorted(m for m in f.delegation_members.get(delegation, ())
                         if m not in actors and b.keep_actor(m))
        cited = b.involvement_excerpts(actors[delegation])
        for member in members:
            for other in sorted(actors):
                if other == delegation or other in f.delegation_members[delegation] \
                        or (member, other) in f.members or (other, member) in f.members:
                    continue
                b.node(member, [item.iri])
                e = b.edge(member, other)
                if item.iri not in e.items:
                    e.via[item.iri] = delegation
                e.items.add(item.iri)
                e.relations.add("met via the delegation")
                e.cite(cited & b.involvement_excerpts(actors[other]), 0)
                e.cite(cited, 1)
                e.cite(f.excerpts(item.iri), 2)


def _build_organisations(b: _Builder) -> None:
    f = b.facts
    is_org = lambda a: f.kind(a) == "organisation" and b.keep_actor(a)   # noqa: E731
    for item in f.items.values():
        actors = {a: invs for a, invs in _by_actor(f.involvements.get(item.iri, []), _ANY).items()
                  if is_org(a)}
        _co_involvement(b, item, actors, "shared event" if item.is_event else "agreement")
    if not b.filters.timeless_ok or b.filters.theme:
        return
    for a, relation, c, subject in f.relations:
        if not (is_org(a) and is_org(c)):
            continue
        if b.filters.place and not (f.located_in(a, b.filters.place)
                                    or f.located_in(c, b.filters.place)):
            continue
        b.node(a)
        b.node(c)
        e = b.edge(a, c)
        e.state(relation)
        e.cite(f.excerpts(a) & f.excerpts(c), 0)
        e.cite(f.excerpts(subject), 1)


def _role_label(b: _Builder, inv: _Involvement) -> str:
    if inv.how == "participant":
        return b.facts.labels.label(inv.role, b.lang) if inv.role else "took part"
    return {"organiser": "organiser", "on behalf of": "on behalf of"}.get(inv.how, inv.how)


def _build_actor_event(b: _Builder) -> None:
    f = b.facts
    for item in f.items.values():
        if not item.is_event:
            continue
        actors = {a: invs for a, invs in _by_actor(f.involvements.get(item.iri, []),
                                                   {"participant", "on behalf of", "organiser"}
                                                   ).items() if b.keep_actor(a)}
        if not actors:
            continue
        b.node(item.iri, bipartite=1)
        for actor, invs in actors.items():
            b.node(actor, [item.iri], bipartite=0)
            e = b.edge(actor, item.iri)
            e.items.add(item.iri)
            e.relations.update(_role_label(b, inv) for inv in invs)
            e.cite(b.involvement_excerpts(invs), 0)
            e.cite(f.excerpts(item.iri), 2)


def _build_actor_theme(b: _Builder) -> None:
    f = b.facts
    for item in f.items.values():
        themes = f.subjects.get(item.iri, set())
        if not themes:
            continue
        actors = [a for a in _by_actor(f.involvements.get(item.iri, []), _ANY) if b.keep_actor(a)]
        for actor in actors:
            b.node(actor, [item.iri], bipartite=0)
            for theme in themes:
                b.node(theme, [item.iri], bipartite=1)
                e = b.edge(actor, theme)
                e.items.add(item.iri)
                e.relations.add("took part" if item.is_event else "agreement")
                e.cite(f.excerpts(item.iri), 0)
    if not b.filters.timeless_ok:
        return
    for actor, themes in f.subjects.items():
        if f.kind(actor) not in ACTOR_TYPES or not b.keep_actor(actor):
            continue
        if b.filters.place and not f.located_in(actor, b.filters.place):
            continue
        for theme in themes:
            b.node(actor, bipartite=0)
            b.node(theme, bipartite=1)
            e = b.edge(actor, theme)
            e.state("theme")
            e.cite(f.excerpts(actor), 1)


def _build_regions(b: _Builder) -> None:
    """Regions at one level, that just below the country (provinces and the like): a country
    beside one of its own provinces would count the same relation twice. An actor the data
    places only in a country is left out, and the note says so."""
    f = b.facts
    country_only: dict[str, set[str]] = defaultdict(set)      # country -> actors left out
    for item in f.items.values():
        places: set[str] = set()
        for actor in _by_actor(f.involvements.get(item.iri, []), _ANY):
            if b.keep_actor(actor):
                own = f.actor_places(actor)
                regions = {r for r in map(f.region_of_place, own) if r}
                places.update(regions)
                if not regions:
                    for country in {f.country_of_place(p) for p in own} - {None}:
                        country_only[country].add(actor)
        for place in places:
            b.node(place, [item.iri])
        for x, y in itertools.combinations(sorted(places), 2):
            e = b.edge(x, y)
            e.items.add(item.iri)
            e.relations.add("shared event" if item.is_event else "agreement")
            e.cite(f.excerpts(item.iri), 0)
    if country_only:
        actors = len(set().union(*country_only.values()))
        where = ", ".join(sorted(b.label(c) for c in country_only))
        b.notes.append(_("Regions one level below the country; {actors} actor(s) placed only in "
                         "a country ({where}) are left out.").format(actors=actors, where=where))


_BUILDERS = {"met": _build_met, "organisations": _build_organisations,
             "actor-event": _build_actor_event, "actor-theme": _build_actor_theme,
             "regions": _build_regions}


# Where a filter given by label is looked for: kinds of Labels and the IRI's namespace.
_LOOKUP = {"theme": ({"concept"}, BASE + "theme/"),
           "event_type": ({"concept"}, BASE + "event-type/"),
           "place": ({"place"}, BASE + "id/place/")}
_EVENT_CLASSES = [RIKG.Meeting, RIKG.SiteVisit, RIKG.Mission, RIKG.Event]


def _resolve_iri(value: str, labels: Labels | None, name: str) -> str:
    iri = expand(value.strip())
    if iri is not None:
        return iri
    if labels is not None:
        if name == "event_type":   # own classes first: "meeting" is rikg:Meeting
            for cls in _EVENT_CLASSES:
                if fold(labels.label(str(cls))) == fold(value):
                    return str(cls)
        kinds, namespace = _LOOKUP[name]
        matches = labels.find(value, kinds)
        matches = [m for m in matches if m.startswith(namespace)] or matches
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            shown = "; ".join(f"{labels.label(m)} ({compact(m)})" for m in matches[:8])
            raise UsageError(_("filter {name}: {value} matches {n} things: {shown}. Give one of "
                               "these names or IRIs.").format(
                name=name, value=repr(value), n=len(matches), shown=shown))
    raise UsageError(_("filter {name}: {value} is not an IRI, a prefixed name or the label of "
                       "anything; try {command}").format(name=name, value=repr(value),
                                                         command=f"`kg find {value}`"))


def _checked(filters: Filters, labels: Labels | None) -> Filters:
    for name in ("since", "until"):
        value = getattr(filters, name)
        if value is not None and not _PERIOD.match(value):
            raise UsageError(_("filter {name}: {value} is not a year or month (YYYY or "
                               "YYYY-MM)").format(name=name, value=repr(value)))
    if filters.since and filters.until and filters.until < filters.since[:len(filters.until)]:
        raise UsageError(_("filter until ({until}) is before since ({since})").format(
            until=filters.until, since=filters.since))
    actor_type = filters.actor_type
    if actor_type is not None:
        actor_type = {"organization": "organisation"}.get(actor_type.lower(), actor_type.lower())
        if actor_type not in ACTOR_TYPES:
            raise UsageError(_("filter {name}: {value} is not one of {choices}").format(
                name="actor_type", value=repr(filters.actor_type),
                choices=", ".join(ACTOR_TYPES)))
    iris = {name: _resolve_iri(getattr(filters, name), labels, name) if getattr(filters, name)
            else None for name in _LOOKUP}
    return Filters(since=filters.since, until=filters.until, actor_type=actor_type, **iris)


def network(engine, paths: Paths, kind: str, filters: Filters = Filters(),
            labels: Labels | None = None, lang: str = "en") -> nx.Graph:
    """One view of the graph as an undirected networkx graph; node keys are IRIs.

    Node attributes (on every node; "" or [] when the data gives none): label, kind (person,
    organisation, group, event, theme, region), country and country_iri (for actors the country
    of their side, rikg:actsFor: their own, else that of the organisation of their post, of the
    one they acted for or, for units, of their parent; where no side is recorded, the country
    they are located in; for events and places where they are; never guessed), posts, organisation and organisation_iri (post's organisation, else the
    one acted for, else for units the parent), places (place IRIs, nearest first), events (labels
    of the events and agreements it took part in within the filters, by date), evidence (up to 3
    quoted sentences); in the bipartite kinds also bipartite (0 actors, 1 events or themes).

    Edge attributes: weight (shared events and agreements, plus one per stated relation, unit of
    and part of counted once), events ([{iri, label, date}] by date, then IRI), relations
    (sorted strings), evidence (up to 3 quotes, those cited for both ends first).
    """
    return networks(engine, paths, (kind,), filters, labels, lang)[kind]


def read_facts(engine, paths: Paths, filters: Filters = Filters(),
               labels: Labels | None = None, evidence: bool = True) -> _Facts:
    """The facts of queries/network/*.rq within the filters, read once; give them to `networks`
    (and `organisation_events`) to build several views without reading the store again.
    `evidence=False`: no quotes are read (nodes and edges get an empty `evidence`), for a
    caller that shows none; at a million triples they are 224,000 rows and a sixth of the time."""
    if labels is None:
        labels = Labels.from_engine(engine, paths)
    filters = _checked(filters, labels)
    with _gc_paused():
        return _Facts(engine, paths, filters, labels, evidence)


def networks(engine, paths: Paths, kinds=KINDS, filters: Filters = Filters(),
             labels: Labels | None = None, lang: str = "en",
             facts: _Facts | None = None) -> dict[str, nx.Graph]:
    """Several views at once, {kind: graph}, each as `network` builds it; the store is read once
    for all of them (the queries are most of the time of one view), or not at all when `facts`
    of `read_facts` are given (their filters apply then)."""
    for kind in kinds:
        if kind not in KINDS:
            raise UsageError(_("unknown network kind {kind}; choose one of {choices}").format(
                kind=repr(kind), choices=", ".join(KINDS)))
    if facts is None:
        facts = read_facts(engine, paths, filters, labels)
    graphs = {}
    with _gc_paused():
        for kind in kinds:
            builder = _Builder(facts, facts.filters, lang)
            _BUILDERS[kind](builder)
            graphs[kind] = builder.graph(kind)
    return graphs


@contextmanager
def _gc_paused():
    """No cyclic garbage collection while hundreds of thousands of small objects are made (its
    passes over them were a quarter of the time of a large network); nothing made here needs
    it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def organisation_events(facts: _Facts) -> dict[str, list[str]]:
    """Organisation -> the events (and anything else with participations or an organiser) it
    took part in, organised, or was represented at by someone acting on its behalf, sorted by
    IRI: what queries/connectors.rq counts, from facts already read (that query takes minutes
    at a million triples). Organisations are the things `kg find` calls organisations (typed
    org:Organization, and not also foaf:Person). Not limited by the filters of the facts."""
    out: dict[str, set[str]] = defaultdict(set)
    for item, invs in facts.involvements.items():
        for inv in invs:
            if inv.how in ("participant", "organiser", "on behalf of"):
                out[inv.actor].add(item)
    return {org: sorted(items) for org, items in sorted(out.items())
            if facts.labels.kinds.get(org) == "organisation"}


# ---------------------------------------------------------------- focus and paths

def resolve_node(G: nx.Graph, text: str) -> str:
    """A node of G given by IRI, prefixed name or (unique, case-insensitive) label."""
    if text in G:
        return text
    iri = expand(text)
    if iri is not None and iri in G:
        return iri
    wanted = fold(text)
    matches = sorted(n for n, label in G.nodes(data="label") if label and fold(label) == wanted)
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise UsageError(_("{name} names {n} nodes of this network: {ids}; give the "
                           "IRI").format(name=repr(text), n=len(matches),
                                         ids=", ".join(compact(m) for m in matches)))
    kind = G.graph.get("kind", "")
    message = _("{name} is not in the {kind} network ({n} nodes); check the filters or try "
                "{command}") if kind else _("{name} is not in the network ({n} nodes); check "
                                            "the filters or try {command}")
    raise UsageError(message.format(name=repr(text), kind=kind, n=G.number_of_nodes(),
                                    command=f"`kg find {text}`"))


def ego_network(G: nx.Graph, actor: str, hops: int = 1) -> nx.Graph:
    """The actor, everyone within `hops` steps, and all edges among them (attributes kept)."""
    if hops < 0:
        raise UsageError(_("hops must be 0 or more, not {hops}").format(hops=hops))
    centre = resolve_node(G, actor)
    ego = nx.ego_graph(G, centre, radius=hops).copy()
    ego.graph.update(G.graph, ego=centre, hops=hops)
    return ego


def connection_paths(G: nx.Graph, a: str, b: str, max_paths: int = 5) -> list[list[str]]:
    """The shortest paths (fewest steps) between two nodes, at most `max_paths`, in the order
    of their IRIs."""
    try:
        source, target = resolve_node(G, a), resolve_node(G, b)
    except UsageError as exc:
        raise UsageError(_("no connection between {a} and {b}: {reason}").format(
            a=repr(a), b=repr(b), reason=exc)) from exc
    if source == target:
        return [[source]]
    if not nx.has_path(G, source, target):
        raise UsageError(_("{a} and {b} are not connected in this network").format(
            a=G.nodes[source].get("label", a), b=G.nodes[target].get("label", b)))
    # the first paths in the order of their IRIs, made one by one (never all shortest paths,
    # which can be very many); kg.met_path finds the same from the store
    from_source = nx.single_source_shortest_path_length(G, source)
    to_target = nx.single_source_shortest_path_length(G, target)
    length = from_source[target]
    return first_paths(source, target, length, lambda node, at: [
        n for n in G[node] if from_source.get(n) == at + 1 and to_target.get(n) == length - at - 1],
        max_paths)


def path_steps(G: nx.Graph, path: list[str]) -> list[dict]:
    """Each step of a path: who to whom, and through which relations and events."""
    steps = []
    for x, y in zip(path, path[1:]):
        if not G.has_edge(x, y):
            raise UsageError(_("{a} and {b} are not linked in this network").format(a=x, b=y))
        data = G.edges[x, y]
        steps.append({"from": x, "to": y,
                      "from_label": G.nodes[x].get("label", x),
                      "to_label": G.nodes[y].get("label", y),
                      "relations": list(data.get("relations", [])),
                      "events": list(data.get("events", []))})
    return steps


# ---------------------------------------------------------------- measures
#
# Betweenness, eigenvector centrality and brokers are computed by igraph (its C core) on a copy
# of the graph made once per call; the values are networkx's (see the tests), in a fraction of
# the time at thousands of nodes.

def _igraph(G: nx.Graph):
    """(nodes, graph): G as an undirected igraph Graph whose vertex i is nodes[i], with G's edge
    weights (1 where none). A self-loop's weight is halved: igraph's adjacency matrix counts an
    undirected loop twice, networkx's once."""
    import igraph as ig
    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    edges, weights = [], []
    for a, b, w in G.edges(data="weight", default=1):
        edges.append((index[a], index[b]))
        weights.append(w / 2 if a == b else w)
    g = ig.Graph(n=len(nodes), edges=edges)
    g.es["weight"] = weights
    return nodes, g


def _betweenness(nodes: list, g, k: int | None = None, seed: int = 42) -> dict:
    """nx.betweenness_centrality(G, k=k, seed=seed) (normalised, endpoints excluded) of the
    `_igraph` copy of G: the same sample of sources and the same scaling."""
    n = len(nodes)
    if k == n:
        k = None
    sampled = None if k is None else random.Random(seed).sample(nodes, k)
    if sampled is None:
        raw = g.betweenness(directed=False)
    else:
        index = {v: i for i, v in enumerate(nodes)}
        raw = g.betweenness(directed=False, sources=[index[v] for v in sampled])
    # in an undirected graph igraph halves its sum over the sources (all or sampled); networkx
    # does not: twice igraph's value, scaled as networkx's _rescale does
    N = n - 1
    if N < 2:
        scales = [2.0] * n
    elif sampled is None:
        scales = [2 / (N * (N - 1))] * n
    else:
        chosen = set(sampled)
        source = 2 / ((k - 1) * (N - 1)) if k > 1 else math.nan
        scales = [source if v in chosen else 2 / (k * (N - 1)) for v in nodes]
    return {v: round(x * s, 12) for v, x, s in zip(nodes, raw, scales)}


def _eigenvector(g, component: list[int]) -> dict[int, float]:
    """nx.eigenvector_centrality(G.subgraph(component), weight="weight") for a connected
    component (vertex ids of the `_igraph` copy of G): igraph's leading eigenvector (ARPACK),
    L2-normalised as networkx's. networkx's power iteration stops short of it (its tolerance is
    1e-6 per node): its values differ by up to 5e-5 on 3,500 nodes."""
    sub = g.induced_subgraph(component)
    x = sub.eigenvector_centrality(weights="weight")
    norm = math.sqrt(sum(v * v for v in x)) or 1.0
    return {i: round(v / norm, 12) for i, v in zip(sub.vs["id"], x)}


def centrality(G: nx.Graph, exact_limit: int = EXACT_LIMIT, samples: int = 100,
               seed: int = 42) -> dict:
    """Degree, betweenness and eigenvector centrality of every node.

    Degree: share of the other nodes a node is linked to. Betweenness: share of shortest paths
    (in steps; weights are tie strengths, not distances) through a node, exact up to
    `exact_limit` nodes and estimated from `samples` source nodes beyond. Eigenvector: with edge
    weights, per connected component (scaled by the component's share of the nodes, so a lone
    pair does not outrank the main network); 0 for isolated nodes."""
    import igraph as ig
    n = G.number_of_nodes()
    notes: list[str] = []
    degree = nx.degree_centrality(G) if n > 1 else {v: 0.0 for v in G}
    nodes, g = _igraph(G)
    if n > exact_limit:
        k = min(samples, n)
        betweenness = _betweenness(nodes, g, k=k, seed=seed)
        method = f"sampled (k={k} of {n} nodes)"
    else:
        betweenness = _betweenness(nodes, g)
        method = "exact"
    eigenvector = {v: 0.0 for v in G}
    components = list(g.connected_components())
    if len(components) > 1:
        notes.append(f"eigenvector centrality computed per connected component "
                     f"({len(components)} components), scaled by component size")
    g.vs["id"] = range(n)
    for component in components:
        if len(component) < 2:
            continue
        try:
            values = _eigenvector(g, component)
        except ig.InternalError:   # ARPACK did not converge
            notes.append(f"eigenvector centrality did not converge for a component of "
                         f"{len(component)} nodes; set to 0")
            continue
        scale = len(component) / n
        for i, x in values.items():
            eigenvector[nodes[i]] = x * scale
    return {"degree": degree, "betweenness": betweenness, "eigenvector": eigenvector,
            "betweenness_method": method, "notes": notes}


def communities(G: nx.Graph, seed: int = 42) -> list[list[str]]:
    """Groups of densely linked nodes (Louvain, weighted, fixed seed): largest first, each sorted,
    ties broken by the first IRI."""
    if G.number_of_nodes() == 0:
        return []
    if G.number_of_edges() == 0:
        groups = [[v] for v in G]
    else:
        H = nx.Graph()
        H.add_nodes_from(sorted(G))
        H.add_weighted_edges_from(sorted((min(a, b), max(a, b), d.get("weight", 1))
                                         for a, b, d in G.edges(data=True)))
        groups = [sorted(c) for c in nx.community.louvain_communities(H, weight="weight",
                                                                      seed=seed)]
    return sorted(groups, key=lambda c: (-len(c), c[0]))


def actors_in(G: nx.Graph, place: str) -> set[str]:
    """Actors of G on the side of a place (or a place within it), e.g. one side for `brokers`:
    those that act for it; where no side is recorded, those located in it (as the node's
    country does)."""
    return {v for v, d in G.nodes(data=True)
            if d.get("kind") in ACTOR_TYPES and place in (d.get("sides") or d.get("places", []))}


def brokers(G: nx.Graph, side_a: set[str], side_b: set[str]) -> list[tuple[str, float]]:
    """Nodes on the shortest paths between the two sides, ranked: the score is the number of
    (a, b) pairs whose shortest paths run through the node (a share when there are several
    shortest paths). Members of either side can be brokers for other pairs."""
    a = {v for v in side_a if v in G}
    b = {v for v in side_b if v in G} - a
    if not a or not b:
        raise UsageError(_("the first side has no node in this network") if not a
                         else _("the second side has no node in this network"))
    if G.is_directed():
        scores = nx.betweenness_centrality_subset(G, sources=sorted(a), targets=sorted(b),
                                                  normalized=False)
    else:   # igraph and networkx halve this sum for undirected graphs; the score is not halved
        nodes, g = _igraph(G)
        index = {v: i for i, v in enumerate(nodes)}
        values = g.betweenness(directed=False, sources=[index[v] for v in sorted(a)],
                               targets=[index[v] for v in sorted(b)])
        scores = {v: 2 * x for v, x in zip(nodes, values)}
    ranked = [(v, round(s, 9)) for v, s in scores.items() if s > 1e-12]
    return sorted(ranked, key=lambda vs: (-vs[1], vs[0]))


# ---------------------------------------------------------------- too large to draw

def too_large(G: nx.Graph) -> bool:
    """More nodes than a picture can show (then show an ego network or an aggregate)."""
    return G.number_of_nodes() > SIZE_LIMIT


def aggregate(G: nx.Graph, by: str = "organisation") -> nx.Graph:
    """Collapse people and groups into their organisation (by="organisation"), or every actor
    into its country (by="country"); actors without one stay as they are. Node attribute size is
    the number of original nodes in each node, members their labels; edge weights are summed,
    events, relations and evidence merged; links inside one group are dropped."""
    if by not in ("organisation", "country"):
        raise UsageError(_("aggregate by {by}: choose organisation or country").format(
            by=repr(by)))
    target: dict[str, str] = {}
    for v, d in G.nodes(data=True):
        key = v
        if (by == "organisation" and d.get("kind") in ("person", "group")
                and d.get("organisation_iri")):
            key = d["organisation_iri"]
        elif by == "country" and d.get("kind") in ACTOR_TYPES and d.get("country_iri"):
            key = d["country_iri"]
        target[v] = key
    groups: dict[str, list[str]] = defaultdict(list)
    for v in sorted(G):
        groups[target[v]].append(v)
    H = nx.Graph(**G.graph)
    H.graph["aggregated_by"] = by
    bipartite = any("bipartite" in d for _, d in G.nodes(data=True))
    for key in sorted(groups):
        members = groups[key]
        if key in G:
            attrs = dict(G.nodes[key])
        else:
            first = G.nodes[members[0]]
            countries = {G.nodes[m].get("country_iri", "") for m in members}
            country_iri = countries.pop() if len(countries) == 1 else ""
            same_country = country_iri and first.get("country_iri") == country_iri
            if by == "organisation":
                attrs = {"label": first.get("organisation", "") or key, "kind": "organisation",
                         "country": first.get("country", "") if same_country else "",
                         "country_iri": country_iri, "organisation": "",
                         "organisation_iri": "", "places": [], "sides": []}
            else:
                attrs = {"label": first.get("country", "") or key, "kind": "region",
                         "country": first.get("country", ""), "country_iri": key,
                         "organisation": "", "organisation_iri": "", "places": [key],
                         "sides": [key]}
            attrs.update(posts=[], evidence=[])
            if bipartite:
                attrs["bipartite"] = 0
        attrs["events"] = _unique(e for m in members for e in G.nodes[m].get("events", []))
        attrs["size"] = len(members)
        attrs["members"] = [G.nodes[m].get("label", m) for m in members]
        H.add_node(key, **attrs)
    for x, y, d in sorted(G.edges(data=True), key=lambda e: (min(e[0], e[1]), max(e[0], e[1]))):
        a, b = target[x], target[y]
        if a == b:
            continue
        if H.has_edge(a, b):
            e = H.edges[a, b]
            e["weight"] += d.get("weight", 1)
            known = {ev["iri"] for ev in e["events"]}
            e["events"] = sorted(e["events"] + [ev for ev in d.get("events", [])
                                                if ev["iri"] not in known],
                                 key=lambda ev: (ev["date"], ev["iri"]))
            e["relations"] = sorted(set(e["relations"]) | set(d.get("relations", [])))
            e["evidence"] = _unique(e["evidence"] + list(d.get("evidence", [])))[:EVIDENCE_MAX]
        else:
            H.add_edge(a, b, weight=d.get("weight", 1), events=list(d.get("events", [])),
                       relations=list(d.get("relations", [])),
                       evidence=list(d.get("evidence", [])))
    return H


# ---------------------------------------------------------------- exports

def _flat(value):
    if isinstance(value, (list, tuple, set)):
        values = list(value)
        if any(isinstance(v, (dict, list, tuple)) for v in values):
            return json.dumps(values, ensure_ascii=False)
        return "; ".join(str(v) for v in values)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    if isinstance(value, str):
        return str(value)       # a label with its language (kg.label_index.Text): plain text
    return value


def _flattened(G: nx.Graph) -> nx.Graph:
    H = nx.Graph()
    H.graph.update({k: _flat(v) for k, v in G.graph.items() if k not in ("node_default",
                                                                          "edge_default")})
    for v, d in G.nodes(data=True):
        H.add_node(v, **{k: _flat(x) for k, x in d.items()})
    for a, b, d in G.edges(data=True):
        H.add_edge(a, b, **{k: _flat(x) for k, x in d.items()})
    return H


def export(G: nx.Graph, path: Path) -> Path:
    """Write G by the file's suffix: .gexf (Gephi), .graphml, or no suffix: a folder of Kumu CSV
    sheets. Lists become "; "-joined text, events JSON."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".gexf":
        path.parent.mkdir(parents=True, exist_ok=True)
        nx.write_gexf(_flattened(G), path)
    elif suffix == ".graphml":
        path.parent.mkdir(parents=True, exist_ok=True)
        nx.write_graphml(_flattened(G), path)
    elif suffix == "":
        kumu(G, path)
    else:
        raise UsageError(_("{path}: cannot export to {suffix}; use .gexf, .graphml, or a folder "
                           "name without suffix for Kumu CSV sheets").format(
            path=path, suffix=repr(suffix)))
    return path


_KUMU_TYPES = {"person": "Person", "organisation": "Organization", "group": "Group",
               "event": "Event", "theme": "Theme", "region": "Region"}


def _last_segment(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1]


def kumu(G: nx.Graph, folder: Path) -> tuple[Path, Path]:
    """elements.csv (Label, Type, Country, Organisation, Description, IRI) and connections.csv
    (From, To, Type, Weight, Events, Description) for Kumu's spreadsheet import. Labels are made
    unique by appending the IRI's last segment where two nodes share one."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    counts = Counter(d.get("label", v) for v, d in G.nodes(data=True))
    names = {v: (d.get("label", v) if counts[d.get("label", v)] == 1
                 else f"{d.get('label', v)} ({_last_segment(v)})")
             for v, d in G.nodes(data=True)}
    elements, connections = folder / "elements.csv", folder / "connections.csv"
    with elements.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Label", "Type", "Country", "Organisation", "Description", "IRI"])
        for v in sorted(G, key=lambda v: (names[v], v)):
            d = G.nodes[v]
            w.writerow([names[v], _KUMU_TYPES.get(d.get("kind", ""), d.get("kind", "")),
                        d.get("country", ""), d.get("organisation", ""),
                        "\n\n".join(f"“{q}”" for q in d.get("evidence", [])), v])
    with connections.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["From", "To", "Type", "Weight", "Events", "Description"])
        for a, b in sorted((min(a, b), max(a, b)) for a, b in G.edges()):
            d = G.edges[a, b]
            events = "; ".join(f"{e['label']} ({e['date']})" if e.get("date") else e["label"]
                               for e in d.get("events", []))
            w.writerow([names[a], names[b], "; ".join(d.get("relations", [])),
                        d.get("weight", 1), events,
                        "\n\n".join(f"“{q}”" for q in d.get("evidence", []))])
    return elements, connections
