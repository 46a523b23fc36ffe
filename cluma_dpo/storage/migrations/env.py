"""Alembic environment: always run on a connection handed over by cluma_dpo.storage.migrate."""

from __future__ import annotations

from alembic import context

from cluma_dpo.storage.records import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run alembic from its own CLI
    raise RuntimeError("Run migrations through cluma_dpo.storage.migrate")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies tables
)
with context.begin_transaction():
    context.run_migrations()
