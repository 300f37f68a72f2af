"""What a draft holds: sentences, mentions, unknown names, dates, amounts, events, follow-ups."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..ingest import kind_of, local_name
from ..query import fold


@dataclass
class Sentence:
    text: str               # exactly as in the normalised text
    start: int
    end: int
    section: str            # preamble, purpose, programme, results, follow-up, costs
    heading: str = ""       # the nearest heading (sub-heading within the programme)
    category: str | None = None   # cost category / participation kind from an inline heading


@dataclass
class Mention:
    """A name found in a sentence. `iri` is set only for an exact (or unique-surname) match of
    something known; `candidates` lists what else it could be."""

    text: str
    kind: str               # person, org, post, place, role, unknown
    sentence: Sentence
    start: int              # offset within the sentence
    end: int
    iri: str | None = None
    candidates: list[str] = field(default_factory=list)
    role: str | None = None          # post-role notation (gedeputeerde, governor, ...) if any
    role_word: str | None = None     # the role word as written ("vicegouverneur", "minister")
    post: str | None = None          # the known post the person was reached through
    confidence: float = 0.9
    review: str | None = None
    shared: bool = False    # before the first event cue of its sentence (the subject)
    unnamed: bool = False   # an office holder the text does not name ('the Dutch Ambassador')
    title: str | None = None     # the title told before the person's name ('the Minister for
    #                              Trade, Anna Ruiz': 'Minister for Trade')
    same_as: str | None = None   # a bare role word read as the one person the text names with
    #                              it ('de minister-president' after 'Minister-president Rutte'),
    #                              or a royal's name with the title ('Prinses Astrid')


# (or its apostrophe alone after an s: "Wales’ First Minister")
POSSESSIVE = re.compile(r"(?<=\w)['’]s$|(?<=\ws)['’]$")


@dataclass
class Unknown:
    name: str
    kind: str               # person, organisation, event, agreement, name
    sentence: Sentence
    role_word: str | None = None
    review: str = ""
    unnamed: bool = False   # an office holder the text does not name: a placeholder
    aliases: list[str] = field(default_factory=list)    # shorter names of the same one
    candidates: list[str] = field(default_factory=list)  # known ones it may be (not resolved)

    def __post_init__(self):
        # a possessive is no part of the name: "President Trump's tariffs" names Trump
        self.name = POSSESSIVE.sub("", self.name)


@dataclass
class DateFact:
    as_stated: str
    when: str | None        # YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD (no year known) or None
    precision: str          # day, month, year, weekday, vague
    sentence: Sentence
    day_of_week: str | None = None
    confidence: float = 0.9
    note: str | None = None
    until: str | None = None    # the last day of a range ("van 12 t/m 15 april")
    ranged: bool = False        # stated as a range of days (with or without a year)


@dataclass
class AmountFact:
    raw: str
    value: Decimal
    currency: str | None    # ISO code; None for a bare "$" the text does not place
    kind: str | None        # actual, budget or None
    category: str | None    # political-participation, civil-service-participation or None
    sentence: Sentence
    confidence: float = 0.8
    note: str | None = None     # what to check (the dollar a bare "$" was taken for)


@dataclass
class Participant:
    ref: str                # what the sheet says under who: an id, or the name as written
    label: str
    role: str
    iri: str | None = None  # the known thing, or None (new/unknown)
    capacity: str | None = None
    on_behalf_of: str | None = None
    confidence: float = 0.6
    review: str | None = None
    post_role: str | None = None     # for matching unresolved office holders across sentences

    @property
    def key(self) -> str:
        return self.iri or (f"role:{self.post_role}" if self.post_role else f"name:{fold(self.ref)}")


@dataclass
class EventDraft:
    id: str
    type: str
    name: str
    quotes: list[Sentence]
    participants: list[Participant] = field(default_factory=list)
    date: DateFact | None = None
    in_programme: bool = True
    section: str = "programme"
    heading: str = ""
    confidence: float = 0.6
    review: list[str] = field(default_factory=list)
    status: str | None = None   # 'planned' for one told in the future tense; None: took place


@dataclass
class FollowUpDraft:
    id: str
    name: str
    commitment: str
    quotes: list[Sentence]
    clause: str
    by: list[str] = field(default_factory=list)
    due: DateFact | None = None
    confidence: float = 0.6
    review: list[str] = field(default_factory=list)


@dataclass
class Draft:
    report: str
    language: str
    text: str                                   # the normalised text
    title: str
    source_file: str | None
    sentences: list[Sentence]
    mentions: list[Mention]
    unknown: list[Unknown]
    dates: list[DateFact]
    amounts: list[AmountFact]
    events: list[EventDraft]
    follow_ups: list[FollowUpDraft]
    costs: list[dict]
    mission: dict
    delegation: dict | None
    groups: list[dict]
    known: dict = field(default_factory=dict, repr=False)   # iri -> _Entry

    @property
    def actors(self) -> dict[str, list[Mention]]:
        """Known persons and organisations mentioned: iri -> its mentions."""
        out: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.iri and kind_of(m.iri) in ("person", "org"):
                out.setdefault(m.iri, []).append(m)
        return out

    def actor_ids(self) -> set[str]:
        return {local_name(i) for i in self.actors}

    @property
    def programme(self) -> list[EventDraft]:
        return [e for e in self.events if e.in_programme]
