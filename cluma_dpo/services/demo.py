"""Demo data: a new database full of believable requests, exactly as the services make them.

Each request is played through an in-memory copy of the workflow (the same lifecycle
table, deadline cache and audit notes as services/workflow.py and services/fees.py), in
the order the DPO would have registered them; the results go in with a few large INSERTs
and the audit chain is computed here as UnitOfWork.record does, in time order.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from cluma_dpo.domain import fees as fee_rules
from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain.calendar_be import next_working_day_on_or_after as working_day
from cluma_dpo.domain.model import IdentityStatus, Pause, Right, Status
from cluma_dpo.services import settings as cfg
from cluma_dpo.services import workflow
from cluma_dpo.services.fees import FEE_PREFIX
from cluma_dpo.services.requests import REFERENCE_PREFIX, refresh_deadlines
from cluma_dpo.services.workbench import Workbench
from cluma_dpo.storage import repositories as repo
from cluma_dpo.storage.records import (
    FeeNoteRecord,
    PauseRecord,
    RecipientItemRecord,
    RequestRecord,
    SuppressionRecord,
)

Progress = Callable[[int, int], None]
Note = str | Callable[[], str] | None  # a fee note's number is known only at the end
_Subject = tuple[str, str | None, str | None, str | None, str | None, str]  # name .. country
BATCH = 5_000
# The textbook example IBAN (bank code 096, Belfius): BE68539007547034 has a bank code
# python-stdnum does not know, so the settings refuse it.
DEMO_IBAN, DEMO_BIC = "BE71096123456769", "GKCCBEBB"

_FLEMISH = (  # postcode city*weight: West Flanders (Roeselare's customers) weighs most
    "8800 Roeselare*9;8800 Rumbeke*3;8830 Hooglede*3;8840 Staden*2;8850 Ardooie*2;8860 Lendelede*2;"
    "8870 Izegem*4;8880 Ledegem*2;8890 Moorslede*2;8500 Kortrijk*5;8530 Harelbeke*3;"
    "8560 Wevelgem*2;8790 Waregem*3;8700 Tielt*3;8760 Meulebeke*2;8770 Ingelmunster*2;"
    "8820 Torhout*3;8900 Ieper*3;8930 Menen*3;8970 Poperinge*2;8000 Brugge*4;8400 Oostende*3;"
    "8300 Knokke-Heist*2;8600 Diksmuide*2;8620 Nieuwpoort;8670 Koksijde;9000 Gent*4;"
    "9050 Gentbrugge;9100 Sint-Niklaas*2;9200 Dendermonde;9300 Aalst*2;9400 Ninove;"
    "9500 Geraardsbergen;9600 Ronse;9700 Oudenaarde*2;9800 Deinze*2;9900 Eeklo;"
    "2000 Antwerpen*3;2018 Antwerpen;2100 Deurne;2600 Berchem;2800 Mechelen*2;2300 Turnhout;"
    "2400 Mol;2500 Lier;3000 Leuven*2;3001 Heverlee;3200 Aarschot;3300 Tienen;1500 Halle;"
    "1800 Vilvoorde;1700 Dilbeek;3500 Hasselt*2;3600 Genk;3800 Sint-Truiden;1000 Brussel;1090 Jette"
)
_WALLOON = (
    "1000 Bruxelles*3;1050 Ixelles*2;1060 Saint-Gilles;1070 Anderlecht;1180 Uccle;"
    "1200 Woluwe-Saint-Lambert;1300 Wavre;1348 Louvain-la-Neuve;1400 Nivelles;1410 Waterloo;"
    "4000 Liège*3;4100 Seraing;4500 Huy;4800 Verviers;5000 Namur*2;5100 Jambes;5500 Dinant;"
    "6000 Charleroi*2;6700 Arlon;6800 Libramont-Chevigny;6900 Marche-en-Famenne;7000 Mons*2;"
    "7100 La Louvière;7500 Tournai*3;7700 Mouscron*4;7780 Comines-Warneton*2;7800 Ath"
)
_NL_STREETS = (
    "Kerkstraat;Stationsstraat;Dorpsstraat;Molenstraat;Nieuwstraat;Schoolstraat;Kapelstraat;"
    "Beekstraat;Veldstraat;Hoogstraat;Meensesteenweg;Kortrijksestraat;Brugsesteenweg;"
    "Groenestraat;Lindenlaan;Sint-Jansstraat;Ooststraat;Noordstraat;Westlaan;Kachtemsestraat"
)
_FR_STREETS = (
    "Rue de la Station;Rue de l'Église;Chaussée de Bruxelles;Rue du Moulin;Avenue des Tilleuls;"
    "Rue Haute;Place communale;Rue de la Gare;Rue du Centre;Avenue Albert Ier;Rue Saint-Martin;"
    "Chaussée de Mons;Rue des Écoles;Rue de Namur;Avenue de la Libération"
)
_DOMAINS = {
    "BE": "telenet.be*5;skynet.be*2;proximus.be*2;gmail.com*6;hotmail.com*3;outlook.com*2;"
    "hotmail.be*2;live.be;icloud.com;scarlet.be;yahoo.fr",
    "NL": "ziggo.nl;kpnmail.nl;gmail.com*2;hotmail.nl",
    "FR": "orange.fr;free.fr;laposte.net;gmail.com*2",
    "DE": "web.de;gmx.de;t-online.de;gmail.com*2",
    "GB": "btinternet.com;gmail.com*2;outlook.com",
}
# (faker locale, share, country, language) of the people who write in
_FOREIGN = (
    ("nl_NL", 15, "NL", "nl"),
    ("fr_FR", 15, "FR", "fr"),
    ("de_DE", 10, "DE", "de"),
    ("en_GB", 10, "GB", "en"),
)
_ORIGINS = ("pl_PL", "tr_TR", "it_IT", "ro_RO", "vi_VN", "el_GR", "es_ES")  # Belgians too

_RIGHTS = {
    "access": 40,
    "erasure": 20,
    "marketing-opt-out": 15,
    "objection": 8,
    "rectification": 8,
    "restriction": 4,
    "portability": 5,
}
_SECOND = {
    "access": ("rectification", "portability", "erasure"),
    "erasure": ("marketing-opt-out", "access"),
    "rectification": ("access",),
    "objection": ("erasure",),
    "marketing-opt-out": ("erasure",),
    "restriction": ("access",),
    "portability": ("access",),
}
_CHANNELS = {"email": 45, "web": 25, "post": 14, "phone": 9, "in-person": 7}

_PARTLY = {
    "access": "copy provided without e-mails that hold personal data of others (Art. 15(4))",
    "erasure": "account and marketing data erased; invoices kept for 7 years under the "
    "accounting law (Art. 17(3)(b))",
    "rectification": "address corrected; the date of birth kept for lack of evidence",
    "objection": "profiling for marketing stopped; processing for the contract continues",
    "portability": "data provided by the person delivered as JSON; derived data falls outside "
    "Art. 20",
    "restriction": "processing restricted for the contested data only",
}
_REFUSED = {
    "access": "no personal data found for the name and e-mail address given",
    "erasure": "data needed to defend a pending legal claim (Art. 17(3)(e))",
    "rectification": "the data is correct; the evidence offered does not support the change",
    "objection": "compelling legitimate grounds override the data subject's interests (Art. 21(1))",
    "portability": "processing is not based on consent or a contract (Art. 20(1))",
    "restriction": "none of the grounds of Art. 18(1) applies",
}
_REJECTED = (
    "manifestly excessive: 6 identical requests in 3 weeks",
    "manifestly excessive: the same access request repeated 4 times after a full answer",
    "manifestly unfounded: the request offers to withdraw in exchange for payment",
)
_WITHDRAWN = (
    "the data subject withdrew the request by e-mail",
    "withdrawn by telephone: the question was answered informally",
    None,
)
_EXTENDED = (
    "complex request covering several systems (webshop, CRM, mailing tool, backups)",
    "several requests of the same person handled together",
    "data held by processors; their answers are awaited",
    "large volume of correspondence to review for personal data of others",
)
_NO_ID = "identity could not be established (Art. 12(2), 11(2))"


def _weighted(spec: str | dict[str, int]) -> tuple[list[str], list[int]]:
    if isinstance(spec, dict):
        return list(spec), list(spec.values())
    parts = [p.split("*") for p in spec.split(";")]
    return [p[0] for p in parts], [int(p[1]) if len(p) > 1 else 1 for p in parts]


@dataclass(slots=True)
class _Item:
    recipient: str
    state: str = "open"
    on: date | None = None
    note: str | None = None


@dataclass(slots=True)
class _Fee:
    issued_on: date
    at: datetime
    amount: str
    reason: str
    status: str = "unpaid"
    paid_on: date | None = None
    number: str = ""


@dataclass(slots=True)
class _Case:
    """One request being played; duck-types RequestRecord for refresh_deadlines."""

    reference: str
    year: int
    seq: int
    received: date
    channel: str
    language: str
    rights: str
    account_deletion: bool
    subject: _Subject
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
    items: list[_Item] = field(default_factory=list)
    fees: list[_Fee] = field(default_factory=list)
    events: list[tuple[datetime, str, Note]] = field(default_factory=list)
    documents: int = 0


def _utc_offset(day: date) -> timedelta:
    """Brussels: CET, CEST from the last Sunday of March to the last Sunday of October."""
    march, october = date(day.year, 3, 31), date(day.year, 10, 31)
    start = march - timedelta((march.weekday() + 1) % 7)
    end = october - timedelta((october.weekday() + 1) % 7)
    return timedelta(hours=2 if start <= day < end else 1)


class _People:
    """Pools of names and addresses drawn from Faker once, then sampled (Faker is slow)."""

    def __init__(self, rng: random.Random, seed: int, size: int) -> None:
        from faker import Faker

        self.rng = rng
        self.pool: dict[str, dict[str, list[str]]] = {}
        for i, loc in enumerate(("nl_BE", "fr_BE", *(f[0] for f in _FOREIGN), *_ORIGINS)):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            k = size if loc in ("nl_BE", "fr_BE") else max(20, size // 10)
            p = {
                "first": [fk.first_name() for _ in range(k)],
                "last": [fk.last_name() for _ in range(k)],
            }
            if loc == "nl_BE":
                made = (fk.street_name() for _ in range(k))  # Faker's "Liesbethboulevard" is rare
                p["street"] = [x for x in made if x.endswith(("straat", "laan", "weg", "dreef"))]
                p["street"] += _weighted(_NL_STREETS)[0] * 3
            elif loc == "fr_BE":
                p["street"] = _weighted(_FR_STREETS)[0] + [f"Rue {x}" for x in p["last"][: k // 4]]
            elif loc in {f[0] for f in _FOREIGN}:
                p["addr"] = [f"{fk.street_address()}|{fk.postcode()}|{fk.city()}" for _ in range(k)]
            self.pool[loc] = p
        self.places = {"nl": _weighted(_FLEMISH), "fr": _weighted(_WALLOON)}
        self.domains = {c: _weighted(s) for c, s in _DOMAINS.items()}

    def person(self, want_email: bool, want_address: bool) -> tuple[_Subject, str]:
        r = self.rng
        roll = r.random()
        if roll < 0.05:
            loc, _, country, lang = r.choices(_FOREIGN, [f[1] for f in _FOREIGN])[0]
        else:
            lang = "nl" if roll < 0.80 else "fr"
            loc, country = ("nl_BE" if lang == "nl" else "fr_BE"), "BE"
        names = self.pool[r.choice(_ORIGINS) if country == "BE" and r.random() < 0.04 else loc]
        first, last = r.choice(names["first"]), r.choice(names["last"])
        name = f"{first} {last}"
        if country == "BE" and lang == "nl" and r.random() < 0.02:
            lang = "en"  # expats write in English
        email = self._email(first, last, country) if want_email else None
        street = postcode = city = None
        if want_address and country == "BE":
            street = f"{r.choice(self.pool[loc]['street'])} {r.randint(1, 220)}"
            if r.random() < 0.08:
                street += f" {'bus' if loc == 'nl_BE' else 'bte'} {r.randint(1, 12)}"
            places = self.places["nl" if loc == "nl_BE" else "fr"]
            postcode, city = r.choices(*places)[0].split(" ", 1)
        elif want_address:
            street, postcode, city = r.choice(self.pool[loc]["addr"]).split("|")
            if country == "NL":
                postcode = f"{postcode[:4]} {postcode[-2:]}"
        return (name, email, street, postcode, city, country), lang

    def _email(self, first: str, last: str, country: str) -> str:
        r = self.rng
        f, la = _ascii(first), _ascii(last)
        domain = r.choices(*self.domains[country])[0]
        if not f or not la:
            return f"contact{r.randint(100, 99999)}@{domain}"
        local = r.choice(
            (
                f"{f}.{la}",
                f"{f[0]}.{la}",
                f"{f}{la}",
                f"{f}.{la}{r.randint(1, 99)}",
                f"{la}.{f}",
                f"{f}{r.randint(1950, 2005)}",
            )
        )
        return f"{local}@{domain}"


_FOLD = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "đ": "d"})


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(ch for ch in folded if "a" <= ch <= "z")[:30]


class _Desk:
    """The DPO's desk, replayed: each step mirrors the service of the same name."""

    def __init__(self, rng: random.Random, settings: dict[str, Any], today: date) -> None:
        self.rng, self.settings, self.today = rng, settings, today
        self.recipients = [str(x)[:200] for x in cast(Sequence[str], settings["recipients"])]
        self.suppressed: dict[str, tuple[date, str]] = {}  # new entries: since, reference
        self.listed: set[str] = set()  # e-mails on the suppression list before the demo

    # -- the audit trail: an office hour on the business day, after the previous event ---
    def _event(
        self, c: _Case, day: date, kind: str, note: Note, *, same_time: bool = False
    ) -> None:
        day = min(working_day(day), self.today)
        last = c.events[-1][0]
        if same_time or last.date() >= day:
            at = last + timedelta(seconds=self.rng.randint(20, 2400))
        else:
            local = datetime.combine(day, time(8, 30), UTC) - _utc_offset(day)
            at = local + timedelta(seconds=self.rng.randint(0, 8 * 3600), microseconds=1)
        at += timedelta(microseconds=self.rng.randint(0, 999_998))
        c.events.append((at, kind, note))

    def _advance(self, c: _Case, action: lc.Action) -> None:
        c.status = lc.next_status(Status(c.status), action).value

    def _refresh(self, c: _Case) -> None:
        refresh_deadlines(cast(RequestRecord, c), self.settings)

    def _end_pauses(self, c: _Case, d: date) -> list[Pause]:
        ended = [p for p in c.pauses if p.ended is None]
        c.pauses = [Pause(p.started, max(d, p.started)) if p.ended is None else p for p in c.pauses]
        return ended

    def _erase_documents(self, c: _Case, day: date) -> None:
        if c.documents:
            note = f"{c.documents} identity document(s) erased after the check"
            self._event(c, day, "identity-document-erased", note, same_time=True)
            c.documents = 0

    # -- services/requests.register_request and workflow.suppress_for_request -------------
    def register(self, c: _Case, at: datetime, known_account: bool) -> None:
        rights = repo.parse_rights(c.rights)
        if known_account:
            c.status, c.identity_status = Status.IN_PROGRESS.value, IdentityStatus.NOT_NEEDED.value
        if any(r.notifies_recipients for r in rights):
            c.items = [_Item(name) for name in self.recipients]
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
    def request_identity(self, c: _Case, d: date) -> None:
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

    def receive_identity(self, c: _Case, d: date, document: bool) -> None:
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

    def verify_identity(self, c: _Case, method: str, d: date) -> None:
        self._advance(c, lc.Action.VERIFY_IDENTITY)
        c.identity_status, c.identity_method = IdentityStatus.VERIFIED.value, method
        c.identity_checked_on = d
        self._event(c, d, "identity-verified", f"method: {method}; on {d.isoformat()}")
        self._erase_documents(c, d)

    def fail_identity(self, c: _Case, why: str, d: date) -> None:
        self._advance(c, lc.Action.FAIL_IDENTITY)
        self._end_pauses(c, d)
        c.identity_status, c.identity_checked_on, c.identity_note = "failed", d, why
        self._refresh(c)
        self._event(c, d, "identity-failed", why)
        self._erase_documents(c, d)

    def extend(self, c: _Case, why: str, d: date) -> None:
        workflow.extension_check(cast(RequestRecord, c), self.settings, d, why)
        self._advance(c, lc.Action.EXTEND)
        c.extended_on, c.extension_reason = d, why
        self._refresh(c)
        self._event(
            c, d, "extended", f"extended on {d.isoformat()} to {c.extended_due_date}; reason: {why}"
        )

    def issue_fee(self, c: _Case, amount: str, why: str, d: date) -> _Fee:
        self._advance(c, lc.Action.REQUEST_FEE)
        self._event(c, d, "fee-note-issued", None)
        fee = _Fee(d, c.events[-1][0], f"{fee_rules.parse_amount(amount):.2f}", why)
        c.events[-1] = (
            fee.at,
            "fee-note-issued",
            lambda: f"{fee.number}: EUR {fee.amount}; reason: {fee.reason}",
        )
        c.fees.append(fee)
        return fee

    def settle_fee(self, c: _Case, fee: _Fee, d: date, why: str | None = None) -> None:
        """fees.fee_paid (no reason) or fees.cancel_fee_note (with one)."""
        if why is None:
            fee.status, fee.paid_on = "paid", d
            self._event(c, d, "fee-paid", lambda: f"{fee.number} paid on {d.isoformat()}")
        else:
            fee.status = "cancelled"
            self._event(c, d, "fee-note-cancelled", lambda: f"{fee.number}; reason: {why}")
        if c.status == Status.AWAITING_FEE_PAYMENT.value:
            self._advance(c, lc.Action.FEE_SETTLED)

    def mark_recipient(self, c: _Case, item: _Item, state: str, d: date, why: str | None) -> None:
        item.state, item.on, item.note = state, d, why
        self._event(c, d, f"recipient-{state}", item.recipient + (f": {why}" if why else ""))

    def close(self, c: _Case, outcome: str, why: str | None, d: date) -> None:
        self._advance(c, lc.Action.CLOSE)
        c.outcome, c.outcome_reason, c.answered_on, c.ended_on = outcome, why, d, d
        self._event(c, d, "closed", f"outcome: {outcome}" + (f"; reason: {why}" if why else ""))
        self._erase_documents(c, d)

    def withdraw(self, c: _Case, why: str | None, d: date) -> None:
        self._advance(c, lc.Action.WITHDRAW)
        self._end_pauses(c, d)
        c.ended_on, c.outcome_reason = d, why
        self._refresh(c)
        self._event(c, d, "withdrawn", why)
        self._erase_documents(c, d)

    def reject(self, c: _Case, why: str, d: date) -> None:
        self._advance(c, lc.Action.REJECT)
        self._end_pauses(c, d)
        c.outcome_reason, c.answered_on, c.ended_on = why, d, d
        self._refresh(c)
        self._event(c, d, "rejected", f"Art. 12(5): {why}")
        self._erase_documents(c, d)

    # -- one request, from registration to wherever today finds it ------------------------
    def play(self, c: _Case, at: datetime, known_account: bool) -> None:
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
                "further copy of the data "
                + ("including the e-mail archive " if big else "")
                + "(GDPR Art. 15(3))",
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

    def _identity(self, c: _Case, day: date, quick: bool) -> date | None:
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

    def _answer(self, c: _Case, day: date, marketing: bool, outcome: str, why: str | None) -> None:
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
                        "no data of this person was shared with this recipient",
                    )
                else:
                    note = "through the recipient's privacy contact" if r.random() < 0.2 else None
                    self.mark_recipient(c, item, "notified", d, note)
        if answer <= today:
            self.close(c, outcome, why, answer)


