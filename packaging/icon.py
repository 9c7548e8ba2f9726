"""ServiceMap's icon, drawn here as SVG and rendered to PNG (Linux) and ICO (Windows) with Qt.

A white map pin on a teal rounded square, with three dots below it for the services around:
readable at 16 px, plain at 256 px. Run by build.py; writes into packaging/build/.
"""

from __future__ import annotations

import os
from pathlib import Path

TEAL, DARK, WHITE, AMBER = "#0f7c80", "#0a5558", "#ffffff", "#f2a531"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def svg() -> str:
    pin = "M128 40c-33 0-60 26-60 59 0 44 60 101 60 101s60-57 60-101c0-33-27-59-60-59z"
    dots = "".join(f'<circle cx="{x}" cy="218" r="11" fill="{AMBER}"/>' for x in (84, 128, 172))
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">'
        f'<rect x="8" y="8" width="240" height="240" rx="44" fill="{TEAL}"/>'
        f'<path d="{pin}" fill="{WHITE}"/>'
        f'<circle cx="128" cy="98" r="24" fill="{DARK}"/>'
        f"{dots}</svg>"
    )


def render(out_dir: Path) -> dict[str, Path]:
    """Write servicemap.svg, servicemap.png (256 px) and servicemap.ico into ``out_dir``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QImage text needs it
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"svg": out_dir / "servicemap.svg", "png": out_dir / "servicemap.png", "ico": out_dir / "servicemap.ico"}
    paths["svg"].write_text(svg(), encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg().encode()))

    def image(size: int) -> QImage:
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return img

    if not image(256).save(str(paths["png"])):
        raise RuntimeError(f"could not write {paths['png']}")
    if not image(256).save(str(paths["ico"]), "ICO"):  # Qt's ico plugin writes one size; Windows scales it
        raise RuntimeError(f"could not write {paths['ico']}: Qt's ICO image plugin is missing")
    return paths


if __name__ == "__main__":
    print(render(Path(__file__).resolve().parent / "build"))
