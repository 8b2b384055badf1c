"""Train a char- or word-level LSTM language model as a generator (ARCHITECTURE.md pattern).

The model is Embedding (d_x) → fused ``nn.LSTM`` (d_h, batch_first) → Linear to the vocabulary.
Training always runs the fused module; the lecture's step-by-step equations are replayed only
on the short probe sentence, and only when a snapshot is due, so watching costs little.
"""

from __future__ import annotations

import math
from collections.abc import Generator
from dataclasses import dataclass, field

import torch
from torch import nn

from lab_app.core.events import Metrics, Notice, Progress
from lab_app.core.lstm.config import LstmConfig
from lab_app.core.lstm.data import Probe, ProbeError, SequenceData
from lab_app.core.lstm.snapshot import GateSnapshot, take_snapshot
from lab_app.core.messages import QT_TRANSLATE_NOOP, say
from lab_app.core.pacing import Pacer
from lab_app.core.seeding import generator, seeded

EVENT_SECONDS = 0.05
# A loss this many times the uniform guess log(V) means the weights blew up even if finite.
EXPLODED_FACTOR = 10.0


class LstmLanguageModel(nn.Module):
    """Embedding → nn.LSTM(batch_first=True) → Linear: next-unit logits at every step."""

    def __init__(self, vocab_size: int, embedding_dim: int, hidden_size: int):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_size, batch_first=True)
        self.head = nn.Linear(hidden_size, vocab_size)

    def forward(
        self, ids: torch.Tensor, state: tuple[torch.Tensor, torch.Tensor] | None = None
    ) -> tuple[torch.Tensor, tuple[torch.Tensor, torch.Tensor]]:
        """Return (logits (batch, time, V), (h_n, C_n)) for ids (batch, time)."""
        hidden, state = self.lstm(self.embedding(ids), state)
        return self.head(hidden), state


@dataclass
class TrainedLM:
    """A trained language model with its data, settings and loss history (step, train loss).

    Use it from one thread at a time (the GUI thread once the worker has returned it).
    """

    model: LstmLanguageModel
    data: SequenceData
    config: LstmConfig
    steps: int
    history: list[tuple[int, float]] = field(default_factory=list)

    def snapshot(self, probe: Probe) -> GateSnapshot:
        """Return the gates on another probe with the final weights (numpy copies); ProbeError
        when the probe was encoded with another vocabulary."""
        if not probe.encoded_with(self.data.vocab):
            text = QT_TRANSLATE_NOOP(
                "core", "The probe was encoded with another vocabulary: use encode_probe(data, …)."
            )
            raise ProbeError(say(text))
        return take_snapshot(self.model.lstm, self.model.embedding, probe, self.steps)

    def generate(
        self, prompt: str, n: int = 200, temperature: float = 0.8, seed: int | None = None
    ) -> str:
        """Sample ``n`` units after ``prompt``; return only the new text.

        Lower temperature (> 0) gives safer, more repetitive text. Characters are joined
        directly, words with spaces. Unknown prompt units are read as ``<unk>``.
        """
        if not temperature > 0:
            text = QT_TRANSLATE_NOOP("core", "temperature must be > 0, got {temperature}")
            raise ValueError(say(text, temperature=temperature))
        sampler = generator(self.config.seed if seed is None else seed)
        ids, _ = self.data.encode(prompt)
        if len(ids) == 0:
            ids = torch.zeros(1, dtype=torch.long)
        sampled: list[int] = []
        with torch.no_grad():
            logits, state = self.model(ids.unsqueeze(0))
            for _ in range(n):
                probs = torch.softmax(logits[0, -1] / temperature, dim=-1)
                next_id = int(torch.multinomial(probs, 1, generator=sampler))
                sampled.append(next_id)
                logits, state = self.model(torch.tensor([[next_id]]), state)
        joiner = "" if self.data.level == "char" else " "
        return joiner.join(self.data.decode(sampled))


class TrainingDiverged(RuntimeError):
    """The loss became non-finite or exploded; ``last_good`` holds the last good weights.

    ``step`` and ``loss`` say where it happened; ``last_good`` is a TrainedLM whose model has
    the weights of the last checkpoint with a finite loss; ``model_state`` is their state_dict.
    """

    def __init__(self, step: int, loss: float, last_good: TrainedLM):
        self.step = step
        self.loss = loss
        self.last_good = last_good
        self.model_state = last_good.model.state_dict()
        text = QT_TRANSLATE_NOOP(
            "core",
            "Training diverged at step {step}: loss = {loss}. Try a lower learning rate or turn "
            "on gradient clipping. The weights from step {good} are kept.",
        )
        super().__init__(say(text, step=step, loss=loss, good=last_good.steps))


def build_model(cfg: LstmConfig, vocab_size: int) -> LstmLanguageModel:
    """Return a fresh model whose weights come from ``cfg.seed`` alone: the same seed gives
    the same weights on any thread, even while other models are being built."""
    with seeded(cfg.seed):
        return LstmLanguageModel(vocab_size, cfg.embedding_dim, cfg.hidden_size)


