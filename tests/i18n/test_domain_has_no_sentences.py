"""The domain builds no English sentence (issue 14): it says what happened as messages.

`test_no_english_text_in_the_domain` reads every module of cluma_dpo/domain with `ast` and
fails on a string constant (or the literal parts of an f-string) holding two or more words
with an English function word among them, except docstrings, the codes given to
msg/msg_n/N_, the text of programmer errors (TypeError, ValueError, ...: never shown to a
user) and the description of a setting in the schema (documentation, never displayed).
`test_domain_errors_are_translated` raises ~30 domain errors on purpose and reads them in
Dutch, French and German.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from cluma_dpo.domain import deadlines as dl
from cluma_dpo.domain import fees
from cluma_dpo.domain import lifecycle as lc
from cluma_dpo.domain import outcomes as oc
from cluma_dpo.domain import validation as v
from cluma_dpo.domain.errors import DomainError
from cluma_dpo.domain.letters import letter_kind
from cluma_dpo.domain.model import Outcome, Right, RightOutcome, Status
from cluma_dpo.domain.recipients import parse_recipients
from cluma_dpo.domain.settings import spec_for, validate
from cluma_dpo.domain.statistics import parse_quarter
from cluma_dpo.texts import render
from tests.i18n.english import PATTERN

DOMAIN = Path(__file__).resolve().parents[2] / "cluma_dpo" / "domain"
# Data, not sentences of the program: the default texts of the settings in each letter
# language (the DPO edits them) and the font's table of printable characters.
DATA_MODULES = {"settings_defaults.py", "printable_ranges.py", "intake_words.py"}
MESSAGE_CALLS = {"msg", "msg_n", "N_"}
PROGRAMMER_ERRORS = {"TypeError", "ValueError", "AssertionError", "RuntimeError", "KeyError"}
# Words that make a run of words an English sentence (codes and identifiers have none).
ENGLISH = frozenset(
    """a an the and or but not no nor of to in on at by for from with without into onto is
    are was were be been being has have had do does did can cannot could must may might shall
    should will would this that these those it its there their they them you your we our he
    she his her who whom which what when where why how than then only already please use
    still yet e.g""".split()  # noqa: SIM905 (a paragraph of words reads better)
)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _docstrings(tree: ast.Module) -> set[int]:
    nodes: list[ast.AST] = [tree]
    nodes += [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)]
    found = set()
    for node in nodes:
        body = getattr(node, "body", [])
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            found.add(id(body[0].value))
    return found


def _exempt(tree: ast.Module) -> set[int]:
    """The ids of the constants the rule does not read."""
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in MESSAGE_CALLS:
            skip.update(id(a) for a in node.args if isinstance(a, ast.Constant))
        if isinstance(node, ast.Call) and _name(node.func) in {"_S", "SettingSpec"}:
            described = [k.value for k in node.keywords if k.arg == "description"]
            described += node.args[3:4]
            skip.update(id(n) for d in described for n in ast.walk(d))
        raised = node.exc if isinstance(node, ast.Raise) else None
        if isinstance(raised, ast.Call) and _name(raised.func) in PROGRAMMER_ERRORS:
            skip.update(id(n) for n in ast.walk(raised))
        if isinstance(node, ast.Assert) and node.msg is not None:
            skip.update(id(n) for n in ast.walk(node.msg))
    return skip


def _texts(tree: ast.Module) -> Iterator[tuple[int, str]]:
    skip = _exempt(tree)
    inside_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = []
            for value in node.values:
                inside_fstring.add(id(value))
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    parts.append(value.value)
                else:
                    parts.append(" X ")
            if id(node) not in skip and not any(id(v) in skip for v in node.values):
                yield node.lineno, "".join(parts)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and id(node) not in inside_fstring
        ):
            yield node.lineno, node.value


def english_sentence(text: str) -> bool:
    """Two or more words separated by spaces, one of them an English function word."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(re.findall(r"[A-Za-z]\S*\s+\S*[A-Za-z]", text)) == 0:
        return False  # one word, a code, an identifier, a format key
    return len(words) >= 2 and any(w in ENGLISH for w in words)


@pytest.mark.parametrize(
    "text", ["is too long", "The name", "{field} must be {allowed}", "a text", "at most"]
)
def test_the_rule_sees_a_sentence(text: str) -> None:
    assert english_sentence(text)


