"""From text to candidate claims in the ledger's schema: a pipeline of named stages.

Each sentence goes through the same stages, in order; what a stage needs from earlier
sentences it reads from one :class:`.context.Context`, and nothing else is carried over:

1. ``split``: paragraphs (a list broken by a hard line break is joined again) and sentences,
   with their offsets in the input (:mod:`.text`);
2. ``attribute``: who speaks in each sentence of a paragraph ("X said", "according to X",
   "she added"), read for the whole paragraph first, so that a figure can take a speaker named
   after it (:mod:`.attribution`);
3. ``find``: the figures and the noun each counts (:mod:`.figures`);
4. ``count``: what each figure counts: the ledger's metric, from the verbs around it
   (:mod:`.counting`);
5. ``credit``: whose claim it is (the claimant) and whose losses or gains it counts (the
   subject side; :mod:`.sides`);
6. ``situate``: the period (:mod:`.periods`), the place (:mod:`.placing`), the qualifier and
   whether the figure is a running total;
7. ``to_candidate``: the claim in the ledger's columns, with its evidence phrase and notes;
8. ``keep_once``: a claim repeated (headline, bullet, body, quote) is kept once, with its
   most specific attribution (:class:`.context.Repeats`);
9. ``remember``: what the sentence leaves for the next ones (speaker, heading, place).

Every field a rule decides is named in the candidate's ``rules`` (``claimant``,
``subject_side``, ``metric``, ``count_kind``), so a reviewer can see which rule gave it.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlparse

from ..claimants import claimant_key, claimant_pattern
from ..columns import CLAIM_COLUMNS, MAX_EVIDENCE_WORDS
from ..errors import ExtractionError
from ..numbers import parse_number
from ..vocabulary import AREA_UNITS_TO_KM2, LOSS_METRICS
from . import guard
from . import lexicon as lx
from .captures import NamedCapture, with_named_captures
from .attribution import (NOBODY, Claimant, attributions, governing, mentioned, mentions_in, ministry_of_the_article, named_ministry, outlets_ministry, resolve_name,
                          remembered, roles_of, same_ministry, titles_of, documents_of, ROLE_WORD_RE, TITLE_WORDS)
from .context import Context, Kept, SentenceAttribution, Source
from .counting import count_kind, item_origin, metric_of
from .figures import Figure, find_figures, qualifier_before
from .periods import When
from .periods import resolve as resolve_when
from .periods import scan as scan_dates
from .placing import choose as choose_place
from .placing import own_places, places_in
from .sides import note_losses_heading, share_sides, subject_side
from .text import Article, Span, paragraphs, read_article, sentences

#: Between two figures of one list ("250 soldiers, six tanks and over 5 vehicles").
_LIST_JOIN = re.compile(rf"^[\s,;]*(?:(?:and|as\s+well\s+as|plus)\s+)?{lx.QUALIFIER_WORDS}$", re.IGNORECASE)
#: After a counted noun, a rate ("1,200 casualties a day", "per week").
_RATE_AFTER = re.compile(r"\s+(?:per|a|an|each|every)\s+(?P<per>day|week|month|year)\b", re.IGNORECASE)
#: "1,262 people daily", "30 square kilometres weekly": a rate written as an adverb (rule rate_adverb).
_RATE_ADVERB_AFTER = re.compile(r"\s+(?P<per>daily|weekly|monthly)\b(?!\s+(?:average|rate|losses|casualties|advance))", re.IGNORECASE)
#: "the average daily casualty rate was 1,271", "average daily losses ... amounted to 1271 people":
#: a daily average named before the figure, in its clause (rule daily_average_before).
_DAILY_AVERAGE_BEFORE = re.compile(r"\b(?:average\s+daily|daily\s+average)\s+(?:Russian\s+|Ukrainian\s+)?(?:losses|casualties|casualty\s+rate|loss\s+rate|death\s+toll|rate)\b[^.;,\d]{0,60}$", re.IGNORECASE)
_PER_OF_ADVERB = {"daily": "day", "weekly": "week", "monthly": "month"}
#: A sentence that opens on a breakdown of what the one before counted, with no verb of its own
#: ("In particular, 13 tanks ...", "The equipment consisted of six tanks ...", "These included ...").
_BREAKDOWN_OPENER = re.compile(r"\W*(?:In\s+particular|Specifically|Including|Among\s+(?:them|these|those)|(?:These|They|Those)\s+(?:include[sd]?|comprised?|consisted\s+of)"
                               r"|(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:equipment|hardware|losses|vehicles|weapons|weaponry)\s+(?:destroyed\s+|lost\s+)?(?:consisted\s+of|comprised|included|includes?)"
                               # "Monday's figures also included eight armored combat vehicles": the same tally, read on
                               r"|(?:The|Its|Their|Today's|[A-Z][a-z]+day's)\s+(?:latest\s+|new\s+|daily\s+|updated\s+)?(?:figures|tally|count|update|report|bulletin|list|data)\s+(?:also\s+)?(?:included|includes?|listed|lists?))\b", re.IGNORECASE)
#: A line that does not end a sentence ("... 9 armoured combat vehicles,") and a next line that
#: goes on with it ("6 artillery systems and 14 vehicles."): one list broken by a hard line break.
_OPEN_END = re.compile(r"(?:[,;:–—-]|\b(?:and|or|including|as\s+well\s+as|plus))\s*$", re.IGNORECASE)
_GOES_ON = re.compile(r"^\s*(?:[•*·-]\s*)?(?:\d|[a-z])")
#: A bulleted line ("- 12 tanks", "• 30 artillery systems"): it goes on a list whose lead-in
#: ends with a colon or whose previous line is a bullet too.
_BULLET = re.compile(r"^\s*[•*·‣–—-]\s*\S")
#: A bulleted line that opens on a number word ("* One submarine", "- Two helicopters"): it goes
#: on the list above as a line opening on digits does (rule bullet_number_word).
_BULLET_NUMBER_WORD = re.compile(r"^\s*[•*·‣–—-]\s*(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|A|An|Another|Both)\s+[a-z]")
_REPORTED_THIS = re.compile(r"^\s*(?:This|That|It|(?:These|The|Those)\s+(?:figures|data|numbers|estimates|claims?)|This\s+(?:information|data))\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
                            r"(?:\w+ly\s+)?(?:reported|announced|stated|said|published|confirmed|disclosed|released|provided|given|issued|made)\s+(?:(?:on|in|at|during)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:by|in)\b", re.IGNORECASE)
#: The active form: a speaker who "said this" or "reported about it" opening the next paragraph ("The Air Force
#: said this in a post on Telegram", "Governor X announced this on Telegram, Ukrinform reports"; rule
#: reported_by_the_next_paragraph).
_SAID_THIS = re.compile(r"^[^.!?\n]{2,200}?\b(?:said|reported|announced|stated|wrote|posted|noted|informed)\s+(?:this|about\s+(?:it|this))\b"
                        r"(?!\s+(?:week|month|year|morning|afternoon|evening|time|weekend|summer|spring|autumn|winter|is|was)\b)", re.IGNORECASE)
#: A line that names the source of what is above it ("Source: Oleksandr Syrskyi on Telegram").
_SOURCE_LINE = re.compile(r"^\s*(?:Source|Sources|Data)\s*[:–—-]\s*(?P<who>[^\n]{2,160})")

@dataclass
class Candidate:
    """A claim found in text, in the ledger's columns, with where its evidence is."""

    row: dict
    evidence_start: int
    evidence_end: int
    claimant_known: bool
    file: str | None = None
    source: dict = field(default_factory=dict)
    #: Which named rule gave each field ({"subject_side": "own_words", "claimant": "said_before"}).
    rules: dict = field(default_factory=dict)

    def to_record(self) -> dict:
        """The candidate as one JSON Lines record: ledger columns, evidence offsets, source."""
        return {**self.row, "evidence_start": self.evidence_start, "evidence_end": self.evidence_end,
                "claimant_known": self.claimant_known, "file": self.file,
                "rules": "; ".join(f"{k}: {v}" for k, v in self.rules.items()),
                **{f"source_{k}": v for k, v in self.source.items()}}


