"""Translation of user-visible strings without importing Qt.

Source strings are written in Chinese (zh_CN is the default language). Services call
``translate(context, text)`` — the same name and argument order as Qt's, so ``pylupdate6``
extracts them into ``resources/translations/*.ts`` — and the GUI installs
``QCoreApplication.translate`` as the translator at start-up, so an English ``.qm`` file
translates service messages too. Strings kept in tables are marked with
``QT_TRANSLATE_NOOP(context, text)`` and translated where they are shown.
"""
from __future__ import annotations

from typing import Callable

_translator: Callable[[str, str], str] | None = None


def install_translator(func: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = func


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate6 looks for
    """Mark ``text`` for extraction under ``context``; it is translated later with translate()."""
    return text
