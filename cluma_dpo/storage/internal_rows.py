"""The program's own rows of the settings table: not settings, but bookkeeping that goes with
the events (the numbers handed out, storage.numbering; the seal of the chain's end,
storage.chain_head; the seal of the settings and the suppression list,
storage.register_seal). The settings schema does not know their keys, so they are never
shown nor edited as settings.

On a shared server an assistant or management login may not write the settings table
(storage.server_roles), yet records events that rewrite these rows. Such a login writes
them through `cluma_write_internal`, a SECURITY DEFINER function that writes nothing but
these keys (management: only the seal of the end, its one event being the quarterly
report). A dpo login, the owner and the local file write the table directly.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from cluma_dpo.storage.server_lock import is_server

ASSISTANT_KEYS = ("numbers.issued", "audit.seal", "audit.register")
MANAGEMENT_KEYS = ("audit.seal",)
FUNCTION = "cluma_write_internal"

_UPSERT = (
    "INSERT INTO settings (key, value) VALUES (:k, :v) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)


def write(conn: Any, key: str, value: str) -> None:
    """Store one of the program's own rows (see the module's text)."""
    if is_server(conn):
        may = conn.execute(
            text("SELECT has_table_privilege(current_user, 'settings', 'UPDATE')")
        ).scalar()
        if not may:
            conn.execute(text(f"SELECT {FUNCTION}(:k, :v)"), {"k": key, "v": value})
            return
    conn.execute(text(_UPSERT), {"k": key, "v": value})
