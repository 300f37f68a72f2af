"""Paging at the engine: the first facts of an answer ordered by units (who-met: by meetings), with
the details looked up for the first units only.

A query declares `#+ page: UNIT by FIRST` (who-met: `meeting by when`) when its answer is ordered
by the earliest FIRST of each UNIT (as text; a unit without one first), then by the UNIT's IRI:
its ORDER BY begins with `COALESCE(STR(?FIRST), "")` and the unit's order, FIRST depends on the
unit only, and the key holds the UNIT. Its body marks the sub-query that gives the units with
their FIRST between two comment lines, `#+ page units begin` and `#+ page units end`.

`#+ page units: QUERY` names a query (relative to the query's folder, with the same parameters)
whose `units` is at least the number of units of the answer (who-met: lookup/who-met-meetings.rq).

For a page, kg first asks that count: an answer of too few units for the page is read whole, as
before (a small answer would otherwise be asked twice). Else kg joins the query with the marked
sub-query once more, grouped per unit, ordered as above and limited to the first units; the
engine then looks up the rest for those units only. The facts of the first N units are the first
facts of the whole answer, in the same order (a fact's rows all lie in its unit, first at the
unit's earliest FIRST): a slice of them is the page. When those hold fewer facts than the page
needs, they are the whole answer if the count says there are no more units, else the whole
answer is read (None).

The .rq stays portable SPARQL 1.1 (the markers are comments); only `kg query`'s first pages on
the embedded store are asked this way."""
from __future__ import annotations

import re

from .errors import QuerySyntaxError
from .gather import gather
from .i18n import _
from .queries import Query, load_query

BEGIN, END = "#+ page units begin", "#+ page units end"
#: the facts a unit is assumed to hold, to choose how many units a page asks for (who-met at 1M:
#: about eight counterparts per meeting; too few units only costs reading the whole answer)
FACTS_PER_UNIT_GUESS = 6
MIN_UNITS = 16          # (a page of a few facts still asks for a few units)
_MARKER = re.compile(r"^[ \t]*(" + re.escape(BEGIN) + "|" + re.escape(END) + r")[ \t]*$", re.M)


def units_text(query: Query, units: int) -> str:
    """The query joined with its first `units` units (the marked sub-query grouped per unit)."""
    unit, first = query.page
    marks = list(_MARKER.finditer(query.text))
    if [m.group(1) for m in marks] != [BEGIN, END]:
        raise QuerySyntaxError(_("{name}: the header says `page: {unit} by {first}`, but the "
                                 "query does not mark its units once, between '{begin}' and "
                                 "'{end}' lines").format(name=query.name, unit=unit, first=first,
                                                         begin=BEGIN, end=END))
    group = query.text[marks[0].end():marks[1].start()]
    first_units = (f"  {{ SELECT ?{unit} (MIN(COALESCE(STR(?{first}), \"\")) AS ?kgPageKey)\n"
                   f"    WHERE {{ {group} }}\n"
                   f"    GROUP BY ?{unit} ORDER BY ?kgPageKey ?{unit} LIMIT {int(units)} }}\n")
    at = marks[1].end()
    return query.text[:at] + "\n" + first_units + query.text[at:]


def first_facts_by_units(engine, query: Query, bound: dict, count: int, text_for
                         ) -> tuple[list[str], list[tuple]] | None:
    """(variables, the first `count` facts) from the first units only, or None when the whole
    answer is to be read. `text_for(text)` binds the parameters in a text
    (kg.query.query_text_for); the rows are pyoxigraph's terms, as `select(convert=False)`."""
    most_units = units_at_most(engine, query, bound, text_for)
    if most_units * FACTS_PER_UNIT_GUESS < count:
        return None
    units = max(MIN_UNITS, -(-count // FACTS_PER_UNIT_GUESS))
    text = text_for(units_text(query, units))
    variables, rows = engine.select(text, bound, name=str(query.path), convert=False)
    facts = gather(query.name, variables, rows, query.key, query.pairs)
    if len(facts) >= count or most_units <= units:
        return variables, facts[:count]
    return None


def units_at_most(engine, query: Query, bound: dict, text_for) -> int:
    """The count of `#+ page units: QUERY`: at least the number of units of the answer."""
    counting = load_query(query.path.parent / query.page_units)
    _, rows = engine.select(text_for(counting.text), bound, name=str(counting.path),
                            convert=False)
    if len(rows) > 1 or (rows and not hasattr(rows[0][-1], "value")):
        raise QuerySyntaxError(_("{name}: {units} must give one count of units").format(
            name=query.name, units=query.page_units))
    return int(rows[0][-1].value) if rows else 0
