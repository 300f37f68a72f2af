"""Reconciliation of actors across reports: name variants and match candidates.

Nothing here merges anything. Exact names (after `kg.query.fold`: case, accents, hyphens, dots
and underscores) are the same name; *variants* (another token order — Korean family name first or
last —, a plural -s, a given name written with or without a hyphen or space) are only "maybe the
same", and pairs of people or organisations that may be one are *candidates* for a person to
confirm (`rikg:MatchCandidate`, `rikg:possiblySame`), never `owl:sameAs`.

    name_match("Kim Dong-yeon", "Dong Yeon Kim")        -> "variant"
    name_match("Lionvolt", "LionVolt")                  -> "exact"
    is_generic_name("Nederlandse ambassade")           -> True (never resolved on its own)
    match_candidates(Paths())                           -> [Candidate(...), ...]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from .config import PREFIXES, RIKG, Paths
from .query import fold

FOAF = "http://xmlns.com/foaf/0.1/"
ORG_HOLDS = "http://www.w3.org/ns/org#holds"
LABELS = {"http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2004/02/skos/core#altLabel",
          "http://www.w3.org/2000/01/rdf-schema#label", FOAF + "name", "https://schema.org/name"}
DISPLAY_LABELS = {"http://www.w3.org/2004/02/skos/core#prefLabel",  # as kg.query.Labels shows
                  "http://www.w3.org/2000/01/rdf-schema#label", FOAF + "name",
                  "https://schema.org/name", "http://purl.org/dc/terms/title"}
PERSON_NAMES = {FOAF + "name", "http://www.w3.org/2004/02/skos/core#altLabel"}
RMATCH = PREFIXES["rmatch"]

#: score of each kind of reason (added up, at most 1)
SCORES = {"post": Decimal("0.6"), "family": Decimal("0.2"), "event": Decimal("0.2"),
          "variant": Decimal("0.6"), "same-name": Decimal("0.8")}


# ---------------------------------------------------------------- names

def name_key(text: str) -> str:
    """The exact normalised form: 'LionVolt' and 'Lionvolt', 'Créatie' and 'creatie' agree."""
    return fold(text)


def _singular(token: str) -> str:
    return token[:-1] if len(token) > 3 and token.endswith("s") and not token.endswith("ss") else token


def loose_keys(text: str) -> frozenset[str]:
    """Forms under which spelling variants agree: tokens made singular (a plural -s), in the
    order written, sorted, and with the first or last token moved to the other end (Korean
    family name first or last), each joined without spaces (so 'Dong-yeon', 'Dong Yeon' and
    'Dongyeon' agree)."""
    tokens = [_singular(t) for t in name_key(text).split()]
    if not tokens:
        return frozenset()
    orders = {tuple(tokens), tuple(sorted(tokens)), tuple(tokens[1:] + tokens[:1]),
              tuple(tokens[-1:] + tokens[:-1])}
    return frozenset("".join(o) for o in orders)


def name_match(a: str, b: str) -> str | None:
    """'exact' for the same normalised name, 'variant' for an order, plural or spacing variant
    (uncertain: to be confirmed by a person), None otherwise."""
    if name_key(a) and name_key(a) == name_key(b):
        return "exact"
    if loose_keys(a) & loose_keys(b):
        return "variant"
    return None


# ---------------------------------------------------------------- generic names

#: words that say what kind of thing or post something is, never which one
GENERIC_WORDS = frozenset("""
    de het een the a an of van in voor for to at bij
    ambassade embassy consulaat consulate ministerie ministry department departement
    provincie province gemeente municipality city stad regering government office kantoor
    bureau agency college council raad delegatie delegation post mission missie
    directeur director ambassadeur ambassador gouverneur governor vicegouverneur
    vice-governor burgemeester mayor wethouder alderman gedeputeerde minister staatssecretaris
    consul president ceo voorzitter chairman chair secretary secretaris commissaris
    deputy plaatsvervangend plaatsvervangende vice head hoofd general generaal
    nederlandse nederland netherlands dutch holland korean american african german french
    zuid noord oost west south north east
