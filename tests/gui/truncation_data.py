"""A register like the demo's, with every right, status, recipient state, fee-note state and
kind of kept document in it: what the list and the detail tabs show in daily use (issue 15,
"No truncated text"). The texts are realistic; nothing is shortened for the test."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from cluma_dpo.domain.model import Right
from cluma_dpo.services.requests import NewRequest

# rights whose labels are the longest, together (the list's Rights column)
LONG_RIGHTS = (
    ("marketing-opt-out", "erasure"),
    ("erasure", "marketing-opt-out"),
    ("portability", "rectification"),
    ("restriction", "objection"),
)
# long names as the register holds them (the list's Data subject column)
LONG_NAMES = (
    "Marie-Christine Vanderstraeten",
    "Jean-Baptiste Van den Broucke",
    "Anne-Sophie Vandenbussche",
    "Pieter-Jan Van Landeghem",
    "Françoise Vanderhaeghen",
    "Mohamed El Moussaoui",
    "Kristof Vandevoorde",
)
FOLDER = "/home/dpo/Documenten/Privacy/Verzoeken"


def _new(wb: Any, name: str, rights: tuple[str, ...], days_ago: int, **extra: Any) -> str:
    return str(
        wb.register(
            NewRequest(
                rights=list(rights),
                name=name,
                email=extra.pop("email", f"{name.split()[0].lower()}@example.be"),
                street=extra.pop("street", "Kachtemsestraat 161"),
                postcode="8800",
                city="Roeselare",
                received=wb.today() - timedelta(days=days_ago),
                **extra,
            )
        )
    )


def fill_realistic(wb: Any) -> dict[str, str]:
    """Demo requests plus one request in every status and state the screens show; returns
    the references of the requests each detail tab is looked at with."""
    from cluma_dpo.services.demo import fill_demo

    fill_demo(wb, 60, seed=7)
    today = wb.today()
    for right, name in zip(Right, LONG_NAMES, strict=False):
        _new(wb, name, (right.value,), 3)
    for rights, name in zip(LONG_RIGHTS, reversed(LONG_NAMES), strict=False):
        _new(wb, name, rights, 4)
    # received; identity asked (paused); identity received (check)
    _new(wb, "Ann Peeters", ("access",), 1)
    asked = _new(wb, "Bart Claes", ("access",), 6)
    wb.request_identity(asked, today - timedelta(days=5), "a copy of the front of an ID card")
    received = _new(wb, "Chloé Dubois", ("erasure",), 9)
    wb.request_identity(received, today - timedelta(days=8))
    wb.receive_identity(received, today - timedelta(days=2))
    # in progress, extended
    busy = _new(wb, "Dirk Janssens", ("access", "portability"), 12)
    wb.verify_identity(busy, "account-email", today - timedelta(days=11))
    longer = _new(wb, "Els Wouters", ("access",), 25)
    wb.verify_identity(longer, "account-email", today - timedelta(days=24))
    wb.extend(longer, "Many systems hold the data; the export takes longer.", today)
    # awaiting fee payment (unpaid), a paid one, a cancelled one
    fee = _new(wb, "Frank De Smet", ("access",), 14)
    wb.verify_identity(fee, "account-email", today - timedelta(days=13))
    paid = wb.issue_fee_note(fee, "24.20", "The fifth identical request this year",
                             today - timedelta(days=10), ground="excessive")  # fmt: skip
    wb.fee_paid(paid.number, today - timedelta(days=1))
    wb.issue_fee_note(fee, "12.10", "The sixth identical request this year", today,
                      ground="excessive")  # fmt: skip
    # erasure granted, recipients in every state (answered: notices still to go out)
    erased = _new(wb, "Greet Mertens", ("erasure", "marketing-opt-out"), 16)
    wb.verify_identity(erased, "account-email", today - timedelta(days=15))
    view = wb.request(erased)
    names = [r.recipient for r in view.recipients]
    if names:
        wb.mark_recipient(erased, names[0], "notified", today - timedelta(days=2))
    if len(names) > 1:
        wb.mark_recipient(erased, names[1], "not-applicable", today - timedelta(days=2),
                          "They never received this person's data")  # fmt: skip
    wb.close_request(erased, "granted", on=today, answered=True)  # the notices still to go
    # documents: saved, kept but not saved, a dossier
    docs = _new(wb, "Hilde Verbruggen", ("access",), 20)
    wb.verify_identity(docs, "account-email", today - timedelta(days=19))
    wb.letter(docs, "acknowledgement", filename=f"{FOLDER}/{docs}-ontvangstbevestiging-nl.pdf")
    wb.extend(docs, "Many systems hold the data; the export takes longer.", today)
    wb.letter(docs, "extension")  # printed, never saved
    wb.dossier(docs, filename=f"{FOLDER}/{docs}-dossier.pdf")
    # closed, withdrawn, rejected
    done = _new(wb, "Ingrid Maes", ("rectification",), 30)
    wb.verify_identity(done, "account-email", today - timedelta(days=29))
    wb.close_request(done, "refused", "The data were correct.", today - timedelta(days=3))
    gone = _new(wb, "Jan Willems", ("objection",), 8)
    wb.withdraw(gone, "By e-mail", today - timedelta(days=1))
    no = _new(wb, "Karel Goossens", ("access",), 7)
    wb.reject(
        no, "The sixth identical request this month.", today - timedelta(days=1), "repetitive"
    )
    return {"identity": received, "recipients": erased, "documents": docs, "fees": fee,
            "timeline": longer, "paused": asked, "closed": done, "rejected": no}  # fmt: skip
