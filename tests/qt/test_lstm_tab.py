"""The LSTM tab: live gates, equations, probe, divergence, bad settings, the other pages."""

from __future__ import annotations

import numpy as np
import pytest


@pytest.fixture
def lstm_tab(window, qtbot):
    window.show()
    return window.show_tab("lstm")


@pytest.fixture
def small_settings(lstm_tab):
    settings = lstm_tab.page("gates").settings
    settings.d_x.setValue(8)
    settings.d_h.setValue(12)
    settings.seq_len.setValue(24)
    settings.batch_size.setValue(8)
    return settings


def train(page, qtbot, steps):
    with qtbot.waitSignal(page.finished, timeout=60000):
        assert page.start(max_steps=steps)
    page.updates.flush()  # views update one per event-loop turn; take the final state now


def test_training_fills_the_six_heatmaps_and_the_equations(lstm_tab, small_settings, qtbot):
    from lab_app.qt.tabs.lstm_gate_views import GATE_VIEWS

    gates = lstm_tab.page("gates")
    train(gates, qtbot, 40)
    assert gates.trained is not None and gates.trained.steps == 40
    assert gates.snapshots and gates.snapshots[-1].step == 40
    assert "training" in gates.loss.series_names()
    probe = gates.prepared.probe
    for key, *_ in GATE_VIEWS:
        heatmap = gates.heatmaps[key]
        assert heatmap.values.shape == (12, len(probe))  # units × tokens
        assert heatmap.col_labels == list(probe.labels)
    gates.heatmaps["f"].cell_clicked.emit(3, 5)
    cell = gates.equations.cell
    snapshot = gates.snapshots[-1]
    assert cell["f"] == pytest.approx(float(snapshot.gates["f"][5, 3]))
    # The panel's numbers obey the lecture's cell update C_t = f_t * C_{t-1} + i_t * C~_t.
    assert cell["c"] == pytest.approx(cell["f"] * cell["c_prev"] + cell["i"] * cell["g"], abs=1e-5)
    assert f"{cell['f']:.2f}" in gates.equations.body.toPlainText()
    assert gates.unit.value() == 3
    assert np.allclose(gates.unit_text.values, snapshot.gates["h"][:, 3])


def test_playback_slider_shows_an_earlier_snapshot(lstm_tab, small_settings, qtbot):
    gates = lstm_tab.page("gates")
    train(gates, qtbot, 30)
    first = gates.snapshots[0]
    gates.playback.slider.setValue(0)
    assert gates.shown is first
    assert not gates.playback.follow.isChecked()
    assert np.allclose(gates.heatmaps["h"].values, first.gates["h"].T)


def test_changing_the_probe_after_training_redraws(lstm_tab, small_settings, qtbot):
    gates = lstm_tab.page("gates")
    train(gates, qtbot, 20)
    small_settings.probe.setText("la canción")
    small_settings.apply_probe.click()
    assert gates.heatmaps["h"].col_labels == list("la␣canción")


def test_unseen_probe_characters_are_reported(lstm_tab, small_settings, qtbot):
    small_settings.probe.setText("Ωmega ☃")
    train(lstm_tab.page("gates"), qtbot, 5)
    text = lstm_tab.page("gates").messages.text.text()
    assert "Ω" in text and "☃" in text


def test_empty_probe_gets_a_message(lstm_tab, small_settings, qtbot):
    small_settings.probe.setText("   ")
    gates = lstm_tab.page("gates")
    with qtbot.waitSignal(gates.runner.failed, timeout=30000):
        gates.start(max_steps=5)
    assert "empty" in gates.messages.text.text()


def test_zero_hidden_size_is_refused_with_a_message(lstm_tab, small_settings):
    small_settings.d_h.setValue(0)
    assert lstm_tab.page("gates").start(max_steps=5) == 0
    assert "hidden_size" in lstm_tab.page("gates").messages.text.text()
    assert not lstm_tab.page("gates").runner.busy


def test_learning_rate_10_diverges_and_keeps_the_last_good_weights(lstm_tab, small_settings, qtbot):
    import torch

    small_settings.d_x.setValue(32)  # the default sizes: a tiny model survives lr = 10
    small_settings.d_h.setValue(64)
    small_settings.learning_rate.setValue(10.0)
    small_settings.clip.setValue(0.0)
    gates = lstm_tab.page("gates")
    with qtbot.waitSignal(gates.runner.failed, timeout=60000):
        gates.start(max_steps=300)
    assert "diverged" in gates.messages.text.text()
    assert gates.trained is not None
    assert all(torch.isfinite(p).all() for p in gates.trained.model.parameters())


def test_parameter_page_matches_torch(lstm_tab):
    from torch import nn

    page = lstm_tab.page("parameters")
    page.d_x.setValue(20)
    page.d_h.setValue(30)
    page.reveal()  # the quiz shows no count before it is asked for
    real = sum(p.numel() for p in nn.LSTM(20, 30).parameters())
    assert f"{real:,}".replace(",", "\u202f") in page.torch.text()
    assert f"{4 * (30 + 20 + 1) * 30:,}".replace(",", "\u202f") in page.lecture.text()
    page.d_h.setValue(0)
    assert not page.error.isHidden() and "d_h" in page.error.text()


def test_memory_page_rejects_bad_gaps_and_plots_results(lstm_tab, qtbot):
    page = lstm_tab.page("memory")
    page.gaps.setText("5, many")
    assert page.start() == 0
    assert "whole numbers" in page.messages.text.text()
    with qtbot.waitSignal(page.finished, timeout=60000):
        page.start(gaps=[2], steps=20)
    assert set(page.results) == {"rnn", "gru", "lstm"}
    assert 0.0 <= page.results["lstm"][2] <= 1.0


def test_gradient_page_plots_three_cells(lstm_tab, qtbot):
    page = lstm_tab.page("gradients")
    page.gap.setValue(20)
    train(page, qtbot, 5)
    assert set(page.norms.data) == {"RNN", "GRU", "LSTM"}
    k, relative = page.norms.data["LSTM"]
    assert relative[0] == pytest.approx(1.0)
    assert len(k) == 22  # gap + 2 time steps


def test_stop_ends_the_training_thread(lstm_tab, small_settings, qtbot):
    gates = lstm_tab.page("gates")
    gates.start(max_steps=100_000)
    qtbot.waitUntil(lambda: len(gates.snapshots) > 1, timeout=30000)
    gates.controls.stop_button.click()
    assert not gates.runner.busy and not gates.controls.start_button.isEnabled()
    # Stop ends the thread within 0.5 s (tests/benchmarks); 3 s is a loaded CI machine's margin.
    qtbot.waitUntil(lambda: not gates.runner.stopping, timeout=3000)
    assert gates.controls.start_button.isEnabled()
