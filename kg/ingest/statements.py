"""Evidence per statement: one statement node for every fact a report sheet states, with the
sentence of that report that states it (docs/modelling.md, "Every fact has a quote").

    rstmt:<report>-<hash> a rdf:Statement ; rdf:subject s ; rdf:predicate p ; rdf:object o ;
        rikg:evidence rexc:<report>-<n> .

The sentence is the field's own `quote:` (`status: {value: completed, quote: working-body}`, a
date block's or an amount's `quote:`), else those of the thing's sentences that name the value (a
label or an alias, compared after kg.query.fold, as whole words), else none: then the statement
has no rikg:evidence and the QC warning statement-without-sentence lists it. A sentence that does
not state the fact is never cited."""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS as DCT, FOAF, PROV, SKOS

from ..config import GRAPH, ORG, PREFIXES, RIKG, SCHEMA, TIME
from ..load import parse_turtle
from ..query import fold
from .known import kind_of
from .read import _Obj

RSTMT = Namespace(PREFIXES["rstmt"])
RDOC = Namespace(PREFIXES["rdoc"])

# not facts of their own: names, the modeller's words, classifications, the links to n-ary nodes
# that carry their own evidence (participations), and what kg itself adds (match candidates)
NOT_STATED = {RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel, FOAF.name, FOAF.familyName,
              FOAF.givenName, SCHEMA.name, DCT.description, SKOS.editorialNote, RIKG.evidence,
              RIKG.timeDescription, RIKG.isPlaceholder, RIKG.agentNotStated, DCT.type, ORG.role, RIKG.commitmentLevel,
              RIKG.costCategory, RIKG.hasParticipation, RIKG.possiblySame}
# n-ary nodes: their own rikg:evidence is already per statement
OWN_EVIDENCE_TYPES = {RIKG.Participation, TIME.Instant, TIME.ProperInterval,
                      TIME.DateTimeDescription, SCHEMA.MonetaryAmount, RIKG.MatchCandidate}
# the sheet field(s) a property is written in, where a field's own `quote:` is looked up
FIELD_OF = {
    SCHEMA.location: ("place",), DCT.spatial: ("territory",), SCHEMA.superEvent: ("part_of",),
    SCHEMA.organizer: ("organiser",), DCT.subject: ("themes",), SCHEMA.actionStatus: ("status",),
    SCHEMA.eventStatus: ("status",),
    SCHEMA.agent: ("by",), RIKG.signingDate: ("signed",), RIKG.signedAt: ("signed_at",),
    RIKG.party: ("parties",), RIKG.signatory: ("signatories",), RIKG.invitedBy: ("by",),
    RIKG.invitee: ("invitees",), RIKG.invitedTo: ("to",), PROV.wasGeneratedBy: ("made_at",),
    ORG.holds: ("holds",), ORG.heldBy: ("held_by",), ORG.postIn: ("in",),
    SCHEMA.containedInPlace: ("in",), ORG.unitOf: ("unit_of",),
    ORG.subOrganizationOf: ("part_of",), RIKG.facilitatedBy: ("facilitated_by",),
    RIKG.sharesFacilitiesWith: ("shares_facilities_with",), RIKG.implements: ("implements",),
    FOAF.member: ("members",), ORG.hasMember: ("members",), RIKG.memberCount: ("count",),
    RIKG.concerns: ("concerns",), SCHEMA.object: ("object",), RIKG.followsFrom: ("follows_from",),
    RIKG.followUpOf: ("follow_up_of",), RIKG.outcomeOf: ("of",), RIKG.costOf: ("of",),
    RIKG.dueTime: ("due", "due_time_of"), SCHEMA.scheduledTime: ("scheduled",),
    TIME.hasTime: ("date",), SCHEMA.startDate: ("date",), SCHEMA.endDate: ("date",),
    RIKG.actualCost: ("actual",), RIKG.budgetedCost: ("budget",),
    DCT.references: ("references",), DCT.identifier: ("identifier",), SCHEMA.url: ("address",),
    RIKG.after: ("after",), ORG.classification: ("kind",), RIKG.actsFor: ("acts_for",),
}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"],
          "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                 "september", "oktober", "november", "december"]}
NAME_PROPS = (SKOS.prefLabel, SKOS.altLabel, RDFS.label, FOAF.name, SCHEMA.name,
              RIKG.timeDescription)


def statement_iri(report: str, s, p, o) -> URIRef:
    """rstmt:<report>-<12 hex digits of the SHA-256 of the fact in N-Triples>: the same fact of
    the same report always gets the same node."""
    digest = hashlib.sha256(f"{s.n3()} {p.n3()} {o.n3()}".encode("utf-8")).hexdigest()[:12]
    return RSTMT[f"{report}-{digest}"]


