"""LSTM tab (lecture §2): gates live, vanishing gradients, long memory, parameter count."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QTabWidget

from lab_app.qt.tabs.base import TopicTab

DEMO_STEPS = 300


class LstmTab(TopicTab):
    """Four pages over the LSTM; heavy imports (torch) happen in ``build``."""

    key = "lstm"
    demo_budget_s = 40.0

    def title(self) -> str:
        return self.tr("LSTM")

    def build(self) -> None:
        import torch

        # Leave one core to the GUI thread: with every core training, repaints stall.
        torch.set_num_threads(max(1, (os.cpu_count() or 2) - 1))
        from lab_app.qt.tabs.lstm_gates_page import GatesPage
        from lab_app.qt.tabs.lstm_gradients_page import GradientsPage
        from lab_app.qt.tabs.lstm_memory_page import MemoryPage
        from lab_app.qt.tabs.lstm_params_page import ParamsPage

        self.gates = GatesPage(self.state)
        self.gradients = GradientsPage()
        self.memory = MemoryPage()
        self.params = ParamsPage()
        self.pages = QTabWidget()
        self.pages.addTab(self.gates, self.tr("Gates, live"))
        self.pages.addTab(self.gradients, self.tr("Vanishing gradients"))
        self.pages.addTab(self.memory, self.tr("Long memory"))
        self.pages.addTab(self.params, self.tr("Parameters (first quiz)"))
        self.outer.addWidget(self.pages)

    def _pages(self) -> dict:
        return {
            "gates": self.gates,
            "gradients": self.gradients,
            "memory": self.memory,
            "params": self.params,
        }

    def save_session(self) -> dict:
        sessions = {name: page.session() for name, page in self._pages().items()}
        return {"current": self.pages.currentIndex(), **sessions}

    def restore_session(self, session: dict) -> None:
        for name, page in self._pages().items():
            page.restore(session[name])
        self.pages.setCurrentIndex(session["current"])

    def runners(self) -> list:
        if not self.built:
            return []
        return [self.gates.runner, self.gradients.runner, self.memory.runner]

    def busy(self) -> bool:
        return any(runner.busy for runner in self.runners())

    def shutdown(self) -> None:
        for runner in self.runners():
            runner.stop()

    def start_demo(self) -> bool:
        self.pages.setCurrentWidget(self.gates)
        self.gates.finished.connect(self._on_demo_trained)
        return bool(self.gates.start(max_steps=DEMO_STEPS))

    def _on_demo_trained(self) -> None:
        self.gates.finished.disconnect(self._on_demo_trained)
        self.gates.updates.flush()  # the screenshot shows the final state
        snapshot = getattr(self.gates, "shown", None)
        if snapshot is not None:
            # Fill the equation panel for a cell in the middle of the probe.
            self.gates._on_cell_clicked(0, len(snapshot.labels) // 2)
        self.demo_finished.emit()
