"""The reports opened in a real browser (issue 16): headless Chromium through selenium.

Opens the run's index and every report page at 1280 px and 390 px wide and checks that the
browser logs no console errors, every image loads, every link inside the report resolves,
and nothing overflows the page sideways; saves a screenshot of each page at each width into
the run's ``screenshots/`` folder. Skipped, saying why, where no Chromium is installed
(`.ci/run` installs Debian's chromium and chromium-driver, and selenium from requirements.txt).
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

pytestmark = pytest.mark.browser

WIDTHS = (1280, 390)
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage")


def _chromium() -> tuple[str, str] | None:
    browser = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="module")
def browser():
    yield from open_chromium()


def open_chromium():
    """Headless Chromium driven by selenium, in a new empty profile (a generator: one driver)."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("selenium is not installed (pip install -r requirements.txt)")
    found = _chromium()
    if found is None:
        pytest.skip("no headless Chromium here: install Debian's `chromium` and `chromium-driver` (see README)")
    binary, driver_path = found
    profile = tempfile.mkdtemp(prefix="warclaims-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The driver named explicitly: selenium must not try to download one.
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _set_width(driver, width: int, height: int = 900) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def _local_target(page: Path, href: str) -> Path | None:
    parsed = urlparse(href)
    if parsed.scheme not in ("file", ""):
        return None  # an address outside the report (a source); not fetched from tests
    return Path(unquote(parsed.path))


def check_page(driver, page: Path, shots: Path) -> list[str]:
    """Open one page at each width; return what is wrong with it."""
    problems = []
    driver.get_log("browser")  # drop what earlier pages logged
    for width in WIDTHS:
        _set_width(driver, width)
        driver.get(page.as_uri())
        for entry in driver.get_log("browser"):
            if entry["level"] == "SEVERE":
                problems.append(f"{page.name} at {width} px: console error: {entry['message']}")
        broken = driver.execute_script(
            "return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)")
        problems += [f"{page.name}: image does not load: {src}" for src in broken]
        missing_alt = driver.execute_script(
            "return Array.from(document.images).filter(i => !i.alt || !i.alt.trim()).map(i => i.src)")
        problems += [f"{page.name}: image without alt text: {src}" for src in missing_alt]
        for href in driver.execute_script("return Array.from(document.links).map(a => a.href)"):
            target = _local_target(page, href)
            fragment = urlparse(href).fragment
            if target is not None and not target.exists():
                problems.append(f"{page.name}: link to a missing file: {href}")
            elif target == page and fragment and not driver.execute_script(
                    "return !!document.getElementById(decodeURIComponent(arguments[0]))", fragment):
                problems.append(f"{page.name}: link to a missing anchor: #{fragment}")
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            wide = driver.execute_script(
                "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right"
                " > window.innerWidth + 1).slice(0, 3).map(e => e.tagName + '.' + e.className)")
            problems.append(f"{page.name} at {width} px: {overflow} px wider than the window ({wide})")
        height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 16000)")
        _set_width(driver, width, height)
        driver.save_screenshot(str(shots / f"{page.stem}-{width}px.png"))
    return problems


def test_index_and_every_report_page_read_cleanly_in_chromium(browser, default_run):
    out, results, index = default_run
    pages = [index] + sorted(Path(r.html) for r in results.values() if r.html)
    assert len(pages) == 1 + len(results)
    shots = out / "screenshots"
    shots.mkdir(exist_ok=True)
    problems = []
    for page in pages:
        problems += check_page(browser, page, shots)
    assert not problems, "\n".join(problems)
    for page in pages:
        for width in WIDTHS:
            shot = shots / f"{page.stem}-{width}px.png"
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("WARCLAIMS_SCREENSHOTS"):  # keep them where a person can look
        shutil.copytree(shots, Path(os.environ["WARCLAIMS_SCREENSHOTS"]), dirs_exist_ok=True)


# --- what the report holds, without a browser ---------------------------------------------

REPRS = re.compile(r"Timestamp\(|np\.float64|np\.int64|\bNaN\b|\bNaT\b|<NA>|dtype:|\bIn \[\d*\]|Out\[\d+\]")


