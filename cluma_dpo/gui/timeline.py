"""What the timeline shows of an audit event: its kind and note in the screens' language,
and who did it as a person, not as the stored "login (front end)".

The audit trail stores the actor as the operating system's login and the front end,
"steven (app)" (storage.unit_of_work.default_actor): a record for the auditor. On the
screen, the login of this workstation's user is the data protection officer of the
settings; another login is shown as it is. The front end ("via the command line") is in
the tooltip.
"""

from __future__ import annotations

import getpass
from functools import cache

from PySide6.QtCore import QCoreApplication

from cluma_dpo import texts
from cluma_dpo.gui import i18n, labels
from cluma_dpo.gui.i18n import QT_TRANSLATE_NOOP

FRONT_ENDS = {
    "app": QT_TRANSLATE_NOOP("Timeline", "via the app"),
    "cli": QT_TRANSLATE_NOOP("Timeline", "via the command line"),
}


def event_name(kind: str) -> str:
    """The event kind in the screens' language: the catalogue's event.<kind>, else the
    screens' own word for it, else (a kind of a newer version) the kind itself."""
    text = texts.event_label(kind, i18n.active_language())
    return text if text != kind else labels.label(labels.EVENTS, kind)


def event_note(note: str | None) -> str:
    """The note in the screens' language (a note recorded as text: as it was recorded)."""
    return texts.render_note(note, i18n.active_language())


def split_actor(actor: str) -> tuple[str, str | None]:
    """("steven", "app") from "steven (app)"; (actor, None) when it has no front end."""
    login, sep, rest = actor.rpartition(" (")
    if sep and rest.endswith(")") and login:
        return login, rest[:-1]
    return actor, None


@cache
def workstation_user() -> str | None:
    try:
        return getpass.getuser()
    except Exception:  # no user name (some containers): as storage.default_actor does
        return "dpo"


def actor_name(actor: str, officer: str) -> str:
    """The person: the officer's name for this workstation's login, else the login."""
    login, _front = split_actor(actor)
    if officer.strip() and login == workstation_user():
        return officer.strip()
    return login


def actor_tip(actor: str) -> str:
    """The login and the front end, for the tooltip: "steven, via the command line"."""
    login, front = split_actor(actor)
    how = FRONT_ENDS.get(front or "")
    if how is None:
        return login
    return QCoreApplication.translate("Timeline", "{0}, {1}").format(
        login, QCoreApplication.translate("Timeline", how)
    )
