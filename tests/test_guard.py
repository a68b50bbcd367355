"""Guarded patterns (warclaims.extract.guard) find exactly what the patterns as written find."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warclaims.extract import attribution, captures, counting, extractor, figures, guard, lexicon, periods, placing, sides, text


def _module_patterns():
    """Every module-level pattern of the extractor, as written (re-read from its source)."""
    out = []
    for module in (attribution, captures, counting, extractor, figures, lexicon, periods, placing, sides, text):
        for name, value in vars(module).items():
            value = value.plain if isinstance(value, guard.Lowered) else value
            if isinstance(value, re.Pattern):
                out.append((f"{module.__name__}.{name}", value))
    out += [(f"periods.{name}", p) for name, p in periods._PATTERNS]
    return out


PATTERNS = _module_patterns()
#: Text made of the words the patterns look for, so that matches are common.
WORDS = ["said", "Said", "according to", "the", "Russian", "Ukrainian", "enemy", "lost", "destroyed", "120", "3,800", "two",
         "tanks", "soldiers", "square kilometres", "since", "February", "24", "over the past day", "Kyiv", "ſaid", "K", ",", ".",
         "(", ")", "–", "liberated", "villages", "including", "of which", "a", "dozen", "KAMAZ", "trucks", "stole", "\n",
         "SAID", "Ukraine's", "General Staff", "head", "Head of", "of the", "Defence Ministry", "ministry", "Staff", "110th", "brigade",
         "he", "It", "estimates from", "captured", "Air Force", "Bakhmut", "İzium", "ΣΑΣ", "µ", "ı", "losses", "casualties", "one", "since"]


def _plain(p: re.Pattern) -> re.Pattern:
    """The pattern as written, without the guard in front."""
    m = re.match(r"^\(\?=\[[^\]]*\]\)\(\?:(.*)\)$", p.pattern, re.DOTALL)
    return re.compile(m.group(1), p.flags) if m else p


def test_most_patterns_are_guarded():
    guarded = [name for name, p in PATTERNS if p.pattern.startswith("(?=[")]
    assert len(guarded) > len(PATTERNS) / 2, guarded


@pytest.mark.parametrize("pattern, flags, first", [
    (r"\bsaid|told\b", re.IGNORECASE, {"s", "t"}),
    (r"(?:the\s+)?Kyiv", 0, {"t", "K"}),
    (r"(?P<x>a|b)?c", 0, {"a", "b", "c"}),
    (r"\d+\s+tanks", 0, {"\\d"}),
    (r"(?:a|)b", 0, {"a", "b"}),
])
def test_first_characters(pattern, flags, first):
    assert guard.first_characters(pattern, flags)[0] == first


@pytest.mark.parametrize("pattern, flags", [(r"\w+", 0), (r"a?", 0), (r".x", 0), (r"(?i)abc", 0), (r"[^a]b", 0), (r"(?i:a)b", 0)])
def test_what_cannot_be_told_is_left_as_written(pattern, flags):
    assert guard.compile(pattern, flags).pattern == pattern


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_guarded_patterns_find_the_same_matches(sample):
    for name, p in PATTERNS:
        plain = _plain(p)
        assert [m.span() for m in p.finditer(sample)] == [m.span() for m in plain.finditer(sample)], name
        assert bool(p.match(sample, 1)) == bool(plain.match(sample, 1)), name


LOWERED = [(name, p, guard.lower_case_twin(p)) for name, p in PATTERNS if p.flags & re.IGNORECASE]


def test_case_insensitive_patterns_have_lower_case_twins():
    assert all(twin is not None for _, _, twin in LOWERED), [name for name, _, twin in LOWERED if twin is None]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_lowered_patterns_find_the_same_matches(sample):
    # Texts "lower" refuses (with "İ", "ΣΑΣ", "µ") take the patterns as written; the rest the twins.
    for name, p, twin in LOWERED:
        fast = guard.Lowered(p, twin)
        assert [(m.span(), m.groups()) for m in fast.finditer(sample)] == [(m.span(), m.groups()) for m in p.finditer(sample)], name
        found, plain = fast.search(sample, 2), p.search(sample, 2)
        assert (found and found.span()) == (plain and plain.span()), name


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_a_pattern_without_the_strings_it_needs_finds_nothing(sample):
    low = guard.lowered(sample)
    for name, p in PATTERNS:
        if not guard.may_match(guard.needed(p), low):
            assert p.search(sample) is None, name


def test_what_a_pattern_needs():
    assert guard.needed(re.compile(r"\bsince\s+(?:the\s+)?war", re.IGNORECASE)).pattern == "since"
    assert guard.needed(re.compile(r"\b(?:Between|from)\s+\d+", re.IGNORECASE)).pattern == "between|from"
    assert guard.needed(re.compile(r"(?:\d+|dozen)\s+tanks?", re.IGNORECASE)).pattern == "tank"
    assert guard.needed(re.compile(r"(?:a|b)?c")) is not None and guard.needed(re.compile(r"\w+")) is None


def test_lowered_refuses_texts_lower_case_would_change():
    assert guard.lowered("Russian Troops") == "russian troops"
    assert guard.lowered("İzium") is None  # two characters in lower case
    assert guard.lowered("ΣΑΣ losses") is None  # a final sigma


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["the", "General Staff", "GENERAL STAFF", "general staffs", "Ukrainian Ministry of Defence", "ukraine",
                                 "Bakhmut", "Bakhmuts", "Kyiv", "İzium", "said", ",", "’s", "'s", "ı", "µ", "Oryx"]), max_size=30).map(" ".join))
def test_names_are_found_as_the_alias_patterns_find_them(sample):
    from warclaims.claimants import claimant_pattern
    from warclaims.places import place_index

    for index, pattern in (claimant_pattern(), place_index()):
        assert guard.name_spans(sample, pattern, index) == [m.span() for m in pattern.finditer(sample)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_the_word_tests_before_patterns_skip_only_sentences_they_cannot_match(sample):
    # mentions_in looks for a ministry only where "inistry" is written, for "head of" only where
    # one of its institutions is.
    if "inistry" not in sample:
        assert attribution._MINISTRY_MENTION.search(sample) is None
    if not guard.may_match(attribution._HEAD_OF_NEED, guard.lowered(sample)):
        assert attribution._HEAD_OF.search(sample) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["as of the end of", "the start of the invasion", "Sunday", "between", "last week", "this year"]),
                max_size=40).map(" ".join))
def test_the_period_scan_finds_what_each_period_pattern_finds(sample):
    # scan tests the words the patterns need once for all of them, and skips the patterns none of whose words is there.
    expected = [(name, m.span()) for name, pattern in periods._PATTERNS for m in pattern.finditer(sample)]
    assert [(name, m.span()) for name, m in periods.scan(sample)] == expected


def test_the_claimant_typo_look_up_finds_what_difflib_finds_over_the_whole_table():
    import difflib

    from warclaims.claimants import claimant_pattern

    index, _ = claimant_pattern()
    # Each long name with one letter dropped, doubled or changed, and two names run together.
    keys = [variant for name in index if len(name) > 12
            for variant in (name[:5] + name[6:], name[:7] + name[7] + name[7:], name[:-3] + "x" + name[-2:])]
    keys += [a + " " + b for a, b in zip(list(index)[::7], list(index)[3::7])]
    found = 0
    for key in keys:
        expected = difflib.get_close_matches(key, list(index), n=1, cutoff=0.92)
        assert attribution._close_key.__wrapped__(key, id(index)) == (expected[0] if expected else None), key
        found += bool(expected)
    assert found > len(keys) / 3  # most typos are found: the bound leaves the close names in


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["and", "AS", "as", "well", "or", "including", "plus", ",", ";", "–", "-", "tanks", "aſ", "ſ", " ",
                                 "\n", "\t", "\u00a0", "sand"]), max_size=12).map("".join))
def test_an_open_line_end_is_found_in_its_last_characters_as_in_the_whole_line(sample):
    assert extractor._open_end(sample) == bool(extractor._OPEN_END.search(sample))
