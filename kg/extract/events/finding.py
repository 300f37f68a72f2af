"""Finding event sentences: the cues of a sentence that tell an event, and the ones that only
tell the mission again or a signing already told."""
from __future__ import annotations

import re

from ..model import EventDraft, Mention, Sentence
from ..words import MONTHS_EN, MONTHS_NL
from .cues import (_AT_PLACE, _CUE_RX, _HABITUAL, _INVITED, _JOINED_TRIP, _NEW_TRAVELLER,
                   _NOUN_CUE, _PROMISED, _REFERENTIAL, _REQUESTED, _SIGNED_ONCE, _SUBJECT_REF,
                   _TRAVEL, _WAS_WITH, _WISHED, EVENT_CUES, TITLED_MISSION)
from .kinds import presence_cue


# a programme that lists its events introduces them, it does not refer back to them: "The
# program includes talks with ...", "Het programma omvat bezoeken aan ..."
# a standing body whose name ends in an event word: "the Chinese People's Political Consultative
# Conference", "the Municipal People's Congress", "de Provinciale Staten", "the Legislative
# Council" (not "the Sister City Mayors Conference", an event)
_BODY_BEFORE = re.compile(r"\b(?:People[’']?s[’']?|Political|Consultative|Legislative|"
                          r"Provinciale|Provincial People[’']?s|Politieke|Consultatieve|Wetgevende)(?:\s+[A-Z][\w’'-]*){0,3}\s+$")
_LISTS_EVENTS = re.compile(r"\b(?:includes?|included|comprises?|comprised|features?|featured|"
                           r"omvat(?:te)?|bevat(?:te)?|bestaat uit|bestond uit)\s+(?:[\w-]+\s+)?$",
                           re.IGNORECASE)


def sentence_cues(s: str, mentions: list[Mention], mission: bool) -> list[tuple]:
    """The cues of s as (start, end, event type or None, what the cue means, its words); in
    the sentence that tells the mission (`mission`) no presence stands for a visit."""
    cues = []
    for m in _CUE_RX.finditer(s):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        cues.append((m.start(), m.end(), EVENT_CUES[i][1], EVENT_CUES[i][2], m.group(0)))
    cues = [c for c in cues if not (c[4][:1].isupper() and _BODY_BEFORE.search(s[:c[0]]))]
    # "travelled to Kurashiki to celebrate the 30th anniversary", "a reciprocal visit to
    # celebrate 20 years": what a trip or visit told before it is for, no event of its own
    cues = [c for c in cues if not (c[3] == "celebrate" and any(
        v[0] < c[0] and (v[2] == "mission" or v[3] in ("visit", "visit-ref", "travel"))
        for v in cues))]
    # "Signed in 1979, the A-B relationship is ...", "Getekend in 1990, is de band ...": how
    # a relationship began, told in passing, no signing of the report's
    cues = [c for c in cues if not (c[2] == "signing" and c[0] == 0 and _SIGNED_ONCE.match(s))]
    # "a visit to JiangYin ... to meet with the partners": a meeting is what the visit is
    # for, one event (the visit)
    cues = [c for c in cues if not (c[3] == "meeting" and re.match(r"to (?:also )?meet", c[4])
                                    and any(v[3] == "visit" and v[1] <= c[0] for v in cues))]
    if not cues and not mission:
        cues = presence_cue(s, mentions)
    at = _AT_PLACE.match(s)
    if at and any(x.kind == "org" and x.start == at.end() for x in mentions):
        # "Bij Mitsubishi Heavy Industries zal de minister spreken over ...": a talk at an
        # organisation is a visit to it
        cues = [(a, b, None, "visit", w) if cue in ("talk", "speak") else (a, b, t, cue, w)
                for a, b, t, cue, w in cues]
    return cues


def the_mission_again(s: str, a: int, b: int, mission_words: str) -> bool:
    """'Prime Minister Mark Rutte travelled to India with ...' after 'This week's trade
    mission to India': a plain trip verb to a place the title or the mission's sentence
    names, by travellers not introduced as new ('zal er ook een ambtelijke delegatie
    afreizen naar Rundu' is another trip)."""
    if not _TRAVEL.fullmatch(s[a:b]) or _NEW_TRAVELLER.search(s[:a]) or \
            re.search(r"\b(?:as well|too|ook|eveneens)\b", s[b:], re.IGNORECASE):
        return False
    to = re.match(r"[^,.;:()]*?(?= with | met | samen | om | to (?!the\b)|[,.;:()]|$)", s[b:])
    places = re.findall(r"\b[A-Z][\w-]+", to.group(0) if to else "")
    return any(re.search(rf"\b{re.escape(p)}\b", mission_words) for p in places)


_MISSION_NOUN = re.compile(r"(?:[\w-]+ ){0,3}(?:missions?|trips?|[\w-]*missies?|reis)", re.IGNORECASE)
_DATED = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:" + "|".join(MONTHS_NL + MONTHS_EN) + r")\b",
                    re.IGNORECASE)
_OTHER_TRIP = re.compile(r"\b(?:another|other|earlier|previous|next|new|first|second|andere|"
                         r"eerdere|vorige|volgende|nieuwe|eerste|tweede)\b", re.IGNORECASE)


_ALSO = re.compile(r"\b(?:ook|also|eveneens|as well|too)\b", re.IGNORECASE)


