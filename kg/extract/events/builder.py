"""EventBuilder: the events a report tells, sentence by sentence, each with its name, date and
participants (the steps live in the sibling modules: finding, kinds, naming, participants)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import DateFact, EventDraft, Participant, Sentence
from ..words import COUNTRIES
from ..writer import writer_participant
from .cues import (_AND_WITH, _AT_EVENT, _BARE_SIGNED, _BODY, _CLAUSE_END, _CLAUSE_JOIN, _DEFINITE,
                   _EVENT_LIST, _FIRST_TIME, _JOIN_LAST, _JOIN_LIST, _NAMED_BY_CLAUSE,
                   _NAMED_BY_NOUN, _PASSIVE, _PLANNED, _PURPOSE_BEFORE, _ROUTE, _SAME_TIME,
                   _SAME_TIME_WITHIN, _SAYS_WHAT_IT_WAS, _SITE, _SPECIFIC, _STAGE, _VERB_CUE,
                   MEETING_TYPES, TIME_SLOT, TITLED_MISSION, TYPE_WORDS, _BARE_VERB, _CALLS_ON,
                   _LISTED_TALK, _LIST_TAIL, _programme_list)
from .finding import _ALSO, live_cues, sentence_cues
from .kinds import drop_counted_summaries, event_type, listed_organisations, primary_cue
from .naming import (HOSTED_NOUN, celebrated_words, clause_words, hosted_words, joined_words, met_words,
                     mission_title, modified_noun, noun_words, opened_words, proper_name,
                     session_name, signed_words, slug, visited_words, bare_kind_words)
from .participants import participants
from .verb_lists import verb_final_items


# the visit of the delegation, by a definite article: the trip the report is about
_THE_DELEGATIONS_VISIT = re.compile(
    r"\b(?:the (?:recent |latest )?visit (?:of|by) the (?:[\w-]+ ){0,2}?delegation|"
    r"het (?:recente |laatste )?bezoek van de (?:[\w-]+ ){0,2}?delegatie)\b", re.IGNORECASE)


class EventBuilder:
    def __init__(self, draft_sentences, mentions_by_sentence, dates_by_sentence, gaz, report,
                 lead, delegation_id, lang):
        self.sentences = draft_sentences
        self.mentions = mentions_by_sentence
        self.dates = dates_by_sentence
        self.gaz = gaz
        self.report = report
        self.lead = lead                        # iri of the delegation lead or None
        self.delegation_id = delegation_id
        self.lang = lang
        self.events: list[EventDraft] = []
        self.ids: set[str] = set()
        self.mission_when: str | None = None
        self.mission_words = ""                 # the title and the sentence telling the mission
        self.mission_quotes: list[Sentence] = []    # other sentences that tell the mission
        self.current_day: DateFact | None = None     # the day heading the items are under
        # the day a paragraph opens with ("Woensdag 1 november wordt ..."): its other sentences'
        self.paragraph_day: DateFact | None = None
        self.last_date: DateFact | None = None       # the last date the text told
        self.prefix_end: int | None = None
        self.planned = False                    # the clause told now is in the future tense
        self.writer = None                      # the byline's person, who writes as "I"

    def _ours(self, p: Participant) -> bool:
        """The delegation, its lead or the writer ('I'): who goes, not whom an event is with."""
        return p.ref == self.delegation_id or (p.iri is not None and p.iri == self.lead) or \
            (self.writer is not None and p.key == writer_participant(self.writer).key)

    def new_id(self, base: str) -> str:
        """A new event id; kg add scopes an id to the report ('mission' is '<report>-mission'),
        so an id is new only when its scoped form is."""
        base = slug(base)
        out, n = base, 2
        while self._scoped(out) in {self._scoped(i) for i in self.ids}:
            out, n = f"{base}-{n}", n + 1
        self.ids.add(out)
        return out

    def _scoped(self, local: str) -> str:
        return local if local.startswith(self.report + "-") else f"{self.report}-{local}"

    def within_mission(self, date: DateFact | None) -> bool:
        if date is None or not date.when or not self.mission_when:
            return True
        n = min(len(date.when), len(self.mission_when))
        return date.when[:n] == self.mission_when[:n]

    def add_event(self, sent, etype, cue_text, parts, date, definite, name=None,
                  merge: bool = True, of_the_trip: bool = False) -> None:
        """A new event, or the sentence added to the one it tells again (same type and a
        participant in common, or a definite 'de/the'; not when `merge` is False)."""
        # a body's decision told without a day of its own after its meeting was told
        # ("Meeting: 13/12/2005 - Cabinet ... 312/2005 The Cabinet agreed that ..."; "De raad
        # vergaderde op 3 mei. De raad besloot ..."): that meeting's, no session of its own
        if etype == "council-session" and not (date is not None and date.sentence is sent):
            body = _BODY.search(sent.text)
            met = next((e for e in reversed(self.events) if e.type == "council-session" or (
                e.type in MEETING_TYPES and body is not None and re.search(
                    rf"\b{re.escape(body.group(0))}\b", e.quotes[0].text, re.IGNORECASE))), None)
            if met is not None:
                if sent not in met.quotes:
                    met.quotes.append(sent)
                return
        others = {p.key for p in parts if not self._ours(p)}
        for e in reversed(self.events if merge else []):
            if e.heading != sent.heading or e.section != sent.section or etype == "mission":
                continue                        # (each trip is one of its own)
            same_type = e.type == etype or {e.type, etype} <= {"seminar", "networking-event"}
            # two places visited by the same visitor, each sentence with its day, are two visits
            # ("Op 13 april bezoekt de minister Philips. Op 13 april bezoekt de minister ook
            # ASML."), whoever they share
            if same_type and "visit" in etype and name and e.name != name and not definite \
                    and date is not None and date.sentence is sent and not date.ranged \
                    and _own_date(e):
                continue
            shared = others & {p.key for p in e.participants}
            # there is one first time: "Het comité vergaderde voor het eerst. ... kwam het comité
            # voor het eerst bij elkaar" tell one meeting
            shared = shared or (_FIRST_TIME.search(sent.text) and any(
                _FIRST_TIME.search(q.text) for q in e.quotes))
            # a headline's "Provinces sign agreement" says no which: the signing the next
            # sentence tells
            unspecific = e.type == "signing" and _BARE_SIGNED.fullmatch(e.name) and \
                self._just_before(e.quotes[-1], sent)
            shared = shared or (etype == "signing" and unspecific)
            conflict = date is not None and (not self.within_mission(date) or (
                e.date is not None and date.when != e.date.when))
            # "... for the signing of a MoU between A and B. ... will sign the MoU on 25
            # March": one signing per agreement, the later mention adding its day
            again = etype == "signing" and e.type == "signing" and _same_agreement(e.name, name)
            if again and conflict and self.within_mission(date):
                conflict = _own_date(e) and date.sentence is sent
                if not conflict and date.sentence is sent:
                    e.date = date
            # one event told twice, as a lead and then in the body: the same day stated in each
            # sentence, other parties named in one at most ("Op 24 augustus is er een ontvangst.
            # ... Er is op 24 augustus een ontvangst in het gemeentehuis."); not signings, which
            # are one per agreement (two MoUs are often signed at one ceremony)
            # (not "Op 13 april bezoekt de minister ook ASML" after a visit to Philips that day:
            # "ook"/"also", or another place visited, is another event)
            retold = etype != "signing" and not conflict and _same_day_told(e, date, sent) and \
                not (others and any(not self._ours(p) for p in e.participants)) and \
                not _ALSO.search(sent.text) and not ("visit" in etype and name and e.name != name)
            if same_type and not conflict and (shared or definite or again or retold):
                if sent not in e.quotes:
                    e.quotes.append(sent)
                known = {p.key for p in e.participants}
                e.participants += [p for p in parts if p.key not in known]
                if e.date is None and date is not None:
                    e.date = date
                if unspecific and name:
                    e.name = name
                return
        # else: an event the report mentions (`of_the_trip`: the trip's own, no day told)
        in_programme = self.within_mission(date) or (date is None and of_the_trip)
        # (whom the event is with, not its subject: "Minister meets Jia" is a meeting with Jia)
        subject = sent.text[:self.prefix_end or 0]
        # (nor whoever pays a visit: "Taoiseach Enda Kenny visited a project" is no visit to him)
        counterparts = [p for p in parts if not (p.label and p.label in subject)] \
            if etype in MEETING_TYPES else \
            [p for p in parts if not (p.label and p.label in subject)
             or p.role == "visited-organisation"] if "visit" in etype else parts
        main = [p for p in counterparts if p.role in ("visited-organisation", "host", "exhibitor")] or \
            [p for p in counterparts if not self._ours(p)]
        who = main[0].label if main else ""
        if name is None:
            word = TYPE_WORDS.get(etype, etype)
            prep = " with " if etype in MEETING_TYPES else " to " if "visit" in etype else " "
            name = f"{word}{prep}{who}".strip() if who else word
            if name == word and etype not in ("mission", "signing"):
                name = bare_kind_words(sent.text, word)     # ("Talk": about what, or where)
            if etype == "pavilion-tour":
                name = "Pavilion tour"
            if etype == "council-session":
                name = session_name(sent.text, self.lang)
        ev = EventDraft(self.new_id(f"{self.report}-{name}" if not in_programme else name),
                        etype, name, [sent], parts, date, in_programme, sent.section,
                        sent.heading, confidence=0.6, status="planned" if self.planned else None)
        if not any((p.iri and p.iri == self.lead) or p.ref == self.delegation_id for p in parts):
            ev.review.append("no participant of the delegation named in this sentence; add who "
                             "took part")
        if not in_programme:
            ev.review.append("dated outside the mission: listed under events:, not programme:")
        ev.review.append("type and roles are guesses from the wording; check")
        self.events.append(ev)

    def from_sentence(self, sent: Sentence, mission: bool = False) -> None:
        """The events a sentence tells. In the sentence that tells the mission (`mission`), a
        visit is the mission itself ('brengt een bezoek aan Japan'), not an event of its own."""
        s = sent.text
        listed = _programme_list(s)
        if listed:
            for name, etype in listed:
                self.add_event(sent, etype, name, [], None, False, name[:1].upper() + name[1:],
                               merge=False, of_the_trip=True)
            return
        if not mission and self._verb_final_list(sent):
            return
        if not mission and self._an_aim_listed(sent):
            return
        if _SAYS_WHAT_IT_WAS.match(s) and self.events and self.events[-1].quotes[-1] is \
                self._previous(sent):
            # "Dit betrof een eerste kennismaking.": what the event just told was, no new one
            self.events[-1].quotes.append(sent)
            return
        at = _AT_EVENT.match(s)
        if at and not _VERB_CUE.search(s):
            told = [e for e in self.events if re.search(rf"\b{re.escape(at.group(1))}\b", e.name,
                                                         re.IGNORECASE)]
            if told:                            # "Op de Expo, ... presenteert Nederland zich
                if sent not in told[-1].quotes:     # met een paviljoen": about the Expo visit
                    told[-1].quotes.append(sent)
                return
        if not mission and not self.dates.get(id(sent)) and _THE_DELEGATIONS_VISIT.search(s) \
                and sent not in self.mission_quotes:
            # "The Mayor commented on the recent visit of the delegation from Dalian": the
            # report's trip told again (no date: another visit would be told with its own)
            self.mission_quotes.append(sent)
        cues = sentence_cues(s, self.mentions[id(sent)], mission)
        self.planned = False
        if not cues:
            return
        live, refs, excluded = live_cues(sent, cues, mission, self.events,
                                           self.mission_words, self.mission_quotes)
        live = [c for c in live if not any(ea <= c[0] < eb for ea, eb in excluded)]
        if not live:
            return
        for x in self.mentions[id(sent)]:
            x.shared = x.start < live[0][0]
        self.prefix_end = live[0][0]
        # ("developing arrangements since 2008": when a state began, no event's date)
        dates = [d for d in self.dates.get(id(sent), [])
                 if not re.match(r"(?:since|sinds)\b", d.as_stated, re.IGNORECASE)]
        meeting_cues = [c for c in live if c[3] == "meeting"]
        # a list of highlights ("the company visits to A and B, a network reception at ..., the
        # talks with ...") tells one event per cue; so do two meetings in one sentence
        # (or clauses of their own: "de viering van ...; ook met de bestuurders ... werd overleg
        # gevoerd")
        # (a stage of the trip, "travel to Osaka (4-6 June) to meet X and ...", is one event
        # and what it was for are others)
        staged = live[0][2] == "regional-visit" and _STAGE.fullmatch(live[0][4])
        enumerated = len(live) >= 2 and all(
            _EVENT_LIST.search(s[c1[1]:c2[0]]) or ";" in s[c1[1]:c2[0]]
            or _CLAUSE_JOIN.search(s[c1[1]:c2[0]]) or (staged and c1 is live[0])
            for c1, c2 in zip(live, live[1:]))
        listed = live if (len(live) >= 3 and s.count(",") >= 2) or enumerated else meeting_cues
        if len(listed) >= 2:
            groups = []
            # a clause after ";" is its event's own, with what it names before the verb
            cuts = [s.rfind(";", listed[i - 1][1], c[0]) if i else -1 for i, c in enumerate(listed)]
            for i, c in enumerate(listed):
                end = (cuts[i + 1] if cuts[i + 1] >= 0 else listed[i + 1][0]) \
                    if i + 1 < len(listed) else len(s)
                groups.append((c, cuts[i] + 1 if cuts[i] >= 0 else c[0], end))
        else:
            c = primary_cue(live, s)
            groups = [(c, live[0][0], len(s))]
        for c, a, b in groups:
            a_cue, b_cue, etype, cue, word = c
            # the clause of the cue, up to its verb, in the future tense: a planned event
            since = max(s.rfind(";", 0, a_cue), s.rfind(",", 0, a_cue), s.rfind(". ", 0, a_cue))
            # (a bare verb listed after one in the future is planned too: "will visit A, open
            # B and address C")
            self.planned = bool(_PLANNED.search(s, since + 1, b_cue)) or (
                self.planned and len(groups) > 1 and bool(_BARE_VERB.fullmatch(word)))
            clause_end = b
            m = _CLAUSE_END.search(s, a_cue, b)
            if m is not None and (cue != "meeting" or not m.group(0).startswith(",")):
                clause_end = m.start()
            parts = participants(self, sent, a, clause_end, etype or "company-visit", cue, excluded)
            etype = self._type(etype, cue, s, parts, a, b)
            others = [p for p in parts if not self._ours(p)]
            new_one = re.search(r"\b(?:een|a|an)(?: \w+)?\s+$", s[max(0, a_cue - 20):a_cue])
            # "visited the cities of Mumbai, New Delhi and Bangalore": the mission's route
            if cue == "visit" and _ROUTE.match(s[b_cue:]):
                if sent not in self.mission_quotes:
                    self.mission_quotes.append(sent)
                continue
            # (a passive tells what was visited before the verb: "werden investeerders bezocht")
            told_of = s if _PASSIVE.search(s[:a_cue]) else s[a:b]
            # (the bare verb of a programme, "will visit ...", "before visiting ...", is new)
            if cue in ("visit", "talk") and not others and not _SPECIFIC.search(told_of) \
                    and not new_one and not (cue == "visit" and _SITE.match(s[b_cue:])) \
                    and not _BARE_VERB.fullmatch(word) and not TIME_SLOT.match(s) \
                    and not self._visited_a_name(sent, word, b_cue):
                #                                 ("een ronde tafelgesprek": a new event)
                # "Tijdens de lunch is gesproken over ...": a sentence about an earlier item
                earlier = [e for e in self.events if e.heading == sent.heading and e.in_programme]
                typed = [e for e in earlier if any(e.type == t for t, _ in refs if t)] or \
                    [e for e in earlier if any(c == "visit" for _, c in refs)
                     and e.type in ("regional-visit", "fair-visit")]
                target = (typed or earlier or [None])[-1]
                if target is not None and sent not in target.quotes:
                    target.quotes.append(sent)
                continue
            # the most precise date of the clause ("Op 18 juni ... Expo 2012": the day)
            in_clause = sorted((d for d in dates if a <= s.find(d.as_stated) < clause_end),
                               key=lambda d: d.precision != "day")
            # (a label's date after its colon: "Meeting: 13/12/2005", "Meeting Date: 10/27/2021")
            date = next(iter(in_clause), None) or next(
                (d for d in dates if s.find(d.as_stated) >= b_cue
                 and _LABEL_DATE.fullmatch(s[b_cue:s.find(d.as_stated)])), None) or \
                next((d for d in dates if s.find(d.as_stated) < self.prefix_end), None) or \
                ((self.same_time(sent) or self.paragraph_day) if self.paragraph_day else
                 self.current_day or self.same_time(sent))
            # "On 29 April, the Council approved the proposal to travel on 28 May": the
            # decision's day is the one before it, the later one is the trip's
            if etype == "council-session" and (first := next(
                    (d for d in dates if s.find(d.as_stated) < self.prefix_end), None)):
                date = first
            if staged and not in_clause:        # what the stage was for: the stage's days
                date = next((d for d in dates if s.find(d.as_stated) < live[1][0]), date)
            if mission and _PURPOSE_BEFORE.search(s[:a_cue]):
                date = None                     # "Voor de prijsuitreiking reist een delegatie
                #                                 van 25 tot 27 september": the trip's days
            definite = bool(_DEFINITE.search(s[:a_cue])) or bool(
                re.match(r"(?:dit|deze|this|that)\s", s, re.IGNORECASE))
            # (an item of a list is named by its own words: "visit the port and ...")
            item = _LIST_TAIL.sub("", s[:b]) if len(groups) > 1 else s
            # (a site a programme's verb visits: "visiting the site of the World Expo")
            # ("official calls on the Governor": the calls and on whom, not "Meeting")
            calls = _CALLS_ON.search(s, a_cue, b_cue)
            name = (visited_words(item, b_cue, word, parts)
                    if cue == "visit" and _BARE_VERB.fullmatch(word) else None) or \
                (clause_words(item, calls.start()) if calls else None) or \
                (mission_title(s, a_cue) if etype == "mission" and TITLED_MISSION.match(
                    s, a_cue) else None) or \
                (signed_words(s, a_cue, b_cue) if etype == "signing" else None) or \
                (celebrated_words(s, b_cue, self.lang) if cue == "celebrate" else None) or \
                proper_name(s, *((a, b) if len(groups) > 1 else (0, len(s)))) or \
                visited_words(item, b_cue, word, parts) or \
                (joined_words(s[:b], b_cue) if cue == "join" else None) or \
                (joined_words(s[:b], b_cue, "Speech at") if cue == "speak" else None) or \
                (joined_words(item, b_cue, "Address to") if cue == "address" else None) or \
                (opened_words(item, a_cue, b_cue, self.lang) if cue == "open" else None) or \
                (noun_words(s, a_cue, b_cue) if _NAMED_BY_NOUN.fullmatch(word) else None) or \
                (modified_noun(s, a_cue, b_cue) if etype == "networking-event" else None) or \
                (clause_words(s, a_cue) if _NAMED_BY_CLAUSE.fullmatch(word) else None) or \
                (met_words(s[:b], b_cue, self.lang) if cue == "meeting" and not any(
                    p.label and p.label in s[b_cue:b] for p in parts) else None) or \
                (hosted_words(item, a_cue, b_cue) if HOSTED_NOUN.fullmatch(word) or (
                    len(groups) > 1 and _LISTED_TALK.fullmatch(word)) else None)
            # a mission by its title is of the title's year ("the 2008 Mission to China"), not
            # of the day the programme is at
            year = re.search(r"\b(?:19|20)\d{2}\b", name or "") if etype == "mission" else None
            if year and not in_clause:
                date = DateFact(year.group(0), year.group(0), "year", sent, confidence=0.8)
            if staged and c is live[0]:         # "Visit to Tianjin and Beijing"
                name = "Visit to " + s[b_cue:s.find(" (", b_cue)].strip()
            # "bezoeken aan Canon, Panasonic en Mitsubishi", "the governmental talks with the
            # Government of Hebei and Shanghai Pudong": one event with each
            plural = re.fullmatch(r"\w*gesprekken|talks|meetings|ontmoetingen|besprekingen|"
                                  r"discussions", word, re.IGNORECASE)
            listed = listed_organisations(s, parts, a, clause_end) \
                if cue == "visit" or plural else []
            if listed and re.search(r"\b(?:in|te|at|throughout)\b", s[b_cue:s.find(listed[0].label,
                                                                                   b_cue)]):
                listed = []                     # "bezoeken afleggen in Groningen en Drenthe": where

            if len(listed) >= 2:
                rest = [p for p in parts if p not in listed and p.role not in
                        ("visited-organisation", "organisation-representative")]
                for org in listed:
                    one = replace(org, role="visited-organisation") if cue == "visit" else org
                    kind = self._type(None, cue, s, [one], a, clause_end) if cue == "visit" \
                        else etype
                    self.add_event(sent, kind, word, rest + [one], date, False, None)
                continue
            # "They also visited Janssen Pharmaceutica, Umicore (Hoboken) and Thomas More
            # (Turnhout)": names listed after a visit verb, each with its town in brackets or
            # none, are one visit each (not places: "visited Beijing, Shanghai and Hong Kong")
            names = _visited_names(s[b_cue:clause_end]) if cue == "visit" and \
                _VISIT_VERB.fullmatch(word) else []
            if len(names) >= 2 and not any(n in COUNTRIES or any(
                    x.kind == "place" and x.text == n for x in self.mentions[id(sent)])
                    for n in names):
                for n in names:
                    one = [p for p in parts if p.label == n]
                    self.add_event(sent, etype, word, one, date, False, f"Visit to {n}",
                                   merge=False)
                continue
            # "neemt deel aan het X Forum, het Y Forum en een bijeenkomst van Z": one each
            joined_to = s[b_cue:clause_end].split(";")[0].strip().rstrip(".")   # its clause
            joined = _JOIN_LIST.split(joined_to) if cue == "join" and _JOIN_LAST.search(
                joined_to) else []              # (", the exhibition of ...": no list)
            if len(joined) >= 2:
                for part in joined:
                    self.add_event(sent, etype, word, parts, date, False,
                                   joined_words(" " + part, 0), merge=False)
                continue
            # "gesprekken voeren met minister A van X en met minister B van Y": a talk with each
            cuts = [m.start() for m in _AND_WITH.finditer(s, b_cue, clause_end)] if plural else []
            if cuts:
                bounds = [b_cue] + cuts + [clause_end]
                for x, y in zip(bounds, bounds[1:]):
                    talked = participants(self, sent, x, y, etype, cue, excluded)
                    partner = next((p.label for p in talked if s.find(p.label, x, y) >= 0), None)
                    self.add_event(sent, etype, word, talked, date, False,
                                   f"{TYPE_WORDS.get(etype, 'Talk')} with {partner}"
                                   if partner else None, merge=False)
                continue
            # ("meetings with ...", not "the meetings": other meetings than one told before)
            self.add_event(sent, etype, word, parts, date, definite, name,
                           merge=definite or not plural)

    def _verb_final_list(self, sent: Sentence) -> bool:
        """'Tijdens het bezoek zal minister Jansen Philips bezoeken, een fabriek openen en de
        Kamer toespreken': one planned event per item, of the sentence's day; False when the
        sentence tells no such list."""
        people = [(x.start, x.end) for x in self.mentions[id(sent)] if x.kind in ("person", "role")]
        items = verb_final_items(sent.text, people)
        if not items:
            return False
        self.planned = True
        date = next(iter(self.dates.get(id(sent), [])), None) or self.paragraph_day or \
            self.current_day
        for a, b, etype, name in items:
            cue = "visit" if "visit" in etype else "object"
            self.add_event(sent, etype, name, participants(self, sent, a, b, etype, cue, []),
                           date, False, name, merge=False)
        self.planned = False                    # (the next sentence's tense is its own)
        return True

    def _visited_a_name(self, sent: Sentence, word: str, end: int) -> bool:
        """'The delegation visited VITO in Mol': a visit verb with a name right after it, not a
        place's ('visited Beijing'), is a new visit, not the one told before."""
        m = re.match(r" (?:(?:zij|ze|hij|wij|we) )?(?:(?:ook|also|daarna|vervolgens) )?"
                     r"(?:the |de |het )?(?P<name>(?-i:[A-Z])[\w-]*)", sent.text[end:])
        return bool(m) and bool(re.fullmatch(r"visited|visits|bezocht|bezochten", word,
                                             re.IGNORECASE)) \
            and m.group("name") not in COUNTRIES \
            and not any(x.kind == "place" and x.start == end + m.start("name")
                        for x in self.mentions[id(sent)])

    def _an_aim_listed(self, sent: Sentence) -> bool:
        """An item of a list of tasks or aims ("De delegatie had een aantal opdrachten: ...
        ondertekening van de afsprakennota", "The mission's objectives: - signing of ..."):
        what the trip was to do, no event it tells (items start in lower case)."""
        at = sent
        while at is not None and at.text[:1].islower():
            at = self._previous(at)
            if at is not None and at.text.rstrip().endswith(":"):
                return bool(_AIMS.search(at.text))
        return False

    def _previous(self, sent: Sentence) -> Sentence | None:
        i = next((i for i, x in enumerate(self.sentences) if x is sent), 0)
        return self.sentences[i - 1] if i else None

    def same_time(self, sent: Sentence) -> DateFact | None:
        """For a sentence that says it is the same time ('At the same time', 'At that time',
        "'s Avonds", 'During the visit'): its own words, with the value of the date the text
        told last ("'s Avonds" after "op 18 juni": --06-18) and a note saying so."""
        m = _SAME_TIME.match(sent.text) or _SAME_TIME_WITHIN.search(sent.text)
        last = self.last_date
        if m is None and last is not None and last.precision == "day" and not last.ranged:
            m = _CLOCK.match(sent.text)         # "Om 14.30 uur" after "vrijdag 27 februari"
        if m is None or last is None:
            return None
        return replace(last, as_stated=m.group(0), sentence=sent, ranged=False, confidence=min(last.confidence, 0.5),
                       note=f"the date told before ({last.as_stated!r})")

    def _just_before(self, first: Sentence, then: Sentence) -> bool:
        at = next((i for i, x in enumerate(self.sentences) if x is first), None)
        return at is not None and at + 1 < len(self.sentences) and self.sentences[at + 1] is then

    def drop_counted_summaries(self) -> None:
        drop_counted_summaries(self.events)

    def _type(self, etype, cue, s, parts, a, b) -> str:
        return event_type(etype, cue, s, parts, a, b, self.gaz.known)


