"""Word embeddings, in the lecture's order: counts, weighting, word2vec, 2-D maps, analogies, time.

Qt-free. Heavy libraries (gensim, scipy, scikit-learn, openTSNE, umap) are imported inside the
functions that use them, never at module top level, so importing this package costs numpy only.

The public functions tests and other tabs use:

- ``term_document_matrix(docs, vocab=None)``, ``cooccurrence_matrix(tokens, window)``: counts
  as a ``LabelledMatrix`` (scipy.sparse underneath; unpacks as ``matrix, labels``);
- ``tfidf(counts)`` (rows terms, columns documents; the lecture's tf and idf),
  ``ppmi(counts, alpha=None)`` (log₂), ``cosine(u, v)``, ``nearest(matrix, word, k)``;
- ``align(base, other) -> rotation`` (orthogonal Procrustes: ``other @ R ≈ base``);
- ``load_vectors(path)`` returning a gensim ``KeyedVectors``; ``analogy(kv, a, b, c)``;
- word2vec: ``lab_app.core.embeddings.word2vec.train_word2vec`` (a generator for a worker).
"""

from lab_app.core.embeddings.alignment import align, align_2d
from lab_app.core.embeddings.analogies import analogy
from lab_app.core.embeddings.concordance import concordance, context_counts
from lab_app.core.embeddings.counts import cooccurrence_matrix, term_document_matrix
from lab_app.core.embeddings.dense import sparse_dimension, truncated_svd
from lab_app.core.embeddings.errors import EmbeddingError, UnknownWords
from lab_app.core.embeddings.labelled import LabelledMatrix
from lab_app.core.embeddings.similarity import cosine, nearest
from lab_app.core.embeddings.vectors_io import load_vectors
from lab_app.core.embeddings.weighting import ppmi, tfidf

__all__ = [
    "EmbeddingError",
    "LabelledMatrix",
    "UnknownWords",
    "align",
    "align_2d",
    "analogy",
    "concordance",
    "context_counts",
    "cooccurrence_matrix",
    "cosine",
    "load_vectors",
    "nearest",
    "ppmi",
    "sparse_dimension",
    "term_document_matrix",
    "tfidf",
    "truncated_svd",
]
