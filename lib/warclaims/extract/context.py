"""What one sentence of an article passes to the next, in one object.

The extraction stages (:mod:`.extractor`) read a sentence at a time; what they remember
between sentences is held here and nowhere else: who was speaking (the last person and the
last body named, the last attribution of the article and of the paragraph), whose losses a
heading announced (:class:`.sides.SideContext`), the place a paragraph is about, the last
figure (for "Of these, ..."), and the claims kept so far, so that a claim repeated by the
headline, a bullet and the body is kept once (:class:`Repeats`).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from .attribution import Attribution, Claimant
from .figures import Figure
from .placing import Chosen, choose
from .sides import SideContext


@dataclass
class Source:
    """The article's provenance, written into every candidate."""

    source_id: str
    published: date | None
    #: (name, side) of the publisher, whose figure an unattributed one is; None when unknown.
    publisher: tuple[str, str] | None
    file: str | None
    record: dict


@dataclass
class SentenceAttribution:
    """What a sentence says about who speaks (stage ``attribute``)."""

    found: list[Attribution]
    #: A news outlet the sentence's claims are relayed through ("according to BBC").
    via: str | None
    #: The sentence calls its figures estimates.
    estimate: bool


@dataclass
class Context:
    """The memory carried from sentence to sentence of one article."""

    source: Source
    #: Speaker memory: the last person and the last body named, for "he said", "the ministry said";
    #: one that only declined to comment, did not respond, denied or was an object is not
    #: remembered (:func:`.attribution.remembered`).
    last_person: Claimant | None = None
    last_org: Claimant | None = None
    #: The person last given each title ("minister": Rustem Umerov), for "the minister said"; the
    #: speakers last credited under a role ("role:official": US officials), for "the officials
    #: said"; who put out each document ("doc:assessment": ISW), for "the assessment said".
    titled: dict = field(default_factory=dict)
    #: The defence ministry last named with its country (and not only mentioned), for a bare "the Defence Ministry".
    ministry: Claimant | None = None
    #: The last attribution of the article: a figure no nearer attribution governs takes it.
    carried: Claimant | None = None
    #: The last attribution of the paragraph so far.
    in_paragraph: Claimant | None = None
    #: Who the next paragraph says reported this one ("This was reported by the General Staff.").
    reported_after: Claimant | None = None
    sides: SideContext = field(default_factory=SideContext)
    #: The place of the paragraph's last sentence that named one ("The troops fled the area").
    paragraph_place: "LatestPlace" = field(default_factory=lambda: LatestPlace("vehicles_fled"))
    #: The place written with the heading that named whose losses are listed, for the list under it.
    losses_place: "LatestPlace" = field(default_factory=lambda: LatestPlace("equipment_losses"))
    #: The last figure of the sentence before, for a breakdown opening with "Of these, ...".
    previous_figure: Figure | None = None
    #: Whether the last sentence with figures counted items lost, for a breakdown after it that
    #: names no verb ("In particular, 13 tanks and 12 armoured vehicles."; rule breakdown_of_losses).
    items_lost_before: bool = False
    repeats: "Repeats" = field(default_factory=lambda: Repeats())
    #: The last sentence's speaker when it was one unnamed person by role ("a top US general has said"),
    #: for the next sentence to name (rule role_named_next).
    unnamed_role: Claimant | None = None

    def new_paragraph(self, reported_after: Claimant | None) -> None:
        self.sides.new_paragraph()
        self.paragraph_place.reset()
        self.in_paragraph = None
        self.previous_figure = None
        self.reported_after = reported_after

    def remember_speakers(self, person: Claimant | None, org: Claimant | None, found: list[Attribution]) -> None:
        """Note who a sentence named and who it credited (persons and bodies apart)."""
        self.last_person, self.last_org = person or self.last_person, org or self.last_org
        for a in found:
            if a.claimant.person:
                self.last_person = a.claimant
            else:
                self.last_org = a.claimant


class LatestPlace:
    """The place named by the latest of some sentences that names one, looked up only when a
    figure asks for it: most sentences have no figure, and their places are never needed.

    Sentences are added with :meth:`add`; :meth:`reset` starts again from one sentence (or
    none). What has been looked up is dropped, so every sentence is looked up at most once.
    """

    #: Sentences kept waiting at most; beyond, the latest place is looked up and the rest dropped.
    WAITING = 64

    def __init__(self, metric: str) -> None:
        self.metric = metric  # what the place is for: regions first for land, towns first otherwise
        self.pending: list = []

    def reset(self, sentence=None) -> None:
        self.pending = [] if sentence is None else [sentence]

    def add(self, sentence) -> None:
        """Add a sentence (anything with ``sentence.text`` and ``places``)."""
        self.pending.append(sentence)
        if len(self.pending) > self.WAITING:
            self.get()

    def get(self) -> Chosen | None:
        for k in range(len(self.pending) - 1, -1, -1):
            latest = self.pending[k]
            if latest.places:
                self.pending = [latest]
                return choose(latest.places, len(latest.sentence.text), self.metric)
        self.pending = []
        return None


