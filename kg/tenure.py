"""Post tenures of a report sheet (`tenures:`): who held which post, and when, as the source
states it.

    tenures:
      - holder: ko-young-in                    # a person of this sheet or the registry
        post: gyeonggi-vice-governor-economy   # a post (org:Post)
        held_on: 2024-10-24                    # a day, month or year on which they held it
        quote: vice-governor

`began:` and `ended:` give the start and end of the tenure where the source states them. Each
(post, holder) pair is one `org:Membership` rten:<post>--<holder> with `rikg:postHeld`,
`org:member` and `org:memberDuring` an OWL-Time interval; a `held_on` date is an instant
`time:inside` that interval, `began`/`ended` its `time:hasBeginning`/`time:hasEnd`. Several
entries for the same pair (each with its own quote) add instants to the same interval.

A date without a year (`held_on: --05-06`, "on 6 May") is an instant `time:inDateTime` a
time:DateTimeDescription with time:month and time:day and no time:year: it is shown, but never
placed before or after a dated one, nor found by a question about a date."""
from __future__ import annotations

from rdflib import RDF, RDFS, Literal, Namespace, URIRef
from rdflib.namespace import XSD

from .config import ORG, PREFIXES, RIKG, TIME
from .i18n import _

RTEN = Namespace(PREFIXES["rten"])
RTIME = Namespace(PREFIXES["rtime"])

#: OWL-Time property for each precision of a sheet date
IN_XSD = {XSD.date: TIME.inXSDDate, XSD.gYearMonth: TIME.inXSDgYearMonth,
          XSD.gYear: TIME.inXSDgYear}
#: sheet key -> (property from the interval, words of the instant's label, IRI suffix)
ENDS = {"began": (TIME.hasBeginning, "beginning", "began"),
        "ended": (TIME.hasEnd, "end", "ended")}


def _slug(iri: URIRef) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def tenure_iri(post: URIRef, holder: URIRef) -> URIRef:
    return RTEN[f"{_slug(post)}--{_slug(holder)}"]


def emit_tenure(sheet, o) -> None:
    """One `tenures:` entry of the sheet (kg.ingest) into the report graph."""
    from .ingest.times import emit_day_without_year   # (kg.ingest imports this module)
    o.allow("holder", "post", "held_on", "began", "ended", "note", "quote", "quotes")
    holder = sheet.ref1(o, "holder", {"person"}, required=True)
    post = sheet.ref1(o, "post", {"post"}, required=True)
    dates = {key: sheet.date(o, key, yearless=True) for key in ("held_on", "began", "ended")}
    if not any(o.has(key) for key in dates):
        sheet.problem(o.path, _("give `held_on:` (a date on which the source says the person "
                                "held the post) and/or `began:`/`ended:` (YYYY, YYYY-MM, "
                                "YYYY-MM-DD, or --MM-DD for a day without a year)"))
        return
    if holder is None or post is None or any(o.has(k) and d is None for k, d in dates.items()):
        return
    began, ended = dates["began"], dates["ended"]
    if began and ended and not (began.yearless or ended.yearless) and ended.key() < began.key():
        sheet.problem(o.at("ended"), _("must not be before `began:`"))
        return
    tenure, interval = tenure_iri(post, holder), RTIME[f"tenure-{_slug(tenure_iri(post, holder))}"]
    who, what = sheet.label_of(holder), sheet.label_of(post)
    sheet.add(tenure, RDF.type, ORG.Membership)
    sheet.add(tenure, RDFS.label, Literal(f"{who} as {what}", lang="en"))
    sheet.add(tenure, RDFS.label, Literal(f"{sheet.label_of(holder, 'nl')} als "
                                          f"{sheet.label_of(post, 'nl')}", lang="nl"))
    sheet.add(tenure, ORG.member, holder)
    sheet.add(tenure, RIKG.postHeld, post)
    sheet.add(tenure, ORG.memberDuring, interval)
    sheet.add(interval, RDF.type, TIME.ProperInterval)
    sheet.add(interval, RDFS.label, Literal(f"tenure of {who} as {what}", lang="en"))
    evidence = sheet.evidence(o, tenure)
    for x in evidence:
        sheet.add(interval, RIKG.evidence, x)
    for key, date in dates.items():
        if date is None:
            continue
        literal = date.literal()
        if key == "held_on":
            instant = RTIME[f"tenure-{_slug(tenure)}-on-{literal}"]
            sheet.add(interval, TIME.inside, instant)
            words = f"{who} holds the post ({date.words()})"
        else:
            prop, word, suffix = ENDS[key]
            instant = RTIME[f"tenure-{_slug(tenure)}-{suffix}"]
            sheet.add(interval, prop, instant)
            words = f"{word} of the tenure of {who} as {what} ({date.words()})"
        sheet.add(instant, RDF.type, TIME.Instant)
        sheet.add(instant, RDFS.label, Literal(words, lang="en"))
        if date.yearless:
            day = URIRef(f"{instant}-day")
            sheet.add(instant, TIME.inDateTime, day)
            emit_day_without_year(sheet, day, date.month, date.day)
            sheet.add(day, RDFS.label, Literal(date.words(), lang="en"))
            for x in evidence:
                sheet.add(day, RIKG.evidence, x)
        else:
            sheet.add(instant, IN_XSD[literal.datatype], literal)
        for x in evidence:
            sheet.add(instant, RIKG.evidence, x)
    sheet.note_texts(o, tenure)
