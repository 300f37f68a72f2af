"""A build stopped by SIGTERM or Ctrl-C (kg.cli, kg.signals): one line, the exit code of an
interrupt, and no SHACL worker process left behind."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.faults import EXIT_INTERRUPTED

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "fixtures" / "reports" / "test-mini.ttl"


def _stat(pid) -> list[str]:
    """/proc/PID/stat after the command name: state, parent, ...; [] once the process is gone."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return []


def children(pid: int) -> set[int]:
    """The live child processes of pid (zombies not counted: they hold no resources)."""
    return {int(e.name) for e in Path("/proc").iterdir() if e.name.isdigit()
            and (stat := _stat(e.name)) and int(stat[1]) == pid and stat[0] != "Z"}


def alive(pids: set[int]) -> set[int]:
    return {p for p in pids if (stat := _stat(p)) and stat[0] != "Z"}


@pytest.fixture
def four_reports(project_copy):
    # four data files: the build validates them in worker processes (one file per core)
    shutil.copy(ROOT / "data" / "ttl" / "press-kr-2024-2025.ttl", project_copy.data_dir)
    shutil.copy(MINI, project_copy.data_dir / "test-mini.ttl")
    return project_copy


@pytest.mark.skipif(not Path("/proc").is_dir() or (os.cpu_count() or 1) < 2,
                    reason="needs /proc and two cores (one core validates in-process)")
@pytest.mark.parametrize("sig, group", [(signal.SIGTERM, False), (signal.SIGINT, True)],
                         ids=["SIGTERM to kg", "Ctrl-C to the process group"])
def test_a_stopped_build_leaves_no_worker_and_says_so_in_one_line(four_reports, sig, group):
    build = subprocess.Popen(
        [sys.executable, "-c", "from kg.cli import run; run()", "build", "--full",
         "--root", str(four_reports.root)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)))
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while build.poll() is None and time.monotonic() < deadline and len(workers) < 2:
        workers = children(build.pid)
        time.sleep(0.02)
    if len(workers) < 2:
        build.kill()
        pytest.skip("the build ended before its workers could be seen")
    os.killpg(build.pid, sig) if group else build.send_signal(sig)
    output, _ = build.communicate(timeout=120)
    time.sleep(1)       # the workers end after their parent has collected them
    assert build.returncode == EXIT_INTERRUPTED, output
    assert output.strip().splitlines()[-1].startswith("kg: interrupted"), output
    assert "Traceback" not in output, output
    assert alive(workers) == set()


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="needs POSIX signal masks")
def test_a_ctrl_c_while_workers_start_is_held_and_raised_once_they_are_started():
    from kg.signals import starting_workers
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    started = False
    try:
        with pytest.raises(KeyboardInterrupt):
            with starting_workers():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.05)        # nothing is raised while the workers start
                started = True
    finally:
        signal.signal(signal.SIGINT, previous)
    assert started
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())
