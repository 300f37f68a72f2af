"""Follow-up actions (`follow_ups:`): what will be done, by whom, how firmly, by when."""
from __future__ import annotations

from rdflib import RDF, Literal
from rdflib.namespace import DCTERMS as DCT

from ..config import RIKG, SCHEMA
from ..i18n import _
from .known import curie, local_name
from .read import _Obj
from .terms import ACTION_STATUS, AGENT, ANY, RTIME
from .times import emit_time

# `by:` for a follow-up whose report does not say who will carry it out
NOT_STATED = ("not stated", "niet vermeld")


def emit_action(sheet, o: _Obj) -> None:
    o.allow("id", "name", "by", "object", "concerns", "themes", "place", "status",
            "commitment", "follows_from", "due", "due_time_of", "scheduled", "note",
            "description", "quote", "quotes")
    iri = sheet.iri_of(o, "action")
    if iri is None:
        return
    sheet.add(iri, RDF.type, RIKG.FollowUpAction)
    sheet.required_texts(o, "name", sheet.lang, iri, SCHEMA.name,
        _("`name:` is missing (what will be done)"))
    sheet.note_texts(o, iri)
    if isinstance(o.value("by"), str) and o.value("by").strip().lower() in NOT_STATED:
        # the report does not say who will do it: say so rather than guess an agent
        sheet.add(iri, RIKG.agentNotStated, Literal(True))
        agents = []
    else:
        agents = sheet.refs(o, "by", AGENT)
        if not agents and not o.has("by"):
            sheet.problem(o.path, _("`by:` is missing (who is to do it; `by: not stated` where "
                                    "the report does not say)"))
    for a in agents:
        sheet.add(iri, SCHEMA.agent, a)
    for x in sheet.refs(o, "object", ANY):
        sheet.add(iri, SCHEMA.object, x)
    for x in sheet.refs(o, "concerns", ANY):
        sheet.add(iri, RIKG.concerns, x)
    for c in sheet.concepts(o, "themes", "theme"):
        sheet.add(iri, DCT.subject, c)
    for p in sheet.refs(o, "place", {"place"}):
        sheet.add(iri, SCHEMA.location, p)
    status = o.text("status") or "potential"
    if status not in ACTION_STATUS:
        sheet.problem(o.at("status"), _("{value} is not a status; known: {known}").format(
                      value=repr(status), known=", ".join(ACTION_STATUS)))
    else:
        sheet.add(iri, SCHEMA.actionStatus, ACTION_STATUS[status])
    sheet.add(iri, RIKG.commitmentLevel, sheet.concept(o, "commitment", "commitment",
                                                       required=True))
    for x in sheet.refs(o, "follows_from", {"event", "invitation", "outcome", "agreement"}):
        sheet.add(iri, RIKG.followsFrom, x)
    scheduled = sheet.date(o, "scheduled")
    if scheduled:
        sheet.add(iri, SCHEMA.scheduledTime, scheduled.literal())
    evidence = sheet.evidence(o, iri)
    if o.data.get("due") is not None and o.has("due_time_of"):
        sheet.problem(o.at("due_time_of"), _("give either `due:` or `due_time_of:`"))
    elif o.data.get("due") is not None:
        emit_time(sheet, o, "due", iri, evidence, on_event=False, period_default="the follow-up")
    elif o.has("due_time_of"):
        event = sheet.ref1(o, "due_time_of", {"event"})
        if event is not None:
            t = sheet.time_of.get(event) or (RTIME[local_name(event)]
                                             if RTIME[local_name(event)] in sheet.known else None)
            if t is None:
                sheet.problem(o.at("due_time_of"), _(
                    "{event} has no time of its own (a `date:` with a month, a year or words); "
                    "give `due:` instead").format(event=curie(event)))
            else:
                sheet.add(iri, RIKG.dueTime, t)
