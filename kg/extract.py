"""Draft report sheets from a report's text: `kg extract REPORT.txt|.pdf [-o draft.yaml]`.

`extract(text)` reads a travel report (Dutch or English) and returns a `Draft`: the sentences and
sections of the normalised text, the known actors it mentions (registry and data/ttl reports, by
label or alias, case- and accent-insensitively), posts and roles, unknown names, dates, amounts,
the mission, programme items with their participants, follow-ups with a commitment guess and the
cost statements. `draft_to_yaml(draft)` writes it as a report sheet (docs/report-sheets.md) for a
reviewer to complete and `kg add`.

Rules of the draft:

* every fact carries `quote:`, a sentence copied from the normalised text (kg.text.normalise);
* the sheet format has no `confidence:`/`review:` fields, so both are YAML comments right above
  the fact (`# confidence: 0.6 | review: ...`): the draft uses only keys `kg add` knows;
* a name that is not in the registry or a report file is never matched on a guess: it is listed
  as unknown and used by name (`who: Jansen`), so `kg add` refuses it until the reviewer
  declares or corrects it. A surname is matched to a known person only when exactly one known
  person has a label ending in it;
* amounts are Decimals, never floats.

The figure of how much of the hand-modelled seed graph the draft recovers is in
benchmarks/extract_recovery.py (not a test)."""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import FOAF

from .config import ORG, Paths
from .errors import InputError, UsageError
from .load import read_text
from .ingest import LABEL_PROPS, SLUG, kind_of, local_name, parse_amount
from .query import fold
from .text import normalise

__all__ = ["Draft", "extract", "extract_file", "read_report", "draft_to_yaml", "split_sentences",
           "Sentence", "Mention", "DateFact", "AmountFact", "EventDraft", "Participant",
           "FollowUpDraft", "Unknown"]

# ---------------------------------------------------------------- data

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


@dataclass
class Unknown:
    name: str
    kind: str               # person, organisation, event, agreement, name
    sentence: Sentence
    role_word: str | None = None
    review: str = ""


@dataclass
class DateFact:
    as_stated: str
    when: str | None        # YYYY, YYYY-MM, YYYY-MM-DD or None (vague)
    precision: str          # day, month, year, weekday, vague
    sentence: Sentence
    day_of_week: str | None = None
    confidence: float = 0.9
    note: str | None = None


@dataclass
class AmountFact:
    raw: str
    value: Decimal
    currency: str
    kind: str | None        # actual, budget or None
    category: str | None    # political-participation, civil-service-participation or None
    sentence: Sentence
    confidence: float = 0.8


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


# ---------------------------------------------------------------- the known world

@dataclass
class _Entry:
    iri: str
    kind: str
    origin: str
    labels: list[str] = field(default_factory=list)
    holds: set = field(default_factory=set)
    held_by: set = field(default_factory=set)
    post_in: str | None = None
    role: str | None = None
    types: set = field(default_factory=set)

    @property
    def id(self) -> str:
        return local_name(self.iri)

    def label(self) -> str:
        return self.labels[0] if self.labels else self.id


_FAMILY = str(FOAF.familyName)
_HOLDS, _HELD_BY = str(ORG.holds), str(ORG.heldBy)
_POST_IN, _ROLE = str(ORG.postIn), str(ORG.role)
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_NAME_PROPS = {str(p) for p in LABEL_PROPS} | {_FAMILY}


def load_known(paths: Paths | None = None, exclude: str | None = None) -> dict[str, _Entry]:
    """People, organisations, posts and places of data/ttl/*.ttl (except `exclude`.ttl) with
    their labels, aliases, family names, posts and post roles."""
    paths = paths or Paths()
    found: dict[str, _Entry] = {}
    files = sorted(paths.data_dir.glob("*.ttl")) if paths.data_dir.exists() else []
    for f in files:
        if f.stem == exclude:
            continue
        for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
            s = t.subject
            if not isinstance(s, ox.NamedNode):
                continue
            kind = kind_of(s.value)
            if kind not in ("person", "org", "post", "place"):
                continue
            e = found.setdefault(s.value, _Entry(s.value, kind, f.stem))
            p, o = t.predicate.value, t.object
            if p in _NAME_PROPS and isinstance(o, ox.Literal):
                text = o.value.strip()
                bare = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip()  # "Ko (vice-governor ...)"
                for label in (text, bare):
                    if label and label not in e.labels:
                        e.labels.append(label)
            elif p == _RDF_TYPE:
                e.types.add(o.value)
            elif p == _HOLDS:
                e.holds.add(o.value)
            elif p == _HELD_BY:
                e.held_by.add(o.value)
            elif p == _POST_IN:
                e.post_in = o.value
            elif p == _ROLE:
                e.role = o.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    for e in found.values():                      # make holds/heldBy symmetric
        for post in e.holds:
            if post in found:
                found[post].held_by.add(e.iri)
        for person in e.held_by:
            if person in found:
                found[person].holds.add(e.iri)
    return found


def _strip_accents(text: str) -> str:
    """Length-preserving: every character replaced by its base letter."""
    out = []
    for c in text:
        d = unicodedata.normalize("NFKD", c)
        base = "".join(x for x in d if not unicodedata.combining(x))
        out.append(base if len(base) == 1 else c)
    return "".join(out)


_SEP = r"[\s\-‐–_.]+"


class _Gazetteer:
    def __init__(self, known: dict[str, _Entry]):
        self.known = known
        self.patterns: list[tuple[re.Pattern, str, str]] = []      # (regex, label, iri)
        for e in known.values():
            for label in e.labels:
                tokens = [t for t in re.split(_SEP, _strip_accents(label)) if t]
                if not tokens or len("".join(tokens)) < 2:
                    continue
                rx = re.compile(r"(?<!\w)" + _SEP.join(re.escape(t) for t in tokens) + r"(?!\w)",
                                re.IGNORECASE)
                self.patterns.append((rx, label, e.iri))

    def find(self, text: str) -> list[tuple[int, int, set[str]]]:
        """Non-overlapping spans (longest first) with the IRIs whose label matches there."""
        plain = _strip_accents(text)
        hits: dict[tuple[int, int], set[str]] = {}
        for rx, label, iri in self.patterns:
            for m in rx.finditer(plain):
                written = text[m.start():m.end()]
                if label[0].isupper() and not (written[0].isupper() or written[0].isdigit()):
                    continue
                hits.setdefault((m.start(), m.end()), set()).add(iri)
        taken: list[tuple[int, int, set[str]]] = []
        for (s, e), iris in sorted(hits.items(), key=lambda kv: (-(kv[0][1] - kv[0][0]), kv[0][0])):
            if all(e <= ts or s >= te for ts, te, _ in taken):
                taken.append((s, e, iris))
        return sorted(taken, key=lambda x: x[0])

    def persons_by_name(self, name: str) -> tuple[list[str], str]:
        """Known people whose label is `name` ('exact') or ends in it ('surname')."""
        wanted = fold(name)
        exact = [e.iri for e in self.known.values() if e.kind == "person"
                 and wanted in {fold(l) for l in e.labels}]
        if exact:
            return exact, "exact"
        tail = [e.iri for e in self.known.values() if e.kind == "person"
                and any(fold(l).endswith(" " + wanted) for l in e.labels)]
        return tail, "surname"

    def posts_with_role(self, role: str) -> list[str]:
        return [e.iri for e in self.known.values() if e.kind == "post" and e.role == role]


# ---------------------------------------------------------------- words

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_NO = {m: i + 1 for i, m in enumerate(MONTHS_NL)} | {m: i + 1 for i, m in enumerate(MONTHS_EN)}
DAY_EN = {d: DAYS_EN[i] for i, d in enumerate(DAYS_NL)} | {d: d for d in DAYS_EN}

# role words, longest first: (regex, post-role notation or None when the post list has none)
ROLE_WORDS = [
    (r"plaatsvervangend(?:e)? ambassadeur", "deputy-ambassador"),
    (r"deputy ambassador", "deputy-ambassador"),
    (r"commissaris van de koning", "kings-commissioner"),
    (r"king['’]?s commissioner", "kings-commissioner"),
    (r"vice-?gouverneur", "vice-governor"), (r"vice[- ]governor", "vice-governor"),
    (r"gouverneur", "governor"), (r"governor", "governor"),
    (r"gedeputeerde", "gedeputeerde"),
    (r"ambassadeur", "ambassador"), (r"ambassador", "ambassador"),
    (r"directeur", "director"), (r"director", "director"),
    (r"ambtena(?:ar|ren)", "civil-servant"), (r"civil servants?", "civil-servant"),
    (r"minister", None), (r"staatssecretaris", None), (r"state secretary", None),
    (r"burgemeester", None), (r"mayor", None), (r"wethouder", None),
    (r"consul(?:-generaal| general)?", None), (r"president", None), (r"ceo", None),
]
_ROLE_RX = re.compile(r"(?<![\w-])(" + "|".join(r for r, _ in ROLE_WORDS) + r")(?![\w-])",
                      re.IGNORECASE)
_ROLE_OF = [(re.compile(r + r"$", re.IGNORECASE), n) for r, n in ROLE_WORDS]

