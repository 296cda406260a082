"""Small building blocks of the registration forms: a field with its error underneath, the map
from a service's error paths (``legal_representative.id_number``) to those labels, yes/no."""
from __future__ import annotations

from typing import Iterable

from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red label under a field; hidden while it has nothing to say."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field invalid (style.qss draws a red border on ``[invalid="true"]``)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def with_error(field: QWidget | QHBoxLayout) -> tuple[QWidget, QLabel]:
    """``field`` (a widget or a row of widgets) with an error label under it, as one widget for a form."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QWidget):
        layout.addWidget(field)
    else:
        layout.addLayout(field)
    label = error_label()
    layout.addWidget(label)
    return box, label


class FieldErrors:
    """The error labels of a form by field path. ``show(errors)`` puts each message under its field
    (a path like ``contact.mobile`` also matches a label registered for ``contact``) and returns
    the messages it found no place for."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QLabel, tuple[QWidget, ...]]] = {}

    def add(self, path: str, label: QLabel, *widgets: QWidget) -> None:
        self._fields[path] = (label, widgets)

    def label(self, path: str) -> QLabel:
        return self._fields[path][0]

    def _place(self, path: str) -> str | None:
        if path in self._fields:
            return path
        candidates = [p for p in self._fields if path.startswith(p + ".") or path.startswith(p + "[")]
        return max(candidates, key=len) if candidates else None

    def clear(self, paths: Iterable[str] | None = None) -> None:
        for path in (self._fields if paths is None else paths):
            label, widgets = self._fields[path]
            show_error(label, "")
            for widget in widgets:
                set_invalid(widget, False)

    def show(self, errors: dict[str, str]) -> dict[str, str]:
        self.clear()
        messages: dict[int, tuple[QLabel, list[str]]] = {}  # by label: two paths may share one
        unplaced: dict[str, str] = {}
        for path, message in errors.items():
            place = self._place(path)
            if place is None:
                unplaced[path] = message
                continue
            label, widgets = self._fields[place]
            shown = messages.setdefault(id(label), (label, []))[1]
            if message not in shown:
                shown.append(message)
            for widget in widgets:
                set_invalid(widget, True)
        for label, shown in messages.values():
            show_error(label, "；".join(shown))
        return unplaced

    def handles(self, path: str) -> bool:
        return self._place(path) is not None


class YesNo(QWidget):
    """Two radio buttons, 是 and 否, neither chosen at first: the applicant answers."""
    changed = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.yes = QRadioButton(self.tr("是"))
        self.no = QRadioButton(self.tr("否"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)

    def value(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: bool | None) -> None:
        if value is None:
            return
        (self.yes if value else self.no).setChecked(True)
