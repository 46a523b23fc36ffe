"""Country names in the letter's language, and the Babel locale of each letter language.

Shared by the letters (documents/letters.py) and the recipients' part of them
(documents/recipients.py), which letters itself imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from babel import Locale

# Babel locales: Belgian conventions where CLDR has them, an euro-area English otherwise.
LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_IE", "de": "de_BE"}
HOME_COUNTRY = "BE"


@lru_cache(maxsize=16)
def _territories(language: str) -> Mapping[str, str]:
    return Locale.parse(LOCALES.get(language, "en_IE")).territories


def country_name(code: str | None, language: str) -> str:
    code = (code or HOME_COUNTRY).strip().upper()
    return str(_territories(language).get(code, code))