PARTICLES = {"van", "de", "der", "den", "ter", "ten", "von", "da", "du", "le", "la", "het"}
# capitalised words that start a sentence rather than a name
STARTERS = {
    "De", "Het", "Een", "Deze", "Dit", "Dat", "Die", "Ook", "Tijdens", "Na", "Naast", "Zo",
    "Daarnaast", "Hierbij", "Daarbij", "Vanuit", "Komende", "Er", "Wij", "We", "Hij", "Zij", "Ze",
    "In", "Op", "Bij", "Met", "Voor", "Van", "Als", "Ten", "Specifiek", "Bijvoorbeeld", "Hier",
    "Verder", "Vervolgens", "Totale", "Totaal", "Verslag", "En", "Of", "Om", "Aan", "Uit",
    "The", "This", "These", "That", "Those", "During", "After", "Also", "On", "At", "With",
    "For", "From", "To", "And", "Or", "A", "An", "It", "They", "We", "He", "She", "Our",
    "Finally", "Then", "There", "Here", "Next", "Total", "In", "By", "As",
}
# a missing full stop: "... deelname Deze kosten ..." (a table turned into running text)
_MISSING_STOP = re.compile(r"(?<=[a-z\d)]) (?=(?:Deze|Dit|Het|De|Een|Ook|Tijdens|Naast|Hierbij|"
                           r"Daarnaast|Vanuit|This|These|The|During|After|Also) [a-z])")
ABBREVIATIONS = {
    "o.a.", "bijv.", "bv.", "e.g.", "i.e.", "dr.", "drs.", "ir.", "mr.", "prof.", "dhr.", "mevr.",
    "mw.", "st.", "nr.", "ca.", "incl.", "excl.", "etc.", "vs.", "inc.", "ltd.", "co.", "corp.",
    "jr.", "mrs.", "ms.", "no.", "e.a.", "m.b.t.", "t.a.v.", "resp.", "jl.", "a.s.", "b.v.",
    "n.v.", "z.g.", "mln.", "mld.", "approx.", "dept.", "gov.",
}
ORG_WORDS = re.compile(r"(?<!\w)(Institute|Instituut|Center|Centre|Centrum|University|Universiteit|"
                       r"Ministry|Ministerie|ministerie|Embassy|Ambassade|Agency|Foundation|Stichting|"
                       r"Cluster|Council|Raad|Corporation|Group|Labs?|B\.V\.|BV|N\.V\.|Inc\.?|Ltd\.?|"
                       r"GmbH|Company|Bank|Association|Vereniging|Maatschappij|Authority|College|"
                       r"School|Campus|Province|Provincie|Gemeente|Municipality)(?!\w)")
ORG_INTRO = re.compile(r"(?:het bedrijf|de firma|bedrijven als|bedrijven zoals|instellingen als|"
                       r"instituten als|partijen als|organisaties als|the company|the firm|"
                       r"companies such as|companies like|institutions such as|"
                       r"organisations such as|organizations such as|waaronder(?: die van)?(?: van)?|"
                       r"including|such as)\s+$", re.IGNORECASE)
EVENT_WORDS = re.compile(r"(?<!\w)(Seminar|Event|Evenement|Day|Conference|Congres|Forum|Summit|"
                         r"Expo|Fair|Beurs|Week|Festival|Symposium|Workshop|Award|Awards)(?!\w)",
                         re.IGNORECASE)
AGREEMENT_WORDS = re.compile(r"(?<!\w)(Memorandum|MoU|Agreement|Overeenkomst|Convenant|Verdrag|"
                             r"Treaty|Declaration|Verklaring)(?!\w)")
NATIONALITY = re.compile(r"^(?:[A-Z][\w-]*(?:se|sche|aans|ees|ish|ese|ean|ian|ch)|Dutch|French|"
                         r"German|Korean|European|Nederlands|Koreaans|Brabants)$")
STOP_NAMES = ({m.capitalize() for m in MONTHS_NL + MONTHS_EN}
              | {d.capitalize() for d in DAYS_NL + DAYS_EN}
              | {"MKB", "MKB’ers", "MKB'ers", "SME", "SMEs", "EUR", "NB"})

# headings: (regex, section, strong?, inline category). A strong heading is recognised anywhere;
# a weak one only at a sentence boundary. Inline headings stay part of their sentence.
_NAME_TOKENS = r"(?:de |het |the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
HEADINGS = [
    (r"Doel van (?:het|de) (?:bezoek|reis|missie|werkbezoek)", "purpose", True, None),
    (r"Korte omschrijving programma ?onderdelen|Omschrijving (?:van het )?programma|"
     r"Programmaonderdelen|Programma", "programme", True, None),
    (r"Bezoek aan " + _NAME_TOKENS, "programme-sub", False, None),
    (r"Bedrijfsbezoeken|Overige bezoeken|Werkbezoeken|Ontmoetingen|Overige activiteiten",
     "programme-sub", True, None),
    (r"Resultaten|Resultaat|Opbrengsten", "results", True, None),
    (r"Follow-up|Vervolgstappen|Vervolgacties|Vervolg", "follow-up", True, None),
    (r"Financiële verslaglegging|Financiële verantwoording|Kosten", "costs", True, None),
    (r"Bestuurlijke deelname", None, True, "political-participation"),
    (r"Ambtelijke deelname", None, True, "civil-service-participation"),
    (r"Purpose(?: of the (?:visit|trip|mission))?", "purpose", False, None),
    (r"Short description of the programme|Programme(?: overview| summary)?|Program(?: overview)?",
     "programme", False, None),
    (r"Visit to " + _NAME_TOKENS, "programme-sub", False, None),
    (r"Company visits|Other visits|Meetings", "programme-sub", False, None),
    (r"Results|Result|Outcomes", "results", False, None),
    (r"Next steps", "follow-up", False, None),
    (r"Financial (?:report|reporting|statement|accounting)|Costs|Expenses", "costs", False, None),
    (r"Political participation|Administrative participation", None, False,
     "political-participation"),
    (r"Civil[- ]service participation|Official participation", None, False,
     "civil-service-participation"),
]
_HEADING_RX = [(re.compile(r"(?<!\S)(?:" + rx + r")(?=$| [A-Z0-9•€\-–\"(])"), sec, strong, cat)
               for rx, sec, strong, cat in HEADINGS]


# ---------------------------------------------------------------- sentences and sections

@dataclass
class _Heading:
    start: int
    end: int
    text: str
    section: str | None
    category: str | None


def _headings(text: str, lines: frozenset = frozenset()) -> list[_Heading]:
    """Headings of the normalised text; `lines` are the lines of the raw text that are a heading
    on their own (those count wherever they are)."""
    found: list[_Heading] = []
    for rx, sec, strong, cat in _HEADING_RX:
        for m in rx.finditer(text):
            h = m.group(0)
            if sec == "programme-sub" and " " in h:      # "Bezoek aan Gyeonggi-do Tijdens ..."
                words = h.split(" ")
                keep = 2
                for w in words[2:]:
                    if w in STARTERS and keep > 2:
                        break
                    if w in STARTERS and w not in ("de", "het", "the"):
                        break
                    keep += 1
                h = " ".join(words[:keep])
            found.append(_Heading(m.start(), m.start() + len(h), h, sec, cat))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    accepted: list[_Heading] = []
    strong = {h.start for h in found if _is_strong(h)}
    for h in found:
        if accepted and h.start < accepted[-1].end:
            continue
        before = text[:h.start].rstrip()
        boundary = (not before or before[-1] in ".!?:)•" or (accepted and accepted[-1].end >= len(before))
                    or h.start in strong or h.text in lines)
        if boundary:
            accepted.append(h)
    return accepted


def _is_strong(h: _Heading) -> bool:
    for rx, sec, strong, cat in _HEADING_RX:
        if strong and rx.match(h.text + " X"):
            return True
    return False


