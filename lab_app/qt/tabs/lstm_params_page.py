"""Parameter count, the lecture's first quiz ("Primer quiz!"): predict, then reveal.

The page asks the slide's question for the chosen d_x and d_h and shows no count, formula or
breakdown until the student has typed a guess and pressed Reveal (CLASSROOM_UI.md: a quiz never
shows its answer before the student asks for it). Then it shows the slides' formula and torch's,
the count of torch's own module, how far the guess was, and each tensor grouped with subtotals.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import (
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt.core_text import translated
from lab_app.qt.numbers import whole
from lab_app.qt.tabs.base import Page
from lab_app.qt.tabs.lstm_params_breakdown import (
    RIGHT,
    BreakdownPanel,
    BreakdownView,
    wrapping_label,
)


def parse_guess(text: str) -> int | None:
    """The whole number in ``text``, read with any grouping (25 088, 25.088, 25,088), or None.

    Counts are whole numbers, so a dot or comma can only group thousands.
    """
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else None


class ParamsPage(Page):
    """The quiz: the question with d_x and d_h, the student's guess, then (on Reveal) both
    formulas, torch's own count, how far the guess was and the grouped breakdown."""

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.revealed = False
        self.d_x, self.d_x_slider = self._size_input(32, self.tr("d_x: size of the input x_t"))
        self.d_h, self.d_h_slider = self._size_input(64, self.tr("d_h: size of h_t and C_t"))
        self._build_question()
        self._build_answer()
        self._layout()
        self.update_counts()

    def session(self) -> dict:
        return {
            "d_x": self.d_x.value(),
            "d_h": self.d_h.value(),
            "guess": self.guess.text(),
            "revealed": self.revealed,
        }

    def restore(self, session: dict) -> None:
        self.d_x.setValue(session["d_x"])
        self.d_h.setValue(session["d_h"])
        self.guess.setText(session.get("guess", ""))
        if session.get("revealed"):
            self.reveal()

    def start_demo(self) -> bool:
        """Answer with the slides' formula and reveal: the answer and why torch's is larger."""
        d_x, d_h = self.d_x.value(), self.d_h.value()
        self.guess.setText(whole(4 * (d_h + d_x + 1) * d_h))
        self.reveal()
        self.finished.emit()
        return True

    def _size_input(self, value: int, tip: str) -> tuple[QSpinBox, QSlider]:
        spin = QSpinBox()
        spin.setRange(0, 1_000_000)  # out-of-range values get a message from the core
        spin.setValue(value)
        spin.setToolTip(tip)
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(1, 512)
        slider.setValue(value)
        slider.setToolTip(tip)
        slider.valueChanged.connect(spin.setValue)
        spin.valueChanged.connect(lambda v: self._sync(slider, v))
        return spin, slider

    def _build_question(self) -> None:
        self.question = wrapping_label(
            self.tr(
                "<b>First quiz!</b> How many parameters does an LSTM have? One layer: input x<sub>t</sub> of size&nbsp;d<sub>x</sub>; h<sub>t</sub> and C<sub>t</sub> of size&nbsp;d<sub>h</sub>."
            )
        )
        # The question is what the room reads first: larger than the rest of the page.
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.question.setFont(font)
        self.guess = QLineEdit()
        # Digits and the usual thousands separators only: a count is a whole number.
        pattern = QRegularExpression("[0-9 .,\u202f\u00a0]{0,24}")
        self.guess.setValidator(QRegularExpressionValidator(pattern, self.guess))
        self.guess.setPlaceholderText(self.tr("your count"))
        self.guess.setAlignment(RIGHT)
        self.guess.returnPressed.connect(self.reveal)
        self.guess.textEdited.connect(self._on_guess_edited)
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self._on_reveal_clicked)

    def _build_answer(self) -> None:
        self.error = QLabel()
        self.error.setStyleSheet("color: #D55E00")
        self.error.setWordWrap(True)
        self.hint = wrapping_label(
            self.tr(
                "Type your count and press “Reveal the answer”: the count, the two formulas and the breakdown appear here."
            )
        )
        self.verdict = wrapping_label()
        self.real = wrapping_label()
        headers = [self.tr("tensor"), self.tr("shape"), self.tr("parameters")]
        self.lecture_panel = BreakdownPanel("lecture", headers)
        self.torch_panel = BreakdownPanel("torch", headers)
        self.lecture, self.torch = self.lecture_panel.title, self.torch_panel.title
        self.difference = self.torch_panel.after
        self.breakdown = BreakdownView(
            [
                (self.lecture_panel, self.tr("Slides' formula")),
                (self.torch_panel, self.tr("torch's nn.LSTM")),
            ]
        )

    def _layout(self) -> None:
        quiz = QGroupBox(self.tr("Parameters to learn"))
        grid = QGridLayout(quiz)
        grid.addWidget(self.question, 0, 0, 1, 3)
        sizes = (
            ("d<sub>x</sub>", self.d_x, self.d_x_slider),
            ("d<sub>h</sub>", self.d_h, self.d_h_slider),
        )
        for row, (name, spin, slider) in enumerate(sizes, start=1):
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(spin, row, 2)
        guess_label = QLabel(self.tr("Your answer:"))
        guess_label.setBuddy(self.guess)
        grid.addWidget(guess_label, 3, 0)
        grid.addWidget(self.guess, 3, 1, 1, 2)
        grid.addWidget(self.reveal_button, 4, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        left = QVBoxLayout()
        for widget in (quiz, self.error, self.verdict, self.real):
            left.addWidget(widget)
        left.addStretch(1)
        right = QVBoxLayout()
        for widget in (self.hint, self.breakdown):
            right.addWidget(widget)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def _sync(self, slider: QSlider, value: int) -> None:
        slider.blockSignals(True)
        slider.setValue(max(1, min(value, slider.maximum())))
        slider.blockSignals(False)
        # New sizes are a new question: hide the answer so the class can predict again, as a
        # teacher asks "and with d_h = 128?". Updating it live would show the next answer
        # before anyone guessed (a quiz never shows its answer before it is asked for).
        self.revealed = False
        self.update_counts()

    def _on_guess_edited(self, _text: str) -> None:
        if self.revealed:  # the answer is already out: say how far this new guess is
            self.update_counts()

    def _on_reveal_clicked(self) -> None:
        # A toggle: the teacher can hide the answer again before asking the next group.
        if not self.revealed:
            self.reveal()
            return
        self.revealed = False
        self.update_counts()

    def reveal(self) -> None:
        """Show the answer for the current sizes (GUI thread); nothing while they are invalid."""
        guess = parse_guess(self.guess.text())
        if guess is not None:  # written as the answer is, for comparing digit by digit
            self.guess.setText(whole(guess))
        self.revealed = True
        self.update_counts()

    def update_counts(self) -> None:
        """Check the sizes; when revealed, fill both formulas, torch's count, the verdict and the
        breakdown for them, else hide and empty all of it (GUI thread)."""
        from lab_app.core.lstm.params import check_guess

        guess = parse_guess(self.guess.text())
        try:
            check = check_guess(guess or 0, self.d_x.value(), self.d_h.value())
        except ValueError as error:
            # Out of the core's range: say so, and show no counts that belong to other sizes.
            check = None
            self.error.setText(translated(error))
            self.revealed = False
        self.error.setVisible(check is None)
        self.reveal_button.setEnabled(check is not None)
        if self.revealed:
            self._fill_answer(check, guess is None)
        else:
            for label in (self.verdict, self.real):
                label.clear()  # emptied, not only hidden: no count anywhere before Reveal
            for panel in (self.lecture_panel, self.torch_panel):
                panel.clear()
        for widget in (self.verdict, self.real, self.breakdown):
            widget.setVisible(self.revealed)
        self.hint.setVisible(check is not None and not self.revealed)
        shown = self.tr("Hide the answer") if self.revealed else self.tr("Reveal the answer")
        self.reveal_button.setText(shown)

    def _fill_answer(self, check, no_guess: bool) -> None:
        from lab_app.core.lstm.params import torch_lstm_parameter_count

        d_x, d_h, counts = self.d_x.value(), self.d_h.value(), check.counts
        real = torch_lstm_parameter_count(d_x, d_h)
        self.verdict.setText(self._verdict(check, real, no_guess))
        self.real.setText(self._real_count(d_x, d_h, real))
        self.difference.setText(
            self.tr(
                "Difference 4·d<sub>h</sub> = %1: torch adds b<sub>ih</sub> + b<sub>hh</sub>, so the pair acts as the slides' single b; the extra vector changes nothing the model can express."
            ).replace("%1", whole(counts["difference"]))
        )
        labels = {"weight": self.tr("weights"), "bias": self.tr("biases")}
        labels["total"] = self.tr("total")
        lecture = self.tr(
            "<b>Slides' formula</b> (one bias per gate): 4·(d<sub>h</sub> + d<sub>x</sub> + 1)·d<sub>h</sub> = 4·(%1 + %2 + 1)·%1 = <b>%3</b>"
        )
        lecture_note = self.tr(
            "The slides write each W as (d<sub>h</sub> + d<sub>x</sub>) × d<sub>h</sub>, acting on [h<sub>t−1</sub>,&nbsp;x<sub>t</sub>], and each b as d<sub>h</sub>."
        )
        torch = self.tr(
            "<b>torch's nn.LSTM</b> (two biases, b<sub>ih</sub> and b<sub>hh</sub>): 4·d<sub>h</sub>·(d<sub>x</sub> + d<sub>h</sub> + 2) = 4·%1·(%2 + %1 + 2) = <b>%3</b>"
        )
        torch_note = self.tr(
            "torch stacks the four gates: it stores weight_ih as (4·d<sub>h</sub>) × d<sub>x</sub>, weight_hh as (4·d<sub>h</sub>) × d<sub>h</sub> and each bias as 4·d<sub>h</sub>."
        )
        for panel, title, note, source in (
            (self.lecture_panel, lecture, lecture_note, "lecture"),
            (self.torch_panel, torch, torch_note, "torch"),
        ):
            title = self._formula(title, d_x, d_h, counts[source])
            panel.fill(counts[f"breakdown_{source}"], labels, title, note)
        self.breakdown.arrange(force=True)  # the tables' widths changed: choose the shape again

    @staticmethod
    def _formula(template: str, d_x: int, d_h: int, count: int) -> str:
        text = template.replace("%1", whole(d_h)).replace("%2", whole(d_x))
        return text.replace("%3", whole(count))

    def _real_count(self, d_x: int, d_h: int, total: int) -> str:
        # torch's own module, built on the meta device: shapes only, so any size is instant.
        text = self.tr(
            "torch's own nn.LSTM(%1, %2), built on the meta device (shapes only): sum(p.numel()) = <b>%3</b>"
        )
        return text.replace("%1", str(d_x)).replace("%2", str(d_h)).replace("%3", whole(total))

    def _verdict(self, check, real: int, no_guess: bool) -> str:
        """How far the guess was, and which formula it matches (torch's, the slides', a slip)."""
        if no_guess:
            return self.tr("No answer was typed: here is the count.")
        if check.guess == real:
            text = self.tr(
                "<b>Exact!</b> %1 is what torch's nn.LSTM holds (the slides' formula gives %2: one bias per gate instead of two)."
            )
            return text.replace("%1", whole(real)).replace("%2", whole(check.counts["lecture"]))
        if check.match == "lecture":
            text = self.tr(
                "<b>Exact</b> with the slides' formula: %1. torch's nn.LSTM holds %2: a second bias per gate."
            )
            return text.replace("%1", whole(check.guess)).replace("%2", whole(real))
        far = self.tr("Off by %1 from torch's count and by %2 from the slides' formula.")
        far = far.replace("%1", whole(abs(check.off_by_torch)))
        far = far.replace("%2", whole(abs(check.off_by_lecture)))
        slips = {
            "weights_only": self.tr("%1 counts the weights W but not the biases b."),
            "one_gate": self.tr(
                "%1 is the W and b of one gate: an LSTM has four (forget gate, input gate, candidate, output gate)."
            ),
        }
        if check.match in slips:
            far += " " + slips[check.match].replace("%1", whole(check.guess))
        return far