@dataclass
class Kept:
    """A claim kept so far, with every value it has been written as."""

    rank: int
    candidate: object
    values: set
    kind: tuple
    sentence: int
    written: set = field(default_factory=set)
    #: The side of the known claimant its own sentence names ("" when the claimant came from elsewhere).
    speaker_side: str = ""
    #: For an item of equipment, what the sentence's other figures count, by (metric, item class,
    #: side): the list it came in (people are compared in prose too often to tell a list by them).
    mates: dict = field(default_factory=dict)
    #: The values as written in the figure's own unit, without the conversions after it.
    primary: set = field(default_factory=set)
    #: The sentence calls the figure a running total in so many words ("in total", "since the start").
    total: bool = False
    #: The side of a country its own sentence names as the speaker ("Ukraine claims ..."), which yields to
    #: a known body or person of that side crediting a repeat (rule country_yields_to_body); else "".
    country_speaker: str = ""
    #: The side of a known claimant that is no country and whose side is told (not guessed); else "".
    known_side: str = ""

    def same_claim(self, other: "Kept") -> bool:
        # Two figures in one sentence are two claims ("six settlements ... another six").
        if not _same_kind(self.kind, other.kind) or self.sentence == other.sentence:
            return False
        mine, theirs = self.candidate.row, other.candidate.row
        # A mention whose side was not told repeats only a claim of the same speaker (or of none told).
        if self.kind != other.kind and mine["claimant"] != theirs["claimant"] and all(r["claimant_side"] in _SIDES for r in (mine, theirs)):
            return False
        # "lost 400 soldiers, a tank and three vehicles" and, of another group of forces, "lost
        # 30 soldiers, a tank and two vehicles": the tank is listed with other soldiers, so the
        # lists are two reports and each tank its own claim.
        if _other_lists(self.mates, other.mates):
            return False
        # "1,200 were killed" and "another 1,200 were wounded": the same number of other people.
        kinds = {mine["count_kind"], theirs["count_kind"]}
        if len(kinds) == 2 and kinds <= _APART:
            return False
        # "In the Kherson direction, the enemy lost 40 soldiers" and "In the Zaporizhzhia
        # direction, ... 40 soldiers": figures of two regions are two claims.
        regions = {mine["oblast_iso"], theirs["oblast_iso"]}
        if len(regions) == 2 and "" not in regions:
            return False
        # "over 3,000 were captured, the report says" and "... lost over 3,000, according to the
        # General Staff": each sentence names its speaker, and the speakers' sides differ, so the
        # figures are two claims (one merged into the other would credit it to the wrong side).
        if self.speaker_side and other.speaker_side and self.speaker_side != other.speaker_side:
            return False
        # "257 km² in July 2023" and "257 km² since 1 January": each states its own period, and
        # the periods differ, so the figures are two claims that happen to be equal.
        # A day apart at both ends is one period dated from two days ("on Monday ... in the past
        # two weeks" and the same two weeks counted to publication).
        # A whole list repeated, each period as long as the other's and a few days apart, is one
        # report dated twice: a headline's "in a day" counted back from publication, the body's
        # "on Monday ... over the previous day" (rule list_repeated_with_its_day).
        if (mine["period_start"] and theirs["period_start"] and not _within_a_day(mine, theirs)
                and not (self.mates and self.mates == other.mates and _same_length_days_apart(mine, theirs))):
            return False
        # "40 tanks over the past day" and "40 tanks in total": a day's figure is no running total.
        if any(a.total and b.candidate.row["period_start"] and b.candidate.row["cumulative"] == "false" for a, b in ((self, other), (other, self))):
            return False
        # Written in the same unit, a repeat is the same number ("nearly 4,000 km2" in a
        # headline is not the body's 3,985 km2), whatever their conversions ("478 km² (184 sq mi)"
        # and "477 km² (184 sq mi)" are two figures); across units, a conversion rounds.
        own = {u for u, _ in self.primary} & {u for u, _ in other.primary}
        if own and not self.primary & other.primary:
            return False
        shared = {u for u, _ in self.written} & {u for u, _ in other.written}
        if shared:
            return bool(self.written & other.written)
        return any(abs(a - b) <= max(0.01 * max(a, b), 0.05) for a in self.values for b in other.values)


#: Kinds of personnel count that never hold the same people: one cannot repeat another.
_APART = {"killed", "wounded", "prisoners", "missing"}


def _other_lists(mine: dict, theirs: dict) -> bool:
    """Two sentences list, besides the figure they share, figures of the same thing, and none
    of the one's agrees with one of the other's (within 5 %, for a headline's round "nearly
    3,000" of 2,975, or exactly with their sum, for "4 missiles" of "two ballistic missiles, two
    cruise missiles"): "120 casualties ... an M777 howitzer" and "30 casualties ... an M119 howitzer"."""
    def agree(a: list, b: list) -> bool:
        return any(abs(x - y) <= 0.05 * max(x, y) for x in a for y in b) or sum(a) in b or sum(b) in a
    return any(not agree(mine[key], theirs[key]) for key in mine.keys() & theirs.keys())


