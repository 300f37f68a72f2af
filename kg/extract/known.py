"""The known world: people, organisations, posts and places of data/ttl, and the gazetteer of their names."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib.namespace import FOAF

from ..config import ORG, Paths
from ..ingest import LABEL_PROPS, kind_of, local_name
from ..query import fold
from .words import FORM_BEFORE


# ---------------------------------------------------------------- the known world

@dataclass
class _Entry:
    iri: str
    kind: str
    origin: str
    labels: list[str] = field(default_factory=list)
    holds: set = field(default_factory=set)
    held_by: set = field(default_factory=set)
    post_in: str | None = None
    role: str | None = None
    types: set = field(default_factory=set)
    around: set = field(default_factory=set)    # its place and parent organisation (context)

    @property
    def id(self) -> str:
        return local_name(self.iri)

    def label(self) -> str:
        return self.labels[0] if self.labels else self.id


_FAMILY = str(FOAF.familyName)
_HOLDS, _HELD_BY = str(ORG.holds), str(ORG.heldBy)
_POST_IN, _ROLE = str(ORG.postIn), str(ORG.role)
# where something is and what it is part of: what a context may name to say which one is meant
_AROUND = {"https://schema.org/location", "http://purl.org/dc/terms/spatial", str(ORG.unitOf),
           str(ORG.subOrganizationOf), "https://schema.org/containedInPlace"}
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_NAME_PROPS = {str(p) for p in LABEL_PROPS} | {_FAMILY}


def load_known(paths: Paths | None = None, exclude: str | None = None) -> dict[str, _Entry]:
    """People, organisations, posts and places of data/ttl/*.ttl (except `exclude`.ttl) with
    their labels, aliases, family names, posts and post roles."""
    paths = paths or Paths()
    found: dict[str, _Entry] = {}
    files = sorted(paths.data_dir.glob("*.ttl")) if paths.data_dir.exists() else []
    for f in files:
        if f.stem == exclude:
            continue
        for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
            s = t.subject
            if not isinstance(s, ox.NamedNode):
                continue
            kind = kind_of(s.value)
            if kind not in ("person", "org", "post", "place"):
                continue
            e = found.setdefault(s.value, _Entry(s.value, kind, f.stem))
            p, o = t.predicate.value, t.object
            if p in _NAME_PROPS and isinstance(o, ox.Literal):
                text = o.value.strip()
                bare = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip()  # "Ko (vice-governor ...)"
                for label in (text, bare):
                    if label and label not in e.labels:
                        e.labels.append(label)
            elif p == _RDF_TYPE:
                e.types.add(o.value)
            elif p == _HOLDS:
                e.holds.add(o.value)
            elif p == _HELD_BY:
                e.held_by.add(o.value)
            elif p == _POST_IN:
                e.post_in = o.value
            elif p in _AROUND and isinstance(o, ox.NamedNode):
                e.around.add(o.value)
            elif p == _ROLE:
                e.role = o.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    for e in found.values():                      # make holds/heldBy symmetric
        for post in e.holds:
            if post in found:
                found[post].held_by.add(e.iri)
        for person in e.held_by:
            if person in found:
                found[person].holds.add(e.iri)
    return found


def context_names(iri: str, known: dict[str, _Entry], depth: int = 2) -> list[str]:
    """The names a context may mention to show that `iri` is meant: its own labels, those of
    its place and parent organisation, and for a post its organisation and holders, for a person
    their posts (and so on, `depth` steps)."""
    e = known.get(iri)
    if e is None:
        return []
    names = list(e.labels)
    if depth:
        for other in sorted(e.around | e.holds | e.held_by | ({e.post_in} if e.post_in else set())):
            names += context_names(other, known, depth - 1)
    return names


def strip_accents(text: str) -> str:
    """Length-preserving: every character replaced by its base letter."""
    out = []
    for c in text:
        d = unicodedata.normalize("NFKD", c)
        base = "".join(x for x in d if not unicodedata.combining(x))
        out.append(base if len(base) == 1 else c)
    return "".join(out)


_SEP = r"[\s\-‐–_.]+"


_COMPASS = {"west", "oost", "noord", "zuid", "north", "south", "east"}

# a known name that starts with its form word is written with that word in lower case in running
# text ("de provincie Noord-Brabant" is the registry's "Provincie Noord-Brabant")
_LOWER_FORM = re.compile(r"(?:" + FORM_BEFORE + r") [A-Z0-9]")


def _inside_longer_name(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is joined by a hyphen to another word ('Bom-Lemstra') or follows a
    capitalised compass word ('West Brabant' is not Brabant)."""
    if text[b:b + 1] == "-" and text[b + 1:b + 2].isalpha():
        return True
    before = text[:a]
    if before.endswith("-") and before[-2:-1].isalpha():
        return True
    prev = before.rstrip().rsplit(" ", 1)[-1] if before.strip() else ""
    return bool(prev) and before.endswith(" ") and prev[:1].isupper() and \
        prev.lower() in _COMPASS


class Gazetteer:
    def __init__(self, known: dict[str, _Entry]):
        self.known = known
        self.patterns: list[tuple[re.Pattern, str, str]] = []      # (regex, label, iri)
        for e in known.values():
            for label in e.labels:
                tokens = [t for t in re.split(_SEP, strip_accents(label)) if t]
                if not tokens or len("".join(tokens)) < 2:
                    continue
                rx = re.compile(r"(?<!\w)" + _SEP.join(re.escape(t) for t in tokens) + r"(?!\w)",
                                re.IGNORECASE)
                self.patterns.append((rx, label, e.iri))

    def find(self, text: str) -> list[tuple[int, int, set[str]]]:
        """Non-overlapping spans (longest first) with the IRIs whose label matches there."""
        plain = strip_accents(text)
        hits: dict[tuple[int, int], set[str]] = {}
        for rx, label, iri in self.patterns:
            for m in rx.finditer(plain):
                written = text[m.start():m.end()]
                if label[0].isupper() and not (written[0].isupper() or written[0].isdigit()) \
                        and not _LOWER_FORM.match(written):
                    continue
                if label.isupper() and written != label:        # "BOM" is not "Bom-Lemstra"
                    continue
                if _inside_longer_name(text, m.start(), m.end()):
                    continue                                    # "Brabant" of "West Brabant"
                hits.setdefault((m.start(), m.end()), set()).add(iri)
        taken: list[tuple[int, int, set[str]]] = []
        for (s, e), iris in sorted(hits.items(), key=lambda kv: (-(kv[0][1] - kv[0][0]), kv[0][0])):
            if all(e <= ts or s >= te for ts, te, _ in taken):
                taken.append((s, e, iris))
        return sorted(taken, key=lambda x: x[0])

    def persons_by_name(self, name: str) -> tuple[list[str], str]:
        """Known people whose label is `name` ('exact') or ends in it ('surname')."""
        wanted = fold(name)
        exact = [e.iri for e in self.known.values() if e.kind == "person"
                 and wanted in {fold(l) for l in e.labels}]
        if exact:
            return exact, "exact"
        tail = [e.iri for e in self.known.values() if e.kind == "person"
                and any(fold(l).endswith(" " + wanted) for l in e.labels)]
        return tail, "surname"

    def posts_with_role(self, role: str) -> list[str]:
        return [e.iri for e in self.known.values() if e.kind == "post" and e.role == role]