def test_every_chart_has_png_svg_csv_and_alt_text_and_every_table_a_csv(default_run):
    out, results, _ = default_run
    for r in results.values():
        assert r.charts, f"{r.notebook} shows no chart"
        for chart in r.charts:
            png, svg, csv, txt = (out / chart[k] for k in ("png", "svg", "csv", "txt"))
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            assert svg.read_text().lstrip().startswith(("<?xml", "<svg"))
            assert len(csv.read_text().splitlines()) >= 2, f"{csv} holds no data"
            assert len(txt.read_text().strip()) > 20 and chart["alt"] == txt.read_text().strip()
        page = Path(r.html).read_text()
        assert page.count('<figure class="chart">') == len(r.charts)
        for i in range(1, r.tables + 1):
            assert (out / r.notebook / f"table-{i}.csv").read_text().count("\n") >= 1
            assert f"{r.notebook}/table-{i}.csv" in page


def test_report_pages_show_no_code_and_no_python_reprs(default_run):
    out, results, index = default_run
    for page in [index] + [Path(r.html) for r in results.values()]:
        text = page.read_text()
        visible = re.sub(r"<details class=\"code\">.*?</details>", "", text, flags=re.S)
        assert "import " not in visible and "check_parameters(" not in visible, f"{page.name} shows code"
        found = REPRS.findall(visible)
        assert not found, f"{page.name} shows Python reprs: {found[:5]}"
        assert "<script" not in text and "https://cdn" not in text  # nothing fetched from elsewhere


def test_tables_are_written_for_reading():
    import pandas as pd

    from warclaims.report import readable

    frame = pd.DataFrame({"claimed_km2": [6816.487367, float("nan")], "date": [pd.Timestamp("2022-09-05"), pd.NaT],
                          "disagree": [True, False], "source": ["IBT https://www.ibtimes.com/a-long-address-3611689", None],
                          "metric": ["personnel_losses", "territory_gained"], "count": [52650, 3]})
    table = readable(frame)
    assert table["columns"] == ["Claimed (km²)", "Date", "Disagree", "Source", "Metric", "Count"]
    first, second = ([c["text"] for c in row] for row in table["rows"])
    assert first == ["6,816", "5 Sep 2022", "yes", "IBT https://www.ibtimes.com/a-long-address-3611689",
                     "personnel losses", "52,650"]
    assert second == ["–", "–", "no", "–", "territory gained", "3"]
    assert table["rows"][0][3]["links"][1] == ("https://www.ibtimes.com/a-long-address-3611689",) * 2
    assert table["numeric"] == [True, False, False, False, False, True]


def test_run_help_lists_notebooks_and_their_parameters():
    import subprocess
    import sys

    help_text = subprocess.run([sys.executable, "-m", "warclaims.cli", "run", "--help"], capture_output=True,
                               text=True, check=True).stdout
    for notebook in ("01_territory", "02_losses", "03_vehicles", "04_claims_overview"):
        assert notebook in help_text
    assert re.search(r"start_date\s+str\s+default \"2022-02-24\"", help_text)
    assert re.search(r"claimants\s+list\s+default \[\]", help_text)
    assert "--timeout" in help_text


def test_offline_fetch_says_it_once_per_dataset(tmp_path, capfd, monkeypatch, isolated_cache):
    # The real download path with the network gone: pooch logs each attempt on a logger of its
    # own, and the fetch fails; the terminal gets one line of ours per dataset, nothing else.
    import pooch

    from warclaims import cli, datasets

    def offline(url, **kwargs):
        pooch.get_logger().info("Downloading data from '%s' to file '%s'.", url, kwargs.get("path"))
        raise ConnectionError("a very long story")

    monkeypatch.delenv("WARCLAIMS_MIRROR", raising=False)
    monkeypatch.setattr(pooch, "retrieve", offline)
    cli._fetch_missing()
    err = capfd.readouterr().err.strip().splitlines()  # the file descriptor: pooch's handler writes there
    assert len(err) == len(datasets.registry()), err
    assert all("not available" in line and "long story" not in line and "Downloading" not in line for line in err)


def test_missing_dataset_notes_carry_no_machine_paths():
    from warclaims.datasets import how_to_get
    from warclaims.paths import cache_dir

    note = how_to_get("isw-area-economist")
    assert "warclaims fetch isw-area-economist" in note and str(cache_dir()) not in note and "/" not in note.split("`")[0]
