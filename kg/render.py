"""Render answers for people: labels instead of IRIs, dates and amounts formatted, as a terminal
table, CSV, JSON or Markdown."""
from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from .gather import Beside, Several, values
from .i18n import MONTHS, _, current, number, translations
from .query import Answer, Labels, compact
from .terms import XSD, datatype, is_iri, is_literal, language, lexical, plain_literal, \
    to_rdflib_term

FORMATS = ("table", "csv", "json", "md")


def display(term, labels: Labels | None, lang: str | None = None) -> str:
    """One cell as a person reads it (in `lang`, default the language in use); the values of a
    gathered cell joined with "; "."""
    lang = lang or current()
    if term is None:
        return ""
    if isinstance(term, Several):
        return "; ".join(display(t, labels, lang) for t in term)
    if isinstance(term, Beside):
        shown = display(term.value, labels, lang)
        return shown if term.by is None else f"{shown} [{source_name(term.by, labels, lang)}]"
    if is_iri(term):
        return labels.label(lexical(term), lang) if labels else compact(lexical(term))
    if is_literal(term):
        months = MONTHS.get(lang, MONTHS["en"])
        text = lexical(term)
        kind = datatype(term)
        try:
            if kind == XSD + "gYearMonth":
                year, month = text[:4], int(text[5:7])
                return f"{months[month - 1]} {year}"
            if kind == XSD + "date":
                year, month, day = text[:10].split("-")
                return f"{int(day)} {months[int(month) - 1]} {year}"
            if kind == XSD + "gMonth":
                return months[int(text[2:4]) - 1]
            if kind == XSD + "boolean":
                # rdflib's reading of a boolean: "true" or "1", whatever the case
                return translations(lang).gettext("yes" if text.lower() in ("true", "1")
                                                  else "no")
            if kind == XSD + "decimal":
                # amounts are money: always two decimals (Oxigraph writes 8330.00 as 8330)
                return number(Decimal(text), 2, lang)
        except (ValueError, IndexError, ArithmeticError):
            return text
        if language(term) is None and kind in (None, XSD + "string"):
            # a word the query itself writes ("total", "took part"): in the catalogue; a value
            # from the data has a language tag or is a name, which the catalogue does not hold
            return translations(lang).gettext(text) if text else text
        return text
    return lexical(term)


def for_reader(cell, variable: str, quote_columns=(), lang: str | None = None):
    """A cell as a person reads it: of a fact's values that are one text in several languages
    (a summary in English and in Dutch), those in `lang`. Not in a column of quotes: two quotes
    in two languages are two sentences of two sources, both shown."""
    if not isinstance(cell, Several) or variable in ("evidence", "quote") \
            or variable in quote_columns:
        return cell
    chosen = in_language(cell, lang)
    return chosen[0] if len(chosen) == 1 else Several(chosen)


def in_language(terms, lang: str | None = None) -> list:
    """Of one fact's values, those in `lang` when they are the same text in several languages
    (a summary in English and in Dutch): every value carries a language tag and some are in
    `lang`. Otherwise all of them."""
    lang = lang or current()
    terms = list(terms)
    if terms and all(is_literal(t) and language(t) for t in terms):
        chosen = [t for t in terms if language(t) == lang]
        return chosen or terms
    return terms


# a report (or its graph) beside a value is named by its identifier: its title is a sentence
_SOURCE_NAMESPACES = ("https://w3id.org/rikg/graph/", "https://w3id.org/rikg/id/report/")


def source_name(term, labels: Labels | None, lang: str | None = None) -> str:
    """The short name of the column beside a value: a report's identifier, else its label."""
    text = lexical(term)
    for ns in _SOURCE_NAMESPACES:
        if is_iri(term) and text.startswith(ns):
            return text[len(ns):]
    return display(term, labels, lang)


def plain(term) -> str | int | float | bool | None:
    """A cell for machines: IRIs and lexical forms as they are."""
    if term is None:
        return None
    term = to_rdflib_term(term)       # rdflib's reading of each datatype (toPython)
    if is_literal(term):
        if datatype(term) == XSD + "decimal":   # money: keep cents, as text (JSON numbers lose them)
            amount = Decimal(str(term))
            return str(amount.quantize(Decimal("0.01")) if -amount.as_tuple().exponent <= 2 else amount)
        value = term.toPython()
        if isinstance(value, (bool, int)) and not isinstance(value, Decimal):
            return value
        return str(term)
    return str(term)


def as_records(answer: Answer, labels: Labels | None, lang: str) -> list[dict]:
    """JSON shape: one object per row; IRIs carry their label; a gathered cell is a list, a
    value kept beside its source {"value": …, "by": …}."""
    def record(term):
        if isinstance(term, Several):
            return [record(t) for t in term]
        if isinstance(term, Beside):
            return {"value": record(term.value), "by": record(term.by)}
        if is_iri(term):
            return {"iri": lexical(term), "label": display(term, labels, lang)}
        return plain(term)
    return [{var: record(term) for var, term in zip(answer.variables, row)}
            for row in answer.rows]


