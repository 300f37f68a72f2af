"""Declaring: the ids a sheet gives to the things it describes (`declare_all`), checked against
each other and against what is known already, before anything is emitted."""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import SKOS

from ..i18n import _, current
from ..query import fold
from .known import THIS_SHEET, Known, curie, kind_of, kind_word, origin_words
from .read import _Obj
from .terms import KIND_NS, SLUG


class Declarations:
    """Part of kg.ingest.sheet._Sheet: the sheet's ids (self.declared, self.ids)."""

    def scoped(self, local: str) -> str:
        """Ids of things that belong to this report only get the report id in front."""
        return local if local.startswith(self.report + "-") else f"{self.report}-{local}"

    def declare(self, obj: _Obj, kind: str, *, scoped: bool = False, default: str | None = None,
                names: tuple[str, ...] = ("name", "aliases", "label")) -> URIRef | None:
        local = obj.text("id")
        if local is None:
            if default is None:
                self.problem(obj.path, _(
                    "`id:` is missing (a short name for this thing, lower-case "
                    "letters, digits and hyphens, e.g. kim-dong-yeon)"))
                return None
            local = default
        elif not SLUG.fullmatch(local):
            self.problem(obj.at("id"), _("{value} is not a usable id: use lower-case letters, "
                           "digits and hyphens (e.g. kim-dong-yeon)").format(value=repr(local)))
            return None
        full = self.scoped(local) if scoped else local
        iri = KIND_NS[kind][full]
        if iri in self.declared:
            self.problem(obj.at("id"), _("the id {value} is used twice in this sheet (both "
                                         "times for {kind})").format(
                value=repr(full), kind=kind_word(kind, article=True)))
            return None
        if iri in self.known:
            other = self.known[iri]
            self.problem(obj.at("id"), _(
                "{id} already exists (in {origin}); refer to it by its id instead of "
                "declaring it again, or choose another id").format(
                id=curie(iri), origin=origin_words(other)))
            return None
        k = Known(iri, kind, THIS_SHEET)
        for key in names:
            value = obj.data.get(key)
            for text, lang in self._label_values(value):
                k.labels.append((SKOS.prefLabel if key == "name" else SKOS.altLabel, text, lang))
        self.declared[iri] = k
        self.ids[kind][full] = iri
        if scoped:
            self.ids[kind].setdefault(local, iri)
        return iri

    @staticmethod
    def _label_values(value) -> list[tuple[str, str]]:
        if isinstance(value, str):
            return [(value.strip(), "")]
        if isinstance(value, list):
            return [(v.strip(), "") for v in value if isinstance(v, str)]
        if isinstance(value, dict):
            out = []
            for lang, v in value.items():
                for text, _ in Declarations._label_values(v):
                    out.append((text, lang))
            return out
        return []

    def check_not_known_already(self, obj: _Obj, iri: URIRef, keys=("name", "aliases")) -> None:
        """A new actor, post or place whose name is the name of something already known is an
        error (never merged silently) unless the sheet says `distinct: true`."""
        if obj.flag("distinct"):
            return
        kind = kind_of(iri)
        mine = {fold(t) for key in keys for t, _ in self._label_values(obj.data.get(key))}
        mine.discard("")
        clashes = sorted({k.iri for k in self.known.values() if k.kind == kind
                          and mine & {fold(t) for _, t, _ in k.labels}}, key=str)
        if clashes:
            listed = "; ".join(_("{id} ({label}, in {origin})").format(
                id=curie(c), label=repr(self.known[c].best_label(current())),
                origin=origin_words(self.known[c])) for c in clashes)
            self.problem(obj.at("name") if obj.has("name") else obj.path,
                         _("{id} has the name of something already known: {listed}. Refer "
                           "to it by its id instead, or add `distinct: true` if it really is a "
                           "different one").format(id=curie(iri), listed=listed))

    def declare_all(self, top: _Obj) -> None:
        mission = top.objs("mission")
        if len(mission) > 1 or isinstance(top.data.get("mission"), list):
            self.problem(("mission",), _("give one mission (a block, not a list); other trips go "
                           "under `events:`"))
        self.mission = None
        for m in mission[:1]:
            self.mission = self.declare(m, "event", scoped=True, default="mission")
        for i, d in enumerate(top.objs("delegation")):
            default = "delegation" if i == 0 else None
            self.declare(d, "org", default=self.scoped(default) if default else None)
        for p in top.objs("programme"):
            self.declare(p, "event", scoped=True)
        for e in top.objs("events"):
            self.declare(e, "event")
        for o in top.objs("people"):
            self.declare(o, "person", names=("name", "aliases", "label", "family_name"))
        for o in top.objs("groups"):
            self.declare(o, "person")
        for o in top.objs("organisations"):
            self.declare(o, "org")
        for o in top.objs("posts"):
            self.declare(o, "post")
        for o in top.objs("places"):
            self.declare(o, "place")
        for o in top.objs("documents"):
            self.declare(o, "document")
        for o in top.objs("agreements"):
            self.declare(o, "agreement")
        for o in top.objs("invitations"):
            self.declare(o, "invitation")
        for i, o in enumerate(top.objs("outcomes")):
            self.declare(o, "outcome", scoped=True, default=str(i + 1))
        for o in top.objs("follow_ups"):
            self.declare(o, "action")
        for o in top.objs("costs"):
            category = o.text("category")
            self.declare(o, "cost", scoped=True, default=category)