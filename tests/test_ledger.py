"""The shipped ledger: the seed's claims, the schema's rules and the messages it gives."""
from __future__ import annotations

import codecs
import csv
import io
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from warclaims import LedgerValidationError, append_claims, load_claims, read_ledger
from warclaims.columns import CLAIM_COLUMNS, TABLE_COLUMNS
from warclaims.ledger import claim_id_for
from warclaims.paths import DATA_DIR
from warclaims import tables
from warclaims.tables import as_strings, read_coded_table, read_table
from warclaims.errors import WarclaimsError
from warclaims.units import to_km2

SEED = "ibt-2022-09-11-kharkiv-counteroffensive"


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    claims = load_claims()
    return claims[claims["source_id"] == SEED]


def one(seed, **match):
    rows = seed
    for col, value in match.items():
        rows = rows[rows[col] == value]
    assert len(rows) == 1, f"expected one claim matching {match}, found {len(rows)}"
    return rows.iloc[0]


def ts(day: str) -> pd.Timestamp:
    return pd.Timestamp(day)


# quantity, metric, item_class, item_origin, claimant, place, (period_start, period_end, as_of)
SEED_CLAIMS = [
    (150, "personnel_fled", None, None, "General Staff of the Armed Forces of Ukraine", "Borshchova;Artemivka", (None, None, "2022-09-11"), "about"),
    (2, "vehicles_fled", "bus", "unknown", "General Staff of the Armed Forces of Ukraine", "Borshchova;Artemivka", (None, None, "2022-09-11"), "exact"),
    (1, "vehicles_fled", "truck", "unknown", "General Staff of the Armed Forces of Ukraine", "Borshchova;Artemivka", (None, None, "2022-09-11"), "exact"),
    (19, "vehicles_stolen", "car", "civilian", "General Staff of the Armed Forces of Ukraine", "Borshchova;Artemivka", (None, None, "2022-09-11"), "at least"),
    (4, "vehicles_fled", "truck", "military", "General Staff of the Armed Forces of Ukraine", "Svatove", (None, None, "2022-09-11"), "exact"),
    (20, "vehicles_fled", "armoured_car", "military", "General Staff of the Armed Forces of Ukraine", "Svatove", (None, None, "2022-09-11"), "exact"),
    (20, "vehicles_stolen", "vehicle", "civilian", "General Staff of the Armed Forces of Ukraine", "Svatove", (None, None, "2022-09-11"), "exact"),
    (2848.987, "territory_gained", None, None, "International Business Times", "Kharkiv Oblast", (None, None, "2022-09-11"), "more than"),
    (2999.206, "territory_gained", None, None, "Volodymyr Zelensky", "Kharkiv Oblast", ("2022-09-08", "2022-09-10", None), "exact"),
    (52650, "personnel_losses", None, None, "Ministry of Defence of Ukraine", "", (None, None, "2022-09-11"), "estimated"),
]


def test_seed_has_exactly_the_curated_claims(seed):
    assert len(seed) == len(SEED_CLAIMS)


@pytest.mark.parametrize("quantity,metric,item,origin,claimant,place,dates,qualifier", SEED_CLAIMS)
def test_each_seed_claim(seed, quantity, metric, item, origin, claimant, place, dates, qualifier):
    rows = seed[(seed["metric"] == metric) & (seed["quantity"].sub(quantity).abs() < 0.01)]
    if item:
        rows = rows[rows["item_class"] == item]
    assert len(rows) == 1, (metric, quantity, item)
    row = rows.iloc[0]
    assert row["claimant"] == claimant
    assert ("" if pd.isna(row["place"]) else row["place"]) == place
    if item:
        assert row["item_origin"] == origin
    else:
        assert pd.isna(row["item_class"])
    start, end, as_of = dates
    assert (pd.isna(row["period_start"]) if start is None else row["period_start"] == ts(start))
    assert (pd.isna(row["period_end"]) if end is None else row["period_end"] == ts(end))
    assert (pd.isna(row["as_of"]) if as_of is None else row["as_of"] == ts(as_of))
    assert row["qualifier"] == qualifier
    assert row["source_url"].startswith("https://www.ibtimes.com/")
    assert row["source_published"] == ts("2022-09-11")
    assert row["verification_status"] == "unverified"
    assert "could not independently verify" in row["verified_by"]


