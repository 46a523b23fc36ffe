"""The search box on a server (issue 18, speed): a trigram index on requests.search_key;
and an index for the list sorted by due date (DUE_INDEX).

The search is `search_key LIKE '%term%'` (domain.queries.search_pattern), on the file and
on a server alike. SQLite answers it from the narrow ix_requests_list, which holds
search_key, and stops after a page. PostgreSQL tests a filter on the table's row, not on
the index entry: it reads all 50,000 rows (search_key is the 23rd column of a wide row),
100 ms where the file takes 8. A GIN index of pg_trgm (PostgreSQL's contrib, a trusted
extension that the database's owner may create) answers the same LIKE for any term of three
letters or more, escapes and all, from the index: 2 ms. Shorter terms match a large part of
the register and keep the plans they had.

Not an Alembic revision: the index exists only on a server (as the roles, views and
row-level security of storage.server_roles), and the file's schema does not change. `init`
and `migrate --to` make it (after the copy: one build instead of 50,000 index updates);
a server made before it gets it from the owner's next open (storage.server). A server
without pg_trgm keeps working without it: the same results, at the old speed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from cluma_dpo.logs import LOG

INDEX = "ix_requests_search_trgm"
# A list sorted by due date puts the paused requests (no date) first, as SQLite does
# (storage.request_queries._placed): PostgreSQL's default index holds NULL last, so that
# order could not walk it and sorted the whole register (33 -> 80 ms for the first screen).
DUE_INDEX = "ix_requests_due_nulls_first"
_DUE_SQL = (
    f"CREATE INDEX IF NOT EXISTS {DUE_INDEX} ON requests (effective_due_date NULLS FIRST, id)"
)


def has_index(conn: Any) -> bool:
    """Whether the server's own list indexes are there: both, or the due-date one where the
    server has no pg_trgm to make the other with (then asking again at every open of the
    owner would only wait for the write lock and fail once more: reviewer's finding)."""
    found = conn.execute(
        text(
            "SELECT to_regclass(:d) IS NOT NULL AND (to_regclass(:i) IS NOT NULL OR NOT EXISTS"
            " (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'))"
        ),
        {"i": INDEX, "d": DUE_INDEX},
    ).scalar()
    return bool(found)


def ensure_index(conn: Any) -> bool:
    """Make the list indexes that are missing; the trigram one in a savepoint of the
    caller's transaction (a server without pg_trgm, or a login that may not create it,
    changes nothing else). Whether the trigram index is there now."""
    conn.exec_driver_sql(_DUE_SQL)
    if conn.execute(text("SELECT to_regclass(:i)"), {"i": INDEX}).scalar() is not None:
        return True
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            conn.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS {INDEX} ON requests USING gin "
                "(search_key gin_trgm_ops)"
            )
    except DBAPIError as exc:  # the server lacks contrib, or refuses: searches still work
        LOG.warning("server search index not made: %s", type(getattr(exc, "orig", exc)).__name__)
        return False
    return True
