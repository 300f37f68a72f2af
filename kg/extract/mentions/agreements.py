"""Agreements a sentence names, and their parties: the places a relation binds ("the
zusterstadband met Lavaux") and the parties an agreement is told between or with ("a second MoU
was signed between the Lavaux College and the Avalon Institute", "an MoU with Yiguo")."""
from __future__ import annotations

import re

from ..model import Mention, Sentence, Unknown
from ..names import agreement_parties, agreement_spans, signed_between
from ..words import COUNTRIES
from .offices import bound_places

_PARTIES_AFTER = re.compile(r" (?:between|tussen|with|met) ")


def _parties(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The parties' spans of the agreement s[a:b], if it says between whom or with whom."""
    m = _PARTIES_AFTER.search(s, a, b)
    return agreement_parties(s, m.start() + 1, b) if m is not None else []


def agreement_mentions(sent: Sentence, mentions: list[Mention], unknown: list[Unknown],
                       named: list[tuple[int, int, Unknown]]) -> None:
    """Each agreement of the sentence (added to `unknown`, unless a name already told it) with
    its parties: a party named but not yet known as an organisation or person becomes an
    organisation (added to `mentions` and `unknown`, or its unknown name made one)."""
    s = sent.text
    signed = {(a, b) for a, b, _, _ in signed_between(s)}
    for a, b, name in agreement_spans(s):
        relation = bound_places(s, a, b)
        # (the parties of one told signed between them; another's "with" may name anything)
        parties = _parties(s, a, b) if not relation and (a, b) in signed else []
        between = ", ".join(s[pa:pb] for pa, pb in parties)
        review = (f"agreement: {name!r}; declare it under agreements: with its parties"
                  + (f" ({between})" if between else "") + ", or drop it")
        told = [u for x, y, u in named if (a <= x < b or x <= a < y)
                and (u.kind == "agreement" or u.kind == "name" and u.name == name.split()[0])]
        for u in told:
            if u.kind == "agreement" and parties and u.name in name:
                u.name, u.review = name, review     # ("MoU": the MoU between A and B)
            elif u.kind == "name" and u in unknown:
                unknown.remove(u)                   # ("MOU": the agreement's word, no name)
        if not any(u.kind == "agreement" for u in told):
            unknown.append(Unknown(name, "agreement", sent, review=review))
        for pa, pb in relation + parties:
            party = s[pa:pb]
            if party in COUNTRIES or not party[:1].isupper() or \
                    any(x.start < pb and pa < x.end for x in mentions) or \
                    any(u.name == party and u.kind not in ("name", "place") for u in unknown):
                continue
            review = f"unknown name: {party!r}, a party to {name!r}; declare or correct"
            told = next((u for x, y, u in named if u.kind == "name" and (x, y) == (pa, pb)), None)
            if told is not None:
                told.kind, told.review = "organisation", review     # (its mention follows)
                continue
            unknown.append(Unknown(party, "organisation", sent, review=review))
            mentions.append(Mention(party, "org", sent, pa, pb, None, [], confidence=0.4,
                                    review=review))
