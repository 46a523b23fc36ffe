"""Issue #8.4 — a corpus of bad input for every text field of the command line.

Every value of CORPUS goes into every field of FIELDS through `cluma_dpo.cli.main([...])`
(in this process for speed: the same parsing, unlocking, validation and error handling as
a `cluma-dpo` run). For each, one of two outcomes is required:

* refused: exit code 1, exactly one line on stderr ("cluma-dpo: ..."), no traceback, the
  value not quoted back, and nothing written (the audit trail has as many events as
  before, the request or setting is unchanged); or
* accepted: exit code 0, and the value is stored exactly, after the documented trimming:
  `domain.validation.text_field` and `SettingSpec.parse` strip leading and trailing white
  space (`str.strip()`) and store an empty result as "not given" (null); multi-line
  reasons store CR LF and CR line breaks as LF; e-mail addresses
  are stored in email-validator's normalised form, country codes in capitals. "Stored" is
  read back through the read model that `show --json` prints (`cli.output.request_json`,
  JSON round trip included); the identity note and a fee note's reason, which `show
  --json` does not print, are read from the same read model. Then the documents that
  print the field render without error and print it: a letter (acknowledgement, extension
  notice, refusal or fee note, as fitting), the dossier, and for the name and e-mail the
  register export, where the cell must be text (data_type "s", never a formula) holding
  the value (less the characters XML cannot carry). "Print" means: every printable
  character of the value (not white space, not a control or format character) has a glyph
  in the embedded font (else paper shows an empty box), all characters lie on the page,
  and the value's words appear in the PDF's text (read with pypdfium2; white space
  ignored; a page break may cut one word). Characters outside the Basic Multilingual
  Plane are held to the glyph check only: reportlab writes them into the PDF's ToUnicode
  map truncated (U+1F600 extracts as U+1F60), a limitation of the PDF library's text
  layer, not of the paper.

Dialog fields are the GUI engineer's; the CLI covers the same services.
"""

from __future__ import annotations

import io
import json
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest

from tests.hardening.support import PASSPHRASE, call_cli, received_day, scalar

pytestmark = pytest.mark.slow

R = received_day()
DAY1 = (R + timedelta(days=1)).isoformat()

CORPUS: list[tuple[str, str]] = [
    ("10,000 characters", "x" * 10_000),
    ("NUL", "Jan\x00Peeters"),
    ("C0 controls, ANSI escape", "Jan\x07\x08\x1b[31mPeeters"),
    ("DEL and C1 controls", "Jan\x7f\x85\x9bPeeters"),
    ("tab", "Jan\tPeeters"),
    ("newline", "Jan\nPeeters"),
    ("CR LF", "Jan\r\nPeeters"),
    ("right-to-left override, isolates, marks", "\u202eJan\u202c \u2066Pee\u2069\u200fters"),
    ("zero-width and BOM", "\ufeffJan\u200bPeeters"),
    ("noncharacter", "Jan\ufffePeeters"),
    ("lone surrogate (an argument that is not UTF-8)", "Jan\udcffPeeters"),
    ("private use", "Jan\ue000Peeters"),
    ("emoji", "Jan \U0001f600 Peeters"),
    (
        "emoji ZWJ sequence and flag",
        "\U0001f468\u200d\U0001f469\u200d\U0001f467 \U0001f1e7\U0001f1ea",
    ),
    ("combining marks", "Zoe\u0308 Nguye\u0302\u0303n Z\u0337\u0322a\u0334l\u0338g\u0335o\u0336"),
    ("European scripts", "Łukasz Żółć Ørsted Şükrü Güneş Ελένη Дмитрий"),
    ("Arabic", "محمد الأحمد"),
    ("CJK", "山田太郎"),
    ("SQL", "Robert'); DROP TABLE requests;-- ' OR 1=1 --"),
    ("HTML", "<b>Jan</b> <script>alert(1)</script> <font size=80>x</font>"),
    ("XML specials", "Jan <jan@x.be> & 0.1 <A &amp; &lt; ]]>"),
    ("formula", "=1+2"),
    ("DDE", "=cmd|' /C calc'!A0"),
    ("@ prefix", "@SUM(A1)"),
    ("format strings", "%s %d %n %(name)s {0} {name!r} {{}} ${jndi:ldap://x}"),
    ("template syntax", "{{ 7*7 }} {% raw %} {# c #}"),
    ("letter markup at line starts", "- bullet\n## heading\n> quote"),
    ("leading and trailing spaces", "  Jan Peeters  "),
    ("empty", ""),
    ("only white space", " \t "),
    ("quotes and backslashes", 'Jan "Q" \\ Peeters \\n'),
    ("200 characters", "A" * 200),
    ("2,000 characters of words", ("lorem ipsum dolor " * 112)[:2000]),
    ("500-character word", "W" * 500),
]


