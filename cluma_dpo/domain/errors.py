"""Errors a user can cause, each carrying a `Message` (a code and its parameters).

The text is made where the error is shown (`cluma_dpo.texts.render`), in the reader's
language: stderr in the CLI's language, a dialog in the screens' (issue #14). `str(error)`
is the English text, for the log of a developer; it never quotes personal data either:
messages name the field, never its value.
"""

from __future__ import annotations

from cluma_dpo.domain.messages import Message


class _Explained(Exception):
    exit_code = 1

    def __init__(self, message: Message) -> None:
        self.msg = message
        super().__init__(self.msg.code)

    @property
    def message(self) -> str:
        """The English text (for logs and tests); show `msg` rendered to a user."""
        from cluma_dpo.texts import render

        return render(self.msg, "en")

    def text(self, language: str | None = None) -> str:
        from cluma_dpo.texts import render

        return render(self.msg, language)

    def __str__(self) -> str:
        return self.message


class DomainError(_Explained):
    """Base of every user-caused error; the CLI maps it to exit code 1."""

    exit_code = 1


class ValidationError(DomainError):
    """Input that does not satisfy a rule (bad date, unknown right, malformed IBAN...)."""


class ImplausibleClock(ValidationError):
    """Today is before the last audit entry, or implausibly long after it: a wrong system
    clock would make retention anonymise (irreversibly) what is not due (issue #16)."""


class NotFound(DomainError):
    """A reference (DSR-..., FN-...) that does not exist."""


class IllegalTransition(DomainError):
    """A lifecycle step the law or the workflow does not allow in the current state."""


class StoreError(_Explained):
    """The database cannot be opened (wrong passphrase, missing or damaged file): exit 2."""

    exit_code = 2


class WrongPassphrase(StoreError):
    """The passphrase typed does not open the database that is open now: it can only be
    the passphrase (a change asks the current one; issue 15, dpo15 finding 9)."""
