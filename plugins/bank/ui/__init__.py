"""The bank branch's widgets: the account form on a case, the branch master data dialog."""