@dataclass
class Decision:
    """What the stages decided about one figure, filled in stage by stage."""

    fig: Figure
    #: Where the phrase that governs the figure's period starts (the figure, or "bringing total losses ... to").
    here: int
    when: When
    metric: str
    metric_rule: str
    claimant: Claimant | None = None
    claimant_rule: str = ""
    in_sentence: bool = False
    name: str = ""
    side: str = ""
    subject: str = ""
    side_rule: str = ""


@dataclass
class SentenceFigures:
    """A sentence's figures with what every stage asks about them, found once per sentence."""

    sentence: Span
    figures: list[Figure]
    #: The figures' starts, sorted.
    starts: list[int]
    #: For each figure's start, the starts of the figures listed with it.
    mates: dict[int, set[int]]

    @functools.cached_property
    def places(self):
        return places_in(self.sentence.text)


# --- 1. split ---------------------------------------------------------------------------------


def split(text: str) -> list[Span]:
    """Paragraphs, with a line joined to the one before when it continues its sentence."""
    out: list[Span] = []
    for para in paragraphs(text):
        if out and len(out[-1].text) < 20_000 and ((_open_end(out[-1].text) and _GOES_ON.match(para.text)) or (
                _BULLET.match(para.text) and _BULLET.match(out[-1].text.rsplit("\n", 1)[-1]) and (_GOES_ON.match(para.text) or _BULLET_NUMBER_WORD.match(para.text)))):
            prev = out[-1]
            out[-1] = Span(text[prev.start:para.start + len(para.text)], prev.start)
        else:
            out.append(para)
    return out


