"""Close with care: the summary of what closing records, and the warning when no answer
letter was produced for the request (the person must receive the answer, GDPR Art. 12(3))."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from cluma_dpo.domain.letters import LetterKind
from cluma_dpo.domain.model import DocumentView, Outcome, RequestView, Right
from cluma_dpo.gui import labels

# the letters that answer a request: the answer itself, or the refusal with its reasons
ANSWER_KINDS = (LetterKind.ANSWER.value, LetterKind.REFUSAL.value)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CloseSummary", text)


def answer_letters(view: RequestView) -> list[DocumentView]:
    return [d for d in view.documents if d.kind in ANSWER_KINDS]


def _outcome_text(outcome: Outcome | None, parts: Mapping[str, str]) -> str:
    if outcome is None:
        return "—"
    text = labels.label(labels.OUTCOMES, outcome)
    if outcome is Outcome.PARTLY_GRANTED and parts:
        each = "; ".join(
            f"{labels.label(labels.RIGHTS, Right(r))}: {labels.label(labels.OUTCOMES, Outcome(o))}"
            for r, o in parts.items()
        )
        text += f" ({each})"
    return text


def _fees_text(view: RequestView) -> str:
    if not view.fee_notes:
        return _tr("none")
    return "; ".join(
        f"{n.number} {labels.money(n.amount)} {labels.label(labels.FEE_STATUSES, n.status)}"
        for n in view.fee_notes
    )


def _recipients_text(view: RequestView) -> str:
    if not view.recipients:
        return _tr("none to tell")
    counts: dict[str, int] = {}
    for item in view.recipients:
        counts[item.state] = counts.get(item.state, 0) + 1
    return ", ".join(
        f"{counts[state]} {labels.label(labels.RECIPIENT_STATES, state)}"
        for state in ("notified", "not-applicable", "open")
        if state in counts
    )


def _letters_text(view: RequestView) -> str:
    letters = answer_letters(view)
    if not letters:
        return _tr("none")
    return "; ".join(
        f"{labels.label(labels.DOCUMENT_KINDS, d.kind)} ({labels.long_date(d.produced_at.date())})"
        for d in letters
    )


def summary_html(
    view: RequestView, outcome: Outcome | None, parts: Mapping[str, str], closed_on: date | None
) -> str:
    """The request, the outcome chosen, the dates, fee notes, recipients and answer letters."""
    due = view.extended_due_date or view.due_date
    rows = (
        (_tr("Request:"), f"{view.reference} · {labels.rights_text(view.rights)}"),
        (_tr("Data subject:"), view.subject.name),
        (_tr("Received:"), labels.long_date(view.received)),
        (_tr("Due:"), labels.long_date(due)),
        (_tr("Outcome:"), _outcome_text(outcome, parts)),
        (_tr("Closed on:"), labels.long_date(closed_on)),
        (_tr("Fee notes:"), _fees_text(view)),
        (_tr("Recipients (Art. 19):"), _recipients_text(view)),
        (_tr("Answer letter:"), _letters_text(view)),
    )
    cells = "".join(
        f"<tr><td style='padding-right:12px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table>{cells}</table>"


class CloseSummary(QGroupBox):
    """The summary box of the close dialog, with the warning under it."""

    def __init__(self, view: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(_tr("What closing records"), parent)
        self.view = view
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        self.warning.setFrameShape(QLabel.Shape.StyledPanel)
        self.warning.setMargin(6)
        self.warning.setText(
            "⚠ "
            + _tr(
                "No answer letter was produced for this request. The person must receive "
                "the answer: make it under Documents ▸ Letter (the answer or the refusal). "
                "You can still close now."
            )
        )
        self.warning.setVisible(not answer_letters(view))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.warning)

    def update_summary(
        self, outcome: Outcome | None, parts: Mapping[str, str], closed_on: date | None
    ) -> None:
        self.text.setText(summary_html(self.view, outcome, parts, closed_on))
