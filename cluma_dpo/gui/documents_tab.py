"""The detail panel's Documents tab: each letter, fee note and dossier made for the request,
where it was saved, and (for what the database keeps) Open, Print and Save again.

The tab shows facts a person reads: kind, language, when, where it was saved. The
document's digest stays in the dossier and the audit trail, never here (issue 15). What
the buttons do is the window's (gui/kept_documents.py): the tab only asks by signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluma_dpo.domain.correspondence import (
    INCOMING_KINDS,
    identity_check_open,
    may_be_identity_document,
)
from cluma_dpo.domain.model import DocumentView, Language, RequestView
from cluma_dpo.gui import labels, timeline
from cluma_dpo.gui.icons import icon
from cluma_dpo.gui.tab_parts import plain_tree, tool_buttons


def document_title(doc: DocumentView) -> str:
    """ "Fee note FN-2026-0001", "Art. 19 notice – Combell", "Acknowledgement of receipt"."""
    kind = labels.label(labels.DOCUMENT_KINDS, doc.kind)
    if doc.kind in INCOMING_KINDS:  # "Attachment – identiteitskaart.jpg" (issue 17)
        # a message too: two messages of a request are told apart by their names (h17)
        return f"{kind} – {doc.filename}" if doc.filename else kind
    if not doc.concerns:
        return kind
    if doc.kind == "fee-note":
        return f"{kind} {doc.concerns}"
    return f"{kind} – {doc.concerns}"


def is_pdf(doc: DocumentView) -> bool:
    """A letter, fee note or dossier is a PDF; what came in is what its name says."""
    if doc.kind not in INCOMING_KINDS:
        return True
    return (doc.filename or "").lower().endswith(".pdf")


def is_identity_source(doc: DocumentView) -> bool:
    """A scan or an attachment in PDF, JPEG or PNG can be a copy of an identity document."""
    return doc.kept and may_be_identity_document(doc.kind, doc.filename)


def language_name(code: str) -> str:
    try:
        return labels.label(labels.LANGUAGES, Language(code))
    except ValueError:
        return code


class DocumentsTab(QWidget):
    """Emits the chosen document; the window opens, prints or saves it."""

    open_requested = Signal(object)  # DocumentView
    print_requested = Signal(object)
    save_requested = Signal(object)
    identity_requested = Signal(object)  # a scan or attachment for the identity check

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: RequestView | None = None
        # the DPO's name (settings dpo.name): who "made by" names for this login
        self.officer_of: Callable[[], str] = lambda: ""
        self.docs: dict[int, DocumentView] = {}
        # the document's name and where it was saved share the room, each on more lines
        self.tree = plain_tree(
            self,
            [self.tr("Made"), self.tr("Document"), self.tr("Language"), self.tr("Saved as")],
            wrapped=(1, 3),
        )
        note = QLabel(
            self.tr(
                "Letters and fee notes are kept in the encrypted database exactly as "
                "they were printed or saved: open, print or save them again here."
            ),
            self,
        )
        note.setWordWrap(True)
        # where the selected document is saved, whole, or why it cannot be opened
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)  # a saved path is never markup
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.hide()
        self.open_button = QPushButton(icon("open"), self.tr("&Open"), self)
        self.print_button = QPushButton(icon("print"), self.tr("&Print…"), self)
        self.save_button = QPushButton(icon("save"), self.tr("Save &again…"), self)
        self.identity_button = QPushButton(
            icon("identity"), self.tr("Use as &identity document…"), self
        )
        row = QHBoxLayout()
        for button in (self.open_button, self.print_button, self.save_button):
            row.addWidget(button)
        for tool in tool_buttons(self, actions):  # make a letter, a dossier
            row.addWidget(tool)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.why)
        # on a row of its own: beside the others it squeezed every label (1366 px, issue 17)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity_button)
        identity_row.addStretch(1)
        layout.addLayout(identity_row)
        layout.addLayout(row)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda *_: self._ask(self.open_requested, pdf=True))
        # Enter on a selected row opens it, as a double click does (dpo15 finding 13)
        self.tree.installEventFilter(self)
        self.open_button.clicked.connect(lambda: self._ask(self.open_requested, pdf=True))
        self.print_button.clicked.connect(lambda: self._ask(self.print_requested, pdf=True))
        self.save_button.clicked.connect(lambda: self._ask(self.save_requested))
        self.identity_button.clicked.connect(lambda: self._ask(self.identity_requested))
        self._update_buttons()

    def show_request(self, view: RequestView | None) -> None:
        """The request's documents, newest first (None: nothing shown, e.g. locked)."""
        current = self.current()
        keep = current.id if current else None
        self.view = view
        self.tree.clear()
        self.docs = {}
        documents = view.documents if view is not None else ()
        for d in sorted(documents, key=lambda d: (d.produced_at, d.id or 0), reverse=True):
            item = QTreeWidgetItem(
                [
                    labels.timestamp(d.produced_at),
                    document_title(d),
                    d.language.upper(),  # "NL": the column stays narrow, the path gets room
                    self._saved_text(d),
                ]
            )
            if d.made_by:
                who = timeline.actor_name(d.made_by, self.officer_of())
                item.setToolTip(0, self.tr("Made by {0}").format(who))
            item.setToolTip(2, language_name(d.language))
            if d.saved_as:
                item.setToolTip(3, d.saved_as)  # the whole path
            item.setIcon(1, self._icon(d))
            if d.id is not None:
                item.setData(0, Qt.ItemDataRole.UserRole, d.id)
                self.docs[d.id] = d
            self.tree.addTopLevelItem(item)
            if keep is not None and d.id == keep:
                self.tree.setCurrentItem(item)
        self._update_buttons()

    @staticmethod
    def _icon(doc: DocumentView) -> QIcon:
        """A fee note has its own sign (the Fees tab's), a kept letter the envelope."""
        if doc.kind == "fee-note":
            return icon("fee-note")
        return icon("letter") if doc.kept else icon("documents")

    def clear(self) -> None:
        self.show_request(None)

    def current(self) -> DocumentView | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return self.docs.get(item.data(0, Qt.ItemDataRole.UserRole))

    def _saved_text(self, doc: DocumentView) -> str:
        """The file's name first, then its folder: "brief.pdf — /home/dpo/Documenten"."""
        if not doc.saved_as:
            return self.tr("not saved") if doc.kept else "—"
        path = PurePath(doc.saved_as)
        return f"{path.name} — {path.parent}" if str(path.parent) not in ("", ".") else path.name

    def _line(self, doc: DocumentView) -> str:
        """Below the list: where the selected document is saved, or why it cannot be opened."""
        if doc.kept:
            return self.tr("Saved as {0}").format(doc.saved_as) if doc.saved_as else ""
        if self.view is not None and self.view.anonymised:
            return self.tr(
                "Removed under the retention policy: only the fact that it was made stays."
            )
        if doc.kind == "dossier":
            return self.tr(
                "A dossier is made anew each time; only the fact that it was made is kept."
            )
        return self.tr(
            "Made before documents were kept in the database: only the fact is recorded."
        )

    def _update_buttons(self) -> None:
        doc = self.current()
        kept = doc is not None and doc.kept
        # the viewer and the printer take PDFs; a kept e-mail or image is saved (issue 17)
        pdf = kept and doc is not None and is_pdf(doc)
        self.open_button.setEnabled(pdf)
        self.print_button.setEnabled(pdf)
        self.save_button.setEnabled(kept)
        self.identity_button.setEnabled(doc is not None and is_identity_source(doc))
        # while the check is open the copy is handed to it; after it, it is erased at once
        if self.check_open():
            self.identity_button.setText(self.tr("Use as &identity document…"))
            self.identity_button.setToolTip(
                self.tr(
                    "Hand it to the identity check: kept as the copy of an identity document, "
                    "erased when the check is recorded."
                )
            )
        else:
            self.identity_button.setText(self.tr("&Erase as identity document…"))
            self.identity_button.setToolTip(
                self.tr(
                    "The identity check is over: a copy of an identity document is not kept. "
                    "Erase it now, with its copy in the e-mail it came with."
                )
            )
        why = self._line(doc) if doc is not None else ""
        self.why.setText(why)
        self.why.setVisible(bool(why))

    def check_open(self) -> bool:
        """Whether the request's identity check is still to be recorded."""
        v = self.view
        return v is not None and identity_check_open(v.status, v.identity.status)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.current() is not None
        ):
            self._ask(self.open_requested, pdf=True)
            return True
        return super().eventFilter(watched, event)

    def _ask(self, signal: SignalInstance, *, pdf: bool = False) -> None:
        doc = self.current()
        if doc is not None and doc.kept and (not pdf or is_pdf(doc)):
            signal.emit(doc)
