"""What goes with an answer by e-mail, and where the draft goes (issue 17, review h17).

"Send by e-mail…" in the letter dialog opens this: the letter's PDF is attached; the DPO
adds the copy of the data he prepared (an access answer), chooses whether the PDFs are
encrypted, then opens the draft in the mail program or saves it as an .eml where he wants.
The files are read once, when added, and checked by the domain's own rule as they are
chosen: with encryption only PDFs (each gets the letter's password).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain.correspondence import MAX_DRAFT_FILES_BYTES, check_draft_files
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.messages import msg
from cluma_dpo.gui.dialogs.common import set_message
from cluma_dpo.gui.file_dialogs import read_chosen
from cluma_dpo.gui.i18n import say
from cluma_dpo.gui.icons import icon

OPEN, SAVE = "open", "save"


def choose_files(parent: QWidget) -> list[Path]:
    """The files the DPO picks to add (tests replace this function)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("EmailDraftDialog", "Add files to the e-mail"),
        "",
        QCoreApplication.translate("EmailDraftDialog", "All files (*)"),
    )
    return [Path(n) for n in names]


class EmailDraftDialog(QDialog):
    """Emits `chosen` (OPEN or SAVE) once the files and the encryption are settled."""

    chosen = Signal(str)

    def __init__(self, to: str, parent: QWidget | None = None, *, with_data: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("EmailDraftDialog")
        self.setWindowTitle(self.tr("Send by e-mail"))
        self.files: list[tuple[str, bytes]] = []
        heading = QLabel(self.tr("To: {0}").format(to), self)
        heading.setWordWrap(True)
        # a copy of the data goes only with an access answer (dpo-final finding 9)
        about = QLabel(
            self.tr(
                "The letter's PDF is attached. Add the copy of the data you prepared when it "
                "goes with this answer (an access request):"
            )
            if with_data
            else self.tr("The letter's PDF is attached. Other files can be added:"),
            self,
        )
        about.setObjectName("about")
        about.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("files")
        self.add_button = QPushButton(icon("new"), self.tr("&Add files…"), self)
        self.remove_button = QPushButton(icon("dismiss"), self.tr("&Remove"), self)
        self.encrypt = QCheckBox(self.tr("E&ncrypt the PDFs"), self)
        self.encrypt.setToolTip(
            self.tr(
                "For an answer with personal data: the letter and each PDF added get one "
                "password, shown once, to give by phone. Only PDFs can be encrypted."
            )
        )
        # why the draft cannot be made, in room kept for it: showing it moves nothing
        room = QWidget(self)
        self.problem = QLabel(room)
        self.problem.setWordWrap(True)
        inner = QVBoxLayout(room)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.problem)  # the whole room: a longer text (German) wraps in it
        self.problem.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        room.setMinimumHeight(self.problem.fontMetrics().lineSpacing() * 4 + 4)
        set_message(self.problem, None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = QPushButton(icon("email"), self.tr("&Open in mail program"), self)
        self.save_button = QPushButton(icon("save"), self.tr("&Save as…"), self)
        self.open_button.setDefault(True)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (heading, about, self.list):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.encrypt)
        layout.addWidget(room)
        layout.addWidget(buttons)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 5)
        self.setMinimumWidth(480)
        self.add_button.clicked.connect(lambda: self.add_files(choose_files(self)))
        self.remove_button.clicked.connect(self.remove_file)
        self.encrypt.toggled.connect(lambda _on: self._check())
        self.list.currentRowChanged.connect(lambda _r: self._check())
        self.open_button.clicked.connect(lambda: self._choose(OPEN))
        self.save_button.clicked.connect(lambda: self._choose(SAVE))
        buttons.rejected.connect(self.reject)
        self._check()

    def add_files(self, paths: list[Path]) -> None:
        """Read each file once (refused beyond what a mail server takes) and list it."""
        for path in paths:
            try:
                too_large = msg("email.files_too_large", n=MAX_DRAFT_FILES_BYTES // 2**20)
                data = read_chosen(path, MAX_DRAFT_FILES_BYTES, too_large)
            except DomainError as exc:
                set_message(self.problem, exc.msg)
                return
            except OSError as exc:
                set_message(self.problem, exc.strerror or str(exc))
                return
            self.files.append((path.name, data))
            self.list.addItem(f"{path.name} ({self.locale().formattedDataSize(len(data))})")
        self._check()

    def remove_file(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.files):
            del self.files[row]
            self.list.takeItem(row)
        self._check()

    def why_not(self) -> str | None:
        try:
            check_draft_files(self.files, encrypt=self.encrypt.isChecked())
        except DomainError as exc:
            return say(exc.msg)
        return None

    def _check(self) -> None:
        problem = self.why_not()
        set_message(self.problem, problem)
        for button in (self.open_button, self.save_button):
            button.setEnabled(problem is None)
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def _choose(self, how: str) -> None:
        if self.why_not() is not None:
            return
        self.accept()
        self.chosen.emit(how)
