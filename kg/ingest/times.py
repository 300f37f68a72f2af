"""The time of an event or a follow-up (`date:`, `due:`): an exact date on the event, or an OWL-Time
entity rtime:<owner> for a month, a year, a day of the week, a day without a year or words only."""
from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import SKOS

from ..config import RIKG, SCHEMA, TIME
from ..i18n import _
from .known import local_name
from .read import _Obj
from .terms import MONTHS, RTIME, WEEKDAYS
from .values import parse_date, parse_month_day


def emit_time(sheet, o: _Obj, key: str, owner: URIRef, evidence: list[URIRef], *,
              on_event: bool, period_default: str) -> URIRef | None:
    """`date:` (or a follow-up's `due:`): an exact date on the event, or an OWL-Time entity
    rtime:<owner-id> for a month, a year, a day of the week or words only."""
    value = o.data.get(key)
    if isinstance(value, str):
        try:
            parse_month_day(value) or parse_date(value)
        except ValueError as exc:
            sheet.problem(o.at(key), str(exc))
            return None
        spec = _Obj(sheet, {"when": value}, o.at(key))
        sheet.lines.setdefault(o.at(key, "when"), sheet.lines.get(o.at(key)))
    elif isinstance(value, dict):
        spec = _Obj(sheet, value, o.at(key))
        spec.allow("when", "until", "day_of_week", "as_stated", "label", "period_of", "note",
                   "quote", "quotes")
    else:
        sheet.problem(o.at(key), _("must be a date (2025-03-14, 2025-03 or 2025) or a block "
                                   "with `when:`/`as_stated:`"))
        return None
    month_day = sheet.month_day(spec)
    if month_day is not None:
        return emit_month_day(sheet, spec, owner, evidence, month_day, on_event=on_event)
    when, until = sheet.date(spec, "when"), sheet.date(spec, "until")
    weekday = spec.text("day_of_week")
    as_stated = sheet.lang_texts(spec, "as_stated", sheet.lang)
    if not (when or as_stated or weekday or spec.has("when")):
        sheet.problem(spec.path, _("give `when:` (YYYY, YYYY-MM or YYYY-MM-DD) and/or "
                                   "`as_stated:` (the words of the report)"))
        return None
    if spec.has("when") and when is None:
        return None
    if until and not when:
        sheet.problem(spec.at("until"), _("`until:` needs `when:`"))
        return None
    if until and when and (until.key() < when.key() or until.exact != when.exact):
        sheet.problem(spec.at("until"), _("must be after `when:` and as precise as it"))
        return None
    own = sheet.excerpts(spec)
    time_evidence = own or evidence
    labels = sheet.lang_texts(spec, "label", sheet.notes_lang)
    t = RTIME[local_name(owner)]

    def finish(node: URIRef, default_label: str | None) -> URIRef:
        for lit in labels or ([Literal(default_label, lang="en")] if default_label else
                              [Literal(str(a), lang=a.language) for a in as_stated]):
            sheet.add(node, RDFS.label, lit)
        for a in as_stated:
            sheet.add(node, RIKG.timeDescription, a)
        for lit in sheet.lang_texts(spec, "note", sheet.notes_lang):
            sheet.add(node, SKOS.editorialNote, lit)
        for x in time_evidence:
            sheet.add(node, RIKG.evidence, x)
        sheet.time_of[owner] = node
        return node

    if weekday is not None:
        day = weekday.lower()
        if day not in WEEKDAYS:
            sheet.problem(spec.at("day_of_week"), _("{value} is not a day of the week; known: "
                                                    "{known}").format(
                value=repr(weekday), known=", ".join(WEEKDAYS)))
            return None
        if when and when.exact:
            sheet.problem(spec.at("day_of_week"), _("with an exact date, leave out the day of "
                                                    "the week"))
            return None
        if until:
            sheet.problem(spec.at("until"), _("a day of the week has no `until:`"))
            return None
        sheet.add(owner, TIME.hasTime if on_event else RIKG.dueTime, t)
        sheet.add(t, RDF.type, TIME.DateTimeDescription)
        sheet.add(t, TIME.unitType, TIME.unitDay)
        sheet.add(t, TIME.dayOfWeek, TIME[day.capitalize()])
        if when:
            sheet.add(t, TIME.year, Literal(f"{when.year:04d}", datatype=XSD.gYear))
            if when.month:
                sheet.add(t, TIME.month, Literal(f"--{when.month:02d}", datatype=XSD.gMonth))
        article = "an" if day[0] in "aeiou" else "a"
        default = f"{article} {day.capitalize()}" + (f" in {when.words()}" if when else "")
        return finish(t, default)
    if when and when.exact and on_event:
        sheet.add(owner, SCHEMA.startDate, when.literal())
        if until:
            sheet.add(owner, SCHEMA.endDate, until.literal())
        if not as_stated:
            return None
    sheet.add(owner, TIME.hasTime if on_event else RIKG.dueTime, t)
    if when and when.exact and not on_event and not until:
        sheet.add(t, RDF.type, TIME.Instant)
        sheet.add(t, TIME.inXSDDate, when.literal())
        return finish(t, when.words())
    sheet.add(t, RDF.type, TIME.ProperInterval)
    if when:
        label = when.words() + (f" – {until.words()}" if until else "")
        period = spec.text("period_of") or period_default
        prop = {XSD.date: TIME.inXSDDate, XSD.gYearMonth: TIME.inXSDgYearMonth,
                XSD.gYear: TIME.inXSDgYear}
        shown = (labels[0] if labels else label)
        for end, d in (("begin", when), ("end", until or when)):
            node = RTIME[f"{local_name(owner)}-{end}"]
            sheet.add(t, TIME.hasBeginning if end == "begin" else TIME.hasEnd, node)
            sheet.add(node, RDF.type, TIME.Instant)
            words = "beginning" if end == "begin" else "end"
            sheet.add(node, RDFS.label, Literal(f"{words} of {period} (within {shown})",
                                                lang="en"))
            lit = d.literal()
            sheet.add(node, prop[lit.datatype], lit)
            for x in time_evidence:
                sheet.add(node, RIKG.evidence, x)
        return finish(t, label)
    return finish(t, None)