def _arrivals(rng: random.Random, n: int, today: date) -> list[tuple[date, str]]:
    """Receipt dates over the last eight quarters (a little busier lately), with channels."""
    from dateutil.relativedelta import relativedelta

    from cluma_dpo.domain.calendar_be import is_working_day

    start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1) - relativedelta(months=21)
    span, growth = (today - start).days + 1, 0.8
    channels, weights = _weighted(_CHANNELS)
    out = []
    for _ in range(n):
        u = rng.random()  # inverse of the distribution with density 1 + growth * t on [0, 1]
        t = (-1 + (1 + 2 * growth * u * (1 + growth / 2)) ** 0.5) / growth
        d = start + timedelta(min(span - 1, int(t * span)))
        channel = rng.choices(channels, weights)[0]
        office = channel in ("post", "phone", "in-person")
        if not is_working_day(d) and (office or rng.random() < 0.5):
            while not is_working_day(d) or d > today:  # the next working day, else the last one
                d += timedelta(1) if working_day(d) <= today else -timedelta(1)
        out.append((d, channel))
    out.sort(key=lambda x: x[0])
    return out


def _registered_at(days: list[date]) -> list[datetime]:
    """Registration times: through the office day, in order of receipt (references follow)."""
    counts: dict[date, int] = {}
    for d in days:
        counts[d] = counts.get(d, 0) + 1
    out, seen = [], dict.fromkeys(counts, 0)
    for d in days:
        step = 8.5 * 3600 / counts[d]
        offset = timedelta(seconds=(seen[d] + 0.5) * step + seen[d] % 7 / 7)
        seen[d] += 1
        out.append(datetime.combine(d, time(8, 30), UTC) - _utc_offset(d) + offset)
    return out