def to_csv(answer: Answer, labels: Labels | None, lang: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    header = []
    iri_columns = {i for i, v in enumerate(answer.variables)
                   if any(is_iri(t) for r in answer.rows for t in _terms(r[i]))}
    for i, v in enumerate(answer.variables):
        header.append(answer.query.column(v, lang))
        if i in iri_columns:
            header.append(f"{answer.query.column(v, lang)}_iri")
    writer.writerow(header)
    for row in answer.rows:
        cells = []
        for i, term in enumerate(row):
            shown = for_reader(term, answer.variables[i], answer.query.evidence, lang)
            cells.append(display(shown, labels, lang))
            if i in iri_columns:
                cells.append("; ".join(lexical(t) for t in _terms(term) if is_iri(t)))
        writer.writerow(cells)
    return buf.getvalue()


def _terms(cell) -> list:
    """The terms of a cell (a value kept beside its source counts as its value)."""
    return [t.value if isinstance(t, Beside) else t for t in values(cell)]


def to_json(answer: Answer, labels: Labels | None, lang: str) -> str:
    return json.dumps({"query": answer.query.name, "title": answer.query.title,
                       "parameters": {k: lexical(v) for k, v in answer.bindings.items()},
                       "columns": answer.variables, "rows": as_records(answer, labels, lang)},
                      ensure_ascii=False, indent=2) + "\n"


def to_markdown(answer: Answer, labels: Labels | None, lang: str) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")
    lines = ["| " + " | ".join(answer.query.heading(v, lang) for v in answer.variables) + " |",
             "|" + "---|" * len(answer.variables)]
    for row in answer.rows:
        lines.append("| " + " | ".join(
            cell(display(for_reader(t, v, answer.query.evidence, lang), labels, lang))
            for t, v in zip(row, answer.variables)) + " |")
    return "\n".join(lines) + "\n"


# longer texts (summaries; quotes with --evidence) are cut in the terminal table; csv/json keep
# them whole
TABLE_CELL = 120


def _cut(text: str) -> str:
    return text if len(text) <= TABLE_CELL else text[:TABLE_CELL - 1].rstrip() + "…"


def _table_cell(cell, labels: Labels | None, lang: str) -> str:
    """A cell of the terminal table: each long text (a summary, a quote) cut on its own; names
    and gathered values stay whole (the column wraps)."""
    def one(term) -> str:
        if isinstance(term, Beside):
            return display(Beside(plain_literal(one(term.value)), term.by), labels, lang)
        text = display(term, labels, lang)
        return _cut(text) if is_literal(term) else text
    return "; ".join(one(t) for t in values(cell))


def table_columns(answer: Answer, evidence: bool = False) -> tuple[list[str], list[str]]:
    """(the columns the terminal table shows, the quote columns given as notes under it).
    The query's `#+ table:` header chooses the columns (default: all but the quotes); with
    `evidence` the quotes are columns too and there are no notes."""
    quotes = [v for v in answer.query.evidence if v in answer.variables]
    shown = [v for v in (answer.query.table or answer.variables)
             if v in answer.variables and v not in quotes]
    return (shown + quotes, []) if evidence else (shown, quotes)


def read_labels(answer: Answer, labels: Labels | None, columns: list[str]) -> None:
    """The labels of the things the answer's rows name in these columns, read at once
    (kg.label_index: else one look-up per thing shown)."""
    def things(cell):
        for term in values(cell):
            for one in ((term.value, term.by) if isinstance(term, Beside) else (term,)):
                if is_iri(one):
                    yield lexical(one)
    if labels is not None:
        at = [answer.variables.index(v) for v in columns]
        labels.read_labels(iri for row in answer.rows for i in at for iri in things(row[i]))


def to_table(answer: Answer, labels: Labels | None, lang: str, evidence: bool = False):
    """A rich renderable: the table of the columns that answer the question, then the quoted
    sentences as numbered notes ([1] …) that its `evidence` column refers to (a long table
    drawn by kg.text_table as rich would, without rich's work per cell)."""
    from .text_table import Table
    shown, quotes = table_columns(answer, evidence)
    at = {v: i for i, v in enumerate(answer.variables)}
    headings = [answer.query.heading(v, lang) for v in shown] + ([_("evidence")] if quotes else [])
    numbers: dict[str, int] = {}
    rows = []
    read_labels(answer, labels, shown + quotes)
    for row in answer.rows:
        cells = [_table_cell(for_reader(row[at[v]], v, answer.query.evidence, lang), labels, lang)
                 for v in shown]
        if quotes:
            marks = []
            for v in quotes:       # a quote kept beside its report: "… [nb-2025-03-kr]"
                for quote in values(row[at[v]]):
                    note = display(quote, labels, lang)
                    marks.append(numbers.setdefault(note, len(numbers) + 1))
            cells.append(" ".join(f"[{n}]" for n in dict.fromkeys(marks)))
        rows.append(cells)
    return Table(answer.query.title, headings, rows, [f"[{n}] {quote}" for quote, n in numbers.items()])
