"""kg.text_table: a long table drawn line by line prints the text rich prints for it."""
import io
import random
import re

import pytest
from rich.console import Console

from kg import text_table
from kg.queries import catalogue
from kg.query import run_query
from kg.render import to_table
from kg.text_table import Table


def printed(renderable, width: int, terminal: bool = False) -> str:
    console = Console(file=io.StringIO(), width=width, highlight=False,
                      force_terminal=terminal, color_system="standard" if terminal else None)
    console.print(renderable)
    return console.file.getvalue()


def words(rng: random.Random, longest: int) -> str:
    return "  ".join(" ".join("x" * rng.randint(1, longest) for _ in range(rng.randint(0, 6)))
                     for _ in range(rng.randint(1, 2))).strip(" " * rng.randint(0, 1))


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("width", [200, 120, 60, 30])
@pytest.mark.parametrize("overflow", ["fold", "ellipsis"])
def test_a_long_table_of_random_words_is_drawn_as_rich_draws_it(seed, width, overflow):
    rng = random.Random(seed)
    columns = rng.randint(1, 7)
    headings = [words(rng, 12) for _ in range(columns)]
    rows = [[words(rng, rng.choice([5, 15, 60])) for _ in range(columns)]
            for _ in range(text_table.MIN_ROWS + rng.randint(0, 20))]
    notes = [words(rng, 40) for _ in range(rng.randint(0, 3))]
    table = Table(words(rng, 30), headings, rows, notes, overflow)
    assert printed(table, width) == printed(table.as_rich(), width)


def test_on_a_terminal_the_same_text_with_bold_headings():
    rows = [["Kim Dong-yeon", "governor"]] * text_table.MIN_ROWS
    table = Table("Who holds an office", ["person", "office"], rows)
    ours, rich = printed(table, 80, terminal=True), printed(table.as_rich(), 80, terminal=True)
    plain = re.compile(r"\x1b\[[0-9;]*m")
    assert plain.sub("", ours) == plain.sub("", rich)
    assert "\x1b[1m" in ours


@pytest.mark.parametrize("cell", ["서울 Seoul", "tab\there", "two\nlines", "e\u0301"])
def test_text_of_other_widths_is_left_to_rich(cell):
    rows = [["a", cell]] * text_table.MIN_ROWS
    assert not text_table.drawable(Console(file=io.StringIO()).options, ["x", "y"], rows)


def test_every_named_query_of_the_built_graph_is_drawn_as_rich_draws_it(
        built_all, store_all, labels_all, monkeypatch):
    monkeypatch.setattr(text_table, "MIN_ROWS", 1)     # the seed's answers are short
    drawn = 0
    for query in catalogue(built_all.queries).values():
        if any(p.required for p in query.params):
            continue
        answer = run_query(store_all, query, {}, labels_all)
        for evidence in (False, True):
            table = to_table(answer, labels_all, "en", evidence=evidence)
            if text_table.drawable(Console().options, table.headings, table.rows):
                drawn += 1
                for width in (120, 80):
                    assert printed(table, width) == printed(table.as_rich(), width), query.name
    assert drawn >= 10
