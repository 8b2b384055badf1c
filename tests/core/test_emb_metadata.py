"""Colouring a map by the corpus's labels."""

from __future__ import annotations

from lab_app.core.corpus import Corpus
from lab_app.core.embeddings.metadata import NO_LABEL, label_of_words
from lab_app.core.events import drain


def test_each_word_takes_the_label_where_it_is_relatively_most_frequent():
    corpus = Corpus(
        "tiny",
        ["good good fine plot", "bad plot", "bad awful plot plot plot plot"],
        labels=["pos", "neg", "neg"],
    )
    # pos: 4 tokens (plot 1/4); neg: 8 tokens (plot 5/8): plot is relatively more negative.
    found = drain(label_of_words(corpus, ["good", "bad", "plot", "fine", "absent"]))
    assert found == ("pos", "neg", "neg", "pos", NO_LABEL)


def test_a_large_class_does_not_win_every_word():
    corpus = Corpus("skewed", ["common rare"] + ["common other"] * 9, labels=["a"] + ["b"] * 9)
    # "common": a 1/2, b 9/18 (tie), "rare" only in a; b is nine times larger.
    found = drain(label_of_words(corpus, ["rare", "other"]))
    assert found == ("a", "b")