def _open_end(text: str) -> bool:
    """``_OPEN_END`` searched in the line's last characters only: its match is a word or mark
    at the very end, at most nine letters long, except "as well as" with any spaces inside."""
    end = len(text.rstrip())
    last = text[end - 1:end]
    if not last.isascii() or last in "sS":
        return bool(_OPEN_END.search(text))  # "as well as", or a letter the engine folds to "s" ("ſ")
    return bool(_OPEN_END.search(text, max(0, end - 12)))


# --- 2. attribute -----------------------------------------------------------------------------


def attribute(para_sentences: list[Span], ctx: Context) -> list[SentenceAttribution]:
    """Who speaks in each sentence of a paragraph; the speaker memory follows the paragraph."""
    out = []
    last_said = ctx.carried
    for sent in para_sentences:
        ments = mentions_in(sent.text)
        found, via, estimate = attributions(sent.text, ctx.last_person, ctx.last_org, ments, ctx.titled, last_said)
        spoke = [a for a in found if a.claimant is not NOBODY]  # "in what Kyiv said was": nobody to refer back to
        last_said = spoke[-1].claimant if spoke else last_said
        ctx.titled.update(titles_of(sent.text, ments))
        ctx.titled.update(roles_of(spoke))
        ctx.titled.update(documents_of(sent.text, spoke))
        spoken = remembered(sent.text, ments, found)  # a name that only declined to comment is not referred to later
        named = named_ministry(spoken)
        found = outlets_ministry(same_ministry(found, ments, ctx.ministry), ments, via, ctx.ministry or named)
        ctx.ministry = named or ctx.ministry
        person, org = mentioned(sent.text, spoken)
        ctx.remember_speakers(person, org, [a for a in found if a.claimant is not NOBODY])
        out.append(SentenceAttribution(found, via, estimate))
    return out


def reported_after(next_paragraph: Span | None, ctx: Context) -> Claimant | None:
    """Who "This was reported by the General Staff." opening the next paragraph names (rule
    ``reported_by_the_next_paragraph``)."""
    if next_paragraph is None:
        return None
    source = _SOURCE_LINE.match(next_paragraph.text)
    if source:
        # "Source: General Staff of the Armed Forces of Ukraine" under the figures names their speaker.
        named = [m for m in mentions_in(source.group("who")) if m[3]]
        return resolve_name(named[0][2], source.group("who")) if named else None
    if not _REPORTED_THIS.match(next_paragraph.text) and not _SAID_THIS.match(next_paragraph.text):
        return None
    found, _, _ = attributions(sentences(next_paragraph)[0].text, ctx.last_person, ctx.last_org)
    return found[0].claimant if found else None


# --- 3. find ----------------------------------------------------------------------------------


def find(sent: Span, ctx: Context, named: bool = False, following: str = "") -> SentenceFigures:
    """The sentence's figures, and which of them form one list; with ``named`` (the sentence
    names a speaker), the named towns it says were taken too (rule named_capture); ``following``
    is the paragraph's next sentence ("Most of them were soldiers")."""
    figures = find_figures(sent.text, ctx.previous_figure, following)
    if ctx.items_lost_before and _BREAKDOWN_OPENER.match(sent.text):
        for fig in figures:
            fig.breakdown = fig.kind == "item"
    if named:
        figures = with_named_captures(figures, sent.text)
    ctx.previous_figure = figures[-1] if figures else None
    return SentenceFigures(sent, figures, sorted(f.start for f in figures), list_mates(figures, sent.text))


def list_mates(figures: list[Figure], sentence: str) -> dict[int, set[int]]:
    """For each figure's start, the starts of the figures listed with it.

    A period or place written once for a list ("250 soldiers, six tanks and five armoured
    vehicles have been eliminated over the past day") governs every item of it, although
    other figures stand between it and most items.
    """
    groups: list[list[Figure]] = []
    for fig in figures:
        if groups and _LIST_JOIN.match(sentence[groups[-1][-1].noun_end:fig.start]):
            groups[-1].append(fig)
        else:
            groups.append([fig])
    return {f.start: {g.start for g in group} for group in groups for f in group}


# --- 4. count ---------------------------------------------------------------------------------


def count(sf: SentenceFigures, published: date | None) -> list[Decision]:
    """Each figure that counts something the ledger holds, with its metric and its period."""
    s = sf.sentence.text
    governing = [f.start if f.governs_from is None else f.governs_from for f in sf.figures]
    ordered = sorted(governing)
    phrases = scan_dates(s) if sf.figures else []
    out = []
    for fig, here in zip(sf.figures, governing):
        # The other figures' starts, less this one's list mates. Only the first of them and
        # the nearest on either side can bound this figure's phrases, so only they are
        # passed on (all of them made a long list cost its square).
        others = _bounding_starts(ordered, here, sf.mates[fig.start])
        when = resolve_when(s, published, here, tuple(others), phrases)
        if fig.tally:
            when = _tally_when(when, fig.tally)
        metric, rule = metric_of(fig, sf.starts, s, frozenset(sf.mates[fig.start]))
        if metric is not None:
            out.append(Decision(fig, here, when, metric, rule))
    return out


