"""Offices and the governments behind them: heads of government by their place, holders
after the office of a place, a role word that names again someone named before."""
from __future__ import annotations

import re

from ...ingest import local_name
from ...query import fold
from ..known import Gazetteer
from ..model import POSSESSIVE, Mention, Sentence, Unknown
from ..names import is_portfolio_word
from ..words import COUNTRIES, NATIONALITY, STARTERS, STOP_NAMES, UPPER
from .resolve import resolve_name

_HEAD_OF_GOVERNMENT = re.compile(r"(?i:premier|governor|gouverneur|mayor|burgemeester|"
                                 r"first minister|chief minister|minister-president)")
_GOVERNMENT_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<name>" + UPPER + r"[\w’'.-]+"
                                r"(?: " + UPPER + r"[\w’'.-]+)?) $")
_SIGNS = re.compile(r"\b(?:signed|signs?|ondertekend\w*|ondertekenen|tekenden|tekende|getekend)\b",
                    re.IGNORECASE)


def signing_governments(sent: Sentence, mentions: list[Mention], unknown: list[Unknown]) -> None:
    """The governments whose heads sign ("Saskatchewan Premier Scott Moe and Ontario Premier Doug
    Ford signed an MOU"): each place is a party to what is signed, so an organisation (its
    government), not only a place."""
    s = sent.text
    if not _SIGNS.search(s):
        return
    for x in list(mentions):
        if x.kind != "person" or not x.role_word or not _HEAD_OF_GOVERNMENT.fullmatch(x.role_word):
            continue
        before = _GOVERNMENT_BEFORE.search(s[:x.start])
        if before is None:
            continue
        name = POSSESSIVE.sub("", before.group("name"))    # "Wales’ First Minister"
        if name.split()[0] in STARTERS or NATIONALITY.match(name) or name in COUNTRIES or any(
                y.start < before.end("name") and before.start("name") < y.end
                for y in mentions if y.kind != "place"):
            continue
        review = (f"{name!r}: its head signs here, so its government is a party; declare the "
                  "government (e.g. the province) or correct")
        mentions[:] = [y for y in mentions if not (y.kind == "place" and
                                                   y.start == before.start("name"))]
        unknown.append(Unknown(name, "organisation", sent, review=review))
        mentions.append(Mention(name, "org", sent, before.start("name"),
                                before.start("name") + len(name), None,
                                [], confidence=0.5, review=review))


_PLACE_OFFICE_NAME = re.compile(r"^(?P<title>.+ (?:of|van) (?P<place>" + UPPER + r"[\w’'-]+)) "
                                r"(?P<name>" + UPPER + r"[\w’'-]+)$")
_PLACE_KIND = re.compile(r"(?i:city|district|county|province|provincie|region|regio|state|"
                         r"municipality|gemeente|prefecture|island|islands|eiland|council|"
                         r"government|metropolitan|area|shire|borough|bay|valley|stad|kreis)")


# one who held an office once: the title says so, and a bare role word later is not them
_FORMER = r"(?i:former|voormalige?|oud-|ex-)"
_FORMER_BEFORE = re.compile(_FORMER + r" ?$")


# the places a standing relation binds: "our Sister City relationship with Lavaux", "de
# zusterstadband met Lavaux", "the Avalon-Lavaux relationship": its parties (as a town cooperated
# with is a partner)
_RELATION_WORDS = re.compile(r"(?i:relationship|relation|relatie|band|sister|zuster|twin)")
_BOUND_AFTER = re.compile(r" (?:with|met|between|tussen) (?:the |de |het )?(?P<a>" + UPPER
                          + r"[\w’'-]*)(?: (?:and|en) (?P<b>" + UPPER + r"[\w’'-]*))?$")
_BOUND_PAIR = re.compile(r"(?P<a>" + UPPER + r"\w*)[-–](?P<b>" + UPPER + r"[\w’'-]*) ")


