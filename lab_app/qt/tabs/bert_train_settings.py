"""Settings columns of the BERT tab's training pages: pre-training and fine-tuning."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from lab_app.core.bert.finetuning import FinetuneConfig
from lab_app.core.bert.jobs import parameter_count
from lab_app.core.bert.pretrain_config import PRESETS, PretrainConfig
from lab_app.qt.core_text import corpus_title
from lab_app.qt.numbers import decimal, whole
from lab_app.qt.tabs.bert_train_panels import EncoderBox
from lab_app.qt.tabs.rnn_sources import SourceBox
from lab_app.qt.widgets.bert_device_box import DeviceBox
from lab_app.qt.widgets.form_fields import spin_box

LEE = "lee"
LOADED = "corpus"


def rate_box(value: float, tip: str, most: float = 0.1) -> QDoubleSpinBox:
    """A learning-rate field (5 decimals: 0.00050) up to ``most``."""
    box = QDoubleSpinBox()
    box.setDecimals(5)
    box.setRange(0.00001, most)
    box.setSingleStep(0.0001)
    box.setValue(value)
    box.setToolTip(tip)
    return box


def shrinkable(box: QComboBox) -> QComboBox:
    """A combo box whose width is not its longest item's: a long corpus or file name must
    not widen the settings column past its fixed width (its own text is what is shown)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    return box


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class PretrainSettings(QWidget):
    """The corpus, the preset (what it is), the WordPiece size and the training budget;
    ``config(seed)`` gives the PretrainConfig, ``texts()`` the documents (None: Lee news)."""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        defaults = PretrainConfig()
        self.corpus = shrinkable(QComboBox())
        self.corpus.setToolTip(
            self.tr("The documents the WordPiece vocabulary and BERT learn from")
        )
        self.preset = QComboBox()
        for key in PRESETS:
            self.preset.addItem(key, key)
        self.preset.setToolTip(
            self.tr("The encoder's size: layers, attention heads, hidden size d")
        )
        self.preset_note = note("")
        self.run_note = note("")
        self.vocab = spin_box(
            100, 30_000, defaults.vocab_size,
            self.tr("Most WordPiece entries to learn from the corpus (fewer if it has fewer)"),
            step=500,
        )  # fmt: skip
        self.max_len = spin_box(
            16, 512, defaults.max_len,
            self.tr("Longest input in tokens: [CLS] A [SEP] B [SEP], cut to fit"), step=16,
        )  # fmt: skip
        self.batch = spin_box(1, 512, defaults.batch_size, self.tr("Sentence pairs per step"))
        self.steps = spin_box(
            1, 1_000_000, defaults.max_steps,
            self.tr("Training steps; the learning rate warms up, then falls to 0 at the last"),
            step=100,
        )  # fmt: skip
        self.learning_rate = rate_box(
            defaults.learning_rate,
            self.tr("AdamW's peak learning rate; try 1 to see training diverge"),
            most=10.0,
        )
        self.device = DeviceBox()
        for box in (self.preset, self.vocab, self.max_len):
            signal = box.currentIndexChanged if box is self.preset else box.valueChanged
            signal.connect(self._describe_preset)
        self._layout()
        self._fill_corpora()
        self._describe_preset()
        # A bound method: the connection ends with this widget (state outlives the window).
        state.corpus_changed.connect(self._on_corpus_changed)

    def _layout(self) -> None:
        data = QGroupBox(self.tr("Corpus"))
        form = QFormLayout(data)
        form.addRow(self.corpus)
        nsp = note(self.tr("Next-sentence prediction needs documents of two sentences or more."))
        nsp.setToolTip(
            self.tr(
                "Half the pairs are a sentence and the one after it in its document "
                "(IsNextSentence), half a sentence and one from another document "
                "(NotNextSentence). A corpus of single sentences has no pairs."
            )
        )
        form.addRow(nsp)
        model = QGroupBox(self.tr("Model"))
        form = QFormLayout(model)
        form.addRow(self.tr("Preset"), self.preset)
        form.addRow(self.preset_note)
        form.addRow(self.tr("WordPiece entries"), self.vocab)
        form.addRow(self.tr("Max length"), self.max_len)
        form.addRow(self.run_note)
        training = QGroupBox(self.tr("Training"))
        form = QFormLayout(training)
        form.addRow(self.tr("Batch"), self.batch)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow(self.tr("Learning rate"), self.learning_rate)
        form.addRow(self.tr("Device"), self.device)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for group in (data, model, training):
            column.addWidget(group)
        column.addStretch(1)

    def _fill_corpora(self) -> None:
        chosen = self.corpus.currentData()
        self.corpus.clear()
        self.corpus.addItem(self.tr("Lee news (English, built in)"), LEE)
        if self.state.corpus is not None:
            name = corpus_title(self.state.corpus)
            self.corpus.addItem(self.tr("Loaded corpus: %1").replace("%1", name), LOADED)
        self.corpus.setCurrentIndex(max(0, self.corpus.findData(chosen)))

    def _on_corpus_changed(self, _corpus) -> None:
        self._fill_corpora()
        self.corpus.setCurrentIndex(max(0, self.corpus.findData(LOADED)))

    def _describe_preset(self, *_: object) -> None:
        shape = PRESETS[self.preset.currentData()]
        count = parameter_count(shape, self.vocab.value(), self.max_len.value())
        text = self.tr("%1 layers, %2 heads, d = %3: about %5 parameters")
        self.preset_note.setToolTip(
            self.tr(
                "Hidden size d = %1, feed-forward size %2; the parameter count assumes %3 "
                "WordPiece entries and %4 positions (a small corpus may give fewer entries)"
            )
            .replace("%1", str(shape.hidden))
            .replace("%2", str(shape.intermediate))
            .replace("%3", whole(self.vocab.value()))
            .replace("%4", str(self.max_len.value()))
        )
        for marker, value in (
            ("%1", str(shape.layers)), ("%2", str(shape.heads)), ("%3", str(shape.hidden)),
            ("%5", whole(count)),
        ):  # fmt: skip
            text = text.replace(marker, value)
        self.preset_note.setText(text)

    def corpus_name(self) -> str:
        """The chosen corpus as the page says it."""
        if self.corpus.currentData() == LOADED and self.state.corpus is not None:
            return corpus_title(self.state.corpus)
        return self.tr("Lee news")

    def texts(self):
        """The documents to train on (None: the built-in Lee news)."""
        if self.corpus.currentData() == LOADED and self.state.corpus is not None:
            return self.state.corpus.documents
        return None

    def config(self, seed: int) -> PretrainConfig:
        """The PretrainConfig these fields describe (the core checks the values)."""
        return PretrainConfig(
            preset=self.preset.currentData(),
            vocab_size=self.vocab.value(),
            max_len=self.max_len.value(),
            batch_size=self.batch.value(),
            learning_rate=self.learning_rate.value(),
            max_steps=self.steps.value(),
            seed=seed,
            device=self.device.device(),
        )

    def fields(self) -> dict[str, QWidget]:
        return {
            "corpus": self.corpus, "preset": self.preset, "vocab": self.vocab,
            "max_len": self.max_len, "batch": self.batch, "steps": self.steps,
            "learning_rate": self.learning_rate, "device": self.device,
        }  # fmt: skip


