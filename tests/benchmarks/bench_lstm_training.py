"""Benchmark: LSTM language-model training with gate recording vs without; fused vs hand cell.

Prints JSON. Goal: sequences/s with recording (should_record=True, snapshots at the config's
pace) ≥ 0.9 × without. For reference, the fused nn.LSTM against a hand-written cell loop (the
lecture's equations in Python, autograd through them), which is why training never uses it.

    python tests/benchmarks/bench_lstm_training.py [--steps 150] [--runs 7] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time

import torch
from torch import nn

from lab_app.core.lstm import (
    LstmConfig,
    build_sequence_data,
    encode_probe,
    language_model,
    train_language_model,
)

PARAGRAPH = (
    "En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho tiempo que "
    "vivía un hidalgo de los de lanza en astillero, adarga antigua, rocín flaco y galgo "
    "corredor. Una olla de algo más vaca que carnero, salpicón las más noches, duelos y "
    "quebrantos los sábados, lentejas los viernes, algún palomino de añadidura los domingos, "
    "consumían las tres partes de su hacienda.\n"
)


class SnapshotTimer:
    """Wrap the training loop's ``take_snapshot`` to add up the seconds spent recording."""

    def __init__(self):
        self.seconds = 0.0
        self._take_snapshot = language_model.take_snapshot

    def __call__(self, *args):
        start = time.perf_counter()
        try:
            return self._take_snapshot(*args)
        finally:
            self.seconds += time.perf_counter() - start


def sequences_per_second(cfg: LstmConfig, data, probe, should_record: bool) -> dict:
    """Run training to the end; return sequences per wall and CPU second, snapshots, share."""
    timer = language_model.take_snapshot = SnapshotTimer()
    snapshots = 0
    start, start_cpu = time.perf_counter(), time.process_time()
    try:
        for event in train_language_model(cfg, data, probe, should_record=should_record):
            snapshots += type(event).__name__ == "GateSnapshot"
    finally:
        language_model.take_snapshot = timer._take_snapshot
    wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    sequences = cfg.max_steps * cfg.batch_size
    return {
        "wall": sequences / wall,
        "cpu": sequences / cpu,
        "snapshots": snapshots,
        "recording_share": timer.seconds / wall,
    }


class HandWrittenLstm(nn.Module):
    """The lecture's equations step by step in Python (same sizes and packing as nn.LSTM)."""

    def __init__(self, vocab_size: int, d_x: int, d_h: int):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, d_x)
        self.weight = nn.Parameter(torch.randn(4 * d_h, d_h + d_x) * d_h**-0.5)
        self.bias = nn.Parameter(torch.zeros(4 * d_h))
        self.head = nn.Linear(d_h, vocab_size)
        self.d_h = d_h

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        x = self.embedding(ids)
        h = c = torch.zeros(ids.shape[0], self.d_h)
        outputs = []
        for t in range(ids.shape[1]):
            z = torch.cat([h, x[:, t]], dim=1) @ self.weight.T + self.bias
            zf, zi, zg, zo = z.chunk(4, dim=1)
            c = torch.sigmoid(zf) * c + torch.sigmoid(zi) * torch.tanh(zg)
            h = torch.sigmoid(zo) * torch.tanh(c)
            outputs.append(h)
        return self.head(torch.stack(outputs, dim=1))


class FusedLstm(nn.Module):
    def __init__(self, vocab_size: int, d_x: int, d_h: int):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, d_x)
        self.lstm = nn.LSTM(d_x, d_h, batch_first=True)
        self.head = nn.Linear(d_h, vocab_size)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.head(self.lstm(self.embedding(ids))[0])


def loop_sequences_per_second(model: nn.Module, cfg: LstmConfig, data, steps: int) -> float:
    """A bare training loop (no events) for ``steps`` steps; return sequences/s."""
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg.learning_rate)
    batches = data.batches(cfg.batch_size, torch.Generator().manual_seed(0))
    start = time.perf_counter()
    for _ in range(steps):
        inputs, targets = next(batches)
        logits = model(inputs)
        loss = nn.functional.cross_entropy(
            logits.reshape(-1, logits.shape[-1]), targets.reshape(-1)
        )
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return steps * cfg.batch_size / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=150)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (0: torch default)")
    args = parser.parse_args()
    if args.threads:
        # One thread by default: on a shared 2-core machine, two intra-op threads that lose
        # their core to another process stall each other and swamp the effect measured here.
        torch.set_num_threads(args.threads)
    cfg = LstmConfig(max_steps=args.steps)
    data = build_sequence_data(PARAGRAPH * 40, "char", cfg.seq_len, cfg.validation_fraction)
    probe = encode_probe(data, cfg.probe)
    sequences_per_second(LstmConfig(max_steps=10), data, probe, True)  # warm-up
    runs: dict[bool, list[dict]] = {True: [], False: []}
    for run in range(args.runs):
        # ABBA order, so that slow drift and a neighbour's load hit both sides alike.
        for should_record in (True, False) if run % 2 == 0 else (False, True):
            runs[should_record].append(sequences_per_second(cfg, data, probe, should_record))
    median = {
        (record, key): statistics.median(r[key] for r in runs[record])
        for record in (True, False)
        for key in ("wall", "cpu", "recording_share")
    }
    loop_steps = max(10, args.steps // 4)
    vocab, d_x, d_h = data.vocab_size, cfg.embedding_dim, cfg.hidden_size
    fused = [
        loop_sequences_per_second(FusedLstm(vocab, d_x, d_h), cfg, data, loop_steps)
        for _ in range(3)
    ]
    hand = [
        loop_sequences_per_second(HandWrittenLstm(vocab, d_x, d_h), cfg, data, loop_steps)
        for _ in range(3)
    ]
    result = {
        "benchmark": "lstm_language_model_training",
        "config": {
            "level": cfg.level, "embedding_dim": d_x, "hidden_size": d_h, "seq_len": cfg.seq_len,
            "batch_size": cfg.batch_size, "steps": cfg.max_steps, "vocab_size": vocab,
            "snapshot_every_s": cfg.snapshot_every_s, "probe_units": len(probe),
        },
        "torch": torch.__version__, "torch_threads": torch.get_num_threads(),
        "machine": platform.processor() or platform.machine(), "runs": args.runs,
        "sequences_per_s_with_recording": round(median[True, "wall"], 1),
        "sequences_per_s_without_recording": round(median[False, "wall"], 1),
        "ratio_with_over_without": round(median[True, "wall"] / median[False, "wall"], 3),
        # Each run's ratio to the run beside it in time: steadier when the machine's speed drifts.
        "median_paired_ratio": round(
            statistics.median(
                a["wall"] / b["wall"] for a, b in zip(runs[True], runs[False], strict=True)
            ),
            3,
        ),
        "goal_ratio": 0.9,
        "cpu_ratio_with_over_without": round(median[True, "cpu"] / median[False, "cpu"], 3),
        "recording_share_of_wall_time": round(median[True, "recording_share"], 4),
        "snapshots_per_run": [r["snapshots"] for r in runs[True]],
        "all_runs_wall": {
            "with": [round(r["wall"], 1) for r in runs[True]],
            "without": [round(r["wall"], 1) for r in runs[False]],
        },
        "reference_loop_steps": loop_steps,
        "fused_nn_lstm_sequences_per_s": round(statistics.median(fused), 1),
        "hand_written_cell_sequences_per_s": round(statistics.median(hand), 1),
        "fused_speedup": round(statistics.median(fused) / statistics.median(hand), 2),
    }  # fmt: skip
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