def bound_places(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the places the relation s[a:b] binds (see _RELATION_WORDS); none for
    another agreement ("a memorandum with Lavaux Port": whose, the reviewer says)."""
    if not _RELATION_WORDS.search(s[a:b]):
        return []
    m = _BOUND_AFTER.search(s[a:b]) or _BOUND_PAIR.search(s[a:b])
    return [(a + m.start(g), a + m.end(g)) for g in ("a", "b") if m and m.group(g)]


def holders_after_place_offices(mentions: list[Mention], unknown: list[Unknown], text: str,
                                gaz: Gazetteer) -> tuple[list[Mention], list[Unknown]]:
    """The unnamed office holders of a sentence whose office's last word is a name (see
    _PLACE_OFFICE_NAME), made the person of that name with the office as their title."""
    out = []
    for m in mentions:
        x = _PLACE_OFFICE_NAME.match(m.text) if m.unnamed and m.iri is None else None
        name = x["name"] if x else ""
        if x is None or _PLACE_KIND.fullmatch(name) or is_portfolio_word(name) \
                or name in STOP_NAMES or name in COUNTRIES or not re.search(
                    r"(?<![\w’'-])" + re.escape(x["place"]) + r"(?![\w’'-])(?! "
                    + re.escape(name) + r"(?![\w’'-]))", text):
            out.append(m)
            continue
        unknown = [u for u in unknown if not (u.unnamed and u.name == m.text)]
        person = resolve_name(m.sentence, m.start + x.start("name"), m.end, name, m.role,
                               m.role_word, gaz, unknown)
        former = _FORMER_BEFORE.search(m.sentence.text[:m.start])
        person.title = (former.group(0) if former else "") + x["title"]
        out.append(person)
    return out, unknown


_APPOSED = re.compile(r",\s*(?:the |de |het )?(?P<title>[\w’'-]+(?: (?:of|van|for|voor|in|to) "
                      r"(?:the |de |het )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)+)"
                      r"(?=[,.;:)]| and | en |$)")
_TOWN_AFTER = re.compile(r" (?P<of>van|of) (?P<town>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)"
                         r"(?=[,.;:)]| [a-z]|$)")
_DEFINITE_ROLE = re.compile(r"(?:^|\s)(?:de|het|the|De|Het|The)\s$")


# a name, then "as" and an office: "the first visit by Jan Mol as Mayor of Lavaux", "Anna Vos
# als burgemeester van Lavaux" (the office is that person's)
_AS_OFFICE = re.compile(r"(?<![\w’'-])(?P<name>" + UPPER + r"[\w’'-]+(?: (?:(?:van|de|der|den|ter|"
                        r"ten|von|le|la|du) )*" + UPPER + r"[\w’'-]+){1,2}) (?:as|als) "
                        r"(?:the |de |het )?$")


def _held_as(mentions: list[Mention], unknown: list[Unknown]) -> None:
    """An unnamed office holder told right after a name and "as" is that person, who holds the
    office; the name read only as a name becomes a person with its role word."""
    for x in mentions:
        if not (x.unnamed and x.role_word):
            continue
        before = _AS_OFFICE.search(x.sentence.text[:x.start])
        u = before and next((u for u in unknown if u.name == before.group("name")
                             and u.kind in ("name", "person") and not u.unnamed), None)
        if u is None or u.name.split()[0] in STARTERS or is_portfolio_word(u.name.split()[-1]):
            continue
        u.kind, u.role_word = "person", u.role_word or x.role_word
        u.review = f"unknown person: {u.name!r}, the {x.text}; declare or correct"
        _held_by(x, u.name, None, unknown, f"{x.text!r} taken to be {u.name} (named as such); "
                                           "check")


def named_again(mentions: list[Mention], unknown: list[Unknown]) -> None:
    """People the text names again: a new person's shorter name ('Minister Van der Hoeven' after
    'Minister Maria van der Hoeven', an alias in `unknown`) is that one (`same_as`); a bare role
    word ('de minister-president', 'the prime minister') in a text that names exactly one person
    with that word ('Minister-president Rutte') is that person (`same_as`, or the known one's
    iri), with a review mark; in a text naming two or more, "de/the <word>" after the first of
    them is that first one (the text's own), with a review mark. With a nationality before it
    ('the Portuguese minister') it stays a role word."""
    _held_as(mentions, unknown)
    # an unnamed office holder whose title the text gives one named person ("the Minister for
    # Trade's visit", then "The Minister for Trade, Anna Ruiz, ..."): that person
    titled = {}
    for x in mentions:
        if x.title and x.kind == "person":
            titled.setdefault(fold(x.title), set()).add(x.text)
        # (or after the name, in apposition: "Zhu Chen, the Mayor of Lishui, ...", then "The
        # Mayor of Lishui said")
        # (or the town after the name: "Burgemeester Cai Qi van Hangzhou", then "de burgemeester
        # van Hangzhou")
        after = _APPOSED.match(x.sentence.text, x.end)
        town = _TOWN_AFTER.match(x.sentence.text, x.end)
        if not (x.kind == "person" and x.role_word and not x.unnamed):
            continue
        name = x.same_as or (x.text[len(x.role_word):].strip()
                             if fold(x.text).startswith(fold(x.role_word)) else x.text)
        if after and fold(after.group("title")).startswith(fold(x.role_word)):
            titled.setdefault(fold(after.group("title")), set()).add(name)
        if town and fold(x.text).startswith(fold(x.role_word)):
            titled.setdefault(fold(f"{x.role_word} {town.group('of')} {town.group('town')}"),
                              set()).add(name)
    for x in mentions:
        holders = next((names for title, names in titled.items()
                        if fold(x.text) == title or fold(x.text).endswith(" " + title)), set())
        if x.unnamed and len(holders) == 1:
            name = next(iter(holders))
            unknown[:] = [u for u in unknown if not (u.unnamed and u.name == x.text)]
            x.kind, x.unnamed, x.same_as, x.confidence = "person", False, name, 0.6
            x.review = f"{x.text!r} taken to be {name} (named with this title); check"
    full = {fold(a): u.name for u in unknown if u.kind == "person" for a in u.aliases}
    named: dict[str, set[tuple[str, str | None]]] = {}
    first: dict[str, tuple[int, tuple[str, str | None]]] = {}   # the first one named, where
    for x in mentions:
        if x.kind == "person" and x.role_word and not x.unnamed \
                and not re.match(_FORMER, x.title or ""):
            # (not one who held it once: "former Mayor of Lima Quispe"; or in an apposition: "Mark Drakeford, First Minister of Wales"; or named again:
            # "burgemeester Van 't Veld" after "Mirjam van ’t Veld")
            name = x.same_as or (x.text[len(x.role_word):].strip()
                                 if x.text.lower().startswith(x.role_word.lower()) else x.text)
            if x.iri is None and fold(name) in full:
                x.same_as = name = full[fold(name)]
            if name or x.iri:
                named.setdefault(fold(x.role_word), set()).add((x.iri and "" or name, x.iri))
                at = x.sentence.start + x.start
                if fold(x.role_word) not in first or at < first[fold(x.role_word)][0]:
                    first[fold(x.role_word)] = (at, (x.iri and "" or name, x.iri))
    _headline_holders(mentions, unknown, named)
    for x in mentions:
        holders = named.get(fold(x.role_word or ""), set())
        before = x.sentence.text[:x.start].split()[-2:]
        if any(NATIONALITY.match(w) for w in before):
            continue                            # "the Portuguese infrastructure minister"
        # a post whose word names its body ("de provinciegouverneur") is unnamed only in a text
        # that names no holder of it
        bare = x.unnamed and fold(x.text) == fold(x.role_word or "")
        if x.kind != "role" or x.iri is not None or (x.unnamed and not bare):
            continue
        earliest = first.get(fold(x.role_word or ""))
        if len(holders) > 1 and earliest and earliest[0] < x.sentence.start + x.start and \
                _DEFINITE_ROLE.search(x.sentence.text[:x.start]):
            # "de minister" in a text naming Minister Van der Hoeven and, later, minister
            # Naoshima: the one it named first, the text's own (a guess, with a review mark)
            holders = {earliest[1]}
        if len(holders) == 1:
            name, iri = next(iter(holders))
            if bare:
                unknown[:] = [u for u in unknown if not (u.unnamed and u.name == x.text)]
            x.kind, x.confidence, x.unnamed = "person", 0.6, False
            if iri:
                x.iri, x.candidates = iri, [iri]
            else:
                x.same_as = name
            x.review = f"{x.text!r} taken to be {name or local_name(iri)} (named so in the " \
                       "text); check"
    _second_titles(mentions, unknown)


def _headline_holders(mentions: list[Mention], unknown: list[Unknown],
                      named: dict[str, set[tuple[str, str | None]]]) -> None:
    """A headline's office holder by nationality ("Chinese gouverneur plant handelsmissie") in a
    text whose body names one holder of that title ("Gouverneur Wei Hong van ...") is that one: a
    news headline names by nationality what its first lines name in full. (In running text the
    nationality may set the two apart: "the Portuguese minister" stays unnamed.)"""
    for x in mentions:
        if not (x.unnamed and x.role_word) or re.search(r"[.!?:;]\s*$", x.sentence.text):
            continue
        nationality = x.text[:-len(x.role_word)].strip() \
            if fold(x.text).endswith(fold(x.role_word)) else ""
        holders = named.get(fold(x.role_word), set())
        if not NATIONALITY.fullmatch(nationality) or len(holders) != 1:
            continue
        name, iri = next(iter(holders))
        _held_by(x, name, iri, unknown, f"{x.text!r} taken to be {name or local_name(iri)} (the "
                 "headline's title of the one the text names so); check")


def _held_by(x: Mention, name: str, iri: str | None, unknown: list[Unknown], review: str) -> None:
    """An unnamed office holder `x` is the person `name` (or the known `iri`), with a review."""
    unknown[:] = [u for u in unknown if not (u.unnamed and u.name == x.text)]
    x.kind, x.unnamed, x.confidence = "person", False, 0.6
    if iri:
        x.iri, x.candidates = iri, [iri]
    else:
        x.same_as = name
    x.review = review


def _second_titles(mentions: list[Mention], unknown: list[Unknown]) -> None:
    """A second title joined to a person's first ("Premier and Minister for the Arts", "burgemeester
    en wethouder van ...") is that person's too, not an unnamed office holder of its own."""
    for x in mentions:
        if not x.unnamed:
            continue
        joined = re.search(r" (?:and|en) $", x.sentence.text[:x.start])
        first = next((y for y in mentions if joined and y.sentence is x.sentence
                      and y.end == joined.start() and y.kind == "person" and not y.unnamed
                      and (y.iri or y.same_as or not y.text.lower() == (y.role_word or "").lower())),
                     None)
        if first is None:
            continue
        name = first.same_as or (first.text[len(first.role_word):].strip()
                                 if first.role_word and first.text.lower().startswith(
                                     first.role_word.lower()) else first.text)
        _held_by(x, name, first.iri, unknown,
                 f"{x.text!r}: a second title of {name or local_name(first.iri)}; check")


def titles_told_short(mentions: list[Mention]) -> None:
    """A person named again with the end of the title they were named with ("Governor Skillman"
    after "Lt. Governor Becky Skillman", "Minister Bos" after "Vice Minister Bos") holds that one
    post, not a second: the shorter title is no post of its own."""
    def who(m: Mention) -> str:
        return m.iri or getattr(m, "same_as", None) or m.text[len(m.role_word):].strip()

    titled = [m for m in mentions if m.kind == "person" and m.role_word]
    told_short = []
    for m in titled:
        longer = {(o.role_word, o.role) for o in titled if who(o) == who(m)
                  and o.role_word.lower().endswith(" " + m.role_word.lower())}
        if len(longer) == 1:
            told_short.append((m, next(iter(longer))[1]))
    for m, role in told_short:
        m.role_word, m.role = None, role
