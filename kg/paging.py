"""Paging at the engine by units: the first facts of an answer ordered by one column's values
(theme-actors: by actor; who-met: by meeting), with the rest of the query evaluated for the first values only.

A query declares `#+ page UNIT: PATH` (theme-actors: `actor`, pages/theme-actors.rq) when PATH,
beside it, is a form of the query with the same rows in the same order in which
- a sub-query gives each value of UNIT in the answer once, in the order of the answer, and ends
  with a line `#+ page limit` after its ORDER BY (a comment: without a LIMIT there, the form
  gives the whole answer, as any engine reads it);
- every value that sub-query gives has at least one row in the answer (theme-actors: its agents
  come from rikg:connectedToTheme, which the build derives from the same ways);
- the answer's ORDER BY begins with the UNIT's order, and the key holds the UNIT (who-met:
  its facts come in the order of their first rows, by the meeting's earliest time shown and
  then the meeting, which is the order of its unit sub-query: rikg:whenSortKey, derived by
  queries/rules/93-meeting-when.rq; its meetings come from rikg:metAt).
Then the facts of the first N units are the first facts of the whole answer, in the same order.

The header's `#+ page UNIT: PATH, F facts a unit` says about how many facts one unit holds
(theme-actors at 1M: about eight ways per agent; shared-themes: hundreds of ways per theme;
follow-ups: one fact per action).
For a page kg puts `LIMIT N` on that line, N = the page's facts / F; when those
hold fewer facts than the page, they are the whole answer if fewer than N units came back, else
kg asks for four times as many units, and from MAX_UNITS on, or when no unit came back, reads
the whole answer (None) from the query itself. Only the limit's number is put into the text;
both forms stay portable SPARQL 1.1. A whole answer (csv, `--limit` past a page) comes from the query itself: the page form
looks each unit's rows up one unit at a time, which is slower for all of them."""
from __future__ import annotations

import re

from .errors import QuerySyntaxError
from .gather import gather
from .i18n import _
from .queries import Query

MARKER = "#+ page limit"
MAX_UNITS = 4096        # (beyond this, the whole answer costs about as much)
_MARKER_LINE = re.compile(r"^[ \t]*" + re.escape(MARKER) + r"[ \t]*$", re.M)


def limited_text(query: Query, units: int) -> str:
    """The page form's text with `LIMIT units` on its `#+ page limit` line."""
    marks = list(_MARKER_LINE.finditer(query.page_text))
    if len(marks) != 1:
        raise QuerySyntaxError(_("{name}: the header says `page {unit}: …`, but that form does "
                                 "not have one '{marker}' line").format(
            name=query.name, unit=query.page, marker=MARKER))
    return (query.page_text[:marks[0].start()] + f"    LIMIT {int(units)}"
            + query.page_text[marks[0].end():])


def first_facts_by_units(engine, query: Query, bound: dict, count: int, text_for
                         ) -> tuple[list[str], list[tuple]] | None:
    """(variables, the first `count` facts) from the first units only, or None when the whole
    answer is to be read. `text_for(text)` binds the parameters in a text
    (kg.query.query_text_for); the rows are pyoxigraph's terms, as `select(convert=False)`."""
    # (a guess too small costs another ask, four times as large, from the start)
    units = max(1, -(-count // query.page_guess))
    while units <= MAX_UNITS:
        variables, rows = engine.select(text_for(limited_text(query, units)), bound,
                                        name=str(query.path), convert=False)
        if not rows:
            # no units at all: a theme without agents, or a store built before the units were
            # derived (an older build); the whole answer tells which, and is cheap when empty
            return None
        if query.page not in variables:
            raise QuerySyntaxError(_("{name}: the header names {column}, which is not a column of "
                                     "the answer (columns: {columns})").format(
                name=query.name, column=repr(query.page), columns=", ".join(variables)))
        facts = gather(query.name, variables, rows, query.key, query.pairs)
        at = variables.index(query.page)
        if len(facts) >= count or len({row[at] for row in rows}) < units:
            return variables, facts[:count]
        units *= 4
    return None
