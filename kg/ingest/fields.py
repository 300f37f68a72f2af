"""Typed values of fields: controlled values (a skos:notation of ontology/vocab/), texts with
their language, and dates."""
from __future__ import annotations

import difflib

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS as DCT, SKOS

from ..i18n import _
from ..text import normalise
from .read import Path_, _Obj
from .terms import LANG, SCHEMES
from .values import SheetDate, parse_date, parse_month_day


class FieldValues:
    """Part of kg.ingest.sheet._Sheet: a field's value as a concept, literals or a date."""

    def concept(self, obj: _Obj, key: str, scheme_key: str, value: str | None = None,
                where: Path_ | None = None, required: bool = False) -> URIRef | None:
        if value is None:
            value = obj.text(key, required=required)
            where = obj.at(key)
        if value is None:
            return None
        scheme, a_kind = SCHEMES[scheme_key]
        known = self.vocab.concepts.get(scheme, {})
        if value in known:
            return known[value]
        close = difflib.get_close_matches(value, list(known), n=1)
        hint = _(" (did you mean {name}?)").format(name=repr(close[0])) if close else ""
        self.problem(where, _("{value} is not {a_kind}{hint}; known: {known}").format(
            value=repr(value), a_kind=_(a_kind), hint=hint, known=", ".join(known)))
        return None

    def concepts(self, obj: _Obj, key: str, scheme_key: str) -> list[URIRef]:
        out = []
        for v, where in obj.texts(key):
            self.resolved[where] = c = self.concept(obj, key, scheme_key, v, where)
            if c is not None:
                out.append(c)
        return out
    def lang_texts(self, obj: _Obj, key: str, default_lang: str | None,
                   one_per_language: bool = False) -> list[Literal]:
        """`name: text` (in `default_lang`; None = no language tag), `name: [a, b]` or
        `name: {nl: ..., en: ...}`."""
        value = obj.data.get(key)
        if value is None:
            return []
        out: list[Literal] = []
        if isinstance(value, dict):
            for lang, v in value.items():
                if not LANG.fullmatch(lang):
                    self.problem(obj.at(key, lang), _(
                        "{value} is not a language code (nl, en, de, …); in a "
                        "`{{nl: …, en: …}}` block a comma ends the text, so put text with a "
                        "comma in quotes").format(value=repr(lang)))
                    continue
                texts = v if isinstance(v, list) else [v]
                if one_per_language and len(texts) > 1:
                    self.problem(obj.at(key, lang), _("give one name per language; other "
                                                      "spellings go under `aliases:`"))
                for t in texts:
                    if isinstance(t, str) and t.strip():
                        out.append(Literal(normalise(t), lang=lang))
                    elif t is not None:
                        self.problem(obj.at(key, lang), _("must be text"))
            return out
        texts = value if isinstance(value, list) else [value]
        if one_per_language and len(texts) > 1:
            self.problem(obj.at(key), _("give one name per language; other spellings go "
                                        "under `aliases:`"))
        for t in texts:
            if isinstance(t, str) and t.strip():
                out.append(Literal(normalise(t), lang=default_lang))
            elif t is not None:
                self.problem(obj.at(key), _("must be text (or `nl:`/`en:` texts)"))
        return out

    def required_texts(self, obj: _Obj, key: str, default_lang: str | None, subject: URIRef,
                       predicate: URIRef, missing: str,
                       one_per_language: bool = False) -> list[Literal]:
        """lang_texts of a field the thing needs (its name, its label): each stated as
        (subject, predicate, text); `missing` is the problem when there is none."""
        texts = self.lang_texts(obj, key, default_lang, one_per_language)
        if not texts:
            self.problem(obj.path, missing)
        for lit in texts:
            self.add(subject, predicate, lit)
        return texts

    def note_texts(self, obj: _Obj, subject: URIRef) -> None:
        for key, prop in (("description", DCT.description), ("note", SKOS.editorialNote)):
            for lit in self.lang_texts(obj, key, self.notes_lang):
                self.add(subject, prop, lit)

    def month_day(self, spec: _Obj) -> tuple[int, int] | None:
        """`when: --05-06`: a day and month the report gives without a year."""
        value = spec.text("when")
        if value is None:
            return None
        try:
            return parse_month_day(value)
        except ValueError as exc:
            self.problem(spec.at("when"), str(exc))
            return None

    def date(self, obj: _Obj, key: str, yearless: bool = False) -> SheetDate | None:
        """The field's date; with `yearless` also a day without a year (--MM-DD)."""
        value = obj.text(key)
        if value is None:
            return None
        try:
            return parse_date(value, yearless=yearless)
        except ValueError as exc:
            self.problem(obj.at(key), str(exc))
            return None