"""A machine with no font for Bengali or Arabic, for the font tests and the screenshots.

:func:`latin_only_fontconfig` writes a fontconfig file that lists one folder: the bundled Noto
Sans (Latin, Greek, Cyrillic). A process started with ``FONTCONFIG_FILE`` pointing at it sees
no system font for Bengali or Arabic, as on a fresh Windows or Linux laptop without them, so
whatever Bengali or Arabic it shows comes from the fonts ServiceMap registers or loads itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path


def latin_only_fontconfig(folder: Path) -> Path:
    import fontpkg

    latin = Path(fontpkg.family("noto-sans").files[0].path).parent
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{latin}</dir><cachedir>{folder / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def environment(conf: Path) -> dict[str, str]:
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def families_for(lang: str, env: dict[str, str]) -> list[str]:
    """The families fontconfig offers for ``lang`` under ``env`` (empty when hidden)."""
    if shutil.which("fc-list") is None:
        return []
    out = subprocess.run(["fc-list", f":lang={lang}", "family"], env=env, capture_output=True, text=True, check=True)
    return [line for line in out.stdout.splitlines() if line.strip()]
