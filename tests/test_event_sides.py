"""kg.event_sides: the events an incremental build must give their sides (rikg:involves) again."""

import pyoxigraph as ox

from kg import event_sides
from kg.config import project_root

R, ORG = "https://w3id.org/rikg/ontology#", "http://www.w3.org/ns/org#"
ID = "https://w3id.org/rikg/id/"
OLD, NEW, CHANGES = (ox.NamedNode(f"https://w3id.org/rikg/graph/{g}")
                     for g in ("old", "new", "work/changes"))
SIDES = (project_root() / "queries" / "rules" / "delta" / "event-sides.rq").read_text(
    encoding="utf-8")


def n(name: str) -> ox.NamedNode:
    return ox.NamedNode(name if name.startswith("http") else ID + name)


def store_with(old: list[tuple], new: list[tuple]) -> tuple[ox.Store, list[ox.Quad]]:
    """A store holding `old` in one report's graph and `new` in an added report's graph and the
    changes graph, and the new statements found in it."""
    store = ox.Store()
    store.extend(ox.Quad(*map(n, t), OLD) for t in old)
    store.extend(ox.Quad(*map(n, t), g) for t in new for g in (NEW, CHANGES))
    return store, event_sides.new_path_statements(store, CHANGES, {NEW, CHANGES})


VISIT = [("event/visit", R + "hasParticipation", "part/visit-deputy"),
         ("part/visit-deputy", R + "participant", "person/deputy")]


def test_a_new_post_gives_the_earlier_events_of_its_holder_the_organisation_and_its_parent():
    registry = [("post/deputy", ORG + "postIn", "org/unit"),
                ("org/unit", ORG + "transitiveSubOrganizationOf", "org/province")]
    store, new = store_with(VISIT + registry, [("person/deputy", ORG + "holds", "post/deputy")])
    events = event_sides.touched_events(store, new)
    assert events == {n("event/visit")}
    assert {side for _, side in event_sides.sides_of(store, SIDES, events)} == {
        n("person/deputy"), n("org/unit"), n("org/province")}


def test_a_new_member_of_a_group_gives_the_groups_events_that_member():
    store, new = store_with([("event/meeting", R + "hasParticipation", "part/meeting-delegation"),
                             ("part/meeting-delegation", R + "participant", "group/delegation")],
                            [("group/delegation", "http://xmlns.com/foaf/0.1/member",
                              "person/deputy")])
    events = event_sides.touched_events(store, new)
    assert events == {n("event/meeting")}
    assert (n("event/meeting"), n("person/deputy")) in event_sides.sides_of(store, SIDES, events)


def test_a_post_the_store_held_before_touches_no_event():
    """A report that repeats the registry's post of a person (the statement is in another graph
    too) cannot give any event a new side."""
    held = ("person/deputy", ORG + "holds", "post/deputy")
    store, new = store_with(VISIT + [held], [held])
    assert new == []
    assert event_sides.touched_events(store, new) == set()


def test_a_new_event_is_touched_by_its_own_participations():
    store, new = store_with([], VISIT)
    assert event_sides.touched_events(store, new) == {n("event/visit")}


def test_the_programmes_above_a_touched_event_and_above_a_new_sub_event_are_touched():
    mission = [("event/mission", "https://schema.org/subEvent", "event/visit")]
    store, new = store_with(VISIT + mission, [])
    assert event_sides.touched_programmes(store, new, {n("event/visit")}) == {n("event/mission")}
    trip = ("event/trip", "https://schema.org/subEvent", "event/mission")
    store, new = store_with(VISIT + mission, [trip])
    assert event_sides.touched_programmes(store, new, set()) == {n("event/trip")}


def test_a_programme_has_the_sides_of_its_sub_events_at_any_depth():
    sub = "https://schema.org/subEvent"
    store, _ = store_with([("event/trip", sub, "event/mission"), ("event/mission", sub, "event/visit"),
                           ("event/visit", R + "involves", "org/province")], [])
    assert event_sides.programme_sides(store, {n("event/trip"), n("event/visit")}) == {
        (n("event/trip"), n("org/province"))}
