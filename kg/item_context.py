"""An event's or agreement's own time and place, else those of the nearest enclosing event
(as queries/who-met.rq gives them), from the rows of queries/network/item-context.rq: kg.network
reads them for every item, kg.met_path for the meetings of a path only."""
from __future__ import annotations

import re
from collections import defaultdict

from .config import Paths

CONTEXT_QUERY = "item-context"


def shown_date(text: str | None) -> str:
    """A date as shown on edges: YYYY-MM-DD, YYYY-MM or YYYY (never more precise than stated)."""
    if not text:
        return ""
    m = re.match(r"^(-?\d{4})(-\d{2})?(-\d{2})?", text)
    return "".join(g for g in m.groups() if g) if m else ""


def not_before(a: str, b: str) -> bool:
    """a is not before b, at the precision both have ("2025" is not before "2025-03")."""
    n = min(len(a), len(b))
    return a[:n] >= b[:n]


def nearest(item: str, context, aspects: tuple[str, ...], wanted: str) -> set[str]:
    """The values of `wanted` of the item, else of the nearest enclosing event that has any
    of `aspects` (an own time entity without a date still stops the search, as in who-met.rq)."""
    level, seen = [item], set()
    while level:
        found = [x for x in level if any(context[x].get(a) for a in aspects)]
        if found:
            return {v for x in found for v in context[x].get(wanted, ())}
        seen.update(level)
        level = sorted({s for x in level for s in context[x].get("super", ())} - seen)
    return set()


def when(item: str, context) -> tuple[str, str]:
    """(begin, end) of the item: its own time, else that of the nearest enclosing event."""
    aspects = ("start", "signed", "has time")
    level, seen = [item], set()
    while level:
        found = [x for x in level if any(context[x].get(a) for a in aspects)]
        if found:
            begins, ends = set(), set()
            for x in found:
                c = context[x]
                begins |= {shown_date(v) for a in ("signed", "start", "time begin")
                           for v in c.get(a, ())}
                ends |= {shown_date(v) for a in ("end", "time end") for v in c.get(a, ())}
                for year in c.get("time year", ()):
                    months = sorted(c.get("time month", ()))
                    m = re.match(r"^--(\d{2})", months[0]) if months else None
                    begins.add(shown_date(year) + (f"-{m.group(1)}" if m else ""))
            begins.discard("")
            ends.discard("")
            begin = min(begins) if begins else ""
            return begin, (max(ends) if ends else (max(begins) if begins else ""))
        seen.update(level)
        level = sorted({s for x in level for s in context[x].get("super", ())} - seen)
    return "", ""


def context_of(items, engine, paths: Paths) -> dict[str, dict[str, set[str]]]:
    """item -> aspect -> values for the given items and every event enclosing them (read one
    level of enclosing events per query)."""
    from pyoxigraph import NamedNode   # (IRIs as terms without rdflib: kg.store)
    from .label_index import plain_rows
    from .queries import load_query
    from .store import with_bindings
    q = load_query(paths.queries / "network" / f"{CONTEXT_QUERY}.rq")
    context: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    level = sorted(set(items))
    while level:
        text = with_bindings(q.text, {}, {"item": [NamedNode(i) for i in level]})
        for item, aspect, value in plain_rows(engine, text, q.name):
            context[item][aspect].add(value)
        for item in level:
            context[item]   # known, even without a row (it then has no time of its own)
        level = sorted({s for i in level for s in context[i].get("super", ())} - set(context))
    return context
