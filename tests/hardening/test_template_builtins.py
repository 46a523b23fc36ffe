"""Issue 16, finding 9, second attack (brief h16b, item 1): the letter-template sandbox
held against loops, but a single built-in could still run for ever or take gigabytes:
``lipsum(n=100000000)``, ``("a "*50000)|wordwrap(1)`` (a letter of 50,000 lines that
reportlab lays out for minutes), two ``range(99999)|list|tojson`` (1.4 million characters
printed: markup escaped the output count), a separator, width or placeholder repeated
100,000 times, a list that doubles itself, an integer squared twenty times.

Each attack renders in a forked child with a deadline and a memory ceiling: before the fix
the child was killed (a hang) or ran out of memory; now each is refused as bad input
(`ValidationError`) in a fraction of a second. One attack also goes through the command
line: exit 1 with one line naming the template.
"""

from __future__ import annotations

import multiprocessing
import resource
from pathlib import Path

import pytest

from tests.hardening.support import Env, call_cli, received_day

DEADLINE = 20.0  # seconds a child may take; refused attacks take well under one
MEMORY = 1 << 30  # address space of a child: a gigabyte value fails at once

BIG = "'x' * 99999"

ATTACKS = {
    "lipsum": "{{ lipsum(n=100000000) }}",
    "cycler": "{{ cycler(1, 2).next() }}",
    "joiner": "{{ joiner(',')() }}",
    "wordwrap": '{{ ("a " * 50000)|wordwrap(1) }}',
    "wordwrap wrapstring": '{{ ("a " * 50000)|wordwrap(1, wrapstring="x" * 99999) }}',
    "tojson twice": "{{ range(99999)|list|tojson }}{{ range(99999)|list|tojson }}",
    "indent": '{{ ("a\\n" * 49999)|indent(50000) }}',
    "indent text": '{{ ("a\\n" * 49999)|indent("x" * 99999) }}',
    "join separator": '{{ range(99999)|join("x" * 99999) }}',
    "str.join separator": '{{ ("x" * 99999).join(["a"] * 99999) }}',
    "translate": '{{ ("a" * 99999).translate({97: "x" * 99999}) }}',
    "star width": "{{ '%*d' % (1000000000, 1) }}",
    "star width filter": "{{ '%*d'|format(1000000000, 1) }}",
    "nested width": "{{ '{:>{w}}'.format(1, w=1000000000) }}",
    "repeated field": f"{{{{ ('{{0}}' * 33333).format({BIG}) }}}}",
    "repeated placeholder": f"{{{{ ('%(a)s' * 16000) % {{'a': {BIG}}} }}}}",
    "repeated placeholder filter": f"{{{{ ('%(a)s' * 16000)|format(a={BIG}) }}}}",
    "doubling list": (
        "{% set l = ['x'] %}{% for i in range(40) %}{{ l.extend(l) or '' }}{% endfor %}"
        "{{ l|length }}"
    ),
    "squared integer": (
        "{% set n = namespace(x=9 ** 10000) %}{% for i in range(20) %}"
        "{% set n.x = n.x * n.x %}{% endfor %}x"
    ),
    "integer power": "{{ ((9 ** 10000) ** 9999) > 1 }}",
    "sum of lists": "{{ ([[0, 0]] * 33000)|sum(start=[]) }}",
    "nested literals": (
        f"{{% set a = {BIG} %}}{{% set b = [a,a,a,a,a,a,a,a,a,a] %}}"
        "{% set c = [b,b,b,b,b,b,b,b,b,b] %}{% set d = [c,c,c,c,c,c,c,c,c,c] %}"
        "{% set e = [d,d,d,d,d,d,d,d,d,d] %}{{ (e ~ '')|length }}"
    ),
    "appended references": (
        f"{{% set a = {BIG} %}}{{% set b = [] %}}"
        "{% for i in range(10) %}{{ b.append(a) or '' }}{% endfor %}"
        "{% set c = [] %}{% for i in range(100) %}{{ c.append(b) or '' }}{% endfor %}"
        "{% set d = [] %}{% for i in range(100) %}{{ d.append(c) or '' }}{% endfor %}"
        "{{ d|upper|length }}"
    ),
    "batch filler": (
        f"{{% for x in range(1)|batch(99999, fill_with={BIG}) %}}{{{{ x }}}}{{% endfor %}}"
    ),
    "many paragraphs": "{% for i in range(6000) %}- a\n\n{% endfor %}",
    "one long paragraph": "{% for i in range(10) %}{{ 'a ' * 5000 }} {% endfor %}",
    "lines of one paragraph": (
        "{% for i in range(3) %}{{ ('a ' * 600)|wordwrap(1) }}<br/>{% endfor %}"
    ),
}


def _render(templates: Path, body: str, po: str | None, seconds: float | None, pipe) -> None:  # type: ignore[no-untyped-def]
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    from cluma_dpo.documents import template_limits
    from cluma_dpo.documents.templates import render_template
    from cluma_dpo.domain.errors import ValidationError

    if seconds is not None:
        template_limits.MAX_SECONDS = seconds
    folder = templates / "nl"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_letter.j2").write_text("\n", encoding="utf-8")
    (folder / "acknowledgement.j2").write_text(body + "\n", encoding="utf-8")
    if po is not None:
        (folder / "letters.po").write_text(po, encoding="utf-8")
    try:
        rendered = render_template("acknowledgement", "nl", {}, templates)
        pipe.send(("rendered", str(len(rendered.body))))
    except ValidationError as exc:
        pipe.send((exc.msg.code, exc.message))
    except MemoryError:
        pipe.send(("memory", ""))
    except BaseException as exc:  # reported to the test
        pipe.send(("error", type(exc).__name__))


