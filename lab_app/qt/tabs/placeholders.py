"""Pages of tabs whose topic issue has not landed yet: each says what it will teach."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from lab_app.qt.tabs.base import Page


def _tr(text: str) -> str:
    return QCoreApplication.translate("Placeholder", text)


class PlaceholderPage(Page):
    """A page showing its title, what it will teach, and that it is on its way."""

    heading = ""
    body = ""

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        note = QCoreApplication.translate(
            "Placeholder",
            "This tab is being built. Meanwhile, load a corpus in the Corpus tab: every tab will use it.",
        )
        label.setText(f"<h1>{_tr(self.heading)}</h1>{_tr(self.body)}<p><i>{note}</i></p>")
        QVBoxLayout(self).addWidget(label)


class RnnPage(PlaceholderPage):
    heading = QT_TRANSLATE_NOOP("Placeholder", "Recurrent networks")
    body = QT_TRANSLATE_NOOP(
        "Placeholder",
        "<p>An RNN reads input of any length, keeps a memory h<sub>t</sub> of what it has seen, "
        "and its size does not grow with the input.</p>"
        "<table cellpadding='6'>"
        "<tr><th align='left'>Architecture</th><th align='left'>Example</th></tr>"
        "<tr><td>one to one</td><td>a traditional network</td></tr>"
        "<tr><td>one to many</td><td>text generation</td></tr>"
        "<tr><td>many to one</td><td>sentiment analysis</td></tr>"
        "<tr><td>many to many (x = y)</td><td>part-of-speech tagging</td></tr>"
        "<tr><td>many to many (x ≠ y)</td><td>machine translation</td></tr>"
        "</table>",
    )


class BertPage(PlaceholderPage):
    heading = QT_TRANSLATE_NOOP("Placeholder", "BERT")
    body = QT_TRANSLATE_NOOP(
        "Placeholder",
        "<p>Pre-train a language model on raw text, then fine-tune it with little labelled data.</p><ul>"
        "<li>WordPiece tokens; input = token + segment + position embeddings</li>"
        "<li>masked language model: predict 15% of hidden tokens</li>"
        "<li>next sentence prediction: IsNextSentence / NotNextSentence</li>"
        "<li>attention heatmaps per layer and head; fine-tuning with one extra layer</li></ul>",
    )