def _split_block(text: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans of a block: bullets, full stops (not after abbreviations, not inside
    parentheses) and missing full stops."""
    cuts: list[int] = []
    depth = 0
    for i, c in enumerate(text):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "•":
            cuts.append(i)
        elif c in ".!?" and depth == 0 and i + 2 < len(text) and text[i + 1] == " ":
            nxt = text[i + 2]
            if not (nxt.isupper() or nxt.isdigit() or nxt in "“\"‘'(•"):
                continue
            word = text[:i + 1].rsplit(" ", 1)[-1].lower().lstrip("(")
            if word in ABBREVIATIONS or re.fullmatch(r"[a-z]\.", word) or re.fullmatch(r"(?:[a-z]\.){2,}", word):
                continue
            cuts.append(i + 1)
    for m in _MISSING_STOP.finditer(text):
        if text[:m.start()].count("(") == text[:m.start()].count(")"):
            cuts.append(m.start())
    spans, last = [], 0
    for cut in sorted(set(cuts)) + [len(text)]:
        piece = text[last:cut]
        lead = len(piece) - len(piece.lstrip(" •"))
        piece = piece.strip(" •")
        if piece:
            s = offset + last + lead
            spans.append((s, s + len(piece)))
        last = cut
    return spans


def heading_lines(raw: str) -> frozenset:
    """Lines of a raw text that are nothing but a heading ("Purpose", "Follow-up")."""
    out = set()
    for line in raw.splitlines():
        line = normalise(line)
        if line and any(rx.fullmatch(line + "") or rx.match(line) and rx.match(line).end() == len(line)
                        for rx, _, _, _ in _HEADING_RX):
            out.add(line)
    return frozenset(out)


def split_sentences(text: str, lines: frozenset = frozenset()) -> list[Sentence]:
    """Sentences of the normalised text with their section: headings cut the text into
    sections (the title is the text before the first heading). `lines`: see heading_lines."""
    heads = _headings(text, lines)
    out: list[Sentence] = []
    section, heading, category = "preamble", "", None
    pos = 0
    blocks: list[tuple[int, int, str, str, str | None]] = []
    for h in heads:
        blocks.append((pos, h.start, section, heading, category))
        if h.category is not None:              # inline: stays in the sentence
            category = h.category
            pos = h.start
        else:
            category = None
            if h.section == "programme-sub":
                section = "programme"
            else:
                section = h.section
            heading = h.text
            pos = h.end
    blocks.append((pos, len(text), section, heading, category))
    for i, (a, b, sec, head, cat) in enumerate(blocks):
        for s, e in _split_block(text[a:b], a):
            out.append(Sentence(text[s:e], s, e, sec, head, cat))
    return out


def section_headings(text: str) -> list[tuple[str, str | None]]:
    return [(h.text, h.section or h.category) for h in _headings(text)]


# ---------------------------------------------------------------- language

def guess_language(text: str) -> str:
    words = re.findall(r"[a-z]+", text.lower())
    nl = sum(w in {"de", "het", "een", "van", "en", "met", "op", "voor", "tijdens", "is", "zijn",
                   "heeft", "wordt", "naar", "ook"} for w in words)
    en = sum(w in {"the", "a", "of", "and", "with", "on", "for", "during", "is", "was", "were",
                   "has", "will", "to", "also"} for w in words)
    return "nl" if nl >= en else "en"


# ---------------------------------------------------------------- mentions

def _name_after(s: str, pos: int) -> tuple[int, int] | None:
    """The capitalised name starting at `pos` (after a role word): 'Kim Dong-yeon',
    'Van Gruijthuijsen', 'Jan de Vries'. None if the next word is not a name."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\s,;:()]+", s[pos:])]
    tokens = [(a + pos, b + pos, w) for a, b, w in tokens]
    taken: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        a, b, w = tokens[i]
        core = w.rstrip(".!?’'")
        if not taken and core in STARTERS and core not in ("Van", "De", "Ten"):
            break
        if core in STOP_NAMES or NATIONALITY.match(core):
            break
        if core[:1].isupper():
            taken.append((a, a + len(core), core))
            if core != w or s[b:b + 1] in ",;:)":
                break
            i += 1
            continue
        if core.lower() in PARTICLES and taken and i + 1 < len(tokens) \
                and tokens[i + 1][2][:1].isupper():
            taken.append((a, b, w))
            i += 1
            continue
        break
    while taken and taken[-1][2].lower() in PARTICLES:
        taken.pop()
    if not taken:
        return None
    if len(taken) == 1 and taken[0][2] in ("Van", "De", "Ten"):
        return None
    return taken[0][0], taken[-1][1]


def _find_mentions(sent: Sentence, gaz: _Gazetteer) -> tuple[list[Mention], list[Unknown]]:
    s = sent.text
    mentions: list[Mention] = []
    unknown: list[Unknown] = []
    known = gaz.known
    for a, b, iris in gaz.find(s):
        mentions.append(_resolve_span(sent, a, b, iris, known))
    # role words, with the name that follows them
    for m in _ROLE_RX.finditer(s):
        if any(x.start <= m.start() < x.end and x.kind == "post" for x in mentions):
            x = next(x for x in mentions if x.start <= m.start() < x.end and x.kind == "post")
            x.role_word = m.group(0)
            continue
        if any(x.start <= m.start() < x.end for x in mentions):
            continue
        word = m.group(0)
        role = next((n for rx, n in _ROLE_OF if rx.match(word)), None)
        span = _name_after(s, m.end() + 1) if s[m.end():m.end() + 1] == " " else None
        if span is not None:
            na, nb = span
            hit = next((x for x in mentions if x.kind == "person" and x.start == na), None)
            if hit is not None:                 # "gouverneur Kim Dong-yeon": known already
                hit.role, hit.role_word = role, word
                hit.start, hit.text = m.start(), s[m.start():hit.end]
                _check_role(hit, known)
                continue
            inner = [x for x in mentions if na <= x.start < nb]
            if inner and inner[0].start == na and inner[0].kind != "person":
                span = None                      # "directeur TNO": an organisation follows
            else:
                name = s[na:nb]
                # "Kim Dong-yeon van Gyeonggi": cut a known place/organisation off the end
                for x in inner:
                    if x.kind in ("org", "place") and x.start > na:
                        cut = s[na:x.start].rstrip()
                        for p in PARTICLES:
                            if cut.lower().endswith(" " + p):
                                cut = cut[:-(len(p) + 1)].rstrip()
                        name, nb = cut, na + len(cut)
                        break
                mentions = [x for x in mentions if not (na <= x.start < nb)]
                mentions.append(_resolve_name(sent, m.start(), nb, name, role, word, gaz,
                                              unknown))
                continue
        mentions.append(_resolve_role(sent, m.start(), m.end(), role, word, s, mentions, gaz))
    # unknown capitalised names (organisations by pattern, other names)
    covered = [(x.start, x.end) for x in mentions if x.kind != "place"]
    for a, b, name in _capitalised(s):
        if any(not (b <= ca or a >= ce) for ca, ce in covered):
            continue
        inner = [x for x in mentions if x.kind == "place" and not (b <= x.start or a >= x.end)]
        if inner and all(a <= x.start and x.end <= b for x in inner) and \
                any((x.start, x.end) != (a, b) for x in inner):
            mentions = [x for x in mentions if x not in inner]    # "Hydrogenics Korea"
        elif inner:
            continue
        kind = "name"
        if ORG_WORDS.search(name) or ORG_INTRO.search(s[:a]):
            kind = "organisation"
        elif EVENT_WORDS.search(name) or EVENT_WORDS.match(s[b:].strip()) or \
                re.search(r"(?:beurs|seminar|congres|evenement|dag|day)$", name):
            kind = "event"
        elif AGREEMENT_WORDS.search(name):
            kind = "agreement"
        review = (f"unknown name: {name!r} — not in the registry or data/ttl; declare it "
                  f"(as {'an organisation' if kind == 'organisation' else 'a ' + kind}) or "
                  "correct it")
        unknown.append(Unknown(name, kind, sent, review=review))
        if kind == "organisation":
            mentions.append(Mention(name, "org", sent, a, b, None, [], confidence=0.4,
                                    review=review))
    return sorted(mentions, key=lambda x: x.start), unknown


def _resolve_span(sent, a, b, iris, known) -> Mention:
    text = sent.text[a:b]
    iris = set(iris)
    # a post and its holder both match ("Netherlands ambassador in South Korea"): the holder
    for i in list(iris):
        e = known[i]
        if e.kind == "post" and e.held_by & iris:
            iris.discard(i)
    entries = [known[i] for i in sorted(iris)]
    if len(entries) == 1:
        e = entries[0]
        if e.kind == "post":
            holders = sorted(e.held_by)
            review = None if len(holders) == 1 else (
                f"{text!r}: the post {e.id} has several holders: "
                + ", ".join(local_name(h) for h in holders) + "; choose one (or declare a new one)")
            return Mention(text, "post", sent, a, b, holders[0] if len(holders) == 1 else None,
                           holders, role=e.role, post=e.iri,
                           confidence=0.8 if len(holders) == 1 else 0.3, review=review)
        return Mention(text, e.kind, sent, a, b, e.iri, [e.iri], confidence=0.95)
    actors = [e for e in entries if e.kind in ("person", "org")]
    names = ", ".join(f"{e.id} ({e.kind})" for e in entries)
    before = sent.text[:a].rstrip().rsplit(" ", 1)[-1].lower()
    places = [e for e in entries if e.kind == "place"]
    if places and before in ("in", "naar", "uit", "to", "from", "at", "within", "binnen"):
        if len(places) == 1:
            return Mention(text, "place", sent, a, b, places[0].iri, [e.iri for e in entries],
                           confidence=0.7)
    if len(actors) == 1:
        return Mention(text, actors[0].kind, sent, a, b, actors[0].iri,
                       [e.iri for e in entries], confidence=0.6,
                       review=f"{text!r} also names: {names}; check which is meant")
    return Mention(text, entries[0].kind if entries else "unknown", sent, a, b, None,
                   [e.iri for e in entries], confidence=0.3,
                   review=f"{text!r} matches several: {names}; choose one")


def _check_role(m: Mention, known) -> None:
    if m.iri is None or m.role is None:
        return
    roles = {known[p].role for p in known[m.iri].holds if p in known}
    posts = [p for p in known[m.iri].holds if p in known and known[p].role == m.role]
    if posts:
        m.post = posts[0]
        m.confidence = max(m.confidence, 0.95)
    elif roles:
        m.review = (f"{m.text!r} is called {m.role_word!r} here, but holds "
                    f"{', '.join(sorted(r for r in roles if r))} in the registry; check")
        m.confidence = min(m.confidence, 0.6)


