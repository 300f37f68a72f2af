"""Political parties where the text names them as parties: by a group of their members
("de CDA-fractie", the group itself; "de fracties van CDA en GroenLinks", "the DA caucus") or
by the word party
("the ANC party", "de partij GroenLinks"). A short name elsewhere ("CDA" in a heading, "EU") is
left to the other rules."""
from __future__ import annotations

import re

from ..model import Mention, Sentence, Unknown
from .brackets import PARTY

_ONE = r"(?:" + PARTY + r")"
_LIST = _ONE + r"(?:(?:, | en | and |, en |, and )(?:(?:het|de|the) )?" + _ONE + r")*"
_PARTIES = re.compile(
    r"(?<![\w/-])(?P<one>" + _ONE + r")-(?:fractie|fracties|raadsfractie|statenfractie)\b|"
    r"\b(?:fractie|fracties|partij|partijen|party|parties)(?: van)? (?:(?:het|de|the) )?"
    r"(?P<list>" + _LIST + r")(?![\w/-])|"
    r"(?<![\w/-])(?:the )?(?P<before>" + _ONE + r") (?:party|caucus|faction|fractie)\b")


def party_mentions(sent: Sentence, mentions: list[Mention], unknown: list[Unknown],
                   covered: list[tuple[int, int]]) -> None:
    """The parties a sentence names as parties: each an organisation, its span covered."""
    s = sent.text
    for m in _PARTIES.finditer(s):
        group = next(g for g in ("one", "list", "before") if m.group(g))
        if group == "one":                      # "de VVD-fractie": the party's group, by its name
            found = [(m.start(), m.end())]
        else:
            found = [(m.start(group) + x.start(), m.start(group) + x.end())
                     for x in re.finditer(_ONE, m.group(group))]
        for a, b in found:
            name = s[a:b]
            if any(not (b <= ca or a >= ce) for ca, ce in covered):
                continue
            covered.append((a, b))
            review = (f"unknown organisation: {name!r}, a political party or its group; declare "
                      "it (and its members' membership) or correct")
            if not any(u.name == name and u.kind == "organisation" for u in unknown):
                unknown.append(Unknown(name, "organisation", sent, review=review))
            mentions.append(Mention(name, "org", sent, a, b, None, [], confidence=0.5,
                                    review=review))
