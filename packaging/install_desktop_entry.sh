#!/usr/bin/env sh
# Add the lab to the desktop's application menu (this user only; no root needed):
#   ./install-desktop-entry.sh           # from the unpacked lab-app-<version> folder
#   ./install-desktop-entry.sh --remove  # take it out of the menu again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
entry="$apps/lab-app.desktop"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    echo "removed $entry"
    exit 0
fi
mkdir -p "$apps"
# The shipped entry with this folder's executable and icon (absolute paths).
sed -e "s|^Exec=.*|Exec=\"$here/lab-app\"|" -e "s|^Icon=.*|Icon=$here/lab-app.png|" \
    "$here/lab-app.desktop" > "$entry"
chmod 644 "$entry"
command -v update-desktop-database > /dev/null && update-desktop-database "$apps" || true
echo "installed $entry: the lab is in the application menu (Education)"
