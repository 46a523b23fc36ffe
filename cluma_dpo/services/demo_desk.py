"""Demo data: the DPO's desk, an in-memory copy of the workflow that plays each request.

The same lifecycle table, deadline cache and audit notes as services/workflow.py and
services/fees.py; services/demo.py writes the played cases to the database.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from cluma_dpo.domain import fees as fee_rules
from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain.calendar_be import next_working_day_on_or_after as working_day
from cluma_dpo.domain.model import IdentityStatus, Pause, Right, Status
from cluma_dpo.services import workflow
from cluma_dpo.services.demo_people import Subject
from cluma_dpo.services.requests import refresh_deadlines
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import RequestRecord

Note = str | Callable[[], str] | None  # a fee note's number is known only at the end

# The DPO writes his reasons in Dutch, as he would in the register.
_PARTLY = {
    "access": "kopie bezorgd zonder e-mails met persoonsgegevens van anderen (art. 15, lid 4)",
    "erasure": "account- en marketinggegevens gewist; facturen 7 jaar bewaard volgens de "
    "boekhoudwet (art. 17, lid 3, b)",
    "rectification": "adres verbeterd; de geboortedatum behouden bij gebrek aan bewijs",
    "objection": "profilering voor marketing gestopt; verwerking voor het contract loopt door",
    "portability": "door de persoon verstrekte gegevens bezorgd als JSON; afgeleide gegevens "
    "vallen buiten art. 20",
    "restriction": "verwerking beperkt voor de betwiste gegevens alleen",
}
_REFUSED = {
    "access": "geen persoonsgegevens gevonden voor de opgegeven naam en het e-mailadres",
    "erasure": "gegevens nodig voor de verdediging in een lopend geschil (art. 17, lid 3, e)",
    "rectification": "de gegevens zijn juist; het aangebrachte bewijs staaft de wijziging niet",
    "objection": "dwingende gerechtvaardigde gronden wegen zwaarder dan de belangen van de "
    "betrokkene (art. 21, lid 1)",
    "portability": "de verwerking berust niet op toestemming of een overeenkomst (art. 20, lid 1)",
    "restriction": "geen van de gronden van art. 18, lid 1, is van toepassing",
}
_REJECTED = (
    "kennelijk buitensporig: 6 identieke verzoeken in 3 weken",
    "kennelijk buitensporig: hetzelfde inzageverzoek 4 keer herhaald na een volledig antwoord",
    "kennelijk ongegrond: het verzoek biedt intrekking aan in ruil voor betaling",
)
_WITHDRAWN = (
    "de betrokkene trok het verzoek in per e-mail",
    "telefonisch ingetrokken: de vraag werd informeel beantwoord",
    None,
)
_EXTENDED = (
    "complex verzoek over verschillende systemen (webshop, CRM, mailingtool, back-ups)",
    "verschillende verzoeken van dezelfde persoon samen behandeld",
    "gegevens bij verwerkers; hun antwoord wordt afgewacht",
    "grote hoeveelheid correspondentie na te kijken op persoonsgegevens van anderen",
)
_NO_ID = "identiteit kon niet worden vastgesteld (art. 12, lid 2, en art. 11, lid 2)"


@dataclass(slots=True)
class Item:
    recipient: str
    state: str = "open"
    on: date | None = None
    note: str | None = None


@dataclass(slots=True)
class Fee:
    issued_on: date
    at: datetime
    amount: str
    reason: str
    status: str = "unpaid"
    paid_on: date | None = None
    number: str = ""


@dataclass(slots=True)
class Case:
    """One request being played; duck-types RequestRecord for refresh_deadlines."""

    reference: str
    year: int
    seq: int
    received: date
    channel: str
    language: str
    rights: str
    account_deletion: bool
    subject: Subject
    status: str = Status.RECEIVED.value
    identity_status: str = IdentityStatus.NOT_CHECKED.value
    identity_method: str | None = None
    identity_checked_on: date | None = None
    identity_note: str | None = None
    outcome: str | None = None
    outcome_reason: str | None = None
    answered_on: date | None = None
    ended_on: date | None = None
    extended_on: date | None = None
    extension_reason: str | None = None
    due_date: date | None = None
    extended_due_date: date | None = None
    company_target_date: date | None = None
    effective_due_date: date | None = None
    paused: bool = False
    pauses: list[Pause] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    fees: list[Fee] = field(default_factory=list)
    events: list[tuple[datetime, str, Note]] = field(default_factory=list)
    documents: int = 0


def utc_offset(day: date) -> timedelta:
    """Brussels: CET, CEST from the last Sunday of March to the last Sunday of October."""
    march, october = date(day.year, 3, 31), date(day.year, 10, 31)
    start = march - timedelta((march.weekday() + 1) % 7)
    end = october - timedelta((october.weekday() + 1) % 7)
    return timedelta(hours=2 if start <= day < end else 1)


class Desk:
    """The DPO's desk, replayed: each step mirrors the service of the same name."""

    def __init__(self, rng: random.Random, settings: dict[str, Any], today: date) -> None:
        self.rng, self.settings, self.today = rng, settings, today
        self.recipients = [str(x)[:200] for x in cast(Sequence[str], settings["recipients"])]
        self.suppressed: dict[str, tuple[date, str]] = {}  # new entries: since, reference
        self.listed: set[str] = set()  # e-mails on the suppression list before the demo

    # -- the audit trail: an office hour on the business day, after the previous event ---
    def _event(self, c: Case, day: date, kind: str, note: Note, *, same_time: bool = False) -> None:
        day = min(working_day(day), self.today)
        last = c.events[-1][0]
        if same_time or last.date() >= day:
            at = last + timedelta(seconds=self.rng.randint(20, 2400))
        else:
            local = datetime.combine(day, time(8, 30), UTC) - utc_offset(day)
            at = local + timedelta(seconds=self.rng.randint(0, 8 * 3600), microseconds=1)
        at += timedelta(microseconds=self.rng.randint(0, 999_998))
        c.events.append((at, kind, note))

    def _advance(self, c: Case, action: lc.Action) -> None:
        c.status = lc.next_status(Status(c.status), action).value

    def _refresh(self, c: Case) -> None:
        refresh_deadlines(cast(RequestRecord, c), self.settings)

    def _end_pauses(self, c: Case, d: date) -> list[Pause]:
        ended = [p for p in c.pauses if p.ended is None]
        c.pauses = [Pause(p.started, max(d, p.started)) if p.ended is None else p for p in c.pauses]
        return ended

    def _erase_documents(self, c: Case, day: date) -> None:
        if c.documents:
            note = f"{c.documents} identity document(s) erased after the check"
            self._event(c, day, "identity-document-erased", note, same_time=True)
            c.documents = 0

    # -- services/requests.register_request and workflow.suppress_for_request -------------
    def register(self, c: Case, at: datetime, known_account: bool) -> None:
        rights = repo.parse_rights(c.rights)
        if known_account:
            c.status, c.identity_status = Status.IN_PROGRESS.value, IdentityStatus.NOT_NEEDED.value
        if any(r.notifies_recipients for r in rights):
            c.items = [Item(name) for name in self.recipients]
        self._refresh(c)
        note = (
            f"rights: {', '.join(r.value for r in rights)}; channel: {c.channel}; "
            f"received: {c.received.isoformat()}"
        )
        c.events.append((at, "request-registered", note))
        if known_account:
            self._event(
                c, at.date(), "identity-not-needed", "request from a known account", same_time=True
            )
        email = c.subject[1]
        if email and any(r.is_marketing_objection for r in rights):
            key = email.casefold()
            if key not in self.suppressed and key not in self.listed:
                self.suppressed[key] = (c.received, c.reference)
                self._event(
                    c,
                    at.date(),
                    "suppression-added",
                    "e-mail put on the marketing suppression list",
                    same_time=True,
                )

    # -- services/workflow ----------------------------------------------------------------
    def request_identity(self, c: Case, d: date) -> None:
        self._advance(c, lc.Action.REQUEST_IDENTITY)
        c.pauses.append(Pause(d))
        c.identity_status = IdentityStatus.REQUESTED.value
        self._refresh(c)
        self._event(
            c,
            d,
            "identity-requested",
            f"identity information asked on {d.isoformat()}; the clock is paused",
        )

    def receive_identity(self, c: Case, d: date, document: bool) -> None:
        self._advance(c, lc.Action.RECEIVE_IDENTITY)
        paused = sum((d - p.started).days for p in self._end_pauses(c, d))
        c.identity_status = IdentityStatus.RECEIVED.value
        self._refresh(c)
        self._event(
            c,
            d,
            "identity-received",
            f"identity information received on {d.isoformat()}; clock paused {paused} days",
        )
        if document:
            c.documents += 1
            self._event(
                c,
                d,
                "identity-document-stored",
                "a copy of an identity document is stored encrypted until the check ends",
                same_time=True,
            )

    def verify_identity(self, c: Case, method: str, d: date) -> None:
        self._advance(c, lc.Action.VERIFY_IDENTITY)
        c.identity_status, c.identity_method = IdentityStatus.VERIFIED.value, method
        c.identity_checked_on = d
        self._event(c, d, "identity-verified", f"method: {method}; on {d.isoformat()}")
        self._erase_documents(c, d)

    def fail_identity(self, c: Case, why: str, d: date) -> None:
        self._advance(c, lc.Action.FAIL_IDENTITY)
        self._end_pauses(c, d)
        c.identity_status, c.identity_checked_on, c.identity_note = "failed", d, why
        self._refresh(c)
        self._event(c, d, "identity-failed", why)
        self._erase_documents(c, d)

    def extend(self, c: Case, why: str, d: date) -> None:
        workflow.extension_check(cast(RequestRecord, c), self.settings, d, why)
        self._advance(c, lc.Action.EXTEND)
        c.extended_on, c.extension_reason = d, why
        self._refresh(c)
        self._event(
            c, d, "extended", f"extended on {d.isoformat()} to {c.extended_due_date}; reason: {why}"
        )

    def issue_fee(self, c: Case, amount: str, why: str, d: date) -> Fee:
        self._advance(c, lc.Action.REQUEST_FEE)
        self._event(c, d, "fee-note-issued", None)
        fee = Fee(d, c.events[-1][0], f"{fee_rules.parse_amount(amount):.2f}", why)
        c.events[-1] = (
            fee.at,
            "fee-note-issued",
            lambda: f"{fee.number}: EUR {fee.amount}; reason: {fee.reason}",
        )
        c.fees.append(fee)
        return fee

    def settle_fee(self, c: Case, fee: Fee, d: date, why: str | None = None) -> None:
        """fees.fee_paid (no reason) or fees.cancel_fee_note (with one)."""
        if why is None:
            fee.status, fee.paid_on = "paid", d
            self._event(c, d, "fee-paid", lambda: f"{fee.number} paid on {d.isoformat()}")
        else:
            fee.status = "cancelled"
            self._event(c, d, "fee-note-cancelled", lambda: f"{fee.number}; reason: {why}")
        if c.status == Status.AWAITING_FEE_PAYMENT.value:
            self._advance(c, lc.Action.FEE_SETTLED)

    def mark_recipient(self, c: Case, item: Item, state: str, d: date, why: str | None) -> None:
        item.state, item.on, item.note = state, d, why
        self._event(c, d, f"recipient-{state}", item.recipient + (f": {why}" if why else ""))

    def close(self, c: Case, outcome: str, why: str | None, d: date) -> None:
        self._advance(c, lc.Action.CLOSE)
        c.outcome, c.outcome_reason, c.answered_on, c.ended_on = outcome, why, d, d
        self._event(c, d, "closed", f"outcome: {outcome}" + (f"; reason: {why}" if why else ""))
        self._erase_documents(c, d)

    def withdraw(self, c: Case, why: str | None, d: date) -> None:
        self._advance(c, lc.Action.WITHDRAW)
        self._end_pauses(c, d)
        c.ended_on, c.outcome_reason = d, why
        self._refresh(c)
        self._event(c, d, "withdrawn", why)
        self._erase_documents(c, d)

    def reject(self, c: Case, why: str, d: date) -> None:
        self._advance(c, lc.Action.REJECT)
        self._end_pauses(c, d)
        c.outcome_reason, c.answered_on, c.ended_on = why, d, d
        self._refresh(c)
        self._event(c, d, "rejected", f"Art. 12(5): {why}")
        self._erase_documents(c, d)

    # -- one request, from registration to wherever today finds it ------------------------
    def play(self, c: Case, at: datetime, known_account: bool) -> None:
        r, today = self.rng, self.today
        rights = repo.parse_rights(c.rights)
        marketing = all(x.is_marketing_objection for x in rights)
        self.register(c, at, known_account)
        day: date | None = min(working_day(c.received), today)
        if not known_account:
            day = self._identity(c, day, any(x.is_marketing_objection for x in rights))
        if day is None:
            return
        fate = r.random()
        if fate < 0.025 or (fate < 0.04 and not marketing):
            d = working_day(day + timedelta(r.randint(1, 15)))
            if d <= today and fate < 0.025:
                self.withdraw(c, r.choice(_WITHDRAWN), d)
            elif d <= today:
                self.reject(c, r.choice(_REJECTED), d)
            return
        due = c.due_date
        if c.company_target_date is None and due is not None and due >= day and r.random() < 0.13:
            d = min(working_day(day + timedelta(r.randint(3, max(3, (due - day).days)))), due)
            if d > today:
                return
            self.extend(c, r.choice(_EXTENDED), d)
            day = d
        main = next((x.value for x in rights if not x.is_marketing_objection), "access")
        outcome, why = "granted", None
        roll = r.random()
        if not marketing and roll < 0.20:
            outcome, why = (
                ("refused", _REFUSED[main]) if roll < 0.08 else ("partly-granted", _PARTLY[main])
            )
        if Right.ACCESS in rights and outcome == "granted" and not marketing and r.random() < 0.05:
            d = working_day(day + timedelta(r.randint(2, 8)))
            if d > today:
                return
            copy = fee_rules.parse_amount(self.settings["fees.copy_amount"])
            big = r.random() < 0.3
            fee = self.issue_fee(
                c,
                str(copy * 2 if big else copy),
                "bijkomende kopie van de gegevens "
                + ("met het e-mailarchief " if big else "")
                + "(AVG art. 15, lid 3)",
                d,
            )
            roll = r.random()
            if roll < 0.65:
                d = fee.issued_on + timedelta(r.randint(2, 20))
            else:  # never paid: the DPO cancels the fee note, or closes and leaves it unpaid
                d = working_day(fee.issued_on + timedelta(r.randint(40, 60)))
                outcome, why = "partly-granted", "first copy provided; no further copy made"
            if d > today:
                return
            if roll < 0.80:
                self.settle_fee(c, fee, d, None if roll < 0.65 else "the copy is no longer wanted")
            day = d
        self._answer(c, day, marketing, outcome, why)

    def _identity(self, c: Case, day: date, quick: bool) -> date | None:
        """Art. 12(6): verify at once, or ask for more and pause the clock (EDPB 01/2022 §5.3)."""
        r, today = self.rng, self.today
        if quick or r.random() >= 0.24:  # quick: Art. 21(3) promises the next working day
            d = working_day(day + timedelta(r.choice((0,) if quick else (0, 0, 1, 1, 2, 3))))
            if d > today:
                return None
            method = {"in-person": "in-person", "phone": "known-customer"}.get(c.channel)
            self.verify_identity(
                c, method or r.choice(("account-email",) * 3 + ("known-customer", "other")), d
            )
            return d
        asked = max(working_day(c.received + timedelta(r.choice((1, 1, 2)))), day)
        if asked > today:
            return None
        self.request_identity(c, asked)
        roll = r.random()
        if roll < 0.09:  # no answer: declined under Art. 11(2), or the person gave up
            wait = r.randint(5, 20) if roll < 0.04 else r.randint(30, 40)
            d = working_day(asked + timedelta(wait))
            if d <= today and roll < 0.04:
                self.withdraw(c, "the data subject did not want to send identity information", d)
            elif d <= today:
                self.fail_identity(c, "no answer to the request for identity information", d)
                self.close(c, "refused", _NO_ID, d)
            return None
        arrived = asked + timedelta(r.randint(3, 15))
        d = working_day(arrived + timedelta(r.choice((0, 1, 1, 2))))
        if arrived > today:
            return None
        self.receive_identity(c, arrived, c.channel != "in-person" and d <= today and roll < 0.6)
        if d > today:
            return None
        if roll > 0.96:
            self.fail_identity(c, "the identity document does not match the account holder", d)
            self.close(c, "refused", _NO_ID, d)
            return None
        method = "account-email" if c.subject[1] else "other"
        self.verify_identity(c, "id-document" if c.documents else method, d)
        return d

    def _answer(self, c: Case, day: date, marketing: bool, outcome: str, why: str | None) -> None:
        r, today = self.rng, self.today
        due = c.effective_due_date or day
        roll = r.random()
        if today - timedelta(40) <= due < today and roll < 0.3:  # a backlog: overdue now
            answer = today + timedelta(r.randint(1, 30))
        elif roll < 0.06:
            answer = working_day(due + timedelta(r.randint(1, 6 if marketing else 20)))
        elif marketing:
            answer = day
        elif today < due and roll < 0.6:  # answered on the last day: due soon now
            answer = max(day, due)
        else:
            span = max(1, (due - day).days)
            answer = working_day(day + timedelta(max(1, round(span * r.betavariate(2.2, 1.5)))))
            if answer > due:
                answer = max(day, due)
        if outcome != "refused" and c.items:
            steps = []
            for item in c.items:
                d = working_day(day + timedelta(r.randint(0, max(0, (answer - day).days))))
                steps.append((min(d, answer), item))
            for d, item in sorted(steps, key=lambda s: s[0]):
                if d > today:
                    return
                if r.random() < 0.08:
                    self.mark_recipient(
                        c,
                        item,
                        "not-applicable",
                        d,
                        "geen gegevens van deze persoon gedeeld met deze ontvanger",
                    )
                else:
                    note = (
                        "via de privacycontactpersoon van de ontvanger"
                        if r.random() < 0.2
                        else None
                    )
                    self.mark_recipient(c, item, "notified", d, note)
        if answer <= today:
            self.close(c, outcome, why, answer)