def _resolve_name(sent, start, end, name, role, word, gaz, unknown) -> Mention:
    hits, how = gaz.persons_by_name(name)
    if len(hits) > 1 and role:                 # the one holding a post with that role
        fitting = [h for h in hits if any(gaz.known[p].role == role
                                          for p in gaz.known[h].holds if p in gaz.known)]
        if len(fitting) == 1:
            hits = fitting
    text = sent.text[start:end]
    if len(hits) == 1:
        m = Mention(text, "person", sent, start, end, hits[0], hits, role=role, role_word=word,
                    confidence=0.95 if how == "exact" else 0.85)
        _check_role(m, gaz.known)
        if how == "surname" and m.review is None and m.post is None:
            m.review = f"{name!r} matched by surname to {local_name(hits[0])}; check"
        return m
    review = (f"unknown name: {name!r} ({word}) — not in the registry; declare or correct")
    if len(hits) > 1:
        review = (f"{name!r} ({word}) could be " + ", ".join(local_name(h) for h in hits)
                  + "; choose one or declare a new person")
    unknown.append(Unknown(name, "person", sent, role_word=word, review=review))
    return Mention(text, "person", sent, start, end, None, hits, role=role, role_word=word,
                   confidence=0.3, review=review)


def _resolve_role(sent, start, end, role, word, s, mentions, gaz) -> Mention:
    """A role word without a name ('de gouverneur'): the holder of the one known post with that
    role (or the one whose organisation is named right after it)."""
    text = s[start:end]
    if role is None:
        return Mention(text, "role", sent, start, end, None, [], role=None, role_word=word,
                       confidence=0.3, review=f"{word!r}: no post role in the vocabulary "
                       "(ontology/vocab/post-roles.ttl); say who it is")
    posts = gaz.posts_with_role(role)
    if len(posts) > 1:
        after = [x for x in mentions if x.start >= end and x.start - end < 20 and x.iri]
        by_org = [p for p in posts if any(gaz.known[p].post_in == x.iri for x in after)]
        if len(by_org) == 1:
            posts = by_org
    if len(posts) == 1 and len(gaz.known[posts[0]].held_by) == 1:
        holder = next(iter(gaz.known[posts[0]].held_by))
        return Mention(text, "person", sent, start, end, holder, [holder], role=role,
                       role_word=word, post=posts[0], confidence=0.6,
                       review=f"{word!r} taken to be {local_name(holder)} "
                       f"(the only known {role}); check")
    holders = sorted(h for p in posts for h in gaz.known[p].held_by)
    return Mention(text, "role", sent, start, end, None, holders, role=role, role_word=word,
                   confidence=0.3,
                   review=f"which {word}? " + ("candidates: " + ", ".join(local_name(h) for h in holders)
                                               if holders else "no known post with this role")
                   + "; give the id or declare a new person")


