"""The label index: the labels, kinds, offices and merged records of a build in a small SQLite
file beside its store (`labels.sqlite`), written by the build, so that a command looks up only
the names it shows or is given. Reading every label of the graph instead takes seconds at a
million triples (benchmarks/README.md), on every call. `kg serve` keeps them all in memory.

`IndexedLabels` answers as kg.query.Labels does (the same label chosen for display, the same
matches for a name, an id or an office): the index is written from a Labels object, and its
searches are the same comparisons of folded names, made by SQLite."""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path

from .config import Paths
from .query import Labels, Match, fold, local_name

INDEX_FILE = "labels.sqlite"
LOOKUPS = ("labels", "kinds", "office-holders", "merged-records")   # queries/lookup/*.rq

# Things by number, so that an IRI is written once; indexes made after the rows are in.
_TABLES = """
CREATE TABLE things (id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE);
CREATE TABLE names (thing INTEGER NOT NULL, name TEXT NOT NULL, folded TEXT NOT NULL);
CREATE TABLE pref (thing INTEGER NOT NULL, lang TEXT NOT NULL, label TEXT NOT NULL);
CREATE TABLE kinds (thing INTEGER PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL);
CREATE TABLE offices (office TEXT NOT NULL, holder TEXT NOT NULL, post TEXT NOT NULL);
CREATE TABLE merged (record TEXT PRIMARY KEY, actor TEXT NOT NULL, id TEXT NOT NULL);
CREATE TABLE name_keys (thing INTEGER NOT NULL, key TEXT NOT NULL);
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS names_thing ON names (thing);
CREATE INDEX IF NOT EXISTS names_folded ON names (folded);
CREATE INDEX IF NOT EXISTS pref_thing ON pref (thing);
CREATE INDEX IF NOT EXISTS kinds_id ON kinds (id);
CREATE INDEX IF NOT EXISTS offices_office ON offices (office);
CREATE INDEX IF NOT EXISTS offices_holder ON offices (holder);
CREATE INDEX IF NOT EXISTS offices_post ON offices (post);
CREATE INDEX IF NOT EXISTS merged_id ON merged (id);
CREATE INDEX IF NOT EXISTS name_keys_key ON name_keys (key);
CREATE INDEX IF NOT EXISTS name_keys_thing ON name_keys (thing);
"""

_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def name_key(text: str) -> str:
    """A name in lower case with nothing but its letters and digits ("K-City" -> "kcity").
    Two names that the duplicate-label check (queries/qc/duplicate-label-warning.rq) gives the
    same key, lower case without a few punctuation marks, have the same name_key: the things
    found by it are all those that check can pair with a name, and perhaps a few more."""
    return _NOT_LETTER_OR_DIGIT.sub("", text.lower())


def compared_names(engine, paths: Paths, only: list[str] | None = None) -> list[tuple[str, str]]:
    """(IRI, name) of the names the duplicate-label check compares (queries/lookup/
    compared-names.rq); `only`: of these IRIs."""
    from rdflib import URIRef
    from .queries import load_query
    from .store import with_bindings
    q = load_query(paths.queries / "lookup" / "compared-names.rq")
    text = q.text if only is None else with_bindings(q.text, {}, {"x": list(map(URIRef, only))})
    return plain_rows(engine, text, q.name)