@pytest.mark.parametrize(
    "text",
    ["validation.too_long", "setting.label.bank.iban", "{field}", "Google Analytics", "FN-%s",
     "+++{}+++", "%Y-%m-%d", "access.purposes.nl", "Cluma Engineering NV", "nl_BE", "; "],
)  # fmt: skip
def test_the_rule_passes_codes_and_data(text: str) -> None:
    assert not english_sentence(text)


def test_no_english_text_in_the_domain() -> None:
    found = []
    for path in sorted(DOMAIN.glob("*.py")):
        if path.name in DATA_MODULES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [
            f"{path.name}:{line}: {text!r}" for line, text in _texts(tree) if english_sentence(text)
        ]
    assert not found, "English text in the domain (make it a msg code):\n" + "\n".join(found)


# -- each domain error, raised on purpose, in Dutch, French and German ---------------------

TODAY = date(2026, 11, 25)
_FUNCTION = PATTERN
JAN_31 = dl.compute_deadlines(dl.DeadlineInput(date(2026, 1, 31), (Right.ACCESS,)))

BAD: dict[str, Callable[[], object]] = {
    "bad date": lambda: v.iso_date("2026-13-01", v.FIELD_RECEIVED, today=TODAY),
    "date before the GDPR": lambda: v.iso_date("2017-01-01", v.FIELD_RECEIVED, today=TODAY),
    "date in the future": lambda: v.iso_date("2027-01-01", v.FIELD_PAYMENT_DATE, today=TODAY),
    "unknown right": lambda: v.rights(["wishes"]),
    "no right": lambda: v.rights([]),
    "bad e-mail": lambda: v.email("x@"),
    "empty name": lambda: v.name(" "),
    "too long": lambda: v.name("x" * 201),
    "control characters": lambda: v.street("a\x07b"),
    "right-to-left": lambda: v.city("\u05e9\u05dc\u05d5\u05dd"),
    "Belgian postcode": lambda: v.postcode("880", "BE"),
    "country": lambda: v.country("Belgium"),
    "zero fee": lambda: v.fee_amount("0"),
    "fee too high": lambda: v.fee_amount("5000"),
    "short passphrase": lambda: v.new_passphrase("short"),
    "empty document": lambda: v.identity_document(b"", None),
    "bad IBAN setting": lambda: validate("bank.iban", "BE00 1234"),
    "setting out of range": lambda: validate("warnings.due_soon_days", "90"),
    "bad e-mail setting": lambda: validate("organisation.email", "x@"),
    "unknown setting": lambda: spec_for("x"),
    "bad IBAN": lambda: fees.validate_iban("hello"),
    "marketing is free": lambda: fees.fee_ground(
        [Right.MARKETING_OPT_OUT], None, earlier_access=None
    ),
    "first copy free": lambda: fees.fee_ground([Right.ACCESS], None, earlier_access=None),
    "illegal transition": lambda: lc.next_status(Status.CLOSED, lc.Action.CLOSE),
    "extended twice": lambda: lc.next_status(Status.EXTENDED, lc.Action.EXTEND),
    "nothing to settle": lambda: lc.next_status(Status.IN_PROGRESS, lc.Action.FEE_SETTLED),
    "recipients to tell": lambda: lc.check_close(Outcome.GRANTED, None, 2),
    "rejection needs a reason": lambda: lc.check_reject(" "),
    "extension too late": lambda: dl.check_extension(JAN_31, date(2026, 3, 10), "x", False),
    "extension without reason": lambda: dl.check_extension(JAN_31, date(2026, 2, 10), "", False),
    "pause too late": lambda: dl.check_pause_start(
        (), date(2026, 4, 8), statutory_due=date(2026, 4, 7)
    ),
    "bad quarter": lambda: parse_quarter("2026Q5", today=TODAY),
    "recipients not an array": lambda: parse_recipients('{"name": "x"}'),
    "marketing refused": lambda: oc.check_outcomes(
        (RightOutcome(Right.MARKETING_OPT_OUT, Outcome.REFUSED),), 0, identity_failed=False
    ),
    "unknown letter": lambda: letter_kind("merci"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(BAD))
def test_domain_errors_are_translated(case: str) -> None:
    with pytest.raises(DomainError) as caught:
        BAD[case]()
    english = render(caught.value.msg, "en")
    assert caught.value.msg.code != "text.verbatim", english
    for language in ("nl", "fr", "de"):
        text = render(caught.value.msg, language)
        assert text != english, (language, text)
        shown = re.sub(r"`[^`]*`", "", text)  # a command to type stays as it is typed
        assert not _FUNCTION.findall(shown), (language, text)
