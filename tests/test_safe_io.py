"""Crash-safe writes: atomic files, outputs that are not silently replaced, the journal of
`kg add` finished or undone by the next command, and killed commands (SIGKILL at seeded moments)
that leave data/ exactly before or exactly after and a whole build."""
from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.config import Paths, project_root
from kg.errors import UsageError
from kg.ingest import add_sheet, without_provenance
from kg.safe_io import (JOURNAL_DIR, Journal, aside, atomic_write, clear_stale_builds, copying,
                        recover, sweep_leftovers, write_output, write_output_folder)

ROOT = project_root()
PRESS = "press-kr-2024-2025"
PRESS_SHEET = ROOT / "data" / "sheets" / f"{PRESS}.yaml"
SEED_TEXT = ROOT / "data" / "sources" / "nb-2025-03-kr.txt"


# ---------------------------------------------------------------- atomic files and outputs

def test_atomic_write_replaces_the_file_and_leaves_nothing_beside_it(tmp_path):
    target = tmp_path / "x.ttl"
    target.write_text("old", encoding="utf-8")
    atomic_write(target, b"new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"]


def test_an_output_kg_did_not_write_is_refused_without_force(tmp_path):
    curated = tmp_path / "sheet.yaml"
    curated.write_text("curated by hand", encoding="utf-8")
    with pytest.raises(UsageError, match="--force"):
        write_output(curated, lambda tmp: tmp.write_text("draft", encoding="utf-8"))
    assert curated.read_text(encoding="utf-8") == "curated by hand"
    write_output(curated, lambda tmp: tmp.write_text("draft", encoding="utf-8"), force=True)
    assert curated.read_text(encoding="utf-8") == "draft"


def test_an_output_kg_wrote_is_replaced_until_someone_changes_it(tmp_path):
    out = tmp_path / "met.html"
    write_output(out, lambda tmp: tmp.write_text("one", encoding="utf-8"))
    write_output(out, lambda tmp: tmp.write_text("two", encoding="utf-8"))
    assert out.read_text(encoding="utf-8") == "two"
    out.write_text("edited by hand", encoding="utf-8")
    with pytest.raises(UsageError, match="changed since"):
        write_output(out, lambda tmp: tmp.write_text("three", encoding="utf-8"))


def test_an_output_folder_keeps_the_files_it_does_not_write(tmp_path):
    folder = tmp_path / "kumu"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    write_output_folder(folder, lambda d: (d / "elements.csv").write_text("a", encoding="utf-8"))
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (folder / "elements.csv").read_text(encoding="utf-8") == "a"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_an_output_that_is_a_folder_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="is a folder"):
        write_output(tmp_path, lambda tmp: tmp.write_text("x", encoding="utf-8"))


def test_what_a_dead_process_was_writing_is_swept_and_a_live_ones_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    left = tmp_path / f".draft.kg{dead}-0123abcd.tmp.yaml"
    left.write_text("half a draft", encoding="utf-8")
    mine = aside(tmp_path / "draft.yaml")
    mine.write_text("being written", encoding="utf-8")
    assert sweep_leftovers(tmp_path) == [left]
    assert mine.exists()


# ---------------------------------------------------------------- the journal of data/ttl

def _project(tmp_path: Path) -> Paths:
    paths = Paths(root=tmp_path)
    paths.data_dir.mkdir(parents=True)
    (paths.data_dir / "registry.ttl").write_text("# registry\n", encoding="utf-8")
    return paths


def _built_with(paths: Paths, data: dict[str, str]) -> None:
    """A stand-in build/current whose summary lists `data` (report -> sha256)."""
    current = paths.build / "build-0"
    (current / "store").mkdir(parents=True)
    (current / "summary.json").write_text(json.dumps({"manifest": {"data": data}}),
                                          encoding="utf-8")
    paths.current.symlink_to("build-0")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_an_interrupted_add_the_build_does_not_hold_is_undone(tmp_path):
    paths = _project(tmp_path)
    report = paths.data_dir / "r.ttl"
    report.write_text("old", encoding="utf-8")
    _built_with(paths, {"registry": _sha("# registry\n"), "r": _sha("old")})
    Journal(paths).begin_add("r", report, b"new")       # ... and killed before the build
    assert recover(paths) == ["undid the interrupted `kg add` of report r: data/ttl/ is as it "
                              "was before"]
    assert report.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in (paths.data_dir.parent / JOURNAL_DIR).iterdir()) == ["lock"]


def test_an_interrupted_add_of_a_new_report_is_undone_by_removing_it(tmp_path):
    paths = _project(tmp_path)
    _built_with(paths, {"registry": _sha("# registry\n")})
    Journal(paths).begin_add("r", paths.data_dir / "r.ttl", b"new")
    recover(paths)
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["registry.ttl"]


