"""The registration window's Qt code: the guided intake wizard, the case panel (review, licence,
correction), the licence dialog, the online import and the overdue promises.

Imported only from inside the hook callables of ``plugins.registration`` (menu actions, case
panel), so the command line never imports Qt. Widgets call the registration services through
``app.ui.operations``; they never build a query.
"""
