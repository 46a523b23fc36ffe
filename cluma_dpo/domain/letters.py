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

from cluma_dpo.domain import grounds as gr
from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain.errors import ValidationError
from cluma_dpo.domain.letter_recipients import blank as blank
from cluma_dpo.domain.letter_recipients import notice_recipient as notice_recipient
from cluma_dpo.domain.letter_recipients import why_not_recipient
from cluma_dpo.domain.messages import ListOf, Message, msg
from cluma_dpo.domain.model import (
    IdentityStatus,
    Outcome,
    RequestView,
    Right,
    Status,
    right_name,
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

# What each free text is, as a message names it ("the reason").
_TEXT_NAMES: Mapping[str, Message] = {
    "reason": msg("letter.text_name.reason"),
    "done": msg("letter.text_name.done"),
    "needed": msg("letter.text_name.needed"),
}

_GRANTING = (Outcome.GRANTED, Outcome.PARTLY_GRANTED)
_IDENTIFIED = lc.IDENTIFIED  # one rule: closing with a grant asks the same (issue 15)


def letter_kind(value: str) -> LetterKind:
    """The kind named `value`; ValidationError listing the kinds when there is none."""
    try:
        return LetterKind(value)
    except ValueError:
        raise ValidationError(
            msg("letter.unknown_kind", kind=value, allowed=", ".join(LETTER_KINDS))
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


def _not_open(request: RequestView, what: Message) -> Message | None:
    """Why `what` is no longer sent once the request is no longer being handled."""
    ref = request.reference
    if request.status is Status.WITHDRAWN:
        return msg("letter.not_open.withdrawn", ref=ref, what=what)
    if request.status is Status.REJECTED:
        return msg("letter.not_open.rejected", ref=ref, what=what)
    if not request.status.is_open:
        return msg("letter.not_open.answered", ref=ref, what=what)
    return None


def _why_not_answer(request: RequestView) -> Message | None:
    ref = request.reference
    if _identity_failed(request) or request.status is Status.REJECTED:
        return msg("letter.answer.not_granted", ref=ref)
    if request.status is Status.WITHDRAWN:
        return msg("letter.answer.withdrawn", ref=ref)
    if not _answered(request):
        return msg("letter.answer.not_answered", ref=ref)
    if request.outcome is Outcome.REFUSED:
        return msg("letter.answer.refused", ref=ref)
    if not lc.identified(request.identity.status, request.rights):
        # Art. 12(6), 11(2): no data handed over or changed for a person not identified
        return msg("letter.answer.not_identified", ref=ref)
    return None


def _why_not_refusal(request: RequestView) -> Message | None:
    ref = request.reference
    if request.status is Status.WITHDRAWN:
        return msg("letter.refusal.withdrawn", ref=ref)
    if request.status is Status.REJECTED or _identity_failed(request):
        return None
    if _answered(request) and request.outcome is Outcome.REFUSED:
        return None
    if _answered(request):
        outcome = Message(f"outcome.{request.outcome.value}") if request.outcome else "-"
        return msg("letter.refusal.answered", ref=ref, outcome=outcome)
    return msg("letter.refusal.not_refused", ref=ref)


def _why_not_notice(
    request: RequestView, recipient: str | None, recipients: Sequence[Recipient] | None
) -> Message | None:
    ref = request.reference
    notifying = [r for r in request.rights if r.notifies_recipients]
    if not notifying:
        told = ListOf(right_name(r) for r in Right if r.notifies_recipients)
        return msg("letter.notice.no_right", ref=ref, rights=told)
    if _identity_failed(request):
        return msg("letter.notice.identity_failed", ref=ref)
    if request.status in (Status.WITHDRAWN, Status.REJECTED):
        if request.status is Status.WITHDRAWN:
            return msg("letter.notice.withdrawn", ref=ref)
        return msg("letter.notice.rejected", ref=ref)
    if not lc.identified(request.identity.status, request.rights):
        return msg("letter.notice.not_identified", ref=ref)
    if not _answered(request):
        # issue 13: a notice says what was decided; before the decision it could ask a
        # recipient to erase what is then kept (closing waits for the notices: `answered`)
        return msg("letter.notice.not_decided", ref=ref)
    if not any(request.outcome_of(r) in _GRANTING for r in notifying):
        return msg(
            "letter.notice.refused", ref=ref, rights=ListOf(right_name(r) for r in notifying)
        )
    if recipient is not None and recipients is not None:
        try:
            notice_recipient(request, recipients, recipient)
        except ValidationError as exc:
            return exc.msg
        return None
    if recipient is not None:
        return why_not_recipient(request, recipient)
    return None


def why_not(
    kind: LetterKind | str,
    request: RequestView,
    recipient: str | None = None,
    recipients: Sequence[Recipient] | None = None,
) -> Message | None:
    """Why a letter of `kind` would not tell the truth about `request`; None when it fits.
    With the settings' `recipients`, a notice's recipient must be one of them too."""
    letter = letter_kind(kind) if isinstance(kind, str) else kind
    ref = request.reference
    if letter is LetterKind.ACKNOWLEDGEMENT:
        if _identity_failed(request):
            return msg("letter.identity_failed", ref=ref)
        return _not_open(request, msg("letter.what.acknowledgement"))
    if letter is LetterKind.IDENTITY_REQUEST:
        if _identity_failed(request):
            return msg("letter.identity_failed", ref=ref)
        if not lc.identity_needed(request.rights):  # a marketing opt-out alone (Art. 21(3))
            return msg("letter.identity.not_needed", ref=ref)
        if lc.identified(request.identity.status, request.rights):
            return msg("letter.identity.established", ref=ref)
        closed = _not_open(request, msg("letter.what.identity_request"))
        if closed:
            return closed
        if request.identity.status is not IdentityStatus.REQUESTED:
            return msg("letter.identity.not_recorded", ref=ref)
        return None
    if letter is LetterKind.EXTENSION:
        if request.extended_due_date is None or blank(request.extension_reason):
            return msg("letter.extension.not_recorded", ref=ref)
        return _not_open(request, msg("letter.what.extension"))
    if letter is LetterKind.ANSWER:
        return _why_not_answer(request)
    if letter is LetterKind.REFUSAL:
        return _why_not_refusal(request)
    if letter is LetterKind.WITHDRAWAL_CONFIRMATION:
        if request.status is not Status.WITHDRAWN:
            return msg("letter.withdrawal.not_withdrawn", ref=ref)
        return None
    return _why_not_notice(request, recipient, recipients)


def available_kinds(request: RequestView) -> dict[LetterKind, Message | None]:
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
        sections += [Section("not-done"), *_retention(request), Section("remedies")]
        texts.add("reason")
    return sections, texts


def _retention(request: RequestView) -> list[Section]:
    """Art. 17(3)(b): the data kept under a legal obligation, where the DPO named one for an
    erasure not granted in full (the lawyer's finding 10)."""
    g = gr.of(request)
    erasure = request.outcome_of(Right.ERASURE)
    if g.retention is None or g.kept_until is None or erasure in (None, Outcome.GRANTED):
        return []
    return [Section("retention", Right.ERASURE, erasure)]


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
    # what is refused first, then why (second reading, finding 30)
    sections = [Section("intro"), Section("refusal-reason")]
    sections += [Section("right", r, Outcome.REFUSED) for r in request.rights]
    sections.append(Section("refusal-why"))
    return [*sections, *_retention(request), Section("remedies")], {"reason"}


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
                msg(
                    "letter.text_other_language",
                    ref=request.reference,
                    name=_TEXT_NAMES[name],
                    own=Message(f"language.{own}"),
                    kind=Message(f"doc.kind.{letter.kind}"),
                    language=Message(f"language.{language}"),
                    option=option,
                )
            )
        elif name == "needed" or (name == "done" and not _partly(letter)):
            texts[name] = None  # the standard wording / nothing more to say
        else:
            raise ValidationError(
                msg(
                    "letter.text_needed",
                    ref=request.reference,
                    kind=Message(f"doc.kind.{letter.kind}"),
                    name=_TEXT_NAMES[name],
                    option=option,
                )
            )
    return texts
