"""``lab-app --smoke``: the installers' own test, run from a pip install or a frozen bundle.

Offscreen, it starts the lab as ``lab-app`` does, builds every tab and page of the registry
(``lab_app.qt.registry.TABS``), runs each page's demo for a moment (``--demo-seconds``, default
``DEMO_SECONDS``), waits for the background warm-up (torch), then checks the libraries the pages
load only on demand (numba/UMAP where installed, openTSNE, scikit-learn, gensim's data files, transformers' BERT
with a WordPiece tokenizer, safetensors), each with a tiny computation. A bundle missing a
module, a data file or a shared library fails here rather than in a student's lesson.

Prints one JSON line when the window first paints (``{"window": ...}``: seconds since the process
started) and one summary line at the end (``{"smoke": "ok" | "failed", ...}``), which also goes to
the normal log file (``lab_app.qt.errors.log_file``). Exit code 0 when every page built, no demo
or check failed and nothing was logged at ERROR (or as a warning carrying an exception, which is
how a failed background job is logged); 1 otherwise. ``--tab`` / ``--page`` restrict the pages
(the checks always run). GUI thread only.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable

log = logging.getLogger("lab_app.smoke")

DEMO_SECONDS = 1.5  # each page's demo runs this long at most (a few steps of each)
PRELOAD_TIMEOUT_S = 120.0  # the background import of torch, on a slow machine
SMOKE_SIZE = (1280, 720)


class LogWatch(logging.Handler):
    """Keeps every record that marks a failure: ERROR or worse from any logger, and warnings
    that carry an exception (``JobRunner`` logs a failed job that way)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.failures: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == log.name:  # the smoke's own reports are counted where they happen
            return
        if record.levelno >= logging.ERROR or record.exc_info:
            first = record.getMessage().splitlines()[0] if record.getMessage() else ""
            error = record.exc_info[1] if record.exc_info else None
            detail = f": {error!r}" if error is not None else ""
            self.failures.append(f"{record.levelname} {record.name}: {first}{detail}"[:500])


