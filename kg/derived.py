"""What `kg add` derives for the statements of the reports it adds, beside the instance rules'
delta updates: the shortcuts the once-only rules (queries/rules/9x) put in the derived graph for
the whole store in a full build (met pairs, theme connections, each event's sides, meetings' sort
keys, each thing's time owner and time statements, follow-ups' status sentences), here only for
what the new statements touch, and the checks that tell kg.build when a new report would change
an older shortcut (then everything is derived again: the derived graph can only be added to)."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import FOAF, RDF, RDFS

from . import event_sides
from .config import (DERIVED_GRAPH, INFERRED_GRAPH, RIKG, SCHEMA, TIME, WORK_CHANGES,
                     WORK_DELTA, WORK_NEW, Paths)
from .store import EmbeddedStore


def new_met_pairs(store: EmbeddedStore, paths: Paths) -> list[ox.Quad]:
    """The met rules (90-met.ru, 91-met-via-delegation.ru) for an incremental build, added to the derived graph: only the
    meetings that the changes graph types, gives a participation or gives a participant can
    have new pairs. Found by pattern lookups and one small query per meeting (two: whether it
    took place, then its pairs): as a single update, Oxigraph's planner starts from all
    meetings (seconds at 1M triples)."""
    changes = ox.NamedNode(str(WORK_CHANGES))
    has_participation = ox.NamedNode(str(RIKG.hasParticipation))
    touched = {q.subject for q in store.raw.quads_for_pattern(None, ox.NamedNode(str(RDF.type)),
                                                               None, changes)}
    touched |= {q.subject for q in store.raw.quads_for_pattern(None, has_participation, None, changes)}
    for q in store.raw.quads_for_pattern(None, ox.NamedNode(str(RIKG.participant)), None, changes):
        touched |= {e.subject for e in store.raw.quads_for_pattern(None, has_participation, q.subject)}
    # a new member of a delegation meets whom the delegation met (91-met-via-delegation.ru)
    participant = ox.NamedNode(str(RIKG.participant))
    for q in store.raw.quads_for_pattern(None, ox.NamedNode(str(FOAF.member)), None, changes):
        for p in store.raw.quads_for_pattern(None, participant, q.subject):
            touched |= {e.subject for e in store.raw.quads_for_pattern(None, has_participation,
                                                                        p.subject)}
    meeting = ox.NamedNode(str(RIKG.Meeting))
    rdf_type = ox.NamedNode(str(RDF.type))
    pairs = _rule_text(paths, "delta/met-pairs.rq")
    not_held = _rule_text(paths, "delta/meeting-not-held.rq")
    met, derived = ox.NamedNode(str(RIKG.met)), ox.NamedNode(str(DERIVED_GRAPH))
    met_via = ox.NamedNode(str(RIKG.metViaDelegation))
    met_at = ox.NamedNode(str(RIKG.metAt))
    new = set()
    for e in touched:
        if next(store.raw.quads_for_pattern(e, rdf_type, meeting), None) is None:
            continue
        the_meeting = {ox.Variable("e"): e}
        if store.raw.query(not_held, use_default_graph_as_union=True, substitutions=the_meeting):
            continue
        for _, a, b, via in store.raw.query(pairs, use_default_graph_as_union=True,
                                            substitutions=the_meeting):
            quads = [ox.Quad(a, met, b, derived), ox.Quad(a, met_at, e, derived)]
            if via.value == "true":
                quads.append(ox.Quad(a, met_via, b, derived))
            new.update(quads)
    return _derive(store, new)


def new_theme_connections(store: EmbeddedStore, paths: Paths) -> list[ox.Quad]:
    """92-connected-to-theme.ru for an incremental build: the pairs of agent and theme that a
    statement among the changes takes part in (delta/theme-connections.rq), added to the
    derived graph where they are not there yet."""
    pairs = _rule_text(paths, "delta/theme-connections.rq")
    connected = ox.NamedNode(str(RIKG.connectedToTheme))
    derived = ox.NamedNode(str(DERIVED_GRAPH))
    return _derive(store, {ox.Quad(actor, connected, theme, derived)
                           for actor, theme in store.raw.query(pairs)})


def new_event_sides(store: EmbeddedStore, paths: Paths, added: list[str]) -> list[ox.Quad]:
    """94-event-sides.ru and 95-programme-sides.ru for an incremental build: the sides
    (rikg:involves) of every event whose path to a side goes through a statement new among the
    changes, then the sides in the programme (rikg:involvesInProgramme) of the events above
    those and of the events with a new sub-event (kg.event_sides), added to the derived graph
    where they are not there yet."""
    fresh = {ox.NamedNode(g) for g in added}
    fresh |= {ox.NamedNode(str(g)) for g in (WORK_NEW, WORK_DELTA, WORK_CHANGES, INFERRED_GRAPH)}
    new = event_sides.new_path_statements(store.raw, ox.NamedNode(str(WORK_CHANGES)), fresh)
    events = event_sides.touched_events(store.raw, new)
    query = _rule_text(paths, "delta/event-sides.rq")
    involves = ox.NamedNode(str(RIKG.involves))
    in_programme = ox.NamedNode(str(RIKG.involvesInProgramme))
    derived = ox.NamedNode(str(DERIVED_GRAPH))
    found = _derive(store, {ox.Quad(event, involves, side, derived)
                            for event, side in event_sides.sides_of(store.raw, query, events)})
    # (the programmes' sides are read once the events' new sides are in the store)
    programmes = event_sides.touched_programmes(store.raw, new, events)
    return found + _derive(store, {ox.Quad(event, in_programme, side, derived) for event, side
                                   in event_sides.programme_sides(store.raw, programmes)})


def meeting_when_keys(store: EmbeddedStore, paths: Paths,
                      meetings: set[ox.NamedNode] | None = None) -> set[ox.Quad]:
    """`?meeting rikg:whenSortKey ?key` in the derived graph (93-meeting-when.rq): for every
    meeting that took place, or for `meetings` only (one small query each, as new_met_pairs)."""
    if meetings is not None:
        # (the query answers nothing for an event that is not a meeting: such a one is not asked)
        is_meeting = (ox.NamedNode(str(RDF.type)), ox.NamedNode(str(RIKG.Meeting)))
        meetings = {m for m in meetings
                    if next(store.raw.quads_for_pattern(m, *is_meeting), None) is not None}
    return _selected_pairs(store, paths, "93-meeting-when.rq", ("meeting", "key"),
                           RIKG.whenSortKey, meetings)


def time_owners(store: EmbeddedStore, paths: Paths,
                things: set[ox.NamedNode] | None = None) -> set[ox.Quad]:
    """`?thing rikg:timeOwner ?owner` in the derived graph (96-time-owner.rq): whose time is
    shown for each thing with a time or an enclosing event, or for `things` only (kg add: the
    events retimed_events finds, whose owners may be new)."""
    return _selected_pairs(store, paths, "96-time-owner.rq", ("thing", "owner"),
                           RIKG.timeOwner, things)


def _selected_pairs(store: EmbeddedStore, paths: Paths, rule: str, variables: tuple[str, str],
                    predicate, subjects: set[ox.NamedNode] | None) -> set[ox.Quad]:
    """The rows of a rule that is a SELECT of (subject, value), as quads of `predicate` in the
    derived graph: over the whole store, or with the subject bound to each of `subjects`."""
    text = _rule_text(paths, rule)
    subject, value = variables
    link, derived = ox.NamedNode(str(predicate)), ox.NamedNode(str(DERIVED_GRAPH))
    asked = [{}] if subjects is None else [{ox.Variable(subject): s}
                                           for s in sorted(subjects, key=str)]
    return {ox.Quad(row[subject], link, row[value], derived)
            for substitutions in asked
            for row in store.raw.query(text, use_default_graph_as_union=True,
                                       substitutions=substitutions)
            if row[subject] is not None}


def new_meetings(store: EmbeddedStore) -> set[ox.NamedNode]:
    """The meetings that the changes graph of an incremental build types."""
    return {q.subject for q in store.raw.quads_for_pattern(
        None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(RIKG.Meeting)),
        ox.NamedNode(str(WORK_CHANGES))) if isinstance(q.subject, ox.NamedNode)}


def retimed_events(store: EmbeddedStore, added_quads: list[ox.Quad]) -> set[ox.NamedNode]:
    """The events whose time, status, enclosing event (told from either side) or type the added
    reports' statements (`added_quads`) state, or whose time they describe, with all their
    sub-events: the meetings among them may have a new rikg:whenSortKey (93-meeting-when.rq),
    each of them a new rikg:timeOwner (96-time-owner.rq)."""
    has_time = ox.NamedNode(str(TIME.hasTime))
    begins = ox.NamedNode(str(TIME.hasBeginning))
    super_event = ox.NamedNode(str(SCHEMA.superEvent))
    sub_event = ox.NamedNode(str(SCHEMA.subEvent))
    about_event = {ox.NamedNode(str(p)) for p in (SCHEMA.startDate, SCHEMA.superEvent,
                                                  SCHEMA.eventStatus)} | {has_time}
    rdf_type, event = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(RIKG.Event))
    sub_class = ox.NamedNode(str(RDFS.subClassOf))
    events, times = set(), set()
    event_classes: dict[ox.Term, bool] = {event: True}     # (each class looked up once)

    def is_event_class(c: ox.Term) -> bool:
        if c not in event_classes:
            event_classes[c] = next(store.raw.quads_for_pattern(c, sub_class, event), None) is not None
        return event_classes[c]
    for q in added_quads:
        if q.predicate in about_event or (q.predicate == rdf_type and is_event_class(q.object)):
            events.add(q.subject)
        elif q.predicate == sub_event:
            # told from the enclosing side ("A schema:subEvent B"): B has a new enclosing event
            # (its schema:superEvent only inferred)
            events.add(q.object)
        elif q.predicate.value.startswith(str(TIME)):
            times.add(q.subject)
    # a time's parts: the events whose time (or the beginning of whose time) it is
    for t in times:
        owners = {q.subject for q in store.raw.quads_for_pattern(None, begins, t)} | {t}
        events |= {q.subject for o in owners for q in store.raw.quads_for_pattern(None, has_time, o)}
    found, todo = set(), [e for e in events if isinstance(e, ox.NamedNode)]
    while todo:
        event = todo.pop()
        if event not in found:
            found.add(event)
            todo.extend(q.subject for q in store.raw.quads_for_pattern(None, super_event, event))
    return found


def changes_keys(store: EmbeddedStore, asked: set[ox.NamedNode], keys: set[ox.Quad],
                 predicate=RIKG.whenSortKey) -> bool:
    """Would `keys` (93-meeting-when.rq's for the meetings `asked` about; with `predicate`
    rikg:timeOwner, 96-time-owner.rq's) replace or drop one the store holds (a new time, or a
    meeting that turns out not to have taken place)? An incremental build can only add to the
    derived graph."""
    key, derived = ox.NamedNode(str(predicate)), ox.NamedNode(str(DERIVED_GRAPH))
    new = {}
    for q in keys:
        new.setdefault(q.subject, set()).add(q.object)
    for meeting in asked:
        held = {q.object for q in store.raw.quads_for_pattern(meeting, key, None, derived)}
        if held and held != new.get(meeting, set()):
            return True
    return False


def changes_time_owners(store: EmbeddedStore, asked: set[ox.NamedNode], owners: set[ox.Quad]
                        ) -> bool:
    """Would `owners` (96-time-owner.rq's for the things `asked` about) replace or drop a time
    owner the store holds (a report gives an older event or one enclosing it a time)?"""
    return changes_keys(store, asked, owners, RIKG.timeOwner)


def adds_members_to_older_agents(store: EmbeddedStore, graph: str, added: list[str]) -> bool:
    """Does a new report give an agent an older graph describes a member? Who met whom at an
    older meeting (rikg:met, rikg:metAt: a delegation and its members do not meet) can then
    change, which an incremental build cannot take back from the derived graph."""
    ours = {ox.NamedNode(g) for g in added}
    member = ox.NamedNode(str(FOAF.member))

    def older(subject, value=None) -> bool:
        return any(q.graph_name not in ours for q in store.raw.quads_for_pattern(
            subject, None if value is None else member, value))
    # (a membership an older graph states already changes nothing)
    return any(older(q.subject) and not older(q.subject, q.object)
               for q in store.raw.quads_for_pattern(None, member, None, ox.NamedNode(graph)))


def new_status_evidence(store: EmbeddedStore, paths: Paths) -> list[ox.Quad]:
    """97-status-evidence.ru for an incremental build: the status statements among the changes,
    each with its action and first sentence (delta/status-evidence.rq), added to the derived
    graph. A statement node belongs to one report, so an older one's first sentence stays."""
    found = _rule_text(paths, "delta/status-evidence.rq")
    has_statement = ox.NamedNode(str(RIKG.hasStatusStatement))
    first = ox.NamedNode(str(RIKG.firstEvidence))
    derived = ox.NamedNode(str(DERIVED_GRAPH))
    return _derive(store, {q for action, statement, sentence in store.raw.query(found)
                           for q in (ox.Quad(action, has_statement, statement, derived),
                                     ox.Quad(statement, first, sentence, derived))})


def new_time_statements(store: EmbeddedStore, paths: Paths) -> list[ox.Quad]:
    """98-time-statements.ru for an incremental build: the statements of a time among the
    changes, each linked from its subject (delta/time-statements.rq), added to the derived
    graph. A statement node belongs to one report, so the links only grow."""
    found = _rule_text(paths, "delta/time-statements.rq")
    link, derived = ox.NamedNode(str(RIKG.hasTimeStatement)), ox.NamedNode(str(DERIVED_GRAPH))
    return _derive(store, {ox.Quad(owner, link, statement, derived)
                           for owner, statement in store.raw.query(found)})


def _rule_text(paths: Paths, name: str) -> str:
    """The text of queries/rules/NAME (a delta form: "delta/NAME")."""
    return (paths.queries / "rules" / name).read_text(encoding="utf-8")


def _derive(store: EmbeddedStore, quads: set[ox.Quad]) -> list[ox.Quad]:
    """Add to the store those of `quads` it does not hold yet; they are returned in order (the
    incremental build's derived quads, as the full build's rules would have made them)."""
    new = {q for q in quads if q not in store.raw}
    store.raw.extend(new)
    return sorted(new, key=str)
