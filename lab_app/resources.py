"""Where the project's resources (corpora, translations, icons) live.

Installed normally they sit in ``lab_app/resources``; in a source checkout, in the top-level
``resources/`` folder beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


class ResourceMissing(FileNotFoundError):
    """A resource the project ships could not be found."""


@cache
def resource_dir() -> Path:
    """Return the resources folder. Any thread may call it."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "corpora").is_dir():
            return candidate
    raise ResourceMissing(f"no resources folder beside {here}")


def resource_path(*parts: str) -> Path:
    """Return the path of one resource, raising ``ResourceMissing`` when it is absent."""
    path = resource_dir().joinpath(*parts)
    if not path.exists():
        raise ResourceMissing(f"missing resource: {path}")
    return path
