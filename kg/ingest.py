"""Report sheets: a YAML form a policy advisor fills in for one report, turned into the report's
own Turtle file (data/ttl/<report>.ttl, graph rgraph:<report>) and built.

The format is documented field by field in docs/report-sheets.md. In short: a sheet names the
report (`report:`), its source (`source:`), optionally the sentences it quotes (`quotes:`), the
mission, the delegation, the programme items with their participants, other events, the new
people, groups, organisations, posts and places, documents, agreements, invitations, outcomes,
follow-ups and costs. Every fact carries `quote:` (or `quotes:`), the exact sentence of the report.

* References (`who: kim-dong-yeon`, `on_behalf_of: Lionvolt`) are resolved against the ids of the
  sheet, then the ids of the registry and of the other report files in data/ttl/ (read from the
  files, not from the build, so they are never stale), then against every label and alias there
  (case- and accent-insensitive). One exact match is used; several matches, a near miss or no
  match are errors that list the candidates: nothing is ever merged silently.
* Controlled values are given by their skos:notation in ontology/vocab/ (`role: host`).
* Quotes become excerpts rexc:<report>-<n>, numbered by first appearance in the sheet; when the
  source text is known (`source.file` or `source.text`) each quote must occur in it (normalised).
* Every problem names the sheet file, the line and the field (programme[3].participants[1].role,
  counting from 1); all problems of a sheet are reported at once.

The written file carries the graph's provenance: rgraph:<report> prov:wasDerivedFrom
rdoc:<report> ; prov:wasGeneratedBy rrun:<report>-sheet, an activity that used the sheet file and
was carried out by the software agent rrun:kg-<version> at prov:endedAtTime. Those run triples are
the only ones that change between two runs of the same sheet (see `sheet_provenance`)."""
from __future__ import annotations

import datetime as dt
import difflib
import gc
import hashlib
import os
import re
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import yaml
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS as DCT, FOAF, PROV, SKOS, NamespaceManager

from . import __version__
from .config import BASE, CV, GRAPH, OA, ORG, PREFIXES, RIKG, SCHEMA, TIME, Paths
from .errors import EXIT_INVALID, InputError, KGError, TurtleSyntaxError, UsageError
from .citations import refuse_if_cited
from .ingest_statements import StatementWriter
from .ingest_vocab import add_report_concepts, emit_vocabulary
from .load import read_text
from .query import fold
from .identities import decisions, emit_identities
from .reconcile import RMATCH, agent_facts, compare, is_generic_name, loose_keys
from .review import mark_problem, unreviewed_marks
from .safe_io import Journal, data_lock
from .standing import emit_standing_relation
from .tenure import emit_tenure
from .text import normalise
from .yaml_errors import yaml_error_message

# ---------------------------------------------------------------- namespaces

RPER, RORG, RPOST, RPLACE = (Namespace(PREFIXES[p]) for p in ("rper", "rorg", "rpost", "rplace"))
REVT, RPART, RAGR, RINV = (Namespace(PREFIXES[p]) for p in ("revt", "rpart", "ragr", "rinv"))
ROUT, RACT, RCOST, RTIME = (Namespace(PREFIXES[p]) for p in ("rout", "ract", "rcost", "rtime"))
RDOC, REXC = Namespace(PREFIXES["rdoc"]), Namespace(PREFIXES["rexc"])
RRUN = Namespace(BASE + "id/run/")          # ingestion runs, sheet files, the software agent
RMATCHNS = Namespace(RMATCH)                # match candidates (kg.reconcile)

#: prefixes of the written Turtle: those of docs/modelling.md (kg.config.PREFIXES, rdf: for the
#: statement nodes) plus rrun:
TURTLE_PREFIXES = {**{k: v for k, v in PREFIXES.items() if k != "owl"},
                   "rrun": str(RRUN), "rmatch": RMATCH}

# namespace of each kind of thing a sheet can declare or refer to
KIND_NS = {"person": RPER, "org": RORG, "post": RPOST, "place": RPLACE, "event": REVT,
           "agreement": RAGR, "invitation": RINV, "outcome": ROUT, "action": RACT,
           "cost": RCOST, "document": RDOC, "time": RTIME}
KIND_WORD = {"person": "person or group", "org": "organisation", "post": "post",
             "place": "place", "event": "event", "agreement": "agreement",
             "invitation": "invitation", "outcome": "outcome", "action": "follow-up",
             "cost": "cost statement", "document": "document", "time": "time"}
ANY = frozenset(k for k in KIND_NS if k != "time")
AGENT = frozenset({"person", "org"})
LABEL_PROPS = (SKOS.prefLabel, SKOS.altLabel, RDFS.label, FOAF.name, SCHEMA.name)

RESERVED_REPORT_IDS = {"registry", "ontology", "vocab", "inferred", "derived"}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")

EVENT_KINDS = {"mission": RIKG.Mission, "meeting": RIKG.Meeting, "site-visit": RIKG.SiteVisit,
               "event": RIKG.Event}
# the class an event type implies when the sheet gives no `kind:` (only meetings make rikg:met)
KIND_OF_TYPE = {"mission": "mission", "bilateral-meeting": "meeting", "working-lunch": "meeting",
                "talk": "meeting", "conversation-with-companies": "meeting",
                "company-visit": "site-visit", "institute-visit": "site-visit",
                "pavilion-tour": "site-visit"}
ORG_TYPES = {"public-body": [CV.PublicOrganisation],
             "organisation": [ORG.FormalOrganization], "company": [ORG.FormalOrganization],
             "institute": [ORG.FormalOrganization], "unit": [ORG.OrganizationalUnit],
             "delegation": [RIKG.Delegation, FOAF.Group], "working-group": [RIKG.WorkingGroup]}
PLACE_TYPES = {"country": [SCHEMA.Country], "region": [SCHEMA.AdministrativeArea],
               "city": [SCHEMA.City], "place": []}
# the class of an agreement by its kind (agreement-kind notation; a finer kind, such as a
# sister-city agreement, also gets dct:type); a kind not named here is a rikg:Agreement
AGREEMENT_TYPES = {"memorandum-of-understanding": RIKG.MemorandumOfUnderstanding,
                   "agreement": RIKG.Agreement}
# short words a sheet may write for a kind (`type: mou`); the notation itself is spelt out, as a
# query parameter 'MoU' would otherwise name both the kind and every MoU called so
AGREEMENT_WORDS = {"mou": "memorandum-of-understanding"}
ACTION_STATUS = {"potential": SCHEMA.PotentialActionStatus, "active": SCHEMA.ActiveActionStatus,
                 "completed": SCHEMA.CompletedActionStatus, "failed": SCHEMA.FailedActionStatus}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# controlled values: sheet field -> (scheme IRI, words used in messages)
SCHEMES = {
    "role": ("https://w3id.org/rikg/participation-role/scheme", "participation role"),
    "type": ("https://w3id.org/rikg/event-type/scheme", "event type"),
    "theme": ("https://w3id.org/rikg/theme/scheme", "theme"),
    "commitment": ("https://w3id.org/rikg/commitment/scheme", "commitment level"),
    "category": ("https://w3id.org/rikg/cost-category/scheme", "cost category"),
    "post-role": ("https://w3id.org/rikg/role/scheme", "post role"),
    "kind": ("https://w3id.org/rikg/organisation-kind/scheme", "kind of organisation"),
    "agreement-kind": ("https://w3id.org/rikg/agreement-kind/scheme", "kind of agreement"),
    "status": ("https://w3id.org/rikg/event-status/scheme", "event status"),
    "relation-kind": ("https://w3id.org/rikg/relation-kind/scheme", "kind of standing relation"),
}

TOP_KEYS = ("report", "notes_language", "source", "quotes", "mission", "delegation",
            "programme", "events", "people", "groups", "organisations", "posts", "places",
            "documents", "agreements", "invitations", "outcomes", "follow_ups", "costs", "about",
            "identities", "tenures", "vocabulary", "standing_relations")


# ---------------------------------------------------------------- errors

@dataclass(frozen=True)
class SheetProblem:
    """One problem of a sheet: file, line (1-based), field path (1-based indices), message."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class SheetError(KGError):
    """The sheet does not describe a valid report; `problems` holds every problem found."""

    exit_code = EXIT_INVALID

    def __init__(self, file: str, problems: list[SheetProblem]):
        self.file = file
        self.problems = sorted(problems, key=lambda p: (p.line or 0, p.field))
        if len(self.problems) == 1:
            super().__init__(str(self.problems[0]))
        else:
            super().__init__(f"{file}: the report sheet has {len(self.problems)} problems",
                             details=[str(p) for p in self.problems])


class SheetSyntaxError(InputError):
    """The sheet is not YAML (or not one YAML mapping); names the file and line."""


# ---------------------------------------------------------------- YAML with line numbers

Path_ = tuple  # a path into the sheet: keys (str) and list indices (int)


def field_name(path: Path_) -> str:
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step + 1}]"
        else:
            out += ("." if out else "") + step
    return out


def load_sheet_yaml(path: Path) -> tuple[dict, dict[Path_, int], list[tuple[Path_, str]]]:
    """Parse YAML keeping every scalar as the text written (no implicit dates, floats or
    booleans), and a map from data path to line. Returns (data, lines, duplicate-key problems)."""
    text = read_text(path)
    try:
        documents = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        raise SheetSyntaxError(yaml_error_message(path.name, text, exc)) from exc
    except yaml.YAMLError as exc:
        raise SheetSyntaxError(f"{path.name}: YAML syntax error: {exc}") from exc
    if len(documents) != 1 or not isinstance(documents[0], yaml.MappingNode):
        raise SheetSyntaxError(f"{path.name}:1: a report sheet is one YAML mapping "
                               "(`report: ...`, `source: ...`, ...)")
    lines: dict[Path_, int] = {(): documents[0].start_mark.line + 1}
    duplicates: list[tuple[Path_, str]] = []

    def convert(node, where: Path_):
        if isinstance(node, yaml.MappingNode):
            out = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    duplicates.append((where, "a field name must be plain text"))
                    continue
                key = key_node.value
                lines[where + (key,)] = (value_node.start_mark.line + 1
                                         if not _empty(value_node) else key_node.start_mark.line + 1)
                if key in out:
                    duplicates.append((where + (key,), f"the field {key!r} is given twice"))
                out[key] = convert(value_node, where + (key,))
            return out
        if isinstance(node, yaml.SequenceNode):
            items = []
            for i, item in enumerate(node.value):
                lines[where + (i,)] = item.start_mark.line + 1
                items.append(convert(item, where + (i,)))
            return items
        if node.tag == "tag:yaml.org,2002:null":
            return None
        return node.value

    data = convert(documents[0], ())
    return data, lines, duplicates


def _empty(node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


# ---------------------------------------------------------------- values

@dataclass(frozen=True)
class SheetDate:
    """YYYY, YYYY-MM or YYYY-MM-DD."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def exact(self) -> bool:
        return self.day is not None

    def literal(self) -> Literal:
        if self.day is not None:
            return Literal(f"{self.year:04d}-{self.month:02d}-{self.day:02d}", datatype=XSD.date)
        if self.month is not None:
            return Literal(f"{self.year:04d}-{self.month:02d}", datatype=XSD.gYearMonth)
        return Literal(f"{self.year:04d}", datatype=XSD.gYear)

    def words(self) -> str:
        if self.day is not None:
            return f"{self.day} {MONTHS[self.month - 1]} {self.year}"
        if self.month is not None:
            return f"{MONTHS[self.month - 1]} {self.year}"
        return str(self.year)

    def key(self) -> tuple:
        return (self.year, self.month or 0, self.day or 0)


_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")