def named_again_by_noun(s: str, a: int, b: int, mission_words: str) -> bool:
    """'will accompany the Governor on an upcoming trade mission to China' after a title 'China
    Trade Mission': a mission noun to a place the title or the mission's sentence names, in a
    sentence with no date of its own and no word that makes it another trip, is that mission."""
    if not _MISSION_NOUN.fullmatch(s[a:b]) or _DATED.search(s) or \
            _OTHER_TRIP.search(s[max(0, a - 25):b]) or _ALSO.search(s):
        return False
    to = re.match(r"\s*(?:to|naar) ([A-Z][\w-]+)", s[b:])
    return bool(to and re.search(rf"\b{re.escape(to.group(1))}\b", mission_words))


def titled_again(word: str, mission_words: str) -> bool:
    """'The 2012 Mission to China was a success' after 'led the 2012 Council of the Federation
    Mission to China': a mission by its title with the year of the report's own is that one."""
    year = re.match(r"(?:19|20)\d{2}\b", word) or re.search(r"\b(?:19|20)\d{2}$", word)
    return bool(TITLED_MISSION.fullmatch(word) and year and
                re.search(rf"\b{year.group(0)}\b", mission_words))


def first_signing(etype: str | None, s: str, end: int, events: list[EventDraft]) -> bool:
    """'The signing of the Sister City Agreement had been a further step': the subject names
    a signing of a named agreement no event told before, so it tells that signing."""
    return etype == "signing" and not any(e.type == "signing" for e in events) and \
        bool(re.match(r" (?:of|van) (?:the|de|het|this|dit|deze) (?:[A-Z][\w-]* )+"
                      r"(?:Agreement|Overeenkomst|Memorandum|Convenant|Treaty|Verdrag)\b", s[end:]))


# a sentence that gives an idea or an example, no event that took place or is planned:
# "Gedacht wordt aan een ontvangst op het gemeentehuis", "Bijvoorbeeld in de vorm van een
# ontvangst", "For example, a reception at the town hall", "It is proposed that a delegation ..."
_AN_IDEA = re.compile(r"(?:(?:er )?(?:wordt|werd) (?:er )?gedacht aan|gedacht wordt aan|"
                      r"bijvoorbeeld|for example|for instance|voorgesteld wordt|"
                      r"it is proposed (?:that|to))\b", re.IGNORECASE)

# the trip ranked among others, as the subject's complement: "It was the first twinning visit
# to Voerde since 2009", "Het was het eerste bezoek aan Lima sinds de fusie", "This was the
# second visit of the delegation": the mission described again, no event of its own
_RANKED = re.compile(r"^(?:It|This|That|Het|Dit|Dat) (?:was|is|will be|wordt|werd|zal) "
                     r"(?:(?:also|ook|then|daarmee|toen) )?(?:the|het|de|hun|their|its|zijn|haar) "
                     r"(?:very |allereerste )?(?:first|second|third|fourth|last|latest|eerste|"
                     r"tweede|derde|vierde|laatste|\d+(?:st|nd|rd|th|ste|de|e))(?: [\w-]+){0,2} $",
                     re.IGNORECASE)


def live_cues(sent: Sentence, cues: list[tuple], mission: bool, events: list[EventDraft],
              mission_words: str, mission_quotes: list[Sentence]):
    """The cues of a sentence that tell an event of their own (`live`), the events it refers
    back to (`refs`: their types and cues) and the spans of those references (`excluded`). A sentence that tells the mission again joins `mission_quotes`."""
    s = sent.text
    live, refs, excluded = [], [], []
    for a, b, etype, cue, word in cues:
        if _HABITUAL.search(s[:a]) and re.search(r"(?:s|en)$", word):
            continue                        # "underpinned by yearly meetings": a habit
            #                                 ("hosted a regular annual meeting": one)
        takes_place = bool(re.match(r"vind|vond|take|took|will", word, re.IGNORECASE))
        if (_REFERENTIAL.search(s[:a]) and not takes_place) or (
                _SUBJECT_REF.fullmatch(s[:a]) and not _LISTS_EVENTS.search(s[:a]) and _NOUN_CUE.fullmatch(word.lower())
                and not _WAS_WITH.match(s[b:]) and not first_signing(etype, s, b, events)):
            stop = s.find(",", b)
            stop = len(s) if stop < 0 else stop
            nxt = [c[0] for c in cues if c[0] > a]
            stop = min([stop] + nxt)
            excluded.append((a, stop))
            refs.append((etype, "visit" if cue == "visit-ref" else cue))
            continue
        if (cue in ("visit", "visit-ref") or etype == "regional-visit") and (
                _INVITED.search(s[:a]) or _PROMISED.search(s[:a])):
            continue                        # an invitation to visit, a visit promised: none (yet)
        if _REQUESTED.search(s[:a]):
            continue                        # "requested that the two areas sign": asked for
        if _AN_IDEA.match(s):
            continue                        # "Gedacht wordt aan een ontvangst": an idea
        if cue in ("visit", "visit-ref") and _RANKED.match(s[:a]) and not mission:
            if sent not in mission_quotes:  # "It was the first visit to X since": the trip
                mission_quotes.append(sent)
            continue
        if etype == "signing" and _WISHED.search(s[:a]):
            continue                        # "Eyeing to sign", "We can sign": wished for
        if cue == "join" and _JOINED_TRIP.match(s[b:]):
            continue                        # "deelnemen aan de missie": the trip itself
        if etype == "mission" and not mission and (the_mission_again(s, a, b, mission_words) or
                                                   titled_again(word, mission_words) or
                                                   named_again_by_noun(s, a, b, mission_words)):
            if sent not in mission_quotes:
                mission_quotes.append(sent)
            continue
        if cue != "visit-ref" and not (mission and (cue == "visit" or etype == "mission")):
            live.append((a, b, etype, cue, word))
    return live, refs, excluded
