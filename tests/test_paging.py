"""Paging at the engine by units (kg.paging): a page of theme-actors asks its page form for the
theme's first agents only, a page of who-met for the actor's first meetings; the page is always a
slice of the whole answer."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg import paging
from kg.errors import InputError, QuerySyntaxError
from kg.config import project_root
from kg.query import bindings_for, query_text_for, run_query
from kg.queries import catalogue, load_query

CATALOGUE = catalogue(project_root() / "queries")
THEME_ACTORS = CATALOGUE["theme-actors"]
WHO_MET = CATALOGUE["who-met"]
RIKG = "https://w3id.org/rikg/ontology#"


def stated_themes(store) -> list[str]:
    _, rows = store.select("SELECT DISTINCT ?theme WHERE { ?x <http://purl.org/dc/terms/subject> "
                           "?theme } ORDER BY ?theme")
    return [str(theme) for theme, in rows]


def test_theme_actors_pages_by_actor_from_its_page_form():
    assert THEME_ACTORS.page == "actor"
    def marker_lines(text):
        return [line for line in text.splitlines() if line.strip() == paging.MARKER]
    assert len(marker_lines(THEME_ACTORS.page_text)) == 1
    assert not marker_lines(THEME_ACTORS.text)


@pytest.mark.parametrize("name,values,size", [
    ("theme-actors", {"theme": "energy"}, 5),
    ("shared-themes", {"a": "Provincie Noord-Brabant", "b": "Gyeonggi Province"}, 5),
    ("who-met", {"actor": "Martijn van Gruijthuijsen"}, 5),
    ("follow-ups", {}, 2), ("follow-ups", {"commitment": "committed"}, 2)])
def test_a_page_asked_for_too_few_units_at_first_is_still_a_slice_of_the_whole_answer(
        store_all, labels_all, name, values, size):
    # one unit first, then four, sixteen ...: every page needs more than one ask
    query = replace(CATALOGUE[name], page_guess=1000)
    whole = run_query(store_all, query, values, labels_all).rows
    assert len(whole) > size
    for offset in (0, size, len(whole) - 1):
        page = run_query(store_all, query, values, labels_all, limit=size, offset=offset).rows
        assert page == whole[offset:offset + size], f"page at {offset}"


def test_shared_themes_pages_by_theme_from_itself():
    query = CATALOGUE["shared-themes"]
    assert query.page == "theme" and query.page_text == query.text


def test_the_page_form_without_a_limit_gives_the_same_rows_in_the_same_order(store_all):
    for theme in stated_themes(store_all):
        bound = bindings_for(THEME_ACTORS, {"theme": theme}, None)
        _, rows = store_all.select(query_text_for(store_all, THEME_ACTORS.text, bound), bound)
        _, paged = store_all.select(query_text_for(store_all, THEME_ACTORS.page_text, bound), bound)
        assert paged == rows, theme


def actors_who_met_someone(store) -> list[str]:
    _, rows = store.select(f"SELECT DISTINCT ?actor WHERE {{ ?actor <{RIKG}met> ?other }} "
                           "ORDER BY ?actor")
    return [str(actor) for actor, in rows]


def test_who_met_pages_by_meeting_from_its_page_form():
    assert WHO_MET.page == "meeting"
    assert WHO_MET.page_text != WHO_MET.text


def test_who_mets_page_form_without_a_limit_gives_the_same_rows_in_the_same_order(store_all):
    actors = actors_who_met_someone(store_all)
    assert len(actors) > 5
    for actor in actors:
        bound = bindings_for(WHO_MET, {"actor": actor}, None)
        _, rows = store_all.select(query_text_for(store_all, WHO_MET.text, bound), bound)
        _, paged = store_all.select(query_text_for(store_all, WHO_MET.page_text, bound), bound)
        assert paged == rows, actor


def test_the_meetings_an_actor_met_someone_at_are_exactly_the_meetings_of_its_answer(store_all):
    """rikg:metAt (beside rikg:met, 90-met.ru and 91-) and rikg:whenSortKey (93-meeting-when.rq,
    only for meetings that took place) give who-met's page form its meetings: a meeting they left
    out would be missing from a page, one too many would end a page early."""
    for actor in actors_who_met_someone(store_all):
        bound = bindings_for(WHO_MET, {"actor": actor}, None)
        variables, rows = store_all.select(query_text_for(store_all, WHO_MET.text, bound), bound)
        answered = {row[variables.index("meeting")] for row in rows}
        _, units = store_all.select(f"SELECT ?meeting WHERE {{ <{actor}> <{RIKG}metAt> ?meeting . "
                                    f"?meeting <{RIKG}whenSortKey> ?key }}")
        assert {meeting for meeting, in units} == answered, actor


def test_a_meetings_sort_key_is_the_earliest_time_its_answer_shows(store_all):
    keys = dict(store_all.select(f"SELECT ?meeting ?key WHERE {{ ?meeting <{RIKG}whenSortKey> ?key }}")[1])
    for actor in actors_who_met_someone(store_all):
        bound = bindings_for(WHO_MET, {"actor": actor}, None)
        variables, rows = store_all.select(query_text_for(store_all, WHO_MET.text, bound), bound)
        at, when = variables.index("meeting"), variables.index("when")
        earliest = {}
        for row in rows:
            shown = "" if row[when] is None else str(row[when])
            earliest[row[at]] = min(earliest.get(row[at], shown), shown)
        assert {m: str(keys[m]) for m in earliest} == earliest, actor


def test_follow_ups_pages_by_action_from_its_page_form():
    follow_ups = CATALOGUE["follow-ups"]
    assert follow_ups.page == "action" and follow_ups.key == ("action",)
    assert follow_ups.page_text != follow_ups.text


@pytest.mark.parametrize("values", [{}, {"commitment": "committed"}, {"commitment": "being explored"}])
def test_the_follow_ups_page_form_without_a_limit_gives_the_same_rows_in_the_same_order(
        store_all, labels_all, values):
    query = CATALOGUE["follow-ups"]
    bound = bindings_for(query, values, labels_all)
    _, rows = store_all.select(query_text_for(store_all, query.text, bound), bound)
    _, paged = store_all.select(query_text_for(store_all, query.page_text, bound), bound)
    assert rows, "pick a commitment level the data has"
    assert paged == rows


def test_a_page_of_follow_ups_asks_its_page_form_for_the_first_actions_only(store_all,
                                                                            labels_all):
    query = CATALOGUE["follow-ups"]
    asked = []
    class Counting:
        def select(self, text, bindings, name, convert=True):
            asked.append(text)
            return store_all.select(text, bindings, name=name, convert=convert)
    variables, facts = paging.first_facts_by_units(Counting(), query, {}, 3, lambda t: t)
    assert len(facts) == 3 and len(asked) == 1 and "LIMIT 3" in asked[0]
    whole = run_query(store_all, query, {}, labels_all, rdflib_terms=False).rows
    assert facts == whole[:3]


def test_the_agents_connected_to_a_theme_are_exactly_the_agents_of_its_answer(store_all):
    """rikg:connectedToTheme (the rule 92-connected-to-theme.ru) gives the page form its agents:
    an agent it left out would be missing from a page, one too many would end a page early."""
    themes = stated_themes(store_all)
    assert len(themes) > 5
    for theme in themes:
        bound = bindings_for(THEME_ACTORS, {"theme": theme}, None)
        variables, rows = store_all.select(query_text_for(store_all, THEME_ACTORS.text, bound),
                                           bound)
        answered = {row[variables.index("actor")] for row in rows}
        _, connected = store_all.select(
            "SELECT DISTINCT ?actor WHERE { ?matched <http://www.w3.org/2004/02/skos/core#broader>* "
            f"<{theme}> . ?actor <{RIKG}connectedToTheme> ?matched }}")
        assert {actor for actor, in connected} == answered, theme


def test_a_page_form_without_its_limit_line_is_refused(tmp_path, store_all):
    (tmp_path / "form.rq").write_text("SELECT ?actor WHERE { ?actor a ?c }\n", encoding="utf-8")
    (tmp_path / "q.rq").write_text("#+ key: actor\n#+ page actor: form.rq, 2 facts a unit\n"
                                   "SELECT ?actor WHERE { ?actor a ?c }\n", encoding="utf-8")
    query = load_query(tmp_path / "q.rq")
    with pytest.raises(QuerySyntaxError, match="page limit"):
        run_query(store_all, query, {}, limit=3)


@pytest.mark.parametrize("line", ["#+ page: form.rq, 8 facts a unit", "#+ page actor: form.rq",
                                  "#+ page actor: form.rq, eight facts a unit"])
def test_a_page_line_names_a_unit_a_form_and_the_facts_of_a_unit(tmp_path, line):
    (tmp_path / "form.rq").write_text("SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    (tmp_path / "q.rq").write_text(line + "\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(InputError, match="page UNIT: PATH, N facts a unit"):
        load_query(tmp_path / "q.rq")


def test_a_page_form_that_finds_no_units_leaves_the_answer_to_the_query_itself():
    """A store built before rikg:connectedToTheme existed has no agents for the page form: the
    page is then read from the whole answer, not shown empty."""
    class NoUnits:
        def select(self, text, bindings, name, convert=True):
            return ["theme", "actor", "how", "via", "role", "matchedTheme"], []
    bound = {}
    assert paging.first_facts_by_units(NoUnits(), THEME_ACTORS, bound, 10, lambda t: t) is None


def test_a_page_unit_that_is_not_a_column_is_refused(tmp_path, store_all):
    (tmp_path / "form.rq").write_text("SELECT ?actor WHERE {\n  { SELECT ?actor WHERE { ?actor a "
                                      "?c } ORDER BY ?actor\n  #+ page limit\n  }\n}\n",
                                      encoding="utf-8")
    (tmp_path / "q.rq").write_text("#+ key: actor\n#+ page agent: form.rq, 2 facts a unit\n"
                                   "SELECT ?actor WHERE { ?actor a ?c }\n", encoding="utf-8")
    with pytest.raises(QuerySyntaxError, match="'agent', which is not a column"):
        run_query(store_all, load_query(tmp_path / "q.rq"), {}, limit=3)
