"""Model backends behind small Protocols, with one registry (see ``registry.py``)."""
