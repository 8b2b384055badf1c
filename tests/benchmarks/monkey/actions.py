"""The monkey's actions on whatever page is visible: one ``do_<kind>`` per kind of ``WEIGHTS``."""

from __future__ import annotations

from pathlib import Path

from .config import SIZES, TEXTS


class Actions:
    """Finding widgets on the current page and acting on them (a mixin of ``child.Monkey``)."""

    def current(self):
        tab = self.lab.window.tabs.currentWidget()
        tab.ensure_built()
        key = tab.current_page_key()
        return tab, key, tab.page(key)

    def visible(self, page, kind, enabled: bool = True) -> list:
        return [
            w for w in page.findChildren(kind) if w.isVisible() and (w.isEnabled() or not enabled)
        ]

    def name(self, page, widget) -> str:
        """The page attribute holding ``widget`` (two levels deep), else its class and text."""
        names = self._names.get(id(page))
        if names is None:
            names = self._names[id(page)] = {}
            self._collect_names(page, "", 0, names, set())
        found = names.get(id(widget))
        if found:
            return found
        text = ""
        for getter in ("text", "toolTip", "objectName"):
            if hasattr(widget, getter):
                text = str(getattr(widget, getter)())[:30]
                if text:
                    break
        return f"{type(widget).__name__}({text!r})"

    def _collect_names(self, obj, prefix: str, depth: int, names: dict, seen: set) -> None:
        from PySide6.QtCore import QObject

        if id(obj) in seen or depth > 2:
            return
        seen.add(id(obj))
        try:
            items = list(vars(obj).items())
        except TypeError:
            return
        for attr, value in items:
            values = value.items() if isinstance(value, dict) else [(None, value)]
            for key, item in values:
                if isinstance(item, QObject):
                    label = prefix + attr + (f"[{key}]" if key is not None else "")
                    names.setdefault(id(item), label)
                    self._collect_names(item, label + ".", depth + 1, names, seen)

    def busy_pages(self) -> list:
        pages = []
        for tab in self.lab.window.all_tabs():
            pages.extend(p for p in tab.pages.values() if p.busy())
        return pages

    # --- the actions ---------------------------------------------------------------------------
    def act(self, kind: str) -> str | None:
        """Perform one action of ``kind``; its description, or None when it cannot be done here."""
        return getattr(self, f"do_{kind}")()

    def where(self) -> str:
        tab, key, _ = self.current()
        return f"{tab.key}/{key}"

    def do_start(self) -> str | None:
        tab, key, page = self.current()
        controls = getattr(page, "controls", None)
        button = controls.start_button if controls is not None else None
        if button is not None and button.isVisible() and button.isEnabled():
            button.click()
            if page.busy() or self.busy_pages():
                return f"{tab.key}/{key} click Start"
            described = f"{tab.key}/{key} click Start (refused), "
        elif self.busy_pages():
            return None
        else:
            described = ""
        target = self.rng.choice(("gates", "gradients", "memory"))
        page = self.lab.window.show_page("lstm", target)
        self.pump()
        if page.controls.start_button.isEnabled():
            page.controls.start_button.click()
            return f"{described}show lstm/{target}, click Start"
        return f"{described}show lstm/{target} (Start disabled)"

    def do_stop(self) -> str | None:
        tab, key, page = self.current()
        controls = getattr(page, "controls", None)
        if controls is not None and controls.stop_button.isEnabled():
            controls.stop_button.click()
            return f"{tab.key}/{key} click Stop"
        busy = self.busy_pages()
        if not busy:
            return None
        page = self.rng.choice(busy)
        page.controls.stop_button.click()
        return f"click Stop of the hidden {type(page).__name__}"

    def do_button(self) -> str | None:
        from PySide6.QtWidgets import QPushButton

        _, _, page = self.current()
        buttons = [b for b in self.visible(page, QPushButton) if b.menu() is None]
        if not buttons:
            return None
        button = self.rng.choice(buttons)
        label = self.name(page, button)
        button.click()
        return f"{self.where()} click {label} {button.text()!r}"

    def do_spin(self) -> str | None:
        from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

        _, _, page = self.current()
        spins = self.visible(page, QSpinBox) + self.visible(page, QDoubleSpinBox)
        if not spins:
            return None
        spin = self.rng.choice(spins)
        low, high = spin.minimum(), spin.maximum()
        how = self.rng.choice(("min", "max", "random", "small"))
        if how == "min":
            value = low
        elif how == "max":
            value = high
        elif how == "random":
            value = self.rng.uniform(low, high)
        else:  # a modest value, so that most runs are accepted and train
            value = low + (high - low) * self.rng.uniform(0, 0.002)
            value = max(low, min(high, value + self.rng.choice((0, 1, 4, 16, 32))))
        if isinstance(spin, QSpinBox):
            value = int(round(value))
        label = self.name(page, spin)
        spin.setValue(value)
        if self.rng.random() < 0.3:
            spin.editingFinished.emit()
        return f"{self.where()} {label} = {value!r} ({how})"

    def do_combo(self) -> str | None:
        from PySide6.QtWidgets import QComboBox

        _, _, page = self.current()
        combos = [c for c in self.visible(page, QComboBox) if c.count()]
        if not combos:
            return None
        combo = self.rng.choice(combos)
        index = self.rng.randrange(combo.count())
        label = self.name(page, combo)
        combo.setCurrentIndex(index)
        return f"{self.where()} {label} index {index} ({combo.itemText(index)!r})"

    def do_check(self) -> str | None:
        from PySide6.QtWidgets import QCheckBox

        _, _, page = self.current()
        boxes = self.visible(page, QCheckBox)
        if not boxes:
            return None
        box = self.rng.choice(boxes)
        label = self.name(page, box)
        box.click()
        return f"{self.where()} toggle {label} -> {box.isChecked()}"

    def do_slider(self) -> str | None:
        from PySide6.QtWidgets import QSlider

        _, _, page = self.current()
        sliders = self.visible(page, QSlider)
        if not sliders:
            return None
        slider = self.rng.choice(sliders)
        value = self.rng.choice(
            (
                slider.minimum(),
                slider.maximum(),
                self.rng.randint(slider.minimum(), slider.maximum()),
            )
        )
        label = self.name(page, slider)
        slider.setValue(value)
        return f"{self.where()} {label} slider = {value}"

    def do_line_edit(self) -> str | None:
        from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit

        _, _, page = self.current()
        edits = [
            e
            for e in self.visible(page, QLineEdit)
            if not isinstance(e.parent(), (QAbstractSpinBox, QComboBox)) and not e.isReadOnly()
        ]
        if not edits:
            return None
        edit = self.rng.choice(edits)
        text = self.rng.choice(TEXTS)
        label = self.name(page, edit)
        edit.setText(text)
        self.pump()
        if self.rng.random() < 0.8:
            edit.returnPressed.emit()
            edit.editingFinished.emit()
            enter = " + Enter"
        else:
            enter = ""
        shown = text if len(text) < 40 else f"{text[:20]!r}… ({len(text)} chars)"
        return f"{self.where()} {label} text {shown!r}{enter}"

    def do_tab(self) -> str:
        tabs = self.lab.window.tabs
        index = self.rng.randrange(tabs.count())
        tabs.setCurrentIndex(index)
        return f"main tab -> {tabs.widget(index).key}"

    def do_page(self) -> str | None:
        tab, _, _ = self.current()
        if tab.page_tabs is None:
            tab = self.lab.window.show_tab("lstm")
        index = self.rng.randrange(tab.page_tabs.count())
        tab.page_tabs.setCurrentIndex(index)
        return f"{tab.key} page -> {tab.spec.pages[index].key}"

    def do_inner_tab(self) -> str | None:
        from PySide6.QtWidgets import QTabWidget

        _, _, page = self.current()
        tabs = [t for t in self.visible(page, QTabWidget) if t.count() > 1]
        if not tabs:
            return None
        widget = self.rng.choice(tabs)
        index = self.rng.randrange(widget.count())
        widget.setCurrentIndex(index)
        return f"{self.where()} inner tab -> {widget.tabText(index)!r}"

    def do_theme(self) -> str:
        window = self.lab.window
        name = self.rng.choice(("projector_action", "dark_action", "fullscreen_action"))
        action = getattr(window, name)
        action.trigger()
        return f"toggle {name} -> {action.isChecked()}"

    def do_language(self) -> str:
        window = self.lab.window
        code = "en" if window.language == "es" else "es"
        if self.rng.random() < 0.15:
            code = window.language  # the same language again
        self.language_switches += 1
        if self.rng.random() < 0.5:
            self.lab.set_language(code)
            return f"Lab.set_language({code!r}) (was {window.language!r})"
        names = {"es": "Español", "en": "English"}
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions() if menu is not None else []:
                if action.text() == names[code]:
                    action.trigger()
                    return f"menu Language -> {names[code]} (was {window.language!r})"
        return f"no menu entry for {code}"

    def do_resize(self) -> str:
        size = self.rng.choice(SIZES)
        self.lab.window.resize(*size)
        return f"resize {size[0]}x{size[1]}"

    def _panels(self):
        from lab_app.qt.widgets.plot_panel import PlotPanel

        _, _, page = self.current()
        return page, self.visible(page, PlotPanel, enabled=False)

    def do_plot_menu(self) -> str | None:
        page, panels = self._panels()
        if not panels:
            return None
        panel = self.rng.choice(panels)
        menu = panel.context_menu()
        menu.popup(panel.graphics.mapToGlobal(panel.graphics.rect().center()))
        self.pump(10)
        chosen = ""
        if self.rng.random() < 0.5:
            actions = [a for a in menu.actions() if not a.isSeparator() and a.isEnabled()]
            if actions:
                action = self.rng.choice(actions)
                chosen = f", trigger {action.text()!r}"
                menu.close()
                action.trigger()
        menu.close()
        return f"{self.where()} right-click menu of {self.name(page, panel)}{chosen}"

    def do_plot_export(self) -> str | None:
        page, panels = self._panels()
        if not panels:
            return None
        panel = self.rng.choice(panels)
        suffix = self.rng.choice(("png", "svg", "csv"))
        base = self.rng.choice(self.fixtures["save"][1:])
        path = base if Path(base).is_dir() else f"{base}.{suffix}"
        label = f"{self.where()} export {self.name(page, panel)} -> {Path(path).name}"
        try:
            getattr(panel, f"export_{suffix}")(path)
        except (ValueError, OSError) as error:
            self.reported_errors[f"export_{suffix}: {type(error).__name__}"] += 1
            return f"{label} (reported {type(error).__name__})"
        if not Path(path).is_file():  # no error raised, yet no file written
            where = "missing folder" if not Path(path).parent.is_dir() else "a folder"
            self.silent_export_failures[f"export_{suffix} to {where}"] += 1
            return f"{label} (no error, no file)"
        return label

    def do_heatmap_click(self) -> str | None:
        from lab_app.qt.widgets.heatmap import HeatmapView

        _, _, page = self.current()
        maps = [m for m in self.visible(page, HeatmapView, enabled=False) if m.values.size]
        if not maps:
            return None
        heatmap = self.rng.choice(maps)
        rows, cols = heatmap.values.shape
        row, col = self.rng.randrange(rows), self.rng.randrange(cols)
        heatmap.cell_clicked.emit(row, col)
        return f"{self.where()} heatmap {self.name(page, heatmap)} cell ({row}, {col})"

    def do_list_table(self) -> str | None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidget, QTableView

        _, _, page = self.current()
        lists = [w for w in self.visible(page, QListWidget) if w.count()]
        tables = [t for t in self.visible(page, QTableView) if t.model() is not None]
        if not lists and not tables:
            return None
        widget = self.rng.choice(lists + tables)
        if isinstance(widget, QListWidget):
            row = self.rng.randrange(-1, widget.count())
            widget.setCurrentRow(row)
            return f"{self.where()} {self.name(page, widget)} row {row}"
        columns = widget.model().columnCount()
        if not columns:
            return None
        column = self.rng.randrange(columns)
        order = self.rng.choice((Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder))
        widget.sortByColumn(column, order)
        return f"{self.where()} {self.name(page, widget)} sort column {column} {order.name}"

    def do_menu(self) -> str | None:
        window = self.lab.window
        quit_text = window.tr("&Quit")
        actions = []
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions() if menu is not None else []:
                if action.isSeparator() or action.isCheckable() or action.menu() is not None:
                    continue
                if action.text() == quit_text:
                    continue
                actions.append(action)
        if not actions:
            return None
        action = self.rng.choice(actions)
        action.trigger()
        return f"menu -> {action.text()!r}"

    def do_recent(self) -> str | None:
        _, _, page = self.current()
        recent = getattr(getattr(page, "source", None), "recent", None)  # the Corpus page's
        menu = recent.menu() if recent is not None else None
        actions = [a for a in menu.actions() if a.isEnabled()] if menu is not None else []
        if not actions:
            return None
        action = self.rng.choice(actions)
        action.trigger()
        return f"recent file -> {Path(action.text()).name!r}"

    def do_wait_long(self) -> str:
        ms = self.rng.randint(200, 500)
        self.pump(ms)
        return f"wait {ms} ms"
