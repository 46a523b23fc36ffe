"""The one list of words that only English uses (issue 14): one of them on a Dutch, French
or German screen, page or message is a text left untranslated. None is a word of those
languages ("is", "of", "in", "die", "will" and "was" are, so they are not here)."""

from __future__ import annotations

import re

FUNCTION_WORDS: tuple[str, ...] = tuple(
    """the and with cannot must should this that from been has have not are were your you
    already only please when which there""".split()  # noqa: SIM905 (a paragraph reads better)
)
PATTERN = re.compile(r"\b(" + "|".join(FUNCTION_WORDS) + r")\b", re.IGNORECASE)


def english_words(text: str) -> list[str]:
    """The English-only words of `text`, as they are written there."""
    return PATTERN.findall(text)
