"""Real checkpoints: open a Hugging Face BERT folder (BETO, multilingual BERT,
bert-base-uncased) or a model id, see its configuration and its WordPiece tokens for any input,
and make it the model every BERT page inspects.

Opening runs on a worker (seconds; a model id may download for minutes); every bad case (not a
model, truncated weights, a pickled .bin, an id while offline) is the core's message.
"""

from __future__ import annotations

import html
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lab_app.core.bert.errors import BertError
from lab_app.core.bert.jobs import Opened, demo_checkpoint_job, open_job
from lab_app.qt.core_text import translated
from lab_app.qt.numbers import whole
from lab_app.qt.tabs.base import Page
from lab_app.qt.tabs.bert_model import BertModel
from lab_app.qt.widgets.bert_device_box import DeviceBox
from lab_app.qt.widgets.bert_example_view import scrolling
from lab_app.qt.widgets.bert_token_chips import TokenChips
from lab_app.qt.widgets.matrix_table import TitledPanel
from lab_app.qt.widgets.message_bar import MessageBar
from lab_app.qt.widgets.panel_grid import PanelGrid
from lab_app.qt.workers import JobRunner

PANEL_MIN = QSize(280, 200)
TOKENIZE_DELAY_MS = 150
MAX_INPUT_CHARS = 5000
DEFAULT_INPUT = "The man went to the store. Penguins are flightless birds."
DEMO_FOLDER = "mini-bert-demo"


