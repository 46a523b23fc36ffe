"""The search box on a server (issue 18, speed): `init` makes a trigram index for it
(storage.server_search), an older server gets it from its owner's next open, and the search
finds what it found without it.

The server is the session's throwaway cluster (tests/pg_cluster.py); without PostgreSQL's
binaries these tests are skipped, saying why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.integration.test_postgresql import ok, sql
from tests.pg_cluster import OWNER

INDEX = "ix_requests_search_trgm"
DUE_INDEX = "ix_requests_due_nulls_first"  # the list sorted by due date, paused ones first


def _index(pg_cluster: Any, db: str) -> list[tuple[str]]:
    return sql(  # type: ignore[no-any-return]
        pg_cluster,
        db,
        OWNER,
        f"SELECT to_regclass('{INDEX}')::text, to_regclass('{DUE_INDEX}')::text",
    )


def _refs(run_as: Any, url: str, term: str) -> list[str]:
    import json

    return [
        r["reference"] for r in json.loads(ok(run_as(url, "list", "--json", "--search", term)).out)
    ]


def test_init_makes_the_index_and_an_older_server_gets_it_from_its_owner(
    pg_cluster: Any, run_as: Any, tmp_path: Path
) -> None:
    db = pg_cluster.new_database()
    url = pg_cluster.url(db)
    ok(run_as(url, "init"))
    assert _index(pg_cluster, db) == [(INDEX, DUE_INDEX)]
    for name in ("Jan Peeters", "Els Peeters-Maes", "An Janssens", "100% Peeters_x"):
        ok(run_as(url, "add", "--right", "access", "--name", name, "--received", "2026-11-23"))
    found = {term: _refs(run_as, url, term) for term in ("peeters", "PEET", "0% p", "s_x", "zz")}
    assert [len(found[t]) for t in ("peeters", "PEET", "0% p", "s_x", "zz")] == [3, 3, 1, 1, 0]
    # a server from before the index (its owner's own SQL): the owner's next open makes it
    sql(pg_cluster, db, OWNER, f"DROP INDEX {INDEX}; DROP INDEX {DUE_INDEX}")
    assert _index(pg_cluster, db) == [(None, None)]
    assert {term: _refs(run_as, url, term) for term in found} == found
    assert _index(pg_cluster, db) == [(INDEX, DUE_INDEX)]
