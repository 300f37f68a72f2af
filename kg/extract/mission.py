"""The mission: the sentence that tells the trip (where a report has no purpose section, the
first one that speaks of a mission, visit or delegation, preferably with a date) and its date."""
from __future__ import annotations

import re

from .dates import NUMERIC_RX, dates_in
from .model import DateFact, Sentence

# (English words whole: "VisitBrussels" is an agency's name; a guest who came to a place came
# on a trip: "Op 6 juni kwam X, de voorzitter van Y, naar Brussel", "came to Ottawa")
_MISSION_WORDS = re.compile(r"missie|mission|bezoek|(?-i:\b[Vv]isit(?:s|ed|ing|ors?)?\b)|reis\b|"
                            r"reizen|trip\b|travel|vertrek|delegati|\b(?:kwam|kwamen)\b[^.;]{0,150}? "
                            r"naar (?-i:[A-Z])|\bcame to (?-i:[A-Z])|"
                            # a stay as guests: "is burgemeester X met leden van Y in Halen te
                            # gast", "were guests of the council"
                            r"\bte gast\b|\bguests? of\b|"
                            # a group received at home is the trip told from the hosts' side:
                            # "ontvangt ... een groep inwoners uit de zusterstad X"
                            r"\b(?:ontvangt|ontvangen|ontving|receives?|received|welcomes?|"
                            r"welcomed)\b[^.;]{0,120}?\b(?:groep|group|gasten|guests)\b",
                            re.IGNORECASE)
# diplomats by their office, not a trip: "the Heads of Mission meeting", "de missiehoofden"
_HEADS_OF_MISSION = re.compile(r"\b(?:heads?|chiefs?) of (?:the )?missions?\b|\bmissiehoofd\w*",
                               re.IGNORECASE)


def speaks_of_a_trip(text: str) -> bool:
    """Whether a sentence has a word of a trip (mission, visit, delegation, reis ...)."""
    return bool(_MISSION_WORDS.search(_HEADS_OF_MISSION.sub("", text)))


# a stay told by its first and last day: "arrived in China on 25 September 2011 and departed for
# the UK on 6 October 2011", "kwam op 3 mei aan en vertrok op 7 mei"
_ARRIVED = re.compile(r"\b(?:arrived|arrives|arriving|landed|aangekomen|arriveerde\w*|kwam(?:en)?|"
                      r"aankomst)\b", re.IGNORECASE)
_DEPARTED = re.compile(r"\b(?:departed|departs|left|returned|flew back|vertrok\w*|teruggekeerd|"
                       r"keerde\w* terug|terugreis)\b", re.IGNORECASE)


def stay(sent: Sentence, year: str | None = None) -> DateFact | None:
    """The range from the day of arrival to the day of departure a sentence tells, or None."""
    s = sent.text
    days = [d for d in dates_in(sent, year) if d.precision == "day" and d.when
            and len(d.when) == 10]
    if len(days) < 2:
        return None
    first, last = days[0], days[1]
    a, b = s.find(first.as_stated), s.find(last.as_stated)
    if not (_ARRIVED.search(s, 0, a) and _DEPARTED.search(s, a + len(first.as_stated), b)) \
            or first.when >= last.when:
        return None
    return DateFact(s[a:b + len(last.as_stated)], first.when, "day", sent,
                    confidence=min(first.confidence, last.confidence), note=first.note,
                    until=last.when, ranged=True)


_VISITED = re.compile(r"\b(?:bezocht|bezochten)\b", re.IGNORECASE)
_FULL_SENTENCE = re.compile(r"[.!?][\"”’')]*\s*$")


def mission_sentence(sentences: list[Sentence], title: str) -> Sentence | None:
    """The first sentence of the purpose section, else the first of the text (after the title)
    with a mission word and a range of days, else with a day or month, else the first with a
    mission word."""
    purpose = next((s for s in sentences if s.section == "purpose"), None)
    if purpose is not None:
        return purpose
    body = [s for s in sentences if s.section == "preamble" and s.text != title]
    if not body and sentences:      # the whole text under its first heading (a title read as one)
        body = [s for s in sentences if s.heading == sentences[0].heading]
    telling = [s for s in body if speaks_of_a_trip(s.text) or stay(s)]
    dated = [s for s in telling if any(d.precision in ("month", "day") for d in dates_in(s, None))]
    # a range of days is the trip's own ("Van 22 tot en met 27 oktober jl. bracht ik ... een
    # bezoek"), a single day may be a letter's reference ("mijn brief d.d. 16 oktober"); a
    # Dutch past visit verb with a range of days tells it too ("De minister bezocht van 13 t/m
    # 14 september 2017 Nederland")
    ranged = [s for s in body if (s in dated or _VISITED.search(s.text)) and (any(
        d.ranged and d.precision == "day" for d in dates_in(s, None)) or stay(s))]
    # in each of these, a sentence before a line without a full stop: a headline or a page's
    # heading ("Mayor visits Japan, South Korea", "Chapter 1 Overview of visit", "Mayoral
    # Visits") sums the trip up, the body's sentence tells it
    first = next((tier for tier in (ranged, dated, telling) if tier), [None])
    return sorted(first, key=lambda s: s is not None and not _FULL_SENTENCE.search(s.text))[0]


