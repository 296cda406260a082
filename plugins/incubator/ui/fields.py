"""A form's fields with their error labels: ``add`` a field under a caption, ``show(errors)`` puts
each service message under its field and returns the ones without a field."""
from __future__ import annotations

from PyQt6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.ui import messages


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Red border (style.qss ``[invalid="true"]``) on a refused field."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class FormErrors:
    def __init__(self, form: QFormLayout):
        self.form = form
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, key: str, caption: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = messages.error_label()
        label.setObjectName("fieldError")
        layout.addWidget(label)
        self.form.addRow(caption, box)
        self.fields[key] = (widget, label)
        return widget

    def label(self, key: str) -> QLabel:
        return self.fields[key][1]

    def show(self, errors: dict[str, str]) -> dict[str, str]:
        for key, (widget, label) in self.fields.items():
            message = errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
            mark_invalid(widget, bool(message))
        return {k: v for k, v in errors.items() if k not in self.fields}
