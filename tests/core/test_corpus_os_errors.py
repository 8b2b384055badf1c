"""Operating-system errors become translatable phrases in corpus messages."""

import errno
import sys
from pathlib import Path

import pytest

from lab_app.core.corpus import UnreadableFile
from lab_app.core.corpus.errors import os_reason
from lab_app.core.corpus.reading import read_at
from lab_app.core.messages import Text


@pytest.mark.parametrize(
    "code, phrase",
    [
        (errno.ENOENT, "it does not exist"),
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied"),
        (errno.EISDIR, "it is a folder, not a file"),
        (errno.ENOTDIR, "part of its path is a file, not a folder"),
        (errno.ENOSPC, "the disk is full"),
    ],
)
def test_common_errors_are_translatable_phrases(code, phrase):
    # Tested on the mapping itself: as root (as the tests run) chmod 0 does not stop a read.
    reason = os_reason(OSError(code, "Permission denied (the system's English)", "f.txt"))
    assert isinstance(reason, Text) and reason.template == phrase


def test_other_errors_keep_the_systems_words():
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    assert os_reason(OSError("no errno at all")) == "no errno at all"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows reports a folder as EACCES")
def test_a_folder_where_a_file_is_expected_says_so_translatably(tmp_path: Path):
    with pytest.raises(UnreadableFile) as caught:
        read_at(tmp_path, 0, 10)
    text = caught.value.args[0]
    assert isinstance(text, Text) and text.values["name"] == tmp_path.name
    reason = text.values["reason"]
    assert isinstance(reason, Text) and reason.template == "it is a folder, not a file"
    assert str(text) == f"Cannot read '{tmp_path.name}': it is a folder, not a file."
