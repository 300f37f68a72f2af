"""Gather: one row per fact.

A named query declares the columns that identify a fact (`#+ key: actor, other, meeting`). The
engine answers one row per combination of values (a meeting with two places and seven
counterparts gives fourteen rows); here the rows of one key become one row whose other cells hold
every value of that fact, in the order of the answer (the query's ORDER BY gives it: the most
specific place first). A value that depends on another column (`#+ pair: status by
statusSource`) is kept beside it, so each source's status stays with its report.

The .rq files stay portable SPARQL 1.1; gathering happens after any engine has answered, for
`kg query` and the server's named-query routes alike."""
from __future__ import annotations

from operator import itemgetter
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from rdflib.term import Node

from .errors import QuerySyntaxError
from .i18n import _


class Beside(NamedTuple):
    """A value and the value of the column it depends on (a status and its report)."""

    value: Node
    by: Node | None

    def __str__(self) -> str:
        return str(self.value) if self.by is None else f"{self.value} [{self.by}]"


class Several(tuple):
    """The values of one fact in one column (more than one, or values kept beside their source),
    in the order of the answer."""

    def __str__(self) -> str:
        return "; ".join(str(v) for v in self)


def gather(name: str, variables: list[str], rows: list[tuple], key: tuple[str, ...],
           pairs: tuple[tuple[str, str], ...] = ()) -> list[tuple]:
    """One row per distinct value of the `key` columns, in the order the key first appears.
    A cell with one value keeps the term; several distinct values become a Several; a paired
    column is always a Several of Beside(value, by)."""
    if not key:
        return list(rows)
    position = _positions(name, variables, key + tuple(c for pair in pairs for c in pair))
    key_of = itemgetter(*(position[c] for c in key))
    beside_at = {position[shown]: position[by] for shown, by in pairs}
    groups: dict = {}
    for row in rows:
        groups.setdefault(key_of(row), []).append(row)
    # (a fact of one row without paired columns is that row: most facts are, and the cell by
    # cell pass below is most of the time of a large answer)
    return [tuple(group[0]) if len(group) == 1 and not beside_at
            else _one_row(group, len(variables), beside_at) for group in groups.values()]


def first_facts(name: str, variables: list[str], rows: Iterable[tuple], key: tuple[str, ...],
                count: int, pairs: tuple[tuple[str, str], ...] = ()) -> list[tuple]:
    """The first `count` facts of an answer whose rows of one fact come together (its ORDER BY
    begins with the key's columns: `#+ facts: together`), reading only the rows they need: the
    same facts as the first `count` of gather() over every row. Raises QuerySyntaxError when
    the rows read show a fact's rows apart, rather than give a fact without all its values."""
    position = _positions(name, variables, key)
    key_of = itemgetter(*(position[c] for c in key))
    read: list[tuple] = []
    seen: set = set()
    current = object()
    for row in rows:
        fact = key_of(row)
        if fact != current:
            if fact in seen:
                raise QuerySyntaxError(_(
                    "{name}: the header says the rows of one fact come together (facts: "
                    "together), but the answer gives {fact} apart; its ORDER BY must begin with "
                    "the key's columns").format(
                    name=name, fact=", ".join(str(v) for v in (fact if len(key) > 1 else (fact,)))))
            if len(seen) == count:
                break
            seen.add(fact)
            current = fact
        read.append(row)
    return gather(name, variables, read, key, pairs)


def leading_facts(name: str, variables: list[str], solutions: Iterable, key: tuple[str, ...],
                  count: int, pairs: tuple[tuple[str, str], ...] = ()) -> list[tuple]:
    """The first `count` facts of an answer whose rows of one fact may lie apart: every solution
    is read, but only the key's cells of those of later facts (a solution is indexed by column,
    as pyoxigraph's are; each cell read is a term made). The same facts as the first `count` of
    gather() over every row: a fact is among them when its key is among the first `count` keys
    to appear."""
    position = _positions(name, variables, key)
    at = [position[c] for c in key]
    width = range(len(variables))
    kept: list[tuple] = []
    chosen: set = set()
    for solution in solutions:
        fact = tuple(solution[i] for i in at)
        if fact not in chosen:
            if len(chosen) == count:
                continue
            chosen.add(fact)
        kept.append(tuple(solution[i] for i in width))
    return gather(name, variables, kept, key, pairs)


def _positions(name: str, variables: list[str], columns: tuple[str, ...]) -> dict[str, int]:
    """Each variable's column number; QuerySyntaxError when a column the header names is not
    among them."""
    position = {v: i for i, v in enumerate(variables)}
    missing = [c for c in columns if c not in position]
    if missing:
        raise QuerySyntaxError(_("{name}: the header names {column}, which is not a column of "
                                 "the answer (columns: {columns})").format(
            name=name, column=repr(missing[0]), columns=", ".join(variables)))
    return position


def _one_row(group: list[tuple], width: int, beside_at: dict[int, int]) -> tuple:
    """The rows of one fact as one row (gather)."""
    cells: list[dict] = [dict() for _ in range(width)]
    for row in group:
        for i, term in enumerate(row):
            if term is None:
                continue
            value = Beside(term, row[beside_at[i]]) if i in beside_at else term
            cells[i].setdefault(value, None)     # a dict keeps the first-seen order
    row = []
    for i, values in enumerate(cells):
        found = list(values)
        if i in beside_at:
            row.append(Several(found) if found else None)
        elif len(found) > 1:
            row.append(Several(found))
        else:
            row.append(found[0] if found else None)
    return tuple(row)


def values(cell) -> list:
    """The values of a cell: [] for none, the terms of a Several, else [cell]."""
    if cell is None:
        return []
    if isinstance(cell, Several):
        return list(cell)
    return [cell]
