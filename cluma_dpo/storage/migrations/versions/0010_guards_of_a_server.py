"""The guards of a shared server made again (the attacker's findings on issue 18).

No table changes. On a PostgreSQL server, what every schema upgrade runs after it
(storage.migrate._upgrade_server: the privileges, the audit guard, the user functions) makes
the fixed versions of:

- cluma_audit_guard: its search_path pinned and its tables named with their schema (a
  temporary `audit_events` or `pg_class` no longer answers for them), and an event rewritten
  by its own transaction only as sealing does;
- cluma_remove_user: a login that another database's group still has is no longer dropped;
- cluma_set_password: a dpo no longer sets the password of a login that also works
  elsewhere on the cluster;
- the figures views management reads (storage.figures): `figures_requests` without
  `outcome_reason` (the DPO's reason in words, which may name someone) and with `grounds`
  (the legal ground, a closed list, by which the quarterly report counts the refusals),
  `figures_fee_notes` without `structured_reference` (the payment reference beside the
  payer's name on a bank statement). The views are dropped and made again, since CREATE OR
  REPLACE VIEW cannot drop a column, and their grants follow.

So a database made before is upgraded by its owner's next open, as after any other
revision, and its other logins wait for that (the older layout message). On the encrypted
file there is nothing to do.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing in the tables: the server's guards are made after every upgrade."""


def downgrade() -> None:
    """Nothing to undo."""