def emit_month_day(sheet, spec: _Obj, owner: URIRef, evidence: list[URIRef],
                   month_day: tuple[int, int], *, on_event: bool) -> URIRef | None:
    """A day and month without a year ("on 6 May"): a time:DateTimeDescription with
    time:month and time:day and no time:year (OWL-Time allows leaving any part out)."""
    for key in ("until", "day_of_week"):
        if spec.has(key):
            sheet.problem(spec.at(key), _("a day without a year (--MM-DD) has no "
                                          "`{field}:`").format(field=key))
            return None
    month, day = month_day
    t = RTIME[local_name(owner)]
    sheet.add(owner, TIME.hasTime if on_event else RIKG.dueTime, t)
    emit_day_without_year(sheet, t, month, day)
    labels = sheet.lang_texts(spec, "label", sheet.notes_lang) or [
        Literal(f"{day} {MONTHS[month - 1]} (year not stated)", lang="en")]
    for lit in labels:
        sheet.add(t, RDFS.label, lit)
    for a in sheet.lang_texts(spec, "as_stated", sheet.lang):
        sheet.add(t, RIKG.timeDescription, a)
    for lit in sheet.lang_texts(spec, "note", sheet.notes_lang):
        sheet.add(t, SKOS.editorialNote, lit)
    for x in sheet.excerpts(spec) or evidence:
        sheet.add(t, RIKG.evidence, x)
    sheet.time_of[owner] = t
    return t


def emit_day_without_year(sheet, node: URIRef, month: int, day: int) -> None:
    """`node` as a day of a year the source does not give: a time:DateTimeDescription with
    time:month and time:day and no time:year (OWL-Time allows leaving any part out)."""
    sheet.add(node, RDF.type, TIME.DateTimeDescription)
    sheet.add(node, TIME.unitType, TIME.unitDay)
    sheet.add(node, TIME.month, Literal(f"--{month:02d}", datatype=XSD.gMonth))
    sheet.add(node, TIME.day, Literal(f"---{day:02d}", datatype=XSD.gDay))