def _tally_when(when: When, tally: str) -> When:
    """A tally's running total is as of its day; its increment covers the last day up to it."""
    day = when.as_of or when.period_end
    if tally == "total":
        return When(None, None, day, True, when.text)
    return When(day - timedelta(days=1) if day else None, day, None, False, when.text)


def _bounding_starts(ordered: list[int], here: int, skip) -> list[int]:
    """Of the other figures' starts (``ordered``, less ``here`` and ``skip``): the first, and
    the nearest before and after ``here``: all that the period rules compare with."""
    def first(indices):
        return next((ordered[i] for i in indices if ordered[i] != here and ordered[i] not in skip), None)

    at = bisect.bisect_left(ordered, here)
    found = {first(range(len(ordered))), first(range(at - 1, -1, -1)), first(range(at, len(ordered)))}
    return sorted(x for x in found if x is not None)


# --- 5. credit --------------------------------------------------------------------------------


def credit(decisions: list[Decision], sentence: str, said: SentenceAttribution, fallback: tuple[Claimant | None, str], ctx: Context) -> None:
    """Whose claim each figure is, and whose losses or gains it counts.

    The claimant is the attribution governing the figure in its sentence; else the outlet the
    sentence names as its source; else the paragraph's (``fallback``, with its rule's name);
    else the publisher. The subject side is told by :func:`.sides.subject_side`'s named rules,
    then shared along a list (:func:`.sides.share_sides`).
    """
    ctx.sides.sentence_sides = []
    for d in decisions:
        governs = governing(said.found, d.fig.start, sentence)
        claimant = governs.claimant if governs else None
        nobody = claimant is NOBODY  # the writer's own sentence: no speaker, none carried over it (rule what_x_said_aside)
        claimant = None if nobody else claimant
        d.in_sentence = claimant is not None
        rule = ("named_in_the_sentence" + (f" ({governs.rule})" if governs.rule else "")) if governs else ""
        if claimant is None and said.via:
            # "As reported by Ukrinform, ... destroyed 181 vehicles": the outlet is the only
            # source the sentence names; an earlier speaker is not carried over it.
            claimant, rule = resolve_name(said.via, sentence), "outlet_named_as_source"
        if claimant is None and fallback[0] is not None and not nobody:
            claimant, rule = fallback
        if claimant is None:
            rule = "publisher" if ctx.source.publisher else "none"
        if claimant is not None:
            d.name, d.side = claimant.name, claimant.side
        elif ctx.source.publisher:
            d.name, d.side = ctx.source.publisher
        d.claimant, d.claimant_rule = claimant, rule
        told = d.side if claimant is None or not claimant.side_guessed else None  # a guessed side tells no "enemy"
        d.subject, d.side_rule = subject_side(d.fig, d.metric, sentence, told or None, ctx.sides, claimant.name if claimant is not None else None)
        ctx.sides.sentence_sides.append((d.fig.start, d.metric, d.subject))
    share_sides(decisions, sentence)
    ctx.sides.note_sides([(d.metric, d.subject) for d in decisions], [d.side for d in decisions])


def paragraph_fallback(i: int, said: list[SentenceAttribution], ctx: Context) -> tuple[Claimant | None, str]:
    """The claimant of a figure whose sentence names none, and the rule that gives it: an
    earlier sentence's of the paragraph, else a later one's ("... liberated five settlements.
    ..., she said."), else the next paragraph's "This was reported by ...", else the article's
    running attribution."""
    later = next((a.found[0].claimant for a in said[i + 1:] if a.found), None)
    if ctx.in_paragraph is not None:
        return ctx.in_paragraph, "earlier_in_the_paragraph"
    if later is not None:
        return later, "later_in_the_paragraph"
    if ctx.reported_after is not None:
        return ctx.reported_after, "reported_by_the_next_paragraph"
    return ctx.carried, "carried_from_earlier"


# --- 6. situate -------------------------------------------------------------------------------


@dataclass
class Situation:
    """The figure's place, qualifier and whether it is a running total or a rate."""

    place: tuple | None
    qualifier: str
    cumulative: bool
    rate: str | None


