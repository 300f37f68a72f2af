"""Render answers for people: labels instead of IRIs, dates and amounts formatted, as a terminal
table, CSV, JSON or Markdown."""
from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from rdflib import XSD, Literal, URIRef

from .query import Answer, Labels, compact

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
}
FORMATS = ("table", "csv", "json", "md")


def display(term, labels: Labels | None, lang: str = "en") -> str:
    """One cell as a person reads it."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return labels.label(str(term), lang) if labels else compact(str(term))
    if isinstance(term, Literal):
        months = MONTHS.get(lang, MONTHS["en"])
        text = str(term)
        try:
            if term.datatype == XSD.gYearMonth:
                year, month = text[:4], int(text[5:7])
                return f"{months[month - 1]} {year}"
            if term.datatype == XSD.date:
                year, month, day = text[:10].split("-")
                return f"{int(day)} {months[int(month) - 1]} {year}"
            if term.datatype == XSD.gMonth:
                return months[int(text[2:4]) - 1]
            if term.datatype == XSD.decimal:
                # amounts are money: always two decimals (Oxigraph writes 8330.00 as 8330)
                amount = Decimal(text).quantize(Decimal("0.01"))
                formatted = f"{amount:,}"
                if lang == "nl":
                    formatted = formatted.replace(",", "_").replace(".", ",").replace("_", ".")
                return formatted
        except (ValueError, IndexError, ArithmeticError):
            return text
        return text
    return str(term)


def plain(term) -> str | int | float | bool | None:
    """A cell for machines: IRIs and lexical forms as they are."""
    if term is None:
        return None
    if isinstance(term, Literal):
        if term.datatype == XSD.decimal:   # money: keep cents, as text (JSON numbers lose them)
            amount = Decimal(str(term))
            return str(amount.quantize(Decimal("0.01")) if -amount.as_tuple().exponent <= 2 else amount)
        value = term.toPython()
        if isinstance(value, (bool, int)) and not isinstance(value, Decimal):
            return value
        return str(term)
    return str(term)


def as_records(answer: Answer, labels: Labels | None, lang: str) -> list[dict]:
    """JSON shape: one object per row; IRIs carry their label."""
    records = []
    for row in answer.rows:
        rec = {}
        for var, term in zip(answer.variables, row):
            if isinstance(term, URIRef):
                rec[var] = {"iri": str(term), "label": display(term, labels, lang)}
            else:
                rec[var] = plain(term)
        records.append(rec)
    return records


def to_csv(answer: Answer, labels: Labels | None, lang: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    header = []
    iri_columns = {i for i, v in enumerate(answer.variables)
                   if any(isinstance(r[i], URIRef) for r in answer.rows)}
    for i, v in enumerate(answer.variables):
        header.append(v)
        if i in iri_columns:
            header.append(f"{v}_iri")
    writer.writerow(header)
    for row in answer.rows:
        cells = []
        for i, term in enumerate(row):
            cells.append(display(term, labels, lang))
            if i in iri_columns:
                cells.append(str(term) if isinstance(term, URIRef) else "")
        writer.writerow(cells)
    return buf.getvalue()


def to_json(answer: Answer, labels: Labels | None, lang: str) -> str:
    return json.dumps({"query": answer.query.name, "title": answer.query.title,
                       "parameters": {k: str(v) for k, v in answer.bindings.items()},
                       "columns": answer.variables, "rows": as_records(answer, labels, lang)},
                      ensure_ascii=False, indent=2) + "\n"


def to_markdown(answer: Answer, labels: Labels | None, lang: str) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")
    lines = ["| " + " | ".join(answer.variables) + " |",
             "|" + "---|" * len(answer.variables)]
    for row in answer.rows:
        lines.append("| " + " | ".join(cell(display(t, labels, lang)) for t in row) + " |")
    return "\n".join(lines) + "\n"


TABLE_CELL = 60  # longer texts (quotes) are cut in the terminal table; csv/json keep them whole


def _cut(text: str) -> str:
    return text if len(text) <= TABLE_CELL else text[:TABLE_CELL - 1].rstrip() + "…"


def to_table(answer: Answer, labels: Labels | None, lang: str):
    from rich.table import Table
    from rich.text import Text  # Text, not markup: data may contain "[...]"
    table = Table(title=Text(answer.query.title), show_lines=False, header_style="bold")
    for v in answer.variables:
        table.add_column(v, overflow="fold")
    for row in answer.rows:
        table.add_row(*(Text(_cut(display(t, labels, lang))) for t in row))
    return table
