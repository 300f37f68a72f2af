"""Quotes: the sentences of the report a sheet cites, numbered as excerpts rexc:<report>-<n> by
first appearance, checked against the source text, and attached as rikg:evidence."""
from __future__ import annotations

import difflib
import re

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import PROV

from ..config import OA, RIKG
from ..i18n import _
from ..text import normalise
from .read import Path_, _Obj
from .terms import RDOC, REXC, SLUG


class Quotes:
    """Part of kg.ingest.sheet._Sheet: the excerpts (self.quote_ids, self.excerpt_no)."""

    def number_quotes(self) -> None:
        """Excerpt numbers follow the first appearance of each distinct quote in the sheet."""
        listed = self.data.get("quotes")
        if listed is not None and not isinstance(listed, list):
            self.problem(("quotes",), _("must be a list of sentences (or of `id:`/`text:` blocks)"))
            listed = []
        for i, entry in enumerate(listed or []):
            if isinstance(entry, dict):
                q = _Obj(self, entry, ("quotes", i))
                q.allow("id", "text")
                qid, text = q.text("id"), q.text("text", required=True)
                if qid is not None:
                    if not SLUG.fullmatch(qid):
                        self.problem(q.at("id"), _("{value} is not a usable quote id: use "
                                       "lower-case letters, digits and hyphens").format(
                                     value=repr(qid)))
                    elif qid in self.quote_ids:
                        self.problem(q.at("id"), _(
                            "the quote id {value} is used twice").format(value=repr(qid)))
                    elif text:
                        self.quote_ids[qid] = normalise(text)

        def walk(value, where: Path_):
            if isinstance(value, dict):
                for key, v in value.items():
                    if where == () and key == "quotes":
                        for i, entry in enumerate(v or []):
                            text = entry.get("text") if isinstance(entry, dict) else entry
                            sub = ("quotes", i, "text") if isinstance(entry, dict) else ("quotes", i)
                            if isinstance(text, str):
                                self.quote_text(text, sub, literal=True)
                            elif text is not None:
                                self.problem(sub, _("must be the quoted sentence"))
                    elif key in ("quote", "quotes"):
                        items = v if isinstance(v, list) else [v]
                        for i, item in enumerate(items):
                            sub = where + (key, i) if isinstance(v, list) else where + (key,)
                            if isinstance(item, str):
                                self.quote_text(item, sub)
                            elif item is not None:
                                self.problem(sub, _("must be a sentence of the report or the id "
                                               "of one under `quotes:`"))
                    else:
                        walk(v, where + (key,))
            elif isinstance(value, list):
                for i, v in enumerate(value):
                    walk(v, where + (i,))

        walk(self.data, ())

    def quote_text(self, value: str, where: Path_, literal: bool = False) -> str | None:
        """The sentence a `quote:` value stands for (registering its excerpt number), or None."""
        value = value.strip()
        if not literal and value in self.quote_ids:
            text = self.quote_ids[value]
        elif not literal and SLUG.fullmatch(value) and " " not in value:
            self.problem(where, _("{value} is not the id of a quote under `quotes:`").format(
                value=repr(value)) + self._close(value, self.quote_ids))
            return None
        else:
            text = normalise(value)
            if not text:
                self.problem(where, _("the quote is empty"))
                return None
            if self.source_text is not None and text not in self.source_text:
                hint = self._nearest_sentence(text)
                self.problem(where, _(
                    "the quote does not occur in {source} (after normalising spaces): "
                    "{quote}").format(source=self.source_name, quote=repr(text))
                             + (_("; closest sentence: {sentence}").format(sentence=repr(hint))
                                if hint else ""))
                return None
        if text not in self.excerpt_no:
            self.excerpt_no[text] = len(self.excerpt_no) + 1
        return text

    def _nearest_sentence(self, text: str) -> str | None:
        sentences = re.split(r"(?<=[.!?])\s+", self.source_text or "")
        close = difflib.get_close_matches(text, sentences, n=1, cutoff=0.6)
        return close[0] if close else None

    @staticmethod
    def _close(value: str, choices) -> str:
        close = difflib.get_close_matches(value, list(choices), n=3)
        return _("; did you mean {name}?").format(name=", ".join(close)) if close else ""

    def excerpts(self, obj: _Obj) -> list[URIRef]:
        out = []
        for key in ("quote", "quotes"):
            value = obj.data.get(key)
            items = value if isinstance(value, list) else [value]
            for i, item in enumerate(items):
                if not isinstance(item, str):
                    continue
                value_s = item.strip()
                text = self.quote_ids.get(value_s) or normalise(value_s)
                n = self.excerpt_no.get(text)
                if n is not None:
                    iri = REXC[f"{self.report}-{n}"]
                    if iri not in out:
                        out.append(iri)
        return out

    def has_quote_field(self, obj: _Obj) -> bool:
        return obj.has("quote") or obj.has("quotes")

    def evidence(self, obj: _Obj, subject: URIRef, inherit: list[URIRef] | None = None,
                 required: bool = True) -> list[URIRef]:
        found = self.excerpts(obj)
        if not found and not self.has_quote_field(obj):
            if inherit:
                found = list(inherit)
            elif required:
                self.problem(obj.path, _("no quote: add `quote:` with the sentence of the report "
                               "this comes from (or `quotes:` with several)"))
        for x in found:
            self.add(subject, RIKG.evidence, x)
        return found
    def emit_excerpts(self) -> None:
        doc = RDOC[self.report]
        for text, n in sorted(self.excerpt_no.items(), key=lambda kv: kv[1]):
            x = REXC[f"{self.report}-{n}"]
            sel = REXC[f"{self.report}-{n}-selector"]
            self.add(x, RDF.type, RIKG.Excerpt)
            self.add(x, RDFS.label, Literal(f"Excerpt {n} of report {self.report}", lang="en"))
            self.add(x, RDFS.label, Literal(f"Fragment {n} van rapport {self.report}", lang="nl"))
            self.add(x, OA.hasSource, doc)
            self.add(x, PROV.wasQuotedFrom, doc)
            self.add(x, OA.hasSelector, sel)
            self.add(sel, RDF.type, OA.TextQuoteSelector)
            self.add(sel, OA.exact, Literal(text, lang=self.lang))
