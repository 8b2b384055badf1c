"""Parameter count, the lecture's first quiz ("Primer quiz!"): predict, then reveal.

The page asks the slide's question for the chosen d_x and d_h and shows no count, formula or
breakdown until the student has typed a guess and pressed Reveal (CLASSROOM_UI.md: a quiz never
shows its answer before the student asks for it). Then it shows the slides' formula and torch's,
the count of torch's own module, how far the guess was, and each tensor grouped with subtotals.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QRegularExpression, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPalette,
    QRegularExpressionValidator,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt.core_text import translated
from lab_app.qt.numbers import whole
from lab_app.qt.tabs.base import Page

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Symbolic sums of each group, as the slides and torch's documentation would write them.
GROUP_FORMULAS = {
    "lecture": {"weight": "4·(d_h + d_x)·d_h", "bias": "4·d_h", "total": "4·(d_h + d_x + 1)·d_h"},
    "torch": {"weight": "4·d_h·(d_x + d_h)", "bias": "2·4·d_h", "total": "4·d_h·(d_x + d_h + 2)"},
}


def math_html(symbols: str) -> str:
    """``"(d_h + d_x) × d_h"`` → ``(d<sub>h</sub> + d<sub>x</sub>) × d<sub>h</sub>``."""
    return re.sub(r"\b([A-Za-z])_(\w+)", r"\1<sub>\2</sub>", escape(symbols))


def parse_guess(text: str) -> int | None:
    """The whole number in ``text``, read with any grouping (25 088, 25.088, 25,088), or None.

    Counts are whole numbers, so a dot or comma can only group thousands.
    """
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else None


def _wrapping_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's text as rich text (subscripts of d_h, W_f), left-aligned."""

    def _document(self, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(option.text)
        return document

    def paint(self, painter, option, index) -> None:
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        document = self._document(view)
        view.text = ""  # the style draws the background; the document draws the text
        style = view.widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view, painter, view.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, view, view.widget)
        y = rect.top() + (rect.height() - document.size().height()) / 2
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text, view.palette.color(QPalette.ColorRole.Text)
        )
        painter.save()
        painter.translate(rect.left(), y)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        # The size of the text as it reads, without the markup (subscripts are only narrower).
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        view.text = self._document(view).toPlainText()
        style = view.widget.style()
        return style.sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, view, QSize(), view.widget
        )


class BreakdownPanel(QWidget):
    """One source's tensors (the slides' or torch's) under its formula and its convention:
    weights, their subtotal, biases, their subtotal, then the total. The table is sized to its
    rows, so nothing hides behind a scrollbar."""

    def __init__(self, source: str, headers: list[str]):
        super().__init__()
        self.source = source  # "lecture" or "torch": which group formulas to write
        self.title = _wrapping_label()
        self.note = _wrapping_label()
        self.after = _wrapping_label()  # under the table: why torch's count differs
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeaderItem(2).setTextAlignment(RIGHT)
        self.table.verticalHeader().hide()
        for column in (0, 1):
            self.table.setItemDelegateForColumn(column, RichTextDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.table.setHorizontalScrollBarPolicy(off)
        self.table.setVerticalScrollBarPolicy(off)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.note, self.table, self.after):
            layout.addWidget(widget)
        layout.addStretch(1)

    def clear(self) -> None:
        for label in (self.title, self.note, self.after):
            label.clear()
        self.table.setRowCount(0)

    def fill(self, rows, labels: dict[str, str], title: str, note: str) -> None:
        """Show ``rows`` (ParameterRow) with a subtotal per kind and a total under ``title``
        and ``note``; ``labels`` names the subtotal and total rows (translated)."""
        lines = []
        for kind in ("weight", "bias"):
            group = [row for row in rows if row.kind == kind]
            lines += [self._tensor_line(row) for row in group]
            lines.append((labels[kind], self._formula(kind), sum(r.count for r in group), True))
        lines.append((labels["total"], self._formula("total"), sum(r.count for r in rows), True))
        self.table.setRowCount(len(lines))
        for index, line in enumerate(lines):
            self._set_line(index, *line)
        self.title.setText(title)
        self.note.setText(note)
        self._fit()

    def _tensor_line(self, row) -> tuple[str, str, int, bool]:
        name = math_html(row.name) if self.source == "lecture" else escape(row.name)
        # As written by the source: "(d_h + d_x) × d_h = 96 × 64", "4·d_h = 256".
        symbols = " × ".join(
            f"({symbol})" if len(row.written) > 1 and ("+" in symbol or "·" in symbol) else symbol
            for symbol, _ in row.written
        )
        sizes = " × ".join(whole(size) for _, size in row.written)
        return name, f"{math_html(symbols)} = {sizes}", row.count, False

    def _formula(self, kind: str) -> str:
        return math_html(GROUP_FORMULAS[self.source][kind])

    def _set_line(self, index: int, name: str, shape: str, count: int, bold: bool) -> None:
        items = [QTableWidgetItem(name), QTableWidgetItem(shape), QTableWidgetItem(whole(count))]
        items[2].setTextAlignment(RIGHT)  # numbers right-aligned, thin-space thousands
        font = QFont(self.table.font())
        font.setBold(bold)  # subtotals and the total stand out from the tensors
        for column, item in enumerate(items):
            item.setFont(font)
            self.table.setItem(index, column, item)

    def _fit(self) -> None:
        table = self.table
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        width = sum(table.columnWidth(c) for c in range(table.columnCount())) + frame
        height = table.horizontalHeader().height() + frame
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedSize(width, height)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # As wide as the table: side by side, the formula and the notes wrap above and below it.
        return QSize(self.table.width(), super().sizeHint().height())


class BreakdownView(QWidget):
    """The two tables side by side when they fit the width, else one tab each: a change of
    shape, not a scrollbar (CLASSROOM_UI.md)."""

    def __init__(self, panels: list[tuple[QWidget, str]]):
        super().__init__()
        self.panels = panels
        self.side = QWidget()
        self.side_layout = QHBoxLayout(self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.side)
        layout.addWidget(self.tabs)
        # No minimum width from the side-by-side shape, or it could never switch to tabs.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tabbed: bool | None = None
        self.arrange()

    def arrange(self, force: bool = False) -> None:
        """Put the panels side by side or in tabs, whichever the current width allows;
        ``force`` after the panels' widths changed."""
        spacing = self.side_layout.spacing() * (len(self.panels) - 1)
        tabbed = self.width() < sum(p.sizeHint().width() for p, _ in self.panels) + spacing
        if tabbed == self.tabbed and not force:
            return
        self.tabbed = tabbed
        self.tabs.clear()  # forgets the tabs; the panels themselves move below
        while self.side_layout.count():
            self.side_layout.takeAt(0)
        for panel, title in self.panels:
            if tabbed:
                self.tabs.addTab(panel, title)
            else:
                self.side_layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignTop)
                panel.show()  # a tab that was not current left it hidden
        self.side_layout.addStretch(1)
        self.side.setVisible(not tabbed)
        self.tabs.setVisible(tabbed)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.arrange()


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
        self.question = _wrapping_label(
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
        self.hint = _wrapping_label(
            self.tr(
                "Type your count and press “Reveal the answer”: the count, the two formulas and the breakdown appear here."
            )
        )
        self.verdict = _wrapping_label()
        self.real = _wrapping_label()
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
