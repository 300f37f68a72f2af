"""Crash-safe writes in data/ and build/, and recovery from a command that was killed.

* A file is never written in place: it is written beside its target, flushed to disk and renamed
  over it (`atomic_write`), so a reader sees the old file or the new one, never half of one.
* A change of data/ttl/ that a rebuild must confirm (`kg add`, `kg add --remove`) is kept in a
  small journal, data/.journal/: the file it replaces or removes is kept there first, and the
  journal says what the change is. Success forgets the journal; failure puts the old file back.
  A command killed in between leaves the journal, and the next kg command finishes the change
  (when build/current already holds it) or undoes it (`recover`): data/ttl/ and the build agree
  again, exactly before or exactly after.
* Build folders of a killed build (build/build-*, never made current) are removed by the next
  command; a build holds a lock so that no command removes the folder of a build still running,
  and a generation a server still reads is left to the server (kg.generations).
* Outputs the user names (`-o`) replace an existing file only when kg wrote it and nobody changed
  it since (`.kg-written.json` beside it records what kg wrote), or with --force."""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterator

from .config import Paths
from .errors import EnvironmentProblem, UsageError
from .i18n import _

JOURNAL_DIR = ".journal"          # data/.journal: the pending change and the file it kept
PENDING = "pending.json"
LOCK = "lock"
BUILD_LOCK = ".lock"              # build/.lock: held while a build runs
STAGING_PREFIX = "build-"         # build/build-<id>: a build being written (kg.build)
LINK_PREFIX = ".link-"            # build/.link-<id>: the new `current` symlink before its rename
WRITTEN = ".kg-written.json"      # beside -o outputs: name -> sha256 of what kg wrote there
ASIDE = re.compile(r"^\..*\.kg(\d+)-[0-9a-f]{8}\.tmp")   # what `aside` names


# ---------------------------------------------------------------- writing files

