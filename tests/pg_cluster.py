"""A throwaway PostgreSQL cluster for the tests (issue 18).

One cluster per test session: `initdb` into a fresh temporary folder, its own port on
127.0.0.1 and its own unix-socket folder, started with `pg_ctl` and stopped (and removed)
at the end. Durability is off (fsync, synchronous_commit): nothing in it must survive.

The server binaries are found with `pg_config --bindir`, else in /usr/lib/postgresql/*/bin
(Debian's packages); without them the tests that need a server are skipped, saying why.
PostgreSQL refuses to run as root: as root (CI), the cluster belongs to the `postgres`
system user (Debian's package makes it) and its commands run as that user (subprocess's
user/group: no runuser or su needed, which CI's minimal PATH lacks).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path

SUPERUSER = "cluma_test_super"
OWNER = "office"  # the login that runs `init`: CREATEROLE, owner of each test database
OWNER_PASSWORD = "Office owner password 1"
USER_PASSWORD = "A password of 24 letters"  # every login the tests add (users add)


def find_bindir() -> Path | None:
    """The folder of initdb/pg_ctl/postgres, or None."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            )
            candidates.append(Path(out.stdout.strip()))

    def version(p: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in p.parent.name.split(".") if x.isdigit())

    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version, reverse=True)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int
    run_as: str | None  # the system user the server runs as (as root: postgres)

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def sockets(self) -> Path:
        return self.root / "sock"

    @property
    def passfile(self) -> Path:
        """A ~/.pgpass of the test logins: the owner's password, and the one of every
        login the tests add (PGPASSFILE, set by the session's fixture)."""
        path = self.root / "pgpass"
        if not path.exists():
            path.write_text(f"*:*:*:{OWNER}:{OWNER_PASSWORD}\n*:*:*:*:{USER_PASSWORD}\n")
            path.chmod(0o600)
        return path

    def _run(self, *argv: str, check: bool = True) -> None:
        """A server command, as `run_as` when there is one (Python sets the user in the child:
        no runuser/su, which a minimal PATH may not have)."""
        who: dict[str, object] = {}
        if self.run_as:
            who = {"user": self.run_as, "group": self.run_as, "extra_groups": []}
        subprocess.run(
            list(argv), check=check, capture_output=True, timeout=120, cwd=self.root, **who
        )  # type: ignore[call-overload]  # user/group/extra_groups: Python 3.9+

    def start(self) -> None:
        self.sockets.mkdir()
        if self.run_as:
            import pwd

            pw = pwd.getpwnam(self.run_as)
            for p in (self.root, self.sockets):
                os.chown(p, pw.pw_uid, pw.pw_gid)
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
            "-E", "UTF8", "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256",
            "--no-sync",
        )  # fmt: skip
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"port = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.sockets}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "max_connections = 60\nshared_buffers = 32MB\n"
            )
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
            str(self.root / "server.log"), "-w", "-t", "60", "start",
        )  # fmt: skip
        with self.admin() as conn:
            conn.execute(
                f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'"  # a test's
            )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(
                str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop",
                check=False,
            )  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)

    def connect(self, login: str = SUPERUSER, database: str = "postgres", **kw: object):  # type: ignore[no-untyped-def]  # psycopg's Connection
        import psycopg

        return psycopg.connect(
            host=str(self.sockets), port=self.port, user=login, dbname=database, **kw
        )

    @contextlib.contextmanager
    def admin(self, database: str = "postgres") -> Iterator[object]:
        conn = self.connect(database=database, autocommit=True)
        try:
            yield conn
        finally:
            conn.close()

    def url(self, database: str, login: str = OWNER, *, tcp: bool = False) -> str:
        """The URL of `database` for `login`: through the unix socket (trusted), or with
        tcp=True through 127.0.0.1 (a password: PGPASSWORD)."""
        if tcp:
            return f"postgresql://{login}@127.0.0.1:{self.port}/{database}"
        return f"postgresql://{login}@/{database}?host={self.sockets}&port={self.port}"

    _numbers = count(1)

    def new_database(self) -> str:
        name = f"office{next(self._numbers)}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name} OWNER {OWNER} TEMPLATE template0")  # type: ignore[attr-defined]  # psycopg
        return name


def start_cluster() -> tuple[Cluster | None, str]:
    """A started cluster, or None and the reason there is none."""
    bindir = find_bindir()
    if bindir is None:
        return None, "no PostgreSQL server binaries (pg_config --bindir, /usr/lib/postgresql)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "psycopg is not installed (pip install -e '.[test]')"
    run_as = None
    if os.geteuid() == 0:
        import pwd

        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return None, "running as root and there is no 'postgres' user to run the server"
        run_as = "postgres"
    root = Path(tempfile.mkdtemp(prefix="cluma-pg-"))
    cluster = Cluster(bindir, root, _free_port(), run_as)
    try:
        cluster.start()
    except (subprocess.SubprocessError, OSError) as exc:
        log = root / "server.log"
        said = log.read_text(errors="replace")[-800:] if log.exists() else ""
        detail = getattr(exc, "stderr", b"") or b""
        cluster.stop()
        return None, f"the test cluster did not start: {exc} {detail[-400:]!r} {said}"
    return cluster, ""
