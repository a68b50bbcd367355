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

Case-insensitive searches have three more shortcuts, each exact and tested against the
patterns as written: a case-sensitive twin run on the lower-cased text (:func:`lower_case`,
:class:`Lowered`), a skip of texts that hold none of the strings every match needs
(:func:`needed`, "since" for "since ..."), and the names of the claimant and place tables
found by a tree of their letters (:func:`name_spans`). Where lower-casing could change what
matches (a text with "İ" or a final sigma) the pattern as written is used.
"""
from __future__ import annotations

import re
import sys

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
#: Letters a text is not lowered with: those the engine takes as equal to another ("µ", "ς", "ᲀ").
_EXOTIC = frozenset(chr(c) for codes in (_EXTRA_CASES or {}).values() for c in codes if c >= 128)
#: Letters of a pattern that make it not lowered: they match a plain letter ("ı" is "i", "ſ" is "s").
_FOLDS_TO_ASCII = frozenset(chr(k) for k, codes in (_EXTRA_CASES or {}).items() if any(c < 128 for c in codes))
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


def names_pattern(names) -> re.Pattern | None:
    """A whole-word pattern finding any of ``names`` (lower case) in lower-cased text: the
    names as a tree of their letters, so that each position costs one path, not every name.

    At each letter the longer names are tried first, so it finds what ``\\b(longest|...|shortest)\\b``
    finds: the longest name that ends at a word boundary. Run it on :func:`lowered` text only;
    None where a name holds a letter the engine folds to a plain one ("ı").
    """
    if any(ch in _FOLDS_TO_ASCII for name in names for ch in name):
        return None  # "ı" matches "i" in the case-insensitive pattern, not in the lower-cased text
    return compile(r"\b(" + tree_source(names) + r")\b")


def tree_source(strings) -> str:
    """Pattern source matching any of ``strings``, the longest first, as a tree of their letters:
    at each letter the engine follows one branch instead of trying every string."""
    tree: dict = {}
    for text in strings:
        node = tree
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alternatives = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(tree)


#: For each alias pattern (by id, with the pattern kept so the id stays its own): its names' tree.
_TREES: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def name_spans(text: str, pattern: re.Pattern, names) -> list[tuple[int, int]]:
    """(start, end) of every match of ``pattern``, a case-insensitive whole-word pattern of
    ``names`` longest first (:func:`warclaims.aliases.alias_pattern`), found by the tree of
    the names (:func:`names_pattern`) on the lower-cased text where that is exact."""
    tree = _TREES.get(id(pattern))
    if tree is None or tree[0] is not pattern:
        tree = _TREES[id(pattern)] = (pattern, names_pattern(names))
    low = lowered(text)
    if low is None or tree[1] is None:
        return [m.span() for m in pattern.finditer(text)]
    return [m.span() for m in tree[1].finditer(low)]


_AT = {C.AT_BEGINNING: "^", C.AT_BEGINNING_STRING: r"\A", C.AT_END: "$", C.AT_END_STRING: r"\Z",
       C.AT_BOUNDARY: r"\b", C.AT_NON_BOUNDARY: r"\B"}
_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
             C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}


class _Unsupported(Exception):
    """A construct :func:`lower_case_twin` does not rewrite: the pattern is kept as it is."""


def _char(code: int) -> str:
    return re.escape(chr(code)) if code < 128 else f"\\U{code:08x}"


def _lower(code: int) -> int:
    """A character of the pattern in lower case, as the engine folds it."""
    low = chr(code).lower()
    if len(low) != 1 or low in _FOLDS_TO_ASCII:
        raise _Unsupported(code)  # "İ": lower case is two characters; "ı" matches "i"
    return ord(low)


def _lower_set(items) -> str:
    """A character set as the engine reads it under IGNORECASE: its members in lower case."""
    out, negate = [], False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            out.append(_char(_lower(av)))
        elif op is C.RANGE and av[1] - av[0] <= _WIDEST and av[1] <= 0xFFFF:
            codes = {_lower(c) for c in range(av[0], av[1] + 1)}
            out.extend(_char(c) for c in sorted(codes))
        elif op is C.CATEGORY and av in _CATEGORY:
            out.append(_CATEGORY[av])
        else:
            raise _Unsupported(op)
    return "[" + ("^" if negate else "") + "".join(out) + "]"


def _lower_source(items, names: dict) -> str:
    """Pattern source for a parsed pattern read under IGNORECASE, with its letters in lower case."""
    out = []
    for op, av in items:
        if op is C.LITERAL or op is C.NOT_LITERAL:
            char = _char(_lower(av))
            out.append(char if op is C.LITERAL else f"[^{char}]")
        elif op is C.ANY:
            out.append(".")
        elif op is C.IN:
            out.append(_lower_set(av))
        elif op is C.AT and av in _AT:
            out.append(_AT[av])
        elif op is C.BRANCH:
            out.append("(?:" + "|".join(_lower_source(alt, names) for alt in av[1]) + ")")
        elif op is C.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if add_flags & ~re.IGNORECASE or del_flags:
                raise _Unsupported("inline flags")  # a case-sensitive part, or another flag
            body = _lower_source(sub.data, names)
            out.append(f"(?:{body})" if group is None else f"(?P<{names[group]}>{body})" if group in names else f"({body})")
        elif op in _REPEATS:
            lo, hi, sub = av
            counts = "{%d,%s}" % (lo, "" if hi == C.MAXREPEAT else hi)
            lazy = "?" if op is C.MIN_REPEAT else "+" if op is not C.MAX_REPEAT else ""
            out.append(f"(?:{_lower_source(sub.data, names)}){counts}{lazy}")
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            out.append("(?" + ("<" if direction < 0 else "") + ("=" if op is C.ASSERT else "!") + _lower_source(sub.data, names) + ")")
        else:
            raise _Unsupported(op)  # back-references, conditionals, atomic groups: kept as written
    return "".join(out)


def lower_case_twin(pattern: re.Pattern) -> re.Pattern | None:
    """The case-sensitive pattern that finds on :func:`lowered` text what a case-insensitive
    ``pattern`` finds on the text; None where the pattern is not wholly case-insensitive or
    uses a construct this does not rewrite."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & (re.ASCII | re.LOCALE | re.VERBOSE):
        return None
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
        names = {number: name for name, number in parsed.state.groupdict.items()}
        source, flags = _lower_source(parsed.data, names), parsed.state.flags & ~re.IGNORECASE
        # A guarded pattern's look-ahead is lower-cased with the rest: a second costs a test at every position.
        twin = re.compile(source, flags) if pattern.pattern.startswith("(?=[") else compile(source, flags)
    except (_Unsupported, AttributeError, TypeError, ValueError):
        return None
    return twin if twin.groups == pattern.groups and dict(twin.groupindex) == dict(pattern.groupindex) else None