# a sentence that opens with a time of day goes on with the day told last: "Zij arriveren op
# vrijdag 27 februari omstreeks 13.00 uur. Om 14.30 uur worden zij ontvangen", "At 2.30 pm
# the delegation met ..." (a single day, not a range or a month)
_CLOCK = re.compile(r"(?:Om|Vanaf|Rond|Omstreeks|At|From|Around) (?:\d{1,2}[.:]\d{2}(?: ?(?:uur|u\b|h\b|"
                    r"hrs\b|[ap]\.?m\.?))?|\d{1,2} ?(?:uur|[ap]\.?m\.?))", re.IGNORECASE)


_VISIT_VERB = re.compile(r"visited|visits|bezocht|bezochten", re.IGNORECASE)
_NAME_WORDS = (r"(?-i:[A-Z])[\w&.'’-]*(?: (?:(?-i:[A-Z])[\w&.'’-]*|of|van|der|de|for|voor|&))*"
               r"(?<! of)(?<! van)(?<! der)(?<! de)(?<! for)(?<! voor)(?<! &)")


def _visited_names(obj: str) -> list[str]:
    """'Janssen Pharmaceutica, Umicore (Hoboken) and Thomas More (Turnhout)': the names a visit
    verb lists (each may have its town in brackets), or [] unless the object is such a list."""
    obj = re.sub(r"\s*\([^()]*\)", "", obj).strip().rstrip(".").strip()
    obj = re.sub(r"^(?:(?:also|ook|then|daarna|vervolgens|zij|ze|hij|they|we|wij) )+", "", obj)
    items = re.split(r",\s+(?:(?:and|en)\s+)?|\s+(?:and|en)\s+", obj)
    if len(items) < 2 or not all(re.fullmatch(_NAME_WORDS, x) for x in items):
        return []
    return items


