"""The draft as a report sheet (YAML) with confidence and review comments."""
from __future__ import annotations

import io
import re
from decimal import Decimal

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from ..ingest import local_name, parse_amount
from ..query import fold
from .actors import new_actor_ids, organisation_block, person_block
from .model import AmountFact, DateFact, Draft, EventDraft, Sentence
from .words import STYLE, UPPER


# ---------------------------------------------------------------- YAML

class _C(dict):
    """A mapping with comment lines written above it."""

    def __init__(self, *args, comments=(), **kw):
        super().__init__(*args, **kw)
        self.comments = [c for c in comments if c]


def _small(v: dict) -> bool:
    """A mapping short enough for one line: `name: {nl: Bezoek}`."""
    return len(v) <= 3 and not getattr(v, "comments", None) and all(
        isinstance(x, str) and "," not in x and len(x) < 50 for x in v.values())


def _value(v, indent: int):
    """The draft's plain values as ruamel.yaml nodes (comments above mappings kept)."""
    if isinstance(v, dict):
        node = CommentedMap()
        for key, x in v.items():
            if x is None or x == [] or x == {}:
                continue
            node[key] = _value(x, indent + 2)
            comments = getattr(x, "comments", None)
            if comments and isinstance(x, dict):
                node.yaml_set_comment_before_after_key(key, before="\n".join(comments),
                                                       indent=indent)
            if key == "text" and isinstance(x, str) and len(x) > 100:
                node[key] = LiteralScalarString(x)
        if _small(v):
            node.fa.set_flow_style()
        return node
    if isinstance(v, list):
        node = CommentedSeq()
        for i, x in enumerate(v):
            node.append(_value(x, indent + 2))      # '- ' then the keys
            comments = getattr(x, "comments", None)
            if comments:
                node.yaml_set_comment_before_after_key(i, before="\n".join(comments),
                                                       indent=indent)
        if all(not isinstance(x, (dict, list)) for x in v) and sum(len(str(x)) for x in v) < 70:
            node.fa.set_flow_style()
        return node
    if isinstance(v, Decimal):
        return str(v)                       # amounts stay exact text, never floats
    return v


def _dump(sheet: dict) -> str:
    y = YAML()
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = 4096                          # a quote stays on one line, as in the text
    out = io.StringIO()
    y.dump(_value(sheet, 0), out)
    return out.getvalue()


#: below this confidence an item is uncertain: it gets a review mark even without a reason
SURE = 0.8


