"""From text to candidate claims in the ledger's schema."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

from ..claimants import resolve_claimant
from ..errors import ExtractionError
from ..numbers import parse_number
from ..places import place_index
from ..columns import CLAIM_COLUMNS, MAX_EVIDENCE_WORDS
from ..vocabulary import AREA_UNITS_TO_KM2
from . import lexicon as lx
from .captures import NamedCapture, with_named_captures
from .attribution import Claimant, attributions, for_figure, mentioned, mentions_in, resolve_name
from .figures import Figure, find_figures, qualifier_before
from .periods import resolve as resolve_when
from .sides import SideContext, note_losses_heading, share_sides, subject_side
from .periods import scan as scan_dates
from .text import Article, Span, paragraphs, read_article, sentences

OPPOSITE = {"ukraine": "russia", "russia": "ukraine"}
_AGENT_VERBS = re.compile(r"\b(?:destroy\w*|shot\s+down|downed|killed|knocked\s+out|eliminat\w*|liquidat\w*|hit|struck|captur\w*|seiz\w*|neutrali[sz]\w*|disabled)", re.IGNORECASE)
_PATIENT_VERBS = re.compile(r"\b(?:lost|los(?:e|es|ing)|losses|suffered|abandon\w*)", re.IGNORECASE)
_ASIDE = re.compile(r"[–—][^–—]{0,120}[–—]|\([^()]{0,120}\)")
_REGION_PHRASE = re.compile(r"\b(?P<name>[A-Z][a-zA-Z'’-]+(?:[- ][A-Z][a-zA-Z'’-]+)?)\s+(?P<kind>region|oblast|Oblast|province|directions?|district|sector)\b")
_RUNNING_TOTAL = re.compile(r"\b(?:in\s+total|total|totals|overall|altogether|so\s+far|to\s+date|as\s+of|since|already|ha(?:ve|s|d)\s+(?:\w+\s+){0,2}(?:lost|destroyed|killed|eliminated|suffered|reached))\b", re.IGNORECASE)
#: An optional qualifier before a figure, as the lexicon spells them ("more than", "about").
_QUALIFIER_WORDS = "(?:(?:" + "|".join(pattern for pattern, _ in lx.QUALIFIERS) + r")\s+)?"
#: Between two figures of one list ("250 soldiers, six tanks and over 5 vehicles").
_LIST_JOIN = re.compile(rf"^[\s,;]*(?:(?:and|as\s+well\s+as|plus)\s+)?{_QUALIFIER_WORDS}$", re.IGNORECASE)
#: Before a figure that counts part of the one before it ("29 settlements, including six in Luhansk").
_SUBSET_BEFORE = re.compile(rf"\b(?:including|of\s+which|of\s+them|among\s+them)\s+{_QUALIFIER_WORDS}$", re.IGNORECASE)
_MILITARY_MAKES = re.compile(r"\b(?:Kamaz|KAMAZ|Ural|GAZ|Tigr?|Tiger|military|army|armou?red|UAZ|BMP|BTR|MT-LB)\b")
_CIVILIAN_MARKS = re.compile(r"\b(?:civilian|private|stolen|looted|locals?|residents?)\b", re.IGNORECASE)


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


def _cue_for(fig: Figure, figures: list[Figure], cues: list[tuple[int, str]], mates: frozenset = frozenset()) -> str | None:
    """The cue that says what happened to the figure's items.

    A cue inside the figure's own phrase, or not separated from it by another figure, wins
    ("19 stolen cars", "20 vehicles stolen from locals"); otherwise the nearest cue before
    the figure (a list governed by one verb), else the nearest after it.

    Cues and figures are looked up by position (bisect), not scanned for every figure, so a
    sentence of many figures costs in proportion to its length, not its square.
    """
    cues = sorted(cues)
    positions = [pos for pos, _ in cues]
    # "shot down ... three cruise missiles launched by Russia": a participle right after the
    # noun describes the items; the verb before says what happened to them.
    if positions and positions[0] < fig.start:
        lo, hi = bisect.bisect_left(positions, fig.noun_end), bisect.bisect_right(positions, fig.noun_end + 2)
        if any(kind == "other" for _, kind in cues[lo:hi]):
            cues = cues[:lo] + [c for c in cues[lo:hi] if c[1] != "other"] + cues[hi:]
            positions = [pos for pos, _ in cues]
    inside = cues[bisect.bisect_left(positions, fig.start):bisect.bisect_left(positions, fig.noun_end)]
    if inside:
        return inside[0][1]
    # A cue is not separated from the figure when no other figure starts strictly between
    # them; the items of a list before this one do not separate it from the verb that
    # governs the list ("launched 33 drones and 2 missiles, ... destroying 22").
    starts = _figure_starts(figures)
    at = bisect.bisect_left(starts, fig.start)
    previous = -1
    for other in reversed(starts[:at]):
        if other not in mates:
            previous = other
            break
    following = starts[bisect.bisect_right(starts, fig.start)] if bisect.bisect_right(starts, fig.start) < len(starts) else float("inf")
    # A verb usually precedes its object ("stolen a bus and abandoned it"): a cue after the
    # figure counts as a little further away unless it is attached ("vehicles stolen from").
    reach = cues[bisect.bisect_left(positions, previous):bisect.bisect_right(positions, following)]
    own = [(fig.start - pos if pos < fig.start else (pos - fig.noun_end if pos - fig.noun_end <= 2 else pos - fig.noun_end + 10), kind)
           for pos, kind in reach]
    if own:
        return min(own)[1]
    at = bisect.bisect_left(positions, fig.start)
    if at > 0:
        nearest, first = positions[at - 1], bisect.bisect_left(positions, positions[at - 1])
        return min((fig.start - nearest, kind) for _, kind in cues[first:at])[1]
    return cues[at][1] if at < len(cues) else None


_starts_seen: dict[int, tuple[list, list[int]]] = {}


def _figure_starts(figures: list[Figure]) -> list[int]:
    # Sorted once per sentence's list of figures, not once per figure.
    seen = _starts_seen.get(id(figures))
    if seen is None or seen[0] is not figures:
        _starts_seen.clear()
        seen = _starts_seen[id(figures)] = (figures, sorted(other.start for other in figures))
    return seen[1]


def _bounding_starts(ordered: list[int], here: int, skip) -> list[int]:
    """Of the other figures' starts (``ordered``, less ``here`` and ``skip``): the first, and
    the nearest before and after ``here``: all that the period rules compare with."""
    def first(indices):
        return next((ordered[i] for i in indices if ordered[i] != here and ordered[i] not in skip), None)

    at = bisect.bisect_left(ordered, here)
    found = {first(range(len(ordered))), first(range(at - 1, -1, -1)), first(range(at, len(ordered)))}
    return sorted(x for x in found if x is not None)


@functools.lru_cache(maxsize=32)
def _sentence_cues(sentence: str) -> dict[str, tuple]:
    """Every cue of a sentence, found once per sentence rather than once per figure in it."""
    # "lost 40 percent of the territory they seized": a verb in a clause describing the
    # land says how it was got, not what this figure did.
    gain = tuple((m.start(), "gain") for m in lx.LIBERATED_RE.finditer(sentence)
                 if not _LAND_CLAUSE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()))
    ceded = tuple((m.start(), "lost") for m in re.finditer(r"\b(?:lost|ceded|gave\s+up|surrendered)\b", sentence, re.IGNORECASE))
    # "has" and "have" mean possession only right before what is had ("Russia has 3,000
    # tanks"); as auxiliaries ("has lost", "have increased") they say nothing.
    others = tuple((m.start(), "other") for m in lx.NOT_A_LOSS_RE.finditer(sentence)
                   if m.group().lower() not in ("has", "have", "had") or _POSSESSED.match(sentence, m.end()))
    fled = tuple((m.start(), "fled") for m in lx.FLED_RE.finditer(sentence))
    losses = list(lx.LOSS_RE.finditer(sentence))
    loss = tuple((m.start(), "loss") for m in losses)
    personnel_loss = tuple((m.start(), "loss") for m in losses
                           if not re.match(r"captur|seiz|abandon|trophy|surrender", m.group(), re.IGNORECASE))
    stolen = tuple((m.start(), "stolen") for m in lx.STOLEN_RE.finditer(sentence))
    return {"land": gain + ceded, "personnel": others + fled + personnel_loss, "items": others + stolen + fled + loss}


_POSSESSED = re.compile(r"\s+(?:about|around|some|over|more\s+than|at\s+least|nearly|almost|up\s+to|\d)", re.IGNORECASE)


def _metric(fig: Figure, figures: list[Figure], sentence: str, mates: frozenset = frozenset()) -> str | None:
    found = _sentence_cues(sentence)
    if fig.kind in ("area", "settlement"):
        kind = _cue_for(fig, figures, list(found["land"]), mates)
        if kind is None:
            return None
        if fig.kind == "settlement":
            return "settlements_retaken" if kind == "gain" else None
        return "territory_gained" if kind == "gain" else "territory_lost"
    if fig.kind == "personnel":
        if lx.LOSS_NOUNS.match(fig.unit_raw.split()[-1] if fig.unit_raw else ""):
            return "personnel_losses"
        kind = _cue_for(fig, figures, list(found["personnel"]), mates)
        return {"fled": "personnel_fled", "loss": "personnel_losses"}.get(kind)
    kind = _cue_for(fig, figures, list(found["items"]), mates)
    if kind == "fled" and fig.item_class not in ("bus", "truck", "car", "vehicle", "armoured_car", "apc", "ifv", "armoured_vehicle", "tank", "other_equipment"):
        kind = "loss"
    return {"stolen": "vehicles_stolen", "fled": "vehicles_fled", "loss": "equipment_losses"}.get(kind)


#: Before a verb in a clause that describes land ("the territory (that) they had seized").
_LAND_CLAUSE_BEFORE = re.compile(r"\b(?:territory|land|area|ground)\s+(?:that\s+|which\s+)?(?:they|it|he|she|we|(?!(?:was|were|is|are|been|be|being|has|have|had)\b)\w+)\s+(?:had\s+|have\s+|has\s+)?$", re.IGNORECASE)
#: After a counted noun, a rate ("1,200 casualties a day", "per week").
_RATE_AFTER = re.compile(r"\s+(?:per|a|an|each|every)\s+(?P<per>day|week|month|year)\b", re.IGNORECASE)
_CITY_OF = re.compile(r"\b(?:city|town|village|settlement|port)\s+of\s+(?P<name>[A-Z][a-zA-Z'’-]+(?:[- ][A-Z][a-zA-Z'’-]+)?)")


def _places(sentence: str) -> list[tuple[str, str, str, int]]:
    """(place as written, canonical place or "", oblast code or "", position) in the sentence."""
    index, pattern = place_index()
    out = []
    for m in pattern.finditer(sentence):
        place, iso = index[m.group().lower()]
        out.append((m.group(), place, iso, m.start()))
    for m in _CITY_OF.finditer(sentence):
        # "the Ukrainian city of Melitopol": a place the gazetteer may not hold yet.
        if not any(pos <= m.start("name") < pos + len(raw) for raw, _, _, pos in out):
            out.append((m.group("name"), "", "", m.start("name")))
    for m in _REGION_PHRASE.finditer(sentence):
        if not any(pos <= m.start() < pos + len(raw) or m.start() <= pos < m.end() for raw, _, _, pos in out):
            if not re.match(r"(?:The|This|That|Russian|Ukrainian|Southern|Northern|Eastern|Western)$", m.group("name")):
                out.append((m.group(), "", "", m.start()))
    return sorted(out, key=lambda p: p[3])


def _list_mates(figures: list[Figure], sentence: str) -> dict[int, set[int]]:
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


def _own_places(found, fig: Figure, figures: list[Figure], sentence: str):
    """The sentence's places that can be the figure's.

    A place written between the figure and the next one is the figure's own ("70 soldiers
    in the Kherson direction, 240 in the Kupiansk direction"). Otherwise any place of the
    sentence may be, except those after a later figure that counts a part of it ("29
    settlements, including six in Luhansk region").
    """
    starts = _figure_starts(figures)
    at = bisect.bisect_right(starts, fig.start)
    following = starts[at] if at < len(starts) else len(sentence)
    own = [p for p in found if fig.start <= p[3] < following]
    if own:
        return own
    parts = _part_starts(sentence, tuple(starts))
    first_part = next((start for start in parts[bisect.bisect_right(parts, fig.start):]), None)
    return [p for p in found if p[3] < first_part] if first_part is not None else found


@functools.lru_cache(maxsize=32)
def _part_starts(sentence: str, starts: tuple) -> list[int]:
    """The figures of a sentence that count a part of what an earlier one counts ("including six")."""
    return [start for start in starts if _SUBSET_BEFORE.search(sentence, max(0, start - 40), start)]


def _choose_places(found, fig: Figure, metric: str):
    if not found:
        return None
    regional = [p for p in found if p[1].endswith("Oblast") or re.search(r"region|oblast|province", p[0], re.I)]
    local = [p for p in found if p not in regional]
    if metric in ("territory_gained", "territory_lost", "settlements_retaken"):
        chosen = regional or local
    else:
        chosen = local or regional
    # Places joined by "and" in one phrase belong together ("Borshchova and Artemivka").
    group = [min(chosen, key=lambda p: abs(p[3] - fig.start))]
    for p in chosen:
        if p is not group[0] and abs(p[3] - group[0][3]) < 40:
            group.append(p)
    group.sort(key=lambda p: p[3])
    raw = " and ".join(dict.fromkeys(p[0] for p in group))
    canon = ";".join(dict.fromkeys(p[1] for p in group if p[1]))
    iso = ";".join(dict.fromkeys(p[2] for p in group if p[2]))
    return raw, canon, iso


def _count_kind(fig: Figure, sentence: str) -> tuple[str, str]:
    """What a count of people lost counts, and the rule that said so.

    Looked for in the counted noun and the words right after it ("490 servicemen killed and
    wounded", "45,000 were injured"), then in the few words before the figure ("irretrievable
    losses amounted to"); "casualties" where nothing narrower is said.
    """
    windows = [fig.unit_raw + " " + sentence[fig.noun_end:fig.noun_end + 40], sentence[max(0, fig.start - 50):fig.start]]
    for text in windows:
        # The nearest word wins within a window: "losses ... killed" after the figure is read in order.
        hits = [(m.start(), kind, rule) for pattern, kind, rule in lx.COUNT_KIND_RES for m in [pattern.search(text)] if m]
        if hits:
            best = min(hits) if text is windows[0] else max(hits)
            return best[1], best[2]
    return "casualties", "losses_not_narrowed"


@functools.lru_cache(maxsize=8)
def _words(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The words of a sentence and their ends, found once for all its figures."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
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


def _publisher_claimant(publisher: str | None, source_url: str | None) -> tuple[str, str] | None:
    for candidate in (publisher, urlparse(source_url).hostname if source_url else None):
        if not candidate:
            continue
        name = re.sub(r"^www\.", "", candidate)
        hit = resolve_claimant(name) or resolve_claimant(name.split(".")[0])
        if hit:
            return hit
    return (publisher, "third_party") if publisher else None


def _specificity(c: Claimant | None, in_sentence: bool) -> int:
    if c is None:
        return 0
    return 1 + (2 if in_sentence else 0) + (2 if c.person else 0) + (1 if c.known else 0)


def _to_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ExtractionError(f"publication date {value!r} is not a date written YYYY-MM-DD", parameter="published", value=value) from None


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
    published_date = _to_date(published)
    source_id = source_id or source_id_for(source_url, published_date)
    publisher_claimant = _publisher_claimant(publisher, source_url)
    source = {
        "url": source_url or "",
        "publisher": (publisher_claimant[0] if publisher_claimant else "") or "",
        "published": published_date.isoformat() if published_date else "",
        "language": language or "",
    }
    kept: list[Kept] = []
    repeats = _Repeats()
    side_context = SideContext()
    last_person: Claimant | None = None
    last_org: Claimant | None = None
    carried: Claimant | None = None
    all_paragraphs = _joined_paragraphs(text)
    for p_index, para in enumerate(all_paragraphs):
        side_context.new_paragraph()
        para_places = None
        para_sentences = sentences(para)
        para_attrs = []
        for sent in para_sentences:
            ments = mentions_in(sent.text)
            attrs, via, estimate = attributions(sent.text, last_person, last_org, ments)
            person, org = mentioned(sent.text, ments)
            last_person, last_org = person or last_person, org or last_org
            for a in attrs:
                if a.claimant.person:
                    last_person = a.claimant
                else:
                    last_org = a.claimant
            para_attrs.append((attrs, via, estimate))
        # "This was reported by the General Staff." opening the next paragraph names who
        # said what this one holds (rule reported_after).
        reported_after = None
        if p_index + 1 < len(all_paragraphs) and _REPORTED_THIS.match(all_paragraphs[p_index + 1].text):
            nxt = sentences(all_paragraphs[p_index + 1])[0].text
            found_after, _, _ = attributions(nxt, last_person, last_org)
            reported_after = found_after[0].claimant if found_after else None
        in_paragraph: Claimant | None = None
        previous_figure: Figure | None = None
        for i, sent in enumerate(para_sentences):
            s = sent.text
            attrs, via, estimate = para_attrs[i]
            # A figure with no attribution of its own takes the paragraph's: an earlier
            # sentence's, else a later one's ("... liberated five settlements. ..., she said."),
            # else the article's running attribution.
            later = next((a[0][0].claimant for a in para_attrs[i + 1:] if a[0]), None) or reported_after
            fallback = in_paragraph or later or carried
            figures = find_figures(s, previous_figure)
            if attrs:
                # A named town taken is a claim when someone is said to claim it (rule named_capture).
                figures = with_named_captures(figures, s)
            previous_figure = figures[-1] if figures else None
            sentence_places = _places(s)
            starts = tuple(f.start if f.governs_from is None else f.governs_from for f in figures)
            ordered_starts = sorted(starts)
            mates = _list_mates(figures, s)
            phrases = scan_dates(s) if figures else []
            decided = []
            for fig in figures:
                here = fig.start if fig.governs_from is None else fig.governs_from
                # The other figures' starts, less this one's list mates. Only the first of them
                # and the nearest on either side can bound this figure's phrases, so only they
                # are passed on (all of them made a long list cost its square).
                others = _bounding_starts(ordered_starts, here, mates[fig.start])
                when = resolve_when(s, published_date, here, tuple(others), phrases)
                metric = _metric(fig, figures, s, frozenset(mates[fig.start]))
                if metric is None:
                    continue
                claimant = for_figure(attrs, fig.start)
                in_sentence = claimant is not None
                claimant_rule = "named_in_the_sentence" if in_sentence else ""
                if claimant is None and via:
                    # "As reported by Ukrinform, ... destroyed 181 vehicles": the outlet is the
                    # only source the sentence names; an earlier speaker is not carried over it.
                    claimant, claimant_rule = resolve_name(via, s), "outlet_named_as_source"
                if claimant is None and fallback is not None:
                    claimant = fallback
                    claimant_rule = ("earlier_in_the_paragraph" if fallback is in_paragraph else
                                     "reported_by_the_next_paragraph" if fallback is reported_after and later is reported_after else
                                     "later_in_the_paragraph" if fallback is later else "carried_from_earlier")
                if claimant is None:
                    claimant_rule = "publisher" if publisher_claimant else "none"
                if claimant is not None:
                    name, side = claimant.name, claimant.side
                elif publisher_claimant:
                    name, side = publisher_claimant
                else:
                    name, side = "", ""
                subject, side_rule = subject_side(fig, metric, s, side or None, side_context)
                decided.append([fig, when, metric, claimant, in_sentence, name, side, subject, side_rule, claimant_rule])
            share_sides(decided, s)
            side_context.note_sides([(d[2], d[7]) for d in decided])
            for fig, when, metric, claimant, in_sentence, name, side, subject, side_rule, claimant_rule in decided:
                qualifier = qualifier_before(s, fig.start)
                if fig.value_max is not None:
                    qualifier = "at least"
                if estimate and qualifier == "exact":
                    qualifier = "estimated"
                places = ((fig.place_raw, fig.place, fig.oblast_iso) if isinstance(fig, NamedCapture) else
                          _choose_places(_own_places(sentence_places, fig, figures, s), fig, metric) or para_places)
                if places is None and side_rule == "listed_losses":
                    places = side_context.losses_place  # the list goes on with the claim that named whose losses, and where
                if fig.kind == "area":
                    quantity = fig.value * AREA_UNITS_TO_KM2[fig.area_unit]
                    unit = "km2"
                else:
                    quantity, unit = fig.value, "count"
                item_class = fig.item_class if metric in ("equipment_losses", "vehicles_fled", "vehicles_stolen", "vehicles_captured") else None
                origin = None
                if item_class:
                    origin = fig.item_origin
                    if _MILITARY_MAKES.search(fig.unit_raw) or item_class not in ("truck", "bus", "car", "vehicle"):
                        origin = "military"
                    if metric == "vehicles_stolen" or _CIVILIAN_MARKS.search(fig.unit_raw + " " + s[fig.noun_end:fig.noun_end + 20]):
                        origin = "civilian" if item_class in ("truck", "bus", "car", "vehicle") else origin
                # A loss figure is a running total when the text says so ("in total", "so far",
                # "as of", "have lost"), unless it names a shorter period.
                rate = _RATE_AFTER.match(s, fig.noun_end)
                cumulative = not rate and (when.cumulative or (
                    metric in ("personnel_losses", "equipment_losses") and when.period_start is None and bool(_RUNNING_TOTAL.search(s))))
                ev_start, ev_end = _evidence(sent, fig)
                notes = []
                if fig.value_max is not None:
                    notes.append(f"range {fig.value:g} to {fig.value_max:g}")
                if fig.alt_raw:
                    notes.append(f"also given as {fig.alt_raw}")
                if rate:
                    notes.append(f"a rate per {rate.group('per').lower()}, not a total")
                if claimant is not None and not claimant.known:
                    notes.append(f"claimant {claimant.name!r} is not in claimants.csv yet")
                if claimant is None:
                    notes.append("unattributed in the text: the publisher's own figure")
                row = {c: "" for c in CLAIM_COLUMNS}
                count_kind, count_rule = _count_kind(fig, s) if metric == "personnel_losses" else ("", "")
                row.update(
                    count_kind=count_kind,
                    source_id=source_id,
                    claimant=name,
                    claimant_side=side,
                    reported_via=via or "",
                    metric=metric,
                    item_class=item_class or "",
                    item_origin=origin or "",
                    item_raw=fig.unit_raw if item_class else "",
                    subject_side=subject,
                    quantity=f"{quantity:.3f}".rstrip("0").rstrip("."),
                    unit=unit,
                    quantity_raw=fig.raw,
                    unit_raw=fig.unit_raw,
                    qualifier=qualifier,
                    cumulative="true" if cumulative else "false",
                    period_start=when.period_start.isoformat() if when.period_start else "",
                    period_end=when.period_end.isoformat() if when.period_end else "",
                    as_of=when.as_of.isoformat() if when.as_of else "",
                    place_raw=places[0] if places else "",
                    place=places[1] if places else "",
                    oblast_iso=places[2] if places else "",
                    verification_status="unverified",
                    evidence=" ".join(text[ev_start:ev_end].split()),
                    notes="; ".join(notes),
                )
                cand = Candidate(row, ev_start, ev_end, bool(claimant.known) if claimant else bool(publisher_claimant), file, source,
                                 rules={"claimant": claimant_rule, "subject_side": side_rule or "none (unknown)", **({"count_kind": count_rule} if count_rule else {})})
                # The same claim repeated (headline, bullet, body, quote) is kept once, with its
                # most specific attribution; "700 square miles (2,000 square kilometres)" is the
                # same claim as "2,000 square kilometres" elsewhere.
                values = {round(quantity, 1)}
                if fig.alt_area_unit and fig.alt_raw:
                    values.add(round(parse_number(fig.alt_raw) * AREA_UNITS_TO_KM2[fig.alt_area_unit], 1))
                written = {(fig.area_unit or "count", round(fig.value, 3))}
                if fig.alt_area_unit and fig.alt_raw:
                    written.add((fig.alt_area_unit, round(parse_number(fig.alt_raw), 3)))
                entry = Kept(rank=_specificity(claimant, in_sentence), candidate=cand, values=values,
                             kind=(metric, item_class, subject, getattr(fig, "place_raw", "")), sentence=sent.start, written=written)
                twin = repeats.twin(entry)
                if twin is None:
                    kept.append(entry)
                    repeats.add(entry, values)
                elif entry.rank > twin.rank:
                    _fill_from(cand.row, twin.candidate.row)
                    twin.rank, twin.candidate, twin.values = entry.rank, cand, twin.values | values
                    twin.written |= written
                    repeats.add(twin, values)
                else:
                    _fill_from(twin.candidate.row, row)
                    twin.values |= values
                    twin.written |= written
                    repeats.add(twin, values)
            if attrs:
                carried = in_paragraph = attrs[-1].claimant
            speaker = attrs[-1].claimant if attrs else fallback
            before = side_context.losses_side
            note_losses_heading(s, bool(figures), speaker.side if speaker else None, side_context)
            if side_context.losses_side != before or (side_context.losses_side and sentence_places):
                side_context.losses_place = _choose_places(sentence_places, Figure(0, "", len(s), len(s), "item", "", len(s)), "equipment_losses") if sentence_places else None
            side_context.note_sentence(s, speaker.side if speaker else None)
            if sentence_places:
                # Later sentences of the paragraph may speak of the same place ("The troops fled the area").
                para_places = _choose_places(sentence_places, Figure(0, "", len(s), len(s), "item", "", len(s)), "vehicles_fled")
    return sorted((k.candidate for k in kept), key=lambda c: c.evidence_start)


#: A line that does not end a sentence ("... 9 armoured combat vehicles,") and a next line that
#: goes on with it ("6 artillery systems and 14 vehicles."): one list broken by a hard line break.
_OPEN_END = re.compile(r"(?:[,;:–—-]|\b(?:and|or|including|as\s+well\s+as|plus))\s*$", re.IGNORECASE)
_GOES_ON = re.compile(r"^\s*(?:[•*·-]\s*)?(?:\d|[a-z])")


_REPORTED_THIS = re.compile(r"^\s*(?:This|That|It|These\s+(?:figures|data)|This\s+(?:information|data))\s+(?:was|were|has\s+been|had\s+been|is)\s+"
                            r"(?:\w+ly\s+)?(?:reported|announced|stated|said|published|confirmed|disclosed)\s+(?:by|in)\b", re.IGNORECASE)


def _joined_paragraphs(text: str) -> list[Span]:
    """Paragraphs, with a line joined to the one before when it continues its sentence."""
    out: list[Span] = []
    for para in paragraphs(text):
        if out and _OPEN_END.search(out[-1].text) and _GOES_ON.match(para.text) and len(out[-1].text) < 20_000:
            prev = out[-1]
            out[-1] = Span(text[prev.start:para.start + len(para.text)], prev.start)
        else:
            out.append(para)
    return out


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
    if not kept["place"] and not kept["place_raw"] and repeat["place_raw"]:
        for column in ("place_raw", "place", "oblast_iso"):
            kept[column] = repeat[column]


@dataclass
class Kept:
    """A claim kept so far, with every value it has been written as."""

    rank: int
    candidate: Candidate
    values: set
    kind: tuple
    sentence: int

    written: set = field(default_factory=set)

    def same_claim(self, other: "Kept") -> bool:
        # Two figures in one sentence are two claims ("six settlements ... another six").
        if self.kind != other.kind or self.sentence == other.sentence:
            return False
        # Written in the same unit, a repeat is the same number ("nearly 4,000 km2" in a
        # headline is not the body's 3,985 km2); across units, a conversion rounds.
        shared = {u for u, _ in self.written} & {u for u, _ in other.written}
        if shared:
            return bool(self.written & other.written)
        return any(abs(a - b) <= max(0.01 * max(a, b), 0.05) for a in self.values for b in other.values)


class _Repeats:
    """Kept claims by what they count and by value, so that finding the claim a figure repeats
    is a lookup among the claims of about the same value, not a comparison with every claim
    kept so far (which made long lists of figures cost the square of their length)."""

    def __init__(self) -> None:
        self.by_kind: dict[tuple, tuple[list[float], list["Kept"]]] = {}
        self.order: dict[int, int] = {}
        self.indexed: set[tuple[int, float]] = set()

    def add(self, entry: "Kept", values) -> None:
        self.order.setdefault(id(entry), len(self.order))
        keys, owners = self.by_kind.setdefault(entry.kind, ([], []))
        for v in values:
            if (id(entry), v) in self.indexed:
                continue  # each value of a claim once, however often the claim is repeated
            self.indexed.add((id(entry), v))
            at = bisect.bisect_right(keys, v)
            keys.insert(at, v)
            owners.insert(at, entry)

    def twin(self, entry: "Kept") -> "Kept | None":
        """The first kept claim (in the order kept) that ``entry`` repeats (:meth:`Kept.same_claim`), or None."""
        keys, owners = self.by_kind.get(entry.kind, ([], []))
        best = None
        for a in entry.values:
            # Every b within 1 % of the larger of the two, or 0.05: the values same_claim can match.
            lo = bisect.bisect_left(keys, a - max(0.01 * abs(a), 0.05) - 1e-9)
            hi = bisect.bisect_right(keys, max(a / 0.99 if a > 0 else a, a + 0.05) + 1e-9)
            for k in owners[lo:hi]:
                if (best is None or self.order[id(k)] < self.order[id(best)]) and k.same_claim(entry):
                    best = k
        return best


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
