"""Documents you can reopen (issue 15).

- document_contents: the PDF of each letter and fee note exactly as it was printed or
  saved, one row per document (a table of its own, so lists never read the bytes).
- documents.made_by: who made it (the audit actor); documents.saved_path: where it was
  last saved; documents.concerns: an Art. 19 notice's recipient or a fee note's number
  (what makes two documents of one kind different); documents.kept_size: the bytes kept,
  NULL when nothing is kept.

Documents recorded before keep their facts: nothing was kept of them (kept_size NULL),
and where they were saved is the file name they had (saved_path = filename).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_COLUMNS = ("kept_size", "concerns", "saved_path", "made_by")


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("made_by", sa.String(100), nullable=True))
        batch_op.add_column(sa.Column("saved_path", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("concerns", sa.String(200), nullable=True))
        batch_op.add_column(sa.Column("kept_size", sa.Integer(), nullable=True))
    op.create_table(
        "document_contents",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"]),
        sa.PrimaryKeyConstraint("document_id"),
    )
    op.execute("UPDATE documents SET saved_path = filename WHERE filename IS NOT NULL")


def downgrade() -> None:
    op.drop_table("document_contents")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        for column in _COLUMNS:
            batch_op.drop_column(column)
