"""Score a `kg extract` draft against a report's gold facts: recall and precision per kind.

Matching rules (the same for every report; text is compared after kg.text.normalise and
kg.query.fold, so case, accents, hyphens and spacing do not count):

* names: a draft name matches a gold name when it holds it as whole words ("Provincie Groningen
  Groningen" and "North West Provincie in Zuid-Afrika" hold "provincie Groningen" and "North
  West Provincie") with the gold name at least half of its words; a shorter draft name does not
  match ("Brabant" is not "West Brabant", "Maria" not "Maria van der Hoeven"), nor does a run of
  names ("Province of Zuid-Holland and Hebei Province and ..."), nor a name with a tail
  ("Masayuki Naoshima van Economie, Handel en Industrie"). A leading article does not count
  ("the Portuguese minister" is "Portuguese minister"). A gold fact's aliases count as its
  names. Dates compare their words both ways ("tot 24 april" and "Van 13 april tot 24 april
  jongstleden" overlap).
* sentences: a draft fact and a gold fact share a sentence when one's quote contains the
  other's (the draft quotes whole sentences, the gold sometimes a clause).
* actors: what the draft claims as actors. "resolved": the known actors it resolved (named by
  their registry labels, not by the words of the text: resolving "gedeputeerde" to someone is a
  claim about that someone). "or flagged": also the unknown names it flagged as person or
  organisation, the delegation it declared and its counted groups. A gold group with a count is
  found by a draft group of that count; a gold group named a delegation by the draft's
  delegation quoting the same sentence; a gold group without a count by a draft group without
  one from the same sentence whose noun of people ("studenten", "vertegenwoordigers") is in the
  gold name; every other gold actor by a name match.
* posts: a draft post is a role word the draft attached to a mention ("burgemeester Van der
  Tak", a bare "ambassadeur") with the person it names, if any. It matches a gold post when the
  role word is in the gold title (with its "of") and the holders agree: both unnamed, or the
  names match (the holder's aliases as a gold actor count).
* events: the draft's mission and events against the gold events: same sentence, same kind
  (mission, meeting, visit, signing, event; the draft's finer types are mapped; the draft's
  mission also pairs with a gold visit, the trip as the gold writes it) and dates that
  agree (either side without one, the same words, or the same value; a gold day without a year
  agrees with the draft's day in any year).
* dates: the draft's date facts; the words of the text overlap, or the values are equal.
* agreements: the agreement names the draft flagged (it declares no agreements), by sentence.
* follow-ups: by sentence. amounts: the same value and currency.

Every match is one to one (each gold fact takes the first draft fact that fits and is not taken),
so the matches count both the gold facts found and the draft facts that were right:
recall = matches / gold facts, precision = matches / draft facts. A second draft fact for a gold
fact already matched ("Jorritsma" beside "John Jorritsma") counts as not right: the draft did not
see that they are one, and a reviewer has to merge or remove it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from kg.extract.mentions import HONORIFICS
from kg.query import fold
from kg.text import normalise

from corpus_gold import KINDS


def norm(text: str) -> str:
    return fold(normalise(str(text)))


def _words_in(part: str, whole: str) -> bool:
    part, whole = norm(part), norm(whole)
    return len(part) > 1 and f" {part} " in f" {whole} "


def names_match(gold: str, claimed: str) -> bool:
    """The draft's name holds the gold name as whole words, and the gold name is at least half
    of it: 'burgemeester Van der Tak' is 'Van der Tak', but a shorter draft name is no match
    ('Brabant' is not 'West Brabant') and neither is a run of names ('Province of Zuid-Holland
    and Hebei Province and Shanghai Pudong New Area' is not 'Hebei Province')."""
    gold, claimed = _ARTICLE.sub("", norm(gold)), _ARTICLE.sub("", norm(claimed))
    return _words_in(gold, claimed) and 2 * len(gold.split()) >= len(claimed.split())


# a leading article is no part of a name ("the Portuguese infrastructure minister")
_ARTICLE = re.compile(r"^(?:the|de|het|een|a|an) ")


def words_overlap(a: str, b: str) -> bool:
    """Either holds the other as whole words ('tot 24 april' in 'Van 13 april tot 24 april')."""
    return _words_in(a, b) or _words_in(b, a)


def any_names_match(golds, claimed) -> bool:
    return any(names_match(g, c) for g in golds for c in claimed if g and c)


def same_sentence(quotes, fact: dict) -> bool:
    """Whether a draft quote and one of the gold fact's quotes contain one another."""
    golds = [norm(q) for q in [fact["quote"], *(fact.get("quotes") or [])]]
    return any((n := norm(s)) and (q in n or n in q) for s in quotes for q in golds)


@dataclass
class Claim:
    """One fact the draft states, in the terms the rules compare."""
    label: str
    names: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    kind: str | None = None
    holder: list[str] | None = None      # posts: the holder's names (None: unnamed)
    when: str | None = None
    as_stated: str | None = None
    count: int | None = None
    value: Decimal | None = None
    currency: str | None = None


@dataclass
class Score:
    gold: int = 0
    claimed: int = 0
    found: int = 0                      # one-to-one: also the draft facts that were right
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.gold += other.gold
        self.claimed += other.claimed
        self.found += other.found


# ------------------------------------------------------------------ what the draft claims

_EVENT_KIND = (("mission", "mission"), ("signing", "signing"), ("meeting", "meeting"),
               ("lunch", "meeting"), ("dinner", "meeting"), ("talk", "meeting"),
               ("conversation", "meeting"), ("reception", "meeting"), ("visit", "visit"),
               ("tour", "visit"),
               # a governing body's session (the draft's council-session) is a meeting of it
               ("session", "meeting"))


def event_kind(draft_type: str) -> str:
    return next((kind for word, kind in _EVENT_KIND if word in draft_type), "event")


def _known_names(draft, iri) -> list[str]:
    entry = draft.known.get(iri)
    return list(entry.labels) if entry is not None else [iri.rsplit("/", 1)[-1]]


def holder_name(role_word: str, text: str) -> str:
    """'burgemeester Van der Tak' -> 'Van der Tak'; 'gedeputeerde mevrouw R.G. Jansen' ->
    'R.G. Jansen' (the name the draft declares the person by: one holder, one post)."""
    name = text[len(role_word):].strip() if text.lower().startswith(role_word.lower()) else text
    while " " in name and name.split(" ", 1)[0].lower() in HONORIFICS:
        name = name.split(" ", 1)[1]
    return name


def claims(draft) -> dict[str, list[Claim]]:
    """The draft's facts per kind (actors twice: resolved only, and with flagged names)."""
    resolved, flagged, posts = {}, {}, {}
    for m in draft.mentions:
        if m.iri and m.kind in ("person", "org"):
            names = _known_names(draft, m.iri)
            resolved.setdefault(m.iri, Claim(names[0], names, [m.sentence.text], m.kind))
        if m.role_word:
            holder = None
            if m.kind == "person":      # a known person by its labels, else the name as written
                holder = _known_names(draft, m.iri) if m.iri else \
                    [getattr(m, "same_as", None) or holder_name(m.role_word, m.text)]
            # (each unnamed office holder its own post: "minister van Economische Zaken" and
            # "minister van Onderwijs" are two, not one "minister")
            office = norm(m.text) if m.unnamed else ""
            key = (norm(m.role_word), tuple(map(norm, holder or [])), office)
            posts.setdefault(key, Claim(f"{m.role_word} ({holder[0] if holder else 'unnamed'})",
                                        [m.role_word], [m.sentence.text], holder=holder))
    for u in draft.unknown:
        if u.kind in ("person", "organisation"):
            flagged.setdefault(norm(u.name), Claim(u.name, [u.name], [u.sentence.text], u.kind))
        if u.kind == "person" and u.role_word:
            key = (norm(u.role_word), (norm(u.name),), "")
            posts.setdefault(key, Claim(f"{u.role_word} ({u.name})", [u.role_word],
                                        [u.sentence.text], holder=[u.name]))
    groups = []
    if draft.delegation:
        quote = draft.delegation.get("quote")
        groups.append(Claim("delegation (declared)", ["delegation"],
                            [quote.text] if quote else [], kind="delegation"))
    groups += [Claim(g.get("label", "group"), [g.get("label", ""), g.get("head", "")],
                     [g["quote"].text] if g.get("quote") else [], kind="group",
                     count=g.get("count")) for g in draft.groups]
    events = []
    if draft.mission.get("quotes"):
        date = draft.mission.get("date")
        events.append(Claim("mission", [], [s.text for s in draft.mission["quotes"]], "mission",
                            when=date.when if date else None,
                            as_stated=date.as_stated if date else None))
    for e in draft.events:
        events.append(Claim(f"{e.type}: {e.name}", [], [s.text for s in e.quotes],
                            event_kind(e.type), when=e.date.when if e.date else None,
                            as_stated=e.date.as_stated if e.date else None))
    dates = {(norm(d.as_stated), d.when): Claim(f"{d.as_stated} -> {d.when}", [],
                                                [d.sentence.text], when=d.when,
                                                as_stated=d.as_stated) for d in draft.dates}
    agreements = {(norm(u.name), u.sentence.text): Claim(u.name, [u.name], [u.sentence.text])
                  for u in draft.unknown if u.kind == "agreement"}
    return {
        "actors_resolved": list(resolved.values()),
        "actors": list(resolved.values()) + list(flagged.values()) + groups,
        "posts": list(posts.values()),
        "events": events,
        "dates": list(dates.values()),
        "agreements": list(agreements.values()),
        "follow_ups": [Claim(f.name, [], [s.text for s in f.quotes]) for f in draft.follow_ups],
        "amounts": [Claim(a.raw, value=a.value, currency=a.currency) for a in draft.amounts],
    }


# ------------------------------------------------------------------ matching rules

def _gold_names(fact: dict) -> list[str]:
    return [fact.get("name") or fact.get("title") or ""] + list(fact.get("aliases") or [])


def _gold_date(fact: dict) -> dict | None:
    date = fact.get("date")
    return date if isinstance(date, dict) else None


def _values(when) -> list[str]:
    return [str(v) for v in str(when).split("/")] if when not in (None, "") else []


def values_agree(gold_when, draft_when) -> bool:
    if not gold_when or not draft_when:
        return False
    for g in _values(gold_when):
        if g == draft_when or (g.startswith("--") and draft_when.endswith(g[1:])
                               and len(draft_when) == 4 + len(g) - 1):
            return True
    return False


def dates_agree(gold: dict | None, claim: Claim) -> bool:
    if gold is None or (claim.when is None and claim.as_stated is None):
        return True
    if claim.as_stated and gold.get("as_stated") and words_overlap(gold["as_stated"], claim.as_stated):
        return True
    gold_when = "/".join(str(gold[k]) for k in ("when", "start", "end") if gold.get(k))
    return values_agree(gold_when, claim.when)


def same_event_kind(claim_kind: str, gold_kind: str | None) -> bool:
    """The draft's kind is the gold's; or the draft's mission (the report's trip) is what the
    gold calls a visit: rikg:Mission is a trip of a delegation ("missie / werkbezoek"), so a
    gold "visit of the delegation to Hjoerring" quoting the mission's sentence is that trip.
    (Not the other way: a draft's company visit in the sentence of a gold mission is not it.)"""
    return claim_kind == gold_kind or (claim_kind, gold_kind) == ("mission", "visit")


def matches(kind: str, fact: dict, claim: Claim) -> bool:
    if kind == "actors":
        if fact.get("kind") == "group":
            if claim.kind == "group" and fact.get("count") is not None:
                return claim.count == fact["count"]
            if claim.kind == "group" and claim.count is None:     # people named as a kind
                return same_sentence(claim.quotes, fact) and \
                    _words_in(claim.names[-1], fact.get("name", ""))
            if claim.kind == "delegation":
                return "delegat" in norm(fact.get("name", "")) and same_sentence(claim.quotes, fact)
            return False
        return claim.kind not in ("group", "delegation") and any_names_match(
            _gold_names(fact), claim.names)
    if kind == "posts":
        title = " ".join(str(fact.get(k) or "") for k in ("title", "of"))
        if not any(f" {norm(w)} " in f" {norm(title)} " for w in claim.names):
            return False
        if not fact.get("holder"):
            return claim.holder is None
        holder = [fact["holder"], *(fact.get("holder_aliases") or [])]
        return claim.holder is not None and any_names_match(holder, claim.holder)
    if kind == "events":
        return (same_sentence(claim.quotes, fact) and same_event_kind(claim.kind, fact.get("kind"))
                and dates_agree(_gold_date(fact), claim))
    if kind == "dates":
        words = claim.as_stated and words_overlap(fact["as_stated"], claim.as_stated)
        return bool(words) or values_agree(fact.get("when"), claim.when)
    if kind in ("agreements", "follow_ups"):
        return same_sentence(claim.quotes, fact)
    if kind == "amounts":
        return (Decimal(str(fact["value"])) == claim.value
                and str(fact.get("currency", "")).upper() == str(claim.currency or "").upper())
    raise ValueError(kind)


def score(kind: str, gold_facts: list[dict], draft_claims: list[Claim]) -> Score:
    """One-to-one matching, in the order of the gold facts (the first fitting claim)."""
    used: set[int] = set()
    result = Score(gold=len(gold_facts), claimed=len(draft_claims))
    for fact in gold_facts:
        i = next((i for i, c in enumerate(draft_claims)
                  if i not in used and matches(kind, fact, c)), None)
        if i is None:
            result.missed.append(str(fact.get("name") or fact.get("title") or fact.get("as_stated")
                                     or fact.get("what") or fact.get("value")))
        else:
            used.add(i)
            result.found += 1
    result.wrong = [c.label for i, c in enumerate(draft_claims) if i not in used]
    return result


#: the columns of the table: (column, gold kind, claim list)
COLUMNS = (("actors (resolved)", "actors", "actors_resolved"),
           ("actors (or flagged)", "actors", "actors"),
           ("posts", "posts", "posts"), ("events", "events", "events"),
           ("dates", "dates", "dates"), ("agreements", "agreements", "agreements"),
           ("follow-ups", "follow_ups", "follow_ups"), ("amounts", "amounts", "amounts"))
assert {kind for _, kind, _ in COLUMNS} == set(KINDS)


def score_report(gold: dict, draft) -> dict[str, Score | None]:
    """The scores per column; None for a kind the gold leaves out (None, not [])."""
    found = claims(draft)
    gold = {**gold, "posts": _with_holder_aliases(gold)}
    return {column: None if gold.get(kind) is None else score(kind, gold[kind], found[key])
            for column, kind, key in COLUMNS}


def _with_holder_aliases(gold: dict) -> list[dict] | None:
    """Posts whose holder is a gold actor get that actor's aliases ("Van der Hoeven" for
    "Maria van der Hoeven")."""
    if gold.get("posts") is None:
        return None
    aliases = {norm(a["name"]): a.get("aliases") or [] for a in gold.get("actors") or []}
    return [{**p, "holder_aliases": aliases.get(norm(p["holder"]), [])} if p.get("holder") else p
            for p in gold["posts"]]


def event_dates(gold: dict, draft) -> tuple[int, int, int, int, int]:
    """The dates of the draft's events (issue #12: "the right date for at least 90% of declared
    events"): of the draft events that share sentence and kind with a gold event, (how many,
    how many carry a date, how many of those agree with the gold date, how many of the gold
    events give a date, for how many of those the draft has one that agrees)."""
    paired = dated = right = gold_dated = found = 0
    for claim in claims(draft)["events"]:
        fact = next((f for f in gold.get("events") or [] if same_sentence(claim.quotes, f)
                     and same_event_kind(claim.kind, f.get("kind"))), None)
        if fact is None:
            continue
        paired += 1
        has_date = bool(claim.when or claim.as_stated)
        agrees = has_date and dates_agree(_gold_date(fact), claim)
        dated += has_date
        right += agrees
        if _gold_date(fact) is not None:
            gold_dated += 1
            found += agrees
    return paired, dated, right, gold_dated, found
