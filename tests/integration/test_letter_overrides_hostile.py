"""Issue 13, the attacker's reading: what a value or a DPO's override can make a letter do.

A value cannot forge a heading or bullet with any line-break character; a template or
wording override can print only <b>, <i> and <br/> (an <img> would make reportlab read any
file), cannot reach a file outside its folder through a symbolic link, and a wording with
other placeholders than the original is refused naming the file, never a person's data."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from cluma_dpo.documents.letter_layout import page_label
from cluma_dpo.domain.errors import ValidationError
from tests.integration.test_letters import letter, make_request, refused, text_of

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
MARKER = "Zorglub Markerman"


@pytest.mark.parametrize("breaker", ["\u2028", "\u2029", "\u2028\u2028"])
def test_no_line_break_character_forges_a_heading(breaker: str) -> None:
    reason = f"wij bewaren factuurgegevens{breaker}## Wij hebben alles gewist{breaker}- GBA akkoord"
    pdf = letter("refusal", request=refused(), texts={"reason": reason})
    text = text_of(pdf)
    assert "## Wij hebben alles gewist" in text and "- GBA akkoord" in text  # printed as text


def test_a_control_line_break_in_a_letter_text_is_refused() -> None:
    with pytest.raises(ValidationError, match="control or invisible"):
        letter("refusal", request=refused(), texts={"reason": "a\x85## kop"})


def test_an_override_prints_only_bold_italic_and_line_breaks(tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"\x89PNG not really")
    own = tmp_path / "nl" / "acknowledgement.j2"
    own.parent.mkdir()
    own.write_text(
        f'<b>vet</b> <img src="{outside}" width="40" height="40"/> <font size="80">groot</font>'
        ' <a href="https://evil.example">klik</a>\n',
        encoding="utf-8",
    )
    text = text_of(letter(templates_dir=tmp_path))
    assert "vet" in text and "<img src=" in text and '<font size="80">' in text
    assert "<a href=" in text


def test_a_template_link_out_of_its_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0 SECRET-LINE", encoding="utf-8")
    folder = tmp_path / "templates" / "nl"
    folder.mkdir(parents=True)
    (folder / "acknowledgement.j2").symlink_to(secret)
    with pytest.raises(ValidationError) as caught:
        letter(templates_dir=tmp_path / "templates")
    assert "SECRET-LINE" not in caught.value.message
    (folder / "acknowledgement.j2").unlink()
    (folder / "evil.j2").symlink_to(secret)
    (folder / "acknowledgement.j2").write_text("{% include 'evil.j2' %}\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        letter(templates_dir=tmp_path / "templates")


@pytest.mark.parametrize("wording", ["Geachte %(name)d,", "Geachte %s,", "Geachte %(naam)s,"])
def test_a_wording_with_other_placeholders_is_refused_without_personal_data(
    tmp_path: Path, wording: str
) -> None:
    own = tmp_path / "nl" / "letters.po"
    own.parent.mkdir()
    own.write_text(HEADER + f'msgid "Dear %(name)s,"\nmsgstr "{wording}"\n', encoding="utf-8")
    request = make_request(subject=dataclasses.replace(make_request().subject, name=MARKER))
    with pytest.raises(ValidationError) as caught:
        letter(request=request, templates_dir=tmp_path)
    assert "letters.po" in caught.value.message and "placeholders" in caught.value.message
    assert "Zorglub" not in caught.value.message


def test_a_template_error_never_quotes_a_value(tmp_path: Path) -> None:
    own = tmp_path / "nl" / "acknowledgement.j2"
    own.parent.mkdir()
    own.write_text("{{ subject[subject.name] }} {{ 1/0 }}\n", encoding="utf-8")
    request = make_request(subject=dataclasses.replace(make_request().subject, name=MARKER))
    with pytest.raises(ValidationError) as caught:
        letter(request=request, templates_dir=tmp_path)
    assert "Zorglub" not in caught.value.message
    assert "acknowledgement.j2" in caught.value.message


def test_the_page_label_fills_in_two_fields_only() -> None:
    assert page_label("Pagina {page} van {pages}", 2, 3) == "Pagina 2 van 3"
    assert page_label("{page.__class__} {pagina} {0}", 1, 2) == "{page.__class__} {pagina} {0}"
