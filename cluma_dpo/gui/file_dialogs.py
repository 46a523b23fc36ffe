"""The Save dialog and the file names it suggests, in the screens' language.

The platform's own dialog is used where there is one (it speaks the desktop's language);
elsewhere Qt draws its own, translated by qtbase_<lang>.qm and, for the strings that .qm
lacks, by ours (gui.i18n.QT_STRINGS). Suggested names name things in the screens' language
("DSR-2026-0001-verlenging-fr.pdf"); references and ISO dates stay as they are, so the
files sort by date and request.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.messages import Message, msg
from cluma_dpo.files import NotARegularFile, TooLarge, read_regular
from cluma_dpo.gui.i18n import QT_TRANSLATE_NOOP
from cluma_dpo.gui.ui_settings import ui_settings

# the folder the last document was saved in: every Save dialog starts there (issue 15)
LAST_FOLDER = "files/last_folder"

# One word (hyphens, no spaces or accents: the name travels by e-mail and USB stick) for
# each letter kind (domain.letters.LetterKind), as part of a file name.
LETTER_WORDS = {
    "acknowledgement": QT_TRANSLATE_NOOP("FileNames", "acknowledgement"),
    "identity-request": QT_TRANSLATE_NOOP("FileNames", "identity-request"),
    "extension": QT_TRANSLATE_NOOP("FileNames", "extension"),
    "answer": QT_TRANSLATE_NOOP("FileNames", "answer"),
    "refusal": QT_TRANSLATE_NOOP("FileNames", "refusal"),
    "recipient-notice": QT_TRANSLATE_NOOP("FileNames", "recipient-notice"),
    "withdrawal-confirmation": QT_TRANSLATE_NOOP("FileNames", "withdrawal-confirmation"),
}
REGISTER = QT_TRANSLATE_NOOP("FileNames", "register-of-requests")
DOSSIER = QT_TRANSLATE_NOOP("FileNames", "dossier")
REPORT = QT_TRANSLATE_NOOP("FileNames", "quarterly-report")


def _word(text: str) -> str:
    return QCoreApplication.translate("FileNames", text)


def letter_name(reference: str, kind: str, language: str) -> str:
    """DSR-2026-0001-verlenging-fr.pdf: the letter's kind in the screens' language, the
    language code of the letter itself."""
    word = _word(LETTER_WORDS[kind]) if kind in LETTER_WORDS else kind
    return f"{reference}-{word}-{language}.pdf"


def distinct_name(name: str, taken: Collection[str]) -> str:
    """`name`, or "name (2).pdf", "name (3).pdf"… when a kept document has that name already
    (Keep both: the second letter of a kind is not proposed over the first)."""
    if name not in taken:
        return name
    path = Path(name)
    number = 2
    while f"{path.stem} ({number}){path.suffix}" in taken:
        number += 1
    return f"{path.stem} ({number}){path.suffix}"


def register_name(today: date) -> str:
    return f"{_word(REGISTER)}-{today.isoformat()}.xlsx"


def dossier_name(reference: str) -> str:
    return f"{reference}-{_word(DOSSIER)}.pdf"


def report_name(quarter: str, fmt: str) -> str:
    return f"{_word(REPORT)}-{quarter}.{fmt}"


def save_dialog(
    parent: QWidget | None, title: str, suggested: str, filters: str, *, native: bool = True
) -> QFileDialog:
    """The Save dialog the app shows; `suggested` is a file name or a path. `native=False`
    is Qt's own dialog, the one a desktop without a platform dialog gets."""
    dialog = QFileDialog(parent, title, "", filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, not native)
    path = Path(suggested)
    if path.parent != Path("."):
        dialog.setDirectory(str(path.parent))
    dialog.selectFile(path.name)
    return dialog


def ask_save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """The path the user chose, or None when cancelled."""
    dialog = save_dialog(parent, title, suggested, filters)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else None


def start_folder() -> Path:
    """Where a Save dialog starts: the folder of the last saved document (letter, fee note,
    dossier, report: one folder for all), else the user's documents folder."""
    remembered = str(ui_settings().value(LAST_FOLDER, "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """Ask where to save `suggested` (a file name), starting in `start_folder()`; the folder
    chosen is remembered for the next one. None when cancelled."""
    name = ask_save_file(parent, title, str(start_folder() / suggested), filters)
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(Path(suggested).suffix)
    ui_settings().setValue(LAST_FOLDER, str(path.parent))
    return path


def read_chosen(path: Path, limit: int, too_large: Message) -> bytes:
    """The bytes of a file the user chose or dropped, read as the command line reads one
    (files.read_regular): once, a regular file only, at most `limit` bytes. A pipe no longer
    hangs the window and a link to /proc/self/environ (the passphrase is in it) is no file;
    DomainError says why, in the screens' language."""
    try:
        return read_regular(path, limit)
    except TooLarge:
        raise DomainError(too_large) from None
    except NotARegularFile:
        raise DomainError(msg("cli.no_file", file=str(path))) from None
