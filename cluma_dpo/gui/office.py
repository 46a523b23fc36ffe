"""The window on a shared server (issue 18): who is signed in, what the role may not do, and
other users' changes.

- the login and role in the title and the status bar ("an.assistant — assistent");
- what the role may not do is disabled, its tooltip saying why (the server refuses it
  anyway: the window only does not offer it); management sees the figures and the list
  without personal data, read-only (no name column, no search, no detail, no step);
- the file's own safety (backup, restore, passphrase) is off on a server, saying why;
- File ▸ Stop using the shared server: the first-run wizard's choice is forgotten, the next
  start opens the encrypted file on this computer;
- lists and the dashboard follow other users' writes within 2 seconds: a LISTEN on the
  server's change channel watched by a QSocketNotifier; on the local file (another process
  may write) a poll of the audit chain's length every 2 seconds.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QVBoxLayout

from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.models.requests_model import COL_SUBJECT
from cluma_dpo.gui.notices import add_permanent

if TYPE_CHECKING:
    from cluma_dpo.gui.mainwindow import MainWindow
    from cluma_dpo.services.api import ChangeSignal

POLL_MS = 2_000  # the file store: how often the chain's length is looked at
SETTLE_MS = 150  # a burst of notifications (a batch of writes) makes one refresh
# what a management login still does: the figures, and the window's own commands
_MANAGEMENT_KEEPS = frozenset(
    {
        "quarterly",
        "refresh",
        "lock",
        "quit",
        "about",
        "manual",
        "reset_layout",
        "passphrase",
        "forget_server",
    }
)
# what an assistant may not do: a restore (_assistant_refused); the settings are read-only
# (may_change_settings)
# the decisions that limit a right are the DPO's (storage.server_decisions)
_DPO_DECIDES = ("extend", "reject")
_FILE_ONLY = ("backup", "restore")


class Office(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.login: str | None = None
        self.role: str | None = None
        self.server: str | None = None  # the address shown (never a password)
        self.note: QLabel | None = None  # management: what the window shows, and why
        self.hid_names = False  # management: the data subject's column hidden by the office
        self.names_were_hidden = False  # ... and whether it was hidden before that
        self.label = QLabel(window)
        self.label.setObjectName("signedInLabel")
        self.line = add_permanent(window.statusBar(), self.label)
        self.label.hide()
        self.line.hide()
        self.listener: ChangeSignal | None = None
        self.notifier: QSocketNotifier | None = None
        self.mark: int | None = None
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._changed)
        self.refreshes = 0  # how many times another client's change refreshed the window
        self._file_password_texts: tuple[str, str] | None = None
        self.forget = QAction(
            icon("leave-server"), self.tr("Stop using the shared ser&ver…"), window
        )
        self.forget.setObjectName("action_forget_server")
        tip = self.tr(
            "From the next start on, open the encrypted database on this computer instead "
            "of the shared server"
        )
        self.forget.setToolTip(tip)
        self.forget.setStatusTip(tip)
        self.forget.setVisible(False)
        self.forget.triggered.connect(self.forget_server)
        window.acts.actions["forget_server"] = self.forget
        window.acts.base_tips["forget_server"] = tip
        window.menus["file"].insertAction(window.acts["lock"], self.forget)
        self.file_lock_tip: str | None = None  # the lock's status tip on the file

    # -- who ------------------------------------------------------------------------------
    @property
    def on_server(self) -> bool:
        return self.login is not None

    @property
    def figures_only(self) -> bool:
        return self.role == "management"

    def role_name(self) -> str:
        return {
            "owner": self.tr("owner"),
            "dpo": self.tr("DPO"),
            "assistant": self.tr("assistant"),
            "management": self.tr("management"),
        }.get(self.role or "", self.role or "")

    def follow(self) -> None:
        """After opening or unlocking: who is signed in, in the title and the status bar."""
        wb = self.w.wb
        self.login, self.role = wb.signed_in() if wb is not None else (None, None)
        self.server = wb.server_shown() if wb is not None else None
        self.line.setVisible(self.on_server)
        self._name_password_action()
        self.forget.setVisible(self.on_server and self._remembered())
        self._lock_tip()
        if not self.on_server:
            self.label.hide()
            return
        who = f"{self.login} — {self.role_name()}"
        self.label.setText(who)
        self.label.setToolTip(self.tr("Signed in to the shared server as {0}").format(who))
        self.label.show()
        self.w.setWindowTitle(f"Cluma DPO — {who}")

    def _name_password_action(self) -> None:
        """On a server File ▸ Change passphrase… changes the login's own server password
        (the file's name and tip come back when the window opens a file again)."""
        action = self.w.acts.actions.get("passphrase")
        if action is None:
            return
        if self._file_password_texts is None:
            self._file_password_texts = (action.text(), self.w.acts.base_tips["passphrase"])
        text, tip = self._file_password_texts
        if self.on_server:
            text = self.tr("Change &password…")
            tip = self.tr("Your own password on the shared server")
        action.setText(text)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self.w.acts.base_tips["passphrase"] = tip

    def _remembered(self) -> bool:
        """This server is the one the first-run wizard remembered (not --database-url)."""
        from cluma_dpo.app import remembered_address

        address = remembered_address(self.w.directory)
        return address is not None and address.shown() == self.server

    def forget_server(self) -> bool:
        """Forget the remembered server, after asking; this session stays signed in."""
        from cluma_dpo.app import forget_server

        answer = QMessageBox.question(
            self.w,
            self.tr("Stop using the shared server"),
            self.tr(
                "From the next start on, Cluma DPO opens the encrypted database on this "
                "computer instead of {0}. Nothing on the server changes, and you stay signed "
                "in until you quit. Stop using the server?"
            ).format(self.server or ""),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        forget_server(self.w.directory)
        self.forget.setVisible(False)
        self.w.statusBar().showMessage(
            self.tr("The next start opens the encrypted database on this computer."), 10_000
        )
        return True

    # -- what the role may not do ----------------------------------------------------------
    def restrict(self) -> None:
        """After every enabling of the actions: take away what the role may not do."""
        if not self.on_server:
            return
        acts = self.w.acts
        for name, reason in self._file_only().items():
            if name in acts.actions:
                acts._set(name, False, reason)
        if self.role == "assistant":
            for name, reason in self._assistant_refused().items():
                if name in acts.actions:
                    acts._set(name, False, reason)
            for name in _DPO_DECIDES:
                if name in acts.actions:
                    acts._set(name, False, self.dpo_decides())
            settings = acts.actions.get("settings")
            if settings is not None and settings.isEnabled():
                tip = self.tr("Read the settings (only a DPO changes them)")
                settings.setToolTip(tip)
                settings.setStatusTip(tip)
        elif self.figures_only:
            for name in acts.actions:
                if name not in _MANAGEMENT_KEEPS:
                    acts._set(
                        name,
                        False,
                        self.tr(
                            "The management role reads the register without personal data "
                            "and the figures (Reports ▸ Quarterly report); it takes no step."
                        ),
                    )
            if acts.identity_button is not None:
                acts.identity_button.setEnabled(False)

    def dpo_decides(self) -> str:
        """Why an assistant does not refuse, reject or extend (the server refuses it too)."""
        return self.tr(
            "Refusing, rejecting or extending is the DPO's decision (GDPR Art. 12(3) and "
            "(5)); ask the DPO."
        )

    def may_refuse(self) -> bool:
        """Whether this login may refuse an answer, wholly or in part (not an assistant)."""
        return self.role != "assistant"

    def may_change_settings(self) -> bool:
        """An assistant reads the settings (read-only dialog); the server refuses a change."""
        return self.role != "assistant"

    def _file_only(self) -> dict[str, str]:
        """The file's own safety, off on a server: each action with its own reason."""
        backups = self.tr("On a shared server the server's administrator keeps the backups.")
        return dict.fromkeys(_FILE_ONLY, backups)

    def _assistant_refused(self) -> dict[str, str]:
        """What the assistant role may not do; a restore is nobody's on a server, so it does
        not send the assistant to the DPO (dpo-server finding 6)."""
        return {
            "restore": self.tr(
                "The assistant role may not restore a backup; on a shared server the "
                "server's administrator keeps the backups."
            ),
        }

    def _lock_tip(self) -> None:
        """The lock closes the connection until the server password is typed again (not a
        passphrase: there is none on a server)."""
        acts = self.w.acts
        if "lock" not in acts.actions:
            return
        if self.file_lock_tip is None:
            self.file_lock_tip = acts.base_tips["lock"]
        tip = (
            self.tr("Hide everything and sign out until your server password is entered again")
            if self.on_server
            else self.file_lock_tip
        )
        acts.base_tips["lock"] = tip
        acts["lock"].setToolTip(tip)
        acts["lock"].setStatusTip(tip)

    def may_run_retention(self) -> bool:
        """The retention policy is the DPO's (and the owner's)."""
        return self.role not in ("assistant", "management")

    def show_figures_only(self) -> None:
        """Management: the dashboard's counts and the register's list without personal data
        (the workbench reads the figures views), read-only: no name column, no search (it
        would read names), no detail pane, no action. On a server the file's last-backup
        note is not shown (its administrator keeps backups)."""
        figures = self.figures_only
        self.w.detail.setVisible(not figures)
        self._name_column(figures)
        self.w.list_panel.allow_search(not figures)
        self.w.safety.status.setVisible(not self.on_server)
        self.w.safety.status_line.setVisible(not self.on_server)
        if figures and self.note is None:
            self.note = QLabel(
                self.tr(
                    "The management role sees the register without personal data: no name, "
                    "no detail and no step; the figures are under Reports ▸ Quarterly report."
                ),
                self.w.splitter.parentWidget(),
            )
            self.note.setObjectName("figuresOnlyNote")
            self.note.setWordWrap(True)
            self.note.setContentsMargins(8, 4, 8, 4)
            work = self.w.splitter.parentWidget()
            layout = work.layout() if work is not None else None
            if isinstance(layout, QVBoxLayout):  # above the list, under the dashboard
                layout.insertWidget(layout.indexOf(self.w.splitter), self.note)
        if self.note is not None:
            self.note.setVisible(figures)

    def _name_column(self, figures: bool) -> None:
        """Hide the data subject's column for management; show it again as it was after."""
        table = self.w.list_panel.table
        if figures and not self.hid_names:
            self.names_were_hidden = table.isColumnHidden(COL_SUBJECT)
            table.setColumnHidden(COL_SUBJECT, True)
        elif not figures and self.hid_names:
            table.setColumnHidden(COL_SUBJECT, self.names_were_hidden)
        if figures != self.hid_names:
            self.hid_names = figures
            self.w.list_panel.columns.fit()

    # -- other clients' changes -------------------------------------------------------------
    def watch(self) -> None:
        """Start following other clients' writes (after opening or unlocking)."""
        self.stop()
        wb = self.w.wb
        if wb is None:
            return
        try:
            self.listener = wb.change_listener()
        except Exception:  # no listener: poll instead (what the file store does)
            self.listener = None
        if self.listener is not None:
            self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self._notified)
            return
        self.mark = wb.change_mark()
        self.poll.start()

    def stop(self) -> None:
        self.poll.stop()
        self.settle.stop()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None

    def _notified(self) -> None:
        if self.listener is None:
            return
        try:
            arrived = self.listener.drain()
        except Exception:  # the connection went away: poll from now on
            self.stop()
            if self.w.wb is not None:
                try:
                    self.mark = self.w.wb.change_mark()
                except Exception:  # the server stopped: say so, quietly; the poll sees it
                    self.mark = None  # back, and refreshes then (dpo-server finding 2)
                    self.w.show_message(
                        self.tr(
                            "The shared server cannot be reached; what you typed stays on "
                            "the screen. Save it again once the server is back."
                        ),
                        error=True,
                    )
                self.poll.start()
            return
        if arrived:
            self.settle.start()

    def _poll(self) -> None:
        wb = self.w.wb
        if wb is None:
            return
        with contextlib.suppress(Exception):  # busy for a moment: the next poll sees it
            mark = wb.change_mark()
            if mark != self.mark:
                self.mark = mark
                self.settle.start()

    def _changed(self) -> None:
        """Someone wrote: the list and the counts again; the request shown again unless
        something is being typed (nothing typed is lost) or a dialog is open."""
        if self.w.wb is None:
            return
        self.refreshes += 1
        w = self.w
        w.model.today = w.today()
        w.list_panel.apply()
        w.refresh_dashboard()
        if self.figures_only:  # no detail shown: nothing more to follow
            return
        # an open dialog (a step being filled in) stays based on the version it was opened
        # on, so that its OK is refused when that request changed meanwhile
        dialogs = w.findChildren(QDialog)
        quiet = QApplication.activeModalWidget() is None and not any(d.isVisible() for d in dialogs)
        if quiet and not w.detail.subject.dirty and w.unsaved.kept is None:
            w._show_reference(w.list_panel.selected_reference)
