"""kg.gather: the rows of one fact become one row, its other values gathered in answer order."""
import pytest
from rdflib import Literal, URIRef

from kg.errors import QuerySyntaxError
from kg.gather import Beside, Several, first_facts, gather, leading_facts, values

MEETING = URIRef("https://example.org/meeting")
BOM, TNO = URIRef("https://example.org/bom"), URIRef("https://example.org/tno")
OFFICE, PROVINCE = URIRef("https://example.org/office"), URIRef("https://example.org/province")
SEED, PRESS = URIRef("https://example.org/graph/seed"), URIRef("https://example.org/graph/press")


def test_a_fact_given_once_per_place_becomes_one_row_with_both_places_in_answer_order():
    rows = [(MEETING, BOM, OFFICE), (MEETING, BOM, PROVINCE),
            (MEETING, TNO, OFFICE), (MEETING, TNO, PROVINCE)]
    gathered = gather("who-met", ["meeting", "other", "place"], rows, ("meeting", "other"))
    assert gathered == [(MEETING, BOM, Several([OFFICE, PROVINCE])),
                        (MEETING, TNO, Several([OFFICE, PROVINCE]))]


def test_a_fact_of_one_row_is_that_row_in_the_order_its_key_first_appears():
    rows = [(MEETING, TNO, None), (MEETING, BOM, OFFICE), (MEETING, TNO, PROVINCE),
            (MEETING, TNO, None)]
    gathered = gather("who-met", ["meeting", "other", "place"], rows, ("meeting", "other"))
    assert gathered == [(MEETING, TNO, PROVINCE), (MEETING, BOM, OFFICE)]
    assert gathered[1] == rows[1]


def test_a_single_value_stays_a_term_and_unbound_stays_none():
    rows = [(MEETING, BOM, None), (MEETING, BOM, None)]
    assert gather("q", ["meeting", "other", "place"], rows, ("meeting",)) == [(MEETING, BOM, None)]


def test_a_paired_column_keeps_each_value_beside_its_source():
    rows = [(MEETING, Literal("potential"), SEED), (MEETING, Literal("completed"), PRESS)]
    [row] = gather("follow-ups", ["action", "status", "statusSource"], rows, ("action",),
                   (("status", "statusSource"),))
    assert row[1] == Several([Beside(Literal("potential"), SEED),
                              Beside(Literal("completed"), PRESS)])
    assert str(row[1]) == ("potential [https://example.org/graph/seed]; "
                           "completed [https://example.org/graph/press]")


def test_a_paired_column_with_one_value_still_names_its_source():
    [row] = gather("q", ["action", "status", "statusSource"], [(MEETING, Literal("done"), SEED)],
                   ("action",), (("status", "statusSource"),))
    assert values(row[1]) == [Beside(Literal("done"), SEED)]


def test_without_a_key_the_rows_are_left_as_they_are():
    rows = [(MEETING, BOM), (MEETING, BOM)]
    assert gather("q", ["meeting", "other"], rows, ()) == rows


def test_a_key_column_the_answer_lacks_is_a_query_error():
    with pytest.raises(QuerySyntaxError, match="'person', which is not a column"):
        gather("who-met", ["meeting", "other"], [], ("person",))


# ---------------------------------------------------------------- facts that come together

MEETING2 = URIRef("https://example.org/meeting2")
TOGETHER = [(MEETING, BOM, OFFICE), (MEETING, BOM, PROVINCE), (MEETING, TNO, OFFICE),
            (MEETING2, BOM, None), (MEETING2, TNO, PROVINCE), (MEETING2, TNO, OFFICE)]


def test_the_first_facts_of_rows_that_come_together_are_the_first_facts_gathered():
    columns, key = ["meeting", "other", "place"], ("meeting", "other")
    whole = gather("q", columns, TOGETHER, key)
    for count in range(len(whole) + 2):
        assert first_facts("q", columns, iter(TOGETHER), key, count) == whole[:count]


def test_the_first_facts_read_no_row_after_the_last_fact_they_need():
    read = []

    def rows():
        for row in TOGETHER:
            read.append(row)
            yield row

    [fact] = first_facts("q", ["meeting", "other", "place"], rows(), ("meeting", "other"), 1)
    assert fact == (MEETING, BOM, Several([OFFICE, PROVINCE]))
    assert read == TOGETHER[:3]      # the third row, of the second fact, says the first ended


def test_rows_of_one_fact_apart_are_a_query_error_not_a_fact_without_its_values():
    apart = [(MEETING, BOM, OFFICE), (MEETING, TNO, OFFICE), (MEETING, BOM, PROVINCE)]
    with pytest.raises(QuerySyntaxError, match="come together"):
        first_facts("q", ["meeting", "other", "place"], iter(apart), ("meeting", "other"), 5)


def test_the_leading_facts_are_the_first_of_gathering_every_row_even_when_a_facts_rows_lie_apart():
    # the rows of meeting m1 with Ko come before and after another fact's
    variables = ["other", "meeting", "place"]
    rows = [("ko", "m1", "gyeonggi"), ("kim", "m2", "seoul"), ("ko", "m1", "suwon"),
            ("lee", "m3", "busan"), ("kim", "m2", "incheon")]
    for count in range(4):
        assert leading_facts("who-met", variables, rows, ("other", "meeting"), count) == \
            gather("who-met", variables, rows, ("other", "meeting"))[:count]
    assert leading_facts("who-met", variables, rows, ("other", "meeting"), 1) == [
        ("ko", "m1", Several(["gyeonggi", "suwon"]))]


class CountedSolution(tuple):
    """A solution that counts the cells read (pyoxigraph makes a term for each)."""

    reads = 0

    def __getitem__(self, i):
        CountedSolution.reads += 1
        return tuple.__getitem__(self, i)


def test_of_the_rows_after_the_page_only_the_key_is_read():
    rows = [CountedSolution((f"actor{n}", "m1", "place")) for n in range(100)]
    CountedSolution.reads = 0
    page = leading_facts("who-met", ["other", "meeting", "place"], rows, ("other", "meeting"), 5)
    assert len(page) == 5
    assert CountedSolution.reads == 100 * 2 + 5 * 3      # every key, and the five rows shown
