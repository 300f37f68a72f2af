"""kg.canonical on a small store: which record becomes the actor, what moves to it, what stays
with the record, and that a doubt (one decision confirms, another rejects) merges nothing."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.canonical import merge_identities
from kg.config import DERIVED_GRAPH, RIKG, Paths
from kg.errors import ValidationFailed
from kg.store import EmbeddedStore

ID = "https://w3id.org/rikg/id/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
FOAF = "http://xmlns.com/foaf/0.1/"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SEED, PRESS = (ox.NamedNode(f"https://w3id.org/rikg/graph/{g}") for g in ("seed", "press"))
PLACEHOLDER, NAMED = ox.NamedNode(ID + "person/the-ambassador"), ox.NamedNode(ID + "person/pvdv")
MEETING = ox.NamedNode(ID + "event/meeting")
PART_P, PART_N = (ox.NamedNode(ID + f"participation/meeting--{x}") for x in ("a", "b"))


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def q(s, p, o, g) -> ox.Quad:
    return ox.Quad(s, n(p) if isinstance(p, str) else p, o, g)


def decision(i: int, status: str, graph=PRESS) -> list[ox.Quad]:
    d = n(ID + f"match/decision-{i}")
    return [q(d, TYPE, n(str(RIKG.IdentityDecision)), graph),
            q(d, str(RIKG.identityStatus), ox.Literal(status), graph),
            q(d, str(RIKG.decidedAbout), PLACEHOLDER, graph),
            q(d, str(RIKG.decidedAbout), NAMED, graph)]


def store_with(*extra: ox.Quad) -> EmbeddedStore:
    """An unnamed ambassador in the seed and a named one in the press, both at one meeting."""
    store = EmbeddedStore()
    store.raw.extend([
        q(PLACEHOLDER, TYPE, n(FOAF + "Person"), SEED),
        q(PLACEHOLDER, RDFS_LABEL, ox.Literal("the ambassador (unnamed)", language="en"), SEED),
        q(PLACEHOLDER, str(RIKG.isPlaceholder), ox.Literal("true", datatype=n(
            "http://www.w3.org/2001/XMLSchema#boolean")), SEED),
        q(PLACEHOLDER, str(RIKG.evidence), n(ID + "excerpt/seed-1"), SEED),
        q(MEETING, str(RIKG.hasParticipation), PART_P, SEED),
        q(PART_P, str(RIKG.participant), PLACEHOLDER, SEED),
        q(PART_P, str(RIKG.evidence), n(ID + "excerpt/seed-1"), SEED),
        q(NAMED, TYPE, n(FOAF + "Person"), PRESS),
        q(NAMED, FOAF + "name", ox.Literal("Peter van der Vliet"), PRESS),
        q(NAMED, str(RIKG.evidence), n(ID + "excerpt/press-2"), PRESS),
        q(MEETING, str(RIKG.hasParticipation), PART_N, PRESS),
        q(PART_N, str(RIKG.participant), NAMED, PRESS),
        q(PART_N, str(RIKG.evidence), n(ID + "excerpt/press-2"), PRESS),
        q(NAMED, str(RIKG.possiblySame), PLACEHOLDER, PRESS),
        *extra])
    return store


def about(store, node) -> set[tuple[str, str, str]]:
    return {(x.predicate.value, str(x.object), x.graph_name.value.rsplit("/", 1)[-1])
            for x in store.raw.quads_for_pattern(node, None, None, None)}


def test_the_named_record_is_the_actor_and_takes_over_the_placeholders_statements():
    store = store_with(*decision(1, "confirmed"))
    merges = merge_identities(store, Paths())
    assert merges.canonical_of == {PLACEHOLDER.value: NAMED.value}
    facts = about(store, NAMED)
    # its own name, the placeholder's sentence, the placeholder's label as an alias
    assert (FOAF + "name", '"Peter van der Vliet"', "press") in facts
    assert (str(RIKG.evidence), f"<{ID}excerpt/seed-1>", "seed") in facts
    assert (SKOS + "altLabel", '"the ambassador (unnamed)"@en', "seed") in facts
    assert not [f for f in facts if f[0] == str(RIKG.isPlaceholder)]
    # one person, not a placeholder any more; the record is kept for the candidate and decision
    assert (TYPE, f"<{FOAF}Person>", "seed") not in about(store, PLACEHOLDER)
    assert about(store, PLACEHOLDER) >= {(RDFS_LABEL, '"the ambassador (unnamed)"@en', "seed"),
                                         (TYPE, f"<{RIKG.MergedRecord}>", "derived")}
    assert ox.Quad(NAMED, n(str(RIKG.mergesRecord)), PLACEHOLDER, n(str(DERIVED_GRAPH))) in store.raw
    assert ox.Quad(NAMED, n(str(RIKG.possiblySame)), PLACEHOLDER, PRESS) in store.raw


def test_two_participations_in_one_meeting_become_one_with_both_sentences():
    store = store_with(*decision(1, "confirmed"))
    merge_identities(store, Paths())
    parts = {x.object for x in store.raw.quads_for_pattern(
        MEETING, n(str(RIKG.hasParticipation)), None, None)}
    assert parts == {PART_P}               # the first by IRI
    # a statement both graphs now make is kept once (the first graph by name): a query over the
    # union graph sees the participant once
    assert len(list(store.raw.quads_for_pattern(PART_P, n(str(RIKG.participant)), NAMED))) == 1
    assert {str(x.object) for x in store.raw.quads_for_pattern(
        PART_P, n(str(RIKG.evidence)), None)} == {f"<{ID}excerpt/seed-1>", f"<{ID}excerpt/press-2>"}
    assert not list(store.raw.quads_for_pattern(PART_N, None, None, None))


def test_a_pair_one_decision_confirms_and_another_rejects_stays_apart():
    store = store_with(*decision(1, "confirmed"), *decision(2, "rejected", SEED))
    assert merge_identities(store, Paths()).canonical_of == {}
    assert (TYPE, f"<{FOAF}Person>", "seed") in about(store, PLACEHOLDER)


def test_without_a_confirmed_decision_nothing_changes():
    store = store_with(*decision(1, "rejected"))
    before = set(store.raw)
    assert merge_identities(store, Paths()).canonical_of == {}
    assert set(store.raw) == before


def test_a_chain_of_confirmed_pairs_that_joins_a_rejected_pair_is_refused():
    """A = B and B = C confirmed, A and C rejected: a contradiction a curator must resolve."""
    third = n(ID + "person/pvdv-2")
    d = n(ID + "match/decision-3")
    chain = [q(d, TYPE, n(str(RIKG.IdentityDecision)), PRESS),
             q(d, str(RIKG.identityStatus), ox.Literal("confirmed"), PRESS),
             q(d, str(RIKG.decidedAbout), NAMED, PRESS),
             q(d, str(RIKG.decidedAbout), third, PRESS)]
    r = n(ID + "match/decision-4")
    rejected = [q(r, TYPE, n(str(RIKG.IdentityDecision)), SEED),
                q(r, str(RIKG.identityStatus), ox.Literal("rejected"), SEED),
                q(r, str(RIKG.decidedAbout), PLACEHOLDER, SEED),
                q(r, str(RIKG.decidedAbout), third, SEED)]
    store = store_with(*decision(1, "confirmed"), *chain, *rejected)
    before = set(store.raw)
    with pytest.raises(ValidationFailed) as refused:
        merge_identities(store, Paths())
    assert "contradict" in str(refused.value)
    assert any("the ambassador (unnamed)" in d and "pvdv-2" in d for d in refused.value.details)
    assert set(store.raw) == before          # nothing merged
