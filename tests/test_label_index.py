"""The label index a build writes beside its store, and the labels read from it."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import kg.build
from kg.build import build
from kg.label_index import (INDEX_FILE, IndexedLabels, compared_names, labels_for, lookup_rows,
                            name_key, namesakes, open_index, update_index)
from kg.query import Labels, open_store


MINI = Path(__file__).parent / "fixtures" / "reports" / "test-mini.ttl"

#: names as a user types them: a name, an alias in another case, an office in two languages,
#: an id from a sheet, part of a name, a place's name, and nothing
TEXTS = ("Kim Dong-yeon", "lionvolt", "governor", "gouverneur", "Governor of Gyeonggi",
         "meeting-governor", "brabant", "Gyeonggi", "Anna Testperson", "no such thing at all")


def same_labels(indexed: Labels, loaded: Labels) -> None:
    """Every thing has the same display labels, names and kind; every text the same matches."""
    assert set(indexed.kinds) == set(loaded.kinds)
    assert set(indexed.names) == set(loaded.names)
    for iri in loaded.names:
        assert indexed.names.get(iri) == loaded.names[iri]
        for lang in ("en", "nl"):
            assert indexed.label(iri, lang) == loaded.label(iri, lang)
    for iri, kind in loaded.kinds.items():
        assert indexed.kinds[iri] == kind
    for office, holders in loaded.offices.items():
        assert indexed.offices.get(office) == holders
    for text in TEXTS:
        assert indexed.matches(text) == loaded.matches(text), text


def test_the_build_writes_a_label_index_beside_the_store(built):
    assert (built.current / INDEX_FILE).is_file()
    assert isinstance(open_index(built), IndexedLabels)


def test_the_index_answers_as_the_labels_read_from_the_store(built, store, labels):
    same_labels(open_index(built), labels)


def test_an_actor_parameter_by_office_resolves_through_the_index(built):
    indexed = open_index(built)
    [holder] = indexed.matches("gouverneur", {"person"})
    assert indexed.label(holder.iri) == "Kim Dong-yeon"
    assert holder.reason(indexed) == "holds Governor of Gyeonggi"


def test_labels_read_at_once_are_those_read_one_by_one(built, labels):
    iris = [*labels.pref][:40] + ["https://w3id.org/rikg/id/no-such-thing"]
    at_once, one_by_one = open_index(built), open_index(built)
    at_once.read_labels(iris)
    at_once._db.close()         # every label now comes from what was read at once
    for iri in iris:
        for lang in ("en", "nl"):
            assert at_once.label(iri, lang) == one_by_one.label(iri, lang) == labels.label(iri, lang)


def test_without_an_index_the_labels_are_read_from_the_store(built_copy, tmp_path):
    (built_copy.current / INDEX_FILE).unlink()     # a build of an older kg
    store = open_store(built_copy)
    labels = labels_for(store, built_copy)
    assert not isinstance(labels, IndexedLabels)
    assert labels.find("Kim Dong-yeon")


def test_adding_a_report_updates_the_index_with_its_names(built_copy, monkeypatch):
    updates = []
    monkeypatch.setattr(kg.build, "update_index",
                        lambda *args, **kwargs: updates.append(args)
                        or update_index(*args, **kwargs))
    shutil.copy(MINI, built_copy.data_dir / "test-mini.ttl")
    build(built_copy)
    assert len(updates) == 1       # the report was added to a copy of the last build
    store = open_store(built_copy)
    indexed = open_index(built_copy)
    same_labels(indexed, Labels.from_engine(store, built_copy))
    assert [indexed.label(m.iri) for m in indexed.matches("anna testperson")] == [
        "Anna Testperson"]


def test_the_lookups_for_a_few_things_give_the_whole_store_rows_about_them(built, store):
    """A lookup's form for a few things (queries/lookup/bound/kinds.rq) names the classes of
    the whole store's form (queries/lookup/): the rows of some things are the same either way
    (labels, kinds)."""
    every = lookup_rows(store, built)
    some = sorted({row[0] for rows in every[:2] for row in rows})[::3]
    bound = lookup_rows(store, built, only=some)
    assert some and len(bound[0]) > 10 and len(bound[1]) > 10
    for whole_rows, bound_rows in zip(every[:2], bound[:2]):      # labels, kinds
        assert sorted(bound_rows) == sorted(row for row in whole_rows if row[0] in some)


def test_a_name_key_keeps_only_the_letters_and_digits_in_lower_case():
    assert name_key("K-City") == name_key("Kcity") == "kcity"
    assert name_key("Lion Volt (B.V.)") == "lionvoltbv"
    assert name_key("Gyeonggi-do 2") == "gyeonggido2"


def test_the_index_gives_the_things_with_a_compared_name_of_a_key(built, store):
    """The keys of the names duplicate-label compares (skos:prefLabel, foaf:name), not of
    every label: a title or an alias with the key does not count."""
    found = namesakes(built.current / INDEX_FILE, {name_key("Lion-Volt"), "nosuchname"})
    assert found == {iri for iri, name in compared_names(store, built)
                     if name_key(name) == "lionvolt"}
    assert found == {"https://w3id.org/rikg/id/org/lionvolt"}


def test_an_index_without_name_keys_tells_no_namesakes_and_gets_none(built_copy):
    """An index written by an older kg: kg.build then keys every name of the store, and adding
    a report does not give the index the keys of its names only."""
    index = built_copy.current / INDEX_FILE
    with sqlite3.connect(index) as db:
        db.execute("DROP TABLE name_keys")
    db.close()
    assert namesakes(index, {"lionvolt"}) is None
    shutil.copy(MINI, built_copy.data_dir / "test-mini.ttl")
    assert build(built_copy).mode == "incremental"
    assert namesakes(built_copy.current / INDEX_FILE, {"annatestperson"}) is None


def test_adding_a_report_gives_the_index_the_keys_of_its_names(built_copy):
    assert namesakes(built_copy.current / INDEX_FILE, {"annatestperson"}) == set()
    shutil.copy(MINI, built_copy.data_dir / "test-mini.ttl")
    assert build(built_copy).mode == "incremental"
    assert namesakes(built_copy.current / INDEX_FILE, {"annatestperson"}) == {
        "https://w3id.org/rikg/id/person/anna-testperson"}
