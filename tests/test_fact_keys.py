"""One row per fact: every named query declares the columns that identify a fact (`#+ key:`), and
its answer never gives a key twice: on the seed report (`built`), on everything in data/ttl/
(`built_all`) and on a small synthetic graph from benchmarks/generate.py."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter

import pytest

from kg.build import build
from kg.config import Paths, project_root
from kg.query import Labels, open_store, run_query
from kg.queries import catalogue

ROOT = project_root()
CATALOGUE = catalogue(ROOT / "queries")

#: values for the required parameters, on the seed report and the reports after it
SAMPLES = {
    "who-met": {"actor": "Kim Dong-yeon"},
    "follow-ups": {},
    "event-participants": {"event": "Meeting with Governor Kim Dong-yeon of Gyeonggi"},
    "theme-actors": {"theme": "energy"},
    "shared-themes": {"a": "Provincie Noord-Brabant", "b": "Gyeonggi Province"},
    "actor-profile": {"actor": "Provincie Noord-Brabant"},
    "source-of": {"subject": "Meeting with Governor Kim Dong-yeon of Gyeonggi"},
    "post-holders-on": {"date": "2025-03-06"},
    "open-on": {"date": "2025-03-06"},
}

#: the same on the synthetic graph, from the parameters benchmarks/generate.py picks (by key)
SYNTHETIC_SAMPLES = {
    "who-met": {"actor": "actor"},
    "follow-ups": {},
    "event-participants": {"event": "event"},
    "theme-actors": {"theme": "theme"},
    "shared-themes": {"a": "actor", "b": "actor2"},
    "actor-profile": {"actor": "actor"},
    "source-of": {"subject": "subject"},
    "mission-programme": {"mission": "mission"},
    "region-relations": {"a": "region_a", "b": "region_b"},
}


def repeated_keys(answer) -> dict[tuple, int]:
    """The keys given in more than one row, with how often."""
    at = [answer.variables.index(k) for k in answer.query.key]
    counts = Counter(tuple(row[i] for i in at) for row in answer.rows)
    return {key: n for key, n in counts.items() if n > 1}


def check_one_row_per_fact(store, labels, name: str, values: dict[str, str]):
    answer = run_query(store, CATALOGUE[name], values, labels)
    assert not repeated_keys(answer), f"{name} gives a fact in several rows"
    return answer


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_named_query_declares_its_key_and_columns_it_has(name, store, labels):
    query = CATALOGUE[name]
    assert query.key, f"{name}: add '#+ key: …' (the columns that identify one fact)"
    answer = run_query(store, query, SAMPLES.get(name, {}), labels, limit=1)
    named = (set(query.key) | set(query.table) | {c for pair in query.pairs for c in pair}
             | (set(query.evidence) if query.evidence != ("evidence",) else set()))
    assert named <= set(answer.variables), f"{name}: the header names columns it does not give"


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_one_row_per_fact_on_the_seed_report(name, store, labels):
    check_one_row_per_fact(store, labels, name, SAMPLES.get(name, {}))


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_one_row_per_fact_on_all_reports(name, store_all, labels_all):
    answer = check_one_row_per_fact(store_all, labels_all, name, SAMPLES.get(name, {}))
    assert answer.rows, f"{name}: pick a sample with an answer, or the test checks nothing"


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory):
    """A synthetic project of about 7,500 triples (three reports of the seed's shape), built; and
    the parameters the generator picked from it."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    root = tmp_path_factory.mktemp("synthetic")
    generator.generate(3000, root, seed=42)
    paths = Paths(root=root, build_dir=tmp_path_factory.mktemp("synthetic-build"))
    build(paths)
    store = open_store(paths)
    params = json.loads((root / "bench-params.json").read_text(encoding="utf-8"))["params"]
    return store, Labels.from_engine(store, paths), params


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_one_row_per_fact_on_synthetic_data(name, synthetic):
    store, labels, params = synthetic
    values = {p: params[key] for p, key in SYNTHETIC_SAMPLES.get(name, {}).items()}
    dates = {p: v for p, v in SAMPLES.get(name, {}).items() if p == "date"}   # any day will do
    check_one_row_per_fact(store, labels, name, {**values, **dates})


def test_who_met_gives_one_row_per_counterpart_with_the_most_specific_place_first(
        store_all, labels_all):
    answer = run_query(store_all, CATALOGUE["who-met"], {"actor": "Kim Dong-yeon"}, labels_all)
    others = [labels_all.label(row[answer.variables.index("other")]) for row in answer.rows]
    assert len(others) == len(set(others)) == 7
    places = {tuple(labels_all.label(p) for p in row[answer.variables.index("place")])
              for row in answer.rows}
    assert places == {("Gyeonggi provincial office", "Gyeonggi")}


def test_gathering_is_needed_the_engine_alone_repeats_facts(store_all, labels_all):
    """Without gathering, the engine's answer gives the governor meeting's counterparts once
    per place: the key test above would fail without kg.gather."""
    query = CATALOGUE["who-met"]
    from kg.query import bindings_for, query_text_for
    bound = bindings_for(query, {"actor": "Kim Dong-yeon"}, labels_all)
    _, rows = store_all.select(query_text_for(store_all, query.text, bound), bound)
    assert len(rows) == 14


#: the queries whose rows of one fact come together: a page is read from the answer's first rows
TOGETHER = sorted(name for name, query in CATALOGUE.items() if query.facts_together)


def check_pages_are_slices_of_the_whole_answer(store, labels, name: str, values: dict[str, str]):
    query = CATALOGUE[name]
    whole = run_query(store, query, values, labels).rows
    size = max(1, len(whole) // 3)
    assert len(whole) > size, f"{name}: pick a sample with more than one page"
    for offset in (0, size, len(whole) - 1):
        page = run_query(store, query, values, labels, limit=size, offset=offset).rows
        assert page == whole[offset:offset + size], f"{name}: page at {offset}"


def test_the_queries_whose_facts_come_together():
    assert TOGETHER == ["actor-profile", "shared-themes", "theme-actors"]


@pytest.mark.parametrize("name", TOGETHER)
def test_pages_of_facts_together_are_slices_of_the_whole_answer_on_the_seed(name, store, labels):
    check_pages_are_slices_of_the_whole_answer(store, labels, name, SAMPLES[name])


@pytest.mark.parametrize("name", TOGETHER)
def test_pages_of_facts_together_are_slices_of_the_whole_answer_on_synthetic_data(name,
                                                                                  synthetic):
    store, labels, params = synthetic
    values = {p: params[key] for p, key in SYNTHETIC_SAMPLES[name].items()}
    check_pages_are_slices_of_the_whole_answer(store, labels, name, values)


#: the queries that page at the engine by units (`#+ page`) whose rows of one fact may lie apart
#: (who-met: a meeting two reports give different dates has rows at both; follow-ups: an
#: action's rows by commitment level)
PAGED_APART = sorted(name for name, query in CATALOGUE.items()
                     if query.page and not query.facts_together)


#: their values on all reports (a person with meetings in several reports)
ALL_REPORTS_SAMPLES = {"who-met": {"actor": "Martijn van Gruijthuijsen"}, "follow-ups": {}}


def test_the_queries_that_page_by_units_with_facts_apart():
    assert PAGED_APART == ["follow-ups", "who-met"]


@pytest.mark.parametrize("name", PAGED_APART)
def test_pages_by_units_are_slices_of_the_whole_answer_on_the_seed(name, store, labels):
    check_pages_are_slices_of_the_whole_answer(store, labels, name, SAMPLES[name])


@pytest.mark.parametrize("name", PAGED_APART)
def test_pages_by_units_are_slices_of_the_whole_answer_on_all_reports(name, store_all, labels_all):
    check_pages_are_slices_of_the_whole_answer(store_all, labels_all, name,
                                               ALL_REPORTS_SAMPLES[name])


@pytest.mark.parametrize("name", PAGED_APART)
def test_pages_by_units_are_slices_of_the_whole_answer_on_synthetic_data(name, synthetic):
    store, labels, params = synthetic
    values = {p: params[key] for p, key in SYNTHETIC_SAMPLES[name].items()}
    check_pages_are_slices_of_the_whole_answer(store, labels, name, values)
