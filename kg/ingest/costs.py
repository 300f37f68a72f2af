"""Cost statements (`costs:`): actual and budgeted amounts of a mission or event, each with the
sentence that gives it."""
from __future__ import annotations

import re

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS as DCT

from ..config import RIKG, SCHEMA
from ..i18n import _
from .read import _Obj
from .values import parse_amount


def emit_cost(sheet, o: _Obj) -> None:
    o.allow("id", "category", "of", "label", "currency", "actual", "budget", "references",
            "note", "description", "quote", "quotes")
    iri = sheet.iri_of(o, "cost", scoped=True, default=o.text("category"))
    if iri is None:
        return
    sheet.add(iri, RDF.type, RIKG.CostStatement)
    for lit in sheet.lang_texts(o, "label", sheet.notes_lang):
        sheet.add(iri, RDFS.label, lit)
    of = sheet.ref1(o, "of", {"event"}) if o.has("of") else sheet.mission
    if of is None and not o.has("of"):
        sheet.problem(o.path, _("`of:` is missing (the mission or event the costs were for)"))
    sheet.add(iri, RIKG.costOf, of)
    category = sheet.concept(o, "category", "category", required=True)
    sheet.add(iri, RIKG.costCategory, category)
    for ref in sheet.refs(o, "references", {"document"}):
        sheet.add(iri, DCT.references, ref)
    sheet.note_texts(o, iri)
    own = sheet.excerpts(o)
    currency = o.text("currency")
    if currency is not None and not re.fullmatch(r"[A-Z]{3}", currency):
        sheet.problem(o.at("currency"), _("{value} must be a three-letter code such as EUR").format(
            value=repr(currency)))
        currency = None
    amounts: list[URIRef] = []
    for key, prop, word in (("actual", RIKG.actualCost, "actual"),
                            ("budget", RIKG.budgetedCost, "budget")):
        value = o.data.get(key)
        if value is None:
            if key == "actual":
                sheet.problem(o.path, _("`actual:` is missing (the amount actually spent)"))
            continue
        spec = _Obj(sheet, value if isinstance(value, dict) else {"amount": value}, o.at(key))
        if isinstance(value, dict):
            spec.allow("amount", "label", "quote", "quotes")
        else:
            sheet.lines.setdefault(o.at(key, "amount"), sheet.lines.get(o.at(key)))
        raw = spec.text("amount", required=True)
        if raw is None:
            continue
        try:
            amount, sign = parse_amount(raw)
        except ValueError as exc:
            sheet.problem(spec.at("amount") if isinstance(value, dict) else o.at(key), str(exc))
            continue
        code = currency or sign or "EUR"
        if currency and sign and sign != currency:
            sheet.problem(spec.at("amount"), _(
                "the amount is in {sign} but `currency:` is {currency}").format(
                sign=sign, currency=currency))
        node = URIRef(f"{iri}-{word}")
        sheet.add(iri, prop, node)
        sheet.add(node, RDF.type, SCHEMA.MonetaryAmount)
        labels = sheet.lang_texts(spec, "label", sheet.notes_lang)
        if not labels:
            cat = sheet.vocab.labels.get(category, "costs") if category else "costs"
            labels = [Literal(f"{code} {amount:,.2f} ({word}, {cat})", lang="en")]
        for lit in labels:
            sheet.add(node, RDFS.label, lit)
        sheet.add(node, SCHEMA.value, Literal(amount))
        sheet.add(node, SCHEMA.currency, Literal(code))
        ev = sheet.excerpts(spec) or own
        if not ev:
            sheet.problem(spec.path, _("no quote: add `quote:` here or on the cost with the "
                                         "sentence that gives the amount"))
        for x in ev:
            sheet.add(node, RIKG.evidence, x)
            if x not in amounts:
                amounts.append(x)
    for x in own + [a for a in amounts if a not in own]:
        sheet.add(iri, RIKG.evidence, x)
