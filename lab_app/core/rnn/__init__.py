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
    GATE_INITS,
    KEEP_GATES,
    GateInit,
    RecurrentClassifier,
    RecurrentLM,
    chrono_biases,
    init_gates,
    make_recurrent,
)
from lab_app.core.rnn.tasks import TASKS

__all__ = [
    "TASKS",
    "CELLS",
    "CELL_NAMES",
    "GATE_INITS",
    "KEEP_GATES",
    "GateInit",
    "GradientConfig",
    "GradientProfile",
    "MemoryResult",
    "RecurrentClassifier",
    "RecurrentLM",
    "chrono_biases",
    "compare_gradients",
    "gradient_through_time",
    "iter_gradient_through_time",
    "long_memory_batch",
    "long_memory_sweep",
    "make_memory_model",
    "memory_shape",
    "init_gates",
    "make_recurrent",
    "memory_vocab_size",
]
