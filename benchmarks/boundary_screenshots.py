"""Screenshots of a project's boundaries as the map draws them and at full resolution, side by side.

Used by ``bench_national_map.py --screenshots DIR``. Both pages are written by the same code
(``write_service_map``, no services): one with the project's stored outlines, one whose
outlines are the full geometry on a 1e-7 degree grid (about a centimetre). Each view is opened
in headless Chromium at a fixed centre and zoom with every admin level switched on, and the
pair is written as one picture: drawn | full | the pixels that differ (in red).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SIZE = (1000, 700)
#: Two pixels count as different when their grey values differ by more than this (of 255).
THRESHOLD = 60


def _pages(project_path: Path, out: Path) -> dict[str, Path]:
    from desktop.map.page import read_boundaries
    from directory import boundary_detail, outline_codec
    from mapping.maps import write_service_map

    frames, _ = read_boundaries(project_path, lambda: False)
    full = {}
    for level, frame in frames.items():
        exact = outline_codec.encode(np.asarray(frame.geometry.values, dtype=object), 1e-7)
        full[level] = frame.copy()
        for tier in boundary_detail.TIERS:
            full[level][tier.column] = exact
    pages = {}
    for name, boundaries in (("drawn", frames), ("full", full)):
        page = write_service_map(out / name / "map.html", [], boundaries, title=name)
        if name == "full":  # the same page code, but every tier is the full geometry on a fine grid
            text = page.read_text(encoding="utf-8")
            text = re.sub(r'\[\[7,[^\]]*\],\[9,[^\]]*\],\[11,[^\]]*\],\[13,[^\]]*\]\]', "[[7,1e-7],[9,1e-7],[11,1e-7],[13,1e-7]]", text)
            page.write_text(text, encoding="utf-8")
        pages[name] = page
    return pages


def _view(page: Path, lat: float, lon: float, zoom: int) -> Path:
    text = page.read_text(encoding="utf-8")
    layers = re.findall(r"var (admin_areas_\w+) = ServiceMapKit\.areaLayer", text)
    show = "".join(f"servicemap.map.addLayer({name});" for name in layers)
    script = (f"<script>{show}servicemap.map.setView([{lat}, {lon}], {zoom}, {{animate: false}});"
              "document.querySelectorAll('.leaflet-control-container').forEach(function (e) { e.remove(); });</script>")  # fmt: skip
    view = page.with_name(f"view-{lat}-{lon}-{zoom}.html")
    view.write_text(text.replace("</html>", script + "</html>"), encoding="utf-8")  # after the map's own script
    return view


def _shoot(page: Path, png: Path, profile: Path) -> None:
    shutil.rmtree(profile, ignore_errors=True)
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--hide-scrollbars",
        f"--window-size={SIZE[0]},{SIZE[1]}", "--virtual-time-budget=8000", f"--screenshot={png}", page.as_uri(),
    ]  # fmt: skip
    subprocess.run(command, capture_output=True, timeout=300, check=True)


def compare(project_path: Path, out: Path, views) -> list[tuple[str, int, float, float]]:
    """Write the pictures into ``out``; per view: (name, zoom, differing pixels %, boundary pixels %)."""
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    pages = _pages(project_path, out / "pages")
    rows = []
    print(f"\n{'view':18} | zoom | pixels that differ | boundary pixels (full) | picture")
    for name, lat, lon, zooms in views:
        for zoom in zooms:
            shots = {}
            for variant, page in pages.items():
                png = out / "pages" / f"{variant}-{name.replace(' ', '_')}-z{zoom}.png"
                _shoot(_view(page, lat, lon, zoom), png, out / "profile")
                shots[variant] = np.asarray(Image.open(png).convert("L"), dtype=np.int16)
            differ = np.abs(shots["drawn"] - shots["full"]) > THRESHOLD
            lines = shots["full"] < 200
            picture = np.concatenate([np.stack([shots["drawn"]] * 3, -1), np.stack([shots["full"]] * 3, -1),
                                      np.where(differ[..., None], [220, 0, 0], [255, 255, 255])], axis=1)  # fmt: skip
            target = out / f"{name.replace(' ', '_')}-z{zoom}.png"
            Image.fromarray(picture.astype(np.uint8)).save(target)
            row = (name, zoom, 100 * differ.mean(), 100 * lines.mean())
            rows.append(row)
            print(f"{name:18} | {zoom:4} | {row[2]:17.3f}% | {row[3]:21.2f}% | {target.name}")
    return rows
