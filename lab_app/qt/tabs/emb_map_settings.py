"""The Map page's settings column: method, words, method parameters, axes by word pairs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lab_app.core.embeddings.umap_map import umap_available
from lab_app.qt.widgets.form_fields import spin_box


def _word(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setMaxLength(60)
    return field


class MapSettings(QWidget):
    """Method and parameters; ``method()`` is pca, tsne, umap or pairs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.method_box = QComboBox()
        self.method_box.addItem(self.tr("PCA"), "pca")
        self.method_box.addItem(self.tr("t-SNE"), "tsne")
        self.method_box.addItem(self.tr("UMAP"), "umap")
        self.method_box.addItem(self.tr("Two word pairs"), "pairs")
        self.method_box.setToolTip(
            self.tr(
                "<b>PCA</b>: the two directions of largest variance; distances are linear, "
                "fast.<br><b>t-SNE</b>: keeps each word's close neighbours close; distances "
                "between clusters mean little. Watch it form.<br><b>UMAP</b>: like t-SNE, keeps "
                "more of the global shape; its first run compiles code (cached "
                "afterwards).<br><b>Two word pairs</b>: x = the direction a → b, y = c → d "
                "(word2viz)."
            )
        )
        if not umap_available():
            self._disable_umap()
        self.count = spin_box(
            50, 100_000, 2000, self.tr("How many of the most frequent words to place"), 500
        )
        self.perplexity = QDoubleSpinBox()
        self.perplexity.setRange(2.0, 100.0)
        self.perplexity.setValue(30.0)
        self.perplexity.setToolTip(
            self.tr("t-SNE's perplexity: about how many neighbours each word keeps close")
        )
        self.neighbours = spin_box(
            2, 200, 15, self.tr("UMAP's n_neighbors: small = local detail, large = global shape")
        )
        self.colour = QComboBox()
        self.colour.addItem(self.tr("One colour"), "none")
        self.colour.addItem(self.tr("k-means clusters"), "clusters")
        self.colour.addItem(self.tr("Corpus label"), "label")
        self.colour.setToolTip(
            self.tr(
                "<b>k-means clusters</b> of the vectors (cosine), in the full space.<br><b>Corpus "
                "label</b>: the label (a CSV's label column, e.g. the film reviews' pos/neg) of "
                "the documents where the word is relatively most frequent."
            )
        )
        self.clusters = spin_box(2, 12, 6, self.tr("How many k-means clusters"))
        self.labels = spin_box(
            0, 300, 40, self.tr("Show the words of the N most frequent points"), 10
        )
        self.x_from, self.x_to = _word("man"), _word("woman")
        self.y_from, self.y_to = _word("small"), _word("big")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a word"))
        self.search.setMaxLength(60)
        self.search.setToolTip(self.tr("Highlight and centre a word, and list its neighbours"))
        self._layout()
        self.method_box.currentIndexChanged.connect(self._show_parameters)
        self.colour.currentIndexChanged.connect(self._show_parameters)
        self._show_parameters()

    def _disable_umap(self) -> None:
        """The installers leave umap-learn out (numba's compiler is 160 MB): the entry stays,
        greyed, and says why, so the map's three methods are still the lecture's."""
        item = self.method_box.model().item(self.method_box.findData("umap"))
        item.setEnabled(False)
        item.setText(self.tr("UMAP (not installed)"))
        item.setToolTip(
            self.tr(
                "UMAP needs numba, which the installers leave out for their size. t-SNE draws "
                "the same kind of map; to use UMAP, install the lab with pip (see the README)."
            )
        )

    def _layout(self) -> None:
        box = QGroupBox(self.tr("2-D map"))
        form = QFormLayout(box)
        form.addRow(self.tr("Method"), self.method_box)
        form.addRow(self.tr("Words"), self.count)
        form.addRow(self.tr("Perplexity"), self.perplexity)
        form.addRow(self.tr("Neighbours"), self.neighbours)
        self.pairs_label = QLabel(self.tr("Axes: x = a → b, y = c → d"))
        self.pairs_label.setWordWrap(True)
        form.addRow(self.pairs_label)
        form.addRow(self.tr("x: a"), self.x_from)
        form.addRow(self.tr("x: b"), self.x_to)
        form.addRow(self.tr("y: c"), self.y_from)
        form.addRow(self.tr("y: d"), self.y_to)
        form.addRow(self.tr("Colour"), self.colour)
        form.addRow(self.tr("Clusters"), self.clusters)
        form.addRow(self.tr("Labels"), self.labels)
        form.addRow(self.search)
        self.form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addStretch(1)

    def method(self) -> str:
        return str(self.method_box.currentData())

    def _show_parameters(self) -> None:
        method = self.method()
        visible = {
            self.perplexity: method == "tsne",
            self.neighbours: method == "umap",
            self.x_from: method == "pairs",
            self.x_to: method == "pairs",
            self.y_from: method == "pairs",
            self.y_to: method == "pairs",
        }
        for field, shown in visible.items():
            self.form.setRowVisible(field, shown)
        self.form.setRowVisible(self.pairs_label, method == "pairs")
        self.form.setRowVisible(self.clusters, self.colour.currentData() == "clusters")

    def pairs(self) -> tuple[tuple[str, str], tuple[str, str]]:
        def text(field: QLineEdit) -> str:
            return field.text().strip() or field.placeholderText()

        return (text(self.x_from), text(self.x_to)), (text(self.y_from), text(self.y_to))

    def fields(self) -> dict[str, QWidget]:
        return {
            "method": self.method_box,
            "count": self.count,
            "perplexity": self.perplexity,
            "neighbours": self.neighbours,
            "colour": self.colour,
            "clusters": self.clusters,
            "labels": self.labels,
            "x_from": self.x_from,
            "x_to": self.x_to,
            "y_from": self.y_from,
            "y_to": self.y_to,
        }
