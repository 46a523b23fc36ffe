"""The ground chosen when refusing (the lawyer's findings 6, 8 and 10).

- requests.grounds: a small JSON object (domain.grounds): the one Art. 21(1) ground of a
  refused objection, the Art. 12(5) ground of a rejection (manifestly unfounded, excessive,
  repetitive), the Art. 17(3)(b) obligation under which erased data is kept and until when.

Requests recorded before have none (NULL): their letters state no ground rather than a
wrong one. The audit chain digests the column only where it holds a value, so the states
chained before this upgrade still verify.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("grounds", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_column("grounds")