""".split())
# adjectives of nationality ('Koreaanse', 'Chinese', 'British', 'Indian'); not country names
_NATIONALITY = re.compile(r"\w+(?:se|sche|aans|ees|ish|ean|ian)$")


def is_generic_name(text: str) -> bool:
    """A name made only of kind, post and nationality words ('Nederlandse ambassade', 'the
    Director', 'het ministerie', 'the Korean ministry'): it says what something is, not which
    one, so on its own it never identifies a known actor."""
    tokens = [t for t in re.split(r"[\s'’]+", name_key(text)) if t]
    return bool(tokens) and all(t in GENERIC_WORDS or _NATIONALITY.fullmatch(t) for t in tokens)


def distinguishing_words(names) -> set[str]:
    """The words of `names` that are not generic ('zuid-korea' of 'Nederlandse ambassade in
    Zuid-Korea', 'tno', 'apac'): what a context must mention to say which one is meant."""
    out = set()
    for n in names:
        for t in re.split(r"[\s'’()]+", name_key(n)):
            if len(t) > 1 and t not in GENERIC_WORDS and not _NATIONALITY.fullmatch(t):
                out.add(t)
    return out


def context_agrees(names, context: str) -> bool:
    """Whether the context mentions a distinguishing word of any of `names` (the actor's own
    labels, its country's or organisation's, its holder's), as a whole word."""
    words = set(re.split(r"[\s'’(),.;:]+", name_key(context)))
    return bool(distinguishing_words(names) & words)


# ---------------------------------------------------------------- facts about agents

@dataclass
class Agent:
    """What the data says about one person or organisation, as far as matching needs it."""

    iri: str
    kind: str                                   # "person" or "org"
    graphs: set = field(default_factory=set)    # report ids (file stems) that describe it
    names: set = field(default_factory=set)     # foaf:name, labels
    full_names: set = field(default_factory=set)  # foaf:name only
    family_names: set = field(default_factory=set)
    holds: set = field(default_factory=set)
    events: set = field(default_factory=set)    # events it takes part in
    placeholder: bool = False
    group: bool = False


def _kind(iri: str) -> str | None:
    for kind, prefix in (("person", "rper"), ("org", "rorg")):
        ns = PREFIXES[prefix]
        if iri.startswith(ns) and "/" not in iri[len(ns):]:
            return kind
    return None


def agent_facts(files, names: dict[str, str] | None = None) -> dict[str, Agent]:
    """People and organisations described in the Turtle files (each file a graph). With `names`,
    also fills it with a label of everything labelled in the files (English preferred), so that
    reasons can name a post or event by its label."""
    agents: dict[str, Agent] = {}
    part_of: dict[str, str] = {}          # participation -> event
    participant: dict[str, str] = {}      # participation -> agent
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    for f in files:
        stem = Path(f).stem
        for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
            if not isinstance(t.subject, ox.NamedNode):
                continue
            s, p, o = t.subject.value, t.predicate.value, t.object
            if names is not None and p in DISPLAY_LABELS and isinstance(o, ox.Literal) and (
                    s not in names or o.language == "en"):
                names[s] = o.value
            if p == str(RIKG.hasParticipation):
                part_of[o.value] = s
                continue
            if p == str(RIKG.participant):
                participant[s] = o.value
                continue
            kind = _kind(s)
            if kind is None:
                continue
            a = agents.setdefault(s, Agent(s, kind))
            a.graphs.add(stem)
            if p == rdf_type and o.value in (str(RIKG.UnnamedGroup), FOAF + "Group",
                                             str(RIKG.Delegation)):
                a.group = True
            elif p in LABELS and isinstance(o, ox.Literal):
                a.names.add(o.value)
                if p == FOAF + "name":
                    a.full_names.add(o.value)
            elif p == FOAF + "familyName" and isinstance(o, ox.Literal):
                a.family_names.add(o.value)
            elif p == ORG_HOLDS:
                a.holds.add(o.value)
            elif p == str(RIKG.isPlaceholder) and isinstance(o, ox.Literal):
                a.placeholder = o.value == "true"
    for part, who in participant.items():
        if who in agents and part in part_of:
            agents[who].events.add(part_of[part])
    return agents


def _family_names(a: Agent) -> set[str]:
    """Family names: foaf:familyName, or the first or last token of a full name (Korean names
    are written family name first, Dutch ones last)."""
    out = {name_key(x) for x in a.family_names}
    for n in a.full_names:
        tokens = name_key(n).split()
        if len(tokens) > 1:
            out |= {tokens[0], tokens[-1]}
    return out


# ---------------------------------------------------------------- candidates

@dataclass(frozen=True)
class Candidate:
    """Two IRIs that may denote the same agent: listed for a person to confirm."""

    a: str
    b: str
    reasons: tuple[str, ...]
    score: Decimal
    status: str = "unconfirmed"

    @property
    def local(self) -> str:
        return f"{self.a.rsplit('/', 1)[-1]}--{self.b.rsplit('/', 1)[-1]}"


def _short(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _named(iri: str, labels: dict[str, str] | None) -> str:
    """A post, event or person in a reason: its label in quotes, else its short IRI."""
    label = (labels or {}).get(iri)
    return f"'{label}'" if label else _short(iri)


def compare(a: Agent, b: Agent, labels: dict[str, str] | None = None) -> Candidate | None:
    """Why `a` and `b` may be the same agent, or None. Two people who are both named in full,
    with names that are not variants of each other, are different people even in the same post
    (successive office holders). `labels` (from agent_facts) names posts and events."""
    if a.iri == b.iri or a.kind != b.kind or a.group or b.group:
        return None
    reasons: list[str] = []
    score = Decimal(0)
    names = None
    for x in sorted(a.names):
        for y in sorted(b.names):
            m = name_match(x, y)
            if m == "exact":
                names = ("same-name", f"the same name {x!r}")
                break
            if m == "variant" and names is None:
                names = ("variant", f"name variants {x!r} / {y!r}")
        if names and names[0] == "same-name":
            break
    if names:
        reasons.append(names[1])
        score += SCORES[names[0]]
    shared_posts = sorted(a.holds & b.holds)
    both_named = a.full_names and b.full_names and names is None
    if shared_posts and not both_named:
        for post in shared_posts:
            reasons.append(f"both hold the post {_named(post, labels)}")
        score += SCORES["post"]
        for x in (a, b):
            if x.placeholder:
                reasons.append(f"{_named(x.iri, labels)} is an unnamed placeholder for the "
                               "office holder")
        shared_family = sorted(_family_names(a) & _family_names(b))
        if shared_family and (a.family_names or b.family_names):
            reasons.append(f"the same family name {shared_family[0]!r}")
            score += SCORES["family"]
        shared_events = sorted(a.events & b.events)
        for e in shared_events:
            reasons.append(f"both take part in {_named(e, labels)}")
        if shared_events:
            score += SCORES["event"]
    if not reasons:
        return None
    first, second = sorted((a.iri, b.iri))
    return Candidate(first, second, tuple(reasons), min(score, Decimal(1)))


def stored_statuses(files) -> dict[tuple[str, str], str]:
    """The rikg:matchStatus of candidates already written (a person may have set it)."""
    out = {}
    for f in files:
        cands: dict[str, list[str]] = {}
        status: dict[str, str] = {}
        for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
            s, p = t.subject.value, t.predicate.value
            if p == str(RIKG.candidate):
                cands.setdefault(s, []).append(t.object.value)
            elif p == str(RIKG.matchStatus):
                status[s] = t.object.value
        for node, pair in cands.items():
            if len(pair) == 2 and node in status:
                out[tuple(sorted(pair))] = status[node]
    return out


def match_candidates(paths: Paths | None = None) -> list[Candidate]:
    """Every pair of people or organisations in data/ttl/ (the registry and all reports) that may
    be the same, with the reasons; a pair described in one file only by name variants is listed
    too; a pair a curator rejected (kg.identities) is not, one confirmed is listed as
    confirmed. Ordered by score (highest first), then by IRI. Nothing is merged here."""
    paths = paths or Paths()
    files = sorted(paths.data_dir.glob("*.ttl"))
    names: dict[str, str] = {}
    agents = agent_facts(files, names)
    from .identities import decisions      # (kg.identities imports this module)
    statuses = {**stored_statuses(files), **decisions(files)}
    found = []
    ordered = sorted(agents.values(), key=lambda x: x.iri)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            c = compare(a, b, names)
            if c is not None:
                status = statuses.get((c.a, c.b), "unconfirmed")
                if status == "rejected":
                    continue        # a curator decided: never proposed again
                found.append(Candidate(c.a, c.b, c.reasons, c.score, status))
    return sorted(found, key=lambda c: (-c.score, c.a, c.b))
