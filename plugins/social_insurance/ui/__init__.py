"""The social insurance bureau's Qt code: the registration form of the case view and its employees
table. Imported only from inside ``plugins.social_insurance``'s case panel hook, so the command
line never imports Qt. Widgets call the plugin's services through ``app.ui.operations``; they never
build a query."""