class CheckpointPage(Page):
    """Open a model folder or id; its config, its WordPiece tokens; use it in the views."""

    demo_budget_s = 25.0

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.runner = JobRunner(self)
        self.opened: Opened | None = None
        self.messages = MessageBar()
        self.messages.set_idle_text(
            self.tr(
                "Open a model folder (config.json, weights, vocab.txt or tokenizer.json) or type "
                "a model id such as bert-base-uncased; nothing is sent anywhere."
            )
        )
        self._build_controls()
        self.config_text = QLabel()
        self.config_text.setTextFormat(Qt.TextFormat.RichText)
        self.config_text.setWordWrap(True)
        self.config_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.config_panel = TitledPanel(
            self.tr("The model's configuration"), scrolling(self.config_text)
        )
        self.config_panel.set_hint(self.tr("Open a folder or a model id to see its configuration"))
        self.config_panel.set_empty(True)
        self.text = QLineEdit(DEFAULT_INPUT)
        self.text.setMaxLength(MAX_INPUT_CHARS)
        self.text.setCursorPosition(0)  # the sentence's start in view, not its end
        self.text.setToolTip(self.tr("Any text: the model's own WordPiece tokenizer splits it"))
        self.chips = TokenChips()
        self.count = QLabel()
        self.count.setWordWrap(True)
        tokens = QWidget()
        column = QVBoxLayout(tokens)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text)
        column.addWidget(self.count)
        column.addWidget(scrolling(self.chips), 1)
        self.tokens_panel = TitledPanel(
            self.tr("WordPiece tokens (dashed orange: a piece that continues a word, ##)"), tokens
        )
        self.tokens_panel.set_hint(self.tr("Open a model to see how its tokenizer splits text"))
        self.tokens_panel.set_empty(True)
        self.use = QPushButton(self.tr("Use this model in the views"))
        self.use.setToolTip(self.tr("The Attention, Inside and Masked LM pages then inspect it"))
        self.use.setEnabled(False)
        self.use.clicked.connect(self.use_model)
        self.in_use = QLabel()
        self.in_use.setWordWrap(True)
        self._tokenize_timer = QTimer(self, singleShot=True, interval=TOKENIZE_DELAY_MS)
        self._tokenize_timer.timeout.connect(self.show_tokens)
        self.text.textChanged.connect(self._tokenize_timer.start)
        self.runner.succeeded.connect(self._on_opened)
        self.runner.failed.connect(self._on_failed)
        self.runner.busy_changed.connect(self._on_busy_changed)
        self._layout()
        # A bound method: the connection ends with this page (state outlives the window).
        state.bert_changed.connect(self._on_bert_changed)
        self._on_bert_changed(state.bert)

    def _build_controls(self) -> None:
        self.open_folder = QPushButton(self.tr("Open folder…"))
        self.open_folder.setToolTip(self.tr("A Hugging Face model folder saved on this computer"))
        self.open_folder.clicked.connect(self._on_open_folder)
        self.model_id = QLineEdit()
        self.model_id.setPlaceholderText(self.tr("or a model id, e.g. bert-base-uncased"))
        self.model_id.setToolTip(
            self.tr(
                "A Hugging Face model id (owner/name): read from the local cache, or downloaded "
                "once when the internet can be reached"
            )
        )
        self.model_id.returnPressed.connect(self._on_open_id)
        self.open_id = QPushButton(self.tr("Open"))
        self.open_id.clicked.connect(self._on_open_id)
        self.device = DeviceBox()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop waiting; a download already under way is dropped"))
        self.cancel.clicked.connect(self.runner.stop)
        self.cancel.setEnabled(False)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.open_folder)
        top.addWidget(self.model_id, 1)
        top.addWidget(self.open_id)
        top.addWidget(self.device)
        top.addWidget(self.cancel)
        self.panels = PanelGrid(
            [self.config_panel, self.tokens_panel],
            [self.tr("Configuration"), self.tr("Tokens")],
            2,
            PANEL_MIN,
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.use)
        bottom.addWidget(self.in_use, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.messages)
        layout.addLayout(top)
        layout.addWidget(self.panels, 1)
        layout.addLayout(bottom)

    # --- opening ------------------------------------------------------------------------------
    def _on_open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a BERT model folder"))
        if folder:
            self.open_path(folder)

    def _on_open_id(self) -> None:
        text = self.model_id.text().strip()
        if text:
            self.open_path(text)

    def open_path(self, path_or_id: str | Path) -> int:
        """Open a folder or a model id on a worker; return the run id."""
        self.messages.show_message(
            self.tr("Opening %1… (a model id not in the cache may download for minutes)").replace(
                "%1", str(path_or_id)
            ),
            "info",
        )
        return self.runner.start(open_job, str(path_or_id), self.device.device())

    def start_demo(self) -> bool:
        """Save a model folder (the BERT pre-trained here, else a random tiny one) to a
        temporary folder and open it as any checkpoint (offline)."""
        bert = self.state.bert
        own = (bert.model, bert.tokenizer) if bert is not None and bert.pretrained else None
        folder = Path(tempfile.gettempdir()) / "lab-app" / DEMO_FOLDER
        self.messages.show_message(
            self.tr(
                "Demo: saving a mini-BERT with save_pretrained and opening it as a checkpoint."
            ),
            "info",
        )
        return bool(self.runner.start(demo_checkpoint_job, folder, own))

    def _on_busy_changed(self, busy: bool) -> None:
        for widget in (self.open_folder, self.open_id, self.model_id, self.device):
            widget.setEnabled(not busy)
        self.cancel.setEnabled(busy)
        self._update_use_button()

    def _on_opened(self, opened: object) -> None:
        if isinstance(opened, Opened):
            self.show_opened(opened)
            notes = [translated(note) for note in opened.checkpoint.notes]
            text = self.tr("Opened %1.").replace("%1", opened.name)
            self.messages.show_message(" ".join([text, *notes]), "warning" if notes else "info")
        self.finished.emit()

    def _on_failed(self, error: BaseException) -> None:
        details = ""
        if not isinstance(error, BertError):
            details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        self.messages.show_message(translated(error), "error", details)
        self.finished.emit()

    def show_opened(self, opened: Opened) -> None:
        self.opened = opened
        self.config_text.setText(self.config_html(opened))
        self.config_panel.set_empty(False)
        self.tokens_panel.set_empty(False)
        self.show_tokens()
        self._update_use_button()

    def config_html(self, opened: Opened) -> str:
        s = opened.summary
        rows = [
            (self.tr("Name"), html.escape(opened.name)),
            (self.tr("Layers"), whole(s["layers"])),
            (self.tr("Attention heads per layer"), whole(s["heads"])),
            (self.tr("Hidden size d"), whole(s["hidden"])),
            (self.tr("Feed-forward size"), whole(s["intermediate"])),
            (self.tr("WordPiece vocabulary"), whole(s["vocab_size"])),
            (self.tr("Maximum positions (tokens)"), whole(s["max_positions"])),
            (self.tr("Parameters"), whole(s["parameters"])),
        ]
        table = "".join(
            f"<tr><td>{html.escape(name)}</td><td align='right'><b>{value}</b></td></tr>"
            for name, value in rows
        )
        notes = "".join(
            f"<li>{html.escape(translated(note))}</li>" for note in opened.checkpoint.notes
        )
        return f"<table cellpadding='3'>{table}</table>" + (f"<ul>{notes}</ul>" if notes else "")

    # --- tokens -------------------------------------------------------------------------------
    def show_tokens(self) -> None:
        """Split the input with the opened model's tokenizer (its own copy, on this thread)."""
        if self.opened is None:
            return
        from lab_app.core.bert.checkpoints import wordpieces

        tokenizer = self.opened.tokenizer
        pieces = wordpieces(tokenizer, self.text.text())
        self.chips.set_tokens([tokenizer.cls_token, *pieces, tokenizer.sep_token])
        limit = self.opened.summary["max_positions"]
        text = self.tr("%1 WordPiece tokens; with [CLS] and [SEP], %2 of the model's %3 positions.")
        text = (
            text.replace("%1", whole(len(pieces)))
            .replace("%2", whole(len(pieces) + 2))
            .replace("%3", whole(limit))
        )
        if len(pieces) + 2 > limit:
            more = self.tr("Longer than the model's maximum: it would read only the first %1.")
            text = f"{text} {more.replace('%1', whole(limit - 2))}"
        self.count.setText(text)

    # --- the views' model -----------------------------------------------------------------------
    def use_model(self) -> None:
        """Make the opened checkpoint the model every BERT page inspects."""
        if self.opened is None:
            return
        checkpoint = self.opened.checkpoint
        self.state.set_bert(BertModel(checkpoint.model, checkpoint.tokenizer, self.opened.name))

    def _on_bert_changed(self, bert) -> None:
        text = self.tr("In use by the views: %1.").replace("%1", bert.source) if bert else ""
        self.in_use.setText(text or self.tr("No BERT in use by the views yet."))
        self._update_use_button()

    def _update_use_button(self) -> None:
        bert = self.state.bert
        in_use = (
            self.opened is not None
            and bert is not None
            and bert.model is self.opened.checkpoint.model
        )
        self.use.setEnabled(self.opened is not None and not in_use and not self.runner.busy)

    # --- session ------------------------------------------------------------------------------
    def session(self) -> dict:
        return {"opened": self.opened, "text": self.text.text(), "id": self.model_id.text()}

    def restore(self, session: dict) -> None:
        self.text.setText(session["text"])
        self.text.setCursorPosition(0)
        self.model_id.setText(session["id"])
        if session["opened"] is not None:
            self.show_opened(session["opened"])
