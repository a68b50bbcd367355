"""Reading figures as reporters write them: "1,158", "3 800", "two", "1.5 million".

Spelled-out numbers go through text2num (a maintained parser) rather than a hand-made
table of words; this module only handles separators and scale words around it.
"""
from __future__ import annotations

import re

from text_to_num import text2num

# A digit group: "52,650", "3 800" (with a space or thin space as the thousands separator),
# "1.158" is read as a decimal, "1,5" is not a thousands group (fewer than three digits).
DIGITS = r"\d{1,3}(?:(?:,|\u202f|\u2009|\u00a0| )\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_DIGITS_RE = re.compile(rf"^(?:{DIGITS})$")
_SCALED_RE = re.compile(rf"^({DIGITS})\s*(thousand|million|billion)$", re.IGNORECASE)


def parse_number(text: str) -> float:
    """Return the value of a figure written in digits or in English words.

    Parameters
    ----------
    text : str
        ``"1,158"``, ``"3 800"``, ``"52650"``, ``"2.5"``, ``"two"``, ``"twenty-one"``,
        ``"one hundred and fifty"``, ``"1.5 million"``, ``"a"``/``"an"`` (one).

    Raises
    ------
    ValueError
        The text is not a number.
    """
    s = " ".join(str(text).strip().split())
    if not s:
        raise ValueError("empty figure")
    if _DIGITS_RE.match(s):
        return float(re.sub(r"[,\u202f\u2009\u00a0 ]", "", s))
    m = _SCALED_RE.match(s)
    if m:
        return float(re.sub(r"[,\u202f\u2009\u00a0 ]", "", m.group(1))) * SCALES[m.group(2).lower()]
    low = s.lower()
    if low in ("a", "an", "single"):
        return 1.0
    try:
        return float(text2num(low.replace("-", " "), "en"))
    except ValueError:
        raise ValueError(f"not a number: {text!r}") from None
