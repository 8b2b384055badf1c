"""RNN / GRU / LSTM models, the gradient-through-time probe and the long-memory task.

Imports torch: import this package lazily (not on the window's start-up path).
"""

from lab_app.core.rnn.gradients import (
    GradientConfig,
    GradientProfile,
    compare_gradients,
    gradient_through_time,
    iter_gradient_through_time,
)
from lab_app.core.rnn.memory import (
    MemoryResult,
    long_memory_batch,
    long_memory_sweep,
    make_memory_model,
    memory_shape,
    memory_vocab_size,
)
from lab_app.core.rnn.models import (
    CELL_NAMES,
    CELLS,
    RecurrentClassifier,
    RecurrentLM,
    init_forget_gate,
    make_recurrent,
)

__all__ = [
    "CELLS",
    "CELL_NAMES",
    "GradientConfig",
    "GradientProfile",
    "MemoryResult",
    "RecurrentClassifier",
    "RecurrentLM",
    "compare_gradients",
    "gradient_through_time",
    "iter_gradient_through_time",
    "long_memory_batch",
    "long_memory_sweep",
    "make_memory_model",
    "memory_shape",
    "init_forget_gate",
    "make_recurrent",
    "memory_vocab_size",
]
