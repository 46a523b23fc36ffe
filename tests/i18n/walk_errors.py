"""User errors raised on purpose through the workbench, as the screens receive them.

Each case is a mistake a user can make (a bad date, an unknown right, a step the request's
state does not allow, a bad IBAN, a wrong passphrase...). `raised(wb, folder, refs)` makes
each one and returns the exception (or a note that none came), for the walk to render with
`cluma_dpo.gui.i18n.say(exc.msg)` in each language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

Case = Callable[[Any, Path, dict[str, str]], object]


def _register(wb: Any, **changes: Any) -> object:
    from cluma_dpo.services.requests import NewRequest

    fields: dict[str, Any] = {"rights": ["access"], "name": "Els Wouters", "received": wb.today()}
    fields.update(changes)
    return wb.register(NewRequest(**fields))


def _wrong_passphrase(_wb: Any, folder: Path, _refs: dict[str, str]) -> object:
    from cluma_dpo.app import open_workbench

    return open_workbench(folder, "wrong passphrase 123", front_end="app").close()


def _weak_passphrase(*_a: Any) -> object:
    from cluma_dpo.domain.validation import new_passphrase

    return new_passphrase("kort")


CASES: dict[str, Case] = {
    "bad date": lambda wb, _f, _r: _register(wb, received="2026-13-45"),
    "date in the future": lambda wb, _f, _r: _register(
        wb, received=wb.today() + timedelta(days=30)
    ),
    "date too long ago": lambda wb, _f, _r: _register(wb, received="2017-01-01"),
    "unknown right": lambda wb, _f, _r: _register(wb, rights=["teleport"]),
    "no right": lambda wb, _f, _r: _register(wb, rights=[]),
    "no name": lambda wb, _f, _r: _register(wb, name=""),
    "too-long name": lambda wb, _f, _r: _register(wb, name="Wouters" * 60),
    "bad e-mail": lambda wb, _f, _r: _register(wb, email="els@"),
    "bad postcode": lambda wb, _f, _r: _register(wb, postcode="880", country="BE"),
    "unknown channel": lambda wb, _f, _r: _register(wb, channel="duif"),
    "unknown language": lambda wb, _f, _r: _register(wb, language="xx"),
    "extension too late": lambda wb, _f, r: wb.extend(r["overdue"], "Veel gegevens"),
    "second extension": lambda wb, _f, r: wb.extend(r["full"], "Nog meer gegevens"),
    "extension without reason": lambda wb, _f, r: wb.extend(r["erasure"], ""),
    "withdraw a closed request": lambda wb, _f, r: wb.withdraw(r["refused"], "Ingetrokken"),
    "refusal without reason": lambda wb, _f, r: wb.close_request(r["objection"], "refused"),
    "rejection without reason": lambda wb, _f, r: wb.reject(r["erasure"], ""),
    "unknown request": lambda wb, _f, _r: wb.request("DSR-2026-9999"),
    "bad IBAN": lambda wb, _f, _r: wb.set_setting("bank.iban", "BE00 1234"),
    "bad e-mail setting": lambda wb, _f, _r: wb.set_setting("organisation.email", "privacy@"),
    "setting not a number": lambda wb, _f, _r: wb.set_setting("lock.idle_minutes", "veel"),
    "fee amount not a number": lambda wb, _f, r: wb.issue_fee_note(
        r["erasure"], "tien", "Overmatig verzoek", ground="excessive"
    ),
    "fee without reason": lambda wb, _f, r: wb.issue_fee_note(
        r["erasure"], "10", "", ground="excessive"
    ),
    "unknown fee note": lambda wb, _f, _r: wb.fee_paid("FN-2026-9999"),
    "unknown identity method": lambda wb, _f, r: wb.verify_identity(r["erasure"], "telepathie"),
    "unknown recipient": lambda wb, _f, r: wb.mark_recipient(r["erasure"], "Niemand BV", "done"),
    "bad e-mail of a data subject": lambda wb, _f, r: wb.update_subject(r["erasure"], email="x"),
    "bad quarter": lambda wb, _f, _r: wb.quarterly_report("2026-Q7", "pdf"),
    "wrong passphrase": _wrong_passphrase,
    "weak new passphrase": _weak_passphrase,
}


def raised(wb: Any, folder: Path, refs: dict[str, str]) -> dict[str, BaseException | str]:
    """Each case's exception; a string where the case raised none (the table is stale)."""
    from cluma_dpo.domain.errors import DomainError, StoreError

    out: dict[str, BaseException | str] = {}
    for name, case in CASES.items():
        try:
            case(wb, folder, refs)
        except (DomainError, StoreError) as exc:
            out[name] = exc
        except Exception as exc:  # a crash is a finding too, not an abort of the walk
            out[name] = f"not a user error but {type(exc).__name__}: {exc}"
        else:
            out[name] = "no error was raised"
    return out