def test_square_miles_are_converted_and_can_be_asked_for(seed):
    zelensky = one(seed, claimant="Volodymyr Zelensky")
    assert zelensky["quantity_raw"] == "1,158" and zelensky["unit_raw"] == "square miles"
    assert round(zelensky["quantity"]) == 2999
    in_miles = load_claims(area_unit="sq mi")
    z = in_miles[in_miles["claim_id"] == zelensky["claim_id"]].iloc[0]
    assert z["quantity"] == pytest.approx(1158, abs=0.01)
    assert z["unit"] == "sq mi"
    # counts are not converted
    seed_personnel = one(seed, metric="personnel_losses")
    assert in_miles.loc[in_miles["claim_id"] == seed_personnel["claim_id"], "quantity"].iloc[0] == 52650


def test_load_claims_types(seed):
    assert isinstance(seed["metric"].dtype, pd.CategoricalDtype)
    assert isinstance(seed["claimant_side"].dtype, pd.CategoricalDtype)
    assert pd.api.types.is_datetime64_any_dtype(seed["as_of"])
    assert seed["cumulative"].dtype == bool
    assert seed.loc[seed["metric"] == "personnel_losses", "cumulative"].all()


@pytest.mark.parametrize("quantity, unit, km2", [
    (1158, "square miles", 2999.19),
    (2000, "hectares", 20),
    (54000, "square metres", 0.054),  # Wagner's daily gains inside Bakhmut were given in m²
    (68500, "sq m", 0.0685),
    (3, "km²", 3),
])
def test_area_units_as_written_convert_to_km2(quantity, unit, km2):
    assert to_km2(quantity, unit) == pytest.approx(km2, rel=1e-4)


def test_an_area_in_metres_is_not_read_as_miles():
    with pytest.raises(WarclaimsError, match="unknown area unit"):
        to_km2(5, "metres")


def test_unknown_area_unit_parameter_is_named():
    with pytest.raises(Exception) as e:
        load_claims(area_unit="acres")
    assert "area_unit" in str(e.value)


def test_summary_line():
    # The summary names the ledger's span: the earliest and latest day any claim covers.
    claims = load_claims()
    days = pd.concat([claims[c] for c in ("period_start", "period_end", "as_of")]).dropna()
    first, last = days.min().strftime("%Y-%m-%d"), days.max().strftime("%Y-%m-%d")
    assert read_ledger().summary().endswith(f"{first} to {last}")


def _set(folder: Path, table: str, row: int, column: str, value: str) -> int:
    """Set one cell of a ledger table; return the file line of that row."""
    path = folder / table
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    rows[row + 1][rows[0].index(column)] = value
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return row + 2


# (table, row, column, bad value, what the message must say)
MALFORMED = [
    ("claims.csv", 0, "metric", "territory_stolen", "one of ['territory_gained'"),
    ("claims.csv", 1, "as_of", "2022-13-40", "a date written YYYY-MM-DD"),
    ("claims.csv", 1, "as_of", "11/09/2022", "a date written YYYY-MM-DD"),
    ("claims.csv", 8, "unit_raw", "acres", "a known area unit for territory"),
    ("claims.csv", 2, "quantity", "two", "a non-negative number in digits"),
    ("claims.csv", 2, "quantity_raw", "several", "a figure in digits or words"),
    ("claims.csv", 8, "quantity", "1158", "quantity equal to quantity_raw converted"),
    ("claims.csv", 3, "claimant", "Somebody Unknown", "a canonical claimant listed in claimants.csv"),
    ("claims.csv", 3, "claimant_side", "russia", "'ukraine', the side of General Staff"),
    ("claims.csv", 4, "source_id", "no-such-source", "a source_id listed in sources.csv"),
    ("claims.csv", 5, "claim_id", "ibt-2022-09-11-kharkiv-counteroffensive-ee058558", "a value not used on an earlier row"),
    ("claims.csv", 8, "period_start", "2022-09-12", "period_start on or before period_end"),
    ("claims.csv", 1, "item_class", "", "an item_class and item_origin for equipment and vehicle metrics"),
    ("claims.csv", 0, "item_class", "tank", "no item_class for metrics that do not count items"),
    ("claims.csv", 4, "place", "Atlantis", "a place listed in places.csv"),
    ("claims.csv", 4, "oblast_iso", "UA-99", "ISO 3166-2 codes such as UA-63"),
    ("claims.csv", 4, "evidence", " ".join(["word"] * 40), "at most 25 words"),
    ("claims.csv", 9, "as_of", "", "as_of or period_end must be set"),
    ("claims.csv", 0, "qualifier", "roughly", "one of ['exact'"),
    ("sources.csv", 0, "url", "ibtimes.com/story", "an http(s) address"),
    ("places.csv", 0, "latitude", "95", "a latitude in degrees"),
    ("claimants.csv", 0, "side", "neutral", "one of ['ukraine'"),
]