def _name_key_rows(names: list[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(iri, name_key(name)) for iri, name in names}


# ---------------------------------------------------------------- reading the store

def lookup_rows(engine, paths: Paths, only: list[str] | None = None) -> list[list[tuple]]:
    """The rows of the four lookup queries as plain strings (labels with their language);
    `only`: just the rows about these IRIs (the things labelled, kinded, holding or being a
    post), bound as a VALUES block of IRIs, in a query's form for a few things
    (queries/lookup/bound/) where it has one."""
    from rdflib import URIRef
    from .queries import load_query
    from .store import with_bindings
    answers = []
    for name in LOOKUPS:
        path = paths.queries / "lookup" / f"{name}.rq"
        if only is not None and (path.parent / "bound" / path.name).exists():
            path = path.parent / "bound" / path.name
        q = load_query(path)
        if only is None:
            texts = [q.text]
        else:
            terms = [URIRef(iri) for iri in only]
            subjects = {"office-holders": ("holder", "post"),
                        "merged-records": ("record",)}.get(name, ("x",))
            texts = [with_bindings(q.text, {}, {var: terms}) for var in subjects]
        rows = []
        for text in texts:
            rows.extend(plain_rows(engine, text, q.name))
        answers.append(list(dict.fromkeys(rows)) if len(texts) > 1 else rows)
    label_rows = [(x, label, label.language, prop) for x, label, prop in answers[0]]
    return [label_rows, *answers[1:]]


class Text(str):
    """A literal's lexical form that remembers its language tag ("" for none)."""

    language = ""


def _text(value: str, language: str | None):
    text = Text(value)
    text.language = language or ""
    return text


def plain_rows(engine, text: str, name: str) -> list[tuple]:
    """Rows of strings (a literal as a Text, with its language); None where unbound. Straight
    from Oxigraph's terms on the embedded store (an rdflib term per cell doubles the time)."""
    raw = getattr(engine, "raw", None)
    if raw is not None:
        from .store import damaged
        try:
            answer = raw.query(text, use_default_graph_as_union=True)
            width = range(len(answer.variables))
            return [tuple(None if t is None else
                          _text(t.value, t.language) if hasattr(t, "datatype") else t.value
                          for t in (row[i] for i in width)) for row in answer]
        except (OSError, RuntimeError) as exc:
            raise damaged(getattr(engine, "path", None), exc) from exc
    _, rows = engine.select(text, name=name)
    return [tuple(None if t is None else _text(str(t), t.language) if hasattr(t, "language")
                  else str(t) for t in row) for row in rows]


# ---------------------------------------------------------------- writing

def write_index(labels: Labels, target: Path, names: list[tuple[str, str]]) -> Path:
    """The index of `labels` and of the compared `names` (compared_names) as a new SQLite file
    at `target` (in a build's staging folder, which replaces the last build as a whole)."""
    target.unlink(missing_ok=True)
    db = sqlite3.connect(target)
    try:
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _TABLES)
        _insert(db, labels, _name_key_rows(names))
        db.executescript(_INDEXES)
        db.commit()
    finally:
        db.close()
    _fsync(target)
    return target


def update_index(previous: Path, target: Path, engine, paths: Paths, touched: set[str],
                 copied: Callable[[], None] | None = None,
                 names: list[tuple[str, str]] | None = None) -> Path:
    """The previous build's index with the rows about the `touched` IRIs read again from
    `engine` (a build that only added reports: the things they and their inferences say
    something about). Without a previous index, the whole index is written from `engine`.
    `copied`: waits for a copy of `previous` to `target` started by the caller (else it is
    copied here). `names`: the compared names of the `touched` IRIs (compared_names), when
    the caller has read them already."""
    if not previous.exists():
        return write_index(Labels.from_engine(engine, paths), target,
                           compared_names(engine, paths))
    if copied is None:
        shutil.copyfile(previous, target)
    else:
        copied()
    iris = sorted(touched)
    db = sqlite3.connect(target)
    try:
        db.execute("PRAGMA journal_mode = OFF")
        # an index written by an older kg has no name keys: none are added to it (a table
        # with the keys of some names only would miss the others' in kg.label_index.namesakes)
        keyed = _has_name_keys(db)
        for start in range(0, len(iris), 500):
            chunk = iris[start:start + 500]
            marks = ",".join("?" * len(chunk))
            things = f"SELECT id FROM things WHERE iri IN ({marks})"
            for table in ("names", "pref", "kinds") + (("name_keys",) if keyed else ()):
                db.execute(f"DELETE FROM {table} WHERE thing IN ({things})", chunk)
            for column in ("holder", "post"):
                db.execute(f"DELETE FROM offices WHERE {column} IN ({marks})", chunk)
            if keyed:
                in_chunk = set(chunk)
                chunk_names = (compared_names(engine, paths, only=chunk) if names is None
                               else [(iri, name) for iri, name in names if iri in in_chunk])
            _insert(db, Labels.from_rows(*lookup_rows(engine, paths, only=chunk)),
                    _name_key_rows(chunk_names) if keyed else None, fresh=False)
        db.commit()
    finally:
        db.close()
    _fsync(target)
    return target


