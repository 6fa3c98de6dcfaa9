"""A throwaway PostgreSQL server of the test's own (initdb + pg_ctl into a temporary folder, on a free port), so that
a test may stop and restart it without touching the shared server other tests use. Removed at the end."""
from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or ([shutil.which("initdb")] if shutil.which("initdb") else [])
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    bindir: Path
    base: Path
    port: int
    as_user: list[str]

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://lurecheck@127.0.0.1:{self.port}/postgres"

    def _ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([*self.as_user, str(self.bindir / "pg_ctl"), "-D", str(self.base / "data"), *args],
                              check=check, capture_output=True, text=True, timeout=60)

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        self._ctl("-o", opts, "-l", str(self.base / "server.log"), "-w", "start")

    def stop(self) -> None:
        self._ctl("-m", "fast", "-w", "stop")


def available() -> bool:
    return _bindir() is not None


@contextlib.contextmanager
def own_postgres() -> Iterator[PgServer]:
    """initdb into a temporary folder (as the `postgres` user when run as root: initdb refuses root), start it,
    yield it; stop it and delete everything at the end."""
    bindir = _bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL's initdb and pg_ctl are not installed")
    base = Path(tempfile.mkdtemp(prefix="lurecheck-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(base, pw.pw_uid, pw.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    server = PgServer(bindir, base, _free_port(), as_user)
    try:
        subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(base / "data"), "-U", "lurecheck",
                        "--auth=trust", "-E", "UTF8", "--no-sync"], check=True, capture_output=True, timeout=120)
        server.start()
        yield server
    finally:
        server._ctl("-m", "immediate", "stop", check=False)
        shutil.rmtree(base, ignore_errors=True)
