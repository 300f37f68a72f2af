"""What a query worker does to itself: no network sockets (seccomp), no network (namespace).
Each runs in a fresh interpreter: the filter cannot be taken back."""
from __future__ import annotations

import json
import platform
import subprocess
import sys
from pathlib import Path

import pytest

import kg

PACKAGE_ROOT = str(Path(kg.__file__).resolve().parent.parent)

PROBE = """
import json, socket
from kg.sandbox import forbid_sockets
report = {"installed": forbid_sockets()}
a, b = socket.socketpair()
a.send(b"x")
report["unix"] = b.recv(1).decode()
for name, family in (("inet", socket.AF_INET), ("inet6", socket.AF_INET6)):
    try:
        socket.socket(family, socket.SOCK_STREAM).close()
        report[name] = "opened"
    except OSError as exc:
        report[name] = exc.errno
print(json.dumps(report))
"""


@pytest.mark.skipif(platform.system() != "Linux" or platform.machine() not in
                    ("x86_64", "aarch64"), reason="the seccomp filter is for Linux x86_64/arm64")
def test_forbid_sockets_refuses_network_sockets_but_not_unix_ones():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         env={"PYTHONPATH": PACKAGE_ROOT}, timeout=60, check=True)
    report = json.loads(out.stdout)
    assert report == {"installed": True, "unix": "x", "inet": 13, "inet6": 13}   # EACCES
