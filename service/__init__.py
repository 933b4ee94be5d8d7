"""wirecheck: multilingual news summarization and claim checking."""

__version__ = "0.1.0"
