"""Fill the .ts entries lupdate left unfinished: from the same English text translated in another
context (a string that moved between classes keeps its translation), or from TSV files of
``context<TAB>English<TAB>Spanish`` lines. Run after ``update_translations.sh``, then run it again
to compile. Usage: python packaging/fill_translations.py [OLD.ts ...] [NEW.tsv ...]
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "lab_app_es.ts"


def known_translations(paths: list[Path]) -> tuple[dict, dict]:
    """(by (context, source), by source) from finished entries of .ts files and from TSVs."""
    by_pair, by_source = {}, {}
    for path in paths:
        if path.suffix == ".ts":
            for context in ET.parse(path).getroot().iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    translation = message.find("translation")
                    if translation is None or translation.get("type") or not translation.text:
                        continue
                    source = message.findtext("source")
                    by_pair[(name, source)] = translation.text
                    by_source.setdefault(source, translation.text)
        else:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.count("\t") >= 2:
                    name, source, text = line.split("\t", 2)
                    by_pair[(name, source)] = text
                    by_source.setdefault(source, text)
    return by_pair, by_source


def main(paths: list[Path]) -> int:
    by_pair, by_source = known_translations([TS, *paths])
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            text = by_pair.get((name, source)) or by_source.get(source)
            if text:
                _fill(translation, text)
            else:
                missing.append(f"{name}: {source}")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print("\n".join(["still unfinished:", *missing]) if missing else "all translated")
    return 0


def _fill(translation: ET.Element, text: str) -> None:
    """Put ``text`` in a translation; a plural (%n) one gets it in each of its forms."""
    forms = translation.findall("numerusform")
    if forms:
        translation.text = None
        for form in forms:
            form.text = text
    else:
        translation.text = text
    translation.attrib.pop("type", None)


if __name__ == "__main__":
    sys.exit(main([Path(arg) for arg in sys.argv[1:]]))
