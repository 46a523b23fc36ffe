"""What letters need to tell the truth (issue 13).

- requests.right_outcomes: what became of each right of a partly granted request
  ("rectification=granted,erasure=refused"); requests.outcome_done: what was done.
- requests.identity_needed: what the person is asked for to prove identity (Art. 12(6)),
  apart from the DPO's note on the check, which is never printed as a request.
- requests.subject_form: the form of address (female, male, neutral).
- requests.kind_review: an `objection` registered before the Art. 21(1) / direct-marketing
  split, for the DPO to confirm which kind it was; their suppression entries stay.
- fee_notes.ground: further-copy (Art. 15(3)) or excessive (Art. 12(5)(a)). Fee notes
  issued before were all for copies: they keep that ground.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("right_outcomes", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("outcome_done", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("identity_needed", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("subject_form", sa.String(10), nullable=False, server_default="neutral")
        )
        batch_op.add_column(
            sa.Column("kind_review", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("fee_notes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("ground", sa.String(20), nullable=False, server_default="further-copy")
        )
    # booleans as bound values: SQLite stores 1/0, PostgreSQL has a boolean type (issue 18)
    op.execute(
        sa.text(
            "UPDATE requests SET kind_review = :yes "
            "WHERE ',' || rights || ',' LIKE '%,objection,%' AND anonymised = :no"
        ).bindparams(yes=True, no=False)
    )


def downgrade() -> None:
    with op.batch_alter_table("fee_notes", schema=None) as batch_op:
        batch_op.drop_column("ground")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        for column in (
            "kind_review",
            "subject_form",
            "identity_needed",
            "outcome_done",
            "right_outcomes",
        ):
            batch_op.drop_column(column)