@pytest.mark.parametrize("table,row,column,value,message", MALFORMED, ids=[f"{m[0]}:{m[2]}={m[3][:12]}" for m in MALFORMED])
def test_malformed_input_names_file_line_and_column(ledger_copy, table, row, column, value, message):
    line = _set(ledger_copy, table, row, column, value)
    before = {p.name: p.read_bytes() for p in ledger_copy.iterdir()}
    with pytest.raises(LedgerValidationError) as e:
        read_ledger(ledger_copy)
    text = str(e.value)
    assert f"{ledger_copy / table}:{line}: column {column!r}:" in text, text
    assert message in text, text
    assert {p.name: p.read_bytes() for p in ledger_copy.iterdir()} == before  # nothing rewritten


def test_row_with_wrong_number_of_fields(ledger_copy):
    path = ledger_copy / "claims.csv"
    text = path.read_text(encoding="utf-8")
    line = len(text.splitlines()) + 1  # the appended row's line in the file
    path.write_text(text + "just,three,fields\n", encoding="utf-8")
    with pytest.raises(LedgerValidationError) as e:
        read_ledger(ledger_copy)
    assert f"{path}:{line}:" in str(e.value) and f"{len(CLAIM_COLUMNS)} comma-separated fields" in str(e.value)


def test_missing_column_in_header(ledger_copy):
    path = ledger_copy / "claims.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[0] = lines[0].replace(",evidence,", ",evidense,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LedgerValidationError) as e:
        read_ledger(ledger_copy)
    assert f"{path}:1:" in str(e.value) and "missing ['evidence']" in str(e.value)


def test_not_utf8(ledger_copy):
    (ledger_copy / "sources.csv").write_bytes(b"\xff\xfe broken")
    with pytest.raises(LedgerValidationError) as e:
        read_ledger(ledger_copy)
    assert "UTF-8 text" in str(e.value)


def _layout(rows: list[list[str]], layout: str) -> str:
    """claims.csv text of ``rows`` (header first), laid out so that a row's number is not its line."""
    notes = rows[0].index("notes")
    if layout == "a note over two lines":
        rows[3][notes] = "read in print,\nthen online"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n" if layout == "Windows line ends" else "\n").writerows(rows)
    lines = out.getvalue().splitlines(keepends=True)
    if layout == "a blank line":
        lines.insert(3, "\n")
    elif layout == "a row of empty cells":
        lines.insert(3, "," * (len(rows[0]) - 1) + "\n")
    return "".join(lines)


@pytest.fixture(params=["pyarrow first", "line by line"])
def table_reader(request, monkeypatch):
    """Tables read as large ones are (by pyarrow, when each record is one line), or line by line."""
    if request.param == "pyarrow first":
        monkeypatch.setattr(tables, "ARROW_FROM_BYTES", 0)
    return request.param


@pytest.mark.parametrize("layout,lines_before", [("one record a line", 0), ("a note over two lines", 1), ("a blank line", 1),
                                                 ("a row of empty cells", 1), ("Windows line ends", 0)])
def test_problems_name_the_file_line_whatever_the_layout(ledger_copy, table_reader, layout, lines_before):
    # Rows 0 to 2 sit before the layout's extra line, row 5 after it.
    path = ledger_copy / "claims.csv"
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    rows[1 + 1][rows[0].index("metric")] = "bogus-early"
    rows[5 + 1][rows[0].index("metric")] = "bogus-late"
    path.write_bytes(_layout(rows, layout).encode("utf-8"))
    with pytest.raises(LedgerValidationError) as e:
        read_ledger(ledger_copy)
    assert [(p.line, p.value) for p in e.value.problems] == [(1 + 2, "bogus-early"), (5 + 2 + lines_before, "bogus-late")]


def test_byte_order_mark_is_refused_as_before(ledger_copy, table_reader):
    path = ledger_copy / "claims.csv"
    path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())
    with pytest.raises(LedgerValidationError) as e:
        read_ledger(ledger_copy)
    assert f"{path}:1:" in str(e.value) and "the header claim_id," in str(e.value)


def test_coded_table_stands_for_the_strings(table_reader):
    for name, columns in TABLE_COLUMNS.items():
        coded, lines = read_coded_table(DATA_DIR / name, columns)
        strings, same_lines = read_table(DATA_DIR / name, columns)
        with (DATA_DIR / name).open(newline="", encoding="utf-8") as fh:
            records = list(csv.reader(fh))[1:]
        assert lines == same_lines == list(range(2, len(records) + 2))
        assert all(isinstance(t, pd.CategoricalDtype) for t in coded.dtypes)
        assert strings.values.tolist() == records and (strings.dtypes == object).all()
        assert as_strings(coded).equals(strings)


