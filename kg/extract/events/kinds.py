"""Kinds of events: which cue of a sentence tells its event, the event's type from its cue and
what it is of, and the organisations a visit lists (one event each)."""
from __future__ import annotations

import re

from ..model import EventDraft, Mention, Participant
from .cues import _COUNTED_SIGNING, _COUNTS, _NOT_PRESENCE, _PRESENCE, _SOMEONE, INSTITUTE_NAME


_LIST_GAP = re.compile(r"(?:,| en| and| &|, en|, and)\s+(?:(?:de|het|the|een|a)\s+)?")


# a region after a place and a comma says where the place lies ("Chengdu, provincie Sichuan",
# "Nagoya, Aichi Prefecture"): one place, no list
_REGION_OF_PLACE = re.compile(r"^(?i:provincie|province|prefectuur|prefecture|regio|region|"
                              r"deelstaat|state|county|district) |"
                              r" (?:Province|Provincie|Prefecture|State|County|District)$")


def listed_organisations(s: str, parts: list[Participant], a: int, b: int) -> list[Participant]:
    """The organisations of s[a:b] that stand in one enumeration ('Canon, Panasonic en
    Mitsubishi Motor Corporation'), in their order; [] when there is no such list."""
    orgs = []
    for p in parts:
        at = s.find(p.label, a, b)
        if at >= 0 and p.role in ("visited-organisation", "organisation-representative"):
            orgs.append((at, p))
    orgs.sort(key=lambda x: x[0])
    run = orgs[:1]
    for (at, p), (prev_at, prev) in zip(orgs[1:], orgs):
        gap = s[prev_at + len(prev.label):at]
        if gap == ", " and _REGION_OF_PLACE.search(p.label):
            break                               # "Chengdu, provincie Sichuan": where it lies
        if _LIST_GAP.fullmatch(gap):
            run.append((at, p))
        elif len(run) < 2:
            run = [(at, p)]
        else:
            break
    return [p for _, p in run] if len(run) >= 2 else []


def presence_cue(s: str, mentions: list[Mention]) -> list[tuple]:
    """A sentence that says someone is somewhere ('Op donderdag is minister Jansen in
    Vietnam'): one cue, a visit there, when a person or the delegation is its subject."""
    m = _PRESENCE.search(s)
    if m is None or _NOT_PRESENCE.search(m.group("gap")):
        return []
    people = [x for x in mentions if x.start < m.start("cue")
              and (x.kind == "person" or x.role_word)]
    if not people and not _SOMEONE.search(s[:m.start("cue")]):
        return []
    return [(m.start("cue"), m.end("cue"), "regional-visit", "presence", m.group("cue"))]


def primary_cue(live, s):
    """The cue that tells the one event of a sentence with several cues ('toured the pavilion at
    the fair': the tour)."""
    order = ["tour", "meeting", "object", "join", "celebrate", "speak", "address", "open", "visit",
             "presence",
             "talk"]
    best = sorted(live, key=lambda c: (order.index(c[3]), c[0]))
    if best[0][3] == "object" and best[0][2] == "fair-visit":
        tour = [c for c in live if c[3] == "tour"]
        if tour:
            return tour[0]
    # an opened event: type from the object
    if best[0][3] == "open":
        obj = [c for c in live if c[3] == "object"]
        if obj:
            return (best[0][0], best[0][1], obj[0][2], "open", best[0][4])
    if best[0][3] == "object" and any(c[3] == "open" for c in live):
        return (best[0][0], best[0][1], best[0][2], "open", best[0][4])
    if best[0][3] == "object" and best[0][2] == "fair-visit":
        return (best[0][0], best[0][1], "fair-visit", "visit", best[0][4])
    return best[0]


# a working visit is paid to a town or region, not to a company ("werkbezoek aan Shangluo")
_WORKING_VISIT = re.compile(r"\bwerkbezoek(?:en)?\b|\bworking visits?\b", re.IGNORECASE)
_COMPANY = re.compile(r"\b(?:B\.?V|N\.?V|Inc|Ltd|GmbH|Co|Corp|bedrijf|company|fabriek|factory)\b",
                      re.IGNORECASE)


def event_type(etype, cue, s, parts, a, b, known) -> str:
    if etype == "pavilion-tour" and not re.search(r"paviljoen|pavilion|stand\b|beurs|fair|expo",
                                                  s, re.IGNORECASE):
        etype = None                        # "toured the Port of Kobe": a site visit
    if etype == "talk" and re.search(r"bedrijven|companies|kennisinstellingen", s[a:b] or s,
                                     re.IGNORECASE):
        return "conversation-with-companies"
    if etype:
        return etype
    if cue == "open":
        return "networking-event"
    visited = [p for p in parts if p.role == "visited-organisation"]
    if re.search(r"paviljoen|pavilion|beurs|fair", s[a:b], re.IGNORECASE) and not visited:
        return "fair-visit"
    if visited and _WORKING_VISIT.search(s[a:b]) and not _COMPANY.search(visited[0].label):
        return "regional-visit"             # "een werkbezoek aan de zusterstad X": a town's
    if visited:
        v = visited[0]
        e = known.get(v.iri) if v.iri else None
        labels = " ".join(e.labels) if e else v.label
        if INSTITUTE_NAME.search(labels) or re.search(r"campus|instituut|institute",
                                                      s[a:b], re.IGNORECASE):
            return "institute-visit"
        return "company-visit"
    return "company-visit"


def drop_counted_summaries(events: list[EventDraft]) -> None:
    """'The trip included the signing of two agreements. The first was signed ... The second
    ...': the count sums up the signings told one by one after it, no signing of its own."""
    for e in list(events):
        m = _COUNTED_SIGNING.match(e.name) if e.type == "signing" else None
        if m is None:
            continue
        later = [o for o in events if o.type == "signing" and o is not e
                 and o.quotes[0].start > e.quotes[0].start]
        if len(later) >= _COUNTS[m.group(1).lower()]:
            events.remove(e)