def parse_month_day(text: str) -> tuple[int, int] | None:
    """'--05-06' (xsd:gMonthDay: 6 May of a year the report does not give) -> (5, 6); None for
    any other form; ValueError for a day the month never has."""
    m = _MONTH_DAY.fullmatch(text.strip())
    if not m:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} is not a date: there is no month {month}")
    try:
        dt.date(2000, month, day)            # a leap year: 29 February may be meant
    except ValueError:
        raise ValueError(f"{text!r} is not a date: {MONTHS[month - 1]} has no day {day}") from None
    return month, day


def parse_date(text: str) -> SheetDate:
    """'2025', '2025-03' or '2025-03-14'; ValueError with a reason otherwise."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD "
                         "(a day without a year as --MM-DD, in an event's `date:`; for words "
                         "such as 'op vrijdag' use `as_stated:`)")
    year, month, day = (int(x) if x else None for x in m.groups())
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r} is not a date: there is no month {month}")
    if day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"{text!r} is not a date: {MONTHS[month - 1]} {year} "
                             f"has no day {day}") from None
    return SheetDate(year, month, day)


_DUTCH_AMOUNT = re.compile(r"-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
_PLAIN_AMOUNT = re.compile(r"-?\d+(?:\.\d+)?")
_AMBIGUOUS = re.compile(r"-?\d{1,3}(?:\.\d{3})+")


def parse_amount(text: str) -> tuple[Decimal, str | None]:
    """An amount as written in a sheet -> (Decimal, currency or None). Dutch notation
    ('€ 8.330,00', '8330,00') or a plain number ('8330.00'); never a float."""
    s = text.strip().replace("\u00a0", " ")
    currency = None
    for sign, code in (("€", "EUR"), ("EUR", "EUR")):
        if s.startswith(sign):
            s, currency = s[len(sign):].strip(), code
            break
        if s.endswith(sign):
            s, currency = s[:-len(sign)].strip(), code
            break
    s = s.replace(" ", "")
    if currency is not None or "," in s:
        if not _DUTCH_AMOUNT.fullmatch(s):
            raise ValueError(f"{text!r} is not an amount; write it as in the report "
                             "('€ 8.330,00') or as a plain number (8330.00)")
        s = s.replace(".", "").replace(",", ".")
    elif _AMBIGUOUS.fullmatch(s):
        raise ValueError(f"{text!r} is ambiguous (thousands or decimals?); write '€ {text},00' "
                         f"or {text.replace('.', '')}")
    elif not _PLAIN_AMOUNT.fullmatch(s):
        raise ValueError(f"{text!r} is not an amount; write it as in the report "
                         "('€ 8.330,00') or as a plain number (8330.00)")
    try:
        return Decimal(s), currency
    except InvalidOperation:
        raise ValueError(f"{text!r} is not an amount") from None


# ---------------------------------------------------------------- what is known already

@dataclass
class Known:
    """Something with an IRI under https://w3id.org/rikg/id/: its kind, labels and origin."""

    iri: URIRef
    kind: str
    origin: str                                     # "this sheet", "registry", another report id
    labels: list[tuple[URIRef, str, str]] = field(default_factory=list)   # (property, text, lang)
    types: set = field(default_factory=set)

    def best_label(self, lang: str = "en") -> str:
        rank = {SKOS.prefLabel: 0, FOAF.name: 1, SCHEMA.name: 1, RDFS.label: 2, SKOS.altLabel: 3}
        ordered = sorted(self.labels, key=lambda x: (rank.get(x[0], 9), x[2] != lang,
                                                     x[2] != "en", x[2] != ""))
        return ordered[0][1] if ordered else local_name(self.iri)


def _either(kinds) -> str:
    """'person or group', 'person or group, or organisation', 'thing'."""
    if frozenset(kinds) >= ANY:
        return "thing"
    order = list(KIND_WORD)
    words = [KIND_WORD[k] for k in sorted(kinds, key=order.index)]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + ", or " + words[-1]


def kind_of(iri) -> str | None:
    for kind, ns in KIND_NS.items():
        if str(iri).startswith(str(ns)) and "/" not in str(iri)[len(str(ns)):]:
            return kind
    return None


def local_name(iri) -> str:
    kind = kind_of(iri)
    return str(iri)[len(str(KIND_NS[kind])):] if kind else str(iri).rsplit("/", 1)[-1]


