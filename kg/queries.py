"""The query catalogue: `.rq` files with a short header a user reads.

    #+ title: Whom did a person meet
    #+ title@nl: Wie heeft een persoon ontmoet
    #+ description: Every meeting of the person, with date, place and capacity.
    #+ description@nl: Elke ontmoeting van de persoon, met datum, plaats en hoedanigheid.
    #+ columns@nl: other=ander, meeting=ontmoeting, when=wanneer, place=plaats
    #+ param actor: iri, , The person or organisation (label, alias or IRI).
    #+ param lang: string, en, Label language.
    #+ key: actor, other, meeting
    #+ pair: status by statusSource
    #+ table: other, meeting, when, place
    #+ evidence: evidence
    #+ form virtuoso: virtuoso/who-met.rq

`key` names the columns that identify one fact: the answer has one row per key, the other values
of the same fact gathered into one cell (kg.gather). `pair` shows a value beside the column it
depends on (a status beside the report that gives it). `table` lists the columns the terminal
table shows (default: all but the evidence); `evidence` the columns of quoted sentences, shown as
numbered notes under the table (default: the column `evidence`, if any). `facts: together`
says the rows of one fact come together (the ORDER BY begins with the key's columns), so a
page of facts is read from the first rows of the answer and the rest is never read. `page UNIT:
PATH, N facts a unit` names a form of the query (beside it, the same rows in the same order; the
query itself where it can be) whose sub-query marked `#+ page limit` gives the answer's values
of UNIT in its order: for a page, kg asks that form for the first units only, about the page's
facts / N of them (kg.paging).

`title`, `description` and `columns` take a language (`title@nl:`): what a person reads in that
language (kg.i18n; `--lang nl`, the pages in Dutch). `columns@LANG` names columns for people as
`VARIABLE=label, ...`; a column without one keeps its variable name (English). `param NAME@nl:`
gives a parameter's description in Dutch.

`form SERVER: PATH` names a second text of the same query (PATH beside the .rq file, with the same
variables, parameters and rows) that kg sends instead to a server of that kind (kg.store.
RemoteStore.dialect: `virtuoso` for a server that calls itself Virtuoso), where the catalogue's
form fails or answers differently and no portable form is as fast on the embedded store.
tests/test_remote.py runs both forms on the embedded store and the second on the server.

A parameter line is `NAME: TYPE, DEFAULT, DESCRIPTION`; TYPE is one of iri, actor (an IRI naming
a person, organisation or group: a name resolves to actors first, an office to its holders),
string, integer, decimal, date, year; an empty DEFAULT means the parameter is required (`?NAME` unbound is allowed
when the default is the word `none`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, QueryNotFound
from .i18n import _, current

PARAM_TYPES = ("iri", "actor", "string", "integer", "decimal", "date", "year")
_PAGE_GUESS = re.compile(r"(\d+) facts? a unit")
_HEADER = re.compile(r"^#\+\s*(\w+)(?:@(\w+))?(?:\s+(\w+))?(?:@(\w+))?\s*:\s*(.*)$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None      # None: required; "none": optional and unbound by default
    descriptions: dict = field(default_factory=dict, compare=False)   # lang -> text

    def __post_init__(self):     # a plain text is the English one
        if isinstance(self.descriptions, str):
            object.__setattr__(self, "descriptions", {"en": self.descriptions})

    @property
    def description(self) -> str:
        """In the language in use (kg.i18n), else in English."""
        return _in_language(self.descriptions)

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass(frozen=True)
class Query:
    name: str
    path: Path
    text: str
    titles: dict                                   # lang -> title
    descriptions: dict = field(default_factory=dict)   # lang -> description
    params: tuple[Param, ...] = field(default_factory=tuple)
    tags: tuple[str, ...] = field(default_factory=tuple)
    # QC queries: with `graph` bound, the rows are about things that graph mentions, in this
    # variable, so kg may bind it to those things as well (a far smaller start for the planner)
    focus: str | None = None
    # QC queries: with `graph` bound, the things whose names are compared with the graph's are
    # in this variable, so kg may bind it to those the build's label index finds by the key of
    # the graph's names (kg.label_index.namesakes) instead of every named thing
    namesakes: str | None = None
    # QC queries on the whole store: the build knows a short list of things this variable's
    # rows can be about (kg.build.link_candidates), so it may bind it to those instead of
    # reading every term of the store
    candidates: str | None = None
    key: tuple[str, ...] = ()                      # the columns that identify one fact
    pairs: tuple[tuple[str, str], ...] = ()        # (value column, column shown beside it)
    table: tuple[str, ...] = ()                    # columns of the terminal table
    evidence: tuple[str, ...] = ("evidence",)      # quote columns: notes under the table
    column_labels: dict = field(default_factory=dict)   # lang -> variable -> label
    facts_together: bool = False                   # the rows of one fact come together
    page: str | None = None                        # a page asks for the first units (kg.paging)
    page_text: str = ""                            # ... of this form of the query
    page_guess: int = 8                            # ... about this many facts a unit
    forms: dict = field(default_factory=dict)      # server kind -> the text sent to such a server

    def __post_init__(self):     # a plain text is the English one
        for name in ("titles", "descriptions"):
            if isinstance(getattr(self, name), str):
                object.__setattr__(self, name, {"en": getattr(self, name)})

    @property
    def title(self) -> str:
        """In the language in use (kg.i18n), else in English."""
        return _in_language(self.titles) or self.name

    @property
    def description(self) -> str:
        return _in_language(self.descriptions)

    def column(self, variable: str, lang: str | None = None) -> str:
        """A column's name in `lang` (default: the language in use) as the header gives it,
        else the variable (csv and json keep it as a name machines read)."""
        return self.column_labels.get(lang or current(), {}).get(variable, variable)

    def heading(self, variable: str, lang: str | None = None) -> str:
        """A column's name for people to read in a table: the header's, else the variable in
        words (otherCapacity -> other capacity)."""
        label = self.column_labels.get(lang or current(), {}).get(variable)
        return label if label is not None else variable_in_words(variable)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def text_for(self, dialect: str | None) -> str:
        """The text to send to a server of kind `dialect` (None: the embedded store, or a server
        that reads the catalogue's form)."""
        return self.forms.get(dialect, self.text) if dialect else self.text

    @property
    def header(self) -> str:
        return "\n".join(line for line in self.text.splitlines() if line.startswith("#+"))


def variable_in_words(variable: str) -> str:
    """otherOnBehalfOf -> other on behalf of."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", variable).replace("_", " ")
    return spaced[:1] + spaced[1:].lower() if spaced else variable


def load_query(path: Path) -> Query:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(_("{path}: file not found").format(path=path)) from exc
    titles, descriptions, params, tags, focus, namesakes = {}, {}, [], (), None, None
    candidates = None
    facts_together = False
    page, page_text, page_guess = None, "", 8
    column_labels: dict[str, dict[str, str]] = {}
    columns: dict[str, tuple[str, ...]] = {}
    pairs: list[tuple[str, str]] = []
    forms: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        m = _HEADER.match(line)
        if not m:
            continue
        key, arg, value = m.group(1), m.group(3), m.group(5).strip()
        lang = m.group(2) or m.group(4) or "en"
        if key == "title":
            titles[lang] = value
        elif key == "description":
            descriptions[lang] = (descriptions.get(lang, "") + " " + value).strip()
        elif key == "columns":
            for part in value.split(","):
                variable, eq, label = part.partition("=")
                if not eq or not variable.strip() or not label.strip():
                    raise InputError(_("{where}: bad {what} line; expected {form}").format(
                        where=f"{path}:{number}", what="columns",
                        form="'#+ columns@LANG: VARIABLE=label, ...'"))
                column_labels.setdefault(lang, {})[variable.strip().lstrip("?")] = label.strip()
        elif key == "facts":
            if value != "together":
                raise InputError(_("{where}: bad {what} line; expected {form}").format(
                    where=f"{path}:{number}", what="facts", form="'#+ facts: together'"))
            facts_together = True
        elif key == "form":
            if not arg or not value:
                raise InputError(_("{where}: bad {what} line; expected {form}").format(
                    where=f"{path}:{number}", what="form", form="'#+ form SERVER: PATH'"))
            forms[arg] = _form_text(path, number, value)
        elif key == "page":
            form, _comma, guess = value.partition(",")
            guessed = _PAGE_GUESS.fullmatch(guess.strip())
            if not arg or not form.strip() or not guessed:
                raise InputError(_("{where}: bad {what} line; expected {form}").format(
                    where=f"{path}:{number}", what="page",
                    form="'#+ page UNIT: PATH, N facts a unit'"))
            page, page_text = arg, _form_text(path, number, form.strip())
            page_guess = max(1, int(guessed.group(1)))
        elif key == "focus":
            focus = value.lstrip("?")
        elif key == "namesakes":
            namesakes = value.lstrip("?")
        elif key == "candidates":
            candidates = value.lstrip("?")
        elif key == "tags":
            tags = tuple(t.strip() for t in value.split(",") if t.strip())
        elif key in ("key", "table", "evidence"):
            columns[key] = _names(value)
        elif key == "pair":
            for part in value.split(","):
                shown, by, beside = part.strip().partition(" by ")
                if not by or not shown.strip() or not beside.strip():
                    raise InputError(_("{where}: bad {what} line; expected {form}").format(
                        where=f"{path}:{number}", what="pair",
                        form="'#+ pair: VALUE by COLUMN, ...'"))
                pairs.append((shown.strip().lstrip("?"), beside.strip().lstrip("?")))
        elif key == "param":
            if lang != "en":      # `param NAME@nl: description`: a translation only
                known = next((p for p in params if p.name == arg), None)
                if known is None:
                    raise InputError(_("{where}: {translation} before {original}").format(
                        where=f"{path}:{number}", translation=f"`param {arg}@{lang}`",
                        original=f"`param {arg}`"))
                known.descriptions[lang] = value
                continue
            parts = [p.strip() for p in value.split(",", 2)]
            if not arg or len(parts) < 2 or parts[0] not in PARAM_TYPES:
                raise InputError(_("{where}: bad {what} line; expected {form} with TYPE in "
                                   "{types}").format(
                    where=f"{path}:{number}", what="param",
                    form="'#+ param NAME: TYPE, DEFAULT, DESCRIPTION'",
                    types=", ".join(PARAM_TYPES)))
            default = parts[1] if parts[1] != "" else None
            params.append(Param(arg, parts[0], default,
                                {"en": parts[2]} if len(parts) > 2 else {}))
    return Query(path.stem, path, text, titles, descriptions, tuple(params), tags, focus,
                 namesakes=namesakes, candidates=candidates, key=columns.get("key", ()),
                 pairs=tuple(pairs),
                 table=columns.get("table", ()),
                 evidence=columns.get("evidence", ("evidence",)), column_labels=column_labels,
                 facts_together=facts_together, page=page, page_text=page_text,
                 page_guess=page_guess,
                 forms=forms)


def _form_text(path: Path, number: int, value: str) -> str:
    """The text of a server's form of the query at `path` (`#+ form SERVER: PATH`, beside it)."""
    form = path.parent / value
    try:
        return form.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(_("{path}: file not found").format(path=f"{form} ({path}:{number})")) from exc


def _in_language(texts: dict) -> str:
    return texts.get(current()) or texts.get("en") or ""


def _names(value: str) -> tuple[str, ...]:
    """`a, ?b, c` -> ("a", "b", "c")."""
    return tuple(n.strip().lstrip("?") for n in value.split(",") if n.strip())


def catalogue(queries_dir: Path) -> dict[str, Query]:
    """Named queries: queries/*.rq (not the qc/ or rules/ sub-folders)."""
    return {q.name: q for q in (load_query(p) for p in sorted(Path(queries_dir).glob("*.rq")))}


def find_query(queries_dir: Path, name_or_path: str) -> Query:
    """A named query, or a user's own .rq file given by path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" and candidate.exists():
        return load_query(candidate)
    own = Path(queries_dir) / f"{name_or_path}.rq"      # a named query is its file's name
    if "/" not in name_or_path and own.is_file():
        return load_query(own)      # (not every header of the catalogue read for one query)
    known = catalogue(queries_dir)
    if name_or_path in known:
        return known[name_or_path]
    close = [n for n in known if name_or_path.lower() in n or n in name_or_path.lower()]
    hint = (_("; did you mean {names}?").format(names=", ".join(close)) if close
            else "; `kg query list` " + _("shows them"))
    raise QueryNotFound(_("no query named {name!r}").format(name=name_or_path) + hint)