def _has_name_keys(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'name_keys'").fetchone() is not None


def _insert(db: sqlite3.Connection, labels: Labels, name_keys: set[tuple[str, str]] | None,
            fresh: bool = True) -> None:
    """The rows of `labels` and the (IRI, name_key) pairs `name_keys` (None: the index has no
    table for them) into the index; `fresh`: the index holds nothing else yet."""
    every = set(labels.names) | set(labels.pref) | set(labels.kinds)
    every |= {iri for iri, _ in name_keys or ()}
    db.executemany("INSERT OR IGNORE INTO things (iri) VALUES (?)", ((iri,) for iri in every))
    number = ({iri: n for n, iri in db.execute("SELECT id, iri FROM things")} if fresh
              else _numbers(db, sorted(every)))
    db.executemany("INSERT INTO names VALUES (?, ?, ?)",
                   ((number[iri], n, fold(n)) for iri, names in labels.names.items()
                    for n in names))
    if name_keys is not None:
        db.executemany("INSERT INTO name_keys VALUES (?, ?)",
                       ((number[iri], key) for iri, key in sorted(name_keys)))
    db.executemany("INSERT INTO pref VALUES (?, ?, ?)",
                   ((number[iri], lang, text) for iri, by in labels.pref.items()
                    for lang, text in by.items()))
    db.executemany("INSERT OR REPLACE INTO kinds VALUES (?, ?, ?)",
                   ((number[iri], kind, fold(local_name(iri)))
                    for iri, kind in labels.kinds.items()))
    db.executemany("INSERT INTO offices VALUES (?, ?, ?)",
                   ((office, holder, post) for office, holders in labels.offices.items()
                    for holder, post in holders.items()))
    db.executemany("INSERT OR REPLACE INTO merged VALUES (?, ?, ?)",
                   ((record, actor, fold(local_name(record)))
                    for record, actor in labels.merged.items()))


def _numbers(db: sqlite3.Connection, iris: list[str]) -> dict[str, int]:
    """The numbers of these things (each in `things`); only theirs, not every thing's (an index
    updated for one added report has some hundred new rows among 150,000 things at 1M)."""
    number: dict[str, int] = {}
    for start in range(0, len(iris), 500):
        chunk = iris[start:start + 500]
        number.update((iri, n) for n, iri in db.execute(
            f"SELECT id, iri FROM things WHERE iri IN ({','.join('?' * len(chunk))})", chunk))
    return number


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- reading

def namesakes(index: Path, keys: set[str]) -> set[str] | None:
    """The IRIs of the things in a build's label index with a name whose name_key is one of
    `keys`; None when the index cannot tell (it has no name keys, or cannot be read)."""
    try:
        db = sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if not _has_name_keys(db):
            return None
        found: set[str] = set()
        ordered = sorted(keys)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start:start + 500]
            found.update(iri for (iri,) in db.execute(
                "SELECT DISTINCT t.iri FROM name_keys k JOIN things t ON t.id = k.thing "
                f"WHERE k.key IN ({','.join('?' * len(chunk))})", chunk))
        return found
    except sqlite3.Error:
        return None
    finally:
        db.close()


class _Column(Mapping):
    """One table of the index as a read-only mapping: each key looked up when first asked."""

    def __init__(self, db: sqlite3.Connection, lookup: str, keys: str, make):
        self._db, self._lookup, self._keys, self._make = db, lookup, keys, make
        self._cache: dict = {}

    def __getitem__(self, key):
        if key not in self._cache:
            rows = self._db.execute(self._lookup, (str(key),)).fetchall()
            self._cache[key] = self._make(rows) if rows else None
        if self._cache[key] is None:
            raise KeyError(key)
        return self._cache[key]

    def remember(self, values: dict) -> None:
        """Values already read (None: the key has none), so they are not looked up again."""
        self._cache.update(values)

    def __iter__(self):
        return (key for (key,) in self._db.execute(self._keys))

    def __len__(self) -> int:
        return sum(1 for _ in self)


_IRIS = "SELECT iri FROM things WHERE id IN (SELECT thing FROM {})"


def _grouped(db: sqlite3.Connection, query: str, keys: list[str]) -> dict[str, dict | None]:
    """For each key, {second: third} of the rows (key, second, third) of `query`, whose "{}"
    takes the keys (500 at a time); None for a key without rows."""
    found: dict[str, dict | None] = dict.fromkeys(keys)
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        for key, second, third in db.execute(query.format(",".join("?" * len(chunk))), chunk):
            found[key] = found[key] or {}
            found[key][second] = third
    return found


