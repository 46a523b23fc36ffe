"""The data key of a server's documents, wrapped per user (issue 18, item 5).

- user_keys: one row per server login that may open identity documents and kept
  correspondence: the database's data key wrapped (AES-256-GCM) under a key derived with
  scrypt from that login's password (storage.server_keys).

On the encrypted file the table exists and stays empty: the whole file is encrypted there.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_keys",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("login"),
    )


def downgrade() -> None:
    op.drop_table("user_keys")
