"""The 50,000-request demo on a local PostgreSQL server, for tests/benchmarks/test_server.py.

A cluster of tests/pg_cluster.py, but kept in the benchmarks' cache (`<cache dir>/pg50k`)
instead of a temporary folder: `migrate --to` of the demo takes minutes, so it is done once,
timed, and the cluster is only started and stopped by later runs (rebuilt when the demo
database it was copied from is rebuilt). The office as a DPO works in it: the owner runs
`migrate --to`, then `users add` makes a dpo login, which every benchmark signs in as,
through 127.0.0.1 with its password (SCRAM-SHA-256, from the PGPASSFILE), as a client on
another machine would (without TLS).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.support import PASSPHRASE
from tests.pg_cluster import USER_PASSWORD, Cluster, _free_port, find_bindir

DATABASE = "office"
DPO = "bench_dpo"  # its password: pg_cluster.USER_PASSWORD (the passfile's wildcard line)


@dataclass
class Office:
    cluster: Cluster
    dpo_url: str  # through 127.0.0.1, SCRAM-SHA-256
    migrate_seconds: float  # `migrate --to` of the demo (measured when the cache was built)
    built_now: bool

    def requests(self) -> int:
        with self.cluster.admin(DATABASE) as conn:
            return int(conn.execute("SELECT count(*) FROM requests").fetchone()[0])  # type: ignore[attr-defined]  # psycopg


class CachedCluster(Cluster):
    """A cluster that survives the session: stopped, never removed, at the end."""

    def resume(self) -> None:
        """Start the cluster made by an earlier run (on a port free now)."""
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
            str(self.root / "server.log"), "-o", f"-p {self.port}", "-w", "-t", "60", "start",
        )  # fmt: skip

    def start(self) -> None:
        super().start()
        # the demo's copy is larger than the suite's databases: the defaults of a small
        # server (pg_cluster's 32 MB of shared buffers would not hold the requests table)
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write("shared_buffers = 128MB\n")
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
            str(self.root / "server.log"), "-m", "fast", "-w", "-t", "60", "restart",
        )  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(
                str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop",
                check=False,
            )  # fmt: skip


def _cli(*argv: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "cluma_dpo", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"cluma-dpo {' '.join(argv)}: exit {done.returncode}: {done.stderr}")
    return done.stdout


def _build(cluster: CachedCluster, demo_folder: Path, scratch: Path, stamp: dict) -> float:
    """A new cluster, the demo copied into it with `migrate --to` (timed), a dpo login."""
    from cluma_dpo.storage.engine import DB_NAME

    cluster.start()
    with cluster.admin() as conn:
        conn.execute(f"CREATE DATABASE {DATABASE} OWNER office TEMPLATE template0")  # type: ignore[attr-defined]  # psycopg
    # migrate writes "copied-to-server" into the file's trail: a copy, not the cached demo
    source = scratch / "source"
    source.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if (demo_folder / (DB_NAME + suffix)).exists():
            shutil.copy2(demo_folder / (DB_NAME + suffix), source / (DB_NAME + suffix))
    env = dict(
        os.environ,
        PGPASSFILE=str(cluster.passfile),
        CLUMA_DPO_PASSPHRASE=PASSPHRASE,
        CLUMA_DPO_LOG_DIR=str(scratch / "logs"),
        CLUMA_DPO_NEW_PASSPHRASE=USER_PASSWORD,
    )
    env.pop("CLUMA_DPO_DATABASE_URL", None)
    owner = cluster.url(DATABASE)
    start = time.perf_counter()
    _cli("--data-dir", str(source), "migrate", "--to", owner, env=env)
    seconds = time.perf_counter() - start
    _cli("--data-dir", str(scratch / "local"), "--database-url", owner,
         "users", "add", DPO, "--role", "dpo", env=env)  # fmt: skip
    with cluster.admin(DATABASE) as conn:  # what autovacuum would do a minute later
        conn.execute("VACUUM ANALYZE")  # type: ignore[attr-defined]  # psycopg
    shutil.rmtree(source, ignore_errors=True)
    (cluster.root / "stamp.json").write_text(
        json.dumps({**stamp, "migrate_seconds": seconds}), encoding="utf-8"
    )
    return seconds


def start_office(root: Path, demo_folder: Path, scratch: Path) -> Office | str:
    """The cached cluster with the demo in it, started; or why there is none."""
    bindir = find_bindir()
    if bindir is None:
        return "no PostgreSQL server binaries (pg_config --bindir, /usr/lib/postgresql)"
    run_as = None
    if os.geteuid() == 0:
        run_as = "postgres"
    with open(demo_folder / "stamp.json", encoding="utf-8") as f:
        stamp = {"demo": json.load(f), "server": bindir.parent.name}
    folder = root / f"pg{demo_folder.name.removeprefix('demo')}"
    cluster = CachedCluster(bindir, folder, _free_port(), run_as)
    built = False
    kept = _kept_stamp(folder)
    if kept is not None and {k: kept.get(k) for k in stamp} == stamp:
        try:
            cluster.resume()
        except subprocess.SubprocessError:
            kept = None
    else:
        kept = None
    if kept is None:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        print(f"\ncopying the demo into PostgreSQL ({folder}) with migrate --to ...")
        try:
            seconds = _build(cluster, demo_folder, scratch, stamp)
        except BaseException:
            cluster.stop()
            raise
        built = True
    else:
        seconds = float(kept["migrate_seconds"])
    return Office(cluster, cluster.url(DATABASE, DPO, tcp=True), seconds, built)


def _kept_stamp(folder: Path) -> dict | None:
    try:
        with open(folder / "stamp.json", encoding="utf-8") as f:
            kept = json.load(f)
    except (OSError, ValueError):
        return None
    return kept if isinstance(kept, dict) and "migrate_seconds" in kept else None
