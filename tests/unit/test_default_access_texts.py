"""Issue 13: the default Art. 15(1) texts read as natural language in every letter language."""

from __future__ import annotations

import pytest

from cluma_dpo.domain.settings_defaults import CATEGORIES, LANGUAGES, PURPOSES

# Words seen in the letters that no Dutch, French, English or German reader would write.
AWKWARD = {
    "nl": (
        "Terbeschikkingstelling",
        "operationalisering",
        "Gender",
        "gespendeerd",
        "features",
        "E-mailverzending",
    ),
    "fr": ("features",),
    "en": (),
    "de": ("Features", "Gender"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_default_purposes_and_categories_read_naturally(language: str) -> None:
    texts = " ".join((*PURPOSES[language], *CATEGORIES[language]))
    for word in AWKWARD[language]:
        assert word not in texts, word


def test_every_language_has_as_many_purposes_and_categories() -> None:
    assert len({len(PURPOSES[x]) for x in LANGUAGES}) == 1
    assert len({len(CATEGORIES[x]) for x in LANGUAGES}) == 1
