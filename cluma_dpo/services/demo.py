"""Demo data: a new database full of believable requests, exactly as the services make them.

Each request is played through an in-memory copy of the workflow (the same lifecycle
table, deadline cache and audit notes as services/workflow.py and services/fees.py), in
the order the DPO would have registered them; the results go in with a few large INSERTs
and the audit chain is computed here as UnitOfWork.record does, in time order.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import cast

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from cluma_dpo.domain import fees as fee_rules
from cluma_dpo.domain.calendar_be import next_working_day_on_or_after as working_day
from cluma_dpo.services import settings as cfg
from cluma_dpo.services.demo_desk import Case, Desk, Note, utc_offset
from cluma_dpo.services.demo_people import People, weighted
from cluma_dpo.services.fees import FEE_PREFIX
from cluma_dpo.services.requests import REFERENCE_PREFIX
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
BATCH = 5_000
# The textbook example IBAN (bank code 096, Belfius): BE68539007547034 has a bank code
# python-stdnum does not know, so the settings refuse it.
DEMO_IBAN, DEMO_BIC = "BE71096123456769", "GKCCBEBB"

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


def _arrivals(rng: random.Random, n: int, today: date) -> list[tuple[date, str]]:
    """Receipt dates over the last eight quarters (a little busier lately), with channels."""
    from dateutil.relativedelta import relativedelta

    from cluma_dpo.domain.calendar_be import is_working_day

    start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1) - relativedelta(months=21)
    span, growth = (today - start).days + 1, 0.8
    channels, weights = weighted(_CHANNELS)
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
        out.append(datetime.combine(d, time(8, 30), UTC) - utc_offset(d) + offset)
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
    people = People(rng, seed, min(2000, 100 + n))
    desk = Desk(rng, settings, today)
    desk.listed = listed
    arrivals = _arrivals(rng, n, today)
    stamps = _registered_at([min(working_day(d), today) for d, _ in arrivals])
    cases: list[Case] = []
    names, weights = weighted(_RIGHTS)
    for (received, channel), at in zip(arrivals, stamps, strict=True):
        rights = [rng.choices(names, weights)[0]]
        if rng.random() < 0.10:
            rights.append(rng.choice(_SECOND[rights[0]]))
        subject, language = people.person(
            channel in ("email", "web") or rng.random() < 0.6,
            channel == "post" or rng.random() < 0.5,
        )
        seq = seqs[received.year] = seqs.get(received.year, 0) + 1
        c = Case(
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
    wb: Workbench, cases: list[Case], first_id: int, desk: Desk, progress: Progress | None
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
