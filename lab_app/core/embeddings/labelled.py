"""``LabelledMatrix``: a count (or weighted) matrix with the words that name its rows and columns.

Rows are words (terms); columns are documents (term-document matrix) or context words (word-word
co-occurrence matrix). The matrix is a numpy array or a scipy.sparse matrix; the functions in this
package keep it sparse when it came in sparse.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from lab_app.core.embeddings.errors import UnknownWords


def is_sparse(matrix: object) -> bool:
    """Return True for a scipy.sparse matrix or array (without importing scipy)."""
    # scipy is imported by whoever built the matrix; checking the attribute keeps start-up cheap.
    return hasattr(matrix, "tocsr") and hasattr(matrix, "nnz")


class LabelledMatrix:
    """A matrix plus its row labels (``labels``) and column labels (``columns``; by default the
    row labels for a square matrix, "0", "1", ... otherwise).

    Unpacks as ``matrix, labels = result``; ``result[0, 1]`` (a tuple key) reads the matrix,
    while an int key keeps the tuple meaning (0 → matrix, 1 → labels). Treat it as read-only:
    a cached copy with unit-length rows (for cosine neighbours) is kept once computed. Any thread
    may read it.
    """

    def __init__(self, matrix: Any, labels: Sequence[str], columns: Sequence[str] | None = None):
        labels = [str(label) for label in labels]
        if columns is None:
            # A square word-word matrix has its words as contexts; otherwise number the columns.
            square = matrix.shape[0] == matrix.shape[1]
            columns = labels if square else [str(j) for j in range(matrix.shape[1])]
        columns = [str(column) for column in columns]
        if len(labels) != matrix.shape[0] or len(columns) != matrix.shape[1]:
            raise ValueError(
                f"matrix of shape {matrix.shape} needs {matrix.shape[0]} row labels and "
                f"{matrix.shape[1]} column labels, got {len(labels)} and {len(columns)}"
            )
        self.matrix = matrix
        self.labels: list[str] = labels
        self.columns: list[str] = columns
        self._row_index: dict[str, int] | None = None
        self._column_index: dict[str, int] | None = None
        self._unit_rows: Any = None

    # -- behaves like the pair (matrix, labels) --------------------------------------------
    def __iter__(self) -> Iterator[Any]:
        yield self.matrix
        yield self.labels

    def __len__(self) -> int:
        return 2

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, tuple):
            return self.matrix[key]
        return (self.matrix, self.labels)[key]

    # -- behaves like the matrix ---------------------------------------------------------------
    @property
    def shape(self) -> tuple[int, int]:
        """(number of rows, number of columns)."""
        return tuple(self.matrix.shape)

    @property
    def sparse(self) -> bool:
        """True when the matrix is scipy.sparse."""
        return is_sparse(self.matrix)

    def toarray(self) -> np.ndarray:
        """Return the matrix as a dense numpy array (a copy when it is sparse)."""
        return self.matrix.toarray() if self.sparse else np.asarray(self.matrix)

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> np.ndarray:
        array = self.toarray()
        if dtype is not None:
            array = array.astype(dtype, copy=False)
        return array.copy() if copy else array

    def __repr__(self) -> str:
        kind = f"sparse, {self.matrix.nnz:,} non-zeros" if self.sparse else "dense"
        return f"LabelledMatrix({self.shape[0]}×{self.shape[1]}, {kind})"

    # -- by label ------------------------------------------------------------------------------
    def index(self, word: str) -> int:
        """Return the row number of ``word``; raise ``UnknownWords`` when it is not a row."""
        if self._row_index is None:
            self._row_index = {label: i for i, label in enumerate(self.labels)}
        try:
            return self._row_index[word]
        except KeyError:
            raise UnknownWords([word]) from None

    def column_index(self, column: str) -> int:
        """Return the column number of ``column``; raise ``UnknownWords`` when it is not one."""
        if self._column_index is None:
            self._column_index = {label: i for i, label in enumerate(self.columns)}
        try:
            return self._column_index[column]
        except KeyError:
            raise UnknownWords([column]) from None

    def __contains__(self, word: object) -> bool:
        try:
            self.index(word)  # type: ignore[arg-type]
        except UnknownWords:
            return False
        return True

    def row(self, word: str) -> np.ndarray:
        """Return the row of ``word`` as a dense 1-D numpy array (the word's sparse vector)."""
        i = self.index(word)
        if self.sparse:
            return self.matrix.tocsr()[[i], :].toarray().ravel()  # tocsr: no copy when CSR
        return np.asarray(self.matrix[i]).ravel().copy()

    def value(self, word: str, column: str) -> Any:
        """Return the entry at row ``word`` and column ``column`` (both labels)."""
        matrix = self.matrix.tocsr() if self.sparse else self.matrix
        return matrix[self.index(word), self.column_index(column)]

    def with_matrix(self, matrix: Any) -> LabelledMatrix:
        """Return a new LabelledMatrix with the same labels around ``matrix`` (same shape)."""
        return LabelledMatrix(matrix, self.labels, self.columns)

    def unit_rows(self) -> Any:
        """Return the matrix with each row scaled to length 1 (zero rows stay zero), cached.

        Computed once per LabelledMatrix (the matrix must not change afterwards).
        """
        if self._unit_rows is None:
            self._unit_rows = unit_rows(self.matrix)
        return self._unit_rows


def unit_rows(matrix: Any) -> Any:
    """Return ``matrix`` (dense or sparse) with every row divided by its Euclidean length.

    Rows of zeros stay zeros. Sparse in → CSR float64 out, without densifying. Any thread.
    """
    if is_sparse(matrix):
        csr = matrix.tocsr().astype(np.float64)
        squares = csr.multiply(csr).sum(axis=1)
        norms = np.sqrt(np.asarray(squares).ravel())
        scale = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
        # Scale each stored value by its row's factor: no diagonal matrix, no copy of the shape.
        csr.data *= np.repeat(scale, np.diff(csr.indptr))
        return csr
    dense = np.asarray(matrix, dtype=np.float64)
    norms = np.linalg.norm(dense, axis=1, keepdims=True)
    return np.divide(dense, norms, out=np.zeros_like(dense), where=norms > 0)