def _capitalised(s: str):
    """Runs of capitalised words (with 'van', 'of', 'in' ... between them) that may be names."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\W\d_][\w’'&-]*", s)]
    i = 0
    while i < len(tokens):
        a, b, w = tokens[i]
        if not w[0].isupper() or w in STOP_NAMES or NATIONALITY.match(w) or \
                any(c.isdigit() for c in w):
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < len(tokens):
            a2, b2, w2 = tokens[j]
            gap = s[run[-1][1]:a2]
            if gap not in (" ", "-"):
                break
            if w2[0].isupper() and w2 not in STOP_NAMES and w2 not in STARTERS \
                    and not NATIONALITY.match(w2) and not any(c.isdigit() for c in w2):
                run.append(tokens[j])
                j += 1
            elif w2.lower() in PARTICLES | {"of", "for", "in", "and", "&", "voor"} \
                    and j + 1 < len(tokens) and tokens[j + 1][2][0].isupper() \
                    and tokens[j + 1][2] not in STARTERS and s[b2:tokens[j + 1][0]] == " ":
                run += [tokens[j], tokens[j + 1]]
                j += 2
            else:
                break
        i = j
        at_start = s[:run[0][0]].strip(" (•") == ""
        stripped = False
        while run and (run[0][2] in STARTERS or run[0][2].lower() in PARTICLES
                       or NATIONALITY.match(run[0][2])):
            run, stripped = run[1:], True
        while run and run[-1][2].lower() in PARTICLES | {"of", "for", "in", "and", "&", "voor"}:
            run = run[:-1]
        if not run:
            continue
        if len(run) == 1 and (at_start or stripped or run[0][2] in STARTERS):
            continue
        yield run[0][0], run[-1][1], s[run[0][0]:run[-1][1]]


# ---------------------------------------------------------------- dates and amounts

_M = "|".join(MONTHS_NL + MONTHS_EN)
_D = "|".join(DAYS_NL + DAYS_EN)
_PREP = r"(?:(?P<prep>in|op|sinds|vanaf|uit|tot|eind|begin|medio|on|since|from|until|by|early|late|mid)\s+)?"
DATE_RX = [
    ("day", re.compile(_PREP + r"(?:(?P<wd>" + _D + r")\s+)?(?P<d>\d{1,2})\s+(?P<m>" + _M
                       + r")(?:\s+(?P<y>\d{4}))?(?!\w)", re.IGNORECASE)),
    ("day", re.compile(_PREP + r"(?P<m>" + "|".join(MONTHS_EN) + r")\s+(?P<d>\d{1,2})"
                       r"(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\w)", re.IGNORECASE)),
    ("month", re.compile(_PREP + r"(?P<m>" + _M + r")\s+(?P<y>\d{4})(?!\w)", re.IGNORECASE)),
    ("year", re.compile(_PREP + r"(?<![\d/.,])(?P<y>(?:19|20)\d{2})(?![\d/.,]\d)", re.IGNORECASE)),
    ("weekday", re.compile(_PREP + r"(?P<wd>" + _D + r")(?!\w)", re.IGNORECASE)),
    ("vague", re.compile(r"(?:in )?(?:de |the )?(?:komende|volgende|coming|next) "
                         r"(?:maanden|jaren|weken|months|years|weeks)|in het (?:voorjaar|najaar)|"
                         r"in the (?:spring|autumn|fall|summer)|volgend jaar|next year|"
                         r"later this year|dit najaar|this autumn", re.IGNORECASE)),
]


def _dates(sent: Sentence, mission_when: str | None) -> list[DateFact]:
    s = sent.text
    taken: list[tuple[int, int]] = []
    out: list[DateFact] = []
    for precision, rx in DATE_RX:
        for m in rx.finditer(s):
            a = m.start() if m.start() == 0 or not s[m.start() - 1].isalnum() else None
            if a is None or any(not (m.end() <= ta or a >= te) for ta, te in taken):
                continue
            if m.group(0).strip() == "" or (precision == "year" and m.group(0)[0].isdigit()
                                            and s[max(0, a - 2):a].strip() in ("€", "nr")):
                continue
            taken.append((a, m.end()))
            g = m.groupdict()
            as_stated = m.group(0)
            if precision == "vague":
                out.append(DateFact(as_stated, None, "vague", sent, confidence=0.6))
                continue
            if precision == "weekday":
                when = mission_when
                out.append(DateFact(as_stated, when, "weekday", sent,
                                    day_of_week=DAY_EN[g["wd"].lower()], confidence=0.5,
                                    note=("year and month assumed to be those of the mission"
                                          if when else None)))
                continue
            y = g.get("y")
            mo = MONTH_NO.get((g.get("m") or "").lower())
            note, conf = None, 0.9
            if precision == "day":
                if y is None:
                    y = (mission_when or "")[:4] or None
                    note, conf = "year not stated; taken from the mission", 0.5
                if y is None:
                    when = None
                else:
                    try:
                        when = dt.date(int(y), mo, int(g["d"])).isoformat()
                    except ValueError:
                        continue
                wd = g.get("wd")
                out.append(DateFact(as_stated, when, "day", sent,
                                    day_of_week=DAY_EN[wd.lower()] if wd else None,
                                    confidence=conf, note=note))
            elif precision == "month":
                out.append(DateFact(as_stated, f"{y}-{mo:02d}", "month", sent, confidence=0.9))
            else:
                out.append(DateFact(as_stated, y, "year", sent, confidence=0.8))
    return sorted(out, key=lambda d: s.find(d.as_stated))


_AMOUNT_RX = re.compile(r"(?P<cur>€|EUR|euro|\$|USD|£|GBP)\s?(?P<num>\d{1,3}(?:[.,\s]\d{3})+"
                        r"(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:,-)?"
                        r"|(?P<num2>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
                        r"\s?(?P<cur2>euro|EUR)(?!\w)")
_CURRENCY = {"€": "EUR", "eur": "EUR", "euro": "EUR", "$": "USD", "usd": "USD", "£": "GBP",
             "gbp": "GBP"}


def parse_number(num: str) -> Decimal:
    """'8.330,00' (nl), '8,330.00' (en), '8330', '8.330' (thousands) -> Decimal."""
    num = num.replace(" ", "")
    seps = [c for c in num if c in ".,"]
    if not seps:
        return Decimal(num)
    last = max(num.rfind("."), num.rfind(","))
    tail = num[last + 1:]
    if len(set(seps)) == 2 or len(tail) != 3:      # the last separator is the decimal one
        whole = re.sub(r"[.,]", "", num[:last])
        return Decimal(f"{whole}.{tail}")
    return Decimal(re.sub(r"[.,]", "", num))


def _amounts(sent: Sentence) -> list[AmountFact]:
    out = []
    s = sent.text
    for m in _AMOUNT_RX.finditer(s):
        num = m.group("num") or m.group("num2")
        cur = _CURRENCY[(m.group("cur") or m.group("cur2")).lower()]
        try:
            value = parse_number(num)
        except InvalidOperation:
            continue
        before = s[:m.start()]
        if re.search(r"budget|begro|geraamd|allocated|estimated", before[-60:], re.IGNORECASE):
            kind = "budget"
        elif re.search(r"totale kosten|totaal|werkelijk|total|actual|spent|uitgegeven|kosten|"
                       r"costs?\b", s, re.IGNORECASE):
            kind = "actual"
        else:
            kind = None
        category = sent.category
        if category is None:
            low = s.lower()
            if re.search(r"bestuurlijke deelname|political participation|administrative "
                         r"participation", low):
                category = "political-participation"
            elif re.search(r"ambtelijke deelname|civil[- ]service|official participation", low):
                category = "civil-service-participation"
        out.append(AmountFact(m.group(0).strip(), value, cur, kind, category, sent,
                              confidence=0.9 if kind and category else 0.6))
    return out


# ---------------------------------------------------------------- events

# (regex, event type or None = decided by the object, what the cue means)
EVENT_CUES = [
    (r"ontmoeting(?:en)?|meeting|met with", "bilateral-meeting", "meeting"),
    (r"(?:werk)?lunch|diner|dinner|working lunch", "working-lunch", "meeting"),
    (r"rondgeleid|rondleiding|toured|tour(?:ed)? of|guided tour", "pavilion-tour", "tour"),
    (r"paviljoen(?:s)?|pavilions?", "fair-visit", "object"),
    (r"seminar", "seminar", "object"),
    (r"geopend|opende|opent|opened|opens", None, "open"),
    (r"evenement(?:en)?|events?|reception|receptie", "networking-event", "object"),
    (r"bezocht|bezoek aan|bracht (?:hij |zij |de \w+ )?een bezoek|visited|visit to|paid a visit",
     None, "visit"),
    (r"bezoek|visit", None, "visit-ref"),       # only as a reference back ("Tijdens het bezoek")
    (r"gesproken|gesprek(?:ken)?|sprak|spoke|talks?|discussed|besproken", "talk", "talk"),
]
_CUE_RX = re.compile(r"(?<!\w)(" + "|".join(f"(?P<c{i}>{rx})" for i, (rx, _, _) in
                                          enumerate(EVENT_CUES)) + r")(?!\w)", re.IGNORECASE)
_REFERENTIAL = re.compile(r"(?:tijdens|na|naast|during|after|besides)\s+(?:het|de|dit|deze|the|"
                          r"this|these)\s+(?:\([^)]*\))?\s*\w*\s*$", re.IGNORECASE)
_DEFINITE = re.compile(r"(?:^|\s)(?:de|het|dit|deze|the|this)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r":|, (?:waar|waarin|waarbij|waarmee|die|dat|which|where|who)\b| over | "
                         r"about | to discuss ", re.IGNORECASE)
_SPECIFIC = re.compile(r"paviljoen|pavilion|campus|beurs|fair|evenement|event|seminar|lab\b|"
                       r"fabriek|factory|bedrijven|companies|kennisinstellingen", re.IGNORECASE)
TYPE_WORDS = {
    "bilateral-meeting": "Meeting", "working-lunch": "Lunch", "pavilion-tour": "Pavilion tour",
    "fair-visit": "Fair visit", "seminar": "Seminar", "networking-event": "Event",
    "company-visit": "Visit", "institute-visit": "Visit", "regional-visit": "Visit",
    "talk": "Talk", "conversation-with-companies": "Talk with companies", "mission": "Mission",
    "trade-fair": "Trade fair",
}
MEETING_TYPES = {"bilateral-meeting", "working-lunch", "talk", "conversation-with-companies"}
INSTITUTE_NAME = re.compile(r"Institute|Instituut|Center|Centre|Centrum|Universit|campus|Lab",
                            re.IGNORECASE)


def slug(text: str, limit: int = 48) -> str:
    plain = _strip_accents(text).lower()
    s = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    s = s[:limit].rstrip("-")
    return s or "x"


class _Builder:
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
        self.prefix_end: int | None = None

    def new_id(self, base: str) -> str:
        base = slug(base)
        out, n = base, 2
        while out in self.ids:
            out, n = f"{base}-{n}", n + 1
        self.ids.add(out)
        return out

    # participants from a part of a sentence
    def participants(self, sent: Sentence, a: int, clause_end: int, etype: str, cue: str,
                     excluded: list[tuple[int, int]]) -> list[Participant]:
        s = sent.text
        out: list[Participant] = []
        seen: set[str] = set()
        # the subject before the first cue counts for every event of the sentence
        parens = [(p.start(), p.end()) for p in re.finditer(r"\([^)]*\)", s)]

        def inside(x):
            return any(pa <= x.start < pb for pa, pb in parens + excluded)

        region = [x for x in self.mentions[id(sent)] if (a <= x.start < clause_end or x.start < a
                                                          and x.shared) and not inside(x)]
        first_org_seen = False
        for x in region:
            before = s[max(0, x.start - 40):x.start].lower()
            if x.kind == "place" or (x.iri is None and not x.role and x.kind not in ("person",
                                                                                    "org")):
                continue
            if x.kind == "org" and out and re.search(r"\bvan\s+$|\bof\s+(?:the\s+)?$",
                                                     s[:x.start]) and \
                    s[:x.start].rstrip()[:-3].rstrip().endswith(out[-1].label) and \
                    out[-1].iri and self.gaz.known[out[-1].iri].kind == "person":
                out[-1].on_behalf_of = out[-1].on_behalf_of or local_name(x.iri)
                continue                        # "gouverneur Kim Dong-yeon van Gyeonggi"
            if x.kind == "org" and re.search(r"(?:namens|on behalf of)\s+$", before):
                continue                        # "namens Brabant": whom the speaker represents
            if x.iri:
                ref = local_name(x.iri)
            elif x.role_word and x.text.lower().startswith(x.role_word.lower()):
                ref = x.text[len(x.role_word):].strip() or x.text
            else:
                ref = x.text
            if ref in seen:
                continue
            seen.add(ref)
            kind = self.gaz.known[x.iri].kind if x.iri else x.kind if x.kind == "org" else "person"
            capacity = on_behalf = None
            if x.post:
                capacity = local_name(x.post)
                org = self.gaz.known[x.post].post_in
                on_behalf = local_name(org) if org else None
            lead = x.iri is not None and x.iri == self.lead
            if lead:
                role = {"open": "opener", "visit": "guest", "tour": "guest"}.get(cue,
                                                                                 "delegation-lead")
                if "bijdrage" in s or "contribut" in s.lower():
                    role = "speaker"
            elif kind == "person":
                if re.search(r"samen met|together with|accompanied by|vergezeld", before):
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
            out.append(Participant(ref, x.text, role, x.iri, capacity, on_behalf,
                                   confidence=round(min(x.confidence, 0.7), 2), review=review,
                                   post_role=x.role))
        subject = s[:self.prefix_end] if self.prefix_end is not None else ""
        if re.search(r"\bdelegatie\b|\bdelegation\b", subject + " " + s[a:clause_end],
                     re.IGNORECASE) and self.delegation_id and self.delegation_id not in seen:
            out.insert(0, Participant(self.delegation_id, "de delegatie", "delegation", None,
                                      confidence=0.7))
        return out

    def within_mission(self, date: DateFact | None) -> bool:
        if date is None or not date.when or not self.mission_when:
            return True
        n = min(len(date.when), len(self.mission_when))
        return date.when[:n] == self.mission_when[:n]

    def add_event(self, sent, etype, cue_text, parts, date, definite, name=None) -> None:
        others = {p.key for p in parts if (p.iri is None or p.iri != self.lead) and p.ref != self.delegation_id}
        for e in reversed(self.events):
            if e.heading != sent.heading or e.section != sent.section:
                continue
            same_type = e.type == etype or {e.type, etype} <= {"seminar", "networking-event"}
            shared = others & {p.key for p in e.participants}
            conflict = date is not None and (not self.within_mission(date) or (
                e.date is not None and date.when != e.date.when))
            if same_type and not conflict and (shared or definite):
                if sent not in e.quotes:
                    e.quotes.append(sent)
                known = {p.key for p in e.participants}
                e.participants += [p for p in parts if p.key not in known]
                if e.date is None and date is not None:
                    e.date = date
                return
        in_programme = self.within_mission(date)   # else: an event the report mentions
        main = [p for p in parts if p.role in ("visited-organisation", "host", "exhibitor")] or \
            [p for p in parts if p.ref != self.delegation_id and (p.iri is None or p.iri != self.lead)]
        who = main[0].label if main else ""
        if name is None:
            word = TYPE_WORDS.get(etype, etype)
            prep = " with " if etype in MEETING_TYPES else " to " if "visit" in etype else " "
            name = f"{word}{prep}{who}".strip() if who else word
            if etype == "pavilion-tour":
                name = "Pavilion tour"
        ev = EventDraft(self.new_id(f"{self.report}-{name}" if not in_programme else name),
                        etype, name, [sent], parts, date, in_programme, sent.section,
                        sent.heading, confidence=0.6)
        if not any((p.iri and p.iri == self.lead) or p.ref == self.delegation_id for p in parts):
            ev.review.append("no participant of the delegation named in this sentence; add who "
                             "took part")
        if not in_programme:
            ev.review.append("dated outside the mission: listed under events:, not programme:")
        ev.review.append("type and roles are guesses from the wording; check")
        self.events.append(ev)

    def from_sentence(self, sent: Sentence) -> None:
        s = sent.text
        cues = []
        for m in _CUE_RX.finditer(s):
            i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
            cues.append((m.start(), m.end(), EVENT_CUES[i][1], EVENT_CUES[i][2], m.group(0)))
        if not cues:
            return
        live, refs, excluded = [], [], []
        for a, b, etype, cue, word in cues:
            if _REFERENTIAL.search(s[:a]):
                stop = s.find(",", b)
                stop = len(s) if stop < 0 else stop
                nxt = [c[0] for c in cues if c[0] > a]
                stop = min([stop] + nxt)
                excluded.append((a, stop))
                refs.append((etype, "visit" if cue == "visit-ref" else cue))
                continue
            if cue != "visit-ref":
                live.append((a, b, etype, cue, word))
        live = [c for c in live if not any(ea <= c[0] < eb for ea, eb in excluded)]
        if not live:
            return
        for x in self.mentions[id(sent)]:
            x.shared = x.start < live[0][0]
        self.prefix_end = live[0][0]
        dates = self.dates.get(id(sent), [])
        meeting_cues = [c for c in live if c[3] == "meeting"]
        if len(meeting_cues) >= 2:
            groups = []
            for i, c in enumerate(meeting_cues):
                end = meeting_cues[i + 1][0] if i + 1 < len(meeting_cues) else len(s)
                groups.append((c, c[0], end))
        else:
            c = self._primary(live, s)
            groups = [(c, live[0][0], len(s))]
        for c, a, b in groups:
            a_cue, b_cue, etype, cue, word = c
            clause_end = b
            m = _CLAUSE_END.search(s, a_cue, b)
            if m is not None and (cue != "meeting" or not m.group(0).startswith(",")):
                clause_end = m.start()
            parts = self.participants(sent, a, clause_end, etype or "company-visit", cue, excluded)
            etype = self._type(etype, cue, s, parts, a, b)
            others = [p for p in parts if p.ref != self.delegation_id and (p.iri is None or p.iri != self.lead)]
            if cue in ("visit", "talk") and not others and not _SPECIFIC.search(s[a:b]):
                # "Tijdens de lunch is gesproken over ...": a sentence about an earlier item
                earlier = [e for e in self.events if e.heading == sent.heading and e.in_programme]
                typed = [e for e in earlier if any(e.type == t for t, _ in refs if t)] or \
                    [e for e in earlier if any(c == "visit" for _, c in refs)
                     and e.type in ("regional-visit", "fair-visit")]
                target = (typed or earlier or [None])[-1]
                if target is not None and sent not in target.quotes:
                    target.quotes.append(sent)
                continue
            date = next((d for d in dates if a <= s.find(d.as_stated) < clause_end), None) or \
                next((d for d in dates if s.find(d.as_stated) < self.prefix_end), None)
            definite = bool(_DEFINITE.search(s[:a_cue])) or bool(
                re.match(r"(?:dit|deze|this|that)\s", s, re.IGNORECASE))
            name = self._proper_name(s, 0, len(s))
            self.add_event(sent, etype, word, parts, date, definite, name)

    @staticmethod
    def _primary(live, s):
        order = ["tour", "meeting", "object", "open", "visit", "talk"]
        best = sorted(live, key=lambda c: (order.index(c[3]), c[0]))
        if best[0][3] == "object" and best[0][2] == "fair-visit":
            tour = [c for c in live if c[3] == "tour"]
            if tour:
                return tour[0]
        # an opened event: type from the object
        if best[0][3] == "open":
            obj = [c for c in live if c[3] == "object"]
            if obj:
                return (best[0][0], best[0][1], obj[0][2], "open", best[0][4])
        if best[0][3] == "object" and any(c[3] == "open" for c in live):
            return (best[0][0], best[0][1], best[0][2], "open", best[0][4])
        if best[0][3] == "object" and best[0][2] == "fair-visit":
            return (best[0][0], best[0][1], "fair-visit", "visit", best[0][4])
        return best[0]

    def _type(self, etype, cue, s, parts, a, b) -> str:
        if etype == "talk" and re.search(r"bedrijven|companies|kennisinstellingen", s[a:b] or s,
                                         re.IGNORECASE):
            return "conversation-with-companies"
        if etype:
            return etype
        if cue == "open":
            return "networking-event"
        visited = [p for p in parts if p.role == "visited-organisation"]
        if re.search(r"paviljoen|pavilion|beurs|fair", s[a:b], re.IGNORECASE) and not visited:
            return "fair-visit"
        if visited:
            v = visited[0]
            e = self.gaz.known.get(v.iri) if v.iri else None
            labels = " ".join(e.labels) if e else v.label
            if INSTITUTE_NAME.search(labels) or re.search(r"campus|instituut|institute",
                                                          s[a:b], re.IGNORECASE):
                return "institute-visit"
            return "company-visit"
        return "company-visit"

    @staticmethod
    def _proper_name(s, a, b) -> str | None:
        """'het Netherlands Battery Technologies Seminar', 'het Women in Tech evenement'."""
        for m in re.finditer(r"((?:[A-Z][\w-]*)(?: (?:in|of|for|and|&|[A-Z][\w-]*))*)"
                             r"( (?:evenement|event|seminar|Seminar|Day|Conference|Forum))", s[a:b]):
            name = (m.group(1) + m.group(2)).strip()
            words = name.split()
            while words and words[0] in STARTERS:
                words = words[1:]
            if len(words) >= 2:
                return " ".join(words)
        return None


# ---------------------------------------------------------------- follow-ups

_EXPLORED = re.compile(r"(?:gekeken|bekeken|onderzocht|verkend)\w*\s+(?:wordt\s+)?naar de "
                       r"mogelijkhe|mogelijkhe\w* (?:wordt|worden) (?:onderzocht|verkend|bekeken)|"
                       r"(?:wordt|worden) (?:er )?(?:onderzocht|verkend|overwogen)|verkenn|"
                       r"explor|look(?:s|ing)? into|consider(?:ing|ed)|being (?:studied|"
                       r"investigated|examined)|possibility of .* (?:is|are) being", re.IGNORECASE)
_POSSIBLE = re.compile(r"een van de mogelijkheden|één van de mogelijkheden|mogelijk(?:erwijs)?\b|"
                       r"eventueel|wellicht|one of the (?:possibilities|options)|possibly|could|"
                       r"might|may be", re.IGNORECASE)
_COMMITTED = re.compile(r"\bzal\b|\bzullen\b|\bwordt\b|\bworden\b|\bgaat\b|\bgaan\b|\bwill\b|"
                        r"\bshall\b|agreed|committed|is to be|are to be|afgesproken|toegezegd",
                        re.IGNORECASE)
_FU_SPLIT = re.compile(r",? en (?=een van de mogelijkheden|één van de mogelijkheden|er wordt|"
                       r"daarnaast)|,? and (?=one of the (?:possibilities|options))", re.IGNORECASE)
_MANNER = re.compile(r"^(?:hierbij|daarbij|daarin|in doing so|in this)\b.*(?:samen(?:ge)?werk|"
                     r"in samenwerking|cooperat|together with|partners)", re.IGNORECASE)


def commitment_of(clause: str) -> tuple[str, float]:
    """committed / being-explored / possibility, from the wording."""
    if _EXPLORED.search(clause):
        return "being-explored", 0.75
    if _POSSIBLE.search(clause):
        return "possibility", 0.7
    if _COMMITTED.search(clause):
        return "committed", 0.65
    return "committed", 0.4


# ---------------------------------------------------------------- the extractor

def extract(text: str, paths: Paths | None = None, *, language: str | None = None,
            report: str | None = None, source_file: str | None = None,
            exclude: str | None = None, known: dict | None = None) -> Draft:
    """A draft sheet of the report `text` (raw or normalised). Known actors come from the
    registry and the report files in `paths.data_dir` (except `exclude`.ttl, e.g. the report
    itself when measuring recovery)."""
    norm = normalise(text)
    lang = language or guess_language(norm)
    known = known if known is not None else load_known(paths, exclude=exclude)
    gaz = _Gazetteer(known)
    sentences = split_sentences(norm, heading_lines(text))
    report = report or "draft-report"
    mentions: list[Mention] = []
    unknown: list[Unknown] = []
    by_sentence: dict[int, list[Mention]] = {}
    for sent in sentences:
        ms, us = _find_mentions(sent, gaz)
        by_sentence[id(sent)] = ms
        mentions += ms
        unknown += us
    unknown = _dedupe_unknown(unknown)

    title = sentences[0].text if sentences and sentences[0].section == "preamble" else ""
    # the mission's month: from the title, else the first month in the purpose
    mission_date = None
    for sent in sentences:
        if sent.section in ("preamble", "purpose"):
            for d in _dates(sent, None):
                if d.precision in ("month", "day"):
                    mission_date = d
                    break
        if mission_date:
            break
    mission_when = mission_date.when[:7] if mission_date and mission_date.when else None
    dates_by: dict[int, list[DateFact]] = {}
    dates: list[DateFact] = []
    amounts: list[AmountFact] = []
    for sent in sentences:
        ds = _dates(sent, mission_when)
        dates_by[id(sent)] = ds
        dates += ds
        amounts += _amounts(sent)

    # the delegation lead: the person under "Bestuurlijke deelname", else the first known
    # person with a gedeputeerde / King's Commissioner post
    lead = None
    lead_sentence = None
    for sent in sentences:
        if sent.category == "political-participation" and sent.section == "preamble":
            p = [m for m in by_sentence[id(sent)] if m.kind == "person" and m.iri]
            if p:
                lead, lead_sentence = p[0].iri, sent
                break
    if lead is None:
        for m in mentions:
            if m.kind == "person" and m.iri and m.role in ("gedeputeerde", "kings-commissioner"):
                lead, lead_sentence = m.iri, m.sentence
                break
    # a role word without a name that is the lead's own role is the lead ("de gedeputeerde")
    if lead is not None:
        lead_roles = {known[p].role for p in known[lead].holds if p in known}
        for m in mentions:
            if m.kind in ("role", "person") and m.iri in (None, lead) and m.role in lead_roles \
                    and not (m.kind == "person" and m.iri is None):
                m.kind, m.iri = "person", lead
                m.post = next((p for p in known[lead].holds if known.get(p) and
                               known[p].role == m.role), m.post)
                m.confidence, m.review = max(m.confidence, 0.75), None

    delegation_sent = next((s for s in sentences if re.search(r"\bdelegatie\b|\bdelegation\b",
                                                               s.text, re.IGNORECASE)), None)
    delegation_id = f"{report}-delegation" if delegation_sent else None
    groups = []
    for sent in sentences:
        m = re.search(r"(\d+) (personen|persons|people|ambtenaren|civil servants)", sent.text)
        if m and sent.section == "preamble":
            groups.append({"id": f"{report}-civil-servants", "count": int(m.group(1)),
                           "label": f"{m.group(1)} civil servants (unnamed)", "quote": sent,
                           "category": sent.category})
    home_org = None
    if lead:
        posts = [p for p in known[lead].holds if p in known]
        home_org = known[posts[0]].post_in if posts and known[posts[0]].post_in else None

    builder = _Builder(sentences, by_sentence, dates_by, gaz, report, lead, delegation_id, lang)
    builder.mission_when = mission_when
    builder.ids.add("mission")
    for sent in sentences:
        if sent.section not in ("purpose", "programme"):
            continue
        # a sub-heading "Bezoek aan X" is a visit of its own (its first sentence as the quote)
        if sent.heading and re.match(r"Bezoek aan|Visit to", sent.heading) and not any(
                e.heading == sent.heading for e in builder.events):
            target = re.sub(r"^(?:Bezoek aan|Visit to) (?:de |het |the )?", "", sent.heading)
            etype = "fair-visit" if re.search(r"beurs|fair|expo", target, re.IGNORECASE) \
                else "regional-visit"
            parts = []
            if delegation_id:
                parts.append(Participant(delegation_id, "de delegatie", "delegation",
                                         confidence=0.5))
            builder.events.append(EventDraft(
                builder.new_id(f"visit-{target}"), etype,
                f"{sent.heading}", [sent], parts, None, True, sent.section, sent.heading,
                confidence=0.5, review=[f"made from the heading {sent.heading!r}; the quote is "
                                        "the first sentence under it"]))
        builder.from_sentence(sent)

    follow_ups = _follow_ups(sentences, by_sentence, dates_by, report, home_org, known)
    costs = _costs(amounts)
    mission = {
        "name": re.sub(r"^(?:Verslag|Report|Verslag van het|Report on the)\s+", "", title) or None,
        "date": mission_date, "quotes": [s for s in (sentences[0] if title else None,
                                                     next((x for x in sentences
                                                           if x.section == "purpose"), None))
                                         if s is not None],
        "lead": lead, "lead_sentence": lead_sentence, "organiser": home_org,
    }
    delegation = None
    if delegation_id:
        members = ([local_name(lead)] if lead else []) + [g["id"] for g in groups]
        delegation = {"id": delegation_id, "members": members, "quote": delegation_sent,
                      "home": home_org}
    return Draft(report, lang, norm, title, source_file, sentences, mentions, unknown, dates,
                 amounts, builder.events, follow_ups, costs, mission, delegation, groups, known)


def _dedupe_unknown(items: list[Unknown]) -> list[Unknown]:
    out: dict[str, Unknown] = {}
    for u in items:
        key = fold(u.name)
        if key not in out or (u.kind == "person" and out[key].kind != "person"):
            out[key] = u
    return list(out.values())


def _follow_ups(sentences, by_sentence, dates_by, report, home_org, known) -> list[FollowUpDraft]:
    out: list[FollowUpDraft] = []
    for sent in sentences:
        if sent.section != "follow-up":
            continue
        clauses, last = [], 0
        for m in _FU_SPLIT.finditer(sent.text):
            clauses.append(sent.text[last:m.start()])
            last = m.end()
        clauses.append(sent.text[last:])
        for clause in clauses:
            clause = clause.strip().rstrip(".")
            if not clause:
                continue
            if _MANNER.search(clause) and out:
                if sent not in out[-1].quotes:
                    out[-1].quotes.append(sent)
                continue
            commitment, conf = commitment_of(clause)
            ds = [d for d in dates_by.get(id(sent), []) if d.as_stated in clause]
            due = next((d for d in ds if d.precision in ("vague", "year", "month", "day")), None)
            orgs = [m for m in by_sentence[id(sent)] if m.iri and known[m.iri].kind == "org"
                    and m.text in clause and m.text.lower() not in ("brabant",)]
            by = [local_name(home_org)] if home_org else []
            review = ["`by:` is a guess (the report's own organisation); check"]
            if re.search(r"beide provincie|both provinces|samen met|together with", clause,
                         re.IGNORECASE) and orgs:
                by += [local_name(m.iri) for m in orgs if local_name(m.iri) not in by][:1]
            words = re.sub(r"^(?:Ook|Daarnaast|Hierbij|Also|In addition)\s+", "", clause)
            name = words if len(words) <= 90 else words[:87].rsplit(" ", 1)[0] + " …"
            name = name[0].upper() + name[1:]
            fu = FollowUpDraft(f"{report}-follow-up-{len(out) + 1}", name, commitment, [sent],
                               clause, by, due, conf, review)
            fu.review.append(f"commitment guessed from the wording: {commitment}")
            out.append(fu)
    return out


def _costs(amounts: list[AmountFact]) -> list[dict]:
    out: dict[str, dict] = {}
    order: list[str] = []
    for a in amounts:
        if a.kind is None:
            continue
        key = a.category or "uncategorised"
        if key not in out:
            out[key] = {"category": a.category, "actual": None, "budget": None}
            order.append(key)
        if out[key][a.kind] is None:
            out[key][a.kind] = a
    return [out[k] for k in order]


# ---------------------------------------------------------------- files

def read_report(path) -> str:
    """The text of a report file: UTF-8 text, or the text layer of a PDF (needs pypdf)."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give the report's .txt or .pdf file")
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    if path.suffix.lower() == ".pdf":
        try:
            from pypdf import PdfReader
        except ImportError as exc:      # pragma: no cover - depends on the environment
            raise UsageError("reading a PDF needs pypdf (pip install pypdf==7.1.0)") from exc
        import logging
        logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings become our one line
        try:
            reader = PdfReader(str(path))
            return "\n\n".join((page.extract_text() or "") for page in reader.pages)
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
        except Exception as exc:  # pypdf raises many kinds for a damaged or fake PDF
            raise InputError(f"{path}: not a readable PDF ({exc}); give the report's text as "
                             ".txt instead") from exc
    return read_text(path)


