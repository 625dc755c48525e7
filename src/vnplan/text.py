"""Vietnamese text helpers: NFC, whitespace, case and tone-mark style.

Every string vnplan stores is in Unicode NFC, and vnplan never compares two
strings that have not been normalised the same way.  This module is the one
place that knows how.  It must never import anything heavier than the standard
library.

>>> nfc("Hoà") == "Ho\\u00e0"
True
>>> squash("  Số:   12/KH-UBND \\t")
'Số: 12/KH-UBND'
>>> same_text("CỘNG HOÀ", "Cộng hòa")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "fold",
    "is_upper",
    "new_tone_style",
    "nfc",
    "same_text",
    "squash",
]

_SPACES = re.compile(r"\s+")

# Old ("oà, uý") versus new ("òa, úy") placement of the tone mark on the
# diphthongs oa, oe, uy.  Both styles are correct Vietnamese; the decree's own
# text uses both ("CỘNG HÒA" in the text, "CỘNG HOÀ" in its tables).
_TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_OLD_TO_NEW: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _case_a, _case_b in (
        (str.lower, str.lower),
        (str.upper, str.upper),
        (str.upper, str.lower),
        (str.lower, str.upper),
    ):
        a, b = _case_a(_first), _case_b(_second)
        for _tone in _TONES:
            old = unicodedata.normalize("NFC", a + b + _tone)
            new = unicodedata.normalize("NFC", a + _tone + b)
            _OLD_TO_NEW[old] = new
_OLD_TONE = re.compile("|".join(sorted(_OLD_TO_NEW, key=len, reverse=True)))


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (composed) form."""
    return unicodedata.normalize("NFC", text)


def squash(text: str) -> str:
    """NFC, with every run of whitespace made one space and the ends trimmed."""
    return _SPACES.sub(" ", nfc(text)).strip()


def new_tone_style(text: str) -> str:
    """Rewrite old-style tone placement ("hoà", "thuỷ") to the new style ("hòa", "thủy").

    >>> new_tone_style("CỘNG HOÀ XÃ HỘI")
    'CỘNG HÒA XÃ HỘI'
    >>> new_tone_style("quý")
    'quý'
    """
    text = nfc(text)

    def swap(match: re.Match[str]) -> str:
        # "quý", "quá": after q the u is a glide, so "uý" there is not old style.
        start = match.start()
        if start > 0 and text[start - 1] in "qQ" and match.group(0)[0] in "uU":
            return match.group(0)
        return _OLD_TO_NEW[match.group(0)]

    return _OLD_TONE.sub(swap, text)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """A comparison key: NFC, whitespace squashed, new tone style, lower case.

    Cached: rules and readers fold the same short strings (headings, names) often.
    """
    return new_tone_style(squash(text).lower())


def same_text(a: str, b: str) -> bool:
    """Whether two strings say the same thing up to case, spacing and tone style."""
    return fold(a) == fold(b)


def is_upper(text: str) -> bool:
    """Whether every cased letter of ``text`` is upper case (and there is one)."""
    return any(ch.isalpha() for ch in text) and text == text.upper()
