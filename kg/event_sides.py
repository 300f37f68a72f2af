"""The events whose sides (rikg:involves, queries/rules/94-event-sides.ru) and whose programme's
sides (rikg:involvesInProgramme, 95-programme-sides.ru) an incremental build must derive again,
and those sides.

An event's sides are the ends of the path
`rikg:hasParticipation/(rikg:participant/foaf:member?|rikg:onBehalfOf)/(org:holds/org:postIn|
org:transitiveSubOrganizationOf)*`, its programme's those of its sub-events at any depth; both
only grow with new statements, so every new pair has an event whose path (or programme) goes
through a new statement. Those events are found by pattern look-ups from the new statements
back along the path (as one query, Oxigraph walked the path from every event of the store: 17 s
of CPU for one report at 1M); each one's sides are then read with
queries/rules/delta/event-sides.rq, a programme's by look-ups."""
from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

from rdflib import FOAF

from .config import ORG, RIKG, SCHEMA

_HAS_PARTICIPATION = ox.NamedNode(str(RIKG.hasParticipation))
_PARTICIPANT = ox.NamedNode(str(RIKG.participant))
_ON_BEHALF_OF = ox.NamedNode(str(RIKG.onBehalfOf))
_MEMBER = ox.NamedNode(str(FOAF.member))
_HOLDS = ox.NamedNode(str(ORG.holds))
_POST_IN = ox.NamedNode(str(ORG.postIn))
_PARENT = ox.NamedNode(str(ORG.transitiveSubOrganizationOf))
_SUB_EVENT = ox.NamedNode(str(SCHEMA.subEvent))
#: the predicates of the path from an event to its sides, and of a programme to its events
PATH = (_HAS_PARTICIPATION, _PARTICIPANT, _ON_BEHALF_OF, _MEMBER, _HOLDS, _POST_IN, _PARENT,
        _SUB_EVENT)


def _subjects(store: ox.Store, predicate: ox.NamedNode, obj) -> set:
    return {q.subject for q in store.quads_for_pattern(None, predicate, obj)}


def _events_of_participations(store: ox.Store, participations: Iterable) -> set:
    return {e for p in participations for e in _subjects(store, _HAS_PARTICIPATION, p)}


def _below(store: ox.Store, agents: set) -> set:
    """The agents and everyone whose way to a side passes through one of them: their
    sub-organisations and the holders of their posts, and so on down (the path's
    `(org:holds/org:postIn|org:transitiveSubOrganizationOf)*` walked backwards)."""
    found, todo = set(agents), list(agents)
    while todo:
        agent = todo.pop()
        below = _subjects(store, _PARENT, agent)
        for post in _subjects(store, _POST_IN, agent):
            below |= _subjects(store, _HOLDS, post)
        todo.extend(below - found)
        found |= below
    return found


def new_path_statements(store: ox.Store, changes: ox.NamedNode, fresh: set) -> list[ox.Quad]:
    """The statements of the graph `changes` with a predicate of the path that the store did
    not hold before: held in no graph but `fresh` (the added reports, the work graphs and the
    inferred graph, which the rules' new inferences are already in; a statement inferred by an
    earlier build therefore counts as new, which costs a look-up and changes nothing). A report
    that repeats a post of the registry touches no event."""
    return [q for p in PATH for q in store.quads_for_pattern(None, p, None, changes)
            if all(o.graph_name in fresh for o in store.quads_for_pattern(q.subject, p, q.object))]


def touched_events(store: ox.Store, new: list[ox.Quad]) -> set:
    """The events whose path to a side goes through one of the `new` statements."""
    events = {q.subject for q in new if q.predicate == _HAS_PARTICIPATION}
    events |= _events_of_participations(
        store, {q.subject for q in new if q.predicate in (_PARTICIPANT, _ON_BEHALF_OF)})
    # an agent with a new post, a post with a new organisation, a new parent organisation: the
    # events of everyone below them; a group with a new member: the events it took part in
    agents = {q.subject for q in new if q.predicate in (_HOLDS, _PARENT)}
    agents |= {holder for q in new if q.predicate == _POST_IN
               for holder in _subjects(store, _HOLDS, q.subject)}
    groups = {q.subject for q in new if q.predicate == _MEMBER}
    for agent in _below(store, agents) | groups:
        participations = (_subjects(store, _PARTICIPANT, agent)
                          | _subjects(store, _ON_BEHALF_OF, agent))
        for group in _subjects(store, _MEMBER, agent):
            participations |= _subjects(store, _PARTICIPANT, group)
        events |= _events_of_participations(store, participations)
    return events


def touched_programmes(store: ox.Store, new: list[ox.Quad], events: set) -> set:
    """The events whose programme (rikg:involvesInProgramme, 95-programme-sides.ru) may have new
    sides: those above the touched `events`, and an event with a new sub-event (`new`) and
    those above it."""
    found = {q.subject for q in new if q.predicate == _SUB_EVENT}
    todo = list(found | events)
    while todo:
        above = _subjects(store, _SUB_EVENT, todo.pop()) - found
        found |= above
        todo.extend(above)
    return found


def programme_sides(store: ox.Store, events: Iterable) -> set[tuple]:
    """(event, side) for each side (rikg:involves) of each sub-event, at any depth, of each of
    `events`: 95-programme-sides.ru for those events, by pattern look-ups (as a query with the
    event bound, Oxigraph read every side of the store first: 6 s an event at 1M)."""
    involves = ox.NamedNode(str(RIKG.involves))
    pairs = set()
    for event in events:
        below, todo = set(), [event]
        while todo:
            subs = {q.object for q in store.quads_for_pattern(todo.pop(), _SUB_EVENT, None)} - below
            below |= subs
            todo.extend(subs)
        pairs |= {(event, q.object) for sub in below
                  for q in store.quads_for_pattern(sub, involves, None)}
    return pairs


def sides_of(store: ox.Store, query: str, events: Iterable) -> set[tuple]:
    """(event, side) for each of `events`, by `query` (delta/event-sides.rq) with ?event bound,
    over the union of the graphs (the path crosses reports and the registry)."""
    return {(event, side) for e in events
            for event, side in store.query(query, use_default_graph_as_union=True,
                                           substitutions={ox.Variable("event"): e})}
