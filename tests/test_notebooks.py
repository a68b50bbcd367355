"""The notebook suite run as a user runs it: through papermill, via `warclaims run`."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import nbformat
import pytest

from warclaims.errors import ParameterError, WarclaimsError
from warclaims.parameters import check_parameters, validate_parameters
from warclaims.paths import NOTEBOOKS_DIR
from warclaims.runner import declared, run, suite

NOTEBOOKS = ["01_territory", "02_losses", "03_vehicles", "04_claims_overview", "05_places"]
SQ_MI_PER_KM2 = 1 / 2.589988110336


SEED = "ibt-2022-09-11-kharkiv-counteroffensive"  # the founding report, whose figures these tests know


def _summary(out: Path, notebook: str) -> dict:
    return json.loads((out / f"{notebook}.summary.json").read_text())


@pytest.fixture(scope="session")
def miles_run(tmp_path_factory, real_cache_or_none):
    out = tmp_path_factory.mktemp("run-miles")
    given = [("area_unit", "sq mi"), ("start_date", "2022-09-01"), ("end_date", "2022-09-30")]
    results, index = run([], given, out, jobs=2, progress=False)
    return out, {r.notebook: r for r in results}, index


def test_suite_is_the_five_notebooks():
    assert [p.stem for p in suite()] == NOTEBOOKS


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_committed_without_outputs_and_with_one_parameters_cell(notebook):
    nb = nbformat.read(NOTEBOOKS_DIR / f"{notebook}.ipynb", as_version=4)
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code"), "strip outputs (nbstripout)"
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    params = declared(NOTEBOOKS_DIR / f"{notebook}.ipynb")
    assert {"start_date", "end_date", "claimants", "area_unit", "region", "data_dir", "output_dir"} <= set(params)
    assert all(p["help"] for p in params.values()), "every parameter has a comment"
    assert all(p["inferred_type_name"] in {"str", "list", "int", "float", "bool"} for p in params.values())


def test_defaults_run_and_produce_reports(default_run):
    out, results, index = default_run
    assert set(results) == set(NOTEBOOKS)
    assert all(r.ok for r in results.values()), [str(r.failure) for r in results.values() if not r.ok]
    for name in NOTEBOOKS:
        figures = results[name].figures
        assert figures and all(Path(f).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for f in figures)
        assert Path(results[name].html).read_text().count("<img") >= 1
    assert len(results["01_territory"].figures) == 2 and len(results["02_losses"].figures) == 4
    # The places map and the day-by-day strip always; the small multiples when a place changed hands.
    assert len(results["05_places"].figures) in (2, 3)
    page = index.read_text()
    assert all(f"{name}.html" in page for name in NOTEBOOKS)
    executed = nbformat.read(out / "01_territory.ipynb", as_version=4)
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in executed.cells)


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_plain_papermill_with_the_default_kernel_records_the_same_figures(notebook, default_run, suite_cache, tmp_path, monkeypatch):
    # As an analyst runs a notebook outside `warclaims run` (JupyterLab's or papermill's
    # default kernel, started afresh): the figures must be those of the forked kernels.
    import papermill

    out, _, _ = default_run
    monkeypatch.setenv("WARCLAIMS_CACHE", str(suite_cache))
    papermill.execute_notebook(
        str(NOTEBOOKS_DIR / f"{notebook}.ipynb"), str(tmp_path / f"{notebook}.ipynb"),
        parameters={"output_dir": str(tmp_path)}, cwd=str(NOTEBOOKS_DIR), progress_bar=False,
    )
    assert _summary(tmp_path, notebook) == _summary(out, notebook)


def test_seed_figures_recorded_with_defaults(default_run):
    out, _, _ = default_run
    territory = _summary(out, "01_territory")
    # The founding report's claims (the window holds other reports' claims as well).
    zelensky = [c for c in territory["claims"] if c["claimant"] == "Volodymyr Zelensky" and c["claim_id"].startswith(SEED)]
    assert len(zelensky) == 1
    assert zelensky[0]["claimed"] == pytest.approx(2999.2, abs=0.1) and zelensky[0]["unit"] == "km2"
    assert (zelensky[0]["period_start"], zelensky[0]["period_end"]) == ("2022-09-08", "2022-09-10")
    assert zelensky[0]["source_url"].startswith("https://www.ibtimes.com/")
    losses = _summary(out, "02_losses")
    personnel = [c for c in losses["ledger_claims"] if c["metric"] == "personnel_losses" and c["claim_id"].startswith(SEED)]
    assert len(personnel) == 1 and personnel[0]["claimed"] == 52650
    assert personnel[0]["date"] == "2022-09-11" and personnel[0]["claimant"] == "Ministry of Defence of Ukraine"
    vehicles = _summary(out, "03_vehicles")
    assert vehicles["stolen_civilian"] == 39  # 19 cars near Borshchova and Artemivka + 20 in Svatove
    assert vehicles["totals"]["vehicles_fled/military"] == 24  # 4 Kamaz trucks + 20 Tiger armoured cars
    overview = _summary(out, "04_claims_overview")
    assert {"Volodymyr Zelensky", "General Staff of the Armed Forces of Ukraine", "Ministry of Defence of Ukraine"} <= set(overview["claimants"])


def test_evidence_in_the_default_reports(default_run, real_cache_or_none):
    out, _, _ = default_run
    territory, losses = _summary(out, "01_territory"), _summary(out, "02_losses")
    places = _summary(out, "05_places")
    assert places["window"] == ["2022-09-05", "2022-09-20"] and places["dataset"] == "nzz-polygons"
    if real_cache_or_none is None:
        assert any("warclaims fetch" in m for m in territory["missing_datasets"])
        assert len(places["days_not_cached"]) == 16 and any("--days 2022-09-05..2022-09-20" in m for m in places["missing_datasets"])
        pytest.skip("no real datasets: the reports name what is missing")
    assert territory["missing_datasets"] == []
    isw = [c for c in territory["comparisons"] if c["tracker"] == "ISW (via The Economist)" and c["claimant"] == "Volodymyr Zelensky"
           and c["claim_id"].startswith(SEED)]
    assert isw[0]["measured"] == pytest.approx(128104.31 - 123520.99, abs=0.5)  # end of 7 Sep to end of 10 Sep
    assert {c["tracker"] for c in territory["comparisons"]} >= {"ISW (via The Economist)", "liveuamap", "NZZ"}
    personnel = [c for c in losses["ledger_claims"] if c["metric"] == "personnel_losses" and c["claim_id"].startswith(SEED)][0]
    assert personnel["general_staff_same_day"] == 52650
    assert losses["equipment_claimed_vs_confirmed"]
    # The seed's places on the NZZ map, 5 to 20 Sep 2022: Svatove Russian-held throughout;
    # the Borshchova near Pechenihy lost by Russia on the map of 11 Sep.
    assert places["days_not_cached"] == [] and places["map_day"] == "2022-09-11"
    assert set(places["control"]["Svatove"].values()) == {"russia"} and len(places["control"]["Svatove"]) == 16
    chuhuiv = places["control"]["Borshchova (Chuhuiv Raion)"]
    assert chuhuiv["2022-09-10"] == "russia" and chuhuiv["2022-09-11"] == "ukraine"
    assert "Artemivka" not in places["control"]


def test_square_miles_and_another_window(miles_run):
    out, results, _ = miles_run
    assert all(r.ok for r in results.values())
    territory = _summary(out, "01_territory")
    assert territory["area_unit"] == "sq mi" and territory["window"] == ["2022-09-01", "2022-09-30"]
    zelensky = [c for c in territory["claims"] if c["claimant"] == "Volodymyr Zelensky" and c["claim_id"].startswith(SEED)][0]
    assert zelensky["claimed"] == pytest.approx(1158, abs=0.01) and zelensky["unit"] == "sq mi"
    ibt = [c for c in territory["claims"] if c["claimant"] == "International Business Times"][0]
    assert ibt["claimed"] == pytest.approx(1100, abs=0.01)
    for c in territory["comparisons"]:
        if c["claim_id"] == zelensky["claim_id"]:  # three days of September 2022: a few thousand km², under 2,000 sq mi
            assert c["measured"] is None or abs(c["measured"]) < 2000  # in square miles, not km²
    losses = _summary(out, "02_losses")
    assert [c["claimed"] for c in losses["ledger_claims"] if c["metric"] == "personnel_losses" and c["claim_id"].startswith(SEED)] == [52650]
    assert all(results[n].figures for n in NOTEBOOKS)


def test_a_window_without_claims_still_reports(tmp_path):
    given = [("start_date", "2023-01-01"), ("end_date", "2023-01-31"), ("region", "UA-14"), ("claimants", "UK Ministry of Defence")]
    results, _ = run([], given, tmp_path, jobs=2, progress=False)
    assert all(r.ok for r in results), [str(r.failure) for r in results if not r.ok]
    assert _summary(tmp_path, "01_territory")["claims"] == []
    assert _summary(tmp_path, "03_vehicles")["claims"] == []
    assert _summary(tmp_path, "04_claims_overview")["claims"] == 0
    assert _summary(tmp_path, "05_places")["checks"] == []


def test_region_and_claimant_filters(tmp_path):
    given = [("region", "UA-09"), ("claimants", "General Staff of the Armed Forces of Ukraine")]
    results, _ = run(["vehicles", "overview"], given, tmp_path, jobs=2, progress=False)
    assert all(r.ok for r in results)
    vehicles = _summary(tmp_path, "03_vehicles")
    assert {c["place"] for c in vehicles["claims"]} == {"Svatove"} and len(vehicles["claims"]) == 3


def test_missing_datasets_are_named_and_claims_still_charted(tmp_path):
    # The test's own cache is empty: no evidence at all.
    results, index = run(["01_territory", "02_losses"], [], tmp_path, jobs=2, progress=False)
    assert all(r.ok and r.figures for r in results)
    assert "warclaims fetch general-staff-losses" in index.read_text()
    territory = _summary(tmp_path, "01_territory")
    assert any("warclaims fetch isw-area-economist" in m for m in territory["missing_datasets"])
    assert territory["claims"] and territory["comparisons"] == []
    assert _summary(tmp_path, "02_losses")["ledger_claims"][0]["claimed"] == 52650


@pytest.mark.parametrize(
    "given,parameter",
    [
        ([("no_such_parameter", "1")], "no_such_parameter"),
        ([("start_date", "2022-13-01")], "start_date"),
        ([("end_date", "yesterday")], "end_date"),
        ([("area_unit", "acres")], "area_unit"),
        ([("region", "Kharkiv")], "region"),
        ([("data_dir", "/no/such/folder")], "data_dir"),
        ([("start_date", "2022-10-01"), ("end_date", "2022-09-01")], "start_date"),
    ],
)
def test_bad_parameters_fail_before_anything_runs(tmp_path, given, parameter):
    out = tmp_path / "never"
    with pytest.raises(ParameterError) as e:
        run([], given, out, progress=False)
    assert e.value.context["parameter"] == parameter
    assert parameter in str(e.value)
    assert not out.exists()


def test_unknown_notebook_is_named(tmp_path):
    with pytest.raises(WarclaimsError) as e:
        run(["99_nothing"], [], tmp_path, progress=False)
    assert "99_nothing" in str(e.value) and "01_territory" in str(e.value)


def test_notebook_checks_its_own_parameters():
    with pytest.raises(ParameterError) as e:
        check_parameters(start_date=20220901, end_date="2022-09-30")
    assert e.value.context["parameter"] == "start_date"
    with pytest.raises(ParameterError) as e:
        check_parameters("2022-09-01", "2022-09-30", claimants="Zelensky")
    assert e.value.context["parameter"] == "claimants"


def test_the_runner_and_the_notebooks_check_parameters_alike():
    # The runner checks with validate_parameters (dates stay dates), the notebooks with
    # check_parameters (dates become Timestamps); both refuse the same values.
    import pandas as pd

    checked = validate_parameters("2024-02-28", "2024-02-29", ["Volodymyr Zelensky"], "sq mi", "UA-63")
    typed = check_parameters("2024-02-28", "2024-02-29", ["Volodymyr Zelensky"], "sq mi", "UA-63")
    assert (checked.start, checked.end) == (date(2024, 2, 28), date(2024, 2, 29))
    assert (typed.start, typed.end) == (pd.Timestamp("2024-02-28"), pd.Timestamp("2024-02-29"))
    assert (checked.claimants, checked.area_unit, checked.region) == (typed.claimants, typed.area_unit, typed.region)
    for check in (validate_parameters, check_parameters):
        with pytest.raises(ParameterError) as e:
            check("2023-01-01", "2023-02-29")  # not a leap year
        assert e.value.context["parameter"] == "end_date"


def test_a_failing_notebook_is_reported_and_the_others_finish(tmp_path):
    broken = nbformat.read(NOTEBOOKS_DIR / "03_vehicles.ipynb", as_version=4)
    broken.cells.append(nbformat.v4.new_code_cell("raise RuntimeError('deliberately broken')"))
    path = tmp_path / "98_broken.ipynb"
    nbformat.write(broken, path)
    out = tmp_path / "out"
    cli = subprocess.run(
        [sys.executable, "-m", "warclaims.cli", "run", str(path), "04_claims_overview", "--out", str(out), "--jobs", "2"],
        capture_output=True, text=True,
    )
    assert cli.returncode == 1
    assert "98_broken: cell" in cli.stderr and "RuntimeError: deliberately broken" in cli.stderr
    assert (out / "04_claims_overview.summary.json").exists()
    assert (out / "98_broken.html").exists() and (out / "index.html").exists()
    assert "failed" in (out / "index.html").read_text()


def test_a_notebook_that_cannot_be_exported_is_reported(tmp_path):
    from warclaims.runner import NotebookResult, _export

    executed = tmp_path / "05_truncated.ipynb"
    executed.write_text('{"cells": [', encoding="utf-8")  # cut off mid-write
    result = NotebookResult("05_truncated", True, 1.0, str(executed))
    _export(result, tmp_path)
    assert not result.ok and result.html is None
    assert str(result.failure).startswith("05_truncated: cell ?: export: ")
    assert not (tmp_path / "05_truncated.html").exists()
