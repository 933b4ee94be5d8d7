"""Batch engines: ``local`` (this machine, a process pool) and ``ray`` (a local Ray or a cluster)."""
