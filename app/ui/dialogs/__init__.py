"""The shell's dialogs: login, database connection, plugins, report parameters."""
