#!/usr/bin/env bash
# macOS: re-sign the pruned dist/lab-app.app (ad hoc) and pack it into a .dmg with a link to
# /Applications (drag to install; no admin rights needed for ~/Applications either).
#   bash packaging/make_dmg.sh            # after PyInstaller, bundle.py prune and smoke
# Writes dist/lab-app-<version>-macos-arm64.dmg.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python}
version=$("$python" packaging/bundle.py version)
app=dist/lab-app.app
dmg="dist/lab-app-$version-macos-$(uname -m).dmg"
# Pruning changed the signed bundle: on Apple silicon an invalid signature stops it at launch.
codesign --force --deep --sign - "$app"
codesign --verify --deep --strict "$app"
stage=$(mktemp -d)
cp -R "$app" "$stage/NLP Visual Lab.app"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "NLP Visual Lab $version" -srcfolder "$stage" -ov -format UDZO "$dmg"
rm -rf "$stage"
echo "{\"dmg\": \"$dmg\"}"
