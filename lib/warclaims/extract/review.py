"""Accepting candidate claims into the ledger.

Accepted candidates go through :func:`warclaims.ledger.append_claims`, which validates the
whole would-be ledger first, skips claims already there (same stable id), and replaces each
file atomically, so an interrupted or refused review leaves the ledger as it was.
"""
from __future__ import annotations

import json
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


def describe(record: dict) -> str:
    """One line a reviewer can judge a candidate by."""
    when = record.get("as_of") or f"{record.get('period_start')}..{record.get('period_end')}"
    item = f" {record['item_raw']}" if record.get("item_raw") else ""
    return (f"{record['claimant'] or '(unattributed)'} claims {record['metric']}: {record['qualifier']} {record['quantity_raw']}"
            f"{item} [{record['unit_raw']}] about {record['subject_side']}, {when}, {record.get('place') or record.get('place_raw') or 'no place'}"
            f"\n    \u201c{record['evidence']}\u201d")


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
            "title": "",
            "accessed": date.today().isoformat(),
            "notes": "claims extracted by warclaims extract and accepted on review",
        }
    claims = pd.DataFrame([{c: r.get(c, "") for c in CLAIM_COLUMNS} for r in records]).fillna("").astype(str)
    claims["claim_id"] = ""
    return append_claims(claims, ledger, sources=pd.DataFrame(sources.values()))
