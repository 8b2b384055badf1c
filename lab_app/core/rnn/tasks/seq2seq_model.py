"""Encoder-decoder with attention: the many-to-many (x ≠ y) architecture (LECTURE.md §1).

The encoder (RNN, GRU or LSTM) reads the source words into states h_1..h_n; the decoder, of
the same cell, starts from the encoder's last state and writes one character per step. At
each decoder step t, with decoder state s_t, attention weighs every encoder state:

    e_tj = v·tanh(W_s s_t + W_h h_j)   ("additive", Bahdanau's score)   or   e_tj = s_t·h_j ("dot")
    a_tj = softmax_j(e_tj)      c_t = Σ_j a_tj h_j      ŷ_t = softmax(W_o tanh(W_c [s_t; c_t]))

The weights are taken from the current state s_t (Luong's placement, for both scores) rather
than from s_{t−1} (Bahdanau's): then the decoder's recurrence does not depend on attention, so
teacher forcing runs as one fused pass over the whole target, and greedy decoding is the same
computation one step at a time.
"""

from __future__ import annotations

import torch
from torch import nn

from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.rnn.models import make_recurrent

ATTENTIONS = ("additive", "dot")


def check_attention(kind: str) -> None:
    """Raise ValueError (a translatable message) unless ``kind`` is one of ATTENTIONS."""
    if kind not in ATTENTIONS:
        text = QT_TRANSLATE_NOOP("core", "attention must be one of {kinds}; got {kind}")
        raise ValueError(say(text, kinds=", ".join(ATTENTIONS), kind=repr(kind)))


class Seq2SeqModel(nn.Module):
    """Word-level encoder, character-level decoder, attention between them."""

    def __init__(
        self,
        cell: str,
        source_size: int,
        target_size: int,
        embedding_dim: int = 32,
        hidden_size: int = 64,
        attention: str = "additive",
    ):
        super().__init__()
        check_attention(attention)
        self.cell, self.attention = cell, attention
        # Everything the cells share is drawn first, so one seed gives every cell the same
        # embeddings, attention and head (the recurrent layers differ in size per cell).
        self.source_embedding = nn.Embedding(source_size, embedding_dim, padding_idx=0)
        self.target_embedding = nn.Embedding(target_size, embedding_dim, padding_idx=0)
        self.score_state = nn.Linear(hidden_size, hidden_size, bias=False)
        self.score_source = nn.Linear(hidden_size, hidden_size)
        self.score_vector = nn.Linear(hidden_size, 1, bias=False)
        self.combine = nn.Linear(2 * hidden_size, hidden_size)
        self.head = nn.Linear(hidden_size, target_size)
        self.encoder = make_recurrent(cell, embedding_dim, hidden_size)
        self.decoder = make_recurrent(cell, embedding_dim, hidden_size)

    def encode(self, source: torch.Tensor, lengths: torch.Tensor):
        """Return (encoder states (B, T, d_h), zeros past each length; the final state).

        Packed, so the final state is each sequence's own last step, not a padding step.
        """
        packed = nn.utils.rnn.pack_padded_sequence(
            self.source_embedding(source), lengths.cpu(), batch_first=True, enforce_sorted=False
        )
        out, state = self.encoder(packed)
        states, _ = nn.utils.rnn.pad_packed_sequence(
            out, batch_first=True, total_length=source.shape[1]
        )
        return states, state

    def attend(self, decoder_states: torch.Tensor, encoder_states: torch.Tensor, mask):
        """Return (logits (B, Td, V), attention a_tj (B, Td, Te)) for decoder states s_t."""
        if self.attention == "dot":
            scores = decoder_states @ encoder_states.transpose(1, 2)
        else:
            keys = self.score_source(encoder_states)[:, None]  # (B, 1, Te, d_h)
            query = self.score_state(decoder_states)[:, :, None]  # (B, Td, 1, d_h)
            scores = self.score_vector(torch.tanh(query + keys)).squeeze(-1)
        scores = scores.masked_fill(~mask[:, None, :], float("-inf"))
        weights = torch.softmax(scores, dim=-1)
        context = weights @ encoder_states
        attended = torch.tanh(self.combine(torch.cat([decoder_states, context], dim=-1)))
        return self.head(attended), weights

    def forward(self, source, lengths, decoder_input):
        """Teacher forcing: return (logits (B, Td, V), attention (B, Td, Te))."""
        encoder_states, state = self.encode(source, lengths)
        decoder_states, _ = self.decoder(self.target_embedding(decoder_input), state)
        return self.attend(decoder_states, encoder_states, _mask(source, lengths))

    def greedy(self, source, lengths, max_len: int, start: int = 1, end: int = 2):
        """Greedy decoding: return (ids (B, max_len), attention (B, max_len, Te), encoder
        states (B, Te, d_h)). Each step feeds back its own argmax; a sequence's ids after its
        first ``end`` are meaningless. Call under ``torch.no_grad()``."""
        encoder_states, state = self.encode(source, lengths)
        mask = _mask(source, lengths)
        token = torch.full((source.shape[0], 1), start, dtype=torch.long)
        ids, weights = [], []
        for _ in range(max_len):
            decoder_state, state = self.decoder(self.target_embedding(token), state)
            logits, attention = self.attend(decoder_state, encoder_states, mask)
            token = logits.argmax(dim=-1)
            ids.append(token)
            weights.append(attention)
            if bool((torch.cat(ids, dim=1) == end).any(dim=1).all()):
                break
        return torch.cat(ids, dim=1), torch.cat(weights, dim=1), encoder_states


def _mask(source: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
    """True at the real (not padding) source positions, (B, T)."""
    return torch.arange(source.shape[1])[None, :] < lengths[:, None]
