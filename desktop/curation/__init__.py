"""Looking after the service list: the table and its filters, editing a service, undo and redo."""
