"""``servicemap map``: the exported page opens offline in a real browser and shows the services."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.cli import main
from mapping.maps.offline import asset_urls_in

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from importers.demo import build_demo

    path, _ = build_demo(tmp_path_factory.mktemp("demo"))
    return path


def headless_dom(html: Path, profile: Path, size: str = "1280,900") -> str:
    """The page's DOM after it ran, in headless Chromium with every network route closed."""
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
        # No network: every host name fails to resolve and any proxied request goes nowhere.
        "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
        f"--window-size={size}", "--virtual-time-budget=10000", "--dump-dom", html.as_uri(),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_export_writes_one_offline_file(demo, tmp_path, capsys):
    assert main(["map", str(demo), "--out", str(tmp_path)]) == 0
    page = tmp_path / f"{demo.stem}-map.html"
    assert "179 services" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == [page.name]  # one file, no folder beside it
    assert asset_urls_in(page) == []
    text = page.read_text(encoding="utf-8")
    assert "<script src=" not in text and 'rel="stylesheet"' not in text


def test_area_and_type_narrow_the_map(demo, tmp_path, capsys):
    assert main(["map", str(demo), "--out", str(tmp_path / "cox.html"), "--area", "BD2022",
                 "--service-type", "legal_aid"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    shown = int(re.search(r"Map of (\d+) services", out).group(1))
    assert 0 < shown < 20
    text = (tmp_path / "cox.html").read_text(encoding="utf-8")
    assert "Rangamati" not in text  # another district's boundary is left out
    assert main(["map", str(demo), "--out", str(tmp_path / "cox.svg"), "--area", "BD2022"]) == 0
    assert (tmp_path / "cox.svg").read_text(encoding="utf-8").startswith("<?xml")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--area", "BD99"], "no admin area has this P-code"),
        (["--service-type", "nope"], "no such service type"),
    ],
)
def test_wrong_area_or_type_is_one_line_and_exit_2(demo, tmp_path, capsys, args, message):
    assert main(["map", str(demo), "--out", str(tmp_path / "m.html"), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium); .ci/run installs it")
@pytest.mark.parametrize("size", ["1280,900", "390,844"], ids=["desktop", "phone"])
def test_exported_map_shows_the_services_in_headless_chromium_offline(demo, tmp_path, size):
    assert main(["map", str(demo), "--out", str(tmp_path / "map.html"), "--area", "BD2022"]) == 0
    page = tmp_path / "map.html"
    dom = headless_dom(page, tmp_path / "profile", size)
    assert 'data-servicemap-ready="true"' in dom
    markers = int(re.search(r'data-servicemap-markers="(\d+)"', dom).group(1))
    assert markers > 20
    assert dom.count("leaflet-marker-icon") >= 5  # clusters and single markers are drawn
    assert "sm-legend" in dom and "Case management" in dom
    assert "leaflet-interactive" in dom  # the admin boundaries
