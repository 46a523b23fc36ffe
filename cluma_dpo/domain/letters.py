"""The letters the DPO sends, and which of them tell the truth about a request as it stands.

One place decides, from a request's rights, per-right outcomes, identity check and status:
which letter kinds fit it (`why_not`, `available_kinds`), and which sections and enclosures
a fitting letter holds (`plan`). The templates only word those sections; they decide
nothing. A kind that does not fit is refused with the reason, which the command line prints
(exit 1) and the workbench shows as the tooltip of the disabled choice.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.letter_recipients import blank as blank
from cluma_dpo.domain.letter_recipients import notice_recipient as notice_recipient
from cluma_dpo.domain.letter_recipients import why_not_recipient
from cluma_dpo.domain.model import (
    IdentityStatus,
    Outcome,
    RequestView,
    Right,
    Status,
)
from cluma_dpo.domain.recipients import Recipient


class LetterKind(enum.StrEnum):
    """A letter to the data subject (or, under Art. 19, to a recipient); design.md "Letters"."""

    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_REQUEST = "identity-request"  # GDPR Art. 12(6)
    EXTENSION = "extension"  # Art. 12(3): with the reasons, within the first month
    ANSWER = "answer"  # its sections follow the rights and what became of each
    REFUSAL = "refusal"  # Art. 12(4): reasons, the GBA and the courts
    RECIPIENT_NOTICE = "recipient-notice"  # Art. 19
    WITHDRAWAL_CONFIRMATION = "withdrawal-confirmation"


LETTER_KINDS: tuple[str, ...] = tuple(kind.value for kind in LetterKind)

# The free texts a letter may carry, and the command-line option that gives each.
TEXT_OPTIONS: Mapping[str, str] = {
    "reason": "--reason",  # why not (refusal, partly granted, Art. 12(5)); why extended
    "done": "--done",  # partly granted: what was done
    "needed": "--needed",  # identity request: what the person is asked for
}

_GRANTING = (Outcome.GRANTED, Outcome.PARTLY_GRANTED)
_IDENTIFIED = (IdentityStatus.VERIFIED, IdentityStatus.NOT_NEEDED)


def letter_kind(value: str) -> LetterKind:
    """The kind named `value`; ValidationError listing the kinds when there is none."""
    try:
        return LetterKind(value)
    except ValueError:
        raise ValidationError(
            f"letter kind {value!r} is unknown: use one of {', '.join(LETTER_KINDS)}"
        ) from None


@dataclass(frozen=True, slots=True)
class Section:
    """One part of a letter: `id` names the wording; `right`/`outcome` what it is about."""

    id: str
    right: Right | None = None
    outcome: Outcome | None = None


@dataclass(frozen=True, slots=True)
class LetterPlan:
    kind: LetterKind
    sections: tuple[Section, ...]
    enclosures: tuple[str, ...] = ()  # "data-copy", "portable-data"
    texts: tuple[str, ...] = ()  # the free texts (keys of TEXT_OPTIONS) the letter prints

    def has(self, section_id: str) -> bool:
        return any(s.id == section_id for s in self.sections)


# -- which kinds fit --------------------------------------------------------------------


def _identity_failed(request: RequestView) -> bool:
    return request.identity.status is IdentityStatus.FAILED


def _answered(request: RequestView) -> bool:
    return request.status in (Status.CLOSED, Status.ANSWERED) and request.outcome is not None


def _not_open(request: RequestView, what: str) -> str | None:
    """Why `what` is no longer sent once the request is no longer being handled."""
    ref = request.reference
    if request.status is Status.WITHDRAWN:
        return f"{ref} was withdrawn: {what} is no longer sent (use withdrawal-confirmation)"
    if request.status is Status.REJECTED:
        return f"{ref} was rejected under Art. 12(5): {what} is no longer sent (use refusal)"
    if not request.status.is_open:
        return f"{ref} has been answered: {what} is no longer sent"
    return None


def _why_not_answer(request: RequestView) -> str | None:
    ref = request.reference
    if _identity_failed(request) or request.status is Status.REJECTED:
        return f"{ref} was not granted: send the refusal instead"
    if request.status is Status.WITHDRAWN:
        return f"{ref} was withdrawn: send the withdrawal-confirmation instead"
    if not _answered(request):
        return (
            f"{ref} has not been answered yet: record the outcome first with "
            f"`cluma-dpo close {ref} --outcome ...`"
        )
    if request.outcome is Outcome.REFUSED:
        return f"{ref} was refused: send the refusal instead"
    if request.identity.status not in _IDENTIFIED:
        # Art. 12(6), 11(2): no data handed over or changed for a person not identified
        return (
            f"{ref}: the identity was never verified, so an answer may not hand over or tell "
            f"of a change to anyone's data: record the check with `cluma-dpo identity {ref} "
            "--verified --method ...` first"
        )
    return None


def _why_not_refusal(request: RequestView) -> str | None:
    ref = request.reference
    if request.status is Status.WITHDRAWN:
        return f"{ref} was withdrawn, not refused: send the withdrawal-confirmation instead"
    if request.status is Status.REJECTED or _identity_failed(request):
        return None
    if _answered(request) and request.outcome is Outcome.REFUSED:
        return None
    if _answered(request):
        return (
            f"{ref} was {request.outcome}: the answer says what was not done and why, "
            "with the remedies"
        )
    return (
        f"{ref} has not been refused: record it first with "
        f"`cluma-dpo close {ref} --outcome refused --reason ...` (or `reject`)"
    )


def _why_not_notice(
    request: RequestView, recipient: str | None, recipients: Sequence[Recipient] | None
) -> str | None:
    ref = request.reference
    notifying = [r for r in request.rights if r.notifies_recipients]
    if not notifying:
        told = ", ".join(r.value for r in Right if r.notifies_recipients)
        return f"{ref} asks for no right that is told to recipients (Art. 19: {told})"
    if _identity_failed(request):
        return f"{ref}: the identity check failed; no data of this person goes to a recipient"
    if request.status in (Status.WITHDRAWN, Status.REJECTED):
        return f"{ref} was {request.status.value}: nothing was done to tell a recipient"
    if request.identity.status not in _IDENTIFIED:
        return (
            f"{ref}: the identity has not been verified, so no data of this person may go "
            "to a recipient (Art. 12(6))"
        )
    if not _answered(request):
        # issue 13: a notice says what was decided; before the decision it could ask a
        # recipient to erase what is then kept (closing waits for the notices: `answered`)
        return (
            f"{ref}: record the decision first with `cluma-dpo close {ref} --outcome ... "
            "--answered`; the request then waits as answered until the recipients are told "
            "(Art. 19)"
        )
    if not any(request.outcome_of(r) in _GRANTING for r in notifying):
        return f"{ref}: the {', '.join(r.value for r in notifying)} was refused: nothing to tell"
    if recipient is not None and recipients is not None:
        try:
            notice_recipient(request, recipients, recipient)
        except ValidationError as exc:
            return exc.message
        return None
    if recipient is not None:
        return why_not_recipient(request, recipient)
    return None


def why_not(
    kind: LetterKind | str,
    request: RequestView,
    recipient: str | None = None,
    recipients: Sequence[Recipient] | None = None,
) -> str | None:
    """Why a letter of `kind` would not tell the truth about `request`; None when it fits.
    With the settings' `recipients`, a notice's recipient must be one of them too."""
    letter = letter_kind(kind) if isinstance(kind, str) else kind
    ref = request.reference
    if letter is LetterKind.ACKNOWLEDGEMENT:
        if _identity_failed(request):
            return f"{ref}: the identity check failed; send the refusal instead"
        return _not_open(request, "an acknowledgement")
    if letter is LetterKind.IDENTITY_REQUEST:
        if _identity_failed(request):
            return f"{ref}: the identity check failed; send the refusal instead"
        if request.identity.status in _IDENTIFIED:
            return f"{ref}: the identity is already established; nothing to ask"
        closed = _not_open(request, "an identity request")
        if closed:
            return closed
        if request.identity.status is not IdentityStatus.REQUESTED:
            return (
                f"{ref}: record first that you ask, and what: `cluma-dpo identity {ref} "
                "--requested-on DATE --reason WHAT-IS-NEEDED` (the clock then pauses)"
            )
        return None
    if letter is LetterKind.EXTENSION:
        if request.extended_due_date is None or blank(request.extension_reason):
            return (
                f"{ref} has no extension recorded: run `cluma-dpo extend {ref} --reason ...` first"
            )
        return _not_open(request, "an extension notice")
    if letter is LetterKind.ANSWER:
        return _why_not_answer(request)
    if letter is LetterKind.REFUSAL:
        return _why_not_refusal(request)
    if letter is LetterKind.WITHDRAWAL_CONFIRMATION:
        if request.status is not Status.WITHDRAWN:
            return f"{ref} has not been withdrawn: record it first with `cluma-dpo withdraw {ref}`"
        return None
    return _why_not_notice(request, recipient, recipients)


def available_kinds(request: RequestView) -> dict[LetterKind, str | None]:
    """Every kind with None (fits) or the reason it does not; for the letter dialog."""
    return {kind: why_not(kind, request) for kind in LetterKind}


def check_letter(
    kind: str,
    request: RequestView,
    recipient: str | None = None,
    recipients: Sequence[Recipient] | None = None,
) -> LetterKind:
    """The kind, once it fits the request as it stands; ValidationError with the reason.
    With the settings' `recipients`, a notice's recipient must also be one of them, with a
    postal address (`notice_recipient`)."""
    letter = letter_kind(kind)
    reason = why_not(letter, request, recipient, recipients)
    if reason is not None:
        raise ValidationError(reason)
    return letter


def identity_request_is_late(request: RequestView, today: date) -> date | None:
    """The day the clock was stopped for identity information, when an identity request
    is printed after it: the clock stops only from the day the person is asked (EDPB
    01/2022 §5.3), so a letter dated later would back-date the pause."""
    open_pauses = [p.started for p in request.pauses if p.ended is None]
    if open_pauses and open_pauses[-1] < today:
        return open_pauses[-1]
    return None


def extension_is_late(request: RequestView, today: date) -> bool:
    """An extension notice produced after the first month ended (Art. 12(3): tell within it)."""
    return request.due_date is not None and today > request.due_date


# -- what a fitting letter says ----------------------------------------------------------


def _answer_sections(request: RequestView) -> tuple[list[Section], set[str]]:
    sections = [Section("answer-intro")]
    texts: set[str] = set()
    for right in request.rights:
        outcome = request.outcome_of(right) or Outcome.GRANTED
        sections.append(Section("right", right, outcome))
        if right.notifies_recipients and outcome in _GRANTING:
            sections.append(Section("art19", right, outcome))
        if outcome is Outcome.PARTLY_GRANTED or not blank(request.outcome_done):
            texts.add("done")  # what was done: required where a right was granted in part
    if any(
        (request.outcome_of(r) or Outcome.GRANTED) is not Outcome.GRANTED for r in request.rights
    ):
        sections += [Section("not-done"), Section("remedies")]
        texts.add("reason")
    return sections, texts


def _enclosures(request: RequestView) -> tuple[str, ...]:
    found = []
    for right, enclosure in ((Right.ACCESS, "data-copy"), (Right.PORTABILITY, "portable-data")):
        if right in request.rights and request.outcome_of(right) in _GRANTING:
            found.append(enclosure)
    return tuple(found)


def _refusal_sections(request: RequestView) -> tuple[list[Section], set[str]]:
    if _identity_failed(request):
        return [Section("intro"), Section("refusal-identity"), Section("remedies")], set()
    if request.status is Status.REJECTED:
        return [Section("intro"), Section("refusal-excessive"), Section("remedies")], {"reason"}
    sections = [Section("intro"), Section("refusal-reason")]
    sections += [Section("right", r, Outcome.REFUSED) for r in request.rights]
    return [*sections, Section("remedies")], {"reason"}


def plan(
    kind: LetterKind | str,
    request: RequestView,
    recipient: str | None = None,
    recipients: Sequence[Recipient] | None = None,
) -> LetterPlan:
    """The sections, enclosures and free texts of a letter that fits; ValidationError if not."""
    letter = check_letter(str(kind), request, recipient, recipients)
    texts: set[str] = set()
    enclosures: tuple[str, ...] = ()
    if letter is LetterKind.ACKNOWLEDGEMENT:
        sections = [Section("acknowledgement")]
        if Right.OBJECTION in request.rights:
            sections.append(Section("objection-weighing", Right.OBJECTION))
        if any(r is not Right.MARKETING_OPT_OUT for r in request.rights):
            # an opt-out is carried out at once (Art. 21(3)): no answer date, no extension
            sections.append(Section("deadline"))
        if Right.MARKETING_OPT_OUT in request.rights:
            sections.append(Section("marketing-stopped", Right.MARKETING_OPT_OUT))
        if request.account_deletion and Right.ERASURE in request.rights:
            sections.append(Section("account-deletion", Right.ERASURE))
    elif letter is LetterKind.IDENTITY_REQUEST:
        sections = [Section("intro"), Section("identity-needed"), Section("identity-pause")]
        texts.add("needed")
    elif letter is LetterKind.EXTENSION:
        sections = [Section("intro"), Section("extension")]
        texts.add("reason")
    elif letter is LetterKind.ANSWER:
        sections, texts = _answer_sections(request)
        enclosures = _enclosures(request)
    elif letter is LetterKind.REFUSAL:
        sections, texts = _refusal_sections(request)
    elif letter is LetterKind.WITHDRAWAL_CONFIRMATION:
        sections = [Section("withdrawal")]
    else:
        notifying = [r for r in request.rights if r.notifies_recipients]
        actions = [
            Section("notice-action", r, request.outcome_of(r))
            for r in notifying
            if request.outcome_of(r) in _GRANTING
        ]
        sections = [Section("notice-intro"), *actions, Section("notice-confirm")]
        corrected = any(a.right is Right.RECTIFICATION for a in actions)
        # a recipient can rectify only with the corrected data in hand: enclosed, and listed
        # a right granted in part: the recipient is told exactly what (never "erase all")
        partly = ("done",) if any(a.outcome is Outcome.PARTLY_GRANTED for a in actions) else ()
        enclosed = ("corrected-data",) if corrected else ()
        return LetterPlan(letter, tuple(sections), enclosed, partly)
    sections.append(Section("questions"))
    return LetterPlan(letter, tuple(sections), enclosures, tuple(sorted(texts)))


def _partly(letter: LetterPlan) -> bool:
    return any(s.outcome is Outcome.PARTLY_GRANTED for s in letter.sections)


def recorded_texts(request: RequestView, kind: LetterKind) -> dict[str, str | None]:
    """The free texts the request holds for a letter of `kind`, in the request's language."""
    reason = request.extension_reason if kind is LetterKind.EXTENSION else request.outcome_reason
    return {"reason": reason, "done": request.outcome_done, "needed": request.identity.needed}


