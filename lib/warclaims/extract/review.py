"""Accepting candidate claims into the ledger.

Accepted candidates go through :func:`warclaims.ledger.append_claims`, which validates the
whole would-be ledger first, skips claims already there (same stable id), and replaces each
file atomically, so an interrupted or refused review leaves the ledger as it was.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from datetime import date
from pathlib import Path

import pandas as pd

from ..errors import ExtractionError
from ..ledger import append_claims, ledger_lock, read_ledger
from ..paths import DATA_DIR
from ..tables import read_table
from ..columns import CLAIM_COLUMNS, SOURCE_COLUMNS


def read_candidates(path: Path) -> list[dict]:
    """Read candidates written by ``warclaims extract`` (JSON Lines)."""
    out = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise ExtractionError(f"not UTF-8 JSON Lines ({e.reason} at byte {e.start}); give candidates written by `warclaims extract`", file=path) from None
    except OSError as e:
        raise ExtractionError(f"cannot read the candidates ({e.strerror or e})", file=path) from None
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as e:
            raise ExtractionError(f"not a JSON candidate: {e}", file=path, line=n) from None
        if not isinstance(record, dict) or "metric" not in record:
            raise ExtractionError("not a candidate claim (no 'metric')", file=path, line=n)
        out.append(record)
    return out


_SIDE_NAMES = {"ukraine": "Ukraine", "russia": "Russia", "third_party": "third party", "unknown": "unknown (the text does not say)", "": "not given"}


def describe(record: dict) -> str:
    """The candidate as a reviewer reads it: every field labelled, its notes and the rules that gave it."""
    if record.get("as_of"):
        when = f"as of {record['as_of']}"
    elif record.get("period_start") or record.get("period_end"):
        when = f"{record.get('period_start') or '?'} to {record.get('period_end') or '?'}"
    else:
        when = "no date"
    item = f" ({record['item_raw']})" if record.get("item_raw") else ""
    lines = [
        f"claimant: {record.get('claimant') or '(unattributed)'} (side: {_SIDE_NAMES.get(record.get('claimant_side') or '', record.get('claimant_side'))})"
        + (f", via {record['reported_via']}" if record.get("reported_via") else ""),
        f"metric: {record['metric']}{item}",
        f"figure: {record.get('qualifier') or 'exact'} {record.get('quantity_raw')} {record.get('unit_raw') or ''}".rstrip()
        + (" (running total)" if record.get("cumulative") == "true" else ""),
        f"subject: {_SIDE_NAMES.get(record.get('subject_side') or '', record.get('subject_side'))}",
        f"when: {when}",
        f"place: {record.get('place') or record.get('place_raw') or 'none'}",
    ]
    if record.get("notes"):
        lines.append(f"notes: {record['notes']}")
    if record.get("rules"):
        lines.append(f"rules: {record['rules']}")
    lines.append(f"evidence: \u201c{record.get('evidence', '')}\u201d")
    return "\n".join("    " + line for line in lines)


def candidate_key(record: dict) -> str:
    """A stable key for a candidate: where it was read, what it counts and its evidence."""
    parts = [str(record.get(k, "")) for k in ("source_url", "file", "evidence_start", "metric", "quantity_raw", "evidence")]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


class ReviewLog:
    """Decisions saved one line each as they are made, so an interrupted review resumes.

    Each line is JSON: ``{"key", "decision" ("accept" | "reject" | "skip"), "record"}``.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.decisions: dict[str, dict] = {}
        if self.path.exists():
            for n, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                    self.decisions[entry["key"]] = entry
                except (ValueError, KeyError, TypeError):
                    # A line cut short by an interruption: the decisions before it stand.
                    continue

    def record(self, record: dict, decision: str) -> None:
        entry = {"key": candidate_key(record), "decision": decision, "record": record}
        self.decisions[entry["key"]] = entry
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def accepted(self) -> list[dict]:
        return [e["record"] for e in self.decisions.values() if e["decision"] == "accept"]


def claimant_known(name: str, ledger: Path | None = None) -> bool:
    """Whether the ledger's claimant table knows a name (canonical or alias)."""
    from ..claimants import claimant_key, claimant_pattern

    index, _ = claimant_pattern(Path(ledger or DATA_DIR))
    return bool(name) and claimant_key(name) in index


def add_claimant(name: str, side: str, kind: str, ledger: Path | None = None) -> None:
    """Append a claimant to the ledger's claimants.csv (the whole file replaced atomically)."""
    from ..claimants import _alias_index
    from ..files import replace_atomically
    from ..vocabulary import CLAIMANT_KINDS, SIDES

    if side not in SIDES:
        raise ExtractionError(f"side must be one of {', '.join(SIDES)}", name="side", value=side)
    if kind not in CLAIMANT_KINDS:
        raise ExtractionError(f"kind must be one of {', '.join(CLAIMANT_KINDS)}", name="kind", value=kind)
    path = Path(ledger or DATA_DIR) / "claimants.csv"
    text = path.read_text(encoding="utf-8")
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([name, side, kind, ""])
    replace_atomically(path, (text if text.endswith("\n") else text + "\n").encode("utf-8") + buffer.getvalue().encode("utf-8"))
    _alias_index.cache_clear()