def situate(d: Decision, sf: SentenceFigures, estimate: bool, ctx: Context) -> Situation:
    s, fig = sf.sentence.text, d.fig
    qualifier = qualifier_before(s, fig.start)  # "1,000+ soldiers" too: more than
    if fig.value_max is not None and qualifier == "exact":
        qualifier = "estimated"  # "between 10,000 and 13,000": a range is an estimate, its ends in quantity and quantity_max
    if estimate and qualifier == "exact":
        qualifier = "estimated"
    place = ((fig.place_raw, fig.place, fig.oblast_iso) if isinstance(fig, NamedCapture) else
             choose_place(own_places(sf.places, fig, sf.starts, s), fig.start, d.metric) or ctx.paragraph_place.get())
    if place is None and d.side_rule == "listed_losses":
        place = ctx.losses_place.get()  # the list goes on with the claim that named whose losses, and where
    # A loss figure is a running total when the text says so ("in total", "so far", "as of",
    # "have lost"), unless it names a shorter period or a rate.
    rate = _RATE_AFTER.match(s, fig.noun_end)
    per = rate.group("per").lower() if rate else None
    if per is None and (adverb := _RATE_ADVERB_AFTER.match(s, fig.noun_end)):
        per = _PER_OF_ADVERB[adverb.group("per").lower()]
    if per is None and _DAILY_AVERAGE_BEFORE.search(s, max(0, fig.start - 100), fig.start):
        per = "day"
    cumulative = per is None and (d.when.cumulative or (
        d.metric in LOSS_METRICS and d.when.period_start is None and bool(lx.RUNNING_TOTAL_RE.search(s))))
    return Situation(place, qualifier, cumulative, per)


# --- 7. to_candidate --------------------------------------------------------------------------


def to_candidate(d: Decision, where: Situation, sent: Span, text: str, said: SentenceAttribution, ctx: Context) -> Candidate:
    """The claim in the ledger's columns, with its evidence phrase, notes and rules."""
    fig, claimant, when = d.fig, d.claimant, d.when
    quantity, unit = _quantity(fig)
    item_class, origin = item_origin(fig, d.metric, sent.text)
    ev_start, ev_end = _evidence(sent, fig)
    notes = []
    if fig.value_max is not None:
        notes.append(f"range {fig.value:g} to {fig.value_max:g}")
    if fig.alt_raw:
        notes.append(f"also given as {fig.alt_raw}")
    if where.rate:
        notes.append(f"a rate per {where.rate}, not a total")
    if claimant is not None and not claimant.known:
        notes.append(f"claimant {claimant.name!r} is not in claimants.csv yet")
    if claimant is None:
        notes.append("unattributed in the text: the publisher's own figure")
    kind, kind_rule = count_kind(fig, sent.text) if d.metric == "personnel_losses" else ("", "")
    row = {c: "" for c in CLAIM_COLUMNS}
    place = where.place
    row.update(
        count_kind=kind,
        source_id=ctx.source.source_id,
        claimant=d.name,
        claimant_side=d.side,
        reported_via=said.via or "",
        metric=d.metric,
        item_class=item_class,
        item_origin=origin,
        item_raw=fig.unit_raw if item_class else "",
        subject_side=d.subject,
        quantity=f"{quantity:.3f}".rstrip("0").rstrip("."),
        quantity_max=f"{quantity * fig.value_max / fig.value:.3f}".rstrip("0").rstrip(".") if fig.value_max is not None and fig.value else "",
        unit=unit,
        quantity_raw=fig.raw,
        unit_raw=fig.unit_raw,
        qualifier=where.qualifier,
        cumulative="true" if where.cumulative else "false",
        period_start=when.period_start.isoformat() if when.period_start else "",
        period_end=when.period_end.isoformat() if when.period_end else "",
        as_of=when.as_of.isoformat() if when.as_of else "",
        place_raw=place[0] if place else "",
        place=place[1] if place else "",
        oblast_iso=place[2] if place else "",
        verification_status="unverified",
        evidence=" ".join(text[ev_start:ev_end].split()),
        notes="; ".join(notes),
    )
    rules = {"claimant": d.claimant_rule, "subject_side": d.side_rule or "none (unknown)", **({"count_kind": kind_rule} if kind_rule else {}),
             "metric": d.metric_rule}
    return Candidate(row, ev_start, ev_end, bool(claimant.known) if claimant else bool(ctx.source.publisher), ctx.source.file,
                     ctx.source.record, rules=rules)


def _quantity(fig: Figure) -> tuple[float, str]:
    """The figure in the ledger's canonical unit: km² for areas, else a count."""
    if fig.kind == "area":
        return fig.value * AREA_UNITS_TO_KM2[fig.area_unit], "km2"
    return fig.value, "count"

_WORD_RUN = re.compile(r"\S+")