def _max_seq(s: Session, record: type[RequestRecord] | type[FeeNoteRecord]) -> dict[int, int]:
    rows = s.execute(select(record.year, func.max(record.seq)).group_by(record.year))
    return {year: seq for year, seq in rows}


def fill_demo(
    wb: Workbench,
    n: int,
    *,
    seed: int = 2026,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Add `n` demo requests received over the last eight quarters; returns how many."""
    today = today or date.today()
    rng = random.Random(seed)
    with wb.writing() as uow:
        s = uow.session
        if not cfg.load_settings(s).get("bank.iban"):  # fee notes need the company's account
            cfg.set_setting(uow, "bank.iban", DEMO_IBAN)
            if not cfg.load_settings(s).get("bank.bic"):
                cfg.set_setting(uow, "bank.bic", DEMO_BIC)
        settings = cfg.load_settings(s)
        seqs, fee_seqs = _max_seq(s, RequestRecord), _max_seq(s, FeeNoteRecord)
        first_id = (s.scalar(select(func.max(RequestRecord.id))) or 0) + 1
        listed = set(s.scalars(select(SuppressionRecord.email)))
    people = _People(rng, seed, min(2000, 100 + n))
    desk = _Desk(rng, settings, today)
    desk.listed = listed
    arrivals = _arrivals(rng, n, today)
    stamps = _registered_at([min(working_day(d), today) for d, _ in arrivals])
    cases: list[_Case] = []
    names, weights = _weighted(_RIGHTS)
    for (received, channel), at in zip(arrivals, stamps, strict=True):
        rights = [rng.choices(names, weights)[0]]
        if rng.random() < 0.10:
            rights.append(rng.choice(_SECOND[rights[0]]))
        subject, language = people.person(
            channel in ("email", "web") or rng.random() < 0.6,
            channel == "post" or rng.random() < 0.5,
        )
        seq = seqs[received.year] = seqs.get(received.year, 0) + 1
        c = _Case(
            f"{REFERENCE_PREFIX}-{received.year}-{seq:04d}",
            received.year,
            seq,
            received,
            channel,
            language,
            ",".join(rights),
            "erasure" in rights and rng.random() < 0.5,
            subject,
        )
        known = rng.random() < {"web": 0.35, "email": 0.15}.get(channel, 0.0)
        desk.play(c, at, known)
        cases.append(c)
    fees = sorted((f for c in cases for f in c.fees), key=lambda f: (f.issued_on, f.at))
    for f in fees:  # numbered in the order they were issued, gapless per year
        seq = fee_seqs[f.issued_on.year] = fee_seqs.get(f.issued_on.year, 0) + 1
        f.number = f"{FEE_PREFIX}-{f.issued_on.year}-{seq:04d}"
    _write(wb, cases, first_id, desk, progress)
    return n


_SAME = (
    "reference",
    "year",
    "seq",
    "received",
    "channel",
    "language",
    "rights",
    "account_deletion",
    "status",
    "outcome",
    "outcome_reason",
    "answered_on",
    "ended_on",
    "extended_on",
    "extension_reason",
    "identity_status",
    "identity_method",
    "identity_checked_on",
    "identity_note",
    "due_date",
    "extended_due_date",
    "company_target_date",
    "effective_due_date",
    "paused",
)
_SUBJECT = (
    "subject_name",
    "subject_email",
    "subject_street",
    "subject_postcode",
    "subject_city",
    "subject_country",
)


def _write(
    wb: Workbench, cases: list[_Case], first_id: int, desk: _Desk, progress: Progress | None
) -> None:
    """Insert in batches of BATCH requests, each with its share of the time-ordered trail."""
    events = sorted(
        (at, i, k, kind, c.reference, note)
        for i, c in enumerate(cases)
        for k, (at, kind, note) in enumerate(c.events)
    )
    batches = max(1, -(-len(cases) // BATCH))
    settings = desk.settings
    vat = str(settings.get("fees.vat_rate", "21"))
    days = int(cast(int, settings.get("fees.payment_days", 30)))
    for b in range(batches):
        lo, hi = b * BATCH, min(len(cases), (b + 1) * BATCH)
        requests, pauses, items, fees, suppression = [], [], [], [], []
        for i in range(lo, hi):
            c, rid = cases[i], first_id + i
            row = {k: getattr(c, k) for k in _SAME}
            row.update(zip(_SUBJECT, c.subject, strict=True))
            row.update(
                id=rid,
                anonymised=False,
                search_key=repo.search_key(c.reference, c.subject[0], c.subject[1]),
                created_at=c.events[0][0].replace(tzinfo=None),
                updated_at=c.events[-1][0].replace(tzinfo=None),
            )
            requests.append(row)
            pauses += [
                {"request_id": rid, "started": p.started, "ended": p.ended} for p in c.pauses
            ]
            items += [
                {
                    "request_id": rid,
                    "recipient": x.recipient,
                    "state": x.state,
                    "on": x.on,
                    "note": x.note,
                }
                for x in c.items
            ]
            fees += [
                {
                    "number": f.number,
                    "year": f.issued_on.year,
                    "seq": int(f.number.rsplit("-", 1)[1]),
                    "request_id": rid,
                    "amount": f.amount,
                    "vat_rate": vat,
                    "reason": f.reason,
                    "issued_on": f.issued_on,
                    "due_on": fee_rules.fee_due_date(f.issued_on, days),
                    "status": f.status,
                    "paid_on": f.paid_on,
                    "structured_reference": fee_rules.structured_reference(f.number),
                }
                for f in c.fees
            ]
            email = c.subject[1]
            entry = desk.suppressed.get(email.casefold()) if email else None
            if email and entry and entry[1] == c.reference:
                suppression.append(
                    {"email": email.casefold(), "since": entry[0], "source_reference": c.reference}
                )
        share = events[len(events) * b // batches : len(events) * (b + 1) // batches]
        with wb.writing() as uow:
            s = uow.session
            for record, rows in (
                (RequestRecord, requests),
                (PauseRecord, pauses),
                (RecipientItemRecord, items),
                (FeeNoteRecord, fees),
                (SuppressionRecord, suppression),
            ):
                if rows:
                    s.execute(insert(record.__table__), rows)  # type: ignore[attr-defined]
            uow.record_many((_resolved(at, k, ref, n) for at, _, _, k, ref, n in share))
        if progress is not None:
            progress(hi, len(cases))


def _resolved(at: datetime, kind: str, ref: str, note: Note) -> tuple[str, str, str, str | None]:
    text = note() if callable(note) else note
    return at.isoformat(timespec="microseconds"), kind, ref, text