def _note(conf: float | None, review) -> list[str]:
    """The comment lines above an item: its confidence and a `review:` mark for each thing to
    check (kg.review: `kg add` refuses the sheet until every mark is removed)."""
    out = []
    if isinstance(review, str):
        review = [review]
    review = [r for r in (review or []) if r]
    if conf is not None and conf < SURE and not review:
        review = ["uncertain (confidence below 0.8); check it against the quote"]
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
    if d.when and d.until:
        block["until"] = d.until
    # a day of the week only beside words, a month or a year: a sheet's exact day (YYYY-MM-DD
    # or --MM-DD) says its weekday itself, and kg add refuses both
    if d.day_of_week and not (d.when and (len(d.when) == 10 or d.when.startswith("--"))):
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
    for g in (g for g in draft.groups if g.get("member", True)):
        parts.append(_C({"who": g["id"], "role": "delegation-member",
                         "on_behalf_of": local_name(m["organiser"]) if m["organiser"] else None,
                         "quote": g["quote"].text}, comments=_note(0.7, None)))
    if draft.delegation:
        parts.append(_C({"who": draft.delegation["id"], "role": "delegation",
                         "on_behalf_of": local_name(m["organiser"]) if m["organiser"] else None,
                         "quote": draft.delegation["quote"].text}, comments=_note(0.7, None)))
    mission["participants"] = parts
    if m.get("told", True):                     # (a text that tells no trip has no mission)
        sheet["mission"] = mission

    if draft.delegation:
        d = draft.delegation
        date = draft.mission["date"]
        # where the text says it is from ("een delegatie uit Peking"), that; else the home
        # organisation's
        whose = f"from {d['origin']}" if d.get("origin") else \
            f"of {k[d['home']].label() if d['home'] else 'the province'}"
        sheet["delegation"] = _C({"id": d["id"],
                                  "name": {"en": f"Delegation {whose}"
                                           + (f" ({date.when})" if date is not None and date.when
                                              else "")},
                                  "members": d["members"], "quote": d["quote"].text},
                                 comments=_note(0.7, "check the members"))
    if draft.groups:
        sheet["groups"] = [_C({"id": g["id"], "label": g["label"], "count": g["count"],
                               "quote": g["quote"].text}, comments=_note(0.7, None))
                           for g in draft.groups]

    # every unknown person and organisation named in the text, declared for the reviewer
    new_ids = new_actor_ids(draft.unknown, {local_name(i) for i in draft.actors}
                            | {g["id"] for g in draft.groups} | {"mission"})
    unknown = {fold(u.name): u for u in reversed(draft.unknown) if fold(u.name) in new_ids}
    unknown = {key: unknown[key] for key in new_ids if key in unknown}     # in text order
    # a participant or an agent may be told with a style the declared name lacks, or without
    # one it has ("mayor Sir Tim" / "Tim", "Dr Nicole Hoffmeister-Kraut" / "Nicole ..."): the
    # same new actor either way, never a name the sheet does not declare
    by_styleless = {fold(_without_style(u.name)): new_ids[key] for key, u in unknown.items()}

    def new_id(ref: str) -> str:
        return new_ids.get(fold(ref)) or by_styleless.get(fold(_without_style(ref))) or ref
    sheet["people"] = [_C(person_block(u, new_ids[n]), comments=_note(0.5, u.review))
                       for n, u in unknown.items() if u.kind == "person"]
    sheet["organisations"] = [
        _C(organisation_block(u, new_ids[n], draft.language),
           comments=_note(0.5, [u.review, "the type is a guess from the name"]))
        for n, u in unknown.items() if u.kind == "organisation"]

    def event_block(e: EventDraft, listed_as_event: bool = False) -> _C:
        block = _C(comments=_note(e.confidence, e.review))
        # (an id under events: is used as written, so a programme item's short id listed there
        # takes the report's prefix, as under programme: kg add gives it)
        block["id"] = f"{draft.report}-{e.id}" if listed_as_event and e.in_programme and \
            not e.id.startswith(f"{draft.report}-") else e.id
        block["type"] = e.type
        if e.type in ("dinner", "signing", "reception"):
            # kg add gives these no class of their own: a dinner is a meeting (who met whom)
            block["kind"] = "meeting" if e.type == "dinner" else "event"
        block["name"] = {"en" if not _in_text(e.name, draft.text) else draft.language: e.name}
        if e.status:                            # told in the future tense: not (yet) held
            block["status"] = e.status
        if e.date is not None:
            block["date"] = _date_block(e.date, e.quotes[0])
        block.update(_quotes(e.quotes))
        ps, seen = [], set()
        for p in e.participants:
            who = new_id(p.ref)
            if who in seen:                     # 'Jorritsma' and 'John Jorritsma': one
                continue
            seen.add(who)
            ps.append(_C({"who": who, "role": p.role,
                          "on_behalf_of": p.on_behalf_of,
                          "capacity": p.capacity},
                         comments=_note(p.confidence, p.review)))
        block["participants"] = ps
        return block

    # (without a mission no event is part of one: all are the report's other events)
    sheet["programme"] = [event_block(e) for e in draft.events if e.in_programme
                          and "mission" in sheet]
    sheet["events"] = [event_block(e, listed_as_event=True) for e in draft.events
                       if not e.in_programme or "mission" not in sheet]
    fus = []
    for f in draft.follow_ups:
        block = _C(comments=_note(f.confidence, f.review))
        block["id"] = f.id
        block["name"] = {draft.language: f.name}
        block["by"] = list(dict.fromkeys(new_id(b) for b in f.by))
        block["commitment"] = f.commitment
        if "mission" in sheet:
            block["follows_from"] = "mission"
        if f.due is not None:
            block["due"] = _date_block(f.due, f.quotes[0])
        block.update(_quotes(f.quotes))
        fus.append(block)
    sheet["follow_ups"] = fus
    costs, budgets_only = [], []
    for c in draft.costs:
        if c["actual"] is None and c["budget"] is not None:
            # a sheet's cost is what was spent, against its budget: a budget told alone (to be
            # spent, planned) is for the reviewer, not a cost kg add would refuse without `actual:`
            budgets_only.append(c["budget"])
            continue
        told = [a for a in (c["actual"], c["budget"]) if a]
        block = _C(comments=_note(min(a.confidence for a in told),
                                  [None if c["category"] else
                                   "no category found: political-participation is a guess "
                                   "(a sheet needs one); check, or civil-service-participation?",
                                   *(a.note for a in told)]))
        # (a cost needs a category to be a sheet's: a guess with its review mark, as `by:` is)
        block["category"] = c["category"] or "political-participation"
        currency = next((a.currency for a in told if a.currency), None)
        if currency and currency != "EUR":      # a sheet's amount is in euro unless it says
            block["currency"] = currency
        for key in ("actual", "budget"):
            a: AmountFact | None = c[key]
            if a is None:
                continue
            block[key] = _C({"amount": _amount_text(a), "quote": a.sentence.text},
                            comments=[f"value: {a.value} {a.currency or '(currency?)'}"])
        costs.append(block)
    sheet["costs"] = costs

    head = [f"# DRAFT report sheet made by `kg extract` — review every fact before `kg add`.",
            "# Each fact has its sentence (quote:) and, in a comment above it, a confidence "
            "(0..1) and what to review.",
            "# Format: docs/report-sheets.md. Names not in the registry or data/ttl are declared "
            "below as new people and organisations (check each: it may be a known one).",
            "# `kg add` refuses this sheet while any `review:` mark is left: check the item, then "
            "delete the mark or write `reviewed:`."]
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
        head.append("# Names not in the registry or data/ttl (people and organisations are "
                    "declared below; agreements, events and other names are for you to place):")
        for u in draft.unknown:
            role = f", {u.role_word}" if u.role_word else ""
            head.append(f"#   {u.name!r} ({u.kind}{role}) in: {u.sentence.text[:90]!r}")
    if budgets_only:
        head.append("#")
        head.append("# Budgets told without the amount spent (a cost under `costs:` needs `actual:`; "
                    "add one if the text gives it):")
        for a in budgets_only:
            head.append(f"#   {a.value} {a.currency or '(currency?)'} in: {a.sentence.text[:90]!r}")
    if draft.dates:
        head.append("#")
        head.append("# Dates found: " + "; ".join(
            f"{d.as_stated!r} -> {d.when or '?'}{' ' + d.day_of_week if d.day_of_week else ''}"
            for d in draft.dates))
    return "\n".join(head) + "\n\n" + _dump(sheet)


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


_STYLE_FIRST = re.compile(r"^" + STYLE + r"\s+(?=" + UPPER + ")")


def _without_style(name: str) -> str:
    """The name without a style or title before it ("Sir Tim": "Tim"; "de heer Dr. A. Smit")."""
    return _STYLE_FIRST.sub("", name) or name
