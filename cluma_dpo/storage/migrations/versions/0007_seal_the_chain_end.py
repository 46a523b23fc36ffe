"""The end of the audit chain and the numbers handed out are sealed (issue 16, attacker pass).

No table changes: two internal rows of the settings table.

- `numbers.issued`: the highest request reference and fee-note number handed out per year,
  from now on raised with every number (storage.numbering). It starts from what the
  database knows: the marks a restore carried into it and the highest numbers in its tables.
- `audit.seal`: an HMAC under the chain key over the record of the chain's end and those
  marks (storage.chain_head), rewritten with every event. From this schema on, `audit
  verify` requires it: the newest events deleted with the end moved back, or the numbers
  rolled back, are reported.

What was done to the chain's end before this upgrade cannot be told any more; the chain's
own checks (links, states) still run as before.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

from cluma_dpo.storage import chain_head, chain_key, numbering

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    key = chain_key.load_key(conn)
    if key is None:
        return  # a chain whose key does not open stays one (verify says so; nothing is written)
    numbering.write_marks(conn, numbering.issued(conn))
    chain_head.reseal(conn, key, {})


def downgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql("DELETE FROM settings WHERE key = 'audit.seal'")