def review(records: list[dict], ledger: Path | None, log: ReviewLog, ask, say, accept_all: bool = False) -> tuple[int, int]:
    """Go through candidates, saving each decision as it is made, then append the accepted ones.

    Parameters
    ----------
    records : list of dict
        Candidates (``Candidate.to_record()``).
    ledger : Path or None
        The ledger folder (default data/).
    log : ReviewLog
        Where decisions are saved; candidates decided before (an interrupted review) are not asked again.
    ask : callable
        ``ask(prompt) -> str``; raises EOFError when the answers run out (the review stops,
        decisions made so far are kept).
    say : callable
        Prints a line for the reviewer.
    accept_all : bool
        Accept every candidate without asking; one whose claimant is not in claimants.csv is
        skipped (listed), never a reason to stop.

    Returns
    -------
    (added, already_there) : tuple of int
    """
    from ..vocabulary import CLAIMANT_KINDS, SIDES

    resumed = sum(1 for r in records if candidate_key(r) in log.decisions)
    if resumed:
        say(f"resuming: {resumed} candidate(s) already decided (saved in {log.path})")
    for n, r in enumerate(records, start=1):
        if candidate_key(r) in log.decisions:
            continue
        if not accept_all:
            say(f"[{n}/{len(records)}]\n{describe(r)}")
            answer = ask("  accept? [y]es, [n]o, [a]ll remaining, [q]uit (decisions so far are kept): ").strip().lower()
            if answer == "q":
                break
            if answer == "a":
                accept_all = True
            elif answer != "y":
                log.record(r, "reject")
                continue
        if r.get("claimant") and not claimant_known(r["claimant"], ledger):
            if accept_all:
                say(f"skipped: claimant {r['claimant']!r} is not in claimants.csv ({r.get('evidence', '')[:60]}...)")
                log.record(r, "skip")
                continue
            answer = ask(f"  claimant {r['claimant']!r} is not in claimants.csv: [a]dd it, [s]kip this candidate: ").strip().lower()
            if answer != "a":
                log.record(r, "skip")
                continue
            # A side the text does not tell ("unknown") is not suggested: the reviewer names it.
            suggested = r.get("claimant_side") if r.get("claimant_side") in SIDES else ""
            side = ask(f"  side of {r['claimant']!r} ({'/'.join(SIDES)})" + (f" [{suggested}]" if suggested else " [not told by the text]") + ": ").strip().lower() or suggested
            while side not in SIDES:
                side = ask(f"  side must be one of {', '.join(SIDES)}: ").strip().lower()
            kind = ask(f"  kind of claimant ({'/'.join(CLAIMANT_KINDS)}) [official]: ").strip().lower() or "official"
            while kind not in CLAIMANT_KINDS:
                kind = ask(f"  kind must be one of {', '.join(CLAIMANT_KINDS)}: ").strip().lower()
            add_claimant(r["claimant"], side, kind, ledger)
            r = {**r, "claimant_side": side}
            say(f"  added {r['claimant']!r} ({side}, {kind}) to claimants.csv")
        log.record(r, "accept")
    return accept(log.accepted(), ledger)


def accept(records: list[dict], ledger: Path | None = None) -> tuple[int, int]:
    """Validate and append accepted candidates (and their sources) to a ledger.

    Raises
    ------
    ExtractionError
        A candidate lacks the source address the ledger needs.
    LedgerValidationError
        The ledger with these claims would not validate (for example a claimant not yet in
        claimants.csv, or a claim with no date); nothing is written.
    """
    if not records:
        return 0, 0
    folder = Path(ledger or DATA_DIR)
    if not folder.is_dir():
        read_ledger(folder)  # names the folder that is not a ledger
    # Held from reading the sources to writing the claims: another append in between
    # could otherwise give the same address a second source id.
    with ledger_lock(folder):
        return _accept_locked(records, folder)


def _accept_locked(records: list[dict], ledger: Path) -> tuple[int, int]:
    # A source the ledger already has (same address) keeps its id, so claims read again from
    # it get the ids they already have and are recognised as already there.
    known, _ = read_table(Path(ledger or DATA_DIR) / "sources.csv", SOURCE_COLUMNS)
    by_url = dict(zip(known["url"], known["source_id"]))
    records = [{**r, "source_id": by_url.get(r.get("source_url"), r["source_id"])} for r in records]
    sources = {}
    for r in records:
        if not r.get("source_url"):
            raise ExtractionError("a candidate has no source address; extract again with --source-url URL", value=r.get("evidence"))
        sources[r["source_id"]] = {
            "source_id": r["source_id"],
            "publisher": r.get("source_publisher") or r["source_url"].split("/")[2],
            "url": r["source_url"],
            "published": r.get("source_published") or "",
            # The extractor's rules read English; a page whose metadata names another language
            # was read in that language.
            "language": r.get("source_language") or "en",
            "title": "",
            "accessed": date.today().isoformat(),
            "notes": "claims extracted by warclaims extract and accepted on review",
        }
    claims = pd.DataFrame([{c: r.get(c, "") for c in CLAIM_COLUMNS} for r in records]).fillna("").astype(str)
    claims["claim_id"] = ""
    return append_claims(claims, ledger, sources=pd.DataFrame(sources.values()))
