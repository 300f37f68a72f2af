"""What a bracket right after a person's name says of that person: a party ("Hon. Jan Mol (ANC)",
"Piet Bos (GroenLinks)") or a post ("Ms. Anna Berg (Committee Secretary)", "Jan de Wit
(beleidsadviseur)"). Only after a person: "(PRC)" after a country's name is its short name."""
from __future__ import annotations

import re

from ..known import Gazetteer
from ..model import Mention, Sentence, Unknown
from ..words import ROLE_OF, ROLE_RX, STARTERS
from .resolve import resolve_name

# a party by its short name: an acronym ("ANC", "CU/SGP", "D66") or one word with a capital
# inside ("GroenLinks", "ChristenUnie")
PARTY = r"[A-Z][A-Z0-9]{1,5}(?:/[A-Z][A-Z0-9]{1,5})?|[A-Z][a-z]+[A-Z][a-z]+"
# a post by its head noun ("Committee Secretary", "Parliamentary Liaison Officer for ...")
_POST_NOUN = (r"Secretary|Researcher|Officer|Manager|Administrator|Advis[eo]r|Director|"
              r"Coordinator|Co-ordinator|Clerk|Spokesperson|Secretaris|Adviseur|Griffier|"
              r"Medewerker|Woordvoerder|Coördinator|Directeur|Beleidsadviseur|Portefeuillehouder|"
              r"Penningmeester|Treasurer|Chair")
_BRACKET = re.compile(r"\s*\((?:(?P<party>" + PARTY + r")|(?P<post>(?:[A-Z][\w-]* ){0,3}"
                      r"(?i:" + _POST_NOUN + r"|" + ROLE_RX.pattern + r"))"
                      r"(?: (?:for|of|van|voor|to) [^()]{1,80})?)\)")


def bracketed_after_people(sent: Sentence, mentions: list[Mention], unknown: list[Unknown],
                           covered: list[tuple[int, int]]) -> None:
    """Parties and posts in brackets after the people of a sentence: a party is an
    organisation (the person's party, for a reviewer to declare as membership), a post is the
    person's role word; the bracket's span is covered (no name of its own)."""
    s = sent.text
    people = {u.name: u for u in unknown if u.kind == "person" and not u.unnamed}
    for x in [x for x in mentions if x.kind == "person"]:
        m = _BRACKET.match(s, x.end)
        person = people.get(x.text) or next((u for n, u in people.items()
                                             if x.text.endswith(" " + n)), None)
        if m is None or person is None:
            continue
        covered.append((m.start(), m.end()))
        if m.group("party"):
            party = m.group("party")
            review = (f"unknown organisation: {party!r}, the party of {person.name!r} (in "
                      "brackets after the name); declare it and the membership, or correct")
            if not any(u.name == party and u.kind == "organisation" for u in unknown):
                unknown.append(Unknown(party, "organisation", sent, review=review))
            mentions.append(Mention(party, "org", sent, m.start("party"), m.end("party"), None,
                                    [], confidence=0.5, review=review))
        elif not person.role_word:
            post = m.group("post")
            person.role_word = post
            x.role_word = post


# a name of two words or more with a post in brackets after it, the post's head noun first and
# perhaps its field ("Jan Tol (portefeuillehouder economie)", "Kees van Dam (secretaris)",
# "Anna Vos (Treasurer)")
_NAME_WITH_POST = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?: (?:(?:van|de|der|den|ter|ten|von|le|la|du) )*"
    r"[A-Z][\w’'-]+)+) \((?P<post>(?i:" + _POST_NOUN + r"|" + ROLE_RX.pattern + r"))"
    r"(?P<field>(?: [a-zà-ÿ][\w-]*){0,3})\)")


def people_with_bracketed_posts(sent: Sentence, gaz: Gazetteer, mentions: list[Mention],
                                unknown: list[Unknown], covered: list[tuple[int, int]]) -> None:
    """A person named with a post in brackets whose word is no role word of its own
    ("portefeuillehouder", "secretaris"): each person of a list so written is one, with that
    post (a role word in brackets is read with the titles already)."""
    s = sent.text
    for m in _NAME_WITH_POST.finditer(s):
        na, nb = m.span("name")
        words = m.group("name").split()
        while words[0] in STARTERS and len(words) > 2:
            na += len(words.pop(0)) + 1
        if words[0] in STARTERS or any(not (nb <= a or na >= b) for a, b in covered) or \
                any(x.start < nb and na < x.end for x in mentions):
            continue
        word = m.group("post")
        role = next((n for rx, n in ROLE_OF if rx.match(word)), None)
        mentions.append(resolve_name(sent, na, nb, s[na:nb], role, word, gaz, unknown))
        covered.append((na, m.end()))
