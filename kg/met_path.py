"""Paths in the met network answered from the store, for `kg path` (issue #14): a search from
both ends over the derived rikg:met links, one step of neighbours per query
(queries/network/met-neighbours.rq), instead of building the whole met network first (14.5 s at
a million triples, benchmarks/README.md).

The answer is that of kg.network's `connection_paths` and `path_steps` on its met network: the
same links (met-neighbours.rq leaves out what the network leaves out and the rules do not), the
same shortest paths in the same order (`first_paths`, shared with kg.network), and each step's
meetings with their label, date (their own, else the enclosing event's) and delegation
(queries/network/met-between.rq). tests/test_met_path.py compares the two."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .config import Paths
from .errors import UsageError
from .i18n import _
from .item_context import context_of, when

MAX_PATHS = 5


def first_paths(source: str, target: str, length: int,
                following: Callable[[str, int], Iterable[str]],
                max_paths: int = MAX_PATHS) -> list[list[str]]:
    """The first `max_paths` paths of `length` steps from source to target in the order of
    their IRIs (as lists of strings compare), where `following(node, position)` gives the
    nodes one step further on a shortest path. Walked depth first in that order, so only the
    paths given are made, however many shortest paths there are."""
    found: list[list[str]] = []

    def walk(path: list[str]) -> None:
        if len(found) == max_paths:
            return
        if len(path) == length + 1:
            if path[-1] == target:
                found.append(list(path))
            return
        for nxt in sorted(following(path[-1], len(path) - 1)):
            path.append(nxt)
            walk(path)
            path.pop()
            if len(found) == max_paths:
                return

    walk([source])
    return found


@dataclass
class _Side:
    """One end of the search: the distance of each actor reached and, for each, the actors one
    step nearer this end that link to it."""
    start: str
    distance: dict[str, int] = field(default_factory=dict)
    nearer: dict[str, set[str]] = field(default_factory=dict)
    frontier: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.distance[self.start] = 0
        self.nearer[self.start] = set()
        self.frontier = [self.start]


class MetPaths:
    """The met network as far as a search needs it, read from the store."""

    def __init__(self, engine, paths: Paths):
        self._engine, self._paths = engine, paths
        self._neighbours: dict[str, set[str]] = {}
        self._meetings: dict[tuple[str, str], dict[str, str | None]] = {}
        self._dates: dict[str, str] = {}

    def _rows(self, name: str, alternatives: dict[str, list[str]] | None = None,
              bindings: dict[str, str] | None = None) -> list[tuple]:
        from pyoxigraph import NamedNode   # (IRIs as terms without rdflib: kg.store)
        from .label_index import plain_rows
        from .queries import load_query
        from .store import with_bindings
        q = load_query(self._paths.queries / "network" / f"{name}.rq")
        text = with_bindings(q.text, {k: NamedNode(v) for k, v in (bindings or {}).items()},
                             {k: [NamedNode(v) for v in vs]
                              for k, vs in (alternatives or {}).items()})
        return plain_rows(self._engine, text, q.name)

    def neighbours(self, actors: Iterable[str]) -> dict[str, set[str]]:
        """Whom each actor met (each actor asked once, all new ones in one query)."""
        wanted = sorted(set(actors) - set(self._neighbours))
        if wanted:
            for actor in wanted:
                self._neighbours[actor] = set()
            for actor, other in self._rows("met-neighbours", {"actor": wanted}):
                self._neighbours[actor].add(other)
        return {a: self._neighbours[a] for a in actors}

    def nodes_among(self, actors: list[str]) -> list[str]:
        """Those of the actors that are nodes of the met network: they met someone, or took
        part in a meeting that was held."""
        linked = {a for a, others in self.neighbours(actors).items() if others}
        rest = [a for a in actors if a not in linked]
        present = {row[0] for row in self._rows("met-participants", {"actor": rest})} \
            if rest else set()
        return [a for a in actors if a in linked or a in present]

    def shortest(self, source: str, target: str, max_paths: int = MAX_PATHS,
                 name: Callable[[str], str] = str) -> list[list[str]]:
        """The shortest paths between two actors, at most `max_paths`, in the order of their
        IRIs; UsageError (naming them with `name`) when there is none."""
        from .query import compact
        for actor in dict.fromkeys((source, target)):
            if not self.nodes_among([actor]):
                raise UsageError(_("no connection between {a} and {b}: {reason}").format(
                    a=repr(name(source)), b=repr(name(target)),
                    reason=_("{id} is not in the met network").format(id=repr(compact(actor)))))
        if source == target:
            return [[source]]
        ends = (_Side(source), _Side(target))
        while ends[0].frontier and ends[1].frontier:
            # grow the end with fewer actors to ask about
            side, other = sorted(ends, key=lambda s: len(s.frontier))
            step = side.distance[side.frontier[0]] + 1
            reached: list[str] = []
            for actor, others in self.neighbours(side.frontier).items():
                for nxt in others:
                    if nxt not in side.distance:
                        side.distance[nxt] = step
                        side.nearer[nxt] = set()
                        reached.append(nxt)
                    if side.distance[nxt] == step:
                        side.nearer[nxt].add(actor)
            side.frontier = sorted(set(reached))
            meeting = [a for a in side.frontier if a in other.distance]
            if meeting:
                return self._paths_through(ends, meeting, max_paths)
        raise UsageError(_("{a} and {b} are not connected in this network").format(
            a=name(source), b=name(target)))

    @staticmethod
    def _paths_through(ends: tuple[_Side, _Side], meeting: list[str],
                       max_paths: int) -> list[list[str]]:
        """Every shortest path passes one of the actors where the two searches met."""
        start, end = ends
        length = min(start.distance[m] + end.distance[m] for m in meeting)
        middle = {m for m in meeting if start.distance[m] + end.distance[m] == length}
        # the actors on a shortest path on the start's side of the middle ...
        on_path = set(middle)
        level = set(middle)
        while level:
            level = {n for m in level for n in start.nearer[m]}
            on_path |= level
        # ... and after it, where each actor leads to those one step nearer the end
        split = start.distance[next(iter(middle))]

        def following(node: str, position: int) -> set[str]:
            if position < split:
                return {n for n in on_path if start.distance[n] == position + 1
                        and node in start.nearer[n]}
            return end.nearer[node]

        return first_paths(start.start, end.start, length, following, max_paths)

    def meetings(self, x: str, y: str) -> dict[str, str | None]:
        """The meetings of two actors: meeting -> the delegation through which one of them was
        there, None when both were there in person (each pair asked once)."""
        pair = (x, y) if x < y else (y, x)
        if pair not in self._meetings:
            via: dict[str, str | None] = {}
            for meeting, delegation in self._rows("met-between",
                                                  bindings={"first": pair[0], "second": pair[1]}):
                if via.get(meeting) and delegation:   # two delegations: the first, as kg.network
                    via[meeting] = min(via[meeting], delegation)
                else:
                    via[meeting] = delegation
            self._meetings[pair] = via
        return self._meetings[pair]

    def steps(self, route: list[str], labels, lang: str = "en") -> list[dict]:
        """Each step of a path as kg.network's `path_steps` gives it: who to whom, and the
        meetings (label, date, the delegation through which one side was there)."""
        return self.steps_of([route], labels, lang)[0]

    def steps_of(self, routes: list[list[str]], labels, lang: str = "en") -> list[list[dict]]:
        """The steps of several paths, the dates of all their meetings read at once."""
        pairs = [list(zip(route, route[1:])) for route in routes]
        between = {(x, y): self.meetings(x, y) for steps in pairs for x, y in steps}
        new = {m for via in between.values() for m in via} - set(self._dates)
        if new:
            context = context_of(new, self._engine, self._paths)
            self._dates.update((m, when(m, context)[0]) for m in new)
        dates = self._dates
        out = []
        for steps in pairs:
            out.append([])
            for x, y in steps:
                via = between[(x, y)]
                events = [{"iri": m, "label": labels.label(m, lang), "date": dates[m],
                           **({"via": labels.label(via[m], lang)} if via[m] else {})}
                          for m in sorted(via, key=lambda m: (dates[m], m))]
                relations = sorted({"met via the delegation" if via[m] else "met" for m in via})
                out[-1].append({"from": x, "to": y, "from_label": labels.label(x, lang),
                                "to_label": labels.label(y, lang), "relations": relations,
                                "events": events})
        return out