def test_every_problem_is_reported_not_just_the_first(ledger_copy):
    _set(ledger_copy, "claims.csv", 0, "metric", "bogus")
    _set(ledger_copy, "claims.csv", 3, "as_of", "yesterday")
    with pytest.raises(LedgerValidationError) as e:
        read_ledger(ledger_copy)
    assert len(e.value.problems) == 2
    assert e.value.context["line"] == 2 and e.value.context["column"] == "metric"


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warclaims.cli", *args], capture_output=True, text=True)


def test_cli_validate_ok_prints_summary():
    out = _cli("validate", str(DATA_DIR))
    assert out.returncode == 0, out.stderr
    assert read_ledger().summary().split(": ", 1)[1] in out.stdout


def test_cli_validate_bad_exits_1_and_names_line(ledger_copy):
    _set(ledger_copy, "claims.csv", 2, "metric", "nonsense")
    out = _cli("validate", str(ledger_copy))
    assert out.returncode == 1
    assert "claims.csv:4: column 'metric'" in out.stderr


def _candidate(**over) -> dict:
    raw = pd.read_csv(DATA_DIR / "claims.csv", dtype=str, keep_default_na=False).iloc[0].to_dict()
    raw.update(claim_id="", **over)
    return raw


def test_append_adds_once_and_skips_duplicates(ledger_copy):
    before = len(load_claims(ledger_copy))
    new = pd.DataFrame([_candidate(quantity="160", quantity_raw="160")])
    before = len(load_claims(ledger_copy))
    assert append_claims(new, ledger_copy) == (1, 0)
    assert append_claims(new, ledger_copy) == (0, 1)
    claims = load_claims(ledger_copy)
    assert len(claims) == before + 1
    assert claims["claim_id"].iloc[-1] == claim_id_for(new.iloc[0].to_dict())


def test_append_refuses_invalid_and_keeps_ledger(ledger_copy):
    before = (ledger_copy / "claims.csv").read_bytes()
    line = len(before.decode("utf-8").splitlines()) + 1  # where the new row would have gone
    new = pd.DataFrame([_candidate(quantity="160", quantity_raw="160", metric="made_up")])
    with pytest.raises(LedgerValidationError) as e:
        append_claims(new, ledger_copy)
    assert f"{ledger_copy / 'claims.csv'}:{line}" in str(e.value)
    assert (ledger_copy / "claims.csv").read_bytes() == before


def test_schema_documentation_is_current():
    from warclaims.paths import PROJECT_ROOT
    from warclaims.schema import schema_markdown

    assert (PROJECT_ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == schema_markdown(), "run: warclaims schema > docs/schema.md"


@pytest.mark.parametrize("command", ["validate", "schema", "fetch", "datasets", "run", "extract"])
def test_every_subcommand_has_help(command):
    out = _cli(command, "--help")
    assert out.returncode == 0 and f"usage: warclaims {command}" in out.stdout


def test_typed_ledger_is_remembered_on_disk_and_read_back_the_same(ledger_copy):
    # Stored compactly (text as categories); a form that did not read back exactly would
    # not be stored at all, and every notebook would validate the ledger again.
    from warclaims import ledger as ledger_module
    from warclaims.paths import cache_dir
    from warclaims.remembered import FOLDER

    first = load_claims(ledger_copy)
    stored = sorted(p.name.split("-")[0] for p in (cache_dir() / FOLDER).iterdir())
    assert stored == ["warclaims.ledger._read_folder", "warclaims.ledger._typed_folder"]
    ledger_module._typed_folder.forget()
    ledger_module._read_folder.forget()
    again = load_claims(ledger_copy)  # read back from the files
    pd.testing.assert_frame_equal(first, again, check_exact=True, check_categorical=True)
    assert again.attrs == {} and (again.dtypes == "string").sum() == (first.dtypes == "string").sum() > 10


def test_the_review_record_names_what_was_wrong_and_where():
    # The work list for extraction: each row names a column (or a kind of mistake) and a source
    # of the ledger, and holds short notes, never article text.
    from warclaims.columns import REVIEW_MISTAKES, SOURCE_COLUMNS

    allowed = set(CLAIM_COLUMNS) | set(SOURCE_COLUMNS) | set(REVIEW_MISTAKES)
    with open(DATA_DIR / "sources.csv", newline="", encoding="utf-8") as f:
        sources = {r["url"] for r in csv.DictReader(f)}
    with open(DATA_DIR / "extraction_review.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 400
    bad = [(line, r["field"]) for line, r in enumerate(rows, 2) if not set(r["field"].split("/")) <= allowed]
    assert not bad, bad
    assert not [line for line, r in enumerate(rows, 2) if r["source_url"] not in sources]
    assert max(len(v) for r in rows for k, v in r.items() if k != "source_url") < 300