# -- the fields ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One text field: how to put a value in, where it is stored, and where it prints."""

    id: str
    apply: Callable[[Bench, str], tuple[list[str], str]]  # -> (argv, reference or key)
    stored: Callable[[Bench, str], object]  # reference/key -> the stored value
    expect: Callable[[str], object]  # typed value -> the value that must be stored
    letter: str | None = None  # letter kind that prints it ("fee-note" for the fee PDF)
    dossier: bool = True
    export_column: str | None = None  # register column that holds it
    printed: bool = True  # False: the value is printed transformed (country -> name)
    extra: tuple[tuple[str, str], ...] = ()  # values of its own on top of the corpus


def stripped(value: str) -> str | None:
    return value.strip() or None


def reason_text(value: str) -> str | None:
    """Free-text reasons are multi-line: after trimming, Windows (CR LF) and old Mac (CR)
    line breaks are stored as plain line breaks (domain.validation.text_field)."""
    value = value.strip()
    return value.replace("\r\n", "\n").replace("\r", "\n") or None


def email_form(value: str) -> str | None:
    from email_validator import validate_email

    value = value.strip()
    return validate_email(value, check_deliverability=False).normalized if value else None


def subject(key: str) -> Callable[[Bench, str], object]:
    return lambda b, ref: b.json(ref)["subject"][key]


def add_field(key: str, **extra: str) -> Callable[[Bench, str], tuple[list[str], str]]:
    def apply(b: Bench, value: str) -> tuple[list[str], str]:
        argv = ["add", "--right", "access", "--received", R.isoformat()]
        argv += ["--name", value] if key == "name" else ["--name", f"Veld {key}"]
        for k, v in extra.items():
            argv += [f"--{k}", v]
        if key != "name":
            argv += [f"--{key}", value]
        return argv, b.next_reference()

    return apply


def edit_field(key: str, **extra: str) -> Callable[[Bench, str], tuple[list[str], str]]:
    def apply(b: Bench, value: str) -> tuple[list[str], str]:
        ref = b.new_request(**extra)
        return ["edit", ref, f"--{key}", value], ref

    return apply


def step(argv: Callable[[str, str], list[str]], **request: object):  # type: ignore[no-untyped-def]
    def apply(b: Bench, value: str) -> tuple[list[str], str]:
        ref = b.new_request(**request)
        return argv(ref, value), ref

    return apply


def setting(key: str) -> Callable[[Bench, str], tuple[list[str], str]]:
    return lambda b, value: (["settings", "set", key, value], key)


def subject_fields(verb: str, make: Callable) -> list[Field]:  # type: ignore[type-arg]
    return [
        Field(
            f"{verb} --name",
            make("name"),
            subject("name"),
            stripped,
            "acknowledgement",
            export_column="Betrokkene",
        ),
        Field(
            f"{verb} --email",
            make("email"),
            subject("email"),
            email_form,
            None,
            export_column="E-mail",
        ),
        Field(f"{verb} --street", make("street"), subject("street"), stripped, "acknowledgement"),
        # a Belgian postcode has four digits; abroad it is free text (at most 12 characters)
        Field(
            f"{verb} --postcode",
            make("postcode", country="NL"),
            subject("postcode"),
            stripped,
            "acknowledgement",
        ),
        Field(f"{verb} --city", make("city"), subject("city"), stripped, "acknowledgement"),
        Field(
            f"{verb} --country",
            make("country"),
            subject("country"),
            lambda v: v.strip().upper() or "BE",
            "acknowledgement",
            printed=False,
            extra=(("a code in lower case with spaces", " nl "), ("a code", "FR")),
        ),
    ]


