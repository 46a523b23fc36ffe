"""The settings and the suppression list under the audit chain (issue 16, h16b item 4).

A request is covered by the state digest its events chain (storage.chain_state); the
settings (the fee, the retention years, the organisation's address...) and the Art. 21(3)
suppression list belong to no request, so a direct edit of a setting or an address removed
from the suppression list went unnoticed. Their state, canonical (every settings row but
the program's internal ones, every suppression row), is sealed with an HMAC under the chain
key together with the id of the newest event that changed it (domain.audit.register_seal),
and kept as the internal settings row `audit.register`. Every transaction that records such
an event (domain.audit.REGISTER_KINDS) seals the state it leaves (`reseal`, from
unit_of_work); before the program changes them it checks the seal (`holds`, from the
services), so that a change made behind its back is recorded, never sealed as true.

`audit verify` compares: the seal must name the newest such event and cover the state as
it is. Naming the event binds the seal to the chain: an older seal put back together with
older settings names an older event.
"""

from __future__ import annotations

import hmac
from typing import Any

from sqlalchemy import text

from cluma_dpo.domain import audit
from cluma_dpo.storage import internal_rows

KEY = "audit.register"
# rows of the settings table that are the program's own bookkeeping, not settings: this
# seal, the numbers handed out (storage.numbering), and any later "audit." row
INTERNAL = ("audit.", "numbers.")


def state(conn: Any) -> list[list[list[object]]]:
    """[settings rows [key, value], suppression rows [e-mail, since, reference]], sorted."""
    rows = conn.execute(text("SELECT key, value FROM settings ORDER BY key"))
    settings = [[str(k), str(v)] for k, v in rows if not str(k).startswith(INTERNAL)]
    rows = conn.execute(
        text("SELECT email, since, source_reference FROM suppression_list ORDER BY email")
    )
    suppression = [[str(e), str(s), r] for e, s, r in rows]
    return [settings, suppression]


def stored(conn: Any) -> tuple[int | None, str]:
    """(the event the seal names, the seal) as stored; (None, "") when there is none."""
    row = conn.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": KEY}).first()
    if row is None:
        return None, ""
    event, _, seal = str(row[0]).partition(":")
    return (int(event), seal) if event.isdigit() else (None, seal)


def holds(conn: Any, key: bytes) -> bool | None:
    """Whether the stored seal covers the settings and suppression list as they are now;
    None when there is no seal yet."""
    event, seal = stored(conn)
    if event is None and not seal:
        return None
    if event is None:
        return False
    return hmac.compare_digest(audit.register_seal(key, event, state(conn)), seal)


def changed_before(conn: Any) -> bool:
    """Whether the program ever recorded a change of the settings or the suppression list
    (a database older than the seal may have; a new one has not)."""
    kinds = sorted(audit.REGISTER_KINDS)
    marks = ", ".join(f":k{i}" for i in range(len(kinds)))
    found = conn.execute(
        text(f"SELECT 1 FROM audit_events WHERE kind IN ({marks}) LIMIT 1"),  # bound parameters
        {f"k{i}": k for i, k in enumerate(kinds)},
    ).first()
    return found is not None


def reseal(conn: Any, key: bytes, event_id: int) -> None:
    """Seal the state as this transaction leaves it, naming its newest such event."""
    value = f"{event_id}:{audit.register_seal(key, event_id, state(conn))}"
    internal_rows.write(conn, KEY, value)


def for_verify(conn: Any) -> audit.RegisterSeal:
    event, seal = stored(conn)
    return audit.RegisterSeal(event=event, seal=seal, state=state(conn))
