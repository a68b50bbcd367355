"""Regular expressions that skip, at one character's cost, the places where they cannot start.

Python's ``re`` tries a pattern at every position of the text. A pattern that opens with
``\\b`` and a long alternation of words ("said|says|told|...") under ``re.IGNORECASE`` gets
none of the engine's own shortcuts (it finds a literal or character-set prefix only
without a leading assertion and without case-folding), so every alternative is tried at every
word. :func:`compile` finds the set of characters the pattern's first consumed character can
be and puts a look-ahead for it in front: the matches are the same, found two to five times
faster for the word alternations of the lexicon.
Where the set cannot be told for certain (a pattern that may start with any character, or
match the empty string) the pattern is compiled as it is.
"""
from __future__ import annotations

import re

try:  # the standard library's own parser of patterns: private, so used only to speed up
    from re import _constants as C
    from re import _parser as P
except ImportError:  # Python before 3.11
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_REPEATS = tuple(getattr(C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, name))

#: Stands for "any digit" (``\\d``) in a set of first characters.
_DIGIT = "\\d"
#: Largest character range kept in a first-character set ("[A-Z]" is 26); wider means "any".
_WIDEST = 600


def _first(items, flags: int) -> tuple[set[str], bool] | None:
    """(first characters, may be empty) of a parsed sequence; None when any character may come first."""
    out: set[str] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: the first character is the next item's
        if op is C.LITERAL:
            return out | {chr(av)}, False
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    out.add(chr(a))
                elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                    out.add(_DIGIT)
                elif o is C.RANGE and a[1] - a[0] <= _WIDEST:
                    out.update(chr(c) for c in range(a[0], a[1] + 1))
                else:
                    return None  # a category (\w, \s), a negated set: too many
            return out, False
        if op is C.BRANCH:
            empty = False
            for alt in av[1]:
                got = _first(alt.data, flags)
                if got is None:
                    return None
                out |= got[0]
                empty = empty or got[1]
            if not empty:
                return out, False
            continue
        if op is C.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            inner = (flags | add_flags) & ~del_flags
            if (inner ^ flags) & re.IGNORECASE:
                return None  # a case rule of its own: not worth telling apart
            got = _first(sub.data, inner)
            if got is None:
                return None
            out |= got[0]
            if not got[1]:
                return out, False
            continue
        if op in _REPEATS:
            lo, _, sub = av
            got = _first(sub.data, flags)
            if got is None:
                return None
            out |= got[0]
            if lo > 0 and not got[1]:
                return out, False
            continue
        return None  # anything else (any character, a back-reference, a conditional): unknown
    return out, True


def first_characters(pattern: str, flags: int = 0) -> tuple[set[str], int] | None:
    """The characters a match of ``pattern`` can start with, and the flags the pattern is
    read with; None when that is not told."""
    try:
        parsed = P.parse(pattern, flags)
        got = _first(parsed.data, parsed.state.flags)
    except (AttributeError, TypeError, ValueError):
        return None  # a parser this module does not know: the pattern stays as written
    if got is None or got[1] or not got[0]:
        return None
    return got[0], parsed.state.flags


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` with a look-ahead for the pattern's possible first characters in front."""
    first = first_characters(pattern, flags)
    if first is None or flags & re.VERBOSE or first[1] != (flags | re.UNICODE) and first[1] != flags:
        return re.compile(pattern, flags)  # inline global flags or comments: left as written
    chars = "".join(c if c == _DIGIT else f"\\U{ord(c):08x}" for c in sorted(first[0]))
    return re.compile(f"(?=[{chars}])(?:{pattern})", flags)


# --- case-insensitive searches run as case-sensitive ones on the lower-cased text ---------------
#
# Under ``re.IGNORECASE`` the engine folds every character it compares and cannot skip an
# alternative by its first letter, so a long alternation of words costs each of its words at
# every word of the text. On the lower-cased text, the same words written in lower case match
# case-sensitively, two to five times faster. That is exact where the engine's own folding and
# ``str.lower`` agree, which :func:`lowered` checks for each text.

try:  # the characters the engine also takes as equal under IGNORECASE ("ſ" for "s", "ı" for "i")
    from re._casefix import _EXTRA_CASES
except ImportError:  # Python before 3.11: their list is unknown, so no text is lowered
    _EXTRA_CASES = None
_EXOTIC = frozenset(chr(c) for codes in (_EXTRA_CASES or {}).values() for c in codes)
_last_text: list = [None, None]


def lowered(text: str) -> str | None:
    """``text.lower()``, or None where a case-sensitive match on it could differ from a
    case-insensitive one on ``text``: lower-casing changed its length ("İ"), or it holds a
    character the engine folds in its own way (Greek sigma, "ſ", "ı")."""
    if _last_text[0] is text:
        return _last_text[1]  # the stages ask about one sentence many times in a row
    low = text.lower()
    if _EXTRA_CASES is None or len(low) != len(text) or (not low.isascii() and not _EXOTIC.isdisjoint(low)):
        low = None
    _last_text[0], _last_text[1] = text, low
    return low


def names_pattern(names) -> re.Pattern:
    """A whole-word pattern finding any of ``names`` (lower case) in lower-cased text: the
    names as a tree of their letters, so that each position costs one path, not every name.

    At each letter the longer names are tried first, so it finds what ``\\b(longest|...|shortest)\\b``
    finds: the longest name that ends at a word boundary. Run it on :func:`lowered` text only.
    """
    tree: dict = {}
    for name in names:
        node = tree
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alternatives = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return compile(r"\b(" + branch(tree) + r")\b")


#: For each alias pattern (by id, with the pattern kept so the id stays its own): its names' tree.
_TREES: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def name_spans(text: str, pattern: re.Pattern, names) -> list[tuple[int, int]]:
    """(start, end) of every match of ``pattern``, a case-insensitive whole-word pattern of
    ``names`` longest first (:func:`warclaims.aliases.alias_pattern`), found by the tree of
    the names (:func:`names_pattern`) on the lower-cased text where that is exact."""
    low = lowered(text)
    if low is None:
        return [m.span() for m in pattern.finditer(text)]
    tree = _TREES.get(id(pattern))
    if tree is None or tree[0] is not pattern:
        tree = _TREES[id(pattern)] = (pattern, names_pattern(names))
    return [m.span() for m in tree[1].finditer(low)]


def patterns(namespace: dict) -> None:
    """Guard every compiled pattern of a module (``patterns(globals())`` at its end), and those
    in its lists of tuples (``[(pattern, "tank", "military"), ...]``), in place."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = compile(value.pattern, value.flags)
        elif isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):
            value[:] = [tuple(compile(x.pattern, x.flags) if isinstance(x, re.Pattern) else x for x in v) for v in value]
