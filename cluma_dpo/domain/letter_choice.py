"""Which letter a request's state calls for: the letter dialog's first choice.

A DPO who has just extended a request wants the extension notice, not the acknowledgement
that happened to be first in the list. In order, the first that fits (`why_not`):
1. after an outcome: the withdrawal confirmation, the answer or the refusal;
2. after an extension whose notice was not produced since: the extension notice;
3. while identity information is asked and no identity request was produced since: that;
4. the acknowledgement, when none was produced yet;
otherwise the first letter that fits.
"""

from __future__ import annotations

from datetime import date

from cluma_dpo.domain.letters import LetterKind, why_not
from cluma_dpo.domain.model import IdentityStatus, RequestView

_AFTER_AN_OUTCOME = (
    LetterKind.WITHDRAWAL_CONFIRMATION,
    LetterKind.ANSWER,
    LetterKind.REFUSAL,
)


def _produced_since(request: RequestView, kind: LetterKind, since: date | None) -> bool:
    """Whether a letter of `kind` was produced on or after `since` (ever, when None)."""
    return any(
        doc.kind == kind.value and (since is None or doc.produced_at.date() >= since)
        for doc in request.documents
    )


def _asked_since(request: RequestView) -> date | None:
    open_pauses = [p.started for p in request.pauses if p.ended is None]
    return open_pauses[-1] if open_pauses else None


def suggested_kind(request: RequestView) -> LetterKind | None:
    """The letter the request's state calls for (None when no letter fits at all)."""
    fits = [
        kind
        for kind in LetterKind
        if kind is not LetterKind.RECIPIENT_NOTICE and why_not(kind, request) is None
    ]
    for kind in _AFTER_AN_OUTCOME:
        if kind in fits:
            return kind
    wanted: list[LetterKind] = []
    if request.extended_on is not None and not _produced_since(
        request, LetterKind.EXTENSION, request.extended_on
    ):
        wanted.append(LetterKind.EXTENSION)
    if request.identity.status is IdentityStatus.REQUESTED and not _produced_since(
        request, LetterKind.IDENTITY_REQUEST, _asked_since(request)
    ):
        wanted.append(LetterKind.IDENTITY_REQUEST)
    if not _produced_since(request, LetterKind.ACKNOWLEDGEMENT, None):
        wanted.append(LetterKind.ACKNOWLEDGEMENT)
    for kind in wanted:
        if kind in fits:
            return kind
    return fits[0] if fits else None
