"""A message dropped on the window (issue 17): the new-request form filled from it, with the
message beside it for the DPO to confirm; nothing is decided silently (the rights ticked are
a suggestion the DPO can change). Registering keeps the message and its attachments
encrypted with the request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPlainTextEdit, QSplitter, QWidget

from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.messages import ListOf, Message, msg
from cluma_dpo.gui.dialogs.new_request import NewRequestDialog
from cluma_dpo.gui.file_dialogs import read_chosen
from cluma_dpo.gui.i18n import say
from cluma_dpo.services.commands import NewRequest

if TYPE_CHECKING:
    from cluma_dpo.services.mail_in import ReadMessage

RegisterMessage = Callable[[NewRequest, "ReadMessage"], str]
MESSAGE_SUFFIXES = (".eml", ".msg")


def available_size(widget: QWidget) -> tuple[int, int]:
    """The width and height of the screen the dialog opens on (without task bars)."""
    screen = widget.screen()
    if screen is None:
        return 1280, 800
    geometry = screen.availableGeometry()
    return geometry.width(), geometry.height()


def read_message(path: Path, parent: QWidget) -> ReadMessage | None:
    """The message in `path`, or None after saying (in a dialog) why it cannot be read."""
    from cluma_dpo.services import mail_in

    try:
        limit = mail_in.MAX_MESSAGE_BYTES
        data = read_chosen(path, limit, msg("intake.too_large", n=limit // 2**20))
        return mail_in.read(data, name=path.name)  # kept under its own name
    except DomainError as exc:
        QMessageBox.warning(parent, _not_read(), say(exc.msg))
    except OSError:
        QMessageBox.warning(parent, _not_read(), say(msg("cli.os.io_error")))
    return None


def _not_read() -> str:
    return QCoreApplication.translate("MessageRequestDialog", "Message not read")


class MessageRequestDialog(NewRequestDialog):
    """The new-request form, filled from a message, the message shown beside it."""

    def __init__(
        self,
        message: ReadMessage,
        register_message: RegisterMessage,
        parent: QWidget | None = None,
        *,
        today: date,
    ) -> None:
        super().__init__(lambda cmd: register_message(cmd, message), parent, today=today)
        self.setObjectName("NewRequestDialog")  # its section of the manual
        self.message = message
        self._fill()
        self.message_view = QPlainTextEdit(self)
        self.message_view.setReadOnly(True)
        self.message_view.setObjectName("messageView")
        self.message_view.setPlainText(self._message_text())
        self.message_view.setMinimumSize(200, 150)
        # the form as designed, the message beside it, or under it where the two do not
        # fit side by side (a 1280-pixel screen, dpo-final); the DPO moves the line
        form = QWidget(self)
        designed = self.layout()
        assert designed is not None  # the .ui form gives the dialog its layout
        form.setLayout(designed)  # moves the form's own layout into a widget of its own
        width, height = available_size(self)
        beside = form.minimumSizeHint().width() + 200 + 40 <= width - 40
        splitter = QSplitter(Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical, self)
        splitter.addWidget(form)
        splitter.addWidget(self.message_view)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        splitter.setStretchFactor(1, 1)
        QHBoxLayout(self).addWidget(splitter)
        if beside:
            size = (min(form.sizeHint().width() + 600, width - 40), self.sizeHint().height())
        else:
            size = (
                min(self.sizeHint().width(), width - 40),
                min(form.sizeHint().height() + 260, height - 60),
            )
        self.resize(*size)
        self.setWindowTitle(self.tr("New request from a message"))

    def _fill(self) -> None:
        p, ui = self.message.proposal, self.ui
        ui.nameEdit.setText(p.from_name or p.from_email)
        ui.emailEdit.setText(p.from_email)
        self.set_received(p.received)
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("email"))
        ui.languageCombo.setCurrentIndex(ui.languageCombo.findData(p.language.value))
        for right in p.rights_suggested:
            self.right_boxes[right].setChecked(True)
        ui.accountDeletionCheck.setChecked(p.account_deletion_suggested)

    def _message_text(self) -> str:
        p = self.message.proposal
        lines = [
            say(msg("intake.shown.from", name=p.from_name, email=p.from_email)),
            say(msg("intake.shown.received", at=p.received_at.strftime("%Y-%m-%d %H:%M"))),
            say(msg("intake.shown.subject", subject=p.subject)),
        ]
        if p.rights_suggested:
            names = [Message(f"right.{r.value}") for r in p.rights_suggested]
            lines.append(say(msg("intake.shown.rights", rights=ListOf(names))))
        else:
            lines.append(say(msg("intake.shown.no_rights")))
        if p.account_deletion_suggested:
            lines.append(say(msg("intake.shown.account_deletion")))
        for a in p.attachments:
            lines.append(
                say(
                    msg(
                        "intake.shown.attachment",
                        filename=a.filename,
                        type=a.content_type,
                        size=a.size,
                    )
                )
            )
        return "\n".join([*lines, "", p.body])