def letter_texts(
    letter: LetterPlan, request: RequestView, language: str, given: Mapping[str, str | None]
) -> dict[str, str | None]:
    """The free texts for one letter, all written in its language (issue 13).

    A text given with the letter wins. A recorded text is used only when the letter is in
    the request's own language, the language it was written in; otherwise the DPO must give
    it in the letter's language (ValidationError naming the option). `needed` may fall back
    to the template's standard wording when nothing specific was recorded.
    """
    recorded = recorded_texts(request, letter.kind)
    own = request.subject.language.value
    texts: dict[str, str | None] = {}
    for name in letter.texts:
        option = TEXT_OPTIONS[name]
        value, kept = given.get(name), recorded.get(name)
        if not blank(value):
            texts[name] = (value or "").strip()
        elif not blank(kept) and language == own:
            texts[name] = (kept or "").strip()
        elif not blank(kept):
            raise ValidationError(
                f"{request.reference}: the {name} is recorded in {own}, but this "
                f"{letter.kind} letter is in {language}: give the {name} in {language} "
                f"with {option} TEXT"
            )
        elif name == "needed" or (name == "done" and not _partly(letter)):
            texts[name] = None  # the standard wording / nothing more to say
        else:
            raise ValidationError(
                f"{request.reference}: this {letter.kind} letter needs the {name}: "
                f"give it with {option} TEXT"
            )
    return texts
