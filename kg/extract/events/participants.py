"""Participants of an event: who in the part of a sentence that tells it takes part, and in
which role (signatory, host, speaker, visited organisation, ...)."""
from __future__ import annotations

import re

from ...ingest import local_name
from ..model import Participant, Sentence
from ..writer import FIRST_PERSON, writer_participant
from .cues import _SIGNED, _SPOKEN_AT, _WITH_WHOM, MEETING_TYPES


def participants(builder, sent: Sentence, a: int, clause_end: int, etype: str, cue: str,
                 excluded: list[tuple[int, int]]) -> list[Participant]:
    """Who takes part in the event told by s[a:clause_end] (and the sentence's subject before its
    first cue), in which role. `builder` is the EventBuilder whose state says who is who: the
    mentions by sentence, the known names, the lead, the delegation, the byline's writer and
    where the sentence's subject ends."""
    s = sent.text
    out: list[Participant] = []
    seen: set[str] = set()
    # the subject before the first cue counts for every event of the sentence
    parens = [(p.start(), p.end()) for p in re.finditer(r"\([^)]*\)", s)]

    def inside(x):
        return any(pa <= x.start < pb for pa, pb in parens + excluded)

    region = [x for x in builder.mentions[id(sent)]
              if (a <= x.start < clause_end or x.start < a and x.shared) and not inside(x)]
    first_org_seen = False
    new_people: set[str] = set()            # refs of people the registry does not know
    spoken_at = _SPOKEN_AT.search(s, a) if cue == "speak" else None    # who speaks: before
    for x in region:
        before = s[max(0, x.start - 40):x.start].lower()
        # (an office holder the text does not name takes part by its placeholder, with or
        # without a post role: "met the mayor of Lima")
        if x.kind == "place" or (x.iri is None and not x.role and not x.unnamed
                                 and x.kind not in ("person", "org")):
            continue
        if x.kind == "role" and x.iri is None and (x.role == "civil-servant" or not x.unnamed):
            # "ambtenaren": a kind of people, no office; "de Gouverneur" that nothing says
            # who is: no one the sheet declares (the reviewer is asked about the mention)
            continue
        if x.kind == "org" and out and re.search(r"\bvan\s+$|\bof\s+(?:the\s+)?$",
                                                 s[:x.start]) and \
                s[:x.start].rstrip()[:-3].rstrip().endswith(out[-1].label) and \
                (out[-1].iri and builder.gaz.known[out[-1].iri].kind == "person"
                 or out[-1].iri is None and out[-1].ref in new_people):
            # "gouverneur Kim Dong-yeon van Gyeonggi", "Burgemeester Anna Berg van Lavaux" (a
            # new person by a title): the town is whom the person is of, not what is visited
            out[-1].on_behalf_of = out[-1].on_behalf_of or (local_name(x.iri) if x.iri else None)
            continue
        if x.kind == "org" and re.search(r"(?:namens|on behalf of)\s+$", before):
            continue                        # "namens Brabant": whom the speaker represents
        if x.iri:
            ref = local_name(x.iri)
        elif x.same_as:
            ref = x.same_as                 # "de minister-president": the one named so
        elif x.unnamed:
            ref = x.text                    # the office holder's placeholder, by its words
        elif x.role_word and x.text.lower().startswith(x.role_word.lower()):
            ref = x.text[len(x.role_word):].strip() or x.text
        else:
            ref = x.text
        if ref in seen:
            continue
        seen.add(ref)
        kind = builder.gaz.known[x.iri].kind if x.iri else x.kind if x.kind == "org" else "person"
        capacity = on_behalf = None
        if x.post:
            capacity = local_name(x.post)
            org = builder.gaz.known[x.post].post_in
            on_behalf = local_name(org) if org else None
        lead = x.iri is not None and x.iri == builder.lead
        if etype == "signing" and (x.shared or signs_after(s, a, x)) and not re.search(
                r"presence of|aanwezigheid van|bijzijn van",
                s[s.rfind(",", 0, x.start) + 1:x.start], re.IGNORECASE):
            # "Premier A and Premier B signed an MOU" (not who were present: "in the
            # presence of Mayor Ko, ...")
            role = "signatory"
        elif lead:
            role = {"open": "opener", "visit": "guest", "tour": "guest",
                    "speak": "speaker", "address": "speaker"}.get(cue,
                                                                             "delegation-lead")
            if "bijdrage" in s or "contribut" in s.lower():
                role = "speaker"
        elif kind == "person":
            if cue == "speak" and (x.shared or spoken_at and x.start < spoken_at.start()):
                role = "speaker"            # "spreekt minister Jansen bij het forum"
            elif re.search(r"samen met|together with|accompanied by|vergezeld", before):
                role = "companion"
            elif x.role in ("governor", "vice-governor") or x.role_word and \
                    x.role_word.lower() in ("minister", "burgemeester", "mayor"):
                role = "host" if etype in MEETING_TYPES else "attendee"
            else:
                role = "attendee"
        else:
            if re.search(r"door (?:de |het )?$|by (?:the )?$", before[-12:]) and \
                    re.search(r"georganiseerd|organi[sz]ed", s):
                role = "co-organiser"
            elif _WITH_WHOM.search(s[:x.start]):
                role = "companion"          # "bezocht samen met de Boerenbond en VLAM de NFU"
            elif etype == "pavilion-tour":
                role = "exhibitor"
            elif cue == "visit" and not first_org_seen:
                role = "visited-organisation"
                first_org_seen = True
            elif re.search(r"presente|present", s, re.IGNORECASE) and etype == "networking-event":
                role = "presenter"
            else:
                role = "organisation-representative"
        review = x.review
        if x.iri is None:
            review = x.review or f"unknown name: {ref!r} — declare or correct"
        if kind == "person" and x.iri is None:
            new_people.add(ref)
        out.append(Participant(ref, x.text, role, x.iri, capacity, on_behalf,
                               confidence=round(min(x.confidence, 0.7), 2), review=review,
                               post_role=x.role))
    subject = s[:builder.prefix_end] if builder.prefix_end is not None else ""
    if re.search(r"\bdelegatie\b|\bdelegation\b", subject + " " + s[a:clause_end],
                 re.IGNORECASE) and builder.delegation_id and builder.delegation_id not in seen:
        out.insert(0, Participant(builder.delegation_id, "de delegatie", "delegation", None,
                                  confidence=0.7))
    if builder.writer is not None and FIRST_PERSON.search(subject + " " + s[a:clause_end]):
        me = writer_participant(builder.writer)
        if me.ref not in seen and me.key not in {p.key for p in out}:
            out.insert(0, me)               # "I met NTT": the writer of the byline
    return out


def signs_after(s: str, cue_start: int, x) -> bool:
    """Whether x, named after the signing verb, signs: the subject after a Dutch verb that
    comes first ("Op 8 mei tekenden de burgemeesters van A en B een overeenkomst") or the
    agent of a passive ("signed by A and B", "getekend door A")."""
    verb = re.match(r"(?:onder)?tekende(?:n)?\b", s[cue_start:], re.IGNORECASE)
    if verb and x.start > cue_start:
        what = _SIGNED.search(s, cue_start)
        return what is not None and x.end <= what.start()
    # (up to what it is for: "signed by A and B to establish a C Centre")
    return x.start > cue_start and bool(re.search(
        r"^\w+ (?:by|door)\b(?:(?!\b(?:to|om|for|voor|in order)\b)[^;:])*$",
        s[cue_start:x.start]))
