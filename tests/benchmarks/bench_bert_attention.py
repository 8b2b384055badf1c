"""Benchmark: the BERT tab's attention (``lab_app.core.bert.attentions``) against a bare
transformers forward pass with ``output_attentions=True``, side by side in one run.

Model: ``BertForPreTraining(BertConfig())`` with random weights, bert-base-sized (12 layers,
12 heads, 768 hidden, 30,522 WordPiece tokens), eager attention. Input: news text from the
built-in Lee corpus cut to exactly ``--tokens`` tokens ([CLS] and [SEP] included). Each run
times the three in turn (order rotated): ``attentions`` (tokenising, the forward pass, the
(layers, heads, T, T) numpy copy), the whole model's bare forward (``model(**inputs,
output_attentions=True)``, which also computes both heads), and the encoder's bare forward
(``model.bert(...)``, the same work as ``attentions`` without tokenising and copying).
Medians of ``--runs`` runs after one warm-up. Goals: ratio ≤ 1.2 and attention_s ≤ 1 s.

    python tests/benchmarks/bench_bert_attention.py [--runs 7] [--tokens 128] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from collections import Counter

import torch
import transformers
from transformers import BertConfig, BertForPreTraining, BertTokenizerFast

from lab_app.core.bert import attentions
from lab_app.core.bert.attention import encode_for, head_lines, model_inputs
from lab_app.core.corpus import load_builtin

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def build(seed: int = 0):
    """A random bert-base BertForPreTraining and a WordPiece tokenizer over the Lee corpus's
    words (padded with unused entries to bert-base's 30,522); the news text."""
    corpus = load_builtin("lee_background")
    text = " ".join(corpus.documents)
    words = [word for word, _ in Counter(text.lower().split()).most_common()]
    letters = [chr(c) for c in range(33, 127)]
    vocab = SPECIALS + letters + [f"##{c}" for c in letters] + words
    config = BertConfig(attn_implementation="eager")
    vocab = vocab[: config.vocab_size]
    vocab += [f"[unused{i}]" for i in range(config.vocab_size - len(vocab))]
    tokenizer = BertTokenizerFast(vocab={token: i for i, token in enumerate(dict.fromkeys(vocab))})
    with torch.random.fork_rng():
        torch.manual_seed(seed)
        model = BertForPreTraining(config).eval()
    return model, tokenizer, text


def seconds(call) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``call()`` (CPU time of this process, all its threads:
    steadier than wall time when other programs share the cores)."""
    start, start_cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - start, time.process_time() - start_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)

    model, tokenizer, corpus_text = build()
    # More words than fit: cut to exactly --tokens, as the tab cuts a long input.
    text = " ".join(corpus_text.split()[: args.tokens * 2])
    encoded = encode_for(model, tokenizer, text, max_tokens=args.tokens)
    inputs = model_inputs(model, encoded)

    def ours():
        return attentions(model, tokenizer, text, max_tokens=args.tokens)

    def bare_model():
        with torch.inference_mode():
            return model(**inputs, output_attentions=True)

    def bare_encoder():
        with torch.inference_mode():
            return model.bert(**inputs, output_attentions=True)

    calls = {"attention": ours, "bare_forward": bare_model, "bare_encoder": bare_encoder}
    for call in calls.values():  # warm-up: allocator, kernels, lazy imports
        call()
    times = {name: [] for name in calls}
    cpu = {name: [] for name in calls}
    names = list(calls)
    for run in range(args.runs):
        for name in names[run % 3 :] + names[: run % 3]:  # rotate the order: no favourite
            wall, used = seconds(calls[name])
            times[name].append(wall)
            cpu[name].append(used)

    tokens, array = ours()
    lines_s = statistics.median(
        seconds(lambda: head_lines(array[5, 3], 0.02, True, tokens))[0] for _ in range(args.runs)
    )
    median = {name: statistics.median(values) for name, values in times.items()}
    median_cpu = {name: statistics.median(values) for name, values in cpu.items()}
    ratio = median["attention"] / median["bare_forward"]
    result = {
        "attention_s": round(median["attention"], 4),
        "bare_forward_s": round(median["bare_forward"], 4),
        "bare_encoder_s": round(median["bare_encoder"], 4),
        "ratio": round(ratio, 3),
        "ratio_vs_encoder": round(median["attention"] / median["bare_encoder"], 3),
        "cpu_s": {name: round(value, 4) for name, value in median_cpu.items()},
        "cpu_ratio": round(median_cpu["attention"] / median_cpu["bare_forward"], 3),
        "cpu_ratio_vs_encoder": round(median_cpu["attention"] / median_cpu["bare_encoder"], 3),
        "goal_ratio": 1.2,
        "goal_attention_s": 1.0,
        "meets_goals": ratio <= 1.2 and median["attention"] <= 1.0,
        "head_lines_s": round(lines_s, 5),
        "runs_s": {name: [round(t, 4) for t in values] for name, values in times.items()},
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "tokens": len(tokens),
        "array_shape": list(array.shape),
        "array_mb": round(array.nbytes / 2**20, 1),
        "parameters": sum(p.numel() for p in model.parameters()),
        "runs": args.runs,
        "torch_threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "machine": platform.processor() or platform.machine(),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