class IndexedLabels(Labels):
    """kg.query.Labels read from a build's label index: `pref`, `names`, `kinds`, `offices`
    and `merged` are mappings that look each key up in the index when asked."""

    def __init__(self, db: sqlite3.Connection):
        super().__init__(
            pref=_Column(db, "SELECT lang, label FROM pref WHERE thing = "
                             "(SELECT id FROM things WHERE iri = ?) ORDER BY rowid",
                         _IRIS.format("pref"), dict),
            names=_Column(db, "SELECT name FROM names WHERE thing = "
                              "(SELECT id FROM things WHERE iri = ?)",
                          _IRIS.format("names"), lambda rows: {n for (n,) in rows}),
            kinds=_Column(db, "SELECT kind FROM kinds WHERE thing = "
                              "(SELECT id FROM things WHERE iri = ?)",
                          _IRIS.format("kinds"), lambda rows: rows[0][0]),
            offices=_Column(db, "SELECT holder, post FROM offices WHERE office = ? "
                                "ORDER BY rowid", "SELECT DISTINCT office FROM offices", dict),
            merged=_Column(db, "SELECT actor FROM merged WHERE record = ?",
                           "SELECT record FROM merged", lambda rows: rows[0][0]))
        self._db = db

    def read_labels(self, iris) -> None:
        # one look-up per 500 things instead of one per thing shown (a table's page of 1,000
        # rows names some thousand things: 0.03-0.05 s of CPU one by one)
        wanted = [iri for iri in dict.fromkeys(iris) if iri not in self.pref._cache]
        self.pref.remember(_grouped(
            self._db, "SELECT t.iri, p.lang, p.label FROM pref p JOIN things t ON t.id = p.thing "
                      "WHERE t.iri IN ({}) ORDER BY p.rowid", wanted))

    def _merged_by_id(self, wanted: str) -> str | None:
        row = self._db.execute("SELECT actor FROM merged WHERE id = ? ORDER BY record",
                               (wanted,)).fetchone()
        return row[0] if row else None

    def _named(self, wanted: str, whole: bool = True) -> list[Match]:
        # the kinds and offices of what is found are read with it (thousands of things may
        # contain a short text: one look-up each would take seconds)
        where = ("n.folded = ?1" if whole else "instr(n.folded, ?1) > 0 AND n.thing NOT IN "
                 "(SELECT thing FROM names WHERE folded = ?1)")
        kinds = {iri: kind for iri, kind in self._db.execute(
            "SELECT t.iri, k.kind FROM names n JOIN things t ON t.id = n.thing "
            f"LEFT JOIN kinds k ON k.thing = n.thing WHERE {where}", (wanted,))}
        offices = _grouped(self._db, "SELECT office, holder, post FROM offices WHERE office IN "
                                     "({}) ORDER BY rowid", list(kinds))
        self.kinds.remember(kinds)
        self.offices.remember(offices)
        return [Match(iri, "name") if whole else Match(iri, "part of a name", exact=False)
                for iri in kinds]

    def _by_id(self, wanted: str) -> list[Match]:
        reports = [rid for (rid,) in self._db.execute(
            "SELECT id FROM kinds WHERE kind = 'report'")]
        ids = [wanted, *(f"{rid} {wanted}" for rid in reports)]
        marks = ",".join("?" * len(ids))
        return [Match(iri, "id") for (iri,) in self._db.execute(
            _IRIS.format(f"kinds WHERE id IN ({marks})"), ids)]


def open_index(paths: Paths) -> IndexedLabels | None:
    """The label index of the last build, or None when it has none (built by an older kg) or
    it cannot be read: then the labels are read from the store."""
    path = paths.current / INDEX_FILE
    if not path.exists():
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                             check_same_thread=False)
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
        if not {"things", "names", "pref", "kinds", "offices", "merged"} <= tables:
            return None
    except sqlite3.Error:
        return None
    return IndexedLabels(db)


def labels_for(engine, paths: Paths, endpoint: str | None = None) -> Labels:
    """The labels a command needs: from the build's index when reading the local build, else
    (a remote server, a build without an index) every label read from `engine`."""
    labels = None if endpoint else open_index(paths)
    return labels if labels is not None else Labels.from_engine(engine, paths)
