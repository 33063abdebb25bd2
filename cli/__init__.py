"""The ``clustergraph`` command line (entry point ``cli.main:app``)."""
