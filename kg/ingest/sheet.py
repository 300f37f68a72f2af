"""One report sheet being read: `_Sheet.run` reads the YAML, declares the sheet's ids, numbers
its quotes and emits every section (`emit_all`, in the order of the written file) into
`self.po`, collecting every problem on the way. The steps live in the mixins and emitter modules
beside this one; this class holds the state they share."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV

from ..config import GRAPH, Paths
from ..errors import InputError
from ..i18n import _
from ..identities import emit_identities
from ..load import read_text
from ..review import mark_problem, unreviewed_marks
from ..standing import emit_standing_relation
from ..tenure import emit_tenure
from ..text import normalise
from .about import emit_about
from .actors import emit_group, emit_org, emit_person
from .agreements import emit_agreement
from .candidates import emit_candidates
from .costs import emit_cost
from .declare import Declarations
from .events import emit_event
from .fields import FieldValues
from .followups import emit_action
from .invitations import emit_invitation
from .known import Known, Vocab, known_things
from .outcomes import emit_outcome
from .places import emit_place
from .posts import emit_post
from .problems import SheetError, SheetProblem
from .quotes import Quotes
from .read import Path_, _Obj, field_name, load_sheet_yaml
from .resolve import Resolver
from .source import emit_document, emit_source
from .statements import StatementWriter
from .terms import KIND_NS, LANG, RDOC, RESERVED_REPORT_IDS, SLUG, TOP_KEYS
from .turtle import bind_prefixes
from .vocab import add_report_concepts, emit_vocabulary


class _Sheet(Declarations, Quotes, Resolver, FieldValues):
    """One sheet being read: its problems, its output (`po`, subjects in order of creation, each
    under the section it was first written in) and the state the steps share."""

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
        report = top.text("report", required=True, what=_(" (the report id, e.g. nb-2025-03-kr)"))
        if report is None:
            raise SheetError(self.name, self.problems)
        if not SLUG.fullmatch(report) or report in RESERVED_REPORT_IDS:
            self.problem(("report",), _(
                "{value} is not a usable report id: use lower-case letters, digits and "
                "hyphens (e.g. nb-2025-03-kr); not {reserved}").format(
                value=repr(report), reserved=", ".join(sorted(RESERVED_REPORT_IDS))))
            raise SheetError(self.name, self.problems)
        self.report = report
        self.notes_lang = self.language(top, "notes_language", "en")
        source = top.objs("source")
        if not source:
            self.problem((), _(
                "`source:` is missing (title, language and the report text or file)"))
            raise SheetError(self.name, self.problems)
        self.source = source[0]
        self.lang = self.language(self.source, "language", None)
        if self.lang is None:
            self.problem(("source",), _("`language:` is missing (the language of the report, "
                           "e.g. nl)"))
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
            self.problem(obj.at(key), _(
                "{value} is not a language code (such as nl, en, de)").format(
                value=repr(value)))
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
            self.problem(src.at("text"), _("give either `file:` or `text:`, not both"))
        if file:
            found = self.resolve_file(file)
            if found is None:
                self.problem(src.at("file"), _("the file {name} does not exist (paths are "
                                               "relative to the project folder or to the "
                                               "sheet)").format(name=repr(file)))
            else:
                try:
                    self.source_text = normalise(read_text(found))
                    self.source_name = file
                except InputError as exc:       # says which byte, and to save it as UTF-8
                    self.problem(src.at("file"), str(exc))
        elif isinstance(text, str) and text.strip():
            self.source_text = normalise(text)
            self.source_name = _("the text under `source.text`")
        elif text is not None:
            self.problem(src.at("text"), _("must be the text of the report"))

    def emit_all(self, top: _Obj) -> None:
        r = self.report
        self.current_section = "Graph, report, documents"
        g, doc = GRAPH[r], RDOC[r]
        self.add(g, RDF.type, PROV.Entity)
        self.add(g, RDFS.label, Literal(f"Graph of report {r}", lang="en"))
        self.add(g, RDFS.label, Literal(f"Graaf van rapport {r}", lang="nl"))
        self.add(g, PROV.wasDerivedFrom, doc)
        emit_source(self, doc)
        for o in top.objs("documents"):
            emit_document(self, o)
        self.current_section = "Vocabulary: concepts this report adds to the lists"
        emit_vocabulary(self, top)
        self.current_section = "Delegation, people, groups and organisations of this report"
        for o in top.objs("people"):
            emit_person(self, o)
        for o in top.objs("groups"):
            emit_group(self, o)
        for i, o in enumerate(top.objs("delegation")):
            emit_org(self, o, "delegation", default=self.scoped("delegation") if i == 0 else None)
        for o in top.objs("organisations"):
            emit_org(self, o, None)
        for o in top.objs("posts"):
            emit_post(self, o)
        for o in top.objs("places"):
            emit_place(self, o)
        mission = top.objs("mission")[:1]
        for m in mission:
            self.current_section = "Mission"
            emit_event(self, m, default_id="mission", scoped=True, default_type="mission")
        for p in top.objs("programme"):
            self.current_section = "Programme: " + (p.text("id") or "")
            emit_event(self, p, scoped=True, part_of_default=self.mission)
        for e in top.objs("events"):
            self.current_section = "Other events the report mentions"
            emit_event(self, e)
        self.current_section = "Agreements and invitations"
        for o in top.objs("agreements"):
            emit_agreement(self, o)
        for o in top.objs("invitations"):
            emit_invitation(self, o)
        self.current_section = "Outcomes"
        for i, o in enumerate(top.objs("outcomes")):
            emit_outcome(self, o, i)
        self.current_section = "Follow-up actions"
        for o in top.objs("follow_ups"):
            emit_action(self, o)
        self.current_section = "Costs"
        for o in top.objs("costs"):
            emit_cost(self, o)
        for o in top.objs("about"):
            self.current_section = "Statements about things of other reports"
            emit_about(self, o)
        self.current_section = "Identity decisions of a curator (kg.identities)"
        emit_identities(self, top)
        self.current_section = "Standing relations (sister cities, partnerships)"
        for o in top.objs("standing_relations"):
            emit_standing_relation(self, o)
        self.current_section = "Post tenures"
        for o in top.objs("tenures"):
            emit_tenure(self, o)
        self.current_section = "Match candidates (to be confirmed by a person; never merged)"
        emit_candidates(self)
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

    def sheet_path_text(self) -> str:
        try:
            return self.file.resolve().relative_to(self.paths.root.resolve()).as_posix()
        except ValueError:
            return self.file.name
