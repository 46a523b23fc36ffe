"""Errors a user can cause, each with a message fit for a dialog and for stderr.

Messages never quote personal data (names, e-mails, addresses): they name the field.
"""

from __future__ import annotations


class DomainError(Exception):
    """Base of every user-caused error; the CLI maps it to exit code 1."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """Input that does not satisfy a rule (bad date, unknown right, malformed IBAN...)."""


class ImplausibleClock(ValidationError):
    """Today is before the last audit entry, or implausibly long after it: a wrong system
    clock would make retention anonymise (irreversibly) what is not due (issue #16)."""


class NotFound(DomainError):
    """A reference (DSR-..., FN-...) that does not exist."""


class IllegalTransition(DomainError):
    """A lifecycle step the law or the workflow does not allow in the current state."""


class StoreError(Exception):
    """The database cannot be opened (wrong passphrase, missing or damaged file): exit 2."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