@functools.lru_cache(maxsize=8)
def _words(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The words of a sentence and their ends, found once for all its figures."""
    words = [(m.start(), m.end()) for m in _WORD_RUN.finditer(text)]
    return words, [b for _, b in words]


def _evidence(sentence: Span, fig: Figure) -> tuple[int, int]:
    """Offsets of a short phrase around the figure: a few words before, the counted noun, a few after."""
    words, ends = _words(sentence.text)
    first = bisect.bisect_right(ends, fig.start)
    first = first if first < len(words) else 0
    last = bisect.bisect_left(ends, fig.noun_end)
    last = last if last < len(words) else len(words) - 1
    lo = max(0, first - 7)
    hi = min(len(words) - 1, max(first, last) + 6)
    while hi - lo + 1 > MAX_EVIDENCE_WORDS - 3 and hi > max(first, last):
        hi -= 1
    while hi - lo + 1 > MAX_EVIDENCE_WORDS - 3 and lo < first:
        lo += 1
    return sentence.start + words[lo][0], sentence.start + words[hi][1]


# --- 8. keep_once -----------------------------------------------------------------------------


def keep_once(cand: Candidate, d: Decision, sent: Span, ctx: Context, others: list[Candidate] = ()) -> None:
    """Keep the claim unless an earlier sentence made it; "700 square miles (2,000 square
    kilometres)" is the same claim as "2,000 square kilometres" elsewhere. ``others`` are the
    sentence's other claims: the figures listed with this one (:attr:`.context.Kept.mates`)."""
    fig = d.fig
    values = {round(_quantity(fig)[0], 1)}
    written = {(fig.area_unit or "count", round(fig.value, 3))}
    primary = set(written)
    if fig.alt_area_unit and fig.alt_raw:
        alt = parse_number(fig.alt_raw)
        values.add(round(alt * AREA_UNITS_TO_KM2[fig.alt_area_unit], 1))
        written.add((fig.alt_area_unit, round(alt, 3)))
    entry = Kept(rank=_specificity(d.claimant, d.in_sentence), candidate=cand, values=values,
                 kind=(d.metric, cand.row["item_class"] or None, d.subject, getattr(fig, "place_raw", "")), sentence=sent.start, written=written,
                 # a side guessed for a named speaker (a headline's bare "- MoD") is no side told (rule tagged_ministry_guessed)
                 speaker_side=(d.side or "") if d.in_sentence and d.claimant is not None and d.claimant.known and not d.claimant.side_guessed else "",
                 mates=_mates(others) if d.metric == "equipment_losses" else {}, primary=primary,
                 total=cand.row["cumulative"] == "true" and bool(lx.TOTAL_IN_SO_MANY_WORDS_RE.search(sent.text)),
                 country_speaker=(d.side or "") if d.in_sentence and d.claimant is not None and d.claimant.country_only else "",
                 known_side=(d.side or "") if d.claimant is not None and d.claimant.known and not d.claimant.country_only and not d.claimant.side_guessed else "")
    ctx.repeats.keep(entry, _fill_from)




def _mates(others: list[Candidate]) -> dict:
    """The values the sentence's other claims count, by what they count (metric, item class and side)."""
    mates: dict = {}
    for c in others:
        mates.setdefault((c.row["metric"], c.row["item_class"], c.row["subject_side"]), []).append(float(c.row["quantity"]))
    return mates


def _specificity(c: Claimant | None, in_sentence: bool) -> int:
    if c is None:
        return 0
    # A country named as the speaker ("Russia announced") yields to the body or person that spoke.
    # A known body whose side is only guessed (a headline's bare "- MoD") yields to the same body named with its side.
    return 1 + (2 if in_sentence else 0) + (2 if c.person else 0) + (1 if c.known and not c.country_only and not c.side_guessed else 0)


def _fill_from(kept: dict, repeat: dict) -> None:
    """Complete a kept claim with what another mention of it says and it does not.

    The headline may give the period ("in the past 24 hours") and the quote the speaker;
    the claim keeps the most specific attribution and every fact either mention adds.
    """
    if kept["qualifier"] == "exact" and repeat["qualifier"] != "exact":
        kept["qualifier"] = repeat["qualifier"]
    if not kept["period_start"] and repeat["period_start"]:
        for column in ("period_start", "period_end", "as_of", "cumulative"):
            kept[column] = repeat[column]
    # A place the repeat's own words name beats one the kept claim took from around it.
    named_here = repeat["place_raw"] and repeat["place_raw"] in repeat["evidence"] and kept["place_raw"] not in kept["evidence"]
    if (not kept["place"] and not kept["place_raw"] or named_here) and repeat["place_raw"]:
        for column in ("place_raw", "place", "oblast_iso"):
            kept[column] = repeat[column]


# --- 9. remember ------------------------------------------------------------------------------