FIELDS: list[Field] = [
    *subject_fields("add", add_field),
    *subject_fields("edit", edit_field),
    Field(
        "extend --reason",
        step(lambda ref, v: ["extend", ref, "--reason", v, "--on", DAY1]),
        lambda b, ref: b.json(ref)["extension_reason"],
        reason_text,
        "extension",
    ),
    Field(
        "close --reason",
        step(
            lambda ref, v: ["close", ref, "--outcome", "refused", "--reason", v, "--on", DAY1],
            known_account=True,
        ),
        lambda b, ref: b.json(ref)["outcome_reason"],
        reason_text,
        "refusal",
    ),
    Field(
        "reject --reason",
        step(lambda ref, v: ["reject", ref, "--reason", v, "--ground", "repetitive", "--on", DAY1]),
        lambda b, ref: b.json(ref)["outcome_reason"],
        reason_text,
        "refusal",
    ),
    Field(
        "identity --failed --reason",
        step(lambda ref, v: ["identity", ref, "--failed", "--reason", v, "--on", DAY1]),
        lambda b, ref: b.wb.request(ref).identity.note,
        reason_text,
        None,
    ),
    Field(
        "fee-note --reason",
        step(
            lambda ref, v: [
                "fee-note",
                ref,
                "--amount",
                "5",
                "--reason",
                v,
                "--on",
                DAY1,
                "--ground",
                "excessive",
            ],  # issue 13: a fee needs its ground
            known_account=True,
        ),
        lambda b, ref: (
            (b.wb.request(ref).fee_notes or [None])[-1] and b.wb.request(ref).fee_notes[-1].reason
        ),
        reason_text,
        "fee-note",
    ),
    Field(
        "recipient --not-applicable --note",
        step(
            lambda ref, v: ["recipient", ref, "Mollie", "--not-applicable", "--note", v],
            rights=("erasure",),
        ),
        lambda b, ref: next(
            i["note"] for i in b.json(ref)["recipients"] if i["recipient"] == "Mollie"
        ),
        reason_text,
        None,
    ),
    Field(
        "settings set organisation.name",
        setting("organisation.name"),
        lambda b, key: b.wb.settings().value(key),
        lambda v: v.strip(),
        "acknowledgement",
        dossier=False,
    ),
    Field(
        "settings set letters.signature_name",
        setting("letters.signature_name"),
        lambda b, key: b.wb.settings().value(key),
        lambda v: v.strip(),
        "acknowledgement",
        dossier=False,
    ),
]


# -- the bench: one database for the module, and a Workbench held open for the checks ------


class Bench:
    def __init__(self, root: Path) -> None:
        from cluma_dpo.app import open_workbench

        self.root = root
        self.rendered: set[tuple] = set()
        assert call_cli(["init"]).code == 0
        self.wb = open_workbench(root / "data", PASSPHRASE)
        self.wb.set_setting("bank.iban", "BE71096123456769")
        self.settings_defaults = self.wb.settings().as_dict()
        self.letter_ref = self.new_request(
            name="Vaste Betrokkene", street="Markt 1", postcode="8800", city="Roeselare"
        )

    def new_request(
        self, *, rights: tuple[str, ...] = ("access",), known_account: bool = False, **subject: str
    ) -> str:
        from cluma_dpo.services.requests import NewRequest

        subject.setdefault("name", "Nieuwe Betrokkene")
        return self.wb.register(
            NewRequest(rights=list(rights), received=R, known_account=known_account, **subject)
        )

    def next_reference(self) -> str:
        seq = scalar(self.wb, f"SELECT coalesce(max(seq), 0) FROM requests WHERE year = {R.year}")
        return f"DSR-{R.year}-{seq + 1:04d}"

    def json(self, ref: str) -> dict:
        from cluma_dpo.cli.output import dumps, request_json

        return json.loads(dumps(request_json(self.wb.request(ref))))

    def audit_count(self) -> int:
        return scalar(self.wb, "SELECT count(*) FROM audit_events")

    def snapshot(self, ref_or_key: str) -> object:
        if ref_or_key in self.settings_defaults:
            return self.wb.settings().value(ref_or_key)
        exists = scalar(self.wb, f"SELECT count(*) FROM requests WHERE reference = '{ref_or_key}'")
        return self.json(ref_or_key) if exists else None


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("bad-input")
    names = {
        "CLUMA_DPO_DATA_DIR": str(root / "data"),
        "CLUMA_DPO_PASSPHRASE": PASSPHRASE,
        "CLUMA_DPO_LOG_DIR": str(root / "log"),
    }
    saved = {k: os.environ.get(k) for k in names}
    os.environ.update(names)
    b = Bench(root)
    try:
        yield b
    finally:
        b.wb.close()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# -- what "prints" means -------------------------------------------------------------------


