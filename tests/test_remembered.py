"""Loader results are reused only while their input files are unchanged."""
from __future__ import annotations

import pandas as pd
import pytest

import warclaims.remembered as remembered
from warclaims.errors import LedgerValidationError
from warclaims.ledger import read_ledger


@pytest.fixture
def table(tmp_path):
    """A CSV file and a remembered loader of it that counts how often it really reads."""
    path = tmp_path / "figures.csv"
    path.write_text("claimant,quantity\nGeneral Staff,52650\n")
    reads = []

    @remembered.while_unchanged(lambda p: [p])
    def load(p):
        reads.append(p)
        return pd.read_csv(p)

    return path, load, reads


def test_unchanged_file_is_not_read_again_and_callers_get_their_own_copy(table):
    path, load, reads = table
    first = load(path)
    first.loc[0, "quantity"] = -1  # a caller that modifies what it got
    second = load(path)
    assert len(reads) == 1
    assert second.loc[0, "quantity"] == 52650


def test_an_edit_that_keeps_size_and_time_is_seen(table):
    path, load, reads = table
    assert load(path).loc[0, "quantity"] == 52650
    stat = path.stat()
    path.write_text("claimant,quantity\nGeneral Staff,52651\n")  # same size
    import os

    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same modification time
    assert load(path).loc[0, "quantity"] == 52651
    assert len(reads) == 2


def test_a_file_that_appears_is_a_change(tmp_path):
    extra = tmp_path / "history.csv"
    calls = []

    @remembered.while_unchanged(lambda: [extra])
    def load():
        calls.append(1)
        return extra.exists()

    assert load() is False
    assert load() is False
    extra.write_text("x\n")
    assert load() is True
    assert len(calls) == 2


def test_errors_are_not_remembered(ledger_copy):
    claims = ledger_copy / "claims.csv"
    good = claims.read_text()
    claims.write_text(good.replace(",2022-09-11,", ",2022-09-31,", 1))
    for _ in range(2):  # raised both times: the bad file is read again, not a remembered error
        with pytest.raises(LedgerValidationError) as err:
            read_ledger(ledger_copy)
        assert any(p.value == "2022-09-31" for p in err.value.problems)
    claims.write_text(good)
    assert len(read_ledger(ledger_copy).claims) == len(pd.read_csv(claims))


def test_results_outlive_the_process_on_disk_until_the_code_changes(table, monkeypatch, isolated_cache):
    path, load, reads = table
    load(path)
    load.forget()  # as a new process would start: nothing in memory
    assert load(path).loc[0, "quantity"] == 52650
    assert len(reads) == 1
    assert list((isolated_cache / remembered.FOLDER).glob("*-*"))
    load.forget()
    monkeypatch.setattr(remembered, "code_fingerprint", lambda: "edited loader")
    load(path)
    assert len(reads) == 2


def test_an_unreadable_file_on_disk_is_read_again_from_the_inputs(table, isolated_cache):
    path, load, reads = table
    load(path)
    for stored in (isolated_cache / remembered.FOLDER).glob("*-*/*.parquet"):
        stored.write_bytes(b"not parquet")
    load.forget()
    assert load(path).loc[0, "quantity"] == 52650
    assert len(reads) == 2


def test_one_file_per_loader_and_arguments_is_kept(table, isolated_cache):
    path, load, _ = table
    for n in range(3):
        path.write_text(f"claimant,quantity\nGeneral Staff,{52650 + n}\n")
        load(path)
    assert len(list((isolated_cache / remembered.FOLDER).glob("*-*"))) == 1


def test_a_cached_dataset_file_replaced_by_fetch_is_seen(isolated_cache):
    # Files in the dataset cache are compared by identity, size and time, not read: fetch
    # always replaces a file whole, so a replacement is a new file even at the same size.
    folder = isolated_cache / "general-staff-losses"
    folder.mkdir()
    path = folder / "personnel.csv"
    path.write_text("date,personnel\n2022-09-11,52650\n")

    @remembered.while_unchanged(lambda: [path])
    def load():
        return pd.read_csv(path)

    assert load().loc[0, "personnel"] == 52650
    staged = folder / "personnel.csv.new"
    staged.write_text("date,personnel\n2022-09-11,52651\n")
    staged.replace(path)
    assert load().loc[0, "personnel"] == 52651


def test_a_result_is_stored_only_when_it_reads_back_exactly():
    """The read-back check tells apart what Parquet could change: category order, dtypes,
    index type, values, attrs; and the typed ledger reads back equal."""
    from pathlib import Path

    from warclaims.ledger import _typed_folder
    from warclaims.paths import DATA_DIR

    frame = pd.DataFrame({"side": pd.Categorical(["russia", "ukraine"], categories=["ukraine", "russia"]),
                          "quantity": [1.0, float("nan")], "place": pd.array(["Izium", None], dtype="string")})
    assert remembered._same(frame, frame.copy())
    changed = {
        "category order": frame.assign(side=pd.Categorical(["russia", "ukraine"], categories=["russia", "ukraine"])),
        "value": frame.assign(quantity=[1.0, 2.0]),
        "dtype": frame.assign(quantity=frame["quantity"].astype("float32")),
        "index type": frame.set_axis(pd.Index([0, 1])),
        "column name": frame.rename(columns={"place": "town"}),
    }
    for what, other in changed.items():
        assert not remembered._same(frame, other), what
    typed = _typed_folder(Path(DATA_DIR).resolve())
    assert remembered._serialise(typed) is not None
