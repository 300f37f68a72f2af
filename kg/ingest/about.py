"""`about:`: what this report states about an event, agreement or follow-up of another report."""
from __future__ import annotations

from rdflib import Literal

from ..config import RIKG, SCHEMA
from ..i18n import _
from .known import curie, kind_word
from .participations import emit_participation
from .read import _Obj
from .terms import ACTION_STATUS, AGENT

ABOUT_FIELDS = {"event": ("date", "place", "participants"),
                "agreement": ("signed", "signed_at", "signatories"),
                "action": ("status",)}


def emit_about(sheet, o: _Obj) -> None:
    """`about:` — what this report states about an event, agreement or follow-up of another
    report (or the registry). The statements land in this report's graph, with rikg:evidence
    to this report's excerpts; the other report's statements are left as they are."""
    fields = tuple(f for fs in ABOUT_FIELDS.values() for f in fs)
    o.allow("ref", *fields, "note", "description", "quote", "quotes")
    subject = sheet.ref1(o, "ref", set(ABOUT_FIELDS), required=True,
                         what=_("`ref` (the event, agreement or follow-up of another report)"))
    if subject is None:
        return
    if subject in sheet.declared:
        sheet.problem(o.at("ref"), _("{id} is declared in this sheet: give the facts there; "
                                     "`about:` is for things of other reports").format(
            id=curie(subject)))
        return
    kind = sheet.known[subject].kind
    sheet.blocks.setdefault(subject, []).append(o)
    for key in fields:
        if o.has(key) and key not in ABOUT_FIELDS[kind]:
            sheet.problem(o.at(key), _("`{field}:` does not apply to {kind} (here: "
                                       "{fields})").format(
                field=key, kind=kind_word(kind, article=True),
                fields=", ".join(ABOUT_FIELDS[kind])))
    if not any(o.has(k) for k in ABOUT_FIELDS[kind]) and not o.has("description"):
        sheet.problem(o.path, _("says nothing about {id}: give one of {fields}").format(
            id=curie(subject), fields=", ".join(ABOUT_FIELDS[kind])))
    evidence = sheet.evidence(o, subject)
    sheet.note_texts(o, subject)
    if kind == "event":
        d = sheet.date(o, "date")
        if d is not None and not d.exact:
            sheet.problem(o.at("date"), _("in `about:` give an exact day (YYYY-MM-DD); a "
                                          "month or a year of another report's event is not "
                                          "restated"))
        elif d is not None:
            sheet.add(subject, SCHEMA.startDate, d.literal())
        for p in sheet.refs(o, "place", {"place"}):
            sheet.add(subject, SCHEMA.location, p)
        names = [Literal(sheet.label_of(subject), lang="en")]
        for p in o.objs("participants"):
            emit_participation(sheet, subject, p, evidence, names)
    elif kind == "agreement":
        d = sheet.date(o, "signed", yearless=True)
        if d is not None:
            sheet.add(subject, RIKG.signingDate, d.literal())
        sheet.add(subject, RIKG.signedAt, sheet.ref1(o, "signed_at", {"event"}))
        for a in sheet.refs(o, "signatories", AGENT):
            sheet.add(subject, RIKG.signatory, a)
    elif kind == "action":
        status = o.text("status")
        if status is not None and status not in ACTION_STATUS:
            sheet.problem(o.at("status"), _("{value} is not a status; known: {known}").format(
                value=repr(status), known=", ".join(ACTION_STATUS)))
        elif status is not None:
            sheet.add(subject, SCHEMA.actionStatus, ACTION_STATUS[status])