def report_id_for(path) -> str:
    stem = Path(path).name
    for suffix in (".pdf", ".txt", ".raw"):
        if stem.lower().endswith(suffix):
            stem = stem[:-len(suffix)]
    stem = re.sub(r"\.raw$", "", stem)
    s = slug(stem, 60)
    return s if SLUG.fullmatch(s) else "draft-report"


def extract_file(path, paths: Paths | None = None, *, language: str | None = None,
                 exclude: str | None = None) -> Draft:
    """`kg extract REPORT`: read the file (text or PDF) and extract a draft. A text file is
    named under `source: file:` (relative to the project when inside it); a PDF's text goes
    under `source: text:`."""
    paths = paths or Paths()
    path = Path(path)
    text = read_report(path)
    source_file = None
    if path.suffix.lower() != ".pdf":
        try:
            source_file = path.resolve().relative_to(paths.root.resolve()).as_posix()
        except ValueError:
            source_file = str(path.resolve())
    return extract(text, paths, language=language, report=report_id_for(path),
                   source_file=source_file, exclude=exclude)


# ---------------------------------------------------------------- YAML

_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-./ ]*")
_NULLISH = {"null", "Null", "NULL", "~", "true", "false", "yes", "no", "on", "off"}


def _scalar(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, Decimal)):
        return str(v)
    s = str(v)
    if _PLAIN.fullmatch(s) and not s.endswith(" ") and s not in _NULLISH and "  " not in s \
            and not re.fullmatch(r"-?\d+\.\d+", s):      # amounts stay text, not floats
        return s
    return json.dumps(s, ensure_ascii=False)


