"""The names kept files keep (domain.correspondence.stored_name): a file saved again on the
DPO's Windows machine must get the name shown, whatever the sender called it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cluma_dpo.domain.correspondence import distinct_name, stored_name


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("scan.pdf", "scan.pdf"),
        ("C:\\Users\\x\\brief.pdf", "brief.pdf"),
        ("../../etc/passwd", "passwd"),
        ('a<b>:"c".pdf', "a_b___c_.pdf"),
        ("  name  with   blanks .pdf. ", "name with blanks .pdf"),
        ("///", ""),
        # Windows' reserved device names, with or without a suffix, in any case: saving
        # "CON.pdf" there opens the console, not a file (attacker's input odds, issue 17)
        ("CON", "_CON"),
        ("con.pdf", "_con.pdf"),
        ("Aux.txt", "_Aux.txt"),
        ("NUL", "_NUL"),
        ("COM1.jpg", "_COM1.jpg"),
        ("lpt9", "_lpt9"),
        ("PRN.tar.gz", "_PRN.tar.gz"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),
        ("COM10.pdf", "COM10.pdf"),
        ("COM\u00b9.pdf", "_COM\u00b9.pdf"),  # Windows counts COM1 with a superscript one too
        ("Contract.pdf", "Contract.pdf"),
        ("CON." + "x" * 300 + ".pdf", "_CON." + "x" * 191 + ".pdf"),
    ],
)
def test_a_stored_name(sent: str, kept: str) -> None:
    assert stored_name(sent) == kept


@given(st.text(max_size=300))
def test_a_stored_name_is_always_safe_to_save(sent: str) -> None:
    name = stored_name(sent)
    assert "/" not in name and "\\" not in name and len(name) <= 200
    assert all(c.isprintable() and c not in '<>:"|?*' for c in name)
    assert name == name.strip(" .")
    stem = name.split(".", 1)[0].upper()
    digits = [*"123456789", "\u00b9", "\u00b2", "\u00b3"]
    reserved = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in digits}
    assert stem.rstrip(" ") not in reserved


def test_a_distinct_name_counts_up() -> None:
    assert distinct_name("a.eml", set()) == "a.eml"
    assert distinct_name("a.eml", {"a.eml", "a (2).eml"}) == "a (3).eml"
