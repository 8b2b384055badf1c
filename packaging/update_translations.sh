#!/usr/bin/env bash
# Collect the UI strings into the Spanish .ts (keeping existing translations) and compile the .qm.
# Edit resources/translations/lab_app_es.ts with Qt Linguist (pyside6-linguist), then run again.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(git ls-files 'lab_app/*.py'; git ls-files --others --exclude-standard 'lab_app/*.py')
# shellcheck disable=SC2086
pyside6-lupdate -no-obsolete -locations none $sources -ts resources/translations/lab_app_es.ts
pyside6-lrelease resources/translations/lab_app_es.ts -qm resources/translations/lab_app_es.qm
