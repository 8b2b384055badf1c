"""The RNN tab's five tasks, one per architecture of the lecture (§1), by key.

Each value has ``prepare(source, seed)``, a ``train(config, data)`` generator for a worker
thread (yields Progress, TaskMetrics and HiddenSnapshot events; returns a TrainedTask) and
``evaluate(trained, data) -> dict`` with the task's metric beside its baseline.
"""

from lab_app.core.rnn.tasks.base import HiddenSnapshot, TaskConfig, TaskMetrics, TrainedTask
from lab_app.core.rnn.tasks.one_to_many import ONE_TO_MANY
from lab_app.core.rnn.tasks.one_to_one import ONE_TO_ONE
from lab_app.core.rnn.tasks.sentiment import MANY_TO_ONE
from lab_app.core.rnn.tasks.seq2seq import SEQ2SEQ
from lab_app.core.rnn.tasks.tagging import MANY_TO_MANY_ALIGNED

TASKS = {
    "one_to_one": ONE_TO_ONE,
    "one_to_many": ONE_TO_MANY,
    "many_to_one": MANY_TO_ONE,
    "many_to_many_aligned": MANY_TO_MANY_ALIGNED,
    "many_to_many_seq2seq": SEQ2SEQ,
}

__all__ = ["TASKS", "HiddenSnapshot", "TaskConfig", "TaskMetrics", "TrainedTask"]
