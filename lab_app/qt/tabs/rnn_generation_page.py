"""One to many: a character-level RNN/GRU/LSTM learns the corpus, then writes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lab_app.core.rnn.tasks.base import TaskConfig
from lab_app.qt.core_text import translated
from lab_app.qt.tabs.rnn_generation import GenerationPanel
from lab_app.qt.tabs.rnn_settings import TaskSettings
from lab_app.qt.tabs.rnn_sources import SourceBox
from lab_app.qt.tabs.rnn_task_page import RnnTaskPage


def char_sources(page) -> SourceBox:
    """The character tasks' data: the Spanish sample, Lee news, or the loaded corpus."""
    return SourceBox(
        page.state,
        [
            (QCoreApplication.translate("SourceBox", "Spanish sample (built in)"), None),
            (
                QCoreApplication.translate("SourceBox", "News, English (Lee, built in)"),
                "builtin:lee_background",
            ),
        ],
        use_corpus=True,
    )


GENERATION_DRAWN = 40  # characters of a generation drawn unrolled (the text shows them all)


class GenerationPage(RnnTaskPage):
    """Train a char-level language model; generate with a temperature and see the top-k."""

    task_key = "one_to_many"
    defaults = TaskConfig(cell="lstm", hidden_size=128, embedding_dim=32, batch_size=32,
                          learning_rate=0.005, max_steps=600)  # fmt: skip
    probe_kind = "many_to_many_aligned"  # in training: each x_t predicts x_{t+1}
    demo_steps = 350
    demo_budget_s = 45.0

    def __init__(self, state, parent: QWidget | None = None):
        self.generation = GenerationPanel()
        super().__init__(state, parent)
        self.generation.generate_requested.connect(self.generate)
        self.generation.temperature.sliderReleased.connect(self._regenerate)

    def add_data_settings(self, settings: TaskSettings) -> None:
        self.source = char_sources(self)
        settings.add_data_row(self.tr("Text"), self.source)
        settings.add_note(
            self.tr(
                "The model reads one character x_t at a time and predicts the next one; windows "
                "of 64 characters, 10 % of the text held out."
            )
        )

    def task_panels(self) -> list[tuple[QWidget, str]]:
        return [
            (self.generation, self.tr("Generated text")),
            (self.generation.bars, self.tr("Top-k")),
        ]

    def data_source(self) -> object:
        return self.source.source()

    def input_placeholder(self) -> str:
        return self.tr("Any text")

    def on_trained(self) -> None:
        self.generation.button.setEnabled(True)
        # A turn of its own (~40 ms): with the run's last views it made one long frame.
        self.updates.put("generate", self.generate)

    def _regenerate(self) -> None:
        if self.trained is not None and not self.runner.busy:
            self.generate()

    def generate(self, animate: bool = True) -> None:
        """Sample the panel's length of text from the trained model (GUI thread: ~40 ms for
        200 characters, bench_rnn_generation.py)."""
        from lab_app.core.rnn.tasks.one_to_many import generate

        if self.trained is None or self.trained.key != "one_to_many":
            return
        panel = self.generation
        panel.finish_typing()
        try:
            result = generate(
                self.trained, panel.seed.text(), panel.length.value(),
                panel.temperature_value(), panel.top_k.value(), self.controls.seed.value(),
            )  # fmt: skip
        except ValueError as error:
            self.messages.show_message(translated(error), "error")
            return
        if result.notice is not None:
            self.messages.show_message(translated(result.notice), result.notice.level)
        panel.show_generation(panel.seed.text(), result, animate)
        self._draw_generation(panel.seed.text(), result.text)

    def _draw_generation(self, seed: str, text: str) -> None:
        """Unroll the generation itself: one input, each output fed back as the next input."""
        first = seed[-1:] or "\n"
        self.unrolled.set_network(
            "one_to_many", [first], list(text[:GENERATION_DRAWN]), self._cell_label()
        )

    def _cell_label(self) -> str:
        from lab_app.qt.tabs.rnn_settings import CELL_LABELS

        return CELL_LABELS.get(self.trained.config.cell, "")

    def end_demo(self) -> None:
        super().end_demo()
        self.generation.finish_typing()
