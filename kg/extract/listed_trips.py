"""Trips listed as bullet items under a sentence that speaks of missions or visits: "Deze
rapportage bevat verslagen van de missies en werkbezoeken naar:" followed by "Marokko, Tunesië en
Algerije (2–5 februari)," and "Bangladesh (14–18 juni)." — each item one trip, with its days."""
from __future__ import annotations

import re

from .dates import dates_in
from .mission import speaks_of_a_trip
from .model import DateFact, EventDraft, Sentence

# an item: what (places, or "de economische missie ... naar Mexico") and its days in brackets
_ITEM = re.compile(r"^(?:(?:de|het|the|een|an?) )?(?P<what>[^()]{2,160}?) "
                   r"\((?P<when>[^()]*\d[^()]*)\)[,.;]?$")


def context_year(sentences: list[Sentence]) -> str | None:
    """The year of the first full date in the text's opening lines (a letter's or release's
    date: "Den Haag, 18 augustus 2015"), for days listed without one."""
    for sent in sentences:
        if sent.section != "preamble":
            break
        full = [d for d in dates_in(sent, None) if d.precision == "day" and d.when
                and d.when[:1].isdigit()]
        if full:
            return full[0].when[:4]
    return None


def listed_trips(sentences: list[Sentence], year: str | None) -> list[tuple[Sentence, str, DateFact]]:
    """(the item's sentence, what it names, its days) for every item of a list introduced by a
    sentence ending in ':' that speaks of a trip (or follows one that does: "... missies die en
    marge van bezoeken ... hebben plaatsgevonden. Het betreft:"), and for an item that is itself
    a trip ("de economische missie ... naar Myanmar (17–22 mei)") under any such sentence."""
    out: list[tuple[Sentence, str, DateFact]] = []
    intro = of_trips = after_trip = False
    for sent in sentences:
        text = sent.text.strip()
        item = _ITEM.match(text) if intro else None
        # (under a plain "de hoofdlijnen van:", an item that is itself a mission)
        if item is not None and (of_trips or speaks_of_a_trip(item.group("what"))):
            days = [d for d in dates_in(sent, year) if d.precision == "day"
                    and d.as_stated in item.group("when")]
            if days:
                out.append((sent, item.group("what"), days[0]))
                continue
        intro = text.endswith(":")
        of_trips = intro and (speaks_of_a_trip(text) or after_trip)
        after_trip = speaks_of_a_trip(text)
    return out


def listed_trip_events(sentences: list[Sentence], new_id, told: Sentence | None) -> list[EventDraft]:
    """One mission event per listed trip (not the one the draft's mission is told by)."""
    events = []
    for sent, what, days in listed_trips(sentences, context_year(sentences)):
        if sent is told:
            continue
        name = what[0].upper() + what[1:] if speaks_of_a_trip(what) else f"Mission to {what}"
        events.append(EventDraft(new_id(name), "mission", name, [sent], [], days, False,
                                 sent.section, sent.heading, confidence=0.6,
                                 review=["a trip listed as an item: check its name, place and "
                                         "who went"]))
    return events


# several trips told in one sentence by their places: "his recent overseas visits to Greece,
# Slovakia and Turkey", "de werkbezoeken aan Peru en Chili": one trip to each (a list of two or more)
_PLACE = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
_VISITS_TO = re.compile(r"\b(?P<word>visits|trips|missions|bezoeken|werkbezoeken|reizen|missies) "
                        r"(?:to|aan|naar) (?P<list>" + _PLACE + r"(?:, " + _PLACE + r")*"
                        r" (?:and|en) " + _PLACE + r")")


def visits_to_places(sentences: list[Sentence], new_id, told: list[EventDraft]) -> list[EventDraft]:
    """One mission event per place of a plural 'visits to A, B and C', unless an event of `told`
    names it already (the visits to companies a sentence lists: each told as a visit; not the
    mission that sums them up)."""
    events = []
    for sent in sentences:
        others = [e for e in told if sent in e.quotes and e.type != "mission"]
        for m in _VISITS_TO.finditer(sent.text):
            dutch = m.group("word")[0] in "bwrm" and m.group("word") != "missions"
            places = re.split(r", | and | en ", m.group("list"))
            if all(any(p in e.name for e in others) for p in places):
                continue
            for place in places:
                name = f"Bezoek aan {place}" if dutch else f"Visit to {place}"
                first = next((e for e in others if e.name == name), None)
                if first is not None:           # the first of the list, told as a visit of its
                    first.type = "mission"      # own: one of the trips, as the others
                    continue
                events.append(EventDraft(new_id(name), "mission", name, [sent], [], None, False,
                                         sent.section, sent.heading, confidence=0.5,
                                         review=["one of several trips told in one sentence: "
                                                 "check its name, days and who went"]))
    return events


# earlier trips listed by their years: "In 2005, 2007 en 2010 zijn er handelsmissies geweest naar
# X", "trade missions to X in 2009 and 2011" (a plural trip word and a list of two years or more)
_YEAR = r"(?:19|20)\d{2}"
_YEARS = re.compile(r"\b(?P<list>" + _YEAR + r"(?:, " + _YEAR + r")* (?:en|and|&) " + _YEAR + r")\b")
_TRIPS = re.compile(r"\b(?P<word>[\w-]*(?:missies|missions|reizen|trips|werkbezoeken|visits))\b",
                    re.IGNORECASE)
_SINGULAR = (("missies", "missie"), ("missions", "mission"), ("reizen", "reis"), ("trips", "trip"),
             ("bezoeken", "bezoek"), ("visits", "visit"))


def trips_by_year(sentences: list[Sentence], new_id) -> list[EventDraft]:
    """One mission event per year of a sentence that lists the years of plural trips, dated
    with its year; what the sentence says of where they went is in its quote."""
    events = []
    for sent in sentences:
        years, trips = _YEARS.search(sent.text), _TRIPS.search(sent.text)
        if years is None or trips is None:
            continue
        word = trips.group("word")
        one = next(word[:-len(p)] + s for p, s in _SINGULAR if word.lower().endswith(p))
        for year in re.findall(_YEAR, years.group("list")):
            name = f"{one[:1].upper()}{one[1:]} ({year})"
            date = DateFact(year, year, "year", sent, confidence=0.8)
            events.append(EventDraft(new_id(name), "mission", name, [sent], [], date, False,
                                     sent.section, sent.heading, confidence=0.5,
                                     review=["one of several trips listed by their years: check "
                                             "its name, place and who went"]))
    return events
