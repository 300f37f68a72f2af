"""Build generations stay while a server reads them: leases and removal (kg.generations)."""
from __future__ import annotations

import os
import threading

import pytest

from kg.config import Paths
from kg.errors import NoBuildError
from kg.generations import Lease, current_generation, lease_current, remove_if_unused


@pytest.fixture
def generations(tmp_path) -> Paths:
    """A build folder with two generations, build/current -> build-new."""
    paths = Paths(root=tmp_path, build_dir=tmp_path / "build")
    for name in ("build-old", "build-new"):
        (paths.build / name / "store").mkdir(parents=True)
    os.symlink("build-new", paths.current)
    return paths


def test_current_generation_follows_the_symlink(generations):
    assert current_generation(generations) == generations.build / "build-new"
    os.replace(generations.current, generations.build / "moved")
    assert current_generation(generations) is None


def test_an_unused_old_generation_is_removed(generations):
    assert remove_if_unused(generations.build / "build-old", generations) is True
    assert not (generations.build / "build-old").exists()


def test_a_leased_generation_stays_until_released(generations):
    old = generations.build / "build-old"
    lease = Lease(old)
    assert remove_if_unused(old, generations) is False
    assert old.is_dir()
    lease.release()
    assert remove_if_unused(old, generations) is True


def test_the_current_generation_is_never_removed(generations):
    assert remove_if_unused(generations.build / "build-new", generations) is False
    assert (generations.build / "build-new").is_dir()


def test_lease_current_holds_what_current_points_to(generations):
    lease = lease_current(generations)
    assert lease.folder == generations.build / "build-new"
    os.replace(generations.build / "build-old", generations.build / "build-next")
    tmp = generations.build / ".link"
    os.symlink("build-next", tmp)
    os.replace(tmp, generations.current)
    assert remove_if_unused(lease.folder, generations) is False     # swapped, but still held
    lease.release()
    assert remove_if_unused(generations.build / "build-new", generations) is True


def test_a_lease_waits_while_a_generation_is_being_removed(generations):
    """The shared lock waits for the exclusive one: a server never locks a half-deleted folder
    and takes it for current."""
    import fcntl
    fd = os.open(generations.build / "build-new", os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    got: list[Lease] = []
    waiting = threading.Thread(target=lambda: got.append(lease_current(generations)))
    waiting.start()
    waiting.join(0.3)
    assert waiting.is_alive() and not got
    os.close(fd)
    waiting.join(5)
    assert got and got[0].folder == generations.build / "build-new"
    got[0].release()


def test_no_build_is_a_no_build_error(tmp_path):
    with pytest.raises(NoBuildError):
        lease_current(Paths(root=tmp_path, build_dir=tmp_path / "build"))


def test_a_link_to_a_missing_folder_is_a_no_build_error(generations):
    (generations.build / "build-new" / "store").rmdir()
    (generations.build / "build-new").rmdir()
    with pytest.raises(NoBuildError, match="which is gone"):
        lease_current(generations)