def render_in_child(
    templates: Path, body: str, po: str | None = None, seconds: float | None = None
) -> tuple[str, str]:
    """(message code or what happened, English text) of rendering `body` as the DPO's
    ``nl/acknowledgement.j2`` in a forked child; "hang" when it has not answered within
    DEADLINE (then it is killed)."""
    ctx = multiprocessing.get_context("fork")
    ours, theirs = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_render, args=(templates, body, po, seconds, theirs))
    child.start()
    theirs.close()
    try:
        if not ours.poll(DEADLINE):
            return ("hang", "")
        code, text = ours.recv()
        return (code, text)
    except EOFError:
        return ("died", "")
    finally:
        if child.is_alive():
            child.kill()
        child.join()


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_a_single_builtin_cannot_hang_a_letter(tmp_path: Path, attack: str) -> None:
    code, text = render_in_child(tmp_path / "templates", ATTACKS[attack])
    assert code in ("template.too_costly", "template.cannot_fill"), (attack, code, text)
    assert "nl/acknowledgement.j2" in text, text


def test_removed_globals_are_named_as_undefined(tmp_path: Path) -> None:
    for name in ("lipsum", "cycler", "joiner"):
        code, text = render_in_child(tmp_path / name, ATTACKS[name])
        assert (code, f"'{name}' is undefined" in text) == ("template.cannot_fill", True), text


@pytest.mark.parametrize(
    ("attack", "says"),
    [
        ("wordwrap", "100,000"),
        ("tojson twice", "1,000,000"),
        ("many paragraphs", "5,000 lines"),
        ("one long paragraph", "20,000 characters"),
        ("lines of one paragraph", "1,000 lines"),
    ],
)
def test_the_message_names_the_limit(tmp_path: Path, attack: str, says: str) -> None:
    code, text = render_in_child(tmp_path / "templates", ATTACKS[attack])
    assert code == "template.too_costly" and says in text, text


def test_a_wording_that_repeats_a_placeholder_is_stopped(tmp_path: Path) -> None:
    """The wording catalogue is the DPO's too: ``%(name)s`` 20,000 times with a value of
    99,999 characters is stopped; a width of a billion was already refused as another
    placeholder than the original's."""
    head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
    body = f'{{{{ _("Dear %(name)s,", name={BIG}) }}}}'
    for wording, refused in (("%(name)s" * 20000, "template.too_costly"),
                             ("%(name)1000000000s", "wording.placeholders")):  # fmt: skip
        po = head + f'msgid "Dear %(name)s,"\nmsgstr "{wording}"\n'
        code, text = render_in_child(tmp_path / str(len(wording)), body, po)
        assert code == refused, (code, text)


def test_a_slow_test_inside_a_filter_counts_against_the_time(tmp_path: Path) -> None:
    """``select('in', a list)``: each test is quick, 30,000 of them are not; they are steps,
    and the render's time budget (one second here) stops them."""
    body = "{{ range(30000)|select('in', range(30000)|list)|list|length }}"
    code, text = render_in_child(tmp_path / "templates", body, seconds=1.0)
    assert code == "template.too_costly" and "second" in text, text


def test_ordinary_filters_still_work(tmp_path: Path) -> None:
    body = (
        "{{ 'een twee drie'|wordwrap(5) }} {{ 'a\\nb'|indent(2) }} {{ [1, 2]|join(', ') }}"
        " {{ [1, 2]|sum }} {{ '%05d' % 7 }} {{ '{:>6}'.format('x') }} {{ [1]|tojson }}"
        " {{ 'abc'|center(9) }} {{ 'abc'|truncate(5, leeway=0) }} {{ 'a-b'.replace('-', '+') }}"
        " {% set l = [] %}{{ l.append(1) or l|length }} {{ 12 * 12 }} {{ 2 ** 10 }}"
        " {{ dict(a=1)|length }} {% set ns = namespace(n=1) %}{{ ns.n }}"
    )
    code, text = render_in_child(tmp_path / "templates", body)
    assert code == "rendered", (code, text)


@pytest.fixture
def ref(env: Env, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CLUMA_DPO_LANGUAGE", "en")
    assert call_cli(["init"]).code == 0
    added = call_cli(["add", "--right", "access", "--name", "Eva Claes", "--received",
                      received_day().isoformat(), "--language", "nl"])  # fmt: skip
    assert added.code == 0, added
    return added.out.strip()


@pytest.mark.timeout(60)
@pytest.mark.parametrize("attack", ["wordwrap", "tojson twice"])
def test_the_command_line_refuses_with_exit_1(env: Env, ref: str, attack: str) -> None:
    """The attacks as first reported: through ``letter``, exit 1 and one line, no PDF."""
    own = env.data_dir / "templates" / "nl" / "acknowledgement.j2"
    own.parent.mkdir(parents=True)
    own.write_text(ATTACKS[attack] + "\n", encoding="utf-8")
    out = env.root / "a.pdf"
    r = call_cli(["letter", ref, "acknowledgement", "--out", str(out)])
    assert r.code == 1, r
    lines = r.err.splitlines()
    assert len(lines) == 1 and "nl/acknowledgement.j2" in lines[0], r
    assert not out.exists()