def test_an_interrupted_add_the_build_already_holds_is_finished(tmp_path):
    paths = _project(tmp_path)
    report = paths.data_dir / "r.ttl"
    report.write_text("old", encoding="utf-8")
    _built_with(paths, {"registry": _sha("# registry\n"), "r": _sha("new")})
    Journal(paths).begin_add("r", report, b"new")       # ... built, killed before forgetting
    assert recover(paths) == ["finished the interrupted `kg add` of report r"]
    assert report.read_text(encoding="utf-8") == "new"


def test_a_copy_kept_before_the_journal_was_written_is_cleared(tmp_path):
    paths = _project(tmp_path)
    journal = paths.data_dir.parent / JOURNAL_DIR
    journal.mkdir()
    (journal / "r.ttl.before").write_text("kept by an add killed at once", encoding="utf-8")
    assert recover(paths) == []
    assert sorted(p.name for p in journal.iterdir()) == ["lock"]


def test_an_interrupted_remove_is_undone_or_finished_as_the_build_says(tmp_path):
    paths = _project(tmp_path)
    report = paths.data_dir / "r.ttl"
    report.write_text("kept", encoding="utf-8")
    _built_with(paths, {"registry": _sha("# registry\n"), "r": _sha("kept")})
    Journal(paths).begin_remove("r", report)
    assert not report.exists()
    recover(paths)
    assert report.read_text(encoding="utf-8") == "kept"
    shutil.rmtree(paths.build)
    _built_with(paths, {"registry": _sha("# registry\n")})     # the build without r
    Journal(paths).begin_remove("r", report)
    recover(paths)
    assert not report.exists()


def test_folders_of_killed_builds_are_cleared_but_never_the_current_one(tmp_path):
    paths = _project(tmp_path)
    _built_with(paths, {})
    (paths.build / "build-killed" / "store").mkdir(parents=True)
    (paths.build / ".link-killed").symlink_to("build-killed")
    assert sorted(p.name for p in clear_stale_builds(paths)) == [".link-killed", "build-killed"]
    assert sorted(p.name for p in paths.build.iterdir()) == ["build-0", "current"]


# ---------------------------------------------------------------- killed commands

KILLS_PER_COMMAND = 4
SEED = 20261207


def _copy_project(src: Path, dst: Path) -> Paths:
    shutil.copytree(src, dst, symlinks=True)
    return Paths(root=dst)


@pytest.fixture(scope="module")
def seed_project(tmp_path_factory, seed_build) -> Path:
    """The seed report and the registry, built (the press report not yet added)."""
    from tests.conftest import copy_built_seed
    return copy_built_seed(seed_build, tmp_path_factory.mktemp("seed-project")).root


@pytest.fixture(scope="module")
def press_project(seed_project, tmp_path_factory) -> Path:
    """The seed project with the press report added and built."""
    root = tmp_path_factory.mktemp("press-project") / "p"
    paths = _copy_project(seed_project, root)
    add_sheet(paths, PRESS_SHEET)
    return root


def _kg(*args, root: Path) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *map(str, args), "--root", str(root)]


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _data_state(root: Path) -> dict[str, bytes]:
    """Every file under data/ with its content; the journal's lock and kg's record of its own
    outputs are bookkeeping, not data."""
    data = root / "data"
    return {p.relative_to(data).as_posix(): p.read_bytes() for p in sorted(data.rglob("*"))
            if p.is_file() and p.name not in ("lock", ".kg-written.json")}


def _same_data(state: dict[str, bytes], expected: dict[str, bytes], report: str | None) -> bool:
    """Equal, except that a report file written by `kg add` may differ in its run's provenance
    (the time it was written)."""
    if state.keys() != expected.keys():
        return False
    for name, content in state.items():
        if content == expected[name]:
            continue
        if report is None or name != f"ttl/{report}.ttl":
            return False
        ours, theirs = (without_provenance(Graph().parse(data=c.decode(), format="turtle"), report)
                        for c in (content, expected[name]))
        if not isomorphic(ours, theirs):
            return False
    return True