def literal_words(value: Literal) -> list[str]:
    """How a report may write a literal: a date as '6 March 2025' / '6 maart 2025' (a day
    without a year as '6 May' / '6 mei'), an amount as '8.330,00' or '8,330.00', anything else
    as written."""
    text = str(value)
    if value.datatype == XSD.gMonthDay:         # a day without a year: '6 May' / '6 mei'
        month, day = (int(x) for x in text[2:].split("-"))
        return [f"{day} {months[month - 1]}" for months in MONTHS.values()]
    if value.datatype in (XSD.date, XSD.gYearMonth, XSD.gYear):
        parts = [int(x) for x in text.split("-")]
        out = []
        for months in MONTHS.values():
            if len(parts) == 3:
                out.append(f"{parts[2]} {months[parts[1] - 1]} {parts[0]}")
            elif len(parts) == 2:
                out.append(f"{months[parts[1] - 1]} {parts[0]}")
            else:
                out.append(str(parts[0]))
        return out
    if value.datatype == XSD.decimal:
        amount = Decimal(text)
        english = f"{amount:,.2f}"
        return [english, english.replace(",", " ").replace(".", ",").replace(" ", ".")]
    return [text]


def mentions(sentence: str, names: list[str]) -> bool:
    """Does the sentence name the value: one of its names as whole words, after fold?"""
    folded = fold(sentence)
    for name in names:
        f = fold(name)
        if f and re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", folded):
            return True
    return False


class StatementWriter:
    """Adds the statement nodes of one sheet (a kg.ingest.sheet._Sheet after its facts are emitted)."""

    def __init__(self, sheet):
        self.sheet = sheet
        self.sentence_of = {n: text for text, n in sheet.excerpt_no.items()}
        self.concept_names = _concept_names(sheet.paths)

    def facts(self) -> list[tuple[URIRef, URIRef, object]]:
        sheet, out = self.sheet, []
        metadata = {RDOC[sheet.report], GRAPH[sheet.report]}     # the report's own metadata
        for s, pos in sheet.po.items():
            if s in metadata or kind_of(s) is None:
                continue
            if any(p == RDF.type and o in OWN_EVIDENCE_TYPES for p, o in pos):
                continue
            out += [(s, p, o) for p, o in pos if p not in NOT_STATED]
        return out

    def emit(self) -> None:
        sheet = self.sheet
        for s, p, o in self.facts():
            node = statement_iri(sheet.report, s, p, o)
            sheet.add(node, RDF.type, RDF.Statement)
            sheet.add(node, RDF.subject, s)
            sheet.add(node, RDF.predicate, p)
            sheet.add(node, RDF.object, o)
            for x in self.sentences(s, p, o):
                sheet.add(node, RIKG.evidence, x)

    def sentences(self, s, p, o) -> list[URIRef]:
        own = self.field_quotes(s, p, o)
        if own:
            return own
        names = self.names(o)
        cited = [x for p, x in self.sheet.po.get(s, []) if p == RIKG.evidence]
        return [x for x in cited
                if mentions(self.sentence_of[int(str(x).rsplit("-", 1)[1])], names)]

    def field_quotes(self, s, p, o) -> list[URIRef]:
        """The excerpts of the field's own `quote:`, in every block of the sheet about `s`."""
        sheet, out = self.sheet, []
        for obj in sheet.blocks.get(s, []):
            for key in FIELD_OF.get(p, ()):
                value = obj.data.get(key)
                # the whole field as a block, or the list item naming this value as a block
                blocks = [(value, obj.at(key))] if isinstance(value, dict) else [
                    (item, obj.at(key, i)) for i, item in enumerate(value or [])
                    if isinstance(value, list) and isinstance(item, dict)
                    and sheet.resolved.get(obj.at(key, i)) == o]
                for block, where in blocks:
                    out += [x for x in sheet.excerpts(_Obj(sheet, block, where)) if x not in out]
        return out

    def names(self, o) -> list[str]:
        if isinstance(o, Literal):
            return literal_words(o)
        names = list(self.concept_names.get(o, []))
        known = self.sheet.declared.get(o) or self.sheet.known.get(o)
        names += [text for _, text, _ in known.labels] if known else []
        for p, v in self.sheet.po.get(o, []):
            if p in NAME_PROPS:
                names.append(str(v))
            elif p == SCHEMA.value and isinstance(v, Literal):
                names += literal_words(v)
        return names


_CONCEPTS: dict = {}


def _concept_names(paths) -> dict[URIRef, list[str]]:
    """Every label of the controlled values (themes, roles, …), read once per vocabulary."""
    key = tuple(str(f) for f in paths.vocab_files)
    if key not in _CONCEPTS:
        g = Graph()
        for f in paths.vocab_files:
            parse_turtle(f, g)
        names: dict[URIRef, list[str]] = {}
        for c, _p, label in g.triples((None, None, None)):
            if _p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
                names.setdefault(c, []).append(str(label))
        _CONCEPTS[key] = names
    return _CONCEPTS[key]
