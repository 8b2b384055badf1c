#!/usr/bin/env bash
# Build the Linux bundle: PyInstaller one folder, prune, smoke-run, pack, check the size budget.
#   bash packaging/build_linux.sh
# Run it in a Python environment where the lab is installed (pip install . or -e .): the bundle
# is made of that environment's packages (CPU torch). Installs PyInstaller into it. Writes
# dist/lab-app/ (the bundle) and dist/lab-app-<version>-linux-x86_64.tar.xz; prints one JSON line
# per step and a summary. Exit status non-zero when a step, the smoke run or the budget fails.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python}
export QT_QPA_PLATFORM=offscreen PIP_DISABLE_PIP_VERSION_CHECK=1

if ! "$python" -c "import lab_app, torch, PySide6, gensim, transformers" 2>/dev/null; then
    echo "build_linux.sh: install the lab first in this environment (pip install .)" >&2
    exit 2
fi
version=$("$python" packaging/bundle.py version)
name="lab-app-$version"
archive="dist/$name-linux-x86_64.tar.xz"
started=$SECONDS
step() { echo "{\"step\": \"$1\", \"seconds\": $((SECONDS - $2))}"; }

t=$SECONDS
"$python" -m pip install --quiet "pyinstaller>=6.10,<7"
step install-pyinstaller "$t"

t=$SECONDS
rm -rf dist/lab-app "$archive" build/pyinstaller
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/lab_app.spec
step build "$t"

t=$SECONDS
"$python" packaging/bundle.py prune dist/lab-app
step prune "$t"

t=$SECONDS
"$python" packaging/bundle.py smoke dist/lab-app/lab-app
step smoke "$t"

t=$SECONDS
stage=build/stage
rm -rf "$stage"
mkdir -p "$stage"
cp -al dist/lab-app "$stage/$name"  # hard links: no second copy of 800 MB
cp resources/lab-app.desktop resources/icons/lab-app.png "$stage/$name/"
cp packaging/install_desktop_entry.sh "$stage/$name/install-desktop-entry.sh"
chmod +x "$stage/$name/install-desktop-entry.sh"
# xz, not gzip: 209 MB against gzip -6's 287 MB (the 250 MB budget); every distribution's
# tar unpacks it (tar -xf). All cores: xz -6 on one core takes minutes.
tar -C "$stage" --owner=0 --group=0 -cf - "$name" | xz -6 -T0 > "$archive"
rm -rf "$stage"
step pack "$t"

"$python" packaging/bundle.py size dist/lab-app "$archive"
echo "{\"archive\": \"$archive\", \"total_seconds\": $((SECONDS - started))}"
