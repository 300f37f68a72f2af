"""A real Virtuoso Open Source server on loopback for the remote-store tests and the benchmark
(Debian package `virtuoso-opensource`, installed by `make test` when run as root).

Each server gets its own database folder, its own two ports on 127.0.0.1 (SQL and HTTP) and a
random dba password, written to a virtuoso.ini of its own; nothing of the system's Virtuoso
(/etc/virtuoso-opensource-7, /var/lib/virtuoso-opensource-7) is used or touched."""
from __future__ import annotations

import secrets
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

from oxigraph_server import free_port


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t")


INI = """\
[Database]
DatabaseFile       = {db}/virtuoso.db
ErrorLogFile       = {db}/virtuoso.log
LockFile           = {db}/virtuoso.lck
TransactionFile    = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa

[TempDatabase]
DatabaseFile    = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx

[Parameters]
ServerPort        = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
; 8 KB pages: {buffers} buffers hold the graph in memory
NumberOfBuffers   = {buffers}
MaxDirtyBuffers   = {dirty}
MaxQueryMem       = 1G
ThreadsPerQuery   = 2
CheckpointInterval = 0

[HTTPServer]
ServerPort    = 127.0.0.1:{http_port}
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
; the default (10,000) would cut whole-graph answers short without saying so in the result
ResultSetMaxRows           = 10000000
MaxQueryExecutionTime      = {timeout}
; (Virtuoso refuses a query whose estimated time exceeds this, without running it: a generous
; limit, so that a slow query is stopped by the time limit above, not by an estimate)
MaxQueryCostEstimationTime = {estimate}
"""


class VirtuosoServer:
    """virtuoso-t in the foreground with a fresh database in `location`. `url` is the SPARQL
    endpoint with the dba credentials in it (what `kg build --store` and `--endpoint` take);
    `public_url` is the same endpoint without them."""

    def __init__(self, location: Path, buffers: int = 20000, timeout_s: int = 60):
        location.mkdir(parents=True, exist_ok=True)
        self.location = location
        self.http_port = free_port()
        self.password = secrets.token_hex(12)
        self.public_url = f"http://127.0.0.1:{self.http_port}/sparql"
        self.url = f"http://dba:{self.password}@127.0.0.1:{self.http_port}/sparql"
        ini = location / "virtuoso.ini"
        self.sql_port = free_port()
        ini.write_text(INI.format(db=location, sql_port=self.sql_port, http_port=self.http_port,
                                  buffers=buffers, dirty=buffers * 3 // 4, timeout=timeout_s,
                                  estimate=timeout_s * 100))
        self.log = open(location / "virtuoso-t.out", "wb")
        self.process = subprocess.Popen(
            [virtuoso_binary(), "+foreground", "+configfile", str(ini)],
            cwd=location, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.public_url + "?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"virtuoso-t exited at start; see {location}/virtuoso.log")
                time.sleep(0.2)
        else:
            self.stop()
            raise RuntimeError("virtuoso-t did not answer within 60 s")
        self._replace_default_passwords()

    def _replace_default_passwords(self) -> None:
        """A new database has the well-known password dba/dba: replace it (through stdin, so
        that the new one never shows in a process list)."""
        script = f"user_set_password('dba', '{self.password}');\n"
        done = subprocess.run([shutil.which("isql-vt") or "isql-vt", f"127.0.0.1:{self.sql_port}",
                               "dba", "dba"], input=script, text=True, capture_output=True,
                              timeout=30)
        if done.returncode != 0 or "Error" in done.stdout + done.stderr:
            self.stop()
            raise RuntimeError(f"cannot set the dba password: {(done.stdout + done.stderr)[-300:]}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.log.close()