def fsync_dir(folder: Path) -> None:
    """Make a rename or removal in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def aside(target: Path, suffix: str | None = None) -> Path:
    """A hidden name beside `target`, with the same suffix (writers choose a format by it) and
    this process's id, so that a later command can tell and remove what a killed one left."""
    suffix = target.suffix if suffix is None else suffix
    return target.parent / f".{target.stem}.kg{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp{suffix}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_leftovers(folder: Path) -> list[Path]:
    """Remove the files and folders that processes no longer running were writing in `folder`."""
    removed = []
    for entry in folder.iterdir() if folder.is_dir() else []:
        m = ASIDE.match(entry.name)
        if m and not _alive(int(m[1])):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def atomic_write(target: Path, data: bytes) -> None:
    """Write aside, fsync, rename over `target`, fsync the folder."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = aside(target)
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def copying(source: Path, target: Path) -> Iterator[Callable[[], None]]:
    """Copy `source` to `target` in a thread while the block runs (the kernel copies: the
    process's other thread goes on meanwhile); the block calls what it is given to wait for the
    copy and to raise its error. On leaving, the copy is waited for in any case, so that no
    thread still writes into a folder that is then removed or written again."""
    from concurrent.futures import ThreadPoolExecutor, wait
    with ThreadPoolExecutor(1, thread_name_prefix="kg-copy") as pool:
        copy = pool.submit(shutil.copyfile, source, target)
        try:
            yield copy.result
        finally:
            wait([copy])


def atomic_write_text(target: Path, text: str) -> None:
    atomic_write(target, text.encode("utf-8"))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# ---------------------------------------------------------------- outputs named with -o

def _written(folder: Path) -> dict[str, str]:
    try:
        record = json.loads((folder / WRITTEN).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def check_replaceable(target: Path, force: bool) -> None:
    """Refuse to replace a file that kg did not write there (or that was changed since)."""
    target = Path(target)
    if target.is_dir():
        raise UsageError(_("{path} is a folder; give a file name").format(path=target))
    if not target.exists() or force:
        return
    if _written(target.parent).get(target.name) == sha256_of(target):
        return
    raise UsageError(_("{path} exists and was not written by this command (or was changed "
                       "since); give --force to replace it, or another file name").format(
        path=target))


def _record_written(targets: list[Path]) -> None:
    by_folder: dict[Path, list[Path]] = {}
    for t in targets:
        by_folder.setdefault(t.parent, []).append(t)
    for folder, files in by_folder.items():
        record = _written(folder)
        record.update({f.name: sha256_of(f) for f in files})
        atomic_write_text(folder / WRITTEN, json.dumps(record, indent=1, sort_keys=True) + "\n")


def write_output(target: Path, write: Callable[[Path], object], force: bool = False) -> None:
    """`write(path)` into a file beside `target`, then rename it over `target`; refused when
    `target` is something kg did not write there, unless `force`."""
    target = Path(target)
    check_replaceable(target, force)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(target.parent)
    tmp = aside(target)
    try:
        write(tmp)
        _fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)
    _record_written([target])


def write_output_folder(folder: Path, write: Callable[[Path], object],
                        force: bool = False) -> None:
    """`write(tmp_folder)` into a new folder beside `folder`, then move each file it wrote into
    `folder` (each move atomic); refused before anything moves when one of them would replace a
    file kg did not write there. Other files in `folder` are left alone."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError(_("{path} is a file; give a folder").format(path=folder))
    folder.parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(folder.parent)
    tmp = aside(folder, suffix="")
    try:
        tmp.mkdir()
        write(tmp)
        made = sorted(p.relative_to(tmp) for p in tmp.rglob("*") if p.is_file())
        for f in made:
            check_replaceable(folder / f, force)
        for f in made:
            (folder / f).parent.mkdir(parents=True, exist_ok=True)
            _fsync_file(tmp / f)
            os.replace(tmp / f, folder / f)
        for d in {(folder / f).parent for f in made}:
            fsync_dir(d)
        _record_written([folder / f for f in made])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- locks

@contextmanager
def _locked(lock_file: Path, wait: bool, busy: Callable[[], str]) -> Iterator[None]:
    """Hold `lock_file`; when it is held elsewhere, wait for it or refuse with `busy()` (the
    message, formed in the language in use only when it is needed)."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise EnvironmentProblem(busy()) from None
        yield
    finally:
        os.close(fd)        # releases the lock; the kernel releases it too when killed


def journal_dir(paths: Paths) -> Path:
    return paths.data_dir.parent / JOURNAL_DIR


def data_lock(paths: Paths):
    """Held by `kg add` and `kg add --remove` while they change data/ttl/ and rebuild."""
    return _locked(journal_dir(paths) / LOCK, wait=False,
                   busy=lambda: _("another `kg add` is changing {folder}; wait for it to "
                                  "finish").format(folder=paths.data_dir))


def build_lock(paths: Paths, wait: bool = True):
    """Held while a build runs, so that no other command removes its folder."""
    return _locked(paths.build / BUILD_LOCK, wait=wait,
                   busy=lambda: _("a build is running in {folder}").format(folder=paths.build))


# ---------------------------------------------------------------- the journal of data/ttl

@dataclass
class PendingChange:
    """One change of data/ttl/ waiting for its rebuild: `op` is "add" or "remove"; `before` names
    the copy of the replaced or removed file in the journal folder (None: there was none);
    `after_sha256` is the new file's hash (add)."""

    op: str
    report: str
    file: str
    before: str | None
    after_sha256: str | None = None


class Journal:
    """data/.journal/: at most one pending change of data/ttl/ (callers hold `data_lock`)."""

    def __init__(self, paths: Paths):
        self.paths = paths
        self.dir = journal_dir(paths)

    @property
    def pending_file(self) -> Path:
        return self.dir / PENDING

    def pending(self) -> PendingChange | None:
        try:
            return PendingChange(**json.loads(self.pending_file.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (ValueError, TypeError):
            # written atomically, so only a hand-edited journal gets here; the copies stay
            raise EnvironmentProblem(_("{path}: the journal of an interrupted `kg add` cannot "
                                       "be read; compare data/ttl/ with the files in {folder}, "
                                       "then delete it").format(path=self.pending_file,
                                                                folder=self.dir)) from None

    def _begin(self, change: PendingChange) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.pending_file, json.dumps(asdict(change), indent=1) + "\n")

    def begin_add(self, report: str, target: Path, data: bytes) -> None:
        """Keep the file `target` replaces (a hard link: no copy), record the change, then
        write `target`."""
        before = None
        self.dir.mkdir(parents=True, exist_ok=True)
        if target.exists():
            before = f"{target.name}.before"
            keep = self.dir / before
            keep.unlink(missing_ok=True)
            try:
                os.link(target, keep)
            except OSError:      # no hard links here: a copy, made durable
                shutil.copy2(target, keep)
                _fsync_file(keep)
            fsync_dir(self.dir)
        self._begin(PendingChange("add", report, target.name, before,
                                  hashlib.sha256(data).hexdigest()))
        atomic_write(target, data)

    def begin_remove(self, report: str, target: Path) -> None:
        """Record the change, then move `target` into the journal folder (one rename)."""
        before = f"{target.name}.before"
        self._begin(PendingChange("remove", report, target.name, before))
        os.replace(target, self.dir / before)
        fsync_dir(self.dir)
        fsync_dir(target.parent)

    def commit(self) -> None:
        """The change stands: forget it (the journal first, then the kept copy)."""
        self.pending_file.unlink(missing_ok=True)
        fsync_dir(self.dir)
        self._clear_copies()

    def rollback(self) -> None:
        """Put data/ttl/ back as it was before the pending change."""
        change = self.pending()
        if change is None:
            return
        target = self.paths.data_dir / change.file
        kept = self.dir / change.before if change.before else None
        if kept is not None and kept.exists():
            os.replace(kept, target)
        elif kept is None:          # an added report that had no file before
            target.unlink(missing_ok=True)
        # else: killed before the file was moved aside: it is still in place
        fsync_dir(self.paths.data_dir)
        self.commit()

    def _clear_copies(self) -> None:
        for f in self.dir.iterdir():
            if f.name not in (LOCK, PENDING):
                f.unlink(missing_ok=True)

    def is_in_build(self, change: PendingChange) -> bool:
        """Does build/current already hold the change (the rebuild finished; only forgetting the
        journal did not)?"""
        from .build import previous_summary
        summary = previous_summary(self.paths)
        if summary is None:
            return False
        built = summary.get("manifest", {}).get("data", {})
        if change.op == "remove":
            return change.report not in built
        target = self.paths.data_dir / change.file
        return (built.get(change.report) == change.after_sha256 and target.exists()
                and sha256_of(target) == change.after_sha256)

    def recover(self) -> str | None:
        """Finish or undo the change of a killed `kg add`; say which (None: nothing pending)."""
        change = self.pending()
        if change is None:
            if self.dir.exists():
                self._clear_copies()
            return None
        command = (f"`kg add --remove {change.report}`" if change.op == "remove"
                   else f"`kg add` of report {change.report}")
        if self.is_in_build(change):
            self.commit()
            return f"finished the interrupted {command}"
        self.rollback()
        return f"undid the interrupted {command}: data/ttl/ is as it was before"


# ---------------------------------------------------------------- recovery at command start

def stale_builds(paths: Paths) -> list[Path]:
    """Build folders and `current` links that killed builds left (not the current build)."""
    if not paths.build.is_dir():
        return []
    current = paths.current.resolve() if paths.current.is_symlink() else None
    return [e for e in paths.build.iterdir()
            if (e.name.startswith(LINK_PREFIX) and e.is_symlink())
            or (e.name.startswith(STAGING_PREFIX) and not e.is_symlink() and e.is_dir()
                and e.resolve() != current)]


def clear_stale_builds(paths: Paths) -> list[Path]:
    """Remove what `stale_builds` lists (callers hold `build_lock`), except the generations a
    `kg serve` still reads (kg.generations leases them; the server removes them when done)."""
    from .generations import remove_if_unused
    removed = []
    for entry in stale_builds(paths):
        if entry.is_symlink():
            entry.unlink(missing_ok=True)
            removed.append(entry)
        elif remove_if_unused(entry, paths):
            removed.append(entry)
    return removed


def recover(paths: Paths) -> list[str]:
    """What every command does first: finish or undo an interrupted `kg add`, remove the
    folders of killed builds and the half-written files of killed commands in data/. Skipped where another kg command is at work (its lock is held) or
    where nothing can be written (a read-only build folder)."""
    notes = []
    journal = Journal(paths)
    # a pending change, or a copy kept by an add killed before it wrote the journal
    if journal.dir.is_dir() and any(f.name != LOCK for f in journal.dir.iterdir()):
        try:
            with data_lock(paths):
                note = journal.recover()
                if note:
                    notes.append(note)
        except EnvironmentProblem:
            pass            # another `kg add` is running; it finishes its own change
    if stale_builds(paths):
        try:
            with build_lock(paths, wait=False):
                clear_stale_builds(paths)
        except (EnvironmentProblem, OSError):
            pass            # a build is running, or build/ is read-only: nothing to clear now
    data = paths.data_dir.parent
    for folder in [data, *(d for d in data.iterdir() if d.is_dir())] if data.is_dir() else []:
        try:
            sweep_leftovers(folder)
        except OSError:
            pass            # a read-only checkout: a killed command cannot have written here
    return notes
