"""The development corpus (benchmarks/corpus/<id>/): real reports with facts written by hand.

Each report folder holds `meta.yaml` (address, title, publisher, date, language, level, kind,
licence), `gold.yaml` (the facts, each with the sentence it comes from) and, where the licence
allows, `source.txt` (the text). This module reads them and says what is wrong with one; the
scorer (corpus_scoring.py) and tests/test_corpus.py use it.

Dates in gold files are written as the text gives them: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or
without a year `--MM-DD` / `--MM` (XSD gMonthDay / gMonth), a range as `start/end`; `when: null`
for a vague date ("twee jaar geleden")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent / "corpus"

#: the kinds of fact, in the order of the score table
KINDS = ("actors", "posts", "events", "dates", "agreements", "follow_ups", "amounts")
ACTOR_KINDS = {"person", "organisation", "group"}
EVENT_KINDS = {"mission", "meeting", "visit", "signing", "event"}
AGREEMENT_KINDS = {"mou", "memorandum", "agreement"}
META_KEYS = ("id", "address", "title", "publisher", "date", "language", "level", "kind",
             "text_stored", "licence")

_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")


@dataclass
class Report:
    id: str
    folder: Path
    meta: dict
    gold: dict
    text: str | None        # None when the licence did not allow storing the text

    @property
    def source(self) -> Path:
        return self.folder / "source.txt"


def load(folder: Path) -> Report:
    meta = yaml.safe_load((folder / "meta.yaml").read_text(encoding="utf-8"))
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    source = folder / "source.txt"
    text = source.read_text(encoding="utf-8") if source.exists() else None
    return Report(folder.name, folder, meta, gold, text)


def reports(corpus: Path = CORPUS) -> list[Report]:
    return [load(f) for f in sorted(corpus.iterdir()) if (f / "gold.yaml").exists()]


def squash(text: str) -> str:
    """One space for every run of whitespace: how a quote is looked up in its text."""
    return re.sub(r"\s+", " ", text).strip()


def date_ok(value) -> bool:
    if value is None:
        return True
    parts = str(value).split("/")
    return len(parts) <= 2 and all(_DATE.match(p) for p in parts)


def facts(gold: dict):
    """(kind, index, fact) for every fact of a gold file."""
    for kind in KINDS:
        for i, fact in enumerate(gold.get(kind) or []):
            yield kind, i, fact


def problems(report: Report) -> list[str]:
    """What is wrong with one report's files: missing keys, unknown kinds, malformed dates or
    amounts, and quotes that do not occur in the stored text."""
    out = [f"meta.yaml: no {key}" for key in META_KEYS if key not in report.meta]
    if report.meta.get("id") != report.id:
        out.append(f"meta.yaml: id {report.meta.get('id')!r} is not the folder name")
    if bool(report.meta.get("text_stored")) != (report.text is not None):
        out.append("meta.yaml: text_stored does not say whether source.txt is there")
    gold = report.gold or {}
    if gold.get("report") != report.id:
        out.append(f"gold.yaml: report {gold.get('report')!r} is not the folder name")
    out += [f"gold.yaml: no {kind}: list" for kind in KINDS if not isinstance(gold.get(kind), list)]
    text = squash(report.text) if report.text is not None else None
    for kind, i, fact in facts(gold):
        where = f"gold.yaml {kind}[{i}]"
        if not isinstance(fact, dict):
            out.append(f"{where}: not a mapping")
            continue
        quote = fact.get("quote")
        if not quote:
            out.append(f"{where}: no quote")
        elif text is not None and squash(str(quote)) not in text:
            out.append(f"{where}: quote not in source.txt: {str(quote)[:60]!r}")
        out += [f"{where}: {p}" for p in _fact_problems(kind, fact)]
    return out


def _fact_problems(kind: str, fact: dict) -> list[str]:
    out = []
    if kind == "actors":
        out += _name_and_kind(fact, ACTOR_KINDS)
    elif kind == "posts":
        if not fact.get("title"):
            out.append("no title")
    elif kind == "events":
        out += _name_and_kind(fact, EVENT_KINDS) + _date_problems(fact.get("date"))
    elif kind == "dates":
        if not fact.get("as_stated"):
            out.append("no as_stated")
        if "when" not in fact:
            out.append("no when (null for a vague date)")
        elif not date_ok(fact["when"]):
            out.append(f"when {fact['when']!r} is not a date as the text gives it")
    elif kind == "agreements":
        if fact.get("kind") not in AGREEMENT_KINDS:
            out.append(f"kind {fact.get('kind')!r} is not one of {sorted(AGREEMENT_KINDS)}")
        out += _date_problems(fact.get("date"))
    elif kind == "follow_ups":
        if not fact.get("what"):
            out.append("no what")
    elif kind == "amounts":
        try:
            Decimal(str(fact.get("value")))
        except InvalidOperation:
            out.append(f"value {fact.get('value')!r} is not a number")
        if not fact.get("currency"):
            out.append("no currency")
    return out


def _name_and_kind(fact: dict, kinds: set[str]) -> list[str]:
    out = [] if fact.get("name") else ["no name"]
    if fact.get("kind") not in kinds:
        out.append(f"kind {fact.get('kind')!r} is not one of {sorted(kinds)}")
    return out


def _date_problems(date) -> list[str]:
    if date is None:
        return []
    if not isinstance(date, dict) or not date.get("as_stated"):
        return ["date: needs as_stated (the words of the text)"]
    return [f"date: {k} {date[k]!r} is not a date as the text gives it"
            for k in ("when", "start", "end") if k in date and not date_ok(date[k])]
