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
from ..i18n import _, current
from .known import Known, _either, curie, kind_word, local_name, origin_words
from .read import Path_, _Obj, field_name
from .terms import KIND_NS, KIND_WORD, SLUG, TURTLE_PREFIXES

# where a sheet declares a new thing of each kind
DECLARED_UNDER = {"person": ("`people:`", "`groups:`"), "org": ("`organisations:`",),
                  "post": ("`posts:`",), "place": ("`places:`",),
                  "event": ("`programme:`", "`events:`"), "agreement": ("`agreements:`",),
                  "document": ("`documents:`",), "invitation": ("`invitations:`",),
                  "outcome": ("`outcomes:`",), "action": ("`follow_ups:`",)}


def _or(words: list[str]) -> str:
    """'a', 'a or b', 'a, b or c' (in the language in use)."""
    if len(words) == 1:
        return words[0]
    return _("{some} or {last}").format(some=", ".join(words[:-1]), last=words[-1])


class Resolver:
    """Part of kg.ingest.sheet._Sheet: references to things of the sheet or known already."""

    def ref(self, value: str, where: Path_, kinds, what: str) -> URIRef | None:
        kinds = frozenset(kinds)
        v = value.strip()
        m = re.fullmatch(r"([a-z]+):(\S+)", v)
        if v.startswith("https://") or v.startswith("http://") or (m and m.group(1) in TURTLE_PREFIXES):
            iri = URIRef(v if not m else TURTLE_PREFIXES[m.group(1)] + m.group(2))
            k = self.declared.get(iri) or self.known.get(iri)
            if k is None:
                self.problem(where, _("{value} is not described in this sheet, the registry "
                                      "or another report").format(value=repr(v)))
                return None
            if k.kind not in kinds:
                self.problem(where, _("{value} is {kind}, but {what} must be {kinds}").format(
                    value=repr(v), kind=kind_word(k.kind, article=True), what=what,
                    kinds=_either(kinds, article=True)))
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
                self.problem(where, _("the id {value} names several things: {ids}; write the "
                                      "prefixed id of the one you mean").format(
                    value=repr(v), ids=", ".join(curie(h) for h in hits)))
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
                self.problem(where, _(
                    "{value} is a generic name (a kind of organisation or a post, not which "
                    "one): it is an alias of {candidates}, but that is a guess; write the id if "
                    "it is that one, or declare a new one (`distinct: true`), which becomes a "
                    "match candidate").format(value=repr(v), candidates=self._describe(hits)))
                return None
            if k.kind in kinds:
                self.matched(where, v, hits[0], "its exact name or alias")
                return hits[0]
            self.problem(where, _("{value} is {id}, {kind}, but {what} must be {kinds}").format(
                value=repr(v), id=curie(hits[0]), kind=kind_word(k.kind, article=True),
                what=what, kinds=_either(kinds, article=True)))
            return None
        if len(hits) > 1:
            self.problem(where, _("{value} matches several things: {candidates}; write the id "
                                  "of the one you mean").format(
                value=repr(v), candidates=self._describe(hits)))
            return None
        variants = sorted({k.iri for k in self._everything() if k.kind in kinds and
                           loose_keys(v) & {x for _, t, _ in k.labels for x in loose_keys(t)}},
                          key=str)
        if variants:
            if len(variants) == 1 and self._confirmed(where):
                self.matched(where, v, variants[0], "a name variant, confirmed (`confirm: true`)")
                return variants[0]
            names = _or([repr(self._thing(i).best_label(current())) for i in variants])
            self.problem(where, _(
                "uncertain match: {value} is not an exact name but a variant (word order, "
                "plural, spacing) of {candidates}; did you mean {names}? Write the id, or add "
                "`confirm: true` to this block if it is that one").format(
                value=repr(v), candidates=self._describe(variants), names=names)
                + ("" if len(variants) == 1 else _(" (several: write the id)")))
            return None
        near = self._near(wanted, kinds)
        if near:
            self.problem(where, _(
                "{value} is not an exact name, alias or id of any {kinds}; close candidates: "
                "{candidates}; write the id of the one you mean, or declare a new one in this "
                "sheet").format(value=repr(v), kinds=_either(kinds),
                                candidates=self._describe(near)))
            return None
        options = [key for k in KIND_WORD if k in kinds for key in DECLARED_UNDER.get(k, ())]
        self.problem(where, _(
            "{value} is not known: no {kinds} in this sheet, the registry or another report has "
            "that id, name or alias; a new one must be declared under {where} with an "
            "id").format(value=repr(v), kinds=_either(kinds), where=_or(options)))
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
        return ", ".join(_("{id} ({kind} {label}, in {origin})").format(
            id=curie(i), kind=kind_word(self._thing(i).kind),
            label=repr(self._thing(i).best_label(current())), origin=origin_words(self._thing(i)))
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
