"""Demo data: the DPO's desk, where each demo request lives its life through the services.

A case is a story told a step at a time: it says when its next step happens, and when
services/demo.py resumes it at that moment (the unit of work's clock set to it) it takes
the step by calling the service the desktop and the command line call (register_request,
request_identity, extend, issue_fee_note, close, ...). What a step may do and what it
writes — status, pauses, deadlines, checklists, numbers, audit events — is theirs alone.
"""

from __future__ import annotations

import random
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import cast

from cluma_dpo.domain.calendar_be import next_working_day_on_or_after as working_day
from cluma_dpo.domain.clock import BRUSSELS
from cluma_dpo.domain.model import Right
from cluma_dpo.services import fees, suppression, workflow
from cluma_dpo.services import requests as req
from cluma_dpo.services.unit_of_work import UnitOfWork
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import RequestRecord
from cluma_dpo.storage.request_queries import earlier_access

# The DPO writes his reasons in Dutch, as he would in the register.
# Partly granted: what was done, and what was not and why (issue 13: the letter says both).
_PARTLY = {
    "access": ("kopie bezorgd", "zonder e-mails met persoonsgegevens van anderen (art. 15, lid 4)"),
    "erasure": ("account- en marketinggegevens gewist", "facturen 7 jaar bewaard volgens de "
                "boekhoudwet (art. 17, lid 3, b)"),
    "rectification": ("adres verbeterd", "de geboortedatum behouden bij gebrek aan bewijs"),
    "objection": ("profilering gestopt", "verwerking voor het contract loopt door"),
    "portability": ("door de persoon verstrekte gegevens bezorgd als JSON",
                    "afgeleide gegevens vallen buiten art. 20"),
    "restriction": ("verwerking beperkt voor de betwiste gegevens",
                    "niet voor de andere gegevens: daarover bestaat geen betwisting"),
}  # fmt: skip
_REFUSED = {
    "access": "geen persoonsgegevens gevonden voor de opgegeven naam en het e-mailadres",
    "erasure": "gegevens nodig voor de verdediging in een lopend geschil (art. 17, lid 3, e)",
    "rectification": "de gegevens zijn juist; het aangebrachte bewijs staaft de wijziging niet",
    "objection": "dwingende gerechtvaardigde gronden wegen zwaarder dan de belangen van de "
    "betrokkene (art. 21, lid 1)",
    "portability": "de verwerking berust niet op toestemming of een overeenkomst (art. 20, lid 1)",
    "restriction": "geen van de gronden van art. 18, lid 1, is van toepassing",
}
_REJECTED = (  # the reason and its Art. 12(5) ground
    ("kennelijk buitensporig: 6 identieke verzoeken in 3 weken", "repetitive"),
    (
        "kennelijk buitensporig: hetzelfde inzageverzoek 4 keer herhaald na een volledig antwoord",
        "repetitive",
    ),
    ("kennelijk ongegrond: het verzoek biedt intrekking aan in ruil voor betaling", "unfounded"),
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
_NO_ANSWER = "geen antwoord op de vraag naar identiteitsgegevens"
_NO_MATCH = "het identiteitsbewijs hoort niet bij de houder van de account"
_GAVE_UP = "de betrokkene wilde geen identiteitsgegevens bezorgen"
_NOT_SHARED = "geen gegevens van deze persoon gedeeld met deze ontvanger"
_VIA_CONTACT = "via de privacycontactpersoon van de ontvanger"
_COPY_FEE = "bijkomende kopie van de gegevens {}(AVG art. 15, lid 3)"
_NOT_WANTED = "de kopie is niet meer gewenst"
_FIRST_COPY = ("eerste kopie bezorgd", "geen bijkomende kopie gemaakt: de kosten niet betaald")
_EXCESSIVE_FEE = "kennelijk buitensporig: derde inzageverzoek op korte tijd (art. 12, lid 5, a)"

OFFICE_OPENS = time(8, 30)
OFFICE_HOURS = 8 * 3600  # seconds


def office_time(day: date, seconds: float) -> datetime:
    """`seconds` after the office opens in Roeselare on `day`, in UTC."""
    return datetime.combine(day, OFFICE_OPENS, BRUSSELS).astimezone(UTC) + timedelta(
        seconds=seconds
    )


# What the demo keeps as the copy of an identity document until the check ends: the app
# never shows it again, so a stand-in does (a demo holds no one's real identity card).
SCAN = b"%PDF-1.4\n% demo: kopie identiteitskaart\n%%EOF\n"


@dataclass(slots=True)
class Case:
    """One demo request: what came in, when it was registered, and where its story is."""

    intake: req.NewRequest
    registered: datetime  # UTC
    reference: str = ""
    last: datetime = field(init=False)  # the moment of its latest step
    document: bool = False  # a copy of an identity document is on file

    def __post_init__(self) -> None:
        self.last = self.registered

    @property
    def received(self) -> date:
        return cast(date, self.intake.received)  # the demo gives dates, never text

    @property
    def rights(self) -> list[Right]:
        return [Right(x) for x in self.intake.rights]


Story = Iterator[datetime]


class Desk:
    """The DPO's desk: plays the cases in the unit of work services/demo.py hands it."""

    def __init__(self, rng: random.Random, today: date, copy_amount: Decimal) -> None:
        self.rng, self.today, self.copy_amount = rng, today, copy_amount
        self._uow: UnitOfWork | None = None

    @property
    def uow(self) -> UnitOfWork:
        """The unit of work the steps run in (services/demo.py sets its clock for each)."""
        assert self._uow is not None, "services/demo.py hands the desk its unit of work"
        return self._uow

    @uow.setter
    def uow(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def _record(self, c: Case) -> RequestRecord:
        """The request as the services left it: the desk reads it to decide, never writes."""
        return repo.get_request(self.uow.session, c.reference)

    # -- the audit trail: an office hour on the business day, after the previous step -----
    def _at(self, c: Case, day: date) -> datetime:
        """The moment of the case's next step, taken on `day` (or the next working day)."""
        r = self.rng
        day = min(working_day(day), self.today)
        if c.last.astimezone(BRUSSELS).date() >= day:
            at = c.last + timedelta(seconds=r.randint(20, 2400))
        else:
            at = office_time(day, r.randint(0, OFFICE_HOURS)) + timedelta(microseconds=1)
        c.last = at + timedelta(microseconds=r.randint(0, 999_998))
        return c.last

    # -- one request, from registration to wherever today finds it ------------------------
    def story(self, c: Case) -> Story:
        """The first resume registers the request (at c.registered); each later one takes
        the step that is due and yields the moment of the next."""
        r, today = self.rng, self.today
        rights = c.rights
        marketing = all(x.is_marketing_objection for x in rights)
        # as Workbench.register: Art. 21(3) stops direct marketing at once
        c.reference = req.register_request(self.uow, c.intake)
        suppression.suppress_for_request(self.uow, c.reference)
        day = min(working_day(c.received), today)
        if not c.intake.known_account:
            quick = any(x.is_marketing_objection for x in rights)
            checked = yield from self._identity(c, day, quick)
            if checked is None:
                return
            day = checked
        fate = r.random()
        if fate < 0.025 or (fate < 0.04 and not marketing):
            d = working_day(day + timedelta(r.randint(1, 15)))
            if d <= today and fate < 0.025:
                yield self._at(c, d)
                workflow.withdraw(self.uow, c.reference, r.choice(_WITHDRAWN), d)
            elif d <= today:
                yield self._at(c, d)
                said, ground = r.choice(_REJECTED)
                workflow.reject(self.uow, c.reference, said, d, ground)
            return
        rec = self._record(c)
        due = rec.due_date
        if rec.company_target_date is None and due is not None and due >= day and r.random() < 0.13:
            d = min(working_day(day + timedelta(r.randint(3, max(3, (due - day).days)))), due)
            if d > today:
                return
            yield self._at(c, d)
            workflow.extend(self.uow, c.reference, r.choice(_EXTENDED), d)
            day = d
        main = next((x.value for x in rights if not x.is_marketing_objection), "access")
        outcome, why = "granted", None
        roll = r.random()
        if not marketing and roll < 0.20:
            outcome, why = ("refused", _REFUSED[main]) if roll < 0.08 else ("partly-granted", main)
        if Right.ACCESS in rights and outcome == "granted" and not marketing and r.random() < 0.05:
            # GDPR Art. 15(3): a further copy may carry a reasonable fee
            d = working_day(day + timedelta(r.randint(2, 8)))
            if d > today:
                return
            big = r.random() < 0.3
            yield self._at(c, d)
            # issue 13: a copy fee only for a further copy; else an Art. 12(5)(a) fee
            further = earlier_access(self.uow.session, self._record(c)) is not None
            fee = fees.issue_fee_note(
                self.uow,
                c.reference,
                self.copy_amount * 2 if big else self.copy_amount,
                _COPY_FEE.format("met het e-mailarchief " if big else "")
                if further
                else _EXCESSIVE_FEE,
                d,
                "further-copy" if further else "excessive",
            )
            issued, roll = d, r.random()
            if roll < 0.65:
                d = issued + timedelta(r.randint(2, 20))
            else:  # never paid: the DPO cancels the fee note, or closes and leaves it unpaid
                d = working_day(issued + timedelta(r.randint(40, 60)))
                outcome, why = "partly-granted", "first-copy"
            if d > today:
                return
            if roll < 0.65:
                yield self._at(c, d)
                fees.fee_paid(self.uow, fee.number, d)
            elif roll < 0.80:
                yield self._at(c, d)
                fees.cancel_fee_note(self.uow, fee.number, _NOT_WANTED)
            day = d
        yield from self._answer(c, day, marketing, outcome, why)

    def _identity(self, c: Case, day: date, quick: bool) -> Generator[datetime, None, date | None]:
        """Art. 12(6): verify at once, or ask for more and pause the clock (EDPB 01/2022 §5.3).

        Returns the day the check succeeded, or None when the story ends here (for now)."""
        r, today = self.rng, self.today
        if quick or r.random() >= 0.24:  # quick: Art. 21(3) promises the next working day
            d = working_day(day + timedelta(r.choice((0,) if quick else (0, 0, 1, 1, 2, 3))))
            if d > today:
                return None
            method = {"in-person": "in-person", "phone": "known-customer"}.get(
                c.intake.channel or ""
            ) or r.choice(("account-email",) * 3 + ("known-customer", "other"))
            yield self._at(c, d)
            workflow.verify_identity(self.uow, c.reference, method, d)
            return d
        asked = max(working_day(c.received + timedelta(r.choice((1, 1, 2)))), day)
        if asked > today:
            return None
        yield self._at(c, asked)
        workflow.request_identity(self.uow, c.reference, asked)
        roll = r.random()
        if roll < 0.09:  # no answer: declined under Art. 11(2), or the person gave up
            wait = r.randint(5, 20) if roll < 0.04 else r.randint(30, 40)
            d = working_day(asked + timedelta(wait))
            if d <= today and roll < 0.04:
                yield self._at(c, d)
                workflow.withdraw(self.uow, c.reference, _GAVE_UP, d)
            elif d <= today:
                yield self._at(c, d)
                workflow.fail_identity(self.uow, c.reference, _NO_ANSWER, d)
                yield self._at(c, d)
                workflow.close(self.uow, c.reference, "refused", _NO_ID, d)
            return None
        arrived = asked + timedelta(r.randint(3, 15))
        d = working_day(arrived + timedelta(r.choice((0, 1, 1, 2))))
        if arrived > today:
            return None
        c.document = c.intake.channel != "in-person" and d <= today and roll < 0.6
        yield self._at(c, arrived)
        workflow.receive_identity(
            self.uow, c.reference, arrived, SCAN if c.document else None, ".pdf"
        )
        if d > today:
            return None
        if roll > 0.96:
            yield self._at(c, d)
            workflow.fail_identity(self.uow, c.reference, _NO_MATCH, d)
            yield self._at(c, d)
            workflow.close(self.uow, c.reference, "refused", _NO_ID, d)
            return None
        method = "id-document" if c.document else "account-email" if c.intake.email else "other"
        yield self._at(c, d)
        workflow.verify_identity(self.uow, c.reference, method, d)
        return d

    def _close(self, c: Case, outcome: str, why: str | None, on: date) -> None:
        """Close; a partly granted request says per right what became of it (issue 13):
        `why` is then the right granted in part ("first-copy": access, the fee unpaid)."""
        rights = repo.parse_rights(self._record(c).rights)
        # a refused Art. 21(1) objection names its one ground (the lawyer's finding 6)
        refusing = outcome == "refused" and Right.OBJECTION in rights
        ground: str | None = "compelling-grounds" if refusing else None
        if outcome == "refused" and Right.MARKETING_OPT_OUT in rights:
            # Art. 21(3) is absolute: the opt-out stands, only the other rights are refused
            others = tuple(x.value for x in rights if x is not Right.MARKETING_OPT_OUT)
            workflow.close(
                self.uow, c.reference, "partly-granted", why, on,
                granted=(Right.MARKETING_OPT_OUT.value,), refused=others, objection_ground=ground,
            )  # fmt: skip
            return
        if outcome != "partly-granted" or why is None:
            workflow.close(self.uow, c.reference, outcome, why, on, objection_ground=ground)
            return
        done, not_done = _FIRST_COPY if why == "first-copy" else _PARTLY[why]
        main = "access" if why == "first-copy" else why
        others = tuple(x.value for x in rights if x.value != main)
        workflow.close(self.uow, c.reference, outcome, not_done, on, granted=others, done=done)

    def _answer(
        self, c: Case, day: date, marketing: bool, outcome: str, why: str | None
    ) -> Iterator[datetime]:
        r, today = self.rng, self.today
        rec = self._record(c)
        due = rec.effective_due_date or day
        recipients = [item.recipient for item in rec.recipient_items]
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
        if outcome != "refused" and recipients:  # GDPR Art. 19: tell each recipient first
            steps = []
            for name in recipients:
                d = working_day(day + timedelta(r.randint(0, max(0, (answer - day).days))))
                steps.append((min(d, answer), name))
            for d, name in sorted(steps, key=lambda s: s[0]):
                if d > today:
                    return
                yield self._at(c, d)
                if r.random() < 0.08:
                    workflow.mark_recipient(
                        self.uow, c.reference, name, "not-received", d, _NOT_SHARED
                    )
                else:
                    note = _VIA_CONTACT if r.random() < 0.2 else None
                    workflow.mark_recipient(self.uow, c.reference, name, "notified", d, note)
        if answer <= today:
            yield self._at(c, answer)
            self._close(c, outcome, why, answer)