class _C(dict):
    """A mapping with comment lines written above it."""

    def __init__(self, *args, comments=(), **kw):
        super().__init__(*args, **kw)
        self.comments = [c for c in comments if c]


def _emit(value, indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for key, v in value.items():
        if v is None or v == [] or v == {}:
            continue
        if isinstance(v, dict):
            for c in getattr(v, "comments", []):
                lines.append(f"{pad}# {c}")
            if all(not isinstance(x, (dict, list)) for x in v.values()) and \
                    len(v) <= 3 and not getattr(v, "comments", None) and \
                    all(isinstance(x, str) and "," not in x and len(x) < 50 for x in v.values()):
                inner = ", ".join(f"{k}: {_scalar(x)}" for k, x in v.items() if x is not None)
                lines.append(f"{pad}{key}: {{{inner}}}")
            else:
                lines.append(f"{pad}{key}:")
                _emit(v, indent + 2, lines)
        elif isinstance(v, list):
            if all(not isinstance(x, (dict, list)) for x in v) and \
                    sum(len(str(x)) for x in v) < 70:
                lines.append(f"{pad}{key}: [{', '.join(_scalar(x) for x in v)}]")
            else:
                lines.append(f"{pad}{key}:")
                for item in v:
                    if isinstance(item, dict):
                        for c in getattr(item, "comments", []):
                            lines.append(f"{pad}  # {c}")
                        sub: list[str] = []
                        _emit(item, indent + 4, sub)
                        if sub:
                            sub[0] = f"{pad}  - " + sub[0][indent + 4:]
                        lines += sub
                    else:
                        lines.append(f"{pad}  - {_scalar(item)}")
        elif key == "text" and isinstance(v, str) and len(v) > 100:
            lines.append(f"{pad}{key}: |")
            lines.append(f"{pad}  {v}")
        else:
            lines.append(f"{pad}{key}: {_scalar(v)}")


def _note(conf: float | None, review) -> list[str]:
    out = []
    if isinstance(review, str):
        review = [review]
    review = [r for r in (review or []) if r]
    if conf is not None:
        out.append(f"confidence: {conf:.2f}" + (f" | review: {review[0]}" if review else ""))
        review = review[1:]
    out += [f"review: {r}" for r in review]
    return out


def _date_block(d: DateFact | None, quote: Sentence | None = None):
    if d is None:
        return None
    block = _C(comments=_note(d.confidence, d.note))
    if d.when:
        block["when"] = d.when
    if d.day_of_week:
        block["day_of_week"] = d.day_of_week
    block["as_stated"] = d.as_stated
    if d.note:
        block["note"] = d.note.capitalize() + "."
    if quote is not None and d.sentence is not quote:
        block["quote"] = d.sentence.text
    return block


def _quotes(sents: list[Sentence]) -> dict:
    texts = []
    for s in sents:
        if s.text not in texts:
            texts.append(s.text)
    return {"quote": texts[0]} if len(texts) == 1 else {"quotes": texts}


def draft_to_yaml(draft: Draft) -> str:
    """The draft as a report sheet (docs/report-sheets.md). Only keys `kg add` knows; the
    confidence and review notes are comments above each fact."""
    k = draft.known
    sheet: dict = {"report": draft.report, "notes_language": "en"}
    source = _C(comments=["the quotes below are sentences of the normalised text "
                          "(kg.text.normalise)"])
    source["title"] = draft.title or None
    source["language"] = draft.language
    if draft.source_file:
        source["file"] = draft.source_file
    else:
        source["text"] = draft.text
    source["quote"] = draft.title or None
    sheet["source"] = source

    m = draft.mission
    mission = _C(comments=_note(0.6, "check the name, place, organiser and themes"))
    mission["id"] = "mission"
    mission["name"] = {draft.language: m["name"] or "Mission"}
    if m["date"] is not None:
        mission["date"] = _date_block(m["date"], m["quotes"][0] if m["quotes"] else None)
    if m["organiser"]:
        mission["organiser"] = local_name(m["organiser"])
    mission.update(_quotes(m["quotes"]) if m["quotes"] else {})
    parts = []
    if m["lead"]:
        post = next((p for p in k[m["lead"]].holds if p in k), None)
        parts.append(_C({"who": local_name(m["lead"]), "role": "delegation-lead",
                         "on_behalf_of": local_name(k[post].post_in) if post and k[post].post_in else None,
                         "capacity": local_name(post) if post else None,
                         "quote": m["lead_sentence"].text if m["lead_sentence"] else None},
                        comments=_note(0.8, None)))
    for g in draft.groups:
        parts.append(_C({"who": g["id"], "role": "delegation-member",
                         "on_behalf_of": local_name(m["organiser"]) if m["organiser"] else None,
                         "quote": g["quote"].text}, comments=_note(0.7, None)))
    if draft.delegation:
        parts.append(_C({"who": draft.delegation["id"], "role": "delegation",
                         "on_behalf_of": local_name(m["organiser"]) if m["organiser"] else None,
                         "quote": draft.delegation["quote"].text}, comments=_note(0.7, None)))
    mission["participants"] = parts
    sheet["mission"] = mission

    if draft.delegation:
        d = draft.delegation
        sheet["delegation"] = _C({"id": d["id"],
                                  "name": {"en": f"Delegation of {k[d['home']].label() if d['home'] else 'the province'}"
                                           + (f" ({draft.mission['date'].when})"
                                              if draft.mission["date"] is not None else "")},
                                  "members": d["members"], "quote": d["quote"].text},
                                 comments=_note(0.7, "check the members"))
    if draft.groups:
        sheet["groups"] = [_C({"id": g["id"], "label": g["label"], "count": g["count"],
                               "quote": g["quote"].text}, comments=_note(0.7, None))
                           for g in draft.groups]

    def event_block(e: EventDraft) -> _C:
        block = _C(comments=_note(e.confidence, e.review))
        block["id"] = e.id
        block["type"] = e.type
        block["name"] = {"en" if not _in_text(e.name, draft.text) else draft.language: e.name}
        if e.date is not None:
            block["date"] = _date_block(e.date, e.quotes[0])
        block.update(_quotes(e.quotes))
        ps = []
        for p in e.participants:
            ps.append(_C({"who": p.ref, "role": p.role, "on_behalf_of": p.on_behalf_of,
                          "capacity": p.capacity},
                         comments=_note(p.confidence, p.review)))
        block["participants"] = ps
        return block

    sheet["programme"] = [event_block(e) for e in draft.events if e.in_programme]
    sheet["events"] = [event_block(e) for e in draft.events if not e.in_programme]
    fus = []
    for f in draft.follow_ups:
        block = _C(comments=_note(f.confidence, f.review))
        block["id"] = f.id
        block["name"] = {draft.language: f.name}
        block["by"] = f.by
        block["commitment"] = f.commitment
        block["follows_from"] = "mission"
        if f.due is not None:
            block["due"] = _date_block(f.due, f.quotes[0])
        block.update(_quotes(f.quotes))
        fus.append(block)
    sheet["follow_ups"] = fus
    costs = []
    for c in draft.costs:
        block = _C(comments=_note(min([a.confidence for a in (c["actual"], c["budget"]) if a]),
                                  None if c["category"] else
                                  "no category found: political-participation or "
                                  "civil-service-participation?"))
        block["category"] = c["category"]
        for key in ("actual", "budget"):
            a: AmountFact | None = c[key]
            if a is None:
                continue
            block[key] = _C({"amount": _amount_text(a), "quote": a.sentence.text},
                            comments=[f"value: {a.value} {a.currency}"])
        costs.append(block)
    sheet["costs"] = costs

    head = [f"# DRAFT report sheet made by `kg extract` — review every fact before `kg add`.",
            "# Each fact has its sentence (quote:) and, in a comment above it, a confidence "
            "(0..1) and what to review.",
            "# Format: docs/report-sheets.md. Unknown names are used as written (who: Name) "
            "and must be declared or corrected."]
    actors = draft.actors
    if actors:
        head.append("#")
        head.append("# Known actors found (registry / data/ttl ids):")
        for iri, ms in actors.items():
            best = max(x.confidence for x in ms)
            head.append(f"#   {local_name(iri)} — {k[iri].label()} (as {ms[0].text!r}; "
                        f"confidence {best:.2f})")
    if draft.unknown:
        head.append("#")
        head.append("# Unknown names (not in the registry or data/ttl) — declare them under "
                    "people:/organisations: or correct them:")
        for u in draft.unknown:
            role = f", {u.role_word}" if u.role_word else ""
            head.append(f"#   {u.name!r} ({u.kind}{role}) in: {u.sentence.text[:90]!r}")
    if draft.dates:
        head.append("#")
        head.append("# Dates found: " + "; ".join(
            f"{d.as_stated!r} -> {d.when or '?'}{' ' + d.day_of_week if d.day_of_week else ''}"
            for d in draft.dates))
    lines: list[str] = []
    _emit(sheet, 0, lines)
    return "\n".join(head) + "\n\n" + "\n".join(lines) + "\n"


def _in_text(name: str, text: str) -> bool:
    return name in text


def _amount_text(a: AmountFact) -> str:
    try:
        value, _ = parse_amount(a.raw)
        if value == a.value:
            return a.raw
    except ValueError:
        pass
    return str(a.value)
