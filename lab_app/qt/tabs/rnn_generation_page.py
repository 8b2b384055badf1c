"""One to many: a character-level RNN/GRU/LSTM learns the corpus, then writes."""

from __future__ import annotations

import itertools

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
        self.generation.typed.connect(self._on_typed)
        self._generation_seed = ""
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
        """Sample the panel's length of text from the trained model, a few characters per
        event-loop turn while it types (200 characters take ~40 ms in all,
        bench_rnn_generation.py); GUI thread."""
        from lab_app.core.rnn.tasks.one_to_many import iter_generation, unknown_seed_notice

        if self.trained is None or self.trained.key != "one_to_many":
            return
        panel = self.generation
        seed = panel.seed.text()
        steps = iter_generation(
            self.trained, seed, panel.length.value(), panel.temperature_value(),
            panel.top_k.value(), self.controls.seed.value(),
        )  # fmt: skip
        try:
            first = next(steps)  # the settings are checked here
        except ValueError as error:
            self.messages.show_message(translated(error), "error")
            return
        notice = unknown_seed_notice(self.trained, seed)
        if notice is not None:
            self.messages.show_message(translated(notice), notice.level)
        self._generation_seed = seed
        panel.show_generation(seed, itertools.chain([first], steps), animate)

    def _on_typed(self, text: str) -> None:
        # A turn of its own: laying out 40 steps costs ~20 ms.
        seed = self._generation_seed
        self.updates.put("unrolled", lambda: self._draw_generation(seed, text))

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