def remember(sf: SentenceFigures, said: SentenceAttribution, fallback: Claimant | None, ctx: Context) -> None:
    """What the sentence leaves for the next: its speaker, the losses a heading names, its place."""
    s = sf.sentence.text
    _name_the_role(said, s, ctx)
    if said.found and said.found[-1].claimant is NOBODY:
        ctx.carried = ctx.in_paragraph = None  # "in what Kyiv said was ...": the writer speaks; nobody is carried on
    elif said.found and ctx.carried is not None and ctx.carried.side == "third_party" and said.found[-1].claimant.side in ("russia", "ukraine") \
            and any(_DATA_OF.match(s, a.position) for a in said.found) and all(a.claimant == said.found[-1].claimant for a in said.found):
        # "The UK Defence Ministry wrote: ... 429,660 casualties in 2024, according to Ukrainian General Staff
        # reporting. Russia has likely sustained over 790,000": the side's data a third party cites is that
        # sentence's; the third party's account goes on after it (rule relayer_goes_on).
        ctx.in_paragraph = ctx.carried
    elif said.found:
        ctx.in_paragraph = said.found[-1].claimant
        if sf.figures or lx.CLAIM_TOPIC_RE.search(s) or s.rstrip().endswith(":"):
            # (A speaker whose sentence ends in a colon, "The UK Defence Ministry wrote:", introduces what follows.)
            # "Ukraine has repeatedly said Russia is not serious about peace": a speaker with no figure
            # and no word of losses, land or a report spoke of something else; the figures of later
            # paragraphs are not theirs (rule speaker_off_the_topic).
            ctx.carried = said.found[-1].claimant
    speaker = said.found[-1].claimant if said.found else fallback
    side = speaker.side if speaker else None
    before = ctx.sides.losses_side
    note_losses_heading(s, bool(sf.figures), side, ctx.sides)
    if ctx.sides.losses_side != before:
        ctx.losses_place.reset(sf)  # a new heading: its own place, or none
    elif ctx.sides.losses_side:
        ctx.losses_place.add(sf)  # the list under the heading may name its place
    ctx.sides.note_sentence(s, side)
    # Later sentences of the paragraph may speak of the same place ("The troops fled the area").
    ctx.paragraph_place.add(sf)


#: The titles attribution knows, and those a person is introduced with in the next sentence ("X, chairman of ...").
_TITLES = rf"(?:{TITLE_WORDS}|chairman|chairwoman|deputy|representative)"
_TITLE_NEAR = re.compile(rf"\b(?i:{_TITLES})\b[^,.;]{{0,30}}$")
_TITLE_AFTER = re.compile(rf",\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?(?i:{_TITLES})\b")
_UNKNOWN_CLAIMANT_NOTE = re.compile(r"(?:; )?claimant '[^']*' is not in claimants\.csv yet")


def _name_the_role(said: SentenceAttribution, s: str, ctx: Context) -> None:
    """"150,000 troops have died, a senior US general said. Mark Milley, chairman of the Joint Chiefs,
    told reporters ...": one unnamed person credited by role is the known person the next sentence
    names with a title, when the role's side allows it; the claims already kept under that role take
    the person (rule role_named_next)."""
    pending, ctx.unnamed_role = ctx.unnamed_role, None
    last = said.found[-1].claimant if said.found else None
    if last is not None and last is not NOBODY and not last.known and not last.person and ROLE_WORD_RE.search(last.name) \
            and not ROLE_WORD_RE.search(last.name).group().lower().endswith("s") and not re.match(r"(?i)the\b", last.name):
        ctx.unnamed_role = last
    if pending is None or not said.found:
        return
    person = said.found[0].claimant
    if not (person.person and person.known and not person.side_guessed) or not (pending.side_guessed or pending.side in ("unknown", person.side)):
        return
    named = [m for m in mentions_in(s) if m[3] and resolve_name(m[2], s).name == person.name]
    if not named or not any(_TITLE_NEAR.search(s[max(0, m[0] - 40):m[0]]) or _TITLE_AFTER.match(s, m[1]) for m in named):
        return  # only a person the sentence introduces with a title ("X, chairman of ...", "Deputy Minister X")
    role = ROLE_WORD_RE.search(pending.name).group().lower()
    for k in ctx.repeats.kept:
        row = k.candidate.row
        word = ROLE_WORD_RE.search(row["claimant"]) if not k.candidate.claimant_known else None
        if word is not None and word.group().lower() == role and row["claimant_side"] in ("unknown", pending.side, person.side):
            row["claimant"], row["claimant_side"] = person.name, person.side
            row["notes"] = _UNKNOWN_CLAIMANT_NOTE.sub("", row["notes"]).lstrip("; ")
            k.candidate.claimant_known = True
            k.candidate.rules["claimant"] = k.candidate.rules.get("claimant", "") + " (role_named_next)"


#: A side's data a speaker cites: "according to Ukrainian General Staff reporting", "casualties reported by the General Staff".
_DATA_OF = re.compile(r"(?i:according\s+to)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?:reporting|data|figures|statistics)\b|(?:reported|recorded|published)\s+by\b")


# --- the pipeline -----------------------------------------------------------------------------


