"""The schema, described once: checks, dtypes and docs from one field table; plausibility; one pass."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from warclaims import LedgerValidationError, load_claims, read_ledger
from warclaims.claimants import load_claimants
from warclaims.columns import TABLE_FIELDS
from warclaims.places import load_places


def _edit(folder: Path, table: str, row: int, **cells: str) -> int:
    """Set cells of one row of a ledger table; return the file line of that row."""
    path = folder / table
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    for column, value in cells.items():
        rows[row + 1][rows[0].index(column)] = value
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return row + 2


def _row_of(folder: Path, table: str, column: str, value: str) -> int:
    with (folder / table).open(newline="", encoding="utf-8") as fh:
        return next(i for i, r in enumerate(csv.DictReader(fh)) if r[column] == value)


SEED_ZELENSKY = "ibt-2022-09-11-kharkiv-counteroffensive-6b471c5d"
SEED_FLED = "ibt-2022-09-11-kharkiv-counteroffensive-ee058558"
SEED_LOSSES = "ibt-2022-09-11-kharkiv-counteroffensive-ff09b553"
SEED_SVATOVE = "ibt-2022-09-11-kharkiv-counteroffensive-47cea274"

# (claim edited, cells set, column blamed, what the message must say): implausible and
# contradictory claims the old schema accepted.
IMPLAUSIBLE = [
    (SEED_FLED, {"quantity": "1" + "0" * 30, "quantity_raw": "1" + "0" * 30}, "quantity", "a plausible figure for the metric"),
    (SEED_ZELENSKY, {"quantity": "1000000000", "quantity_raw": "1000000000", "unit_raw": "km2"}, "quantity", "a plausible figure"),
    (SEED_FLED, {"as_of": "2099-01-01"}, "as_of", "a date written YYYY-MM-DD, from 2014-02-20 up to today"),
    (SEED_FLED, {"as_of": "1600-01-01"}, "as_of", "from 2014-02-20"),
    (SEED_FLED, {"as_of": "2262-05-01"}, "as_of", "from 2014-02-20"),
    (SEED_FLED, {"as_of": "2022-10-01"}, "as_of", "on or before its source's publication (2022-09-11)"),
    (SEED_ZELENSKY, {"period_end": "2022-09-20"}, "period_end", "on or before its source's publication"),
    (SEED_SVATOVE, {"oblast_iso": "UA-63"}, "oblast_iso", "the regions of its places in places.csv (UA-09)"),
    (SEED_FLED, {"notes": "=HYPERLINK(\"http://x\")"}, "notes", "not starting with =, +, - or @"),
    (SEED_FLED, {"evidence": "@SUM(A1)"}, "evidence", "not starting with"),
    (SEED_LOSSES, {"count_kind": ""}, "count_kind", "a count_kind (killed, casualties, ...) for personnel losses"),
    (SEED_FLED, {"count_kind": "killed"}, "count_kind", "no count_kind for metrics that do not count people lost"),
    (SEED_LOSSES, {"quantity_max": "100"}, "quantity_max", "quantity_max at or above quantity"),
    (SEED_FLED, {"restates": "no-such-claim"}, "restates", "the claim_id of another claim"),
    (SEED_FLED, {"subject_side": "somebody"}, "subject_side", "one of ['ukraine', 'russia', 'third_party', 'unknown']"),
]


@pytest.mark.parametrize("claim,cells,column,message", IMPLAUSIBLE, ids=[f"{c}={list(v.values())[0][:14]}" for _, v, c, _ in IMPLAUSIBLE])
def test_implausible_claims_are_named_problems(ledger_copy, claim, cells, column, message):
    line = _edit(ledger_copy, "claims.csv", _row_of(ledger_copy, "claims.csv", "claim_id", claim), **cells)
    with pytest.raises(LedgerValidationError) as e:
        read_ledger(ledger_copy)
    assert any(p.line == line and p.column == column and message in str(p) for p in e.value.problems), str(e.value)


def test_every_problem_of_every_table_in_one_pass(ledger_copy):
    # One bad cell in each table, and a row rule broken on a row whose stored text is fine:
    # all are reported together, not stage by stage.
    bad_claim = _edit(ledger_copy, "claims.csv", 0, metric="territory_stolen")
    rule_claim = _edit(ledger_copy, "claims.csv", 1, item_class="")
    bad_claimant = _edit(ledger_copy, "claimants.csv", 0, side="neutral")
    bad_place = _edit(ledger_copy, "places.csv", 0, latitude="95")
    bad_source = _edit(ledger_copy, "sources.csv", 0, url="not-an-address")
    # "xx" has the form of a language code but names no language in ISO 639-1.
    bad_language = _edit(ledger_copy, "sources.csv", 1, language="xx")
    with pytest.raises(LedgerValidationError) as e:
        read_ledger(ledger_copy)
    found = {(Path(p.file).name, p.line, p.column) for p in e.value.problems}
    assert {("claims.csv", bad_claim, "metric"), ("claims.csv", rule_claim, "item_class"),
            ("claimants.csv", bad_claimant, "side"), ("places.csv", bad_place, "latitude"),
            ("sources.csv", bad_source, "url"), ("sources.csv", bad_language, "language")} <= found


@pytest.mark.parametrize("loader,table,column,value", [
    (load_claimants, "claimants.csv", "side", "neutral"),
    (load_places, "places.csv", "longitude", "190"),
])
def test_reference_tables_give_named_problems_not_tracebacks(ledger_copy, loader, table, column, value):
    line = _edit(ledger_copy, table, 0, **{column: value})
    with pytest.raises(LedgerValidationError) as e:
        loader(ledger_copy)
    assert f"{ledger_copy / table}:{line}: column {column!r}:" in str(e.value)


def test_validate_command_reports_counts():
    out = subprocess.run([sys.executable, "-m", "warclaims.cli", "validate"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    claims = load_claims()
    assert f"{len(claims)} claims" in out.stdout
    for heading in ("per year:", "per metric:", "per subject side:", "per claimant side:"):
        assert heading in out.stdout
    year = str(claims["date"].dt.year.value_counts().index[0])
    assert f"{year} {claims['date'].dt.year.value_counts().iloc[0]:,}" in out.stdout


def test_checks_dtypes_and_docs_come_from_one_field_table():
    from warclaims.ledger import typed_claims
    from warclaims.schema import RAW, schema_markdown

    docs = schema_markdown()
    claims = load_claims()
    for table, fields in TABLE_FIELDS.items():
        assert list(RAW[table].columns) == [f.name for f in fields]
        for f in fields:
            assert f"| `{f.name}` |" in docs, f.name
    typed = typed_claims(read_ledger().claims)
    for f in TABLE_FIELDS["claims.csv"]:
        if f.kind == "category":
            assert isinstance(typed[f.name].dtype, pd.CategoricalDtype), f.name
            assert set(f.values) <= set(claims[f.name].cat.categories), f.name
        elif f.kind == "date":
            assert pd.api.types.is_datetime64_any_dtype(typed[f.name]), f.name
        elif f.kind == "number":
            assert pd.api.types.is_float_dtype(typed[f.name]), f.name


def test_a_statement_carried_by_two_reports_is_linked_once(ledger_copy):
    # The seed's Svatove figure copied from another report (a real source of the ledger) with a
    # new id: an unlinked repeat, which the overview would count twice, until it restates the seed's.
    claims = ledger_copy / "claims.csv"
    with claims.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, seed = rows[0], next(r for r in rows if r[0] == SEED_SVATOVE)
    other = next(r[rows[0].index("source_id")] for r in rows[1:] if r[rows[0].index("source_id")].startswith("sputnik"))
    copy = list(seed)
    copy[0], copy[header.index("source_id")] = "repeat-of-svatove", other
    with claims.open("a", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerow(copy)
    with pytest.raises(LedgerValidationError) as e:
        read_ledger(ledger_copy)
    assert [(p.line, p.column) for p in e.value.problems] == [(len(rows) + 1, "restates")]
    assert SEED_SVATOVE in str(e.value)
    _edit(ledger_copy, "claims.csv", len(rows) - 1, restates=SEED_SVATOVE)
    read_ledger(ledger_copy)


def test_one_source_per_address(ledger_copy):
    with (ledger_copy / "sources.csv").open(newline="", encoding="utf-8") as fh:
        first_url = list(csv.DictReader(fh))[0]["url"]
    line = _edit(ledger_copy, "sources.csv", 1, url=first_url)
    with pytest.raises(LedgerValidationError) as e:
        read_ledger(ledger_copy)
    assert any(p.line == line and p.column == "url" for p in e.value.problems), str(e.value)


def test_validation_leaves_hypothesis_unimported_and_importable(ledger_copy):
    # pandera's checks are registered without its data synthesis (which imports hypothesis);
    # the checks still find problems, and hypothesis imports as usual afterwards.
    _edit(ledger_copy, "claims.csv", 1, metric="territory_stolen")
    code = ("import sys\nfrom warclaims import LedgerValidationError, read_ledger\nread_ledger()\n"
            "try:\n    read_ledger(sys.argv[1])\nexcept LedgerValidationError as e:\n    print(len(e.problems), e.problems[0].column)\n"
            "print('hypothesis' in sys.modules)\nimport hypothesis.strategies\nprint(hypothesis.strategies.integers().example() is not None)\n")
    done = subprocess.run([sys.executable, "-c", code, str(ledger_copy)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["1 metric", "False", "True"], done.stdout