def _needed(items, flags: int) -> frozenset | None:
    """What every match of the parsed items holds in lower case, as (pattern source, length):
    one of these strings or sets (a digit); None where nothing is told."""
    found, run = [], []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(_lower(av)) if flags & re.IGNORECASE else chr(av).lower())
            continue
        if run:
            found.append(frozenset([(re.escape("".join(run)), len(run))]))
            run = []
        if op is C.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            need = _needed(sub.data, (flags | add_flags) & ~del_flags)
        elif op is C.BRANCH:
            each = [_needed(alt.data, flags) for alt in av[1]]
            need = None if any(n is None for n in each) else frozenset().union(*each)
        elif op in _REPEATS and av[0] >= 1:
            need = _needed(av[2].data, flags)
        elif op is C.IN and av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
            need = frozenset([(r"\d", 1)])
        else:
            need = None  # assertions, other sets, anything optional: nothing told
        if need:
            found.append(need)
    if run:
        found.append(frozenset([(re.escape("".join(run)), len(run))]))
    # The most telling: the shortest of its strings longest, then the fewest common words
    # ("end" rather than "the" in "as of the end of"), then the fewest strings.
    return max(found, key=lambda n: (min(length for _, length in n), -sum(source in _COMMON for source, _ in n), -len(n)), default=None)


#: Words nearly every sentence holds: the least telling of the strings a match needs.
_COMMON = frozenset("the and of in on to at as by for with from was is are has have it its".split())


#: Most strings :func:`needed` looks for before a pattern.
_MOST_NEEDED = 48