@cache
def font_cmap() -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFont

    from cluma_dpo.paths import resource

    return frozenset(TTFont("probe", str(resource("fonts", "DejaVuSans.ttf"))).face.charToGlyph)


def visible(value: str) -> str:
    """The characters that must show on paper: no white space, controls or format marks."""
    return "".join(
        ch
        for ch in unicodedata.normalize("NFC", value)
        if not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf")
    )


def squeeze(text: str) -> str:
    return "".join(
        ch
        for ch in unicodedata.normalize("NFC", text)
        if not ch.isspace() and unicodedata.category(ch)[0] != "C"
    )


def pdf_text(pdf: bytes) -> tuple[str, int, int]:
    """(the PDF's text squeezed, its page count, how many characters lie off the page).

    pypdfium2 rather than pdfplumber: the same text layer, twenty times faster, which
    matters with some 700 documents to read."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    texts, off_page = [], 0
    try:
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            width, height = page.get_size()
            full = squeeze(textpage.get_text_range())
            inside = squeeze(textpage.get_text_bounded(-0.5, -0.5, width + 0.5, height + 0.5))
            off_page += len(full) - len(inside)
            texts.append(full)
            textpage.close()
            page.close()
        return "".join(texts), len(doc), off_page
    finally:
        doc.close()


def pdf_problems(pdf: bytes, value: str, what: str) -> list[str]:
    problems = []
    missing_glyphs = sorted(
        {f"U+{ord(ch):04X}" for ch in visible(value) if ord(ch) not in font_cmap()}
    )
    if missing_glyphs:
        problems.append(
            f"{what}: no glyph in the letter font for {missing_glyphs[:6]} (prints as empty boxes)"
        )
    text, pages, off_page = pdf_text(pdf)
    if off_page:
        problems.append(f"{what}: {off_page} characters lie outside the page")
    words = []
    for word in unicodedata.normalize("NFC", value).split():
        word = "".join(ch if ord(ch) <= 0xFFFF else " " for ch in squeeze(word))
        for part in word.split():
            words += [part[i : i + 40] for i in range(0, len(part), 40)]
    absent = [w for w in words if w not in text]
    if len(absent) > pages - 1:
        reversed_ = [w for w in absent if w[::-1] in text]
        if reversed_:
            problems.append(
                f"{what}: right-to-left text drawn left to right (reversed, "
                f"letters not joined): {[w[:30] for w in reversed_[:4]]}"
            )
        else:
            problems.append(f"{what}: not in the PDF text: {[w[:30] for w in absent[:4]]}")
    return problems


# -- the test ----------------------------------------------------------------------------------


def _check(bench: Bench, field: Field, label: str, value: str) -> tuple[list[str], str | None]:
    """Problems with one value in one field; and the reference/key if it was accepted."""
    argv, target = field.apply(bench, value)  # may set up a fresh request first
    before_audit = bench.audit_count()
    before = bench.snapshot(target)
    result = call_cli(argv)
    say = f"{field.id} <- {label}"
    if result.code != 0:
        lines = result.err.strip().splitlines()
        problems = []
        if result.code != 1 or len(lines) != 1 or not lines[0].startswith("cluma-dpo: "):
            problems.append(f"{say}: refused unclearly (exit {result.code}): {result.err[:300]!r}")
        if "Traceback" in result.err:
            problems.append(f"{say}: traceback on stderr")
        core = value.strip()
        if len(core) >= 6 and core in result.err:
            problems.append(f"{say}: the message quotes the value")
        if bench.audit_count() != before_audit or bench.snapshot(target) != before:
            problems.append(f"{say}: refused, but something was written")
        return problems, None
    try:
        expected = field.expect(value)
    except Exception as exc:  # e.g. email-validator refuses what was stored
        return [f"{say}: accepted a value its own rules refuse ({type(exc).__name__})"], None
    stored = field.stored(bench, target)
    if stored != expected:
        return [f"{say}: stored {str(stored)[:60]!r}, expected {str(expected)[:60]!r}"], None
    return [], target


def _documents(bench: Bench, field: Field, label: str, value: str, target: str) -> list[str]:
    """The letter, the dossier: rendered, and printing the value."""
    problems: list[str] = []
    say = f"{field.id} <- {label}"
    ref = bench.letter_ref if target in bench.settings_defaults else target
    check = field.printed and field.expect(value) is not None
    seen = (field.id.split()[-1], field.letter, field.dossier, field.expect(value))
    if seen in bench.rendered:  # e.g. `edit --name` stores what `add --name` stored
        return []
    bench.rendered.add(seen)
    try:
        if field.letter == "fee-note":
            pdf = bench.wb.fee_note_pdf(bench.wb.request(ref).fee_notes[-1].number)
        elif field.letter:
            pdf = bench.wb.letter(ref, field.letter)
        else:
            pdf = None
        if pdf is not None and check:
            problems += pdf_problems(pdf, value, f"{say}: {field.letter} letter")
        if field.dossier:
            pdf = bench.wb.dossier(ref)
            if check:
                problems += pdf_problems(pdf, value, f"{say}: dossier")
    except Exception as exc:  # any failure to render is the finding
        problems.append(f"{say}: a document failed to render: {type(exc).__name__}: {exc}"[:300])
    return problems


def _export(bench: Bench, field: Field, accepted: dict[str, tuple[str, str]]) -> list[str]:
    """One register export after all values: it renders, and each accepted value is a text
    cell holding the value (less what XML cannot carry), never a formula."""
    from openpyxl import load_workbook

    from cluma_dpo.documents.register import _NOT_XML, HEADERS

    try:
        sheet = load_workbook(io.BytesIO(bench.wb.export_register()))["Verzoeken"]
    except Exception as exc:
        return [f"{field.id}: the register export failed: {type(exc).__name__}: {exc}"[:300]]
    if field.export_column is None:
        return []
    column = HEADERS.index(field.export_column)
    cells = {row[0].value: row[column] for row in sheet.iter_rows(min_row=2)}
    problems = []
    for ref, (label, value) in accepted.items():
        expected = field.expect(value)
        cell = cells.get(ref)
        if cell is None:
            problems.append(f"{field.id} <- {label}: no row for {ref} in the register")
        elif expected is not None and (
            cell.data_type != "s" or cell.value != _NOT_XML.sub("", expected)
        ):
            problems.append(
                f"{field.id} <- {label}: register cell {cell.data_type!r} {str(cell.value)[:40]!r}"
            )
    return problems


@pytest.mark.timeout(300)
@pytest.mark.parametrize("field", FIELDS, ids=[f.id for f in FIELDS])
def test_corpus(bench: Bench, field: Field) -> None:
    problems: list[str] = []
    accepted: dict[str, tuple[str, str]] = {}
    outcome: dict[str, list[str]] = {"refused": [], "accepted": []}
    try:
        for label, value in [*CORPUS, *field.extra]:
            found, target = _check(bench, field, label, value)
            problems += found
            outcome["accepted" if target else "refused"].append(label)
            if target is None:
                continue
            accepted[target] = (label, value)
            if field.expect(value) is not None:
                problems += _documents(bench, field, label, value, target)
        problems += _export(bench, field, accepted)
    finally:
        if field.id.startswith("settings"):
            key = field.id.split()[-1]
            bench.wb.set_setting(key, str(bench.settings_defaults[key]))
    assert outcome["accepted"], "the field accepted nothing at all: the test proves little"
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)


def test_fee_note_command_is_all_or_nothing(bench: Bench) -> None:
    """`fee-note --out` issues the note and then writes its PDF. A reason the validation
    accepts (at most 2,000 characters) must not make the PDF fail after the note was
    issued: the user would see an error, retry, and have issued two fee notes."""
    ref = bench.new_request(known_account=True)
    reason = ("lorem ipsum dolor " * 112)[:2000]
    out = bench.root / "fee-note.pdf"
    result = call_cli(["fee-note", ref, "--amount", "5", "--reason", reason, "--out", str(out),
                       "--ground", "excessive"])  # fmt: skip
    notes = bench.json(ref)["fee_notes"]
    if result.code == 0:
        assert out.is_file() and len(notes) == 1, result
    else:
        assert result.code == 1 and not notes, (
            f"exit {result.code} ({result.err.strip()}) yet {len(notes)} fee note(s) issued: "
            f"{[n['number'] for n in notes]}"
        )