_SIDES = {"russia", "ukraine", "third_party"}


def _same_kind(a: tuple, b: tuple) -> bool:
    """Two claims count the same thing; a side not told ("unknown") fits either side."""
    return a == b or (a[:2] == b[:2] and a[3:] == b[3:] and "unknown" in (a[2], b[2]))


def _within_a_day(a: dict, b: dict) -> bool:
    """Both periods' ends lie within a day of each other (ISO dates; an empty end only matches an empty one)."""
    for key in ("period_start", "period_end"):
        if not a[key] or not b[key]:
            if a[key] != b[key]:
                return False
        elif abs((date.fromisoformat(a[key]) - date.fromisoformat(b[key])).days) > 1:
            return False
    return True


def _same_length_days_apart(a: dict, b: dict, days: int = 3) -> bool:
    """Both periods are as long as each other and end at most ``days`` apart."""
    if not (a["period_start"] and a["period_end"] and b["period_start"] and b["period_end"]):
        return False
    start_a, end_a, start_b, end_b = (date.fromisoformat(x[k]) for x in (a, b) for k in ("period_start", "period_end"))
    return end_a - start_a == end_b - start_b and abs((end_a - end_b).days) <= days


class Repeats:
    """The claims kept so far, indexed by what they count and by value, so that finding the
    claim a figure repeats is a lookup among the claims of about the same value, not a
    comparison with every claim kept so far (which made long lists of figures cost the
    square of their length)."""

    def __init__(self) -> None:
        self.kept: list[Kept] = []
        self.by_kind: dict[tuple, tuple[list[float], list[Kept]]] = {}
        self.order: dict[int, int] = {}
        self.indexed: set[tuple[int, float]] = set()

    def add(self, entry: Kept, values) -> None:
        self.order.setdefault(id(entry), len(self.order))
        keys, owners = self.by_kind.setdefault(entry.kind, ([], []))
        for v in values:
            if (id(entry), v) in self.indexed:
                continue  # each value of a claim once, however often the claim is repeated
            self.indexed.add((id(entry), v))
            at = bisect.bisect_right(keys, v)
            keys.insert(at, v)
            owners.insert(at, entry)

    def twin(self, entry: Kept) -> Kept | None:
        """The first kept claim (in the order kept) that ``entry`` repeats (:meth:`Kept.same_claim`), or None.

        A mention whose side was not told repeats a kept claim of one side ("Ukraine shoots down 11
        of 14 Russian drones" and "the air defence destroyed 11 drones"), unless claims of both
        sides would fit it."""
        best = self._twin_of_kind(entry, entry.kind)
        if best is None and entry.kind[2] == "unknown":
            either = [k for side in ("russia", "ukraine") if (k := self._twin_of_kind(entry, (*entry.kind[:2], side, *entry.kind[3:]))) is not None]
            best = either[0] if len(either) == 1 else None
        return best

    def _twin_of_kind(self, entry: Kept, kind: tuple) -> Kept | None:
        keys, owners = self.by_kind.get(kind, ([], []))
        best = None
        for a in entry.values:
            # Every b within 1 % of the larger of the two, or 0.05: the values same_claim can match.
            lo = bisect.bisect_left(keys, a - max(0.01 * abs(a), 0.05) - 1e-9)
            hi = bisect.bisect_right(keys, max(a / 0.99 if a > 0 else a, a + 0.05) + 1e-9)
            for k in owners[lo:hi]:
                if (best is None or self.order[id(k)] < self.order[id(best)]) and k.same_claim(entry):
                    best = k
        return best

    def keep(self, entry: Kept, merge) -> None:
        """Keep ``entry`` unless it repeats a kept claim; of the two, the more specific
        attribution stays and ``merge(kept_row, repeat_row)`` completes it with the other's facts."""
        twin = self.twin(entry)
        if twin is None:
            self.kept.append(entry)
            self.add(entry, entry.values)
            return
        # "Ukraine claims Russia lost 40 guns" (a headline) and "Russia lost 40 guns. That's the latest report
        # from the General Staff": the body of that side that spoke outranks the country (rule country_yields_to_body).
        if entry.rank > twin.rank or (twin.country_speaker and entry.known_side == twin.country_speaker and not entry.country_speaker):
            merge(entry.candidate.row, twin.candidate.row)
            if entry.kind != twin.kind:  # the side the kept mention told stays
                entry.candidate.row["subject_side"] = twin.candidate.row["subject_side"]
                entry.candidate.rules["subject_side"] = twin.candidate.rules.get("subject_side", "") + " (of the same claim told before)"
            twin.rank, twin.candidate, twin.values = entry.rank, entry.candidate, twin.values | entry.values
            twin.country_speaker, twin.known_side = entry.country_speaker, entry.known_side
        else:
            merge(twin.candidate.row, entry.candidate.row)
            twin.values |= entry.values
        twin.written |= entry.written
        twin.primary |= entry.primary
        self.add(twin, entry.values)
