"""Resolving references: a value such as `who: kim-dong-yeon` or `on_behalf_of: Lionvolt` is
looked up by id in the sheet, then among the ids of the registry and the other report files, then
by every label and alias (case- and accent-insensitive). One exact match is used; several, a near
miss or none are problems that list the candidates: nothing is ever merged silently."""
from __future__ import annotations

import difflib
import re

from rdflib import URIRef

from ..query import fold
from ..reconcile import is_generic_name, loose_keys
from .known import Known, _either, curie, local_name
from .read import Path_, _Obj, field_name
from .terms import KIND_NS, KIND_WORD, SLUG, TURTLE_PREFIXES


class Resolver:
    """Part of kg.ingest.sheet._Sheet: references to things of the sheet or known already."""

    def ref(self, value: str, where: Path_, kinds, what: str) -> URIRef | None:
        kinds = frozenset(kinds)
        words = _either(kinds)
        v = value.strip()
        m = re.fullmatch(r"([a-z]+):(\S+)", v)
        if v.startswith("https://") or v.startswith("http://") or (m and m.group(1) in TURTLE_PREFIXES):
            iri = URIRef(v if not m else TURTLE_PREFIXES[m.group(1)] + m.group(2))
            k = self.declared.get(iri) or self.known.get(iri)
            if k is None:
                self.problem(where, f"{v!r} is not described in this sheet, the registry or "
                             "another report")
                return None
            if k.kind not in kinds:
                self.problem(where, f"{v!r} is a {KIND_WORD[k.kind]}, but {what} must be a {words}")
                return None
            self.matched(where, v, iri, "its id")
            return iri
        if SLUG.fullmatch(v):
            hits = []
            for kind in sorted(kinds):
                for iri in (self.ids[kind].get(v), KIND_NS[kind][v]):
                    if iri is not None and (iri in self.declared or iri in self.known) \
                            and iri not in hits:
                        hits.append(iri)
            if len(hits) == 1:
                self.matched(where, v, hits[0], "its id")
                return hits[0]
            if len(hits) > 1:
                self.problem(where, f"the id {v!r} names several things: "
                             + ", ".join(curie(h) for h in hits) + "; write the prefixed id "
                             "of the one you mean")
                return None
        # by name or alias, case- and accent-insensitively, among everything known
        wanted = fold(v)
        hits = sorted({k.iri for k in self._everything()
                       if wanted and wanted in {fold(t) for _, t, _ in k.labels}}, key=str)
        if len(hits) == 1:
            k = self._thing(hits[0])
            # (a place's name is its own: 'Nederland' is the country, not a kind of thing)
            if k.kind in kinds and k.kind != "place" and is_generic_name(v) \
                    and hits[0] not in self.declared and not self._confirmed(where):
                self.problem(where, f"{v!r} is a generic name (a kind of organisation or a post, "
                             f"not which one): it is an alias of {self._describe(hits)}, but "
                             "that is a guess; write the id if it is that one, or declare a new "
                             "one (`distinct: true`), which becomes a match candidate")
                return None
            if k.kind in kinds:
                self.matched(where, v, hits[0], "its exact name or alias")
                return hits[0]
            self.problem(where, f"{v!r} is {curie(hits[0])}, a {KIND_WORD[k.kind]}, but {what} "
                         f"must be a {words}")
            return None
        if len(hits) > 1:
            self.problem(where, f"{v!r} matches several things: " + self._describe(hits)
                         + "; write the id of the one you mean")
            return None
        variants = sorted({k.iri for k in self._everything() if k.kind in kinds and
                           loose_keys(v) & {x for _, t, _ in k.labels for x in loose_keys(t)}},
                          key=str)
        if variants:
            if len(variants) == 1 and self._confirmed(where):
                self.matched(where, v, variants[0], "a name variant, confirmed (`confirm: true`)")
                return variants[0]
            names = " or ".join(repr(self._thing(i).best_label()) for i in variants)
            self.problem(where, f"uncertain match: {v!r} is not an exact name but a variant "
                         f"(word order, plural, spacing) of " + self._describe(variants)
                         + f"; did you mean {names}? Write the id, or add `confirm: true` to "
                         "this block if it is that one" + ("" if len(variants) == 1 else
                                                           " (several: write the id)"))
            return None
        near = self._near(wanted, kinds)
        if near:
            self.problem(where, f"{v!r} is not an exact name, alias or id of any {words}; close "
                         "candidates: " + self._describe(near) + "; write the id of the one you "
                         "mean, or declare a new one in this sheet")
            return None
        declare = {"person": "`people:` or `groups:`", "org": "`organisations:`",
                   "post": "`posts:`", "place": "`places:`", "event": "`programme:` or `events:`",
                   "agreement": "`agreements:`", "document": "`documents:`",
                   "invitation": "`invitations:`", "outcome": "`outcomes:`",
                   "action": "`follow_ups:`"}
        options = [declare[k] for k in KIND_WORD if k in kinds and k in declare]
        where_to = options[0] if len(options) == 1 else ", ".join(options[:-1]) + " or " + options[-1]
        self.problem(where, f"{v!r} is not known: no {words} in this sheet, the registry or "
                     f"another report has that id, name or alias; a new one must be declared "
                     f"under {where_to} with an id")
        return None

    def matched(self, where: Path_, value: str, iri: URIRef, why: str) -> None:
        """Note that `value` at `where` was matched with something known (`kg add --check`)."""
        if iri not in self.declared:
            self.matches.append((field_name(where), value, curie(iri),
                                 self._thing(iri).best_label(), why))

    def _confirmed(self, where: Path_) -> bool:
        """`confirm: true` in the block that holds the reference at `where`."""
        node, block = self.data, None
        for step in where:
            if isinstance(node, dict):
                block = node
            try:
                node = node[step]
            except (KeyError, IndexError, TypeError):
                break
        value = block.get("confirm") if isinstance(block, dict) else None
        return isinstance(value, str) and value.strip().lower() in ("true", "yes")

    def refs(self, obj: _Obj, key: str, kinds, what: str | None = None) -> list[URIRef]:
        out = []
        for v, where in obj.texts(key):
            iri = self.ref(v, where, kinds, what or f"`{key}`")
            self.resolved[where] = iri
            if iri is not None and iri not in out:
                out.append(iri)
        return out

    def ref1(self, obj: _Obj, key: str, kinds, required: bool = False,
             what: str | None = None) -> URIRef | None:
        value = obj.text(key, required=required)
        if value is None:
            return None
        return self.ref(value, obj.at(key), kinds, what or f"`{key}`")

    def _everything(self):
        yield from self.declared.values()
        for iri, k in self.known.items():
            if iri not in self.declared:
                yield k

    def _thing(self, iri) -> Known:
        return self.declared.get(iri) or self.known[iri]

    def _describe(self, iris) -> str:
        return ", ".join(f"{curie(i)} ({KIND_WORD[self._thing(i).kind]} "
                         f"{self._thing(i).best_label()!r}, in {self._thing(i).origin})"
                         for i in iris)

    def _near(self, wanted: str, kinds) -> list[URIRef]:
        scored = []
        for k in self._everything():
            if k.kind not in kinds or not wanted:
                continue
            best = 0.0
            for _, t, _ in k.labels:
                f = fold(t)
                if not f:
                    continue
                score = difflib.SequenceMatcher(None, wanted, f).ratio()
                if len(wanted) >= 3 and (wanted in f or f in wanted):
                    score = max(score, 0.8)
                best = max(best, score)
            if best >= 0.75:
                scored.append((-best, str(k.iri), k.iri))
        return [iri for _, _, iri in sorted(scored)[:5]]

    def label_of(self, iri: URIRef, lang: str = "en") -> str:
        k = self.declared.get(iri) or self.known.get(iri)
        return k.best_label(lang) if k else local_name(iri)