def train_language_model(
    cfg: LstmConfig, data: SequenceData, probe: Probe, *, should_record: bool = True
) -> Generator[Metrics | Progress | GateSnapshot | Notice, Probe | None, TrainedLM]:
    """Train the language model; yield events while training; return a TrainedLM.

    Yields, at most every 0.05 s: ``Metrics(step, {"train": mean loss since the previous
    Metrics})``, adding ``"validation"`` (loss on a fixed small validation batch) every
    ``cfg.validation_every_s``; ``Progress(step, max_steps, "steps")``; and, when
    ``should_record``, a ``GateSnapshot`` of the probe at step 0 and then every
    ``cfg.snapshot_every_s``. The last step always yields all of them. Sending a new Probe
    (``encode_probe`` on the same data) into the generator switches the probe from the next
    snapshot on. Raises TrainingDiverged when the loss is non-finite or above 10·log(V); the
    weights are checkpointed whenever a validation or snapshot is due. Raises TooLarge, before
    building anything, when a step would be too slow or the run too big for the free memory.
    Runs on a worker thread; every event holds copies only.
    """
    if not probe.encoded_with(data.vocab):
        text = QT_TRANSLATE_NOOP(
            "core", "The probe was encoded with another vocabulary: use encode_probe(data, …)."
        )
        raise ProbeError(say(text))
    cfg.check_budget(data.vocab_size)
    model = build_model(cfg, data.vocab_size)
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg.learning_rate)
    batches = data.batches(cfg.batch_size, generator(cfg.seed))
    validation = data.validation_batch()
    exploded = EXPLODED_FACTOR * math.log(data.vocab_size)
    event_pace, snapshot_pace = Pacer(EVENT_SECONDS), Pacer(cfg.snapshot_every_s)
    validation_pace = Pacer(cfg.validation_every_s)
    history: list[tuple[int, float]] = []
    recent: list[float] = []
    good_state, good_steps = _state_copy(model), 0
    if should_record:
        snapshot_pace.due()
        probe = yield from _send(take_snapshot(model.lstm, model.embedding, probe, 0), probe)
    for step in range(1, cfg.max_steps + 1):
        inputs, targets = next(batches)
        loss = _loss(model, inputs, targets)
        value = loss.item()
        if not math.isfinite(value) or value > exploded:
            raise _diverged(cfg, data, step, value, good_state, history[:good_steps])
        last = step == cfg.max_steps
        tick = event_pace.due() or last
        # Checkpoints follow the validation pace even when there is no validation split.
        checkpoint = tick and (validation_pace.due() or last)
        validate = checkpoint and validation is not None
        record = tick and should_record and (snapshot_pace.due() or last)
        if checkpoint or record:
            # The weights before this step's update just gave a finite loss: keep them.
            good_state, good_steps = _state_copy(model), step - 1
        _update(model, optimizer, loss, cfg.clip)
        history.append((step, value))
        recent.append(value)
        if not tick:
            continue
        values = {"train": sum(recent) / len(recent)}
        recent.clear()
        if validate:
            values["validation"] = _validation_loss(model, validation)
        probe = yield from _send(Metrics(step=step, values=values), probe)
        probe = yield from _send(Progress(done=step, total=cfg.max_steps, unit="steps"), probe)
        if record:
            snapshot = take_snapshot(model.lstm, model.embedding, probe, step)
            probe = yield from _send(snapshot, probe)
    return TrainedLM(model, data, cfg, cfg.max_steps, history)


def _send(event, probe: Probe) -> Generator:
    """Yield one event; return the probe to use next (a new one if the driver sent it)."""
    received = yield event
    if not isinstance(received, Probe):
        return probe
    if not received.encoded_with(probe.vocab):
        text = QT_TRANSLATE_NOOP(
            "core", "The new probe was encoded with another vocabulary; keeping the old one."
        )
        yield Notice(say(text))
        return probe
    return received


def _diverged(
    cfg: LstmConfig,
    data: SequenceData,
    step: int,
    loss: float,
    good_state: dict[str, torch.Tensor],
    good_history: list[tuple[int, float]],
) -> TrainingDiverged:
    """Return the exception to raise, carrying a TrainedLM rebuilt with the last good weights."""
    model = build_model(cfg, data.vocab_size)  # seeded: leaves others' random draws alone
    model.load_state_dict(good_state)
    return TrainingDiverged(
        step, loss, TrainedLM(model, data, cfg, len(good_history), good_history)
    )


def _loss(model: LstmLanguageModel, inputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    logits, _ = model(inputs)
    return nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))


def _update(model: nn.Module, optimizer: torch.optim.Optimizer, loss: torch.Tensor, clip: float):
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    if clip > 0:
        nn.utils.clip_grad_norm_(model.parameters(), clip)
    optimizer.step()


def _validation_loss(model: LstmLanguageModel, batch: tuple[torch.Tensor, torch.Tensor]) -> float:
    with torch.no_grad():
        return _loss(model, *batch).item()


def _state_copy(model: nn.Module) -> dict[str, torch.Tensor]:
    return {name: value.detach().clone() for name, value in model.state_dict().items()}