class FinetuneSettings(QWidget):
    """The labelled data, and the budget the three runs share; ``config(seed)`` gives the
    FinetuneConfig, ``source()`` what ``jobs.labelled_data`` reads."""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(parent)
        defaults = FinetuneConfig()
        self.encoder = EncoderBox()
        self.data = SourceBox(
            state,
            [
                (self.tr("Spanish reviews (built in)"), "spanish_sentiment"),
                (self.tr("Movie reviews, English (built in)"), "pang_lee_polarity"),
            ],
            use_corpus=True,
            file_filter=self.tr("Labelled text: a text and a 'label' column (*.csv *.tsv)"),
        )
        shrinkable(self.data)
        self.data.setToolTip(
            self.tr(
                "Texts with a label each (pos / neg, or any classes): 300 short Spanish reviews, "
                "200 English movie reviews (Pang & Lee), the loaded corpus, or a CSV file"
            )
        )
        self.held_out = spin_box(
            5, 50, round(100 * defaults.test_fraction),
            self.tr("Share of each class kept aside for the held-out accuracy (%)"),
            step=5,
        )  # fmt: skip
        self.held_out.setSuffix(" %")
        self.steps = spin_box(
            1, 100_000, defaults.steps, self.tr("Training steps of each of the three runs"), step=50
        )
        self.batch = spin_box(1, 256, defaults.batch_size, self.tr("Examples per step"))
        self.learning_rate = rate_box(
            defaults.learning_rate, self.tr("AdamW's learning rate, the same for the three runs")
        )
        self.max_len = spin_box(
            8, 512, defaults.max_len,
            self.tr("Longest text in tokens; longer ones are cut (and the model's own maximum "
                    "applies)"),
            step=16,
        )  # fmt: skip
        self.device = DeviceBox()
        data = QGroupBox(self.tr("Labelled data"))
        form = QFormLayout(data)
        form.addRow(self.data)
        form.addRow(self.tr("Held out"), self.held_out)
        training = QGroupBox(self.tr("Each run"))
        form = QFormLayout(training)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow(self.tr("Batch"), self.batch)
        form.addRow(self.tr("Learning rate"), self.learning_rate)
        form.addRow(self.tr("Max length"), self.max_len)
        form.addRow(self.tr("Device"), self.device)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.encoder)
        column.addWidget(data)
        column.addWidget(training)
        column.addStretch(1)

    def source(self) -> object:
        return self.data.source()

    def config(self, seed: int, steps: int | None = None) -> FinetuneConfig:
        return FinetuneConfig(
            steps=steps or self.steps.value(),
            learning_rate=self.learning_rate.value(),
            batch_size=self.batch.value(),
            seed=seed,
            test_fraction=self.held_out.value() / 100,
            device=self.device.device(),
            max_len=self.max_len.value(),
        )

    def describe(self, config: FinetuneConfig) -> str:
        """The settings the three runs share, as a sentence part."""
        text = self.tr("seed %1, %2 steps, batch %3, learning rate %4, at most %5 tokens")
        for marker, value in (
            ("%1", str(config.seed)), ("%2", whole(config.steps)), ("%3", str(config.batch_size)),
            ("%4", decimal(config.learning_rate, 5)), ("%5", str(config.max_len)),
        ):  # fmt: skip
            text = text.replace(marker, value)
        return text

    def fields(self) -> dict[str, QWidget]:
        return {
            "held_out": self.held_out, "steps": self.steps, "batch": self.batch,
            "learning_rate": self.learning_rate, "max_len": self.max_len, "device": self.device,
        }  # fmt: skip
