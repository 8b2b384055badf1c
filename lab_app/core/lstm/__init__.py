"""LSTM core: gate recording, parameter counts and a language model trained as a generator.

Imports torch: import this package lazily (not on the window's start-up path).
"""

from lab_app.core.lstm.config import DEFAULT_PROBE, ConfigError, LstmConfig, SettingsTooLarge
from lab_app.core.lstm.data import (
    UNK,
    DataError,
    Probe,
    ProbeError,
    SequenceData,
    build_sequence_data,
    display_label,
    encode_probe,
    iter_build_sequence_data,
    simple_word_tokens,
)
from lab_app.core.lstm.gates import lecture_weights, record_gates
from lab_app.core.lstm.language_model import (
    LstmLanguageModel,
    TrainedLM,
    TrainingDiverged,
    build_model,
    train_language_model,
)
from lab_app.core.lstm.params import ParameterRow, parameter_count
from lab_app.core.lstm.snapshot import GateSnapshot, gate_saturation, take_snapshot, unit_activation

__all__ = [
    "DEFAULT_PROBE",
    "UNK",
    "ConfigError",
    "DataError",
    "GateSnapshot",
    "LstmConfig",
    "LstmLanguageModel",
    "ParameterRow",
    "Probe",
    "ProbeError",
    "SettingsTooLarge",
    "SequenceData",
    "TrainedLM",
    "TrainingDiverged",
    "build_model",
    "build_sequence_data",
    "display_label",
    "encode_probe",
    "gate_saturation",
    "iter_build_sequence_data",
    "lecture_weights",
    "parameter_count",
    "record_gates",
    "simple_word_tokens",
    "take_snapshot",
    "train_language_model",
    "unit_activation",
]