_LABEL_DATE = re.compile(r"\s*(?:date|datum)?\s*[:–-]\s*", re.IGNORECASE)
_AIMS = re.compile(r"\b(?:opdrachten|taken|doelen|doelstellingen|objectives|aims|goals|tasks)\b",
                   re.IGNORECASE)
_SIGNED_WHAT = re.compile(r"Signing of (?P<article>a|an|the|een|de|het) (?P<what>.+)", re.IGNORECASE)


def _same_agreement(earlier: str, later: str | None) -> bool:
    """'Signing of the Memorandum of Understanding' after 'Signing of a Memorandum of
    Understanding': the same agreement named again (a definite article, the same words)."""
    a, b = _SIGNED_WHAT.fullmatch(earlier), _SIGNED_WHAT.fullmatch(later or "")
    return bool(a and b and b.group("article").lower() in ("the", "de", "het")
                and a.group("what").lower() == b.group("what").lower())


def _own_date(e: EventDraft) -> bool:
    """The event's date is stated in one of its own sentences (not the day it was told under)."""
    return e.date is not None and any(e.date.sentence is q for q in e.quotes)


def _same_day_told(earlier: EventDraft, date: DateFact | None, sent: Sentence) -> bool:
    """Whether both sentences state the same day themselves (not a day heading above them)."""
    return (date is not None and date.sentence is sent and date.precision == "day"
            and earlier.date is not None and earlier.date.sentence in earlier.quotes
            and earlier.date.when == date.when)
