"""An audit chain that covers the data (issue 16, finding 8).

- audit_events.state_digest: a keyed digest of the request's state after the event
  (storage.chain_state), chained with the rest.
- audit_key: the random key the chain's HMACs are taken under, wrapped with the
  passphrase (storage.chain_key).

Existing events are chained again under the new key: the old chain is checked first, with
the old hash, and an event `audit-chain-upgraded` says that it held; one that did not is
followed by `audit-chain-upgraded-broken` (naming the event where it broke), which every
verify reports from then on: the upgrade never turns a broken trail into an intact one. Events
recorded before the upgrade chain the state their request has at the upgrade (the states
in between were never kept); a request that has no event at all gets one, `state-recorded`.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from cluma_dpo.domain import audit
from cluma_dpo.domain.clock import SYSTEM_CLOCK, utc_stamp
from cluma_dpo.domain.messages import msg, note_of
from cluma_dpo.storage import chain_key, chain_state

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

ACTOR = "cluma-dpo (upgrade)"
_COLUMNS = "id, at, actor, kind, reference, note, note_salt, note_digest, prev_hash, hash"


def _old_chain_breaks_at(conn: Any) -> int | None:
    """The first event at which the chain of schema 0005 does not hold, None if it holds."""
    prev, count, last_id = audit.GENESIS, 0, 0
    for row in conn.exec_driver_sql(f"SELECT {_COLUMNS} FROM audit_events ORDER BY id"):
        id_, at, actor, kind, reference, note, salt, digest, prev_hash, hash_ = row
        count += 1
        if prev_hash != prev or (note is not None and audit.note_digest(note, salt) != digest):
            return int(id_)
        if audit.legacy_entry_hash(id_, at, actor, kind, reference, digest, prev_hash) != hash_:
            return int(id_)
        prev, last_id = hash_, int(id_)
    head = conn.exec_driver_sql("SELECT last_id, last_hash, count FROM audit_head").first()
    recorded = (head[0], head[1], head[2]) if head else (0, audit.GENESIS, 0)
    if count and (last_id, prev, count) != recorded or not count and recorded[2]:
        return last_id or 0
    return None


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("state_digest", sa.String(64), nullable=False, server_default="")
        )
    op.create_table(
        "audit_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("salt", sa.String(32), nullable=False),
        sa.Column("wrapped", sa.String(64), nullable=False),
        sa.Column("pending", sa.String(64), nullable=True),
        sa.Column("check", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    conn = op.get_bind()
    key = chain_key.create_key(conn)
    events = conn.exec_driver_sql("SELECT count(*) FROM audit_events").scalar() or 0
    states = chain_state.all_digests(conn, key, grounds=False)  # 0007's column comes later
    if not events and not states:
        return  # a new database: its chain begins with its first event
    broken_at = _old_chain_breaks_at(conn)
    at = utc_stamp(SYSTEM_CLOCK)
    tracked = {
        r[0] for r in conn.exec_driver_sql("SELECT DISTINCT reference FROM audit_events")
    }
    if broken_at is None:
        first = (audit.UPGRADED, None, note_of(msg("note.chain_upgraded", count=int(events))))
    else:  # said, and reported by every verify from now on, as it was before
        note = note_of(msg("note.chain_upgraded_broken", count=int(events), id=broken_at))
        first = (audit.UPGRADED_BROKEN, None, note)
    new: list[tuple[str, str | None, str | None]] = [first]
    new += [("state-recorded", ref, None) for ref in sorted(set(states) - tracked)]
    _rechain(conn, key, states, new, at)


def _rechain(
    conn: Any,
    key: bytes,
    states: dict[str, str],
    new: list[tuple[str, str | None, str | None]],
    at: str,
) -> None:
    gone = chain_state.gone(key)
    prev, count, last_id, updates = audit.GENESIS, 0, 0, []
    rows = conn.exec_driver_sql(
        "SELECT id, at, actor, kind, reference, note_digest FROM audit_events ORDER BY id"
    ).all()
    for id_, at_, actor, kind, reference, digest in rows:
        state = audit.NO_STATE if reference is None else states.get(reference, gone)
        h = audit.entry_hash(key, id_, at_, actor, kind, reference, digest, state, prev)
        updates.append({"i": id_, "s": state, "p": prev, "h": h})
        prev, count, last_id = h, count + 1, int(id_)
    if updates:
        conn.execute(
            sa.text("UPDATE audit_events SET state_digest = :s, prev_hash = :p, hash = :h WHERE id = :i"),
            updates,
        )
    inserts = []
    for kind, reference, note in new:
        last_id += 1
        salt = audit.new_salt()
        digest = audit.note_digest(note, salt)
        state = audit.NO_STATE if reference is None else states.get(reference, gone)
        h = audit.entry_hash(key, last_id, at, ACTOR, kind, reference, digest, state, prev)
        inserts.append(
            {"id": last_id, "at": at, "actor": ACTOR, "kind": kind, "reference": reference,
             "note": note, "salt": salt, "digest": digest, "state": state, "prev": prev, "hash": h}
        )  # fmt: skip
        prev, count = h, count + 1
    conn.execute(
        sa.text(
            "INSERT INTO audit_events (id, at, actor, kind, reference, note, note_salt,"
            " note_digest, state_digest, prev_hash, hash) VALUES (:id, :at, :actor, :kind,"
            " :reference, :note, :salt, :digest, :state, :prev, :hash)"
        ),
        inserts,
    )
    conn.exec_driver_sql("DELETE FROM audit_head")
    conn.execute(
        sa.text("INSERT INTO audit_head (id, last_id, last_hash, count) VALUES (1, :i, :h, :c)"),
        {"i": last_id, "h": prev, "c": count},
    )


def downgrade() -> None:
    raise NotImplementedError("the chain of schema 0006 cannot be turned back into 0005's")
