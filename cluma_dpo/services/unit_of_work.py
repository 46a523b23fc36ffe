"""The unit of work the use cases run in (kept in storage, beside the session it wraps).

Every change a service makes is recorded by `uow.record(...)` in the same transaction as
the change itself: either both land or neither does.
"""

from __future__ import annotations

from cluma_dpo.storage.unit_of_work import (
    Session,
    UnitOfWork,
    chain_report,
    default_actor,
    holds_head,
    unit_of_work,
    verify_audit,
)

__all__ = [
    "Session",
    "UnitOfWork",
    "chain_report",
    "default_actor",
    "holds_head",
    "unit_of_work",
    "verify_audit",
]