def _assert_build_whole_and_agreeing(root: Path) -> None:
    paths = Paths(root=root)
    summary = json.loads((paths.current / "summary.json").read_text(encoding="utf-8"))
    manifest = summary["manifest"]
    on_disk = {f.stem: hashlib.sha256(f.read_bytes()).hexdigest()
               for f in sorted(paths.data_dir.glob("*.ttl"))}
    assert manifest["data"] == on_disk, "build/current does not hold what data/ttl/ says"
    assert (paths.current / "graph.trig").stat().st_size == manifest["trig_bytes"]
    store = ox.Store.read_only(str(paths.current / "store"))
    for report in on_disk:
        graph = ox.NamedNode(f"https://w3id.org/rikg/graph/{report}")
        assert next(store.quads_for_pattern(None, None, None, graph), None) is not None
    left = {p.name for p in paths.build.iterdir()} - {"current", ".lock", "last-error.txt",
                                                       paths.current.resolve().name}
    assert not left, f"left in build/: {left}"
    assert not (paths.data_dir.parent / JOURNAL_DIR / "pending.json").exists()


KILLED = {
    # name: (project fixture, command, report whose file the command writes)
    "build": ("seed_project", ["build", "--full"], None),
    "add": ("seed_project", ["add", PRESS_SHEET], PRESS),
    "add again": ("press_project", ["add", PRESS_SHEET], PRESS),    # replaces the report's file
    "remove": ("press_project", ["add", "--remove", PRESS], None),
    "extract": ("seed_project", ["extract", SEED_TEXT, "-o", "{root}/data/sheets/draft.yaml"],
                None),
}


@pytest.mark.parametrize("name", list(KILLED))
def test_a_command_killed_at_any_moment_loses_nothing(name, request, tmp_path):
    """The command runs once whole (the state after, and how long it takes), then is killed with
    SIGKILL at KILLS_PER_COMMAND seeded moments within that time; after each kill the next
    command (a query) works, data/ is exactly as before or exactly as after, and build/current
    is whole and holds what data/ttl/ holds."""
    fixture, args, report = KILLED[name]
    template = request.getfixturevalue(fixture)
    before = _data_state(template)

    whole = _copy_project(template, tmp_path / "whole").root
    started = time.monotonic()
    done = subprocess.run(_kg(*[str(a).format(root=whole) for a in args], root=whole),
                          env=_env(), capture_output=True, text=True, timeout=300)
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    after = _data_state(whole)
    assert after != before or name == "build"

    moments = random.Random(f"{SEED}-{name}")
    for i in range(KILLS_PER_COMMAND):
        root = _copy_project(template, tmp_path / f"killed-{i}").root
        process = subprocess.Popen(_kg(*[str(a).format(root=root) for a in args], root=root),
                                   env=_env(), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(moments.uniform(0.05, duration))
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass                                    # it had finished
        process.wait(timeout=60)

        nxt = subprocess.run(_kg("query", "costs", "--format", "csv", root=root), env=_env(),
                             capture_output=True, text=True, timeout=300)
        assert nxt.returncode == 0, nxt.stderr
        assert "total" in nxt.stdout
        state = _data_state(root)
        assert _same_data(state, before, None) or _same_data(state, after, report), (
            f"kill {i}: data/ is neither as before nor as after: "
            f"{sorted(set(state) ^ set(before))} {sorted(set(state) ^ set(after))}")
        _assert_build_whole_and_agreeing(root)


def test_an_add_that_cannot_write_its_file_leaves_data_as_it_was(project_copy, monkeypatch):
    report = project_copy.data_dir / "nb-2025-03-kr.ttl"
    before = report.read_bytes()
    sheet = ROOT / "data" / "sheets" / "nb-2025-03-kr.yaml"

    import kg.safe_io
    write = kg.safe_io.atomic_write

    def full_disk(target, data):          # the journal is written, the report file is not
        if Path(target).suffix == ".ttl":
            raise OSError(28, "No space left on device", str(target))
        write(target, data)
    monkeypatch.setattr(kg.safe_io, "atomic_write", full_disk)
    with pytest.raises(OSError, match="No space left"):
        add_sheet(project_copy, sheet, build=False)
    assert report.read_bytes() == before
    assert not (project_copy.data_dir.parent / JOURNAL_DIR / "pending.json").exists()


def test_a_copy_in_the_background_is_there_when_waited_for(tmp_path):
    source, target = tmp_path / "graph.trig", tmp_path / "copy.trig"
    source.write_bytes(b"<a> <b> <c> .\n" * 10_000)
    with copying(source, target) as copied:
        copied()
        assert target.read_bytes() == source.read_bytes()


def test_a_failed_background_copy_raises_when_waited_for_and_is_over_when_the_block_ends(tmp_path):
    with pytest.raises(FileNotFoundError):
        with copying(tmp_path / "missing.trig", tmp_path / "copy.trig") as copied:
            copied()
    # an error of the block itself is not hidden by the copy's
    with pytest.raises(KeyError):
        with copying(tmp_path / "missing.trig", tmp_path / "copy.trig"):
            raise KeyError("the build's own error")
    assert not (tmp_path / "copy.trig").exists()
