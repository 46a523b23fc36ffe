"""Two people, one request (issue 18, item 4): the version an edit started from.

A request's version is the id of its newest audit event: every change of a request records
one, in the same transaction (services own the audit). A front end notes the version of
the request it shows; a write on that request then compares, inside its write transaction
(the advisory lock on a server, BEGIN IMMEDIATE on the file), and is refused when someone
else's event came after it. No migration: the chain already holds what is needed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cluma_dpo.domain.clock import BRUSSELS
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.messages import Message, msg
from cluma_dpo.storage.records import AuditEventRecord


class ChangedMeanwhile(DomainError):
    """The request changed after the version the edit started from."""

    def __init__(self, message: Message, reference: str) -> None:
        super().__init__(message)
        self.reference = reference


def version_of(session: Session, reference: str) -> int:
    """The id of the request's newest audit event (0: none yet)."""
    e = AuditEventRecord
    newest = session.execute(select(func.max(e.id)).where(e.reference == reference)).scalar()
    return int(newest or 0)


def login_of(actor: str) -> str:
    """ "anna (app)" -> "anna": the login or user name the audit trail names."""
    return actor.rsplit(" (", 1)[0] if actor.endswith(")") else actor


def check(session: Session, based_on: Mapping[str, int], references: set[str]) -> None:
    """Refuse when a request in `references` has an event newer than `based_on` says."""
    e = AuditEventRecord
    for reference in sorted(references & based_on.keys()):
        expected = based_on[reference]
        newest = session.execute(
            select(e.id, e.at, e.actor)
            .where(e.reference == reference, e.id > expected)
            .order_by(e.id.desc())
            .limit(1)
        ).first()
        if newest is None:
            continue
        at = datetime.fromisoformat(str(newest.at)).astimezone(BRUSSELS)
        raise ChangedMeanwhile(
            msg(
                "request.changed_meanwhile",
                reference=reference,
                login=login_of(str(newest.actor)),
                time=at.strftime("%H:%M"),
            ),
            reference,
        )
