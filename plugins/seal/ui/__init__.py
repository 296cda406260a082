"""The seal companies' widgets: the processing form, the seal table, the company dialog."""
