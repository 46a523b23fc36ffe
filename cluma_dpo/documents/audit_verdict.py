"""The audit chain's verdict as one sentence in the dossier's language.

`ChainReport.problem` is a Message once cluma_dpo.domain.audit says what broke as data; an
English text (as older versions of the domain wrote it) is recognised by how it begins and
said in the dossier's language too.
"""

from __future__ import annotations

import re

from cluma_dpo import texts
from cluma_dpo.domain.audit import ChainReport
from cluma_dpo.domain.messages import Message, msg, msg_n

# The English forms of ChainReport.problem, by how they begin.
_PROBLEMS = (
    ("its link to the previous event", "link"),
    ("its note was changed", "note"),
    ("its content does not match", "hash"),
    ("the chain ends after", "ends"),
    ("its note was erased", "erased"),
)
_NUMBERS = re.compile(r"\d+")


def _problem(problem: str) -> Message:
    kind = next((k for start, k in _PROBLEMS if problem.startswith(start)), "other")
    numbers = [*(int(n) for n in _NUMBERS.findall(problem)), 0, 0]
    if kind == "link":
        return msg("doc.audit.problem.link")
    if kind == "note":
        return msg("doc.audit.problem.note")
    if kind == "hash":
        return msg("doc.audit.problem.hash")
    if kind == "ends":
        return msg("doc.audit.problem.ends", count=numbers[0], recorded=numbers[1])
    if kind == "erased":
        return msg("doc.audit.problem.erased")
    return msg("doc.audit.problem.other", text=problem)


def audit_verdict(report: ChainReport, language: str) -> str:
    """ "The audit chain is intact: 299 events, every link verified." in `language`, or
    where it first broke and why."""
    if report.ok:
        return texts.render(msg_n("doc.audit.ok", "doc.audit.ok.plural", report.count), language)
    head = texts.render(msg("doc.audit.broken", id=str(report.broken_id or "?")), language)
    problem: Message | str | None = report.problem
    if not problem:
        return f"{head}."
    why = problem if isinstance(problem, Message) else _problem(problem)
    return f"{head}: {texts.render(why, language)}."


def head_line(report: ChainReport, language: str) -> str | None:
    """ "Head of the audit chain: 1234:3f9a-2c1b-7d0e-55aa" in `language`, for paper (the
    head `audit verify --against` checks later); None unless the chain is intact."""
    if not report.ok or report.head is None:
        return None
    return texts.render(msg("doc.audit.head", head=report.head.short), language)