def extract_claims(text: str, published=None, source_url: str | None = None, publisher: str | None = None,
                   source_id: str = "", file: str | None = None, language: str | None = None) -> list[Candidate]:
    """Extract candidate claims from an article's text.

    Parameters
    ----------
    text : str
        The article (any text; empty gives no claims).
    published : date or str, optional
        Publication date, to resolve "as of Sunday" and friends. Without it, claims have no
        date and must be dated before they can be accepted.
    source_url, publisher, source_id : str, optional
        Provenance written into every candidate; an unattributed figure is the publisher's.
    file, language : str, optional
        The file read, and the page's language as its metadata gives it (ISO 639-1).

    Returns
    -------
    list of Candidate
        One per distinct claim; a claim repeated (headline, bullet, body, quote) appears once,
        with its most specific attribution.
    """
    if not isinstance(text, str):
        raise ExtractionError(f"expected text, got {type(text).__name__}")
    ctx = Context(_source(published, source_url, publisher, source_id, file, language))
    ctx.ministry = ministry_of_the_article(text)
    paras = split(text)
    for p_index, para in enumerate(paras):
        para_sentences = sentences(para)
        said = attribute(para_sentences, ctx)
        ctx.new_paragraph(reported_after(paras[p_index + 1] if p_index + 1 < len(paras) else None, ctx))
        for i, sent in enumerate(para_sentences):
            fallback = paragraph_fallback(i, said, ctx)
            sf = find(sent, ctx, named=any(a.claimant is not NOBODY for a in said[i].found), following=para_sentences[i + 1].text if i + 1 < len(para_sentences) else "")
            decisions = count(sf, ctx.source.published)
            if sf.figures:
                ctx.items_lost_before = any(d.metric in ("equipment_losses", "personnel_losses") for d in decisions)
            credit(decisions, sent.text, said[i], fallback, ctx)
            made = [(to_candidate(d, situate(d, sf, said[i].estimate, ctx), sent, text, said[i], ctx), d) for d in decisions]
            for cand, d in made:
                keep_once(cand, d, sent, ctx, [c for c, _ in made if c is not cand])
            remember(sf, said[i], fallback[0], ctx)
    return sorted((k.candidate for k in ctx.repeats.kept), key=lambda c: c.evidence_start)


def _source(published, source_url: str | None, publisher: str | None, source_id: str, file: str | None, language: str | None) -> Source:
    published_date = _to_date(published)
    publisher_claimant = _publisher_claimant(publisher, source_url)
    record = {
        "url": source_url or "",
        # The outlet as given: the claimant its unattributed figures are credited to is a
        # separate question ("The Kyiv Independent" publishes; it is not Ukraine's government).
        "publisher": publisher or "",
        "published": published_date.isoformat() if published_date else "",
        "language": language or "",
    }
    return Source(source_id or source_id_for(source_url, published_date), published_date, publisher_claimant, file, record)


def _publisher_claimant(publisher: str | None, source_url: str | None) -> tuple[str, str] | None:
    """Who an unattributed figure is credited to: a claimant only when the publisher's whole name
    (or its site's name) is that claimant's, never because the name contains one ("Kyiv Post"
    names a city, not Ukraine's government); else the publisher itself, a third party."""
    index, _ = claimant_pattern()
    for candidate in (publisher, urlparse(source_url).hostname if source_url else None):
        if not candidate:
            continue
        name = re.sub(r"^www\.", "", candidate)
        hit = index.get(claimant_key(name)) or index.get(claimant_key(name.split(".")[0]))
        if hit:
            return hit
    return (publisher, "third_party") if publisher else None


def _to_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ExtractionError(f"publication date {value!r} is not a date written YYYY-MM-DD", parameter="published", value=value) from None


def extract_file(path: Path, published=None, source_url: str | None = None, publisher: str | None = None) -> list[Candidate]:
    """Extract candidates from a text or HTML file.

    The page's own metadata (date, address, site name) is used where the caller gives none.
    """
    article: Article = read_article(path)
    return extract_claims(
        article.text,
        published=published or article.published,
        source_url=source_url or article.url,
        publisher=publisher or article.publisher,
        source_id=source_id_for(source_url or article.url, published or article.published, path),
        file=str(path),
        language=article.language,
    )


def source_id_for(url: str | None, published, path: Path | None = None) -> str:
    """A readable source id: publisher domain, date and the address's last words."""
    host = (urlparse(url).hostname or "") if url else ""
    host = re.sub(r"^www\.", "", host).split(".")[0] if host else (path.stem if path else "article")
    slug = re.sub(r"[^a-z0-9]+", "-", (urlparse(url).path if url else (path.stem if path else "")).lower()).strip("-")
    slug = "-".join(slug.split("-")[:6])
    day = str(published)[:10] if published else "undated"
    return re.sub(r"-+", "-", f"{host}-{day}-{slug}".lower()).strip("-")[:80] or "article"


# Every pattern above skips, at one character's cost, the places where it cannot start (see .guard).
guard.patterns(globals())
