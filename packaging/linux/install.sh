#!/bin/sh
# Install ServiceMap for the current user, without administrator rights:
#   the program in ~/.local/lib/servicemap, the command in ~/.local/bin, a menu entry, the icon,
#   and ServiceMap offered to open .gpkg projects. Run it again to update; --remove takes it away.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
LIB=$HOME/.local/lib/servicemap
BIN=$HOME/.local/bin

remove() {
    rm -rf "$LIB" "$BIN/servicemap" "$DATA/applications/servicemap.desktop" \
        "$DATA/icons/hicolor/256x256/apps/servicemap.png" "$DATA/mime/packages/servicemap-project.xml"
}

if [ "${1:-}" = "--remove" ]; then
    remove
    echo "ServiceMap removed. Your projects and settings were left as they were."
    exit 0
fi

remove
mkdir -p "$LIB" "$BIN" "$DATA/applications" "$DATA/icons/hicolor/256x256/apps" "$DATA/mime/packages"
cp -a "$HERE/ServiceMap/." "$LIB/"
ln -s "$LIB/servicemap" "$BIN/servicemap"
cp "$HERE/servicemap.png" "$DATA/icons/hicolor/256x256/apps/servicemap.png"
cp "$HERE/servicemap-project.xml" "$DATA/mime/packages/servicemap-project.xml"
sed "s|^Exec=servicemap |Exec=$LIB/servicemap |" "$HERE/servicemap.desktop" > "$DATA/applications/servicemap.desktop"
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true

echo "ServiceMap is installed: find it in your applications menu, or run $BIN/servicemap"
"$LIB/servicemap" doctor || echo "Some checks failed: see 'What to do' above, then run 'servicemap doctor' again."
