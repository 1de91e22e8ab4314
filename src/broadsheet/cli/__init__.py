"""The ``broadsheet`` command: one module per command group."""
