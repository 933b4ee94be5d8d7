"""Commands that train the project's own model heads (``wirecheck train …``)."""
