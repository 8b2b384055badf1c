"""NLP Visual Lab: recurrent networks, LSTM gates, embeddings and BERT for the classroom."""

__version__ = "0.1.0"
