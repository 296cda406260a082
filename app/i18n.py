"""Translation of user-visible strings without importing Qt.

Source strings are written in Chinese (zh_CN is the default language). Services call
``tr(context, text)``; the GUI installs Qt's ``QCoreApplication.translate`` as the
translator at start-up, so an English ``.qm`` file translates service messages too.
"""
from __future__ import annotations

from typing import Callable

_translator: Callable[[str, str], str] | None = None


def install_translator(func: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = func


def tr(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text)
