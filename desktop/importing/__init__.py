"""Importing a service list: the wizard, its report, the import history and saved profiles."""
