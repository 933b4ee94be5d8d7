"""One module per pipeline stage; each takes a ``Document`` (and models) and returns contracts."""
