"""The one window: dashboard strip, request list, detail panel; locking and the deadline notice.

Everything reaches the data through the Workbench (`self.wb`), which is None while locked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo import app
from cluma_dpo.domain.clock import Clock
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.messages import Message
from cluma_dpo.domain.model import RequestView
from cluma_dpo.domain.settings import Settings
from cluma_dpo.gui import file_dialogs, i18n, kept_documents, layout_memory
from cluma_dpo.gui.actions import LIFECYCLE, ActionSet
from cluma_dpo.gui.clipboard import ClipboardGuard
from cluma_dpo.gui.commands import Commands
from cluma_dpo.gui.dashboard import DashboardStrip, DeadlineBanner
from cluma_dpo.gui.demo import open_demo
from cluma_dpo.gui.demo_mode import DemoMode, keep_language
from cluma_dpo.gui.detail_panel import DetailPanel
from cluma_dpo.gui.dialogs.unlock import UnlockDialog
from cluma_dpo.gui.help import attach as attach_help
from cluma_dpo.gui.i18n import say
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.lock import IdleWatcher, LockPage, lift_veils, veil_dialogs
from cluma_dpo.gui.mail_drop import AttachDrop, MessageDrop
from cluma_dpo.gui.models.requests_model import RequestTableModel
from cluma_dpo.gui.notices import Notices, show_status
from cluma_dpo.gui.office import Office
from cluma_dpo.gui.open_files import OpenFileActions
from cluma_dpo.gui.request_list import RequestListPanel
from cluma_dpo.gui.row_menu import row_menu
from cluma_dpo.gui.safety_actions import SafetyActions
from cluma_dpo.gui.unsaved import UnsavedGuard
from cluma_dpo.gui.workers import wait_for_tasks
from cluma_dpo.services.api import WorkbenchApi

Opener = Callable[[str], WorkbenchApi]


class MainWindow(QMainWindow):
    language_changed = Signal(str)  # interface.language differs from the screens' language

    def __init__(
        self,
        wb: WorkbenchApi | None,
        directory: Path,
        *,
        opener: Opener | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self.wb: WorkbenchApi | None = wb
        self.directory = Path(directory)
        self.opener = opener or self._default_opener
        # the workbench's clock, so that the screens and the rules agree on "today"
        self.clock: Clock = clock or getattr(wb, "clock", None) or app.CLOCK
        self.settings = Settings.from_values()  # the defaults, until a database is open
        self.populated_in: float | None = None
        self.setWindowIcon(icon("app"))

        self.acts = ActionSet(self)
        self.commands = Commands(self)
        MessageDrop(self, self.commands.new_request_from_message)  # issue 17
        self.model = RequestTableModel(None, parent=self)
        self.list_panel = RequestListPanel(self.model, self)
        a = self.acts
        self.detail = DetailPanel(
            self.commands,
            self.commands.save_subject,
            {
                "identity": [
                    a[n]
                    for n in (
                        "request_identity",
                        "receive_identity",
                        "verify_identity",
                        "fail_identity",
                    )
                ],
                "documents": [a["letter"], a["dossier"]],
                "fees": [a["fee_note"]],
            },
            self,
        )
        self.kept = kept_documents.install(self)  # the Documents tab's open/print/save again
        self.attach_drop = AttachDrop(self)  # a scan or message dropped on the request (i. 17)
        self.dashboard = DashboardStrip(self)
        self.banner = DeadlineBanner(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.list_panel.setMinimumWidth(420)
        # the detail panel sets its own minimum: as wide as its tab bar (issue 15)
        work = QWidget(self)
        w_layout = QVBoxLayout(work)
        w_layout.setContentsMargins(6, 0, 6, 0)
        w_layout.addWidget(self.banner)
        w_layout.addWidget(self.dashboard)
        w_layout.addWidget(self.splitter, 1)
        self.lock_page = LockPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(work)
        self.pages.addWidget(self.lock_page)
        self.setCentralWidget(self.pages)
        self.menus = self.acts.build_menus(self)
        self.toolbar = self.acts.build_toolbar(self)
        self.demo_mode = DemoMode(self)  # the title, the demo's banner, the way back
        self.safety = SafetyActions(self)  # backup, restore, passphrase; the last backup
        self.office = Office(self)  # on a server: who, the role's limits, others' changes
        OpenFileActions(self)  # a message or a scan taken in without dragging (dpo-final)
        self.notices = Notices(self)
        self.idle = IdleWatcher(self)
        self.clipboard = ClipboardGuard(self)
        self.unsaved = UnsavedGuard(self)  # asks before unsaved edits go; keeps them over a lock
        self._wire()
        attach_help(self)  # Help ▸ Manual (F1) and F1 in every dialog
        self._default_header = self.list_panel.table.horizontalHeader().saveState()
        self.restore_layout()
        if self.wb is not None:
            self.populate()

    def _default_opener(self, secret: str) -> WorkbenchApi:
        from cluma_dpo.app import open_workbench

        return open_workbench(self.directory, secret, front_end="app", clock=self.clock)

    def today(self) -> date:
        return self.clock.today()

    def _wire(self) -> None:
        a, c = self.acts, self.commands
        a["new"].triggered.connect(c.new_request)
        for name in LIFECYCLE:
            if name != "fee_note":
                a[name].triggered.connect(lambda _=False, n=name: c.step(n))
        for name in (
            "letter",
            "fee_note",
            "mark_paid",
            "export_register",
            "dossier",
            "quarterly",
            "about",
        ):
            a[name].triggered.connect(lambda _=False, n=name: getattr(c, n)())
        a["refresh"].triggered.connect(lambda: self.reload())
        a["lock"].triggered.connect(self.lock)
        a["quit"].triggered.connect(self.close)
        a["reset_layout"].triggered.connect(self.reset_layout)
        a["open_demo"].triggered.connect(lambda: open_demo(self))
        a["settings"].triggered.connect(c.settings)
        self.list_panel.current_changed.connect(self._show_reference)
        self.list_panel.new_requested.connect(c.new_request)
        self.list_panel.demo_requested.connect(lambda: open_demo(self))
        self.list_panel.settings_requested.connect(c.settings)
        self.detail.copy_requested.connect(self.copy_text)
        self.list_panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_panel.table.customContextMenuRequested.connect(lambda pos: row_menu(self, pos))
        self.dashboard.preset_chosen.connect(self._apply_preset)
        self.banner.show_requested.connect(self._apply_preset)
        self.list_panel.preset_changed.connect(self.dashboard.set_active)  # one filter state
        self.list_panel.columns.changed.connect(lambda: layout_memory.save_columns(self))
        self.lock_page.unlock_requested.connect(self.ask_unlock)
        self.idle.idle.connect(self.lock)

    # -- filling the window ---------------------------------------------------------------
    def populate(self) -> None:
        """Read settings, counts and the first page of the list (after opening or unlock)."""
        started = time.perf_counter()
        self.office.follow()
        self.settings = self.workbench.settings()
        self.detail.follow_settings(self.settings)
        i18n.remember_language(self.language)  # for the unlock dialog of the next start
        self._follow_language()
        soon = self.due_soon_days
        self.model.today = self.today()
        self.model.due_soon_days = soon
        self.list_panel.due_soon_days = soon
        self.model.set_source(self.wb)  # management: the figures, no name (gui.office)
        self.list_panel.apply()
        self.refresh_dashboard()
        self.pages.setCurrentIndex(0)
        self.office.show_figures_only()
        first = self.model.view_at(0)
        if self.list_panel.selected_reference is None and first is not None:
            self.list_panel.select_reference(first.reference)  # shows it in the detail
        else:
            self._show_reference(self.list_panel.selected_reference)
        self.list_panel.table.setFocus()
        self.idle.start(float(self.settings.lock.idle_minutes))
        self.populated_in = time.perf_counter() - started
        if not self.office.on_server:  # the server's administrator keeps its backups
            self.safety.refresh()
        if not self.office.figures_only:  # the deadline notice names requests
            QTimer.singleShot(0, self.notices.check_deadlines)
        if self.office.may_run_retention():
            self.notices.run_retention()
        self.office.watch()

    @property
    def due_soon_days(self) -> int:
        return self.settings.warnings.due_soon_days

    @property
    def language(self) -> str:
        return self.settings.interface.language

    def refresh_dashboard(self) -> None:
        board = self.workbench.dashboard(self.today())
        self.dashboard.update_counts(board, self.due_soon_days)
        self.notices.set_summary(board)

    def reload(self, select: str | None = None) -> None:
        """Run the list's query again (after a new request, or F5)."""
        if self.wb is None:
            return
        if select is not None:
            self.list_panel.remember_selection(select)
        self.model.today = self.today()
        self.list_panel.apply()
        self.refresh_dashboard()
        self._show_reference(self.list_panel.selected_reference)

    def apply_settings(self) -> None:
        """Settings were saved: read them again and show what depends on them."""
        if self.wb is None:
            return
        self.settings = self.wb.settings()
        self.detail.follow_settings(self.settings)
        self.model.due_soon_days = self.list_panel.due_soon_days = self.due_soon_days
        self.idle.start(float(self.settings.lock.idle_minutes))
        self.reload()
        self._follow_language()

    def _follow_language(self) -> None:
        """interface.language changed (here or on the command line): ask for a new window."""
        language = self.language
        if language != i18n.active_language() and i18n.available(language):
            QTimer.singleShot(0, lambda: self.language_changed.emit(language))

    def copy_text(self, text: str) -> None:
        """Copy to the clipboard, which is cleared again after 30 seconds."""
        self.clipboard.copy(text)
        self.show_message(self.tr("Copied; the clipboard is cleared again in 30 seconds."))

    def _apply_preset(self, preset: str | None) -> None:
        self.dashboard.set_active(preset)
        self.list_panel.set_preset(preset)

    def _show_reference(self, reference: str | None) -> None:
        if not self.unsaved.may_show(reference):
            return
        view: RequestView | None = None
        available = None
        if reference is not None and self.wb is not None and not self.office.figures_only:
            try:
                view = self.wb.request(reference, language=i18n.active_language())
                available = self.wb.available_actions(reference, self.today())
            except DomainError as exc:
                self.show_message(exc.msg, error=True)
        if self.wb is not None:  # edits on it start from the version shown (issue 18)
            self.wb.base_edits_on(view.reference if view is not None else None)
        self.detail.show_request(view, self.today(), self.due_soon_days)
        self.unsaved.shown()
        self.acts.update(view, available, unlocked=self.wb is not None)
        self.office.restrict()

    def request_changed(self, reference: str) -> None:
        """A step changed one request: show it anew in the list, the detail and the counts."""
        if self.wb is None:
            return
        try:
            view = self.wb.request(reference, language=i18n.active_language())
        except DomainError as exc:
            self.show_message(exc.msg, error=True)
            return
        self.model.replace(view)
        if self.list_panel.selected_reference == reference:
            self._show_reference(reference)
        self.refresh_dashboard()

    def show_message(
        self,
        text: Message | str,
        *,
        error: bool = False,
        seconds: int | None = None,
        path: Path | None = None,
    ) -> None:
        """A line in the status bar; a `path` in it is shortened in the middle when the line
        is too long, the whole line then in the bar's tooltip (notices.show_status)."""
        whole = ("⚠ " if error else "") + say(text)
        msecs = 1000 * (seconds or (12 if error else 6))
        show_status(self.statusBar(), whole, msecs, str(path) if path is not None else None)

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        """Where the user wants a file; None if cancelled. Tests replace this method."""
        return file_dialogs.ask_save_path(self, title, suggested, filters)

    # -- lock -----------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide every personal datum, close the database, ask for the passphrase again."""
        if self.wb is None:
            return
        self.idle.stop()
        self.office.stop()
        self.unsaved.keep()
        veil_dialogs(self, self.ask_unlock)  # a form being filled in is kept, veiled
        self.banner.hide()
        self.detail.show_request(None, self.today())
        self.model.set_source(None)
        self.list_panel.clear_search()
        self.statusBar().clearMessage()
        self.clipboard.clear_now()
        wait_for_tasks()
        wb, self.wb = self.wb, None
        wb.close()
        self.pages.setCurrentWidget(self.lock_page)
        self.acts.update(None, None, unlocked=False)
        self.notices.set_locked()
        QTimer.singleShot(0, self.ask_unlock)

    @property
    def locked(self) -> bool:
        return self.wb is None

    @property
    def workbench(self) -> WorkbenchApi:
        """The open workbench, for what runs only while unlocked (the actions are disabled
        and the screens emptied while locked)."""
        if self.wb is None:
            raise RuntimeError("the database is locked")
        return self.wb

    def ask_unlock(self) -> UnlockDialog | None:
        if self.wb is not None:
            return None
        existing = self.findChild(UnlockDialog)
        if existing is not None and existing.isVisible():
            return existing
        dialog = UnlockDialog(
            self.directory, self.opener, self, locked=True, server=self.office.server
        )
        self.demo_mode.explain(dialog)
        dialog.accepted.connect(lambda: self.unlocked(dialog.workbench))
        dialog.finished.connect(dialog.deleteLater)
        self.commands.last_dialog = dialog
        dialog.open()
        return dialog

    def unlocked(self, wb: WorkbenchApi | None) -> None:
        if wb is None:  # an accepted unlock dialog has opened one
            return
        self.wb = wb
        self.populate()
        lift_veils(self)  # the dialogs open at the lock, with what was typed in them

    def switch_to(self, directory: Path, wb: WorkbenchApi) -> None:
        """Work on another database (e.g. the demo one) from now on."""
        if self.wb is not None:
            wait_for_tasks()
            self.wb.close()
        self.directory = Path(directory)
        self.opener = self._default_opener
        self.list_panel.remember_selection(None)
        self.wb = wb
        kept = keep_language(wb)  # the screens' language is the DPO's (issue 15)
        self.populate()
        self.demo_mode.follow()
        if kept is not None:  # after what opening said (e.g. edits dropped), not over it
            said = self.statusBar().currentMessage()
            self.show_message(f"{said} · {kept}" if said else kept)

    # -- layout memory --------------------------------------------------------------------
    def restore_layout(self) -> None:
        layout_memory.restore_layout(self)

    def save_layout(self) -> None:
        layout_memory.save_layout(self)

    def reset_layout(self) -> None:
        total = self.splitter.width()
        self.splitter.setSizes([total * 3 // 5, total * 2 // 5])
        # the default columns, grown to the rows shown and fitted to the list's new width
        self.list_panel.columns.restore(self._default_header)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.idle.stop()
        self.office.stop()
        self.idle.detach()
        self.notices.hide_tray()
        self.clipboard.clear_now()
        self.clipboard.detach()
        wait_for_tasks()
        if self.wb is not None:
            self.wb.close()
            self.wb = None
        super().closeEvent(event)