def process_age_s() -> float:
    """Seconds since this process was created (the clock a user's launch starts).

    Linux: from /proc (10 ms steps); psutil's creation time there is off by up to a second
    (it adds the boot time, which /proc gives in whole seconds). Elsewhere: psutil.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as file:
            start_ticks = int(file.read().rpartition(")")[2].split()[19])  # field 22, starttime
        with open("/proc/uptime", encoding="ascii") as file:
            uptime = float(file.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        import psutil

        return time.time() - psutil.Process().create_time()


def wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``condition()`` holds (polled every 10 ms) or ``timeout_s``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: condition() and loop.quit())
    poll.start(10)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    poll.stop()
    return bool(condition())


def smoke_targets(tab: str | None, page: str | None) -> list[tuple[str, str]]:
    """The (tab, page) pairs to build: every page of the registry, or those of ``--tab``
    (and ``--page``)."""
    from lab_app.qt import registry

    specs = registry.TABS if tab is None else (registry.tab_spec(tab),)
    return [(s.key, p) for s in specs for p in s.page_keys if page is None or p == page]


# --- the libraries the pages import on demand ------------------------------------------------
def check_umap() -> None:
    """Where umap-learn is installed (pip): ``check_numba``. Where it is not (the installers
    leave it out): a UMAP map stops at once with ``UmapUnavailable``, the message the map page
    shows."""
    from lab_app.core.embeddings.umap_map import project_umap, umap_available

    if umap_available():
        check_numba()
        return
    import numpy as np

    from lab_app.core.embeddings.errors import UmapUnavailable

    try:
        next(project_umap(np.zeros((10, 3))))
    except UmapUnavailable:
        return
    raise AssertionError("umap-learn is missing, yet a UMAP map started")


def _umap_installed() -> bool:
    from lab_app.core.embeddings.umap_map import umap_available

    return umap_available()


def check_numba() -> None:
    """numba compiles (llvmlite's library loads) and its cache folder is writable; umap and
    pynndescent import (they decorate hundreds of functions at import)."""
    import numba
    import numpy as np

    @numba.njit
    def total(values):
        result = 0.0
        for value in values:
            result += value
        return result

    assert total(np.arange(4.0)) == 6.0
    folder = os.environ.get("NUMBA_CACHE_DIR", "")
    assert folder and os.access(folder, os.W_OK), f"NUMBA_CACHE_DIR not writable: {folder!r}"
    import pynndescent  # noqa: F401
    import umap  # noqa: F401


def check_projections() -> None:
    """scikit-learn's truncated SVD and PCA, and a short t-SNE map (openTSNE's compiled
    helpers: the installers' only non-linear map), on a small matrix."""
    import numpy as np
    from sklearn.decomposition import PCA, TruncatedSVD

    from lab_app.core.embeddings.tsne import project_tsne
    from lab_app.core.events import drain

    data = np.random.default_rng(0).normal(size=(40, 8))
    assert TruncatedSVD(2, random_state=0).fit_transform(data).shape == (40, 2)
    assert PCA(2).fit_transform(data).shape == (40, 2)
    layout = drain(project_tsne(data, 10, early_iterations=25, iterations=25, n_jobs=1))
    assert layout.shape == (40, 2) and np.isfinite(layout).all()


def check_data_files() -> None:
    """Every built-in corpus and gensim's evaluation sets are where the app looks for them."""
    from lab_app.core.corpus import builtin
    from lab_app.core.embeddings import evaluation
    from lab_app.resources import resource_dir

    paths = [builtin._builtin(name).locate() for name in builtin.builtin_corpora()]
    names = [evaluation.QUESTIONS_FILE, *evaluation.PAIR_SETS.values()]
    paths += [evaluation.data_path(name) for name in names]
    missing = [str(path) for path in paths if not os.path.exists(path)]
    assert not missing, f"missing data files: {missing}"
    assert (resource_dir() / "translations" / "lab_app_es.qm").is_file()


def check_bert() -> None:
    """A WordPiece tokenizer trained by ``tokenizers``, a tiny ``BertForPreTraining`` (eager
    attention) run forward with attentions, saved (safetensors) and loaded back, also through
    the Auto classes. Offline: nothing is downloaded."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers
    from transformers import (
        AutoTokenizer,
        BertConfig,
        BertForPreTraining,
        BertForSequenceClassification,
        BertTokenizerFast,
    )

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    wordpiece = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    wordpiece.normalizer = normalizers.BertNormalizer(lowercase=True)
    wordpiece.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(vocab_size=80, special_tokens=specials)
    wordpiece.train_from_iterator(["el gato come pescado", "la casa es muy grande"] * 5, trainer)
    tokenizer = BertTokenizerFast(tokenizer_object=wordpiece, **_special_kwargs())
    config = BertConfig(
        vocab_size=wordpiece.get_vocab_size(),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        attn_implementation="eager",
    )
    torch.manual_seed(0)
    model = BertForPreTraining(config)
    encoded = tokenizer("el gato", "la casa", return_tensors="pt")
    with torch.no_grad():
        out = model(**encoded, output_attentions=True)
    assert out.attentions[0].shape[1] == 2
    with tempfile.TemporaryDirectory(prefix="lab-app-smoke-") as folder:
        model.save_pretrained(folder)
        tokenizer.save_pretrained(folder)
        assert os.path.exists(os.path.join(folder, "model.safetensors"))
        BertForPreTraining.from_pretrained(folder, attn_implementation="eager")
        BertForSequenceClassification.from_pretrained(folder, num_labels=2)
        again = AutoTokenizer.from_pretrained(folder)
        assert again("el gato")["input_ids"] == tokenizer("el gato")["input_ids"]


def _special_kwargs() -> dict[str, str]:
    return {
        "unk_token": "[UNK]",
        "sep_token": "[SEP]",
        "pad_token": "[PAD]",
        "cls_token": "[CLS]",
        "mask_token": "[MASK]",
    }


CHECKS: dict[str, Callable[[], None]] = {
    "umap": check_umap,
    "projections": check_projections,
    "data_files": check_data_files,
    "bert": check_bert,
}


def _quiet_transformers() -> None:
    """transformers prints loading reports (newly initialised heads) and progress bars to
    stderr: expected here, so kept out of the way."""
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except Exception:  # the check itself reports a broken transformers
        pass


# --- the run ---------------------------------------------------------------------------------
def run_smoke(args: argparse.Namespace) -> int:
    """Run the smoke test with the parsed command line; return the exit code (0: passed)."""
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from lab_app.app import Lab
    from lab_app.qt import preload
    from lab_app.qt.errors import log_file

    qt_critical: list[str] = []

    def on_qt_message(kind, _context, message) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            qt_critical.append(message[:300])
        print(message, file=sys.stderr)

    qInstallMessageHandler(on_qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("lab-app")
    app.setApplicationName("lab-app")
    app.setApplicationDisplayName("NLP Visual Lab")
    watch = LogWatch()
    logging.getLogger().addHandler(watch)
    failures: list[dict[str, str]] = []
    lab = Lab(args)
    lab.errors.show_dialogs = False  # errors are counted, never shown: no window stays open
    window = lab.window
    window.resize(*(args.size or SMOKE_SIZE))
    window.show()
    first: dict[str, float] = {}
    window.first_painted.connect(lambda: first.setdefault("frame_s", process_age_s()))
    painted = wait_until(lambda: "frame_s" in first and window.tabs.currentWidget().built, 30.0)
    for _ in range(3):
        app.processEvents()
    first["content_s"] = process_age_s()
    if not painted:
        failures.append({"where": "window", "error": "the window never painted"})
    print(json.dumps({"window": {k: round(v, 3) for k, v in first.items()}}), flush=True)

    pages: dict[str, float] = {}
    budget = args.demo_seconds if args.demo_seconds is not None else DEMO_SECONDS
    for tab_key, page_key in smoke_targets(args.tab, args.page):
        where = f"{tab_key}/{page_key}"
        before = len(watch.failures)
        t0 = time.perf_counter()
        try:
            window.show_page(tab_key, page_key)
            window.tab(tab_key).run_demo_blocking(page_key, budget)
        except Exception as error:  # a page that raises fails the smoke, the rest still run
            failures.append({"where": where, "error": repr(error)[:500]})
            log.error("smoke: %s raised\n%s", where, traceback.format_exc())
        pages[where] = round(time.perf_counter() - t0, 2)
        failures += [{"where": where, "error": text} for text in watch.failures[before:]]

    before = len(watch.failures)
    if not preload.wait_for_preload(PRELOAD_TIMEOUT_S):
        failures.append({"where": "preload", "error": "the background import did not end"})
    failures += [{"where": "preload", "error": text} for text in watch.failures[before:]]

    _quiet_transformers()
    checks: dict[str, float] = {}
    for name, check in CHECKS.items():
        before = len(watch.failures)
        t0 = time.perf_counter()
        try:
            check()
        except Exception as error:
            failures.append({"where": f"check {name}", "error": repr(error)[:500]})
            log.error("smoke: check %s failed\n%s", name, traceback.format_exc())
        checks[name] = round(time.perf_counter() - t0, 2)
        failures += [{"where": f"check {name}", "error": t} for t in watch.failures[before:]]

    window.shutdown()
    window.close()
    app.processEvents()
    summary = {
        "smoke": "failed" if failures else "ok",
        "pages": pages,
        "checks": checks,
        "failures": failures,
        "qt_critical": qt_critical,
        "first_window_s": round(first.get("content_s", -1.0), 3),
        "seconds": round(time.perf_counter() - started, 1),
        "frozen": bool(getattr(sys, "frozen", False)),
        "umap_installed": _umap_installed(),
        "log": str(log_file()),
    }
    line = json.dumps(summary, ensure_ascii=False)
    print(line, flush=True)
    (log.info if not failures else log.warning)("smoke: %s", line)
    logging.getLogger().removeHandler(watch)
    return 0 if not failures else 1
