"""The Qt shell: main window, queue view and model, case view, dialogs, operations runner.

Widgets here never build queries: they call ``app.core`` services, and every database call
goes off the GUI thread through :mod:`app.ui.operations`.
"""