def curie(iri) -> str:
    for prefix, ns in sorted(TURTLE_PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if str(iri).startswith(ns) and "/" not in str(iri)[len(ns):]:
            return f"{prefix}:{str(iri)[len(ns):]}"
    return f"<{iri}>"


def known_things(paths: Paths, exclude: str | None = None) -> dict[URIRef, Known]:
    """Everything described in data/ttl/*.ttl except `exclude`.ttl (the report being replaced):
    parsed from the files with Oxigraph (fast), so it is never staler than the data."""
    found: dict[URIRef, Known] = {}
    labels: list[tuple[str, URIRef, str, str, str]] = []
    rdf_type = str(RDF.type)
    label_props = {str(p): p for p in LABEL_PROPS}
    files = sorted(paths.data_dir.glob("*.ttl")) if paths.data_dir.exists() else []
    for f in files:
        if f.stem == exclude:
            continue
        try:
            for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
                s, p, o = t.subject, t.predicate.value, t.object
                if not isinstance(s, ox.NamedNode) or kind_of(s.value) is None:
                    continue
                if p == rdf_type:
                    iri = URIRef(s.value)
                    k = found.setdefault(iri, Known(iri, kind_of(iri), f.stem))
                    k.types.add(URIRef(o.value))
                elif p in label_props and isinstance(o, ox.Literal):
                    labels.append((s.value, label_props[p], o.value, o.language or "", f.stem))
        except SyntaxError as exc:
            raise TurtleSyntaxError(f, exc.lineno, str(exc).split(" (", 1)[0]) from exc
        except OSError as exc:
            raise InputError(f"{f}: cannot read: {exc.strerror or exc}") from exc
    for s, p, text, lang, _ in labels:
        k = found.get(URIRef(s))
        if k is not None:
            k.labels.append((p, text, lang))
    return found


@dataclass
class Vocab:
    concepts: dict[str, dict[str, URIRef]]          # scheme -> notation -> concept
    labels: dict[URIRef, str]                       # concept -> English label

    @classmethod
    def load(cls, paths: Paths) -> "Vocab":
        from .load import parse_turtle, read_text
        g = Graph()
        for f in paths.vocab_files:
            parse_turtle(f, g)
        concepts: dict[str, dict[str, URIRef]] = {}
        labels = {}
        for c, scheme in g.subject_objects(SKOS.inScheme):
            for n in g.objects(c, SKOS.notation):
                concepts.setdefault(str(scheme), {})[str(n)] = c
            for label in g.objects(c, SKOS.prefLabel):
                if getattr(label, "language", None) == "en":
                    labels[c] = str(label)
        return cls(concepts, labels)


# ---------------------------------------------------------------- the sheet as a graph

class _Obj:
    """A mapping of the sheet with its path, for reading fields and reporting problems."""

    def __init__(self, sheet: "_Sheet", data: dict, path: Path_):
        self.sheet, self.data, self.path = sheet, data, path

    def at(self, *steps) -> Path_:
        return self.path + steps

    def has(self, key: str) -> bool:
        return self.data.get(key) not in (None, "", [], {})

    def allow(self, *keys: str) -> None:
        keys = keys + ("confirm",)          # `confirm: true` accepts an uncertain name match
        for key in self.data:
            if key not in keys:
                close = difflib.get_close_matches(key, keys, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                self.sheet.problem(self.at(key), f"unknown field {key!r}{hint} "
                                   f"(known here: {', '.join(keys)})")

    def value(self, key: str):
        """A field's value. `field: {value: ..., quote: ...}` gives the field a sentence of its
        own (kg.ingest_statements cites it for the fact the field states)."""
        return self.unwrap(self.data.get(key), self.at(key))

    def unwrap(self, value, where: Path_):
        """The value of a `{value: ..., quote: ...}` block (checking its fields), else `value`."""
        if isinstance(value, dict) and "value" in value:
            for extra in value:
                if extra not in ("value", "quote", "quotes"):
                    self.sheet.problem(where + (extra,), f"unknown field {extra!r} (a value "
                                       "given as a block has `value:` and `quote:` or `quotes:`)")
            return value["value"]
        return value

    def text(self, key: str, required: bool = False, what: str = "") -> str | None:
        value = self.value(key)
        if value is None or value == "":
            if required:
                self.sheet.problem(self.path, f"`{key}:` is missing{what}")
            return None
        if not isinstance(value, str):
            self.sheet.problem(self.at(key), "must be a single value, not a list or a block")
            return None
        return value.strip()

    def texts(self, key: str) -> list[tuple[str, Path_]]:
        """A single value or a list of single values, each with its path."""
        value = self.value(key)
        if value is None:
            return []
        if isinstance(value, str):
            return [(value.strip(), self.at(key))]
        if isinstance(value, list):
            out = []
            for i, v in enumerate(value):
                v = self.unwrap(v, self.at(key, i))           # an item with its own sentence
                if isinstance(v, str):
                    out.append((v.strip(), self.at(key, i)))
                elif v is not None:
                    self.sheet.problem(self.at(key, i), "must be a single value")
            return out
        self.sheet.problem(self.at(key), "must be a value or a list of values")
        return []

    def objs(self, key: str) -> list["_Obj"]:
        value = self.data.get(key)
        if value is None:
            return []
        if isinstance(value, dict):
            return [_Obj(self.sheet, value, self.at(key))]
        if isinstance(value, list):
            out = []
            for i, v in enumerate(value):
                if isinstance(v, dict):
                    out.append(_Obj(self.sheet, v, self.at(key, i)))
                else:
                    self.sheet.problem(self.at(key, i), "must be a block of fields (`id: ...`, "
                                       "`name: ...`), not a single value")
            return out
        self.sheet.problem(self.at(key), "must be a list of blocks")
        return []

    def flag(self, key: str) -> bool:
        value = self.text(key)
        if value is None:
            return False
        if value.lower() in ("true", "yes"):
            return True
        if value.lower() in ("false", "no"):
            return False
        self.sheet.problem(self.at(key), f"{value!r} must be true or false")
        return False


class _Sheet:
    def __init__(self, path: Path, paths: Paths, now: dt.datetime | None = None):
        self.file = Path(path)
        self.name = self.file.name
        self.paths = paths
        self.now = now
        self.problems: list[SheetProblem] = []
        self._seen_problems: set = set()
        # output, in order of creation
        self.po: dict[URIRef, list[tuple[URIRef, object]]] = {}
        self.section: dict[URIRef, str] = {}
        self.current_section = ""
        # declarations of this sheet
        self.declared: dict[URIRef, Known] = {}
        self.blocks: dict[URIRef, list[_Obj]] = {}   # thing -> the sheet's blocks about it
        self.resolved: dict[Path_, URIRef | None] = {}   # list item -> what it names
        self.ids: dict[str, dict[str, URIRef]] = {k: {} for k in KIND_NS}
        self.time_of: dict[URIRef, URIRef] = {}      # event -> its time entity
        self.quote_ids: dict[str, str] = {}
        self.excerpt_no: dict[str, int] = {}
        self.source_text: str | None = None
        self.source_name = ""
        # (field, value, matched id, its label, why) of every name matched with a known thing
        self.matches: list[tuple[str, str, str, str, str]] = []

    # ------------------------------------------------------------ problems

    def problem(self, path: Path_, message: str) -> None:
        key = (path, message)
        if key in self._seen_problems:
            return
        self._seen_problems.add(key)
        line = None
        p = tuple(path)
        while line is None:
            line = self.lines.get(p)
            if not p:
                break
            p = p[:-1]
        self.problems.append(SheetProblem(self.name, line, field_name(path), message))

    # ------------------------------------------------------------ output

    def add(self, s: URIRef, p: URIRef, o) -> None:
        if o is None:
            return
        if s not in self.po:
            self.po[s] = []
            self.section[s] = self.current_section
        if (p, o) not in self.po[s]:
            self.po[s].append((p, o))

    def graph(self) -> Graph:
        g = Graph()
        bind_prefixes(g)
        for s, pos in self.po.items():
            for p, o in pos:
                g.add((s, p, o))
        return g

    # ------------------------------------------------------------ reading

    def run(self) -> tuple[str, Graph]:
        self.data, self.lines, duplicates = load_sheet_yaml(self.file)
        for where, message in duplicates:
            self.problem(where, message)
        for line, what in unreviewed_marks(self.file.read_text(encoding="utf-8")):
            self.problems.append(SheetProblem(self.name, line, "", mark_problem(what)))
        top = _Obj(self, self.data, ())
        top.allow(*TOP_KEYS)
        report = top.text("report", required=True, what=" (the report id, e.g. nb-2025-03-kr)")
        if report is None:
            raise SheetError(self.name, self.problems)
        if not SLUG.fullmatch(report) or report in RESERVED_REPORT_IDS:
            self.problem(("report",), f"{report!r} is not a usable report id: use lower-case "
                         "letters, digits and hyphens (e.g. nb-2025-03-kr); not "
                         + ", ".join(sorted(RESERVED_REPORT_IDS)))
            raise SheetError(self.name, self.problems)
        self.report = report
        self.notes_lang = self.language(top, "notes_language", "en")
        source = top.objs("source")
        if not source:
            self.problem((), "`source:` is missing (title, language and the report text or file)")
            raise SheetError(self.name, self.problems)
        self.source = source[0]
        self.lang = self.language(self.source, "language", None)
        if self.lang is None:
            self.problem(("source",), "`language:` is missing (the language of the report, "
                         "e.g. nl)")
            self.lang = "nl"
        self.vocab = Vocab.load(self.paths)
        add_report_concepts(self.vocab, self.paths, exclude=report)
        self.known = known_things(self.paths, exclude=report)
        self.read_source_text()
        self.declare_all(top)
        self.number_quotes()
        self.emit_all(top)
        if self.problems:
            raise SheetError(self.name, self.problems)
        return report, self.graph()

    def language(self, obj: _Obj, key: str, default: str | None) -> str | None:
        value = obj.text(key)
        if value is None:
            return default
        if not LANG.fullmatch(value):
            self.problem(obj.at(key), f"{value!r} is not a language code (such as nl, en, de)")
            return default
        return value

    def resolve_file(self, text: str) -> Path | None:
        candidates = [Path(text)] if Path(text).is_absolute() else \
            [self.paths.root / text, self.file.parent / text]
        for c in candidates:
            if c.is_file():
                return c
        return None

    def read_source_text(self) -> None:
        src = self.source
        file, text = src.text("file"), src.data.get("text")
        if file and text:
            self.problem(src.at("text"), "give either `file:` or `text:`, not both")
        if file:
            found = self.resolve_file(file)
            if found is None:
                self.problem(src.at("file"), f"the file {file!r} does not exist (paths are "
                             f"relative to the project folder or to the sheet)")
            else:
                try:
                    self.source_text = normalise(read_text(found))
                    self.source_name = file
                except InputError as exc:       # says which byte, and to save it as UTF-8
                    self.problem(src.at("file"), str(exc))
        elif isinstance(text, str) and text.strip():
            self.source_text = normalise(text)
            self.source_name = "the text under source.text"
        elif text is not None:
            self.problem(src.at("text"), "must be the text of the report")

    # ------------------------------------------------------------ ids

    def scoped(self, local: str) -> str:
        """Ids of things that belong to this report only get the report id in front."""
        return local if local.startswith(self.report + "-") else f"{self.report}-{local}"

    def declare(self, obj: _Obj, kind: str, *, scoped: bool = False, default: str | None = None,
                names: tuple[str, ...] = ("name", "aliases", "label")) -> URIRef | None:
        local = obj.text("id")
        if local is None:
            if default is None:
                self.problem(obj.path, "`id:` is missing (a short name for this thing, lower-case "
                             "letters, digits and hyphens, e.g. kim-dong-yeon)")
                return None
            local = default
        elif not SLUG.fullmatch(local):
            self.problem(obj.at("id"), f"{local!r} is not a usable id: use lower-case letters, "
                         "digits and hyphens (e.g. kim-dong-yeon)")
            return None
        full = self.scoped(local) if scoped else local
        iri = KIND_NS[kind][full]
        if iri in self.declared:
            self.problem(obj.at("id"), f"the id {full!r} is used twice in this sheet "
                         f"(for {KIND_WORD[kind]}s)")
            return None
        if iri in self.known:
            other = self.known[iri]
            self.problem(obj.at("id"), f"{curie(iri)} already exists (in {other.origin}); "
                         "refer to it by its id instead of declaring it again, or choose "
                         "another id")
            return None
        k = Known(iri, kind, "this sheet")
        for key in names:
            value = obj.data.get(key)
            for text, lang in self._label_values(value):
                k.labels.append((SKOS.prefLabel if key == "name" else SKOS.altLabel, text, lang))
        self.declared[iri] = k
        self.ids[kind][full] = iri
        if scoped:
            self.ids[kind].setdefault(local, iri)
        return iri

    @staticmethod
    def _label_values(value) -> list[tuple[str, str]]:
        if isinstance(value, str):
            return [(value.strip(), "")]
        if isinstance(value, list):
            return [(v.strip(), "") for v in value if isinstance(v, str)]
        if isinstance(value, dict):
            out = []
            for lang, v in value.items():
                for text, _ in _Sheet._label_values(v):
                    out.append((text, lang))
            return out
        return []

    def check_not_known_already(self, obj: _Obj, iri: URIRef, keys=("name", "aliases")) -> None:
        """A new actor, post or place whose name is the name of something already known is an
        error (never merged silently) unless the sheet says `distinct: true`."""
        if obj.flag("distinct"):
            return
        kind = kind_of(iri)
        mine = {fold(t) for key in keys for t, _ in self._label_values(obj.data.get(key))}
        mine.discard("")
        clashes = sorted({k.iri for k in self.known.values() if k.kind == kind
                          and mine & {fold(t) for _, t, _ in k.labels}}, key=str)
        if clashes:
            listed = "; ".join(f"{curie(c)} ({self.known[c].best_label()!r}, in "
                               f"{self.known[c].origin})" for c in clashes)
            self.problem(obj.at("name") if obj.has("name") else obj.path,
                         f"{curie(iri)} has the name of something already known: {listed}. Refer "
                         "to it by its id instead, or add `distinct: true` if it really is a "
                         "different one")

    def declare_all(self, top: _Obj) -> None:
        mission = top.objs("mission")
        if len(mission) > 1 or isinstance(top.data.get("mission"), list):
            self.problem(("mission",), "give one mission (a block, not a list); other trips go "
                         "under `events:`")
        self.mission = None
        for m in mission[:1]:
            self.mission = self.declare(m, "event", scoped=True, default="mission")
        for i, d in enumerate(top.objs("delegation")):
            default = "delegation" if i == 0 else None
            self.declare(d, "org", default=self.scoped(default) if default else None)
        for p in top.objs("programme"):
            self.declare(p, "event", scoped=True)
        for e in top.objs("events"):
            self.declare(e, "event")
        for o in top.objs("people"):
            self.declare(o, "person", names=("name", "aliases", "label", "family_name"))
        for o in top.objs("groups"):
            self.declare(o, "person")
        for o in top.objs("organisations"):
            self.declare(o, "org")
        for o in top.objs("posts"):
            self.declare(o, "post")
        for o in top.objs("places"):
            self.declare(o, "place")
        for o in top.objs("documents"):
            self.declare(o, "document")
        for o in top.objs("agreements"):
            self.declare(o, "agreement")
        for o in top.objs("invitations"):
            self.declare(o, "invitation")
        for i, o in enumerate(top.objs("outcomes")):
            self.declare(o, "outcome", scoped=True, default=str(i + 1))
        for o in top.objs("follow_ups"):
            self.declare(o, "action")
        for o in top.objs("costs"):
            category = o.text("category")
            self.declare(o, "cost", scoped=True, default=category)

    # ------------------------------------------------------------ quotes

    def number_quotes(self) -> None:
        """Excerpt numbers follow the first appearance of each distinct quote in the sheet."""
        listed = self.data.get("quotes")
        if listed is not None and not isinstance(listed, list):
            self.problem(("quotes",), "must be a list of sentences (or of `id:`/`text:` blocks)")
            listed = []
        for i, entry in enumerate(listed or []):
            if isinstance(entry, dict):
                q = _Obj(self, entry, ("quotes", i))
                q.allow("id", "text")
                qid, text = q.text("id"), q.text("text", required=True)
                if qid is not None:
                    if not SLUG.fullmatch(qid):
                        self.problem(q.at("id"), f"{qid!r} is not a usable quote id: use "
                                     "lower-case letters, digits and hyphens")
                    elif qid in self.quote_ids:
                        self.problem(q.at("id"), f"the quote id {qid!r} is used twice")
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
                                self.problem(sub, "must be the quoted sentence")
                    elif key in ("quote", "quotes"):
                        items = v if isinstance(v, list) else [v]
                        for i, item in enumerate(items):
                            sub = where + (key, i) if isinstance(v, list) else where + (key,)
                            if isinstance(item, str):
                                self.quote_text(item, sub)
                            elif item is not None:
                                self.problem(sub, "must be a sentence of the report or the id "
                                             "of one under `quotes:`")
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
            self.problem(where, f"{value!r} is not the id of a quote under `quotes:`"
                         + self._close(value, self.quote_ids))
            return None
        else:
            text = normalise(value)
            if not text:
                self.problem(where, "the quote is empty")
                return None
            if self.source_text is not None and text not in self.source_text:
                hint = self._nearest_sentence(text)
                self.problem(where, f"the quote does not occur in {self.source_name} (after "
                             f"normalising spaces): {text!r}" + (f"; closest sentence: {hint!r}"
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
        return f"; did you mean {', '.join(close)}?" if close else ""

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
                self.problem(obj.path, "no quote: add `quote:` with the sentence of the report "
                             "this comes from (or `quotes:` with several)")
        for x in found:
            self.add(subject, RIKG.evidence, x)
        return found

    # ------------------------------------------------------------ references

    def ref(self, value: str, where: Path_, kinds, what: str) -> URIRef | None:
        kinds = frozenset(kinds)
        words = _either(kinds)
        v = value.strip()
        m = re.fullmatch(r"([a-z]+):(\S+)", v)
        if v.startswith("https://") or v.startswith("http://") or (m and m.group(1) in TURTLE_PREFIXES):
            iri = URIRef(v if not m else TURTLE_PREFIXES[m.group(1)] + m.group(2))
            k = self.declared.get(iri) or self.known.get(iri)
            if k is None:
                self.problem(where, f"{v!r} is not described in this sheet, the registry or "
                             "another report")
                return None
            if k.kind not in kinds:
                self.problem(where, f"{v!r} is a {KIND_WORD[k.kind]}, but {what} must be a {words}")
                return None
            self.matched(where, v, iri, "its id")
            return iri
        if SLUG.fullmatch(v):
            hits = []
            for kind in sorted(kinds):
                for iri in (self.ids[kind].get(v), KIND_NS[kind][v]):
                    if iri is not None and (iri in self.declared or iri in self.known) \
                            and iri not in hits:
                        hits.append(iri)
            if len(hits) == 1:
                self.matched(where, v, hits[0], "its id")
                return hits[0]
            if len(hits) > 1:
                self.problem(where, f"the id {v!r} names several things: "
                             + ", ".join(curie(h) for h in hits) + "; write the prefixed id "
                             "of the one you mean")
                return None
        # by name or alias, case- and accent-insensitively, among everything known
        wanted = fold(v)
        hits = sorted({k.iri for k in self._everything()
                       if wanted and wanted in {fold(t) for _, t, _ in k.labels}}, key=str)
        if len(hits) == 1:
            k = self._thing(hits[0])
            # (a place's name is its own: 'Nederland' is the country, not a kind of thing)
            if k.kind in kinds and k.kind != "place" and is_generic_name(v) \
                    and hits[0] not in self.declared and not self._confirmed(where):
                self.problem(where, f"{v!r} is a generic name (a kind of organisation or a post, "
                             f"not which one): it is an alias of {self._describe(hits)}, but "
                             "that is a guess; write the id if it is that one, or declare a new "
                             "one (`distinct: true`), which becomes a match candidate")
                return None
            if k.kind in kinds:
                self.matched(where, v, hits[0], "its exact name or alias")
                return hits[0]
            self.problem(where, f"{v!r} is {curie(hits[0])}, a {KIND_WORD[k.kind]}, but {what} "
                         f"must be a {words}")
            return None
        if len(hits) > 1:
            self.problem(where, f"{v!r} matches several things: " + self._describe(hits)
                         + "; write the id of the one you mean")
            return None
        variants = sorted({k.iri for k in self._everything() if k.kind in kinds and
                           loose_keys(v) & {x for _, t, _ in k.labels for x in loose_keys(t)}},
                          key=str)
        if variants:
            if len(variants) == 1 and self._confirmed(where):
                self.matched(where, v, variants[0], "a name variant, confirmed (`confirm: true`)")
                return variants[0]
            names = " or ".join(repr(self._thing(i).best_label()) for i in variants)
            self.problem(where, f"uncertain match: {v!r} is not an exact name but a variant "
                         f"(word order, plural, spacing) of " + self._describe(variants)
                         + f"; did you mean {names}? Write the id, or add `confirm: true` to "
                         "this block if it is that one" + ("" if len(variants) == 1 else
                                                           " (several: write the id)"))
            return None
        near = self._near(wanted, kinds)
        if near:
            self.problem(where, f"{v!r} is not an exact name, alias or id of any {words}; close "
                         "candidates: " + self._describe(near) + "; write the id of the one you "
                         "mean, or declare a new one in this sheet")
            return None
        declare = {"person": "`people:` or `groups:`", "org": "`organisations:`",
                   "post": "`posts:`", "place": "`places:`", "event": "`programme:` or `events:`",
                   "agreement": "`agreements:`", "document": "`documents:`",
                   "invitation": "`invitations:`", "outcome": "`outcomes:`",
                   "action": "`follow_ups:`"}
        options = [declare[k] for k in KIND_WORD if k in kinds and k in declare]
        where_to = options[0] if len(options) == 1 else ", ".join(options[:-1]) + " or " + options[-1]
        self.problem(where, f"{v!r} is not known: no {words} in this sheet, the registry or "
                     f"another report has that id, name or alias; a new one must be declared "
                     f"under {where_to} with an id")
        return None

    def matched(self, where: Path_, value: str, iri: URIRef, why: str) -> None:
        """Note that `value` at `where` was matched with something known (`kg add --check`)."""
        if iri not in self.declared:
            self.matches.append((field_name(where), value, curie(iri),
                                 self._thing(iri).best_label(), why))

    def _confirmed(self, where: Path_) -> bool:
        """`confirm: true` in the block that holds the reference at `where`."""
        node, block = self.data, None
        for step in where:
            if isinstance(node, dict):
                block = node
            try:
                node = node[step]
            except (KeyError, IndexError, TypeError):
                break
        value = block.get("confirm") if isinstance(block, dict) else None
        return isinstance(value, str) and value.strip().lower() in ("true", "yes")

    def refs(self, obj: _Obj, key: str, kinds, what: str | None = None) -> list[URIRef]:
        out = []
        for v, where in obj.texts(key):
            iri = self.ref(v, where, kinds, what or f"`{key}`")
            self.resolved[where] = iri
            if iri is not None and iri not in out:
                out.append(iri)
        return out

    def ref1(self, obj: _Obj, key: str, kinds, required: bool = False,
             what: str | None = None) -> URIRef | None:
        value = obj.text(key, required=required)
        if value is None:
            return None
        return self.ref(value, obj.at(key), kinds, what or f"`{key}`")

    def _everything(self):
        yield from self.declared.values()
        for iri, k in self.known.items():
            if iri not in self.declared:
                yield k

    def _thing(self, iri) -> Known:
        return self.declared.get(iri) or self.known[iri]

    def _describe(self, iris) -> str:
        return ", ".join(f"{curie(i)} ({KIND_WORD[self._thing(i).kind]} "
                         f"{self._thing(i).best_label()!r}, in {self._thing(i).origin})"
                         for i in iris)

    def _near(self, wanted: str, kinds) -> list[URIRef]:
        scored = []
        for k in self._everything():
            if k.kind not in kinds or not wanted:
                continue
            best = 0.0
            for _, t, _ in k.labels:
                f = fold(t)
                if not f:
                    continue
                score = difflib.SequenceMatcher(None, wanted, f).ratio()
                if len(wanted) >= 3 and (wanted in f or f in wanted):
                    score = max(score, 0.8)
                best = max(best, score)
            if best >= 0.75:
                scored.append((-best, str(k.iri), k.iri))
        return [iri for _, _, iri in sorted(scored)[:5]]

    def label_of(self, iri: URIRef, lang: str = "en") -> str:
        k = self.declared.get(iri) or self.known.get(iri)
        return k.best_label(lang) if k else local_name(iri)

    def concept(self, obj: _Obj, key: str, scheme_key: str, value: str | None = None,
                where: Path_ | None = None, required: bool = False) -> URIRef | None:
        if value is None:
            value = obj.text(key, required=required)
            where = obj.at(key)
        if value is None:
            return None
        scheme, words = SCHEMES[scheme_key]
        known = self.vocab.concepts.get(scheme, {})
        if value in known:
            return known[value]
        close = difflib.get_close_matches(value, list(known), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        article = "an" if words[0] in "aeiou" else "a"
        self.problem(where, f"{value!r} is not {article} {words}{hint}; known: "
                     + ", ".join(known))
        return None

    def concepts(self, obj: _Obj, key: str, scheme_key: str) -> list[URIRef]:
        out = []
        for v, where in obj.texts(key):
            self.resolved[where] = c = self.concept(obj, key, scheme_key, v, where)
            if c is not None:
                out.append(c)
        return out

    # ------------------------------------------------------------ literals

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
                    self.problem(obj.at(key, lang), f"{lang!r} is not a language code (nl, en, "
                                 "de, …); in a `{nl: …, en: …}` block a comma ends the text, so put "
                                 "text with a comma in quotes")
                    continue
                texts = v if isinstance(v, list) else [v]
                if one_per_language and len(texts) > 1:
                    self.problem(obj.at(key, lang), "give one name per language; other spellings "
                                 "go under `aliases:`")
                for t in texts:
                    if isinstance(t, str) and t.strip():
                        out.append(Literal(normalise(t), lang=lang))
                    elif t is not None:
                        self.problem(obj.at(key, lang), "must be text")
            return out
        texts = value if isinstance(value, list) else [value]
        if one_per_language and len(texts) > 1:
            self.problem(obj.at(key), "give one name per language; other spellings go under "
                         "`aliases:`")
        for t in texts:
            if isinstance(t, str) and t.strip():
                out.append(Literal(normalise(t), lang=default_lang))
            elif t is not None:
                self.problem(obj.at(key), "must be text (or `nl:`/`en:` texts)")
        return out

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

    def emit_month_day(self, spec: _Obj, owner: URIRef, evidence: list[URIRef],
                       month_day: tuple[int, int], *, on_event: bool) -> URIRef | None:
        """A day and month without a year ("on 6 May"): a time:DateTimeDescription with
        time:month and time:day and no time:year (OWL-Time allows leaving any part out)."""
        for key in ("until", "day_of_week"):
            if spec.has(key):
                self.problem(spec.at(key), f"a day without a year (--MM-DD) has no `{key}:`")
                return None
        month, day = month_day
        t = RTIME[local_name(owner)]
        self.add(owner, TIME.hasTime if on_event else RIKG.dueTime, t)
        self.add(t, RDF.type, TIME.DateTimeDescription)
        self.add(t, TIME.unitType, TIME.unitDay)
        self.add(t, TIME.month, Literal(f"--{month:02d}", datatype=XSD.gMonth))
        self.add(t, TIME.day, Literal(f"---{day:02d}", datatype=XSD.gDay))
        labels = self.lang_texts(spec, "label", self.notes_lang) or [
            Literal(f"{day} {MONTHS[month - 1]} (year not stated)", lang="en")]
        for lit in labels:
            self.add(t, RDFS.label, lit)
        for a in self.lang_texts(spec, "as_stated", self.lang):
            self.add(t, RIKG.timeDescription, a)
        for lit in self.lang_texts(spec, "note", self.notes_lang):
            self.add(t, SKOS.editorialNote, lit)
        for x in self.excerpts(spec) or evidence:
            self.add(t, RIKG.evidence, x)
        self.time_of[owner] = t
        return t

    def date(self, obj: _Obj, key: str) -> SheetDate | None:
        value = obj.text(key)
        if value is None:
            return None
        try:
            return parse_date(value)
        except ValueError as exc:
            self.problem(obj.at(key), str(exc))
            return None

    # ------------------------------------------------------------ emitting

    def emit_all(self, top: _Obj) -> None:
        r = self.report
        self.current_section = "Graph, report, documents"
        g, doc = GRAPH[r], RDOC[r]
        self.add(g, RDF.type, PROV.Entity)
        self.add(g, RDFS.label, Literal(f"Graph of report {r}", lang="en"))
        self.add(g, RDFS.label, Literal(f"Graaf van rapport {r}", lang="nl"))
        self.add(g, PROV.wasDerivedFrom, doc)
        self.emit_source(doc)
        for o in top.objs("documents"):
            self.emit_document(o)
        self.current_section = "Vocabulary: concepts this report adds to the lists"
        emit_vocabulary(self, top)
        self.current_section = "Delegation, people, groups and organisations of this report"
        for o in top.objs("people"):
            self.emit_person(o)
        for o in top.objs("groups"):
            self.emit_group(o)
        for i, o in enumerate(top.objs("delegation")):
            self.emit_org(o, "delegation", default=self.scoped("delegation") if i == 0 else None)
        for o in top.objs("organisations"):
            self.emit_org(o, None)
        for o in top.objs("posts"):
            self.emit_post(o)
        for o in top.objs("places"):
            self.emit_place(o)
        mission = top.objs("mission")[:1]
        for m in mission:
            self.current_section = "Mission"
            self.emit_event(m, default_id="mission", scoped=True, default_type="mission")
        for p in top.objs("programme"):
            self.current_section = "Programme: " + (p.text("id") or "")
            self.emit_event(p, scoped=True, part_of_default=self.mission)
        for e in top.objs("events"):
            self.current_section = "Other events the report mentions"
            self.emit_event(e)
        self.current_section = "Agreements and invitations"
        for o in top.objs("agreements"):
            self.emit_agreement(o)
        for o in top.objs("invitations"):
            self.emit_invitation(o)
        self.current_section = "Outcomes"
        for i, o in enumerate(top.objs("outcomes")):
            self.emit_outcome(o, i)
        self.current_section = "Follow-up actions"
        for o in top.objs("follow_ups"):
            self.emit_action(o)
        self.current_section = "Costs"
        for o in top.objs("costs"):
            self.emit_cost(o)
        for o in top.objs("about"):
            self.current_section = "Statements about things of other reports"
            self.emit_about(o)
        self.current_section = "Identity decisions of a curator (kg.identities)"
        emit_identities(self, top)
        self.current_section = "Standing relations (sister cities, partnerships)"
        for o in top.objs("standing_relations"):
            emit_standing_relation(self, o)
        self.current_section = "Post tenures"
        for o in top.objs("tenures"):
            emit_tenure(self, o)
        self.current_section = "Match candidates (to be confirmed by a person; never merged)"
        self.emit_candidates()
        self.current_section = "Statements: each fact with the sentence that states it"
        StatementWriter(self).emit()
        self.current_section = "Excerpts"
        self.emit_excerpts()

    def iri_of(self, obj: _Obj, kind: str, scoped: bool = False,
               default: str | None = None) -> URIRef | None:
        local = obj.text("id") or default
        if local is None or not SLUG.fullmatch(local):
            return None
        iri = KIND_NS[kind][self.scoped(local) if scoped else local]
        if iri not in self.declared:
            return None
        self.blocks.setdefault(iri, []).append(obj)
        return iri

    def emit_source(self, doc: URIRef) -> None:
        s = self.source
        s.allow("title", "publisher", "date", "language", "identifier", "file", "original",
                "text", "address", "articles", "sha256", "note", "description", "quote", "quotes")
        self.add(doc, RDF.type, RIKG.SourceReport)
        titles = self.lang_texts(s, "title", self.lang)
        if not titles:
            self.problem(s.path, "`title:` is missing (the title of the report)")
        for t in titles:
            self.add(doc, DCT.title, t)
        self.add(doc, DCT.language, Literal(self.lang))
        for p in self.refs(s, "publisher", AGENT):
            self.add(doc, DCT.publisher, p)
        d = self.date(s, "date")
        if d:
            self.add(doc, DCT.date, d.literal())
        ident = s.text("identifier")
        if ident:
            self.add(doc, DCT.identifier, Literal(ident))
        file = s.text("file")
        if file:
            self.add(doc, DCT.source, Literal(file))
        for article, _ in s.texts("articles"):      # what a summary is based on (identifiers)
            self.add(doc, DCT.source, Literal(article))
        address = s.text("address")
        if address:
            if re.fullmatch(r"https?://\S+", address):
                self.add(doc, SCHEMA.url, URIRef(address))
            else:
                self.problem(s.at("address"), f"{address!r} is not a web address (https://…)")
        checksum = None
        for key in ("original", "file"):
            name = s.text(key)
            if name:
                found = self.resolve_file(name)
                if found is None:
                    if key == "original":
                        self.problem(s.at(key), f"the file {name!r} does not exist")
                    continue
                checksum = hashlib.sha256(found.read_bytes()).hexdigest()
                break
        given = s.text("sha256")
        if given and checksum and given.lower() != checksum:
            self.problem(s.at("sha256"), f"does not match the file ({checksum})")
        elif given and not re.fullmatch(r"[0-9a-fA-F]{64}", given):
            self.problem(s.at("sha256"), "must be 64 hexadecimal characters")
        checksum = checksum or (given.lower() if given else None)
        if checksum:
            self.add(doc, RIKG.sha256, Literal(checksum))
        self.note_texts(s, doc)
        self.evidence(s, doc, required=False)

    def emit_document(self, o: _Obj) -> None:
        o.allow("id", "label", "identifier", "address", "note", "description", "quote", "quotes")
        iri = self.iri_of(o, "document")
        if iri is None:
            return
        self.add(iri, RDF.type, FOAF.Document)
        labels = self.lang_texts(o, "label", self.notes_lang)
        if not labels:
            self.problem(o.path, "`label:` is missing (what the document is)")
        for lit in labels:
            self.add(iri, RDFS.label, lit)
        ident = o.text("identifier")
        if ident:
            self.add(iri, DCT.identifier, Literal(ident))
        address = o.text("address")
        if address:
            self.add(iri, SCHEMA.url, URIRef(address))
        self.note_texts(o, iri)
        self.evidence(o, iri)

    def emit_person(self, o: _Obj) -> None:
        o.allow("id", "name", "family_name", "given_name", "label", "aliases", "unnamed",
                "holds", "distinct", "note", "description", "quote", "quotes")
        iri = self.iri_of(o, "person")
        if iri is None:
            return
        self.check_not_known_already(o, iri)
        self.add(iri, RDF.type, FOAF.Person)
        name = o.text("name")
        unnamed = o.flag("unnamed")
        if name and unnamed:
            self.problem(o.at("unnamed"), "a person with a `name:` is not unnamed; leave out "
                         "one of the two")
        labels = self.lang_texts(o, "label", self.notes_lang)
        if not name and not labels:
            self.problem(o.path, "a person needs a `name:` (only when the report names them) or "
                         "a `label:` such as 'Dutch ambassador (unnamed in source)'")
        if name:
            self.add(iri, FOAF.name, Literal(normalise(name)))
        for key, prop in (("family_name", FOAF.familyName), ("given_name", FOAF.givenName)):
            value = o.text(key)
            if value:
                self.add(iri, prop, Literal(normalise(value)))
        for lit in labels or ([Literal(normalise(name))] if name else []):
            self.add(iri, RDFS.label, lit)
        for lit in self.lang_texts(o, "aliases", self.lang):
            self.add(iri, SKOS.altLabel, lit)
        if unnamed:
            self.add(iri, RIKG.isPlaceholder, Literal(True))
        for post in self.refs(o, "holds", {"post"}):
            self.add(iri, ORG.holds, post)
            if post in self.declared:
                self.add(post, ORG.heldBy, iri)
        self.note_texts(o, iri)
        self.evidence(o, iri)

    def emit_group(self, o: _Obj) -> None:
        o.allow("id", "label", "count", "members", "note", "description", "quote", "quotes")
        iri = self.iri_of(o, "person")
        if iri is None:
            return
        self.add(iri, RDF.type, RIKG.UnnamedGroup)
        self.add(iri, RDF.type, FOAF.Group)
        labels = self.lang_texts(o, "label", self.notes_lang)
        if not labels:
            self.problem(o.path, "`label:` is missing (who they are, as the report says it)")
        for lit in labels:
            self.add(iri, RDFS.label, lit)
        count = o.text("count")
        if count is not None:
            if re.fullmatch(r"\d+", count):
                self.add(iri, RIKG.memberCount, Literal(str(int(count)),
                                                       datatype=XSD.nonNegativeInteger))
            else:
                self.problem(o.at("count"), f"{count!r} must be a whole number (how many)")
        for m in self.refs(o, "members", AGENT):
            self.add(iri, FOAF.member, m)
        self.note_texts(o, iri)
        self.evidence(o, iri)

    def emit_org(self, o: _Obj, forced_type: str | None, default: str | None = None) -> None:
        o.allow("id", "type", "kind", "acts_for", "name", "aliases", "label", "place",
                "territory", "unit_of", "part_of", "facilitated_by", "shares_facilities_with", "members", "implements",
                "themes", "distinct", "note", "description", "quote", "quotes")
        iri = self.iri_of(o, "org", default=default)
        if iri is None:
            return
        kind = forced_type or o.text("type") or "organisation"
        if kind not in ORG_TYPES:
            self.problem(o.at("type"), f"{kind!r} is not a kind of organisation; known: "
                         + ", ".join(ORG_TYPES))
            kind = "organisation"
        for c in ORG_TYPES[kind]:
            self.add(iri, RDF.type, c)
        if kind != "delegation":
            self.check_not_known_already(o, iri)
        labels = self.lang_texts(o, "label", self.notes_lang)
        names = self.lang_texts(o, "name", self.lang, one_per_language=True)
        if not names and (kind != "delegation" or not labels):
            self.problem(o.path, "`name:` is missing (the name of the organisation; in several "
                         "languages as `name: {nl: ..., en: ...}`)")
        for lit in labels:
            self.add(iri, RDFS.label, lit)
        for lit in names:
            self.add(iri, SKOS.prefLabel, lit)
        for lit in self.lang_texts(o, "aliases", self.lang):
            self.add(iri, SKOS.altLabel, lit)
        members = self.refs(o, "members", AGENT if kind == "delegation" else {"org"})
        if members and kind not in ("delegation", "working-group"):
            self.problem(o.at("members"), "only a delegation or a working group has members")
        if kind == "working-group" and len(members) < 2:
            self.problem(o.at("members") if o.has("members") else o.path,
                         "a working group needs at least two member organisations (`members:`)")
        for m in members:
            self.add(iri, FOAF.member if kind == "delegation" else ORG.hasMember, m)
        for key, prop, kinds in (("place", SCHEMA.location, {"place"}),
                                 ("territory", DCT.spatial, {"place"}),
                                 ("acts_for", RIKG.actsFor, {"place"}),
                                 ("unit_of", ORG.unitOf, {"org"}),
                                 ("part_of", ORG.subOrganizationOf, {"org"}),
                                 ("facilitated_by", RIKG.facilitatedBy, {"org"}),
                                 ("shares_facilities_with", RIKG.sharesFacilitiesWith, {"org"}),
                                 ("implements", RIKG.implements, {"agreement"})):
            for x in self.refs(o, key, kinds):
                self.add(iri, prop, x)
        for c in self.concepts(o, "themes", "theme"):
            self.add(iri, DCT.subject, c)
        if (c := self.concept(o, "kind", "kind")) is not None:
            self.add(iri, ORG.classification, c)
        self.note_texts(o, iri)
        self.evidence(o, iri)

    def emit_post(self, o: _Obj) -> None:
        o.allow("id", "name", "aliases", "role", "in", "held_by", "distinct", "note",
                "description", "quote", "quotes")
        iri = self.iri_of(o, "post")
        if iri is None:
            return
        self.check_not_known_already(o, iri)
        self.add(iri, RDF.type, ORG.Post)
        names = self.lang_texts(o, "name", self.lang, one_per_language=True)
        if not names:
            self.problem(o.path, "`name:` is missing (e.g. 'Governor of Gyeonggi')")
        for lit in names:
            self.add(iri, SKOS.prefLabel, lit)
        for lit in self.lang_texts(o, "aliases", self.lang):
            self.add(iri, SKOS.altLabel, lit)
        self.add(iri, ORG.postIn, self.ref1(o, "in", {"org"}, required=True))
        self.add(iri, ORG.role, self.concept(o, "role", "post-role", required=True))
        for person in self.refs(o, "held_by", {"person"}):
            self.add(iri, ORG.heldBy, person)
            if person in self.declared:
                self.add(person, ORG.holds, iri)
        self.note_texts(o, iri)
        self.evidence(o, iri)

    def emit_place(self, o: _Obj) -> None:
        o.allow("id", "type", "name", "aliases", "in", "distinct", "note", "description",
                "quote", "quotes")
        iri = self.iri_of(o, "place")
        if iri is None:
            return
        self.check_not_known_already(o, iri)
        kind = o.text("type") or "place"
        if kind not in PLACE_TYPES:
            self.problem(o.at("type"), f"{kind!r} is not a kind of place; known: "
                         + ", ".join(PLACE_TYPES))
            kind = "place"
        for c in PLACE_TYPES[kind]:
            self.add(iri, RDF.type, c)
        self.add(iri, RDF.type, DCT.Location)
        names = self.lang_texts(o, "name", self.lang, one_per_language=True)
        if not names:
            self.problem(o.path, "`name:` is missing (the name of the place)")
        for lit in names:
            self.add(iri, SKOS.prefLabel, lit)
        for lit in self.lang_texts(o, "aliases", self.lang):
            self.add(iri, SKOS.altLabel, lit)
        for p in self.refs(o, "in", {"place"}):
            self.add(iri, SCHEMA.containedInPlace, p)
        self.note_texts(o, iri)
        self.evidence(o, iri)

    # ------------------------------------------------------------ events and time

    def emit_event(self, o: _Obj, default_id: str | None = None, scoped: bool = False,
                   default_type: str | None = None, part_of_default: URIRef | None = None) -> None:
        o.allow("id", "kind", "type", "status", "name", "date", "place", "organiser", "part_of",
                "after", "follow_up_of", "concerns", "themes", "participants", "note", "description",
                "quote", "quotes")
        iri = self.iri_of(o, "event", scoped=scoped, default=default_id)
        if iri is None:
            return
        type_notation = o.text("type") or default_type
        etype = self.concept(o, "type", "type", value=type_notation,
                             where=o.at("type")) if type_notation else None
        kind = o.text("kind") or KIND_OF_TYPE.get(type_notation or "", "event")
        if kind not in EVENT_KINDS:
            self.problem(o.at("kind"), f"{kind!r} is not a kind of event; known: "
                         + ", ".join(EVENT_KINDS) + " (only meetings count for who met whom)")
            kind = "event"
        self.add(iri, RDF.type, EVENT_KINDS[kind])
        self.add(iri, DCT.type, etype)
        self.add(iri, SCHEMA.eventStatus, self.concept(o, "status", "status"))
        names = self.lang_texts(o, "name", self.lang)
        if not names:
            self.problem(o.path, "`name:` is missing (what the event was, e.g. 'Lunch with the "
                         "vice-governor')")
        for lit in names:
            self.add(iri, SCHEMA.name, lit)
        if o.has("part_of"):
            self.add(iri, SCHEMA.superEvent, self.ref1(o, "part_of", {"event"}))
        elif part_of_default is not None and part_of_default != iri:
            self.add(iri, SCHEMA.superEvent, part_of_default)
        for p in self.refs(o, "place", {"place"}):
            self.add(iri, SCHEMA.location, p)
        for a in self.refs(o, "organiser", AGENT):
            self.add(iri, SCHEMA.organizer, a)
        for e in self.refs(o, "after", {"event"}):
            self.add(iri, RIKG.after, e)
        for e in self.refs(o, "follow_up_of", {"event"}):
            self.add(iri, RIKG.followUpOf, e)
        for x in self.refs(o, "concerns", ANY):
            self.add(iri, RIKG.concerns, x)
        for c in self.concepts(o, "themes", "theme"):
            self.add(iri, DCT.subject, c)
        self.note_texts(o, iri)
        evidence = self.evidence(o, iri)
        for i, p in enumerate(o.objs("participants")):
            self.emit_participation(iri, p, evidence, names)
        if o.data.get("date") is not None:
            self.emit_time(o, "date", iri, evidence, on_event=True,
                           period_default="the " + ("mission" if kind == "mission" else "event"))

    def emit_participation(self, event: URIRef, p: _Obj, evidence: list[URIRef],
                           event_names: list[Literal]) -> None:
        p.allow("who", "role", "on_behalf_of", "capacity", "label", "note", "quote", "quotes")
        who = self.ref1(p, "who", AGENT, required=True, what="a participant (`who`)")
        role = self.concept(p, "role", "role", required=True)
        if who is None:
            return
        iri = RPART[f"{local_name(event)}--{local_name(who)}"]
        if iri in self.po:
            self.problem(p.at("who"), f"{curie(who)} takes part in this event twice; give one "
                         "participation per participant")
            return
        self.add(event, RIKG.hasParticipation, iri)
        self.add(iri, RDF.type, RIKG.Participation)
        labels = self.lang_texts(p, "label", self.notes_lang)
        if not labels:
            event_name = next((str(n) for n in event_names if n.language == "en"),
                              str(event_names[0]) if event_names else local_name(event))
            role_label = self.vocab.labels.get(role, "participant") if role else "participant"
            labels = [Literal(f"{self.label_of(who)} ({role_label}) in {event_name}", lang="en")]
        for lit in labels:
            self.add(iri, RDFS.label, lit)
        self.add(iri, RIKG.participant, who)
        self.add(iri, RIKG.participationRole, role)
        self.add(iri, RIKG.onBehalfOf, self.ref1(p, "on_behalf_of", {"org"}))
        self.add(iri, RIKG.inCapacityOf, self.ref1(p, "capacity", {"post"}))
        self.note_texts(p, iri)
        # without the event's own quote (a problem already reported) nothing is inherited
        self.evidence(p, iri, inherit=evidence, required=bool(evidence))

    def emit_time(self, o: _Obj, key: str, owner: URIRef, evidence: list[URIRef], *,
                  on_event: bool, period_default: str) -> URIRef | None:
        """`date:` (or a follow-up's `due:`): an exact date on the event, or an OWL-Time entity
        rtime:<owner-id> for a month, a year, a day of the week or words only."""
        value = o.data.get(key)
        if isinstance(value, str):
            try:
                parse_month_day(value) or parse_date(value)
            except ValueError as exc:
                self.problem(o.at(key), str(exc))
                return None
            spec = _Obj(self, {"when": value}, o.at(key))
            self.lines.setdefault(o.at(key, "when"), self.lines.get(o.at(key)))
        elif isinstance(value, dict):
            spec = _Obj(self, value, o.at(key))
            spec.allow("when", "until", "day_of_week", "as_stated", "label", "period_of", "note",
                       "quote", "quotes")
        else:
            self.problem(o.at(key), "must be a date (2025-03-14, 2025-03 or 2025) or a block "
                         "with `when:`/`as_stated:`")
            return None
        month_day = self.month_day(spec)
        if month_day is not None:
            return self.emit_month_day(spec, owner, evidence, month_day, on_event=on_event)
        when, until = self.date(spec, "when"), self.date(spec, "until")
        weekday = spec.text("day_of_week")
        as_stated = self.lang_texts(spec, "as_stated", self.lang)
        if not (when or as_stated or weekday or spec.has("when")):
            self.problem(spec.path, "give `when:` (YYYY, YYYY-MM or YYYY-MM-DD) and/or "
                         "`as_stated:` (the words of the report)")
            return None
        if spec.has("when") and when is None:
            return None
        if until and not when:
            self.problem(spec.at("until"), "`until:` needs `when:`")
            return None
        if until and when and (until.key() < when.key() or until.exact != when.exact):
            self.problem(spec.at("until"), "must be after `when:` and as precise as it")
            return None
        own = self.excerpts(spec)
        time_evidence = own or evidence
        labels = self.lang_texts(spec, "label", self.notes_lang)
        t = RTIME[local_name(owner)]

        def finish(node: URIRef, default_label: str | None) -> URIRef:
            for lit in labels or ([Literal(default_label, lang="en")] if default_label else
                                  [Literal(str(a), lang=a.language) for a in as_stated]):
                self.add(node, RDFS.label, lit)
            for a in as_stated:
                self.add(node, RIKG.timeDescription, a)
            for lit in self.lang_texts(spec, "note", self.notes_lang):
                self.add(node, SKOS.editorialNote, lit)
            for x in time_evidence:
                self.add(node, RIKG.evidence, x)
            self.time_of[owner] = node
            return node

        if weekday is not None:
            day = weekday.lower()
            if day not in WEEKDAYS:
                self.problem(spec.at("day_of_week"), f"{weekday!r} is not a day of the week; "
                             "known: " + ", ".join(WEEKDAYS))
                return None
            if when and when.exact:
                self.problem(spec.at("day_of_week"), "with an exact date, leave out the day of "
                             "the week")
                return None
            if until:
                self.problem(spec.at("until"), "a day of the week has no `until:`")
                return None
            self.add(owner, TIME.hasTime if on_event else RIKG.dueTime, t)
            self.add(t, RDF.type, TIME.DateTimeDescription)
            self.add(t, TIME.unitType, TIME.unitDay)
            self.add(t, TIME.dayOfWeek, TIME[day.capitalize()])
            if when:
                self.add(t, TIME.year, Literal(f"{when.year:04d}", datatype=XSD.gYear))
                if when.month:
                    self.add(t, TIME.month, Literal(f"--{when.month:02d}", datatype=XSD.gMonth))
            article = "an" if day[0] in "aeiou" else "a"
            default = f"{article} {day.capitalize()}" + (f" in {when.words()}" if when else "")
            return finish(t, default)
        if when and when.exact and on_event:
            self.add(owner, SCHEMA.startDate, when.literal())
            if until:
                self.add(owner, SCHEMA.endDate, until.literal())
            if not as_stated:
                return None
        self.add(owner, TIME.hasTime if on_event else RIKG.dueTime, t)
        if when and when.exact and not on_event and not until:
            self.add(t, RDF.type, TIME.Instant)
            self.add(t, TIME.inXSDDate, when.literal())
            return finish(t, when.words())
        self.add(t, RDF.type, TIME.ProperInterval)
        if when:
            label = when.words() + (f" – {until.words()}" if until else "")
            period = spec.text("period_of") or period_default
            prop = {XSD.date: TIME.inXSDDate, XSD.gYearMonth: TIME.inXSDgYearMonth,
                    XSD.gYear: TIME.inXSDgYear}
            shown = (labels[0] if labels else label)
            for end, d in (("begin", when), ("end", until or when)):
                node = RTIME[f"{local_name(owner)}-{end}"]
                self.add(t, TIME.hasBeginning if end == "begin" else TIME.hasEnd, node)
                self.add(node, RDF.type, TIME.Instant)
                words = "beginning" if end == "begin" else "end"
                self.add(node, RDFS.label, Literal(f"{words} of {period} (within {shown})",
                                                   lang="en"))
                lit = d.literal()
                self.add(node, prop[lit.datatype], lit)
                for x in time_evidence:
                    self.add(node, RIKG.evidence, x)
            return finish(t, label)
        return finish(t, None)

    # ------------------------------------------------------------ agreements and the rest

    def emit_agreement(self, o: _Obj) -> None:
        o.allow("id", "type", "name", "aliases", "parties", "signatories", "signed", "signed_at",
                "themes", "note", "description", "quote", "quotes")
        iri = self.iri_of(o, "agreement")
        if iri is None:
            return
        kind = o.text("type") or "agreement"
        kind = AGREEMENT_WORDS.get(kind, kind)
        kind_concept = self.concept(o, "type", "agreement-kind", value=kind, where=o.at("type"))
        self.add(iri, RDF.type, AGREEMENT_TYPES.get(kind, RIKG.Agreement))
        if kind not in AGREEMENT_TYPES:      # the class already says mou / agreement
            self.add(iri, DCT.type, kind_concept)
        names = self.lang_texts(o, "name", self.lang, one_per_language=True)
        if not names:
            self.problem(o.path, "`name:` is missing (the name of the agreement)")
        for lit in names:
            self.add(iri, SKOS.prefLabel, lit)
        for lit in self.lang_texts(o, "aliases", self.lang):
            self.add(iri, SKOS.altLabel, lit)
        parties = self.refs(o, "parties", AGENT)
        if len(parties) < 2 and not any(p.message for p in self.problems
                                        if p.field.startswith(field_name(o.at("parties")))):
            self.problem(o.at("parties") if o.has("parties") else o.path,
                         "an agreement needs at least two `parties:`")
        for p in parties:
            self.add(iri, RIKG.party, p)
        for p in self.refs(o, "signatories", AGENT):
            self.add(iri, RIKG.signatory, p)
        d = self.date(o, "signed")
        if d:
            self.add(iri, RIKG.signingDate, d.literal())
        self.add(iri, RIKG.signedAt, self.ref1(o, "signed_at", {"event"}))
        for c in self.concepts(o, "themes", "theme"):
            self.add(iri, DCT.subject, c)
        self.note_texts(o, iri)
        self.evidence(o, iri)

    def emit_invitation(self, o: _Obj) -> None:
        o.allow("id", "label", "by", "invitees", "to", "made_at", "note", "description",
                "quote", "quotes")
        iri = self.iri_of(o, "invitation")
        if iri is None:
            return
        self.add(iri, RDF.type, RIKG.Invitation)
        for lit in self.lang_texts(o, "label", self.notes_lang):
            self.add(iri, RDFS.label, lit)
        for a in self.refs(o, "by", AGENT):
            self.add(iri, RIKG.invitedBy, a)
        invitees = self.refs(o, "invitees", AGENT)
        if not invitees and not o.has("invitees"):
            self.problem(o.path, "`invitees:` is missing (who was invited)")
        for a in invitees:
            self.add(iri, RIKG.invitee, a)
        self.add(iri, RIKG.invitedTo, self.ref1(o, "to", {"event"}))
        self.add(iri, PROV.wasGeneratedBy, self.ref1(o, "made_at", {"event"}))
        self.note_texts(o, iri)
        self.evidence(o, iri)

    def emit_outcome(self, o: _Obj, i: int) -> None:
        o.allow("id", "label", "of", "themes", "concerns", "note", "description", "quote",
                "quotes")
        iri = self.iri_of(o, "outcome", scoped=True, default=str(i + 1))
        if iri is None:
            return
        self.add(iri, RDF.type, RIKG.Outcome)
        for lit in self.lang_texts(o, "label", self.notes_lang):
            self.add(iri, RDFS.label, lit)
        of = self.refs(o, "of", {"event"})
        if not of and not o.has("of"):
            self.problem(o.path, "`of:` is missing (the mission or event this is a result of)")
        for e in of:
            self.add(iri, RIKG.outcomeOf, e)
        for c in self.concepts(o, "themes", "theme"):
            self.add(iri, DCT.subject, c)
        for x in self.refs(o, "concerns", ANY):
            self.add(iri, RIKG.concerns, x)
        self.note_texts(o, iri)
        self.evidence(o, iri)

    def emit_action(self, o: _Obj) -> None:
        o.allow("id", "name", "by", "object", "concerns", "themes", "place", "status",
                "commitment", "follows_from", "due", "due_time_of", "scheduled", "note",
                "description", "quote", "quotes")
        iri = self.iri_of(o, "action")
        if iri is None:
            return
        self.add(iri, RDF.type, RIKG.FollowUpAction)
        names = self.lang_texts(o, "name", self.lang)
        if not names:
            self.problem(o.path, "`name:` is missing (what will be done)")
        for lit in names:
            self.add(iri, SCHEMA.name, lit)
        self.note_texts(o, iri)
        agents = self.refs(o, "by", AGENT)
        if not agents and not o.has("by"):
            self.problem(o.path, "`by:` is missing (who is to do it)")
        for a in agents:
            self.add(iri, SCHEMA.agent, a)
        for x in self.refs(o, "object", ANY):
            self.add(iri, SCHEMA.object, x)
        for x in self.refs(o, "concerns", ANY):
            self.add(iri, RIKG.concerns, x)
        for c in self.concepts(o, "themes", "theme"):
            self.add(iri, DCT.subject, c)
        for p in self.refs(o, "place", {"place"}):
            self.add(iri, SCHEMA.location, p)
        status = o.text("status") or "potential"
        if status not in ACTION_STATUS:
            self.problem(o.at("status"), f"{status!r} is not a status; known: "
                         + ", ".join(ACTION_STATUS))
        else:
            self.add(iri, SCHEMA.actionStatus, ACTION_STATUS[status])
        self.add(iri, RIKG.commitmentLevel, self.concept(o, "commitment", "commitment",
                                                         required=True))
        for x in self.refs(o, "follows_from", {"event", "invitation", "outcome", "agreement"}):
            self.add(iri, RIKG.followsFrom, x)
        scheduled = self.date(o, "scheduled")
        if scheduled:
            self.add(iri, SCHEMA.scheduledTime, scheduled.literal())
        evidence = self.evidence(o, iri)
        if o.data.get("due") is not None and o.has("due_time_of"):
            self.problem(o.at("due_time_of"), "give either `due:` or `due_time_of:`")
        elif o.data.get("due") is not None:
            self.emit_time(o, "due", iri, evidence, on_event=False, period_default="the follow-up")
        elif o.has("due_time_of"):
            event = self.ref1(o, "due_time_of", {"event"})
            if event is not None:
                t = self.time_of.get(event) or (RTIME[local_name(event)]
                                                if RTIME[local_name(event)] in self.known else None)
                if t is None:
                    self.problem(o.at("due_time_of"), f"{curie(event)} has no time of its own "
                                 "(a `date:` with a month, a year or words); give `due:` instead")
                else:
                    self.add(iri, RIKG.dueTime, t)

    def emit_cost(self, o: _Obj) -> None:
        o.allow("id", "category", "of", "label", "currency", "actual", "budget", "references",
                "note", "description", "quote", "quotes")
        iri = self.iri_of(o, "cost", scoped=True, default=o.text("category"))
        if iri is None:
            return
        self.add(iri, RDF.type, RIKG.CostStatement)
        for lit in self.lang_texts(o, "label", self.notes_lang):
            self.add(iri, RDFS.label, lit)
        of = self.ref1(o, "of", {"event"}) if o.has("of") else self.mission
        if of is None and not o.has("of"):
            self.problem(o.path, "`of:` is missing (the mission or event the costs were for)")
        self.add(iri, RIKG.costOf, of)
        category = self.concept(o, "category", "category", required=True)
        self.add(iri, RIKG.costCategory, category)
        for ref in self.refs(o, "references", {"document"}):
            self.add(iri, DCT.references, ref)
        self.note_texts(o, iri)
        own = self.excerpts(o)
        currency = o.text("currency")
        if currency is not None and not re.fullmatch(r"[A-Z]{3}", currency):
            self.problem(o.at("currency"), f"{currency!r} must be a three-letter code such as EUR")
            currency = None
        amounts: list[URIRef] = []
        for key, prop, word in (("actual", RIKG.actualCost, "actual"),
                                ("budget", RIKG.budgetedCost, "budget")):
            value = o.data.get(key)
            if value is None:
                if key == "actual":
                    self.problem(o.path, "`actual:` is missing (the amount actually spent)")
                continue
            spec = _Obj(self, value if isinstance(value, dict) else {"amount": value}, o.at(key))
            if isinstance(value, dict):
                spec.allow("amount", "label", "quote", "quotes")
            else:
                self.lines.setdefault(o.at(key, "amount"), self.lines.get(o.at(key)))
            raw = spec.text("amount", required=True)
            if raw is None:
                continue
            try:
                amount, sign = parse_amount(raw)
            except ValueError as exc:
                self.problem(spec.at("amount") if isinstance(value, dict) else o.at(key), str(exc))
                continue
            code = currency or sign or "EUR"
            if currency and sign and sign != currency:
                self.problem(spec.at("amount"), f"the amount is in {sign} but `currency:` is "
                             f"{currency}")
            node = URIRef(f"{iri}-{word}")
            self.add(iri, prop, node)
            self.add(node, RDF.type, SCHEMA.MonetaryAmount)
            labels = self.lang_texts(spec, "label", self.notes_lang)
            if not labels:
                cat = self.vocab.labels.get(category, "costs") if category else "costs"
                labels = [Literal(f"{code} {amount:,.2f} ({word}, {cat})", lang="en")]
            for lit in labels:
                self.add(node, RDFS.label, lit)
            self.add(node, SCHEMA.value, Literal(amount))
            self.add(node, SCHEMA.currency, Literal(code))
            ev = self.excerpts(spec) or own
            if not ev:
                self.problem(spec.path, "no quote: add `quote:` here or on the cost with the "
                             "sentence that gives the amount")
            for x in ev:
                self.add(node, RIKG.evidence, x)
                if x not in amounts:
                    amounts.append(x)
        for x in own + [a for a in amounts if a not in own]:
            self.add(iri, RIKG.evidence, x)

    # ------------------------------------------------------------ other reports' things

    ABOUT_FIELDS = {"event": ("date", "place", "participants"),
                    "agreement": ("signed", "signed_at", "signatories"),
                    "action": ("status",)}

    def emit_about(self, o: _Obj) -> None:
        """`about:` — what this report states about an event, agreement or follow-up of another
        report (or the registry). The statements land in this report's graph, with rikg:evidence
        to this report's excerpts; the other report's statements are left as they are."""
        fields = tuple(f for fs in self.ABOUT_FIELDS.values() for f in fs)
        o.allow("ref", *fields, "note", "description", "quote", "quotes")
        subject = self.ref1(o, "ref", set(self.ABOUT_FIELDS), required=True,
                            what="`ref` (the event, agreement or follow-up of another report)")
        if subject is None:
            return
        if subject in self.declared:
            self.problem(o.at("ref"), f"{curie(subject)} is declared in this sheet: give the "
                         "facts there; `about:` is for things of other reports")
            return
        kind = self.known[subject].kind
        self.blocks.setdefault(subject, []).append(o)
        for key in fields:
            if o.has(key) and key not in self.ABOUT_FIELDS[kind]:
                self.problem(o.at(key), f"`{key}:` does not apply to a {KIND_WORD[kind]} "
                             f"(here: {', '.join(self.ABOUT_FIELDS[kind])})")
        if not any(o.has(k) for k in self.ABOUT_FIELDS[kind]) and not o.has("description"):
            self.problem(o.path, "says nothing about " + curie(subject) + ": give one of "
                         + ", ".join(self.ABOUT_FIELDS[kind]))
        evidence = self.evidence(o, subject)
        self.note_texts(o, subject)
        if kind == "event":
            d = self.date(o, "date")
            if d is not None and not d.exact:
                self.problem(o.at("date"), "in `about:` give an exact day (YYYY-MM-DD); a month "
                             "or a year of another report's event is not restated")
            elif d is not None:
                self.add(subject, SCHEMA.startDate, d.literal())
            for p in self.refs(o, "place", {"place"}):
                self.add(subject, SCHEMA.location, p)
            names = [Literal(self.label_of(subject), lang="en")]
            for p in o.objs("participants"):
                self.emit_participation(subject, p, evidence, names)
        elif kind == "agreement":
            d = self.date(o, "signed")
            if d is not None:
                self.add(subject, RIKG.signingDate, d.literal())
            self.add(subject, RIKG.signedAt, self.ref1(o, "signed_at", {"event"}))
            for a in self.refs(o, "signatories", AGENT):
                self.add(subject, RIKG.signatory, a)
        elif kind == "action":
            status = o.text("status")
            if status is not None and status not in ACTION_STATUS:
                self.problem(o.at("status"), f"{status!r} is not a status; known: "
                             + ", ".join(ACTION_STATUS))
            elif status is not None:
                self.add(subject, SCHEMA.actionStatus, ACTION_STATUS[status])

    # ------------------------------------------------------------ match candidates

    def emit_candidates(self) -> None:
        """People and organisations of this sheet that may be ones already known (same post,
        family name, same meeting, name variants): a rikg:MatchCandidate each, and
        <new> rikg:possiblySame <known> while undecided. A pair a curator rejected (this
        sheet's or another file's `identities:`) is not proposed again; a confirmed one is
        listed as confirmed (kg.canonical merges it at build time; never owl:sameAs)."""
        mine = {str(i) for i, k in self.declared.items() if k.kind in ("person", "org")}
        if not mine:
            return
        g = self.graph()
        tmp = Graph()
        for t in g:
            tmp.add(t)
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            own = Path(d) / f"{self.report}.ttl"
            tmp.serialize(own, format="turtle")
            files = [f for f in sorted(self.paths.data_dir.glob("*.ttl"))
                     if f.stem != self.report] if self.paths.data_dir.exists() else []
            names: dict[str, str] = {}
            agents = agent_facts(files + [own], names)
            decided = decisions(files + [own])
        for new_iri in sorted(mine):
            new = agents.get(new_iri)
            if new is None:
                continue
            for other in sorted(agents.values(), key=lambda a: a.iri):
                if other.iri in mine or other.iri == new_iri:
                    continue
                c = compare(new, other, names)
                if c is None:
                    continue
                a, b = URIRef(other.iri), URIRef(new_iri)
                status = decided.get((c.a, c.b), "unconfirmed")
                if status == "rejected":
                    continue
                node = RMATCHNS[f"{local_name(a)}--{local_name(b)}"]
                self.add(node, RDF.type, RIKG.MatchCandidate)
                self.add(node, RDFS.label, Literal(
                    f"Possibly the same: {self.label_of(a)} and {self.label_of(b)} "
                    "(to be confirmed)", lang="en"))
                self.add(node, RIKG.candidate, a)
                self.add(node, RIKG.candidate, b)
                for r in c.reasons:
                    self.add(node, RIKG.matchReason, Literal(r, lang="en"))
                self.add(node, RIKG.matchScore, Literal(str(c.score), datatype=XSD.decimal))
                self.add(node, RIKG.matchStatus, Literal(status))
                for x in self.po.get(b, []):
                    if x[0] == RIKG.evidence:
                        self.add(node, RIKG.evidence, x[1])
                if status == "unconfirmed":
                    self.add(b, RIKG.possiblySame, a)

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

    # ------------------------------------------------------------ provenance of the run

    def emit_provenance(self) -> None:
        r = self.report
        self.current_section = "Provenance of this file"
        run, used, agent = RRUN[f"{r}-sheet"], RRUN[f"{r}-sheet-file"], RRUN[f"kg-{__version__}"]
        self.add(GRAPH[r], PROV.wasGeneratedBy, run)
        self.add(run, RDF.type, PROV.Activity)
        self.add(run, RDFS.label, Literal(f"kg add of the report sheet for {r}", lang="en"))
        self.add(run, PROV.used, used)
        self.add(run, PROV.wasAssociatedWith, agent)
        now = (self.now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
        self.add(run, PROV.endedAtTime, Literal(now.isoformat(), datatype=XSD.dateTime))
        self.add(used, RDF.type, PROV.Entity)
        self.add(used, RDFS.label, Literal(self.sheet_path_text()))
        self.add(used, DCT.identifier,
                 Literal("sha256:" + hashlib.sha256(self.file.read_bytes()).hexdigest()))
        self.add(agent, RDF.type, PROV.SoftwareAgent)
        self.add(agent, RDFS.label, Literal(f"kg {__version__}"))

    def sheet_path_text(self) -> str:
        try:
            return self.file.resolve().relative_to(self.paths.root.resolve()).as_posix()
        except ValueError:
            return self.file.name

    # ------------------------------------------------------------ Turtle

    def turtle(self) -> str:
        nm = NamespaceManager(Graph(), bind_namespaces="none")
        for prefix, ns in TURTLE_PREFIXES.items():
            nm.bind(prefix, ns, replace=True)
        title = next((str(o) for p, o in self.po.get(RDOC[self.report], []) if p == DCT.title), "")
        out = [f"# Report {self.report}: {title}".rstrip(": "),
               f"# Generated by kg {__version__} from the report sheet {self.sheet_path_text()};",
               f"# do not edit by hand: change the sheet and run `kg add` again "
               f"(graph rgraph:{self.report}).", ""]
        width = max(len(p) for p in TURTLE_PREFIXES) + 1
        for prefix, ns in TURTLE_PREFIXES.items():
            out.append(f"@prefix {(prefix + ':').ljust(width)} <{ns}> .")
        out.append("")
        section = None
        for s, pos in self.po.items():
            if self.section[s] != section:
                section = self.section[s]
                out += ["#" * 65, f"# {section}", "#" * 65, ""]
            types = [o for p, o in pos if p == RDF.type]
            grouped: dict[URIRef, list] = {}
            for p, o in pos:
                if p != RDF.type:
                    grouped.setdefault(p, []).append(o)
            parts = []
            if types:
                parts.append("a " + " , ".join(_term(t, nm) for t in types))
            for p, objs in grouped.items():
                terms = [_term(o, nm) for o in objs]
                joiner = " ,\n        " if len(terms) > 2 or sum(map(len, terms)) > 90 else " , "
                parts.append(f"{_term(p, nm)} " + joiner.join(terms))
            out.append(f"{_term(s, nm)} " + " ;\n    ".join(parts) + " .\n")
        return "\n".join(out)


_PN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?")


def _term(t, nm: NamespaceManager) -> str:
    if isinstance(t, URIRef):
        s = str(t)
        for prefix, ns in sorted(TURTLE_PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if s.startswith(ns) and _PN_LOCAL.fullmatch(s[len(ns):]):
                return f"{prefix}:{s[len(ns):]}"
        return f"<{s}>"
    return t.n3(nm)


def bind_prefixes(g: Graph) -> None:
    for prefix, ns in TURTLE_PREFIXES.items():
        g.bind(prefix, ns, replace=True)


# ---------------------------------------------------------------- the API

def _paths(paths: Paths | None) -> Paths:
    return paths if paths is not None else Paths()


def sheet_to_graph(path, paths: Paths | None = None, *,
                   now: dt.datetime | None = None) -> tuple[str, Graph]:
    """Read and check a report sheet; return (report id, the report's graph) including the
    provenance of this run. Raises SheetError (every problem, with file, line and field) or
    SheetSyntaxError. Actors are reconciled against the registry and the other report files of
    `paths` (default: this checkout)."""
    sheet = _Sheet(Path(path), _paths(paths), now)
    report, _ = sheet.run()
    sheet.emit_provenance()
    return report, sheet.graph()


def check_sheet(path, paths: Paths | None = None) -> tuple[str, Graph, list[tuple]]:
    """`kg add --check`: as sheet_to_graph, plus what the sheet's names were matched with and
    why: (field, value, matched id, its label, why) for each reference to something known."""
    sheet = _Sheet(Path(path), _paths(paths))
    report, _ = sheet.run()
    sheet.emit_provenance()
    return report, sheet.graph(), sheet.matches


def sheet_to_turtle(path, paths: Paths | None = None, *,
                    now: dt.datetime | None = None) -> tuple[str, Graph, str]:
    """As sheet_to_graph, plus the Turtle text that `add_sheet` writes."""
    sheet = _Sheet(Path(path), _paths(paths), now)
    report, _ = sheet.run()
    sheet.emit_provenance()
    graph, text = sheet.graph(), sheet.turtle()
    check = Graph().parse(data=text, format="turtle")
    if not isomorphic(check, graph):      # a bug here, never the user's fault
        raise KGError(f"{sheet.name}: internal error: the Turtle written does not read back "
                      "as the same graph")
    return report, graph, text


def sheet_provenance(graph: Graph, report_id: str) -> Graph:
    """The triples about this run of `kg add` (the activity, the sheet file, the software agent,
    and rgraph:<id> prov:wasGeneratedBy): what changes between two runs of one sheet and what a
    hand-written report file does not have."""
    out = Graph()
    run_nodes = {o for o in graph.objects(GRAPH[report_id], PROV.wasGeneratedBy)}
    frontier = set(run_nodes)
    while frontier:
        node = frontier.pop()
        for p, o in graph.predicate_objects(node):
            out.add((node, p, o))
            if isinstance(o, URIRef) and str(o).startswith(str(RRUN)) and o not in run_nodes:
                run_nodes.add(o)
                frontier.add(o)
    for node in graph.objects(GRAPH[report_id], PROV.wasGeneratedBy):
        out.add((GRAPH[report_id], PROV.wasGeneratedBy, node))
    return out


def without_provenance(graph: Graph, report_id: str) -> Graph:
    """The graph without `sheet_provenance` (for comparing two runs, or a run with a
    hand-written file)."""
    drop = sheet_provenance(graph, report_id)
    out = Graph()
    bind_prefixes(out)
    for t in graph:
        if t not in drop:
            out.add(t)
    return out


def report_file(paths: Paths, report_id: str) -> Path:
    return paths.data_dir / f"{report_id}.ttl"


def add_sheet(paths: Paths | None, sheet_path, *, build: bool = True, full: bool = False,
              now: dt.datetime | None = None):
    """`kg add SHEET`: check the sheet, write data/ttl/<report>.ttl (atomically; replacing the
    report's previous file, so adding a sheet again never doubles anything) and, with `build`,
    rebuild. If the build fails, data/ttl/ is put back as it was (the previous file restored, or
    the new one removed) and the error re-raised; the previous build stays current. The change
    goes through the journal of kg.safe_io, so a killed `kg add` is finished or undone by the
    next command. Returns (report id, path of the Turtle file, BuildResult or None)."""
    from .build import build as run_build
    paths = _paths(paths)
    report, _graph, text = sheet_to_turtle(sheet_path, paths, now=now)
    target = report_file(paths, report)
    with data_lock(paths):
        journal = Journal(paths)
        journal.recover()
        return report, target, _build_or_undo(
            journal, lambda: journal.begin_add(report, target, text.encode("utf-8")),
            run_build, paths, build, full)


def remove_report(paths: Paths | None, report_id: str, build: bool = True, *,
                  full: bool = False):
    """`kg add --remove REPORT`: delete data/ttl/<report>.ttl (never the registry) and, with
    `build`, rebuild. Refused, before anything changes, while other data files cite what the
    report describes (kg.citations names them); if the build fails all the same, the file is
    put back and the error re-raised. Returns the BuildResult or None."""
    from .build import build as run_build
    paths = _paths(paths)
    if report_id in RESERVED_REPORT_IDS:
        raise UsageError(f"{report_id!r} is not a report that can be removed "
                         "(the registry is curated by hand)")
    if not SLUG.fullmatch(report_id or ""):
        raise UsageError(f"{report_id!r} is not a report id: a report id is lower-case letters "
                         "and digits joined by hyphens, as in nb-2025-03-kr (see `ls data/ttl`)")
    target = report_file(paths, report_id)
    with data_lock(paths):
        journal = Journal(paths)
        journal.recover()
        if not target.exists():
            known = ", ".join(sorted(f.stem for f in paths.data_dir.glob("*.ttl")
                                     if f.stem not in RESERVED_REPORT_IDS))
            raise UsageError(f"no report {report_id!r} in {paths.data_dir} "
                             f"(reports: {known or 'none'})")
        refuse_if_cited(paths, report_id, target)
        return _build_or_undo(journal, lambda: journal.begin_remove(report_id, target),
                              run_build, paths, build, full)


def _build_or_undo(journal: Journal, begin, run_build, paths: Paths, build: bool, full: bool):
    """Make the change (`begin` records it in the journal first) and rebuild: keep the change
    when the build passes, put data/ttl/ back when anything fails (a full disk while writing,
    the build, an interrupt)."""
    try:
        begin()
        result = _build(run_build, paths, full) if build else None
    except BaseException:
        journal.rollback()
        raise
    journal.commit()
    return result


def _build(run_build, paths: Paths, full: bool):
    """kg.build.build, with the writing Oxigraph store of the previous build and of this one
    closed before and after. kg.build drops its store with `del`, but the frames of the in-process
    SHACL run (validate_files -> _validate_file -> pyshacl) that refer to it stay alive in a
    reference cycle until the garbage collector runs; a store still open then compacts and deletes
    SST files that the next incremental build (a backup of build/current) and read-only readers
    still list ("Corruption: ... No such file or directory"). Collecting closes it at a known
    moment."""
    gc.collect()
    try:
        return run_build(paths, full=full)
    finally:
        gc.collect()
