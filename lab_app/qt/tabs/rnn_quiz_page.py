"""The lecture's quiz after the LSTM section ("Quiz time!"): what RNNs bring, what LSTMs bring,
which model for handwriting recognition; predict first, then reveal, each answer linked to the
view that shows it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lab_app.qt.tabs.emb_quiz_page import ChoiceQuestion, QuestionBox, QuizPage

CONTEXT = "RnnQuiz"

# (question, choices, index of the right choice, explanation, (tab, page) that shows it)
QUESTIONS = (
    (
        QT_TRANSLATE_NOOP("RnnQuiz", "1. What do RNNs bring?"),
        (
            QT_TRANSLATE_NOOP("RnnQuiz", "More parameters for longer inputs"),
            QT_TRANSLATE_NOOP(
                "RnnQuiz",
                "Memory: h_t carries what came before, inputs of any length, the same weights "
                "at every step",
            ),
            QT_TRANSLATE_NOOP("RnnQuiz", "They read the whole input at once, like a bag of words"),
        ),
        1,
        QT_TRANSLATE_NOOP(
            "RnnQuiz",
            "An RNN keeps a hidden state h_t = f(h_{t-1}, x_t): it remembers, it takes input of "
            "any length, and its size does not grow with the input (the same W, U, b at every "
            "step). On the next-character task the network with memory beats the one-to-one "
            "network trained on the same data.",
        ),
        ("rnn", "one_to_one"),
    ),
    (
        QT_TRANSLATE_NOOP("RnnQuiz", "2. What do LSTMs bring over a plain RNN?"),
        (
            QT_TRANSLATE_NOOP(
                "RnnQuiz",
                "Long memory: gates and an additive cell state C_t let the gradient and the "
                "information survive many steps",
            ),
            QT_TRANSLATE_NOOP("RnnQuiz", "Faster training because they have fewer parameters"),
            QT_TRANSLATE_NOOP("RnnQuiz", "Nothing: they are an RNN with another name"),
        ),
        0,
        QT_TRANSLATE_NOOP(
            "RnnQuiz",
            "The forget, input and output gates decide what to keep, write and show; the cell "
            "state C_t is updated by addition, so the gradient does not vanish as fast. A plain "
            "RNN forgets after a few steps; an LSTM still answers after a long gap (at four "
            "times the parameters of an RNN of the same d_h).",
        ),
        ("lstm", "memory"),
    ),
    (
        QT_TRANSLATE_NOOP("RnnQuiz", "3. Which model would you use for handwriting recognition?"),
        (
            QT_TRANSLATE_NOOP("RnnQuiz", "A one-to-one network on each pixel"),
            QT_TRANSLATE_NOOP(
                "RnnQuiz",
                "A recurrent network (an LSTM) reading the pen strokes or image columns as a "
                "sequence, many to many",
            ),
            QT_TRANSLATE_NOOP("RnnQuiz", "A bag-of-words classifier"),
        ),
        1,
        QT_TRANSLATE_NOOP(
            "RnnQuiz",
            "Handwriting is a sequence: strokes or image columns in, characters out, of "
            "different lengths. An LSTM (often bidirectional) reads the whole sequence with "
            "memory; the sequence tasks of this tab (tagging, translation) have the same shape.",
        ),
        ("rnn", "translation"),
    ),
)


class RnnQuizPage(QuizPage):
    """The three questions of the lecture's RNN quiz."""

    context = CONTEXT

    def build_questions(self) -> list[QuestionBox]:
        return [ChoiceQuestion(self, *question) for question in QUESTIONS]