def context_year(title: str, told: Sentence | None) -> str | None:
    """The year the title or the mission's own sentence states, for days stated without one
    ('van 12 t/m 15 april'); None when neither states one: other years of the text (a trade
    figure 'in 2009') say nothing about when the mission was."""
    for text in (told.text if told is not None else "", title):
        m = re.search(r"(?<![\d/.,])((?:19|20)\d{2})(?![\d/.,]\d)", text)
        if m:
            return m.group(1)
        m = NUMERIC_RX.search(text)             # a dateline's day in figures ("11/27/2019")
        if m:
            return m.group("y")
    return None


def mission_date(sentences: list[Sentence], told: Sentence | None,
                 year: str | None = None) -> DateFact | None:
    """The first range of days, else the first day or month, in the mission's sentence, else in
    the title (not in other sentences: those tell other things); a day without a year takes
    `year` (context_year)."""
    title = sentences[:1] if sentences and sentences[0].section == "preamble" else []
    order = ([told] if told is not None else []) + [s for s in title if s is not told]
    for sent in order:
        if stay(sent, year):
            return stay(sent, year)
        found = dates_in(sent, year)
        # a range of days is the trip's, a single day before it may be a decision's ("Het college
        # heeft op 12 maart besloten deel te nemen aan de missie van 3 tot en met 7 juni")
        for d in [d for d in found if d.ranged and d.when] + found:
            if d.precision in ("month", "day"):
                return d
    # else the range of days on the line under the title, else words ("This week's trade
    # mission") or a year of the mission's own sentence
    return dateline(sentences, year) or (
        next(iter(dates_in(told, year)), None) if told is not None else None)


def dateline(sentences: list[Sentence], year: str | None = None) -> DateFact | None:
    """The range of days a short line right under the title opens with ('September 10-20,
    2012 – Beijing, Shanghai, Hong Kong'): the trip's days; None for anything else (a single
    day there is a release's date, not the trip's)."""
    if len(sentences) < 2 or sentences[0].section != "preamble" or \
            len(sentences[1].text.split()) > 12:
        return None
    found = dates_in(sentences[1], year)
    first = found[0] if found else None
    if first is None or not (first.ranged and first.precision == "day") or \
            not sentences[1].text.lower().startswith(first.as_stated.lower()):
        return None
    return first


def day_heading(sent: Sentence, dates: list[DateFact]) -> DateFact | None:
    """The day a sentence is the heading of ('Maandag 18 januari 14.00 uur', 'Tuesday 4 June'):
    a short line that begins with a day, or None."""
    if len(sent.text.split()) > 8 or not dates or sent.text.rstrip()[-1:] in ".!?":
        return None                             # (a short sentence is no heading)
    first = dates[0]
    if first.precision != "day" or not sent.text.lower().startswith(first.as_stated.lower()):
        return None
    # a day in figures opening a line is a release's dateline ("11/27/2019 | 05:23pm EST"),
    # not a programme's day (those are written in words)
    return None if NUMERIC_RX.fullmatch(first.as_stated) else first


# a day of the trip by its order ("On the first day of the exchange, ...", "Op de tweede dag"):
# the paragraph it opens is that day's, though no calendar day is told
_ORDINAL_DAY = re.compile(r"(?:during|on|op) (?:my|our|the|his|her|their|mijn|onze|de|zijn|haar) "
                          r"(?:first|second|third|last|final|eerste|tweede|derde|laatste) "
                          r"(?:day|dag)", re.IGNORECASE)


def opening_day(sent: Sentence, dates: list[DateFact]) -> DateFact | None:
    """The day a sentence opens with ('Woensdag 1 november wordt ...', 'Op donderdag 2 november
    is ...', 'On Monday 3 June ...', 'On the first day of the exchange, ...'), or None."""
    if not dates or not (dates[0].precision == "day" or dates[0].precision == "vague"
                         and _ORDINAL_DAY.fullmatch(dates[0].as_stated)):
        return None
    # (a paragraph in a quotation opens with its mark: '"Op zaterdag 6 augustus bezoeken we')
    text = re.sub(r"^[\"“”„‘’'\s]+", "", sent.text)
    opening = re.sub(r"^(?:Op|On|Vanaf|From)\s+", "", text)
    return dates[0] if opening.lower().startswith(dates[0].as_stated.lower()) or \
        text.lower().startswith(dates[0].as_stated.lower()) else None