def needed(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern finding in :func:`lowered` text the strings one of which the lower-cased text
    of every match of ``pattern`` holds: where it finds none, ``pattern`` cannot match. None
    where no such strings are told."""
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
        need = _needed(parsed.data, parsed.state.flags)
    except (_Unsupported, AttributeError, TypeError, ValueError):
        return None
    if not need or len(need) > _MOST_NEEDED:
        return None  # looking for many strings costs more than the pattern saves ("said", "told", ...)
    sources = sorted(source for source, _ in need)
    found = re.compile("|".join(sources))
    unescaped = [re.sub(r"\\(.)", r"\1", source, flags=re.DOTALL) for source in sources]
    plain = [text for text, source in zip(unescaped, sources) if re.escape(text) == source]
    if len(plain) == len(sources) and len(plain) <= _MOST_PLAIN:
        _PLAIN[found] = tuple(plain)
    elif len(plain) > 1:
        # Tried one by one at each position, thirty words cost as much as the pattern they guard.
        others = [source for source in sources if source not in {re.escape(text) for text in plain}]
        _FASTER[found] = compile("|".join(others + [tree_source(plain)]))
    return found


#: Most strings looked for one by one (``in``) rather than by their pattern: up to about ten
#: the one-by-one test is the faster (a third to a half of the pattern's time on a sentence).
_MOST_PLAIN = 12
#: For each pattern of :func:`needed` that is only plain strings (no digit class): its strings.
_PLAIN: dict[re.Pattern, tuple[str, ...]] = {}
#: For each other pattern of :func:`needed`: the same search with its words as a tree of letters.
_FASTER: dict[re.Pattern, re.Pattern] = {}


def needed_words(pattern: re.Pattern) -> frozenset[str] | None:
    """The strings one of which the lower-cased text of every match of ``pattern`` holds, where
    they are plain words tested by ``in`` (:func:`needed`); else None."""
    return frozenset(_PLAIN.get(needed(pattern), ())) or None


#: The text :func:`may_match` was last asked about, and its answers for it by pattern: the
#: stages ask about one sentence with the same words many times in a row.
_answers: list = [None, {}]


def may_match(need: re.Pattern | None, low: str | None) -> bool:
    """False only where the lower-cased text ``low`` holds none of a pattern's :func:`needed` strings."""
    if need is None or low is None:
        return True
    if _answers[0] is low:
        known = _answers[1].get(need)
        if known is not None:
            return known
    else:
        _answers[0], _answers[1] = low, {}
    plain = _PLAIN.get(need)
    if plain is None:
        found = _FASTER.get(need, need).search(low) is not None
    else:
        found = False
        for text in plain:
            if text in low:
                found = True
                break
    _answers[1][need] = found
    return found


class Lowered:
    """A case-insensitive pattern whose searches run as its :func:`lower_case_twin` on the
    lower-cased text; each match found is then read by the pattern itself, at the same place,
    so the matches, their groups and their text are the pattern's own."""

    def __init__(self, pattern: re.Pattern, twin: re.Pattern):
        need = needed(pattern)
        # Only needs tested by ``in`` are worth it: a need that takes a search of its own (thirty
        # number words, a digit) costs on a sentence about what the twin's search does.
        self.plain, self.twin, self.need = pattern, twin, need if need in _PLAIN else None
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex
        # Anchored calls gain nothing from lower case: they are the pattern's own.
        self.match, self.fullmatch, self.sub, self.subn, self.split = pattern.match, pattern.fullmatch, pattern.sub, pattern.subn, pattern.split

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        low = _last_text[1] if _last_text[0] is string else lowered(string)
        if low is None:
            return self.plain.search(string, pos, endpos)
        if self.need is not None and not may_match(self.need, low):
            return None
        m = self.twin.search(low, pos, endpos)
        return self.plain.match(string, m.start(), endpos) if m else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        low = _last_text[1] if _last_text[0] is string else lowered(string)
        if low is None:
            return self.plain.finditer(string, pos, endpos)
        if self.need is not None and not may_match(self.need, low):
            return iter(())
        return (self.plain.match(string, m.start(), endpos) for m in self.twin.finditer(low, pos, endpos))

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.plain.findall(string, pos, endpos)


def lower_case(namespace: dict, *names: str) -> None:
    """Make the named case-insensitive patterns of a module search as :class:`Lowered` ones
    (``lower_case(globals(), "_SAY_RE")`` at its end, after :func:`patterns`): for the long
    word alternations that most sentences are searched with."""
    for name in names:
        twin = lower_case_twin(namespace[name])
        if twin is not None:
            namespace[name] = Lowered(namespace[name], twin)


def patterns(namespace: dict) -> None:
    """Guard every compiled pattern of a module (``patterns(globals())`` at its end), and those
    in its lists of tuples (``[(pattern, "tank", "military"), ...]``), in place."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = compile(value.pattern, value.flags)
        elif isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):
            value[:] = [tuple(compile(x.pattern, x.flags) if isinstance(x, re.Pattern) else x for x in v) for v in value]
