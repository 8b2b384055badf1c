"""The lecture's embeddings quiz ("Quiz time!"): three questions, each predict-then-reveal.

The student answers first; the answer appears only on Reveal, with a button to the view that
shows it. The third question is also worked out for the loaded corpus.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lab_app.qt.numbers import whole
from lab_app.qt.tabs.base import Page
from lab_app.qt.widgets.form_fields import bold_label

CONTEXT = "EmbeddingQuiz"


def _tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


# (question, choices, index of the right choice, explanation, (tab, page) that shows it)
QUESTIONS = (
    (
        QT_TRANSLATE_NOOP(
            "EmbeddingQuiz", "1. What are the differences between dense and sparse vectors?"
        ),
        (
            QT_TRANSLATE_NOOP("EmbeddingQuiz", "Dense vectors are longer and mostly zeros"),
            QT_TRANSLATE_NOOP(
                "EmbeddingQuiz",
                "Sparse: long (20,000–50,000, one entry per word or document), mostly zeros. "
                "Dense: short (50–1,000), mostly non-zero",
            ),
            QT_TRANSLATE_NOOP("EmbeddingQuiz", "None: they are two names for the same thing"),
        ),
        1,
        QT_TRANSLATE_NOOP(
            "EmbeddingQuiz",
            "Sparse vectors have one entry per context (word or document): 20,000–50,000 "
            "entries, almost all zero. Dense vectors have 50–1,000 entries, mostly non-zero: fewer "
            "weights to learn, and they generalise better (car and automobile get similar "
            "vectors even if they never share a context word).",
        ),
        ("embeddings", "weighting"),
    ),
    (
        QT_TRANSLATE_NOOP("EmbeddingQuiz", "2. How are dense vectors obtained?"),
        (
            QT_TRANSLATE_NOOP(
                "EmbeddingQuiz", "By counting how often each word appears in each document"
            ),
            QT_TRANSLATE_NOOP("EmbeddingQuiz", "By one-hot encoding each word"),
            QT_TRANSLATE_NOOP(
                "EmbeddingQuiz",
                "By predicting instead of counting: word2vec trains a classifier to tell real "
                "(word, context) pairs from random ones, and keeps its weights",
            ),
        ),
        2,
        QT_TRANSLATE_NOOP(
            "EmbeddingQuiz",
            "word2vec (skip-gram): for each word w, the words c in its window are positive "
            "examples and k random words are negatives; a logistic-regression classifier learns "
            "σ(c·w), and the hidden-layer weights w are the vectors. (A truncated SVD of the PPMI "
            "matrix also gives dense vectors: the bridge from counts.)",
        ),
        ("embeddings", "word2vec"),
    ),
)
DIMENSION_QUESTION = QT_TRANSLATE_NOOP(
    "EmbeddingQuiz",
    "3. Sparse word embeddings from 1,000 documents with a vocabulary of 20,000 words: what is "
    "the dimension of a word's vector?",
)


class _ChoiceText(QLabel):
    """A choice's text that wraps (a radio button's own text never does) and selects it."""

    def __init__(self, text: str, button: QRadioButton):
        super().__init__(text)
        self.setWordWrap(True)
        self.button = button

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.button.setChecked(True)
        super().mousePressEvent(event)


def _choice_row(button: QRadioButton, text: str) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(_ChoiceText(text, button), 1)
    return row


class QuestionBox(QFrame):
    """One question: the choices (or a number field), Reveal, then the answer and a link."""

    def __init__(self, page: QuizPage, question: str, answer_text: str, target: tuple[str, str]):
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.page, self.target, self.answer_text = page, target, answer_text
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(bold_label(_tr(question, page.context)))
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.hide()
        self.reveal_button = QPushButton(
            QCoreApplication.translate("EmbeddingQuiz", "Reveal the answer")
        )
        self.reveal_button.clicked.connect(self.reveal)
        self.show_button = QPushButton(QCoreApplication.translate("EmbeddingQuiz", "Show me"))
        self.show_button.setToolTip(
            QCoreApplication.translate("EmbeddingQuiz", "Open the view that shows it")
        )
        self.show_button.clicked.connect(lambda: page.go_to(*target))
        self.show_button.hide()
        self.revealed = False

    def finish_layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.reveal_button)
        row.addWidget(self.show_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.answer)

    def verdict(self) -> str:
        return ""

    def answer_state(self) -> object:
        return None

    def set_answer_state(self, value: object) -> None:
        pass

    def reveal(self) -> None:
        self.revealed = True
        verdict = self.verdict()
        self.answer.setText((f"<b>{verdict}</b> " if verdict else "") + self.answer_text)
        self.answer.show()
        self.show_button.show()


class ChoiceQuestion(QuestionBox):
    def __init__(self, page, question, choices, right, explanation, target):
        super().__init__(page, question, _tr(explanation, page.context), target)
        self.right = right
        self.group = QButtonGroup(self)
        for index, choice in enumerate(choices):
            button = QRadioButton()
            self.group.addButton(button, index)
            self.layout_.addWidget(_choice_row(button, _tr(choice, page.context)))
        self.finish_layout()

    def answer_state(self) -> object:
        return self.group.checkedId()

    def set_answer_state(self, value: object) -> None:
        button = self.group.button(int(value)) if isinstance(value, int) and value >= 0 else None
        if button is not None:
            button.setChecked(True)

    def verdict(self) -> str:
        chosen = self.group.checkedId()
        if chosen < 0:
            return QCoreApplication.translate("EmbeddingQuiz", "Answer:")
        return (
            QCoreApplication.translate("EmbeddingQuiz", "Right.")
            if chosen == self.right
            else QCoreApplication.translate("EmbeddingQuiz", "Not quite.")
        )


class DimensionQuestion(QuestionBox):
    def __init__(self, page):
        super().__init__(page, DIMENSION_QUESTION, "", ("embeddings", "weighting"))
        self.guess = QLineEdit()
        self.guess.setPlaceholderText(QCoreApplication.translate("EmbeddingQuiz", "your answer"))
        self.guess.setMaxLength(20)
        self.guess.returnPressed.connect(self.reveal)
        self.layout_.addWidget(self.guess)
        self.finish_layout()

    def answer_state(self) -> object:
        return self.guess.text()

    def set_answer_state(self, value: object) -> None:
        self.guess.setText(str(value or ""))

    def verdict(self) -> str:
        digits = "".join(ch for ch in self.guess.text() if ch.isdigit())
        if not digits:
            return QCoreApplication.translate("EmbeddingQuiz", "Answer:")
        return (
            QCoreApplication.translate("EmbeddingQuiz", "Right.")
            if int(digits) in (1000, 20000)
            else QCoreApplication.translate("EmbeddingQuiz", "Not quite.")
        )

    def reveal(self) -> None:
        self.answer_text = (
            QCoreApplication.translate(
                "EmbeddingQuiz",
                "It depends on the matrix. From the term-document matrix a word's vector has one "
                "entry per document: <b>1,000</b>. From the word-word (co-occurrence) matrix it has one "
                "entry per vocabulary word: <b>20,000</b>.",
            )
            + self.page.loaded_corpus_text()
        )
        super().reveal()


class QuizPage(Page):
    """The three questions in a scrolling column."""

    context = CONTEXT  # the translation context of the questions

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(state, parent)
        self.questions = self.build_questions()
        column = QWidget()
        box = QVBoxLayout(column)
        box.addWidget(
            bold_label(
                QCoreApplication.translate("EmbeddingQuiz", "Quiz time! Answer first, then reveal.")
            )
        )
        for question in self.questions:
            box.addWidget(question)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def build_questions(self) -> list[QuestionBox]:
        """The page's questions, in order."""
        return [*(ChoiceQuestion(self, *q) for q in QUESTIONS), DimensionQuestion(self)]

    def loaded_corpus_text(self) -> str:
        corpus = self.state.corpus
        if corpus is None:
            return ""
        stats = corpus.stats()
        return " " + QCoreApplication.translate(
            "EmbeddingQuiz",
            "For the loaded corpus: %1 documents → term-document vectors of dimension %1; "
            "%2 word types → word-word vectors of dimension %2.",
        ).replace("%1", whole(stats["documents"])).replace("%2", whole(stats["types"]))

    def go_to(self, tab: str, page: str) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page(tab, page)

    def session(self) -> dict:
        return {
            "answers": [q.answer_state() for q in self.questions],
            "revealed": [q.revealed for q in self.questions],
        }

    def restore(self, session: dict) -> None:
        for question, answer in zip(self.questions, session.get("answers", ())):
            question.set_answer_state(answer)
        for question, revealed in zip(self.questions, session.get("revealed", ())):
            if revealed:
                question.reveal()
